"""Entity mentions the NER missed, split, cut or invented, repaired from their context.

A general-news NER is weakest exactly where visit news names its officials
and bodies: right after a position and its organization ("кмета на Община
Русе Росица Пенчева"), where the name is missed or taken for a place, and in
names of bodies that end in a two-word town ("Община Велико Търново"). This
step runs on the annotated ``Doc`` before visit assembly, for every language:

* a mention cut inside a place name ("Община Велико | Търново") is completed
  through the gazetteer;
* two or three capitalized words after a position (and its organization),
  ending in a surname form of the language, become a person;
* two person mentions with only a space between ("Павлом Игоревичем" +
  "Сорокиным") become one;
* a one-word "person" that is a capitalized common noun ("Домакин" opening a
  headline) is dropped;
* persons are cut and found with given names (:mod:`visitparse.lang.names`) and
  positions: see :func:`_repair_persons`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from itertools import compress

from spacy.tokens import Doc, Span

from visitparse.document import char_span, set_entities
from visitparse.extract.context import DASHES, Cue, TextView
from visitparse.extract.regions import get_resolver
from visitparse.lang.names import get_person_words, given_names
from visitparse.lang.vocab import get_vocabulary
from visitparse.langid import common_words

# Words between a position and the name: its organization, place and links ("на Община Русе").
MAX_GAP = 12
_QUOTES = frozenset('«»„“”"')


def repair_entities(doc: Doc, lang: str, view: TextView | None = None) -> None:
    """Repair the entities of ``doc`` in place (see the module docstring).

    ``view``, if given, is a :class:`TextView` of ``doc``; it is kept up to date.
    """
    vocab = get_vocabulary(lang)
    if view is None:
        view = TextView(doc, vocab, lang)
    ents = _complete_places(doc, list(view.ents), lang, view)
    ents = _merge_adjacent(view.text, ents)
    text = view.text
    ents = [e for e in ents if not (e.label_ == "PER" and _text(text, e).casefold() in vocab.non_names)]
    view.index_entities(set_entities(doc, ents))
    _add_entities(view, _whole_quoted_names(view, vocab.legal_forms))
    if not vocab.surname_endings:
        return
    found = [span for cue in view.cues(vocab.positions) for span in _name_after(view, cue, lang)]
    _add_entities(view, found)
    _add_entities(view, [s for cue in view.cues(vocab.positions) for s in _name_closing_org(view, cue, lang)])
    _repair_persons(view, lang)


def _add_entities(view: TextView, found: list[Span]) -> None:
    """Put ``found`` into the document, in place of the entities they overlap."""
    if not found:
        return
    taken = {(s.start_char, s.end_char) for s in found}
    kept = [e for e in view.ents if not any(e.start_char < b and a < e.end_char for a, b in taken)]
    view.index_entities(set_entities(view.doc, kept + found))


def _complete_places(doc: Doc, ents: list[Span], lang: str, view: TextView) -> list[Span]:
    """Extend ORG and LOC mentions that end inside a place name ("Община Горна" + "Оряховица")."""
    resolver = get_resolver()
    # Token attributes and texts from arrays and the text: a Token object per look costs more.
    alpha = view.token_flags("IS_ALPHA")
    out: list[Span] = []
    for n, ent in enumerate(ents):
        label, start, stop = ent.label_, ent.start, ent.end
        if label not in ("ORG", "LOC") or stop == start:
            out.append(ent)
            continue
        limit = ents[n + 1].start if n + 1 < len(ents) else len(doc)
        best = ent
        for extra in (1, 2):
            end = stop + extra
            if end > limit or not all(alpha[stop:end]):
                break
            place = view.token_text(stop - 1, end)
            if "  " in place or not place.replace(" ", "").isalpha():
                break
            match = resolver.resolve(place, lang)
            if match is not None and len(match.matched) >= len(place) - 1:
                best = Span(doc, start, end, label=label)
                name = ent._.lemma or _text(view.text, ent)
                best._.lemma = f"{name} {view.token_text(stop, end)}"
        out.append(best)
        if label == "ORG":
            # Past a closing bracket: "... (ЦСРИ) – Горна Оряховица".
            closing = best.end < limit and view.token_text(best.end, best.end + 1) == ")"
            at = best.end + 1 if closing else best.end
            after = _place_after_dash(doc, at, limit, lang, view)
            if after is not None:
                out.append(after)
    return out


def _place_after_dash(doc: Doc, i: int, limit: int, lang: str, view: TextView) -> Span | None:
    """The town written after a body's name and a dash ("ЦСРИ – Горна Оряховица"), as LOC."""
    if i + 1 >= limit or view.token_text(i, i + 1) not in DASHES:
        return None
    alpha, title = view.token_flags("IS_ALPHA"), view.token_flags("IS_TITLE")
    for width in (2, 1):
        end = i + 1 + width
        if end > limit or not all(alpha[k] and title[k] for k in range(i + 1, end)):
            continue
        words = view.token_text(i + 1, end)
        match = get_resolver().resolve(words, lang)
        if match is not None and len(match.matched) >= len(words) - 1:
            span = Span(doc, i + 1, end, label="LOC")
            span._.lemma = words
            return span
    return None


