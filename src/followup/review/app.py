"""The review's web app (Starlette): the routes, and the guard in front of every one of them.

The guard refuses a request whose Host is not the loopback address it serves (a web page that
rebinds its own name to 127.0.0.1 gets nothing), and one without the token of the URL that
`followup review` printed. The token is taken from `?token=` once, then lives in a cookie for
this port only (HttpOnly, SameSite=Strict: another site's form posts without it). Pages are
sent with a content security policy that allows only this server's own stylesheet and script.

Candidates are named in URLs by their file stem, looked up in the manifest: no path the browser
sends is ever opened.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlencode

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import FollowupError
from .export import ExportKind, export_approved
from .pages import STATUS_LABELS, VERDICT_LABELS, candidate_page, render_page
from .round import Candidate, ReviewRound
from .state import VERDICTS

SECURITY_HEADERS = {
    "content-security-policy": "default-src 'none'; style-src 'self'; script-src 'self'; "
                               "img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                               "base-uri 'none'",
    # No Referer to another site; to this one, forms still say their Origin (no-referrer would
    # make it "null", which the guard cannot tell from another site's).
    "referrer-policy": "same-origin",
    "x-content-type-options": "nosniff",
    "cache-control": "no-store",  # pages about candidates are not kept by the browser
}

MESSAGES = {
    "approved": "Approved.", "set_aside": "Set aside.", "pending": "Back to review.",
}


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Guard:
    """Loopback Host, token, security headers: in front of every route."""

    def __init__(self, app: ASGIApp, *, token: str, hosts: Iterable[str], cookie: str) -> None:
        self.app = app
        self.token = token
        self.hosts = set(hosts)
        self.cookie = cookie

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        response: Response | None = None
        from_query = request.query_params.get("token")
        given = from_query or request.cookies.get(self.cookie, "")
        origin = request.headers.get("origin")
        if request.headers.get("host", "") not in self.hosts:
            response = _refused(403, "Refused", "This server answers only at the address "
                                "'followup review' printed.")
        elif not secrets.compare_digest(given.encode(), self.token.encode()):
            response = _refused(403, "Open the link followup printed",
                                "This review needs the address with its token, as printed by "
                                "'followup review' in your terminal.")
        elif origin is not None and origin.removeprefix("http://") not in self.hosts:
            response = _refused(403, "Refused", "A form from another site was refused.")
        elif from_query is not None and request.method == "GET":
            # The token goes into a cookie and out of the address bar (and its history).
            rest = [(k, v) for k, v in request.query_params.multi_items() if k != "token"]
            target = URL(path=request.url.path, query=urlencode(rest))
            response = RedirectResponse(str(target), status_code=303)
            response.set_cookie(self.cookie, self.token, httponly=True, samesite="strict",
                                path="/")
        if response is not None:
            await _with_headers(response)(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []),
                                      *((k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items())]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _with_headers(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


def _refused(status: int, title: str, text: str, *, home: bool = False) -> HTMLResponse:
    return HTMLResponse(render_page("refused.html", title=title, text=text, home=home),
                        status_code=status)


@dataclass(frozen=True)
class Message:
    kind: str  # ok | error
    text: str


async def _form(request: Request) -> dict[str, str]:
    """An urlencoded form (all the review's forms are): the stdlib parses it."""
    body = (await request.body()).decode("utf-8", "replace")
    return {k: v[-1] for k, v in parse_qs(body, keep_blank_values=True).items()}


def _matches(candidate: Candidate, query: dict[str, str]) -> bool:
    entry = candidate.entry
    if query["status"] and entry.status != query["status"]:
        return False
    if query["decision"] and entry.decision != query["decision"]:
        return False
    if query["review"] and (not candidate.stem or candidate.review.verdict != query["review"]):
        return False
    words = query["q"].casefold().split()
    haystack = " ".join((entry.name, entry.role, entry.email or "", entry.row)).casefold()
    return all(word in haystack for word in words)


def create_app(review: ReviewRound, *, token: str, hosts: Iterable[str], port: int | None = None,
               redraft_with: str = "the configured model") -> ASGIApp:
    """The app for one round; `hosts` are the Host headers it answers ("127.0.0.1:8765")."""
    folder = str(review.folder)

    def page(template: str, **context: Any) -> str:
        return render_page(template, folder=folder, **context)

    def list_page(request: Request) -> HTMLResponse:
        candidates = review.candidates()
        query = {name: request.query_params.get(name, "") for name in ("q", "status", "review",
                                                                        "decision")}
        with_draft = [c for c in candidates if c.stem]
        counts = {
            "total": len(candidates),
            "approved": sum(c.review.verdict == "approved" for c in with_draft),
            "set_aside": sum(c.review.verdict == "set_aside" for c in with_draft),
            "pending": sum(c.review.verdict == "pending" for c in with_draft),
            "needs_review": sum(c.entry.status == "needs_review" for c in candidates),
            "failed": sum(c.entry.status in ("failed", "skipped") for c in candidates),
        }
        decisions = sorted({c.entry.decision for c in candidates if c.entry.decision})
        selects = [("status", "Status", list(STATUS_LABELS.items())),
                   ("review", "Review", [(v, VERDICT_LABELS[v]) for v in VERDICTS]),
                   ("decision", "Decision", [(d, d) for d in decisions])]
        message = _message(request)
        return HTMLResponse(page("list.html", title="Drafts", counts=counts, query=query,
                                 selects=selects, message=message,
                                 shown=[c for c in candidates if _matches(c, query)]))

    def candidate_response(stem: str, *, message: Message | None = None,
                           edit: tuple[str, str] | None = None, status: int = 200) -> Response:
        with_draft = [c for c in review.candidates() if c.stem]
        stems = [c.stem for c in with_draft]
        if stem not in stems:
            return _refused(404, "No such candidate", f"No draft named '{stem}' in this round.",
                            home=True)
        index = stems.index(stem)
        candidate = with_draft[index]
        try:
            saved = review.saved_draft(stem)
        except FollowupError as exc:
            return _refused(409, "This draft cannot be read", str(exc), home=True)
        subject, body = edit or (saved.subject, saved.body)
        return HTMLResponse(candidate_page(
            candidate, saved, position=(index + 1, len(stems)),
            neighbours=(stems[index - 1] if index else None,
                        stems[index + 1] if index + 1 < len(stems) else None),
            folder=folder, message=message, edit_subject=subject, edit_body=body,
            redraft_with=redraft_with), status_code=status)

    def show_candidate(request: Request) -> Response:
        return candidate_response(request.path_params["stem"], message=_message(request))

    def after(stem: str, done: str) -> RedirectResponse:
        return RedirectResponse(f"/c/{stem}?{urlencode({'done': done})}", status_code=303)

    async def edit(request: Request) -> Response:
        stem = request.path_params["stem"]
        form = await _form(request)
        subject, body = form.get("subject", ""), form.get("body", "")
        try:
            draft = await run_in_threadpool(review.save_edit, stem, subject, body)
        except KeyError:
            return candidate_response(stem)
        except FollowupError as exc:  # the page comes back with the text as typed: nothing lost
            return candidate_response(stem, message=Message("error", f"Not saved: {exc}"),
                                      edit=(subject, body), status=400)
        return after(stem, f"saved:{len(draft.failed_checks)}:{len(draft.advice)}")

    async def verdict(request: Request) -> Response:
        stem = request.path_params["stem"]
        form = await _form(request)
        chosen = next((v for v in VERDICTS if v == form.get("verdict")), None)
        if chosen is None:
            return candidate_response(stem, message=Message("error", "Unknown verdict."),
                                      status=400)
        try:
            await run_in_threadpool(review.set_verdict, stem, chosen,
                                    despite_blocking=form.get("despite_blocking") == "1")
        except KeyError:
            return candidate_response(stem)
        except FollowupError as exc:
            return candidate_response(stem, message=Message("error", f"Not approved: {exc}"),
                                      status=400)
        return after(stem, chosen)

    async def redraft(request: Request) -> Response:
        stem = request.path_params["stem"]
        try:
            draft = await run_in_threadpool(review.redraft, stem)
        except KeyError:
            return candidate_response(stem)
        except FollowupError as exc:  # the endpoint failed: the draft stays as it was
            return candidate_response(stem, message=Message("error", f"Not redrafted: {exc}"),
                                      status=502 if exc.exit_code == 3 else 400)
        return after(stem, f"redrafted:{len(draft.failed_checks)}:{len(draft.advice)}")

    async def export(request: Request) -> Response:
        form = await _form(request)
        try:
            kind = ExportKind(form.get("kind", ""))
        except ValueError:
            return _refused(400, "Unknown export format", "Choose eml, mbox or csv.", home=True)
        where, count = await run_in_threadpool(export_approved, review, kind)
        return RedirectResponse("/?" + urlencode({"done": f"exported:{count}:{where}"}),
                                status_code=303)

    routes = [
        Route("/", list_page),
        Route("/c/{stem}", show_candidate),
        Route("/c/{stem}/edit", edit, methods=["POST"]),
        Route("/c/{stem}/verdict", verdict, methods=["POST"]),
        Route("/c/{stem}/redraft", redraft, methods=["POST"]),
        Route("/export", export, methods=["POST"]),
        Mount("/static", StaticFiles(packages=[("followup.review", "static")]), name="static"),
    ]
    async def unreadable(request: Request, exc: Exception) -> Response:
        # The folder changed under the review (a manifest or review.json that cannot be read):
        # one line naming the file, never a traceback.
        return _refused(409, "The round's folder cannot be read", str(exc), home=True)

    app = Starlette(routes=routes, exception_handlers={FollowupError: unreadable})
    # A cookie per port: two reviews on this machine do not share (or overwrite) one.
    cookie = f"followup_review_{port}" if port else "followup_review"
    return Guard(app, token=token, hosts=hosts, cookie=cookie)


def _message(request: Request) -> Message | None:
    """The result of the action that redirected here, from `?done=`."""
    done = request.query_params.get("done", "")
    kind, _, rest = done.partition(":")
    if kind in MESSAGES:
        return Message("ok", MESSAGES[kind])
    if kind in ("saved", "redrafted"):
        blocking, _, advisory = rest.partition(":")
        verb = "Saved" if kind == "saved" else "Redrafted"
        return Message("ok", f"{verb}; the checks ran again: {blocking} blocking failure(s), "
                             f"{advisory} advisory note(s).")
    if kind == "exported":
        count, _, where = rest.partition(":")
        return Message("ok", f"Exported {count} approved draft(s) to {where}.")
    return None
