"""The fake OpenAI server of tests/, run in its own process for the benchmarks.

Its CPU must not count as the tool's, and a SIGKILLed tool must not take the server with it.
Prints the base URL on the first line of stdout, serves until stdin closes, then writes what it
was asked (time, candidate, kind of answer) as JSON lines to --log.

    python bench/_server.py --delay 0.2 [--fault-rate 0.2 --timeout 2] [--per-minute 600] --log f
    python bench/_server.py --delay 0 --batch-api 3 --log f   # Files and Batches too: a batch
                                                              # stays in_progress for 3 checks

With --batch-api the log ends with one more line: the uploads and batches the server received.
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import fake_openai
from fake_batches import FakeBatchAPI
from fake_openai import FakeOpenAI
from round_model import RequestLog, drafting_responder, rate_limited, standard_faults


def _quiet_when_the_client_left(self: object, request: object, client_address: object) -> None:
    # A killed or timed-out client leaves answers nobody reads: expected here, not an error.
    if not isinstance(sys.exc_info()[1], ConnectionError):
        traceback.print_exc()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay", type=float, default=0.2)
    parser.add_argument("--fault-rate", type=float, default=0.0)
    parser.add_argument("--timeout", type=float, default=2.0, help="the client's, for hangs")
    parser.add_argument("--per-minute", type=float, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-api", type=int, default=None, metavar="CHECKS",
                        help="speak Files and Batches too; a batch stays in_progress for CHECKS "
                             "status checks, then completes")
    parser.add_argument("--log", type=Path, required=True)
    args = parser.parse_args()
    log = RequestLog.new()
    responder = drafting_responder(delay=args.delay, fault_rate=args.fault_rate,
                                   faults=standard_faults(args.timeout) if args.fault_rate else None,
                                   seed=args.seed, log=log)
    if args.per_minute:
        responder = rate_limited(responder, per_minute=args.per_minute, log=log)
    fake_openai._Server.handle_error = _quiet_when_the_client_left  # type: ignore[method-assign]
    with FakeOpenAI(responder=responder) as server:
        batches = FakeBatchAPI.attach(server) if args.batch_api is not None else None
        if batches is not None:
            batches.default_script = ("validating", *["in_progress"] * args.batch_api,
                                      "completed")
        print(server.url, flush=True)
        sys.stdin.read()  # until the benchmark closes our stdin
    with args.log.open("w") as fh:
        for at, name, kind in log.entries:
            fh.write(json.dumps({"t": at, "name": name, "kind": kind}) + "\n")
        if batches is not None:
            fh.write(json.dumps({"t": 0, "name": "", "kind": "batch_api",
                                 "uploads": batches.uploads, "creates": batches.creates}) + "\n")


if __name__ == "__main__":
    main()
