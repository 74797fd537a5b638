"""Benchmark: subject head accuracy on BBC articles annotated blind (offsets only).

Usage: .venv/bin/python bench/bbc_subject_heads.py [--bbc DIR] [--show] [--show-agreed]

`bench/data/bbc_subject_heads.*.jsonl` holds, for BBC articles drawn at random (sets of 12,
each annotated by its own annotator), every numeric claim as character offsets: the figure,
its subject
phrase and the subject's head word. Annotators read the articles against the schema without
seeing claimx output. The files hold offsets, never text: the BBC articles are read from
../shared/bench/bbc, and the benchmark skips when they are absent.

Prints: claims annotated, how many claimx finds (overlapping span, same article), and of
those, how many get the subject right by head word (the issue's "9 in 10") and by phrase.
The "guidelines" column also counts as right a subject naming what an annotated container
holds ("the price of oil": oil; "the number of users": users): the brief asked annotators
for the container, gold/GUIDELINES.md and the issue ("the total number of mine victims" ->
mine victims) for what it holds.
Claims the annotator marked optional are reported apart. `--show` lists the misses;
`--show-agreed` lists only those two annotators of a set agreed on, where a miss is least
likely to be a matter of convention.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

import claimx
from claimx.dates import infer_reference_date
from claimx.evaluate import field_correct
from claimx.pipeline import Piece, load_pipeline
from claimx.subjects import _head_word, _unwrap_container
from claimx.units import unit_kind

HERE = Path(__file__).resolve().parent
DEFAULT_BBC = HERE.parent.parent / "shared" / "bench" / "bbc"


# Sets were annotated in rounds; each round's sets were held out, measured, then studied
# while improving the rules: C and D scored 83.7% of heads before they were opened, K, L
# and M 78.3%, N, O and P 79.9%, Q, R and S 77.4%, T, U and V 86.2%. W, X and Y came from a
# brief rewritten from the schema (bench/data/bbc_subject_heads.BRIEF-W-X-Y.md; it leaves
# open which word of a multi-word name heads it, and its annotators counted chart positions
# as claims): 72.9%; second annotators of X and Y under that brief agree on 84.8% and 85.3%
# of heads. AA, AB and AC, from the same brief: 80.2% when first measured (the rules of
# commit 0c21136, before W, X and Y were studied: 79.7%). AD, AE and AF, annotated last from
# the same brief, are held out: the rules of commit 9e41499 score 75.8% on them.
# Figures above were taken when a head-word mismatch on the very phrase the annotator wrote
# ("Nippon Steel": Nippon or Steel) counted as wrong; it counts as right since, which puts
# the agreement of X at 93.8% (Y unchanged) and 9e41499 at 76.1% on AD, AE and AF. AG, AH and
# AI, a second round from the same brief annotated the same day, were held out with them:
# 75.1% at 9e41499 and 75.8% at b54da4e over the six sets. AD and AG, the weakest sets (63.2%
# and 66.2%), were then opened to look for systematic causes; AE, AF, AH and AI stay held out
# (required heads right: 326 of 406 at 9e41499, 331 at b54da4e, 332 at 20ea79d). AJ, AK and
# AL, a fresh round from the same brief (27 business and 9 other articles drawn with seed
# 20261127 from those not yet annotated): 215 of 264 (81.4%) at fc36159, when AE, AF, AH and
# AI were opened in turn, and 213 at 5c5e309, after rules drawn from those; then opened. AM,
# AN and AO, drawn the same way with seed 20261128: 237 of 294 (80.6%) at fc36159, 234 at
# 5c5e309 and 234 at 7f77d88 (whose later rules were checked for regressions on unannotated
# BBC articles instead). Studied sets A to AL: 85.7% at fc36159, 87.3% at 7f77d88. AP, AQ and
# AR were annotated after those rules were written (seed 20261129, leaving out the articles
# whose output had been read in the regression checks), and are held out: 181 of 221 (81.9%)
# at fc36159, 182 (82.4%) at 9e74ffb. AS, AT and AU, a fourth round drawn the same way (seed
# 20261201), were annotated before the next rules were written and are held out too: 219 of
# 258 (84.9%) at fe82892, the same after the rules that followed (which gained 14 studied
# claims, lost none, and changed two subjects on unannotated articles). AP, AQ and AR were
# then opened (183 of 221 at b52a9c9). AV, AW and AX, a fifth round drawn the same way
# (seed 20261204, also leaving out the articles hand-checked in this round of work), were
# annotated after most of that work and are held out: 206 of 269 (76.6%) at fe82892. Over
# the six held-out sets: 425 of 527 at fe82892, 427 at 0acbce7; the two gained are one
# sentence of business/084 (AW), whose "sent $16bn home" turned up in a hand-checked sample
# and was fixed (the rules carried over to unseen news not at all, for better or worse).
# AY, AZ, BA, BB, BC and BD, a sixth round (seed 20261207: 54 business and 18 other articles,
# leaving out every article whose claimx output changed in any regression dump or appeared
# in a hand-checked sample), were annotated blind before any learned ranking was written:
# the rules of 6c2c0ee score 422 of 513 (82.3%) on them.
# AS to AX were then opened (427 of 527 at 6c2c0ee) and AY to BD alone stay held out.
# BE to BJ, a seventh round (seed 20261210; only 10 business articles were left, so 62 of its
# 70 articles are politics, tech, sport and entertainment), were annotated from the same brief
# (its only change: annotators kept out of /work/main and /tmp) before AY to BD were opened:
# 229 of 310 (73.9%) at f3cf6e4 and at 0dbf95a alike: not one claimx subject on those 70
# articles changed between the two. AY to BD were opened first (419 of 513 at f3cf6e4, 439
# after the rules drawn from them and from the studied sets), then BE to BJ (235 after a few
# rules drawn from them). BK to BP, an eighth round (seed 20261211, 72 articles, 7 of them
# business), were drawn leaving out every article whose subjects changed in that day's
# regression dumps, so they cannot show that day's gains (they are where its rules did not
# fire): 195 of 267 (73.0%) at f3cf6e4 and after the day's rules alike. They stay held out;
# two of their annotations (BN, entertainment/074, "It took $40.8m" and its conversion) were
# printed once by mistake in a regression dump, and no rule was shaped on them.
# Second annotators of BI (studied) and BL (held out) worked from the same brief.
# BQ to BV, a ninth round (seed 20261212, drawn at random from every article not yet
# annotated, with no article left out for having been read: 3 business, 69 other), were
# annotated blind from the same brief at 77b5adc, before the next day's rules, and are held
# out with BK to BP: 213 of 291 (73.2%) at 77b5adc, and 213 again at a8b2445, after that
# day's rules (drawn from the studied sets: +24 studied heads, +1 of the 558 held out, in BL).
# BK to BV were then opened. BW to CB, a tenth round (seed 20261213, drawn at random from every
# article not yet annotated: 3 business, 69 other), were annotated blind from the same brief
# at 9157c19, before the next rules, and alone are held out: 244 of 321 (76.0%) at 9157c19,
# 246 at c4ea9d2 (rules drawn from BK to BV: studied sets A to BV 4,793 -> 4,813 of 5,601).
# CC to CH, an eleventh round (seed 20261214, drawn at random from every article not yet
# annotated: 1 business, 71 other), were annotated blind from the same brief at 3e928c4,
# before the next rules, and alone are held out: 246 of 347 (70.9%) at 3e928c4. BW to CB
# were then opened for study; the rules drawn from them (studied A to CB 5,059 -> 5,082 of
# 5,922) left CC to CH at 246 (8507ce2); so did the next ones (5,082 -> 5,089, 905543a).
# CI to CN, a twelfth round (seed 20261215, drawn at random from every article not yet
# annotated: 0 business, 72 other), were annotated blind from the same brief at 2f6a241, before
# the next rules, and alone are held out: 217 of 296 (73.3%) at 2f6a241. CC to CH were then
# opened for study (studied A to CH: 5,335 of 6,269 at 2f6a241). The rules drawn from CC to
# CH (studied A to CH 5,335 -> 5,369, none lost) left CI to CN at 218 of 296 (77743b1).
# CO to CT, a thirteenth round (seed 20261216, drawn at random from every article not yet
# annotated: 1 business, 71 other), were annotated blind from the same brief at 272b96e, before
# the next rules, and alone are held out: 221 of 326 (67.8%) at 272b96e. CI to CN were then
# opened for study (studied A to CN: 5,587 of 6,565 at 272b96e). The rules drawn from CI to CN
# (studied A to CN 5,587 -> 5,614, none lost) left CO to CT at 221 of 326 (4125f23).
# CU to CZ, a fourteenth round (seed 20261217, drawn at random from every article not yet
# annotated: 1 business, 71 other), were annotated blind from the same brief at 8c6c74d, before
# the next rules, and alone are held out: 221 of 301 (73.4%) at 8c6c74d. CO to CT were then
# opened for study (studied A to CT: 5,835 of 6,891 at 8c6c74d). The per-kind line shows where
# unseen news is missed. Whole scores ("a 2-1 win", "6-4 7-5") are mostly counted wrong by
# convention: the brief asks for one claim about the result ("win"), gold/GUIDELINES.md, which
# claimx follows, for one optional claim per side about its team. The rules drawn from CO to CT
# (studied A to CT 5,835 -> 5,839) left CU to CZ at 221 of 301 (93317d2), and those of the
# next day 222 (77eed14). A second annotator of CX, while it was held out, agreed with the
# first on 61 of 70 heads; claimx (6d575d8) was right on 24 of those 61.
# DA to DF, a fifteenth round (seed 20261218, drawn at random from every article not yet
# annotated whose file name had not come up in that day's regression dumps: 3 business, 69
# other), were annotated blind from the same brief at 77eed14, before the next rules, and
# alone are held out: 223 of 305 (73.1%) at 77eed14. CU to CZ were then opened for study
# (studied A to CZ: 6,069 of 7,192 at 77eed14). The rules drawn from them (6,069 -> 6,073)
# took DA to DF to 225: both are DC's "Shrek 2 took $881m" and its conversion, which the
# regression dump printed after the rule was written. A dump of DA to DF's annotated claims
# was printed once by mistake after the last of those rules; no rule was shaped after it,
# but rules written later should be measured on a fresh round.
# DG to DL, a sixteenth round (seed 20261219, drawn the same way: 2 business, 70 other; DL is
# mostly one rugby results page, 47 of the round's required claims are whole scores), were
# annotated blind from the same brief at 5f53acd, before the next rules, and alone are held
# out: 236 of 337 (70.0%) at 5f53acd. DA to DF were then opened for study (A to DF: 6,298 of
# 7,497 at 5f53acd); the rules drawn from them (6,298 -> 6,301) took DG to DL to 237 (82f2c2b).
# DM to DR, a seventeenth round (seed 20261220, drawn the same way from the 690 articles left:
# 0 business, 72 other), were annotated blind from the same brief at f4cff51, before the next
# rules: 210 of 283 (74.2%) at f4cff51 (DG to DL: 237 of 337). DG to DL stay held out with
# them, so both rounds measure the rules written after. The rules drawn from A to DF next
# (studied 6,301 -> 6,331) took the 620 held-out heads from 447 to 450 (5eeffd7): DG to DL
# 240, DM to DR 210.
# DS to DX, an eighteenth round (seed 20261221, drawn the same way from the articles left,
# which leaves out those whose subjects changed in that day's first regression dumps: 1
# business, 71 other), were annotated blind from the same brief at 72e7a72 and are held out
# with DG to DR: 234 of 330 (70.9%) at 7eaf158 and at 4bda7cd alike. The two rules between
# (72e7a72: whom "the 27-year-old" stands for; 4bda7cd: sums "to be spent on" a thing),
# drawn from the studied sets (6,331 -> 6,338), took the 950 held-out heads from 684 to 683
# (one age in DH lost). Of the next ones, a counted plural tagged as a verb ("contains 34
# John Wayne films") and age ranges written with "between" (10b1742) left them at 683
# (studied 6,340); a ", half of which" rule (f3e3c31), whose only other firing turned one
# count of DU wrong, was taken back (c2a253c). The rules of the next session (1833c6e to
# 76ca85d), drawn from two gold documents and from the claims two annotators agreed on that
# claimx missed (--show-agreed), took studied A to DF from 6,340 to 6,348 and left the 950
# held-out heads at 683; with those that followed (573219d), drawn from all-BBC records with
# no subject: 6,354 of 7,509 found, held out 683 of 950.
# DY to ED, a nineteenth round (seed 20261222, drawn the same way from the 364 articles left
# after leaving out those whose subjects changed in any regression dump: 1 business, 71
# other), were annotated blind from the same brief at bd917bc, each set also by a second
# annotator (bench/data/agreement/...DY2 to ED2), and alone are held out: 237 of 314 (75.5%)
# at bd917bc. The annotators agree on 309 of the 329 heads both found; claimx is right on 228
# of those 309. DG to DX were then opened (studied A to DX: 7,037 of 8,459 at bd917bc); the
# rules drawn from them (ages standing for the story's protagonist, time "in" or "at" a place
# or state as its holder's, "it made $60m" after a person's film, a change "to X, from Y", a
# price "on sale for", "to become", money taken "on release", "I feel 100%", "the prize's 20
# years", "£6bn will be available for tax cuts", a plural tagged a verb after a name) took
# studied to 7,064 (1028769) and left DY to ED at 237.
# One held-out sentence (business/310, EB) and claimx's subject for it were printed once by
# an ad-hoc scan of all-BBC records; the rule it suggested was dropped, not committed.
# EE to EJ, a twentieth round (seed 20261223, drawn the same way from the 254 articles left:
# 1 business, 71 other), were annotated blind from the same brief at bcda906, each set also by
# a second annotator (bench/data/agreement/...EE2 to EJ2), and alone are held out: 273 of 356
# (76.7%) at bcda906. The annotators agree on 352 of the 369 heads both found; claimx is right
# on 261 of those 352. DY to ED were then opened (studied A to ED: 7,301 of 8,773 at bcda906);
# the rules drawn from them (a gap "13 points behind" as the team's, time over which a total
# piled up or a post was held as the subject's, "It took $42.8m" chains, "when" clauses, a sum
# "for the same period", "become ... in two years", "done nothing for eight years") took
# studied to 7,319 (0e347f8) and left EE to EJ at 273.
# EK to EP, a twenty-first round (seed 20261224, drawn the same way from the 170 articles
# left: 1 business, 71 other), were annotated blind from the same brief at 055e471, each set
# also by a second annotator (bench/data/agreement/...EK2 to EP2), and alone are held out:
# 240 of 316 (75.9%) at 055e471. The annotators agree on 312 of the 332 heads both found;
# claimx is right on 234 of those 312. EE to EJ were then opened (studied A to EJ: 7,592 of
# 9,129 at 055e471); the rules drawn from them took studied to 7,684 (of 9,131, 59b4a78) and
# EK to EP to 245 of 316, all 5 from scores written before a result ("a 3-2 win") read as
# measuring the result, as 104 of 106 studied annotations of such scores do.
# EQ to EV, a twenty-second round (seed 20261225, 72 articles: 3 business, 69 other), were
# drawn from the 413 articles not yet annotated whose claimx subjects did not change between
# 8c6c74d, 77eed14, bd917bc, bcda906, 055e471 and af608e9 (the earlier list of articles read in
# regression dumps was lost with its machine; this one stands in for it), annotated blind from
# the same brief at af608e9, each set also by a second annotator (bench/data/agreement/...EQ2
# to EV2), and alone are held out: 298 of 367 (81.2%) at af608e9. The annotators agree on 347
# of the 367 heads both found; claimx is right on 284 of those 347. EK to EP were then opened
# (studied A to EP: 7,929 of 9,447 at af608e9). The rules drawn from them, with "twice" and
# multiplication verbs read as figures, took studied to 7,984 of 9,513 and EQ to EV to 299
# of 369 (a "twice" now found right, a "-fold" now found wrong; agreed heads 285 of 347).
# EW to FB, a twenty-third round (seed 20261226, 72 articles: 4 business, 68 other), were
# drawn from the 325 articles not yet annotated whose claimx subjects did not change between
# those six commits nor between af608e9 and 6d924d3, annotated blind from the same brief at
# 6d924d3, each set also by a second annotator (bench/data/agreement/...EW2 to FB2), and alone
# are held out: 284 of 352 (80.7%) at 6d924d3. The annotators agree on 352 of the 361 heads
# both found; claimx is right on 278 of those 352. EQ to EV were then opened (studied A to EV:
# 8,283 of 9,882 at 6d924d3). The rules drawn from them, with multiples before what they are
# compared with, half an hour and "decade-long" read as figures, took studied to 8,326 of
# 9,912 and EW to FB to 287 of 354 (agreed heads 281 of 352).
# FC to FH, a twenty-fourth round (seed 20261227, 72 articles: 1 business, 71 other), were
# drawn from the 246 articles not yet annotated, leaving out as before those whose subjects
# changed between 6d924d3 and f367a60, annotated blind from the same brief at f367a60, each
# set also by a second annotator (bench/data/agreement/...FC2 to FH2), and alone are held
# out: 230 of 283 (81.3%) at f367a60. The annotators agree on 300 of the 305 heads both
# found; claimx is right on 229 of those 300. EW to FB were then opened (studied A to FB:
# 8,613 of 10,266 at f367a60). The rules drawn from them took studied to 8,631 and left FC
# to FH at 230 of 283 (agreed heads 229 of 300): they changed records in 2 of its 72
# articles, and no held-out head was gained or lost.
# FI to FN, a twenty-fifth round (seed 20261228, 72 articles: none business), were drawn from
# the 160 articles left once those annotated, those given to an annotator before (an article
# with no numeric claim leaves no line in a set, so the briefs of the last three rounds were
# set aside too) and, as before, those whose subjects changed between f367a60 and da218dd
# were set aside, annotated blind from the same brief at da218dd, each set also by a second
# annotator (bench/data/agreement/...FI2 to FN2), and alone are held out: 169 of 217 (77.9%)
# at da218dd. The annotators agree on 219 of the 229 heads both found; claimx is right on 166 of
# those 219. FC to FH were then opened (studied A to FH: 8,861 of 10,549 at da218dd). The
# rules drawn from them took studied to 8,885 and left FI to FN at 169 of 217 (agreed heads
# 166 of 219).
HELD_OUT = {"FI", "FJ", "FK", "FL", "FM", "FN"}


def load_annotations() -> list[dict[str, Any]]:
    rows = []
    for path in sorted((HERE / "data").glob("bbc_subject_heads.*.jsonl")):
        label = path.suffixes[0].strip(".")
        with open(path, encoding="utf-8") as handle:
            rows.extend({**json.loads(line), "set": label} for line in handle if line.strip())
    return rows


def as_gold(row: dict[str, Any], text: str) -> dict[str, Any]:
    """An annotation as a gold-style record, with the subject and head read from the text."""
    subject = head = None
    if row.get("subject_start") is not None:
        subject = text[row["subject_start"]:row["subject_end"]]
        head = text[row["head_start"]:row["head_end"]]
    return {"start": row["start"], "end": row["end"], "subject": subject, "subject_head": head,
            "optional": str(row.get("note", "")).lower().startswith("optional")}


def contained(doc: Doc, row: dict[str, Any]) -> Token | None:
    """What an annotated container head holds ("the price of oil": oil), if it is one: the
    annotation brief asks for the container, gold/GUIDELINES.md (which claimx follows) for
    what it holds, so either counts as right in the "guidelines" column."""
    if row.get("head_start") is None:
        return None
    head = doc.char_span(row["head_start"], row["head_end"], alignment_mode="expand")
    if head is None:
        return None
    inner = _unwrap_container(head.root)
    return inner if inner != head.root else None


def names_contents(doc: Doc, row: dict[str, Any], pred: dict[str, Any]) -> bool:
    inner = contained(doc, row)
    return inner is not None and pred.get("subject") is not None and field_correct(
        "subject", "lenient", pred, {"subject": inner.text, "subject_head": _head_word(inner)})


# A whole score as annotators mark it ("a 2-1 win", "6-4 7-5"): gold/GUIDELINES.md makes each
# side its own optional claim whose subject is the team, the brief the score as one claim.
_SCORE = re.compile(r"\d{1,2}\s?[-–]\s?\d{1,2}\b.*")
_AGE = re.compile(r"year-old|years? old|\baged\b", re.IGNORECASE)
KINDS = ("count", "money", "share", "duration", "age", "score", "measure")


def figure_kind(figure: str, pred: dict[str, Any]) -> str:
    """What an annotated figure measures, for the per-kind breakdown: from its text (a
    score, an age) and the unit claimx gave the matching record."""
    if _SCORE.fullmatch(figure):
        return "score"
    if _AGE.search(figure):
        return "age"
    unit = pred.get("unit")
    if unit is None:
        return "count"
    return "share" if unit_kind(unit) in ("percent", "fraction") else unit_kind(unit)


def best_match(gold: dict[str, Any], predictions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The prediction whose span overlaps the annotated figure most, if any does."""
    best, best_overlap = None, 0
    for pred in predictions:
        overlap = min(pred["end"], gold["end"]) - max(pred["start"], gold["start"])
        if overlap > best_overlap:
            best, best_overlap = pred, overlap
    return best


