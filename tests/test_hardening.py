"""Inputs that answered 500, or 200 with nothing useful, now answer 4xx naming the field, or
say why the answer is what it is."""

import json

import numpy as np
import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.api.routes.reports import negotiate
from matcher.contracts.profiles import Influencer
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
    first = response.json()["warnings"][0]
    assert first["code"] == "no-target" and "targets no audience factor" in first["message"]


def test_an_empty_or_short_list_says_which_filter_emptied_it(api, matcher):
    catalogue = matcher.snapshot.catalogue
    on_instagram = int((catalogue.platform == 0).sum())
    response = api.post("/v1/shortlists", headers=READER, json={
        "segment": {"countries": ["US"], "filters": {"followers": {"min": 10**12},
                                                     "platforms": ["instagram"]}}, "k": 5})
    assert response.status_code == 200 and response.json()["results"] == []
    empty = {w["code"]: w["message"] for w in response.json()["warnings"]}["empty"]
    assert (f"followers alone leaves 0, platforms alone leaves {on_instagram:,}"
            in empty)
    big = int(np.sort(catalogue.followers)[-3])
    response = api.post("/v1/shortlists", headers=READER, json={
        "segment": {"countries": ["US"], "filters": {"followers": {"min": big}}}, "k": 5})
    short = {w["code"]: w["message"] for w in response.json()["warnings"]}["short"]
    assert len(response.json()["results"]) == 3
    assert short.startswith("3 of the 5 creators asked for") and "followers alone leaves 3" in short


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
    assert response.json()["field"] == "campaign.segment_population"


def test_oversized_texts_lists_and_phrase_counts_are_422s(api):
    too_long = {"segment": {"description": "x" * 10_001}}
    response = api.post("/v1/shortlists", headers=READER, json=too_long)
    assert response.status_code == 422 and "MATCHER_MAX_TEXT_CHARS" in response.text
    assert response.json()["field"] == "segment.description"
    for count in (51, 10_000):
        phrases = {"segment": {"interests": [f"phrase {i}" for i in range(count)]}}
        response = api.post("/v1/shortlists", headers=READER, json=phrases)
        assert response.status_code == 422 and "MATCHER_MAX_INTEREST_PHRASES" in response.text
        assert response.json()["field"] == "segment.interests"
    long_phrase = {"segment": {"interests": ["p" * 10_001]}}
    response = api.post("/v1/shortlists", headers=READER, json=long_phrase)
    assert response.json()["field"] == "segment.interests[0]"
    labels = {"segment": {"countries": ["US"]}}
    assert api.post("/v1/shortlists", headers=READER, json=labels).status_code == 200


def test_a_profile_with_too_many_labels_or_a_huge_bio_is_rejected(live):  # noqa: F811
    from tests.test_live import creator

    many = creator("many", audience={"interests": {f"Label {i}": 0.001 for i in range(1001)}})
    huge = creator("huge", bio="b" * 10_001)
    long_label = creator("long-label", audience={"interests": {"L" * 10_001: 0.5}})
    with TestClient(create_app(live.settings, matcher=live)) as client:
        for row, field in ((many, "audience.interests"), (huge, "bio"),
                           (long_label, "audience.interests.LLLL")):
            response = client.put(f"/v1/influencers/{row['id']}", json=row, headers=EDITOR)
            assert response.status_code == 422, response.text
            assert response.json()["field"].startswith(field), response.text
        surrogate = creator("odd", name="\ud800")
        response = client.put("/v1/influencers/odd", content=json.dumps(surrogate),
                              headers={**EDITOR, "content-type": "application/json"})
        assert response.status_code == 422 and response.json()["field"] == "name"


def test_a_long_exclusion_list_is_not_held_to_the_list_limit(api):
    """A planner leaves out every creator already booked: the body limit bounds that list."""
    segment = {"countries": ["US"], "filters": {"exclude_ids": [f"x{i}" for i in range(5000)]}}
    response = api.post("/v1/shortlists", headers=READER, json={"segment": segment})
    assert response.status_code == 200, response.text


def test_a_limit_lowered_after_a_write_leaves_the_catalogue_readable(live, monkeypatch):  # noqa: F811
    from matcher.config import get_settings
    from tests.test_live import creator

    live.upsert([Influencer.model_validate(creator("wordy", bio="w" * 5000))])
    monkeypatch.setenv("MATCHER_MAX_TEXT_CHARS", "1000")
    get_settings.cache_clear()
    try:
        assert live.store.get_profile("wordy").profile.bio == "w" * 5000
        assert "wordy" in {p.id for p in live.store.iter_profiles()}
    finally:
        get_settings.cache_clear()


