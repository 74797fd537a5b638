"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"
BBC = ROOT.parent / "shared" / "bench" / "bbc"


@pytest.fixture(scope="session")
def nlp():
    from claimx.pipeline import load_pipeline

    return load_pipeline()
