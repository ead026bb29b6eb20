"""The live catalogue: store, ingest through the API, incremental index, saved segments,
lookalikes, access control."""

import copy
import io
import json
import threading
from pathlib import Path

import pandas as pd
import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.config import Settings
from matcher.matching import interests
from matcher.service import Matcher
from matcher.store import SQLiteStore
from tests.conftest import EDITOR_KEY, FIXTURES, READER_KEY

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}
NICHE = {
    "name": "Falconry in Iceland", "ages": ["45-54"], "countries": ["IS"],
    "interests": ["falconry"],
}


def creator(id_: str, **overrides) -> dict:
    row = {
        "id": id_, "handle": id_, "name": id_.title(), "platform": "instagram",
        "bio": "Falconer in Reykjavik: training hawks and falcons", "categories": ["Falconry"],
        "followers": 250_000, "engagement_rate": 0.04, "credibility": 0.9,
        "audience": {"age": {"45-54": 0.9, "55-64": 0.1}, "gender": {"female": 0.5, "male": 0.5},
                     "countries": {"IS": 0.95}, "languages": {"is": 0.9},
                     "interests": {"Falconry": 0.8}},
    }
    row.update(overrides)
    return row


@pytest.fixture
def live(tmp_path: Path, settings: Settings, encoder) -> Matcher:
    """A fresh live catalogue of 300 creators, its own store and index."""
    roster = tmp_path / "roster.jsonl"
    lines = Path(settings.roster).read_text().splitlines()[:300]
    roster.write_text("\n".join(lines) + "\n")
    own = settings.model_copy(update={
        "index_dir": tmp_path / "index", "database_url": str(tmp_path / "catalogue.sqlite"),
        "roster": roster})
    return Matcher.open(own, encoder)


@pytest.fixture
def api(live: Matcher):
    with TestClient(create_app(live.settings, matcher=live)) as client:
        yield client


def test_upsert_is_visible_without_a_rebuild(api, live):
    base = live.snapshot.version
    response = api.put("/v1/influencers/falcon-1", json=creator("falcon-1"), headers=EDITOR)
    assert response.status_code == 201 and response.json()["version"] == 1
    top = api.post("/v1/shortlists", json={"segment": NICHE, "k": 3}, headers=READER).json()
    assert top["results"][0]["id"] == "falcon-1"
    assert live.snapshot.version == base and top["catalogue_version"] != base
    assert live.rebuilds == 0  # seen through the delta, no snapshot was built


def test_update_and_delete_reach_the_index(api):
    api.put("/v1/influencers/falcon-2", json=creator("falcon-2"), headers=EDITOR)
    moved = creator("falcon-2", audience={"age": {"18-24": 1.0}, "countries": {"BR": 0.9}})
    assert api.put("/v1/influencers/falcon-2", json=moved, headers=EDITOR).json()["version"] == 2
    ranked = api.post("/v1/shortlists", json={"segment": NICHE, "k": 300}, headers=READER)
    falcon = next(r for r in ranked.json()["results"] if r["id"] == "falcon-2")
    assert falcon["factor_shares"]["country"]["share"] == 0.0
    assert api.delete("/v1/influencers/falcon-2", headers=EDITOR).status_code == 204
    ranked = api.post("/v1/shortlists", json={"segment": NICHE, "k": 300}, headers=READER)
    assert "falcon-2" not in {r["id"] for r in ranked.json()["results"]}
    assert api.get("/v1/influencers/falcon-2", headers=READER).status_code == 404
    assert api.delete("/v1/influencers/falcon-2", headers=EDITOR).status_code == 404


