"""Bulgarian tokenizer tweaks used when the pipeline is built (see ``models/news_tokenizer.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import spacy
from spacy.language import Language

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import news_tokenizer

INFIXES = [r"(?<=[\"“”])\((?=[\w])"]
# Added to the shipped tokenizer only (train.py installs it), so that the training run of the
# shipped model stays what it was: list items flattened from HTML glue their punctuation to
# the next item ("специалисти;- Иван", "Русе:- ...").
SHIPPED_INFIXES = [*INFIXES, r"(?<=[^\W\d_])[;:](?=[^\s\d])"]


def tweak_tokenizer(nlp: Language) -> Language:
    """Add the Bulgarian news affix rules to ``nlp.tokenizer`` in place."""
    return news_tokenizer.tweak_tokenizer(nlp, INFIXES)


def install_tokenizer(pipeline: Path) -> None:
    """Give the installed pipeline at ``pipeline`` the shipped affix rules (:data:`SHIPPED_INFIXES`)."""
    nlp = spacy.load(pipeline)
    news_tokenizer.tweak_tokenizer(nlp, SHIPPED_INFIXES)
    nlp.tokenizer.to_disk(pipeline / "tokenizer", exclude=["vocab"])


@spacy.registry.callbacks("visitparse.bg_tokenizer.v1")
def make_tweak() -> object:
    """Config callback (``[initialize.before_init]``) applying :func:`tweak_tokenizer`."""
    return news_tokenizer.before_init(INFIXES)
