"""`narrator serve` over real sockets on 127.0.0.1, each test with its own server on an ephemeral port."""

import doctest
import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from email.utils import formatdate
from pathlib import Path
from urllib.parse import urlsplit

import feedparser
import pytest
from click.testing import CliRunner

import narrator.serve
from narrator.cli import cli
from narrator.errors import NarratorError
from narrator.serve import open_server, serve
from tests.conftest import make_podcast

TIMEOUT = 5.0
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def podcast(tmp_path):
    folder = tmp_path / "pod"
    episodes = make_podcast(folder)
    (folder / "episodes" / "story-0-0a1b2c3d.vtt").write_text("WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n")
    (folder / "episodes" / "story-0-0a1b2c3d.chapters.json").write_text('{"version": "1.2.0", "chapters": []}')
    (folder / "episodes" / "notes.json").write_text("{}")
    (tmp_path / "secret.mp3").write_bytes(b"SECRET outside the podcast folder")
    return folder, episodes


@pytest.fixture
def server(podcast):
    folder, _ = podcast
    logs: list[str] = []
    srv = open_server(folder, "127.0.0.1", 0, log=logs.append)
    thread = threading.Thread(target=serve, args=(srv, 0.02), daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    thread.join(TIMEOUT)
    assert not thread.is_alive()


def request(srv, path, method="GET", headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", srv.server_port, timeout=TIMEOUT)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response, response.read()
    finally:
        conn.close()


def raw(srv, request_line, extra=b""):
    """Send bytes exactly as given (no client-side path normalisation) and return the status code and reply."""
    with socket.create_connection(("127.0.0.1", srv.server_port), timeout=TIMEOUT) as s:
        s.sendall(request_line + b"\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra + b"\r\n")
        reply = b""
        while chunk := s.recv(65536):
            reply += chunk
    return int(reply.split(b" ", 2)[1]), reply


def mp3_bytes(podcast, n=0):
    folder, episodes = podcast
    return (folder / episodes[n].mp3).read_bytes()


def test_doctests():
    assert doctest.testmod(narrator.serve).failed == 0


def test_whole_file_200(server, podcast):
    response, body = request(server, "/episodes/story-0-0a1b2c3d.mp3")
    assert response.status == 200
    assert body == mp3_bytes(podcast)
    assert response.getheader("Content-Length") == str(len(body))
    assert response.getheader("Accept-Ranges") == "bytes"
    assert response.getheader("Content-Type") == "audio/mpeg"
    assert response.getheader("ETag").startswith('"') and response.getheader("Last-Modified").endswith("GMT")


@pytest.mark.parametrize("spec, first, last", [
    ("bytes=100-199", 100, 199),
    ("bytes=9000-", 9000, 9999),
    ("bytes=-300", 9700, 9999),
    ("bytes=9990-20000", 9990, 9999),  # the end is clamped to the file
])
def test_range_206(server, podcast, spec, first, last):
    response, body = request(server, "/episodes/story-0-0a1b2c3d.mp3", headers={"Range": spec})
    assert response.status == 206
    assert body == mp3_bytes(podcast)[first : last + 1]
    assert response.getheader("Content-Range") == f"bytes {first}-{last}/10000"
    assert response.getheader("Content-Length") == str(last - first + 1)


@pytest.mark.parametrize("spec", ["bytes=10000-", "bytes=20000-30000", "bytes=-0"])
def test_unsatisfiable_range_416(server, spec):
    response, body = request(server, "/episodes/story-0-0a1b2c3d.mp3", headers={"Range": spec})
    assert response.status == 416
    assert response.getheader("Content-Range") == "bytes */10000"
    assert body == b""


@pytest.mark.parametrize("spec", ["bytes=5-1", "lines=1-2", "bytes=0-1,5-9", "bytes=abc"])
def test_malformed_or_multiple_ranges_get_the_whole_file(server, podcast, spec):
    response, body = request(server, "/episodes/story-0-0a1b2c3d.mp3", headers={"Range": spec})
    assert response.status == 200 and body == mp3_bytes(podcast)


def test_conditional_get_304(server):
    path = "/episodes/story-0-0a1b2c3d.mp3"
    first, _ = request(server, path)
    etag, modified = first.getheader("ETag"), first.getheader("Last-Modified")
    by_etag, body = request(server, path, headers={"If-None-Match": etag})
    assert by_etag.status == 304 and body == b"" and by_etag.getheader("ETag") == etag
    assert request(server, path, headers={"If-None-Match": f'"other", W/{etag}'})[0].status == 304
    by_date, body = request(server, path, headers={"If-Modified-Since": modified})
    assert by_date.status == 304 and body == b""
    assert request(server, path, headers={"If-None-Match": '"stale"'})[0].status == 200
    # If-None-Match wins over a matching If-Modified-Since.
    assert request(server, path, headers={"If-None-Match": '"stale"', "If-Modified-Since": modified})[0].status == 200
    old = formatdate(time.time() - 86400 * 365, usegmt=True)
    assert request(server, path, headers={"If-Modified-Since": old})[0].status == 200


def test_if_range(server, podcast):
    path = "/episodes/story-0-0a1b2c3d.mp3"
    first, _ = request(server, path)
    etag, modified = first.getheader("ETag"), first.getheader("Last-Modified")
    for validator in (etag, modified):
        response, body = request(server, path, headers={"Range": "bytes=0-9", "If-Range": validator})
        assert response.status == 206 and body == mp3_bytes(podcast)[:10]
    for stale in ('"stale"', "Mon, 01 Jan 2001 00:00:00 GMT"):
        response, body = request(server, path, headers={"Range": "bytes=0-9", "If-Range": stale})
        assert response.status == 200 and body == mp3_bytes(podcast)


def test_head_has_headers_and_no_body(server):
    status, reply = raw(server, b"HEAD /episodes/story-1-0a1b2c3d.mp3 HTTP/1.1")
    head, _, body = reply.partition(b"\r\n\r\n")
    assert status == 200 and body == b""
    assert b"Content-Length: 20000" in head and b"Accept-Ranges: bytes" in head and b"ETag: " in head
    status, reply = raw(server, b"HEAD /episodes/story-1-0a1b2c3d.mp3 HTTP/1.1", b"Range: bytes=0-99\r\n")
    head, _, body = reply.partition(b"\r\n\r\n")
    assert status == 206 and body == b"" and b"Content-Range: bytes 0-99/20000" in head


@pytest.mark.parametrize("target", [
    b"/../secret.mp3",
    b"/episodes/../../secret.mp3",
    b"/%2e%2e/secret.mp3",
    b"/episodes/%2E%2E/%2e%2e/secret.mp3",
    b"/episodes/..%2f..%2fsecret.mp3",
    b"/..%5c..%5csecret.mp3",
    b"//etc/passwd",
    b"/etc/passwd",
    b"/%2fetc%2fpasswd",
    b"/episodes/link-out.mp3",  # a symlink leading out of the folder
    b"/episodes/link-catalog.mp3",  # a symlink to the catalog, inside the folder
    b"/episodes/%00.mp3",
    b"http://127.0.0.1/../secret.mp3",
    b"secret.mp3",
])
def test_nothing_outside_the_folder_is_served(server, podcast, target):
    folder, _ = podcast
    (folder / "episodes" / "link-out.mp3").symlink_to(folder.parent / "secret.mp3")
    (folder / "episodes" / "link-catalog.mp3").symlink_to(folder / "catalog.sqlite3")
    status, reply = raw(server, b"GET " + target + b" HTTP/1.1")
    assert status in (400, 403, 404)
    assert b"SECRET" not in reply and b"SQLite" not in reply and b"root:" not in reply


def test_symlink_inside_the_folder_is_served(server, podcast):
    folder, _ = podcast
    (folder / "episodes" / "alias.mp3").symlink_to(folder / "episodes" / "story-0-0a1b2c3d.mp3")
    response, body = request(server, "/episodes/alias.mp3")
    assert response.status == 200 and body == mp3_bytes(podcast)


@pytest.mark.parametrize("name", [
    "catalog.sqlite3", "catalog.sqlite3-wal", "catalog.sqlite3-shm", "podcast.toml",
    ".hidden.mp3", "episodes/.partial.mp3", ".feed.xml.x1y2.tmp", "episodes/x.mp3.tmp", "episodes/x.mp3.part",
    "episodes/", "episodes", "notes.txt",
])
def test_private_files_are_not_served(server, podcast, name):
    folder, _ = podcast
    for extra in (".hidden.mp3", "episodes/.partial.mp3", ".feed.xml.x1y2.tmp", "episodes/x.mp3.tmp",
                  "episodes/x.mp3.part", "notes.txt"):
        (folder / extra).write_bytes(b"private")
    assert (folder / "catalog.sqlite3").exists()
    response, body = request(server, "/" + name)
    assert response.status == 404
    assert b"private" not in body and b"SQLite" not in body


@pytest.mark.parametrize("path, expected", [
    ("/episodes/story-0-0a1b2c3d.mp3", "audio/mpeg"),
    ("/episodes/story-0-0a1b2c3d.vtt", "text/vtt; charset=utf-8"),
    ("/episodes/story-0-0a1b2c3d.chapters.json", "application/json+chapters"),
    ("/episodes/notes.json", "application/json"),
    ("/feed.xml", "application/rss+xml; charset=utf-8"),
    ("/", "text/html; charset=utf-8"),
])
def test_content_types(server, path, expected):
    response, _ = request(server, path)
    assert response.status == 200
    assert response.getheader("Content-Type") == expected


def test_feed_links_use_the_served_address_and_parse(server, podcast):
    _, episodes = podcast
    response, body = request(server, "/feed.xml")
    parsed = feedparser.parse(body)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert len(parsed.entries) == len(episodes)
    for entry in parsed.entries:
        (enclosure,) = entry.enclosures
        assert enclosure.href.startswith(server.url + "episodes/")
        fetched, data = request(server, urlsplit(enclosure.href).path)
        assert fetched.status == 200 and len(data) == int(enclosure.length)
    # A phone that reached this computer by its LAN address gets links with that address.
    _, body = request(server, "/feed.xml", headers={"Host": "192.168.1.20:8000"})
    assert all(e.enclosures[0].href.startswith("http://192.168.1.20:8000/episodes/")
               for e in feedparser.parse(body).entries)


def test_feed_keeps_the_configured_base_url_for_its_own_host(tmp_path):
    folder = tmp_path / "pod"
    make_podcast(folder, base_url="https://pod.example.org/news/")
    srv = open_server(folder, "127.0.0.1", 0, log=lambda _m: None)
    thread = threading.Thread(target=serve, args=(srv, 0.02), daemon=True)
    thread.start()
    try:
        _, body = request(srv, "/feed.xml", headers={"Host": "pod.example.org"})  # behind a reverse proxy
        hrefs = [e.enclosures[0].href for e in feedparser.parse(body).entries]
        assert hrefs and all(h.startswith("https://pod.example.org/news/episodes/") for h in hrefs)
        _, body = request(srv, "/feed.xml")
        assert all(e.enclosures[0].href.startswith(srv.url) for e in feedparser.parse(body).entries)
    finally:
        srv.shutdown()
        thread.join(TIMEOUT)
    assert b"https://pod.example.org/news/" in (folder / "feed.xml").read_bytes()  # the file is left alone


def test_feed_revalidates_with_304_until_the_catalog_changes(server, podcast):
    folder, _ = podcast
    first, body = request(server, "/feed.xml")
    etag = first.getheader("ETag")
    assert first.getheader("Cache-Control") == "no-cache"
    assert request(server, "/feed.xml", headers={"If-None-Match": etag})[0].status == 304
    make_podcast(folder, sizes=(10_000, 20_000, 30_000))  # a third episode
    changed, new_body = request(server, "/feed.xml", headers={"If-None-Match": etag})
    assert changed.status == 200 and len(feedparser.parse(new_body).entries) == 3


def test_twenty_concurrent_range_requests(server, podcast):
    data = mp3_bytes(podcast, 1)
    results: dict[int, tuple[int, str, bytes]] = {}

    def fetch(n: int) -> None:
        first = n * 900
        response, body = request(server, "/episodes/story-1-0a1b2c3d.mp3", headers={"Range": f"bytes={first}-{first + 999}"})
        results[n] = (response.status, response.getheader("Content-Range"), body)

    threads = [threading.Thread(target=fetch, args=(n,)) for n in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(TIMEOUT * 2)
    assert len(results) == 20
    for n, (status, content_range, body) in results.items():
        first = n * 900
        assert status == 206 and content_range == f"bytes {first}-{first + 999}/20000"
        assert body == data[first : first + 1000]


def test_a_slow_client_does_not_block_others(server, podcast):
    folder, _ = podcast
    big = folder / "episodes" / "big.mp3"
    with open(big, "wb") as f:
        f.truncate(64 * 1024 * 1024)  # more than the socket buffers hold: its sender thread blocks
    silent = socket.create_connection(("127.0.0.1", server.server_port), timeout=TIMEOUT)  # sends nothing
    reader = socket.create_connection(("127.0.0.1", server.server_port), timeout=TIMEOUT)
    reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    try:
        reader.sendall(b"GET /episodes/big.mp3 HTTP/1.1\r\nHost: x\r\n\r\n")
        reader.recv(100)  # the download has started; then this client stops reading
        started = time.monotonic()
        response, body = request(server, "/episodes/story-0-0a1b2c3d.mp3", headers={"Range": "bytes=0-9"})
        assert response.status == 206 and body == mp3_bytes(podcast)[:10]
        assert time.monotonic() - started < 2
    finally:
        silent.close()
        reader.close()


def test_open_server_errors_are_one_line(tmp_path, podcast):
    folder, _ = podcast
    with pytest.raises(NarratorError, match="no podcast yet"):
        open_server(tmp_path / "empty", "127.0.0.1", 0)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(NarratorError, match=f"port {port} is already in use"):
            open_server(folder, "127.0.0.1", port)
    with pytest.raises(NarratorError, match="unknown host"):
        open_server(folder, "no-such-host.invalid", 0)


def test_any_address_prints_a_lan_url_guess(podcast):
    folder, _ = podcast
    srv = open_server(folder, "0.0.0.0", 0, log=lambda _m: None)
    try:
        assert srv.everywhere
        url = srv.feed_url()
        assert url.endswith(f":{srv.server_port}/feed.xml") and "0.0.0.0" not in url
    finally:
        srv.server_close()


def test_cli_serve_errors(tmp_path, podcast):
    folder, _ = podcast
    runner = CliRunner()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(cli, ["serve", "--out", str(folder), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: port {port} is already in use on 127.0.0.1; stop the other server or pick another --port"
    result = runner.invoke(cli, ["serve", "--out", str(folder), "--port", "70000"])
    assert result.exit_code == 2 and "70000 is not in the range" in result.output
    result = runner.invoke(cli, ["serve", "--out", str(tmp_path / "nothing")])
    assert result.exit_code == 1 and "no podcast yet" in result.output


def test_cli_serve_prints_the_feed_url_and_stops_cleanly_on_ctrl_c(podcast):
    folder, _ = podcast
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "narrator", "serve", "--out", str(folder), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
    )
    try:
        serving = proc.stdout.readline()
        add = proc.stdout.readline()
        assert serving.startswith(f"serving {folder} at http://127.0.0.1:")
        url = add.split("add: ", 1)[1].strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/feed.xml")
        conn = http.client.HTTPConnection(urlsplit(url).hostname, urlsplit(url).port, timeout=TIMEOUT)
        conn.request("GET", "/feed.xml")
        assert conn.getresponse().status == 200
        conn.close()
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=TIMEOUT)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "stopped" in out
    assert '"GET /feed.xml HTTP/1.1" 200' in err  # the request log


def test_root_serves_the_written_index_page(server, podcast):
    folder, _ = podcast
    written = (folder / "index.html").read_bytes()  # make_podcast published the feed and the page
    response, body = request(server, "/")
    assert response.status == 200 and body == written
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    assert response.getheader("Cache-Control") == "no-cache"
    assert request(server, "/", headers={"If-None-Match": response.getheader("ETag")})[0].status == 304
    assert request(server, "/index.html")[1] == written


def test_root_falls_back_to_a_rendered_page_without_index_html(server, podcast):
    folder, _ = podcast
    (folder / "index.html").unlink()
    response, body = request(server, "/", headers={"Host": "192.168.1.20:8000"})
    assert response.status == 200 and b"http://192.168.1.20:8000/feed.xml" in body
