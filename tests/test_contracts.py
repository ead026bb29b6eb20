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


def test_refined_shortlists_declare_their_performance_block(matcher):
    from matcher.feedback import refined_shortlist

    body = json.loads(refined_shortlist(matcher, "eco-parents-na", 5,
                                        "expected_value_per_dollar").to_json())
    parsed = ShortlistResponse.model_validate(body)
    for record, declared in zip(body["results"], parsed.results, strict=True):
        assert set(record) == set(declared.model_fields_set)
        assert declared.performance is not None
        assert set(record["performance"]) == set(declared.performance.model_fields_set)


def test_openapi_documents_the_performance_fields_and_their_units(settings, matcher):
    from matcher.api.app import create_app

    schemas = create_app(settings, matcher=matcher).openapi()["components"]["schemas"]
    record = schemas["CreatorRecord"]["properties"]["performance"]
    assert {"$ref": "#/components/schemas/Performance"} in record["anyOf"]
    fields = schemas["Performance"]["properties"]
    assert {"posts", "conversions", "segment_members_reached", "predicted_rate",
            "posterior_rate", "rate_interval", "expected_conversions",
            "conversions_interval", "expected_value_per_dollar"} <= set(fields)
    assert "per segment member" in fields["posterior_rate"]["description"]
    assert "USD" in fields["expected_value_per_dollar"]["description"]
