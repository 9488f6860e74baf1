"""Entity repairs after the NER (visitparse.extract.entities), on hand-made documents."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from visitparse.document import char_span, set_entities
from visitparse.extract.entities import inside_quotes, repair_entities
from visitparse.lang.names import given_names


def _doc(lang: str, text: str, ents: list[tuple[str, str, str]]) -> Doc:
    """A document of ``text`` with (mention, label, lemma) entities, found left to right."""
    doc = spacy.blank(lang)(text)
    spans, pos = [], 0
    for mention, label, lemma in ents:
        start = text.index(mention, pos)
        span = char_span(doc, start, start + len(mention), label, lemma)
        assert span is not None
        spans.append(span)
        pos = start + len(mention)
    set_entities(doc, spans)
    return doc


def _ents(doc: Doc) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e._.lemma) for e in doc.ents]


def test_a_name_split_in_two_mentions_becomes_one_person() -> None:
    doc = _doc(
        "ru",
        "Делегацию возглавил заместитель министра Павлом Игоревичем Сорокиным.",
        [("Павлом Игоревичем", "PER", "Павел Игоревич"), ("Сорокиным", "PER", "Сорокин")],
    )
    repair_entities(doc, "ru")
    assert _ents(doc) == [("Павлом Игоревичем Сорокиным", "PER", "Павел Игоревич Сорокин")]


def test_a_body_cut_inside_a_town_name_is_completed() -> None:
    doc = _doc("bg", "Срещата беше в Община Горна Оряховица.", [("Община Горна", "ORG", "Община Горна")])
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Община Горна Оряховица", "ORG", "Община Горна Оряховица")]


def test_a_missed_name_after_a_position_and_a_name_read_as_a_place() -> None:
    doc = _doc(
        "bg",
        "Гостите бяха посрещнати от кмета на Община Русе Росица Пенчева. "
        "В Момчилград ги прие кметът на общината Енвер Юсуфов.",
        [
            ("Община Русе", "ORG", "Община Русе"),
            ("Момчилград", "LOC", "Момчилград"),
            ("Енвер Юсуфов", "LOC", "Енвер Юсуфов"),
        ],
    )
    repair_entities(doc, "bg")
    people = [text for text, label, _ in _ents(doc) if label == "PER"]
    assert people == ["Росица Пенчева", "Енвер Юсуфов"]
    assert ("Момчилград", "LOC", "Момчилград") in _ents(doc)


def test_a_village_named_like_a_person_does_not_hide_the_name_after_it() -> None:
    # "Добромир" is also a village; here it is the mayor's first name.
    doc = _doc(
        "bg",
        "Домакин беше кметът на Община Горна Оряховица Добромир Добрев.",
        [("Домакин", "PER", "Домакин"), ("Община Горна Оряховица", "ORG", "Община Горна Оряховица")],
    )
    repair_entities(doc, "bg")
    assert [e for e in _ents(doc) if e[1] == "PER"] == [("Добромир Добрев", "PER", "Добромир Добрев")]


def test_words_after_a_position_without_a_surname_form_stay_as_they_are() -> None:
    doc = _doc(
        "bg", "Срещата откри кметът на Община Русе Пролетна Среща.", [("Община Русе", "ORG", "Община Русе")]
    )
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Община Русе", "ORG", "Община Русе")]


def _people(doc: Doc) -> list[str]:
    return [text for text, label, _ in _ents(doc) if label == "PER"]


def test_a_given_name_and_a_surname_form_are_a_person_anywhere() -> None:
    doc = _doc("bg", "Проверката беше водена от Ирена Соколова и продължи два часа.", [])
    repair_entities(doc, "bg")
    assert _people(doc) == ["Ирена Соколова"]


def test_a_place_that_ran_into_a_given_name_is_cut_back() -> None:
    doc = _doc(
        "bg",
        "Там беше директорът на службата в Свиленград Росица Петрова.",
        [("Свиленград Росица", "LOC", "Свиленград Росица")],
    )
    repair_entities(doc, "bg")
    assert ("Свиленград", "LOC", "Свиленград") in _ents(doc)
    assert _people(doc) == ["Росица Петрова"]


def test_a_given_name_inside_quotes_names_a_facility_not_a_person() -> None:
    doc = _doc("bg", "Гостите посетиха училище „Иван Вазов“ в града.", [])
    repair_entities(doc, "bg")
    assert _people(doc) == []


def test_a_surname_alone_takes_the_given_name_before_it() -> None:
    doc = _doc("bg", "Делегацията води Павлина Димова от Ямбол.", [("Димова", "PER", "Димова")])
    repair_entities(doc, "bg")
    assert _people(doc) == ["Павлина Димова"]


def test_a_person_mention_running_into_the_position_after_it_is_cut_at_the_dash() -> None:
    doc = _doc(
        "bg",
        "Гостите се срещнаха с Даниел Петров - областен управител.",
        [("Даниел Петров - областен", "PER", "Даниел Петров - областен")],
    )
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Даниел Петров", "PER", "Даниел Петров")]


def test_the_town_of_a_mayor_is_split_from_his_name() -> None:
    doc = _doc(
        "bg",
        "Присъства и кметът на Стражица Румен Колев.",
        [("Стражица Румен Колев", "PER", "Стражица Румен Колев")],
    )
    repair_entities(doc, "bg")
    assert ("Стражица", "LOC", "Стражица") in _ents(doc)
    assert _people(doc) == ["Румен Колев"]


def test_a_name_the_ner_missed_before_a_comma_and_a_position() -> None:
    doc = _doc(
        "bg", "Той беше придружен от Лале Бенли Кая, омбудсман на Турция.", [("Турция", "LOC", "Турция")]
    )
    repair_entities(doc, "bg")
    assert _people(doc) == ["Лале Бенли Кая"]


def test_a_name_after_a_portfolio_in_lower_case_words() -> None:
    doc = _doc("bg", "Министърът на околната среда и водите Нено Стоев провери станцията.", [])
    repair_entities(doc, "bg")
    assert _people(doc) == ["Нено Стоев"]


def test_a_surname_in_capitals_after_a_position() -> None:
    doc = _doc("ru", "Среди гостей был посол Намибии Хамфри ГАРУБ.", [("Намибии", "LOC", "Намибия")])
    repair_entities(doc, "ru")
    assert _people(doc) == ["Хамфри ГАРУБ"]


@pytest.mark.parametrize(
    ("text", "name", "inside"),
    [
        ("болница „Проф. д-р Иван Петров“", "Иван", True),
        ('болница „Св. Иван Рилски" в града', "Иван", True),
        ("отдел „Образование и спорт“ и Иван Петров", "Иван", False),
        ('детска градина "Слънце" и Иван Петров', "Иван", False),
        ("школа «Иван", "Иван", True),
        ("от сдружение „Клуб „Приятели на децата““. Там ги посрещна Иван", "Иван", False),
    ],
)
def test_inside_quotes(text: str, name: str, inside: bool) -> None:
    assert inside_quotes(text, text.index(name)) is inside


def test_given_names_cover_both_languages_and_the_hand_list() -> None:
    bg, ru = given_names("bg"), given_names("ru")
    assert len(ru) > 10_000 and {"ирина", "сергей"} <= ru
    assert {"росица", "детелина"} <= bg - ru  # common Bulgarian names from the hand-written list


def test_a_name_after_a_person_and_and_in_a_list() -> None:
    doc = _doc(
        "bg",
        "Кметовете на двата града – Иван Петров и Йон Попеску, откриха моста.",
        [("Иван Петров", "PER", "Иван Петров")],
    )
    repair_entities(doc, "bg")
    assert _people(doc) == ["Иван Петров", "Йон Попеску"]


def test_a_given_name_a_town_took_in_goes_back_to_the_surname() -> None:
    doc = _doc(
        "bg",
        "Беше и началничката на инспектората в Сливен Бисерка Колева.",
        [("Сливен Бисерка", "LOC", "Сливен Бисерка"), ("Колева", "PER", "Колева")],
    )
    repair_entities(doc, "bg")
    assert ("Бисерка Колева", "PER", "Бисерка Колева") in _ents(doc)
    assert ("Сливен", "LOC", "Сливен") in _ents(doc)


@pytest.mark.parametrize(
    ("text", "ents", "name"),
    [
        # a foreign name without a surname form, closed by the sentence's end or a comma
        ("Дойде и културното аташе на посолството Юки Мацура.", [], "Юки Мацура"),
        (
            "Гости бяха кметът на Община Кособа Ливиу Тудор, и други.",
            [("Община Кособа", "ORG", "Община Кособа")],
            "Ливиу Тудор",
        ),
        # a name a body's mention took in after a dash
        (
            "Говориха с директора на Службата за одит - ОЛАФ - Марко Рибер.",
            [("Службата за одит - ОЛАФ - Марко Рибер", "ORG", "Служба за одит - ОЛАФ - Марко Рибер")],
            "Марко Рибер",
        ),
        # a word before a name and its title that opens the sentence is no part of the name
        ("Домакините Георгий Чикликчи, директор на стопанството, ги посрещнаха.", [], "Георгий Чикликчи"),
        # a place mention that ran on into the name after it
        (
            "Той ще се срещне с номарха на Източна Македония и Тракия Аристидис Пападакис.",
            [("Тракия Аристидис Пападакис", "LOC", "Тракия Аристидис Пападакис")],
            "Аристидис Пападакис",
        ),
        # a known given name and a foreign surname closed by a comma
        ("Комисията с председател заместникът Исмет Абаз, направи обход.", [], "Исмет Абаз"),
    ],
    ids=["sentence-end", "comma", "inside-a-body", "sentence-opener", "inside-a-place", "given-name"],
)
def test_names_after_or_before_a_title_without_a_surname_form(
    text: str, ents: list[tuple[str, str, str]], name: str
) -> None:
    doc = _doc("bg", text, ents)
    repair_entities(doc, "bg")
    assert name in _people(doc)


def test_a_surname_takes_an_unlisted_given_name_before_it() -> None:
    assert "светломира" not in given_names("bg")
    doc = _doc(
        "bg",
        "Министърът дойде със заместничката си Светломира Желязкова.",
        [("Желязкова", "PER", "Желязкова")],
    )
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Светломира Желязкова", "PER", "Светломира Желязкова")]


def test_a_capital_opening_the_sentence_or_an_everyday_word_is_no_given_name() -> None:
    doc = _doc("bg", "Днес Желязкова пристигна.", [("Желязкова", "PER", "Желязкова")])
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Желязкова", "PER", "Желязкова")]


def test_a_given_name_alone_takes_the_foreign_surname_after_it() -> None:
    doc = _doc(
        "bg",
        "Гостите посрещна директорката Ливия Ионеску от Констанца.",
        [("Ливия", "PER", "Ливия"), ("Констанца", "LOC", "Констанца")],
    )
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Ливия Ионеску", "PER", "Ливия Ионеску"), ("Констанца", "LOC", "Констанца")]


def test_a_given_name_before_a_place_stays_alone() -> None:
    doc = _doc("bg", "Поздрави го и Ливия Пловдив е домакин.", [("Ливия", "PER", "Ливия")])
    repair_entities(doc, "bg")
    assert _ents(doc)[0] == ("Ливия", "PER", "Ливия")


def test_a_given_name_read_as_an_unknown_place_takes_the_surname_after_it() -> None:
    doc = _doc(
        "bg",
        "Кметът прие Ирма Холец от Любляна.",
        [("Ирма", "LOC", "Ирма"), ("Любляна", "LOC", "Любляна")],
    )
    repair_entities(doc, "bg")
    assert _ents(doc) == [("Ирма Холец", "PER", "Ирма Холец"), ("Любляна", "LOC", "Любляна")]
