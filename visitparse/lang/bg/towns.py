"""Bulgarian towns that the NER leaves out or calls a body or a person.

The trained NER learnt places from world news: capitals and big cities it knows, but a small
Bulgarian town written bare ("в Троян", "кметът на Поморие") it may tag ORG, PER or nothing,
and then the town is neither a region nor a municipality's seat. The gazetteer knows every town.
This component, run after the domain rules, makes LOC of one capitalized word that is a
Bulgarian town and stands alone: no capitalized neighbour that would make it part of a longer
name ("Троян Петров", "Велико Търново"), no opening quote before it (a firm named after its
town), and not inside a longer entity. A word the model took for a person stays a person when
it is also a given name ("Елена" is a town and a name).
"""

from __future__ import annotations

import functools

import numpy
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from visitparse.extract.regions import WEAK, load_table_data
from visitparse.lang.arrays import in_sorted
from visitparse.lang.bg.domain_words import OPEN_QUOTES
from visitparse.lang.names import given_names

COMPONENT = "visitparse_bg_towns"
_KINDS = frozenset({"city", "region", "settlement"})
_NOT_A_NAME = frozenset({"столицата"})  # "the capital": a common noun that starts sentences


@Language.factory(COMPONENT)
def make_town_rule(nlp: Language, name: str) -> TownRule:
    """spaCy factory for :class:`TownRule`."""
    return TownRule()


class TownRule:
    """Pipeline component relabelling lone Bulgarian town names as LOC (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # Hash lookups over the whole doc at once: most documents name no town.
        hits = numpy.flatnonzero(in_sorted(doc.to_array("LOWER"), _town_hashes())).tolist()
        towns = [i for i in hits if doc[i].is_title and doc[i].is_alpha]
        if not towns:
            return doc
        ents = list(doc.ents)
        changed = False
        by_start = {e.start: e for e in ents}
        for i in towns:
            ent = by_start.get(i)
            inside = doc[i].ent_iob_ == "I" or (ent is not None and len(ent) > 1)
            if inside or not _alone(doc, i) or (ent is not None and not _relabel(ent)):
                continue
            if ent is not None:
                ents.remove(ent)
            ents.append(Span(doc, i, i + 1, label="LOC"))
            changed = True
        if changed:
            doc.set_ents(sorted(ents, key=lambda s: s.start), default="outside")
        return doc


def _relabel(ent: Span) -> bool:
    """Whether the model's one-word entity on a town gives way: ORG always, PER unless a given name."""
    if ent.label_ == "ORG":
        return True
    return ent.label_ == "PER" and ent.text.casefold() not in given_names("bg")


def _capitalized_word(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and not token.is_stop


def _alone(doc: Doc, i: int) -> bool:
    """No capitalized word next to the town, and no opening quote before it."""
    if i > 0 and (_capitalized_word(doc[i - 1]) or doc[i - 1].text in OPEN_QUOTES):
        return False
    return not (i + 1 < len(doc) and _capitalized_word(doc[i + 1]))


@functools.cache
def town_names() -> frozenset[str]:
    """Lower-case one-word names of Bulgarian towns and provinces (no everyday words or surnames)."""
    data = load_table_data("bg")
    entries = data["entries"]
    names = set()
    for form, idx in data["forms"].items():
        codes, kind, flags = entries[idx]
        if (
            " " in form
            or "-" in form
            or "." in form
            or flags & WEAK
            or kind not in _KINDS
            or form in _NOT_A_NAME
        ):
            continue
        if all(code.startswith("BG-") for code in codes.split("|")):
            names.add(form)
    return frozenset(names)


@functools.cache
def _town_hashes() -> numpy.ndarray:
    return numpy.array(sorted(get_string_id(name) for name in town_names()), dtype="uint64")
