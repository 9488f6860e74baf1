"""Bytes -> text for scraped Cyrillic documents.

Order of attempts, first that fits wins:

1. empty / whitespace-only input and binary data (NUL bytes, mostly control characters,
   well-known binary signatures) are refused with :class:`InputError`;
2. a byte-order mark (UTF-8, UTF-16, UTF-32), then BOM-less UTF-16 recognised by its
   NUL-byte pattern;
3. strict UTF-8; UTF-8 with a handful of broken bytes is kept as UTF-8 with the broken
   bytes replaced by U+FFFD (and a warning), because re-reading it as a legacy code page
   would garble every other character;
4. the legacy Cyrillic code pages (cp1251, koi8-r, koi8-u, iso8859-5, cp866, mac-cyrillic):
   charset-normalizer restricted to them proposes, and a plausibility check decides --
   share of Cyrillic letters, normal case patterns ("Слово", "слово", "СЛОВО", never
   "сЛОВО") and frequent-letter share.  This is what tells koi8-r from cp1251: koi8-r
   text read as cp1251 comes out as mostly upper case words with inverted case;
5. anything else charset-normalizer recognises (Latin code pages), else "cannot decode text".

The returned text is normalised so that later offsets are simple: newlines become ``\\n``
(``\\r\\n`` and lone ``\\r``), the BOM is dropped and the text is in Unicode NFC (decomposed
"й" from some CMSs becomes one character).  All entity offsets refer to this returned text.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DecodedText", "InputError", "decode_bytes", "detect_encoding", "normalize_text", "read_text_file"]

# Legacy code pages tried for non-UTF-8 input, in order of preference on a tie.
CYRILLIC_ENCODINGS: tuple[str, ...] = ("cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp866", "mac-cyrillic")
# Names charset-normalizer uses for the same code pages.
_CN_NAMES: dict[str, str] = {
    "cp1251": "cp1251",
    "koi8_r": "koi8-r",
    "koi8_u": "koi8-u",
    "iso8859_5": "iso8859-5",
    "cp866": "cp866",
    "mac_cyrillic": "mac-cyrillic",
}
# Letters that make up most running Russian and Bulgarian text; a wrong code page turns
# them into rare letters or symbols.
_FREQUENT = frozenset("оеаинтсрвлкмдпузяъгОЕАИНТСРВЛКМДПУЗЯЪГ")
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
)
_WORD = re.compile(r"[^\W\d_]+")
# cp1251 punctuation that mac-cyrillic (and other code pages) use for capital letters: glued to
# the start of a word ("‚раца" for "Враца") it betrays the wrong code page.
_GLUED_PUNCT = re.compile(r"(?<![^\W\d_])[‚…†‡€‰‹’•›™][^\W\d_]")
_SAMPLE = 65536  # characters scored for plausibility; enough to decide, cheap on huge files
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v\x1b")


class InputError(Exception):
    """A document that cannot be parsed; ``str(error)`` is a one-line reason."""

    def __init__(self, reason: str, *, name: str | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.name = name

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class DecodedText:
    """Decoded, normalised text with the encoding it was read in and any warnings."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def decode_bytes(data: bytes, *, name: str = "<input>", max_chars: int | None = None) -> DecodedText:
    """Decode raw document bytes to normalised text (see the module docstring).

    Raises :class:`InputError` for empty, binary or undecodable input, and when the text is
    longer than ``max_chars`` characters.
    """
    if not data.strip():
        raise InputError("empty input", name=name)
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"binary data ({kind})", name=name)

    text, encoding, warnings = _decode(data, name)
    text = normalize_text(text)
    if not text.strip():
        raise InputError("empty input", name=name)
    if _control_share(text) > 0.1:
        raise InputError("binary data (control characters)", name=name)
    if max_chars is not None and len(text) > max_chars:
        raise InputError(f"input larger than {max_chars} characters", name=name)
    return DecodedText(text=text, encoding=encoding, warnings=tuple(warnings))


def read_text_file(path: str | Path, *, max_bytes: int | None = None) -> DecodedText:
    """Read and decode a text file; unreadable files raise :class:`InputError` too."""
    path = Path(path)
    try:
        if max_bytes is not None and path.stat().st_size > max_bytes:
            raise InputError(f"input larger than {max_bytes} bytes", name=str(path))
        data = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise InputError(f"cannot read file ({reason})", name=str(path)) from exc
    return decode_bytes(data, name=str(path))


