"""End to end on the shared seeds and dev gold (skipped on a fresh clone without ../shared).

The floors here are below the figures we measure (quoted in the closing notes
of the issues) so that a regression fails the build.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

import visitparse


def _score_module(shared: Path) -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", shared / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def dev_scores(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The shared scorer's figures on ``gold/dev``, per language."""
    out = tmp_path_factory.mktemp("pred")
    golds = []
    for path in sorted((shared / "gold" / "dev").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        golds.append(gold)
        article = visitparse.parse(gold["text"], published=gold.get("published"), doc_id=gold["id"])
        article.check_offsets(gold["text"])
        (out / f"{gold['id']}.json").write_text(
            json.dumps(article.model_dump(mode="json"), ensure_ascii=False)
        )
    score = _score_module(shared).score
    return {lang: score([g for g in golds if g["language"] == lang], out) for lang in ("ru", "bg")}


@pytest.mark.parametrize(
    ("name", "lang"), [("000_8b52759ea444fbbe.txt", "ru"), ("004_e9003178ffe8e6d9.txt", "bg")]
)
def test_seed_language_and_offsets(shared: Path, name: str, lang: str) -> None:
    text = (shared / "seeds" / name).read_text(encoding="utf-8")
    article = visitparse.parse(text)
    assert article.language == lang
    article.check_offsets(text)
    assert article.visits, "both seeds report a visit"
    if lang == "bg":
        assert article.published == "2025-11-18"  # from the leading "date ..." line


# Floors a little below what we measure on the 139 real articles of gold/dev (README, issue notes).
DEV_FLOORS: dict[str, dict[str, float]] = {
    "ru": {
        "visit_f1": 0.92,
        "officials": 0.94,
        "regions": 0.94,
        "has_visit": 0.97,
        "position": 0.92,
        "organization": 0.9,
        "side": 0.93,
        "institutions": 0.86,
        "dates": 0.93,
    },
    "bg": {
        "visit_f1": 0.9,
        "officials": 0.95,
        "regions": 0.9,
        "has_visit": 0.97,
        "position": 0.9,
        "organization": 0.81,
        "side": 0.88,
        "institutions": 0.85,
        "dates": 0.88,
    },
}


@pytest.mark.parametrize("lang", ["ru", "bg"])
def test_dev_gold_figures(dev_scores: dict[str, dict[str, Any]], lang: str) -> None:
    scores, floors = dev_scores[lang], DEV_FLOORS[lang]
    assert scores["language"]["acc"] == 1.0
    assert scores["visit_f1"] >= floors["visit_f1"]
    for field in ("officials", "regions", "institutions", "dates"):
        assert scores[field]["f1"] >= floors[field], field
    for field in ("has_visit", "position", "organization", "side"):
        assert scores[field]["acc"] >= floors[field], field
