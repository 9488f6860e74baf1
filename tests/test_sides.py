"""Host and guest sides of officials, inferred over the whole article (visitparse.extract.sides)."""

from __future__ import annotations

import pytest

import visitparse
from visitparse.extract.regions import RegionMatch
from visitparse.extract.sides import RegionMention, complete_region_roles
from visitparse.schema import Side


def sides(text: str) -> dict[str, str | None]:
    article = visitparse.parse(text)
    return {o.name: o.side for visit in article.visits for o in visit.officials}


def roles(text: str) -> dict[str, str | None]:
    article = visitparse.parse(text)
    return {r.code: r.role for visit in article.visits for r in visit.regions}


def test_the_subject_of_a_visiting_verb_is_a_guest() -> None:
    found = sides(
        "14 мая 2025 года губернатор Тверской области Олег Смирнов посетил сельскую школу в Торжке."
    )
    assert found["Олег Смирнов"] == "guest"


def test_a_visitor_named_after_the_verb_is_a_guest() -> None:
    found = sides("14 мая 2025 года в Торжке с рабочим визитом побывал министр Олег Смирнов.")
    assert found["Олег Смирнов"] == "guest"


def test_a_visitor_named_by_a_participle_is_a_guest_and_the_place_is_the_host() -> None:
    text = "Посетивший Калугу в пятницу министр Олег Смирнов заявил, что дороги там стали лучше."
    assert sides(text)["Олег Смирнов"] == "guest"
    assert roles(text)["RU-KLU"] == "host"


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Олег Грачев принимает в Калуге своего тульского коллегу Петра Сомова. "
        "Гость прибыл в Калугу утром.",
        "Министр Олег Грачев принимает в Калуге своего коллегу Жан-Пьер Ренье. Гость прибыл в Калугу утром.",
    ],
    ids=["name-not-in-nominative", "name-after-visitors-noun"],
)
def test_whom_a_receiving_verb_takes_as_its_object_is_a_guest(text: str) -> None:
    found = sides(text)
    assert found["Олег Грачев"] == "host"
    assert [side for name, side in found.items() if name != "Олег Грачев"] == ["guest"]


def test_whose_visit_it_is_names_the_visitor() -> None:
    found = sides("15 октября 2025 года в рамках визита министра Олега Смирнова в Кострому прошло совещание.")
    assert found["Олег Смирнов"] == "guest"


def test_a_name_after_a_preposition_is_not_the_visitor() -> None:
    # "вместе с X ... он побывал": the pronoun is who visited; the people met are the hosts.
    found = sides(
        "3 июня 2025 года министр Олег Смирнов приехал в Торжок. Вместе с директором школы "
        "Ниной Лебедевой он побывал в новых классах."
    )
    assert found == {"Олег Смирнов": "guest", "Нина Лебедева": "host"}


def test_whom_a_receiving_verb_receives_is_a_guest() -> None:
    found = sides(
        "На 5 май 2025 г. Община Габрово посрещна заместник-министъра на културата Петър Димов, който "
        "беше на работно посещение в града. Гостите бяха приети от кмета Иван Колев."
    )
    assert found == {"Петър Димов": "guest", "Иван Колев": "host"}


def test_the_receiver_named_after_the_visitors_is_a_host() -> None:
    found = sides("12 марта 2025 года делегацию из Казани радушно встретила директор центра Анна Орлова.")
    assert found["Анна Орлова"] == "host"


def test_taking_part_is_not_receiving() -> None:
    found = sides(
        "12 марта 2025 года министр Олег Смирнов посетил Кострому. Олег Смирнов принял участие в "
        "открытии нового корпуса больницы."
    )
    assert found["Олег Смирнов"] == "guest"


def test_everyone_listed_after_a_delegation_phrase_is_a_guest() -> None:
    found = sides(
        "20 апреля 2025 года в Псков прибыла делегация в составе заместителя министра Ольги Зайцевой "
        "и начальника отдела Игоря Козлова."
    )
    assert found == {"Ольга Зайцева": "guest", "Игорь Козлов": "guest"}


def test_the_leader_of_the_visiting_party_is_a_guest() -> None:
    found = sides(
        "На 8 октомври 2025 г. делегация от Враца гостува в Ловеч. Стефан Илиев, заместник-кмет на "
        "Враца, води делегацията."
    )
    assert found["Стефан Илиев"] == "guest"


def test_companions_share_the_side_of_whom_they_go_with() -> None:
    found = sides(
        "На 11 ноември 2025 г. министърът Георги Тодоров посети Ямбол. Той беше придружен от "
        "съветника Мария Петкова."
    )
    assert found == {"Георги Тодоров": "guest", "Мария Петкова": "guest"}


