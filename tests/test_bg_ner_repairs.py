"""The Bulgarian NER repairs after the model: lone towns (towns.py), cut organizations (org_spans.py)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from visitparse.lang.bg.org_spans import OrgSpans
from visitparse.lang.bg.towns import TownRule


def _doc(text: str, ents: list[tuple[int, int, str]]) -> Doc:
    """``text`` split on spaces, with (first token, end token, label) entities."""
    doc = spacy.blank("bg").make_doc(text)
    doc.set_ents([Span(doc, s, e, label=label) for s, e, label in ents])
    return doc


def _ents(doc: Doc) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in doc.ents]


def test_a_lone_town_the_model_called_a_body_or_left_out_is_a_place() -> None:
    doc = _doc("Кметът на Троян посети Поморие вчера .", [(2, 3, "ORG")])
    assert _ents(TownRule()(doc)) == [("Троян", "LOC"), ("Поморие", "LOC")]


def test_a_town_inside_a_name_or_next_to_a_capital_stays_as_it_is() -> None:
    doc = _doc("Община Троян и Троян Петров от „ Троян “ ООД", [(0, 2, "ORG"), (3, 5, "PER")])
    assert _ents(TownRule()(doc)) == [("Община Троян", "ORG"), ("Троян Петров", "PER")]


def test_a_town_that_is_also_a_given_name_stays_a_person() -> None:
    doc = _doc("Разговаря с Елена , а после с Дупница", [(2, 3, "PER"), (7, 8, "PER")])
    assert _ents(TownRule()(doc)) == [("Елена", "PER"), ("Дупница", "LOC")]


def test_a_unit_and_the_body_after_it_become_one_organization() -> None:
    doc = _doc(
        "председател на Управителния съвет на Агенция Пътища и началник на Клиниката по хирургия на УМБАЛ",
        [(2, 4, "ORG"), (5, 7, "ORG"), (10, 13, "ORG")],
    )
    assert _ents(OrgSpans()(doc)) == [
        ("Управителния съвет на Агенция Пътища", "ORG"),
        ("Клиниката по хирургия на УМБАЛ", "ORG"),
    ]


def test_a_body_that_is_no_unit_keeps_its_own_name() -> None:
    doc = _doc("директор на Агенция Пътища на Община Русе", [(2, 4, "ORG"), (5, 7, "ORG")])
    assert _ents(OrgSpans()(doc)) == [("Агенция Пътища", "ORG"), ("Община Русе", "ORG")]


def test_a_name_takes_its_abbreviation_after_a_dash() -> None:
    doc = _doc("директор на Службата за одит – СО – Иван Иванов", [(2, 5, "ORG"), (8, 10, "PER")])
    assert _ents(OrgSpans()(doc)) == [("Службата за одит – СО", "ORG"), ("Иван Иванов", "PER")]


def test_a_mention_running_into_a_date_is_cut_before_it() -> None:
    doc = _doc("посещение в Тетевен на 19 февруари", [(2, 5, "ORG")])
    assert _ents(OrgSpans()(doc)) == [("Тетевен", "ORG")]


def test_the_name_after_a_lowercase_municipality_is_the_place_when_the_gazetteer_knows_it() -> None:
    from visitparse.lang.bg.patterns import find_domain_spans

    doc = spacy.blank("bg").make_doc("Кметът на община Гоце Делчев , Иван Колев , и гостите в община Бор")
    spans = [(s.text, s.label_) for s in find_domain_spans(doc)]
    assert ("Гоце Делчев", "LOC") in spans
    assert not any("Колев" in text or "Бор" in text for text, _ in spans)  # no known "община Бор"


def test_a_mention_running_into_a_second_phrase_or_its_abbreviation_is_cut() -> None:
    doc = _doc(
        "според агенция Франс Прес германското министерство и Съвета за одит / СО / вчера",
        [(1, 6, "ORG"), (7, 12, "ORG")],
    )
    assert _ents(OrgSpans()(doc)) == [("агенция Франс Прес", "ORG"), ("Съвета за одит", "ORG")]


def test_a_list_item_the_model_read_as_a_first_name_stays_in_the_list() -> None:
    from visitparse.lang.bg.facilities import find_named_list

    doc = _doc("провери язовирите Искрец , Пясък и Марица днес", [(6, 7, "PER")])
    assert [s.text for s in find_named_list(doc, 1)] == ["Искрец", "Пясък", "Марица"]


def test_a_place_adjective_with_the_visiting_people_is_no_organization() -> None:
    doc = _doc("Ямболски експерти посетиха Сливен", [(0, 2, "ORG"), (3, 4, "LOC")])
    assert _ents(OrgSpans()(doc)) == [("Сливен", "LOC")]
