"""How the labelled data was split into `dev` (tune on it) and a sealed `test` (report it).

Run once per new batch of labelled data, never to reshuffle what is already split:

    python bench/split_evals.py emails SOURCE_FOLDER --test-share 0.5
    python bench/split_evals.py screening SOURCE.jsonl --name blind --test-share 0.5

Emails go to evals/labelled/{dev,test}/, sentences to evals/screening/{dev,test}/NAME.jsonl. Within
each stratum (good or bad, language; innocent or not, language) the items are ordered by a hash of
their id (or text) and every item whose position falls in the test share goes to `test`: fixed,
independent of file order, and balanced. An item whose failure led to a rule change moves to `dev` by
hand (`git mv`), and a fresh item takes its place in `test`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from pathlib import Path
from typing import TypeVar

import yaml

ROOT = Path(__file__).resolve().parent.parent
T = TypeVar("T")


def _key(text: str) -> str:
    return hashlib.sha256(f"followup-split-v1:{text}".encode()).hexdigest()


def split(items: Iterable[T], *, key: Callable[[T], str], stratum: Callable[[T], Hashable],
          test_share: float) -> tuple[list[T], list[T]]:
    strata: dict[Hashable, list[T]] = defaultdict(list)
    for item in items:
        strata[stratum(item)].append(item)
    dev: list[T] = []
    test: list[T] = []
    for members in strata.values():
        members.sort(key=lambda item: _key(key(item)))
        for position, item in enumerate(members):
            # Test takes the positions where the running share falls short of test_share.
            (test if int((position + 1) * test_share) > int(position * test_share) else dev).append(item)
    return dev, test


def split_emails(source: Path, test_share: float) -> None:
    def language(path: Path) -> str:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return str((data.get("profile") or {}).get("language", "English")).lower()

    def good(path: Path) -> bool:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return all(label["good"] for label in data["labels"].values())

    files = sorted(source.glob("*.yaml"))
    dev, test = split(files, key=lambda p: p.stem, stratum=lambda p: (good(p), language(p)),
                      test_share=test_share)
    for part, members in (("dev", dev), ("test", test)):
        folder = ROOT / "evals" / "labelled" / part
        folder.mkdir(parents=True, exist_ok=True)
        for path in members:
            if (folder / path.name).exists():
                raise SystemExit(f"{folder / path.name} exists already")
            shutil.move(path, folder / path.name)
        print(f"{part}: {len(members)} emails")


def split_screening(source: Path, name: str, test_share: float) -> None:
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    dev, test = split(records, key=lambda r: r["text"],
                      stratum=lambda r: (not r["expected"], r["language"]), test_share=test_share)
    for part, members in (("dev", dev), ("test", test)):
        target = ROOT / "evals" / "screening" / part / f"{name}.jsonl"
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            raise SystemExit(f"{target} exists already")
        target.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in members),
                          encoding="utf-8")
        print(f"{part}: {len(members)} sentences -> {target.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("kind", choices=["emails", "screening"])
    parser.add_argument("source", type=Path)
    parser.add_argument("--name", default="blind", help="file name of a screening batch")
    parser.add_argument("--test-share", type=float, default=0.5)
    args = parser.parse_args()
    if args.kind == "emails":
        split_emails(args.source, args.test_share)
    else:
        split_screening(args.source, args.name, args.test_share)


if __name__ == "__main__":
    main()
