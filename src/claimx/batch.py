"""Running extraction over many inputs: worker processes, time limits, per-input outcomes."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from claimx.corpus import Document, InputError, doc_id_for, read_document
from claimx.records import Claim

if TYPE_CHECKING:
    from claimx.pipeline import Piece

# Inputs handed to a worker at a time: enough for spaCy to batch, few enough to keep
# memory flat and progress smooth.
CHUNK = 8


@dataclass
class Outcome:
    """What became of one input, or of one part of a long input: its claims, or why none.

    A long input comes back in several Outcomes, one per piece as it is parsed, so its
    claims can be written without holding them all; `complete` marks the last, which
    carries the input's status and reason, and `earlier_claims`/`earlier_words` count what
    the parts before it delivered.
    """

    path: str
    doc_id: str
    status: str  # ok | failed
    reason: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    words: int = 0
    claims: list[Claim] = field(default_factory=list)
    complete: bool = True
    earlier_claims: int = 0
    earlier_words: int = 0

    def manifest_row(self) -> dict[str, Any]:
        return {"path": self.path, "doc_id": self.doc_id, "status": self.status,
                "reason": self.reason, "encoding": self.encoding,
                "claims": self.earlier_claims + len(self.claims),
                "words": self.earlier_words + self.words, "sha256": self.sha256}


@dataclass(frozen=True)
class Settings:
    model: str
    reference_date: dt.date | None = None
    timeout: float = 60.0  # seconds per document, per 100,000 characters for longer ones

    def limit(self, *texts: str) -> float:
        return sum(self.timeout * max(1.0, len(text) / 100_000) for text in texts)


@dataclass(frozen=True)
class _Part:
    """One piece of a long input, read and split by the parent, for a worker to parse."""

    path: str
    encoding: str
    sha256: str
    piece: Piece


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


def _work(task: Sequence[tuple[str, bytes | None]] | _Part) -> list[Outcome]:
    return _process_part(task) if isinstance(task, _Part) else _process_chunk(task)


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
    errors: dict[int, str] = {}
    try:
        results = _extract_within(documents, _settings.limit(*(d.text for _, d in documents)))
    except Exception as exc:  # a timeout, or a fault in claimx on one of them
        results = {}
        if len(documents) == 1 and not isinstance(exc, _Timeout):
            errors[documents[0][0]] = _fault(exc)
        # Find the slow or faulty one(s), one at a time; a lone document had its chance.
        for number, document in documents if len(documents) > 1 else []:
            try:
                results.update(_extract_within([(number, document)],
                                               _settings.limit(document.text)))
            except _Timeout:
                pass
            except Exception as one:
                errors[number] = _fault(one)
    for number, document in documents:
        outcomes[number] = (
            _outcome(document, results[number], None) if number in results
            else _outcome(document, None, errors.get(number) or
                          f"took longer than {_settings.limit(document.text):.0f} s: skipped")
        )
    return [outcomes[n] for n in range(len(items))]


def _fault(exc: Exception) -> str:
    """The reason given for an input claimx itself failed on: a bug, never the input's."""
    return (f"claimx failed on this input ({type(exc).__name__}: {exc}); this is a bug in "
            "claimx, please report it with the input")


def _outcome(document: Document, claims: list[Claim] | None, reason: str | None) -> Outcome:
    return Outcome(document.path, document.doc_id, "ok" if claims is not None else "failed",
                   reason, document.encoding, document.sha256, document.words, claims or [])


def _process_part(part: _Part) -> list[Outcome]:
    from claimx.pipeline import extract_pieces, load_pipeline

    assert _settings is not None
    piece = part.piece
    outcome = Outcome(part.path, piece.doc_id, "ok", None, part.encoding, part.sha256,
                      len(piece.text.split()), complete=piece.last)
    seconds = _settings.limit(piece.text)
    try:
        with _time_limit(seconds):
            outcome.claims = next(extract_pieces([piece], load_pipeline(_settings.model)))[1]
    except Exception as exc:  # a timeout, or a fault in claimx
        where = f"characters {piece.offset:,}-{piece.offset + len(piece.text):,}"
        outcome.status = "failed"
        outcome.reason = (f"{where} took longer than {seconds:.0f} s: skipped"
                          if isinstance(exc, _Timeout) else f"{where}: {_fault(exc)}")
    return [outcome]


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Raise _Timeout in the block after `seconds` (the main thread of a process only)."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _extract_within(
    documents: list[tuple[int, Document]], seconds: float
) -> dict[int, list[Claim]]:
    from claimx.pipeline import extract_documents, load_pipeline

    assert _settings is not None
    if not documents:
        return {}
    nlp = load_pipeline(_settings.model)
    with _time_limit(seconds):
        by_id = {id(d): n for n, d in documents}
        return {by_id[id(doc)]: claims
                for doc, claims in extract_documents([d for _, d in documents], nlp)}