def _bulk_bodies() -> list[tuple[str, bytes]]:
    rows = [creator(f"bulk-{i}", followers=10_000 + i) for i in range(4)]
    bad = creator("bulk-bad", platform="myspace")
    array = json.dumps([*rows, bad]).encode()
    ndjson = "\n".join(json.dumps(r) for r in [*rows, bad]).encode()
    flat = pd.DataFrame([{
        "id": r["id"], "platform": r["platform"], "followers": r["followers"],
        "engagement_rate": r["engagement_rate"], "audience_age_45_54": 90,
        "audience_age_55_64": 10, "audience_country_IS": 0.95,
        "audience_interests": json.dumps({"Falconry": 0.8})} for r in [*rows, bad]])
    csv_body = flat.to_csv(index=False).encode()
    parquet = io.BytesIO()
    flat.astype(str).to_parquet(parquet, index=False)
    return [("application/json", array), ("application/x-ndjson", ndjson),
            ("text/csv", csv_body), ("application/vnd.apache.parquet", parquet.getvalue())]


@pytest.mark.parametrize("content_type, body", _bulk_bodies(),
                         ids=["json", "ndjson", "csv", "parquet"])
def test_bulk_ingest_counts_every_row(api, live, content_type, body):
    first = api.post("/v1/influencers:bulk", content=body,
                     headers={**EDITOR, "content-type": content_type}).json()
    assert (first["rows"], first["accepted"], first["inserted"], first["rejected"]) == (5, 4, 4, 1)
    assert first["rejects"] == [{"row": 5, "field": "platform", "id": "bulk-bad",
                                 "reason": first["rejects"][0]["reason"]}]
    assert "myspace" in first["rejects"][0]["reason"]
    again = api.post("/v1/influencers:bulk", content=body,
                     headers={**EDITOR, "content-type": content_type}).json()
    assert (again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 4)
    durable = SQLiteStore(live.settings.database_url)
    assert durable.get_profile("bulk-3") is not None
    durable.close()


def test_list_influencers_pages_and_filters(api):
    page = api.get("/v1/influencers", params={"limit": 100}, headers=READER).json()
    assert len(page["items"]) == 100 and page["next_after"] == page["items"][-1]["id"]
    following = api.get("/v1/influencers", params={"limit": 100, "after": page["next_after"]},
                        headers=READER).json()
    assert following["items"][0]["id"] > page["items"][-1]["id"]
    tiktok = api.get("/v1/influencers", params={"platform": "tiktok", "min_followers": 50_000},
                     headers=READER).json()["items"]
    assert tiktok and all(i["platform"] == "tiktok" and i["followers"] >= 50_000
                          for i in tiktok)


def test_saved_segment_shortlist_reflects_the_catalogue_now(api):
    segment = {"id": "falconers", **NICHE}
    assert api.post("/v1/segments", json=segment, headers=EDITOR).status_code == 201
    assert api.post("/v1/segments", json=segment, headers=EDITOR).status_code == 422
    before = api.post("/v1/shortlists", json={"segment_id": "falconers", "k": 1},
                      headers=READER).json()
    api.put("/v1/influencers/falcon-3", json=creator("falcon-3"), headers=EDITOR)
    after = api.post("/v1/shortlists", json={"segment_id": "falconers", "k": 1},
                     headers=READER).json()
    assert before["results"][0]["id"] != "falcon-3" == after["results"][0]["id"]
    changed = dict(segment, countries=["NO"])
    assert api.put("/v1/segments/falconers", json=changed, headers=EDITOR).json()["version"] == 2
    assert api.get("/v1/segments/falconers", headers=READER).json()["countries"] == ["NO"]
    listed = api.get("/v1/segments", headers=READER).json()["segments"]
    assert any(s["id"] == "falconers" and s["saved"] for s in listed)
    assert api.delete("/v1/segments/falconers", headers=EDITOR).status_code == 204
    assert api.get("/v1/segments/falconers", headers=READER).status_code == 404
    assert api.delete("/v1/segments/eco-parents-na", headers=EDITOR).status_code == 409


