"""Region resolver: names, inflected forms, adjectives, demonyms, settlements, ambiguity."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

from visitparse.extract.regions import RegionMatch, get_resolver, load_table_data, sound_key
from visitparse.lang.bg import places as bg_places

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("VISITPARSE_SHARED") or Path(__file__).resolve().parents[2] / "shared")


def code(text: str, lang: str, lemma: str | None = None) -> str | None:
    match = get_resolver().resolve(text, lang, lemma)
    return None if match is None else match.code


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(text[s:e], m.code) for s, e, m in get_resolver().find(text, lang)]


# --------------------------------------------------------------------------- resolve: Russian


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Оренбург", "RU-ORE"),
        ("Оренбурга", "RU-ORE"),
        ("Оренбуржья", "RU-ORE"),
        ("в Южном округе Оренбурга", "RU-ORE"),
        ("Башкирии", "RU-BA"),
        ("Республики Башкортостан", "RU-BA"),
        ("Башкортостане", "RU-BA"),
        ("Липецкую область", "RU-LIP"),
        ("Брянской области", "RU-BRY"),
        ("Оренбургской обл.", "RU-ORE"),
        ("Краснодарском крае", "RU-KDA"),
        ("Кубани", "RU-KDA"),
        ("Прикамье", "RU-PER"),
        ("Подмосковья", "RU-MOS"),
        ("Кузбассе", "RU-KEM"),
        ("Югры", "RU-KHM"),
        ("ХМАО", "RU-KHM"),
        ("Ямале", "RU-YAN"),
        ("Татарии", "RU-TA"),
        ("Якутии", "RU-SA"),
        ("Чувашии", "RU-CU"),
        ("Удмуртию", "RU-UD"),
        ("Москве", "RU-MOW"),
        ("Санкт-Петербурга", "RU-SPE"),
        ("Петербурге", "RU-SPE"),
        ("Нижнем Новгороде", "RU-NIZ"),
        ("Ростова-на-Дону", "RU-ROS"),
        ("Набережных Челнах", "RU-TA"),
        ("Иркутске", "RU-IRK"),
        ("Ханты-Мансийского автономного округа — Югры", "RU-KHM"),
        ("Беларуси", "BY"),
        ("Казахстана", "KZ"),
        ("Гомельской области", "BY-HO"),
        ("Минске", "BY-HM"),
    ],
)
def test_resolve_russian(text: str, expected: str) -> None:
    assert code(text, "ru") == expected


def test_resolve_returns_official_name_and_kind() -> None:
    match = get_resolver().resolve("Оренбуржья", "ru")
    expected = RegionMatch(code="RU-ORE", name="Оренбургская область", kind="nickname", matched="Оренбуржья")
    assert match == expected
    bashkiria = get_resolver().resolve("Башкирии", "ru")
    assert bashkiria is not None and bashkiria.name == "Республика Башкортостан"
    city = get_resolver().resolve("в Южном округе Оренбурга", "ru")
    assert city is not None and (city.kind, city.matched) == ("city", "Оренбурга")


def test_resolve_uses_lemma_when_text_is_unknown() -> None:
    assert code("Оренбургу-город", "ru", lemma="Оренбург") == "RU-ORE"


def test_a_small_town_named_like_a_word_is_no_town_inside_a_longer_name() -> None:
    # Белый (Tver region), Советский (Yugra), Остров (Pskov region) are small towns.
    assert code("Белом доме", "ru") is None
    assert code("Советскому Союзу", "ru") is None
    assert code("Курильские острова", "ru") is None
    # Alone, or after a lower-case town noun, it is still the town.
    assert code("городе Белый", "ru") == "RU-TVE"
    assert code("Острове", "ru") == "RU-PSK"


def test_russian_homonyms_are_not_guessed() -> None:
    # Кировск: a town in the Leningrad and in the Murmansk region.
    assert code("Кировск", "ru") is None
    assert set(get_resolver().lookup("Кировск", "ru")) == {"RU-LEN", "RU-MUR"}
    # Киров: the regional centre wins over the small Kaluga town.
    assert code("Кирове", "ru") == "RU-KIR"
    # Shared adjective of Республика Алтай and Алтайский край.
    assert code("алтайские", "ru") is None


def test_districts_from_the_gazetteer() -> None:
    assert code("Каргопольском районе", "ru") == "RU-ARK"
    # "Кировский район" exists in many regions.
    assert code("Кировский район", "ru") is None


# --------------------------------------------------------------------------- resolve: Bulgarian


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Русе", "BG-18"),
        ("Разград", "BG-17"),
        ("Добрич", "BG-08"),
        ("област Добрич", "BG-08"),
        ("Област Бургас", "BG-02"),
        ("Бургаска област", "BG-02"),
        ("община Балчик", "BG-08"),
        ("Община Добрич-селска", "BG-08"),
        ("Сандански", "BG-01"),
        ("Балчик", "BG-08"),
        ("с. Просторно", "BG-17"),
        ("село Просторно", "BG-17"),
        ("Просторно", "BG-17"),
        ("гр. Русе", "BG-18"),
        ("Велико Търново", "BG-04"),
        ("Стара Загора", "BG-24"),
        ("София", "BG-22"),
        ("Софийска област", "BG-23"),
        ("Столична община", "BG-22"),
        ("Беларус", "BY"),
        ("Северна Македония", "MK"),
        ("Румъния", "RO"),
        ("Гърция", "GR"),
        ("Турция", "TR"),
        ("Букурещ", "RO-B"),
    ],
)
def test_resolve_bulgarian(text: str, expected: str) -> None:
    assert code(text, "bg") == expected


def test_bulgarian_province_names_win_over_villages() -> None:
    # Villages called Добрич exist in Хасково and Ямбол; the bare name is the province centre ...
    assert code("Добрич", "bg") == "BG-08"
    # ... but "с. Добрич" is one of those villages, and which one cannot be known.
    assert code("с. Добрич", "bg") is None
    assert set(get_resolver().lookup("с. Добрич", "bg")) == {"BG-26", "BG-28"}


def test_bulgarian_ambiguous_towns_stay_ambiguous() -> None:
    # Two towns called Бяла (Варна and Русе provinces).
    assert code("Бяла", "bg") is None
    assert code("гр. Бяла", "bg") is None
    assert set(get_resolver().lookup("Бяла", "bg")) == {"BG-03", "BG-18"}


# --------------------------------------------------------------------------- every subdivision


def test_every_russian_subject_resolves_from_its_names() -> None:
    data = load_table_data("ru")
    subjects = {c: n for c, n in data["names"].items() if c.startswith(("RU-", "UA-", "KZ-BAY"))}
    assert len([c for c in subjects if c.startswith("RU-")]) == 83
    for subject_code, name in subjects.items():
        assert code(name, "ru") == subject_code, name


@pytest.mark.skipif(not (SHARED / "gazetteers").is_dir(), reason="needs ../shared/gazetteers")
def test_every_gazetteer_short_name_resolves() -> None:
    """The gazetteer's own short names: "Адыгея", "Татарстан", "Брянская", "Ставропольский"."""
    with (SHARED / "gazetteers" / "ru_regions.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 86
    # "еврейский" and "приморский" (seaside) are everyday adjectives; "алтайский" names two subjects;
    # a bare "московский" is read as the city of Moscow.
    unresolvable = {"Еврейская", "Приморский", "Алтайский", "Московская"}
    for row in rows:
        short = row["name"].split(" - ")[0].split(" /")[0]
        if short not in unresolvable:
            assert code(short, "ru") == row["iso_code"], short


def test_all_28_bulgarian_provinces_resolve() -> None:
    assert len(set(bg_places.PROVINCES.values())) == 28
    for name, province_code in bg_places.PROVINCES.items():
        if "(" in name:
            continue
        expected = "BG-22" if name == "София" else province_code
        assert code(name, "bg") == expected, name
        assert code(f"област {name}", "bg") == province_code, name


# --------------------------------------------------------------------------- find


def test_find_russian_adjectives_and_demonyms() -> None:
    text = (
        "На этой неделе оренбуржцев навестили башкирские коллеги, а брянские специалисты "
        "поделились опытом липецких центров. Москвичи приехали позже."
    )
    assert found(text, "ru") == [
        ("оренбуржцев", "RU-ORE"),
        ("башкирские", "RU-BA"),
        ("брянские", "RU-BRY"),
        ("липецких", "RU-LIP"),
        ("Москвичи", "RU-MOW"),
    ]


def test_find_offsets_are_exact_and_in_order() -> None:
    text = "Делегация Оренбургской области побывала в Башкортостане и в г. Уфе."
    matches = get_resolver().find(text, "ru")
    assert [(text[s:e], m.code, m.kind) for s, e, m in matches] == [
        ("Оренбургской области", "RU-ORE", "region"),
        ("Башкортостане", "RU-BA", "region"),
        ("Уфе", "RU-BA", "city"),
    ]
    assert all(m.matched == text[s:e] for s, e, m in matches)
    assert [s for s, _, _ in matches] == sorted(s for s, _, _ in matches)


def test_find_skips_people_and_everyday_words() -> None:
    text = "Владимир Киров поблагодарил коллег. Орёл на гербе, а курган у дороги; делегация приехала в Орёл."
    assert found(text, "ru") == [("Орёл", "RU-ORL")]


def test_find_skips_ambiguous_names_without_guessing() -> None:
    text = "Специалисты из Кировского района рассказали об алтайских проектах."
    assert found(text, "ru") == []


def test_find_bulgarian() -> None:
    text = (
        "Русенски експерти представиха бургаските социални услуги в с. Просторно и гр. Русе; "
        "пловдивчани и варненци посетиха община Балчик и област Добрич."
    )
    assert found(text, "bg") == [
        ("Русенски", "BG-18"),
        ("бургаските", "BG-02"),
        ("с. Просторно", "BG-17"),
        ("гр. Русе", "BG-18"),
        ("пловдивчани", "BG-16"),
        ("варненци", "BG-03"),
        ("община Балчик", "BG-08"),
        ("област Добрич", "BG-08"),
    ]


def test_find_bulgarian_needs_a_prefix_for_villages_and_person_names() -> None:
    # "Просторно" alone is a village (not found in raw text); "Левски" is a town but also a person.
    text = "Просторно беше в залата, а на ул. Васил Левски гостуваха русенци."
    assert found(text, "bg") == [("русенци", "BG-18")]


# --------------------------------------------------------------------------- places abroad, districts


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A town that is a subdivision of its own in ISO 3166-2.
        ("Печ", "bg", "HU-PS"),
        ("Битоля", "bg", "MK-501"),
        ("Брюксел", "bg", "BE-BRU"),
        ("Брюсселе", "ru", "BE-BRU"),
        # A town inside its first-level subdivision.
        ("Остравы", "ru", "CZ-80"),
        ("Тернопол", "bg", "UA-61"),
        ("Бухары", "ru", "UZ-BU"),
        # Subdivisions by their ISO names in Russian, and Russian ones spelt the Bulgarian way.
        ("Моравско-Силезского края", "ru", "CZ-80"),
        ("Тернопольской области", "ru", "UA-61"),
        ("Сурхандарьинской области", "ru", "UZ-SU"),
        ("Абхазии", "ru", "GE-AB"),
        ("Московска област", "bg", "RU-MOS"),
        ("Воронеж", "bg", "RU-VOR"),
        # Bulgaria's towns serve Russian text; a capital that is also a word ("рим") is still a capital.
        ("Бургасе", "ru", "BG-02"),
        ("Риме", "ru", "IT-62"),
        # Countries from ISO 3166-1 translations.
        ("Намибии", "ru", "NA"),
        ("Египет", "bg", "EG"),
        # Big cities written in by hand: a namesake abroad ("Барселона", Venezuela) or a first name.
        ("Барселона", "bg", "ES-CT"),
        ("Милано", "bg", "IT-25"),
        # Russian municipal districts from GeoNames.
        ("Лешуконском районе", "ru", "RU-ARK"),
        ("Гунибского района", "ru", "RU-DA"),
    ],
)
def test_resolve_places_abroad_and_districts(text: str, lang: str, expected: str) -> None:
    assert code(text, lang) == expected


