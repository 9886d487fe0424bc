"""Prompt templates compiled once per round.

`PromptSet.render` builds a new Jinja environment on every call, which is right for one draft but
costs about 4 ms of CPU per candidate: most of the tool's own time in a 500-candidate round. This
set renders the same files the same way, strictly, and records the same `used` list (so each draft
still says which prompt versions made it), but keeps the compiled templates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import PromptError
from ..prompts_loader import PromptFile, PromptSet

if TYPE_CHECKING:
    import jinja2


@dataclass
class CompiledPromptSet(PromptSet):
    _environment: jinja2.Environment | None = None
    _recording: list[list[PromptFile]] = field(default_factory=list)

    def _used(self, prompt: PromptFile) -> None:
        if self._recording:
            self._recording[-1].append(prompt)

    def _env(self) -> jinja2.Environment:
        if self._environment is None:
            import jinja2

            prompts = self

            class Loader(jinja2.BaseLoader):
                def get_source(self, environment: jinja2.Environment,
                               template: str) -> tuple[str, str, Callable[[], bool]]:
                    prompt = prompts.load(template.removesuffix(".md"))
                    prompts._used(prompt)

                    def still_current() -> bool:
                        # Jinja asks this each time it reuses the compiled template, includes
                        # too: the moment to record that the file was used again.
                        prompts._used(prompt)
                        return True

                    return prompt.body, prompt.origin, still_current

            self._environment = jinja2.Environment(
                loader=Loader(), undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                autoescape=False,  # plain text for a model, not HTML
            )
        return self._environment

    def render(self, name: str, used: list[PromptFile] | None = None, **variables: Any) -> str:
        import jinja2

        self._recording.append([] if used is None else used)
        try:
            return self._env().get_template(name).render(**variables).strip() + "\n"
        except jinja2.UndefinedError as exc:
            raise PromptError(f"{self.load(name.removesuffix('.md')).origin}: {exc.message}") from None
        except jinja2.TemplateSyntaxError as exc:
            raise PromptError(f"{exc.filename or name}:{exc.lineno}: {exc.message}") from None
        finally:
            self._recording.pop()