def detect_encoding(sample: bytes) -> str:
    """A Python codec name for a stream that starts with ``sample`` (e.g. a dump's first MB).

    For line-by-line reading of dumps; falls back to ``utf-8`` (read with replacement) when
    nothing fits, so that the rows' own checks report the damage.
    """
    for bom, codec in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if sample.startswith(bom):
            return codec
    # The sample may end inside a multi-byte character: drop up to 3 trailing bytes.
    for cut in range(4):
        try:
            sample[: len(sample) - cut].decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            continue
    try:
        _, encoding, _ = _decode(sample, "<sample>")
    except InputError:
        return "utf-8"
    if encoding == "utf-16":
        return "utf-16-le" if sample[1:2] in (b"\x00", b"\x04") else "utf-16-be"
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return "utf-8"


# Latin letters that look like Cyrillic ones, as scraped and typed text mixes them into
# Cyrillic words ("кметa" with a Latin "a"): the word is one word only with the Cyrillic letter.
_HOMOGLYPHS = str.maketrans("aeopcxyABEKMHOPCTX", "аеорсхуАВЕКМНОРСТХ")
# A Cyrillic letter next to a Latin one: the seam of a mixed word (linear to search for).
_SEAM = re.compile(r"[\u0400-\u04ff][a-zA-Z]|[a-zA-Z][\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z]")


def fix_homoglyphs(text: str) -> str:
    """Cyrillic words with Latin look-alike letters in them, written in Cyrillic only.

    A word keeps its Latin letters when one of them has no Cyrillic twin ("iPhone", a glued
    "Google-Карти" stays as it is). The length never changes, so offsets stay right.
    """
    seam = _SEAM.search(text)
    if seam is None:
        return text
    parts: list[str] = []
    done = 0
    while seam is not None:
        start, end = seam.start(), seam.end()
        while start > done and text[start - 1].isalpha():
            start -= 1
        while end < len(text) and text[end].isalpha():
            end += 1
        parts += [text[done:start], _cyrillic_word(text[start:end])]
        done = end
        seam = _SEAM.search(text, end)
    parts.append(text[done:])
    return "".join(parts)


def _cyrillic_word(word: str) -> str:
    mapped = "".join(_LATIN.findall(word)).translate(_HOMOGLYPHS)
    if any(c.isascii() for c in mapped):
        return word  # a Latin letter with no Cyrillic twin: a real Latin part
    return word.translate(_HOMOGLYPHS)


# A word of three or more letters from the upper half of Latin-1 (with "¨"/"¸", the places of
# "Ё"/"ё"): cp1251 Cyrillic decoded as Latin-1 or cp1252, as a scraped page mixes in one line
# of another encoding ("Íàöèîíàëåí" for "Национален"). No Western word is made of these only.
_MOJIBAKE = re.compile(r"[\u00c0-\u00ff\u00a8\u00b8]{3,}")
# Once such words are found, the short words between them too ("íà" for "на").
_MOJIBAKE_SHORT = re.compile(r"(?<![^\W\d_])[\u00c0-\u00ff\u00a8\u00b8]{1,2}(?![^\W\d_])")


def fix_mojibake(text: str) -> str:
    """Words of cp1251 Cyrillic read as Latin-1, read again as cp1251; the length never changes."""
    if _MOJIBAKE.search(text) is None:
        return text
    text = _MOJIBAKE.sub(_as_cp1251, text)
    return _MOJIBAKE_SHORT.sub(_as_cp1251, text)


def _as_cp1251(match: re.Match[str]) -> str:
    return match.group().encode("latin-1").decode("cp1251")


def repair_text(text: str) -> str:
    """The same-length repairs of scraped text: Latin look-alikes and cp1251 mojibake."""
    return fix_mojibake(fix_homoglyphs(text))


