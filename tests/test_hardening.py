"""Inputs that answered 500, or 200 with nothing useful, now answer 4xx naming the field, or
say why the answer is what it is."""

import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.api.routes.reports import negotiate
from tests.conftest import EDITOR_KEY, READER_KEY
from tests.test_live import live  # noqa: F401  (the fixture)

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}


@pytest.fixture(scope="module")
def api(settings, matcher):
    with TestClient(create_app(settings, matcher=matcher)) as client:
        yield client


@pytest.mark.parametrize("field, raw", [("followers", "1e400"), ("avg_views", "Infinity"),
                                        ("followers", "-Infinity")])
def test_an_infinite_count_is_rejected_naming_it(live, field, raw):  # noqa: F811
    values = {"followers": "1000", "avg_views": "10", field: raw}
    row = ('{"id": "inf-1", "platform": "instagram", "engagement_rate": 0.05, '
           + ", ".join(f'"{k}": {v}' for k, v in values.items()) + "}")
    with TestClient(create_app(live.settings, matcher=live)) as client:
        json_type = {**EDITOR, "content-type": "application/json"}
        bulk = client.post("/v1/influencers:bulk", content=f"[{row}]", headers=json_type)
        assert bulk.status_code == 200, bulk.text  # a bulk answers with its rejects
        assert bulk.json()["accepted"] == 0 and bulk.json()["rejects"][0]["field"] == field
        put = client.put("/v1/influencers/inf-1", content=row, headers=json_type)
        assert put.status_code == 422 and field in put.text, put.text


def test_infinite_or_nan_country_weights_are_a_422(api):
    for raw in (b'{"segment": {"countries": {"US": Infinity}}}',
                b'{"segment": {"countries": {"US": NaN}}}'):
        response = api.post("/v1/shortlists", content=raw,
                            headers={**READER, "content-type": "application/json"})
        assert response.status_code == 422, response.text
        assert "countries" in response.json()["detail"]


def test_weights_on_factors_the_segment_lacks_are_a_422(api):
    response = api.post("/v1/shortlists", headers=READER, json={
        "segment": {"countries": ["US"]}, "weights": {"audience_match": 0, "affinity": 0,
                                                      "engagement": 0, "credibility": 0,
                                                      "age": 1.0}})
    assert response.status_code == 422 and response.json()["field"] == "weights"


def test_a_segment_targeting_nothing_says_so(api):
    response = api.post("/v1/shortlists", headers=READER, json={"segment": {}, "k": 3})
    assert response.status_code == 200
    assert "targets no audience factor" in response.json()["warnings"][0]


def test_a_short_list_says_how_many_passed_the_filters(api):
    response = api.post("/v1/shortlists", headers=READER, json={
        "segment": {"countries": ["US"], "filters": {"followers": {"min": 10**12}}}, "k": 5})
    assert response.status_code == 200 and response.json()["results"] == []
    assert "only 0 creators pass" in response.json()["warnings"][-1]


def test_a_chunked_body_over_the_limit_is_a_413(settings, matcher):
    small = settings.model_copy(update={"max_body_bytes": 1000})
    with TestClient(create_app(small, matcher=matcher)) as client:
        def chunks():
            for _ in range(10):
                yield b" " * 500
        response = client.post("/v1/shortlists", content=chunks(),
                               headers={**READER, "content-type": "application/json"})
        assert response.status_code == 413, response.text
        assert response.json()["type"].endswith("body-too-large")
        ok = client.post("/v1/shortlists", content=iter([b'{"segment_id": ',
                                                         b'"eco-parents-na", "k": 1}']),
                         headers={**READER, "content-type": "application/json"})
        assert ok.status_code == 200, ok.text


@pytest.mark.parametrize("accept, expected", [("application/pdf;q=1.2.3", "pdf"),
                                              ("application/pdf;q=0.5, text/html", "html"),
                                              ("text/html;q=0.1, application/pdf", "pdf"),
                                              ("*/*;q=abc", "html")])
def test_a_malformed_quality_value_counts_as_one(accept, expected):
    assert negotiate(accept) == expected


def test_an_impossible_segment_population_is_a_422(api):
    body = (b'{"campaign": {"name": "x", "segments": ["eco-parents-na"], "k": 2, '
            b'"segment_population": 1' + b"0" * 400 + b'}}')
    response = api.post("/v1/reports", content=body,
                        headers={**READER, "content-type": "application/json"})
    assert response.status_code == 422, response.text
