"""Language identification: ru, bg and the close Cyrillic languages that must not pass for them."""

import pytest

from visitparse.langid import detect_language


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


def test_is_deterministic() -> None:
    text = "Гости посетили центр"  # short: langdetect alone would vary between runs
    assert len({detect_language(text) for _ in range(20)}) == 1


def test_no_letters_is_undetermined() -> None:
    guess = detect_language("12.03.2025 — 14:00 ... ---")
    assert guess.code == "und"
    assert guess.confidence == 0.0


def test_confidence_in_range() -> None:
    guess = detect_language("Областният управител посрещна гостите от Румъния.")
    assert guess.code == "bg"
    assert 0.5 < guess.confidence <= 1.0