def test_foreign_town_names_that_are_everyday_words_need_a_town_word() -> None:
    # "Драма" (GR-A) is also a word: found after "община"/"городе", never alone.
    assert found("Гостите от община Драма пристигнаха.", "bg") == [("община Драма", "GR-A")]
    assert found("Гости из города Драма приехали.", "ru") == [("города Драма", "GR-A")]
    assert found("Това е драма за всички. Драма беше и вчера.", "bg") == []
    # A pronoun or a word that GeoNames lists as some small town is no town.
    assert code("Они", "bg") is None
    assert code("Мир", "ru") is None


def test_a_foreign_county_named_by_its_towns_adjective() -> None:
    assert found("представители на Гюргевския окръг", "bg") == [("Гюргевския окръг", "RO-GR")]


def test_big_foreign_towns_are_found_in_raw_text() -> None:
    assert found("Делегация от Печ и Тернопол", "bg") == [("Печ", "HU-PS"), ("Тернопол", "UA-61")]


def test_bulgarian_spelling_of_russian_names() -> None:
    build = _build_module()
    assert build.bg_spelling("Тернопольская область") == "Тернополска област"
    assert build.bg_spelling("Республика Татарстан") == "Република Татарстан"
    assert build.bg_spelling("Ярославль") == "Ярославл"


