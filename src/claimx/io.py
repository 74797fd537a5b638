"""Writing claim records (JSON Lines, CSV, Parquet, pandas) and reading them back."""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from claimx.records import EXTRA_FIELDS, SCHEMA_FIELDS, Claim

FORMATS = ("jsonl", "csv", "parquet")
COLUMNS = SCHEMA_FIELDS + EXTRA_FIELDS
_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
             ".parquet": "parquet", ".pq": "parquet"}


def format_for(path: str | None, requested: str | None = None) -> str:
    """The output format: as requested, else from the file's suffix, else JSON Lines."""
    if requested:
        return requested
    if path and path != "-":
        return _SUFFIXES.get(Path(path).suffix.lower(), "jsonl")
    return "jsonl"


def to_frame(claims: Iterable[Claim | dict[str, Any]]) -> Any:
    """Claims as a pandas DataFrame, one row a claim, columns in the schema's order."""
    import pandas as pd

    rows = [c.to_dict() if isinstance(c, Claim) else c for c in claims]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for name in ("value", "value_low", "value_high"):
        frame[name] = frame[name].astype("float64")
    for name in ("start", "end"):
        frame[name] = frame[name].astype("int64")
    return frame


class RecordWriter:
    """Streams records to a file or stdout; a file appears only complete (temp + rename).

    Use as a context manager: on an exception the temporary file is removed, so an
    interrupted run never leaves a truncated file that looks complete.
    """

    def __init__(self, path: str | None, fmt: str):
        self.path = path if path and path != "-" else None
        self.fmt = fmt
        self.count = 0
        self._tmp: str | None = None
        self._handle: IO[str] | None = None
        self._csv: Any = None
        self._parquet: Any = None
        self._batch: list[dict[str, Any]] = []

    def __enter__(self) -> RecordWriter:
        if self.fmt == "parquet" and self.path is None:
            raise ValueError("Parquet is binary: give an output file with -o")
        if self.path is not None:
            folder = os.path.dirname(os.path.abspath(self.path))
            _remove_orphaned_parts(folder)
            fd, self._tmp = tempfile.mkstemp(
                prefix=f"{_PART_PREFIX}{os.getpid()}-", suffix=".part", dir=folder
            )
            os.close(fd)
        if self.fmt != "parquet":
            self._handle = (open(self._tmp, "w", encoding="utf-8", newline="")
                            if self._tmp else sys.stdout)
            if self.fmt == "csv":
                self._csv = csv.DictWriter(self._handle, fieldnames=list(COLUMNS),
                                           lineterminator="\n")
                self._csv.writeheader()
        return self

    def write(self, claims: Iterable[Claim]) -> None:
        for claim in claims:
            row = claim.to_dict()
            if self.fmt == "jsonl":
                assert self._handle is not None
                self._handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                self._csv.writerow(row)
            else:
                self._batch.append(row)
                if len(self._batch) >= 10_000:
                    self._flush_parquet()
            self.count += 1
        if self._handle is not None:
            self._handle.flush()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist(self._batch, schema=_arrow_schema())
        if self._parquet is None:
            self._parquet = pq.ParquetWriter(self._tmp, table.schema)
        self._parquet.write_table(table)
        self._batch = []

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if self.fmt == "parquet" and exc_type is None:
            self._flush_parquet()
        if self._parquet is not None:
            self._parquet.close()
        if self._handle is not None and self._handle is not sys.stdout:
            self._handle.close()
        if self._tmp is not None:
            if exc_type is None:
                os.replace(self._tmp, self.path)  # type: ignore[arg-type]
            else:
                os.unlink(self._tmp)


_PART_PREFIX = ".claimx-"


def _remove_orphaned_parts(folder: str) -> None:
    """Delete the temporary files of earlier runs that were killed before they could
    (`.claimx-<pid>-*.part` whose process is gone); a live run's file is left alone."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if not (name.startswith(_PART_PREFIX) and name.endswith(".part")):
            continue
        pid = name[len(_PART_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            try:
                os.unlink(os.path.join(folder, name))
            except OSError:
                pass


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: alive
    return True


def _arrow_schema() -> Any:
    import pyarrow as pa

    types = {"start": pa.int64(), "end": pa.int64(), "value": pa.float64(),
             "value_low": pa.float64(), "value_high": pa.float64()}
    return pa.schema([(name, types.get(name, pa.string())) for name in COLUMNS])


class RecordError(ValueError):
    """A prediction file that cannot be read as claim records; the message has file:line."""


def read_records(path: str) -> Iterator[dict[str, Any]]:
    """Records from a JSON Lines, CSV or Parquet file written by claimx (or by hand)."""
    fmt = format_for(path)
    if fmt == "parquet":
        import pyarrow.parquet as pq

        yield from pq.read_table(path).to_pylist()
        return
    with open(path, encoding="utf-8") as handle:
        if fmt == "csv":
            for row in csv.DictReader(handle):
                yield _typed_csv_row(row)
            return
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise RecordError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise RecordError(f"{path}:{number}: expected a JSON object")
            yield record


def _typed_csv_row(row: dict[str, str]) -> dict[str, Any]:
    typed: dict[str, Any] = {k: (v if v != "" else None) for k, v in row.items()}
    for name in ("start", "end"):
        if typed.get(name) is not None:
            typed[name] = int(typed[name])
    for name in ("value", "value_low", "value_high"):
        if typed.get(name) is not None:
            typed[name] = float(typed[name])
    return typed
