"""Words about persons that the entity repairs and the official filter share.

Each language module ``visitparse.lang.<lang>.person_words`` gives a
:class:`PersonWords`; the given names of both languages also come from
``visitparse/data/given_names.txt.gz`` (built by ``scripts/build_given_names.py``).
"""

from __future__ import annotations

import functools
import gzip
import importlib
from dataclasses import dataclass, field
from importlib import resources

from visitparse.lang.vocab import PhraseSet


@dataclass(frozen=True)
class PersonWords:
    """What a language says about who is a person and who takes part."""

    # Given names the shared list lacks (case-folded): common names of the language.
    given_names: frozenset[str] = frozenset()
    # Nouns that make a "person" mention a place or a body ("Република Египет").
    place_nouns: frozenset[str] = frozenset()
    # Words that introduce the author or photographer of the article ("Автор:").
    byline_cues: frozenset[str] = frozenset()
    # Phrases before the name of someone a place or prize is named after ("носит имя").
    namesake_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Phrases before someone (and their title) the article only refers to: whose order set up
    # the visiting commission ("със заповед на областния управител X"), who sent a greeting.
    reference_cues: PhraseSet = field(default_factory=lambda: PhraseSet.of([]))
    # Words for clergy before a name (lower case, without a dot): a priest goes by one name ("отец Владимир").
    clergy_titles: frozenset[str] = frozenset()
    # Starts of a deputy's title, lower case, longest first ("заместник-" of "заместник-кмет").
    deputy_prefixes: tuple[str, ...] = ()


@functools.cache
def get_person_words(lang: str) -> PersonWords:
    """The :class:`PersonWords` of ``lang``; empty for a language without a module."""
    try:
        module = importlib.import_module(f"visitparse.lang.{lang}.person_words")
    except ModuleNotFoundError:
        return PersonWords()
    words: PersonWords = module.WORDS
    return words


@functools.cache
def given_names(lang: str) -> frozenset[str]:
    """Case-folded given names (``ё`` as ``е``) known for ``lang``."""
    path = resources.files("visitparse").joinpath("data", "given_names.txt.gz")
    shared = gzip.decompress(path.read_bytes()).decode("utf-8").split() if path.is_file() else []
    return frozenset(shared) | get_person_words(lang).given_names
