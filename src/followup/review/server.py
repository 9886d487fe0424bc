"""Serving the review: uvicorn on 127.0.0.1 only, the URL with its token printed and opened.

The socket is bound here, before the app is made, so that the port (a free one when none is
asked for) is known to the app's Host check and to the URL. uvicorn's access log is off: it
would print the token, and the candidates' names in every URL.
"""

from __future__ import annotations

import socket
import threading
import webbrowser
from collections.abc import Callable

from ..errors import InputError
from .round import ReviewRound

LOOPBACK = "127.0.0.1"


def bind(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((LOOPBACK, port))
    except OSError as exc:
        sock.close()
        raise InputError(f"--port {port}: cannot listen on {LOOPBACK}: {exc.strerror or exc}; "
                         "choose another port, or leave --port out for a free one") from None
    sock.listen(64)
    return sock


def serve(review: ReviewRound, *, port: int, open_browser: bool, redraft_with: str,
          announce: Callable[[str], None]) -> None:
    """Serve until Ctrl-C."""
    import uvicorn

    from .app import create_app, new_token

    sock = bind(port)
    port = sock.getsockname()[1]
    token = new_token()
    app = create_app(review, token=token, hosts=(f"{LOOPBACK}:{port}", f"localhost:{port}"),
                     port=port, redraft_with=redraft_with)
    url = f"http://{LOOPBACK}:{port}/?token={token}"
    announce(url)
    if open_browser:  # in a thread: a text-mode browser would otherwise hold the server back
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                            server_header=False)
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn has shut down, then raises Ctrl-C again: that is the stop
        pass
    finally:
        sock.close()
