"""Bulgarian facility and body names written as descriptions (visitparse.lang.bg.facilities)."""

from __future__ import annotations

import visitparse
from visitparse.lang.bg.facilities import HEADS, is_adjective


def orgs(text: str) -> list[str]:
    """The ORG mentions the Bulgarian annotator finds in ``text``."""
    return [e.text for e in visitparse.parse(text, lang="bg").entities if e.label == "ORG"]


def test_neuter_heads_in_ie_make_their_plural_in_ia() -> None:
    assert HEADS["отделения"] == "отделение"
    assert HEADS["предприятието"] == "предприятие"
    assert HEADS["паметниците"] == "паметник"


def test_a_noun_in_ina_is_no_adjective() -> None:
    assert not is_adjective("големина")
    assert not is_adjective("годината")
    assert is_adjective("психиатрична")


def test_a_lowercase_head_with_a_field_after_po_is_a_name() -> None:
    found = orgs("Вчера гостите влязоха в гимназията по дървообработване в Тетевен.")
    assert found == ["гимназията по дървообработване в Тетевен"]


def test_a_lowercase_head_completed_by_a_quoted_name() -> None:
    found = orgs("Пяха децата от ансамбъла за стари градски песни „Зорница“ от селото.")
    assert found == ["ансамбъла за стари градски песни „Зорница“"]


def test_a_park_is_no_institution() -> None:
    assert orgs("Гостите се разходиха в парка „Лозенец“ след обяд.") == []


def test_a_size_ranking_is_no_facility_name() -> None:
    assert orgs("Това е третата по големина детска болница в страната.") == []


def test_a_lowercase_municipality_that_sends_people_is_the_body() -> None:
    found = orgs("Пристигнаха представители на община Кавала и сръбската община Пирот.")
    assert found == ["община Кавала", "община Пирот"]


def test_a_lowercase_municipality_where_something_is_stays_a_place() -> None:
    found = orgs("Центърът е на територията на община Самоков, а домът е в община Ихтиман.")
    assert not any(name.startswith("община") for name in found)


def test_adjectives_in_tska_with_their_article() -> None:
    assert is_adjective("гръцката")
    assert is_adjective("немския")


def test_the_regional_administration_is_named_by_its_lowercase_description() -> None:
    assert orgs("Гостите бяха приети в областната администрация вчера.") == ["областната администрация"]


def test_a_quoted_name_belongs_to_the_last_head_before_it() -> None:
    found = orgs("Той направи инспекция на ремонта на църквата „Свети Никола“ в града.")
    assert found == ["църквата „Свети Никола“"]


def test_a_name_stops_at_a_past_participle() -> None:
    found = orgs("Вчера Горска инспекция за опазване на горите направили проверка.")
    assert found == ["Горска инспекция за опазване на горите"]


def test_one_adjective_and_a_head_are_a_name_as_the_object_of_a_visit() -> None:
    assert orgs("Министърът посети и детското отделение след обяд.") == ["детското отделение"]
    assert orgs("Министърът говори за детското отделение след обяд.") == []


def test_a_determiner_makes_a_description_generic() -> None:
    assert orgs("Решава директорът на съответната регионална здравна инспекция.") == []


def test_an_abbreviation_takes_the_town_after_it() -> None:
    found = orgs("Присъства и председателят на ОбС Смядово д-р Петър Петков.")
    assert found == ["ОбС Смядово"]


def test_community_centres_and_schools_by_abbreviation_and_companies_by_quoted_name() -> None:
    found = orgs("Гостите посетиха НЧ „Изгрев“ и ПМГ „Иван Вазов“, после компанията „Сияние“.")
    assert found == ["НЧ „Изгрев“", "ПМГ „Иван Вазов“", "компанията „Сияние“"]


def test_a_lowercase_head_attached_to_a_body_is_a_name() -> None:
    assert orgs("Гостите видяха параклиса и църквата към консулството.") == ["църквата към консулството"]
