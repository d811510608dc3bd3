"""A stand-in speech engine for fault tests: tone WAVs instead of espeak-ng, same cache layout.

`python -m tests.fakes ARGS...` runs the narrator CLI with it (for subprocess tests);
NARRATOR_FAKE_SECONDS sets the seconds of audio per segment, NARRATOR_FAKE_DELAY a sleep
per segment (to be interrupted during synthesis), NARRATOR_FAKE_CRASH=catalog kills the
process between writing the episode files and recording them in the catalog.
"""

from __future__ import annotations

import math
import os
import struct
import threading
import sys
import time
import wave
from concurrent.futures import Future
from pathlib import Path

from narrator import pipeline, synth

RATE = 22050


def tone_wav(path: Path, seconds: float) -> None:
    n = int(seconds * RATE)
    frames = b"".join(struct.pack("<h", int(3000 * math.sin(i / 8))) for i in range(min(n, 2205)))
    frames = (frames * (n // 2205 + 1))[: n * 2]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.part")  # unique, like speaker.py: the cache is shared
    with wave.open(str(tmp), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)
    os.replace(tmp, path)


def fake_engine_tag() -> str:
    """Part of every cache key, like espeak-ng's version: another length of audio, another cache entry."""
    return f"fake {os.environ.get('NARRATOR_FAKE_SECONDS', '0.3')}"


def fake_submit(pool, line, path):
    """SpeechPool._submit without a speech worker: a tone of NARRATOR_FAKE_SECONDS into the cache."""
    seconds = float(os.environ.get("NARRATOR_FAKE_SECONDS", "0.3"))
    time.sleep(float(os.environ.get("NARRATOR_FAKE_DELAY", "0")))
    tone_wav(path, seconds)
    future = Future()
    future.set_result(None)  # None: no problem to report
    return future, True


def install(monkeypatch=None) -> None:
    """Replace the speech workers (with pytest's monkeypatch, or for good in a subprocess)."""
    setattr_ = monkeypatch.setattr if monkeypatch else (lambda obj, name, value: setattr(obj, name, value))
    setattr_(synth, "engine_tag", fake_engine_tag)
    setattr_(synth.SpeechPool, "_add_worker", lambda pool: None)  # no `python -m narrator.speaker`
    setattr_(synth.SpeechPool, "_submit", fake_submit)
    setattr_(pipeline, "check_cast", lambda cast, overrides: None)


def _die(*args, **kwargs):
    os._exit(9)  # like a power cut: no cleanup of any kind


if __name__ == "__main__":
    install()
    if os.environ.get("NARRATOR_FAKE_CRASH") == "catalog":  # die after the MP3 landed, before the catalog update
        from narrator.catalog import Catalog

        Catalog.add = _die
    from narrator.cli import cli

    cli(sys.argv[1:], prog_name="narrator")
