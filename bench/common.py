"""What the benchmark scripts share: a synthetic round, the server process, running the CLI."""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FOLLOWUP = [sys.executable, "-m", "followup"]
FIRST = [
    "Ada", "Ben", "Chloé", "Diego", "Emily", "Farid", "Grace", "Hiroshi", "Isabel", "Jonas", "Kemi",
    "Liam", "Marta", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sami", "Tomasz", "Uma", "Viktor",
    "Wen", "Xavier", "Yara",
]
LAST = [
    "Boateng", "Carter", "Dubois", "Fernández", "Zhang", "Rahimi", "O'Neill", "Tanaka", "Cruz",
    "Berg", "Adeyemi", "Walsh", "Kowalczyk", "Haddad", "Novak", "Raghunathan", "Moreau", "Silva",
    "Okafor", "Lindqvist",
]
PROFILE = """[profile]
company = "Northwind"
sender_name = "Dana Whitfield"
sender_title = "Talent Partner"
sender_email = "dana@example.com"

[llm]
timeout = {timeout}
"""


def write_round(path: Path, count: int) -> list[str]:
    """A CSV round of `count` distinct candidates, with the example round's notes rotated."""
    examples = [json.loads(line) for line in (ROOT / "examples" / "round.jsonl").open()]
    names = [f"{first} {last}" for last in LAST for first in FIRST]
    if count > len(names):  # beyond 500: middle initials keep every candidate distinct
        names += [f"{first} {chr(65 + m)}. {last}" for m in range(26) for last in LAST
                  for first in FIRST]
    names = names[:count]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Candidate Name", "Email", "Job", "Stage", "Status", "Feedback"])
        for number, name in enumerate(names):
            example = examples[number % len(examples)]
            email = re.sub(r"[^a-z]+", ".", name.lower()) + f"{number}@example.com"
            writer.writerow([name, email, example["role"], example["stage"], example["decision"],
                             example["notes"]])
    return names


@dataclass
class Server:
    url: str
    process: subprocess.Popen[str]
    log_path: Path

    def stop(self) -> list[dict[str, Any]]:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        return [json.loads(line) for line in self.log_path.open()]


@contextmanager
def server(workdir: Path, **options: Any) -> Iterator[Server]:
    log = workdir / f"server-{time.monotonic_ns()}.jsonl"
    args = [sys.executable, str(ROOT / "bench" / "_server.py"), "--log", str(log)]
    for name, value in options.items():
        args += [f"--{name.replace('_', '-')}", str(value)]
    process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    url = process.stdout.readline().strip()
    running = Server(url, process, log)
    try:
        yield running
    finally:
        if process.poll() is None:
            running.stop()


@dataclass
class Run:
    exit_code: int
    wall: float  # the whole command, start-up included
    cpu: float  # user + system seconds of the followup process
    sys_cpu: float  # the system (kernel) part: file creation, sockets, page faults
    max_rss_mb: float
    round_seconds: float  # the round itself, as the summary reports it
    stdout: str
    stderr: str


def run_batch(workdir: Path, *args: str, env: dict[str, str] | None = None,
              kill_when: Any = None, command: list[str] | None = None) -> Run:
    """`followup batch ...` in its own process, its CPU and memory measured with wait4."""
    env = {**os.environ, "FOLLOWUP_CACHE_DIR": str(workdir / "cache"), **(env or {})}
    env.pop("OPENAI_API_KEY", None)
    # As installed by pip, with bytecode: a dev checkout under PYTHONDONTWRITEBYTECODE would
    # compile every edited module again at each start and count that as the tool's CPU.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        started = time.monotonic()
        process = subprocess.Popen([*(command or FOLLOWUP), "batch", *args], cwd=workdir, env=env,
                                   stdout=out, stderr=err, text=True)
        if kill_when is not None:
            while process.poll() is None and not kill_when():
                time.sleep(0.01)
            if process.poll() is None:
                process.kill()  # SIGKILL
        # wait4, not wait: the rusage of this process alone, not of every child so far.
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.monotonic() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    found = re.search(r"rows? in ([0-9.]+) s", stdout)
    return Run(process.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_stime,
               usage.ru_maxrss / 1024,
               float(found.group(1)) if found else float("nan"), stdout, stderr)


def manifest(out: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (out / "manifest.jsonl").open(encoding="utf-8")]


def workspace(name: str, timeout: float = 5.0) -> Path:
    """A fresh folder for one run: under $FOLLOWUP_BENCH_DIR if set, else the system's temp folder.

    Where matters for the kernel's share of the CPU: creating files costs ext4 ten times more in
    a region where many files were just deleted (a busy /tmp) than in a quiet one."""
    base = os.environ.get("FOLLOWUP_BENCH_DIR")
    if base:
        Path(base).mkdir(parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f"followup-bench-{name}-", dir=base or None))
    (path / "followup.toml").write_text(PROFILE.format(timeout=timeout))
    return path
