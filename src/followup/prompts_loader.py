"""Prompt files: Markdown with a small front matter (version, purpose), rendered strictly with Jinja.

A company can point `--prompts-dir` at its own copies; a file missing there falls back to the
built-in one. Every render records which files and versions were used, so each draft can say which
prompt made it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import PromptError


@dataclass(frozen=True)
class PromptFile:
    name: str
    version: str
    body: str
    origin: str


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split '---\\nyaml\\n---\\nbody' into (meta, body); text without front matter has empty meta."""
    if not text.startswith("---"):
        return {}, text
    end = text.find("\n---", 3)
    if end == -1:
        raise ValueError("front matter opened with '---' but never closed")
    meta = yaml.safe_load(text[3:end]) or {}
    if not isinstance(meta, dict):
        raise ValueError("front matter must be key: value lines")
    body = text[end + 4 :]
    return meta, body[1:] if body.startswith("\n") else body


def builtin_dir() -> Path:
    return Path(str(resources.files("followup.prompts")))


def check_prompts_dir(directory: Path) -> None:
    """A prompts folder the user named must be one, with prompt files in it: a typo must not
    silently draft with the built-in prompts. Raises ValueError saying what is wrong."""
    try:
        if not directory.exists():
            raise ValueError(f"{directory}: no such folder")
        if not directory.is_dir():
            raise ValueError(f"{directory}: not a folder; give the folder with your prompt copies")
        if not any(directory.glob("*.md")):
            raise ValueError(f"{directory}: no prompt files (.md) in it; copy the built-in "
                             "prompts/ folder and edit the copies")
    except OSError as exc:
        raise ValueError(f"{directory}: cannot read: {exc.strerror or exc}") from None


@dataclass
class PromptSet:
    """The prompt files of one directory (with built-in fallbacks), loaded and compiled on first use
    and kept: a round of 500 drafts renders each template 500 times."""

    directory: Path | None = None
    _files: dict[str, PromptFile] = field(default_factory=dict)
    _environment: Any = None  # jinja2.Environment, imported only when a prompt is rendered
    _uses: dict[str, list[PromptFile]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.directory is not None:
            try:
                check_prompts_dir(self.directory)
            except ValueError as exc:
                raise PromptError(f"--prompts-dir {exc}") from None

    def load(self, name: str) -> PromptFile:
        if name in self._files:
            return self._files[name]
        candidates = [self.directory / f"{name}.md"] if self.directory else []
        candidates.append(builtin_dir() / f"{name}.md")
        for path in candidates:
            if path.is_file():
                break
        else:
            raise PromptError(f"prompt '{name}.md' not found in {self.directory or builtin_dir()}")
        try:
            meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        except (ValueError, yaml.YAMLError, UnicodeDecodeError) as exc:
            raise PromptError(f"{path}: {str(exc).splitlines()[0]}") from None
        if "version" not in meta:
            raise PromptError(f"{path}: front matter needs a 'version:' line")
        prompt = PromptFile(name=name, version=str(meta["version"]), body=body, origin=str(path))
        self._files[name] = prompt
        return prompt

    def _env(self) -> Any:
        if self._environment is None:
            import jinja2

            def source(template: str) -> tuple[str, str, Any]:
                prompt = self.load(template.removesuffix(".md"))
                return prompt.body, prompt.origin, lambda: True  # files don't change mid-run

            self._environment = jinja2.Environment(
                loader=jinja2.FunctionLoader(source),
                undefined=jinja2.StrictUndefined,
                keep_trailing_newline=True,
                autoescape=False,  # plain text for a model, not HTML
            )
        return self._environment

    def files_of(self, name: str) -> list[PromptFile]:
        """The prompt file `name` and every file it includes, in order."""
        if name not in self._uses:
            import jinja2.meta

            prompt = self.load(name.removesuffix(".md"))
            included = jinja2.meta.find_referenced_templates(self._env().parse(prompt.body))
            self._uses[name] = [prompt] + [f for ref in included if ref for f in self.files_of(ref)]
        return self._uses[name]

    def render(self, name: str, used: list[PromptFile] | None = None, **variables: Any) -> str:
        """Render a prompt; a variable with no value is an error, never a silent blank. The files
        it used are appended to `used`, for the draft's record of which prompt made it."""
        import jinja2

        try:
            text: str = self._env().get_template(name).render(**variables).strip() + "\n"
            if used is not None:
                used.extend(self.files_of(name))
            return text
        except jinja2.UndefinedError as exc:
            raise PromptError(f"{self.load(name.removesuffix('.md')).origin}: {exc.message}") from None
        except jinja2.TemplateSyntaxError as exc:
            raise PromptError(f"{exc.filename or name}:{exc.lineno}: {exc.message}") from None


def version_label(used: list[PromptFile]) -> str:
    """'reject@1,system@1,...#1a2b3c4d': names and versions, plus a hash of the exact text used."""
    unique = {p.name: p for p in used}
    names = ",".join(f"{p.name}@{p.version}" for p in unique.values())
    digest = hashlib.sha256("\0".join(p.body for p in unique.values()).encode()).hexdigest()[:8]
    return f"{names}#{digest}"
