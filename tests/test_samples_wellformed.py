"""The hand-written samples in ``samples/`` are well-formed gold records.

Each ``samples/<id>.json`` must follow the gold format of the shared SCHEMA.md
(without a ``text`` field: the text is ``samples/<id>.txt``), and stay honest
about its text: every official's name occurs in it, every concrete year is
knowable from it (or from the stated publication date).  This does not compare
parser output with the samples; that is the parser tests' job.
"""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SHARED = Path(os.environ.get("VISITPARSE_SHARED") or Path(__file__).resolve().parents[2] / "shared")

TOP_KEYS = {"id", "language", "source", "published", "visits"}
VISIT_KEYS = {"start_date", "end_date", "regions", "officials", "institutions"}
REGION_KEYS = {"code", "name", "role"}
OFFICIAL_KEYS = {"name", "position", "organization", "side"}
INSTITUTION_KEYS = {"name", "visited"}
ROLES = {"host", "guest", None}

ID = re.compile(r"^(ru|bg)-\d{2}$")
ISO_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
VISIT_DATE = re.compile(r"^(\d{4}|XXXX)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
REGION_CODE = re.compile(r"^[A-Z]{2}(-[A-Z0-9]{1,3})?$")

# fmt: off
# ISO 3166-2:BG provinces with the names used in the gold files (shared gazetteers/SOURCE.md).
BG_PROVINCES = {
    "BG-01": "Благоевград", "BG-02": "Бургас", "BG-03": "Варна", "BG-04": "Велико Търново",
    "BG-05": "Видин", "BG-06": "Враца", "BG-07": "Габрово", "BG-08": "Добрич", "BG-09": "Кърджали",
    "BG-10": "Кюстендил", "BG-11": "Ловеч", "BG-12": "Монтана", "BG-13": "Пазарджик", "BG-14": "Перник",
    "BG-15": "Плевен", "BG-16": "Пловдив", "BG-17": "Разград", "BG-18": "Русе", "BG-19": "Силистра",
    "BG-20": "Сливен", "BG-21": "Смолян", "BG-22": "София (столица)", "BG-23": "София (област)",
    "BG-24": "Стара Загора", "BG-25": "Търговище", "BG-26": "Хасково", "BG-27": "Шумен", "BG-28": "Ямбол",
}

# Bulgarian names in gold are given without the definite article; these articled heads betray a slip.
BG_ARTICLED_HEADS = {
    "центъра", "центърът", "комплекса", "комплексът", "дома", "домът", "дирекцията", "общината",
    "звеното", "министерството", "агенцията", "администрацията", "сдружението", "патронажа",
    "дневния", "домашния", "кризисния", "регионалната", "генералната", "междуобщинския",
}
# fmt: on

SAMPLE_FILES = sorted(SAMPLES.glob("*.json"))
BG_FILES = [p for p in SAMPLE_FILES if p.stem.startswith("bg-")]


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path.name}: top level must be an object"
    return data


def _text(path: Path) -> str:
    return path.with_suffix(".txt").read_text(encoding="utf-8")


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _optional_str(value: Any) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == value and value != "")


def _aliases_ok(item: dict[str, Any]) -> bool:
    aliases = item.get("aliases", [])
    return isinstance(aliases, list) and all(isinstance(a, str) and a.strip() for a in aliases)


def test_there_are_enough_samples_in_both_languages() -> None:
    langs = [p.stem.split("-")[0] for p in SAMPLE_FILES]
    assert langs.count("ru") >= 11
    assert langs.count("bg") >= 11


