"""Base forms (nominative) of Russian entity mentions.

Only the head phrase of a mention inflects: for "Республиканского центра
социального обслуживания" the adjective and the head noun go to the
nominative and the genitive tail stays. Person names inflect word by word
with one gender for the whole name, so a first name and a surname agree
("Зульфира Маскулова", not "Зульфир Маскулова"). Words inside quotes,
abbreviations and initials never change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from visitparse.lang.ru.institution_words import ABBREVIATION_GENDERS, ABBREVIATIONS, MINISTRY_WORDS
from visitparse.lang.ru.institutions import inflected_abbreviation
from visitparse.lang.ru.lemma_words import (
    ADJECTIVE_SURNAME_ENDINGS,
    COMMON_MASCULINE_IY_NAMES,
    FEMININE_NAME_ENDINGS,
    FOREIGN_MASCULINE_ENDINGS,
    GENDERED_SURNAME_ENDINGS,
    INDECLINABLE_ENDINGS,
    INDECLINABLE_SHORTENING_ENDINGS,
    MASCULINE_INSTRUMENTAL_SURNAMES,
    NAME_PARTICLES,
    OBLIQUE_CONSONANT_ENDINGS,
    OBLIQUE_TO_NOMINATIVE,
    SURNAME_STEM_SUFFIXES,
    UD_TO_OC_CASE,
    VOWELS,
)
from visitparse.lang.ru.tokens import RuToken, join_tokens

QUOTES = "«»\"„“”'"
_INITIAL = re.compile(r"^(?:[А-ЯЁA-Z]\.)+$|^[А-ЯЁA-Z]$")
_CAPITALISED = re.compile(r"\b[А-ЯЁ][а-яё]+")


class MentionLemmatizer:
    """Nominative base forms of PER, ORG and LOC mentions, using pymorphy2 parses."""

    def __init__(self, morph: Any) -> None:
        self.morph = morph
        # pymorphy2 parses are pure functions of the word: memoize the few we ask for repeatedly.
        # An entry (every reading of a word) is ~100 Python objects: keep the cache small.
        self._parse = lru_cache(maxsize=10_000)(self._parse_uncached)
        self._name_case: str | None = None
        self._woman_named = False

    def __call__(self, text: str, tokens: Sequence[RuToken], label: str) -> str:
        """The base form of the mention made of ``tokens`` (a slice of the document ``text``)."""
        toks = list(tokens)
        if not toks:
            return ""
        words = self._person_words(text, toks) if label == "PER" else self._phrase_words(toks)
        # pymorphy2 writes "ё" where the text (and most corpora) write "е".
        words = [_text_yo(w, t.text) for w, t in zip(words, toks, strict=False)]
        return join_tokens(text, toks, words)

    # -- persons -----------------------------------------------------------------

    def _person_words(self, text: str, toks: list[RuToken]) -> list[str]:
        doc_words = _document_words(text)
        gender = self._person_gender(toks)
        self._name_case = self._first_name_case(toks, gender) or _case_from_surname(toks, gender)
        # A woman named with more than her surname ("Анна Петрова"), not a lone "Меллона".
        named = [t for t in toks if _is_word(t.text) and not _INITIAL.match(t.text)]
        self._woman_named = gender == "femn" and len(named) > 1
        nominative = self._is_nominative_name(toks, gender)
        words: list[str] = []
        for tok in toks:
            if not _is_word(tok.text) or _INITIAL.match(tok.text) or tok.text.lower() in NAME_PARTICLES:
                words.append(tok.text)
                continue
            if nominative and self._can_be_nominative(tok.text):
                words.append(tok.text)
                continue
            words.append(self._person_word(tok, gender, doc_words))
        return words

    def _is_nominative_name(self, toks: list[RuToken], gender: str | None) -> bool:
        """A man's name with a word that can only be a nominative ("Абид Раджа": "Абид")."""
        if gender != "masc" or len(toks) < 2:
            return False
        for tok in toks:
            low = tok.text.lower()
            if _INITIAL.match(tok.text) or low in NAME_PARTICLES or "-" in low or not low.isalpha():
                continue
            if low[-1] not in VOWELS and not low.endswith(OBLIQUE_CONSONANT_ENDINGS):
                return True
        return False

    def _can_be_nominative(self, word: str) -> bool:
        low = word.lower()
        if low.endswith("ия") and self._rare_masculine_iy(low):
            return True  # "Асия": a woman's name the dictionary knows only as "Асий"
        return not self.morph.word_is_known(low) or any(
            p.tag.case == "nomn" and p.tag.number != "plur" for p in self._parse(word)
        )

    def _person_gender(self, toks: list[RuToken]) -> str | None:
        """``femn`` or ``masc``: the gender the name's words agree on best."""
        votes = {"femn": 0.0, "masc": 0.0}
        for tok in toks:
            if not _is_word(tok.text) or _INITIAL.match(tok.text):
                continue
            low = tok.text.lower()
            best = {"femn": 0.0, "masc": 0.0}
            known = self.morph.word_is_known(low)
            for p in self._parse(tok.text):
                grams = set(p.tag.grammemes)
                kind = grams & {"Name", "Surn", "Patr"}
                if p.tag.gender in best and kind and "Fixd" not in grams and not _rare_iy_parse(p):
                    # A first name or patronymic tells the gender better than a surname guess,
                    # and a dictionary word better than a guess from its ending.
                    weight = (2.0 if kind & {"Name", "Patr"} else 1.0) * (1.0 if known else 0.5)
                    best[p.tag.gender] = max(best[p.tag.gender], weight * p.score)
            if low.endswith(FEMININE_NAME_ENDINGS) and (not known or self._rare_masculine_iy(low)):
                best = {"femn": 2.0, "masc": 0.0}  # "Асии": an "-ия" name is a woman's name
            for g, endings in GENDERED_SURNAME_ENDINGS.items():
                if low.endswith(endings) and len(low) > 5:
                    best = {"femn": 0.0, "masc": 0.0} | {g: 2.0}
            for g in votes:
                votes[g] += best[g]
        if votes["femn"] == votes["masc"]:
            return self._gender_from_case(toks)
        return "femn" if votes["femn"] > votes["masc"] else "masc"

    def _gender_from_case(self, toks: list[RuToken]) -> str | None:
        """On a tie, the first name's reading in the case the tagger read ("Рината" genitive: Ринат)."""
        for tok in toks:
            case = UD_TO_OC_CASE.get(tok.case or "")
            names = [p for p in self._parse(tok.text) if "Name" in p.tag.grammemes and p.tag.case == case]
            genders = {p.tag.gender for p in names} & {"femn", "masc"}
            if len(genders) == 1:
                return str(genders.pop())
        return None

    def _rare_masculine_iy(self, low: str) -> bool:
        """``low`` is a form of a rare man's name in "-ий" and of no woman's name ("Асию")."""
        names = [p for p in self._parse(low) if "Name" in p.tag.grammemes]
        return bool(names) and all(
            p.tag.gender == "masc" and p.normal.endswith("ий") and p.normal not in COMMON_MASCULINE_IY_NAMES
            for p in names
        )

    def _person_word(self, tok: RuToken, gender: str | None, doc_words: frozenset[str]) -> str:
        word = tok.text
        if "-" in word:  # double surname: each part on its own
            parts = word.split("-")
            fake = [RuToken(0, len(p), p, tok.pos, tok.feats) for p in parts]
            return "-".join(
                self._person_word(f, gender, doc_words)
                if len(f.text) > 1 and f.text.lower() not in NAME_PARTICLES
                else f.text
                for f in fake
            )
        low = word.lower()
        # The document writes the nominative somewhere else ("Гренелл" for "Гренелла"): take it.
        for cand in _nominative_candidates(low):
            # Not a man's surname for a woman: "Анна Петрова" beside "Иван Петров".
            masculine_of_feminine = self._woman_named and low.endswith("а") and cand == low[:-1]
            if cand in doc_words and self._can_be_nominative(cand) and not masculine_of_feminine:
                return _restore_case(word, cand)
        if low[-1:].isalpha() and low[-1] not in VOWELS and not low.endswith(OBLIQUE_CONSONANT_ENDINGS):
            return word  # "Гренелл", "Мясников", "Николь": a name in a consonant is a nominative
        known = self.morph.word_is_known(low)
        if low.endswith(FEMININE_NAME_ENDINGS) and gender != "masc" and self._rare_masculine_iy(low):
            return _restore_case(word, low[: -len(_iy_ending(low))] + "ия")
        if tok.case == "Nom" and _gender_ok(tok, gender):
            return word
        if low.endswith(INDECLINABLE_ENDINGS) and not low.endswith(("ого", "его")):
            return word  # "Торукало", "Черных"; "Песковского" is a genitive
        surname = _surname_nominative(low, gender, tok.case)
        if surname is not None:
            return _restore_case(word, surname)
        if not known:
            return self._foreign_word(word, low, gender)
        best = None
        for p in self._parse(word):
            tag = p.tag
            if tag.POS not in ("NOUN", "ADJF"):
                continue
            if gender and tag.gender and tag.gender != gender and "Fixd" not in tag.grammemes:
                continue
            score = p.score
            if {"Name", "Surn", "Patr"} & set(tag.grammemes):
                score += 1.0
            if tok.case and tag.case == UD_TO_OC_CASE.get(tok.case):
                score += 0.5
            if best is None or score > best[0]:
                best = (score, p)
        if best is None:
            # Only a common noun of the other gender ("Турой": "тура"): decline it as a foreign name.
            return self._foreign_word(word, low, gender)
        p = best[1]
        grams = {"nomn", "sing"}
        if gender and p.tag.POS == "ADJF":
            grams.add(gender)
        inflected = _inflect(p, grams)
        if inflected is None:
            return word
        return _restore_case(word, inflected.word)

    def _foreign_word(self, word: str, low: str, gender: str | None) -> str:
        """A name the dictionary does not know: decline it back only on clear evidence."""
        if gender == "femn" and low.endswith(FEMININE_NAME_ENDINGS):
            return _restore_case(word, low[: -len(_iy_ending(low))] + "ия")
        if gender == "masc" and self._name_case in FOREIGN_MASCULINE_ENDINGS:
            # "Ричарда Гренелла": the first name is genitive, so is the surname.
            ending = FOREIGN_MASCULINE_ENDINGS[self._name_case]
            stem = low[: -len(ending)]
            if low.endswith(ending) and len(stem) > 2 and stem[-1] not in VOWELS:
                return _restore_case(word, stem)
        if gender == "masc" and low.endswith(("ом", "ем")) and len(low) > 4 and low[-3] not in VOWELS:
            return _restore_case(word, low[:-2])  # "Меллоном": instrumental of "Меллон"
        if gender == "masc" and self._name_case == "ablt" and low.endswith(("ой", "ей")) and len(low) > 4:
            # "Турой Боболовым": a man's name in "-а"/"-я" ("Тура"), as "Никитой", "Ильей"
            return _restore_case(word, low[:-2] + ("а" if low.endswith("ой") else "я"))
        genitive = gender == "masc" and self._name_case in ("gent", "accs")
        if genitive and low.endswith("я") and len(low) > 3 and low[-2] not in VOWELS:
            return _restore_case(word, low[:-1] + "ь")  # "Сергея Скрипаля"
        for oblique, nominative in ADJECTIVE_SURNAME_ENDINGS.get(gender or "", ()):
            if low.endswith(oblique) and len(low) > len(oblique) + 1:
                return _restore_case(word, low[: -len(oblique)] + nominative)  # "Зеленским"
        if gender == "masc" and self._name_case == "ablt" and low.endswith(("ым", "им")) and len(low) > 5:
            # "Владимиром Нарожным": an adjective surname the dictionary lacks, after an instrumental name
            return _restore_case(word, low[:-2] + ("ый" if low.endswith("ым") else "ий"))
        return word  # "Бюхеле", "Таяни", "Раджа": indeclinable or already nominative

    def _first_name_case(self, toks: list[RuToken], gender: str | None) -> str | None:
        """The case of the name, read off a dictionary first name ("Доминика" -> genitive)."""
        for tok in toks:
            parses = [
                p for p in self._parse(tok.text) if "Name" in p.tag.grammemes and p.tag.gender == gender
            ]
            if parses and "Fixd" not in parses[0].tag.grammemes:
                return str(parses[0].tag.case)
        return None

    # -- organizations and places ------------------------------------------------

    def _phrase_words(self, toks: list[RuToken]) -> list[str]:
        words = [t.text for t in toks]
        offset = 0
        # A mention that is only a quoted name: inflect inside the quotes.
        while offset < len(toks) and toks[offset].text in QUOTES:
            offset += 1
        if _is_shortening(toks[offset].text):
            # "минсоцразвития области", "ГБУ «...»": the first word is the head and does not decline.
            return words
        stem = inflected_abbreviation(toks[offset].text)
        if stem is not None:
            return [stem, *words[offset + 1 :]] if offset == 0 else words  # "ФАПе" -> "ФАП"
        abbreviated = self._abbreviation_head(toks, words, offset)
        if abbreviated is not None:
            return abbreviated
        head = self._head_index(toks, offset)
        if head is None:
            return words
        head_tok = toks[head]
        if head_tok.case in (None, "Nom") and not self._needs_nominative(head_tok):
            return words
        if self._nominative_name(head_tok):
            return words
        head_parse = self._choose(head_tok, ("NOUN",))
        if head_parse is None:
            if head == offset == len(toks) - 1:
                return self._lone_adjective(words, head_tok)
            return words
        plural_head = head_tok.feats.get("Number") == "Plur" or "Pltm" in head_parse.tag.grammemes
        # "Консервативной партии": a modifier with no plural reading makes the head singular.
        singular_modifier = any(
            self._choose(toks[i], ("ADJF", "PRTF")) is not None
            and not any(p.tag.number == "plur" for p in self._parse(toks[i].text))
            for i in range(offset, head)
        )
        number = "plur" if plural_head and not singular_modifier else "sing"
        grams = {"nomn", number}
        inflected = _inflect(head_parse, grams) or _inflect(head_parse, {"nomn"})
        if inflected is None:
            return words
        words[head] = self._inflect_hyphenated(head_tok.text, inflected.word)
        gender = inflected.tag.gender
        # Agreeing words before the head: adjectives, participles, ordinal numbers.
        for i in range(offset, head):
            tok = toks[i]
            if tok.text in QUOTES or tok.is_upper_abbr or not _is_word(tok.text):
                continue
            adj = self._choose(tok, ("ADJF", "PRTF"))
            if adj is None:
                continue
            agr = {"nomn", "plur"} if number == "plur" else {"nomn", "sing", gender or "masc"}
            form = _inflect(adj, agr)
            if form is not None:
                words[i] = _restore_case(tok.text, form.word)
        return words

    def _abbreviation_head(self, toks: list[RuToken], words: list[str], offset: int) -> list[str] | None:
        """ "Бурейскую ГЭС" -> "Бурейская ГЭС": adjectives agreeing with an abbreviation's noun."""
        heads = [i for i in range(offset + 1, len(toks)) if toks[i].text in ABBREVIATION_GENDERS]
        if not heads:
            return None
        head = heads[0]
        gender = ABBREVIATION_GENDERS[toks[head].text]
        out = list(words)
        for i in range(offset, head):
            adj = self._choose(toks[i], ("ADJF", "PRTF"))
            if adj is None:
                return None
            form = _inflect(adj, {"nomn", "sing", gender})
            if form is not None:
                out[i] = _restore_case(toks[i].text, form.word)
        return out

    def _nominative_name(self, tok: RuToken) -> bool:
        """A capitalised name in a consonant that is a nominative: unknown to the dictionary
        ("Панджаб", "Даунинг-стрит") or known as a place in the nominative ("Львов")."""
        low = tok.text.lower()
        if not tok.is_title or not low[-1:].isalpha() or low[-1] in VOWELS:
            return False
        if low.endswith(OBLIQUE_CONSONANT_ENDINGS):
            return False
        if not self.morph.word_is_known(low):
            return True
        return any("Geox" in p.tag.grammemes and p.tag.case == "nomn" for p in self._parse(tok.text))

    def _lone_adjective(self, words: list[str], tok: RuToken) -> list[str]:
        """A mention that is one adjective ("Центральной", "Первомайского"): its nominative."""
        adj = self._choose(tok, ("ADJF",))
        if adj is None:
            return words
        # "Европейскому" is masculine or neuter: the masculine is the dictionary form.
        masc = any(p.tag.gender == "masc" and p.tag.case == adj.tag.case for p in self._parse(tok.text))
        gender = "masc" if masc else adj.tag.gender or "masc"
        grams = {"nomn", "plur"} if adj.tag.number == "plur" else {"nomn", "sing", gender}
        form = _inflect(adj, grams)
        return [_restore_case(tok.text, form.word)] if form is not None else words

    def _head_index(self, toks: list[RuToken], offset: int) -> int | None:
        """The first noun of the mention, after its leading modifiers."""
        for i in range(offset, len(toks)):
            tok = toks[i]
            if tok.text in QUOTES:
                return None  # a descriptor-less quoted name: leave it be
            if tok.is_upper_abbr or not _is_word(tok.text):
                return None if i == offset else i - 1 if i > offset else None
            if tok.pos in ("NOUN", "PROPN"):
                return i
            if tok.pos in ("ADJ", "DET", "NUM") or (
                tok.pos == "VERB" and tok.feats.get("VerbForm") == "Part"
            ):
                continue
            # An unexpected tag (the tagger is unsure on capitalised names): treat it as the head.
            return i
        # No noun: a lone adjective-looking name ("Оренбуржья" tagged ADJ) heads itself.
        return len(toks) - 1 if len(toks) - offset == 1 else None

    def _needs_nominative(self, tok: RuToken) -> bool:
        # The tagger sometimes says Nom for an oblique place name; trust pymorphy when it disagrees.
        parses = self._parse(tok.text)
        return bool(parses) and all(p.tag.case not in ("nomn", None) for p in parses[:2])

    def _choose(self, tok: RuToken, pos: tuple[str, ...]) -> Any:
        """The pymorphy2 parse of ``tok`` that best matches the tagger's POS, case and number."""
        case = UD_TO_OC_CASE.get(tok.case or "")
        number = {"Sing": "sing", "Plur": "plur"}.get(tok.feats.get("Number", ""))
        best = None
        for rank, p in enumerate(self._parse(tok.text)):
            tag = p.tag
            if tag.POS not in pos:
                continue
            score = -rank * 0.01 + p.score
            if case and tag.case == case:
                score += 1.0
            if (case == "gent" and tag.case == "gen2") or (case == "loct" and tag.case == "loc2"):
                score += 0.9
            if number and tag.number == number:
                score += 0.3
            if "Geox" in tag.grammemes or "Orgn" in tag.grammemes:
                score += 0.2
            if best is None or score > best[0]:
                best = (score, p)
        return best[1] if best else None

    def _inflect_hyphenated(self, original: str, inflected: str) -> str:
        return _restore_case(original, inflected)

    def _parse_uncached(self, word: str) -> list[Any]:
        return list(self.morph.parse(word))


