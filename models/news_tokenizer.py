"""Affix rules for glued news text, shared by the training recipes of ``models/bg`` and ``models/ru``.

News text glues words together ("БТА.Франция", "/ТАСС/", "6)Великобритания"), which the
stock ``spacy.blank`` tokenizers keep as one token, so the mentions inside them could never
be found. The rules are saved with the tokenizer, so a trained pipeline needs no code to load.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from visitparse.lang.bg.annotator import use_numpy_gemm

# A full stop between a word and a capital or opening quote: a missing space.
INFIXES = [
    r"(?<=[\w])\.(?=[А-ЯЁA-Z„\"«])",
    r"(?<=[\w])[/)](?=[\w])",
]
PREFIXES = [r"/"]
SUFFIXES = [r"/"]


def tweak_tokenizer(nlp: Language, infixes: Sequence[str]) -> Language:
    """Add the news affix rules (and the language's ``infixes``) to ``nlp.tokenizer`` in place."""
    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex(PREFIXES + list(defaults.prefixes or [])).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(SUFFIXES + list(defaults.suffixes or [])).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        INFIXES + list(infixes) + list(defaults.infixes or [])
    ).finditer
    return nlp


def before_init(infixes: Sequence[str]) -> Callable[[Language], Language]:
    """The ``[initialize.before_init]`` callback: numpy's BLAS (as the annotators run, about
    twice blis's speed here) and the affix rules."""

    def apply(nlp: Language) -> Language:
        use_numpy_gemm(nlp)
        return tweak_tokenizer(nlp, infixes)

    return apply
