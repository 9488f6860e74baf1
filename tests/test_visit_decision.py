"""Whether an article reports a visit (visit_evidence) and which dates its visits get (visits.py)."""

from __future__ import annotations

import pytest

import visitparse
from visitparse.extract.visit_evidence import VisitEvidence


def dates(
    text: str, published: str | None = None, lang: str | None = None
) -> list[tuple[str | None, str | None]]:
    article = visitparse.parse(text, published=published, lang=lang)
    return [(v.start_date, v.end_date) for v in article.visits]


def has_visit(text: str, lang: str) -> bool:
    return bool(visitparse.parse(text, lang=lang).visits)


# ----------------------------------------------------------------- the score


def test_one_visit_word_is_enough_but_a_sentence_undoing_one_outweighs_it() -> None:
    assert VisitEvidence(strong=frozenset({0}), weak=frozenset()).reports_visit
    undone = VisitEvidence(strong=frozenset({0}), weak=frozenset(), cancelled_strong=frozenset({1}))
    assert not undone.reports_visit
    # A remote meeting (a weaker sign undone) does not outweigh a visit word elsewhere.
    remote = VisitEvidence(strong=frozenset({0}), weak=frozenset(), cancelled_weak=frozenset({1}))
    assert remote.reports_visit


def test_weak_signs_count_once_per_sentence_and_two_make_a_visit() -> None:
    one = VisitEvidence(strong=frozenset(), weak=frozenset({3}))
    two = VisitEvidence(strong=frozenset(), weak=frozenset({3, 4}))
    assert (one.reports_visit, two.reports_visit) == (False, True)
    assert two.sentences == frozenset({3, 4})
    # Another topic (a decree, an appointment) outweighs two weak signs, not a visit word.
    assert not VisitEvidence(strong=frozenset(), weak=frozenset({3, 4}), topic=frozenset({5})).reports_visit
    assert VisitEvidence(strong=frozenset({1}), weak=frozenset(), topic=frozenset({5})).reports_visit


# ----------------------------------------------------------------- whole articles


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Губернатор Орловской области отменил все рабочие поездки из-за болезни. "
            "Визит в Мценск перенесен на следующий месяц.",
            "ru",
        ),
        ("Министр Петр Сомов провел по видеосвязи совещание с главами районов о посещении школ.", "ru"),
        (
            "Министър Иван Дойков проведе телефонен разговор с колега от Сърбия за предстоящо посещение.",
            "bg",
        ),
    ],
    ids=["ru-cancelled", "ru-video-link", "bg-phone-call"],
)
def test_cancelled_or_remote_visits_are_no_visits(text: str, lang: str) -> None:
    assert not has_visit(text, lang)


def test_a_remote_meeting_beside_a_visit_leaves_the_visit() -> None:
    text = "Губернатор Олег Грачев посетил школу в Ельце. Совещание с главами районов прошло по видеосвязи."
    assert has_visit(text, "ru")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Министр Петр Сомов проинспектировал ремонт школы в Белеве.", "ru"),
        ("Кметът Стоян Илиев направи проверка на обект в село Брестово.", "bg"),
        ("Областният управител Иван Вълков направи оглед на пътя край Плевен.", "bg"),
        (
            "Кметът Стоян Илиев се срещна с жителите на Брестово. "
            "На срещата присъстваха и общински съветници от Ловеч.",
            "bg",
        ),
    ],
    ids=["ru-inspection", "bg-site-check", "bg-road-inspection", "bg-two-meetings"],
)
def test_inspections_and_meetings_on_site_are_visits(text: str, lang: str) -> None:
    assert has_visit(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Чистая прибыль авиакомпании за квартал упала на 12%, выручка выросла в Италии и Испании.",
        "Квартальные прибыли банка растут, прибыльный сегмент перевели в Германию.",
    ],
    ids=["profit", "profits-and-profitable"],
)
def test_profit_is_no_arrival(text: str) -> None:
    # "прибыль" (profit) starts like "прибыл" (arrived): business news is no visit.
    assert not has_visit(text, "ru")


