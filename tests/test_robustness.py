"""Nothing lost, nothing crashes: hostile and broken inputs through the API and the CLI."""

from __future__ import annotations

import gzip
import json
import math
import signal
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimx
from claimx.quantities import find_quantities

NEWSY = st.sampled_from([
    "£5.7bn", "$1.13bn", "76%", "1,500", "1 000 000", "1'000'000", "between 5 and 10",
    "3-5 percent", "tens of thousands", "nearly 30 years", "December 12, 2024", "1200 GMT",
    "G20", "Covid-19", "1e999", "9" * 400, "١٢٣", "１２３", "$", "%", "-", ",", ".", "(",
    "\n\n", " ", "\x00", "\u202f", "said", "He", "over", "m", "bn", "per cent", "’", "\ufeff",
])
TEXTS = st.one_of(st.text(max_size=300), st.lists(NEWSY, max_size=40).map(" ".join))


def check(text, claims):
    for c in claims:
        assert text[c.start:c.end] == c.text
        for number in (c.value, c.value_low, c.value_high):
            assert number is None or math.isfinite(number)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_quantities_never_fail_on_any_text(text):
    """Random and adversarial text: no exception, offsets exact, values finite."""
    for q in find_quantities(text):
        assert text[q.start:q.end] == q.text and math.isfinite(q.value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extract_never_fails_on_any_text(text):
    """The whole pipeline (parse, subject, date, source) survives what quantities survive."""
    check(text, claimx.extract(text, reference_date="2005-01-01"))


@pytest.mark.parametrize(
    "text, values",
    [
        ("A huge number: " + "7" * 5000 + " and then 12 people.", [12.0]),
        ("Overflow 1e999 and 1" + "0" * 400 + " then 7 votes.", [7.0]),
        ("In Arabic-Indic digits there were ١٢٣ people, in full-width ones １２３ people.",
         [123.0, 123.0]),
        ("It cost 1\u202f000\u202f000 dollars and 1'000'000 francs.", [1e6, 1e6]),
        ("A lone $ and a lone % and then 4 ships.", [4.0]),
    ],
)
def test_odd_numbers_are_bounded_and_read(text, values):
    """Absurd numbers are skipped quickly; Unicode digits and odd separators are read."""
    claims = claimx.extract(text, reference_date="2005-01-01")
    check(text, claims)
    assert [c.value for c in claims] == values


def run(tmp_path, *files, extra=()):
    out = tmp_path / "out.jsonl"
    manifest = tmp_path / "manifest.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "claimx.cli", "extract", *map(str, files), "-o", str(out),
         "--manifest", str(manifest), "-j", "1", *extra],
        capture_output=True, timeout=600)
    rows = [json.loads(line) for line in manifest.read_text().splitlines()] \
        if manifest.exists() else []
    records = [json.loads(line) for line in out.read_text().splitlines()] if out.exists() else []
    return result, rows, records


GOOD = "Sales rose 5% to £1.2bn, the company said on Monday.\n"


@pytest.mark.parametrize(
    "name, data, status, reason, encoding, claims",
    [
        ("empty.txt", b"", "failed", "empty file", None, 0),
        ("blank.txt", b" \n\t \r\n", "failed", "no text (only whitespace)", None, 0),
        ("doc.pdf.txt", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n", "failed",
         "not text: looks like a PDF file", None, 0),
        ("img.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "failed",
         "not text: looks like a PNG image", None, 0),
        ("z.txt", gzip.compress(GOOD.encode()), "failed",
         "not text: looks like gzip-compressed data", None, 0),
        ("bom.txt", b"\xef\xbb\xbf" + GOOD.encode(), "ok", None, "utf-8-sig", 2),
        ("wide.txt", GOOD.encode("utf-16"), "ok", None, "utf-16", 2),
        ("legacy.txt", GOOD.encode("cp1252"), "ok", None, "cp1252", 2),
        ("mixed.txt", b"Title\r\n\r\nSales rose 5%.\rProfit was $3m.\n", "ok", None, "utf-8", 2),
        ("nul.txt", b"Sales rose 5%\x00 to $3m.\n", "ok", None, "utf-8", 2),
        ("page.txt", b"<html><body><p>Sales rose 5% to $3m.</p></body></html>", "ok", None,
         "utf-8", 2),
        ("other.txt", "Le chiffre d'affaires a augment\u00e9 de 5 % \u00e0 3 millions d'euros."
         .encode(), "ok", None, "utf-8", None),
    ],
)
def test_each_input_kind_is_accounted_for(tmp_path, name, data, status, reason, encoding,
                                          claims):
    """Every kind of input gets a manifest row, a message when it fails, and the true exit."""
    path = tmp_path / name
    path.write_bytes(data)
    result, rows, records = run(tmp_path, path)
    assert "Traceback" not in result.stderr.decode()
    assert len(rows) == 1 and rows[0]["status"] == status and rows[0]["reason"] == reason
    assert rows[0]["path"] == str(path)
    if status == "failed":
        assert result.returncode == 1
        assert f"claimx: {path}: {reason}" in result.stderr.decode().splitlines()
        return
    assert result.returncode == 0 and rows[0]["encoding"] == encoding
    assert len(rows[0]["sha256"]) == 64
    text = path.read_bytes().decode(encoding)
    if claims is not None:
        assert len(records) == claims
    for record in records:
        assert text[record["start"]:record["end"]] == record["text"]


