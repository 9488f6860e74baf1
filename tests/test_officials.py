"""Officials end to end: names the NER misses, positions with their unit, organizations, sides."""

from __future__ import annotations

import pytest

import visitparse
from visitparse.schema import Official


def officials(text: str) -> dict[str, Official]:
    article = visitparse.parse(text)
    return {o.name: o for visit in article.visits for o in visit.officials}


def test_name_after_a_body_with_a_two_word_town_is_found() -> None:
    found = officials(
        "На 14 май 2025 г. социални работници от Ямбол посетиха Велико Търново. Гостите бяха "
        "посрещнати от заместник-кмета на Община Велико Търново Петя Колева."
    )
    assert set(found) == {"Петя Колева"}
    assert found["Петя Колева"].position == "заместник-кмет"
    assert found["Петя Колева"].organization == "Община Велико Търново"
    assert found["Петя Колева"].side == "host"


def test_bulgarian_unit_is_part_of_the_position_and_the_body_keeps_its_town() -> None:
    found = officials(
        "На 2 юни 2025 г. екип от Сливен гостува в Бургас. Групата беше водена от Иван Стоянов – "
        "началник на отдел „Социална закрила“ в Дирекция „Социално подпомагане“ – Сливен."
    )
    official = found["Иван Стоянов"]
    assert official.position == "началник на отдел „Социална закрила“"
    assert official.organization == "Дирекция „Социално подпомагане“ – Сливен"
    assert official.side == "guest"


def test_anaphoric_noun_points_to_the_facility_named_before() -> None:
    article = visitparse.parse(
        "На 9 юли 2025 г. Комплексът за социални услуги за деца – Ловеч прие гости от Плевен. "
        "Гостите разгледаха залите, а управителят на комплекса Мария Ангелова им представи екипа."
    )
    (visit,) = article.visits
    (official,) = visit.officials
    assert (official.name, official.position, official.side) == ("Мария Ангелова", "управител", "host")
    assert official.organization == "Комплекс за социални услуги за деца – Ловеч"
    assert {r.code: r.role for r in visit.regions} == {"BG-11": "host", "BG-15": "guest"}


def test_russian_unit_in_the_position_and_the_ministry_as_organization() -> None:
    article = visitparse.parse(
        "3 марта 2025 года делегация Курской области посетила Белгород. В состав делегации вошла "
        "консультант отдела семейной политики министерства социального обеспечения Курской области "
        "Анна Петрова."
    )
    (visit,) = article.visits
    (official,) = visit.officials
    assert official.position == "консультант отдела семейной политики"
    assert official.organization == "министерство социального обеспечения Курской области"
    assert official.side == "guest"
    # The unit belongs to the position; the ministry is the institution.
    assert [i.name for i in visit.institutions] == ["министерство социального обеспечения Курской области"]


def test_russian_department_named_earlier_is_the_deputy_directors_organization() -> None:
    found = officials(
        "10 апреля 2025 года Департамент социальной защиты населения Ивановской области принимал "
        "коллег из Владимира. Заместитель директора департамента Ирина Сергеевна Котова рассказала "
        "гостям о работе мобильных бригад."
    )
    official = found["Ирина Сергеевна Котова"]
    assert official.position == "заместитель директора"
    assert official.organization == "Департамент социальной защиты населения Ивановской области"
    assert official.side == "host"


@pytest.mark.parametrize(
    "text",
    [
        "Домакин на срещата беше Община Шумен\n\nНа 5 март 2025 г. специалисти от Търговище посетиха Шумен.",
        "На 5 март 2025 г. гостите посетиха Дом за стари хора „Д. Петров“ в Шумен.",
    ],
    ids=["headline-noun", "facility-named-after-someone"],
)
def test_words_that_are_not_participants_give_no_official(text: str) -> None:
    assert officials(text) == {}


def test_a_surname_alone_merges_into_the_full_name_and_a_lone_word_is_no_official() -> None:
    found = officials(
        "На 3 март 2025 г. гости от Тернопол посетиха Сливен. Делегацията води Павлина Димова – "
        "заместник-кмет. Димова благодари на домакините."
    )
    assert set(found) == {"Павлина Димова"}


@pytest.mark.parametrize(
    "text",
    [
        # a byline, a photo credit and an author line
        "Сливен, 3 март /Мария Колева, БТА/\nНа 3 март 2025 г. гости от Ямбол посетиха Сливен.",
        "Иван Колев / ТАСС\n3 марта 2025 года делегация из Тулы посетила Курск.",
        "Автор:\nМария Колева\nНа 3 март 2025 г. гости от Ямбол посетиха Сливен.",
        # someone a place is named after
        "3 марта 2025 года губернатор посетил школу, которая носит имя летчика Ивана Колева.",
        "На 3 март 2025 г. гостите посетиха болница „Проф. д-р Иван Колев“ в Сливен.",
        # a country read as a person
        "На 3 март 2025 г. експерти от Република Египет посетиха Сливен.",
    ],
    ids=["dateline", "credit", "author", "namesake", "quoted-with-title", "country"],
)
def test_persons_who_do_not_take_part_are_no_officials(text: str) -> None:
    assert officials(text) == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "3 марта 2025 года в Курск прибыла делегация. От имени губернатора Иван Колев вручил награды.",
            "Иван Колев",
        ),
        (
            "3 марта 2025 года делегация из Тулы посетила Курск. На фото министр Иван Колев и гости.",
            "Иван Колев",
        ),
    ],
    ids=["on-behalf", "photo-caption"],
)
def test_cue_words_that_do_not_make_a_byline_or_a_namesake(text: str, name: str) -> None:
    assert name in officials(text)
