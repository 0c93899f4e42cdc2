"""A real HTTP server on 127.0.0.1 (a free port) for the client tests: each request is recorded and answered by a
function of the test (method, path with query, headers, body) -> (status, headers, body); status 0 closes the
connection without an answer."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Answer = tuple[int, dict[str, str], Any]
Handler = Callable[[Received], Answer]


@dataclass
class Server:
    url: str
    received: list[Received] = field(default_factory=list)


@contextmanager
def serve(handler: Handler) -> Iterator[Server]:
    """Run `handler` behind an HTTP server on 127.0.0.1; a JSON-able body is sent as JSON."""
    state = Server(url="")

    class Stub(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            got = Received(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
            state.received.append(got)
            status, headers, body = handler(got)
            if status == 0:  # hang up without an answer (the client sees a broken connection)
                self.close_connection = True
                return
            payload = body if isinstance(body, bytes) else json.dumps(body).encode()
            self.send_response(status)
            if not isinstance(body, bytes):
                self.send_header("Content-Type", "application/json")
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _answer

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
