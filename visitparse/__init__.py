"""visitparse: structured records of official visits from Russian and Bulgarian news.

>>> import visitparse
>>> article = visitparse.parse("7 февраля делегацию из Башкирии принимал министр ...")
>>> article.model_dump(mode="json")["visits"]  # doctest: +SKIP

The public API is :func:`parse`, :class:`Parser` and the schema models.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib.metadata import PackageNotFoundError, version

from visitparse.parser import ParseInput, Parser
from visitparse.schema import Article, Entity, Evidence, Institution, Official, Region, Visit, json_schema

try:
    __version__ = version("visitparse")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.0.0"

__all__ = [
    "Article",
    "Entity",
    "Evidence",
    "Institution",
    "Official",
    "ParseInput",
    "Parser",
    "Region",
    "Visit",
    "__version__",
    "json_schema",
    "parse",
]


@cache
def _default_parser() -> Parser:
    return Parser()


def parse(
    text: str,
    *,
    published: str | dt.date | None = None,
    doc_id: str | None = None,
    lang: str | None = None,
) -> Article:
    """Parse one article with the shared default :class:`Parser`.

    See :meth:`Parser.parse` for the arguments. ``.model_dump(mode="json")`` on
    the result gives the JSON contract.
    """
    return _default_parser().parse(text, published=published, doc_id=doc_id, lang=lang)
