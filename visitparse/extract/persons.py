"""Which named persons take part in the story: bylines, namesakes and people only referred to
are named, not present ("Автор: Мария Петрова", "школа имени Ивана Петрова", "със заповед на
министъра Иван Петров"); a capitalized common noun or a place is no person at all."""

from __future__ import annotations

from spacy.tokens import Span

from visitparse.extract.context import TextView
from visitparse.extract.entities import inside_quotes
from visitparse.lang.names import PersonWords

OPEN_QUOTES = ("«", "„", '"')
CLOSE_QUOTES = ("»", "“", "”", '"')


def quoted_name(view: TextView, ent: Span) -> bool:
    text = view.text
    before = text[max(0, ent.start_char - 4) : ent.start_char]
    return any(q in before for q in OPEN_QUOTES) and text[ent.end_char : ent.end_char + 1] in CLOSE_QUOTES


# Lower-case particles inside foreign names ("Александър де Кроо", "Урсула фон дер Лайен").
NAME_PARTICLES = frozenset(
    {"де", "ди", "да", "дел", "дер", "ден", "дос", "ду", "дю", "фон", "ван", "ла", "ле", "бин", "ибн", "ал"}
)


def looks_like_name(name: str, place_nouns: frozenset[str] = frozenset()) -> bool:
    """Capitalized words (a particle between them may be lower case), none of them a place noun
    ("Република Египет" is a country, "Източна Македония" a region) or an acronym before the last
    word ("ГККП Маказа" is a border post)."""
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    inner = set(words[1:-1])
    return (
        bool(words)
        and all(w[0].isupper() or (w in inner and w in NAME_PARTICLES) for w in words)
        and not any(w.casefold().replace("ё", "е") in place_nouns for w in words)
        and not any(_acronym(w) for w in words[:-1])
    )


