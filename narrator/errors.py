"""The one exception type the CLI turns into a clean one-line error."""

from __future__ import annotations

import errno


class NarratorError(Exception):
    """A problem the user can fix; the message says how."""


def os_problem(exc: OSError, doing: str) -> NarratorError:
    """A NarratorError for an OSError met while `doing` something (e.g. "writing out/episodes/x.mp3").

    >>> str(os_problem(OSError(errno.ENOSPC, "No space left on device"), "writing x.mp3"))
    'no space left on the disk while writing x.mp3: free some space and try again'
    """
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return NarratorError(f"no space left on the disk while {doing}: free some space and try again")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NarratorError(f"permission denied while {doing}: check the folder is writable, or use --out DIR")
    return NarratorError(f"{exc.strerror or exc} while {doing}")