def test_world_table_rows_are_well_formed() -> None:
    build = _build_module()
    rows = build.read_world("bg")
    assert {r.kind for r in rows} >= {"country", "region", "city"}
    assert all(r.lang in ("bg", "*", "latin") for r in rows)
    # A name shared by several towns abroad goes to a far bigger one or to none.
    cities: dict[str, set[str]] = {}
    for r in rows:
        if r.kind == "city":
            cities.setdefault(r.name.lower(), set()).add(r.code)
    assert all(len(codes) == 1 for codes in cities.values())


# --------------------------------------------------------------------------- build reproducibility


def _build_module() -> ModuleType:
    path = ROOT / "scripts" / "build_gazetteers.py"
    spec = importlib.util.spec_from_file_location("build_gazetteers", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (SHARED / "gazetteers").is_dir(), reason="needs ../shared/gazetteers")
def test_build_script_reproduces_committed_data() -> None:
    built = _build_module().build(SHARED)
    for name, blob in built.items():
        committed = (ROOT / "visitparse" / "data" / name).read_bytes()
        assert json.loads(gzip.decompress(blob)) == json.loads(gzip.decompress(committed)), (
            f"{name} is stale: run python scripts/build_gazetteers.py"
        )


def test_data_files_are_small_and_attributed() -> None:
    total = 0
    for lang in ("ru", "bg"):
        path = ROOT / "visitparse" / "data" / f"places_{lang}.json.gz"
        total += path.stat().st_size
        meta = load_table_data(lang)["meta"]
        assert meta["licence"] and meta["attribution"]
        assert meta["generated_by"] == "scripts/build_gazetteers.py"
    assert load_table_data("ru")["meta"]["licence"] == "CC BY-SA 4.0"
    assert total < 2_000_000


