"""Scoring claims against gold: gold loading and validation, one-to-one alignment, counts, scores.

Vocabulary as in SemEval-2013 task 9.1 / nervaluate: COR, INC, MIS, SPU; possible =
COR+INC+MIS, actual = COR+INC+SPU. Counts are summed over documents and metrics computed
once (micro-average); alignment is one-to-one, exact spans first, then largest overlap.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeGuard

from claimx.records import QUALIFIERS

FIELDS = ("mention", "value", "unit", "subject", "date", "source")
SCHEMES = ("strict", "lenient")
_ISO_DATE = re.compile(
    r"^\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?(?:/\d{4}(?:-(?:Q[1-4]|H[12]|\d{2}(?:-\d{2})?))?)?$"
)
_ARTICLES = re.compile(r"^(?:the|a|an|its|their|his|her|our)\s+")
_NUMBER_FIELDS = ("value", "value_low", "value_high")
_TEXT_FIELDS = ("unit", "subject", "subject_head", "date", "source", "text")
# A part's link to its whole: the whole's claim_id. Gold may mark a link optional (careful
# annotators could disagree on it): predicting it or not is then neither right nor wrong.
_LINK_FIELDS = ("part_of", "part_of_optional")


class GoldError(ValueError):
    """Gold files that break the contract; `problems` holds one `file:line: what` per fault."""

    def __init__(self, problems: list[str]):
        super().__init__("\n".join(problems))
        self.problems = problems


def load_gold(
    gold_dir: str | Path, texts: Mapping[str, str] | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Every `*.jsonl` in `gold_dir`, validated; keyed by doc_id (the file stem).

    With `texts` (doc_id -> input text) the spans are checked against the text too.
    Raises GoldError listing every problem found, not just the first.
    """
    folder = Path(gold_dir)
    if not folder.is_dir():
        raise GoldError([f"{gold_dir}: not a directory of gold files"])
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise GoldError([f"{gold_dir}: holds no *.jsonl gold files"])
    gold: dict[str, list[dict[str, Any]]] = {}
    problems: list[str] = []
    for path in files:
        doc_id = path.stem
        text = texts.get(doc_id) if texts is not None else None
        gold[doc_id] = _load_gold_file(path, doc_id, text, problems)
    if problems:
        raise GoldError(problems)
    return gold


def _load_gold_file(
    path: Path, doc_id: str, text: str | None, problems: list[str]
) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    starts: dict[int, int] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{where}: not valid JSON ({exc.msg})")
                continue
            if not isinstance(record, dict):
                problems.append(f"{where}: expected a JSON object, got {type(record).__name__}")
                continue
            faults = check_gold_record(record, doc_id, text)
            problems.extend(f"{where}: {fault}" for fault in faults)
            if faults:
                continue
            if record["start"] in starts:
                problems.append(
                    f"{where}: duplicate claim at start {record['start']} "
                    f"(also line {starts[record['start']]})"
                )
                continue
            starts[record["start"]] = number
            records.append(record)
    for record in records:
        for name in _LINK_FIELDS:
            whole = record.get(name)
            if whole is not None and _linked_start(whole, doc_id) not in starts:
                problems.append(
                    f"{path}:{starts[record['start']]}: {name} {whole!r} is not the claim_id "
                    f"('{doc_id}:START') of another claim in this file"
                )
    return records


def _linked_start(claim_id: Any, doc_id: str) -> int | None:
    """The start offset a claim_id of this document names, else None."""
    prefix = f"{doc_id}:"
    if not isinstance(claim_id, str) or not claim_id.startswith(prefix):
        return None
    start = claim_id[len(prefix):]
    return int(start) if start.isdigit() else None


