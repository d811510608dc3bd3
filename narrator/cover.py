"""Podcast artwork: draw one from the title, or check the one the user gives.

Apple Podcasts and most apps want a square PNG or JPEG of 1400 to 3000
pixels; narrator draws 1400x1400, the smallest size that is accepted.
"""

from __future__ import annotations

import functools
import io
import textwrap
import unicodedata

from PIL import Image, ImageDraw, ImageFont, PngImagePlugin, UnidentifiedImageError

from narrator.errors import NarratorError
from narrator.models import Cover

COVER_FILE = "cover.png"  # drawn by narrator when podcast.toml names no cover

SIZE = 1400
MIN_SIZE, MAX_SIZE = 1400, 3000
MAX_TITLE = 80  # characters drawn; longer titles are cut (no one reads more on a thumbnail)
MARK = "narrator-cover"  # PNG text key: this file was drawn by narrator and may be redrawn
_MIMES = {"PNG": "image/png", "JPEG": "image/jpeg"}
_TOP, _BOTTOM = (18, 52, 77), (33, 120, 128)  # deep blue to teal
_TEXT = (250, 246, 236)
_ACCENT = (242, 177, 52)
# Fonts with wide Unicode coverage, if the system has one; Pillow's own font
# (Pillow >= 10.1, needs no system fonts) only covers ASCII.
_SYSTEM_FONTS = ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
                 "LiberationSans-Bold.ttf", "Arial Bold.ttf", "arialbd.ttf")


def render_cover(title: str, size: int = SIZE) -> bytes:
    """A PNG: `title` in large type on a calm gradient, with narrator's mark."""
    image = _gradient(size)
    draw = ImageDraw.Draw(image)
    margin = size // 10
    text = " ".join(title.split()) or "Podcast"
    if len(text) > MAX_TITLE:
        text = text[: MAX_TITLE - 1].rstrip() + "…"
    if _system_font() is None:
        text = _ascii(text)
    lines, font = _fit(draw, text, size - 2 * margin, size // 2)
    spacing = font.size // 5
    block = draw.multiline_textbbox((0, 0), "\n".join(lines), font=font, spacing=spacing, align="center")
    x = (size - (block[2] - block[0])) // 2 - block[0]
    y = (size - (block[3] - block[1])) // 2 - block[1] - size // 20
    draw.multiline_text((x, y), "\n".join(lines), font=font, fill=_TEXT, spacing=spacing, align="center")
    bar_y = size - margin - size // 40
    draw.rounded_rectangle((margin, bar_y, margin + size // 5, bar_y + size // 60), radius=size // 120, fill=_ACCENT)
    info = PngImagePlugin.PngInfo()
    info.add_text(MARK, title)
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info, compress_level=1)  # optimize=True costs 0.1 s for 30% smaller
    return out.getvalue()


def is_generated(data: bytes) -> bool:
    """Whether an image file is one narrator drew (so it may be redrawn)."""
    return generated_title(data) is not None


def generated_title(data: bytes) -> str | None:
    """The title narrator drew into this image, or None if narrator did not draw it."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return getattr(image, "text", {}).get(MARK)
    except (UnidentifiedImageError, OSError):
        return None


def load_cover(data: bytes, name: str) -> Cover:
    """Check user-given artwork is a square PNG/JPEG of 1400-3000 px; return it as a Cover."""
    how = f"use a square PNG or JPEG of {MIN_SIZE}x{MIN_SIZE} to {MAX_SIZE}x{MAX_SIZE} pixels"
    try:
        with Image.open(io.BytesIO(data)) as image:
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError):
        raise NarratorError(f"cover {name} is not an image narrator can read: {how}") from None
    if kind not in _MIMES:
        raise NarratorError(f"cover {name} is {kind}: {how}")
    if width != height or not MIN_SIZE <= width <= MAX_SIZE:
        raise NarratorError(f"cover {name} is {width}x{height} pixels: {how}")
    return Cover(data, _MIMES[kind])


def _gradient(size: int) -> Image.Image:
    column = Image.new("RGB", (1, 256))
    for y in range(256):
        t = y / 255
        column.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(_TOP, _BOTTOM)))
    return column.resize((size, size), Image.Resampling.BICUBIC)


def _fit(draw: ImageDraw.ImageDraw, title: str, width: int, height: int) -> tuple[list[str], ImageFont.FreeTypeFont]:
    """The largest type (and its line breaks) in which `title` fits the box.

    Words are only broken when one is too long for the box even in small type.
    """
    for break_words in (False, True):
        size = height // 2
        while size >= 40:
            font = _font(size)
            for columns in range(max(4, len(title) // 5), len(title) + 1):
                lines = textwrap.wrap(title, columns, break_long_words=break_words) or [title]
                box = draw.multiline_textbbox((0, 0), "\n".join(lines), font=font, spacing=size // 5)
                if box[2] - box[0] <= width and box[3] - box[1] <= height:
                    return lines, font
            size = size * 9 // 10
    return textwrap.wrap(title, 24)[:8], _font(40)  # absurdly long: cut it off


def _font(size: int) -> ImageFont.FreeTypeFont:
    path = _system_font()
    font = ImageFont.truetype(path, size) if path else ImageFont.load_default(size=size)
    return font  # type: ignore[return-value]


@functools.cache
def _system_font() -> str | None:
    for name in _SYSTEM_FONTS:
        try:
            ImageFont.truetype(name, 10)
            return name
        except OSError:
            continue
    return None


def _ascii(text: str) -> str:
    """Text Pillow's ASCII-only font can draw: accents dropped, other letters as "?".

    >>> _ascii("Übermäßig café – 東京")
    'Ubermassig cafe - ??'
    """
    text = text.replace("ß", "ss").replace("–", "-").replace("—", "-").replace("…", "...")
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c if c.isascii() else "?" for c in kept)
