"""Batch scoring: exact scores equal to the shortlist's, every row accounted for, global
ranks across chunks, the embedding cache, a real Dask cluster, and REST jobs that survive a
kill."""

import csv
import gzip
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pandas as pd
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.batch import BatchOptions, Reference, score_roster
from matcher.batch import ranking as ranking_module
from matcher.config import Settings
from matcher.ingest.mapping import load_mapping
from matcher.ingest.readers import read
from matcher.service import Matcher
from matcher.store import open_store
from tests.conftest import EDITOR_KEY, FIXTURES, READER_KEY, write_jsonl
from tests.server import Server

SEGMENTS = ("eco-parents-na", "yoga-women-de", "pet-parents-us")
EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}


def run(matcher: Matcher, roster: Path, out: Path, segments=SEGMENTS, **options):
    chosen = [matcher.resolve_segment(s) for s in segments]
    return score_roster(roster, chosen, out, Reference.of_matcher(matcher),
                        BatchOptions(**options))


def read_rejects(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_batch_scores_equal_the_shortlist(matcher, settings, tmp_path):
    summary = run(matcher, settings.roster, tmp_path / "scored.parquet", chunk_rows=400)
    table = pq.read_table(tmp_path / "scored.parquet").to_pandas()
    assert summary.rows_written == len(table) == summary.scored * len(SEGMENTS)
    rows = table.set_index(["segment_id", "creator_id"])
    for segment in SEGMENTS:
        shortlist = matcher.shortlist(segment, k=20)
        for result in shortlist.results:
            row = rows.loc[(segment, result["id"])]
            # the file keeps full precision; the API rounds shares to 4 decimals, confidence
            # to 2, reach to whole people
            assert row["fit"] == pytest.approx(result["fit"], abs=5e-5 + 1e-9)
            assert row["segment_share"] == pytest.approx(result["segment_share"], abs=5e-5)
            assert row["estimated_reach"] == pytest.approx(result["estimated_reach"], abs=0.5)
            assert round(row["confidence"], 2) == result["confidence"]
            assert row["summary"] == " | ".join(result["summary"])
            for factor, parts in result["factors"].items():
                assert row[f"contribution_{factor}"] == pytest.approx(parts["contribution"],
                                                                      abs=5e-5 + 1e-9)
        if shortlist.eligible <= shortlist.candidates:   # the shortlist scored every creator
            ranked = rows.loc[segment].sort_values("rank").head(20)
            assert list(ranked.index) == [r["id"] for r in shortlist.results]
            assert list(ranked["rank"]) == list(range(1, 21))


def test_every_row_is_scored_or_rejected_with_the_readers_reasons(matcher, settings,
                                                                 tmp_path):
    # the first rows of fixtures/creators.jsonl.gz, messiness and repeated ids included
    roster = tmp_path / "roster.jsonl.gz"
    with gzip.open(roster, "wt") as out:
        out.write(Path(settings.roster).read_text())
        out.write(Path(settings.roster).read_text().splitlines(True)[40])   # a late repeat
    lines = len(Path(settings.roster).read_text().splitlines()) + 1
    summary = run(matcher, roster, tmp_path / "scored.csv", segments=SEGMENTS[:1],
                  chunk_rows=300, top=10)
    assert summary.rows_read == lines
    assert summary.scored + summary.rejected == lines
    expected = read(roster).rejects
    got = read_rejects(tmp_path / "scored.rejects.csv")
    assert [(r.row, r.id or "", r.field, r.reason) for r in expected] == [
        (int(r["row"]), r["id"], r["field"], r["reason"]) for r in got]
    assert got[-1]["row"] == str(lines) and "duplicate id" in got[-1]["reason"]
    assert len(pd.read_csv(tmp_path / "scored.csv")) == 10


def test_a_messy_csv_is_fully_accounted_for(matcher, tmp_path):
    clean = read(FIXTURES / "creators_sample.csv").accepted[:30]
    rows = []
    for p in clean:
        flat = {"id": p.id, "handle": p.handle, "platform": p.platform.value,
                "followers": p.followers, "engagement_rate": p.engagement_rate,
                "audience_gender_female": (p.audience.gender or {}).get("female", ""),
                "audience_gender_male": (p.audience.gender or {}).get("male", ""),
                "audience_gender_other": (p.audience.gender or {}).get("other", ""),
                "audience_countries": json.dumps(p.audience.countries or {})}
        rows.append(flat)
    rows[3]["id"] = ""                                        # missing id
    rows[7]["followers"] = "-5"                               # negative count
    rows[9]["platform"] = "myspace"                           # unknown platform
    rows[12]["audience_countries"] = '{"Atlantis": 0.5}'      # unknown country
    rows[15]["followers"] = "48.5M"                           # fixable
    rows[20]["audience_countries"] = "{broken"                # unreadable JSON cell
    rows.append(dict(rows[25]))                               # repeated id, another chunk
    path = tmp_path / "messy.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    summary = run(matcher, path, tmp_path / "scored.jsonl", segments=SEGMENTS[:2],
                  chunk_rows=7)
    assert summary.rows_read == 31 and summary.scored + summary.rejected == 31
    rejects = {int(r["row"]): r for r in read_rejects(tmp_path / "scored.rejects.csv")}
    assert {row: r["field"] for row, r in rejects.items()} == {
        4: "id", 8: "followers", 10: "platform", 13: "audience.countries",
        21: "audience.countries", 31: "id"}
    assert rejects[31]["reason"].endswith("first seen at row 26")
    scored = [json.loads(line) for line in
              (tmp_path / "scored.jsonl").read_text().splitlines()]
    assert len(scored) == 2 * 25
    assert {r["followers"] for r in scored if r["row"] == 16} == {48_500_000}


