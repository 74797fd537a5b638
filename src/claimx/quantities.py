"""Finding numbers with their units in raw text and normalising them (value, bounds, qualifier, unit)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quantity:
    """A quantity mention found in text; offsets index the text given to find_quantities."""

    start: int  # mention start, qualifier words and currency symbol included
    end: int  # mention end (exclusive), scale word and unit included
    text: str  # text[start:end]
    value: float
    number_start: int  # span of the numeric core ("1.5 million" in "Over 1.5 million")
    number_end: int
    value_low: float | None = None
    value_high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None  # canonical unit (units.py), None for a bare count
    unit_text: str | None = None  # the unit as written
    kind: str = "count"  # count | money | percent | measure | duration | fraction | vague


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric claim mention in `text`, in order; dates, times, ordinals and names left out."""
    raise NotImplementedError
