"""Benchmark `narrator add` against the floor: espeak-ng speaking the same text plus ffmpeg encoding it.

    make bench                               # everything, 3 runs per case (about 10 minutes)
    .venv/bin/python bench/run.py --quick    # smaller articles, for a smoke run
    .venv/bin/python bench/run.py --repeat 5 # more runs per case on a noisy machine

Every case runs with a cold segment cache of its own (NARRATOR_CACHE_DIR in a temp folder),
so the numbers are what a first `narrator add` costs; the edited re-adds reuse the long
article's cache, as a user's re-add would. Voice calibrations (once per voice ever, see
narrator/loudness.py) are made once, timed on their own line, and copied into every case's cache. Peak memory is the summed RSS of the whole
process tree (narrator, its speech workers and ffmpeg), sampled every 20 ms. Each figure is
the median of --repeat runs, and the last column says whether it meets its target.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import article, edited  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NARRATOR = [sys.executable, "-m", "narrator"]
SAMPLE = ROOT / "samples" / "harbour-ferry.txt"
# The encoder settings of narrator/assemble.py, so the floor encodes the same way.
FFMPEG_ENCODE = ["-c:a", "libmp3lame", "-b:a", "64k", "-compression_level", "7", "-ar", "44100", "-ac", "1"]


CALIBRATED: Path | None = None  # a cache holding the voices' calibrations, copied into each case's


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


CALIBRATE = """
from narrator.cast import cast_voices, load_cast
from narrator.loudness import Calibrator
from narrator.synth import SpeechPool, engine_tag
with SpeechPool() as pool:
    calibrator = Calibrator(pool, pool.cache_dir, engine_tag())
    voices = list(cast_voices(load_cast()))
    calibrator.start(voices)
    for voice in voices:
        calibrator.calibration(voice)
    calibrator.close()
"""


def calibrate(cache: Path) -> Run:
    """Calibrate every voice of the default cast into `cache` (what a first-ever run pays, once per voice)."""
    return measure([sys.executable, "-c", CALIBRATE], narrator_env(cache))


def add(paths: list[Path], out: Path, cache: Path) -> tuple[Run, float]:
    if CALIBRATED is not None and not (cache / "loudness").exists():
        shutil.copytree(CALIBRATED / "loudness", cache / "loudness")
    run = measure([*NARRATOR, "add", "--quiet", "--out", str(out), *map(str, paths)], narrator_env(cache))
    audio = sum(probe_seconds(Path(line.rsplit(" -> ", 1)[1])) for line in run.stdout.splitlines() if " -> " in line)
    return run, audio


def counts(run: Run) -> str:
    """narrator's "N segments synthesised, M from cache" lines, summed."""
    found = [re.search(r"(\d+) segments synthesised, (\d+) from cache", line) for line in run.stdout.splitlines()]
    spoken, cached = (sum(int(m[k]) for m in found if m) for k in (1, 2))
    return f"{spoken} segments synthesised, {cached} from cache"


