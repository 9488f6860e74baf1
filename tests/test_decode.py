"""Bytes to text: encodings, normalisation and refused input (visitparse.io.decode)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from visitparse.io.decode import (
    InputError,
    decode_bytes,
    detect_encoding,
    fix_homoglyphs,
    fix_mojibake,
    read_text_file,
)

RU = (
    "Делегация Республики Башкортостан посетила Оренбургскую область. Гостей встретил "
    "министр социального развития, стороны обсудили обмен опытом и подписали соглашение."
)
BG = (
    "Заместник-министърът на здравеопазването посети областната болница във Враца. "
    "Той се срещна с ръководството и обсъди ремонта на детското отделение."
)
UK = "Міністр охорони здоров'я відвідав обласну лікарню і зустрівся з керівництвом закладу."


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "iso8859-5", "cp866", "mac-cyrillic"])
@pytest.mark.parametrize("text", [RU, BG], ids=["ru", "bg"])
def test_legacy_cyrillic_code_pages_decode_to_the_original_text(text: str, encoding: str) -> None:
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == encoding
    assert decoded.warnings == (f"decoded as {encoding}",)


def test_cp1251_file_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "visit.txt"
    path.write_bytes(RU.encode("cp1251"))
    decoded = read_text_file(path)
    assert decoded.text == RU
    assert decoded.encoding == "cp1251"
    assert "decoded as cp1251" in decoded.warnings


def test_koi8r_is_not_mistaken_for_cp1251() -> None:
    # Read as cp1251, koi8-r Russian comes out as upper-case words with inverted case.
    data = RU.encode("koi8-r")
    assert data.decode("cp1251") != RU
    decoded = decode_bytes(data)
    assert decoded.encoding == "koi8-r"
    assert decoded.text.startswith("Делегация Республики")


def test_short_koi8r_headline() -> None:
    assert decode_bytes("Визит губернатора в Орск".encode("koi8-r")).text == "Визит губернатора в Орск"


def test_all_caps_headline_in_cp1251() -> None:
    caps = "ГУБЕРНАТОР ПРИНЯЛ ДЕЛЕГАЦИЮ ИЗ КАЗАНИ"
    assert decode_bytes(caps.encode("cp1251")).text == caps


def test_ukrainian_in_koi8u_and_cp1251() -> None:
    assert decode_bytes(UK.encode("cp1251")).text == UK
    assert decode_bytes(UK.encode("koi8-u")).text == UK


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings_with_and_without_bom(encoding: str) -> None:
    decoded = decode_bytes(RU.encode(encoding))
    assert decoded.text == RU
    assert not decoded.text.startswith("\ufeff")


def test_utf8_has_no_warning() -> None:
    decoded = decode_bytes(RU.encode("utf-8"))
    assert (decoded.text, decoded.encoding, decoded.warnings) == (RU, "utf-8", ())


def test_latin_only_text_is_plain_utf8() -> None:
    decoded = decode_bytes(b"The governor met a delegation from the neighbouring region.")
    assert decoded.encoding == "utf-8"
    assert decoded.text.startswith("The governor")


def test_newlines_are_unified_and_text_is_nfc() -> None:
    decomposed = "Краи\u0306 принял гостеи\u0306\r\nиз Казани\rвчера"
    decoded = decode_bytes(decomposed.encode("utf-8"))
    assert decoded.text == "Край принял гостей\nиз Казани\nвчера"


def test_a_few_invalid_utf8_bytes_are_replaced_not_misread() -> None:
    data = RU.encode("utf-8")
    data = data[:50] + b"\xff" + data[50:]
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8"
    assert "\ufffd" in decoded.text
    assert decoded.text.replace("\ufffd", "") == RU
    assert decoded.warnings == ("1 invalid UTF-8 byte sequence(s) replaced",)


@pytest.mark.parametrize("data", [b"", b"   \n\t  \r\n", "\u00a0 \u2003".encode()])
def test_empty_and_whitespace_only_input(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^empty input$"):
        decode_bytes(data)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"text\x00with a NUL byte in it", "binary data (NUL bytes)"),
        (bytes(range(256)) * 8, "binary data (NUL bytes)"),
        (b"\x01\x02\x03\x05\x06\x07\x08\x0e\x0f\x10 hi", "binary data (control characters)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary data (PDF)"),
        (b"\x89PNG\r\n\x1a\n....", "binary data (PNG image)"),
    ],
)
def test_binary_input_is_refused_with_the_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        decode_bytes(data, name="scan.bin")
    assert str(info.value) == reason
    assert info.value.name == "scan.bin"


def test_random_high_bytes_cannot_be_decoded() -> None:
    rng = random.Random(7)
    data = bytes(rng.choice(range(0x80, 0x100)) for _ in range(4000))
    with pytest.raises(InputError, match=r"^(cannot decode text|binary data)"):
        decode_bytes(data)


def test_max_chars() -> None:
    with pytest.raises(InputError, match=r"^input larger than 10 characters$"):
        decode_bytes(RU.encode(), max_chars=10)
    assert decode_bytes(RU.encode(), max_chars=len(RU)).text == RU


def test_read_text_file_refuses_big_and_missing_files(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(RU * 10, encoding="utf-8")
    with pytest.raises(InputError, match=r"^input larger than 100 bytes$"):
        read_text_file(path, max_bytes=100)
    with pytest.raises(InputError, match=r"^cannot read file"):
        read_text_file(tmp_path / "missing.txt")


def test_large_legacy_file_is_detected_from_its_start() -> None:
    data = ((RU + "\n") * 20_000).encode("koi8-r")  # ~3.5 MB
    decoded = decode_bytes(data)
    assert decoded.encoding == "koi8-r"
    assert decoded.text.startswith(RU)


def test_detect_encoding_for_dump_samples() -> None:
    assert detect_encoding(RU.encode("utf-8")) == "utf-8"
    assert detect_encoding(RU.encode("utf-8")[:-1]) == "utf-8"  # cut inside a character
    assert detect_encoding(RU.encode("cp1251")) == "cp1251"
    assert detect_encoding(RU.encode("koi8-r")) == "koi8-r"
    assert detect_encoding(b"\xef\xbb\xbf" + RU.encode()) == "utf-8-sig"


# --- properties ---------------------------------------------------------------------------------

_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_CYRILLIC_PROSE = st.text(
    alphabet=st.sampled_from("абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ .,-\n"),
    min_size=1,
    max_size=300,
)


@_FAST
@given(st.binary(max_size=2000))
def test_any_bytes_give_text_or_input_error(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert decoded.text.strip()
        assert "\r" not in decoded.text


@_FAST
@given(_CYRILLIC_PROSE)
def test_utf8_text_round_trips(text: str) -> None:
    if not text.strip():
        return
    assert decode_bytes(text.encode("utf-8")).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("от заместник-кметa Иван", "от заместник-кмета Иван"),  # a Latin "a" inside a Cyrillic word
        ("Mинистърът посети", "Министърът посети"),
        ("PVC прозорци и iPhone", "PVC прозорци и iPhone"),  # Latin words stay Latin
        ("Google-Карти", "Google-Карти"),
    ],
)
def test_latin_look_alikes_inside_cyrillic_words_become_cyrillic(text: str, expected: str) -> None:
    assert fix_homoglyphs(text) == expected


@given(st.text(alphabet="абвгкмнAaBbCcEeiKkMOoPpTXxy -.,", max_size=60))
def test_homoglyph_repair_keeps_the_length(text: str) -> None:
    assert len(fix_homoglyphs(text)) == len(text)


def test_a_line_of_cp1251_read_as_latin1_is_read_again() -> None:
    line = "Пресконференция на кмета в Ловеч"
    broken = line.encode("cp1251").decode("latin-1")
    text = f"Заглавие\n{broken}\nТекст"
    assert fix_mojibake(text) == f"Заглавие\n{line}\nТекст"


@pytest.mark.parametrize("text", ["Ålesund, Österreich, café à la carte", "Ёлка и ёж", "ÉÉ"])
def test_western_words_are_no_mojibake(text: str) -> None:
    assert fix_mojibake(text) == text


def test_the_parser_quotes_the_text_as_given_and_warns_of_mended_words() -> None:
    import visitparse

    broken = "Кметът на Ловеч посрещна гостите.".encode("cp1251").decode("latin-1")
    text = f"Гостите от Русе пристигнаха в Ловеч на 3 март 2025 г.\n{broken}"
    for article in (visitparse.parse(text, lang="bg"), next(visitparse.Parser().pipe([text]))):
        assert article.entities
        assert all(text[e.start : e.end] == e.text for e in article.entities)
        assert any("cp1251" in w for w in article.warnings)
        assert any(e.lemma == "Ловеч" and e.start > text.index("\n") for e in article.entities)