def test_the_person_met_by_the_visitors_is_their_host() -> None:
    found = sides(
        "7 июля 2025 года министр Олег Смирнов посетит Кострому. Министр встретится с "
        "губернатором Сергеем Волковым."
    )
    assert found == {"Олег Смирнов": "guest", "Сергей Волков": "host"}


def test_who_meets_the_local_mayor_is_the_visitor() -> None:
    found = sides(
        "Работни срещи в Тетевен\n\nНа 3 март 2025 г. областният управител Петър Данов "
        "и неговият заместник Весела Колева проведоха работна среща с кмета на община Тетевен Стефан Рашков."
    )
    assert found == {"Петър Данов": "guest", "Весела Колева": "guest", "Стефан Рашков": "host"}


def test_an_official_of_another_province_is_a_guest_where_the_host_is_known() -> None:
    found = sides(
        "На 5 май 2025 г. в Община Елена се проведе среща за обмяна на опит. Срещата откри "
        "като домакин Иван Петров – кмет на община Елена, а община Троян беше представена от "
        "Георги Илиев – заместник-кмет на община Троян."
    )
    assert found == {"Иван Петров": "host", "Георги Илиев": "guest"}


def test_a_national_official_is_a_guest_in_a_region_and_a_host_to_foreigners() -> None:
    region = sides(
        "На 2 април 2025 г. Сливен бе домакин на работно посещение. В срещата участва и "
        "заместник-министър Илия Марков."
    )
    assert region["Илия Марков"] == "guest"
    foreign = sides(
        "На 2 април 2025 г. делегация от Румъния посети София. Делегацията разговаря с "
        "заместник-министър Илия Марков."
    )
    assert foreign["Илия Марков"] == "host"


def test_the_region_of_a_title_gives_its_role() -> None:
    found = sides(
        "5 августа 2025 года делегация Курской области посетила Белгород. Гостей принял губернатор "
        "Белгородской области Иван Кротов, в обсуждении участвовал депутат Курской области Павел Рыбин."
    )
    assert found == {"Иван Кротов": "host", "Павел Рыбин": "guest"}


def test_people_listed_with_appositions_share_a_side() -> None:
    found = sides(
        "На 3 март 2025 г. кметът на Русе Иван Колев прие на посещение Марта Новак - съветник от "
        "Полша, както и г-н Томаш Вуйчик - експерт."
    )
    assert found["Марта Новак"] == "guest"
    assert found["Томаш Вуйчик"] == "guest"


def test_officials_no_cue_places_are_the_hosts() -> None:
    found = sides(
        "9 сентября 2025 года специалисты из Твери посетили центр в Ярославле. Гостям показали "
        "мастерские, а директор Елена Соколова рассказала о работе центра."
    )
    assert found["Елена Соколова"] == "host"


def _mention(code: str, sent: int = 0) -> RegionMention:
    return RegionMention(0, 1, 0, 1, sent, RegionMatch(code=code, name=code, kind="region", matched=code))


@pytest.mark.parametrize(
    ("voted", "expected"),
    [
        # One home place and nothing else: where the visit happens.
        ({"RU-IVA": None}, {"RU-IVA": "host"}),
        # A foreign place no cue settled sent the visitors...
        ({"BG-14": "host", "RS": None}, {"BG-14": "host", "RS": "guest"}),
        # ... unless the home side went abroad.
        ({"BG-14": "guest", "RS": None}, {"BG-14": "guest", "RS": "host"}),
        # A home place no cue settled, beside a host already known, stays open.
        ({"RU-IVA": "host", "RU-VLA": None}, {"RU-IVA": "host", "RU-VLA": None}),
        # A place abroad in the country visited is visited too.
        (
            {"RU-IVA": "guest", "BY": "host", "BY-HM": None},
            {"RU-IVA": "guest", "BY": "host", "BY-HM": "host"},
        ),
        # The home side went abroad: its home place no cue settled sent the visitors.
        ({"HU-SH": "host", "BG-17": None}, {"HU-SH": "host", "BG-17": "guest"}),
    ],
)
def test_region_roles_from_the_shape_of_the_visit(
    voted: dict[str, Side | None], expected: dict[str, Side | None]
) -> None:
    lang = "bg" if any(code.startswith("BG") for code in voted) else "ru"
    assert complete_region_roles([_mention(code) for code in voted], voted, lang) == expected


