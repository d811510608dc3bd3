"""`narrator serve`: the podcast folder over HTTP, with the Range requests podcast apps need.

Only files of the podcast folder with a known podcast type are served, never
the catalog, the settings, dotfiles or temporary files, and nothing outside the
folder (``..``, encoded or not, and symlinks that lead out are refused).
``/feed.xml`` is rendered per request from the catalog, with its URLs built
from the address the client used (see `feed_base_url`), so the feed works from
whichever address a phone reaches this computer at.  ``/`` is the folder's
``index.html`` (its links are relative), or a small rendered page without it.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import html
import os
import re
import socket
import socketserver
import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from narrator import __version__
from narrator.catalog import CATALOG_FILE, Catalog
from narrator.errors import NarratorError
from narrator.cover import COVER_FILE
from narrator.feed import FEED_FILE, enclosure_url, render_feed
from narrator.models import Episode, Settings
from narrator.ranges import Unsatisfiable, http_date, not_modified, parse_range, range_applies
from narrator.settings import SETTINGS_FILE, load_settings
from narrator.site import INDEX_FILE

CHUNK = 64 * 1024
IDLE_TIMEOUT_S = 30.0  # a client that sends or reads nothing for this long is dropped
TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".xml": "application/xml",
    ".html": "text/html; charset=utf-8",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
}
FEED_TYPE = "application/rss+xml; charset=utf-8"
_HOST = re.compile(r"(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?")
_ANY_ADDRESS = ("", "0.0.0.0", "::")


def content_type(name: str) -> str | None:
    """The type a file is served as, or None if files like it are not served.

    >>> content_type("feed.xml"), content_type("a.chapters.json"), content_type("catalog.sqlite3")
    ('application/rss+xml; charset=utf-8', 'application/json+chapters', None)
    """
    if name == FEED_FILE:
        return FEED_TYPE
    if name.lower().endswith(".chapters.json"):
        return "application/json+chapters"
    return TYPES.get(os.path.splitext(name)[1].lower())


def private(name: str) -> bool:
    """Names never served, whatever their type: dotfiles ("..", ".feed.xml.x.tmp"), catalog, temp files."""
    return (
        name.startswith(".")
        or name.startswith(CATALOG_FILE)
        or name == SETTINGS_FILE
        or name.endswith((".tmp", ".part", "~"))
    )


def url_parts(target: str) -> list[str] | None:
    """The decoded path segments of a request target, or None if it must be refused.

    >>> url_parts("/episodes/caf%C3%A9.mp3?x=1"), url_parts("//etc/passwd")
    (['episodes', 'café.mp3'], ['etc', 'passwd'])
    >>> url_parts("/episodes/%2e%2e/catalog.sqlite3"), url_parts("/a%2Fb"), url_parts("http://x/feed.xml")
    (None, None, None)
    """
    path = target.split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/"):
        return None
    parts = []
    for raw in path.split("/"):
        if not raw:
            continue
        try:
            part = unquote(raw, errors="strict")
        except UnicodeDecodeError:
            return None
        if private(part) or any(c in part for c in "/\\\0:"):
            return None
        parts.append(part)
    return parts


def resolve(root: Path, parts: list[str]) -> Path | None:
    """The regular file under `root` (already resolved) that `parts` name, if it may be served."""
    if not parts or content_type(parts[-1]) is None:
        return None
    try:
        real = root.joinpath(*parts).resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # missing, a symlink loop, a NUL byte
        return None
    if not real.is_relative_to(root) or not real.is_file():  # no escape, no directory, FIFO or device
        return None
    # A symlink inside the folder may point at the catalog: check where it leads too.
    if any(private(p) for p in real.relative_to(root).parts) or content_type(real.name) is None:
        return None
    return real


def feed_base_url(host_header: str | None, configured: str, fallback: str) -> str:
    """The base URL for the feed's links, from the Host the client asked for.

    The configured base_url when the request came to its host (through a reverse
    proxy, say, which may add https and a path); otherwise the address the client
    used; `fallback` when the Host header is missing or odd.

    >>> feed_base_url("192.168.1.20:8000", "http://localhost:8000/", "http://0.0.0.0:8000/")
    'http://192.168.1.20:8000/'
    >>> feed_base_url("Pod.Example.org", "https://pod.example.org/news/", "http://x/")
    'https://pod.example.org/news/'
    >>> feed_base_url("evil/<x>", "http://localhost:8000/", "http://127.0.0.1:8000/")
    'http://127.0.0.1:8000/'
    """
    host = (host_header or "").strip().lower()
    if not _HOST.fullmatch(host):
        return fallback
    if urlsplit(configured).netloc == host:
        return configured
    return f"http://{host}/"


def lan_address() -> str | None:
    """A guess at this computer's address on the local network (the one its default route uses)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1; connecting a UDP socket sends nothing
            address = s.getsockname()[0]
    except OSError:
        try:
            address = socket.gethostbyname(socket.gethostname())
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


