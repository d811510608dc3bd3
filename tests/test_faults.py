"""Missing or broken parts: a clear one-line error that says how to fix it, and nothing partial left."""

from __future__ import annotations

import errno
import shutil
import subprocess
from concurrent.futures import Future
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

import narrator.assemble as asm
import narrator.speaker as speaker
import narrator.synth as synth
from narrator.cli import cli
from tests import fakes
from tests.conftest import have_engine, make_podcast
from tests.test_bad_input import ARTICLE, one_line_error, snapshot


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "baths.txt"
    path.write_text(ARTICLE)
    return path


@pytest.fixture
def pod(tmp_path):
    folder = tmp_path / "pod"
    make_podcast(folder)
    return folder


def add(folder, *args):
    return CliRunner().invoke(cli, ["add", *args, "--out", str(folder)])


def no_temp_files(*folders: Path) -> None:
    left = [p for f in folders for p in f.rglob("*") if p.name.endswith((".part", ".tmp"))]
    assert not left


def test_speech_engine_missing(pod, article, monkeypatch):
    def no_library(name):
        raise OSError("libespeak-ng.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(synth, "importlib", SimpleNamespace(import_module=no_library))
    synth.engine_tag.cache_clear()
    try:
        before = snapshot(pod)
        result = add(pod, str(article))
        assert snapshot(pod) == before
    finally:
        synth.engine_tag.cache_clear()
    one_line_error(result, "speech engine unavailable (libespeak-ng.so.1: cannot open shared object file: No such "
                           "file or directory): install espeak-ng (sudo apt-get install espeak-ng)")


def test_ffmpeg_missing(pod, article, monkeypatch, tmp_path):
    fakes.install(monkeypatch)
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    before = snapshot(pod)
    result = add(pod, str(article))
    assert snapshot(pod) == before
    one_line_error(result, "ffmpeg not found: install it (sudo apt-get install ffmpeg) or put it on your PATH")


@pytest.mark.skipif(not have_engine(), reason="needs espeak-ng")
def test_unknown_voice_in_cast_file(pod, article, tmp_path):
    cast = tmp_path / "mine.toml"
    cast.write_text('[narrator]\nvoice = "gmw/en-gbx"\n[[pool]]\nvoice = "gmw/en+f3"\n')
    before = snapshot(pod)
    result = add(pod, str(article), "--cast", str(cast))
    assert snapshot(pod) == before
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown voice 'gmw/en-gbx' (did you mean ")
    assert result.output.endswith("; `narrator voices` lists them\n")


def test_cast_file_syntax_error(pod, article, tmp_path):
    cast = tmp_path / "mine.toml"
    cast.write_text('[narrator]\nvoice = "gmw/en\n')
    before = snapshot(pod)
    result = add(pod, str(article), "--cast", str(cast))
    assert snapshot(pod) == before
    one_line_error(result, f"cast file {cast} is not valid TOML: Illegal character '\\n' (at line 2, column 16)")


def test_output_folder_not_writable(article, tmp_path, monkeypatch):
    fakes.install(monkeypatch)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    result = add(blocker / "pod", str(article))
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot create {blocker / 'pod' / 'episodes'}: Not a directory")
    assert blocker.read_text() == "not a folder"


@pytest.fixture
def tiny_disk(tmp_path):
    """A 300 kB tmpfs (we run as root, as CI does); skipped where mounting is not allowed."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_read_only_folder(article, tiny_disk, monkeypatch):
    fakes.install(monkeypatch)
    make_podcast(tiny_disk / "pod")
    subprocess.run(["mount", "-o", "remount,ro", str(tiny_disk)], check=True)
    before = snapshot(tiny_disk)
    result = add(tiny_disk / "pod", str(article))
    assert snapshot(tiny_disk) == before
    one_line_error(result, f"cannot write to {tiny_disk / 'pod' / 'catalog.sqlite3'} (unable to open database "
                           "file): check the folder is writable, or use --out DIR")


def test_disk_full_while_encoding(pod, article, monkeypatch):
    """The encoder's write fails with ENOSPC half-way: no .part file, the old episodes and feed stay."""
    fakes.install(monkeypatch)

    def full(audio, out, *args):
        out.write_bytes(b"\xff\xfb" * 1000)  # some bytes made it
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(asm, "encode", full)
    before = snapshot(pod)
    result = add(pod, str(article))
    assert snapshot(pod) == before
    assert result.exit_code == 1 and result.output.endswith(".mp3: free some space and try again\n")
    one_line_error(result, f"no space left on the disk while writing {pod / 'episodes'}/"
                   + result.output.rsplit("/", 1)[1].split(":")[0] + ": free some space and try again")


@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="needs ffmpeg")
def test_real_full_disk(article, tiny_disk, monkeypatch):
    """A real full disk: ffmpeg runs out of space writing the MP3."""
    fakes.install(monkeypatch)
    monkeypatch.setenv("NARRATOR_FAKE_SECONDS", "30")  # ~240 kB of MP3 per segment: cannot fit
    pod = tiny_disk / "pod"
    make_podcast(pod, sizes=(1000,))
    before = snapshot(pod)
    result = add(pod, str(article))
    assert snapshot(pod) == before
    one_line_error(result, f"no space left on the disk while writing {pod / 'episodes'}: free some space and try again")
    no_temp_files(tiny_disk)


def test_engine_gives_no_audio(tmp_path, monkeypatch):
    """A broken espeak-ng install that speaks nothing: a clear error, and no file (or temp file) left."""
    monkeypatch.setattr(speaker, "speak", lambda text, voice_id, rate, pitch: b"")
    dest = tmp_path / "cache" / "ab" / "x.wav"
    with pytest.raises(speaker.SpeechError) as info:
        speaker.render("Hello there, listeners.", "gmw/en", 175, 50, dest)
    assert str(info.value) == ("espeak-ng failed to speak 'Hello there, listeners.' in voice gmw/en (no audio "
                               "written); try again, and check `espeak-ng -v gmw/en hello` works")
    assert not dest.exists()
    no_temp_files(tmp_path)


def test_engine_failure_in_pipeline_leaves_folder_as_it_was(pod, article, monkeypatch):
    fakes.install(monkeypatch)

    def broken(pool, line, path):  # the worker's reply for a segment it could not speak
        future = Future()
        future.set_result("espeak-ng failed to speak 'x' in voice gmw/en (no audio written); try again")
        return future, True

    monkeypatch.setattr(synth.SpeechPool, "_submit", broken)
    before = snapshot(pod)
    result = add(pod, str(article))
    assert snapshot(pod) == before
    one_line_error(result, "espeak-ng failed to speak 'x' in voice gmw/en (no audio written); try again")