def is_long(path: str, data: bytes | None) -> bool:
    """Whether an input may need more than one piece (bytes are at least characters)."""
    from claimx.pipeline import PIECE_CHARS

    try:
        size = len(data) if data is not None else os.stat(path).st_size
    except OSError:
        return False  # the worker reports the error when it reads the path
    return size > PIECE_CHARS and (data is not None or os.path.isfile(path))


def _tasks(
    inputs: Sequence[tuple[str, bytes | None]], long: Sequence[bool], settings: Settings
) -> Iterator[Sequence[tuple[str, bytes | None]] | _Part]:
    """Work for the workers, in input order: chunks of inputs, or the pieces of a long one.

    A long input is read here and handed out piece by piece, so its claims stream back
    as they are found and several workers share it.
    """
    from claimx.pipeline import pieces_of

    chunk: list[tuple[str, bytes | None]] = []
    for (path, data), is_long_input in zip(inputs, long, strict=True):
        if not is_long_input:
            chunk.append((path, data))
            if len(chunk) == CHUNK:
                yield chunk
                chunk = []
            continue
        if chunk:
            yield chunk
            chunk = []
        try:
            document = read_document(path, data, settings.reference_date)
        except InputError:
            yield [(path, data)]  # the worker reads it again and reports why it failed
            continue
        for piece in pieces_of(document):
            yield _Part(path, document.encoding, document.sha256, piece)
    if chunk:
        yield chunk


def _assemble(parts: Iterator[list[Outcome]]) -> Iterator[Outcome]:
    """Outcomes as they arrive, with the parts of a long input tallied into its last one."""
    claims = words = count = 0
    problems: list[str] = []
    for outcomes in parts:
        for outcome in outcomes:
            outcome.earlier_claims, outcome.earlier_words = claims, words
            claims, words, count = claims + len(outcome.claims), words + outcome.words, count + 1
            problems += [outcome.reason] if outcome.reason else []
            if outcome.complete:
                if count > 1 and problems:
                    outcome.status = "failed"
                    outcome.reason = _parts_failed(problems, count)
                claims = words = count = 0
                problems = []
            yield outcome


def _parts_failed(problems: list[str], parts: int) -> str:
    """One reason for a long input some of whose parts failed."""
    reason = "; ".join(problems[:3])
    if len(problems) > 3:
        reason += f"; and {len(problems) - 3} more"
    if len(problems) < parts:
        reason += f" (claims from the other {parts - len(problems)} of {parts} parts were kept)"
    return reason


def run(
    inputs: Sequence[tuple[str, bytes | None]], settings: Settings, jobs: int
) -> Iterator[Outcome]:
    """Outcomes of `inputs` ((path, None) or ("-", stdin bytes)), in input order.

    With jobs > 1, `jobs` worker processes each load the pipeline once; results come back
    in input order, so the output is the same whatever `jobs` is. Inputs longer than one
    piece come back as several Outcomes (see Outcome.complete).
    """
    long = [is_long(path, data) for path, data in inputs]  # one stat per input
    tasks = _tasks(inputs, long, settings)
    if not any(long):
        jobs = min(jobs, -(-len(inputs) // CHUNK))  # no more workers than chunks
    if jobs == 1:
        _init_worker_in_process(settings)
        yield from _assemble(map(_work, tasks))
        return
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from _assemble(pool.imap(_work, tasks))


def _init_worker_in_process(settings: Settings) -> None:
    global _settings
    _settings = settings
    from claimx.pipeline import load_pipeline

    load_pipeline(settings.model)
