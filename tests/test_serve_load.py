"""`narrator serve` under load: many concurrent Range requests, a slow client, paths outside the folder."""

from __future__ import annotations

import http.client
import random
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from narrator.serve import open_server, serve
from tests.conftest import make_podcast

TIMEOUT = 10.0


@pytest.fixture
def server(tmp_path):
    folder = tmp_path / "pod"
    episodes = make_podcast(folder, sizes=(3_000_000, 200_000))
    (tmp_path / "secret.mp3").write_bytes(b"SECRET")
    (folder / "episodes" / "link.mp3").symlink_to(tmp_path / "secret.mp3")
    srv = open_server(folder, "127.0.0.1", 0, log=lambda msg: None)
    thread = threading.Thread(target=serve, args=(srv, 0.02), daemon=True)
    thread.start()
    yield srv, folder, episodes
    srv.shutdown()
    thread.join(TIMEOUT)


def get(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        conn.request("GET", path, headers=headers or {})
        r = conn.getresponse()
        return r.status, dict(r.getheaders()), r.read()
    finally:
        conn.close()


def test_200_concurrent_range_requests_get_the_right_bytes(server):
    srv, folder, episodes = server
    data = [(folder / e.mp3).read_bytes() for e in episodes]
    rng = random.Random(7)
    jobs = []
    for _ in range(200):
        n = rng.randrange(2)
        start = rng.randrange(len(data[n]))
        end = min(len(data[n]) - 1, start + rng.randrange(1, 300_000))
        jobs.append((n, start, end))

    def fetch(job):
        n, start, end = job
        status, headers, body = get(srv.server_port, "/" + episodes[n].mp3, {"Range": f"bytes={start}-{end}"})
        assert status == 206
        assert headers["Content-Range"] == f"bytes {start}-{end}/{len(data[n])}"
        assert body == data[n][start:end + 1]
        return len(body)

    began = time.monotonic()
    with ThreadPoolExecutor(max_workers=50) as pool:  # bounded: 50 connections at a time
        sizes = list(pool.map(fetch, jobs))
    assert len(sizes) == 200 and sum(sizes) > 0
    assert time.monotonic() - began < 30


def test_a_slow_client_does_not_block_others(server):
    srv, folder, episodes = server
    slow_reader = socket.create_connection(("127.0.0.1", srv.server_port), timeout=TIMEOUT)
    slow_writer = socket.create_connection(("127.0.0.1", srv.server_port), timeout=TIMEOUT)
    try:
        # One asks for 3 MB and never reads it; the other sends half a request line and stalls.
        slow_reader.sendall(f"GET /{episodes[0].mp3} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
        slow_writer.sendall(b"GET /feed.x")
        time.sleep(0.2)
        began = time.monotonic()
        for _ in range(10):
            status, _, body = get(srv.server_port, "/" + episodes[1].mp3, {"Range": "bytes=0-99"})
            assert status == 206 and len(body) == 100
        status, _, body = get(srv.server_port, "/feed.xml")
        assert status == 200 and b"<rss" in body
        assert time.monotonic() - began < 2
    finally:
        slow_reader.close()
        slow_writer.close()


@pytest.mark.parametrize("target", [
    "/../secret.mp3", "/%2e%2e/secret.mp3", "/episodes/..%2f..%2fsecret.mp3", "/episodes/%2e%2e/%2e%2e/secret.mp3",
    "//etc/passwd", "/episodes/link.mp3", "/catalog.sqlite3", "/podcast.toml", "/episodes/%00.mp3",
    "/..\\secret.mp3", "http://evil.example/../secret.mp3",
])
def test_requests_outside_the_folder_are_refused(server, target):
    srv, _, _ = server
    with socket.create_connection(("127.0.0.1", srv.server_port), timeout=TIMEOUT) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode())
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
    status = int(reply.split(b" ", 2)[1])
    assert status in (400, 403, 404)
    assert b"SECRET" not in reply and b"root:" not in reply
