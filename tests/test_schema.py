"""The pydantic contract: what it accepts, what it refuses, and its JSON Schema."""

import json

import pytest
from pydantic import ValidationError

from visitparse.schema import Article, Entity, Region, Visit, json_schema


def test_contract_field_names_in_json() -> None:
    article = Article(
        doc_id="ru-1",
        language="ru",
        published="2025-02-10",
        visits=[
            Visit(
                start_date="2025-02-07",
                end_date="2025-02-07",
                regions=[Region(code="RU-ORE", name="Оренбургская область", role="host")],
            )
        ],
        entities=[Entity(start=0, end=9, label="DATE", text="7 февраля", lemma="7 февраля")],
    )
    data = article.model_dump(mode="json")
    assert data["schema_version"] == "1"
    assert set(data) >= {"schema_version", "doc_id", "language", "published", "visits", "entities"}
    visit = data["visits"][0]
    assert set(visit) >= {"start_date", "end_date", "regions", "officials", "institutions"}
    assert visit["regions"][0] == {
        "code": "RU-ORE",
        "name": "Оренбургская область",
        "role": "host",
        "evidence": [],
    }
    json.dumps(data)  # serializable as is


@pytest.mark.parametrize("date", ["2025-02-07", "XXXX-02-07"])
def test_accepts_iso_and_edtf_dates(date: str) -> None:
    assert Visit(start_date=date, end_date=date).start_date == date


@pytest.mark.parametrize("date", ["07.02.2025", "2025-13-01", "2025-02-32", "XXXX-2-7", "2025"])
def test_refuses_other_dates(date: str) -> None:
    with pytest.raises(ValidationError):
        Visit(start_date=date, end_date=date)


def test_accepts_an_open_end_and_refuses_a_missing_start_or_reversed_range() -> None:
    assert Visit(start_date="2025-02-07", end_date=None).end_date is None
    with pytest.raises(ValidationError):
        Visit(start_date=None, end_date="2025-02-07")
    with pytest.raises(ValidationError):
        Visit(start_date="2025-02-08", end_date="2025-02-07")


@pytest.mark.parametrize("code", ["RU-ORE", "BG-18", "BY", "KZ-ALA"])
def test_region_codes(code: str) -> None:
    assert Region(code=code, name="x").code == code


@pytest.mark.parametrize("code", ["ORE", "ru-ore", "RU_ORE", ""])
def test_refuses_bad_region_codes(code: str) -> None:
    with pytest.raises(ValidationError):
        Region(code=code, name="x")


def test_refuses_unknown_role_and_label() -> None:
    with pytest.raises(ValidationError):
        Region(code="BG-02", name="Бургас", role="visitor")
    with pytest.raises(ValidationError):
        Entity(start=0, end=3, label="GPE", text="abc", lemma="abc")


def test_entity_offsets_must_fit_text() -> None:
    with pytest.raises(ValidationError):
        Article(language="bg", entities=[Entity(start=0, end=5, label="LOC", text="Русе", lemma="Русе")])
    article = Article(
        language="bg", entities=[Entity(start=2, end=6, label="LOC", text="Русе", lemma="Русе")]
    )
    article.check_offsets("в Русе")
    with pytest.raises(ValueError):
        article.check_offsets("в Бургас")


def test_json_schema_describes_contract() -> None:
    schema = json_schema()
    assert schema["title"] == "Article"
    assert {"visits", "entities", "language", "published"} <= set(schema["properties"])
    assert "Visit" in schema["$defs"] and "Official" in schema["$defs"]
