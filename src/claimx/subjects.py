"""What each number counts or measures, read off the dependency parse."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from claimx.quantities import Quantity


def find_subjects(
    doc: Doc, quantities: Sequence[Quantity]
) -> list[tuple[str | None, str | None]]:
    """For each quantity (offsets into doc.text): (subject noun phrase, its head word)."""
    raise NotImplementedError
