"""Language identification: ru, bg and the close Cyrillic languages that must not pass for them."""

from collections import Counter
from pathlib import Path

import pytest

from visitparse.langid import (
    MIN_CONFIDENCE,
    LanguageGuess,
    WordCoverage,
    coverage_words,
    detect_language,
    load_model,
    possible_languages,
    uncertainty_warning,
    word_ngrams,
)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Делегация из Башкирии посетила дом-интернат в Оренбурге.", "ru"),
        ("Министр социального развития встретился с коллегами.", "ru"),
        ("Социалните работници от Бургас обмениха опит с колегите си в Русе.", "bg"),
        ("Министърът на труда посети Дневен център в Габрово.", "bg"),
        ("Делегація з Києва відвідала будинок-інтернат у Львові.", "uk"),
        ("Дэлегацыя з Мінска наведала ўстанову сацыяльнай абароны.", "be"),
        ("Делегацијата од Скопје ја посети општината Битола.", "mk"),
        ("Делегација из Београда посетила је општину Ниш.", "sr"),
        ("The delegation visited the regional hospital on Monday.", "en"),
    ],
)
def test_detects_language(text: str, code: str) -> None:
    assert detect_language(text).code == code


@pytest.mark.parametrize(
    ("headline", "code"),
    [
        # Headlines without ъ, ы, э or ё: only the n-gram model tells them apart.
        ("Кметът откри нова детска градина в Сливен", "bg"),
        ("Премиерът пристигна на посещение в Атина", "bg"),
        ("Областният управител посрещна гости от Молдова", "bg"),
        ("Нова линия на метрото тръгва от понеделник", "bg"),
        ("Министри от Балканите се срещнаха в Пловдив", "bg"),
        ("Губернатор открыл новую школу в Тамбове", "ru"),
        ("Министр провел совещание с главами районов", "ru"),
        ("Вице-премьер посетил завод в Липецке", "ru"),
        ("Делегация Татарстана прибыла в Казань", "ru"),
        ("Мэр пообещал отремонтировать дороги к осени", "ru"),
    ],
)
def test_headlines_bg_and_ru(headline: str, code: str) -> None:
    assert detect_language(headline).code == code


@pytest.mark.parametrize(
    "sentence",
    [
        "Министерот за култура ја отвори изложбата во Куманово",  # mk
        "Градоначалникот ќе ги прими гостите од Солун",  # mk
        "Претседателот беше на средба со студентите",  # mk without a letter of its own
        "Министар културе отворио је изложбу у Панчеву",  # sr
        "Ђаци из Ваљева освојили прво место",  # sr
        "Влада ће ускоро донети нову одлуку",  # sr
        "Прэзідэнт наведаў новы завод у Гродне",  # be
        "Міністр адукацыі сустрэўся з настаўнікамі",  # be
        "Дэпутаты сабраліся на пасяджэнне ў Мінску",  # be
        "Уряд ухвалив нову програму для молоді",  # uk
        "Прем'єр-міністр провів нараду з губернаторами",  # uk
    ],
)
def test_close_languages_are_never_bg_or_ru(sentence: str) -> None:
    assert detect_language(sentence).code not in ("bg", "ru")


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        # None of these has a letter of its own language: the n-gram model must see it.
        ("Градот доби нова болница", "mk"),
        ("Пратениците гласаа за новиот закон", "mk"),
        ("Градоначелник отворио нови парк", "sr"),
        ("Посланици усвојили закон", "sr"),  # ј: Serbian or Macedonian
        ("Горад атрымаў новую бальніцу", "be"),
        ("Дэпутаты прагаласавалі за новы закон", "be"),
        ("Депутати проголосували за новий закон", "uk"),
        ("Прокурор затримав двох посадовців", "uk"),
    ],
)
def test_close_languages_without_their_own_letters(sentence: str, code: str) -> None:
    assert detect_language(sentence).code == code


def test_one_foreign_letter_rules_a_language_out_of_a_headline() -> None:
    assert "ru" not in possible_languages(Counter("Київ"))
    assert possible_languages(Counter("ђак")) == {"sr"}
    assert possible_languages(Counter("ѓак")) == {"mk"}
    assert "bg" not in possible_languages(Counter("мэр"))
    assert "be" not in possible_languages(Counter("министр"))  # Belarusian has no и


def test_a_quoted_name_does_not_rule_out_the_language_of_a_long_text() -> None:
    text = "Министр посетил Оренбург и встретился с коллегами из соседних регионов. " * 30 + "Київ"
    assert detect_language(text).code == "ru"


