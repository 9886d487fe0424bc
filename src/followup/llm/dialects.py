"""What each endpoint accepts for structured output, and how a request is built for it.

Best first: strict `json_schema`; `json_object` carrying the schema (llama.cpp's server, and those
built on it, constrain decoding to it); plain `json_object`; text. Outside strict mode the schema
goes in the prompt too, so a model without a grammar still sees the exact shape. A level is left
only when the endpoint refused it (`refused_option`, then `adapt`), and what was learned is kept in
a `CapabilityStore`. Replies are read leniently (`extract_json_object`).
"""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any, Literal

from pydantic import BaseModel, Field

ResponseFormat = Literal["json_schema", "json_object+schema", "json_object", "text"]
MaxTokensParam = Literal["max_tokens", "max_completion_tokens"]
RefusableOption = Literal["response_format", "max_tokens", "temperature", "stream",
                          "stream_options"]

# Best first: each level is tried only when the endpoint refused the one before.
FORMAT_LEVELS: tuple[ResponseFormat, ...] = ("json_schema", "json_object+schema", "json_object", "text")
# Outside strict mode the schema goes in the prompt too, so a model without a grammar still sees the
# shape (json_object mode is also refused unless the word JSON appears in the messages).
SCHEMA_IN_PROMPT = ("Reply with one JSON object and nothing else: no prose, no code fence. It must "
                    "follow this JSON schema:\n{schema}")
# Statuses with which servers refuse a response_format they do not support (some crash with 500).
FORMAT_REFUSAL_STATUS = frozenset({400, 422, 500})


class Capabilities(BaseModel):
    """What one (base_url, model) accepts, learned from what it refused."""

    response_format: ResponseFormat = "json_schema"
    max_tokens_param: MaxTokensParam = "max_tokens"
    temperature: bool = Field(default=True, description="False once the model refused one.")
    stream: bool = Field(default=True, description="False once the server answered a stream with "
                         "no events (it does not stream).")
    stream_usage: bool = Field(default=True, description="False once it refused stream_options.")
    learned_at: float = Field(default=0.0, description="Unix time of the last refusal learned.")



# Keywords OpenAI's strict mode (or a less capable compatible server) refuses. They are validation
# details only: the caller validates the reply with the pydantic model anyway.
_UNSUPPORTED_KEYWORDS = frozenset({
    "title", "default", "examples", "deprecated", "readOnly", "writeOnly", "discriminator",
    "minLength", "maxLength", "pattern", "format", "contentEncoding", "contentMediaType",
    "minItems", "maxItems", "uniqueItems", "contains",
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
    "minProperties", "maxProperties", "patternProperties", "propertyNames",
})


