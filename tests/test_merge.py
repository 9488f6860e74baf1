"""Merge: visit records of different articles that report one visit become one record."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path
from typing import Any

import pytest

import visitparse
from visitparse.cli import main
from visitparse.merge import cluster as cluster_module
from visitparse.merge import merge_lines, merge_records

# Invented articles: one visit told by the host's press and by the guest's press, a
# different delegation received by the same host in the same month, and the same two
# ministers meeting again the next month.
ARTICLES = {
    "host-press": "date 2025-03-14\n12 марта Оренбургскую область с рабочим визитом посетила делегация "
    "Республики Башкортостан во главе с министром семьи и труда Ильдаром Галиевым. Гостей принял министр "
    "социального развития Оренбургской области Антон Седов. Делегация побывала в Сакмарском доме-интернате.",
    "guest-press": "date 2025-03-13\nМинистр семьи и труда Башкортостана Ильдар Галиев 12 марта побывал с "
    "рабочим визитом в Оренбургской области. Башкирская делегация встретилась с министром социального "
    "развития Оренбургской области Антоном Седовым и осмотрела Сакмарский дом-интернат.",
    "other-guests": "date 2025-03-25\n24 марта Оренбургскую область посетила делегация Самарской области во "
    "главе с министром здравоохранения Петром Луниным. Гостей принял заместитель губернатора Оренбургской "
    "области Олег Дымов.",
    "next-month": "date 2025-04-20\n18 апреля министр семьи и труда Башкортостана Ильдар Галиев снова "
    "приехал в Оренбургскую область и встретился с министром социального развития Антоном Седовым.",
}


def _visit(
    start: str | None,
    regions: list[tuple[str, str | None]],
    officials: list[tuple[str, str | None]],
    institutions: tuple[str, ...] = (),
    end: str | None = None,
) -> dict[str, Any]:
    return {
        "start_date": start,
        "end_date": end or start,
        "regions": [{"code": c, "name": c, "role": r} for c, r in regions],
        "officials": [{"name": n, "position": None, "organization": None, "side": s} for n, s in officials],
        "institutions": [{"name": i, "visited": True} for i in institutions],
    }


def _article(doc_id: str, published: str | None, *visits: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "url": f"https://example.org/{doc_id}",
        "published": published,
        "visits": list(visits),
    }


def _clusters(merged: list[dict[str, Any]]) -> list[list[str]]:
    return [sorted(f"{s['doc_id']}#{s['visit']}" for s in m["sources"]) for m in merged]


@pytest.fixture(scope="module")
def parsed() -> list[dict[str, Any]]:
    return [
        visitparse.parse(text, doc_id=doc_id).model_dump(mode="json") for doc_id, text in ARTICLES.items()
    ]


def test_one_visit_from_both_sides_merges_and_others_stay_apart(parsed: list[dict[str, Any]]) -> None:
    merged = merge_records(parsed)
    assert _clusters(merged) == [["guest-press#0", "host-press#0"], ["other-guests#0"], ["next-month#0"]]
    both = merged[0]
    assert both["merged_id"] == "host-press#0"
    assert [(s["doc_id"], s["visit"], s["published"]) for s in both["sources"]] == [
        ("host-press", 0, "2025-03-14"),
        ("guest-press", 0, "2025-03-13"),
    ]
    assert (both["start_date"], both["end_date"]) == ("2025-03-12", "2025-03-12")
    regions = {r["code"]: (r["role"], r["sources"]) for r in both["regions"]}
    assert regions == {"RU-ORE": ("host", [0, 1]), "RU-BA": ("guest", [0, 1])}
    officials = {o["name"]: (o["side"], o["sources"]) for o in both["officials"]}
    assert officials == {"Ильдар Галиев": ("guest", [0, 1]), "Антон Седов": ("host", [0, 1])}
    # a fact one article alone gives keeps that article as its only source
    assert any(i["sources"] == [1] for i in both["institutions"])


def test_sources_name_the_document_url_and_visit_index() -> None:
    records = [
        _article("a", "2025-03-13", _visit("2025-03-12", [("RU-ORE", "host")], [("Антон Седов", "host")])),
        _article(
            "b",
            "2025-03-20",
            _visit("2025-02-01", [("RU-SAM", "host")], [("Олег Дымов", "host")]),
            _visit("2025-03-12", [("RU-ORE", "host")], [("А. Седов", "host")]),
        ),
    ]
    merged = merge_records(records)
    assert merged[0]["sources"] == [
        {"doc_id": "a", "url": "https://example.org/a", "visit": 0, "published": "2025-03-13", "title": None,
         "language": None},
        {"doc_id": "b", "url": "https://example.org/b", "visit": 1, "published": "2025-03-20", "title": None,
         "language": None},
    ]  # fmt: skip
    assert merged[0]["officials"][0]["name"] == "Антон Седов"  # the fuller form of "А. Седов"


def test_conflicting_sides_keep_visits_apart() -> None:
    host, guest = [("Антон Седов", "host")], [("Антон Седов", "guest")]
    day = "2025-03-12"
    records = [
        _article("a", "2025-03-13", _visit(day, [("RU-ORE", "host"), ("RU-BA", "guest")], host)),
        _article("b", "2025-03-13", _visit(day, [("RU-ORE", "host"), ("RU-BA", "host")], host)),
        _article("c", "2025-03-13", _visit(day, [("RU-ORE", "host")], guest)),
    ]
    assert _clusters(merge_records(records)) == [["a#0"], ["b#0"], ["c#0"]]


def test_undated_visits_merge_within_one_publication_week_only() -> None:
    records = [
        _article("mon", "2025-03-10", _visit(None, [("BG-18", "host")], [], ("Дневен център Слънце",))),
        _article("sun", "2025-03-16", _visit(None, [("BG-18", "host")], [], ("дневния център Слънце",))),
        _article("next-mon", "2025-03-17", _visit(None, [("BG-18", "host")], [], ("Дневен център Слънце",))),
        _article(
            "dated", "2025-03-20", _visit("2025-03-14", [("BG-18", "host")], [], ("Дневен център Слънце",))
        ),
    ]
    assert _clusters(merge_records(records)) == [["dated#0", "mon#0", "sun#0"], ["next-mon#0"]]


def test_year_unknown_dates_use_the_publication_year() -> None:
    records = [
        _article("a", "2025-01-05", _visit("XXXX-12-30", [("RU-ORE", "host")], [("Антон Седов", "host")])),
        _article("b", None, _visit("2024-12-30", [("RU-ORE", "host")], [("Антон Седов", "host")])),
        _article("c", None, _visit("XXXX-12-30", [("RU-ORE", "host")], [("Антон Седов", "host")])),
    ]
    # "30 December" in a January article is last year's; "c" has no year to compare
    assert _clusters(merge_records(records)) == [["a#0", "b#0"], ["c#0"]]


def test_two_visits_of_one_article_never_join() -> None:
    visit = _visit("2025-03-12", [("RU-ORE", "host")], [("Антон Седов", "host")])
    records = [_article("a", "2025-03-13", visit, visit), _article("b", "2025-03-13", visit)]
    assert _clusters(merge_records(records)) == [["a#0", "b#0"], ["a#1"]]


def _synthetic(n: int, seed: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    names = ["Антон Седов", "Олег Дымов", "Петр Лунин", "Ильдар Галиев", "Мария Котова"]
    return [
        _article(
            f"d{i}",
            f"2025-0{rng.randint(1, 3)}-1{rng.randint(0, 9)}",
            _visit(
                rng.choice([None, f"2025-0{rng.randint(1, 3)}-1{rng.randint(0, 9)}"]),
                [(rng.choice(["RU-ORE", "RU-BA", "RU-SAM"]), "host")],
                [(rng.choice(names), rng.choice(["host", "guest"]))],
            ),
        )
        for i in range(n)
    ]


def test_spooled_buckets_and_ranges_give_the_same_clusters(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in _synthetic(300, seed=5)]
    one = io.StringIO()
    merge_lines(lines, one, buckets=1)
    monkeypatch.setattr(cluster_module, "RANGE_SIZE", 7)
    many = io.StringIO()
    stats = merge_lines(lines, many, buckets=13)
    assert one.getvalue() == many.getvalue()
    assert stats.visits == 300 and stats.merged == len(many.getvalue().splitlines()) < 300


def test_every_merge_is_justified_by_the_rules() -> None:
    from visitparse.merge.match import features, parse_published, same_visit

    records = _synthetic(200, seed=9)
    feats = {
        f"{r['doc_id']}#0": features(i, i, r["visits"][0], parse_published(r["published"]))
        for i, r in enumerate(records)
    }
    for cluster in _clusters(merge_records(records)):
        if len(cluster) > 1:  # every member matches another member directly
            for key in cluster:
                assert any(same_visit(feats[key], feats[other]) for other in cluster if other != key)


def test_cli_merge_writes_json_lines(
    tmp_path: Path, parsed: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "visits.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in parsed), encoding="utf-8")
    out = tmp_path / "merged.jsonl"
    assert main(["merge", str(src), "-o", str(out)]) == 0
    assert "4 articles, 4 visits -> 3 merged visits" in capsys.readouterr().err
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [len(m["sources"]) for m in lines] == [2, 1, 1]


def test_cli_merge_reports_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_text('{"doc_id": "a", "visits": []}\nnot json\n', encoding="utf-8")
    assert main(["merge", str(src), "-o", str(tmp_path / "m.jsonl")]) == 2
    assert "1 lines are not JSON objects (first: 2)" in capsys.readouterr().err


def test_institutions_with_different_numbers_are_different_places() -> None:
    from visitparse.merge.match import institution_stems, same_institution

    school4, school45 = institution_stems("Школа №4"), institution_stems("школы № 45")
    assert not same_institution(school4, school45)
    assert same_institution(school4, institution_stems("школа № 4"))
    records = [
        _article("a", "2025-03-13", _visit("2025-03-12", [("RU-ORE", "host")], [], ("Школа №4",))),
        _article("b", "2025-03-13", _visit("2025-03-12", [("RU-ORE", "host")], [], ("Школа №5",))),
    ]
    assert _clusters(merge_records(records)) == [["a#0"], ["b#0"]]


def test_worker_processes_give_the_serial_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cluster_module, "RANGE_SIZE", 50)  # several range files for the workers
    lines = [json.dumps(r, ensure_ascii=False) for r in _synthetic(400, seed=11)]
    serial, parallel = io.StringIO(), io.StringIO()
    merge_lines(lines, serial, buckets=5, workers=1)
    stats = merge_lines(lines, parallel, buckets=5, workers=2)
    assert serial.getvalue() == parallel.getvalue()
    assert stats.merged == len(parallel.getvalue().splitlines()) < 400


def test_merge_leaves_the_garbage_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    merge_records(_synthetic(20, seed=3))
    assert gc.isenabled()


def test_records_with_no_time_at_all_need_a_shared_official() -> None:
    ministry = ("министерство образования и науки Республики Дагестан",)
    records = [
        _article("a", None, _visit(None, [("RU-DA", "host")], [("Анна Котова", "guest")], ministry)),
        _article("b", None, _visit(None, [("RU-DA", "host")], [("Олег Рябов", "guest")], ministry)),
        _article("c", None, _visit(None, [("RU-DA", "host")], [("Анна Котова", "guest")])),
    ]
    assert _clusters(merge_records(records)) == [["a#0", "c#0"], ["b#0"]]
