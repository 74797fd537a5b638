"""The command line end to end: extract the seed, score it, and report bad input honestly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, GOLD

SEED = CORPUS / "azerbaijan-landmines.txt"


def claimx(*args: str, stdin: bytes | None = None, cwd: Path | None = None):
    return subprocess.run([sys.executable, "-m", "claimx.cli", *args], input=stdin,
                          capture_output=True, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def seed_records(tmp_path_factory):
    out = tmp_path_factory.mktemp("seed") / "claims.jsonl"
    result = claimx("extract", str(SEED), "-o", str(out), "-j", "1")
    assert result.returncode == 0, result.stderr.decode()
    return out, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def test_extract_writes_schema_records_that_point_into_the_text(seed_records):
    """Every record has the schema's fields and its text is the input slice."""
    from claimx.records import SCHEMA_FIELDS

    text = SEED.read_text(encoding="utf-8")
    _, records = seed_records
    assert len(records) >= 23
    for record in records:
        assert set(SCHEMA_FIELDS) <= set(record)
        assert text[record["start"]:record["end"]] == record["text"]
        assert record["claim_id"] == f"azerbaijan-landmines:{record['start']}"


def test_seed_scores_against_its_gold(seed_records):
    """The seed is found in full (mention F1 1.0) and its records are mostly right."""
    out, _ = seed_records
    result = claimx("evaluate", "--gold", str(GOLD), str(out), "--format", "json")
    report = json.loads(result.stdout)
    seed = next(d for d in report["documents"] if d["doc_id"] == "azerbaijan-landmines")
    assert seed["scores"]["strict"]["mention"]["f1"] == 1.0
    assert seed["scores"]["lenient"]["record"]["f1"] >= 0.9


def test_evaluate_texts_extracts_then_scores(tmp_path):
    """Given texts instead of predictions, evaluate extracts them and scores only those."""
    result = claimx("evaluate", "--gold", str(GOLD), str(SEED), "-j", "1", "--format", "json")
    assert result.returncode == 0, result.stderr.decode()
    report = json.loads(result.stdout)
    assert [d["doc_id"] for d in report["documents"]] == ["azerbaijan-landmines"]
    assert report["micro"]["gold"] == 23


def test_stdout_holds_only_records_and_stdin_works():
    """`claimx extract -` reads stdin; stdout is pure JSON Lines, doc_id '-'."""
    result = claimx("extract", "-", "--reference-date", "2005-01-10",
                    stdin=b"Profits rose 76% to $1.13bn (\xc2\xa3600m).\n")
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [(r["value"], r["unit"]) for r in records] == [
        (76.0, "percent"), (1.13e9, "USD"), (6e8, "GBP")]
    assert {r["doc_id"] for r in records} == {"-"}


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_output_formats_load_in_pandas(tmp_path, fmt):
    """-o with a .csv or .parquet suffix gives a file pandas reads with the same rows."""
    import pandas as pd

    out = tmp_path / f"claims.{fmt}"
    result = claimx("extract", str(SEED), "-o", str(out), "-j", "1", "-q")
    assert result.returncode == 0, result.stderr.decode()
    frame = pd.read_csv(out) if fmt == "csv" else pd.read_parquet(out)
    assert len(frame) >= 23 and "subject" in frame.columns


def test_bad_inputs_are_named_and_the_rest_still_processed(tmp_path):
    """Missing, empty and binary inputs each get a one-line error; exit 1; good file written."""
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.4\n\x00\x01")
    out = tmp_path / "claims.jsonl"
    manifest = tmp_path / "manifest.jsonl"
    result = claimx("extract", str(empty), str(tmp_path / "missing.txt"), str(binary),
                    str(SEED), "-o", str(out), "--manifest", str(manifest), "-j", "1")
    assert result.returncode == 1
    errors = result.stderr.decode().splitlines()
    assert f"claimx: {empty}: empty file" in errors
    assert f"claimx: {tmp_path / 'missing.txt'}: no such file" in errors
    assert f"claimx: {binary}: not text: looks like a PDF file" in errors
    assert "Traceback" not in result.stderr.decode()
    assert len(out.read_text().splitlines()) >= 23
    rows = [json.loads(line) for line in manifest.read_text().splitlines()]
    assert [r["status"] for r in rows] == ["failed", "failed", "failed", "ok"]
    assert rows[3]["encoding"] == "utf-8" and rows[3]["claims"] >= 23


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "--model", "no_such_pipeline", "x.txt"], "cannot load spaCy pipeline"),
        (["extract"], "no inputs"),
        (["extract", "x.txt", "--format", "parquet"], "Parquet is a binary format"),
        (["extract", "x.txt", "-j", "0"], "must be at least 1"),
    ],
)
def test_usage_errors_exit_2_with_a_message(args, message):
    """A bad option or model is a usage error: exit 2 and a clear message, no traceback."""
    result = claimx(*args)
    assert result.returncode == 2
    assert message in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_malformed_gold_line_is_reported_with_file_and_line(tmp_path):
    """evaluate refuses a broken gold file with gold/x.jsonl:LINE and exits 1."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "azerbaijan-landmines.jsonl").write_text('{"start": 1}\n{oops\n')
    preds = tmp_path / "p.jsonl"
    preds.write_text("")
    result = claimx("evaluate", "--gold", str(gold), "--corpus", str(CORPUS), str(preds))
    assert result.returncode == 1
    stderr = result.stderr.decode()
    assert f"{gold}/azerbaijan-landmines.jsonl:1: missing required field 'end'" in stderr
    assert f"{gold}/azerbaijan-landmines.jsonl:2: not valid JSON" in stderr


def test_gold_check_passes_on_the_bundled_gold():
    """`claimx gold check gold/` validates the shipped gold against corpus/."""
    result = claimx("gold", "check", str(GOLD))
    assert result.returncode == 0, result.stderr.decode()
    assert "26 gold file(s)" in result.stdout.decode()


def test_corpus_mention_f1_does_not_regress():
    """Regression guard (issue 8): corpus mention F1 stays within 0.02 of the 0.980 reported."""
    result = claimx("evaluate", "--gold", str(GOLD), *sorted(map(str, CORPUS.glob("*.txt"))),
                    "--format", "json", "-q")
    assert result.returncode == 0, result.stderr.decode()
    micro = json.loads(result.stdout)["micro"]
    assert micro["documents"] == 26
    assert micro["scores"]["strict"]["mention"]["f1"] >= 0.960
