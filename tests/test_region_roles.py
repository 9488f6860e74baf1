"""Regions of a visit and their roles, end to end (visitparse.extract.sides)."""

from __future__ import annotations

import pytest

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


def codes(text: str) -> set[str]:
    return set(roles(text))


def test_a_place_inside_a_persons_name_is_no_region() -> None:
    # "Анже" is Angers (FR-PDL) and a first name.
    found = codes("На 4 май 2025 г. Анже Петров посети Габрово заедно с гости от Плевен.")
    assert found == {"BG-07", "BG-15"}


def test_a_village_named_like_a_town_is_not_that_town() -> None:
    # Талица is a town of the Sverdlovsk region; "села Талицы" here is an Ivanovo village.
    found = codes("5 июля 2025 года губернатор Ивановской области посетил села Талицы и Мугреево.")
    assert found == {"RU-IVA"}


def test_the_seat_of_a_diplomats_post_is_no_region_of_the_visit() -> None:
    found = codes(
        "10 марта 2025 года Омскую область посетила делегация Республики Казахстан, "
        "в составе которой был генеральный консул Казахстана в Новосибирске."
    )
    assert "RU-NVS" not in found and "RU-OMS" in found


def test_a_bare_name_takes_the_sense_of_its_fuller_mention() -> None:
    # "Драма" alone is also a Bulgarian village (Ямбол); after "община Драма" it is the Greek town.
    found = codes("На 3 юни 2025 г. кметът на Троян посети община Драма. Срещата в Драма продължи два часа.")
    assert found == {"GR-A", "BG-11"}


def test_a_country_named_on_its_own_stays_beside_its_subdivision_in_russian() -> None:
    found = codes("10 марта 2025 года Омскую область посетила делегация из Узбекистана и Бухарской области.")
    assert found == {"RU-OMS", "UZ", "UZ-BU"}


def test_a_country_only_as_the_address_of_its_subdivision_is_left_out() -> None:
    found = codes(
        "10 марта 2025 года Смоленскую область посетила делегация Брестской области Республики Беларусь."
    )
    assert found == {"RU-SMO", "BY-BR"}
    found = codes("На 10 март 2025 г. Сливен посрещна гости от град Печ, Унгария, и от Полша.")
    assert found == {"BG-20", "HU-PS", "PL"}


def test_a_countrys_adjective_counts_only_for_a_party_or_a_place() -> None:
    found = codes("12 марта 2025 года китайская делегация посетила Омск и осмотрела немецкое оборудование.")
    assert found == {"CN", "RU-OMS"}
    found = codes("На 3 юни 2025 г. кметът на Троян посети японската технология в Габрово.")
    assert "JP" not in found


def test_guests_and_hosts_from_districts_of_one_region_make_it_the_host() -> None:
    found = roles(
        "15 мая 2025 г. в доме культуры Нукутского района состоялась встреча по обмену опытом между "
        "коллегами Качугского , Жигаловского и Аларского районов.\nГостей приветствовал глава района "
        "И.П. Котов."
    )
    assert found == {"RU-IRK": "host"}


def test_a_small_town_of_a_country_the_article_names_is_found() -> None:
    found = roles(
        "На 5 май 2025 г. делегация от Разград замина за унгарския град Сомбатхей. "
        "Гостите ще се срещнат с кмета на Сомбатхей."
    )
    assert found == {"HU-SH": "host", "BG-17": "guest"}


def test_a_small_town_abroad_needs_its_country_in_the_article_unless_the_ner_found_it() -> None:
    from visitparse.extract.context import TextView
    from visitparse.extract.sides import find_region_mentions
    from visitparse.lang.bg.annotator import load
    from visitparse.lang.vocab import get_vocabulary

    text = "На 5 май 2025 г. делегация от Разград посети Сомбатхей."
    doc = load()(text)
    codes = {m.match.code for m in find_region_mentions(TextView(doc, get_vocabulary("bg"), "bg"), "bg")}
    assert ("HU-SH" in codes) == any(e.text == "Сомбатхей" and e.label_ == "LOC" for e in doc.ents)
    # A word the NER left out is searched for only in the countries the article names.
    doc.ents = [e for e in doc.ents if e.text != "Сомбатхей"]
    codes = {m.match.code for m in find_region_mentions(TextView(doc, get_vocabulary("bg"), "bg"), "bg")}
    assert "HU-SH" not in codes