def test_lookalikes_follow_the_audience_not_the_bio(api, live):
    seed = creator("seed", bio="Falconer and hawk trainer")
    twin_audience = creator("twin-audience", bio="Daily makeup and skincare tutorials",
                            categories=["Beauty"])
    twin_bio = creator("twin-bio", audience={"age": {"13-17": 0.7, "18-24": 0.3},
                                             "countries": {"BR": 0.9},
                                             "interests": {"Gaming": 0.9}})
    for row in (seed, twin_audience, twin_bio):
        api.put(f"/v1/influencers/{row['id']}", json=row, headers=EDITOR)
    result = api.get("/v1/influencers/seed/lookalikes", params={"k": 400},
                     headers=READER).json()
    ids = [r["id"] for r in result["results"]]
    assert "seed" not in ids
    assert ids[0] == "twin-audience"
    share = {r["id"]: r["segment_share"] for r in result["results"]}
    assert share["twin-bio"] == 0.0
    assert all(ids.index("twin-bio") > ids.index(i) for i, s in share.items() if s > 0)
    assert result["results"][0]["summary"]
    assert api.get("/v1/influencers/nope/lookalikes", headers=READER).status_code == 404


def test_rebuild_swaps_in_while_queries_go_on(live):
    live.upsert([live_profile("falcon-4")])
    old = live.snapshot.version
    errors: list[BaseException] = []
    stop = threading.Event()

    def query() -> None:
        while not stop.is_set():
            try:
                assert live.shortlist(NICHE, k=5).results[0]["id"] == "falcon-4"
            except BaseException as err:  # noqa: BLE001 - collected for the assertion
                errors.append(err)

    reader = threading.Thread(target=query)
    reader.start()
    live.rebuild(background=True).join(timeout=300)
    stop.set()
    reader.join()
    assert not errors
    assert live.snapshot.version != old
    assert live.view.delta_ids == frozenset()
    assert "falcon-4" in live.snapshot.catalogue.ids


def live_profile(id_: str):
    from matcher.ingest.normalise import normalise_profile
    return normalise_profile(creator(id_))


@pytest.mark.parametrize("headers, method, path, status", [
    ({}, "GET", "/v1/segments", 401),
    ({"Authorization": "Bearer wrong"}, "GET", "/v1/segments", 401),
    (READER, "PUT", "/v1/influencers/x1", 403),
    (READER, "POST", "/v1/influencers:bulk", 403),
    (READER, "DELETE", "/v1/segments/x", 403),
    ({"X-API-Key": READER_KEY}, "GET", "/v1/segments", 200),
    (EDITOR, "PUT", "/v1/influencers/x1", 201),
])
def test_roles(api, headers, method, path, status):
    body = creator("x1") if method in ("PUT", "POST") else None
    response = api.request(method, path, json=body, headers=headers)
    assert response.status_code == status
    if status >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.json()["status"] == status


def test_health_and_docs_stay_open(api):
    assert api.get("/healthz").status_code == 200
    assert api.get("/openapi.json").status_code == 200


def test_oversized_body_is_413(live):
    small = live.settings.model_copy(update={"max_body_bytes": 1000})
    with TestClient(create_app(small, matcher=live)) as client:
        response = client.post("/v1/influencers:bulk", content=b"[" + b" " * 5000 + b"]",
                               headers={**EDITOR, "content-type": "application/json"})
    assert response.status_code == 413
    assert response.json()["field"] == "body"


def test_file_mode_catalogue_is_read_only(settings, encoder, tmp_path):
    from matcher.ingest.readers import read
    from matcher.search.snapshots import build_snapshot

    build_snapshot(read(FIXTURES / "creators_sample.csv").accepted, encoder, tmp_path / "f")
    file_mode = Matcher.open(settings, encoder, index_dir=tmp_path / "f")
    with TestClient(create_app(settings, matcher=file_mode)) as client:
        response = client.put("/v1/influencers/x", json=creator("x"), headers=EDITOR)
    assert response.status_code == 409
    assert copy.deepcopy(response.json())["type"].endswith("read-only-catalogue")