# How long a quoted company name may be for a part of it to stand for the whole.
MAX_QUOTED_NAME = 60
_QUOTE_MARKS = '«»„“”"'


def _whole_quoted_names(view: TextView, legal_forms: frozenset[str]) -> list[Span]:
    """Organizations the NER cut to a word of their quoted name or to their legal form
    ("„Български | ВиК | холдинг“ | ЕАД"): the quoted name with the legal form beside it."""
    text = view.text
    found: list[Span] = []
    for ent in view.ents:
        if ent.label_ != "ORG" or any(f.start_char <= ent.start_char < f.end_char for f in found):
            continue
        quoted = _quotes_around(text, ent.start_char, ent.end_char)
        if quoted is None and _text(text, ent) in legal_forms:
            # "„Х“ ЕАД" with only the legal form found: the name is the quote just before.
            before = text[: ent.start_char].rstrip(" ")
            if before and before[-1] in _CLOSING_QUOTES | _EITHER_QUOTES:
                quoted = _quotes_around(text, len(before) - 1, len(before) - 1)
        if quoted is None:
            continue
        start, end = _with_legal_form(text, *quoted, legal_forms)
        # Only a name the NER cut: its whole quoted name alone ("«Букет»") adds nothing but marks.
        if text[start:end].strip(_QUOTE_MARKS) != _text(text, ent).strip(_QUOTE_MARKS):
            span = char_span(view.doc, start, end, "ORG", text[start:end])
            if span is not None:
                found.append(span)
    return found


def _quotes_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The quoted name (marks included) that chars ``[start, end)`` lie in, on one line."""
    opener = max(text.rfind(q, max(0, start - MAX_QUOTED_NAME), start) for q in '„«“"')
    if opener < 0 or not inside_quotes(text, opener + 1):
        return None
    closer = min(
        (k for k in (text.find(q, end, opener + MAX_QUOTED_NAME) for q in '“”»"') if k >= 0), default=-1
    )
    if closer < 0 or "\n" in text[opener:closer] or any(q in text[opener + 1 : closer] for q in "„«"):
        return None
    if not text[opener + 1 : opener + 2].isupper():
        return None  # a quoted phrase, not a name
    return opener, closer + 1


def _with_legal_form(text: str, start: int, end: int, legal_forms: frozenset[str]) -> tuple[int, int]:
    """``[start, end)`` grown over a legal form right before or after it ("ООО «Х»", "„Х“ ЕАД")."""
    after = text[end : end + 8].split(maxsplit=1)
    if text[end : end + 1] == " " and after and after[0].strip(",.;:") in legal_forms:
        end = end + 1 + len(after[0].strip(",.;:"))
    before = text[max(0, start - 8) : start].rsplit(maxsplit=1)
    if text[start - 1 : start] == " " and before and before[-1] in legal_forms:
        start = start - 1 - len(before[-1])
    return start, end


def _text(text: str, span: Span) -> str:
    """``span.text``, sliced from the document's text (Span.text joins its tokens)."""
    return text[span.start_char : span.end_char]


