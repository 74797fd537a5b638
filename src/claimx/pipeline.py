"""From Documents to Claims: loading the spaCy pipeline, splitting long texts, batching."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from claimx import DEFAULT_MODEL
from claimx.component import META_KEY, document_meta
from claimx.corpus import Document
from claimx.records import Claim

logger = logging.getLogger(__name__)

# Pieces of a long input are parsed separately; news articles fit in one piece, so
# attribution and coreference see the whole article. Smaller pieces bound memory.
PIECE_CHARS = 100_000
# Characters parsed in one nlp.pipe batch (a batch holds at least one piece).
BATCH_CHARS = 100_000
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
    _unit_letters_end_sentences(nlp)
    _letter_words_whole(nlp)
    if "claimx_paragraphs" not in nlp.pipe_names:
        parser = "parser" if "parser" in nlp.pipe_names else "senter"
        nlp.add_pipe("claimx_paragraphs", before=parser)
    if "claimx" not in nlp.pipe_names:
        nlp.add_pipe("claimx")
    nlp.max_length = max(nlp.max_length, 2 * PIECE_CHARS)
    return nlp


@dataclass(frozen=True)
class Piece:
    """A stretch of one document, parsed as one spaCy Doc; `offset` is where it starts."""

    doc_id: str
    offset: int
    text: str
    reference_date: dt.date | None = None
    reference_date_source: str = "none"
    last: bool = True  # the document ends with this piece

    def make_doc(self, nlp: Language) -> Doc:
        doc = nlp.make_doc(self.text)
        doc.user_data[META_KEY] = document_meta(
            self.doc_id, self.reference_date, self.reference_date_source, self.offset)
        return doc


def pieces_of(document: Document, limit: int = PIECE_CHARS) -> Iterator[Piece]:
    """The pieces `document` is parsed in: one for a news article, more for a long text."""
    previous = None
    for offset, text in split_pieces(document.text, limit):
        if previous is not None:
            yield replace(previous, last=False)
        previous = Piece(document.doc_id, offset, text, document.reference_date,
                         document.reference_date_source)
    assert previous is not None  # split_pieces yields at least one piece
    yield previous


# Scale and money letters written after figures ("£5m.", "40p.", "$3bn", "10k."): the
# tokenizer keeps "m." together as an abbreviation of a single letter, so a sentence ending
# in "£5m." runs on into the next one.
_UNIT_LETTERS = ("m.", "k.", "b.", "p.")


def _unit_letters_end_sentences(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return  # a custom tokenizer is the pipeline author's choice
    for key in _UNIT_LETTERS:
        # Overriding one special case is cheap; reassigning `rules` rebuilds them all (50 ms).
        tokenizer.add_special_case(key, [{ORTH: key[:-1]}, {ORTH: "."}])


# A word of one letter, a hyphen and more ("e-mails", "x-ray", "U-turn", "A-levels"): split
# at the hyphen, the small English model tags the letter a plural noun and hangs all three
# pieces side by side, so "10 million junk e-mails" counted "e" and "millions of government
# e-mails" counted "government". Kept whole, the word is tagged and parsed as the noun it is.
_LETTER_HYPHEN = r"(?!(?<=^[^\W\d_])-)"


def _letter_words_whole(nlp: Language) -> None:
    tokenizer = nlp.tokenizer
    infixes = getattr(getattr(tokenizer, "infix_finditer", None), "__self__", None)
    if not isinstance(tokenizer, Tokenizer) or not isinstance(infixes, re.Pattern):
        return  # a custom tokenizer or infix rule is the pipeline author's choice
    if not infixes.pattern.startswith(_LETTER_HYPHEN):
        tokenizer.infix_finditer = re.compile(
            f"{_LETTER_HYPHEN}(?:{infixes.pattern})", infixes.flags).finditer


def split_pieces(text: str, limit: int = PIECE_CHARS) -> Iterator[tuple[int, str]]:
    """Cut `text` into (offset, piece) of at most `limit` chars, at paragraph breaks if any.

    A paragraph longer than `limit` is cut at whitespace, and a run without whitespace
    (a 1 MB line of one token) at the limit itself, so nothing is ever refused for length.
    Pieces are made as they are asked for, so a long text is never held twice.
    """
    start = 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = _last_match_end(_PARAGRAPH_BREAK, window, limit // 2)
        if cut is None:
            cut = _last_match_end(_WHITESPACE, window, limit // 2) or limit
        yield start, text[start:start + cut]
        start += cut
    yield start, text[start:]


def _last_match_end(pattern: re.Pattern[str], window: str, floor: int) -> int | None:
    last = None
    for match in pattern.finditer(window, floor):
        last = match.end()
    return last


def _batches(pieces: Iterable[Piece], chars: int, size: int) -> Iterator[list[Piece]]:
    """Group pieces for nlp.pipe: at most `size` pieces and, past the first, `chars` chars.

    spaCy's memory grows with the characters in a batch (about 3.3 KB a character with
    en_core_web_sm), so a batch of long pieces would need gigabytes; news articles, a few
    thousand characters each, still batch many at a time.
    """
    batch: list[Piece] = []
    total = 0
    for piece in pieces:
        if batch and (len(batch) == size or total + len(piece.text) > chars):
            yield batch
            batch, total = [], 0
        batch.append(piece)
        total += len(piece.text)
    if batch:
        yield batch


def extract_pieces(
    pieces: Iterable[Piece], nlp: Language, batch_size: int = 32
) -> Iterator[tuple[Piece, list[Claim]]]:
    """Parse pieces with `nlp` and yield each with its claims (offsets index the document)."""
    for batch in _batches(pieces, BATCH_CHARS, batch_size):
        docs = nlp.pipe((piece.make_doc(nlp) for piece in batch), batch_size=len(batch))
        for piece, doc in zip(batch, docs, strict=True):
            yield piece, [Claim.from_dict(c) for c in doc._.claims]


def extract_documents(
    documents: Iterable[Document], nlp: Language, batch_size: int = 32
) -> Iterator[tuple[Document, list[Claim]]]:
    """Parse documents with `nlp` and yield each with its claims, in input order.

    A long document's claims are held until its last piece is parsed; callers that must
    stay within bounded memory on huge texts feed pieces to `extract_pieces` themselves.
    """
    started: deque[Document] = deque()

    def pieces() -> Iterator[Piece]:
        for document in documents:
            started.append(document)
            yield from pieces_of(document)

    collected: list[Claim] = []
    for piece, claims in extract_pieces(pieces(), nlp, batch_size):
        collected.extend(claims)
        if piece.last:
            yield started.popleft(), collected
            collected = []


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
