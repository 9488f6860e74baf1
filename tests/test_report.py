"""report: the numbers in the page, its charts and its links are those of the records."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import visitparse
from tests.html_views import marked_spans, plotly_data, plotly_layout, report_data
from visitparse.cli import main
from visitparse.views.report import Summary, report_html, visit_month


def _visit(
    start: str | None, guest: str, host: str, officials: list[str], institutions: list[str]
) -> dict[str, Any]:
    return {
        "start_date": start,
        "end_date": start,
        "regions": [
            {"code": guest, "name": f"name of {guest}", "role": "guest"},
            {"code": host, "name": f"name of {host}", "role": "host"},
        ],
        "officials": [
            {"name": n, "position": "министр", "organization": None, "side": None} for n in officials
        ],
        "institutions": [{"name": n, "visited": True} for n in institutions],
    }


RECORDS: list[dict[str, Any]] = [
    {"doc_id": "a", "language": "ru", "published": "2025-03-14",
     "visits": [_visit("2025-03-12", "RU-BA", "RU-ORE", ["Антон Седов", "Ильдар Галиев"], ["Дом культуры"])]},
    {"doc_id": "b", "language": "ru", "published": "2025-03-20",
     "visits": [_visit("XXXX-03-18", "RU-BA", "RU-ORE", ["Антон Седов"], ["дом культуры"]),
                _visit(None, "RU-SAM", "RU-ORE", ["Олег Дымов"], [])]},
    {"doc_id": "c", "language": "bg", "published": "2025-05-02",
     "visits": [_visit("2025-04-30", "BG-02", "BG-18", ["Мария Петрова"], ["Център Слънце"])]},
    {"doc_id": "d", "language": "bg", "published": None, "visits": []},
]  # fmt: skip


@pytest.fixture(scope="module")
def html() -> str:
    summary = Summary()
    for record in RECORDS:
        summary.add(record)
    return report_html(summary, title="test archive", renders={"c": "report_files/c.html"})


def test_counts(html: str) -> None:
    counts = report_data(html)["counts"]
    assert counts == {
        "articles": 4, "articles_with_visits": 3, "visits": 4, "dated_visits": 3,
        "languages": {"bg": 2, "ru": 2}, "regions": 5, "officials": 4, "institutions": 2,
    }  # fmt: skip


def test_timeline_chart_counts_visits_per_month_and_language(html: str) -> None:
    traces = {t["name"]: t for t in plotly_data(html, "timeline")}
    assert traces["ru"]["x"] == ["2025-03", "2025-04"]
    assert traces["ru"]["y"] == [3, 0]  # the undated visit of "b" falls in its publication month
    assert traces["bg"]["y"] == [0, 1]
    assert report_data(html)["timeline"]["months"] == ["2025-03", "2025-04"]


def test_network_has_weighted_guest_to_host_edges(html: str) -> None:
    edges = report_data(html)["edges"]
    assert edges == [
        {"guest": "RU-BA", "host": "RU-ORE", "weight": 2},
        {"guest": "BG-02", "host": "BG-18", "weight": 1},
        {"guest": "RU-SAM", "host": "RU-ORE", "weight": 1},
    ]
    nodes = plotly_data(html, "network")[0]
    assert sorted(nodes["text"]) == ["BG-02", "BG-18", "RU-BA", "RU-ORE", "RU-SAM"]
    arrows = plotly_layout(html, "network")["annotations"]
    assert len(arrows) == 3
    widths = sorted(a["arrowwidth"] for a in arrows)
    assert widths[-1] > widths[0]  # the edge of two visits is drawn thicker


def test_top_officials_and_institutions(html: str) -> None:
    data = report_data(html)
    assert data["officials"][0] == {"name": "Антон Седов", "visits": 2, "detail": "министр"}
    assert data["institutions"][0]["visits"] == 2  # "Дом культуры" and "дом культуры" are one
    bars = plotly_data(html, "officials")[0]
    assert dict(zip(bars["y"], bars["x"], strict=True))["Антон Седов"] == 2


def test_page_is_self_contained(html: str) -> None:
    assert re.search(r"<script[^>]+src=", html) is None
    assert re.search(r"<link[^>]+href=", html) is None
    assert "Plotly.newPlot" in html and len(html) > 1_000_000  # plotly.js is inlined
    assert '<a href="report_files/c.html">c</a>' in html


def test_visit_month() -> None:
    assert visit_month("2024-12-30", "2025-01-05") == "2024-12"
    assert visit_month("XXXX-12-30", "2025-01-05") == "2025-12"
    assert visit_month(None, "2025-01-05") == "2025-01"
    assert visit_month(None, None) is None


def test_cli_report_links_evidence_views_of_sources_with_text(tmp_path: Path) -> None:
    texts = tmp_path / "archive"
    texts.mkdir()
    text = (
        "date 2025-03-14\n12 марта министр Антон Седов принял в Оренбургской области делегацию из Башкирии."
    )
    (texts / "one.txt").write_text(text, encoding="utf-8")
    record = visitparse.parse(text, doc_id="one.txt").model_dump(mode="json")
    absent = {"doc_id": "gone.txt", "language": "ru", "visits": []}
    src = tmp_path / "visits.jsonl"
    src.write_text(
        json.dumps(record, ensure_ascii=False) + "\n" + json.dumps(absent) + "\n", encoding="utf-8"
    )
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    assert main(["report", str(src), "-o", str(out), "--texts", str(texts)]) == 0
    page = out.read_text(encoding="utf-8")
    links = re.findall(r'<a href="(report_files/[^"]+)">([^<]+)</a>', page)
    assert [name for _, name in links] == ["one.txt"]  # "gone.txt" has no text at hand
    view = (out.parent / links[0][0]).read_text(encoding="utf-8")
    assert "Антон Седов" in {s.text for s in marked_spans(view).spans}


def test_cli_report_texts_need_an_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "v.jsonl"
    src.write_text("{}\n", encoding="utf-8")
    assert main(["report", str(src), "--texts", str(tmp_path)]) == 2
    assert "--texts needs -o" in capsys.readouterr().err
