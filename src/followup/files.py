"""Writing files so that a crash or Ctrl-C never leaves a half-written one, and so that nobody but
their owner can read them: everything followup writes is about candidates (drafts, the journal's
withheld fragments, cached answers), so its files are 0600 and the folders it makes 0700."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def private_folder(path: Path) -> None:
    """Make `path` (and any missing parents) readable by its owner only; an existing folder is
    left as it is: it is the user's."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_FOLDER)


def open_private(path: Path) -> IO[bytes]:
    """Open for appending, created 0600; a file an older version made 0644 is closed to others."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0),
                 PRIVATE_FILE)
    with contextlib.suppress(OSError):  # not ours to change (another owner): leave it
        os.fchmod(fd, PRIVATE_FILE)
    return os.fdopen(fd, "ab")


def open_journal(path: Path) -> IO[bytes]:
    """An append-only journal, private, its folder made: a last line torn by a run killed mid-write
    is ended first, so that it cannot swallow the next record."""
    private_folder(path.parent)
    journal = open_private(path)
    if journal.tell() > 0:
        with path.open("rb") as existing:
            existing.seek(-1, os.SEEK_END)
            if existing.read(1) != b"\n":
                journal.write(b"\n")
    return journal


def make_private_file(path: Path) -> None:
    """Create `path` empty and 0600 if missing (for files another library opens, like SQLite's)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE))
    with contextlib.suppress(OSError):
        path.chmod(PRIVATE_FILE)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (links included); a path that does not exist is no file."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def move_private(source: Path, target: Path) -> None:
    """Move a file we wrote to `target`, on any file system: copied into a private temporary file
    beside the target and renamed into place (a rename alone cannot cross devices), then removed."""
    import shutil

    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    try:
        shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    source.unlink()


def write_atomic(path: Path, text: str, *, durable: bool = True) -> None:
    """Write to a temporary file beside `path`, then rename it into place: a reader, or a run
    killed at any instant, sees the old file or the new one, never half of one. The file is 0600
    (mkstemp's mode).

    `durable` also flushes the file to the disk before the rename, so that a power cut cannot
    leave it empty. That costs an fsync (0.15 ms of CPU here, and a wait for the disk); a batch
    round, which checks its files on resume and drafts an empty one again, goes without.
    """
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except FileNotFoundError:  # the folder is new: made here, not checked before every write
        private_folder(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            data = text.encode("utf-8")
            while data:
                data = data[os.write(fd, data):]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