def agreement(bbc: Path, predicted: dict[str, list[dict[str, Any]]]) -> list[tuple[str, ...]]:
    """Head agreement between two annotators who annotated the same set independently
    (bench/data/agreement/...X2.jsonl against set X): the ceiling a tool can be held to; and
    claimx against each of them and on the claims where they agree. Returns the claims they
    agree on that claimx gets wrong."""
    missed: list[tuple[str, ...]] = []
    held_out_kinds: dict[str, list[int]] = {}  # agreed held-out heads: [found, claimx right]
    for second in sorted((HERE / "data" / "agreement").glob("bbc_subject_heads.*2.jsonl")):
        label = second.suffixes[0].strip(".")[:-1]
        first_rows = [r for r in load_annotations() if r["set"] == label]
        with open(second, encoding="utf-8") as handle:
            second_rows = [json.loads(line) for line in handle if line.strip()]
        texts = {f: (bbc / f).read_text(encoding="utf-8", errors="replace")
                 for f in {r["file"] for r in first_rows}}
        both = same = 0
        tool = [0, 0, 0]  # claimx head right against the first, the second, where they agree
        for row in first_rows:
            text = texts[row["file"]]
            gold = as_gold(row, text)
            others = [as_gold(r, text) for r in second_rows if r["file"] == row["file"]]
            other = best_match(gold, others)
            if other is None or gold["optional"] or other["optional"]:
                continue
            both += 1
            agreed = field_correct("subject", "lenient", other, gold)
            same += agreed
            pred = best_match(gold, predicted.get(row["file"], []))
            if pred is not None:
                right = field_correct("subject", "lenient", pred, gold)
                tool[0] += right
                tool[1] += field_correct("subject", "lenient", pred, other)
                tool[2] += agreed and right
                if agreed and label in HELD_OUT:
                    kind = held_out_kinds.setdefault(
                        figure_kind(text[gold["start"]:gold["end"]], pred), [0, 0])
                    kind[0] += 1
                    kind[1] += right
                if agreed and not right:
                    missed.append((label, row["file"], text[gold["start"]:gold["end"]],
                                   str(gold["subject"]), str(pred["subject"]),
                                   (pred.get("sentence") or "").replace("\n", " ")))
        print(f"two annotators of set {label}: {both} required claims both found, "
              f"same head on {same} ({same / max(both, 1):.1%}); claimx agrees with the "
              f"first on {tool[0]}, the second on {tool[1]}, and is right on {tool[2]} of the "
              f"{same} they agree on ({tool[2] / max(same, 1):.1%})")
    if held_out_kinds:
        print("held-out heads two annotators agree on, claimx right by kind of figure: "
              + ", ".join(f"{kind} {held_out_kinds[kind][1]}/{held_out_kinds[kind][0]}"
                          for kind in KINDS if kind in held_out_kinds))
    return missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bbc", type=Path, default=DEFAULT_BBC)
    parser.add_argument("--show-agreed", action="store_true",
                        help="print each claim two annotators agree on that claimx misses "
                        "(prints BBC text)")
    parser.add_argument("--show", action="store_true",
                        help="print each miss of the studied sets (prints BBC text)")
    parser.add_argument("--model", default=claimx.DEFAULT_MODEL)
    args = parser.parse_args()
    rows = load_annotations()
    files = sorted({r["file"] for r in rows})
    if not all((args.bbc / f).is_file() for f in files):
        print(f"skipped: BBC texts not found under {args.bbc}")
        return 0
    nlp = load_pipeline(args.model)

    tally: dict[str, dict[str, int]] = {}
    # held-out required claims: [found, head right, head right under the guidelines]
    by_set: dict[str, list[int]] = {}
    by_kind: dict[str, list[int]] = {}  # held-out required claims found: [found, head right]
    misses = []
    predicted: dict[str, list[dict[str, Any]]] = {}
    for name in files:
        text = (args.bbc / name).read_text(encoding="utf-8", errors="replace")
        reference, how = infer_reference_date(text)
        doc = nlp(Piece(name, 0, text, reference, how).make_doc(nlp))  # as claimx.extract
        predictions = doc._.claims
        predicted[name] = predictions
        for row in (r for r in rows if r["file"] == name):
            gold = as_gold(row, text)
            group = "held-out" if row["set"] in HELD_OUT else "studied"
            kind = "optional" if gold["optional"] else "required"
            counts = tally.setdefault(f"{group} {kind}", dict.fromkeys(
                ("gold", "found", "head", "guidelines", "phrase"), 0))
            counts["gold"] += 1
            pred = best_match(gold, predictions)
            show = row["set"] not in HELD_OUT
            if pred is None:
                if show:
                    misses.append((name, text[gold["start"]:gold["end"]], gold["subject"],
                                   "NOT FOUND", ""))
                continue
            counts["found"] += 1
            counts["phrase"] += field_correct("subject", "strict", pred, gold)
            right = field_correct("subject", "lenient", pred, gold)
            guided = right or names_contents(doc, row, pred)
            counts["guidelines"] += guided
            if group == "held-out" and kind == "required":
                tallied = by_set.setdefault(row["set"], [0, 0, 0])
                tallied[0] += 1
                tallied[1] += right
                tallied[2] += guided
                kind_tally = by_kind.setdefault(
                    figure_kind(text[gold["start"]:gold["end"]], pred), [0, 0])
                kind_tally[0] += 1
                kind_tally[1] += right
            if right:
                counts["head"] += 1
            elif show:
                misses.append((name, pred["text"], gold["subject"], pred["subject"],
                               (pred["sentence"] or "").replace("\n", " ")))

    print(f"BBC blind subject annotations: {len(rows)} claims in {len(files)} articles")
    print(f"{'claims':<18} {'annotated':>9} {'found':>7} {'head right':>16} "
          f"{'(guidelines)':>16} {'phrase right':>16}")
    for group, c in sorted(tally.items()):
        found = max(c["found"], 1)
        print(f"{group:<18} {c['gold']:>9} {c['found']:>7} "
              f"{c['head']:>7} ({c['head'] / found:6.1%}) "
              f"{c['guidelines']:>7} ({c['guidelines'] / found:6.1%}) "
              f"{c['phrase']:>7} ({c['phrase'] / found:6.1%})")
    print("held-out required, head right by set (guidelines in brackets): " + ", ".join(
        f"{label} {head}/{found} ({head / max(found, 1):.1%}; {guided})"
        for label, (found, head, guided) in sorted(by_set.items())))
    print("held-out required, head right by kind of figure: " + ", ".join(
        f"{kind} {by_kind[kind][1]}/{by_kind[kind][0]}" for kind in KINDS if kind in by_kind))
    agreed_misses = agreement(args.bbc, predicted)
    if args.show_agreed:
        print("\nmisses two annotators agree on (set | article | figure | annotated subject | "
              "claimx subject | sentence):")
        for miss in agreed_misses:
            if miss[0] not in HELD_OUT:
                print(" | ".join(miss))
    if args.show:
        print("\nmisses (article | figure | annotated subject | claimx subject | sentence):")
        for miss in misses:
            print(" | ".join(str(part) for part in miss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
