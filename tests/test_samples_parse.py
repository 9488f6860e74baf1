"""The parser against the expected records in samples/, field by field.

Per-sample checks cover what must be exact (language, whether and how many
visits, dates, region codes); officials, positions, sides and institutions
are checked over all samples with floors just under what we measure, so a
regression fails while the known misses (listed in the closing notes) do not.
Samples a field is known to miss are marked ``xfail(strict=True)``: fixing
one makes its test fail until the mark is removed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest

import visitparse
from tests.conftest import load_sample, sample_ids

IDS = sample_ids()
KNOWN_DATE_MISSES: set[str] = set()
# Round-2 samples, written before the parser saw them: "на Алтае" also read as the Altai Republic
# and "Томичей встретил" taken for a host (ru-16); the visitors' region (Удмуртия, named with its
# parliament and ministry) read as a host (ru-18). Regions are not this round's area.
KNOWN_REGION_MISSES: set[str] = {"ru-16", "ru-18"}


@cache
def parsed(sample_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    text, gold = load_sample(sample_id)
    article = visitparse.parse(text, published=gold["published"], doc_id=sample_id)
    article.check_offsets(text)
    return gold, article.model_dump(mode="json")


def _mark(ids: list[str], known: set[str]) -> list[Any]:
    return [pytest.param(i, marks=pytest.mark.xfail(strict=True)) if i in known else i for i in ids]


def _tokens(text: str | None) -> list[str]:
    return re.findall(r"\w+", (text or "").casefold().replace("ё", "е"))


def _same_name(gold: str, pred: str) -> bool:
    g, p = set(_tokens(gold)), set(_tokens(pred))
    return g == p or len(g & p) >= 2


def _stem_match(gold: str | None, pred: str | None) -> bool:
    g, p = [t[:5] for t in _tokens(gold)], [t[:5] for t in _tokens(pred)]
    if not g or not p:
        return False
    common = sum(1 for t in set(g) if t in p)
    precision, recall = common / len(set(p)), common / len(set(g))
    return bool(common) and 2 * precision * recall / (precision + recall) >= 0.6


def _pooled(record: dict[str, Any], field: str) -> list[dict[str, Any]]:
    return [item for visit in record["visits"] for item in visit[field]]


@pytest.mark.parametrize("sample_id", IDS)
def test_language_and_visit_count(sample_id: str) -> None:
    gold, pred = parsed(sample_id)
    assert pred["language"] == gold["language"]
    assert pred["published"] == gold["published"]
    assert len(pred["visits"]) == len(gold["visits"])


@pytest.mark.parametrize("sample_id", _mark(IDS, KNOWN_DATE_MISSES))
def test_visit_dates(sample_id: str) -> None:
    gold, pred = parsed(sample_id)
    dates = [(v["start_date"], v["end_date"]) for v in pred["visits"]]
    assert dates == [(v["start_date"], v["end_date"]) for v in gold["visits"]]


@pytest.mark.parametrize("sample_id", _mark(IDS, KNOWN_REGION_MISSES))
def test_region_codes_and_roles(sample_id: str) -> None:
    gold, pred = parsed(sample_id)
    assert {r["code"] for r in _pooled(pred, "regions")} == {r["code"] for r in _pooled(gold, "regions")}
    pred_roles = {r["code"]: r["role"] for r in _pooled(pred, "regions")}
    for region in _pooled(gold, "regions"):
        if region["role"]:
            assert pred_roles[region["code"]] == region["role"], region["name"]


def _official_pairs() -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], int, int]:
    pairs, n_gold, n_pred = [], 0, 0
    for sample_id in IDS:
        gold, pred = parsed(sample_id)
        golds, preds = _pooled(gold, "officials"), list(_pooled(pred, "officials"))
        n_gold += len(golds)
        n_pred += len(preds)
        for g in golds:
            hit = next((p for p in preds if _same_name(g["name"], p["name"])), None)
            if hit is not None:
                preds.remove(hit)
                pairs.append((g, hit))
    return pairs, n_gold, n_pred


def test_officials_found_with_positions_and_sides() -> None:
    pairs, n_gold, n_pred = _official_pairs()
    recall, precision = len(pairs) / n_gold, len(pairs) / n_pred
    assert recall >= 0.93 and precision >= 0.93, (recall, precision)
    with_position = [(g, p) for g, p in pairs if g["position"]]
    position_acc = sum(_stem_match(g["position"], p["position"]) for g, p in with_position) / len(
        with_position
    )
    assert position_acc >= 0.93
    with_side = [(g, p) for g, p in pairs if g["side"]]
    side_acc = sum(g["side"] == p["side"] for g, p in with_side) / len(with_side)
    assert side_acc >= 0.87


def test_names_are_nominative_and_without_titles() -> None:
    pairs, _, _ = _official_pairs()
    exact = sum(set(_tokens(g["name"])) == set(_tokens(p["name"])) for g, p in pairs)
    assert exact / len(pairs) >= 0.9
    for _, p in pairs:
        assert not p["name"].lower().startswith(("д-р", "проф.", "г-жа", "г-н"))


def test_institutions_and_visited_flags() -> None:
    found = total = visited_ok = visited_n = 0
    for sample_id in IDS:
        gold, pred = parsed(sample_id)
        preds = list(_pooled(pred, "institutions"))
        for g in _pooled(gold, "institutions"):
            total += 1
            names = [g["name"], *g.get("aliases", [])]
            hit = next((p for p in preds if any(_stem_match(n, p["name"]) for n in names)), None)
            if hit is None:
                continue
            preds.remove(hit)
            found += 1
            if g["visited"] is not None:
                visited_n += 1
                visited_ok += bool(hit["visited"]) == g["visited"]
    assert found / total >= 0.8
    assert visited_ok / visited_n >= 0.85


@pytest.mark.parametrize("sample_id", [i for i in IDS if not load_sample(i)[1]["visits"]])
def test_articles_without_visits(sample_id: str) -> None:
    _, pred = parsed(sample_id)
    assert pred["visits"] == []
    assert pred["entities"], "entities are still reported"
