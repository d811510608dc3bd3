"""The podcast's episode catalog: a SQLite database in the podcast folder.

The schema is versioned with ``PRAGMA user_version``: migration N (1-based)
in `MIGRATIONS` brings a database from version N-1 to N, so an existing
catalog is upgraded in place and never rebuilt.  The database runs in WAL
mode with a busy timeout, and every change is one ``BEGIN IMMEDIATE``
transaction, so several narrator processes can add episodes at once.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import time
import unicodedata
import uuid
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from narrator.errors import NarratorError
from narrator.models import Episode

CATALOG_FILE = "catalog.sqlite3"
BUSY_TIMEOUT_S = 30.0

MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE episodes (
        guid        TEXT PRIMARY KEY,
        slug        TEXT NOT NULL UNIQUE,
        title       TEXT NOT NULL,
        description TEXT NOT NULL,
        publication TEXT,
        source      TEXT NOT NULL,
        published   TEXT NOT NULL,  -- as given (RFC 3339)
        sort_key    TEXT NOT NULL,  -- published, normalised to UTC, for ordering
        duration_ms INTEGER NOT NULL,
        size        INTEGER NOT NULL,
        mp3         TEXT NOT NULL,
        speakers    TEXT NOT NULL   -- JSON list of [speaker, voice id]
    );
    CREATE INDEX episodes_by_date ON episodes (sort_key DESC);
    CREATE TABLE speaker_voices (
        name     TEXT PRIMARY KEY,  -- normalised with speaker_key()
        voice_id TEXT NOT NULL
    );
    """,
    # 2: transcript (WebVTT) and chapters (JSON) files next to each MP3
    """
    ALTER TABLE episodes ADD COLUMN transcript TEXT NOT NULL DEFAULT '';
    ALTER TABLE episodes ADD COLUMN chapters TEXT NOT NULL DEFAULT '';
    """,
)

_COLUMNS = (
    "guid, slug, title, description, publication, source, published, "
    "duration_ms, size, mp3, speakers, transcript, chapters"
)


