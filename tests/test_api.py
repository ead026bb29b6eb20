"""The REST API in-process through httpx, and once against a real uvicorn on loopback."""

import asyncio
import json
import subprocess
import sys
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.contracts.schemas import json_schema
from matcher.service import Matcher
from tests.conftest import READER_KEY
from tests.server import Server

SEGMENT = {"name": "Eco parents", "description": "Parents of toddlers buying organic food",
           "ages": ["25-34", "35-44"], "countries": {"US": 0.8, "CA": 0.2},
           "interests": ["organic baby food", "zero waste living"]}


@pytest.fixture(scope="module")
def client(settings, matcher):
    with TestClient(create_app(settings, matcher=matcher),
                    headers={"Authorization": f"Bearer {READER_KEY}"}) as c:
        yield c


def test_shortlist_inline_segment(client):
    response = client.post("/v1/shortlists", json={"segment": SEGMENT, "k": 7})
    assert response.status_code == 200
    body = response.json()
    assert len(body["results"]) == 7
    first = body["results"][0]
    for key in ("fit", "segment_share", "estimated_reach", "factors", "summary", "confidence",
                "missing_blocks", "segment_share_range"):
        assert key in first
    assert body["catalogue_version"]


def test_shortlist_by_bundled_id_with_weights_and_objective(client):
    response = client.post("/v1/shortlists", json={
        "segment_id": "eco-parents-na", "k": 5, "weights": {"affinity": 0.5},
        "rank_by": "reach"})
    assert response.status_code == 200
    body = response.json()
    assert body["segment"]["id"] == "eco-parents-na" and body["rank_by"] == "reach"
    reach = [r["estimated_reach"] for r in body["results"]]
    assert reach == sorted(reach, reverse=True)


def test_segments_influencers_schemas_health(client, matcher):
    segments = client.get("/v1/segments").json()["segments"]
    assert {s["id"] for s in segments} == set(matcher.segments)
    assert client.get("/v1/segments/eco-parents-na").json()["countries"] == {"US": 0.8,
                                                                              "CA": 0.2}
    some_id = matcher.snapshot.catalogue.ids[3]
    profile = client.get(f"/v1/influencers/{some_id}").json()
    assert profile["id"] == some_id and "audience" in profile
    assert client.get("/v1/schemas/influencer").json() == json_schema("influencer")
    health = client.get("/healthz").json()
    assert health["status"] == "ok" and health["creators"] == matcher.snapshot.catalogue.size


@pytest.mark.parametrize("method, path, body, status, field", [
    ("post", "/v1/shortlists", {"k": 5}, 422, "body"),
    ("post", "/v1/shortlists", {"segment_id": "x", "segment": SEGMENT}, 422, "body"),
    ("post", "/v1/shortlists", {"segment_id": "eco-parents-na", "k": 0}, 422, "k"),
    ("post", "/v1/shortlists", {"segment_id": "eco-parents-na", "k": 10_000}, 422, "k"),
    ("post", "/v1/shortlists", {"segment": {"ages": ["18-99"]}}, 422, "segment.ages"),
    ("post", "/v1/shortlists", {"segment": {"countries": ["Atlantis"]}}, 422,
     "segment.countries"),
    ("post", "/v1/shortlists", {"segment_id": "eco-parents-na", "weights": {"charm": 1}},
     422, "weights.charm"),
    ("post", "/v1/shortlists", {"segment_id": "eco-parents-na", "rank_by": "likes"}, 422,
     "rank_by"),
    ("post", "/v1/shortlists", {"segment_id": "nope"}, 404, "segment_id"),
    ("get", "/v1/influencers/nope", None, 404, "id"),
    ("get", "/v1/segments/nope", None, 404, "segment_id"),
    ("get", "/v1/schemas/nope", None, 404, "name"),
    ("get", "/v1/nothing-here", None, 404, None),
])
def test_every_error_is_problem_json_naming_the_field(client, method, path, body, status,
                                                      field):
    response = client.request(method.upper(), path, json=body)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert {"type", "title", "status", "detail"} <= set(problem)
    assert problem["status"] == status and problem["detail"]
    if field is not None:
        assert problem["field"].startswith(field)


