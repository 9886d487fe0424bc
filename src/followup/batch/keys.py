"""What identifies a draft, so that a rerun redoes only what changed.

A draft's key is a hash of the candidate's inputs and of its *recipe*: the writer, the endpoint and
model, the generation settings, the company profile and the exact prompt texts. Change any of them
and the candidate is drafted again; change nothing and the journal's answer stands.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .. import __version__
from ..config import Settings
from ..models import DraftRequest
from ..prompts_loader import PromptSet, builtin_dir
from ..template_writer import TEMPLATE_VERSION, template_path


def digest(data: Any) -> str:
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def input_digest(request: DraftRequest) -> str:
    """The candidate's inputs: their fields, the decision and the notes (not where the row was)."""
    return digest({"candidate": request.candidate.model_dump(mode="json"),
                   "decision": request.decision.value, "notes": request.notes})


def prompts_fingerprint(prompts: PromptSet) -> str:
    """Every prompt file a draft may use, as it would be loaded (a custom copy before a built-in)."""
    names = {p.stem for p in builtin_dir().glob("*.md")}
    if prompts.directory is not None and prompts.directory.is_dir():
        names |= {p.stem for p in prompts.directory.glob("*.md")}
    files = [prompts.load(name) for name in sorted(names)]
    return digest([(f.name, f.version, f.body) for f in files])


def recipe_digest(settings: Settings, *, offline: bool, prompts: PromptSet | None) -> str:
    """Everything besides the inputs that changes a draft. Timeouts and retries do not."""
    recipe: dict[str, Any] = {
        "followup": __version__,  # screening and checks change with the code
        "profile": settings.profile.model_dump(mode="json"),
    }
    if offline:
        path = template_path(settings.profile.language, settings.prompts_dir)
        recipe |= {"writer": TEMPLATE_VERSION, "template": digest(path.read_text(encoding="utf-8"))}
    else:
        llm = settings.llm
        recipe |= {"writer": "llm", "base_url": llm.base_url, "model": llm.model,
                   "temperature": llm.temperature, "max_output_tokens": llm.max_output_tokens,
                   "reask_budget": llm.reask_budget,
                   "prompts": prompts_fingerprint(prompts) if prompts is not None else None}
    return digest(recipe)


def draft_key(request: DraftRequest, recipe: str) -> str:
    return digest([input_digest(request), recipe])[:32]
