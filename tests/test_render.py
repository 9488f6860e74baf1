"""render: the evidence view marks exactly the words each record's facts were read from."""

from __future__ import annotations

from pathlib import Path

import pytest

import visitparse
from tests.html_views import marked_spans
from visitparse.cli import main
from visitparse.schema import Article, Evidence, Official, Region, Visit
from visitparse.views import render_html
from visitparse.views.render import KIND_COLORS

TEXT = (
    "date 2025-03-14\n12 марта Оренбургскую область с рабочим визитом посетила делегация Республики "
    "Башкортостан во главе с министром семьи и труда Ильдаром Галиевым.\nГостей принял министр социального "
    "развития Оренбургской области Антон Седов. Делегация побывала в Сакмарском доме-интернате."
)


def _kind(label: str) -> str:
    return next(word for word in label.split() if word in KIND_COLORS)


def _evidence(article: Article) -> list[tuple[str, str]]:
    """(kind, text) of every evidence span of the record."""
    found = []
    for visit in article.visits:
        found += [("REGION", e.text) for r in visit.regions for e in r.evidence]
        found += [("OFFICIAL", e.text) for o in visit.officials for e in o.evidence]
        found += [("INSTITUTION", e.text) for i in visit.institutions for e in i.evidence]
        found += [("DATE", e.text) for e in visit.date_evidence]
    return found


def _normal(text: str) -> str:
    return " ".join(text.split())


def test_marked_spans_are_the_records_evidence() -> None:
    article = visitparse.parse(TEXT)
    html = render_html(article, TEXT)
    reader = marked_spans(html)
    marked = sorted((_kind(s.label), s.text) for s in reader.spans)
    expected = sorted({(kind, _normal(text)) for kind, text in _evidence(article)})
    assert marked == expected
    assert ("OFFICIAL", "Антоном Седовым") not in marked and ("OFFICIAL", "Антон Седов") in marked
    # the whole text is there, word for word (cut at evidence edges, never altered)
    assert "".join(reader.tokens) == "".join(TEXT.split())


def test_labels_carry_roles_and_colours_by_kind() -> None:
    article = visitparse.parse(TEXT)
    spans = marked_spans(render_html(article, TEXT)).spans
    labels = {s.text: s.label for s in spans}
    assert labels["Оренбургскую область"].startswith("REGION host")
    assert labels["Антон Седов"].startswith("OFFICIAL host")
    assert all(s.color == KIND_COLORS[_kind(s.label)] for s in spans)


def test_visit_cards_show_the_records() -> None:
    article = visitparse.parse(TEXT)
    html = render_html(article, TEXT)
    assert 'id="visit-1"' in html and "RU-ORE" in html and "Республика Башкортостан" in html
    assert "<script" not in html and "http" not in html.split("</head>")[0]  # nothing fetched


def test_overlapping_spans_of_two_visits_are_both_marked() -> None:
    text = "Губернатор Иван Седов встретил гостей."
    ev = Evidence(start=11, end=21, text="Иван Седов")
    wrong = Evidence(start=0, end=99, text="x")
    article = Article(
        language="ru",
        visits=[
            Visit(officials=[Official(name="Иван Седов", side="host", evidence=[ev])]),
            Visit(
                officials=[Official(name="Иван Седов", side="guest", evidence=[ev])],
                regions=[Region(code="RU-ORE", name="Оренбург", evidence=[wrong])],
            ),
        ],
    )  # fmt: skip
    spans = marked_spans(render_html(article, text)).spans
    assert sorted((s.label, s.text) for s in spans) == [
        ("V1 OFFICIAL host", "Иван Седов"),
        ("V2 OFFICIAL guest", "Иван Седов"),
    ]  # the region's evidence does not match the text: left out, not mis-drawn


def test_cli_render(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "view.html"
    assert main(["render", str(src), "-o", str(out), "--id", "doc-7"]) == 0
    html = out.read_text(encoding="utf-8")
    assert "<title>doc-7</title>" in html
    assert any(s.text == "Антон Седов" for s in marked_spans(html).spans)
    assert main(["render", str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