def _merge_adjacent(text: str, ents: list[Span]) -> list[Span]:
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PER"
            and text[prev.end_char : ent.start_char] == " "
        ):
            merged = char_span(ent.doc, prev.start_char, ent.end_char, "PER", f"{prev._.lemma} {ent._.lemma}")
            if merged is not None:
                out[-1] = merged
                continue
        out.append(ent)
    return out


def _is_name_word(text: str) -> bool:
    return len(text) >= 2 and text[0].isupper() and text[1:].replace("-", "").islower()


def _is_caps_surname(text: str) -> bool:
    """A surname in capitals, as some press styles write it ("Хамфрей ГЕЙСЕБ"); not an acronym."""
    return len(text) >= 4 and text.isalpha() and text.isupper()


def _surname_like(view: TextView, text: str) -> bool:
    return _is_caps_surname(text) or text.casefold().endswith(tuple(view.vocab.surname_endings))


def _name_after(view: TextView, cue: Cue, lang: str) -> list[Span]:
    """A name the NER missed right after the position ``cue``, as a new ``PER`` span.

    A town it left out on the way ("ЦСРИ – Горна Оряховица") comes back as ``LOC``.
    """
    places: list[Span] = []
    found = _walk_to_name(view, cue, lang, places)
    return [*places, found] if found is not None else []


def _walk_to_name(view: TextView, cue: Cue, lang: str, places: list[Span]) -> Span | None:
    doc, words, vocab = view.doc, view.words, view.vocab
    ent_of = view.ent_of_word
    skip = vocab.titles | vocab.org_links | vocab.org_anaphors | DASHES
    linked = False  # past "на": lower-case words name the portfolio ("министър на околната среда")
    i = cue.last
    while i < len(words) and i - cue.last <= MAX_GAP and view.sents[i] == cue.sent:
        linked = linked or words[i] in vocab.org_links
        ent = ent_of.get(i)
        if ent is not None and ent.label_ == "PER":
            return None  # the name is already there
        if ent is not None and ent.label_ == "LOC" and _person_like(view, ent, lang):
            return _name_at(view, i, cue.sent, ent_of, lang)  # "Енвер Юсуфов" read as a place
        if ent is not None or words[i] in skip:
            i += 1
            continue
        if words[i] in _QUOTES or view.is_break(i):
            return None
        name = _name_at(view, i, cue.sent, ent_of, lang)
        if name is not None:
            return name
        if linked and words[i].isalpha() and view.text[view.starts[i]].islower():
            i += 1
            continue
        # A town the NER left out of the organization: "ЦСРИ – Горна Оряховица | Зорница ...".
        # Only right after the organization: many villages are named like people ("Добромир").
        after_org = i - 1 in ent_of or words[i - 1] in DASHES
        place_words = next((n for n in (2, 1) if after_org and _is_place(view, i, i + n - 1, lang)), 0)
        if not place_words:
            return None
        start, end = view.starts[i], view.ends[i + place_words - 1]
        place = char_span(doc, start, end, "LOC")
        if place is not None:
            places.append(place)
        i += place_words
    return None


def _name_at(view: TextView, i: int, sent: int, ent_of: dict[int, Span], lang: str) -> Span | None:
    """Two or three capitalized words from ``i`` that end in a surname, as a ``PER`` span."""
    run = _capitalized_run(view, i, sent, ent_of)
    if not 2 <= len(run) <= 3:
        return None
    start, end = view.starts[run[0]], view.ends[run[-1]]
    text = view.text[start:end]
    if not (_surname_like(view, view.text[view.starts[run[-1]] : end]) or _closed_pair(view, run, lang)):
        return None
    if _is_place(view, run[0], run[-1], lang):
        return None
    return char_span(view.doc, start, end, "PER", text)


# Words after which a name after a title has ended: "... аташе на посолството Ая Отаки.", "... Ион Попа, ...".
_NAME_CLOSERS = frozenset({".", ",", ";", ":", "и", "(", ")", "-", "–", "—"})