def check_gold_record(record: dict[str, Any], doc_id: str, text: str | None) -> list[str]:
    """What is wrong with one gold record, as messages."""
    faults = []
    if record.get("doc_id", doc_id) != doc_id:
        faults.append(f"doc_id {record['doc_id']!r} does not match the file name ({doc_id!r})")
    for name in ("start", "end", "value", "text"):
        if name not in record:
            faults.append(f"missing required field {name!r}")
    if faults:
        return faults
    start, end = record["start"], record["end"]
    if not (_is_int(start) and _is_int(end)):
        return [f"start and end must be integers, got {start!r} and {end!r}"]
    if end <= start or start < 0:
        faults.append(f"end ({end}) must be > start ({start}) >= 0")
    for name in _NUMBER_FIELDS:
        number = record.get(name)
        if number is None and name != "value":
            continue
        if not _is_number(number) or not math.isfinite(number):
            faults.append(f"{name} must be a finite number, got {number!r}")
    low, high = record.get("value_low"), record.get("value_high")
    if _is_number(low) and _is_number(high) and low > high:
        faults.append(f"value_low ({low}) must be <= value_high ({high})")
    qualifier = record.get("qualifier", "exact")
    if qualifier not in QUALIFIERS:
        faults.append(f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    for name in _TEXT_FIELDS + _LINK_FIELDS:
        if record.get(name) is not None and not isinstance(record[name], str):
            faults.append(f"{name} must be a string or null, got {record[name]!r}")
    date = record.get("date")
    if isinstance(date, str) and not _ISO_DATE.match(date):
        faults.append(f"date {date!r} is not ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Q1, X/Y)")
    if not isinstance(record.get("optional", False), bool):
        faults.append(f"optional must be true or false, got {record['optional']!r}")
    if text is not None and not faults:
        if end > len(text):
            faults.append(f"end ({end}) is past the end of the text ({len(text)} chars)")
        elif text[start:end] != record["text"]:
            faults.append(
                f"text {record['text']!r} does not match the input at {start}:{end} "
                f"({text[start:end]!r})"
            )
    return faults


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def _is_number(x: Any) -> TypeGuard[float]:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


# --- alignment -------------------------------------------------------------------------


def _same_value(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def align(
    predictions: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction index, gold index) of one document.

    Candidates overlap and have equal values; exact spans are paired first, then the
    largest overlaps, so a prediction never steals the gold claim another matches better.
    """
    candidates = []
    for i, p in enumerate(predictions):
        for j, g in enumerate(gold):
            overlap = min(p["end"], g["end"]) - max(p["start"], g["start"])
            if overlap > 0 and _same_value(float(p["value"]), float(g["value"])):
                exact = p["start"] == g["start"] and p["end"] == g["end"]
                candidates.append((not exact, -overlap, bool(g.get("optional")), i, j))
    candidates.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for *_, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


# --- field comparisons -----------------------------------------------------------------


def _norm(text: Any) -> str | None:
    if text is None:
        return None
    cleaned = re.sub(r"\s+", " ", str(text).strip().lower().strip(".,;:\"'“”‘’"))
    return _ARTICLES.sub("", cleaned) or None


def _singular(word: str) -> str:
    for suffix, repl in (("ies", "y"), ("ses", "s"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    return word


def _head(record: dict[str, Any]) -> str | None:
    head = record.get("subject_head")
    if head is None and record.get("subject"):
        head = str(record["subject"]).split()[-1]
    norm = _norm(head)
    return _singular(norm) if norm else None


def _last_name(name: Any) -> str | None:
    norm = _norm(name)
    return norm.split()[-1] if norm else None


def field_correct(name: str, scheme: str, pred: dict[str, Any], gold: dict[str, Any]) -> bool:
    """Whether a paired prediction gets field `name` right under `scheme`."""
    if name == "mention":
        return True
    if name == "value":
        if scheme == "lenient":
            return True
        return pred.get("qualifier", "exact") == gold.get("qualifier", "exact") and all(
            (pred.get(k) is None and gold.get(k) is None)
            or (pred.get(k) is not None and gold.get(k) is not None
                and _same_value(float(pred[k]), float(gold[k])))
            for k in ("value_low", "value_high")
        )
    if name == "unit":
        p, g = pred.get("unit"), gold.get("unit")
        return p == g if scheme == "strict" else _norm(p) == _norm(g)
    if name == "subject":
        same_phrase = _norm(pred.get("subject")) == _norm(gold.get("subject"))
        if scheme == "strict":
            return same_phrase
        # Lenient is never stricter than strict: the very phrase the annotator wrote is right
        # whichever of its words each side calls the head ("Nippon Steel": Nippon or Steel).
        return _head(pred) == _head(gold) or (same_phrase and gold.get("subject") is not None)
    if name == "date":
        p, g = pred.get("date"), gold.get("date")
        if scheme == "strict" or p is None or g is None:
            return p == g
        return p == g or p.startswith(g)
    if name == "source":
        if scheme == "strict":
            return _norm(pred.get("source")) == _norm(gold.get("source"))
        return _last_name(pred.get("source")) == _last_name(gold.get("source"))
    raise ValueError(f"unknown field {name!r}")


# --- counts and scores -----------------------------------------------------------------


@dataclass
class Counts:
    cor: int = 0
    inc: int = 0
    mis: int = 0
    spu: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.cor += other.cor
        self.inc += other.inc
        self.mis += other.mis
        self.spu += other.spu
        return self

    @property
    def possible(self) -> int:
        return self.cor + self.inc + self.mis

    @property
    def actual(self) -> int:
        return self.cor + self.inc + self.spu

    def scores(self) -> dict[str, float]:
        precision = self.cor / self.actual if self.actual else 0.0
        recall = self.cor / self.possible if self.possible else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": precision, "recall": recall, "f1": f1}

    def to_dict(self) -> dict[str, Any]:
        return {"COR": self.cor, "INC": self.inc, "MIS": self.mis, "SPU": self.spu,
                "possible": self.possible, "actual": self.actual, **self.scores()}


ROWS = FIELDS + ("record",)


@dataclass
class DocumentScore:
    doc_id: str
    gold: int
    predicted: int
    counts: dict[tuple[str, str], Counts] = field(default_factory=dict)
    links: Counts = field(default_factory=Counts)  # part -> whole links (COR, MIS, SPU)


def score_document(
    doc_id: str, predictions: list[dict[str, Any]], gold: list[dict[str, Any]]
) -> DocumentScore:
    """Counts for every (field, scheme) of one document."""
    pairs = align(predictions, gold)
    paired_p = {i for i, _ in pairs}
    paired_g = {j for _, j in pairs}
    optional_pairs = [(i, j) for i, j in pairs if gold[j].get("optional")]
    scored_pairs = [(i, j) for i, j in pairs if not gold[j].get("optional")]
    spurious = len(predictions) - len(paired_p)
    missing = sum(1 for j, g in enumerate(gold) if j not in paired_g and not g.get("optional"))
    result = DocumentScore(doc_id, gold=sum(1 for g in gold if not g.get("optional")),
                           predicted=len(predictions) - len(optional_pairs))
    for scheme in SCHEMES:
        record_counts = Counts(mis=missing, spu=spurious)
        per_pair_ok = [True] * len(scored_pairs)
        for name in FIELDS:
            counts = Counts(mis=missing, spu=spurious)
            for k, (i, j) in enumerate(scored_pairs):
                if field_correct(name, scheme, predictions[i], gold[j]):
                    counts.cor += 1
                else:
                    counts.inc += 1
                    per_pair_ok[k] = False
            result.counts[(name, scheme)] = counts
        record_counts.cor = sum(per_pair_ok)
        record_counts.inc = len(per_pair_ok) - record_counts.cor
        result.counts[("record", scheme)] = record_counts
    for counts in result.counts.values():
        assert counts.possible == result.gold and counts.actual == result.predicted
    result.links = score_links(doc_id, predictions, gold, pairs)
    return result


def score_links(
    doc_id: str, predictions: list[dict[str, Any]], gold: list[dict[str, Any]],
    pairs: list[tuple[int, int]],
) -> Counts:
    """Part -> whole links: a predicted link is right when its part and its whole pair with
    the two ends of a gold link. Links gold marks optional (or whose part is an optional
    mention) count neither way."""
    gold_of = dict(pairs)
    index_at = {g["start"]: j for j, g in enumerate(gold)}
    required: set[tuple[int, int]] = set()
    optional: set[tuple[int, int]] = set()
    for j, g in enumerate(gold):
        for name in _LINK_FIELDS:
            start = _linked_start(g.get(name), doc_id)
            whole = index_at.get(start) if start is not None else None
            if whole is not None:
                soft = name == "part_of_optional" or bool(g.get("optional"))
                (optional if soft else required).add((j, whole))
    ids = {str(p.get("claim_id") or f"{doc_id}:{p['start']}"): i
           for i, p in enumerate(predictions)}
    counts = Counts()
    hit: set[tuple[int, int]] = set()
    for i, pred in enumerate(predictions):
        if pred.get("part_of") is None:
            continue
        whole_i = ids.get(str(pred["part_of"]))
        link = (gold_of.get(i, -1), gold_of.get(whole_i, -1) if whole_i is not None else -1)
        if link in required:
            counts.cor += 1
            hit.add(link)
        elif link not in optional:
            counts.spu += 1
    counts.mis = len(required - hit)
    return counts


@dataclass
class Report:
    documents: list[DocumentScore]
    total: dict[tuple[str, str], Counts]
    warnings: list[str] = field(default_factory=list)

    def links(self) -> Counts:
        total = Counts()
        for document in self.documents:
            total += document.links
        return total

    def to_dict(self) -> dict[str, Any]:
        def table(counts: dict[tuple[str, str], Counts]) -> dict[str, Any]:
            return {scheme: {name: counts[(name, scheme)].to_dict() for name in ROWS}
                    for scheme in SCHEMES}

        return {
            "documents": [
                {"doc_id": d.doc_id, "gold": d.gold, "predicted": d.predicted,
                 "scores": table(d.counts), "part_of_links": d.links.to_dict()}
                for d in self.documents
            ],
            "micro": {"documents": len(self.documents),
                      "gold": sum(d.gold for d in self.documents),
                      "predicted": sum(d.predicted for d in self.documents),
                      "scores": table(self.total),
                      "part_of_links": self.links().to_dict()},
            "warnings": self.warnings,
        }


def evaluate(
    predictions: Iterable[dict[str, Any]],
    gold: Mapping[str, list[dict[str, Any]]],
    doc_ids: Iterable[str] | None = None,
) -> Report:
    """Score predictions against gold over `doc_ids` (default: every gold document)."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for record in predictions:
        by_doc.setdefault(str(record.get("doc_id")), []).append(record)
    scope = sorted(doc_ids) if doc_ids is not None else sorted(gold)
    warnings = [f"{d}: predictions for a document without gold were not scored"
                for d in sorted(set(by_doc) - set(gold))]
    warnings += [f"{d}: no gold file, not scored" for d in scope if d not in gold]
    documents = [score_document(d, by_doc.get(d, []), gold[d]) for d in scope if d in gold]
    total: dict[tuple[str, str], Counts] = {}
    for document in documents:
        for key, counts in document.counts.items():
            total.setdefault(key, Counts())
            total[key] += counts
    return Report(documents, total, warnings)


def render(report: Report) -> str:
    """The report as a plain-text table: F1 per document, then micro P/R/F1 per field."""
    lines = []
    width = max([len(d.doc_id) for d in report.documents] + [24])
    header = f"{'document':<{width}}  {'scheme':<7}  {'gold':>4} {'pred':>4}  " + " ".join(
        f"{name:>7}" for name in ROWS)
    lines += ["F1 per document", header, "-" * len(header)]
    for d in report.documents:
        for scheme in SCHEMES:
            cells = " ".join(f"{d.counts[(n, scheme)].scores()['f1']:>7.3f}" for n in ROWS)
            label = d.doc_id if scheme == "strict" else ""
            lines.append(f"{label:<{width}}  {scheme:<7}  {d.gold:>4} {d.predicted:>4}  {cells}")
    lines += ["", f"Micro-average over {len(report.documents)} documents",
              f"{'field':<8} {'scheme':<7} {'P':>6} {'R':>6} {'F1':>6}  "
              f"{'COR':>5} {'INC':>5} {'MIS':>5} {'SPU':>5}"]
    if report.total:
        for name in ROWS:
            for scheme in SCHEMES:
                c = report.total[(name, scheme)]
                s = c.scores()
                lines.append(f"{name:<8} {scheme:<7} {s['precision']:>6.3f} {s['recall']:>6.3f} "
                             f"{s['f1']:>6.3f}  {c.cor:>5} {c.inc:>5} {c.mis:>5} {c.spu:>5}")
        c = report.links()
        s = c.scores()
        lines += ["", "Links from a part to its whole (part_of), over the links gold marks",
                  f"{'part_of':<16} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f}  "
                  f"{c.cor:>5} {'':>5} {c.mis:>5} {c.spu:>5}"]
    return "\n".join(lines)
