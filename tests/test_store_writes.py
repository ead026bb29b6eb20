"""Every store write is one transaction: a write that fails halfway leaves the store exactly
as before and the next write goes through; text that cannot be stored is a 422, not a 500."""

import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.contracts.profiles import Influencer, Segment
from matcher.store import SQLiteStore
from tests.conftest import EDITOR_KEY
from tests.test_live import creator, live  # noqa: F401  (the fixture)

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}", "content-type": "application/json"}


def snapshot_of(store: SQLiteStore) -> tuple:
    return (store.last_seq(), store.count_profiles(),
            [s.model_dump_json() for s in store.list_segments()])


@pytest.fixture
def store(tmp_path) -> SQLiteStore:
    return SQLiteStore(tmp_path / "catalogue.sqlite")


def test_an_upsert_failing_halfway_changes_nothing_and_the_next_write_goes_through(
        store, monkeypatch):
    store.upsert_profiles([Influencer.model_validate(creator("a"))])
    before = snapshot_of(store)
    calls = {"n": 0}
    real = store._next_seq  # noqa: SLF001

    def failing() -> int:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk full")
        return real()

    monkeypatch.setattr(store, "_next_seq", failing)
    with pytest.raises(OSError):
        store.upsert_profiles([Influencer.model_validate(creator(i)) for i in ("b", "c")])
    assert snapshot_of(store) == before
    monkeypatch.setattr(store, "_next_seq", real)
    assert store.upsert_profiles([Influencer.model_validate(creator("d"))]).inserted == 1
    assert store.count_profiles() == 2


class FailsAfter:
    """The store's connection, raising right after it runs a statement starting with
    ``prefix``: the write failed halfway, its statement done."""

    def __init__(self, db, prefix: str) -> None:
        self.db, self.prefix = db, prefix

    @property
    def in_transaction(self) -> bool:
        return self.db.in_transaction

    def execute(self, sql: str, *args):
        if sql == "COMMIT" == self.prefix:  # the disk fills as the write is committed
            raise OSError("failed after COMMIT was asked")
        cursor = self.db.execute(sql, *args)
        if sql.startswith(self.prefix):
            raise OSError(f"failed after {sql.split()[0]}")
        return cursor


WRITES = {
    "upsert_profiles": ("UPDATE profiles", lambda s, job: s.upsert_profiles(
        [Influencer.model_validate(creator("a", followers=999))])),
    "delete_profile": ("UPDATE profiles", lambda s, job: s.delete_profile("a")),
    "put_segment": ("INSERT OR REPLACE INTO segments",
                    lambda s, job: s.put_segment(Segment(id="new", name="New"))),
    "delete_segment": ("DELETE FROM segments", lambda s, job: s.delete_segment("kept")),
    "create_job": ("INSERT INTO jobs", lambda s, job: s.create_job("score", {})),
    "update_job": ("UPDATE jobs", lambda s, job: s.update_job(job, state="running")),
}


@pytest.mark.parametrize("at_commit", [False, True], ids=["halfway", "at-commit"])
@pytest.mark.parametrize("write", sorted(WRITES))
def test_every_write_path_rolls_back_when_it_fails_halfway(store, write, at_commit):
    store.upsert_profiles([Influencer.model_validate(creator("a"))])
    store.put_segment(Segment(id="kept", name="Kept"))
    job = store.create_job("score", {})
    before = (snapshot_of(store), store.get_job(job), len(store.list_jobs()))
    prefix, call = WRITES[write]
    real = store._db  # noqa: SLF001
    store._db = FailsAfter(real, "COMMIT" if at_commit else prefix)  # noqa: SLF001
    with pytest.raises(OSError, match="failed after"):
        call(store, job)
    store._db = real  # noqa: SLF001
    assert (snapshot_of(store), store.get_job(job), len(store.list_jobs())) == before
    store.put_segment(Segment(id="after", name="After"))  # the store takes the next write
    assert {s.id for s in store.list_segments()} == {"kept", "after"}


def test_a_lone_surrogate_is_a_422_and_the_store_takes_the_next_write(live):  # noqa: F811
    with TestClient(create_app(live.settings, matcher=live)) as api:
        bad = api.put("/v1/segments/bad", content=b'{"name": "\\ud800 fans"}', headers=EDITOR)
        assert bad.status_code == 422 and "name: text must be valid Unicode" in bad.text
        profile = api.put("/v1/influencers/x1", content=(
            b'{"id": "x1", "platform": "instagram", "followers": 10, "engagement_rate": 0.1,'
            b' "bio": "\\udc00"}'), headers=EDITOR)
        assert profile.status_code == 422 and "bio" in profile.json()["detail"], profile.text
        good = api.put("/v1/segments/good", json={"name": "Good"}, headers=EDITOR)
        assert good.status_code in (200, 201), good.text
        assert api.delete("/v1/segments/good", headers=EDITOR).status_code == 204
    reopened = SQLiteStore(live.store.path)
    assert reopened.get_segment("good") is None and reopened.get_segment("bad") is None


def test_a_decompression_bomb_stops_at_the_line_limit_and_the_job_fails_for_good(
        live, tmp_path, monkeypatch):  # noqa: F811
    import gzip
    import time

    from matcher.batch.jobs import JobRunner
    from matcher.config import get_settings
    from matcher.ingest.readers import read

    bomb = tmp_path / "bomb.csv.gz"
    with gzip.open(bomb, "wb", compresslevel=9) as out:  # 64 MB of one cell, 64 KB on disk
        out.write(b"id,handle,bio\nx1,x1,")
        block = b"a" * (1 << 20)
        for _ in range(64):
            out.write(block)
    assert bomb.stat().st_size < 200_000
    monkeypatch.setenv("MATCHER_MAX_LINE_BYTES", str(1 << 20))
    get_settings.cache_clear()
    try:
        with pytest.raises(Exception, match="MATCHER_MAX_LINE_BYTES"):
            read(bomb)
        runner = JobRunner(live, directory=tmp_path / "jobs").start()
        upload = runner.upload_path("bomb.csv.gz")
        upload.write_bytes(bomb.read_bytes())
        job = runner.submit(upload, "bomb.csv.gz", [live.segments["eco-parents-na"]])["id"]
        for _ in range(300):  # the job settles; its state is what is asserted
            if runner.get(job)["state"] not in ("queued", "running"):
                break
            time.sleep(0.2)
        failed = runner.get(job)
        assert failed["state"] == "failed", failed
        assert "MATCHER_MAX_LINE_BYTES" in str(failed["error"])
        assert "bomb.csv.gz" in failed["error"]["detail"]  # the name it was sent under
        assert str(tmp_path) not in str(failed["error"]) and upload.name not in str(failed)
        runner.stop()
        again = JobRunner(live, directory=tmp_path / "jobs").start()  # a restart: not requeued
        assert again.get(job)["state"] == "failed"
        again.stop()
    finally:
        get_settings.cache_clear()
