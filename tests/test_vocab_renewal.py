"""Annotators start a fresh spaCy vocabulary when it grows too large, with the same output."""

from __future__ import annotations

import pytest

from visitparse.lang import get_annotator, loaded_models
from visitparse.lang.bg import annotator as bg_annotator
from visitparse.lang.ru import annotator as ru_annotator
from visitparse.parser import Parser

TEXTS = {
    "ru": (
        "14 октября министр промышленности Ярославской области Олег Кузнецов принял делегацию "
        "из Вологды и показал гостям моторный завод."
    ),
    "bg": (
        "На 9 май кметът на община Плевен Иван Маринов посрещна делегация от Габрово "
        "в сградата на областната администрация."
    ),
}


def test_a_renewed_vocabulary_gives_the_same_records(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = Parser()
    before = {lang: parser.parse(text, lang=lang).model_dump() for lang, text in TEXTS.items()}
    renewals = {lang: get_annotator(lang).renewals for lang in TEXTS}
    for module in (ru_annotator, bg_annotator):
        monkeypatch.setattr(module, "MAX_LEXEMES", 5)  # every batch now starts a new vocabulary
    after = {lang: parser.parse(text, lang=lang).model_dump() for lang, text in TEXTS.items()}
    assert after == before
    assert before["ru"]["visits"] and before["bg"]["visits"]
    assert {lang: get_annotator(lang).renewals for lang in TEXTS} == {
        lang: n + 1 for lang, n in renewals.items()
    }
    assert dict(loaded_models())["bg"] == renewals["bg"] + 1


def _word(n: int) -> str:
    """A letters-only word of its own for every ``n`` (digits would split into other tokens)."""
    letters = "бвгдклмнпрст"
    return "за" + "".join(letters[int(d)] for d in str(n))


def test_the_vocabulary_stays_under_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ru_annotator, "MAX_LEXEMES", 50)
    annotator = get_annotator("ru")
    assert isinstance(annotator, ru_annotator.RussianAnnotator)
    sizes = []
    for round_ in range(6):  # 40 words never seen before in every text
        text = " ".join(_word(round_ * 40 + n) for n in range(40))
        list(annotator.pipe([text], batch_size=1))
        sizes.append(len(annotator.vocab))
    assert max(sizes) <= 50 + 41  # the limit, plus one text's new words
