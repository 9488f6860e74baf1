"""Bulgarian tokenizer tweaks used when the pipeline is built (see ``models/news_tokenizer.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import news_tokenizer

INFIXES = [r"(?<=[\"“”])\((?=[\w])"]


def tweak_tokenizer(nlp: Language) -> Language:
    """Add the Bulgarian news affix rules to ``nlp.tokenizer`` in place."""
    return news_tokenizer.tweak_tokenizer(nlp, INFIXES)


@spacy.registry.callbacks("visitparse.bg_tokenizer.v1")
def make_tweak() -> object:
    """Config callback (``[initialize.before_init]``) applying :func:`tweak_tokenizer`."""
    return news_tokenizer.before_init(INFIXES)
