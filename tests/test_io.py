"""Writers and readers: every format round-trips the records other tools load."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from claimx.io import COLUMNS, RecordWriter, format_for, read_records, to_frame
from claimx.records import SCHEMA_FIELDS, Claim

CLAIMS = [
    Claim(doc_id="a", start=10, end=21, text="$25 billion", value=25e9, unit="USD",
          unit_text="$", subject="demining-related issues", subject_head="issues",
          source="International experts", source_text="International experts estimate"),
    Claim(doc_id="a", start=40, end=57, text="tens of thousands", value=20000.0,
          value_low=20000.0, value_high=90000.0, qualifier="approx", subject="citizens, “quoted”",
          part_of="a:10"),
]


@pytest.mark.parametrize(
    "path, requested, expected",
    [("x.csv", None, "csv"), ("x.parquet", None, "parquet"), ("x.out", None, "jsonl"),
     (None, None, "jsonl"), ("x.csv", "jsonl", "jsonl")],
)
def test_format_follows_option_then_suffix(path, requested, expected):
    """--format wins; else the file's suffix decides; else JSON Lines."""
    assert format_for(path, requested) == expected


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_every_format_round_trips(tmp_path, suffix):
    """What claimx writes, claimx (and pandas) read back with the same values."""
    path = tmp_path / f"claims{suffix}"
    with RecordWriter(str(path), format_for(str(path))) as writer:
        writer.write(CLAIMS)
    rows = list(read_records(str(path)))
    assert [r["value"] for r in rows] == [25e9, 20000.0]
    assert rows[1]["value_high"] == 90000.0 and rows[0]["value_low"] is None
    assert rows[0]["claim_id"] == "a:10" and rows[1]["subject"] == "citizens, “quoted”"
    assert rows[1]["part_of"] == rows[0]["claim_id"] and rows[0]["part_of"] is None
    assert list(rows[0]) == list(COLUMNS)


def test_jsonl_keeps_every_schema_field_even_when_null(tmp_path):
    """Each line has every field the schema names, null where unknown."""
    path = tmp_path / "c.jsonl"
    with RecordWriter(str(path), "jsonl") as writer:
        writer.write(CLAIMS)
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert all(name in first for name in SCHEMA_FIELDS)
    assert first["date"] is None and first["qualifier"] == "exact"


def test_interrupted_write_leaves_no_file(tmp_path):
    """An exception mid-run removes the partial output instead of leaving a truncated file."""
    path = tmp_path / "c.jsonl"
    with pytest.raises(RuntimeError):
        with RecordWriter(str(path), "jsonl") as writer:
            writer.write(CLAIMS[:1])
            raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []


def test_a_killed_run_leaves_no_lasting_temp_file(tmp_path):
    """A run killed outright (SIGKILL) cannot clean up; the next run into the same folder
    removes that run's hidden temporary file and leaves a live run's alone."""
    killed = subprocess.Popen([sys.executable, "-c", "pass"])
    killed.wait()  # a process id that no longer runs
    orphan = tmp_path / f".claimx-{killed.pid}-abc.part"
    orphan.write_text("half a file", encoding="utf-8")
    live = tmp_path / f".claimx-{os.getppid()}-def.part"
    live.write_text("still being written", encoding="utf-8")
    with RecordWriter(str(tmp_path / "c.jsonl"), "jsonl") as writer:
        writer.write(CLAIMS)
    assert not orphan.exists()
    assert live.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["c.jsonl", live.name])


def test_to_frame_has_schema_columns_and_numeric_types():
    """The DataFrame has one row a claim, the schema's columns, floats for values."""
    frame = to_frame(CLAIMS)
    assert list(frame.columns) == list(COLUMNS)
    assert frame["value"].dtype == "float64" and frame["start"].dtype == "int64"
    assert frame.loc[1, "value_high"] == 90000.0 and pd.isna(frame.loc[0, "value_high"])
    assert to_frame([]).shape == (0, len(COLUMNS))
