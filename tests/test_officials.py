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


def test_the_original_spelling_in_brackets_is_the_same_person() -> None:
    found = officials(
        "Вчера в Москву прибыл министр экономики Ирландии Шон Мерфи (Sean Murphy). "
        "Его принял министр Олег Грачев."
    )
    assert set(found) == {"Шон Мерфи", "Олег Грачев"}


# -- full titles and the organizations they name -------------------------------------------------


def titled(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    """Name -> (position, organization) of every official ``find_officials`` sees in ``text``."""
    from visitparse.extract.officials import find_officials
    from visitparse.lang import get_annotator
    from visitparse.parser import annotated_view

    view, _ = annotated_view(get_annotator(lang)(text), lang, text)  # as the parser reads it
    return {p.name: (p.position, p.organization) for p in find_officials(view, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "name", "position"),
    [
        # The portfolio belongs to a minister's title, joined nouns and all.
        (
            "Вчера министр сельского хозяйства Игорь Зотов приехал в Тамбов.",
            "ru",
            "Игорь Зотов",
            "министр сельского хозяйства",
        ),
        (
            "Приехал заместитель министра труда, занятости и социальной защиты Олег Рябов.",
            "ru",
            "Олег Рябов",
            "заместитель министра труда, занятости и социальной защиты",
        ),
        (
            "Гостите посрещна министърът на земеделието и храните Петър Дончев.",
            "bg",
            "Петър Дончев",
            "министър на земеделието и храните",
        ),
        # A superior title the title serves, with its own portfolio.
        (
            "Разговорът води съветникът на министъра на труда и социалната политика Гергина Ненова.",
            "bg",
            "Гергина Ненова",
            "съветник на министъра на труда и социалната политика",
        ),
        # The remit, plain or quoted.
        (
            "Гостей встретил замгубернатора по социальной политике Олег Смирнов.",
            "ru",
            "Олег Смирнов",
            "замгубернатора по социальной политике",
        ),
        (
            "Срещата води заместник-кметът по икономическите въпроси Ива Колева.",
            "bg",
            "Ива Колева",
            "заместник-кмет по икономическите въпроси",
        ),
        (
            "Участва и заместник-кметът с ресор „Култура“ Ива Колева.",
            "bg",
            "Ива Колева",
            "заместник-кмет с ресор „Култура“",
        ),
        # Acting marks keep the case they govern (the place noun after it stays out).
        ("Гостей встретила и.о. директора Анна Козлова.", "ru", "Анна Козлова", "и.о. директора"),
        (
            "Приглашение прозвучало от врио главы региона Андрея Белова.",
            "ru",
            "Андрей Белов",
            "врио главы",
        ),
        # A deputy head of government who is also a minister.
        (
            "Покана отправи вицепремиерът и министър на отбраната Иван Гешев.",
            "bg",
            "Иван Гешев",
            "вицепремиер и министър на отбраната",
        ),
        # Titles from the derived lexicon, in any case.
        ("В поездке его сопровождал сенатор Олег Котов.", "ru", "Олег Котов", "сенатор"),
        ("Делегация встретилась с акимом Нурланом Сеитовым.", "ru", "Нурлан Сеитов", "аким"),
        ("Позже прибыл полпред Игорь Лосев.", "ru", "Игорь Лосев", "полномочный представитель"),
        (
            "Днес главният държавен здравен инспектор доц. Иван Колев ще посети Бургас.",
            "bg",
            "Иван Колев",
            "главен държавен здравен инспектор",
        ),
    ],
)
def test_full_title(text: str, lang: str, name: str, position: str) -> None:
    assert titled(text, lang)[name][0] == position


def test_a_facility_after_the_title_is_the_organization_not_the_title() -> None:
    found = titled("Гостей встретил директор краеведческого музея Антон Глебов.", "ru")
    assert found["Антон Глебов"][0] == "директор"


def test_a_title_word_inside_a_body_name_is_no_title() -> None:
    found = titled("Председатель областного Собрания депутатов Виктор Сомов приехал в район.", "ru")
    assert found["Виктор Сомов"][0] == "председатель"


def test_a_later_fuller_title_replaces_the_short_one() -> None:
    found = titled("Министр Оськин прибыл в Тулу. Министр культуры Игорь Оськин осмотрел театр.", "ru")
    assert found["Игорь Оськин"][0] == "министр культуры"


@pytest.mark.parametrize(
    ("text", "lang", "names", "position"),
    [
        (
            "Днес народните представители Иван Петров и Георги Колев бяха в Атина.",
            "bg",
            ["Иван Петров", "Георги Колев"],
            "народен представител",
        ),
        (
            "Его сопровождали оба сенатора: Галина Котова и Олег Рябов.",
            "ru",
            ["Галина Котова", "Олег Рябов"],
            "сенатор",
        ),
    ],
)
def test_a_plural_title_or_one_before_a_colon_heads_its_list(
    text: str, lang: str, names: list[str], position: str
) -> None:
    found = titled(text, lang)
    assert [found[n][0] for n in names] == [position] * len(names)


def test_a_dash_and_honorifics_between_title_and_name() -> None:
    found = titled("В началото на месеца кметът на Шабла – д-р Иван Танев, бе в Одеса.", "bg")
    assert found["Иван Танев"] == ("кмет", "Община Шабла")


def test_a_minister_names_the_ministry() -> None:
    found = titled("Вчера министр сельского хозяйства Игорь Зотов приехал в Тамбов.", "ru")
    assert found["Игорь Зотов"][1] == "министерство сельского хозяйства"


def test_a_mayor_without_a_place_takes_the_municipality_named() -> None:
    found = titled("Опитът на Община Бургас беше представен. Гостите приветства кметът Иван Танев.", "bg")
    assert found["Иван Танев"] == ("кмет", "Община Бургас")


def test_a_delegation_body_goes_to_its_leader() -> None:
    found = titled(
        "В Казани делегация Министерства образования Ингушетии во главе с министром Лейлой Осмаевой.",
        "ru",
    )
    assert found["Лейла Осмаева"][1] == "Министерство образования Ингушетии"


def test_nominative_of_a_body_cut_from_a_phrase() -> None:
    from visitparse.lang.ru.nominative import nominative

    assert nominative(["областного", "Собрания"]) == ["областное", "Собрание"]
    assert nominative(["Госдумы"]) == ["Госдума"]


@pytest.mark.parametrize(
    ("text", "name", "position", "organization"),
    [
        # A body named after the title without an entity: the organization, article dropped.
        (
            "Делегацията води Иван Жеков – заместник-председател на градската Дума",
            "Иван Жеков",
            "заместник-председател",
            "градска Дума",
        ),
        (
            "Там беше Петя Колева, началник-отдел към администрацията на главния омбудсман, и гостите.",
            "Петя Колева",
            "началник-отдел",
            "администрация на главния омбудсман",
        ),
    ],
)
def test_a_body_the_title_names_without_an_entity(
    text: str, name: str, position: str, organization: str
) -> None:
    assert titled(text, "bg")[name] == (position, organization)


def test_a_body_named_by_a_title_is_no_institution_nor_a_bulgarian_ministry_named_by_a_portfolio() -> None:
    article = visitparse.parse(
        "На 3 март 2025 г. министърът на образованието Иван Жеков посети Русе. Гостите посрещна "
        "Петя Колева – заместник-председател на градската Дума."
    )
    names = [i.name for v in article.visits for i in v.institutions]
    assert "градска Дума" not in names
    # Bulgarian reports name a visiting minister without the ministry (see portfolio_body_takes_part).
    assert "Министерство на образованието" not in names
    ministers = [o for v in article.visits for o in v.officials if o.name == "Иван Жеков"]
    assert [o.organization for o in ministers] == ["Министерство на образованието"]


def test_the_party_of_a_deputy_quoted_after_the_name() -> None:
    found = titled(
        "Народните представители Стоян Петров и Иван Колев бяха в Атина. "
        "По случай празника Стоян Петров от „Обновление“ посети общността.",
        "bg",
    )
    assert found["Стоян Петров"] == ("народен представител", "„Обновление“")


def test_a_board_of_an_agency_belongs_to_the_title() -> None:
    found = titled(
        "Министърът ще бъде придружаван от председателя на Управителния съвет на Агенция „Пътища“ "
        "инж. Венцислав Ангелов.",
        "bg",
    )
    position, organization = found["Венцислав Ангелов"]
    assert position == "председател на Управителния съвет"
    assert organization is not None and organization.startswith("Агенция „Пътища")


def test_a_possessive_before_the_title_points_back_to_the_organization() -> None:
    found = titled(
        "Гостите посетиха Държавната психиатрична болница в Ловеч. Там разговаряха с нейния директор "
        "д-р Цветана Георгиева.",
        "bg",
    )
    position, organization = found["Цветана Георгиева"]
    assert (position, organization.split(" в ")[0]) == ("директор", "Държавна психиатрична болница")


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
        # an editor's line, and a name alone on its line under the headline
        "- Редактор: Мария Колева\nНа 3 март 2025 г. гости от Ямбол посетиха Сливен.",
        "Гости из Тулы\n- 3 марта 10:15\n- Мария Колева\n3 марта 2025 года делегация из Тулы посетила Курск.",
        # monuments and streets named after people, over a rank and along a list
        "На 3 март 2025 г. гостите от Ямбол поднесоха цветя пред паметниците на Иван Колев и на Петър Димов.",
        "3 марта 2025 года делегация из Тулы возложила цветы к памятнику Маршалу Ивану Колеву.",
        "3 марта 2025 года делегация из Тулы посетила Курск и прошла по улице Ивана Колева.",
        # the namesake named again later without a title
        "3 марта 2025 года губернатор возложил цветы к памятнику Ивану Колеву. Иван Колев родился здесь.",
        # a region and a border post read as persons
        "На 3 март 2025 г. кметът на Кърджали посети Източна Македония и ГККП Маказа.",
        # whose order set up the visiting commission
        "На 3 март 2025 г. комисия, назначена със заповед на областния управител Иван Колев, посети Балчик.",
    ],
    ids=[
        "dateline",
        "credit",
        "author",
        "namesake",
        "quoted-with-title",
        "country",
        "editor",
        "name-line",
        "monuments",
        "monument-rank",
        "street",
        "namesake-again",
        "region-and-acronym",
        "by-order-of",
    ],
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
        (
            "3 марта 2025 года делегация из Тулы посетила Курск. У памятника губернатор Иван Колев "
            "встретил гостей.",
            "Иван Колев",
        ),
    ],
    ids=["on-behalf", "photo-caption", "title-after-monument"],
)
def test_cue_words_that_do_not_make_a_byline_or_a_namesake(text: str, name: str) -> None:
    assert name in officials(text)


def test_a_later_title_with_its_rank_replaces_the_bare_one() -> None:
    found = titled("Глава Кедров прибыл в Курган. Гостей встретил врио главы района Олег Кедров.", "ru")
    assert found["Олег Кедров"][0] == "врио главы района"


@pytest.mark.parametrize(
    ("text", "lang", "name", "expected"),
    [
        # The country after a portfolio is not part of it.
        (
            "Министърът на външните работи на Австрия Карл Майер пристига в София.",
            "bg",
            "Карл Майер",
            ("министър на външните работи", "Министерство на външните работи"),
        ),
        # A remit stops where the place begins; the mayor's town names the municipality.
        (
            "Петър Ганев, заместник-кмет по икономическите въпроси на град Тернопол, води делегацията.",
            "bg",
            "Петър Ганев",
            ("заместник-кмет по икономическите въпроси", "Община Тернопол"),
        ),
        # A capitalised committee is a body of its own, not a unit of the title.
        (
            "Прибыл председатель Комитета по социальной политике Александр Ржанов.",
            "ru",
            "Александр Ржанов",
            ("председатель", "Комитет по социальной политике"),
        ),
    ],
)
def test_where_a_title_ends(text: str, lang: str, name: str, expected: tuple[str, str]) -> None:
    assert titled(text, lang)[name] == expected


def test_no_organization_is_guessed_for_a_deputy_or_a_title_of_another_place() -> None:
    found = titled(
        "Училището посрещна Анна Колева – председател на Синдиката на учителите, Иван Жеков – "
        "народен представител, и главния омбудсман на Република Турция Мехмет Йълмаз.",
        "bg",
    )
    assert found["Иван Жеков"] == ("народен представител", None)
    assert found["Мехмет Йълмаз"][1] is None


@pytest.mark.parametrize(
    ("text", "lang", "names", "expected"),
    [
        (
            "12 марта 2025 года депутаты Законодательного собрания Ольга Котова, Иван Рябов и Петр Лосев "
            "посетили Шарыповский район.",
            "ru",
            ["Ольга Котова", "Иван Рябов", "Петр Лосев"],
            ("депутат", "Законодательное собрание"),
        ),
        (
            "На 12 март 2025 г. общинските съветници от Община Русе Иван Петров и Петър Колев "
            "посетиха Гюргево.",
            "bg",
            ["Иван Петров", "Петър Колев"],
            ("общински съветник", "Община Русе"),
        ),
    ],
)
def test_a_plural_title_and_its_body_head_the_whole_list(
    text: str, lang: str, names: list[str], expected: tuple[str, str]
) -> None:
    article = visitparse.parse(text)
    found = {o.name: (o.position, o.organization) for v in article.visits for o in v.officials}
    assert [found[n] for n in names] == [expected] * len(names)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "12 марта 2025 года Курск посетил полпред президента в Уральском федеральном округе Олег Котов.",
            "полпред президента в Уральском федеральном округе",
        ),
        (
            "12 марта 2025 года Курск посетил Чрезвычайный и Полномочный Посол Венгрии в России Арпад Секей.",
            "чрезвычайный и полномочный посол Венгрии в России",
        ),
        (
            "На 12 март 2025 г. Русе посети Иван Петров – извънреден и пълномощен посланик на Украйна "
            "в България.",
            "извънреден и пълномощен посланик на Украйна в България",
        ),
        ("12 марта 2025 года в Курск прибыл посол Олег Котов.", "посол"),
    ],
)
def test_an_envoy_keeps_the_country_and_the_post_in_the_title(text: str, position: str) -> None:
    article = visitparse.parse(text)
    assert [o.position for v in article.visits for o in v.officials] == [position]