def test_is_deterministic() -> None:
    text = "Гости посетили центр"
    assert len({detect_language(text) for _ in range(20)}) == 1


def test_no_letters_is_undetermined() -> None:
    guess = detect_language("12.03.2025 — 14:00 ... ---")
    assert guess.code == "und"
    assert guess.confidence == 0.0


def test_confidence_in_range() -> None:
    guess = detect_language("Областният управител посрещна гостите от Румъния.")
    assert guess.code == "bg"
    assert 0.5 < guess.confidence <= 1.0


def test_confidence_is_lower_on_a_few_words_than_on_a_paragraph() -> None:
    short = detect_language("Гостите от Варна")
    long = detect_language(
        "Гости от Варна посетиха общината. Кметът ги запозна с проектите за нова "
        "детска градина и за ремонт на улиците в централната част на града."
    )
    assert short.code == long.code == "bg"
    assert short.confidence < long.confidence


def test_uncertain_short_text_is_warned_about() -> None:
    assert uncertainty_warning(LanguageGuess("bg", 0.7), "Гостите от Варна") is not None
    assert uncertainty_warning(LanguageGuess("bg", 0.99), "Гостите от Варна") is None
    long_text = "Кметът посрещна гостите от Варна в сградата на общината. " * 10
    assert uncertainty_warning(LanguageGuess("bg", 0.7), long_text) is None
    assert uncertainty_warning(LanguageGuess("bg", MIN_CONFIDENCE / 2), long_text) is not None


def test_model_ngrams_are_the_padded_word_grams() -> None:
    assert list(word_ngrams("да", 2)) == ["д", "а", " д", "да", "а "]
    assert set(load_model().classes) >= {"bg", "ru", "uk", "mk", "sr", "be"}


def test_coverage_words_leave_out_names_and_short_words() -> None:
    words = coverage_words("Гостите от Варна посетиха музея. Кметът ги посрещна.")
    # "Варна" is a name inside a sentence; "Кметът" opens one; "от", "ги" are too short.
    assert words == ["гостите", "посетиха", "музея", "кметът", "посрещна"]


def test_word_coverage_cells() -> None:
    coverage = WordCoverage(
        ["bg", "ru"],
        {"bg": frozenset({"беше", "дом"}), "ru": frozenset({"было", "дом"})},
        {"bg": [-3.0, -0.1, -6.0, -2.0], "ru": [-3.0, -6.0, -0.1, -2.0]},
    )
    assert coverage.cells(["непознато", "беше", "было", "дом"]) == [0, 1, 2, 3]
    bg, ru = coverage.scores(["беше", "беше", "дом"])
    assert bg == pytest.approx(-0.1 * 2 - 2.0)
    assert ru == pytest.approx(-6.0 * 2 - 2.0)


@pytest.mark.parametrize(
    "sentence",
    [
        # Serbian and Macedonian without a letter of their own: words no Bulgarian text has.
        "Сви гранични прелази раде нормално",
        "Извозот на вино порасна за дваесет отсто",
        "Ученици добили нове књиге",
        "Децата од градинката заминаа на излет",
        "Возачите бараат поевтино гориво",
    ],
)
def test_words_unknown_to_bulgarian_keep_close_languages_off_bg(sentence: str) -> None:
    assert detect_language(sentence).code not in ("bg", "ru")


@pytest.mark.parametrize(
    "phrase",
    [
        "Посетиха болницата",
        "Гостите разгледаха музея",
        "Обсъдиха проблемите на селата",
        "Откриха новата детска градина",
    ],
)
def test_short_bulgarian_press_phrases_stay_bg(phrase: str) -> None:
    assert detect_language(phrase).code == "bg"


def test_a_serbian_headline_in_words_russian_has_too_is_serbian() -> None:
    # Headline past tenses and "у" + a place are good Russian letters too.
    assert detect_language("Кошаркаши Партизана победили у Атини").code == "sr"


SENTENCE_SETS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.mark.parametrize("folder", ["langid_sentences", "langid_sentences_new", "langid_sentences_3"])
def test_no_written_close_language_sentence_is_bg_or_ru(folder: str) -> None:
    """Every Macedonian, Serbian, Belarusian and Ukrainian sentence of the benchmark sets."""
    wrong = [
        (path.stem, line)
        for path in sorted((SENTENCE_SETS / folder).glob("*.txt"))
        if path.stem in ("mk", "sr", "be", "uk")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and detect_language(line).code in ("bg", "ru")
    ]
    assert wrong == []