def test_company_results_are_no_visit_even_with_the_plural_of_profit() -> None:
    text = (
        "Авиакомпания снизила прогноз чистой прибыли на текущий финансовый год. "
        "Чистая прибыль на акцию упала на 7% в годовом исчислении."
    )
    assert not has_visit(text, "ru")
    # One line on a plant's profit does not outweigh a visit.
    visit = "Губернатор Олег Грачев посетил завод в Калуге. Чистая прибыль завода выросла вдвое."
    assert has_visit(visit, "ru")


def test_the_plural_arrival_counts_with_a_place_after_it() -> None:
    assert has_visit("Специалисты из Казани прибыли в Самару на три дня.", "ru")


# ----------------------------------------------------------------- dates of the visits


def test_a_deadline_is_not_the_visits_date() -> None:
    text = (
        "Замминистра проверил готовность школ Курска к 1 сентября.\n"
        "Накануне, 24 августа, замминистра Олег Грачев посетил три школы Курска."
    )
    assert dates(text, lang="ru") == [("XXXX-08-24", "XXXX-08-24")]


def test_days_of_one_programme_make_one_visit() -> None:
    text = (
        "18 мая министр Олег Грачев посетит завод в Калуге.\n"
        "19 мая Олег Грачев посетит школу и встретится с губернатором."
    )
    assert dates(text, lang="ru") == [("XXXX-05-18", "XXXX-05-19")]


def test_a_day_inside_a_range_given_elsewhere_stands_for_the_range() -> None:
    text = (
        "На 19 и 20 май министър Петър Иванов ще се срещне с кмета на Пловдив.\n"
        "Министърът ще посети завода в Пловдив на 20 май."
    )
    assert dates(text, lang="bg") == [("XXXX-05-19", "XXXX-05-20")]


def test_an_arrival_reported_on_the_datelines_day_has_an_open_end() -> None:
    text = "Томск, 30 ноября - Агентство Сибирь.\nВ Томскую область прибыла делегация из Казахстана."
    assert dates(text, lang="ru") == [("XXXX-11-30", None)]


def test_a_past_visit_under_a_dateline_gets_no_date() -> None:
    text = "Троян, 3 юни /Агенция/\nДелегация от Троян е била на посещение в Драма миналата есен."
    assert dates(text, lang="bg") == [(None, None)]


def test_a_date_line_over_the_story_dates_it_when_it_is_not_the_publication_day() -> None:
    text = "Визит губернатора\n\n12 марта 2015 года\n\nГубернатор Олег Грачев посетил дом-интернат в Пскове."
    assert dates(text, published="2016-05-04", lang="ru") == [("2015-03-12", "2015-03-12")]
    # The same line on the publication day is the page's metadata.
    assert dates(text, published="2015-03-12", lang="ru") == [(None, None)]


def test_an_arrival_on_a_given_day_with_no_end_leaves_the_end_open() -> None:
    text = "5 сентября в Курск прибыла делегация Минской области во главе с Игорем Стасевичем."
    assert dates(text, lang="ru") == [("XXXX-09-05", None)]


def test_a_one_day_visit_keeps_its_end() -> None:
    text = "5 сентября делегация Минской области посетила завод в Курске."
    assert dates(text, lang="ru") == [("XXXX-09-05", "XXXX-09-05")]