def test_a_label_only_the_live_delta_holds_does_not_make_the_interest_known(api, monkeypatch):
    """The snapshot decides whether a phrase matched: a creator added since, whose label
    matches the phrase, does not turn an unknown interest factor into a 500."""
    monkeypatch.setattr(interests, "AUDIENCE_PATH", None)  # by text alone: no snapshot label
    odd = "qorvex glimmerbats"
    api.put("/v1/influencers/odd-1", headers=EDITOR, json=creator(
        "odd-1", audience={"countries": {"IS": 0.9}, "interests": {odd.title(): 0.9}}))
    segment = {"name": "Odd", "countries": ["IS"], "interests": [odd]}
    answer = api.post("/v1/shortlists", json={"segment": segment, "k": 5}, headers=READER)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert any("no audience interest label matches" in w["message"] for w in body["warnings"])
    assert all("interest" not in r["factor_shares"] for r in body["results"])


def test_ids_with_slashes_or_spaces_are_addressable_or_refused_clearly(api):
    """Real exports hold ids such as 'youtube:AC/DC': whatever bulk accepts, the API reads,
    updates, deletes and finds lookalikes for; a path id with stray spaces is a 422."""
    body = json.dumps([creator("youtube:AC/DC"), creator("a/b/lookalikes")])
    answer = api.post("/v1/influencers:bulk", content=body,
                      headers={**EDITOR, "content-type": "application/json"}).json()
    assert answer["accepted"] == 1 and answer["rejects"][0]["field"] == "id"
    assert api.get("/v1/influencers/youtube:AC/DC", headers=READER).json()["id"] == \
        "youtube:AC/DC"
    assert api.get("/v1/influencers/youtube:AC%2FDC", headers=READER).status_code == 200
    looks = api.get("/v1/influencers/youtube:AC/DC/lookalikes?k=3", headers=READER)
    assert looks.status_code == 200 and len(looks.json()["results"]) == 3
    assert api.put("/v1/influencers/youtube:AC/DC", headers=EDITOR,
                   json=creator("youtube:AC/DC", followers=1)).status_code == 200
    spaced = api.put("/v1/influencers/%20t%20", headers=EDITOR, json=creator("t"))
    assert spaced.status_code == 422 and spaced.json()["field"] == "id"
    assert api.delete("/v1/influencers/youtube:AC/DC", headers=EDITOR).status_code == 204
    assert api.get("/v1/influencers/youtube:AC/DC", headers=READER).status_code == 404


def test_lookalikes_match_only_the_interests_that_set_an_audience_apart():
    """A yoga teacher's audience also holds a few percent of crypto fans, as every audience
    does: its lookalikes target its own interests, not those."""
    from matcher.contracts.profiles import Influencer
    from matcher.service import lookalike_segment

    teacher = Influencer.model_validate(creator("yogi", audience={"interests": {
        "Meditation & Mindfulness": 0.62, "Alternative Medicine": 0.45,
        "Everyday Lifestyle": 0.40, "Cryptocurrency & Blockchain": 0.059, "K-Pop": 0.058}}))
    means = {"Meditation & Mindfulness": 0.04, "Alternative Medicine": 0.07,
             "Everyday Lifestyle": 0.35, "Cryptocurrency & Blockchain": 0.01, "K-Pop": 0.03}
    assert lookalike_segment(teacher, means).interests == ["Meditation & Mindfulness",
                                                           "Alternative Medicine"]


def test_unknown_and_viral_engagement_are_scored_and_said(api):
    unknown = creator("falcon-quiet")
    del unknown["engagement_rate"]
    viral = creator("falcon-viral", engagement_rate="1500%")
    for row in (unknown, viral):
        assert api.put(f"/v1/influencers/{row['id']}", json=row,
                       headers=EDITOR).status_code == 201
    top = api.post("/v1/shortlists", json={"segment": NICHE, "k": 5}, headers=READER).json()
    records = {r["id"]: r for r in top["results"]}
    quiet, loud = records["falcon-quiet"], records["falcon-viral"]
    assert quiet["engagement_rate"] is None and quiet["engagement_vs_median"] is None
    assert any(line.startswith("engagement not reported: counted as the median")
               for line in quiet["summary"])
    assert quiet["factors"]["engagement"]["value"] == 0.5  # the median's: 1 / (1 + 1)
    assert loud["engagement_rate"] == 15.0
    assert any("more engagements per post than followers" in line for line in loud["summary"])


