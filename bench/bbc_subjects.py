"""Benchmark: how often claimx finds a subject on BBC business news, with a sample to check by hand.

Usage: .venv/bin/python bench/bbc_subjects.py [--dir DIR] [--sample 30] [--seed 13] [--out FILE]

Prints the share of quantities given a subject, the time spent in find_subjects against the
time spent parsing, and writes a random sample (figure, sentence, subject) to --out for a
person to judge. The sample holds BBC text, so it goes outside the repository by default.
It leaves out the articles of the held-out annotation sets (bench/bbc_subject_heads.py), so
that checking it by hand does not show their output.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from bbc_subject_heads import HELD_OUT, load_annotations

from claimx.pipeline import load_pipeline
from claimx.quantities import drop_labels, find_quantities
from claimx.sources import attribute
from claimx.subjects import find_subjects

DEFAULT_DIR = Path("/work/shared/bench/bbc/business")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=4242)
    parser.add_argument(
        "--out", type=Path, default=Path(tempfile.gettempdir()) / "claimx_bbc_subjects_sample.txt"
    )
    args = parser.parse_args()
    paths = sorted(args.dir.glob("*.txt")) if args.dir.is_dir() else []
    if not paths:
        print(f"skipped: no BBC texts in {args.dir}")
        return 0

    nlp = load_pipeline()  # parsed exactly as claimx parses
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32, disable=["claimx"]))
    parse_seconds = time.perf_counter() - started

    records = []  # (file name, figure, sentence, subject, head)
    subject_seconds = 0.0
    for path, text, doc in zip(paths, texts, docs, strict=True):
        # The figures claimx keeps: numbers that label a thing ("posts 542") are no claims.
        quantities = drop_labels(doc, find_quantities(text))
        # Sources stand for "I" in quotes, as in claimx (attributed outside the timing).
        speakers = [who.source for who in attribute(doc, [(q.start, q.end) for q in quantities])]
        started = time.perf_counter()
        subjects = find_subjects(doc, quantities, speakers)
        subject_seconds += time.perf_counter() - started
        for quantity, (subject, head) in zip(quantities, subjects, strict=True):
            span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
            sentence = span.sent.text.strip() if span is not None else ""
            records.append((path.name, quantity.text, sentence, subject, head))

    with_subject = sum(1 for r in records if r[3] is not None)
    words = sum(len(t.split()) for t in texts)
    print(f"articles: {len(paths)}  words: {words}  quantities: {len(records)}")
    print(f"with a subject: {with_subject} ({with_subject / max(len(records), 1):.1%})")
    print(
        f"parse: {parse_seconds:.1f}s ({words / parse_seconds:,.0f} words/s)  "
        f"find_subjects: {subject_seconds:.2f}s "
        f"({subject_seconds / parse_seconds:.1%} of parse time)"
    )

    held_out = {r["file"] for r in load_annotations() if r["set"] in HELD_OUT}
    open_records = [r for r in records if f"{args.dir.name}/{r[0]}" not in held_out]
    print(f"sampled from {len(open_records)} records outside the held-out annotation sets")
    sample = random.Random(args.seed).sample(open_records, min(args.sample, len(open_records)))
    with args.out.open("w", encoding="utf-8") as out:
        for number, (name, figure, sentence, subject, head) in enumerate(sample, 1):
            out.write(
                f"{number}. {name} [{figure}] -> {subject!r} (head {head!r})\n    {sentence}\n\n"
            )
    print(f"sample of {len(sample)} written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