def _closed_pair(view: TextView, run: list[int], lang: str) -> bool:
    """Two name words that end the title's phrase, a foreign name without a surname form of the
    language ("кметът на Община Кособа Ион Попа,"): no place noun among them and a clause end
    (or the sentence's end) right after them."""
    if len(run) != 2:
        return False
    nxt = run[-1] + 1
    closed = (
        nxt >= len(view.words) or view.sents[nxt] != view.sents[run[-1]] or view.words[nxt] in _NAME_CLOSERS
    )
    nouns = get_person_words(lang).place_nouns
    # A common word of the language that is no given name makes a phrase ("... Пролетна Среща").
    common, names = common_words(lang), given_names(lang)
    return closed and not any(
        view.words[k] in nouns or (view.words[k] in common and view.words[k] not in names) for k in run
    )


def _name_closing_org(view: TextView, cue: Cue, lang: str) -> list[Span]:
    """The name a body's mention took in after a dash, right after a title: "директора на
    Службата за ... - ОЛАФ - Джовани Кеслер" is the body and the director's name."""
    j = cue.last
    if j < len(view.words) and view.words[j] in view.vocab.org_links:
        j += 1
    org = view.ent_of_word.get(j)
    if org is None or org.label_ != "ORG" or view.word_span(org)[0] != j:
        return []
    first, last = view.word_span(org)
    dash = max((k for k in range(first + 1, last - 2) if view.words[k] in DASHES), default=None)
    if dash is None or last - dash - 1 != 2:
        return []
    run = [dash + 1, dash + 2]
    if not all(_is_name_word(view.text[view.starts[k] : view.ends[k]]) for k in run):
        return []
    if _is_place(view, run[0], run[-1], lang):
        return []  # "ЦСРИ – Горна Оряховица": the body's town
    body = _with_words(view, org, 0, len(view.text[org.start_char : view.ends[dash - 1]].split()), "ORG")
    person = char_span(
        view.doc, view.starts[run[0]], org.end_char, "PER", view.text[view.starts[run[0]] : org.end_char]
    )
    return [span for span in (body, person) if span is not None]


def _is_place(view: TextView, first: int, last: int, lang: str) -> bool:
    if first < 0 or last >= len(view.words):
        return False
    text = view.text[view.starts[first] : view.ends[last]]
    place = get_resolver().resolve(text, lang)
    return place is not None and len(place.matched) >= len(text) - 2


def _capitalized_run(view: TextView, i: int, sent: int, ent_of: dict[int, Span]) -> list[int]:
    """Word indices of up to four capitalized words from ``i`` (four: too long for a name)."""
    run: list[int] = []
    while i < len(view.words) and len(run) < 4 and view.sents[i] == sent:
        ent = ent_of.get(i)
        # A place or a surname alone ("Зорница | Белчева") may be part of the name.
        if ent is not None and not (ent.label_ == "LOC" or (ent.label_ == "PER" and run)):
            break
        word = view.text[view.starts[i] : view.ends[i]]
        if not (_is_name_word(word) or (run and _is_caps_surname(word))):
            break
        run.append(i)
        i += 1
    return run if len(run) < 4 else []


def _person_like(view: TextView, ent: Span, lang: str) -> bool:
    words = ent.text.split()
    return (
        2 <= len(words) <= 3
        and all(_is_name_word(w) for w in words)
        and ent.text.casefold().endswith(tuple(view.vocab.surname_endings))
        and get_resolver().resolve(ent.text, lang) is None
    )


# Words before a person's mention that make its first word a place: "кметът на Стражица Румен Павлов".
_PLACE_LEADS = frozenset(
    {"на", "в", "във", "от", "град", "гр", "село", "с", "города", "г", "община", "област", "район", "района"}
)
# Punctuation between a name and the position written after it ("Иван Петров, кмет на ...").
_APPOSITION_MARKS = frozenset({",", "-", "–", "—"})
# How many capitalized words a name may have; a longer run is a title or a body's name.
MAX_NAME_WORDS = 3