def test_a_snapshot_without_engagement_still_ranks_creators_added_with_it(
        tmp_path, settings, encoder):
    """No median to compare with is the median: a creator with engagement added to a
    catalogue whose platform reports none is ranked, not lost to a NaN."""
    rows = [json.loads(line) for line in Path(settings.roster).read_text().splitlines()[:120]]
    for row in rows:
        row.pop("engagement_rate", None)
    roster = tmp_path / "roster.jsonl"
    roster.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    own = settings.model_copy(update={
        "index_dir": tmp_path / "index", "database_url": str(tmp_path / "catalogue.sqlite"),
        "roster": roster})
    quiet = Matcher.open(own, encoder)
    from matcher.ingest.normalise import normalise_profile

    quiet.upsert([normalise_profile(creator("falcon-1"))])
    for rank_by in ("fit", "share", "reach"):
        top = quiet.shortlist(NICHE, k=3, rank_by=rank_by).results
        assert top[0]["id"] == "falcon-1", rank_by


def test_a_deleted_large_creator_leaves_the_reach_shortlist(api, live):
    """The largest audiences a reach ranking adds to the first stage are the current ones."""
    broad = {"name": "Adults", "ages": ["18-24", "25-34", "35-44"]}
    largest = api.post("/v1/shortlists", json={"segment": broad, "k": 1, "rank_by": "reach"},
                       headers=READER).json()["results"][0]["id"]
    assert api.delete(f"/v1/influencers/{largest}", headers=EDITOR).status_code == 204
    for rank_by in ("reach", "reach_low"):
        ranked = api.post("/v1/shortlists", json={"segment": broad, "k": 300, "rank_by": rank_by},
                          headers=READER).json()["results"]
        assert ranked and largest not in {r["id"] for r in ranked}


def test_a_joint_age_country_block_is_served_and_bad_ones_refused(api):
    """Half the audience is 45-54, half in Iceland, and they are the same half: the joint
    block gives 50% where the product would give 25%."""
    audience = {"age": {"45-54": 0.5, "25-34": 0.5}, "countries": {"IS": 0.5, "NO": 0.5},
                "age_country": {"IS": {"45-54": 0.5}, "NO": {"25-34": 0.5}}}
    assert api.put("/v1/influencers/joint-1", headers=EDITOR,
                   json=creator("joint-1", audience=audience)).status_code == 201
    top = api.post("/v1/shortlists", json={"segment": NICHE, "k": 50}, headers=READER).json()
    joint = next(r for r in top["results"] if r["id"] == "joint-1")
    assert joint["joint_age_country"] and not joint["joint_age_gender"]
    assert joint["segment_share"] == pytest.approx(0.5 * joint["factor_shares"]["interest"]
                                                   ["share"], abs=1e-3)
    assert any("age x country" in line for line in joint["summary"])
    bad = {**audience, "age_country": {"IS": {"45-54": 0.9}, "NO": {"25-34": 0.5}}}
    refused = api.put("/v1/influencers/joint-2", headers=EDITOR,
                      json=creator("joint-2", audience=bad))
    assert refused.status_code == 422 and "age_country" in refused.json()["field"]
    rows = [creator("joint-3", audience={**audience, "age_country": {"XX": {"45-54": 0.1}}}),
            creator("joint-4", audience={**audience, "age_country": {"IS": {"40-50": 0.1}}})]
    answer = api.post("/v1/influencers:bulk", content=json.dumps(rows),
                      headers={**EDITOR, "content-type": "application/json"}).json()
    assert answer["accepted"] == 0
    assert [(r["row"], r["field"]) for r in answer["rejects"]] == [
        (1, "audience.age_country"), (2, "audience.age_country.IS")]
