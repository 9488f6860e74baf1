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
  headline) is dropped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from visitparse.document import char_span, set_entities
from visitparse.extract.context import DASHES, Cue, TextView
from visitparse.extract.regions import get_resolver
from visitparse.lang.vocab import get_vocabulary

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
    if not vocab.surname_endings:
        return
    found = [span for cue in view.cues(vocab.positions) for span in _name_after(view, cue, lang)]
    if found:
        taken = {(s.start_char, s.end_char) for s in found}
        kept = [e for e in view.ents if not any(e.start_char < b and a < e.end_char for a, b in taken)]
        view.index_entities(set_entities(doc, kept + found))


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
    i = cue.last
    while i < len(words) and i - cue.last <= MAX_GAP and view.sents[i] == cue.sent:
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
    if not text.casefold().endswith(tuple(view.vocab.surname_endings)):
        return None
    if _is_place(view, run[0], run[-1], lang):
        return None
    return char_span(view.doc, start, end, "PER", text)


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
        if not _is_name_word(view.text[view.starts[i] : view.ends[i]]):
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
