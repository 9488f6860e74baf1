"""Bulgarian officials as world news writes them (the mechanisms found on SlavicNER news with
``benchmarks/officials_bg.py``): titles of foreign politics, adjectives that are part of a title,
titles that are not one. The texts are written for these tests."""

from __future__ import annotations

import pytest

from visitparse.extract.context import TextView
from visitparse.extract.entities import inside_quotes, repair_entities
from visitparse.extract.officials import Official, find_officials
from visitparse.lang import get_annotator
from visitparse.lang.vocab import get_vocabulary


def officials(text: str) -> dict[str, Official]:
    """Every titled person of a Bulgarian text, visit or not (as the benchmark reads them)."""
    doc = get_annotator("bg")(text)
    view = TextView(doc, get_vocabulary("bg"), "bg", text)
    repair_entities(doc, "bg", view)
    view.index_entities()
    return {p.name: p for p in find_officials(view, "bg")}


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Външният министър Петър Иванов замина вчера за Виена.", "Петър Иванов", "външен министър"),
        (
            "Думите на държавния секретар Георги Симов бяха цитирани широко.",
            "Георги Симов",
            "държавен секретар",
        ),
        (
            "Вчера главният преговарящ на съюза Стефан Маринов пристигна в София.",
            "Стефан Маринов",
            "главен преговарящ",
        ),
        ("Еврокомисарят Мария Петрова откри изложбата.", "Мария Петрова", "еврокомисар"),
        ("Лидерът на Зелената партия Борислав Янев заяви, че ще гласува против.", "Борислав Янев", "лидер"),
    ],
)
def test_titles_of_world_news(text: str, name: str, position: str) -> None:
    assert officials(text)[name].position == position


def test_an_adjective_title_after_the_name() -> None:
    found = officials(
        "Днес Стефан Маринов, генерален директор на Националната агенция по храните, посети Русе."
    )
    assert found["Стефан Маринов"].position == "генерален директор"
    assert found["Стефан Маринов"].organization == "Национална агенция по храните"


def test_a_presidency_is_no_chair() -> None:
    found = officials(
        "Срещата беше с министъра за Българското председателство на Съвета на ЕС Милена Тодорова."
    )
    assert not (found["Милена Тодорова"].position or "").startswith("председател")


@pytest.mark.parametrize(
    ("text", "position"),
    [
        (
            "Анна Колева, заместник-кмет по икономическите въпроси, посрещна гостите.",
            "заместник-кмет по икономическите въпроси",
        ),
        (
            "Анна Колева, комисар по въпросите на транспорта, заяви, че пътят е готов.",
            "комисар по въпросите на транспорта",
        ),
        (
            "Анна Колева, заместник-кмет по образованието, спорта и културата, откри залата.",
            "заместник-кмет по образованието, спорта и културата",
        ),
    ],
)
def test_the_comma_after_an_apposition_ends_the_remit(text: str, position: str) -> None:
    assert officials(text)["Анна Колева"].position == position


def test_a_prime_minister_heads_no_ministry() -> None:
    found = officials("Министър-председателят похвали „смелите реформи“ на Иван Петров в града.")
    assert found["Иван Петров"].position is None
    assert found["Иван Петров"].organization is None


def test_a_ministry_is_named_after_the_link_word_only() -> None:
    found = officials("Министърът от опозиционния кабинет Иван Петров подаде оставка.")
    assert found["Иван Петров"].position == "министър"
    assert found["Иван Петров"].organization is None


def test_a_foreign_surname_right_after_its_title() -> None:
    assert officials("Президентът Тръмп заяви, че ще посети Лондон.")["Тръмп"].position == "президент"


def test_a_surname_that_is_also_a_town_right_after_its_title() -> None:
    assert officials("Вчера премиерът Мей отговори на въпросите.")["Мей"].position == "премиер"


@pytest.mark.parametrize(
    "text",
    [
        "Това каза говорителят на премиера Анна Петрова. Премиерът Анна Петрова не коментира.",
        "Премиерът Анна Петрова мълчи. Това каза говорителят на премиера Анна Петрова.",
    ],
)
def test_the_superior_title_wins_over_the_chain_that_serves_it(text: str) -> None:
    assert officials(text)["Анна Петрова"].position == "премиер"


def test_a_chain_alone_stays_the_persons() -> None:
    found = officials("Съветникът на министъра на труда Анна Петрова посети Русе.")
    assert found["Анна Петрова"].position == "съветник на министъра на труда"


def test_a_quote_pair_cut_by_the_scan_window_does_not_hide_a_name() -> None:
    # One long line: the scan for open quotes starts between the two marks of the first pair.
    text = 'Аз "дума" ' + "б" * 945 + ' Той отговори на директора на "Завод". Депутатът Иван Петров заяви.'
    assert not inside_quotes(text, text.find("Иван"))
    assert inside_quotes('Той писа на "Иван Петров" вчера.', 13)


def test_a_lower_case_particle_inside_a_foreign_name() -> None:
    found = officials(
        "Белгийският министър-председател Александър де Кроо каза, че границите остават отворени."
    )
    assert found["Александър де Кроо"].position == "министър-председател"


@pytest.mark.parametrize(
    ("text", "name", "position"),
    [
        ("Вчера кралица Маргарет Втора откри изложбата.", "Маргарет Втора", "кралица"),
        ("Заместник-главният прокурор Петър Колев отрече.", "Петър Колев", "заместник-главен прокурор"),
    ],
)
def test_monarchs_and_deputy_chief_titles(text: str, name: str, position: str) -> None:
    assert officials(text)[name].position == position


def test_a_title_the_ner_read_into_a_body_before_the_name() -> None:
    found = officials("Офисът на ирландския премиер Шон Мърфи съобщи вчера новината.")
    assert found["Шон Мърфи"].position == "премиер"


@pytest.mark.parametrize(
    "text",
    [
        "В кметството Иван Петров посрещна гостите.",
        "Инспекторатът Иван Петров провери.",
        "Директоратът Иван Петров обяви.",
    ],
)
def test_a_body_whose_noun_starts_like_a_title_gives_no_title(text: str) -> None:
    assert officials(text)["Иван Петров"].position is None


def test_the_forms_of_written_out_titles() -> None:
    found = officials("Кметът Иван Петров и директорката Анна Колева посрещнаха кметовете.")
    assert (found["Иван Петров"].position, found["Анна Колева"].position) == ("кмет", "директор")


@pytest.mark.parametrize(
    "text",
    [
        "Депутатът Иван Петров от Зелената партия заяви, че е против.",
        "Иван Петров, депутат от Зелената партия, заяви, че е против.",
    ],
)
def test_a_deputys_party_after_from(text: str) -> None:
    assert officials(text)["Иван Петров"].organization == "Зелена партия"


def test_a_name_after_the_link_word_owns_the_body_and_holds_no_title() -> None:
    found = officials(
        "Сред гостите са и няколко депутати от Зелената партия на Анна Петрова, които дойдоха рано."
    )
    assert found["Анна Петрова"].position is None


def test_a_remit_does_not_end_on_a_preposition() -> None:
    found = officials(
        "Според Иван Петров, преподавател по политология от Оксфордския университет, това е грешка."
    )
    assert found["Иван Петров"].position == "преподавател по политология"


def test_a_consultant_is_no_consul() -> None:
    found = officials("Консултантът по белодробни болести Иван Петров прегледа децата.")
    assert found["Иван Петров"].position == "консултант по белодробни болести"