def test_ranks_are_global_across_chunks_and_top_k_agrees(matcher, settings, tmp_path,
                                                         monkeypatch):
    run(matcher, settings.roster, tmp_path / "one.csv", chunk_rows=100_000)
    monkeypatch.setattr(ranking_module, "FAN_IN", 3)          # force a multi-level merge
    monkeypatch.setattr(ranking_module, "BLOCK_ROWS", 37)
    run(matcher, settings.roster, tmp_path / "many.csv", chunk_rows=97)
    run(matcher, settings.roster, tmp_path / "top.csv", chunk_rows=97, top=7)
    one, many = pd.read_csv(tmp_path / "one.csv"), pd.read_csv(tmp_path / "many.csv")
    pd.testing.assert_frame_equal(one, many, check_exact=True)
    top = pd.read_csv(tmp_path / "top.csv")
    for segment, group in one.groupby("segment_id"):
        ranked = group.dropna(subset=["rank"]).sort_values("rank")
        assert list(ranked["rank"]) == list(range(1, len(ranked) + 1))
        assert ranked["fit"].is_monotonic_decreasing
        assert not group[group["rank"].isna()]["eligible"].any()
        best = top[top["segment_id"] == segment]
        assert list(best["creator_id"]) == list(ranked["creator_id"].head(7))


def test_second_run_over_the_same_roster_skips_the_encoder(matcher, tmp_path):
    stamp = time.time_ns()
    rows = [{"id": f"cache-{i}", "platform": "instagram", "followers": 1000 + i,
             "engagement_rate": 0.03, "bio": f"Fresh bio {stamp} number {i}"}
            for i in range(12)]
    roster = write_jsonl(tmp_path / "fresh.jsonl", rows)
    first = run(matcher, roster, tmp_path / "a.csv", segments=SEGMENTS[:1])
    second = run(matcher, roster, tmp_path / "b.csv", segments=SEGMENTS[:1])
    assert first.texts_encoded == 12
    assert second.texts_encoded == 0 and "texts encoded 0" in second.line()


def test_vendor_export_scored_through_a_bundled_mapping(matcher, tmp_path):
    summary = run(matcher, FIXTURES / "vendor" / "instagram_top_creators.csv",
                  tmp_path / "scored.parquet", segments=SEGMENTS[1:],
                  mapping=load_mapping("instagram-top-creators"), top=3)
    assert (summary.rows_read, summary.scored, summary.rejected) == (20, 16, 4)
    table = pq.read_table(tmp_path / "scored.parquet").to_pandas()
    assert {"top_audience_country", "authentic_engagement"} <= set(table.columns)
    assert set(table["rank"]) == {1, 2, 3}
    assert table["missing_blocks"].str.contains("countries").all()
    fields = {int(r["row"]): r["field"] for r in read_rejects(tmp_path /
                                                              "scored.rejects.csv")}
    assert fields == {10: "row", 12: "audience.top_countries", 15: "id", 17: "followers"}


@pytest.mark.slow
def test_dask_cluster_of_two_workers_writes_the_same_file(matcher, settings, cli_env,
                                                         tmp_path):
    roster = tmp_path / "roster.jsonl"
    lines = Path(settings.roster).read_text().splitlines(True)[:500]
    roster.write_text("".join(lines[:250]) + "{not json\n" + "".join(lines[250:]))
    run(matcher, roster, tmp_path / "single.csv", segments=SEGMENTS[:2], chunk_rows=100)
    proc = subprocess.run(
        [sys.executable, "-m", "matcher.cli", "score", str(roster), "--segments",
         SEGMENTS[0], SEGMENTS[1], "--out", str(tmp_path / "dask.csv"), "--workers", "2",
         "--chunk-rows", "100"], capture_output=True, text=True, env=cli_env, timeout=240)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "2 worker processes, each loaded the model and snapshot once" in proc.stdout
    single, dask = pd.read_csv(tmp_path / "single.csv"), pd.read_csv(tmp_path / "dask.csv")
    pd.testing.assert_frame_equal(single, dask, check_exact=True)
    assert (tmp_path / "single.rejects.csv").read_text() == \
        (tmp_path / "dask.rejects.csv").read_text()


