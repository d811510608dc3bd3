"""Ingest: a file, stdin or a web address -> RawArticle (decoded, plain text, with any metadata)."""

from __future__ import annotations

import codecs
import re
import warnings
from dataclasses import replace
from pathlib import Path

from .errors import NarratorError
from .models import RawArticle

MAX_BYTES = 5 * 1024 * 1024  # far above any article; refuses dumps and wrong files early (README: "Limits")
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}


def read_article(spec: str, stdin: bytes | None = None, timeout: float | None = None) -> RawArticle:
    """Read ARTICLE as given on the command line: a path, an http(s) URL, or "-" with `stdin` bytes."""
    if spec.lower().startswith(("http://", "https://")):
        return read_url(spec, timeout)
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
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return parse_html(data, str(path))
    return parse_article(data, str(path), markdown=suffix in MARKDOWN_SUFFIXES)


def read_url(url: str, timeout: float | None = None) -> RawArticle:
    """Fetch a web page or text file; its `source` is the URL as given, which the episode GUID comes from."""
    from .fetch import TIMEOUT, fetch  # urllib and ssl load only for a URL

    got = fetch(url, timeout=TIMEOUT if timeout is None else timeout, max_bytes=MAX_BYTES)
    if got.content_type in ("text/html", "application/xhtml+xml"):
        return parse_html(got.data, url, charset=got.charset, url=got.url)
    if got.content_type in ("text/plain", "text/markdown", "text/x-markdown"):
        if got.charset:
            got_text = _decode_as(got.data, got.charset)
            data = got_text.encode("utf-8") if got_text is not None else got.data
        else:
            data = got.data
        raw = parse_article(data, url, markdown=got.content_type != "text/plain")
        return replace(raw, url=raw.url or got.url)
    raise NarratorError(
        f"{url} is {got.content_type}, not a web page or text; save the article's text to a file and narrate that")


def parse_article(data: bytes, source: str, markdown: bool = False) -> RawArticle:
    _check_size(data, source)
    text = _text(decode(data, source), source)
    meta: dict[str, str] = {}
    if markdown:
        meta, text = front_matter(text)
        text = markdown_to_text(text)
        if meta.get("title") and not _has_line(text, meta["title"]):
            text = f"{meta['title']}\n\n{text}"  # the headline where a pasted article has it
    if not text.strip():
        raise NarratorError(f"{source} is empty: there is nothing to narrate")
    return RawArticle(text=text, source=source, **meta)


def parse_html(data: bytes, source: str, charset: str | None = None, url: str | None = None) -> RawArticle:
    """An HTML page's article (see webpage.py), decoded by the header's charset, else the page's own."""
    from .webpage import html_article  # imports trafilatura, which is slow

    _check_size(data, source)
    if not data.strip():
        raise NarratorError(f"{source} is empty: there is nothing to narrate")
    text = None
    for name in (charset, meta_charset(data)):
        if name and (text := _decode_as(data, name)) is not None:
            break
    if text is None:
        text = decode(data, source)
    return html_article(_text(text, source), source, url=url)


def _check_size(data: bytes, source: str) -> None:
    if len(data) > MAX_BYTES:
        raise NarratorError(f"{source} is over {MAX_BYTES // 2**20} MB: that is not one article")


# Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (WHATWG Encoding), and so do we:
# such pages are full of cp1252's curly quotes.
_WEB_CHARSETS = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def _decode_as(data: bytes, charset: str) -> str | None:
    """`data` in the declared charset, or None if the name is unknown or the bytes do not fit it.

    >>> _decode_as(b"\\x93Hi\\x94", "ISO-8859-1"), _decode_as(b"x", "no-such-charset")
    ('“Hi”', None)
    """
    try:
        name = codecs.lookup(charset).name
        name = "utf-8-sig" if name == "utf-8" else _WEB_CHARSETS.get(name, name)
        return data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag near its top.

    >>> meta_charset(b'<head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">')
    'ISO-8859-1'
    >>> meta_charset(b"<meta charset='utf-8'>"), meta_charset(b"<p>none</p>")
    ('utf-8', None)
    """
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


# File signatures of what people pass by mistake: named in the error.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"RIFF", "a RIFF (WAV/WebP) file"), (b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.epub)"),
    (b"\x1f\x8b", "a gzip archive"), (b"ID3\x03", "an MP3 file"), (b"ID3\x04", "an MP3 file"), (b"\xff\xfb", "an MP3 file"), (b"OggS", "an Ogg file"),
    (b"\x7fELF", "a program"), (b"SQLite format 3\x00", "an SQLite database"), (b"\xd0\xcf\x11\xe0", "an Office document"),
)
_BINARY_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"
_CONTROLS = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # ANSI colour codes too


def sniff_binary(data: bytes, source: str) -> None:
    """Refuse images, archives and other binary files with a message naming what they are.

    >>> sniff_binary(b"\\x89PNG\\r\\n\\x1a\\n...", "a.png")
    Traceback (most recent call last):
    ...
    narrator.errors.NarratorError: a.png is a PNG image, not an article's text; give a text, Markdown or HTML file
    """
    what = next((name for magic, name in _SIGNATURES if data.startswith(magic)), None)
    if what and what.startswith("a RIFF") and data[8:12] not in (b"WAVE", b"WEBP", b"AVI "):
        what = None
    head = data[:8192]
    controls = sum(head.count(b) for b in _BINARY_BYTES)
    if what is None and controls > max(4, len(head) // 20):  # a few stray controls are text; this many are not
        what = "a binary file"
    if what:
        raise NarratorError(f"{source} is {what}, not an article's text; give a text, Markdown or HTML file")


def strip_controls(text: str) -> tuple[str, int]:
    """`text` without control characters and terminal colour codes (never spoken), and how many went.

    Vertical tabs and form feeds end lines instead.

    >>> strip_controls("Bell\\x07 and \\x1b[31mred\\x1b[0m\\x0cnext")
    ('Bell and red\\nnext', 3)
    """
    return _CONTROLS.subn("", text.replace("\x0b", "\n").replace("\x0c", "\n"))


def _text(text: str, source: str) -> str:
    """Decoded text with plain newlines and no control characters (with a warning saying so)."""
    text, n = strip_controls(text.replace("\r\n", "\n").replace("\r", "\n"))
    if n:
        warnings.warn(f"{source}: removed {n} control character(s)", stacklevel=3)
    return text


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or BOM-marked UTF-16, else cp1252 with a warning.

    >>> decode("Caf\\u00e9".encode("utf-8-sig"), "x")
    'Café'
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NarratorError(f"{source} is not valid UTF-16 text: save it as UTF-8") from None
    sniff_binary(data, source)
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
    # Character classes stop at the next bracket or marker, so a long line of unclosed
    # `[`, `](` or `_` costs linear time, not quadratic.
    (re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)?\)"), ""),  # images are never read aloud
    (re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)?\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"(?<![\w*])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w*])"), r"\1"),
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


_FRONT_KEYS = {"title": "title", "headline": "title", "author": "author", "authors": "author",
               "byline": "author", "publication": "publication", "site": "publication",
               "source": "url", "url": "url", "link": "url", "date": "date"}
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a leading `---` block of simple `key: value` lines off Markdown text.

    Keys narrator knows become RawArticle fields (`source:` is the article's URL, or its
    publication when it is not a URL); others are ignored, and so is a block without its
    closing `---`.

    >>> front_matter('---\\ntitle: "Ferry cut: islanders angry"\\nauthor: Ann Lee\\ntags: [a]\\n---\\nBody\\n')
    ({'title': 'Ferry cut: islanders angry', 'author': 'Ann Lee'}, 'Body\\n')
    >>> front_matter("---\\nauthor:\\n  - Ann Lee\\n  - 'Bo O''Neil'\\n---\\nBody")
    ({'author': "Ann Lee, Bo O'Neil"}, 'Body')
    >>> front_matter("--- not front matter\\n")
    ({}, '--- not front matter\\n')
    """
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return {}, text
    meta: dict[str, str] = {}
    key = None
    for line in lines[1:end]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        item = re.match(r"^[ \t]+-[ \t]+(.*)$", line)
        if item and key:  # a block list under `key:`, e.g. several authors
            value = _unquote(item.group(1))
            meta[key] = f"{meta[key]}, {value}" if meta.get(key) else value
            continue
        m = _FRONT_LINE.match(line)
        key = _FRONT_KEYS.get(m.group(1).lower()) if m else None
        if key and m and m.group(2):
            meta[key] = _unquote(m.group(2))
        elif key:
            meta[key] = ""
    meta = {k: v for k, v in meta.items() if v}
    if "url" in meta and not meta["url"].lower().startswith(("http://", "https://")):
        meta.setdefault("publication", meta.pop("url"))  # `source: Reuters` names the outlet
    return meta, "\n".join(lines[end + 1:])


def _unquote(value: str) -> str:
    """A YAML scalar's text: quotes removed, or a trailing ` # comment` dropped.

    >>> _unquote('"He said \\\\"no\\\\""'), _unquote("'It''s'"), _unquote("Plain # note")
    ('He said "no"', "It's", 'Plain')
    """
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r'\\(["\\])', r"\1", value[1:-1]).strip()
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'").strip()
    return re.sub(r"\s+#.*$", "", value)


def _has_line(text: str, line: str) -> bool:
    want = " ".join(line.split()).casefold()
    return any(" ".join(ln.split()).casefold() == want for ln in text.splitlines())
