"""Domain rules for Bulgarian visit news, run after the statistical NER.

The NER model is trained on world news and rarely sees social-service
facilities, municipalities as bodies, villages written "с. Просторно" or
people introduced as "д-р". These rules add them:

* facility and public-body names as whole ORG spans: a head from
  :mod:`~visitparse.lang.bg.domain_words` ("Център", "Дневен център",
  "Дирекция", "Областна администрация" ...) extended over the lowercase words
  of its name ("за настаняване от семеен тип за ..."), an optional quoted
  proper name ("„Св. Петка“") and, for bodies, a place ("– Разград");
* named funding programmes and plans ("Плана за възстановяване и устойчивост",
  "Програма „Развитие на човешките ресурси“") as PRO, which the annotator
  does not output: the rule only keeps the model from calling "Плана" a place;
* "Община Разград" as ORG;
* facility abbreviations ("ЦСРИ") as ORG;
* the name after "с." / "гр." / "село" as LOC (the marker stays outside,
  as in the training corpus);
* the name after a title ("д-р", "проф.", "г-жа") as PER, the title outside.

Overwrite policy (tested in tests/test_bg_annotator.py): a rule span replaces
every model entity it overlaps -- the rules are narrow and know the whole name,
while the model tends to cut facility names or call their places LOC -- except
that a model ORG strictly containing a rule ORG is kept when it does not end on
a function word, a place marker or punctuation (the model saw a longer name the
rules do not know: "Министерството на ... на Обединеното кралство").
"""

from __future__ import annotations

import functools

import numpy as np
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from visitparse.extract.regions import get_resolver
from visitparse.lang.arrays import in_sorted
from visitparse.lang.bg import facilities
from visitparse.lang.bg.domain_words import (
    ABBREVIATIONS,
    CLOSE_QUOTES,
    COMPLEMENT_HEADS,
    DASHES,
    LINK_WORDS,
    OPEN_QUOTES,
    PERSON_TITLES,
    PROGRAMME_HEADS,
    SETTLEMENT_MARKERS,
    STANDALONE_HEADS,
    TAIL_WORDS,
)

COMPONENT = "visitparse_bg_domain"
_MAX_QUOTED = 8  # tokens inside a quoted proper name
_MAX_NAME = 4  # tokens in a person's or a settlement's name
# Bodies whose name may end with their seat: "Регионална дирекция ... – Разград".
BODY_NOUNS = frozenset({"дирекция", "дирекцията", "администрация", "администрацията"})


@Language.factory(COMPONENT)
def make_domain_rules(nlp: Language, name: str) -> DomainRules:
    """spaCy factory for :class:`DomainRules`."""
    return DomainRules()


