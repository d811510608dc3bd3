"""A lock on the podcast folder, held while the catalog and feed are updated.

It is a flock on the folder itself (no lock file to leave behind or clean up).

SQLite already serialises catalog writes, but "add the episode, then write the feed
from the catalog" must not interleave between two narrator processes, or the feed
written last could miss the other's episode.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import NarratorError

WAIT_S = 60.0

try:
    import fcntl
except ImportError:  # Windows: no flock; SQLite's own locking still protects the catalog
    fcntl = None  # type: ignore[assignment]


@contextmanager
def folder_lock(folder: Path, wait: float = WAIT_S) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (which must exist), waiting up to `wait` seconds."""
    path = Path(folder)
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as e:
        raise NarratorError(f"cannot open {path} to lock it: {e.strerror or e}") from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise NarratorError(
                        f"another narrator process has been updating {folder} for over {wait:.0f} s; "
                        "let it finish and try again") from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock
