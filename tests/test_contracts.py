"""The shipped JSON Schemas match the models; a shortlist is exactly its declared type."""

import json

import pytest

from matcher.contracts.schemas import SCHEMA_DIR, SCHEMA_MODELS, json_schema
from matcher.service import ShortlistResponse


def test_shipped_json_schemas_are_current():
    for name in SCHEMA_MODELS:
        shipped = json.loads((SCHEMA_DIR / f"{name}.json").read_text())
        assert shipped == json_schema(name), (
            "run: python -c 'from matcher.contracts.schemas import write_schemas; "
            "write_schemas()'")


@pytest.mark.parametrize("rank_by", ["fit", "reach", "share"])
def test_every_shortlist_is_a_valid_shortlist_response(matcher, rank_by):
    for name in sorted(matcher.segments):
        body = json.loads(matcher.shortlist(name, k=10, rank_by=rank_by).to_json())
        parsed = ShortlistResponse.model_validate(body)
        assert parsed.model_dump(mode="json").keys() == body.keys()
        for record, declared in zip(body["results"], parsed.results, strict=True):
            assert set(record) == set(declared.model_fields_set), "undeclared or unset field"


def test_lookalikes_are_a_valid_shortlist_response(matcher):
    first = sorted(matcher.snapshot.catalogue.ids)[0]
    ShortlistResponse.model_validate(json.loads(matcher.lookalikes(first, k=5).to_json()))
