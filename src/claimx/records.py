"""The claim record: the public contract of shared/claim-schema.md, as a frozen dataclass."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

QUALIFIERS = ("exact", "approx", "over", "under", "at_least", "at_most", "range")

# Schema fields first, in the schema's order, then claimx's additions (the schema allows
# adding fields, never renaming one).
SCHEMA_FIELDS = (
    "doc_id", "claim_id", "start", "end", "text", "sentence",
    "value", "value_low", "value_high", "qualifier", "unit", "unit_text",
    "subject", "date", "date_text", "source", "source_text",
)
EXTRA_FIELDS = (
    "subject_head", "source_role", "reference_date", "reference_date_source", "part_of",
)


@dataclass(frozen=True)
class Claim:
    """One numeric claim; every field is a JSON primitive so records serialise anywhere."""

    doc_id: str
    start: int
    end: int
    text: str
    value: float
    sentence: str | None = None
    value_low: float | None = None
    value_high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    unit_text: str | None = None
    subject: str | None = None
    date: str | None = None
    date_text: str | None = None
    source: str | None = None
    source_text: str | None = None
    subject_head: str | None = None
    source_role: str | None = None
    reference_date: str | None = None
    reference_date_source: str | None = None
    part_of: str | None = None  # claim_id of the figure this one is a part of

    @property
    def claim_id(self) -> str:
        return f"{self.doc_id}:{self.start}"

    def to_dict(self) -> dict[str, Any]:
        """The record as the schema orders it: schema fields, then the added ones."""
        data = asdict(self)
        data["claim_id"] = self.claim_id
        return {name: data[name] for name in SCHEMA_FIELDS + EXTRA_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        """Build a Claim from a record dict; unknown keys (e.g. `claim_id`) are ignored."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def check_record(claim: Claim, text: str | None = None) -> list[str]:
    """What is wrong with a record, as messages (empty when it keeps the contract)."""
    problems = []
    if not (0 <= claim.start < claim.end):
        problems.append(f"end ({claim.end}) must be > start ({claim.start}) >= 0")
    if text is not None and text[claim.start:claim.end] != claim.text:
        problems.append(
            f"text {claim.text!r} is not input[{claim.start}:{claim.end}] "
            f"({text[claim.start:claim.end]!r})"
        )
    for name in ("value", "value_low", "value_high"):
        number = getattr(claim, name)
        if number is None and name != "value":
            continue
        if isinstance(number, bool) or not isinstance(number, (int, float)):
            problems.append(f"{name} must be a number, got {number!r}")
        elif not math.isfinite(number):
            problems.append(f"{name} must be finite, got {number!r}")
    if claim.qualifier not in QUALIFIERS:
        problems.append(f"qualifier {claim.qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    return problems
