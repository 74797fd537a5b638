"""Alignment, counts and scores on small hand-made cases; gold validation messages."""

from __future__ import annotations

import json

import pytest

from claimx.evaluate import GoldError, align, evaluate, load_gold


def claim(start, end, value, **fields):
    return {"doc_id": fields.pop("doc_id", "d"), "start": start, "end": end,
            "text": "x" * (end - start), "value": value, **fields}


def test_pairs_need_overlap_and_equal_value():
    """A prediction over the right span with another value is spurious, not correct."""
    gold = [claim(0, 5, 10.0)]
    assert align([claim(0, 5, 11.0)], gold) == []
    assert align([claim(3, 8, 10.0)], gold) == [(0, 0)]
    assert align([claim(6, 8, 10.0)], gold) == []


def test_alignment_is_one_to_one_and_prefers_exact_spans():
    """Two predictions on one gold claim: the exact one is paired, the other is spurious."""
    gold = [claim(10, 20, 5.0)]
    preds = [claim(8, 14, 5.0), claim(10, 20, 5.0)]
    assert align(preds, gold) == [(1, 0)]
    report = evaluate(preds, {"d": gold})
    counts = report.total[("mention", "strict")]
    assert (counts.cor, counts.spu, counts.mis) == (1, 1, 0)


def test_alignment_prefers_largest_overlap_over_first_found():
    """A prediction overlapping two gold claims goes to the one it covers most."""
    gold = [claim(0, 10, 3.0), claim(12, 30, 3.0)]
    preds = [claim(8, 28, 3.0)]
    assert align(preds, gold) == [(0, 1)]


def test_counts_add_up_across_documents():
    """possible == gold claims and actual == predictions, summed over documents."""
    gold = {"a": [claim(0, 2, 1.0, doc_id="a"), claim(5, 7, 2.0, doc_id="a")],
            "b": [claim(0, 2, 1.0, doc_id="b")]}
    preds = [claim(0, 2, 1.0, doc_id="a"), claim(0, 2, 1.0, doc_id="b"),
             claim(9, 11, 4.0, doc_id="b")]
    report = evaluate(preds, gold)
    counts = report.total[("mention", "strict")]
    assert counts.possible == 3 and counts.actual == 3
    assert (counts.cor, counts.mis, counts.spu) == (2, 1, 1)
    assert counts.scores()["precision"] == pytest.approx(2 / 3)


def test_same_span_in_another_document_is_not_a_match():
    """A prediction never pairs with gold of another document."""
    gold = {"a": [claim(0, 2, 1.0, doc_id="a")], "b": []}
    report = evaluate([claim(0, 2, 1.0, doc_id="b")], gold)
    counts = report.total[("mention", "strict")]
    assert (counts.cor, counts.mis, counts.spu) == (0, 1, 1)


def test_optional_gold_is_neither_right_nor_wrong():
    """Matching an optional mention adds nothing; missing it costs nothing."""
    gold = {"d": [claim(0, 5, 20000.0, optional=True), claim(10, 12, 7.0)]}
    with_optional = evaluate([claim(0, 5, 20000.0), claim(10, 12, 7.0)], gold)
    without = evaluate([claim(10, 12, 7.0)], gold)
    for report in (with_optional, without):
        assert report.total[("mention", "strict")].scores()["f1"] == 1.0


@pytest.mark.parametrize(
    "name, pred, gold, strict, lenient",
    [
        ("subject", {"subject": "anti-tank mines", "subject_head": "mines"},
         {"subject": "mines", "subject_head": "mines"}, False, True),
        ("subject", {"subject": "The victims"}, {"subject": "victims"}, True, True),
        # The same name with another head word: the phrase is right, so lenient is too.
        ("subject", {"subject": "Nippon Steel", "subject_head": "Nippon"},
         {"subject": "Nippon Steel", "subject_head": "Steel"}, True, True),
        ("subject", {"subject": "Nippon Steel", "subject_head": "Nippon"},
         {"subject": "Nippon Paint", "subject_head": "Paint"}, False, False),
        ("source", {"source": "Aliyev"}, {"source": "Yashar Aliyev"}, False, True),
        ("source", {"source": None}, {"source": "Yashar Aliyev"}, False, False),
        ("date", {"date": "2024-12-15"}, {"date": "2024-12"}, False, True),
        ("date", {"date": "2024"}, {"date": "2024-12"}, False, False),
        ("date", {"date": None}, {"date": None}, True, True),
        ("unit", {"unit": "USD"}, {"unit": "GBP"}, False, False),
        ("value", {"qualifier": "over"}, {"qualifier": "approx"}, False, True),
    ],
)
def test_field_rules(name, pred, gold, strict, lenient):
    """Strict needs equality after canonicalisation; lenient follows the schema's rules."""
    g = {"d": [claim(0, 3, 1.0, **gold)]}
    report = evaluate([claim(0, 3, 1.0, **pred)], g)
    assert (report.total[(name, "strict")].cor == 1) is strict
    assert (report.total[(name, "lenient")].cor == 1) is lenient