def test_the_one_home_place_of_a_visit_is_its_host() -> None:
    assert roles("12 мая 2025 года губернатор Олег Смирнов побывал в Кинешме.") == {"RU-IVA": "host"}


def test_the_place_in_a_guests_title_is_where_the_visitors_come_from() -> None:
    found = roles(
        "5 августа 2025 года Белгород посетила делегация. Гостей принял губернатор Белгородской "
        "области Иван Кротов. В составе делегации был депутат Курской области Павел Рыбин."
    )
    assert found == {"RU-BEL": "host", "RU-KRS": "guest"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 мая 2025 года губернатор Тамбовской области Максим Егоров принял делегацию Липецкой "
            "области во главе с вице-губернатором Андреем Козловым.",
            {"RU-TAM": "host", "RU-LIP": "guest"},
        ),
        (
            "На 3 май 2025 г. в Община Варна гостува делегация на Община Шумен.",
            {"BG-03": "host", "BG-27": "guest"},
        ),
    ],
)
def test_the_place_that_names_the_visiting_party_is_a_guest(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


def test_who_attends_is_a_visitor_but_a_list_of_those_present_names_the_hosts_too() -> None:
    alone = sides(
        "На 12 май 2025 г. областният управител Маргарита Стоянова присъства на откриването на "
        "център в Ямбол."
    )
    assert alone["Маргарита Стоянова"] == "guest"
    present = sides(
        "На 12 май 2025 г. заместник-министърът Иван Иванов посети Ямбол. На срещата присъстваха още "
        "кметът Валентин Ревански и областният управител Маргарита Стоянова."
    )
    assert present == {"Иван Иванов": "guest", "Валентин Ревански": "host", "Маргарита Стоянова": "host"}


def test_who_acquaints_themselves_is_a_visitor_who_acquaints_the_guests_a_host() -> None:
    found = sides(
        "12 мая 2025 года министр Анна Котова ознакомилась с работой центра в Липецке. Директор центра "
        "Ольга Ильина ознакомила гостей с мастерскими."
    )
    assert found == {"Анна Котова": "guest", "Ольга Ильина": "host"}


@pytest.mark.parametrize(
    "second",
    [
        "Гостям о работе центра рассказала директор Ольга Ильина.",
        "Для гостей директор Ольга Ильина провела экскурсию.",
        "Гостей встретила директор Ольга Ильина.",
    ],
)
def test_a_guest_noun_as_an_object_does_not_make_a_guest_of_the_name_after_it(second: str) -> None:
    found = sides("12 мая 2025 года специалисты из Твери посетили центр в Ярославле. " + second)
    assert found["Ольга Ильина"] == "host"


def test_the_head_of_the_delegation_is_a_guest() -> None:
    found = sides(
        "12 мая 2025 года сотрудники центра из Бердска побывали в Искитиме. Коллег встретила директор "
        "центра Наталья Белова. По словам руководителя делегации Юлии Смирновой, опыт коллег полезен."
    )
    assert found == {"Наталья Белова": "host", "Юлия Смирнова": "guest"}


def test_a_national_official_receives_a_delegation_from_a_region() -> None:
    found = sides(
        "12 мая 2025 года делегация Курской области посетила Москву. На встрече присутствовал "
        "заместитель министра труда России Иван Петров."
    )
    assert found["Иван Петров"] == "host"


def test_a_national_official_with_foreign_guests_in_a_province_came_with_them() -> None:
    # The guests are received by the region; the ministry's man travels with them.
    found = sides(
        "12 мая 2025 года посол Чили Хуан Перес посетил Тверскую область. Гостей принимал губернатор "
        "Тверской области Олег Смирнов. Также в Твери был советник МИД России Павел Громов."
    )
    assert found["Павел Громов"] == "guest"
    assert found["Олег Смирнов"] == "host"


def test_the_chief_prosecutor_is_a_national_official() -> None:
    found = sides(
        "На 4 май 2025 г. главният прокурор Петър Стоянов е на посещение в Брюксел. Той ще "
        "разговаря с комисаря Анна Шмит."
    )
    assert found["Петър Стоянов"] == "guest"


def test_a_foreign_city_where_home_people_are_is_the_host_when_no_home_place_is_named() -> None:
    found = roles(
        "На 4 май 2025 г. министърът на земеделието Петър Стоянов ще бъде в Брюксел. Той ще "
        "разговаря с комисаря Анна Шмит."
    )
    assert found.get("BE-BRU") == "host"


def test_whoever_inspects_a_site_is_a_guest() -> None:
    found = sides(
        "На 20 март 2025 г. кметът на Община Ямбол Иван Колев направи проверка на обект в детска "
        "градина „Слънце“."
    )
    assert found["Иван Колев"] == "guest"


def test_a_diplomat_of_a_foreign_country_visiting_at_home_is_a_guest() -> None:
    found = sides(
        "На 5 май 2025 г. областният управител на Бургас Иван Колев се срещна с почетния консул на "
        "Полша Петър Петров. Консулът посети Бургас за откриването на почетното консулство на Полша."
    )
    assert found["Петър Петров"] == "guest"
    assert found["Иван Колев"] == "host"


def test_who_takes_part_at_someones_invitation_is_not_the_one_who_invites() -> None:
    found = sides(
        "На 5 май 2025 г. в Бургас пристигна делегация от Варна. По покана на кмета Иван Колев на "
        "срещата ще участва и заместник-министърът на труда Петър Димов."
    )
    assert found == {"Иван Колев": "host", "Петър Димов": "guest"}


def test_a_title_alone_as_the_subject_of_a_visit_names_the_one_holder_of_it() -> None:
    found = sides(
        "На 18 март 2025 г. след среща на областния управител Мария Колева с жители на с. Горско "
        "бе решено пътят да се ремонтира. На срещата беше и кметът на Сухиндол Петър Димов. "
        "Областният управител направи и оглед на пътя."
    )
    assert found["Мария Колева"] == "guest"


def test_a_home_diplomat_is_on_the_side_of_the_foreign_seat() -> None:
    found = sides(
        "На 3 май 2025 г. делегация, водена от министъра Иван Колев, посети Одеса. Домакин беше "
        "генералният консул на България в Одеса Петър Димов."
    )
    assert found == {"Иван Колев": "guest", "Петър Димов": "host"}


def test_a_deputy_goes_where_the_chief_goes() -> None:
    found = sides(
        "14 мая 2025 года губернатор Тверской области Олег Смирнов посетил Торжок. В поездке приняли "
        "участие вице-губернатор Иван Котов и глава Торжка Петр Лебедев."
    )
    assert found["Иван Котов"] == "guest"


def test_a_home_official_named_by_a_home_town_on_a_trip_abroad_is_a_guest() -> None:
    found = sides(
        "14 мая 2025 года губернатор Олег Смирнов посетил Сербию. Делегация побывала в Белграде. "
        "Глава Ноябрьска Иван Котов подписал соглашение."
    )
    assert found["Иван Котов"] == "guest"


def test_who_they_talk_with_after_a_subject_pronoun_is_a_host() -> None:
    found = sides(
        "На 3 май 2025 г. министърът Иван Колев посети Троян. Гостите бяха посрещнати от кмета "
        "Петър Димов и в кабинета му те разговаряха с председателката на Общинския съвет Мария Ангелова."
    )
    assert found["Мария Ангелова"] == "host"


@pytest.mark.parametrize(
    "text",
    [
        "14 мая 2025 года министр здравоохранения края Олег Смирнов совершил рабочую поездку в Торжок.",
        "На 3 май 2025 г. министърът Иван Колев е на инспекция в болницата в Троян, където посети "
        "детското отделение.",
        "На 3 май 2025 г. областният управител Иван Колев замина на визита в Гърция.",
    ],
    ids=["trip", "inspection", "departure"],
)
def test_trips_inspections_and_departures_make_a_visitor(text: str) -> None:
    assert set(sides(text).values()) == {"guest"}


def test_an_embassy_named_between_the_title_and_the_name_makes_a_diplomat() -> None:
    found = sides(
        "3 мая 2025 года делегация из Японии во главе с послом Таро Сато посетила Шую. Посол прибыл в "
        "сопровождении советника посольства Японии в РФ Кэнта Ито. Гостей принимала глава Шуи Анна Котова."
    )
    assert found["Кэнта Ито"] == "guest"


def test_a_list_one_item_a_line_takes_the_side_its_header_names() -> None:
    found = sides(
        "На 3 май 2025 г. делегация от Община Бургас посети Одрин.\n"
        "Гостите бяха посрещнати от:\n"
        "- Мехмет Йълмаз – кмет на Одрин;\n"
        "- Али Кая – заместник-кмет.\n"
        "В състава на делегацията бяха:\n"
        "- Мария Петрова – директор на дирекция „Социални дейности“;\n"
        "- Петър Димов – общински съветник."
    )
    assert found == {
        "Мехмет Йълмаз": "host",
        "Али Кая": "host",
        "Мария Петрова": "guest",
        "Петър Димов": "guest",
    }