def test_a_sentence_saying_when_the_event_took_place_dates_the_visit() -> None:
    text = (
        "Кметът Стоян Илиев присъства на откриването на нов център в Ловеч.\n"
        "Официалните гости разгледаха залите.\n"
        "Събитието се състоя на 16 февруари."
    )
    assert dates(text, lang="bg") == [("XXXX-02-16", "XXXX-02-16")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Цените ще бъдат определени с оглед на инфлацията в Пловдив.", "bg"),
        ("В субботу в Доме литераторов состоялась церемония. Вечер прошел в Москве.", "ru"),
        ("Мое пребывание на посту директора театра завершено, сказал Олег Грачев.", "ru"),
    ],
    ids=["bg-with-regard-to", "ru-events-took-place", "ru-tenure"],
)
def test_look_alikes_of_visit_words_are_no_visits(text: str, lang: str) -> None:
    assert not has_visit(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Днес в България пристигнаха още 100 000 дози ваксина. Те ще бъдат разпределени по областите.",
        "Срок пребывания в России для иностранных студентов продлили до конца года.",
    ],
    ids=["vaccines-arrive", "stay-extended"],
)
def test_an_arrival_or_a_stay_alone_is_no_visit(text: str) -> None:
    assert visitparse.parse(text).visits == []


def test_a_dateline_of_a_day_and_an_agency_in_slashes_is_no_visit_date() -> None:
    text = (
        "9 марта /Агентство Север/. В конце марта губернатор Олег Грачев посетит Казахстан.\n"
        "Визит продлится два дня."
    )
    assert dates(text, lang="ru") == [(None, None)]


def test_a_visit_going_on_as_the_article_is_written_takes_the_publication_day() -> None:
    text = (
        "Губернатор Олег Грачев сейчас находится в Ельце, где осмотрит новую школу.\n"
        "Кроме того, 14 марта губернатор посетит завод в Липецке."
    )
    assert dates(text, published="2025-03-12", lang="ru") == [
        ("2025-03-12", "2025-03-12"),
        ("2025-03-14", "2025-03-14"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Делегация Курской области посетила Минск. 10 июня состоялась встреча с министром. "
            "11 июня пройдет деловой форум.",
            "ru",
        ),
        (
            "Делегация от Русе посети Букурещ. На 10 юни се проведе среща с кмета. На 11 юни ще се "
            "проведе бизнес форум.",
            "bg",
        ),
    ],
)
def test_the_next_day_of_a_programme_extends_the_visit(text: str, lang: str) -> None:
    assert dates(text, lang=lang) == [("XXXX-06-10", "XXXX-06-11")]


def test_a_council_session_reported_by_a_municipality_is_no_visit() -> None:
    text = (
        "На заседание на 12 март общинският съвет разгледа докладите на кмета.\n"
        "На заседанието присъстваха 15 съветници, които приеха бюджета."
    )
    assert not has_visit(text, "bg")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Делегация от Русе ще гостува в Гюргево на 25 май. Предишното посещение беше на 10 март.",
            "bg",
            [("2025-05-25", "2025-05-25")],
        ),
        ("Делегация от Русе посети Гюргево. Публикувано на 19 май 2025 г.", "bg", [(None, None)]),
        (
            "Делегация Курской области посетит Минск 25 мая. Предыдущий визит состоялся 10 марта.",
            "ru",
            [("2025-05-25", "2025-05-25")],
        ),
        ("Делегация Курской области посетила Минск. Опубликовано 19 мая 2025 года.", "ru", [(None, None)]),
    ],
    ids=["bg-earlier-visit", "bg-published", "ru-earlier-visit", "ru-published"],
)
def test_the_pages_own_date_and_an_earlier_visit_recalled_are_not_the_visits_date(
    text: str, lang: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert dates(text, published="2025-05-20", lang=lang) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Днес проверка на хода на ремонта в детска градина „Слънце“ бе извършена от заместник-кмета "
        "Иван Петров.",
        "Министърът на културата Петър Колев ще даде символично начало на ремонта на читалището в "
        "град Ловеч днес. На място той ще се запознае с проекта.",
    ],
    ids=["inspection-noun", "ceremony-on-site"],
)
def test_an_on_site_inspection_or_ceremony_is_a_visit(text: str) -> None:
    assert visitparse.parse(text, published="2025-06-02").visits
