"""Regions of a visit and their roles, end to end (visitparse.extract.sides)."""

from __future__ import annotations

import visitparse


def roles(text: str) -> dict[str, str | None]:
    article = visitparse.parse(text)
    return {r.code: r.role for visit in article.visits for r in visit.regions}


def test_a_district_named_like_a_town_of_another_region_is_not_that_region() -> None:
    # Волжский (the town) is in the Volgograd region; "Волжского района" here is a Samara district.
    found = roles("12 марта 2025 года делегация Самарской области посетила КЦСОН Волжского района.")
    assert "RU-VGG" not in found
    assert found == {"RU-SAM": "guest"}


def test_a_foreign_region_named_by_its_adjective_inside_the_visiting_party() -> None:
    found = roles(
        "С 3 по 5 июня 2025 года Брянскую область посетила делегация управления образования "
        "Гомельского облисполкома. Гостей принимал губернатор Брянской области."
    )
    assert found == {"RU-BRY": "host", "BY-HO": "guest"}


def test_the_place_of_an_officials_body_is_not_the_venue() -> None:
    found = roles(
        "На 9 април 2025 г. социални работници от Силистра, водени от Петя Драганова – директор на "
        "дирекция „Социални дейности“ в Община Силистра, гостуваха в Добрич."
    )
    assert found == {"BG-19": "guest", "BG-08": "host"}


def test_the_receiving_body_is_the_host_even_after_a_services_noun() -> None:
    found = roles("На 9 юли 2025 г. Комплексът за социални услуги за деца – Ловеч прие гости от Плевен.")
    assert found == {"BG-11": "host", "BG-15": "guest"}
