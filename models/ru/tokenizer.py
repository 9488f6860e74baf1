"""Russian tokenizer tweaks used when the pipeline is built.

News text glues words together ("ТАСС.Москва", "/ТАСС/", "1)Франция"), which the
stock ``spacy.blank("ru")`` tokenizer keeps as one token, so the mentions inside
them could never be found. The extra affix rules are saved with the tokenizer,
so the trained pipeline needs no code to load.
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from visitparse.lang.bg.annotator import use_numpy_gemm

# A full stop between a word and a capital or opening quote: a missing space.
_INFIXES = [
    r"(?<=[\w])\.(?=[А-ЯЁA-Z„\"«])",
    r"(?<=[\w])[/)](?=[\w])",
    r"(?<=[\"“”»])\((?=[\w])",
    r"(?<=[\w])[«»](?=[\w])",
]
_PREFIXES = [r"/"]
_SUFFIXES = [r"/"]


def tweak_tokenizer(nlp: Language) -> Language:
    """Add the Russian news affix rules to ``nlp.tokenizer`` in place."""
    defaults = nlp.Defaults
    nlp.tokenizer.prefix_search = compile_prefix_regex(_PREFIXES + list(defaults.prefixes or [])).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(_SUFFIXES + list(defaults.suffixes or [])).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(_INFIXES + list(defaults.infixes or [])).finditer
    return nlp


@spacy.registry.callbacks("visitparse.ru_tokenizer.v1")
def make_tweak() -> object:
    """Config callback (``[initialize.before_init]``) applying :func:`tweak_tokenizer`."""

    def before_init(nlp: Language) -> Language:
        # Train with numpy's BLAS as the Bulgarian annotator runs (about twice blis's speed here).
        use_numpy_gemm(nlp)
        return tweak_tokenizer(nlp)

    return before_init


# Registers the natasha_ner_tags factory for `spacy train --code models/ru/tokenizer.py`.
import visitparse.lang.ru.natasha_tags  # noqa: E402,F401
