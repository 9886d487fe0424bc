"""Remembers, per endpoint and model, what it accepts, so later calls skip the probe."""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from pydantic import ValidationError

from ..files import write_atomic
from .dialects import Capabilities, ResponseFormat

log = logging.getLogger(__name__)


class CapabilityStore:
    """Kept in memory and, given a path, in a small JSON file shared by every process (the cache
    folder's `capabilities.json`); a corrupt file is ignored."""

    FILE_NAME = "capabilities.json"
    # Re-probe now and then: local servers get upgraded and start accepting json_schema.
    MAX_AGE = 7 * 24 * 3600.0

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._entries: dict[str, Capabilities] | None = None

    @classmethod
    def in_folder(cls, folder: Path) -> CapabilityStore:
        return cls(folder / cls.FILE_NAME)

    @staticmethod
    def _key(base_url: str, model: str) -> str:
        return f"{base_url.rstrip('/')} {model}"

    def get(self, base_url: str, model: str) -> Capabilities:
        if self._entries is None:
            self._entries = self._read()
        found = self._entries.get(self._key(base_url, model))
        if found is None or time.time() - found.learned_at > self.MAX_AGE:
            return Capabilities()
        return found.model_copy()

    def response_format(self, base_url: str, model: str) -> ResponseFormat:
        return self.get(base_url, model).response_format

    def remember(self, base_url: str, model: str, capabilities: Capabilities) -> None:
        learned = capabilities.model_copy(update={"learned_at": time.time()})
        key = self._key(base_url, model)
        if self._entries is None:
            self._entries = {}
        self._entries[key] = learned
        if self.path is not None:
            self._write(self.path, key, learned)

    def _read(self) -> dict[str, Capabilities]:
        if self.path is None:
            return {}
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            log.debug("ignoring unreadable capability cache %s: %s", self.path, exc)
            return {}
        endpoints = raw.get("endpoints") if isinstance(raw, dict) else None
        entries: dict[str, Capabilities] = {}
        for key, value in (endpoints if isinstance(endpoints, dict) else {}).items():
            try:
                entries[str(key)] = Capabilities.model_validate(value)
            except ValidationError:
                log.debug("ignoring a malformed capability cache entry for %s", key)
        return entries

    def _write(self, path: Path, key: str, capabilities: Capabilities) -> None:
        on_disk = self._read()  # keep what other processes learned meanwhile
        on_disk[key] = capabilities
        endpoints = {k: v.model_dump(mode="json") for k, v in sorted(on_disk.items())}
        try:
            write_atomic(path, json.dumps({"version": 1, "endpoints": endpoints}, indent=2),
                         durable=False)
        except OSError as exc:
            # Only a cache: the next process pays for the probe again.
            log.debug("could not save capability cache %s: %s", path, exc)