def test_a_title_in_the_sentence_before_does_not_reach_across_its_full_stop() -> None:
    article = visitparse.parse(
        "12 марта 2025 года Курск посетили члены правительства Абхазии. Олег Делба приветствовал гостей."
    )
    found = {o.name: o.position for v in article.visits for o in v.officials}
    assert found == {"Олег Делба": None}


def test_a_short_surname_keeps_the_form_written_in_the_nominative() -> None:
    article = visitparse.parse(
        "12 марта 2025 года делегация Курской области посетила Сухум. Состоялась встреча "
        "премьер-министра Олега Делба с гостями. Олег Делба приветствовал гостей."
    )
    found = {o.name: o.position for v in article.visits for o in v.officials}
    assert found == {"Олег Делба": "премьер-министр"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "12 марта 2025 года делегация Курской области посетила Махачкалу. Гостей встретили заместитель "
            "председателя правительства Республики Дагестан, Рамазан Гаджиев, уполномоченный по правам "
            "ребенка Республики Дагестан, Марина Котова, руководители района.",
            {
                "Рамазан Гаджиев": "заместитель председателя правительства",
                # the place written after a title stays in the position
                "Марина Котова": "уполномоченный по правам ребенка Республики Дагестан",
            },
        ),
        (
            "12 марта 2025 года делегация Курской области посетила Махачкалу. Гостей встретили Рамазан "
            "Гаджиев, заместитель председателя правительства, и Марина Котова, уполномоченный по правам "
            "ребенка.",
            {
                "Рамазан Гаджиев": "заместитель председателя правительства",
                "Марина Котова": "уполномоченный по правам ребенка",
            },
        ),
    ],
    ids=["titles-first", "names-first"],
)
def test_a_comma_list_keeps_its_order_of_title_and_name(text: str, expected: dict[str, str]) -> None:
    article = visitparse.parse(text)
    assert {o.name: o.position for v in article.visits for o in v.officials} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "На 12 март 2025 г. делегация от Гюргево посети Хасково и бе посрещната от кмета на Хасково, "
            "инж. Иван Колев.",
            ("кмет", "Община Хасково"),
        ),
        (
            "На 12 март 2025 г. делегация от Гюргево посети Враца. Гостите прие Мария Колева - изпълняващ "
            "функциите кмет на Община Враца.",
            ("изпълняващ функциите кмет", "Община Враца"),
        ),
    ],
    ids=["title-comma-honorific-name", "acting-after-name"],
)
def test_a_mayor_with_a_comma_or_an_acting_mark(text: str, expected: tuple[str, str]) -> None:
    article = visitparse.parse(text)
    assert [(o.position, o.organization) for v in article.visits for o in v.officials] == [expected]


