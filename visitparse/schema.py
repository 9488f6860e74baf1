"""The output contract: pydantic models of a parsed article.

Field names and meanings follow the shared ``SCHEMA.md`` contract; the models
add optional detail (confidence, evidence, warnings) without changing it.
``Article.model_json_schema()`` gives the JSON Schema (``visitparse schema``).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Side = Literal["host", "guest"]
EntityLabel = Literal["PER", "ORG", "LOC", "DATE"]
SCHEMA_VERSION: Literal["1"] = "1"

_DATE = re.compile(r"^(?:\d{4}|XXXX)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
_ISO_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
# ISO 3166-2 subdivision (RU-ORE, BG-18) or, abroad, ISO 3166-1 alpha-2 (BY).
_REGION_CODE = re.compile(r"^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Evidence(_Model):
    """A character span of the article that supports an extracted item."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Region(_Model):
    """A region taking part in a visit, as an ISO 3166-2 subdivision."""

    code: str = Field(description="ISO 3166-2 subdivision, or ISO 3166-1 alpha-2 abroad")
    name: str = Field(description="Official name of the subdivision, nominative")
    role: Side | None = Field(default=None, description="host, guest or null when unclear")
    evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("code")
    @classmethod
    def _code(cls, value: str) -> str:
        if not _REGION_CODE.match(value):
            raise ValueError(f"not an ISO 3166 code: {value!r}")
        return value


class Official(_Model):
    """A named person taking part in a visit."""

    name: str = Field(min_length=1, description="Full name in the nominative")
    position: str | None = Field(default=None, description="Job title, nominative, without organization")
    organization: str | None = Field(default=None, description="Organization represented, nominative")
    side: Side | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Institution(_Model):
    """An organization or facility taking part in or visited during a visit."""

    name: str = Field(min_length=1, description="Nominative; Bulgarian without the definite article")
    visited: bool | None = Field(default=None, description="True when the visitors went to it")
    evidence: list[Evidence] = Field(default_factory=list)


class Visit(_Model):
    """One visit, trip or delegation reported by the article."""

    start_date: str | None = Field(
        default=None, description="YYYY-MM-DD, or XXXX-MM-DD when the year is unknowable"
    )
    end_date: str | None = None
    regions: list[Region] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    institutions: list[Institution] = Field(default_factory=list)
    date_evidence: list[Evidence] = Field(default_factory=list)

    @field_validator("start_date", "end_date")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is not None and not _DATE.match(value):
            raise ValueError(f"date must be YYYY-MM-DD or XXXX-MM-DD: {value!r}")
        return value

    @model_validator(mode="after")
    def _range(self) -> Visit:
        # "arrived on 5 September": a first day with no last day is an open end (SCHEMA.md).
        if self.start_date is None and self.end_date is not None:
            raise ValueError("end_date is set without start_date")
        same_year = self.start_date and self.end_date and self.start_date[:4] == self.end_date[:4]
        if same_year and self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        return self


class Entity(_Model):
    """A named-entity mention: ``text == article_text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    label: EntityLabel
    text: str
    lemma: str


class Article(_Model):
    """The parse of one article: the top-level JSON contract."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    doc_id: str | None = None
    language: str = Field(description="ISO 639-1 code; only ru and bg are parsed into visits")
    language_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    published: str | None = Field(default=None, description="Publication date YYYY-MM-DD or null")
    url: str | None = Field(default=None, description="Source URL, from the archive or the HTML page")
    title: str | None = Field(default=None, description="Headline, from the archive or the HTML page")
    visits: list[Visit] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    nested_entities: list[Entity] = Field(
        default_factory=list,
        description="Names inside the names of `entities`: the place in 'Правительство Китая'",
    )
    warnings: list[str] = Field(default_factory=list)

    @field_validator("published")
    @classmethod
    def _published(cls, value: str | None) -> str | None:
        if value is not None and not _ISO_DATE.match(value):
            raise ValueError(f"published must be YYYY-MM-DD: {value!r}")
        return value

    @model_validator(mode="after")
    def _entities_ordered(self) -> Article:
        for ent in self.entities:
            if ent.end <= ent.start or len(ent.text) != ent.end - ent.start:
                raise ValueError(f"entity offsets do not match its text: {ent!r}")
        keys = [(e.start, e.end) for e in self.entities]
        if keys != sorted(keys):
            raise ValueError("entities must be in text order")
        return self

    def check_offsets(self, text: str) -> None:
        """Raise ``ValueError`` unless every entity's offsets give its text in ``text``."""
        for ent in self.entities:
            if text[ent.start : ent.end] != ent.text:
                raise ValueError(f"entity {ent.text!r} does not match text at {ent.start}:{ent.end}")


def json_schema() -> dict[str, object]:
    """The JSON Schema of :class:`Article`."""
    return Article.model_json_schema()
