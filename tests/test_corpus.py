"""Reading inputs: explicit decoding, refusal of non-text, reference dates, input expansion."""

from __future__ import annotations

import datetime as dt
import gzip
import json

import pytest

from claimx.corpus import InputError, decode, expand_inputs, read_document

TEXT = "Profits rose 5% to £1.2bn, the firm said."


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (TEXT.encode("utf-8"), TEXT, "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8-sig"),
        (TEXT.encode("utf-16"), TEXT, "utf-16"),
        ("Costs of £5m".encode("cp1252"), "Costs of £5m", "cp1252"),
        ("“Quoted” €5".encode("cp1252"), "“Quoted” €5", "cp1252"),
        (b"a\r\nb\rc\nd 5%", "a\r\nb\rc\nd 5%", "utf-8"),
        (b"Undefined \x81 byte 5", "Undefined \x81 byte 5", "cp1252"),
    ],
)
def test_decoding_is_explicit_and_keeps_the_text_as_is(data, text, encoding):
    """A BOM wins, then strict UTF-8, then Windows-1252; line endings are left alone."""
    assert decode(data, "f.txt") == (text, encoding)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\t\n", "no text (only whitespace)"),
        (b"%PDF-1.7\n...", "not text: looks like a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not text: looks like a PNG image"),
        (gzip.compress(b"5 million"), "not text: looks like gzip-compressed data"),
        (b"\x00\x01\x02\x03" * 50, "not text: binary data (many NUL bytes)"),
    ],
)
def test_non_text_is_refused_with_a_reason(data, reason):
    """Empty, blank and binary inputs raise an error that names the file and says why."""
    with pytest.raises(InputError) as caught:
        decode(data, "in/f.txt")
    assert str(caught.value) == f"in/f.txt: {reason}"


def test_missing_file_and_directory_are_errors(tmp_path):
    """A path that is not a readable file is an input error, not a traceback."""
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_document(str(tmp_path))


def test_reference_date_sources_in_order(tmp_path):
    """Option beats sidecar beats dateline; the record says which one was used."""
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nMonday, March 2, 2020\n\nSales rose 5%.\n", encoding="utf-8")
    assert read_document(str(article)).reference_date_source == "dateline"
    (tmp_path / "a.meta.json").write_text(json.dumps({"published": "2020-03-03"}))
    document = read_document(str(article))
    assert (document.reference_date, document.reference_date_source) == (
        dt.date(2020, 3, 3), "sidecar")
    document = read_document(str(article), reference_date=dt.date(2021, 1, 1))
    assert (document.reference_date, document.reference_date_source) == (
        dt.date(2021, 1, 1), "option")


def test_doc_id_is_the_file_stem_and_stdin_is_dash(tmp_path):
    """doc_id follows the schema: file stem, or '-' for standard input."""
    article = tmp_path / "story-1.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert read_document(str(article)).doc_id == "story-1"
    assert read_document("-", TEXT.encode()).doc_id == "-"


def test_directories_are_walked_without_sidecars(tmp_path):
    """A directory gives its text files in sorted order, never the .meta.json sidecars."""
    for name in ("b.txt", "a.txt", "a.meta.json", "notes.csv"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert [p.split("/")[-1] for p in expand_inputs([str(tmp_path)])] == ["a.txt", "b.txt"]
