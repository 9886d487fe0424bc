"""Settings: flags > environment > ./followup.toml > the user's followup.toml > defaults."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from .errors import ConfigError
from .models import Profile

CONFIG_NAME = "followup.toml"


class LLMSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    base_url: str | None = Field(default=None, description="Any OpenAI-compatible endpoint.")
    model: str = "gpt-4o-mini"
    api_key: SecretStr | None = Field(default=None, description="Read from OPENAI_API_KEY; never saved.")
    timeout: float = Field(default=60.0, gt=0, description="Seconds of silence after which a request "
                           "is given up: a model still writing its reply is waited for.")
    request_cap: float = Field(default=600.0, gt=0, description="Seconds one request may take in all, "
                               "however steadily the model writes.")
    max_retries: int = Field(default=4, ge=0, le=10, description="Transport retries per request.")
    reask_budget: int = Field(default=2, ge=0, le=5, description="Re-asks after a failed check.")
    temperature: float = Field(default=0.4, ge=0, le=2)
    max_output_tokens: int = Field(default=1200, ge=200)
    max_retry_wait: float = Field(default=60.0, ge=0, description="Longest Retry-After honoured.")

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, url: str | None) -> str | None:
        if url is not None and not url.startswith(("http://", "https://")):
            raise ValueError(f"'{url}' is not an http:// or https:// URL "
                             "(e.g. http://localhost:11434/v1)")
        return url

    @property
    def configured(self) -> bool:
        """An endpoint is configured when there is somewhere to send the request."""
        return self.base_url is not None or self.api_key is not None


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    profile: Profile = Field(default_factory=Profile)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    prompts_dir: Path | None = None
    offline: bool = Field(default=False, description="Use the template writer even if an endpoint is set.")
    cache_dir: Path | None = Field(default=None, description="Where the response cache, the judge's "
                                   "verdicts and what endpoints accept are kept; default: the user's "
                                   "cache folder.")
    prices: dict[str, tuple[float, float] | tuple[float, float, float, float]] = Field(
        default_factory=dict,
        description="USD per million tokens (input, output[, batch input, batch output]) by model, "
                    "for batch cost estimates.")
    sources: dict[str, str] = Field(default_factory=dict, exclude=True)

    @field_validator("prompts_dir")
    @classmethod
    def _a_prompts_folder(cls, directory: Path | None) -> Path | None:
        if directory is not None:
            from .prompts_loader import check_prompts_dir

            check_prompts_dir(directory)
        return directory

    @property
    def cache_folder(self) -> Path:
        """`cache_dir`, else the user's cache folder (platformdirs, imported only when asked)."""
        if self.cache_dir is not None:
            return self.cache_dir
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("followup"))


# Environment variables and the setting each one sets.
ENV_VARS: dict[str, tuple[str, ...]] = {
    "OPENAI_API_KEY": ("llm", "api_key"),
    "OPENAI_BASE_URL": ("llm", "base_url"),
    "FOLLOWUP_MODEL": ("llm", "model"),
    "FOLLOWUP_PROMPTS_DIR": ("prompts_dir",),
    "FOLLOWUP_FEEDBACK_DEPTH": ("profile", "feedback_depth"),
    "FOLLOWUP_LANGUAGE": ("profile", "language"),
    "FOLLOWUP_CACHE_DIR": ("cache_dir",),
}


def user_config_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("followup")) / CONFIG_NAME


def project_config_path(cwd: Path | None = None) -> Path:
    return (cwd or Path.cwd()) / CONFIG_NAME


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except OSError as exc:  # a folder of that name, a symlink loop, no permission
        raise ConfigError(f"{path}: cannot read the settings file: {exc.strerror or exc}") from None
    if "api_key" in data.get("llm", {}):
        raise ConfigError(
            f"{path}: [llm] api_key must not be stored in a file; set OPENAI_API_KEY instead"
        )
    return data


def _set(tree: dict[str, Any], keys: tuple[str, ...], value: Any) -> None:
    for key in keys[:-1]:
        tree = tree.setdefault(key, {})
    tree[keys[-1]] = value


def _merge(into: dict[str, Any], layer: Mapping[str, Any], origin: str, sources: dict[str, str],
           prefix: str = "") -> None:
    for key, value in layer.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            _merge(into.setdefault(key, {}), value, origin, sources, dotted + ".")
        else:
            into[key] = value
            sources[dotted] = origin


def load_settings(
    flags: Mapping[str, Any] | None = None,
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    user_path: Path | None = None,
) -> Settings:
    """Merge every layer into one validated Settings. `flags` uses dotted keys: {"llm.model": ...}."""
    env = os.environ if env is None else env
    merged: dict[str, Any] = {}
    sources: dict[str, str] = {}
    user_file = user_path or user_config_path()
    project_file = project_config_path(cwd)
    _merge(merged, _read_toml(user_file), str(user_file), sources)
    # realpath, not Path.resolve: it never raises, even on a symlink loop (read below, reported).
    if os.path.realpath(project_file) != os.path.realpath(user_file):
        _merge(merged, _read_toml(project_file), str(project_file), sources)
    env_layer: dict[str, Any] = {}
    for var, keys in ENV_VARS.items():
        if env.get(var):
            _set(env_layer, keys, env[var])
    _merge(merged, env_layer, "environment", sources)
    flag_layer: dict[str, Any] = {}
    for dotted, value in (flags or {}).items():
        if value is not None:
            _set(flag_layer, tuple(dotted.split(".")), value)
    _merge(merged, flag_layer, "flag", sources)
    try:
        settings = Settings.model_validate(merged)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        origin = sources.get(where, "settings")
        if origin == "flag":
            origin = "--" + where.rsplit(".", 1)[-1].replace("_", "-")
        message = str(err["msg"]).removeprefix("Value error, ")
        raise ConfigError(f"{origin}: setting '{where}': {message}") from None
    settings.sources = sources
    return settings


def mask(secret: str) -> str:
    """Show that a secret is set without showing it."""
    return "****" + secret[-4:] if len(secret) >= 12 else "****"


def describe(settings: Settings) -> list[tuple[str, str, str]]:
    """(setting, value, where it came from) for every effective setting, secrets masked."""
    rows: list[tuple[str, str, str]] = []
    data = settings.model_dump(mode="json")
    for section in ("profile", "llm"):
        for key, value in data[section].items():
            dotted = f"{section}.{key}"
            if key == "api_key":
                secret = settings.llm.api_key
                value = mask(secret.get_secret_value()) if secret else None
            rows.append((dotted, "" if value is None else str(value),
                         settings.sources.get(dotted, "default")))
    for key in ("prompts_dir", "offline", "cache_dir"):
        value = data[key]
        rows.append((key, "" if value is None else str(value), settings.sources.get(key, "default")))
    return rows


def render_toml(profile: Profile, llm: Mapping[str, Any]) -> str:
    """The followup.toml that `followup init` writes. Never contains a secret."""

    def fmt(value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float):
            return str(value)
        escaped = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'

    lines = ["# followup company profile. Flags and environment variables override it.",
             "# The API key is never stored here: set OPENAI_API_KEY.", "", "[profile]"]
    for key, value in profile.model_dump(mode="json").items():
        if value is not None:
            lines.append(f"{key} = {fmt(value)}")
    lines += ["", "[llm]"]
    for key, value in llm.items():
        if value is not None and key != "api_key":
            lines.append(f"{key} = {fmt(value)}")
    return "\n".join(lines) + "\n"
