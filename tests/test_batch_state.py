"""What a round keeps between runs: the journal in the output folder and the response cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from followup.batch.cache import ResponseCache, request_key
from followup.batch.journal import JOURNAL_NAME, FolderLock, Journal, Outcome
from followup.llm import Completion
from followup.models import Usage


def outcome(key: str, status: str = "ok", files: list[str] | None = None) -> Outcome:
    return Outcome.model_validate({"key": key, "status": status, "name": key,
                                   "files": [f"{key}.eml"] if files is None else files})


def test_the_latest_record_per_key_wins(tmp_path: Path) -> None:
    with Journal(tmp_path) as journal:
        journal.append(outcome("a", "failed", files=[]))
        journal.append(outcome("b"))
        journal.append(outcome("a"))
    loaded = Journal(tmp_path).load()
    assert {k: o.status for k, o in loaded.items()} == {"a": "ok", "b": "ok"}


def test_a_torn_last_line_is_ignored_and_the_next_record_starts_a_new_line(tmp_path: Path) -> None:
    with Journal(tmp_path) as journal:
        journal.append(outcome("a"))
    with (tmp_path / JOURNAL_NAME).open("ab") as fh:
        fh.write(b'{"key": "b", "status": "o')  # killed mid-write
    assert set(Journal(tmp_path).load()) == {"a"}
    with Journal(tmp_path) as journal:
        journal.append(outcome("c"))
    assert set(Journal(tmp_path).load()) == {"a", "c"}


def test_a_record_whose_files_were_rewritten_for_another_key_is_dropped(tmp_path: Path) -> None:
    # The notes changed (new key, same file names), then changed back: the first record's files
    # now hold the other draft, so it must not count as done.
    with Journal(tmp_path) as journal:
        journal.append(outcome("old", files=["ben.eml", "ben.md"]))
        journal.append(outcome("new", files=["ben.eml", "ben.md"]))
    assert set(Journal(tmp_path).load()) == {"new"}


def test_one_round_at_a_time_per_folder(tmp_path: Path) -> None:
    first, second = FolderLock(tmp_path), FolderLock(tmp_path)
    assert first.acquire()
    assert not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


def completion(**changes: Any) -> Completion:
    values: dict[str, Any] = {
        "text": '{"a": 1}', "data": {"a": 1}, "parse_error": None, "finish_reason": "stop",
        "refusal": None, "model": "m", "response_format": "json_schema",
        "usage": Usage(prompt_tokens=900, completion_tokens=200), "requests": 2}
    return Completion(**(values | changes))


def key(**changes: Any) -> str:
    values: dict[str, Any] = {"base_url": "http://x/v1", "model": "m",
                              "messages": [{"role": "user", "content": "hi"}], "schema": {},
                              "schema_name": "s", "max_tokens": 100, "temperature": 0.4}
    return request_key(**(values | changes))


def test_a_cached_answer_comes_back_costing_nothing(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "cache.sqlite")
    cache.put(key(), completion())
    cache.close()
    hit = ResponseCache(tmp_path / "cache.sqlite").get(key())  # another process, later
    assert hit is not None and hit.data == {"a": 1}
    assert hit.usage.total_tokens == 0 and hit.requests == 0


def test_answers_are_written_in_batches_and_served_from_memory_meanwhile(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "cache.sqlite")
    other = ResponseCache(tmp_path / "cache.sqlite")  # another process sharing the file
    cache.put(key(), completion())
    assert cache.get(key()) is not None  # not written yet, answered from memory
    assert other.get(key()) is None
    for number in range(1, ResponseCache.FLUSH_EVERY):  # the batch fills up: one transaction
        cache.put(key(model=f"m{number}"), completion())
    assert other.get(key()) is not None and other.get(key(model="m1")) is not None
    cache.put(key(model="late"), completion())
    cache.close()  # what is left is written at close
    assert other.get(key(model="late")) is not None


def test_only_usable_answers_are_kept(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path / "cache.sqlite")
    for number, bad in enumerate([completion(data=None, parse_error="not JSON"),
                                  completion(finish_reason="length"),
                                  completion(refusal="I can't")]):
        cache.put(key(model=f"m{number}"), bad)
        assert cache.get(key(model=f"m{number}")) is None


def test_every_part_of_the_request_is_in_the_key() -> None:
    changes: list[dict[str, Any]] = [
        {"base_url": "http://y/v1"}, {"model": "m2"}, {"messages": [{"role": "user", "content": "ho"}]},
        {"schema": {"type": "object"}}, {"schema_name": "t"}, {"max_tokens": 101},
        {"temperature": 0.0}]
    keys = {key(**change) for change in changes}
    assert len(keys) == len(changes) and key() not in keys


def test_an_unusable_cache_file_turns_the_cache_off(tmp_path: Path) -> None:
    (tmp_path / "cache.sqlite").write_bytes(b"this is not a database" * 100)
    cache = ResponseCache(tmp_path / "cache.sqlite")
    assert cache.get(key()) is None
    cache.put(key(), completion())  # no exception: it is only a cache
    assert cache.problem is not None