def test_invalid_json_body_is_problem_json(client):
    response = client.post("/v1/shortlists", content=b"{nope",
                           headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_openapi_documents_the_routes(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/shortlists", "/v1/segments", "/v1/influencers/{influencer_id}",
            "/healthz"} <= set(paths)
    assert client.get("/docs").status_code == 200


@pytest.mark.slow
def test_api_and_cli_return_the_same_shortlist(client, cli_env):
    api = client.post("/v1/shortlists", json={"segment_id": "eco-parents-na", "k": 12,
                                              "rank_by": "reach"})
    cli = subprocess.run(
        [sys.executable, "-m", "matcher.cli", "shortlist", "eco-parents-na", "--k", "12",
         "--format", "json", "--rank-by", "reach"],
        capture_output=True, env=cli_env, timeout=300)
    assert cli.returncode == 0, cli.stderr.decode()[-2000:]
    assert cli.stdout.rstrip(b"\n") == api.content


@pytest.mark.slow
def test_real_server_on_loopback(client, cli_env):
    server = Server(cli_env).start()
    try:
        payload = {"segment": SEGMENT, "k": 5}
        auth = {"Authorization": f"Bearer {READER_KEY}"}
        over_http = httpx.post(f"{server.base}/v1/shortlists", json=payload, timeout=30,
                               headers=auth)
        assert over_http.status_code == 200
        assert over_http.content == client.post("/v1/shortlists", json=payload).content
        missing = httpx.get(f"{server.base}/v1/influencers/nope", timeout=5, headers=auth)
        assert missing.status_code == 404
        assert json.loads(missing.content)["type"].endswith("unknown-influencer")
    finally:
        server.stop()


@pytest.mark.slow
def test_several_compute_processes_serve_one_snapshot_with_the_same_bytes(
        cli_env, subset_roster, tmp_path, encoder, settings):
    """``--workers 2``: shortlists answered by two compute processes, concurrently, equal
    the in-process ones byte for byte, and their errors arrive as the same problems."""
    import psutil

    from matcher.service import Matcher

    built = subprocess.run([sys.executable, "-m", "matcher.cli", "index", "build",
                            str(subset_roster), "--index", str(tmp_path / "idx")],
                           capture_output=True, env=cli_env, timeout=300)
    assert built.returncode == 0, built.stderr.decode()[-2000:]
    in_process = Matcher.open(settings, encoder, index_dir=tmp_path / "idx")
    server = Server(cli_env, args=("--index", str(tmp_path / "idx"), "--workers", "2")).start()
    try:
        assert len(psutil.Process(server.process.pid).children(recursive=True)) >= 2
        auth = {"Authorization": f"Bearer {READER_KEY}"}
        with httpx.Client(base_url=server.base, headers=auth, timeout=30) as http:
            for k in (3, 7, 3, 7, 11, 11):
                response = http.post("/v1/shortlists", json={"segment": SEGMENT, "k": k})
                assert response.status_code == 200
                assert response.content == in_process.shortlist(SEGMENT, k=k).to_json()
            assert http.put("/v1/influencers/x", json={}).status_code == 403  # reader key
            unknown = http.post("/v1/shortlists", json={"segment_id": "no-such-segment"})
            assert unknown.status_code == 404
            assert unknown.json()["field"] == "segment_id"
            assert unknown.json()["type"].endswith("/unknown-segment")

        saved = sorted(in_process.segments)[:4] * 3

        async def at_once() -> list[httpx.Response]:
            async with httpx.AsyncClient(base_url=server.base, headers=auth, timeout=60) as c:
                return await asyncio.gather(*[
                    c.post("/v1/shortlists", json={"segment_id": name, "k": 9})
                    for name in saved])

        responses = asyncio.run(at_once())
        assert [r.content for r in responses] == [
            in_process.shortlist(name, k=9).to_json() for name in saved]
    finally:
        server.stop()


def test_concurrent_shortlists_run_one_at_a_time_and_each_gets_its_own_answer(settings,
                                                                               matcher):
    """Eight requests at once: each answer equals the same request made alone, and the
    process computes one shortlist at a time (threads sharing one interpreter lock were
    slower than the queue run in turn)."""
    running, peak = [0], [0]
    lock = threading.Lock()

    class Counting:
        def __getattr__(self, name):
            return getattr(matcher, name)

        def shortlist(self, *args, **kwargs):
            with lock:
                running[0] += 1
                peak[0] = max(peak[0], running[0])
            try:
                time.sleep(0.02)  # room for another request to start alongside
                return matcher.shortlist(*args, **kwargs)
            finally:
                with lock:
                    running[0] -= 1

    segments = sorted(matcher.segments)[:4] * 2
    alone = {s: matcher.shortlist(s, k=5).to_json() for s in segments}

    async def all_at_once():
        transport = httpx.ASGITransport(app=create_app(settings, matcher=Counting()))
        async with httpx.AsyncClient(transport=transport, base_url="http://test",
                                     headers={"Authorization": f"Bearer {READER_KEY}"}) as c:
            return await asyncio.gather(*[
                c.post("/v1/shortlists", json={"segment_id": s, "k": 5}) for s in segments])

    responses = asyncio.run(all_at_once())
    assert [r.status_code for r in responses] == [200] * len(segments)
    assert [r.content for r in responses] == [alone[s] for s in segments]
    assert peak[0] == 1


@pytest.mark.slow
def test_a_stopped_compute_process_gives_a_clear_503_not_a_hang(settings, matcher):
    from matcher.api.compute import ComputeProcesses

    processes = ComputeProcesses(settings.index_dir, 1)
    app = create_app(settings, matcher=matcher, compute=processes)
    with TestClient(app, headers={"Authorization": f"Bearer {READER_KEY}"}) as client:
        body = {"segment_id": sorted(matcher.segments)[0], "k": 4}
        served = client.post("/v1/shortlists", json=body)
        assert served.status_code == 200
        assert [r["rank"] for r in served.json()["results"]] == [1, 2, 3, 4]
        processes._workers[0].process.kill()  # noqa: SLF001
        processes._workers[0].process.join(10)  # noqa: SLF001
        for _ in range(2):  # the one that finds it gone, and the next
            stopped = client.post("/v1/shortlists", json=body)
            assert stopped.status_code == 503
            assert stopped.json()["type"].endswith("/compute-unavailable")


def test_the_largest_k_is_the_setting_not_a_constant(settings, matcher, encoder):
    wider = Matcher(matcher.snapshot, encoder, settings.model_copy(update={"max_k": 600}))
    with TestClient(create_app(wider.settings, matcher=wider),
                    headers={"Authorization": f"Bearer {READER_KEY}"}) as api:
        assert api.post("/v1/shortlists", json={"segment": SEGMENT, "k": 550}).status_code == 200
        over = api.post("/v1/shortlists", json={"segment": SEGMENT, "k": 601})
        assert over.status_code == 422 and over.json()["field"] == "k", over.text
        first = matcher.snapshot.catalogue.ids[0]
        looks = api.get(f"/v1/influencers/{first}/lookalikes", params={"k": 601})
        assert looks.status_code == 422 and looks.json()["field"] == "k", looks.text
