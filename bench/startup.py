"""Start-up as a user feels it: wall time of `followup --help` and of an offline `followup draft`.

    python bench/startup.py              # median and best of 20 runs each, in milliseconds

Each run is a fresh process, as from a shell. The target is well under 250 ms; `import openai`
alone costs ~600 ms here, so neither command may import it (checked below too).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 20


def timed(argv: list[str], env: dict[str, str]) -> list[float]:
    subprocess.run(argv, capture_output=True, env=env, cwd=ROOT, check=False)  # warm the caches
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        subprocess.run(argv, capture_output=True, env=env, cwd=ROOT, check=False)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> None:
    followup = shutil.which("followup") or str(Path(sys.executable).parent / "followup")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "FOLLOWUP_"))}
    commands = {
        "python -c pass (floor)": [sys.executable, "-c", "pass"],
        "followup --help": [followup, "--help"],
        "followup draft examples/priya.md": [followup, "draft", "examples/priya.md"],
    }
    for label, argv in commands.items():
        times = timed(argv, env)
        print(f"{label:36} median {statistics.median(times):6.1f} ms   best {min(times):6.1f} ms")
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; sys.argv=['followup','draft','examples/priya.md'];"
         "from followup.cli import main\ntry: main()\nexcept SystemExit: pass\n"
         "print('openai imported' if 'openai' in sys.modules else 'openai not imported', "
         "file=sys.stderr)"], capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    print(probe.stderr.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
