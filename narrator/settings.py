"""Podcast settings, kept in ``podcast.toml`` in the podcast folder.

The file is flat TOML, one key per `Settings` field.  It is created with the
defaults on first use; keys missing from a hand-edited file fall back to the
defaults, unknown keys and bad values are errors that say how to fix them.
"""

from __future__ import annotations

import dataclasses
import os
import re
import secrets
import tomllib
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

import tomli_w

from narrator.errors import NarratorError
from narrator.models import Settings

SETTINGS_FILE = "podcast.toml"

_HEADER = (
    "# narrator podcast settings. Keys missing here take their default values.\n"
    "# base_url is where feed.xml and episodes/ are served from.\n\n"
)
_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}
# A language subtag (2-3 letters) then optional script/region/variant subtags.
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")
_TRUE = {"true", "yes", "on", "1"}
_FALSE = {"false", "no", "off", "0"}


def load_settings(folder: Path) -> Settings:
    """Read ``folder/podcast.toml``, creating it with defaults if it is missing."""
    path = Path(folder) / SETTINGS_FILE
    if not path.exists():
        settings = Settings()
        _save(path, settings)
        return settings
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as e:
        # The message already ends with "(at line N, column M)".
        raise NarratorError(
            f"{path}: invalid TOML: {e}; fix that line, or delete the file to restore the defaults"
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise NarratorError(f"cannot read {path}: {e}; check the file is readable UTF-8 text") from None
    return _apply(Settings(), data, where=str(path))


def update_settings(folder: Path, **changes: Any) -> Settings:
    """Validate `changes`, apply them to the stored settings and save them.

    Raises NarratorError for unknown keys or invalid values; nothing is
    written then.
    """
    path = Path(folder) / SETTINGS_FILE
    settings = _apply(load_settings(folder), changes, where="settings")
    _save(path, settings)
    return settings


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Named before it is created, so an interrupt at any moment finds it in `except`.
    tmp = path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp"
    try:
        with open(tmp, "xb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # whatever the umask: a web server must be able to read the feed
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _save(path: Path, settings: Settings) -> None:
    text = _HEADER + tomli_w.dumps(dataclasses.asdict(settings))
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as e:
        raise NarratorError(f"cannot write {path}: {e}; check the folder exists and is writable") from None


def _apply(settings: Settings, changes: dict[str, Any], where: str) -> Settings:
    unknown = sorted(set(changes) - set(_FIELDS))
    if unknown:
        raise NarratorError(
            f"{where}: unknown setting {', '.join(map(repr, unknown))}; "
            f"known settings are {', '.join(_FIELDS)}"
        )
    clean = {key: _validate(key, value, where) for key, value in changes.items()}
    return dataclasses.replace(settings, **clean)


def _validate(key: str, value: Any, where: str) -> Any:
    def bad(why: str) -> NarratorError:
        return NarratorError(f"{where}: {key} = {value!r} is not valid: {why}")

    if key == "explicit":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise bad("use true or false")
    if not isinstance(value, str):
        raise bad("it must be text")
    value = value.strip()
    if key == "base_url":
        return normalise_base_url(value, bad)
    if key == "language":
        if not _LANGUAGE.fullmatch(value):
            raise bad('use a language tag such as "en", "en-gb" or "pt-BR"')
        return value
    if key == "cover":
        parts = Path(value).parts
        if value and (Path(value).is_absolute() or ".." in parts or "\\" in value):
            raise bad('give a file in the podcast folder, such as "cover.png", or "" for none')
        if value and Path(value).suffix.lower() not in (".png", ".jpg", ".jpeg"):
            raise bad("use a PNG or JPEG image (.png, .jpg or .jpeg)")
        return value
    if key == "email":
        if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
            raise bad('use an address such as "me@example.com", or "" for none')
        return value
    if not value:  # title, author, description
        raise bad("it must not be empty")
    return value


def normalise_base_url(url: str, bad: Callable[[str], NarratorError] | None = None) -> str:
    """Check `url` is an absolute http(s) URL and make it end with "/".

    >>> normalise_base_url("https://example.com/podcast")
    'https://example.com/podcast/'
    >>> normalise_base_url("HTTP://Example.com")
    'http://example.com/'
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        message = 'use an absolute http(s) URL such as "https://example.com/podcast/"'
        raise bad(message) if bad else NarratorError(f"{url!r}: {message}")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}"