def test_cli_errors_are_one_line(cli_env, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("fields: {id: a, platform: b, followers: c, engagement_rate: d, "
                   "audience.mood: e}\n")
    proc = subprocess.run(
        [sys.executable, "-m", "matcher.cli", "score", str(FIXTURES / "creators_sample.csv"),
         "--segments", "eco-parents-na", "--out", str(tmp_path / "x.csv"), "--mapping",
         str(bad)], capture_output=True, text=True, env=cli_env, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().startswith("error: mapping.fields.audience.mood:")


@pytest.fixture
def job_client(matcher, settings, encoder, tmp_path):
    own = Settings(**{**settings.model_dump(), "database_url": str(tmp_path / "jobs.sqlite"),
                      "jobs_dir": tmp_path / "jobs"})
    store = open_store(own.database_url)
    local = Matcher(matcher.snapshot, encoder, own, store=store)
    with TestClient(create_app(own, matcher=local), headers=EDITOR) as client:
        yield client
    store.close()


def wait(get, until=("done", "failed"), timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = get()
        if job["state"] in until:
            return job
        time.sleep(0.1)
    raise TimeoutError(job)


def test_rest_job_runs_and_serves_its_files(job_client):
    vendor = FIXTURES / "vendor" / "tiktok_top_creators.csv"
    response = job_client.post(
        "/v1/scoring-jobs", params={"segments": "yoga-women-de,pet-parents-us",
                                    "mapping": "tiktok-top-creators", "format": "jsonl"},
        files={"roster": ("tiktok.csv", vendor.read_bytes(), "text/csv")})
    assert response.status_code == 202, response.text
    job_id = response.json()["id"]
    job = wait(lambda: job_client.get(f"/v1/scoring-jobs/{job_id}").json())
    assert job["state"] == "done", job
    # the viral row (engagements 13x the followers) is a ratio, not a reject
    assert (job["rows_read"], job["scored"], job["rejected"]) == (14, 12, 2)
    result = job_client.get(job["result_url"])
    assert result.headers["content-type"].startswith("application/x-ndjson")
    assert len(result.text.splitlines()) == job["rows_written"] == 24
    rejects = job_client.get(job["rejects_url"])
    assert rejects.text.splitlines()[0] == "row,id,field,reason"
    raw = job_client.post("/v1/scoring-jobs?segments=eco-parents-na&top=2",
                          content=(FIXTURES / "creators_sample.csv").read_bytes(),
                          headers={"content-type": "text/csv"})
    assert raw.status_code == 202
    assert wait(lambda: job_client.get(f"/v1/scoring-jobs/{raw.json()['id']}").json())[
        "state"] == "done"
    assert {j["id"] for j in job_client.get("/v1/scoring-jobs").json()["jobs"]} == {
        job_id, raw.json()["id"]}


@pytest.mark.parametrize("path, body, content_type, status, field", [
    ("/v1/scoring-jobs?segments=nope", b"id\n1\n", "text/csv", 404, "segments"),
    ("/v1/scoring-jobs", b"id\n1\n", "text/csv", 422, "segments"),
    ("/v1/scoring-jobs?segments=eco-parents-na", b"x", "text/plain", 422, "content-type"),
    ("/v1/scoring-jobs?segments=eco-parents-na&filename=r.xlsx", b"x", "text/csv", 422,
     "filename"),
    ("/v1/scoring-jobs?segments=eco-parents-na&mapping=../../x", b"x", "text/csv", 422,
     "mapping"),
    ("/v1/scoring-jobs?segments=eco-parents-na", b"", "text/csv", 422, "roster"),
    ("/v1/scoring-jobs?segments=eco-parents-na&top=0", b"x", "text/csv", 422, "top"),
])
def test_job_errors_are_problem_json(job_client, path, body, content_type, status, field):
    response = job_client.post(path, content=body, headers={"content-type": content_type})
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["field"] == field


def test_job_status_errors(job_client):
    missing = job_client.get("/v1/scoring-jobs/nope")
    assert missing.status_code == 404 and missing.json()["field"] == "job_id"
    bad = job_client.post("/v1/scoring-jobs?segments=eco-parents-na&filename=x.parquet",
                          content=b"not parquet", headers={"content-type": "text/csv"})
    job = wait(lambda: job_client.get(f"/v1/scoring-jobs/{bad.json()['id']}").json())
    assert job["state"] == "failed" and job["error"]["detail"]
    early = job_client.get(f"/v1/scoring-jobs/{job['id']}/result")
    assert early.status_code == 409 and early.json()["type"].endswith("job-not-done")
    reader = job_client.post("/v1/scoring-jobs?segments=eco-parents-na", content=b"x",
                             headers={"content-type": "text/csv",
                                      "authorization": f"Bearer {READER_KEY}"})
    assert reader.status_code == 403


@pytest.mark.slow
def test_job_survives_a_killed_server(cli_env, settings, tmp_path):
    catalogue = tmp_path / "catalogue.jsonl"
    lines = Path(settings.roster).read_text().splitlines(True)
    catalogue.write_text("".join(lines[:200]))
    env = {**cli_env, "MATCHER_DATABASE_URL": str(tmp_path / "catalogue.sqlite"),
           "MATCHER_INDEX_DIR": str(tmp_path / "index"), "MATCHER_ROSTER": str(catalogue)}
    roster = tmp_path / "roster.jsonl"
    with roster.open("w") as out:
        for copy in range(4):
            for line in lines:
                record = json.loads(line)
                if record.get("id"):
                    record["id"] = f"{record['id']}-{copy}"
                out.write(json.dumps(record) + "\n")
    rows = 4 * len(lines)
    server = Server(env).start()
    try:
        job_id = httpx.post(f"{server.base}/v1/scoring-jobs",
                            params={"segments": "yoga-women-de", "chunk_rows": 100},
                            files={"roster": ("roster.jsonl", roster.read_bytes())},
                            headers=EDITOR, timeout=30).json()["id"]
        status = wait(lambda: httpx.get(f"{server.base}/v1/scoring-jobs/{job_id}",
                                        headers=EDITOR).json(), until=("running",))
        while status["rows_read"] == 0 and status["state"] == "running":
            status = httpx.get(f"{server.base}/v1/scoring-jobs/{job_id}",
                               headers=EDITOR).json()
            time.sleep(0.05)
        assert status["state"] == "running", status
    finally:
        server.kill()
    store = open_store(env["MATCHER_DATABASE_URL"])
    assert store.get_job(job_id)["state"] == "running"          # what the kill left behind
    store.close()
    again = Server(env).start()
    try:
        job = wait(lambda: httpx.get(f"{again.base}/v1/scoring-jobs/{job_id}",
                                     headers=EDITOR).json())
        assert job["state"] == "done" and job["attempts"] == 2, job
        assert job["rows_read"] == rows == job["scored"] + job["rejected"]
        result = httpx.get(f"{again.base}{job['result_url']}", headers=EDITOR, timeout=60)
        assert len(result.text.splitlines()) == 1 + job["scored"]
    finally:
        again.stop()


def test_weights_on_no_factor_a_segment_has_fail_the_run_naming_weights(matcher, tmp_path):
    """As for a shortlist: a weighting that leaves a segment nothing to rank by is refused,
    not scored as every fit 0."""
    from matcher.contracts.profiles import Segment
    from matcher.errors import InvalidInput

    roster = tmp_path / "roster.jsonl"
    roster.write_text(Path(matcher.settings.roster).read_text().splitlines()[0] + "\n")
    only_countries = Segment(id="us", name="US", countries=["US"])
    with pytest.raises(InvalidInput, match="weights") as raised:
        score_roster(roster, [only_countries], tmp_path / "out.csv", Reference.of_matcher(matcher),
                     BatchOptions(weights={"audience_match": 0, "affinity": 0, "engagement": 0,
                                           "credibility": 0, "age": 1.0}))
    assert raised.value.field == "weights"


def test_a_roster_unlike_the_reference_says_so(matcher, settings, tmp_path):
    """Engagement 'x the median' is measured against the reference catalogue: a roster whose
    creators all engage five times as much gets a reference-mismatch warning, in the summary
    and in the job's answer; the reference's own creators get none."""
    lines = Path(settings.roster).read_text().splitlines()[:300]
    same = tmp_path / "same.jsonl"
    same.write_text("\n".join(lines) + "\n")
    hot = tmp_path / "hot.jsonl"
    rows = [json.loads(line) for line in lines]
    for row in rows:
        if isinstance(row.get("engagement_rate"), (int, float)):
            row["engagement_rate"] = min(row["engagement_rate"] * 5, 0.99)
    hot.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    quiet = run(matcher, same, tmp_path / "same.csv", segments=("eco-parents-na",))
    loud = run(matcher, hot, tmp_path / "hot.csv", segments=("eco-parents-na",))
    assert not [w for w in quiet.warnings if w["code"] == "reference-mismatch"]
    mismatch = [w for w in loud.warnings if w["code"] == "reference-mismatch"]
    assert mismatch, loud.warnings
    typical = float(re.search(r"engages ([0-9.]+)x", mismatch[0]["message"]).group(1))
    assert 3.0 <= typical <= 5.0  # five times as much, a few capped below a rate of 1