# --------------------------------------------------------------------------- transliterated subdivisions


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("Bà Rịa - Vũng Tàu", "Бариа-Вунгтау"), ("Augšdaugavas", "Аугшдаугавас"), ("Calabria", "Калабрия")],
)
def test_a_latin_name_and_its_cyrillic_transliteration_share_a_sound_key(latin: str, cyrillic: str) -> None:
    assert sound_key(latin) == sound_key(cyrillic)


def test_a_subdivision_abroad_is_found_in_a_transliteration_after_its_noun() -> None:
    r = get_resolver()
    text = "Гостите от провинции Бариа-Вунгтау и от общината Бургас"
    found = r.find_transliterated(text, "ru", frozenset({"VN"}), ("провинци", "общин"))
    assert [(text[s:e], m.code) for s, e, m in found] == [("Бариа-Вунгтау", "VN-43")]
    # Only for the countries the article names, and only after a subdivision noun.
    assert r.find_transliterated(text, "ru", frozenset({"LV"}), ("провинци",)) == []
    assert r.find_transliterated("Гости из Бариа-Вунгтау", "ru", frozenset({"VN"}), ("провинци",)) == []


def test_the_leading_words_of_a_long_subdivision_name_name_it() -> None:
    text = "селата в регионите Рача-Лечхуми и Долна Сванетия"
    found = get_resolver().find_transliterated(text, "bg", frozenset({"GE"}), ("регион",))
    assert [(text[s:e], m.code) for s, e, m in found] == [("Рача-Лечхуми", "GE-RL")]