def test_deeply_nested_bodies_are_rejected_not_a_500(live):  # noqa: F811
    deep = b"[" * 10_000 + b"]" * 10_000
    line = b'{"id": "d1", "x": ' + b"[" * 10_000 + b"]" * 10_000 + b"}\n"
    with TestClient(create_app(live.settings, matcher=live)) as client:
        array = client.post("/v1/influencers:bulk", content=deep,
                            headers={**EDITOR, "content-type": "application/json"})
        assert array.status_code == 422, array.text
        lines = client.post("/v1/influencers:bulk", content=line,
                            headers={**EDITOR, "content-type": "application/x-ndjson"})
        assert lines.status_code == 200 and lines.json()["rejects"][0]["field"] == "row"


def test_text_a_spreadsheet_would_run_is_neutralised_in_every_csv(tmp_path):
    import pyarrow as pa

    from matcher.batch.output import ScoredWriter, safe_cell
    from matcher.cli import shortlist_csv

    assert [safe_cell(v) for v in ("=SUM(A1)", "+1", "-2", "@x", "\tx", "plain", 3)] == [
        "'=SUM(A1)", "'+1", "'-2", "'@x", "'\tx", "plain", 3]
    row = {"rank": 1, "id": "=HYPERLINK(1)", "handle": "@me", "name": "ok", "platform": "x",
           "followers": 1, "fit": 0.5, "segment_share": 0.1, "estimated_reach": 1.0,
           "confidence": 1.0, "factors": {}, "summary": ["-1 is a number here"]}
    text = shortlist_csv([row])
    assert "'=HYPERLINK(1)" in text and "'@me" in text and "'-1 is" in text
    schema = pa.schema([("creator_id", pa.string()), ("fit", pa.float64())])
    writer = ScoredWriter(tmp_path / "out.csv", schema)
    writer.write(pa.table({"creator_id": ["=cmd|' /C calc'!A0", "fine"], "fit": [-1.0, 2.0]},
                          schema=schema))
    written = writer.close().read_text()
    assert "'=cmd" in written and "-1" in written and "'-1" not in written


def test_profile_figures_come_back_as_the_profile_wrote_them(live):  # noqa: F811
    from tests.test_live import creator

    row = creator("exact-1", engagement_rate=0.0597, credibility=0.879, price_usd=648.58)
    with TestClient(create_app(live.settings, matcher=live)) as client:
        assert client.put("/v1/influencers/exact-1", json=row, headers=EDITOR).status_code == 201
        result = client.post("/v1/shortlists", headers=READER, json={
            "segment": {"countries": ["IS"], "ages": ["45-54"]}, "k": 3}).json()
    record = next(r for r in result["results"] if r["id"] == "exact-1")
    assert (record["engagement_rate"], record["credibility"], record["price_usd"]) == (
        0.0597, 0.879, 648.58)


def test_the_interactive_docs_load_nothing_from_the_internet(api):
    page = api.get("/docs")
    assert page.status_code == 200 and "swagger-ui-bundle.js" in page.text
    assert "http://" not in page.text and "https://" not in page.text
    script = api.get("/docs-assets/swagger-ui-bundle.js")
    assert script.status_code == 200 and len(script.content) > 100_000


def test_reports_beyond_the_render_limit_are_a_503_with_retry_after(settings, matcher):
    own = settings.model_copy(update={"max_report_renders": 1})
    body = {"campaign": {"name": "Busy", "k": 3, "segments": ["eco-parents-na"]}}
    with TestClient(create_app(own, matcher=matcher)) as client:
        with client.app.state.reports.slot():  # one report is being made
            busy = client.post("/v1/reports", headers=READER, json=body)
            assert client.get("/healthz").status_code == 200
        assert busy.status_code == 503 and busy.json()["type"].endswith("/busy")
        assert int(busy.headers["retry-after"]) >= 1
        assert "MATCHER_MAX_REPORT_RENDERS" in busy.json()["detail"]
        assert client.post("/v1/reports", headers=READER, json=body).status_code == 200


