"""Russian tokenizer tweaks used when the pipeline is built (see ``models/news_tokenizer.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import news_tokenizer

INFIXES = [r"(?<=[\"“”»])\((?=[\w])", r"(?<=[\w])[«»](?=[\w])"]


def tweak_tokenizer(nlp: Language) -> Language:
    """Add the Russian news affix rules to ``nlp.tokenizer`` in place."""
    return news_tokenizer.tweak_tokenizer(nlp, INFIXES)


@spacy.registry.callbacks("visitparse.ru_tokenizer.v1")
def make_tweak() -> object:
    """Config callback (``[initialize.before_init]``) applying :func:`tweak_tokenizer`."""
    return news_tokenizer.before_init(INFIXES)


# Registers the natasha_ner_tags factory for `spacy train --code models/ru/tokenizer.py`.
import visitparse.lang.ru.natasha_tags  # noqa: E402,F401