def _repair_persons(view: TextView, lang: str) -> None:
    """Person mentions fixed and found with the help of given names and positions.

    * a mention that runs into the position after it ("Иван Петров - областен") is cut
      at the dash; one that starts with the town of a position before it ("кметът на
      Стражица Румен Павлов") loses the town, which becomes a place;
    * a surname alone after a known given name ("Павлина" + "Бонева") takes the given name;
    * a given name followed by a surname form ("Ирена Соколова"), outside quotes, is a
      person wherever the NER missed it or took it for a place or a body;
    * two or three capitalized words right before a comma or dash and a position
      ("Фатма Бенли Ялчън, омбудсман на ...") are a person;
    * so are two or three after a person and "и" or a comma, ending in a surname form
      ("кметовете – Иван Петров и Йон Попеску").
    """
    names = given_names(lang)
    fixed = [
        span for ent in view.ents if ent.label_ == "PER" for span in _fixed_person(view, ent, names, lang)
    ]
    fixed += [
        span
        for ent in view.ents
        if ent.label_ == "LOC"
        for span in _name_after_place(view, ent, names, lang) or _person_read_as_place(view, ent, lang)
    ]
    _add_entities(view, fixed)
    _add_entities(view, _given_name_runs(view, names, lang))
    _add_entities(
        view, [s for cue in view.cues(view.vocab.positions) if (s := _name_before(view, cue, lang))]
    )
    _add_entities(view, _names_in_lists(view, lang))


def _with_words(view: TextView, ent: Span, first: int, last: int, label: str = "PER") -> Span | None:
    """Words ``[first, last)`` of the mention ``ent`` as a new span, its lemma cut the same way."""
    words = view.text[ent.start_char : ent.end_char].split()
    lemma_words = str(ent._.lemma or "").split()
    start = ent.start_char + view.text[ent.start_char : ent.end_char].index(words[first])
    end = start + len(" ".join(words[first:last]))
    lemma = " ".join(lemma_words[first:last]) if len(lemma_words) == len(words) else None
    return char_span(view.doc, start, end, label, lemma)


def _fixed_person(view: TextView, ent: Span, names: frozenset[str], lang: str) -> list[Span]:
    """``ent`` cut before a dash and a lower-case word, without a leading town, or with its given name."""
    words = view.text[ent.start_char : ent.end_char].split()
    cut = next(
        (k for k in range(1, len(words) - 1) if words[k] in DASHES and words[k + 1][:1].islower()),
        len(words),
    )
    lead = (
        len(words[:cut]) >= MAX_NAME_WORDS
        and view.word_before(ent.start_char) in _PLACE_LEADS
        and _whole_place(words[0], lang)
        and words[1].casefold().replace("ё", "е") in names
    )
    if cut == len(words) and not lead:
        return (
            _with_given_name(view, ent, names, lang)
            or _with_surname_after(view, ent, lang)
            or _given_name_from_place(view, ent, lang)
        )
    out = [_with_words(view, ent, 1 if lead else 0, cut)]
    if lead:
        out.append(_with_words(view, ent, 0, 1, "LOC"))
    return [span for span in out if span is not None]


def _with_given_name(view: TextView, ent: Span, names: frozenset[str], lang: str) -> list[Span]:
    """A one-word person mention extended over the given name right before it.

    The given name is a known one, or, before a surname form ("Велислава Петрова"), any
    capitalized word inside the sentence that is neither an everyday word nor a place: the
    list of given names is never complete.
    """
    first, last = view.word_span(ent)
    if last - first != 1 or first == 0 or view.sents[first - 1] != view.sents[first]:
        return []
    before = view.text[view.starts[first - 1] : view.ends[first - 1]]
    if (
        first - 1 in view.ent_of_word
        or not _is_name_word(before)
        or view.text[view.ends[first - 1] : ent.start_char] != " "
    ):
        return []
    if view.words[first - 1] not in names and not _unlisted_given_name(view, first - 1, ent, lang):
        return []
    lemma = f"{before} {ent._.lemma or view.text[ent.start_char : ent.end_char]}"
    span = char_span(view.doc, view.starts[first - 1], ent.end_char, "PER", lemma)
    return [span] if span is not None else []


