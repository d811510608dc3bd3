"""Ingest: bytes from a file or stdin -> RawArticle (decoded, plain text)."""

from __future__ import annotations

import codecs
import re
import warnings
from pathlib import Path

from .errors import NarratorError
from .models import RawArticle

MAX_BYTES = 5 * 1024 * 1024  # far above any article; refuses dumps and wrong files early


def read_article(spec: str, stdin: bytes | None = None) -> RawArticle:
    """Read ARTICLE as given on the command line: a path, or "-" with `stdin` bytes."""
    if spec.startswith(("http://", "https://")):
        raise NarratorError(
            f"cannot fetch {spec}: URLs are not supported yet; save the article's text to a file"
        )
    if spec == "-":
        return parse_article(stdin or b"", "<stdin>")
    path = Path(spec)
    if path.is_dir():
        raise NarratorError(f"{spec} is a directory: give an article file")
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise NarratorError(f"{spec}: no such file") from None
    except OSError as exc:
        raise NarratorError(f"cannot read {spec}: {exc.strerror or exc}") from None
    return parse_article(data, str(path), markdown=path.suffix.lower() in {".md", ".markdown"})


def parse_article(data: bytes, source: str, markdown: bool = False) -> RawArticle:
    if len(data) > MAX_BYTES:
        raise NarratorError(f"{source} is over {MAX_BYTES // 2**20} MB: that is not one article")
    text = decode(data, source)
    if markdown:
        text = markdown_to_text(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise NarratorError(f"{source} is empty: there is nothing to narrate")
    return RawArticle(text=text, source=source)


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16, else cp1252 with a warning.

    >>> decode("Caf\\u00e9".encode("utf-8-sig"), "x")
    'Café'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise NarratorError(f"{source} looks like a binary file, not an article's text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise NarratorError(f"{source} is not text in UTF-8 or Windows-1252: save it as UTF-8") from None
    warnings.warn(f"{source} is not UTF-8; read it as Windows-1252", stacklevel=2)
    return text


_MD_RULES = [
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # headings
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images are never read aloud
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$", re.M), ""),  # rules
]


def markdown_to_text(text: str) -> str:
    """Strip Markdown markup, keeping the words a listener should hear.

    >>> markdown_to_text("# Big news\\n\\nRead **this** [now](http://x).\\n![pic](a.png)")
    'Big news\\n\\nRead this now.\\n'
    """
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return text