def test_a_district_of_other_regions_named_with_a_qualifier_is_not_the_adjectives_region() -> None:
    found = roles(
        "12 марта 2025 года губернатор Приморского края Олег Смирнов посетил Кировский муниципальный "
        "район. Глава Кировский муниципальный район не покидал."
    )
    assert found == {"RU-PRI": "host"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "12 марта 2025 года в Курганскую область прибыл полпред в Уральском федеральном округе "
            "Олег Смирнов.",
            "KZ-27",
        ),
        ("На 5 май 2025 г. министърът посети Хасково. Празникът се отбелязва извън София.", "BG-22"),
        ("На 5 май 2025 г. министърът посети Хасково, където гледа филма „Денят на Берн“.", "CH-BE"),
        ("Новости Твери. 12 марта 2025 года губернатор Олег Смирнов посетил Курскую область.", "RU-TVE"),
        ("На 5 май 2025 г. министърът посети Хасково, съобщи Радио Варна.", "BG-03"),
    ],
    ids=["federal-district", "outside", "quoted-title", "outlet-ru", "outlet-bg"],
)
def test_names_that_are_no_place_of_the_visit(text: str, absent: str) -> None:
    found = roles(text)
    assert absent not in found and found


def test_the_ends_of_a_line_or_road_are_no_places_of_the_visit() -> None:
    found = roles("На 5 май 2025 г. министърът посети Хасково и трасето на пътя Русе - Велико Търново.")
    assert found == {"BG-26": "host"}
    # One place named twice with a dash stays.
    assert roles("12 марта 2025 года губернатор посетил Кемеровскую область - Кузбасс.") == {"RU-KEM": "host"}


def test_a_town_that_a_subdivision_abroad_is_named_after_is_in_that_subdivision() -> None:
    found = roles(
        "20 февраля 2025 года делегация Ростовской области прибыла во Вьетнам. Переговоры с "
        "руководством провинции Бариа-Вунгтау прошли в Вунгтау."
    )
    assert "VN-43" in found and "VN-SG" not in found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("12 марта 2025 года губернатор Олег Смирнов проинспектировал школу в Мысках.", "RU-KEM"),
        ("На 12 март 2025 г. кметът Иван Петров посети училището в Елена.", "BG-04"),
    ],
)
def test_a_small_home_town_after_a_preposition_of_place_is_the_venue(text: str, code: str) -> None:
    assert roles(text) == {code: "host"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 марта 2025 года губернатор Олег Смирнов посетил Курскую область. Олег Смирнов родился в "
            "Омске, окончил институт в Томске.",
            {"RU-KRS": "host"},
        ),
        (
            "На 12 март 2025 г. министърът Иван Петров посети Русе. Петров е роден в Пловдив, завършил е "
            "университета във Варна.",
            {"BG-18": "host"},
        ),
        # A sentence that reports the visit keeps its places.
        ("Уроженец Омска губернатор Олег Смирнов 12 марта 2025 года посетил Омск.", {"RU-OMS": "host"}),
    ],
)
def test_the_places_of_a_biography_are_no_places_of_the_visit(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


def test_a_quoted_remark_is_no_name_and_keeps_its_places() -> None:
    found = roles(
        'На 5 май 2025 г. министърът посети Хасково. "Ще дойдат и гости от Русе", каза той, а "Денят на '
        'Берн" ще бъде прожектиран вечерта.'
    )
    assert "BG-18" in found and "CH-BE" not in found


def test_guests_from_a_twin_town_written_with_its_adjectives_and_where_they_are() -> None:
    found = roles(
        "На 4 юни 2025 г. кметът Иван Колев посрещна делегация от побратимения град Зайчар /Сърбия/. "
        "Официалните гости са в Ловеч по покана на кмета."
    )
    assert found == {"RS-15": "guest", "BG-11": "host"}


def test_a_small_town_inside_a_longer_place_name_is_no_region() -> None:
    # "Белом доме" (one LOC) holds the name of the small Tver-region town Белый after "в".
    found = codes("Министр Олег Грачев прибыл в Белом доме на переговоры с делегацией из Казани.")
    assert "RU-TVE" not in found
    assert "RU-TA" in found


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        (
            "Министър Иван Петров посети Брюксел на 3 май 2025 г. Лондон заяви, че ще плаща.",
            "GB-ENG",
            "BE-BRU",
        ),
        (
            "На 3 май 2025 г. министър Иван Петров посети Брюксел. Лондон и Париж вече отговориха.",
            "FR-IDF",
            "BE-BRU",
        ),
        (
            "3 мая 2025 года губернатор Денис Паслер посетил Минск. Вашингтон не ответил на запрос.",
            "US-DC",
            "BY-HM",
        ),
    ],
)
def test_a_place_as_the_speaker_stands_for_its_government(text: str, absent: str, kept: str) -> None:
    found = codes(text)
    assert absent not in found and kept in found