def test_a_municipality_word_keeps_the_town_out_of_the_mayors_name() -> None:
    article = visitparse.parse(
        "На 12 март 2025 г. делегация от Гюргево посети Русе. Гостите проведоха среща с кмета на община "
        "Трън Иван Колев."
    )
    assert [o.name for v in article.visits for o in v.officials] == ["Иван Колев"]


def test_the_mayor_of_a_city_district_belongs_to_the_district_not_to_a_municipality() -> None:
    article = visitparse.parse(
        "На 20 март 2025 г. кметът на район Младост – Иван Колев посети детска градина „Слънце“."
    )
    assert [o.organization for visit in article.visits for o in visit.officials] == ["район Младост"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # No body named at all: the town the report is about.
        (
            "Група от Ямбол посети Поморие. В Поморие гостите посрещна кметът Иван Танев.",
            "Иван Танев",
            ("кмет", "Община Поморие"),
        ),
        (
            "Делегация от Враца гостува в Сливен. В Сливен срещата води зам-кметът Петя Колева.",
            "Петя Колева",
            ("заместник-кмет", "Община Сливен"),
        ),
        # The body written in lower case, in an earlier sentence.
        (
            "В община Шабла екипът видя новия център. С кмета на общината Иван Танев обсъдиха плановете.",
            "Иван Танев",
            ("кмет", "Община Шабла"),
        ),
        # A partner's body in the mayor's own clause wins over the host named before.
        (
            "Община Троян подписа договор. Гръцката община Кавала, представлявана от кмета Никос "
            "Папас, предложи общи проекти.",
            "Никос Папас",
            ("кмет", "Община Кавала"),
        ),
    ],
)
def test_a_mayor_without_a_place_takes_the_municipality_of_the_report(
    text: str, name: str, expected: tuple[str, str]
) -> None:
    assert titled(text, "bg")[name] == expected


def test_a_council_chair_keeps_the_abbreviated_council() -> None:
    found = titled("Гостите посрещна председателят на ОбС Поморие Анна Колева.", "bg")
    assert found["Анна Колева"] == ("председател", "ОбС Поморие")


def test_a_unit_head_works_in_the_body_named_in_the_sentence_before() -> None:
    found = titled(
        "Гостите посрещна кметът на Община Габрово Иван Танев. Доклад изнесе Анна Колева – "
        "началник-отдел „Местни данъци“.",
        "bg",
    )
    assert found["Анна Колева"] == ("началник-отдел „Местни данъци“", "Община Габрово")


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Вице-мэр Томска Олег Рябов прибыл в Новосибирск.", "Олег Рябов", "вице-мэр"),
        ("Гостей встретил член Совета Федерации Олег Рябов.", "Олег Рябов", "член Совета Федерации"),
        ("Делегацию принял торговый представитель России в Китае Олег Рябов.", "Олег Рябов", "торговый"),
    ],
)
def test_more_russian_offices(text: str, name: str, position: str) -> None:
    found = titled(text, "ru")[name][0]
    assert found is not None and found.startswith(position)


def test_a_portfolio_beats_a_title_of_scope() -> None:
    found = titled(
        "В Тверь приехала федеральный министр Анна Котова. Министр культуры Анна Котова осмотрела музей.",
        "ru",
    )
    assert found["Анна Котова"][0] == "министр культуры"


def test_a_committee_without_a_body_above_it_is_the_organization() -> None:
    found = titled(
        "В осмотре участвовали глава администрации Тамбова Олег Рябов и председатель комитета по "
        "жилищному хозяйству Игорь Зотов.",
        "ru",
    )
    assert found["Олег Рябов"] == ("глава администрации", "администрация Тамбова")
    assert found["Игорь Зотов"] == ("председатель", "комитет по жилищному хозяйству")


def test_a_commission_under_a_named_body_stays_in_the_title() -> None:
    found = titled("Выступил председатель комиссии по бюджету Тверской городской Думы Игорь Зотов.", "ru")
    position, organization = found["Игорь Зотов"]
    assert position is not None and position.startswith("председатель комиссии по бюджету")
    assert organization is not None and "Дум" in organization


def test_a_lower_case_body_after_a_russian_title_is_the_organization() -> None:
    found = titled("В Орёл приехал зампред гомельского облисполкома Олег Рябов.", "ru")
    assert found["Олег Рябов"] == ("зампред", "гомельский облисполком")


def test_a_body_with_the_names_of_its_place_after_a_russian_title() -> None:
    found = titled("Посла сопровождал советник посольства Индии в РФ Радж Кумар.", "ru")
    assert found["Радж Кумар"] == ("советник", "посольство Индии в РФ")