def _with_surname_after(view: TextView, ent: Span, lang: str) -> list[Span]:
    """A one-word person mention extended over the capitalized word right after it, inside the
    sentence, that is no place and no title: the NER found only the given name of a foreign one
    ("Михаела" of "Михаела Попеску"). Inside a sentence such a capital is a name."""
    first, last = view.word_span(ent)
    if last - first != 1 or last >= len(view.words) or view.sents[last] != view.sents[first]:
        return []
    after = view.text[view.starts[last] : view.ends[last]]
    if (
        last in view.ent_of_word
        or not _is_name_word(after)
        or view.text[ent.end_char : view.starts[last]] != " "
        or view.vocab.positions.match_at(view.words, last) is not None
        or _whole_place(after, lang)
    ):
        return []
    lemma = f"{ent._.lemma or view.text[ent.start_char : ent.end_char]} {after}"
    span = char_span(view.doc, ent.start_char, view.ends[last], "PER", lemma)
    return [span] if span is not None else []


def _person_read_as_place(view: TextView, ent: Span, lang: str) -> list[Span]:
    """A one-word "place" that no gazetteer knows, before a capitalized word that is no place
    either: a person's given name and surname ("Марта" + "Новак")."""
    first, last = view.word_span(ent)
    if last - first != 1 or not _is_name_word(view.text[ent.start_char : ent.end_char]):
        return []
    if _whole_place(view.text[ent.start_char : ent.end_char], lang):
        return []
    return _with_surname_after(view, ent, lang)  # the new span is a person's


def _unlisted_given_name(view: TextView, k: int, ent: Span, lang: str) -> bool:
    """Whether word ``k``, before the one-word person ``ent``, is a given name missing from the list."""
    if not _surname_like(view, view.text[ent.start_char : ent.end_char]):
        return False
    if k == 0 or view.sents[k - 1] != view.sents[k]:
        return False  # a capital opening the sentence says nothing
    word = view.text[view.starts[k] : view.ends[k]]
    return view.words[k] not in common_words(lang) and not _whole_place(word, lang)


def _name_after_place(view: TextView, ent: Span, names: frozenset[str], lang: str) -> list[Span]:
    """A place mention that ran on into the name after it ("… и Тракия Аристидис Янакидис"): the
    place, and the last two words as a person when they are a given name or end in a surname form."""
    words = view.text[ent.start_char : ent.end_char].split()
    if len(words) < MAX_NAME_WORDS or not all(_is_name_word(w) for w in words[-2:]):
        return []
    if words[-2].casefold() not in names and not _surname_like(view, words[-1]):
        return []
    head = " ".join(words[:-2])
    if not _whole_place(head, lang) or _whole_place(" ".join(words), lang):
        return []
    place = _with_words(view, ent, 0, len(words) - 2, "LOC")
    person = _with_words(view, ent, len(words) - 2, len(words))
    return [span for span in (place, person) if span is not None]


def _given_name_from_place(view: TextView, ent: Span, lang: str) -> list[Span]:
    """A one-word surname whose given name a place mention took in ("в Сливен Бисерка" + "Василева"):
    the place is cut back to its whole name and the person gets the word."""
    first, last = view.word_span(ent)
    place = view.ent_of_word.get(first - 1) if first > 0 else None
    if last - first != 1 or place is None or place.label_ != "LOC" or place.end_char + 1 != ent.start_char:
        return []
    words = view.text[place.start_char : place.end_char].split()
    if len(words) < 2 or not _is_name_word(words[-1]) or not _surname_like(view, ent.text):
        return []
    head = " ".join(words[:-1])
    if not _whole_place(head, lang) or _whole_place(" ".join(words), lang):
        return []
    given = view.starts[first - 1]
    lemma = f"{words[-1]} {ent._.lemma or ent.text}"
    person = char_span(view.doc, given, ent.end_char, "PER", lemma)
    town = _with_words(view, place, 0, len(words) - 1, "LOC")
    return [span for span in (town, person) if span is not None]