def test_a_shortlist_over_its_time_budget_is_a_503_and_keeps_its_place_until_done(
        settings, matcher, monkeypatch):
    """Past MATCHER_SHORTLIST_SECONDS the client gets a 503; the work goes on and still
    counts against MATCHER_MAX_WAITING_SHORTLISTS until it is done, then the retry answers."""
    import threading
    import time

    own = settings.model_copy(update={"shortlist_seconds": 1.0, "max_waiting_shortlists": 1})
    real = matcher.shortlist
    release = threading.Event()
    slow = {"first": True}

    def shortlist(*args, **kwargs):
        if slow.pop("first", False):
            release.wait(30)  # the first request prepares a large segment
        return real(*args, **kwargs)

    monkeypatch.setattr(matcher, "shortlist", shortlist)
    with TestClient(create_app(own, matcher=matcher)) as client:
        body = {"segment_id": "eco-parents-na", "k": 5}
        late = client.post("/v1/shortlists", headers=READER, json=body)
        assert late.status_code == 503 and "MATCHER_SHORTLIST_SECONDS" in late.json()["detail"]
        assert late.headers["retry-after"] == "1"
        held = client.post("/v1/shortlists", headers=READER, json=body)
        assert held.status_code == 503 and "MATCHER_MAX_WAITING" in held.json()["detail"]
        release.set()
        for _ in range(600):  # until the abandoned work is done and gives its place back
            if not client.app.state.shortlists.active:
                break
            time.sleep(0.05)
        client.app.state.settings = settings  # the retry is not held to the 1 s budget
        assert client.post("/v1/shortlists", headers=READER, json=body).status_code == 200


def test_shortlists_beyond_the_waiting_limit_are_a_503(settings, matcher):
    own = settings.model_copy(update={"max_waiting_shortlists": 2})
    with TestClient(create_app(own, matcher=matcher)) as client:
        gate = client.app.state.shortlists
        with gate.slot(), gate.slot():
            busy = client.post("/v1/shortlists", headers=READER,
                               json={"segment_id": "eco-parents-na", "k": 5})
            looks = client.get(f"/v1/influencers/{matcher.snapshot.catalogue.ids[0]}"
                               "/lookalikes", headers=READER)
        assert busy.status_code == 503 and looks.status_code == 503
        assert "MATCHER_MAX_WAITING_SHORTLISTS" in busy.json()["detail"]
        assert gate.active == 0


def test_an_empty_bulk_body_and_a_boolean_for_a_number_are_422s(live):  # noqa: F811
    with TestClient(create_app(live.settings, matcher=live)) as client:
        empty = client.post("/v1/influencers:bulk", content=b"",
                            headers={**EDITOR, "content-type": "application/json"})
        assert empty.status_code == 422 and empty.json()["field"] == "body"
        number = client.post("/v1/influencers:bulk", content=b"5",
                             headers={**EDITOR, "content-type": "application/json"})
        assert number.status_code == 422 and number.json()["field"] == "body"
        for filters in ({"min_share": {"age": False}}, {"min_credibility": True},
                        {"followers": {"min": True}}):
            segment = {"name": "S", "ages": ["25-34"], "filters": filters}
            answer = client.put("/v1/segments/s", json=segment, headers=EDITOR)
            assert answer.status_code == 422, (filters, answer.text)


def test_a_campaign_over_the_segment_limit_is_a_422(api, monkeypatch):
    from matcher.config import get_settings

    body = {"campaign": {"name": "Many", "k": 2,
                         "segments": ["eco-parents-na", "yoga-women-de", "pet-parents-us"]}}
    monkeypatch.setenv("MATCHER_MAX_CAMPAIGN_SEGMENTS", "2")
    get_settings.cache_clear()
    try:
        response = api.post("/v1/reports", headers=READER, json=body)
    finally:
        get_settings.cache_clear()
    assert response.status_code == 422 and response.json()["field"] == "campaign.segments"
    assert "MATCHER_MAX_CAMPAIGN_SEGMENTS" in response.json()["detail"]


def test_lookalikes_of_a_profile_stored_under_higher_limits_still_answer(live, monkeypatch):  # noqa: F811
    from matcher.config import get_settings
    from tests.test_live import creator

    live.upsert([Influencer.model_validate(creator("wordy", bio="w" * 5000))])
    monkeypatch.setenv("MATCHER_MAX_TEXT_CHARS", "1000")
    get_settings.cache_clear()
    try:
        assert live.lookalikes("wordy", k=3).results
    finally:
        get_settings.cache_clear()
