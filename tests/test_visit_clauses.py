"""Two visits reported in one sentence: a clause with a date and a place of its own (visits.py)."""

from __future__ import annotations

import pytest

import visitparse


def visits(text: str, lang: str) -> list[tuple[str | None, list[tuple[str, str | None]], list[str]]]:
    """Each visit as (start date, [(region code, role)], [official names])."""
    article = visitparse.parse(text, lang=lang)
    return [
        (v.start_date, [(r.code, r.role) for r in v.regions], [o.name for o in v.officials])
        for v in article.visits
    ]


@pytest.mark.parametrize(
    ("text", "lang", "first", "second"),
    [
        (
            "Днес, 24 май, министърът Петър Иванов ще посети Пловдив, а на 26 май ще бъде във Варна.",
            "bg",
            ("XXXX-05-24", "BG-16"),
            ("XXXX-05-26", "BG-03"),
        ),
        (
            "На 3 юни заместник-министър Мария Петрова посети Русе, а 5 юни – Видин.",
            "bg",
            ("XXXX-06-03", "BG-18"),
            ("XXXX-06-05", "BG-05"),
        ),
        (
            "На 3 юни кметът Иван Колев посети Габрово; на 6 юни той беше в Ловеч.",
            "bg",
            ("XXXX-06-03", "BG-07"),
            ("XXXX-06-06", "BG-11"),
        ),
        (
            "12 марта губернатор Олег Грачев посетит Псков, а 14 марта — Великие Луки.",
            "ru",
            ("XXXX-03-12", "RU-PSK"),
            ("XXXX-03-14", "RU-PSK"),
        ),
        (
            "12 марта министр Олег Грачев побывал в Твери; 14 марта он посетил Рязань.",
            "ru",
            ("XXXX-03-12", "RU-TVE"),
            ("XXXX-03-14", "RU-RYA"),
        ),
    ],
    ids=["bg-a-na", "bg-a-elided-verb", "bg-semicolon", "ru-a-elided-verb", "ru-semicolon"],
)
def test_a_clause_with_its_own_date_and_place_is_a_second_visit_of_the_same_people(
    text: str, lang: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    found = visits(text, lang)
    assert [(date, [code for code, _ in regions]) for date, regions, _ in found] == [
        (first[0], [first[1]]),
        (second[0], [second[1]]),
    ]
    # The second clause names nobody: its visitor is the one of the first.
    assert found[0][2] == found[1][2] and len(found[0][2]) == 1


def test_the_second_clause_keeps_its_own_visitor_and_host() -> None:
    own_subject = visits(
        "Министр Олег Грачев посетил Тверь 12 марта, а 14 марта в Пскове с рабочей поездкой "
        "побывал губернатор Иван Сомов.",
        "ru",
    )
    assert [officials for _, _, officials in own_subject] == [["Олег Грачев"], ["Иван Сомов"]]
    # A host met in the second place stays there; the visitor comes along.
    with_host = visits(
        "На 3 юни министър Петър Иванов посети Пловдив, а 10 юни – Сливен, където се срещна с кмета "
        "Стоян Маринов.",
        "bg",
    )
    assert [officials for _, _, officials in with_host] == [
        ["Петър Иванов"],
        ["Петър Иванов", "Стоян Маринов"],
    ]


@pytest.mark.parametrize(
    ("text", "lang", "guest"),
    [
        ("Делегация от Пловдив ще посети Бургас на 5 май, а на 8 май – Варна.", "bg", "BG-16"),
        ("Делегация Калужской области 5 мая посетит Тулу, а 8 мая — Рязань.", "ru", "RU-KLU"),
    ],
)
def test_the_place_the_visitors_come_from_goes_with_both_visits(text: str, lang: str, guest: str) -> None:
    found = visits(text, lang)
    assert len(found) == 2
    assert all((guest, "guest") in regions for _, regions, _ in found)
    assert found[0][1] != found[1][1]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("На 3 юни министър Петър Иванов посети Пловдив, а на 10 юни ще бъде приета новата наредба.", "bg"),
        ("12 марта министр Олег Грачев посетил Тверь, а 14 марта будет подписано соглашение.", "ru"),
    ],
)
def test_a_second_date_without_a_place_of_its_own_starts_no_visit(text: str, lang: str) -> None:
    assert [date for date, _, _ in visits(text, lang)] == ["XXXX-06-03" if lang == "bg" else "XXXX-03-12"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "На 3 юни министър Петър Иванов посети Пловдив, а на 10 юни кметът Стоян Маринов подписа "
            "договор в Сливен.",
            "bg",
        ),
        (
            "12 марта министр Олег Грачев посетил Тверь, а 14 марта губернатор Иван Сомов провел "
            "совещание в Пскове.",
            "ru",
        ),
    ],
)
def test_a_second_clause_with_a_verb_of_something_else_starts_no_visit(text: str, lang: str) -> None:
    assert len(visits(text, lang)) == 1
    # The same clause with a visit verb does.
    visiting = text.replace("подписа договор в", "ще гостува в").replace("провел совещание в", "побывал в")
    assert len(visits(visiting, lang)) == 2
