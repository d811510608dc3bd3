"""Benchmark `narrator add` against the floor: espeak-ng speaking the same text plus ffmpeg encoding it.

    .venv/bin/python bench/run.py            # everything (a few minutes)
    .venv/bin/python bench/run.py --quick    # smaller articles, for a smoke run

Every case runs with a cold segment cache of its own (NARRATOR_CACHE_DIR in a temp folder),
so the numbers are what a first `narrator add` costs. Peak memory is the summed RSS of the
whole process tree (narrator, its speech workers and ffmpeg), sampled every 20 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import article, edited  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NARRATOR = [sys.executable, "-m", "narrator"]
SAMPLE = ROOT / "samples" / "harbour-ferry.txt"
# The encoder settings of narrator/assemble.py, so the floor encodes the same way.
FFMPEG_ENCODE = ["-c:a", "libmp3lame", "-b:a", "64k", "-compression_level", "7", "-ar", "44100", "-ac", "1"]


@dataclass
class Run:
    seconds: float
    peak_mb: float
    stdout: str
    stderr: str


def tree_rss_kb(root: int) -> int:
    """Summed VmRSS of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def measure(argv: list[str], env: dict[str, str] | None = None) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out: list[str] = []
    reader = threading.Thread(target=lambda: out.extend(proc.communicate()))
    reader.start()
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kb(proc.pid))
        time.sleep(0.02)
    reader.join()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {out[1].strip()[-500:]}")
    return Run(seconds, peak / 1024, out[0], out[1])


def narrator_env(cache: Path) -> dict[str, str]:
    return {**os.environ, "NARRATOR_CACHE_DIR": str(cache)}


def spoken_text(path: Path) -> str:
    """The cleaned text narrator speaks, one segment a line, for the floor."""
    run = measure([*NARRATOR, "script", "--json", str(path)])
    return "\n".join(seg["text"] for seg in json.loads(run.stdout)["segments"])


def floor(text: str, work: Path) -> tuple[float, float, float]:
    """(speak seconds, encode seconds, audio seconds) for espeak-ng + ffmpeg on `text`."""
    txt, wav, mp3 = work / "floor.txt", work / "floor.wav", work / "floor.mp3"
    txt.write_text(text, encoding="utf-8")
    speak = measure(["espeak-ng", "-v", "gmw/en", "-s", "170", "-w", str(wav), "-f", str(txt)])
    encode = measure(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", str(wav), *FFMPEG_ENCODE, str(mp3)])
    return speak.seconds, encode.seconds, probe_seconds(mp3)


def probe_seconds(path: Path) -> float:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
                         capture_output=True, text=True, check=True).stdout
    return float(out.strip())


def add(paths: list[Path], out: Path, cache: Path) -> tuple[Run, float]:
    run = measure([*NARRATOR, "add", "--out", str(out), *map(str, paths)], narrator_env(cache))
    audio = sum(probe_seconds(p) for p in (out / "episodes").glob("*.mp3"))
    return run, audio


def row(name: str, run: Run, audio: float, floor_s: float | None) -> None:
    ratio = f"{run.seconds / floor_s:6.2f}" if floor_s else "     -"
    fl = f"{floor_s:7.2f}" if floor_s else "      -"
    print(f"{name:<34} {run.seconds:8.2f} {fl} {ratio} {audio / run.seconds:9.1f} {run.peak_mb:8.1f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller articles (a smoke run)")
    args = ap.parse_args()
    long_words, batch_words, batch_n = (2000, 300, 6) if args.quick else (10_000, 600, 20)

    with tempfile.TemporaryDirectory(prefix="narrator-bench-") as tmp:
        work = Path(tmp)
        long_article = work / "long.txt"
        long_article.write_text(article(long_words, seed=1), encoding="utf-8")
        huge_article = work / "huge.txt"
        huge_article.write_text(article(3 * long_words, seed=3), encoding="utf-8")
        batch = []
        for i in range(batch_n):
            p = work / f"batch-{i:02d}.txt"
            p.write_text(article(batch_words, seed=100 + i, title=f"Bus routes face the axe in district {i}"),
                         encoding="utf-8")
            batch.append(p)

        print(f"{'case':<34} {'narrator':>8} {'floor':>7} {'ratio':>6} {'audio s/s':>9} {'peak MB':>8}")
        for name, path in [("bundled sample", SAMPLE), (f"{long_words}-word article", long_article),
                           (f"{3 * long_words}-word article", huge_article)]:
            speak_s, encode_s, _ = floor(spoken_text(path), work)
            case = work / name.replace(" ", "-")
            run, audio = add([path], case / "pod", case / "cache")
            row(name, run, audio, speak_s + encode_s)
            if path == long_article:
                long_cache = case / "cache"

        # Re-adding with one paragraph edited, into another podcast folder, same cache.
        edited_article = work / "long-edited.txt"
        edited_article.write_text(edited(long_article.read_text(encoding="utf-8")), encoding="utf-8")
        run, audio = add([edited_article], work / "edited-pod", long_cache)
        row("re-add, one paragraph edited", run, audio, None)
        print(f"{'':<34} {run.stderr.strip().splitlines()[-1] if run.stderr.strip() else ''}")

        singles = 0.0
        for i, p in enumerate(batch):
            r, _ = add([p], work / f"single-{i}", work / f"single-cache-{i}")
            singles += r.seconds
        run, audio = add(batch, work / "batch-pod", work / "batch-cache")
        row(f"batch of {batch_n} (one command)", run, audio, None)
        print(f"{'':<34} batch wall / sum of single runs = {run.seconds:.2f} / {singles:.2f} "
              f"= {run.seconds / singles:.2f}")
    return 0


if __name__ == "__main__":
    if not shutil.which("espeak-ng") or not shutil.which("ffmpeg"):
        raise SystemExit("the benchmark needs espeak-ng and ffmpeg: run `make install` first")
    sys.exit(main())
