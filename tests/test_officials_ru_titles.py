"""Russian titles read off real news (FactRuEval's Occupation facts, see benchmarks/occupations_ru.py):
where a title ends, which body it names and whose it is. The examples are written for these tests."""

from __future__ import annotations

import pytest

from visitparse.extract.officials import find_officials
from visitparse.lang import get_annotator
from visitparse.parser import annotated_view


def titles(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Name -> (position, organization) of every person found, visit or not."""
    view, _ = annotated_view(get_annotator("ru")(text), "ru", text)
    return {p.name: (p.position, p.organization) for p in find_officials(view, "ru")}


def test_a_named_committee_is_the_organization_not_a_unit_of_the_title() -> None:
    found = titles("Вчера председатель Олимпийского комитета России Иван Петров приехал в Казань.")
    assert found["Иван Петров"] == ("председатель", "Олимпийский комитет России")


def test_a_lower_case_committee_before_a_named_body_stays_in_the_title() -> None:
    found = titles("Председатель аграрного комитета Госдумы Иван Петров приехал в Казань.")
    assert found["Иван Петров"] == ("председатель аграрного комитета", "Госдума")


def test_a_movement_named_after_the_title_is_the_organization() -> None:
    found = titles("На встречу пришел координатор движения «Зеленый город» Петр Иванов.")
    assert found["Петр Иванов"] == ("координатор", "Зеленый город")


def test_a_remit_ends_at_a_comma_before_a_verb() -> None:
    found = titles(
        "Заявление сделал японский премьер по северной проблеме, заявив, что слова Ивана Петрова неуместны."
    )
    assert found["Иван Петров"] == (None, None)


def test_a_remit_goes_on_over_commas_between_its_nouns() -> None:
    found = titles(
        "Заместитель губернатора по вопросам образования, науки и культуры Анна Котова посетила школу."
    )
    assert found["Анна Котова"][0] == "заместитель губернатора по вопросам образования, науки и культуры"


def test_a_plural_title_after_a_name_opens_the_next_clause() -> None:
    found = titles("По приглашению Анны Котовой, депутаты областной думы посетили завод.")
    assert found["Анна Котова"] == (None, None)


def test_a_plural_title_after_a_list_of_names_is_theirs() -> None:
    found = titles("Школу посетили Иван Петров и Анна Котова, депутаты областной думы.")
    assert found["Анна Котова"][0] == "депутат"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "В Тулу прибыл Олег Сидоров, управляющий компанией «Ромашка».",
            "Олег Сидоров",
            ("управляющий", "Ромашка"),
        ),
        ("Позже приехал Иван Петров, директор компании «Ландыш».", "Иван Петров", ("директор", "Ландыш")),
    ],
    ids=["instrumental", "genitive"],
)
def test_a_body_after_its_kind_is_the_organization_of_a_title_after_the_name(
    text: str, name: str, expected: tuple[str, str]
) -> None:
    assert titles(text)[name] == expected


def test_a_title_before_a_quoted_body_and_a_name_is_the_next_persons() -> None:
    found = titles(
        "Среди задержанных были известный юрист Лев Петров, координатор движения «Красный город» "
        "Сергей Ушаков."
    )
    assert found["Лев Петров"] == (None, None)
    assert found["Сергей Ушаков"] == ("координатор", "Красный город")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Лидер фракции ЛДПР Иван Петров выступил.", ("лидер фракции", "ЛДПР")),
        ("Гендиректор ОАО «Ромашка» Иван Петров встретил гостей.", ("генеральный директор", "ОАО «Ромашка»")),
        ("Выступил Иван Петров, член правления Сбербанка.", ("член правления", "Сбербанк")),
    ],
    ids=["leader", "short-form", "member"],
)
def test_members_leaders_and_short_forms_are_titles(text: str, expected: tuple[str, str]) -> None:
    assert titles(text)["Иван Петров"] == expected


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Вчера президент Грузии Иван Петров прибыл в Москву.", "Иван Петров", "президент Грузии"),
        (
            "Школу посетил Иван Петров, губернатор Тверской области.",
            "Иван Петров",
            "губернатор Тверской области",
        ),
        (
            "Министр культуры Тверской области Анна Котова открыла выставку.",
            "Анна Котова",
            "министр культуры",
        ),
        (
            "С гостями встретился временный поверенный в делах России в Монголии Иван Петров.",
            "Иван Петров",
            "временный поверенный в делах России в Монголии",
        ),
    ],
    ids=["before-name", "after-name", "minister", "envoy"],
)
def test_the_place_written_after_a_title_is_part_of_the_position(text: str, name: str, position: str) -> None:
    view, _ = annotated_view(get_annotator("ru")(text), "ru", text)
    (official,) = [p for p in find_officials(view, "ru") if p.name == name]
    assert official.full_position == position


def test_an_and_after_the_title_parts_it_from_the_name() -> None:
    assert titles("Президент и первая леди Анна Котова посетили школу.")["Анна Котова"] == (None, None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("зампредседателя правительства области", "зампредседателя правительства"),
        ("заммэра", "заммэра"),
        ("замгендиректора", "замгендиректора"),
        ("завотделением", "заведующий отделением"),
    ],
)
def test_fused_short_titles_are_titles(title: str, expected: str) -> None:
    assert titles(f"Школу посетил {title} Иван Петров.")["Иван Петров"][0] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "заместитель губернатора Тверской области по социальным вопросам",
            ("заместитель губернатора Тверской области по социальным вопросам", None),
        ),
        (
            "заместитель главы администрации города по социальным вопросам",
            ("заместитель главы по социальным вопросам", "администрация города"),
        ),
        (
            "начальник Департамента Смоленской области по образованию",
            ("начальник", "Департамент Смоленской области"),
        ),
    ],
    ids=["after-place", "after-administration", "department-remit"],
)
def test_a_remit_after_the_body_or_place_belongs_to_the_title_of_its_head(
    title: str, expected: tuple[str, str | None]
) -> None:
    view, _ = annotated_view(get_annotator("ru")(text := f"Школу посетил {title} Иван Петров."), "ru", text)
    (official,) = find_officials(view, "ru")
    assert (official.full_position, official.organization) == expected


def test_a_commissioner_to_the_president_holds_the_commissioners_title() -> None:
    text = "Гостей встретил уполномоченный при Президенте РФ по правам ребенка Иван Петров."
    view, _ = annotated_view(get_annotator("ru")(text), "ru", text)
    (official,) = find_officials(view, "ru")
    assert official.full_position == "уполномоченный при президенте РФ по правам ребенка"


def test_a_priest_holds_his_office_and_his_church_is_his_organization() -> None:
    found = titles("Настоятель Покровского храма о.Сергий провел экскурсию по храму.")
    assert found["Сергий"] == ("настоятель", "Покровский храм")


def test_a_bishops_title_is_a_position() -> None:
    assert titles("Гостей встретил епископ Иван Петров.")["Иван Петров"][0] == "епископ"


def test_an_organization_in_brackets_after_the_name_is_the_persons() -> None:
    assert titles("На встрече выступил депутат Иван Петров (ЛДПР).")["Иван Петров"] == ("депутат", "ЛДПР")
    assert titles("Иван Петров (1950-2020) основал музей.")["Иван Петров"] == (None, None)
