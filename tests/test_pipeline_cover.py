import dataclasses
import io

import pytest
from PIL import Image

from narrator.cover import generated_title
from narrator.errors import NarratorError
from narrator.models import Settings
from narrator.pipeline import COVER_FILE, ensure_cover


def png(size):
    out = io.BytesIO()
    Image.new("RGB", size, "navy").save(out, "PNG")
    return out.getvalue()


def test_cover_is_drawn_then_reused_then_redrawn_for_a_new_title(tmp_path):
    name, cover = ensure_cover(tmp_path, Settings(title="First"))
    assert name == COVER_FILE and generated_title((tmp_path / name).read_bytes()) == "First"
    before = (tmp_path / name).stat().st_mtime_ns
    assert ensure_cover(tmp_path, Settings(title="First"))[1] == cover
    assert (tmp_path / name).stat().st_mtime_ns == before  # not drawn again
    ensure_cover(tmp_path, Settings(title="Second"))
    assert generated_title((tmp_path / name).read_bytes()) == "Second"


def test_users_own_cover_png_is_never_overwritten(tmp_path):
    mine = png((1500, 1500))
    (tmp_path / COVER_FILE).write_bytes(mine)
    assert ensure_cover(tmp_path, Settings())[1].data == mine
    assert (tmp_path / COVER_FILE).read_bytes() == mine


def test_cover_setting_is_used_and_checked(tmp_path):
    (tmp_path / "art").mkdir()
    (tmp_path / "art" / "show.png").write_bytes(png((2000, 2000)))
    settings = dataclasses.replace(Settings(), cover="art/show.png")
    assert ensure_cover(tmp_path, settings)[0] == "art/show.png"
    (tmp_path / "art" / "show.png").write_bytes(png((800, 600)))
    with pytest.raises(NarratorError, match="800x600 pixels: use a square PNG or JPEG"):
        ensure_cover(tmp_path, settings)
    with pytest.raises(NarratorError, match="cannot read the cover"):
        ensure_cover(tmp_path, dataclasses.replace(settings, cover="missing.png"))
    assert not (tmp_path / COVER_FILE).exists()