def _inflect(parse: Any, grams: set[str]) -> Any:
    """pymorphy2's own ``inflect`` with OpenCorpora grammemes (natasha's override wants UD ones)."""
    from pymorphy2.analyzer import Parse

    try:
        return Parse.inflect(parse, set(grams))
    except (ValueError, KeyError):
        return None


def _is_shortening(word: str) -> bool:
    low = word.lower()
    if low in MINISTRY_WORDS:
        return low.endswith(INDECLINABLE_SHORTENING_ENDINGS)
    return word in ABBREVIATIONS


@lru_cache(maxsize=8)
def _document_words(text: str) -> frozenset[str]:
    """Lower-cased capitalised words of a document (the lemmatizer sees every mention of one text)."""
    return frozenset(w.lower() for w in _CAPITALISED.findall(text))


def _nominative_candidates(low: str) -> list[str]:
    """Nominatives that the oblique form ``low`` may come from, likeliest ending first."""
    out = []
    for oblique, nominative in OBLIQUE_TO_NOMINATIVE:
        stem = low[: -len(oblique)]
        if low.endswith(oblique) and len(stem) > 1 and stem + nominative != low:
            out.append(stem + nominative)
    return out


def _rare_iy_parse(parse: Any) -> bool:
    """A reading as a rare man's name in "-ий" ("Асий" for "Асия")."""
    return (
        "Name" in parse.tag.grammemes
        and parse.tag.gender == "masc"
        and parse.normal.endswith("ий")
        and parse.normal not in COMMON_MASCULINE_IY_NAMES
    )