def test_a_long_line_without_spaces_is_processed(tmp_path):
    """A 1 MB line with no whitespace does not stop the run; the figure after it is found."""
    path = tmp_path / "line.txt"
    path.write_text("x" * 1_000_000 + "\n\nThe firm cut 300 jobs.\n", encoding="utf-8")
    result, rows, records = run(tmp_path, path)
    assert result.returncode == 0 and rows[0]["status"] == "ok"
    assert [r["value"] for r in records] == [300.0]


def test_a_long_run_of_sentences_pointing_back_is_processed():
    """A page of "It took £1m on the day." after one naming the film: each "it" is read back
    only a few sentences, so the run neither fails nor slows, and the first takings are the
    film's."""
    text = "The new film was a hit at the box office. " + " ".join(
        ["It took £1m on the day."] * 1500)
    claims = claimx.extract(text)
    assert len(claims) == 1500
    assert [c.subject for c in claims[:4]] == ["new film"] * 4


def test_twenty_files_three_broken(tmp_path):
    """17 good files are all written and the run exits 1 for the 3 broken ones."""
    files = []
    for n in range(20):
        path = tmp_path / f"f{n:02d}.txt"
        path.write_bytes(b"" if n in (3, 9, 15) else f"The firm hired {n + 100} staff.\n".encode())
        files.append(path)
    result, rows, records = run(tmp_path, *files)
    assert result.returncode == 1
    assert [r["status"] for r in rows].count("failed") == 3
    assert sorted(r["value"] for r in records) == [float(n + 100) for n in range(20)
                                                    if n not in (3, 9, 15)]


def test_a_fault_in_claimx_fails_that_input_alone(tmp_path, monkeypatch):
    """A bug that raises on one input fails that input with a reason saying so; the inputs
    read with it are still extracted."""
    from claimx import batch, pipeline

    real = pipeline.extract_documents

    def faulty(documents, nlp, *args, **kwargs):
        documents = list(documents)
        if any("BOOM" in d.text for d in documents):
            raise ValueError("boom")
        return real(documents, nlp, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_documents", faulty)
    paths = []
    for n, text in enumerate(["The firm hired 100 staff.", "BOOM 5 times.", "It cut 7 jobs."]):
        path = tmp_path / f"f{n}.txt"
        path.write_text(text)
        paths.append((str(path), None))
    outcomes = list(batch.run(paths, batch.Settings(claimx.DEFAULT_MODEL), jobs=1))
    assert [o.status for o in outcomes] == ["ok", "failed", "ok"]
    assert "bug in claimx" in outcomes[1].reason and "ValueError: boom" in outcomes[1].reason
    assert [c.value for o in outcomes for c in o.claims] == [100.0, 7.0]


def start_long_run(tmp_path):
    """A claimx run over 40 files, long enough to be stopped midway."""
    files = []
    for n in range(40):
        path = tmp_path / f"f{n:02d}.txt"
        path.write_text(f"The firm hired {n} staff and sold 5m shares.\n" * 300)
        files.append(str(path))
    out = tmp_path / "out.jsonl"
    # A test runner started in the background inherits an ignored SIGINT; a user's claimx
    # run from a terminal has the default, which is what this exercises.
    process = subprocess.Popen([sys.executable, "-m", "claimx.cli", "extract", *files, "-o",
                                str(out), "-j", "1", "-q"], stderr=subprocess.PIPE,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Wait until records are being written (imports and model load can take a while on a
    # cold machine), so the signal lands in the middle of the work.
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if any(p.stat().st_size > 0 for p in tmp_path.glob("*.part")):
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be stopped"
    return process, out


def test_killed_run_leaves_no_partial_output(tmp_path):
    """A run killed midway leaves no -o file that looks complete."""
    process, out = start_long_run(tmp_path)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert not out.exists()


def test_interrupt_stops_cleanly_with_a_message(tmp_path):
    """Ctrl-C (SIGINT) ends the run with a message and exit 130, no output file."""
    process, out = start_long_run(tmp_path)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert b"interrupted" in stderr and b"Traceback" not in stderr
    assert not out.exists()


def test_output_is_identical_across_runs(tmp_path):
    """The same inputs give byte-identical output every time."""
    path = tmp_path / "a.txt"
    path.write_text(GOOD * 20, encoding="utf-8")
    first = run(tmp_path, path)[2]
    second = run(tmp_path, path)[2]
    assert first == second and len(first) == 40