def test_a_place_after_a_preposition_before_a_speech_verb_stays() -> None:
    # "в Брюксел заяви": the place where someone spoke, not the one who spoke.
    found = codes("На 3 май 2025 г. министър Иван Петров посети Брюксел и в Брюксел заяви, че е доволен.")
    assert "BE-BRU" in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Лондон. На 3 май 2025 г. министър Иван Петров посети Пловдив.", "GB-ENG"),
        ("Дъблин/Белфаст. На 3 май 2025 г. министър Иван Петров посети Пловдив.", "IE-D"),
        ("ВАРНА, 3 май /БТА/ Министър Иван Петров посети днес Пловдив.", "BG-03"),
        ("ОРЕНБУРГ, 3 мая. /ТАСС/. Губернатор Денис Паслер посетил Минск 3 мая 2025 года.", "RU-ORE"),
    ],
)
def test_a_dateline_is_no_place_of_the_visit(text: str, absent: str) -> None:
    found = codes(text)
    assert absent not in found and found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("На 3 май 2025 г. министър Иван Петров посети Пловдив. Официален Лондон мълчи.", "GB-ENG"),
        (
            "3 мая 2025 года губернатор Денис Паслер посетил Минск. Позиция официального Киева прежняя.",
            "UA-30",
        ),
    ],
)
def test_a_capital_called_official_stands_for_its_government(text: str, absent: str) -> None:
    found = codes(text)
    assert absent not in found and found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("На 3 май 2025 г. министър Иван Петров посети Белфаст и Северна Ирландия.", "GB-NIR"),
        ("3 мая 2025 года министр Олег Грачев посетил Северную Ирландию.", "GB-NIR"),
        (
            "На 3 май 2025 г. министър Иван Петров посети "
            "Обединеното кралство Великобритания и Северна Ирландия.",
            "GB",
        ),
    ],
)
def test_northern_ireland_is_part_of_the_united_kingdom_not_of_ireland(text: str, code: str) -> None:
    found = codes(text)
    assert code in found and "IE" not in found


def test_the_middle_east_is_no_region_of_cameroon() -> None:
    found = codes("На 3 май 2025 г. министър Иван Петров посети Пловдив. Темата беше Близкия изток.")
    assert found == {"BG-16"}


def test_places_joined_by_between_cast_no_vote() -> None:
    # The talks "между Брюксел и Лондон" are a topic, not the venue of the visit.
    found = roles(
        "Преговарящият Мишел Барние е на посещение у нас на 3 май 2025 г. Той говори на конференция в "
        "София. Барние се срещна и с премиера Иван Петров и го запозна с хода на преговорите между "
        "Брюксел и Лондон."
    )
    assert found["BG-22"] == "host"
    assert found["GB-ENG"] != "host" and found["BE-BRU"] != "host"


@pytest.mark.parametrize(
    "text",
    [
        "На 3 май 2025 г. министър Иван Петров посети Пловдив, пише „Вашингтон пост“.",
        "На 3 май 2025 г. министър Иван Петров посети Пловдив. Според „Ню Йорк Таймс“ това е важно.",
    ],
)
def test_a_newspaper_named_after_a_town_is_no_region(text: str) -> None:
    assert codes(text) == {"BG-16"}


def test_countries_named_only_as_a_topic_are_no_regions() -> None:
    found = codes(
        "На 3 май 2025 г. министър Иван Петров посети Пловдив. Страни като Франция и Италия въведоха "
        "строги мерки още през март."
    )
    assert found == {"BG-16"}


def test_the_country_of_a_visiting_ambassador_stays() -> None:
    found = roles("На 3 май 2025 г. гости посетиха Пловдив. Сред тях беше Михаел Шулц, посланик на Германия.")
    assert found == {"BG-16": "host", "DE": "guest"}


def test_a_country_in_a_sentence_of_a_meeting_stays() -> None:
    found = codes("На 3 май 2025 г. министър Иван Петров посети Варна. Там ще се проведе среща с Турция.")
    assert "TR" in found


def test_the_country_of_a_visiting_officials_title_stays() -> None:
    found = roles(
        "На 3 май 2025 г. гости посетиха Пловдив. Сред тях беше Михаел Шулц, "
        "министър на икономиката на Австрия."
    )
    assert found == {"BG-16": "host", "AT": "guest"}