@dataclasses.dataclass(frozen=True)
class _Resource:
    content_type: str
    size: int
    etag: str
    modified: datetime
    write: Callable[[int, int], None]  # send bytes start..start+length
    cache_control: str | None = None


class PodcastServer(ThreadingHTTPServer):
    daemon_threads = True  # Ctrl-C does not wait for a podcast app's open connections
    request_queue_size = 128  # socketserver's 5 drops bursts of connections (1 s SYN retry)

    def __init__(self, folder: Path, host: str, port: int, log: Callable[[str], None]) -> None:
        self.folder = folder.resolve()
        self.log = log
        if ":" in host:
            self.address_family = socket.AF_INET6
        super().__init__((host, port), _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind calls getfqdn(), which can stall on a reverse DNS lookup.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):  # a client hung up: normal
            super().handle_error(request, client_address)

    @property
    def host(self) -> str:
        return f"[{self.server_name}]" if ":" in self.server_name else self.server_name

    @property
    def url(self) -> str:
        """The server's own base URL, as bound."""
        return f"http://{self.host}:{self.server_port}/"

    @property
    def everywhere(self) -> bool:
        return self.server_name in _ANY_ADDRESS

    @property
    def local_only(self) -> bool:
        return self.server_name.startswith("127.") or self.server_name in ("::1", "localhost")

    def feed_url(self) -> str:
        """The feed URL to paste into a podcast app: with the LAN address when bound to all of them."""
        host = self.host
        if self.everywhere:
            host = lan_address() or socket.gethostname()
        return f"http://{host}:{self.server_port}/{FEED_FILE}"

    def render(self, host_header: str | None, page: Callable[..., bytes]) -> tuple[bytes, datetime]:
        """A page built from the catalog and settings, and when they last changed."""
        settings = load_settings(self.folder)
        base = feed_base_url(host_header, settings.base_url, self.url)
        with Catalog.open(self.folder) as catalog:
            episodes = catalog.episodes()
        # Not the -shm file: readers touch it too.
        files = [self.folder / name for name in (CATALOG_FILE, f"{CATALOG_FILE}-wal", SETTINGS_FILE)]
        stamps = [p.stat().st_mtime for p in files if p.exists()]
        changed = datetime.fromtimestamp(max(stamps), timezone.utc).replace(microsecond=0)
        cover = settings.cover or (COVER_FILE if (self.folder / COVER_FILE).is_file() else None)
        return page(dataclasses.replace(settings, base_url=base), episodes, built=changed, cover=cover), changed


def _index_page(settings: Settings, episodes: Sequence[Episode], *, built: datetime, cover: str | None) -> bytes:
    """A small page to check from a phone's browser that it reaches the server."""
    feed = html.escape(settings.base_url + FEED_FILE)
    items = "".join(
        f'<li><a href="{html.escape(enclosure_url(settings.base_url, e.mp3))}">{html.escape(e.title)}</a></li>'
        for e in episodes
    )
    return (
        f"<!doctype html><meta charset=utf-8><meta name=viewport content='width=device-width'>"
        f"<title>{html.escape(settings.title)}</title><h1>{html.escape(settings.title)}</h1>"
        f"<p>Add this feed in your podcast app: <a href='{feed}'>{feed}</a></p><ul>{items}</ul>"
    ).encode("utf-8")