@dataclass
class Case:
    """Repeated measurements of one case; figures are medians."""

    name: str
    runs: list[Run] = field(default_factory=list)
    audio: float = 0.0
    floor: list[float] = field(default_factory=list)
    note: str = ""

    def seconds(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    def peak(self) -> float:
        return statistics.median(r.peak_mb for r in self.runs)

    def floor_s(self) -> float | None:
        return statistics.median(self.floor) if self.floor else None

    def print(self, target: str = "") -> None:
        secs, floor_s = self.seconds(), self.floor_s()
        ratio = f"{secs / floor_s:6.2f}" if floor_s else "     -"
        fl = f"{floor_s:7.2f}" if floor_s else "      -"
        speed = self.audio / secs if secs else 0.0
        print(f"{self.name:<34} {secs:8.2f} {fl} {ratio} {speed:9.1f} {self.peak():8.1f}  {target}", flush=True)
        if self.note:
            print(f"{'':<34} {self.note}", flush=True)


def verdict(ok: bool, what: str) -> str:
    return f"{'ok ' if ok else 'MISS'} {what}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="smaller articles (a smoke run)")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each case; the table shows medians (default 3)")
    args = ap.parse_args()
    long_words, batch_words, batch_n = (2000, 300, 6) if args.quick else (10_000, 600, 20)
    reps = max(1, args.repeat)

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

        # Bytecode, as an installed copy has it (pip compiles on install); an editable checkout run
        # with PYTHONDONTWRITEBYTECODE set would otherwise compile narrator's source on every start.
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "narrator")], check=True,
                       stdout=subprocess.DEVNULL)
        print(f"{cpus()} cores, {reps} runs per case, medians; peak MB = RSS of the whole process tree")
        global CALIBRATED
        cal = calibrate(work / "calibrated")
        voices = len(list((work / "calibrated" / "loudness").iterdir()))
        print(f"calibrating the default cast's {voices} voices, once ever: {cal.seconds:.2f} s, "
              f"peak {cal.peak_mb:.0f} MB", flush=True)
        CALIBRATED = work / "calibrated"
        print(f"{'case':<34} {'narrator':>8} {'floor':>7} {'ratio':>6} {'audio s/s':>9} {'peak MB':>8}  target")
        encode_floor: list[float] = []
        long_case = work / "long"
        for name, path, target in [
            ("bundled sample", SAMPLE, ("ratio", 1.3)),
            (f"{long_words}-word article", long_article, ("ratio", 1.0)),
            (f"{3 * long_words}-word article", huge_article, ("peak", 200.0)),
        ]:
            case = Case(name)
            text = spoken_text(path)
            for r in range(reps):
                speak_s, encode_s, _ = floor(text, work)
                case.floor.append(speak_s + encode_s)
                if path == long_article:
                    encode_floor.append(encode_s)
                folder = long_case if path == long_article else work / f"{path.stem}-{r}"
                shutil.rmtree(folder, ignore_errors=True)
                run, case.audio = add([path], folder / "pod", folder / "cache")
                case.runs.append(run)
            kind, limit = target
            if kind == "ratio":
                ok = case.seconds() / (case.floor_s() or 1) <= limit and case.peak() < 200
                case.print(verdict(ok, f"ratio <= {limit}" + (", peak < 200 MB" if path != SAMPLE else "")))
            else:
                case.print(verdict(case.peak() < limit, f"peak < {limit:.0f} MB"))

        # Re-adding with one paragraph edited (a different one each run), with the long article's cache:
        # into its own podcast folder (updated) and into another one (added).
        enc = statistics.median(encode_floor)
        text = long_article.read_text(encoding="utf-8")
        for name, folder in [("re-add edited, same folder", long_case / "pod"),
                             ("re-add edited, other folder", None)]:
            case = Case(name, floor=[enc])
            for r in range(reps):
                edited_article = work / f"long-edited-{name[-12:].strip().replace(' ', '-')}-{r}.txt"
                edited_article.write_text(edited(text, which=len(case.runs) + (0 if folder else reps)),
                                          encoding="utf-8")
                out = folder or work / f"edited-pod-{r}"
                run, case.audio = add([edited_article], out, long_case / "cache")
                case.runs.append(run)
                case.note = counts(run)
            case.print(verdict(case.seconds() <= 1.2 * enc, "<= 1.2 x encoder floor"))

        singles: list[float] = []
        for r in range(reps):
            total = 0.0
            for i, p in enumerate(batch):
                single, _ = add([p], work / f"single-{r}-{i}", work / f"single-cache-{r}-{i}")
                total += single.seconds
            singles.append(total)
        case = Case(f"batch of {batch_n} (one command)")
        for r in range(reps):
            run, case.audio = add(batch, work / f"batch-pod-{r}", work / f"batch-cache-{r}")
            case.runs.append(run)
        share = case.seconds() / statistics.median(singles)
        case.note = (f"batch wall / sum of single runs = {case.seconds():.2f} / {statistics.median(singles):.2f} "
                     f"= {share:.2f}")
        case.print(verdict(share <= 0.6, "<= 0.6 x sum of singles"))
    return 0


def cpus() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    if not shutil.which("espeak-ng") or not shutil.which("ffmpeg"):
        raise SystemExit("the benchmark needs espeak-ng and ffmpeg: run `make install` first")
    sys.exit(main())
