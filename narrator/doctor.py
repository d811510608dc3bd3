"""Check a podcast folder's files against its catalog and feed, and repair what can be repaired.

A crash or a full disk can leave an MP3 no catalog row points to, a row whose file is gone
or has another size, a feed that no longer matches the catalog, or temp files. Files
younger than GRACE_S may belong to a narrator process still running: they are reported,
never deleted.
"""

from __future__ import annotations

import re
import time
from contextlib import nullcontext
from dataclasses import dataclass, replace
from email.utils import parsedate_to_datetime
from pathlib import Path

from .catalog import CATALOG_FILE, Catalog
from .errors import NarratorError
from .cover import COVER_FILE
from .feed import FEED_FILE, render_feed
from .lock import folder_lock
from .models import Episode, Settings
from .settings import SETTINGS_FILE, load_settings

EPISODES = "episodes"
GRACE_S = 600.0
TEMP_SUFFIXES = (".part", ".tmp")


@dataclass(frozen=True)
class Problem:
    kind: str  # "temp", "orphan", "missing", "size", "feed", "catalog"
    path: Path
    detail: str
    fixed: bool = False
    recent: bool = False  # younger than the grace period: maybe another narrator's work in progress

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail}" + (" (fixed)" if self.fixed else "")


def check(folder: Path, fix: bool = False, cache: Path | None = None, grace_s: float = GRACE_S) -> list[Problem]:
    """Every inconsistency in `folder` (and leftover temp files in `cache`); repaired when `fix`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise NarratorError(f"{folder} is not a podcast folder (no such directory); give it with --out DIR")
    now = time.time()

    def recent(path: Path) -> bool:
        try:
            return now - path.stat().st_mtime < grace_s
        except OSError:
            return False

    problems = [_temp(p, fix and not recent(p), recent(p)) for p in _temp_files(folder, cache)]
    if not (folder / CATALOG_FILE).is_file():
        mp3s = sorted((folder / EPISODES).glob("*.mp3"))
        if mp3s:
            problems.append(Problem("catalog", folder / CATALOG_FILE,
                                    f"no {CATALOG_FILE}: {len(mp3s)} MP3(s) are in no feed; add their articles again"))
        return problems
    with Catalog.open(folder) as catalog, (folder_lock(folder) if fix else nullcontext()):
        episodes = catalog.episodes()
        for ep in episodes:
            path = folder / ep.mp3
            if not path.is_file():
                if fix:
                    catalog.remove(ep.guid)
                problems.append(Problem("missing", path, f"{ep.mp3} of {ep.title!r} is gone"
                                        + ("; removed the episode from the catalog" if fix else ""), fixed=fix))
                continue
            if (size := path.stat().st_size) != ep.size:
                if fix:
                    ep = replace(ep, size=size, duration_ms=_duration_ms(path) or ep.duration_ms)
                    catalog.add(ep)
                problems.append(Problem("size", path, f"{ep.mp3} is {size} bytes, the catalog says {ep.size}", fixed=fix))
            for field in ("transcript", "chapters"):
                if (name := getattr(ep, field)) and not (folder / name).is_file():
                    if fix:  # the feed stops pointing at it; adding the article again makes it anew
                        ep = replace(ep, **{field: ""})
                        catalog.add(ep)
                    problems.append(Problem("missing", folder / name, f"{name}, the {field} of {ep.title!r}, is gone"
                                            + ("; no longer listed" if fix else ""), fixed=fix))
        episodes = catalog.episodes()
        known = {Path(ep.mp3).name for ep in episodes}
        stems = {Path(ep.mp3).stem for ep in episodes}
        for path in sorted((folder / EPISODES).glob("*")) if (folder / EPISODES).is_dir() else []:
            if path.name.startswith(".") or not path.is_file() or path.name in known:
                continue
            if path.name.split(".")[0] in stems:  # a sidecar: x.vtt, x.chapters.json next to x.mp3
                continue
            young = recent(path)
            if fix and not young:
                path.unlink(missing_ok=True)
            problems.append(Problem("orphan", path, f"{EPISODES}/{path.name} is in no catalog entry"
                                    + ("; deleted it (add its article again to get it back)" if fix and not young
                                       else "; add its article again, or `narrator doctor --fix` deletes it"),
                                    fixed=fix and not young, recent=young))
        # Defaults without writing podcast.toml: checking must not change the folder.
        settings = load_settings(folder) if (folder / SETTINGS_FILE).is_file() else Settings()
        if (folder / FEED_FILE).exists() or episodes:
            episodes = catalog.episodes()
            cover = settings.cover or (COVER_FILE if (folder / COVER_FILE).is_file() else None)
            if _feed_stale(folder / FEED_FILE, settings, episodes, cover):
                if fix:
                    from .pipeline import publish_feed  # the feed and the web page beside it

                    publish_feed(folder, settings, episodes)
                problems.append(Problem("feed", folder / FEED_FILE,
                                        f"{FEED_FILE} does not match the catalog" + ("; wrote it again" if fix else ""),
                                        fixed=fix))
    return problems


def _temp_files(folder: Path, cache: Path | None) -> list[Path]:
    found = [p for p in folder.rglob(".*") if p.is_file() and p.name.endswith(TEMP_SUFFIXES)]
    if cache and cache.is_dir():
        found += [p for p in cache.rglob(".*") if p.is_file() and p.name.endswith(TEMP_SUFFIXES)]
    return sorted(found)


def _temp(path: Path, remove: bool, young: bool) -> Problem:
    if remove:
        path.unlink(missing_ok=True)
    note = "; deleted it" if remove else "; maybe a narrator still running" if young else "; `--fix` deletes it"
    return Problem("temp", path, f"leftover temp file {path}{note}", fixed=remove, recent=young)


def _feed_stale(path: Path, settings: Settings, episodes: list[Episode], cover: str | None) -> bool:
    """Whether feed.xml differs from what the catalog gives now (lastBuildDate aside)."""
    try:
        data = path.read_bytes()
    except OSError:
        return True
    m = re.search(rb"<lastBuildDate>([^<]+)</lastBuildDate>", data)
    try:
        built = parsedate_to_datetime(m.group(1).decode()) if m else None
    except (TypeError, ValueError):
        built = None
    return built is None or render_feed(settings, episodes, built=built, cover=cover) != data


def _duration_ms(path: Path) -> int | None:
    try:
        from mutagen.mp3 import MP3

        return round(MP3(path).info.length * 1000)
    except Exception:  # not a readable MP3: keep the catalog's duration
        return None


