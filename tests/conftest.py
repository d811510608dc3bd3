import shutil

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep every test away from the user's cache and config."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("NARRATOR_CACHE_DIR", str(home / ".cache" / "narrator"))


def have_engine() -> bool:
    return shutil.which("espeak-ng") is not None and shutil.which("ffmpeg") is not None


needs_engine = pytest.mark.skipif(not have_engine(), reason="espeak-ng and ffmpeg are not installed")
