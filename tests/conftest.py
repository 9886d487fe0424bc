"""Shared fixtures: a fake OpenAI-compatible server on 127.0.0.1, and no test touching the user's cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fake_openai import FakeOpenAI


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory: pytest.TempPathFactory,
                    monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep what a test learns (endpoint capabilities) out of the real user cache directory."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("FOLLOWUP_CACHE_DIR", str(cache))
    # Settings made without load_settings (no environment read) fall back to the platform's
    # cache folder: that one is a temporary folder too.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
    return cache


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A running FakeOpenAI; stopped after the test, hanging replies included (bounded: 5 s)."""
    with FakeOpenAI() as server:
        yield server
