"""Shared fixtures: the repository's samples and, when present, ../shared."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
SHARED = Path(os.environ.get("VISITPARSE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared project material; tests using it skip on a fresh clone without it."""
    if not (SHARED / "SCHEMA.md").exists():
        pytest.skip("../shared is not present")
    return SHARED


def sample_ids() -> list[str]:
    return sorted(p.stem for p in SAMPLES.glob("*.json"))


def load_sample(sample_id: str) -> tuple[str, dict]:
    text = (SAMPLES / f"{sample_id}.txt").read_text(encoding="utf-8")
    gold = json.loads((SAMPLES / f"{sample_id}.json").read_text(encoding="utf-8"))
    return text, gold
