"""Running extraction over many inputs: worker processes, time limits, per-input outcomes."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from claimx.corpus import Document, InputError, doc_id_for, read_document
from claimx.records import Claim

# Inputs handed to a worker at a time: enough for spaCy to batch, few enough to keep
# memory flat and progress smooth.
CHUNK = 8


@dataclass
class Outcome:
    """What became of one input: its claims, or why it has none."""

    path: str
    doc_id: str
    status: str  # ok | failed
    reason: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    words: int = 0
    claims: list[Claim] = field(default_factory=list)

    def manifest_row(self) -> dict[str, Any]:
        return {"path": self.path, "doc_id": self.doc_id, "status": self.status,
                "reason": self.reason, "encoding": self.encoding, "claims": len(self.claims),
                "words": self.words, "sha256": self.sha256}


@dataclass(frozen=True)
class Settings:
    model: str
    reference_date: dt.date | None = None
    timeout: float = 60.0  # seconds per document, per 100,000 characters for longer ones

    def limit(self, documents: Sequence[Document]) -> float:
        return sum(self.timeout * max(1.0, len(d.text) / 100_000) for d in documents)


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


_settings: Settings | None = None


def _init_worker(settings: Settings) -> None:
    global _settings
    _settings = settings
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
    from claimx.pipeline import load_pipeline

    load_pipeline(settings.model)


def _process_chunk(items: Sequence[tuple[str, bytes | None]]) -> list[Outcome]:
    """Read and extract a few inputs; a document over the time limit fails alone."""
    assert _settings is not None
    outcomes: dict[int, Outcome] = {}
    documents: list[tuple[int, Document]] = []
    for number, (path, data) in enumerate(items):
        try:
            document = read_document(path, data, _settings.reference_date)
        except InputError as exc:
            outcomes[number] = Outcome(path, doc_id_for(path), "failed", exc.reason)
            continue
        documents.append((number, document))
    try:
        results = _extract_within(documents, _settings.limit([d for _, d in documents]))
    except _Timeout:
        results = {}
        # Find the slow one(s), one at a time; a lone document already had its chance.
        for number, document in documents if len(documents) > 1 else []:
            try:
                results.update(_extract_within([(number, document)],
                                               _settings.limit([document])))
            except _Timeout:
                pass
    for number, document in documents:
        outcomes[number] = (
            _outcome(document, results[number], None) if number in results
            else _outcome(document, None,
                          f"took longer than {_settings.limit([document]):.0f} s: skipped")
        )
    return [outcomes[n] for n in range(len(items))]


def _outcome(document: Document, claims: list[Claim] | None, reason: str | None) -> Outcome:
    return Outcome(document.path, document.doc_id, "ok" if claims is not None else "failed",
                   reason, document.encoding, document.sha256, document.words, claims or [])


def _extract_within(
    documents: list[tuple[int, Document]], seconds: float
) -> dict[int, list[Claim]]:
    from claimx.pipeline import extract_documents, load_pipeline

    assert _settings is not None
    if not documents:
        return {}
    nlp = load_pipeline(_settings.model)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        by_id = {id(d): n for n, d in documents}
        return {by_id[id(doc)]: claims
                for doc, claims in extract_documents([d for _, d in documents], nlp)}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run(
    inputs: Sequence[tuple[str, bytes | None]], settings: Settings, jobs: int
) -> Iterator[Outcome]:
    """Outcomes of `inputs` ((path, None) or ("-", stdin bytes)), in input order.

    With jobs > 1, `jobs` worker processes each load the pipeline once; results come back
    in input order, so the output is the same whatever `jobs` is.
    """
    chunks = [inputs[i:i + CHUNK] for i in range(0, len(inputs), CHUNK)]
    jobs = max(1, min(jobs, len(chunks)))
    if jobs == 1:
        _init_worker_in_process(settings)
        for chunk in chunks:
            yield from _process_chunk(chunk)
        return
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        for outcomes in pool.imap(_process_chunk, chunks):
            yield from outcomes


def _init_worker_in_process(settings: Settings) -> None:
    global _settings
    _settings = settings
    from claimx.pipeline import load_pipeline

    load_pipeline(settings.model)