def strict_schema(model: type[BaseModel] | dict[str, Any]) -> dict[str, Any]:
    """A model's JSON schema (or a pydantic JSON schema) in the form OpenAI strict structured
    outputs accept.

    Every object is closed (`additionalProperties: false`) with every property required (optional
    fields stay nullable), unsupported keywords are dropped, and `$defs`/`$ref` are kept.
    """
    schema = model if isinstance(model, dict) else model.model_json_schema()
    defs: dict[str, Any] = schema.get("$defs", {})

    def visit(node: Any, inlining: frozenset[str]) -> Any:
        if isinstance(node, list):
            return [visit(item, inlining) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and len(node) > 1:
            # Strict mode refuses keywords beside $ref (pydantic puts a description there): inline
            # the definition instead, unless it is recursive.
            name = ref.removeprefix("#/$defs/")
            if name in defs and name not in inlining:
                siblings = {k: v for k, v in node.items() if k != "$ref"}
                return visit({**defs[name], **siblings}, inlining | {name})
            return {"$ref": ref}
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _UNSUPPORTED_KEYWORDS:
                continue
            if key in ("properties", "$defs") and isinstance(value, dict):
                out[key] = {name: visit(sub, inlining) for name, sub in value.items()}
            else:
                out["anyOf" if key == "oneOf" else key] = visit(value, inlining)
        if out.get("type") == "object" or "properties" in out:
            # A free-form dict (additionalProperties: {schema}) cannot be strict; it becomes closed.
            out["additionalProperties"] = False
            out["required"] = list(out.get("properties", {}))
        all_of = out.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1 and len(out) == 1:
            return all_of[0]
        return out

    result: dict[str, Any] = visit(schema, frozenset())
    return result


# -- reading JSON out of a reply -----------------------------------------------------------------

_FENCED = re.compile(r"```[A-Za-z0-9_-]*[ \t]*\r?\n?(.*?)```", re.DOTALL)


def extract_json_object(text: str) -> tuple[dict[str, Any] | None, str | None]:
    """The JSON object in a reply (bare, in a ```json fence, or the outermost {...}), or why not."""
    stripped = text.strip()
    if not stripped:
        return None, "the reply was empty"
    candidates = [stripped, *(m.group(1).strip() for m in _FENCED.finditer(stripped))]
    first, last = stripped.find("{"), stripped.rfind("}")
    if first != -1 and last > first:
        candidates.append(stripped[first:last + 1])
    errors: list[json.JSONDecodeError] = []
    wrong_type: str | None = None
    for candidate in candidates:
        try:
            # strict=False: a raw newline or tab inside a string, which small models write, is kept.
            value = json.loads(candidate, strict=False)
        except json.JSONDecodeError as exc:
            errors.append(exc)
            continue
        if isinstance(value, dict):
            return value, None
        wrong_type = wrong_type or type(value).__name__
    if first != -1:
        # Trailing prose after the object (with braces of its own) defeats the slices above.
        with contextlib.suppress(json.JSONDecodeError):
            value, _ = json.JSONDecoder(strict=False).raw_decode(stripped, first)
            if isinstance(value, dict):
                return value, None
    if errors:
        # The bare reply failing is expected when the JSON is wrapped: prefer a fence's error.
        error = errors[1] if len(errors) > 1 else errors[0]
        where = f"line {error.lineno}, column {error.colno}"
        return None, f"the reply is not valid JSON: {error.msg} ({where})"
    if wrong_type is not None:
        kind = {"list": "an array", "str": "a string"}.get(wrong_type, f"a {wrong_type}")
        return None, f"the reply is JSON but {kind}, not an object"
    return None, "the reply contains no JSON object"



# -- the request for an endpoint's capabilities --------------------------------------------------


def build_request(messages: list[dict[str, str]], caps: Capabilities, *, model: str,
                  schema: dict[str, Any], schema_name: str, max_tokens: int,
                  temperature: float | None) -> dict[str, Any]:
    """The chat.completions body for these capabilities: exactly what is sent (`temperature=None`
    leaves the server's default)."""
    sent: list[dict[str, str]] = [dict(m) for m in messages]
    level = caps.response_format
    if level != "json_schema":
        sent.append({"role": "system", "content": SCHEMA_IN_PROMPT.format(
            schema=json.dumps(schema, ensure_ascii=False))})
    request: dict[str, Any] = {"model": model, "messages": sent, caps.max_tokens_param: max_tokens}
    if caps.temperature and temperature is not None:
        request["temperature"] = temperature
    if level == "json_schema":
        name = re.sub(r"[^A-Za-z0-9_-]", "_", schema_name)[:64] or "response"
        request["response_format"] = {
            "type": "json_schema",
            "json_schema": {"name": name, "schema": strict_schema(schema), "strict": True},
        }
    elif level == "json_object+schema":
        request["response_format"] = {"type": "json_object", "schema": schema}
    elif level == "json_object":
        request["response_format"] = {"type": "json_object"}
    if caps.stream:
        request["stream"] = True
        if caps.stream_usage:
            request["stream_options"] = {"include_usage": True}
    return request


def adapt(caps: Capabilities, option: RefusableOption) -> Capabilities:
    """The capabilities without what the endpoint just refused.

    Each step removes the refused option from the next request (text mode sends no
    response_format), so a server that refuses everything cannot make the caller loop forever.
    """
    if option == "response_format":
        level = FORMAT_LEVELS[FORMAT_LEVELS.index(caps.response_format) + 1]
        return caps.model_copy(update={"response_format": level})
    if option == "max_tokens":
        return caps.model_copy(update={"max_tokens_param": "max_completion_tokens"})
    if option == "stream":
        return caps.model_copy(update={"stream": False})
    if option == "stream_options":
        return caps.model_copy(update={"stream_usage": False})
    return caps.model_copy(update={"temperature": False})


def refused_option(status: int, text: str, request: dict[str, Any]) -> RefusableOption | None:
    """Which option of `request` an error answer (`text`: its message, lower-cased) refuses."""
    level = request.get("response_format", {}).get("type", "text")
    if status in (400, 422) and "stream_options" in request and "stream_options" in text:
        return "stream_options"
    if status in FORMAT_REFUSAL_STATUS and level != "text" and any(
            word in text for word in ("response_format", "json_schema", "json_object", "schema")):
        return "response_format"
    if status not in (400, 422):
        return None
    if request.get("stream") and "stream" in text and ("support" in text or "unknown" in text):
        return "stream"
    # Reasoning models refuse max_tokens ("use 'max_completion_tokens' instead") and
    # any temperature but the default.
    if "max_tokens" in request and "max_completion_tokens" in text and "max_tokens" in text:
        return "max_tokens"
    if "temperature" in request and "temperature" in text and "support" in text:
        return "temperature"
    return None