def test_every_text_has_its_record_and_the_readme_lists_both() -> None:
    texts = {p.stem for p in SAMPLES.glob("*.txt")}
    records = {p.stem for p in SAMPLE_FILES}
    assert texts == records
    readme = (SAMPLES / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"\b(?:ru|bg)-\d{2}\b", readme))
    assert listed == records


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_record_shape(path: Path) -> None:
    data = _load(path)
    assert set(data) == TOP_KEYS, f"keys {sorted(data)}"
    assert data["id"] == path.stem and ID.match(data["id"])
    assert data["language"] == data["id"][:2]
    assert data["source"] == "written for visitparse"
    assert data["published"] is None or ISO_DATE.match(data["published"])
    assert isinstance(data["visits"], list)
    for visit in data["visits"]:
        assert set(visit) == VISIT_KEYS, f"visit keys {sorted(visit)}"
        for region in visit["regions"]:
            assert set(region) == REGION_KEYS
            assert REGION_CODE.match(region["code"]), region
            assert isinstance(region["name"], str) and region["name"]
            assert region["role"] in ROLES
        for official in visit["officials"]:
            assert set(official) - {"aliases"} == OFFICIAL_KEYS, official
            assert isinstance(official["name"], str) and official["name"].strip()
            assert _optional_str(official["position"]) and _optional_str(official["organization"])
            assert official["side"] in ROLES
            assert _aliases_ok(official)
        for inst in visit["institutions"]:
            assert set(inst) - {"aliases"} == INSTITUTION_KEYS, inst
            assert isinstance(inst["name"], str) and inst["name"].strip() == inst["name"]
            assert inst["visited"] in (True, False, None)
            assert _aliases_ok(inst)
        codes = [r["code"] for r in visit["regions"]]
        assert len(codes) == len(set(codes)), f"region listed twice in one visit: {codes}"
        names = [o["name"] for o in visit["officials"]]
        assert len(names) == len(set(names)), f"official listed twice in one visit: {names}"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_dates_are_valid_and_knowable(path: Path) -> None:
    data = _load(path)
    text, published = _text(path), data["published"]
    for visit in data["visits"]:
        start, end = visit["start_date"], visit["end_date"]
        # SCHEMA: a known first day with an unknown end ("arrived on 5 September") has end_date null.
        assert start is not None or end is None, "an end date needs a start date"
        if start is None:
            continue
        days = [start] if end is None else [start, end]
        assert all(VISIT_DATE.match(day) for day in days)
        assert end is None or start <= end, f"{start} after {end}"
        for day in days:
            year = day[:4]
            if year == "XXXX":
                assert published is None, "an unknown year only when no publication date is given"
            else:
                # Never a year from nowhere: it is written in the text or follows from `published`.
                knowable = {published[:4], str(int(published[:4]) - 1)} if published else set()
                assert year in text or year in knowable, f"year {year} is not knowable"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_text_is_in_its_language(path: Path) -> None:
    data, text = _load(path), _text(path)
    assert text.strip() and "\ufffd" not in text
    if data["language"] == "ru":
        assert "ы" in text
    else:
        assert not set("ыэё") & set(text) and "ъ" in text


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_officials_are_named_in_the_text(path: Path) -> None:
    """Every official's name tokens occur in the text, allowing for case endings.

    The surname (the last token) must occur with its stem (first five letters),
    given names and patronymics with their first three; initials are skipped.
    """
    data, text = _load(path), _fold(_text(path))
    for visit in data["visits"]:
        for official in visit["officials"]:
            tokens = [t for t in re.findall(r"\w+", _fold(official["name"])) if len(t) > 1]
            assert tokens, official
            surname = tokens[-1]
            stem = surname[: min(5, max(2, len(surname) - 1))]
            assert stem in text, f"surname {surname!r} of {official['name']!r} not in the text"
            for token in tokens[:-1]:
                assert token[:3] in text, f"{token!r} of {official['name']!r} not in the text"


@pytest.mark.parametrize("path", BG_FILES, ids=lambda p: p.stem)
def test_bulgarian_names_carry_no_definite_article(path: Path) -> None:
    data = _load(path)
    for visit in data["visits"]:
        names = [i["name"] for i in visit["institutions"]]
        names += [o["organization"] for o in visit["officials"] if o["organization"]]
        for name in names:
            head = _fold(name.split()[0])
            assert head not in BG_ARTICLED_HEADS, f"articled name {name!r}"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.stem)
def test_region_codes_exist(path: Path) -> None:
    data = _load(path)
    ru_codes = _ru_codes()
    for visit in data["visits"]:
        for region in visit["regions"]:
            code = region["code"]
            if code.startswith("BG-"):
                assert BG_PROVINCES.get(code) == region["name"], region
            elif code.startswith("RU-") and ru_codes:
                assert code in ru_codes, region


def _ru_codes() -> set[str]:
    """ISO codes of Russian federal subjects from the shared gazetteer, or empty when it is absent."""
    path = SHARED / "gazetteers" / "ru_regions.csv"
    if not path.is_file():
        return set()
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["iso_code"] for row in csv.DictReader(fh) if row.get("iso_code")}


def test_shared_gazetteer_gives_russian_codes() -> None:
    if not (SHARED / "gazetteers" / "ru_regions.csv").is_file():
        pytest.skip("../shared is absent")
    assert {"RU-ORE", "RU-BA", "RU-KEM"} <= _ru_codes()
