"""When each figure holds: the document's reference date, time expressions, their scope."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc


def infer_reference_date(text: str) -> tuple[dt.date | None, str]:
    """The date the article was written, from its dateline or the latest full date it states.

    Returns (date, how) with how in {"dateline", "inferred", "none"}.
    """
    raise NotImplementedError


def resolve_dates(
    doc: Doc, spans: Sequence[tuple[int, int]], reference: dt.date | None
) -> list[tuple[str | None, str | None]]:
    """For each claim span (char offsets into doc.text): (ISO date or None, date_text or None)."""
    raise NotImplementedError
