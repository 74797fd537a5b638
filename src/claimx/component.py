"""The registered spaCy component: the only writer of `Doc._.claims` (plain dicts)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimx.dates import infer_reference_date, resolve_dates
from claimx.parts import find_wholes
from claimx.quantities import drop_labels, find_quantities
from claimx.records import Claim
from claimx.sources import attribute
from claimx.subjects import find_subjects

# Key in Doc.user_data through which callers pass what the text alone cannot say.
META_KEY = "claimx"

if not Doc.has_extension("claims"):
    Doc.set_extension("claims", default=None)


def document_meta(
    doc_id: str = "-",
    reference_date: dt.date | None = None,
    reference_date_source: str = "none",
    offset: int = 0,
) -> dict[str, Any]:
    """What to put in `doc.user_data["claimx"]` before the pipeline runs.

    `offset` is where this Doc's text starts in the whole input (long inputs are parsed in
    pieces), so that claim offsets index the input, not the piece.
    """
    return {
        "doc_id": doc_id,
        "reference_date": reference_date.isoformat() if reference_date else None,
        "reference_date_source": reference_date_source,
        "offset": offset,
    }


class ClaimExtractor:
    """Finds quantities, then their subject, date and source, and stores the claim records."""

    def __init__(self, nlp: Language, name: str = "claimx"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        meta = doc.user_data.get(META_KEY)
        if meta is None:
            reference, how = infer_reference_date(doc.text)
            meta = document_meta(reference_date=reference, reference_date_source=how)
        doc._.claims = [claim.to_dict() for claim in claims_of(doc, meta)]
        return doc


def claims_of(doc: Doc, meta: dict[str, Any]) -> list[Claim]:
    """The claims of a parsed Doc, with offsets shifted by meta["offset"]."""
    quantities = drop_labels(doc, find_quantities(doc.text))
    if not quantities:
        return []
    spans = [(q.start, q.end) for q in quantities]
    reference = meta["reference_date"]
    sources = attribute(doc, spans)
    subjects = find_subjects(doc, quantities, [who.source for who in sources])
    dates = resolve_dates(doc, spans, dt.date.fromisoformat(reference) if reference else None)
    wholes = find_wholes(doc, quantities)
    offset = meta["offset"]
    claims = []
    for q, (subject, head), (date, date_text), who, whole in zip(
        quantities, subjects, dates, sources, wholes, strict=True
    ):
        part_of = (f"{meta['doc_id']}:{quantities[whole].start + offset}"
                   if whole is not None else None)
        sentence = doc.char_span(q.start, q.end, alignment_mode="expand")
        claims.append(
            Claim(
                doc_id=meta["doc_id"],
                start=q.start + offset,
                end=q.end + offset,
                text=q.text,
                sentence=sentence.sent.text.strip() if sentence is not None else None,
                value=q.value,
                value_low=q.value_low,
                value_high=q.value_high,
                qualifier=q.qualifier,
                unit=q.unit,
                unit_text=q.unit_text,
                subject=subject,
                subject_head=head,
                date=date,
                date_text=date_text,
                source=who.source,
                source_text=who.source_text,
                source_role=who.source_role,
                reference_date=reference,
                reference_date_source=meta["reference_date_source"],
                part_of=part_of,
            )
        )
    return claims


@Language.component("claimx_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs.

    News texts put the headline, the dateline and each paragraph on lines of their own,
    separated by blank lines, but the parser often runs a headline into the first sentence
    ("Hariri killing hits Beirut shares Shares in Solidere ... fell 15%"). A single line
    break is left to the parser: hard-wrapped text breaks lines mid-sentence.
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@Language.factory("claimx")
def make_claimx(nlp: Language, name: str) -> ClaimExtractor:
    """`nlp.add_pipe("claimx")`: sets `doc._.claims` to a list of claim record dicts."""
    return ClaimExtractor(nlp, name)