def normalize_text(text: str) -> str:
    """Drop a BOM, unify newlines to ``\\n`` and compose to NFC."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


def _decode(data: bytes, name: str) -> tuple[str, str, list[str]]:
    bom = _decode_bom(data)
    if bom is not None:
        return bom
    # Pure-Cyrillic UTF-16 has no NUL bytes at all (high byte 0x04), so test the pattern always.
    utf16 = _decode_bomless_utf16(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise InputError("binary data (NUL bytes)", name=name)
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _decode_mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    legacy = _decode_cyrillic(data)
    if legacy is not None:
        return legacy
    other = _decode_other(data)
    if other is not None:
        return other
    raise InputError("cannot decode text", name=name)


def _decode_bom(data: bytes) -> tuple[str, str, list[str]] | None:
    # UTF-32 LE's BOM starts with UTF-16 LE's, so test the longer ones first.
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    )
    for bom, codec, label in boms:
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            warnings = [] if label == "utf-8" else [f"decoded as {label}"]
            bad = text.count("\ufffd")
            if bad:
                warnings.append(f"{bad} invalid byte sequence(s) replaced")
            return text, label, warnings
    return None


def _decode_bomless_utf16(data: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-16 without BOM: NUL bytes almost all on one parity (ASCII and Cyrillic high bytes)."""
    if len(data) < 4 or len(data) % 2 or (data[0] not in (0, 4) and data[1] not in (0, 4)):
        return None
    even, odd = data[0::2], data[1::2]
    for codec, zeros_in, other in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        # Cyrillic in UTF-16 has 0x04 as the high byte, ASCII has 0x00.
        high_ok = (zeros_in.count(0) + zeros_in.count(4)) / len(zeros_in)
        if high_ok > 0.9 and other.count(0) < len(other) * 0.1:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            return text, "utf-16", ["decoded as utf-16"]
    return None


def _decode_mostly_utf8(data: bytes) -> tuple[str, str, list[str]] | None:
    """UTF-8 with a few broken bytes (truncated scrape, a stray byte): keep it UTF-8."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    if good >= 20 * bad:
        return text, "utf-8", [f"{bad} invalid UTF-8 byte sequence(s) replaced"]
    return None


def _decode_cyrillic(data: bytes) -> tuple[str, str, list[str]] | None:
    import charset_normalizer  # lazy: only legacy-encoded input needs it

    proposed: str | None = None
    try:
        best = charset_normalizer.from_bytes(data, cp_isolation=list(_CN_NAMES)).best()
    except Exception:  # a detector failure must not lose the document; our own scoring decides
        best = None
    if best is not None:
        proposed = _CN_NAMES.get(best.encoding)

    scored: list[tuple[float, str, str]] = []
    for encoding in CYRILLIC_ENCODINGS:
        text = data.decode(encoding, errors="replace")
        score = cyrillic_plausibility(text[:_SAMPLE])
        if encoding == proposed:
            score += 0.02  # the detector breaks near-ties (koi8-r vs koi8-u on Ukrainian letters)
        scored.append((score, encoding, text))
    # max() keeps the first of equal scores, so CYRILLIC_ENCODINGS order breaks exact ties.
    score, encoding, text = max(scored, key=lambda item: item[0])
    if score < 0.4:
        return None
    warnings = [f"decoded as {encoding}"]
    bad = text.count("\ufffd")
    if bad:
        warnings.append(f"{bad} undecodable byte(s) replaced")
    return text, encoding, warnings


def _decode_other(data: bytes) -> tuple[str, str, list[str]] | None:
    import charset_normalizer

    try:
        best = charset_normalizer.from_bytes(data).best()
    except Exception:  # detector failure: report as undecodable rather than crash
        return None
    if best is None:
        return None
    text = str(best)
    letters = sum(1 for ch in text[:_SAMPLE] if ch.isalpha())
    if letters < 0.3 * len(text[:_SAMPLE].strip() or " "):
        return None
    encoding = best.encoding.replace("_", "-")
    return text, encoding, [f"decoded as {encoding}"]


def cyrillic_plausibility(text: str) -> float:
    """How much ``text`` looks like real Cyrillic prose, from 0 to 1.

    The product of the Cyrillic share of letters, the share of words with a normal case
    pattern, the share of letters among the most frequent Russian/Bulgarian ones (about
    85% in real prose, far less when a wrong code page shuffles the letters), and a penalty
    for symbols, which a wrong code page makes of letters.
    """
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    cyrillic = [ch for ch in letters if "\u0400" <= ch <= "\u04ff"]
    if not cyrillic:
        return 0.0
    cyrillic_share = len(cyrillic) / len(letters)
    frequent_share = sum(1 for ch in cyrillic if ch in _FREQUENT) / len(cyrillic)
    words = _WORD.findall(text)
    normal = sum(1 for w in words if w.islower() or w.isupper() or (w[0].isupper() and w[1:].islower()))
    case_share = normal / len(words) if words else 0.0
    # A wrong code page turns some letters into symbols (box drawing, math signs, U+FFFD).
    symbols = sum(1 for ch in text if unicodedata.category(ch)[0] == "S" or ch == "\ufffd")
    symbols += len(_GLUED_PUNCT.findall(text))
    symbol_factor = max(0.0, 1.0 - 5.0 * symbols / len(letters))
    return cyrillic_share * case_share * frequent_share * symbol_factor


def _control_share(text: str) -> float:
    sample = text[:_SAMPLE]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    return controls / len(sample)
