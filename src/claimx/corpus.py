"""Reading inputs into Documents: explicit decoding, refusal of non-text, reference dates."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

# Signatures of binary formats people save with a .txt name by mistake.
_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x7fELF", "an executable"),
)
_TEXT_SUFFIXES = {".txt", ".text", ".md", ""}


class InputError(Exception):
    """An input that cannot be read as a news text; the message names what is wrong."""

    def __init__(self, name: str, reason: str, status: str = "failed"):
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class Document:
    """One input text as decoded; every offset claimx reports indexes `text`."""

    doc_id: str
    text: str
    path: str = "-"
    encoding: str = "utf-8"
    sha256: str = ""
    reference_date: dt.date | None = None
    reference_date_source: str = "none"

    @property
    def words(self) -> int:
        return len(self.text.split())


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes to text: a BOM wins, then strict UTF-8, then Windows-1252 for legacy files.

    Returns (text, encoding). Raises InputError for empty or binary input.
    """
    if not data:
        raise InputError(name, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(name, f"not text: looks like {what}")
    sample = data[:65536]
    if sample.count(b"\x00") > max(1, len(sample) // 100):
        raise InputError(name, "not text: binary data (many NUL bytes)")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError as exc:
        # Windows-1252 covers Latin-1's printable range plus curly quotes and the euro sign;
        # its five undefined bytes fall back to Latin-1 so decoding never fails.
        text = _cp1252(data)
        encoding = "cp1252"
        logger.info("%s: not valid UTF-8 at byte %d, read as Windows-1252", name, exc.start)
    if not text.strip():
        raise InputError(name, "no text (only whitespace)")
    return text, encoding


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not valid {encoding} at byte {exc.start}") from None
    if not text.strip():
        raise InputError(name, "no text (only whitespace)")
    return text


def _cp1252(data: bytes) -> str:
    return "".join(
        chunk.decode("cp1252", errors="strict") if ok else chunk.decode("latin-1")
        for ok, chunk in _split_undefined_cp1252(data)
    )


_UNDEFINED_1252 = frozenset(b"\x81\x8d\x8f\x90\x9d")


def _split_undefined_cp1252(data: bytes) -> Iterator[tuple[bool, bytes]]:
    start = 0
    for i, byte in enumerate(data):
        if byte in _UNDEFINED_1252:
            if i > start:
                yield True, data[start:i]
            yield False, data[i:i + 1]
            start = i + 1
    if start < len(data):
        yield True, data[start:]


def doc_id_for(path: str) -> str:
    """The schema's doc_id: the file stem, or "-" for standard input."""
    return "-" if path == "-" else Path(path).stem


def read_document(
    path: str,
    data: bytes | None = None,
    reference_date: dt.date | None = None,
) -> Document:
    """Read one input (a path, or "-" with `data` for stdin) into a Document.

    The reference date comes from, in order: the caller (`--reference-date`), a sidecar
    `NAME.meta.json` with `published`, the article's dateline, the latest full date it states.
    """
    name = path
    if data is None:
        file = Path(path)
        if not file.exists():
            raise InputError(name, "no such file")
        if file.is_dir():
            raise InputError(name, "is a directory (pass its files, or the directory alone)")
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise InputError(name, f"cannot read: {exc.strerror or exc}") from None
    text, encoding = decode(data, name)
    how = "option" if reference_date else "none"
    if reference_date is None and path != "-":
        reference_date = _sidecar_date(Path(path))
        how = "sidecar" if reference_date else "none"
    if reference_date is None:
        from claimx.dates import infer_reference_date

        reference_date, how = infer_reference_date(text)
    return Document(
        doc_id=doc_id_for(path),
        text=text,
        path=path,
        encoding=encoding,
        sha256=hashlib.sha256(data).hexdigest(),
        reference_date=reference_date,
        reference_date_source=how,
    )


def _sidecar_date(path: Path) -> dt.date | None:
    meta = path.with_name(path.stem + ".meta.json")
    if not meta.is_file():
        return None
    try:
        published = json.loads(meta.read_text(encoding="utf-8")).get("published")
        return dt.date.fromisoformat(str(published)[:10]) if published else None
    except (ValueError, OSError, AttributeError) as exc:
        logger.warning("%s: ignored (%s); expected {\"published\": \"YYYY-MM-DD\"}", meta, exc)
        return None


def expand_inputs(args: list[str], from_list: str | None = None) -> list[str]:
    """Paths to read: files as given, directories walked for text files, a list file's lines.

    Sidecars (`*.meta.json`) are never inputs themselves. Missing paths are kept so that
    reading them reports the error against the name the user typed.
    """
    paths: list[str] = []
    if from_list:
        with open(from_list, encoding="utf-8") as handle:
            paths.extend(line.strip() for line in handle if line.strip())
    for arg in args:
        entry = Path(arg)
        if arg != "-" and entry.is_dir():
            found = sorted(
                str(p) for p in entry.rglob("*")
                if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES
                and not p.name.startswith(".") and p.name != "ATTRIBUTION.md"
            )
            if not found:
                logger.warning("%s: directory holds no .txt files", arg)
            paths.extend(found)
        else:
            paths.append(arg)
    return paths
