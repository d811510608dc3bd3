"""A tiny web site on 127.0.0.1 for the fetch tests (never any outside address)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

HTML = (Path(__file__).parent / "data" / "html" / "courier-buses.html").read_bytes()
LATIN = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
         '<title>Café owner wins award</title></head><body><article><h1>Café owner wins award for best '
         'breakfast</h1><p>The owner of a café in Thornby said she was “delighted” after winning the county '
         'award for the best breakfast on Friday evening.</p><p>“We make everything ourselves, from the '
         'bread to the jam,” said Renée Dubois, who opened the café in 2019.</p></article></body></html>'
         ).encode("cp1252")
NAV_ONLY = (b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
            b"<footer>(c) 2024</footer></body></html>")
PLAIN = b"Ferry service to be cut\n\nThe last ferry will sail on Friday, the operator said.\n"


class Handler(BaseHTTPRequestHandler):
    seen: ClassVar[list[dict[str, str]]] = []  # each request's path and headers

    def log_message(self, *args) -> None:  # keep the test output clean
        pass

    def send(self, status: int, body: bytes, ctype: str | None = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.seen.append({"path": self.path, **dict(self.headers)})
        path = self.path
        if path == "/article":
            self.send(200, HTML)
        elif path == "/latin":
            self.send(200, LATIN, "text/html")  # the charset is only in the page's <meta>
        elif path == "/no-type":
            self.send(200, HTML, None)
        elif path == "/plain":
            self.send(200, PLAIN, "text/plain; charset=utf-8")
        elif path == "/pdf":
            self.send(200, b"%PDF-1.7 ...", "application/pdf")
        elif path == "/nav-only":
            self.send(200, NAV_ONLY)
        elif path == "/missing":
            self.send(404, b"<h1>Not found</h1>")
        elif path == "/broken":
            self.send(503, b"<h1>Down for maintenance</h1>")
        elif path == "/redirect":
            self.send_response(302)
            self.send_header("Location", "/article")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(2)
            self.send(200, HTML)
        elif path == "/huge":  # says how big it is: refused before reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(50 * 2**20))
            self.end_headers()
            self._stream(b"x" * 65536, 50 * 2**20 // 65536)
        elif path == "/endless":  # no Content-Length: refused while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self._stream(b"<p>" + b"spam " * 13000 + b"</p>\n", 10_000)
        elif path == "/trickle":  # a byte at a time: each read is quick, the whole is not
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self._stream(b"a", 200, pause=0.02)
        else:
            self.send(404, b"no such test page")

    def _stream(self, chunk: bytes, times: int, pause: float = 0.0) -> None:
        try:
            for _ in range(times):
                self.wfile.write(chunk)
                self.wfile.flush()
                if pause:
                    time.sleep(pause)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should


class QuietServer(ThreadingHTTPServer):
    """Clients here hang up on purpose (timeouts, size limits): a handler thread that
    outlives its test must not print a traceback into a later test's captured stderr."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


def serve(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Run the site for one test (use it as `yield from serve(monkeypatch)` in a fixture).

    Yields its base URL, e.g. http://127.0.0.1:PORT"""
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    server = QuietServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    Handler.seen.clear()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
