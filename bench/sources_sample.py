"""Spot check of sources: 30 random sourced claims from the BBC business texts, for hand review.

Usage: .venv/bin/python bench/sources_sample.py [OUTPUT]   (default /tmp/claimx_sources_sample.md)

The output quotes BBC text, so it is written outside the repository. Each record shows the
figure, the source, role and cue claimx found, and the paragraph up to the figure; mark each
one right or wrong by hand. Also prints how long attribute() takes next to parsing.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from claimx.pipeline import load_pipeline
from claimx.quantities import find_quantities
from claimx.sources import attribute

BUSINESS = Path(__file__).resolve().parents[2] / "shared" / "bench" / "bbc" / "business"
SAMPLE_SIZE = 30
SEED = 20261126


def main() -> int:
    out_path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/claimx_sources_sample.md")
    if not BUSINESS.is_dir():
        print(f"skipped: {BUSINESS} not found (the BBC benchmark texts are not installed)")
        return 0
    paths = sorted(BUSINESS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    nlp = load_pipeline()  # parsed exactly as claimx parses

    started = time.perf_counter()
    docs = list(nlp.pipe(texts, disable=["claimx"]))
    parse_s = time.perf_counter() - started

    sourced = []
    started = time.perf_counter()
    spans_per_doc = [[(q.start, q.end) for q in find_quantities(doc.text)] for doc in docs]
    quantities_s = time.perf_counter() - started
    started = time.perf_counter()
    results = [attribute(doc, spans) for doc, spans in zip(docs, spans_per_doc, strict=True)]
    attribute_s = time.perf_counter() - started
    claims = 0
    for path, doc, spans, atts in zip(paths, docs, spans_per_doc, results, strict=True):
        claims += len(spans)
        for (start, end), att in zip(spans, atts, strict=True):
            if att.source is not None:
                sourced.append((path.name, doc.text, start, end, att))

    words = sum(len(doc) for doc in docs)
    print(f"{len(docs)} texts, {words} tokens, {claims} claims, {len(sourced)} with a source")
    print(f"parse {words / parse_s:,.0f} tokens/s; attribute() {attribute_s:.2f}s "
          f"({100 * attribute_s / parse_s:.1f}% of parse time); "
          f"find_quantities {quantities_s:.2f}s")

    sample = random.Random(SEED).sample(sourced, min(SAMPLE_SIZE, len(sourced)))
    lines = ["# claimx sources: random sample of sourced claims (BBC business)", "",
             "Mark each record [x] right or [ ] wrong.", ""]
    for k, (name, text, start, end, att) in enumerate(sample, 1):
        para_start = text.rfind("\n", 0, start) + 1
        context = text[max(para_start, start - 400) : end + 60].replace("\n", " ")
        lines += [
            f"## {k}. {name} `{text[start:end]}`",
            f"- source: **{att.source}**  role: {att.source_role}  cue: \"{att.source_text}\"",
            f"- context: ...{context}...",
            "- [ ] right",
            "",
        ]
    out_path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(sample)} records to {out_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
