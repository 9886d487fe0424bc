"""The HTML report: one self-contained file (no scripts, no links out) a recruiter can open.

Variants side by side: pass-rate bars per dimension, the per-check table, what changed since the
baseline, then every case's emails with the failed checks listed and their offending text marked.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from ..models import CheckResult
from .baseline import Comparison
from .cases import DIMENSIONS
from .results import CaseResult, EvalRun

COLOURS = ("#2f6fde", "#e07b00", "#1a9e5c", "#a23fc4", "#c23b3b", "#5b6b7c")


def marked_body(body: str, failed: Sequence[CheckResult]) -> Markup:
    """The body, escaped, with each failed check's offending text wrapped in <mark>."""
    lowered = body.lower()
    spans: list[tuple[int, int, CheckResult]] = []
    for check in failed:
        if not check.span or not check.span.strip():
            continue
        start = lowered.find(check.span.lower())
        if start == -1:
            continue
        end = start + len(check.span)
        if all(end <= s or start >= e for s, e, _ in spans):
            spans.append((start, end, check))
    out: list[str] = []
    position = 0
    for start, end, check in sorted(spans, key=lambda s: s[0]):
        out.append(escape(body[position:start]))
        title = escape(f"{check.name}: {check.reason}")
        out.append(Markup('<mark title="{}">{}</mark>').format(title, body[start:end]))
        position = end
    out.append(escape(body[position:]))
    return Markup("").join(out)


def _case_rows(run: EvalRun) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for index, first in enumerate(run.variants[0].cases if run.variants else []):
        results: list[CaseResult] = [v.cases[index] for v in run.variants]
        rows.append({"case": first, "results": results,
                     "all_passed": all(r.passed for r in results),
                     "bodies": [marked_body(r.body, [*r.failed_checks, *r.advice]) for r in results]})
    return rows


TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>followup eval: {{ run.created }}</title>
<style>
:root { --ink:#1d2430; --muted:#5d6878; --line:#dde2ea; --bad:#c0392b; --good:#1a8a4f; }
* { box-sizing: border-box; }
body { font: 15px/1.5 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
       color: var(--ink); margin: 0; background: #f6f7f9; }
main { max-width: 1280px; margin: 0 auto; padding: 28px 32px 64px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 18px; margin: 36px 0 12px; }
.muted { color: var(--muted); } .small { font-size: 13px; }
.cards { display: flex; gap: 16px; flex-wrap: wrap; margin-top: 20px; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px;
        min-width: 240px; flex: 1; border-top: 5px solid var(--c); }
.card .big { font-size: 32px; font-weight: 700; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 18px 22px; }
.dims { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: 18px 24px; }
.dim h3 { font-size: 14px; margin: 0 0 6px; text-transform: capitalize; }
.bar { display: flex; align-items: center; gap: 8px; margin: 4px 0; font-size: 13px; }
.bar .track { flex: 1; background: #eef1f5; border-radius: 4px; height: 14px; overflow: hidden; }
.bar .fill { height: 100%; background: var(--c); }
.bar .pct { width: 42px; text-align: right; font-variant-numeric: tabular-nums; }
.bar .who { width: 104px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 5px 10px; border-bottom: 1px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.group td { font-weight: 600; text-transform: capitalize; background: #fafbfc; }
.low { color: var(--bad); font-weight: 600; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px;
        margin: 1px 2px; background: #eef1f5; color: var(--muted); }
.chip.pass { background: #e3f4ea; color: var(--good); } .chip.fail { background: #fbe5e2; color: var(--bad); }
.chip.decision { background: #e8eefc; color: #2a4fa8; }
details.case { background: #fff; border: 1px solid var(--line); border-radius: 10px; margin: 10px 0; }
details.case > summary { cursor: pointer; padding: 12px 16px; list-style: none; }
details.case > summary::-webkit-details-marker { display: none; }
details.case > summary strong { margin-right: 8px; }
.emails { display: grid; grid-template-columns: repeat({{ run.variants|length }}, minmax(0, 1fr));
          gap: 14px; padding: 0 16px 16px; }
.email { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px;
         border-top: 4px solid var(--c); }
.email .who { font-size: 12px; color: var(--muted); margin-bottom: 6px; }
.email .subject { font-weight: 600; margin-bottom: 8px; }
.email pre { white-space: pre-wrap; font: inherit; margin: 0; font-size: 14px; }
mark { background: #ffd9d3; color: inherit; border-bottom: 2px solid var(--bad); padding: 0 1px; }
ul.failed { margin: 10px 0 0; padding-left: 18px; color: var(--bad); font-size: 13px; }
ul.failed li span { color: var(--ink); }
ul.advice { margin: 6px 0 0; padding-left: 18px; color: var(--muted); font-size: 13px; }
.error { color: var(--bad); font-weight: 600; }
.judge { margin-top: 8px; font-size: 13px; color: var(--muted); }
.changes li { font-size: 14px; } .better { color: var(--good); } .worse { color: var(--bad); }
</style></head>
<body><main>
<h1>Follow-up email evals</h1>
<div class="muted">{{ cases|length }} cases &middot; run {{ run.created }}
&middot; {{ "%.1f"|format(run.seconds) }} s
{%- if run.judge_model %} &middot; judge: {{ run.judge_model }}{% endif %}.
A case passes when its email passes every blocking check; each failure is listed with its reason,
and advisory checks that failed are listed as notes (a person decides).</div>

<div class="cards">
{% for v in run.variants %}
<div class="card" style="--c: {{ colours[loop.index0 % colours|length] }}">
  <div><strong>{{ v.label }}</strong></div>
  <div class="big">{{ pct(v.pass_rate) }}</div>
  <div class="muted small">of emails pass every check
    {%- if v.errors %}; {{ v.errors }} produced no email{% endif %}</div>
  <div class="muted small">prompts: {{ v.prompt_versions|join(", ") or "-" }}</div>
  {% if v.mean_readability is not none %}
  <div class="muted small">reading ease (Flesch): {{ "%.0f"|format(v.mean_readability) }}</div>
  {% endif %}
</div>
{% endfor %}
</div>

<h2>Pass rate by dimension</h2>
<div class="panel dims">
{% for d in dimensions %}
<div class="dim"><h3>{{ d }}</h3>
{% for v in run.variants %}
{% set rate = v.dimension_rates()[d] %}
<div class="bar" style="--c: {{ colours[loop.index0 % colours|length] }}">
  <span class="who">{{ v.label }}</span>
  <span class="track"><span class="fill"
    style="display:block; width: {{ (rate * 100)|round(1) }}%"></span></span>
  <span class="pct">{{ pct(rate) }}</span></div>
{% if run.judge_model and v.judge_means().get(d) is not none %}
<div class="muted small" style="margin: -2px 0 6px 112px">
  judge {{ "%.1f"|format(v.judge_means()[d]) }} / 5</div>
{% endif %}
{% endfor %}
</div>
{% endfor %}
</div>

{% if comparisons %}
<h2>Since the baseline</h2>
<div class="panel">
{% for c in comparisons %}
<p><strong>{{ c.label }}</strong>
{%- if c.baseline_label != c.label %} (baseline: {{ c.baseline_label }}){% endif %}:
every check passes {{ pct(c.pass_rate[0]) }} &rarr; {{ pct(c.pass_rate[1]) }}</p>
<ul class="changes">
{% for ch in c.better %}<li class="better">better: {{ ch.case_id }}, {{ ch.check }}</li>{% endfor %}
{% for ch in c.worse %}
<li class="worse">worse: {{ ch.case_id }}, {{ ch.check }}: {{ ch.reason }}</li>
{% endfor %}
{% if not c.better and not c.worse %}<li class="muted">no check changed on any case</li>{% endif %}
</ul>
{% endfor %}
</div>
{% endif %}

<h2>Checks</h2>
<div class="panel">
<table>
<tr><th>check</th>{% for v in run.variants %}<th class="num">{{ v.label }}</th>{% endfor %}</tr>
{% for d in dimensions %}
<tr class="group"><td>{{ d }}</td>
{%- for v in run.variants %}<td class="num">{{ pct(v.dimension_rates()[d]) }}</td>{% endfor %}</tr>
{% for name, dim in checks.items() if dim == d %}
<tr><td>{{ name }} <span class="muted small">{{ severities[name] }}</span></td>
{%- for v in run.variants %}{% set r = v.check_rates().get(name, 0) %}
<td class="num{% if r < 0.9 %} low{% endif %}">{{ pct(r) }}</td>{% endfor %}</tr>
{% endfor %}
{% endfor %}
</table>
</div>

<h2>Cases</h2>
<p class="muted small">Cases with a failed check are open. Marked text is what a check objected to;
hover it for the reason.</p>
{% for row in cases %}
<details class="case"{% if not row.all_passed %} open{% endif %}>
<summary><strong>{{ row.case.case_id }}</strong>
<span class="chip decision">{{ row.case.decision }}</span>
<span class="muted">{{ row.case.candidate }}, {{ row.case.role }}</span>
{% for r in row.results %}
<span class="chip {{ 'pass' if r.passed else 'fail' }}">{{ run.variants[loop.index0].label }}:
{%- if r.passed %} pass{% elif r.error %} no email
{%- else %} {{ r.failed_checks|length }} failed{% endif %}</span>
{%- endfor %}
{% for t in row.case.tags %}<span class="chip">{{ t }}</span>{% endfor %}
</summary>
<div class="emails">
{% for r in row.results %}
<div class="email" style="--c: {{ colours[loop.index0 % colours|length] }}">
  {% set variant = run.variants[loop.index0] %}
  <div class="who">{{ variant.label }}
    {%- if r.model and r.model != variant.model %} ({{ r.model }}){% endif %}
    {%- if r.attempts > 1 %} &middot; {{ r.attempts }} attempts{% endif %}</div>
  {% if r.error %}<div class="error">No email: {{ r.error }}</div>{% else %}
  <div class="subject">{{ r.subject }}</div>
  <pre>{{ row.bodies[loop.index0] }}</pre>
  {% if r.failed_checks %}<ul class="failed">{% for c in r.failed_checks %}
    <li><strong>{{ c.name }}</strong> <span>({{ c.dimension }}): {{ c.reason }}</span></li>
  {% endfor %}</ul>{% endif %}
  {% if r.advice %}<ul class="advice">{% for c in r.advice %}
    <li>note: <strong>{{ c.name }}</strong> <span>({{ c.dimension }}): {{ c.reason }}</span></li>
  {% endfor %}</ul>{% endif %}
  {% if r.judge %}<div class="judge">judge:
  {% for j in r.judge %}{{ j.dimension }} {{ j.score }}{% if not loop.last %}, {% endif %}{% endfor %}
  {% for j in r.judge if not j.passed %}<br>{{ j.dimension }}: {{ j.reason }}{% endfor %}</div>{% endif %}
  {% endif %}
</div>
{% endfor %}
</div>
</details>
{% endfor %}
</main></body></html>
"""


def render_report(run: EvalRun, comparisons: Sequence[Comparison] = ()) -> str:
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    template = env.from_string(TEMPLATE)
    return template.render(run=run, comparisons=list(comparisons), dimensions=DIMENSIONS,
                           checks=run.check_dimensions(),
                           severities=run.check_severities(), cases=_case_rows(run),
                           colours=COLOURS, pct=lambda value: f"{value:.0%}")