def _acronym(word: str) -> bool:
    """A word in capitals that is no initial: an acronym ("ГККП"), not "И." or "Г.К."."""
    letters = word.replace(".", "").replace("-", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper() and "." not in word


# The longest agency name in a credit after a name ("Мария Петрова, БТА/").
MAX_AGENCY_CHARS = 20
# How far before a name a namesake cue ("носит имя") may stand.
_CUE_REACH = 3
# "от имени губернатора ...": on someone's behalf, not named after them.
_ON_BEHALF = frozenset({"от"})


def not_a_participant(view: TextView, ent: Span, words: PersonWords, titles: frozenset[int]) -> bool:
    """A person the article only names: its author, or someone a place is named after.

    "Автор: Мария Петрова", "/Мария Петрова, БТА/", "Иван Петров / ТАСС", a name alone on its
    line: a byline; "носит имя художника Ивана Петрова", "в памет на ...", "паметника на ...":
    a namesake; „Проф. Иван Петров“: a facility named after someone. ``titles`` are the words
    of the document's job titles.
    """
    text = view.text
    if inside_quotes(text, ent.start_char) or original_spelling(view, ent):
        return True
    credited = text[max(0, ent.start_char - 4) : ent.start_char].rstrip(" ").endswith("/")
    if credited or _credit_after(text, ent.end_char) or _alone_on_line(text, ent):
        return True  # a dateline or photo credit: "/Мария Петрова, БТА/", "Иван Петров / ТАСС"
    first, _ = view.word_span(ent)
    # "Автор: Мария Петрова", "Фото:\nИван Петров": the cue and a colon right before the name.
    if first >= 2 and view.words[first - 1] == ":" and view.words[first - 2] in words.byline_cues:
        return True
    return _namesake(view, first, words, titles)


def original_spelling(view: TextView, ent: Span) -> bool:
    """A name in Latin letters in brackets right after a person's name in Cyrillic: the same
    person's original spelling ("Билл Смит (Bill Smith)"), not a second participant."""
    if not ent.text.isascii():
        return False
    before = view.text[: ent.start_char].rstrip()
    if not before.endswith("("):
        return False
    name_end = len(before[:-1].rstrip())
    return any(
        other.label_ == "PER" and other.end_char == name_end and not other.text.isascii()
        for other in view.ents
    )


# Marks around a name alone on its line ("- Мария Петрова").
_LINE_MARKS = " \t-–—•*·|,."
MAX_LINE_LOOK = 200  # chars looked at before and after a name's line
MAX_NAME_LINE_WORDS = 6  # words of a list item line above a name
# How far back from a name a namesake cue may stand over the name's rank and other namesakes
# ("паметниците на Васил Левски и на Христо Ботев", "памятнику Маршалу Советского Союза Г.К. Жукову").
MAX_NAMESAKE_WORDS = 8
_NAMESAKE_LINKS = frozenset({"и", "на", ","})


def _alone_on_line(text: str, ent: Span) -> bool:
    """A name that is a whole line by itself: an author's or editor's line, not a participant,
    who is named with a title or an act."""
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    end = len(text) if end < 0 else end
    if text[start : ent.start_char].strip(_LINE_MARKS) or text[ent.end_char : end].strip(_LINE_MARKS):
        return False
    # Not an item of a list under a header ("Участници:"), nor a name whose title is the next line.
    following = text[end : end + MAX_LINE_LOOK].lstrip()
    return not _under_header(text, start) and not following[:1].islower()


def _under_header(text: str, start: int) -> bool:
    """Whether the line at ``start`` follows a line ending in a colon over short lines only."""
    above = text[max(0, start - MAX_LINE_LOOK) : start].splitlines()
    for line in reversed(above):
        line = line.strip()
        if line.endswith(":"):
            return True
        if len(line.split()) > MAX_NAME_LINE_WORDS:
            return False
    return False


def _namesake(view: TextView, first: int, words: PersonWords, titles: frozenset[int]) -> bool:
    """Whether the name at word ``first`` is someone a place, street or monument is named after.

    The cue stands a few words before the name with no job title between ("носит имя художника
    X"; not "у памятника губернатор X"), or before it over capitalized words, links and other
    names only.
    """
    cues = [
        c for c in view.cues(words.namesake_cues) if c.first == 0 or view.words[c.first - 1] not in _ON_BEHALF
    ]
    if any(
        first - _CUE_REACH <= c.last <= first and not any(i in titles for i in range(c.last, first))
        for c in cues
    ):
        return True
    sent, text = view.sents[first], view.text
    k = first
    while k > 0 and first - k < MAX_NAMESAKE_WORDS and view.sents[k - 1] == sent and k - 1 not in titles:
        word = view.words[k - 1]
        if not (word in _NAMESAKE_LINKS or k - 1 in view.person_words or text[view.starts[k - 1]].isupper()):
            break
        k -= 1
    if any(c.first < k <= c.last <= first for c in cues):
        return True
    return _referred_to(view, first, words, titles)


def _referred_to(view: TextView, first: int, words: PersonWords, titles: frozenset[int]) -> bool:
    """Whether a reference cue stands right before the name's title ("със заповед на областния
    управител X"): the person set something up or sent something, and takes no part."""
    k = first
    while k > 0 and first - k < MAX_NAMESAKE_WORDS and k - 1 in titles:
        k -= 1
    return k < first and any(
        c.last == k and c.sent == view.sents[first] for c in view.cues(words.reference_cues)
    )


def _credit_after(text: str, char: int) -> bool:
    """Whether a slash follows ``char``, or a comma, one short word (an agency) and a slash."""
    rest = text[char : char + MAX_AGENCY_CHARS + 8].lstrip(" ")
    if rest.startswith(","):
        agency = rest[1:].lstrip(" ")
        cut = agency.find("/")
        return 0 < cut <= MAX_AGENCY_CHARS and not any(c in agency[:cut].strip() for c in " ,\n")
    return rest.startswith("/")
