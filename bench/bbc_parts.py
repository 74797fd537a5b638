"""Benchmark: links from a part to its whole (`part_of`) on BBC articles annotated blind.

Usage: .venv/bin/python bench/bbc_parts.py [--bbc DIR] [--show]

`bench/data/bbc_parts.P*.jsonl` holds, for BBC articles drawn at random in sets of 30 (each
read by its own annotator from `bench/data/bbc_parts.BRIEF.md` without seeing claimx), every
pair of figures where the text makes one a part of the other ("143 buildings including 70
schools", "of whom 70", "22 of the 30"), as character offsets. Three rounds, each measured
before any rule was shaped on it:
- P1 to P4, business (seed 20261227): 8 right, 2 wrong, 32 missed at the first rules; P1 and
  P2 were then studied.
- P5, P6 business, P7 politics, P8 tech (seed 20261229): 5 right, 10 wrong, 24 missed at
  78b08c6; then studied.
- P9 politics, P10 tech, P11 entertainment, P12 sport (seed 20261230): 8 right, 0 wrong,
  14 missed at the rules of 42b711e; held out (not studied): 9 right, 13 missed at a4ef281,
  whose last rules came from an independent check of links outside all these sets.
The first line of each file lists the articles read, so an article without pairs counts too.
`bench/data/agreement/bbc_parts.P12.jsonl` is a second annotator's reading of set P1.
The files hold offsets, never text: the articles are read from ../shared/bench/bbc, and the
benchmark skips when they are absent.

A predicted link is right when its part and its whole overlap the two figures of an annotated
pair. Pairs the annotator marked optional count neither way. Prints precision and recall per
set and over the held-out sets, the two annotators' agreement on P1, and with --show each
wrong and missed link of the studied sets.
`--out FILE` also writes every link claimx makes in the 510 business articles, with its
sentences, for reading by hand (37 on 2026-11-27, all read as right).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import claimx
from claimx.evaluate import Counts

HERE = Path(__file__).resolve().parent
DEFAULT_BBC = HERE.parent.parent / "shared" / "bench" / "bbc"

HELD_OUT = {"P9", "P10", "P11", "P12"}  # annotated after the last rules were written

Span = tuple[int, int]
Link = tuple[str, Span, Span]  # article, part, whole


def load_set(path: Path) -> tuple[list[str], list[Link], list[Link]]:
    """(articles read, required links, optional links) of one annotation file."""
    with open(path, encoding="utf-8") as handle:
        lines = [json.loads(line) for line in handle if line.strip()]
    required: list[Link] = []
    optional: list[Link] = []
    for row in lines[1:]:
        link = (row["file"], (row["part_start"], row["part_end"]),
                (row["whole_start"], row["whole_end"]))
        soft = str(row.get("note", "")).lower().startswith("optional")
        (optional if soft else required).append(link)
    return lines[0]["articles"], required, optional


def predicted_links(bbc: Path, articles: list[str], model: str) -> list[Link]:
    links: list[Link] = []
    for name in articles:
        text = (bbc / name).read_text(encoding="utf-8", errors="replace")
        claims = claimx.extract(text, doc_id=name, model=model)
        spans = {c.claim_id: (c.start, c.end) for c in claims}
        links += [(name, (c.start, c.end), spans[c.part_of]) for c in claims if c.part_of]
    return links


def _overlap(a: Span, b: Span) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def _same(a: Link, b: Link) -> bool:
    return a[0] == b[0] and _overlap(a[1], b[1]) and _overlap(a[2], b[2])


def score(links: list[Link], required: list[Link], optional: list[Link]
          ) -> tuple[int, int, int, list[Link], list[Link]]:
    """(right, wrong, missed, the wrong links, the missed pairs)."""
    right = [p for p in links if any(_same(p, g) for g in required)]
    wrong = [p for p in links if p not in right and not any(_same(p, g) for g in optional)]
    missed = [g for g in required if not any(_same(p, g) for p in links)]
    return len(right), len(wrong), len(missed), wrong, missed


def _figures(right: int, wrong: int, missed: int) -> str:
    scores = Counts(cor=right, spu=wrong, mis=missed).scores()  # as claimx evaluate's links
    return (f"right {right:>3}  wrong {wrong:>3}  missed {missed:>3}   "
            f"P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}")


def _show(bbc: Path, label: str, links: list[Link]) -> None:
    for name, part, whole in links:
        text = (bbc / name).read_text(encoding="utf-8", errors="replace")
        print(f"  {label} {name}: {text[part[0]:part[1]]!r} -> {text[whole[0]:whole[1]]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    parser.add_argument("--show", action="store_true",
                        help="print each wrong and missed link (prints BBC text)")
    parser.add_argument("--model", default=claimx.DEFAULT_MODEL)
    parser.add_argument("--out", type=Path,
                        help="also write every link claimx makes in the 510 business articles, "
                             "with its sentences, to this file, for checking by hand")
    args = parser.parse_args()
    paths = sorted((HERE / "data").glob("bbc_parts.P*.jsonl"),
                   key=lambda path: int(path.suffixes[0].strip(".P")))
    sets = {path.suffixes[0].strip("."): load_set(path) for path in paths}
    articles = sorted({a for read, _, _ in sets.values() for a in read})
    if not all((args.bbc / a).is_file() for a in articles):
        print(f"skipped: BBC texts not found under {args.bbc}")
        return 0
    links = predicted_links(args.bbc, articles, args.model)
    print(f"BBC part -> whole links: {len(articles)} articles, "
          f"{sum(len(r) for _, r, _ in sets.values())} annotated pairs "
          f"(+{sum(len(o) for _, _, o in sets.values())} optional), "
          f"{len(links)} links predicted")
    total = [0, 0, 0]
    held_out = [0, 0, 0]
    for label, (read, required, optional) in sets.items():
        mine = [link for link in links if link[0] in read]
        right, wrong, missed, wrong_links, missed_links = score(mine, required, optional)
        total = [total[0] + right, total[1] + wrong, total[2] + missed]
        if label in HELD_OUT:
            held_out = [held_out[0] + right, held_out[1] + wrong, held_out[2] + missed]
        print(f"set {label} ({len(read)} articles): {_figures(right, wrong, missed)}")
        if args.show and label not in HELD_OUT:
            _show(args.bbc, "wrong ", wrong_links)
            _show(args.bbc, "missed", missed_links)
    print(f"held-out P9 to P12:{'':>7}{_figures(*held_out)}")
    print(f"all sets:{'':>17}{_figures(*total)}")
    for second in sorted((HERE / "data" / "agreement").glob("bbc_parts.*.jsonl")):
        label = second.suffixes[0].strip(".")[:-1]
        _, first_required, first_optional = sets[label]
        _, second_required, second_optional = load_set(second)
        # The second annotator's pairs scored against the first's, as claimx's are.
        right, wrong, missed, _, _ = score(second_required, first_required, first_optional)
        print(f"second annotator of set {label} against the first: "
              f"{_figures(right, wrong, missed)}")
        mine = [link for link in links if link[0] in sets[label][0]]
        right, wrong, missed, _, _ = score(mine, second_required, second_optional)
        print(f"claimx against the second annotator of set {label}:  "
              f"{_figures(right, wrong, missed)}")
    if args.out is not None:
        write_business_links(args.bbc, args.model, args.out)
    return 0


def write_business_links(bbc: Path, model: str, out: Path) -> None:
    """Every link in the business articles: article | part -> whole | sentence(s)."""
    lines = []
    for path in sorted((bbc / "business").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        claims = claimx.extract(text, doc_id=path.stem, model=model)
        by_id = {c.claim_id: c for c in claims}
        for part in (c for c in claims if c.part_of):
            whole = by_id[part.part_of]
            context = part.sentence if whole.sentence == part.sentence else (
                f"{whole.sentence} || {part.sentence}")
            lines.append(f"business/{path.name} | {part.text!r} -> {whole.text!r} | {context}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} links in the business articles written to {out}")


if __name__ == "__main__":
    sys.exit(main())