class Catalog:
    """An open catalog; use as a context manager: ``with Catalog.open(folder) as c:``."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, folder: Path) -> Catalog:
        path = Path(folder) / CATALOG_FILE
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: we issue BEGIN/COMMIT ourselves.
            db = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise NarratorError(f"cannot open {path}: {e}; check the folder is writable") from None
        catalog = cls(db, path)
        try:
            db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            _enable_wal(db)
            catalog._migrate()
        except sqlite3.DatabaseError as e:
            db.close()
            if _is_busy(e):
                raise _busy_error(path) from None
            if "readonly" in str(e) or "unable to open" in str(e):  # a read-only folder or disk, not a bad file
                raise NarratorError(f"cannot write to {path} ({e}): check the folder is writable, or use --out DIR") from None
            raise NarratorError(
                f"{path} is not a usable narrator catalog ({e}); move it aside to start a new one"
            ) from None
        except BaseException:
            db.close()
            raise
        return catalog

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Catalog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _migrate(self) -> None:
        with self._transaction():
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise NarratorError(
                    f"{self.path} was written by a newer narrator (schema {version}); upgrade narrator"
                )
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                # executescript() would COMMIT our transaction, so run statements one by one.
                for statement in _statements(script):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {number}")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self.path)

    def add(self, episode: Episode) -> bool:
        """Insert `episode`; if its GUID is already there, update it instead.

        Returns True when the episode is new.  Raises NarratorError if another
        episode already uses the slug (see `free_slug`).
        """
        row = _to_row(episode)
        with self._transaction():
            taken = self._db.execute(
                "SELECT guid FROM episodes WHERE slug = ? AND guid != ?", (episode.slug, episode.guid)
            ).fetchone()
            if taken:
                raise NarratorError(
                    f"episode slug {episode.slug!r} is already used by another article; "
                    "pick a free one with Catalog.free_slug()"
                )
            found = self._db.execute("SELECT 1 FROM episodes WHERE guid = ?", (episode.guid,))
            new = found.fetchone() is None
            self._db.execute(
                f"INSERT INTO episodes ({_COLUMNS}, sort_key) VALUES ({', '.join('?' * 14)}) "
                "ON CONFLICT (guid) DO UPDATE SET slug = excluded.slug, title = excluded.title, "
                "description = excluded.description, publication = excluded.publication, "
                "source = excluded.source, published = excluded.published, "
                "sort_key = excluded.sort_key, duration_ms = excluded.duration_ms, "
                "size = excluded.size, mp3 = excluded.mp3, speakers = excluded.speakers, "
                "transcript = excluded.transcript, chapters = excluded.chapters",
                row,
            )
        return new

    def episodes(self) -> list[Episode]:
        """All episodes, newest first."""
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM episodes ORDER BY sort_key DESC, rowid DESC")
        return [_from_row(r) for r in rows]

    def get(self, guid_or_slug: str) -> Episode | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM episodes WHERE guid = ?1 OR slug = ?1 ORDER BY guid = ?1 DESC LIMIT 1",
            (guid_or_slug,),
        ).fetchone()
        return _from_row(row) if row else None

    def remove(self, guid_or_slug: str) -> Episode | None:
        """Delete an episode from the catalog (not its MP3) and return it."""
        with self._transaction():
            episode = self.get(guid_or_slug)
            if episode:
                self._db.execute("DELETE FROM episodes WHERE guid = ?", (episode.guid,))
        return episode

    def free_slug(self, slug: str, guid: str) -> str:
        """`slug`, or `slug-2`, `slug-3`... if another article already uses it.

        The episode with `guid` keeps its own slug when it is re-added.
        """
        candidate, n = slug, 1
        while True:
            row = self._db.execute("SELECT guid FROM episodes WHERE slug = ?", (candidate,)).fetchone()
            if row is None or row[0] == guid:
                return candidate
            n += 1
            candidate = f"{slug[: 60 - len(str(n)) - 1].rstrip('-')}-{n}"

    def speaker_voice(self, name: str) -> str | None:
        """The voice id a speaker had in an earlier episode, if any.

        A surname alone (an article that only says "Ms Okoro") matches the one
        earlier speaker with that surname, if there is exactly one.
        """
        key = speaker_key(name)
        row = self._db.execute("SELECT voice_id FROM speaker_voices WHERE name = ?", (key,)).fetchone()
        if row or " " in key:
            return row[0] if row else None
        rows = self._db.execute(
            "SELECT voice_id FROM speaker_voices WHERE substr(name, -length(?) - 1) = ' ' || ?", (key, key)
        ).fetchall()
        return rows[0][0] if len(rows) == 1 else None

    def set_speaker_voice(self, name: str, voice_id: str) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT INTO speaker_voices (name, voice_id) VALUES (?, ?) "
                "ON CONFLICT (name) DO UPDATE SET voice_id = excluded.voice_id",
                (speaker_key(name), voice_id),
            )


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error.

    IMMEDIATE takes the write lock up front, so two writers wait for each
    other (up to the busy timeout) instead of failing on lock upgrade.
    """

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self._db = db
        self._path = path

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            if _is_busy(e):
                raise _busy_error(self._path) from None
            raise

    def __exit__(self, exc_type: type[BaseException] | None, *_: object) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")


def _enable_wal(db: sqlite3.Connection) -> None:
    # Switching a new database to WAL can fail at once with "locked" when
    # another process is creating it too: SQLite skips the busy handler there.
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if not _is_busy(e) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _is_busy(e: sqlite3.Error) -> bool:
    return "locked" in str(e) or "busy" in str(e)


def _busy_error(path: Path) -> NarratorError:
    return NarratorError(
        f"{path} stayed locked by another narrator process; try again when it has finished"
    )


def _statements(script: str) -> list[str]:
    return [s.strip() for s in script.split(";") if s.strip() and not s.strip().startswith("--")]


def _to_row(e: Episode) -> tuple[object, ...]:
    return (
        e.guid, e.slug, e.title, e.description, e.publication, e.source, e.published,
        e.duration_ms, e.size, e.mp3, json.dumps([list(pair) for pair in e.speakers]),
        e.transcript, e.chapters, _sort_key(e.published),
    )  # fmt: skip


def _from_row(r: tuple[object, ...]) -> Episode:
    *fields, speakers, transcript, chapters = r
    pairs = tuple((s, v) for s, v in json.loads(str(speakers)))
    return Episode(*fields, speakers=pairs, transcript=transcript, chapters=chapters)  # type: ignore[arg-type]


