import io

import pytest
from PIL import Image

from narrator.cover import is_generated, load_cover, render_cover
from narrator.errors import NarratorError


def image_bytes(size, kind="PNG", mode="RGB"):
    out = io.BytesIO()
    Image.new(mode, size, (10, 20, 30)).save(out, kind)
    return out.getvalue()


@pytest.mark.parametrize("title", ["Narrated News", "Übermäßig lange Überschrift – 東京", "x" * 200, ""])
def test_generated_cover_is_a_square_1400_png_marked_as_ours(title):
    data = render_cover(title)
    with Image.open(io.BytesIO(data)) as image:
        assert (image.format, image.size, image.mode) == ("PNG", (1400, 1400), "RGB")
        # not a blank canvas: the title is drawn in light type on a dark background
        assert image.convert("L").getextrema()[1] > 200
    assert is_generated(data)
    assert load_cover(data, "cover.png").mime == "image/png"
    assert len(data) < 500_000  # it is embedded into every episode MP3 too


def test_drawing_is_deterministic():
    assert render_cover("Same") == render_cover("Same")


def test_user_cover_accepted_when_square_png_or_jpeg_in_range():
    assert load_cover(image_bytes((1400, 1400), "JPEG"), "a.jpg").mime == "image/jpeg"
    assert load_cover(image_bytes((3000, 3000)), "a.png").mime == "image/png"
    assert not is_generated(image_bytes((1400, 1400)))


@pytest.mark.parametrize(
    "data, message",
    [
        (image_bytes((1400, 1000)), "1400x1000 pixels"),
        (image_bytes((1000, 1000)), "1000x1000 pixels"),
        (image_bytes((3001, 3001)), "3001x3001 pixels"),
        (image_bytes((1400, 1400), "GIF", "P"), "is GIF"),
        (b"not an image", "not an image"),
    ],
)
def test_bad_user_cover_is_a_clear_error(data, message):
    with pytest.raises(NarratorError, match=message) as e:
        load_cover(data, "art.png")
    assert "square PNG or JPEG of 1400x1400 to 3000x3000 pixels" in str(e.value)