def _iy_ending(low: str) -> str:
    return next(e for e in sorted(FEMININE_NAME_ENDINGS, key=len, reverse=True) if low.endswith(e))


def _text_yo(word: str, original: str) -> str:
    """``word`` with "ё" only where ``original`` writes it ("Шрёдера" -> "Шрёдер", not "Шрёдёр")."""
    if "ё" not in word and "Ё" not in word:
        return word
    chars = list(word)
    for i, c in enumerate(chars):
        if c in "ёЁ" and (i >= len(original) or original[i] not in "ёЁ"):
            chars[i] = "е" if c == "ё" else "Е"
    return "".join(chars)


def _is_word(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _gender_ok(tok: RuToken, gender: str | None) -> bool:
    ud = tok.feats.get("Gender")
    return gender is None or ud is None or {"Fem": "femn", "Masc": "masc"}.get(ud) == gender


def _surname_nominative(low: str, gender: str | None, case: str | None) -> str | None:
    """Nominative of a Russian -ов/-ев/-ин surname in ``gender``, from its oblique form."""
    if gender is None:
        return None
    for stem_suffix in SURNAME_STEM_SUFFIXES:
        for ending in ("ой", "ым", "ому", "ого", "ом", "у", "а", "е", ""):
            form = stem_suffix + ending
            if low.endswith(form) and len(low) > len(form) + 1:
                stem = low[: len(low) - len(ending)] if ending else low
                if gender == "femn":
                    if ending in ("ой", "у", "а"):
                        return stem + "а"
                    if ending == "":
                        return None  # "Иванов" cannot be feminine: the gender guess is wrong
                    return None
                if ending in ("а", "у", "ым", "е", ""):
                    return stem
                return None
    return None


def _restore_case(original: str, word: str) -> str:
    """``word`` with the letter case of ``original`` applied position by position."""
    if original.isupper() and len(original) > 1:
        return word.upper()
    chars = list(word)
    for i, c in enumerate(original[: len(chars)]):
        if c.isupper():
            chars[i] = chars[i].upper()
    return "".join(chars)


def _case_from_surname(toks: list[RuToken], gender: str | None) -> str | None:
    """``ablt`` when a man's surname of the name is instrumental ("... Боболовым"), else ``None``."""
    if gender != "masc":
        return None
    words = [t.text.lower() for t in toks if _is_word(t.text) and not _INITIAL.match(t.text)]
    return "ablt" if len(words) > 1 and words[-1].endswith(MASCULINE_INSTRUMENTAL_SURNAMES) else None
