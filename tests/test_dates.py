"""Date mentions and their ISO normalization (visitparse.extract.dates), Russian and Bulgarian."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from visitparse.extract import dates as dates_module
from visitparse.extract.dates import DateMention, find_dates

FRI = dt.date(2025, 2, 7)  # a Friday


def where(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def only(text: str, lang: str, published: dt.date | None = None) -> DateMention:
    found = find_dates(text, lang, published)
    assert len(found) == 1, found
    mention = found[0]
    assert mention.text == text[mention.start : mention.end]
    return mention


def summary(
    text: str, lang: str, published: dt.date | None = None
) -> list[tuple[str, str | None, str | None, str]]:
    return [(m.text, m.start_date, m.end_date, m.kind) for m in find_dates(text, lang, published)]


# ----------------------------------------------------------------- single dates


def test_day_month_without_year_or_publication_is_edtf() -> None:
    m = only("7 февраля делегация соседней области приехала в Оренбург.", "ru")
    assert (m.start, m.end, m.text) == (0, 9, "7 февраля")
    assert (m.start_date, m.end_date, m.kind, m.lemma) == ("XXXX-02-07", "XXXX-02-07", "date", "7 февраля")


def test_day_month_takes_publication_year() -> None:
    m = only("7 февраля делегация соседней области приехала в Оренбург.", "ru", dt.date(2025, 2, 10))
    assert (m.start_date, m.end_date) == ("2025-02-07", "2025-02-07")


@pytest.mark.parametrize(
    ("text", "part", "iso"),
    [
        ("Совещание прошло 7 февраля 2025 года в министерстве.", "7 февраля 2025 года", "2025-02-07"),
        ("Совещание прошло 7 февраля 2025 г. в министерстве.", "7 февраля 2025 г.", "2025-02-07"),
        ("Гости прибыли 10 апреля 2019г. в центр реабилитации.", "10 апреля 2019г.", "2019-04-10"),
        ("Протокол подписан 07.02.2025 в Уфе.", "07.02.2025", "2025-02-07"),
        ("Протокол подписан 7.02.2025 г. в Уфе.", "7.02.2025 г.", "2025-02-07"),
        ("Занятия начнутся 1-го марта 2024 года.", "1-го марта 2024 года", "2024-03-01"),
        ("Концерт к 8 Марта 2024 года прошёл в клубе.", "8 Марта 2024 года", "2024-03-08"),
        ("Встреча с волонтёрами прошла 3 ноября 1999 года.", "3 ноября 1999 года", "1999-11-03"),
    ],
)
def test_russian_dates(text: str, part: str, iso: str) -> None:
    m = only(text, "ru")
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind) == (iso, iso, "date")


@pytest.mark.parametrize(
    ("text", "part", "iso"),
    [
        ("На 11 септември 2013 г. комисията провери дома.", "11 септември 2013 г.", "2013-09-11"),
        ("Документът е подписан на 25.07.2024 г. в Русе.", "25.07.2024 г.", "2024-07-25"),
        ("Срещата ще бъде на 3 юни 2026 година в Силистра.", "3 юни 2026 година", "2026-06-03"),
        ("Празникът е на 1-ви март 2025 г. в читалището.", "1-ви март 2025 г.", "2025-03-01"),
    ],
)
def test_bulgarian_dates(text: str, part: str, iso: str) -> None:
    m = only(text, "bg")
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind) == (iso, iso, "date")


def test_bulgarian_date_without_year_uses_publication() -> None:
    text = "Екипът пристигна в Разград на 25 юли и посети дневния център."
    m = only(text, "bg", dt.date(2024, 8, 1))
    assert (m.start, m.end, m.start_date) == (*where(text, "25 юли"), "2024-07-25")


def test_weekday_before_a_date_joins_it() -> None:
    text = "В четверг, 7 февраля, гости осмотрели центр."
    m = only(text, "ru")
    assert (m.start, m.end, m.text) == (2, 20, "четверг, 7 февраля")
    assert (m.start_date, m.kind) == ("XXXX-02-07", "date")


# ----------------------------------------------------------------- ranges


@pytest.mark.parametrize(
    ("text", "part", "published", "start", "end"),
    [
        (
            "Форум прошёл с 25 по 28 ноября в Казани.",
            "с 25 по 28 ноября",
            dt.date(2024, 12, 1),
            "2024-11-25",
            "2024-11-28",
        ),
        (
            "Делегация работала 7–8 февраля в Оренбурге.",
            "7–8 февраля",
            dt.date(2025, 2, 10),
            "2025-02-07",
            "2025-02-08",
        ),
        (
            "Делегация работала 7-8 февраля 2025 в Оренбурге.",
            "7-8 февраля 2025",
            None,
            "2025-02-07",
            "2025-02-08",
        ),
        (
            "Обмен опытом шёл с 30 ноября по 2 декабря в Самаре.",
            "с 30 ноября по 2 декабря",
            dt.date(2024, 12, 5),
            "2024-11-30",
            "2024-12-02",
        ),
        (
            "Обмен опытом шёл с 30 ноября по 2 декабря 2024 г. в Самаре.",
            "с 30 ноября по 2 декабря 2024 г.",
            None,
            "2024-11-30",
            "2024-12-02",
        ),
        (
            "Каникулы длились с 28 декабря по 3 января.",
            "с 28 декабря по 3 января",
            dt.date(2025, 1, 10),
            "2024-12-28",
            "2025-01-03",
        ),
        (
            "Каникулы длились с 28 декабря по 3 января 2025 года.",
            "с 28 декабря по 3 января 2025 года",
            None,
            "2024-12-28",
            "2025-01-03",
        ),
        (
            "Смена шла с 28 декабря 2023 года по 3 января 2024 года.",
            "с 28 декабря 2023 года по 3 января 2024 года",
            None,
            "2023-12-28",
            "2024-01-03",
        ),
        (
            "Семинар пройдёт 7 и 8 февраля 2026 года.",
            "7 и 8 февраля 2026 года",
            None,
            "2026-02-07",
            "2026-02-08",
        ),
        (
            "Проверка шла с 07.02.2025 по 09.02.2025 в районе.",
            "с 07.02.2025 по 09.02.2025",
            None,
            "2025-02-07",
            "2025-02-09",
        ),
        (
            "Гости были у нас 30 апреля – 2 мая 2025 года.",
            "30 апреля – 2 мая 2025 года",
            None,
            "2025-04-30",
            "2025-05-02",
        ),
    ],
)
def test_russian_ranges(text: str, part: str, published: dt.date | None, start: str, end: str) -> None:
    m = only(text, "ru", published)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind) == (start, end, "range")


@pytest.mark.parametrize(
    ("text", "part", "published", "start", "end"),
    [
        (
            "Посещението беше от 24 до 26 октомври в Бургас.",
            "от 24 до 26 октомври",
            dt.date(2024, 10, 30),
            "2024-10-24",
            "2024-10-26",
        ),
        (
            "Посещението беше 24-26 октомври 2024 г. в Бургас.",
            "24-26 октомври 2024 г.",
            None,
            "2024-10-24",
            "2024-10-26",
        ),
        (
            "Обучението е от 30 ноември до 2 декември.",
            "от 30 ноември до 2 декември",
            None,
            "XXXX-11-30",
            "XXXX-12-02",
        ),
        (
            "Срещите бяха между 5 и 7 май 2025 г. в Русе.",
            "между 5 и 7 май 2025 г.",
            None,
            "2025-05-05",
            "2025-05-07",
        ),
    ],
)
def test_bulgarian_ranges(text: str, part: str, published: dt.date | None, start: str, end: str) -> None:
    m = only(text, "bg", published)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind) == (start, end, "range")


def test_range_across_years_without_anything_keeps_edtf() -> None:
    m = only("Каникулы длились с 28 декабря по 3 января.", "ru")
    assert (m.start_date, m.end_date) == ("XXXX-12-28", "XXXX-01-03")


def test_preposition_without_its_pair_is_left_out_of_the_span() -> None:
    text = "Выставка открыта с 3 марта 2025 года."
    m = only(text, "ru")
    assert (m.text, m.kind) == ("3 марта 2025 года", "date")


# ----------------------------------------------------------------- months and years


def test_month_with_year() -> None:
    text = "В феврале 2025 года министерство провело проверку."
    m = only(text, "ru")
    assert (m.start, m.end, m.text) == (2, 19, "феврале 2025 года")
    assert (m.start_date, m.end_date, m.kind, m.lemma) == (
        "2025-02-01",
        "2025-02-28",
        "month",
        "февраль 2025 года",
    )


def test_month_without_year_inferred_from_publication() -> None:
    # 2024 is a leap year: February ends on the 29th.
    assert summary("В феврале гости приезжали дважды.", "ru", dt.date(2024, 3, 5)) == [
        ("феврале", "2024-02-01", "2024-02-29", "month")
    ]
    # October named in February lies in the previous year.
    assert summary("Проверката беше през октомври.", "bg", FRI) == [
        ("октомври", "2024-10-01", "2024-10-31", "month")
    ]
    assert summary("Гости приедут в мае.", "ru") == [("мае", "XXXX-05-01", "XXXX-05-31", "month")]


def test_capitalized_month_form_without_day_is_a_name() -> None:
    assert find_dates("Мая Петрова и Марта Иванова провели экскурсию.", "ru") == []


@pytest.mark.parametrize(
    ("text", "lang", "part", "start", "end", "lemma"),
    [
        (
            "Центр открыли в 2022 году при поддержке области.",
            "ru",
            "2022 году",
            "2022-01-01",
            "2022-12-31",
            "2022 год",
        ),
        ("Услугата работи от 2022 г. в общината.", "bg", "2022 г.", "2022-01-01", "2022-12-31", "2022 г."),
        (
            "Программа действовала в 2022–2023 годах.",
            "ru",
            "2022–2023 годах",
            "2022-01-01",
            "2023-12-31",
            "2022–2023 годах",
        ),
        ("Центърът е открит през 2019, а ремонтът е нов.", "bg", "2019", "2019-01-01", "2019-12-31", "2019"),
    ],
)
def test_years(text: str, lang: str, part: str, start: str, end: str, lemma: str) -> None:
    m = only(text, lang)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind, m.lemma) == (start, end, "year", lemma)


def test_number_without_year_marker_is_no_year() -> None:
    assert find_dates("В 2022 школах области прошли уроки.", "ru") == []


# ----------------------------------------------------------------- relative expressions


@pytest.mark.parametrize(
    ("phrase", "part", "start", "end", "kind", "lemma"),
    [
        ("вчера", "вчера", "2025-02-06", "2025-02-06", "relative", "вчера"),
        ("сегодня", "сегодня", "2025-02-07", "2025-02-07", "relative", "сегодня"),
        ("позавчера", "позавчера", "2025-02-05", "2025-02-05", "relative", "позавчера"),
        ("на прошлой неделе", "прошлой неделе", "2025-01-27", "2025-02-02", "relative", "прошлая неделя"),
        ("в минувший четверг", "минувший четверг", "2025-02-06", "2025-02-06", "weekday", "минувший четверг"),
        ("в прошлую пятницу", "прошлую пятницу", "2025-01-31", "2025-01-31", "weekday", "прошлая пятница"),
        ("в понедельник", "понедельник", "2025-02-03", "2025-02-03", "weekday", "понедельник"),
        ("в пятницу", "пятницу", "2025-02-07", "2025-02-07", "weekday", "пятница"),
        ("в среду", "среду", "2025-02-05", "2025-02-05", "weekday", "среда"),
        (
            "в следующий вторник",
            "следующий вторник",
            "2025-02-11",
            "2025-02-11",
            "weekday",
            "следующий вторник",
        ),
        ("в прошлом году", "прошлом году", "2024-01-01", "2024-12-31", "relative", "прошлый год"),
        ("в этом месяце", "этом месяце", "2025-02-01", "2025-02-28", "relative", "этот месяц"),
    ],
)
def test_russian_relative(phrase: str, part: str, start: str, end: str, kind: str, lemma: str) -> None:
    text = f"Министр сообщил, что {phrase} делегация посетила центр."
    m = only(text, "ru", FRI)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind, m.lemma) == (start, end, kind, lemma)


@pytest.mark.parametrize(
    ("phrase", "part", "start", "end", "kind", "lemma"),
    [
        ("вчера", "вчера", "2025-02-06", "2025-02-06", "relative", "вчера"),
        ("днес", "днес", "2025-02-07", "2025-02-07", "relative", "днес"),
        ("онзи ден", "онзи ден", "2025-02-05", "2025-02-05", "relative", "онзи ден"),
        ("завчера", "завчера", "2025-02-05", "2025-02-05", "relative", "завчера"),
        ("миналата седмица", "миналата седмица", "2025-01-27", "2025-02-02", "relative", "минала седмица"),
        ("в понеделник", "понеделник", "2025-02-03", "2025-02-03", "weekday", "понеделник"),
        ("миналия петък", "миналия петък", "2025-01-31", "2025-01-31", "weekday", "минал петък"),
        ("в неделя", "неделя", "2025-02-02", "2025-02-02", "weekday", "неделя"),
        ("през миналата година", "миналата година", "2024-01-01", "2024-12-31", "relative", "минала година"),
        ("миналия месец", "миналия месец", "2025-01-01", "2025-01-31", "relative", "минал месец"),
    ],
)
def test_bulgarian_relative(phrase: str, part: str, start: str, end: str, kind: str, lemma: str) -> None:
    text = f"Областният управител каза, че {phrase} екипът е посетил центъра."
    m = only(text, "bg", FRI)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind, m.lemma) == (start, end, kind, lemma)


@pytest.mark.parametrize(
    ("text", "lang", "part", "start", "end"),
    [
        (
            "Оправдательный приговор вынесли в октябре прошлого года.",
            "ru",
            "октябре прошлого года",
            "2024-10-01",
            "2024-10-31",
        ),
        (
            "Гости впервые приезжали 7 февраля прошлого года.",
            "ru",
            "7 февраля прошлого года",
            "2024-02-07",
            "2024-02-07",
        ),
        (
            "Договорът е подписан на 25 юли миналата година.",
            "bg",
            "25 юли миналата година",
            "2024-07-25",
            "2024-07-25",
        ),
        ("През април тази година екипът беше в Русе.", "bg", "април тази година", "2025-04-01", "2025-04-30"),
    ],
)
def test_month_with_relative_year(text: str, lang: str, part: str, start: str, end: str) -> None:
    m = only(text, lang, FRI)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date) == (start, end)


def test_relative_without_publication_has_no_dates() -> None:
    assert summary("Вчера гости осмотрели мастерские, в понедельник уехали.", "ru") == [
        ("Вчера", None, None, "relative"),
        ("понедельник", None, None, "weekday"),
    ]
    assert summary("Миналата седмица екипът беше в Русе.", "bg") == [
        ("Миналата седмица", None, None, "relative")
    ]


def test_vague_recent_past_is_kept_without_dates() -> None:
    text = "На днях специалисты побывали в Уфе."
    m = only(text, "ru", FRI)
    assert (m.start, m.end, m.start_date, m.end_date, m.kind) == (0, 7, None, None, "relative")


def test_weekday_alone_needs_a_preposition() -> None:
    assert find_dates("Екипът посети Дневен център „Света Неделя“ в Сандански.", "bg", FRI) == []
    assert summary("Понедельник, 3 марта 2025 года, выдался насыщенным.", "ru") == [
        ("Понедельник, 3 марта 2025 года", "2025-03-03", "2025-03-03", "date")
    ]


def test_weekday_with_date_in_brackets() -> None:
    text = "Мерките влязоха в сила в понеделник (21 септември 2020 г.) в Мадрид."
    m = only(text, "bg")
    assert (m.start, m.end) == where(text, "понеделник (21 септември 2020 г.)")
    assert (m.start_date, m.kind) == ("2020-09-21", "date")


def test_weekday_genitive() -> None:
    assert summary("Ограничения действуют с понедельника.", "ru", FRI) == [
        ("понедельника", "2025-02-03", "2025-02-03", "weekday")
    ]


def test_russian_week_is_no_weekday() -> None:
    # In Russian "неделя" is a week; in Bulgarian it is Sunday.
    assert find_dates("Волонтёры приходят раз в неделю.", "ru", FRI) == []


# ----------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "lang", "part", "days"),
    [
        ("Бе проведено двудневно работно посещение в Русе.", "bg", "двудневно", 2),
        ("Започна тридневен семинар в Бургас.", "bg", "тридневен", 3),
        ("Срещите продължиха три дни.", "bg", "три дни", 3),
        ("Двухдневный визит завершился в Уфе.", "ru", "Двухдневный", 2),
        ("Итоги трёхдневного визита подвели в министерстве.", "ru", "трёхдневного", 3),
        ("Стажировка длилась три дня.", "ru", "три дня", 3),
        ("Стажировка длилась в течение двух дней.", "ru", "двух дней", 2),
        ("Прошёл 2-дневный семинар.", "ru", "2-дневный", 2),
        ("Организован двухнедельный курс.", "ru", "двухнедельный", 14),
    ],
)
def test_durations(text: str, lang: str, part: str, days: int) -> None:
    m = only(text, lang, FRI)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind, m.days) == (None, None, "duration", days)


# ----------------------------------------------------------------- year inference


@pytest.mark.parametrize(
    ("text", "published", "iso"),
    [
        ("28 декабря гости побывали в центре.", dt.date(2025, 1, 5), "2024-12-28"),
        ("15 января состоится встреча.", dt.date(2024, 12, 20), "2025-01-15"),
        ("10 марта гости побывали в центре.", dt.date(2025, 6, 1), "2025-03-10"),
        ("10 августа состоится встреча.", dt.date(2025, 6, 1), "2025-08-10"),
        ("10 ноября гости побывали в центре.", dt.date(2025, 3, 1), "2024-11-10"),
    ],
)
def test_year_inference(text: str, published: dt.date, iso: str) -> None:
    assert only(text, "ru", published).start_date == iso


def test_datetime_publication_is_treated_as_a_date() -> None:
    m = only("Вчера гости приехали.", "ru", dt.datetime(2025, 2, 7, 23, 30))
    assert m.start_date == "2025-02-06"


def test_never_uses_todays_date() -> None:
    source = Path(dates_module.__file__).read_text(encoding="utf-8")
    assert "today(" not in source and ".now(" not in source
    # With no year and no publication date the year stays unknown instead of "this year".
    assert only("Гости приехали 5 марта.", "ru").start_date == "XXXX-03-05"


# ----------------------------------------------------------------- invalid and non-dates


@pytest.mark.parametrize(
    "text",
    [
        "Собрание назначено на 31 февраля 2025 года.",
        "Собрание назначено на 30 февраля.",
        "Собрание назначено на 32 мая.",
        "Собрание назначено на 8–7 мая.",
        "Собрание назначено на 2 мая – 30 апреля.",
        "Протокол от 13.13.2025 утерян.",
        "Срещата е на 31 април 2024 г.",
    ],
)
def test_impossible_dates_are_skipped(text: str) -> None:
    lang = "bg" if "Срещата" in text else "ru"
    assert find_dates(text, lang, FRI) == []


def test_february_29() -> None:
    assert only("Встреча 29 февраля.", "ru").start_date == "XXXX-02-29"
    assert only("Встреча 29 февраля 2024 года.", "ru").start_date == "2024-02-29"
    assert find_dates("Встреча 29 февраля 2025 года.", "ru") == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Капацитетът е 15 лица, настанени са 7 потребители.", "bg"),
        ("Защитено жилище 2 - Бургас има нов екип.", "bg"),
        ("Начало в 10:30, бюджет 3,5 млн рублей, версия 1.2.3.4.", "ru"),
        ("Семьи с 5 до 7 детьми получили помощь.", "ru"),
        ("Телефон 8-800-100-20-30 работает круглосуточно.", "ru"),
    ],
)
def test_numbers_that_are_not_dates(text: str, lang: str) -> None:
    assert find_dates(text, lang, FRI) == []


def test_offsets_survive_letters_whose_lower_case_is_longer() -> None:
    # "İ".lower() has two characters: offsets must still point into the text as given.
    text = "İİİ Делегация из İzmir прибыла 7 февраля на двухдневный визит."
    assert summary(text, "ru") == [
        ("7 февраля", "XXXX-02-07", "XXXX-02-07", "date"),
        ("двухдневный", None, None, "duration"),
    ]


def test_unknown_language() -> None:
    with pytest.raises(ValueError):
        find_dates("7 февраля", "xx")


# ----------------------------------------------------------------- whole texts


def test_several_mentions_in_order() -> None:
    text = (
        "Вчера в Оренбург прибыла делегация Башкортостана. Двухдневный визит начался в центре, "
        "открытом в 2019 году. С 25 по 28 ноября гости побывали в трёх районах, а 30 ноября "
        "подписали соглашение."
    )
    found = find_dates(text, "ru", dt.date(2024, 12, 2))
    assert [(m.text, m.start_date, m.end_date, m.kind) for m in found] == [
        ("Вчера", "2024-12-01", "2024-12-01", "relative"),
        ("Двухдневный", None, None, "duration"),
        ("2019 году", "2019-01-01", "2019-12-31", "year"),
        ("С 25 по 28 ноября", "2024-11-25", "2024-11-28", "range"),
        ("30 ноября", "2024-11-30", "2024-11-30", "date"),
    ]
    for m in found:
        assert m.text == text[m.start : m.end]


def test_bulgarian_article() -> None:
    text = (
        "На 11 септември 2013 г. комисия посети Дневния център в Разград. Миналата седмица "
        "екипът от Бургас проведе двудневно работно посещение, а днес подписа споразумение."
    )
    assert summary(text, "bg", dt.date(2013, 9, 12)) == [
        ("11 септември 2013 г.", "2013-09-11", "2013-09-11", "date"),
        ("Миналата седмица", "2013-09-02", "2013-09-08", "relative"),
        ("двудневно", None, None, "duration"),
        ("днес", "2013-09-12", "2013-09-12", "relative"),
    ]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*"0123456789 .-–,гсопдияфевралкбнтучью", "февраля", " по ", " с ", "вчера", "г."]),
        max_size=40,
    ).map("".join),
    st.sampled_from(["ru", "bg"]),
)
def test_mentions_are_exact_ordered_and_disjoint(text: str, lang: str) -> None:
    found = find_dates(text, lang, FRI)
    previous_end = 0
    for m in found:
        assert previous_end <= m.start < m.end <= len(text)
        assert m.text == text[m.start : m.end]
        assert m.kind in dates_module.KINDS
        previous_end = m.end


# ----------------------------------------------------------------- speed and safety


@pytest.mark.parametrize(
    "unit",
    ["1", ".", " ", "1.", "1-", "12 ", "01.02.", "с 1 по ", "а", "двух", "7 февраля "],
)
def test_adversarial_input_takes_time_linear_in_its_length(unit: str) -> None:
    # Compared with itself at a quarter of the length, so a busy machine does not matter.
    def seconds(n_chars: int) -> float:
        text = (unit * (n_chars // len(unit) + 1))[:n_chars]
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            find_dates(text, "ru", FRI)
            find_dates(text, "bg", FRI)
            best = min(best, time.perf_counter() - started)
        return best

    small, large = seconds(20_000), seconds(80_000)
    assert large < 10 * small + 0.05, (small, large)


@pytest.mark.parametrize(
    ("text", "lang", "part", "start", "end"),
    [
        # Published on Friday 7 February 2025: last week is 27 January - 2 February.
        (
            "Екипът гостува в Ловеч в сряда и четвъртък миналата седмица.",
            "bg",
            "сряда и четвъртък миналата седмица",
            "2025-01-29",
            "2025-01-30",
        ),
        (
            "Делегация работала в Пскове во вторник и среду на прошлой неделе.",
            "ru",
            "вторник и среду на прошлой неделе",
            "2025-01-28",
            "2025-01-29",
        ),
        ("Гости были в Курске в среду и четверг.", "ru", "среду и четверг", "2025-02-05", "2025-02-06"),
        (
            "Гостите бяха в Русе в петък миналата седмица.",
            "bg",
            "петък миналата седмица",
            "2025-01-31",
            "2025-01-31",
        ),
    ],
    ids=["bg-pair-last-week", "ru-pair-last-week", "ru-pair-this-week", "bg-one-day-last-week"],
)
def test_weekdays_with_their_week(text: str, lang: str, part: str, start: str, end: str) -> None:
    m = only(text, lang, FRI)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date) == (start, end)


def test_a_pair_of_weekdays_not_yet_over_is_last_weeks() -> None:
    # Written on a Friday, "on Friday and Saturday" cannot be this week's Saturday yet.
    m = only("Гости были в Курске в пятницу и субботу.", "ru", FRI)
    assert (m.start_date, m.end_date) == ("2025-01-31", "2025-02-01")


# ----------------------------------------------------------------- day words before a date, eves, headers


@pytest.mark.parametrize(
    ("text", "lang", "part", "iso"),
    [
        ("Завтра, 12 марта, делегация приедет в Самару.", "ru", "Завтра, 12 марта", "2025-03-12"),
        ("Накануне, 6 февраля, министр побывал в Твери.", "ru", "Накануне, 6 февраля", "2025-02-06"),
        ("Днес, 7 февруари, министърът ще посети Враца.", "bg", "Днес, 7 февруари", "2025-02-07"),
        (
            "В понеделник – на 03.02.2025, кметът провери обекта.",
            "bg",
            "понеделник – на 03.02.2025",
            "2025-02-03",
        ),
    ],
    ids=["ru-tomorrow", "ru-eve", "bg-today", "bg-weekday-dash-na"],
)
def test_a_day_word_before_an_explicit_date_joins_it(text: str, lang: str, part: str, iso: str) -> None:
    m = only(text, lang, FRI)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date, m.kind) == (iso, iso, "date")


def test_eve_alone_is_the_day_before_publication() -> None:
    m = only("Накануне глава района посетил школу в селе Лесное.", "ru", FRI)
    assert (m.text, m.start_date, m.kind) == ("Накануне", "2025-02-06", "relative")


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор поздравил ветеранов накануне праздника.",
        "Как сообщили Накануне.RU, губернатор прибыл в Тюмень.",
    ],
    ids=["eve-of-an-event", "a-site-name"],
)
def test_eve_before_a_noun_or_as_a_name_is_no_date(text: str) -> None:
    assert find_dates(text, "ru", FRI) == []


def test_a_dated_header_line_gives_the_year_without_publication_date() -> None:
    text = "Кметът откри нов център\nВестник Зора, брой 5, 10 – 16 март 2016\nОткриването беше на 9 март."
    found = summary(text, "bg")
    assert found[-1] == ("9 март", "2016-03-09", "2016-03-09", "date")


def test_a_date_deep_in_the_body_gives_no_year_to_others() -> None:
    text = (
        "Заглавие\n"
        + "Текст за събитието.\n" * 8
        + "Договорът е от 5 май 2001 г. Гостите бяха тук на 9 март."
    )
    assert summary(text, "bg")[-1] == ("9 март", "XXXX-03-09", "XXXX-03-09", "date")


def test_a_weekday_names_the_explicit_date_of_that_weekday() -> None:
    # Published Friday 7 February 2025; Monday 10 February is named, so "в понедельник" is it.
    text = "10 февраля министр посетит Псков. Он прибудет в понедельник утром."
    found = summary(text, "ru", FRI)
    assert found[1] == ("понедельник", "2025-02-10", "2025-02-10", "weekday")


@pytest.mark.parametrize(
    ("text", "lang", "part", "dates"),
    [
        (
            "С пятого по седьмое июня гости работали в Орле.",
            "ru",
            "С пятого по седьмое июня",
            ("06-05", "06-07"),
        ),
        ("Совет соберется двадцать второго апреля.", "ru", "двадцать второго апреля", ("04-22", "04-22")),
        ("Третьего марта открыли школу.", "ru", "Третьего марта", ("03-03", "03-03")),
        ("Срещата е на първи октомври в Русе.", "bg", "първи октомври", ("10-01", "10-01")),
        ("Гостите бяха тук от трети до пети май.", "bg", "от трети до пети май", ("05-03", "05-05")),
        ("Форумът е на тридесет и първи май.", "bg", "тридесет и първи май", ("05-31", "05-31")),
    ],
)
def test_days_written_as_ordinal_words(text: str, lang: str, part: str, dates: tuple[str, str]) -> None:
    m = only(text, lang)
    assert (m.start, m.end) == where(text, part)
    assert (m.start_date, m.end_date) == tuple("XXXX-" + d for d in dates)


@pytest.mark.parametrize(
    "text",
    ["Команда заняла второе место в мае.", "Първи в класацията е отборът от Русе.", "Двадцать первого века."],
)
def test_ordinal_words_without_a_month_are_no_dates(text: str) -> None:
    lang = "bg" if "ъ" in text else "ru"
    assert [m.kind for m in find_dates(text, lang)] in ([], ["month"])