def test_a_lower_case_place_after_a_russian_title_names_no_organization() -> None:
    found = titled("Гостей приветствовал заместитель губернатора края Олег Рябов.", "ru")
    assert found["Олег Рябов"][1] is None


def test_a_short_body_name_is_written_out() -> None:
    found = titled("В Томск прибыл председатель Заксобрания Омской области Олег Рябов.", "ru")
    assert found["Олег Рябов"] == ("председатель", "Законодательное собрание Омской области")


def test_a_deputy_head_of_government_keeps_a_second_office() -> None:
    found = titled(
        "Делегацию возглавил зампред правительства и глава Минэкономики Республики Коми Олег Рябов.",
        "ru",
    )
    position, organization = found["Олег Рябов"]
    assert position == "зампред правительства и глава"
    assert organization is not None and organization.startswith("Минэкономики")


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор Тверской области побывал в Торжке.\nИгорь Зотов осмотрел новую школу.",
        "В Торжке Игорь Зотов осмотрел новую школу. Губернатор отметил, что ремонт идёт по плану.",
    ],
)
def test_a_title_opening_the_next_sentence_names_the_person(text: str) -> None:
    assert titled(text, "ru")["Игорь Зотов"][0] == "губернатор"


@pytest.mark.parametrize(
    "text",
    [
        # Two people next to the title: whose it is, the text does not say.
        "Игорь Зотов и Анна Котова осмотрели школу. Губернатор отметил, что ремонт идёт по плану.",
        # A byline's name.
        "Губернатор осмотрел школу.\nАвтор: Игорь Зотов",
    ],
)
def test_a_bare_title_with_no_single_subject_stays_unattached(text: str) -> None:
    assert titled(text, "ru").get("Игорь Зотов", (None, None))[0] is None


def test_a_rank_before_the_name_gives_way_to_the_office_before_it() -> None:
    found = titled(
        "На огледа беше и началникът на РДПБЗН Ловеч комисар Иван Танев, както и кметът Петър Колев.",
        "bg",
    )
    assert found["Иван Танев"][0] == "началник"


def test_an_abbreviation_is_the_name_the_text_spells_out() -> None:
    found = titled(
        "Гостите бяха в Регионалната здравна инспекция. Ги посрещна Иван Танев, директор на РЗИ.",
        "bg",
    )
    assert found["Иван Танев"] == ("директор", "Регионална здравна инспекция")


def test_a_portfolio_ministry_takes_the_short_name_the_text_gives_it() -> None:
    found = titled(
        "Гостей встретил заместитель министра здравоохранения Тверской области Олег Рябов. "
        "Позже делегация побывала в Минздраве Тверской области и в Минздраве Москвы.",
        "ru",
    )
    organization = found["Олег Рябов"][1]
    assert organization is not None and organization.startswith("Минздрав") and "Твер" in organization


@pytest.mark.parametrize(
    ("text", "lang", "name", "organization"),
    [
        (
            "В составе делегации Народного Хурала Республики Бурятия были депутаты Иван Петров и Олег Рябов.",
            "ru",
            "Олег Рябов",
            "Народный Хурал Республики Бурятия",
        ),
        (
            "Председатель Законодательного собрания Омской области Иван Петров побывал в Таре. В состав "
            "делегации вошёл депутат Олег Рябов.",
            "ru",
            "Олег Рябов",
            "Законодательное собрание Омской области",
        ),
        (
            "В състава на делегацията на Община Бургас бяха Иван Петров, директор на дирекция "
            "„Социални дейности“, и Мария Колева, главен експерт.",
            "bg",
            "Мария Колева",
            "Община Бургас",
        ),
    ],
)
def test_delegation_members_belong_to_its_body(text: str, lang: str, name: str, organization: str) -> None:
    assert titled(text, lang)[name][1] == organization


def test_two_titles_joined_by_a_comma_are_one_persons() -> None:
    found = titled("Гостей встретил заместитель директора, главный врач Олег Рябов.", "ru")
    assert found["Олег Рябов"][0] == "заместитель директора, главный врач"


