"""The speech worker process: `python -m narrator.speaker`, started by synth.SpeechPool.

It reads jobs from stdin and answers on stdout, one framed pickle each way:
(text, voice id, rate, pitch, destination) -> error message or None. It drives
libespeak-ng through pyttsx3's ctypes binding, in synchronous mode: pyttsx3's
own engine loop grows its buffer with `+=` (quadratic), sleeps 10 ms per
utterance, round-trips every utterance through a WAV file, and sometimes loses
the first or last chunk of audio.

A plain subprocess, not multiprocessing: it starts in a fraction of the time
(no re-import of the parent's __main__, no resource tracker), and the few
imports here are all it needs.
"""

from __future__ import annotations

import array
import os
import pickle
import re
import secrets
import signal
import struct
import sys
import wave
from pathlib import Path
from typing import Any, BinaryIO

SAMPLE_RATE = 22050
KEEP_TAIL_MS = 30  # of espeak-ng's ~300 ms end pause; assemble adds the real pauses
INSTALL_HINT = "install espeak-ng (sudo apt-get install espeak-ng)"
HEADER = struct.Struct("<I")


class SpeechError(Exception):
    """A problem with one segment, reported back to the main process."""


# -- framing (used by both sides) ----------------------------------------------


def send(stream: BinaryIO, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(HEADER.pack(len(data)) + data)
    stream.flush()


def receive(stream: BinaryIO) -> Any:
    """The next object, or raise EOFError when the other side is gone."""
    head = stream.read(HEADER.size)
    if len(head) < HEADER.size:
        raise EOFError
    size = HEADER.unpack(head)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)


# -- the worker ------------------------------------------------------------------

_chunks: list[bytes] = []


def main() -> None:
    # Ctrl-C reaches the whole process group: the main process decides what stops (it cancels
    # what is queued and waits for the segments in progress, which land whole). SpeechPool starts
    # us with SIGINT blocked, so none can kill us before this line; one pending is discarded here.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    requests, replies = sys.stdin.buffer, os.fdopen(os.dup(1), "wb")
    # espeak-ng may print to fd 1; keep it off narrator's stdout and our replies.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    startup = _start_engine()
    while True:
        try:
            text, voice_id, rate, pitch, dest = receive(requests)
        except EOFError:
            return
        try:
            if startup:
                raise SpeechError(startup)
            render(text, voice_id, rate, pitch, Path(dest))
            send(replies, None)
        except SpeechError as e:
            send(replies, str(e))
        except Exception as e:  # report, keep serving: the main process decides
            send(replies, f"speech worker failed on {text[:40]!r}: {e!r}")


def _start_engine() -> str:
    """"" when espeak-ng is ready, else what is wrong."""
    try:
        from pyttsx3.drivers import _espeak

        if _espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 5000) == -1:
            raise RuntimeError("espeak_Initialize failed")
        _espeak.SetSynthCallback(_on_synth)
    except Exception as e:
        return f"cannot start the speech engine ({e}): {INSTALL_HINT}"
    return ""


def _on_synth(wav: Any, numsamples: int, _events: Any) -> int:
    import ctypes

    if numsamples > 0:
        _chunks.append(ctypes.string_at(wav, numsamples * 2))
    return 0


def render(text: str, voice_id: str, rate: int, pitch: int, dest: Path) -> None:
    """Speak `text` into `dest`, atomically; checks the audio, retries once."""
    frames = trim_tail(_speak_checked(text, voice_id, rate, pitch))
    dest.parent.mkdir(parents=True, exist_ok=True)
    # Named before it is created, so an interrupt at any moment finds it in `finally`.
    tmp = dest.parent / f".{dest.stem}.{os.getpid()}.{secrets.token_hex(4)}.wav.part"
    try:
        with open(tmp, "xb") as fh, wave.open(fh, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SAMPLE_RATE)
            w.writeframes(frames)
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)


def _speak_checked(text: str, voice_id: str, rate: int, pitch: int) -> bytes:
    problem = ""
    for _ in range(2):
        frames = speak(text, voice_id, rate, pitch)
        problem = check(frames, text, rate)
        if not problem:
            return frames
    raise SpeechError(
        f"espeak-ng failed to speak {text[:40]!r} in voice {voice_id} ({problem}); "
        f"try again, and check `espeak-ng -v {voice_id} hello` works"
    )


def speak(text: str, voice_id: str, rate: int, pitch: int) -> bytes:
    """One utterance, as 22050 Hz mono 16-bit little-endian PCM."""
    from pyttsx3.drivers import _espeak

    select_voice(voice_id)
    _espeak.SetParameter(_espeak.RATE, rate, 0)
    _espeak.SetParameter(_espeak.PITCH, pitch, 0)
    _chunks.clear()
    try:
        _espeak.Synth(text.encode("utf-8"), flags=_espeak.ENDPAUSE | _espeak.CHARS_UTF8)
        pcm = b"".join(_chunks)
    finally:
        _chunks.clear()
    if sys.byteorder == "big":
        samples = array.array("h", pcm)
        samples.byteswap()
        pcm = samples.tobytes()
    return pcm


_selected = ""


def select_voice(voice_id: str) -> None:
    """Select the voice; espeak-ng falls back silently on unknown variants, so check."""
    from pyttsx3.drivers import _espeak

    global _selected
    if voice_id == _selected:  # loading a voice re-reads its language's dictionary: skip when unchanged
        return
    _selected = ""
    known = _espeak.SetVoiceByName(voice_id.encode()) == 0
    if known and "+" in voice_id:  # an unknown variant ("gmw/en+nope") gives the plain voice
        current = _espeak.GetCurrentVoice()
        known = bool(current) and b"+" in (current.contents.identifier or b"")
    if not known:
        raise SpeechError(f"unknown voice {voice_id!r}: see `narrator voices` for the ids")
    _selected = voice_id


def check(frames: bytes, text: str, rate: int) -> str:
    """What is wrong with the engine's output, or "" if it looks right."""
    if not frames:
        return "no audio written"
    seconds = len(frames) / 2 / SAMPLE_RATE
    words = len(re.findall(r"\w+", text))
    expected = words * 60 / max(rate, 1)
    if words and not 0.2 * expected <= seconds <= 5 * expected + 3:
        return f"{seconds:.1f} s of audio for {words} words"
    return ""


def trim_tail(frames: bytes, threshold: int = 64, block: int = 256) -> bytes:
    """Drop the trailing silence espeak-ng adds, so pauses are what Pauses says."""
    samples = array.array("h", frames)
    if sys.byteorder == "big":
        samples.byteswap()
    end = len(samples)
    # Skip quiet blocks with C-speed min/max, then find the last loud sample in the block.
    while end and -threshold < min(part := samples[max(0, end - block) : end]) and max(part) < threshold:
        end -= len(part)
    while end and abs(samples[end - 1]) < threshold:
        end -= 1
    keep = min(len(samples), end + KEEP_TAIL_MS * SAMPLE_RATE // 1000)
    return frames[: keep * 2]


if __name__ == "__main__":
    main()