def _whole_place(text: str, lang: str) -> bool:
    place = get_resolver().resolve(text, lang)
    return place is not None and len(place.matched) >= len(text) - 1


def _given_name_runs(view: TextView, names: frozenset[str], lang: str) -> list[Span]:
    """Given name + surname form ("Ирена Соколова") where no person mention covers it.

    A place or body mention that ran on into the name ("Свиленград Росица", "Община – Иван")
    is cut back to end before it.
    """
    found: list[Span] = []
    words, text = view.words, view.text
    next_free = 0
    # Only given names outside person mentions start a run: found in one C-level pass.
    for i in compress(range(len(words)), map(names.__contains__, words)):
        if i < next_free or i in view.person_words:
            continue
        run = _name_run(view, i)
        trimmed = _cut_before(view, run) if len(run) >= 2 else None
        if (
            trimmed is not None
            and (
                _surname_like(view, text[view.starts[run[-1]] : view.ends[run[-1]]])
                or _closed_pair(view, run, lang)
            )
            and not inside_quotes(text, view.starts[i])
            and not _is_place(view, run[0], run[-1], lang)
        ):
            start, end = view.starts[run[0]], view.ends[run[-1]]
            span = char_span(view.doc, start, end, "PER", text[start:end])
            if span is not None:
                found += [span, *trimmed]
                next_free = run[-1] + 1
    return found


def _name_run(view: TextView, i: int) -> list[int]:
    """Up to three name-shaped words from ``i`` in one sentence (none if the run goes on)."""
    run: list[int] = []
    while (
        i < len(view.words)
        and len(run) <= MAX_NAME_WORDS
        and view.sents[i] == view.sents[run[0] if run else i]
    ):
        word = view.text[view.starts[i] : view.ends[i]]
        if not (_is_name_word(word) or (run and _is_caps_surname(word))):
            break
        run.append(i)
        i += 1
    return run if len(run) <= MAX_NAME_WORDS else []


def _cut_before(view: TextView, run: list[int]) -> list[Span] | None:
    """The entities that reach into ``run`` from the left, cut to end before it.

    ``None`` when an entity goes on past the run: the words are part of a longer name.
    Entities inside the run are left to be replaced.
    """
    cut: list[Span] = []
    seen: set[int] = set()
    for i in run:
        ent = view.ent_of_word.get(i)
        if ent is None or id(ent) in seen:
            continue
        seen.add(id(ent))
        first, last = view.word_span(ent)
        if last > run[-1] + 1:
            return None
        if first < run[0]:
            keep = [k for k in range(first, run[0]) if view.words[k].isalpha()]
            if not keep or ent.label_ == "PER":
                return None
            n = len(view.text[ent.start_char : view.ends[keep[-1]]].split())
            span = _with_words(view, ent, 0, n, ent.label_)
            if span is not None:
                cut.append(span)
    return cut


# Words that join the names of a list ("Иван Петров и Йон Попеску").
_LIST_LINKS = frozenset({"и", ","})


def _names_in_lists(view: TextView, lang: str) -> list[Span]:
    """Names after a person mention and "и" or a comma, ending in a surname form."""
    found: list[Span] = []
    for ent in view.ents:
        if ent.label_ != "PER":
            continue
        _, last = view.word_span(ent)
        i = last + 1
        if i >= len(view.words) or view.words[last] not in _LIST_LINKS or view.sents[i] != view.sents[last]:
            continue
        run = _name_run(view, i)
        if (
            len(run) >= 2
            and all(j not in view.ent_of_word for j in run)
            and _surname_like(view, view.text[view.starts[run[-1]] : view.ends[run[-1]]])
            and not _is_place(view, run[0], run[-1], lang)
        ):
            start, end = view.starts[run[0]], view.ends[run[-1]]
            span = char_span(view.doc, start, end, "PER", view.text[start:end])
            if span is not None:
                found.append(span)
    return found