class _Handler(BaseHTTPRequestHandler):
    server: PodcastServer
    protocol_version = "HTTP/1.1"  # keep-alive: podcast apps make many range requests
    timeout = IDLE_TIMEOUT_S

    def version_string(self) -> str:
        return f"narrator/{__version__}"

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def log_message(self, format: str, *args: object) -> None:
        self.server.log(f"{self.address_string()} {format % args}")

    def log_error(self, format: str, *args: object) -> None:
        pass  # send_error's "code 404" lines repeat the request line that follows

    def _serve(self, head: bool) -> None:
        parts = url_parts(self.path)
        if parts == [] and resolve(self.server.folder, [INDEX_FILE]):
            parts = [INDEX_FILE]  # the page the pipeline writes; the rendered one is for folders without it
        if parts in ([], [FEED_FILE]):
            try:
                resource = self._rendered(parts)
            except NarratorError as exc:  # e.g. the catalog is locked or broken
                self.server.log(f"cannot render {self.path}: {exc}")
                self.send_error(HTTPStatus.SERVICE_UNAVAILABLE, explain=str(exc))
                return
            self._send(resource, head)
            return
        path = resolve(self.server.folder, parts) if parts else None
        try:
            f = open(path, "rb") if path else None
        except OSError:
            f = None
        if f is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        with f:
            self._send(self._file(f, path.name), head)

    def _rendered(self, parts: list[str]) -> _Resource:
        page = render_feed if parts else _index_page
        body, changed = self.server.render(self.headers.get("Host"), page)
        return _Resource(
            content_type=FEED_TYPE if parts else TYPES[".html"],
            size=len(body),
            etag='"' + hashlib.sha256(body).hexdigest()[:32] + '"',
            modified=changed,
            write=lambda start, length: self.wfile.write(body[start : start + length]),
            cache_control="no-cache",  # apps revalidate with If-None-Match and get 304
        )

    def _file(self, f: BinaryIO, name: str) -> _Resource:
        info = os.fstat(f.fileno())  # of the file we opened, even if it is replaced meanwhile
        return _Resource(
            content_type=content_type(name) or "application/octet-stream",
            size=info.st_size,
            etag=f'"{info.st_size:x}-{info.st_mtime_ns:x}"',
            modified=datetime.fromtimestamp(info.st_mtime, timezone.utc),
            write=lambda start, length: self._copy(f, start, length),
            cache_control="no-cache" if name == INDEX_FILE else None,  # new episodes show at once
        )

    def _copy(self, f: BinaryIO, start: int, length: int) -> None:
        f.seek(start)
        while length > 0:
            chunk = f.read(min(CHUNK, length))
            if not chunk:  # the file shrank: the body is short, so the connection must end
                self.close_connection = True
                return
            self.wfile.write(chunk)
            length -= len(chunk)

    def _send(self, r: _Resource, head: bool) -> None:
        validators = {"ETag": r.etag, "Last-Modified": http_date(r.modified)}
        if r.cache_control:
            validators["Cache-Control"] = r.cache_control
        h = self.headers
        if not_modified(h.get("If-None-Match"), h.get("If-Modified-Since"), r.etag, r.modified):
            self._head(HTTPStatus.NOT_MODIFIED, validators)
            return
        wanted = None
        try:
            if range_applies(h.get("If-Range"), r.etag, r.modified):
                wanted = parse_range(h.get("Range"), r.size)
        except Unsatisfiable:
            self._head(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                       {"Content-Range": f"bytes */{r.size}", "Content-Length": "0", **validators})
            return
        start, end = wanted or (0, r.size - 1)
        headers = {"Content-Type": r.content_type, "Content-Length": str(end - start + 1),
                   "Accept-Ranges": "bytes", **validators}
        if wanted:
            headers["Content-Range"] = f"bytes {start}-{end}/{r.size}"
        self._head(HTTPStatus.PARTIAL_CONTENT if wanted else HTTPStatus.OK, headers)
        if not head:
            r.write(start, end - start + 1)

    def _head(self, status: HTTPStatus, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()


def open_server(folder: Path, host: str, port: int, log: Callable[[str], None] | None = None) -> PodcastServer:
    """A server for the podcast in `folder`, listening but not yet serving."""
    if not (folder / CATALOG_FILE).is_file():
        raise NarratorError(
            f"{folder} has no podcast yet (no {CATALOG_FILE}); add an episode with `narrator add ARTICLE --out {folder}`"
        )
    if not 0 <= port <= 65535:
        raise NarratorError(f"port {port} is not a port number; use one from 1024 to 65535, e.g. 8000")
    try:
        return PodcastServer(folder, host, port, log or (lambda msg: print(msg, file=sys.stderr)))
    except socket.gaierror:
        raise NarratorError(f"cannot listen on {host!r}: unknown host; use 127.0.0.1, or 0.0.0.0 for every network") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise NarratorError(f"port {port} is already in use on {host}; stop the other server or pick another --port") from None
        if exc.errno == errno.EACCES:
            raise NarratorError(f"not allowed to listen on port {port}; use a port from 1024 up, e.g. --port 8000") from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise NarratorError(f"{host} is not an address of this computer; use 127.0.0.1, or 0.0.0.0 for every network") from None
        raise NarratorError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def serve(server: PodcastServer, poll_interval: float = 0.5) -> None:
    """Serve until Ctrl-C (or `server.shutdown()`), then close the listening socket and return."""
    with server:
        try:
            server.serve_forever(poll_interval)
        except KeyboardInterrupt:
            pass
