"""Settings precedence: flags > environment > ./followup.toml > the user's followup.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.config import load_settings, mask
from followup.errors import ConfigError


def test_precedence_flags_env_project_user(tmp_path: Path) -> None:
    user = tmp_path / "user.toml"
    user.write_text('[llm]\nmodel = "user"\nbase_url = "http://127.0.0.1:1/v1"\n'
                    '[profile]\ncompany = "UserCo"\nsender_name = "Ana"\n')
    (tmp_path / "followup.toml").write_text('[llm]\nmodel = "project"\n[profile]\ncompany = "ProjCo"\n')
    env = {"FOLLOWUP_MODEL": "env"}
    settings = load_settings({"llm.model": "flag"}, env=env, cwd=tmp_path, user_path=user)
    assert settings.llm.model == "flag"
    assert settings.sources["llm.model"] == "flag"
    assert load_settings({}, env=env, cwd=tmp_path, user_path=user).llm.model == "env"
    project = load_settings({}, env={}, cwd=tmp_path, user_path=user)
    assert project.llm.model == "project" and project.profile.company == "ProjCo"
    assert project.profile.sender_name == "Ana"  # unset in the project file: the user file's
    assert project.llm.base_url == "http://127.0.0.1:1/v1"


def test_endpoint_configured_only_with_a_key_or_url(tmp_path: Path) -> None:
    none = load_settings({}, env={}, cwd=tmp_path, user_path=tmp_path / "u.toml")
    assert not none.llm.configured
    keyed = load_settings({}, env={"OPENAI_API_KEY": "sk-abc"}, cwd=tmp_path,
                          user_path=tmp_path / "u.toml")
    assert keyed.llm.configured
    assert "sk-abc" not in repr(keyed) and "sk-abc" not in keyed.model_dump_json()


def test_the_cache_folder_is_a_setting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "u.toml"
    (tmp_path / "followup.toml").write_text(f'cache_dir = "{tmp_path / "from-file"}"\n')
    from_file = load_settings({}, env={}, cwd=tmp_path, user_path=user)
    assert from_file.cache_folder == tmp_path / "from-file"
    from_env = load_settings({}, env={"FOLLOWUP_CACHE_DIR": str(tmp_path / "from-env")},
                             cwd=tmp_path, user_path=user)
    assert from_env.cache_folder == tmp_path / "from-env"
    assert from_env.sources["cache_dir"] == "environment"
    # Unset: the platform's cache folder for followup.
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    unset = load_settings({}, env={}, cwd=tmp_path / "elsewhere", user_path=user)
    assert unset.cache_dir is None and unset.cache_folder == tmp_path / "xdg" / "followup"


@pytest.mark.parametrize(("text", "message"), [
    ('[profile]\nfeedback_depth = "lots"\n', "profile.feedback_depth"),
    ("[profile\n", "not valid TOML"),
    ('[llm]\ntimeout = -1\n', "llm.timeout"),
    ('[llm]\nmodle = "x"\n', "llm.modle"),
    ('[llm]\nbase_url = "localhost:11434/v1"\n', "not an http:// or https:// URL"),
])
def test_bad_settings_name_the_file_and_setting(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "followup.toml").write_text(text)
    with pytest.raises(ConfigError) as err:
        load_settings({}, env={}, cwd=tmp_path, user_path=tmp_path / "u.toml")
    assert str(tmp_path / "followup.toml") in str(err.value)
    assert message in str(err.value)


def test_mask_never_shows_more_than_four_characters() -> None:
    assert mask("sk-0123456789abcdef") == "****cdef"
    assert mask("short") == "****"
