"""Each client's share of the compute thread (MATCHER_CLIENT_COMPUTE_SECONDS per
MATCHER_CLIENT_WINDOW_SECONDS): a client past it gets 429 with Retry-After, others go on.

Time is a fake clock throughout: the work a request does advances it by what the work
"takes", and the quota reads the same clock to place and measure charges."""

from __future__ import annotations

import asyncio

import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.api.compute import run_compute
from matcher.api.quota import SLOTS, ClientQuota
from matcher.errors import OverQuota
from tests.conftest import EDITOR_KEY, READER_KEY

READER = {"Authorization": f"Bearer {READER_KEY}"}  # key 'env-1'
EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}  # key 'env-2', another client
BODY = {"segment_id": "eco-parents-na", "k": 5}


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def fake_quota(clock: FakeClock, seconds: float = 10.0, window: float = 20.0,
               clients: int = 100) -> ClientQuota:
    return ClientQuota(seconds, window, clients, clock=clock, timer=clock)


@pytest.fixture
def costly(matcher, monkeypatch):
    """Shortlists that take ``cost[0]`` seconds of the fake clock on the compute thread."""
    clock, cost = FakeClock(), [6.0]
    real = matcher.shortlist

    def shortlist(*args, **kwargs):
        clock.advance(cost[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(matcher, "shortlist", shortlist)
    return clock, cost


def quota_app(settings, matcher, clock, **update):
    update = {"client_compute_seconds": 10.0, "client_window_seconds": 20.0, **update}
    app = create_app(settings.model_copy(update=update), matcher=matcher)
    own = app.state.settings
    app.state.quota = fake_quota(clock, own.client_compute_seconds, own.client_window_seconds,
                                 own.quota_clients)
    return app


def test_a_client_over_its_share_gets_a_429_naming_the_setting_while_another_gets_200(
        settings, matcher, costly):
    clock, _ = costly
    app = quota_app(settings, matcher, clock)
    with TestClient(app) as client:
        # 6 s, then 12 s used: more than the 10 s share only after the second
        assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 200
        assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 200
        refused = client.post("/v1/shortlists", headers=READER, json=BODY)
        assert refused.status_code == 429, refused.text
        problem = refused.json()
        assert problem["type"].endswith("/over-quota")
        assert "MATCHER_CLIENT_COMPUTE_SECONDS" in problem["detail"]
        assert "'env-1'" in problem["detail"] and "12.0 s" in problem["detail"]
        assert int(refused.headers["retry-after"]) == problem["retry_after"] >= 1
        # another client is not held to the first one's use
        assert client.post("/v1/shortlists", headers=EDITOR, json=BODY).status_code == 200


PLAN = {"campaign": {"name": "Quota plan", "segments": ["eco-parents-na"],
                     "plan": {"max_creators": 3}}, "budget": 15000}


@pytest.mark.parametrize("method, path, body", [
    ("GET", "/v1/influencers/{first}/lookalikes", None),
    ("POST", "/v1/plans", PLAN),
    ("POST", "/v1/pilots", {"segment_id": "eco-parents-na", "n": 3}),
    ("POST", "/v1/reports", {"campaign": {"name": "Quota report", "k": 3,
                                          "segments": ["eco-parents-na"],
                                          "plan": {"budget": 15000, "max_creators": 3}},
                             "format": "html"}),
])
def test_lookalikes_plans_pilots_and_planned_reports_draw_on_the_same_share(
        settings, matcher, costly, method, path, body):
    clock, _ = costly
    app = quota_app(settings, matcher, clock)
    url = path.format(first=matcher.snapshot.catalogue.ids[0])
    with TestClient(app) as client:
        assert client.request(method, url, headers=READER, json=body).status_code == 200
        for _ in range(2):  # 12 s of shortlists: over the 10 s share
            client.post("/v1/shortlists", headers=READER, json=BODY)
        refused = client.request(method, url, headers=READER, json=body)
        assert refused.status_code == 429, refused.text
        assert "MATCHER_CLIENT_COMPUTE_SECONDS" in refused.json()["detail"]
        assert client.request(method, url, headers=EDITOR, json=body).status_code == 200


def test_retry_after_is_when_enough_of_the_share_leaves_the_window(settings, matcher, costly):
    clock, cost = costly
    with TestClient(quota_app(settings, matcher, clock)) as client:
        client.post("/v1/shortlists", headers=READER, json=BODY)  # 6 s at t0 + 6
        clock.advance(8)
        client.post("/v1/shortlists", headers=READER, json=BODY)  # 6 s at t0 + 20
        cost[0] = 0.0
        refused = client.post("/v1/shortlists", headers=READER, json=BODY)
        assert refused.status_code == 429
        # dropping the first 6 s is enough: it leaves the 20 s window 20 s after it was
        # charged (to a slot of 1 s), i.e. 6 s from now
        wait = int(refused.headers["retry-after"])
        assert 5 <= wait <= 6
        clock.advance(wait - 1)
        assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 429
        clock.advance(1)
        assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 200


def test_the_share_frees_after_the_window(settings, matcher, costly):
    clock, cost = costly
    cost[0] = 25.0  # one request far over the share
    with TestClient(quota_app(settings, matcher, clock)) as client:
        assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 200
        assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 429
        clock.advance(19)
        assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 429
        clock.advance(1)
        assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 200


def test_a_quota_of_zero_is_off(settings, matcher, costly):
    clock, cost = costly
    cost[0] = 100.0
    app = quota_app(settings, matcher, clock, client_compute_seconds=0)
    with TestClient(app) as client:
        for _ in range(4):
            assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 200
        assert len(app.state.quota) == 0


def test_requests_are_charged_their_time_so_cheap_ones_barely_count(settings, matcher, costly):
    """A client sending many cached shortlists (milliseconds each) stays under its share;
    one sending a few expensive ones does not."""
    clock, cost = costly
    app = quota_app(settings, matcher, clock)
    with TestClient(app) as client:
        cost[0] = 0.005  # what a cached saved-segment shortlist takes
        for _ in range(200):
            assert client.post("/v1/shortlists", headers=READER, json=BODY).status_code == 200
        assert app.state.quota.spent("key 'env-1'") == pytest.approx(1.0)
        cost[0] = 6.0
        for status in (200, 200, 429):
            assert client.post("/v1/shortlists", headers=EDITOR,
                               json=BODY).status_code == status


def test_waiting_in_the_queue_is_not_charged():
    """A request queued behind another client's long one is charged only its own work."""
    clock = FakeClock()
    quota = fake_quota(clock)

    async def both() -> None:
        await asyncio.gather(run_compute(clock.advance, 8.0, meter=quota.meter("slow")),
                             run_compute(clock.advance, 0.01, meter=quota.meter("quick")))

    asyncio.run(both())
    assert quota.spent("slow") == pytest.approx(8.0)
    assert quota.spent("quick") == pytest.approx(0.01)


def test_requests_queued_side_by_side_are_checked_again_when_their_turn_comes():
    """Three requests of one client at once, 6 s each: the third finds the client at 12 s
    when its turn comes and is refused without running; another client's still runs."""
    clock = FakeClock()
    quota = fake_quota(clock)

    async def at_once() -> list[object]:
        return await asyncio.gather(
            *[run_compute(clock.advance, 6.0, meter=quota.meter("greedy")) for _ in range(3)],
            run_compute(clock.advance, 1.0, meter=quota.meter("other")),
            return_exceptions=True)

    outcomes = asyncio.run(at_once())
    assert outcomes[:2] == [None, None] and isinstance(outcomes[2], OverQuota)
    assert outcomes[3] is None
    assert quota.spent("greedy") == pytest.approx(12.0) and quota.spent("other") == 1.0
    assert clock.now == pytest.approx(1013.0)


def test_work_that_fails_is_charged_too():
    clock = FakeClock()
    quota = fake_quota(clock)

    def fails() -> None:
        clock.advance(3.0)
        raise ValueError("no")

    with pytest.raises(ValueError):
        quota.meter("c").run(fails)
    assert quota.spent("c") == pytest.approx(3.0)


def test_the_client_table_is_bounded_and_forgets_the_longest_idle_first():
    clock = FakeClock()
    quota = fake_quota(clock, clients=3)
    quota.charge("heavy", 30.0)
    for n in range(1000):
        quota.charge(f"address 10.0.{n // 256}.{n % 256}", 0.001)
        assert len(quota) <= 3
    assert quota.spent("heavy") == 0.0  # forgotten: the one charged longest ago
    # a client charged again is kept over one charged before it
    quota.charge("a", 11.0)
    quota.charge("b", 1.0)
    quota.charge("c", 1.0)
    quota.charge("a", 0.5)
    quota.charge("d", 1.0)
    assert quota.spent("a") == pytest.approx(11.5) and quota.spent("b") == 0.0
    with pytest.raises(OverQuota):
        quota.admit("a")


def test_a_client_stays_a_few_slots_however_many_requests_it_sends():
    clock = FakeClock()
    quota = fake_quota(clock)
    for _ in range(10_000):
        quota.charge("busy", 0.0001)
        clock.advance(0.01)
    assert len(quota._clients["busy"]) <= SLOTS  # noqa: SLF001
    assert quota.spent("busy") == pytest.approx(0.0001 * 2000, rel=0.06)


def test_without_keys_a_client_is_its_address(settings, matcher, costly):
    clock, _ = costly
    app = quota_app(settings, matcher, clock, auth=False)
    with TestClient(app) as client:
        client.post("/v1/shortlists", json=BODY)
        client.post("/v1/shortlists", json=BODY)
        refused = client.post("/v1/shortlists", json=BODY)
    assert refused.status_code == 429
    assert "client address testclient" in refused.json()["detail"]


@pytest.mark.slow
def test_compute_processes_charge_the_time_measured_in_the_process(settings, matcher):
    from matcher.api.compute import ComputeProcesses

    processes = ComputeProcesses(settings.index_dir, 1)
    app = create_app(settings.model_copy(update={"client_compute_seconds": 10.0}),
                     matcher=matcher, compute=processes)
    with TestClient(app, headers=READER) as client:
        assert client.post("/v1/shortlists", json=BODY).status_code == 200
        assert app.state.quota.spent("key 'env-1'") > 0
        assert app.state.quota.spent("key 'env-2'") == 0