def _sort_key(published: str) -> str:
    return published_datetime(published).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def published_datetime(published: str) -> datetime:
    """An episode's RFC 3339 date as an aware UTC datetime (naive means UTC).

    >>> published_datetime("2024-05-01T14:00:00+02:00").isoformat()
    '2024-05-01T12:00:00+00:00'
    """
    try:
        when = datetime.fromisoformat(published)
    except ValueError:
        raise NarratorError(
            f"episode date {published!r} is not an RFC 3339 timestamp like 2024-05-01T12:00:00Z"
        ) from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.astimezone(timezone.utc)


def speaker_key(name: str) -> str:
    """How speaker names are matched: case and spacing do not matter.

    >>> speaker_key("  Jane   DOE ")
    'jane doe'
    """
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


# --- pure helpers -----------------------------------------------------------

# Fixed forever: changing it would change every GUID and make podcast apps
# download every episode again.
_TEXT_NAMESPACE = uuid.UUID("5b0c6a52-3f43-4c1e-9d1f-6e6172726174")
_TRACKING = re.compile(r"utm_.*|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid", re.IGNORECASE)


def episode_guid(source: str, title: str, publication: str | None = None) -> str:
    """A GUID for an article that stays the same every time it is narrated.

    - If `source` is an http(s) URL, the GUID is a UUID5 (URL namespace) of the
      canonical URL: scheme and host lowercased, default port, fragment and
      tracking parameters (utm_*, fbclid, ...) dropped.  An article keeps its
      GUID when its headline is edited.
    - Otherwise (a file path or stdin) the path says nothing about the
      article - people reuse ``article.txt`` - so the GUID is a UUID5 of the
      normalised title and publication (NFKC, casefolded, spaces collapsed).

    >>> episode_guid("https://Example.com/news/a?utm_source=x#top", "A")
    'narrator:e8e4af0a-b848-56b1-9a0b-db2f52d46df1'
    >>> episode_guid("https://example.com/news/a", "Another title")
    'narrator:e8e4af0a-b848-56b1-9a0b-db2f52d46df1'
    >>> episode_guid("a.txt", "Hello  World", "BBC") == episode_guid("b.txt", "hello world", "bbc")
    True
    """
    url = canonical_url(source)
    if url:
        return f"narrator:{uuid.uuid5(uuid.NAMESPACE_URL, url)}"
    key = f"{speaker_key(title)}\n{speaker_key(publication or '')}"
    return f"narrator:{uuid.uuid5(_TEXT_NAMESPACE, key)}"


def canonical_url(source: str) -> str | None:
    """The canonical form of an http(s) URL, or None if `source` is not one.

    >>> canonical_url("HTTPS://www.Example.com:443/a/b?id=3&utm_medium=x#c")
    'https://www.example.com/a/b?id=3'
    >>> canonical_url("article.txt") is None
    True
    """
    parts = urlsplit(source.strip())
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname
    if parts.port and parts.port != {"http": 80, "https": 443}[scheme]:
        host = f"{host}:{parts.port}"
    params = parse_qsl(parts.query, keep_blank_values=True)
    query = urlencode([(k, v) for k, v in params if not _TRACKING.fullmatch(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def slugify(title: str, max_length: int = 60) -> str:
    """A short ASCII file name for a title: lowercase words joined by hyphens.

    >>> slugify("Ministers & MPs: 'No deal' — what's next?")
    'ministers-mps-no-deal-whats-next'
    >>> slugify("Café crème à Zürich")
    'cafe-creme-a-zurich'
    >>> slugify("A very long headline that goes on and on about nothing in particular at all")
    'a-very-long-headline-that-goes-on-and-on-about-nothing-in'
    >>> slugify("東京の天気")  # nothing ASCII left: fall back to a stable hash
    'episode-bd8969a7'
    >>> slugify("")
    'episode'
    """
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    ascii_text = ascii_text.lower().replace("'", "")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")
    if len(slug) > max_length:
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    if slug:
        return slug
    if not title.strip():
        return "episode"
    return "episode-" + hashlib.sha1(title.strip().encode("utf-8")).hexdigest()[:8]