class DomainRules:
    """Pipeline component adding the domain entities to ``doc.ents`` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        spans = find_domain_spans(doc)
        if spans:
            doc.set_ents(merge_entities(list(doc.ents), spans), default="outside")  # as doc.ents = ...
        return doc


def merge_entities(model: list[Span], rules: list[Span]) -> list[Span]:
    """``model`` entities with ``rules`` spans laid over them (the policy in the module docstring)."""
    rules = filter_spans(rules)
    kept_rules = [r for r in rules if not any(_wider_name(m, r) for m in model)]
    out = [m for m in model if not any(m.start < r.end and r.start < m.end for r in kept_rules)]
    return sorted(out + kept_rules, key=lambda s: s.start)


def _wider_name(model: Span, rule: Span) -> bool:
    """True when the model ORG strictly contains the rule ORG and does not end on a stray word."""
    if not (model.label_ == rule.label_ == "ORG" and model.start <= rule.start and rule.end <= model.end):
        return False
    last = model[-1].text.lower()
    stray = last in LINK_WORDS or last in SETTLEMENT_MARKERS or last in PERSON_TITLES or last.isdigit()
    stray = stray or not (last[-1:].isalnum() or last in CLOSE_QUOTES)
    return len(model) > len(rule) and not stray and _names_more(model.doc[rule.end : model.end])


def _names_more(tail: Span) -> bool:
    """Whether the model's words after the rule's name go on naming it: some capitalized word or
    quote ("на Обединеното кралство"), not a place phrase ("на територията на общината"), and no
    second name joined by "и" ("... болница и Националната ... болница")."""
    if not len(tail):
        return True
    words = list(tail)
    second = any(
        t.lower_ == "и" and k + 1 < len(words) and words[k + 1].is_title for k, t in enumerate(words)
    )
    named = any(t.text[:1].isupper() or t.text in OPEN_QUOTES for t in words)
    return named and not second


@functools.cache
def _triggers() -> np.ndarray:
    """Hashes of the lowercase words at which a rule can start (checked in bulk, then one by one)."""
    words = (
        set(_HEADS) | {"община", "общината"} | {a.lower() for a in ABBREVIATIONS} | facilities.trigger_words()
    )
    for marker in SETTLEMENT_MARKERS | PERSON_TITLES:
        words |= {marker, marker.rstrip(".")}
    return np.array(sorted(get_string_id(w) for w in words), dtype="uint64")


def find_domain_spans(doc: Doc) -> list[Span]:
    """All rule matches in ``doc``, possibly overlapping."""
    spans: list[Span] = []
    if not len(doc):
        return spans
    lower = doc.to_array("LOWER")
    after = -1
    for i in np.flatnonzero(in_sorted(lower, _triggers())).tolist():
        if i < after:
            continue
        found = (
            _longest(_facility(doc, i), facilities.find_description(doc, i))
            or _place_body(doc, i)
            or _municipality_name(doc, i)
            or _abbreviation(doc, i)
            or _after_marker(doc, i, SETTLEMENT_MARKERS, "LOC")
            or _after_marker(doc, i, PERSON_TITLES, "PER")
        )
        if found is not None:
            spans.append(found)
            after = found.end
        elif named := facilities.find_named_list(doc, i):
            spans.extend(named)
            after = named[-1].end
    return spans


def _longest(a: Span | None, b: Span | None) -> Span | None:
    """The longer of two candidate names for one head (either may be missing)."""
    if a is None or b is None:
        return a or b
    return b if len(b) > len(a) else a


def _words(doc: Doc, i: int, k: int) -> tuple[str, ...]:
    return tuple(t.lower_ for t in doc[i : i + k])


Head = tuple[tuple[str, ...], bool, str]  # words, needs a complement, label


def _heads_by_first_word() -> dict[str, list[Head]]:
    """Name heads indexed by their first word (longest first), with their needs-complement flag and label."""
    index: dict[str, list[Head]] = {}
    groups = (
        (STANDALONE_HEADS, False, "ORG"),
        (COMPLEMENT_HEADS, True, "ORG"),
        (PROGRAMME_HEADS, True, "PRO"),
    )
    for heads, needs_complement, label in groups:
        for head in heads:
            index.setdefault(head[0], []).append((head, needs_complement, label))
    for entries in index.values():
        entries.sort(key=lambda e: -len(e[0]))
    return index


_HEADS = _heads_by_first_word()


def _facility(doc: Doc, i: int) -> Span | None:
    entries = _HEADS.get(doc[i].lower_)
    if entries is None or not doc[i].is_title:
        return None
    for head, needs_complement, label in entries:
        if _words(doc, i, len(head)) != head:
            continue
        end = i + len(head)
        name_end = _quoted(doc, _tail(doc, end))
        if head[-1] in BODY_NOUNS:
            name_end = _place(doc, name_end)
        if needs_complement and name_end == end:
            return None
        return Span(doc, i, name_end, label=label)
    return None


def _tail(doc: Doc, j: int) -> int:
    """End of the lowercase words continuing a facility name from token ``j``."""
    end = j
    k = j
    while (
        k < len(doc) and (doc[k].lower_ in TAIL_WORDS or doc[k].lower_ in LINK_WORDS) and not doc[k].is_title
    ):
        k += 1
        if doc[k - 1].lower_ in TAIL_WORDS:
            end = k  # a name never ends on a link word
    return end


def _quoted(doc: Doc, j: int) -> int:
    """End of a quoted proper name starting at token ``j`` ("„Св. Петка“"), else ``j``."""
    if j >= len(doc) or doc[j].text not in OPEN_QUOTES:
        return j
    for k in range(j + 1, min(len(doc), j + 2 + _MAX_QUOTED)):
        if doc[k].text in CLOSE_QUOTES:
            return k + 1 if k > j + 1 and doc[j + 1].is_title else j
        if "\n" in doc[k].text:
            return j
    return j


def _place(doc: Doc, j: int) -> int:
    """End of "– Разград" / "Разград" after a body's name at token ``j``, else ``j``."""
    k = j
    if k < len(doc) and doc[k].text in DASHES:
        k += 1
    if k < len(doc) and doc[k].is_title and doc[k].is_alpha and not doc[k].is_sent_start:
        return k + 1
    return j


# Words before a lowercase "община Х" that make it the body acting or sending people, not the
# place where something is ("в община Балчик", "на територията на община Х"): "от община Х",
# "представители на община Х", an adjective of its country ("латвийската община Х").
_BODY_BEFORE = frozenset({"от", "със", "с"})
_SENDERS_BEFORE = frozenset({"представители", "представителите", "делегация", "делегацията", "гости"})


