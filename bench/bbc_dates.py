"""Benchmark of date resolution on the BBC business articles: coverage, tense slips, cost.

Prints the share of claim records that get a date, how many dates fall after the reference
date in a past-tense sentence (target 0), and the time spent in `resolve_dates` as a share
of parse + resolve. BBC articles have no dateline: the reference date is the one inferred
from the text, else 2005-01-01 (the collection covers 2004-2005).

    .venv/bin/python bench/bbc_dates.py [DIR] [--show N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections import Counter
from pathlib import Path

from spacy.tokens import Token

from claimx.dates import infer_reference_date, resolve_dates
from claimx.pipeline import load_pipeline

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc" / "business"
FALLBACK_REFERENCE = dt.date(2005, 1, 1)
_DIGITS = re.compile(r"[$£€]?\d[\d,.]*\d?%?")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ISO_START = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-W(\d{2}))?")


def claim_spans(text: str) -> list[tuple[int, int]]:
    """Quantity mentions from claimx.quantities, or plain digit runs while it is unwritten."""
    from claimx.quantities import find_quantities

    try:
        return [(q.start, q.end) for q in find_quantities(text)]
    except NotImplementedError:
        return [m.span() for m in _DIGITS.finditer(text)]


def period_start(iso: str) -> dt.date | None:
    """First day of an ISO date, month, quarter, week or interval (its start)."""
    m = _ISO_START.match(iso)
    if m is None:
        return None
    year, month, day, quarter, week = m.groups()
    if week:
        return dt.date.fromisocalendar(int(year), int(week), 1)
    if quarter:
        return dt.date(int(year), 3 * int(quarter) - 2, 1)
    return dt.date(int(year), int(month or 1), int(day or 1))


def past_tense(claim: Token) -> bool:
    """Whether the verb the claim hangs from is in a past tense (simple, perfect, passive)."""
    verb = claim
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if any(f.tag_ == "MD" for f in forms):
        return False  # would, could, will: forecasts and conditions
    return any(f.tag_ == "VBD" for f in forms) or (
        verb.tag_ == "VBN" and any(f.lower_ in ("has", "have", "had") for f in forms)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--show", type=int, default=10, help="examples of slips to print")
    args = parser.parse_args()
    files = sorted(args.directory.glob("*.txt")) if args.directory.is_dir() else []
    if not files:
        print(f"skipped: no BBC articles under {args.directory}")
        return 0
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    nlp = load_pipeline()  # parsed exactly as claimx parses
    references = []
    how: Counter[str] = Counter()
    for text in texts:
        reference, found = infer_reference_date(text)
        how[found] += 1
        # The collection is from 2004-2005: an earlier "latest" date is history, not the
        # day of writing.
        references.append(max(reference or FALLBACK_REFERENCE, FALLBACK_REFERENCE))
    spans = [claim_spans(text) for text in texts]

    parse_seconds = resolve_seconds = 0.0
    records = dated = later_in_past = later_stated = 0
    words = 0
    slips: list[str] = []
    phrases: Counter[str] = Counter()
    started = time.perf_counter()
    for doc, doc_spans, reference, path in zip(
        nlp.pipe(texts, batch_size=32, disable=["claimx"]), spans, references, files, strict=True
    ):
        parsed = time.perf_counter()
        parse_seconds += parsed - started
        dates = resolve_dates(doc, doc_spans, reference)
        started = time.perf_counter()
        resolve_seconds += started - parsed
        words += sum(not t.is_space and not t.is_punct for t in doc)
        for (s, e), (date, date_text) in zip(doc_spans, dates, strict=True):
            records += 1
            if date is None:
                continue
            dated += 1
            phrases[(date_text or "").lower()] += 1
            begin = period_start(date)
            claim = doc.char_span(s, e, alignment_mode="expand")
            if begin and begin > reference and claim is not None and past_tense(claim.root):
                if _YEAR.search(date_text or ""):
                    later_stated += 1  # the text names the year: no resolution slip
                    continue
                later_in_past += 1
                if len(slips) < args.show:
                    slips.append(
                        f"  {path.name} ref {reference}: {doc.text[s:e]!r} -> {date} "
                        f"({date_text!r}) in: {claim.sent.text.strip()[:160]}"
                    )

    total = parse_seconds + resolve_seconds
    print(f"articles: {len(files)} ({words} words); reference date: {dict(how)}")
    print(f"claim records: {records}; with a date: {dated} ({dated / max(records, 1):.1%})")
    print(
        f"dates later than the reference in past-tense clauses: {later_in_past} resolved "
        f"(target 0), {later_stated} with the year stated in the text"
    )
    print(*slips, sep="\n")
    print(
        f"time: parse {parse_seconds:.2f}s, resolve_dates {resolve_seconds:.3f}s "
        f"= {resolve_seconds / total:.2%} of parse + resolve"
    )
    print("most frequent date phrases:", phrases.most_common(12))
    return 0


if __name__ == "__main__":
    sys.exit(main())
