"""From Documents to Claims: loading the spaCy pipeline, splitting long texts, batching."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language

from claimx import DEFAULT_MODEL
from claimx.component import META_KEY, document_meta
from claimx.corpus import Document
from claimx.records import Claim

logger = logging.getLogger(__name__)

# Pieces of a long input are parsed separately; news articles fit in one piece, so
# attribution and coreference see the whole article. Smaller pieces bound memory.
PIECE_CHARS = 100_000
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n")
_WHITESPACE = re.compile(r"\s")


class ModelError(Exception):
    """The spaCy pipeline named by the user cannot be loaded."""


@lru_cache(maxsize=4)
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline `model` (an installed package name or a path) with claimx added."""
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelError(
            f"cannot load spaCy pipeline {model!r}: it is not an installed package or a "
            f"pipeline directory (claimx never downloads models; install it with pip)"
        ) from exc
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {model!r} has no parser: claimx needs one")
    if "claimx" not in nlp.pipe_names:
        nlp.add_pipe("claimx")
    nlp.max_length = max(nlp.max_length, 2 * PIECE_CHARS)
    return nlp


def split_pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """Cut `text` into (offset, piece) of at most `limit` chars, at paragraph breaks if any.

    A paragraph longer than `limit` is cut at whitespace, and a run without whitespace
    (a 1 MB line of one token) at the limit itself, so nothing is ever refused for length.
    """
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = _last_match_end(_PARAGRAPH_BREAK, window, limit // 2)
        if cut is None:
            cut = _last_match_end(_WHITESPACE, window, limit // 2) or limit
        pieces.append((start, text[start:start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


def _last_match_end(pattern: re.Pattern[str], window: str, floor: int) -> int | None:
    last = None
    for match in pattern.finditer(window, floor):
        last = match.end()
    return last


def extract_documents(
    documents: Iterable[Document], nlp: Language, batch_size: int = 32
) -> Iterator[tuple[Document, list[Claim]]]:
    """Parse documents with `nlp` and yield each with its claims, in input order."""
    pending: dict[int, tuple[Document, int]] = {}

    def docs() -> Iterator[spacy.tokens.Doc]:
        for number, document in enumerate(documents):
            pieces = split_pieces(document.text)
            pending[number] = (document, len(pieces))
            for offset, piece in pieces:
                doc = nlp.make_doc(piece)
                doc.user_data[META_KEY] = document_meta(
                    document.doc_id, document.reference_date,
                    document.reference_date_source, offset,
                )
                doc.user_data["claimx_number"] = number
                yield doc

    collected: list[Claim] = []
    remaining = 0
    current = None
    for doc in nlp.pipe(docs(), batch_size=batch_size):
        number = doc.user_data["claimx_number"]
        if number != current:
            current = number
            remaining = pending[number][1]
            collected = []
        collected.extend(Claim.from_dict(c) for c in doc._.claims)
        remaining -= 1
        if remaining == 0:
            document = pending.pop(number)[0]
            yield document, collected


def extract(
    text: str,
    doc_id: str = "-",
    reference_date: dt.date | str | None = None,
    model: str = DEFAULT_MODEL,
) -> list[Claim]:
    """The numeric claims of one text, offsets indexing `text`.

    `reference_date` anchors relative dates ("last year"); without it claimx takes the
    article's dateline or the latest full date the text states.
    """
    from claimx.dates import infer_reference_date

    if isinstance(reference_date, str):
        reference_date = dt.date.fromisoformat(reference_date)
    how = "option"
    if reference_date is None:
        reference_date, how = infer_reference_date(text)
    document = Document(doc_id=doc_id, text=text, reference_date=reference_date,
                        reference_date_source=how)
    if not text.strip():
        return []
    return next(extract_documents([document], load_pipeline(model)))[1]
