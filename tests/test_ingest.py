import codecs

import pytest

from narrator.errors import NarratorError
from narrator.ingest import MAX_BYTES, parse_article, read_article


def test_reads_utf8_file_and_normalises_newlines(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Headline\r\n\r\nBody “quoted”.\r\n".encode())
    raw = read_article(str(p))
    assert raw.text == "Headline\n\nBody “quoted”.\n"
    assert raw.source == str(p)


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + "Café news".encode(),
    "Café news".encode("utf-16"),
    "Café news".encode("utf-16-be") and codecs.BOM_UTF16_BE + "Café news".encode("utf-16-be"),
])
def test_decodes_boms(data):
    assert parse_article(data, "x").text == "Café news"


def test_cp1252_fallback_warns():
    with pytest.warns(UserWarning, match="Windows-1252"):
        raw = parse_article(b"Caf\xe9 \x93news\x94", "x")
    assert raw.text == "Café “news”"


@pytest.mark.parametrize("data, message", [
    (b"", "is empty"),
    (b"  \n\t\n", "is empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (b"x" * (MAX_BYTES + 1), "over 5 MB"),
])
def test_bad_input_is_clear_error(data, message):
    with pytest.raises(NarratorError, match=message):
        parse_article(data, "bad.txt")


def test_missing_directory_and_url(tmp_path):
    with pytest.raises(NarratorError, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(NarratorError, match="is a directory"):
        read_article(str(tmp_path))
    with pytest.raises(NarratorError, match="URLs are not supported yet"):
        read_article("https://example.org/story")


def test_stdin_and_markdown(tmp_path):
    assert read_article("-", b"Hello there.").source == "<stdin>"
    md = tmp_path / "a.md"
    md.write_text("# Title here\n\nSome *emphasis* and a [link](http://x.org).\n")
    assert read_article(str(md)).text == "Title here\n\nSome emphasis and a link.\n"