def _name_before(view: TextView, cue: Cue, lang: str) -> Span | None:
    """Capitalized words before ", <position>" that no entity covers, as a person."""
    mark = cue.first - 1
    if mark < 2 or view.words[mark] not in _APPOSITION_MARKS or view.sents[mark] != cue.sent:
        return None
    run: list[int] = []
    k = mark - 1
    while k >= 0 and view.sents[k] == cue.sent and len(run) <= MAX_NAME_WORDS:
        word = view.text[view.starts[k] : view.ends[k]]
        if k in view.ent_of_word or not (_is_name_word(word) or _is_caps_surname(word)):
            break
        run.insert(0, k)
        k -= 1
    if not 2 <= len(run) <= MAX_NAME_WORDS or not _is_name_word(
        view.text[view.starts[run[0]] : view.ends[run[0]]]
    ):
        return None
    nouns = get_person_words(lang).place_nouns
    if any(view.words[j] in nouns or view.vocab.positions.match_at(view.words, j) for j in run):
        return None
    sentence_start = run[0] == 0 or view.sents[run[0] - 1] != cue.sent
    names = given_names(lang)
    if sentence_start and len(run) > 2 and view.words[run[0]] not in names and view.words[run[1]] in names:
        run, sentence_start = run[1:], False  # "Домакините Георгий Чикликчи, директор на ..."
    last = view.text[view.starts[run[-1]] : view.ends[run[-1]]]
    if sentence_start and not (view.words[run[0]] in names or _surname_like(view, last)):
        return None
    if _is_place(view, run[0], run[-1], lang) or inside_quotes(view.text, view.starts[run[0]]):
        return None
    start, end = view.starts[run[0]], view.ends[run[-1]]
    return char_span(view.doc, start, end, "PER", view.text[start:end])


_OPENING_QUOTES = frozenset("«„")
_CLOSING_QUOTES = frozenset("»”")
_EITHER_QUOTES = frozenset('“"')  # closes an open quote, else opens one
# How far back the opening quote of a name inside quotes may be ("„Проф. д-р Иван Петров“"),
# and how far back on its line quotes are paired (a scraped text may be one long line).
MAX_QUOTE_REACH = 40
MAX_QUOTE_SCAN = 1000


def inside_quotes(text: str, char: int) -> bool:
    """Whether ``char`` lies inside quotation marks opened shortly before it on its line.

    Quotes nest („Клуб „Приятели““) and scraped text mixes its marks ('„..."', "«...»"),
    so "“" and '"' close an open quote and open one otherwise; an opening mark far back
    opens no facility's name.
    """
    start = max(text.rfind("\n", 0, char) + 1, char - MAX_QUOTE_SCAN)
    marks = _quote_marks(text)
    opened: list[int] = []
    # Only the quotation marks of [start, char) change ``opened``: visit those alone.
    for k in marks[bisect_left(marks, start) : bisect_left(marks, char)]:
        ch = text[k]
        if ch in _OPENING_QUOTES or (ch in _EITHER_QUOTES and _opens(text, k, bool(opened))):
            opened.append(k)
        elif opened and (ch in _CLOSING_QUOTES or ch in _EITHER_QUOTES):
            opened.pop()
    return bool(opened) and char - opened[-1] <= MAX_QUOTE_REACH


def _opens(text: str, k: int, any_open: bool) -> bool:
    """Whether the two-way quotation mark at ``k`` opens a quote: after a space and before a word
    it does, glued to a word's end it closes one; else it closes an open quote. Counting alone
    goes wrong where the scan starts between two marks of a pair (a long line)."""
    before = text[k - 1] if k else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    if (before.isspace() or before in "([") and after.isalnum():
        return True
    if before.isalnum() and not after.isalnum():
        return False
    return not any_open


_QUOTE_MARK = re.compile("[" + "".join(sorted(_OPENING_QUOTES | _CLOSING_QUOTES | _EITHER_QUOTES)) + "]")


@functools.lru_cache(maxsize=4)
def _quote_marks(text: str) -> list[int]:
    """The offsets of every quotation mark in ``text``, found once per document (the steps ask
    :func:`inside_quotes` about many words of the same text)."""
    return [m.start() for m in _QUOTE_MARK.finditer(text)]