def test_record_is_correct_only_when_every_field_is(tmp_path):
    """The whole-record score counts a pair correct only if all fields are."""
    gold = {"d": [claim(0, 3, 1.0, unit="USD", subject="x", date="2020", source="A")]}
    good = evaluate([claim(0, 3, 1.0, unit="USD", subject="x", date="2020", source="A")], gold)
    bad = evaluate([claim(0, 3, 1.0, unit="USD", subject="x", date="2021", source="A")], gold)
    assert good.total[("record", "strict")].cor == 1
    assert bad.total[("record", "strict")].inc == 1


def write_gold(folder, name, rows):
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.jsonl").write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows),
        encoding="utf-8")


@pytest.mark.parametrize(
    "row, message",
    [
        ("{not json", "g/a.jsonl:1: not valid JSON"),
        ({"start": 4, "end": 2, "text": "ab", "value": 1.0},
         "g/a.jsonl:1: end (2) must be > start (4)"),
        ({"start": 0, "end": 2, "text": "ab", "value": "12"}, "value must be a finite number"),
        ({"start": 0, "end": 2, "text": "zz", "value": 1.0}, "does not match the input at 0:2"),
        ({"start": 0, "end": 2, "text": "ab", "value": 1.0, "qualifier": "circa"},
         "qualifier 'circa' is not one of"),
        ({"start": 0, "end": 2, "text": "ab", "value": 1.0, "date": "Dec 2024"},
         "is not ISO 8601"),
        ({"end": 2, "text": "ab", "value": 1.0}, "missing required field 'start'"),
    ],
)
def test_bad_gold_lines_are_named_with_file_and_line(tmp_path, monkeypatch, row, message):
    """A malformed gold line is reported as gold/x.jsonl:LINE: what is wrong."""
    monkeypatch.chdir(tmp_path)
    write_gold(tmp_path / "g", "a", [row])
    with pytest.raises(GoldError) as caught:
        load_gold("g", {"a": "ab cd"})
    assert any(message in p for p in caught.value.problems), caught.value.problems


def test_duplicate_gold_claims_are_refused(tmp_path, monkeypatch):
    """Two gold claims at one start are a broken annotation, reported with both lines."""
    monkeypatch.chdir(tmp_path)
    row = {"start": 0, "end": 2, "text": "ab", "value": 1.0}
    write_gold(tmp_path / "g", "a", [row, row])
    with pytest.raises(GoldError, match=r"g/a.jsonl:2: duplicate claim at start 0 \(also line 1\)"):
        load_gold("g", {"a": "ab"})


def test_bundled_gold_is_valid_against_the_corpus():
    """Every shipped gold file passes validation against its text (CI catches a broken one)."""
    from conftest import CORPUS, GOLD

    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    gold = load_gold(GOLD, texts)
    assert set(gold) == set(texts)
    assert sum(len(v) for v in gold.values()) > 300


def test_gold_link_to_a_claim_not_in_the_file_is_named(tmp_path, monkeypatch):
    """part_of must name another claim of the same gold file by its claim_id."""
    monkeypatch.chdir(tmp_path)
    write_gold(tmp_path / "g", "a", [
        {"start": 0, "end": 2, "text": "ab", "value": 1.0},
        {"start": 3, "end": 5, "text": "cd", "value": 1.0, "part_of": "a:9"},
    ])
    with pytest.raises(GoldError, match=r"g/a.jsonl:2: part_of 'a:9' is not the claim_id"):
        load_gold("g", {"a": "ab cd"})


def test_links_are_scored_by_the_claims_they_join():
    """A predicted link is right when its two ends pair with a gold link's; a link gold marks
    optional counts neither way; a gold link not predicted is missed."""
    gold = [claim(0, 3, 100.0), claim(10, 12, 40.0, part_of="d:0"),
            claim(20, 22, 30.0, part_of="d:0"), claim(30, 32, 5.0, part_of_optional="d:10")]
    preds = [claim(0, 3, 100.0, claim_id="d:0"),
             claim(10, 12, 40.0, claim_id="d:10", part_of="d:0"),      # right
             claim(20, 22, 30.0, claim_id="d:20", part_of="d:10"),     # wrong whole
             claim(30, 32, 5.0, claim_id="d:30", part_of="d:10")]      # optional
    links = evaluate(preds, {"d": gold}).links()
    assert (links.cor, links.spu, links.mis) == (1, 1, 1)
    without = evaluate([{**p, "part_of": None} for p in preds], {"d": gold}).links()
    assert (without.cor, without.spu, without.mis) == (0, 0, 2)