def _place_body(doc: Doc, i: int) -> Span | None:
    """ "Община Разград" as the body; lowercase "община Разград" too where it acts or sends people
    (else it is the place: "в община Разград")."""
    if doc[i].text in {"Община", "Общината"} or (doc[i].text == "община" and _acting_body(doc, i)):
        end = _place(doc, i + 1)
        if end > i + 1 and (doc[i].text != "община" or end == i + 2 or doc[i + 1].text not in DASHES):
            return Span(doc, i, end, label="ORG")
    return None


_MAX_MUNICIPALITY_WORDS = 3


def _municipality_name(doc: Doc, i: int) -> Span | None:
    """The name after a lowercase "община" that is not the body, as LOC when the gazetteer knows
    "община <name>": "кметът на община Гоце Делчев" (the model reads the town's namesake as a person)."""
    if doc[i].text not in {"община", "общината"} or i + 1 >= len(doc) or not doc[i + 1].is_title:
        return None
    resolver = get_resolver()
    for k in range(min(_MAX_MUNICIPALITY_WORDS, len(doc) - i - 1), 0, -1):
        words = doc[i + 1 : i + 1 + k]
        if all(t.is_alpha for t in words) and resolver.lookup(f"община {words.text}", "bg"):
            return Span(doc, i + 1, i + 1 + k, label="LOC")
    return None


def _acting_body(doc: Doc, i: int) -> bool:
    """Whether the lowercase "община" at ``i`` is the body: after "от", a sender's "на" or an adjective."""
    if i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ == "на":
        return i > 1 and doc[i - 2].lower_ in _SENDERS_BEFORE
    adjective = (before.is_lower or bool(before.is_sent_start)) and facilities.is_adjective(before.text)
    return before.lower_ in _BODY_BEFORE or adjective


def _abbreviation(doc: Doc, i: int) -> Span | None:
    """An abbreviation with its quoted name, or the abbreviations and the town after it ("РД ПБЗН Русе")."""
    if doc[i].text not in ABBREVIATIONS:
        return None
    end = _quoted(doc, i + 1)
    if end == i + 1:
        while end < len(doc) and doc[end].text in ABBREVIATIONS:
            end += 1
        if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ == "LOC":
            end += 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        elif end < len(doc) and doc[end].ent_type_ != "PER":
            end = facilities.capitalized_run(doc, end)  # a town the model missed ("ОбС Поморие")
            end = _town_before_person(doc, end)
    return Span(doc, i, end, label="ORG")


def _town_before_person(doc: Doc, j: int) -> int:
    """Past one capitalized word at ``j`` that a person the model found follows: the town of
    "ОбС Поморие | Анна Колева" (the run stops there, taking it for a missed person's name)."""
    town = j + 1 < len(doc) and doc[j].is_title and doc[j].is_alpha and not doc[j].ent_type_
    return j + 1 if town and doc[j + 1].ent_iob_ == "B" and doc[j + 1].ent_type_ == "PER" else j


_SAINT = frozenset({"св"})
_SAINT_DOTTED = frozenset({"св."})


def _after_marker(doc: Doc, i: int, markers: frozenset[str], label: str) -> Span | None:
    """The capitalized name after a marker ("с. Просторно", "д-р Иван Петров"), marker excluded."""
    lower = doc[i].lower_
    start = i + 1
    if lower not in markers:
        # "Доц." and "кв." may come as two tokens.
        if i + 1 < len(doc) and doc[i + 1].text == "." and lower + "." in markers:
            start = i + 2
        else:
            return None
    # Stacked titles: "доц. д-р Иван Петров".
    while start < len(doc) and doc[start].lower_ in markers:
        start += 1
    end = start
    while end < len(doc) and end - start < _MAX_NAME:
        t = doc[end]
        if t.lower_ in _SAINT and end == start and end + 2 < len(doc) and doc[end + 1].text == ".":
            end += 2  # "с. Св. Никола": the saint's abbreviation is part of the name
        elif (t.lower_ in _SAINT_DOTTED and end == start) or (t.is_title and t.is_alpha):
            end += 1
        elif len(t) == 2 and t.text[0].isupper() and t.text[1] == "." and label == "PER":
            end += 1  # an initial: "Г. Стоянов"
        elif (
            t.text in DASHES
            and end > start
            and end + 1 < len(doc)
            and doc[end + 1].is_title
            and not t.whitespace_
        ):
            end += 2  # "Бяла-Слатина"
        else:
            break
    if end == start or not doc[end - 1].is_alpha:
        return None
    return Span(doc, start, end, label=label)