@pytest.mark.parametrize(
    "text",
    [
        "3 марта 2025 года делегация из Тулы посетила Курск. В делегацию вошли:\nИван Колев\nМария Петрова",
        "3 марта 2025 года делегация из Тулы посетила Курск. Гостей встретили\nИван Колев\nзаместитель мэра",
    ],
    ids=["list-under-a-header", "title-on-the-next-line"],
)
def test_a_name_alone_on_its_line_in_a_list_or_over_its_title_takes_part(text: str) -> None:
    assert "Иван Колев" in officials(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "30 августа 2025 года губернатор посетил Свечу. Настоятель Никольского храма о. Владимир "
            "провел для гостей экскурсию.",
            "Владимир",
        ),
        (
            "На 3 май 2025 г. министърът посети болницата. Гостите бяха посрещнати от директора на "
            "болницата проф. Колчев.",
            "Колчев",
        ),
    ],
    ids=["priest", "surname-with-title"],
)
def test_one_word_is_a_whole_name_after_a_clergy_word_or_a_title(text: str, name: str) -> None:
    assert name in officials(text)


def test_a_remit_stops_before_the_workplace() -> None:
    found = titled("Гостите посрещна преподавателката по музика в местното училище Анна Колева.", "bg")
    assert found["Анна Колева"][0] == "преподавател по музика"


def test_womens_forms_of_bulgarian_titles() -> None:
    found = titled("Присъстваха началничката на отдела Анна Колева и управителката Мария Танева.", "bg")
    assert found["Анна Колева"][0] is not None and found["Анна Колева"][0].startswith("началник")
    assert found["Мария Танева"][0] == "управител"


@pytest.mark.parametrize(
    ("text", "lang", "name", "position"),
    [
        (
            "Вчера пристигна посланикът на Италия у нас, Марко Роси, който откри изложбата.",
            "bg",
            "Марко Роси",
            "посланик",
        ),
        (
            "Гостей приветствовала директор центра, Анна Котова, которая провела экскурсию.",
            "ru",
            "Анна Котова",
            "директор",
        ),
    ],
)
def test_a_title_before_a_name_in_commas(text: str, lang: str, name: str, position: str) -> None:
    found = titled(text, lang)[name][0]
    assert found is not None and found.startswith(position)


def test_in_a_list_of_names_each_title_after_a_name_is_its_own() -> None:
    found = titled(
        "Присъстваха Анна Петрова, омбудсман на Република Гърция, Иван Танев, ръководител на отдел "
        "„Връзки“, и други.",
        "bg",
    )
    assert found["Иван Танев"][0] is not None and found["Иван Танев"][0].startswith("ръководител")


def test_a_foreign_town_gives_no_municipality_to_a_mayor() -> None:
    found = titled("Група от Варна посети Кардиф. В Кардиф гостите посрещна кметът Джон Смит.", "bg")
    assert found["Джон Смит"] == ("кмет", None)


def test_a_bare_title_someone_else_holds_is_theirs() -> None:
    found = titled(
        "Губернатор Игорь Зотов открыл форум. Губернатор уехал в Тверь.\nАнна Котова осталась в Твери.",
        "ru",
    )
    assert found["Анна Котова"][0] is None


def test_members_of_an_official_delegation_take_the_full_body_of_its_leader() -> None:
    found = titled(
        "Делегация Законодательного собрания во главе с председателем Иваном Петровым выехала в Минск "
        "3 мая. В состав официальной делегации Собрания вошли председатели комитетов Олег Рябов, "
        "Игорь Зотов, заместитель председателя комитета Анна Котова и депутаты Петр Сидоров, Сергей Орлов.",
        "ru",
    )
    assert found["Игорь Зотов"] == ("председатель комитета", "Законодательное собрание")
    assert found["Анна Котова"] == ("заместитель председателя комитета", "Законодательное собрание")
    assert found["Сергей Орлов"] == ("депутат", "Законодательное собрание")


def test_a_bare_mayor_is_the_mayor_of_the_article_town_not_of_a_body_named_later() -> None:
    text = (
        "Кметът Иван Колев посрещна в Ловеч делегация от Румъния. Гостите разгледаха центъра на "
        "Ловеч. В делегацията бяха и заместник-кметът на община Калафат Йон Попа и двама експерти."
    )
    article = visitparse.parse(text, lang="bg", published="2024-09-10")
    orgs = {o.name: o.organization for v in article.visits for o in v.officials}
    assert orgs == {"Иван Колев": "Община Ловеч", "Йон Попа": "Община Калафат"}
