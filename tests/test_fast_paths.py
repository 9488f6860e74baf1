"""The speed-ups give what the plain algorithms they replace give (invented inputs)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from visitparse.document import char_span, set_entities
from visitparse.extract.context import TextView
from visitparse.extract.entities import MAX_QUOTE_REACH, _opens, inside_quotes
from visitparse.lang.arrays import in_sorted
from visitparse.lang.vocab import Phrase, PhraseSet, get_vocabulary

# --- in_sorted: numpy.isin by binary search ---------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(0, 2**64 - 1), max_size=30),
    st.lists(st.integers(0, 2**64 - 1), max_size=60),
    st.lists(st.integers(0, 29), max_size=20),
)
def test_in_sorted_is_numpy_isin(keys: list[int], others: list[int], picks: list[int]) -> None:
    key_array = numpy.array(sorted(keys), dtype="uint64")
    values = numpy.array(others + [keys[p % len(keys)] for p in picks if keys], dtype="uint64")
    assert in_sorted(values, key_array).tolist() == numpy.isin(values, key_array).tolist()


# --- inside_quotes: only the quotation marks are visited --------------------------------------------


def _inside_quotes_char_by_char(text: str, char: int) -> bool:
    """The rule of inside_quotes, walking every char of the line before ``char`` (a two-way mark
    opens or closes by the chars around it, see ``_opens``)."""
    start = max(text.rfind("\n", 0, char) + 1, char - 1000)
    opened: list[int] = []
    for k in range(start, char):
        ch = text[k]
        if ch in "«„" or (ch in '“"' and _opens(text, k, bool(opened))):
            opened.append(k)
        elif opened and ch in '»”“"':
            opened.pop()
    return bool(opened) and char - opened[-1] <= MAX_QUOTE_REACH


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["«", "»", "„", "“", "”", '"', "\n", " ", "дом", "Слива "]), max_size=40))
def test_inside_quotes_is_the_char_by_char_rule(pieces: list[str]) -> None:
    text = "".join(pieces)
    for char in range(len(text) + 1):
        assert inside_quotes(text, char) == _inside_quotes_char_by_char(text, char), (text, char)


def test_inside_quotes_only_looks_a_thousand_chars_back_on_a_long_line() -> None:
    text = "„" + "дълъг ред " * 150 + "„Роза“ и още"
    for char in (len(text) - 8, len(text) - 3, 1005, 1):
        assert inside_quotes(text, char) == _inside_quotes_char_by_char(text, char)


# --- PhraseSet: indexed scan against trying every phrase at every word -------------------------------


def _matches(phrase: Phrase, words: Sequence[str], i: int) -> bool:
    if i + len(phrase.words) > len(words):
        return False
    return all(
        (word.startswith(text) if prefix else word == text)
        for (text, prefix), word in zip(phrase.words, words[i:], strict=False)
    )


def _find_everywhere(phrases: PhraseSet, words: list[str]) -> list[tuple[int, int, str]]:
    """Left to right, the first phrase in scan order at each free word (a phrase is indexed by the
    first two letters of its first word, so only words sharing them can start it)."""
    out, i = [], 0
    while i < len(words):
        found = next(
            (p for p in phrases.phrases if p.words[0][0][:2] == words[i][:2] and _matches(p, words, i)),
            None,
        )
        if found is None:
            i += 1
            continue
        out.append((i, i + len(found.words), found.source))
        i += len(found.words)
    return out


_PHRASES = PhraseSet.of(["посети*", "посетиха завод*", "на", "на открит*", "кмет на", "с", "зам-кмет*", "о*"])
_WORDS = ["посетиха", "заводите", "на", "открито", "кмет", "на", "с", "зам", "-", "кмета", "о", "обща", "на"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25))
def test_phrase_scan_is_trying_every_phrase_at_every_word(words: list[str]) -> None:
    found = [(i, j, p.source) for i, j, p in _PHRASES.find(words)]
    assert found == _find_everywhere(_PHRASES, words)
    for i in range(len(words)):
        expected = next(
            (p for p in _PHRASES.phrases if p.words[0][0][:2] == words[i][:2] and _matches(p, words, i)), None
        )
        assert _PHRASES.match_at(words, i) is expected


# --- TextView: the entity index follows the entities it is given -------------------------------------


def test_entity_index_follows_new_and_kept_spans() -> None:
    text = "Кметът Иван Стоянов посети Община Лозница и читалище „Искра“."
    doc = spacy.blank("bg")(text)
    person = char_span(doc, text.index("Иван"), text.index(" посети"), "PER")
    body = char_span(doc, text.index("Община"), text.index(" и "), "ORG")
    assert person is not None and body is not None
    view = TextView(doc, get_vocabulary("bg"), "bg")
    view.index_entities(set_entities(doc, [person, body]))
    assert sorted(view.person_words) == [1, 2] and sorted(view.org_words) == [4, 5]
    assert view.ent_at_char[text.index("Община")] is body
    place = char_span(doc, text.index("Лозница"), text.index(" и "), "LOC")
    assert place is not None
    view.index_entities(set_entities(doc, [person, place]))  # the body cut to its town
    assert sorted(view.person_words) == [1, 2] and not view.org_words
    assert view.ent_of_word[5] is place and 4 not in view.ent_of_word