def test_a_town_adjective_that_also_names_districts_of_other_regions_is_left_out() -> None:
    # Михайловск is in Stavropol krai; Михайловский район is in four other regions.
    assert get_resolver().lookup("михайловская", "ru") == ()
    assert get_resolver().lookup("липецкая", "ru") == ("RU-LIP",)


def test_a_mountain_named_bare_is_no_municipality_of_the_same_name() -> None:
    from visitparse.extract.context import TextView
    from visitparse.extract.sides import find_region_mentions
    from visitparse.lang.bg.annotator import load
    from visitparse.lang.vocab import get_vocabulary

    text = "Гостите от Смолян показаха Родопите, а после и община Родопи."
    doc = load()(text)
    mentions = [("Смолян", "Смолян"), ("Родопите", "Родопи")]
    doc.ents = [doc.char_span(text.index(m), text.index(m) + len(m), label="LOC") for m, _ in mentions]
    for ent, (_, lemma) in zip(doc.ents, mentions, strict=True):
        ent._.lemma = lemma
    found = find_region_mentions(TextView(doc, get_vocabulary("bg"), "bg"), "bg")
    # The mountain gives nothing; the municipality written with its marker is still found.
    assert [(m.match.code, text[m.start : m.end]) for m in found] == [
        ("BG-21", "Смолян"),
        ("BG-16", "община Родопи"),
    ]


def test_a_short_acronym_in_capitals_is_no_town() -> None:
    from visitparse.extract.context import TextView
    from visitparse.extract.sides import find_region_mentions
    from visitparse.lang.bg.annotator import load
    from visitparse.lang.vocab import get_vocabulary

    text = "Гостите от Смолян разгледаха РИМ и Рим."
    doc = load()(text)
    spans = [doc.char_span(text.index(m), text.index(m) + len(m), label="LOC") for m in ("Смолян", "РИМ")]
    doc.ents = spans
    for ent in doc.ents:
        ent._.lemma = ent.text
    found = find_region_mentions(TextView(doc, get_vocabulary("bg"), "bg"), "bg")
    # The regional museum's acronym names no Rome; the city written as a name still does.
    assert [(m.match.code, text[m.start : m.end]) for m in found] == [("BG-21", "Смолян"), ("IT-62", "Рим")]


@pytest.mark.parametrize(
    ("text", "lang", "code"),
    [
        ("Вашингтон", "bg", "US-DC"),  # the capital, not the state of the same name
        ("Вашингтоне", "ru", "US-DC"),
        ("Манчестър", "bg", "GB-ENG"),  # the English city, not the Jamaican parish
        ("Манчестер", "ru", "GB-ENG"),
        ("Дъблин", "bg", "IE-D"),  # the Irish capital, which the city list lacks
    ],
)
def test_a_big_city_abroad_is_what_its_name_means(text: str, lang: str, code: str) -> None:
    assert get_resolver().lookup(text, lang) == (code,)
