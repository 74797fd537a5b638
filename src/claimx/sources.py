"""Who says each figure: attribution cues, speakers, pronoun and role-noun coreference, scope."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc


@dataclass(frozen=True)
class Attribution:
    source: str | None = None  # fullest name in the document, titles left out
    source_text: str | None = None  # the cue words as written ("He highlighted")
    source_role: str | None = None  # title or role kept out of the name


def attribute(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Attribution]:
    """For each claim span (char offsets into doc.text), who it is attributed to."""
    raise NotImplementedError
