"""Partial audience data end to end: a bad partial block is rejected naming its field on every
path a user hits, nothing estimated is written back, the batch output marks what it
estimated, and `matcher eval` ranks the exported creators apart."""

import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.errors import RowError
from matcher.ingest.normalise import normalise_profile
from matcher.ingest.readers import read
from matcher.reports import build_report, parse_campaign, render_html
from matcher.service.records import NEAREST_EVIDENCE
from tests.conftest import EDITOR_KEY, FIXTURES, READER_KEY, write_jsonl
from tests.test_batch import job_client, wait  # noqa: F401  (the fixture)
from tests.test_cli import run  # noqa: F401  (the fixture)
from tests.test_live import creator, live  # noqa: F401  (the fixture)

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}

#: (audience, the field its reject names, a word of the reason)
BAD_PARTIAL_BLOCKS = {
    "not a country": ({"top_countries": ["Atlantis"]}, "audience.top_countries", "Atlantis"),
    "repeats": ({"top_countries": ["BR", "US", "BR"]}, "audience.top_countries", "twice"),
    "order against the shares": ({"top_countries": ["BR", "PT"],
                                  "countries": {"BR": 0.2, "PT": 0.5}},
                                 "audience.top_countries", "contradicts"),
    "languages against the shares": ({"top_languages": ["pt", "en"],
                                      "languages": {"pt": 0.2, "en": 0.5}},
                                     "audience.top_languages", "contradicts"),
    "dominant gender against the shares": ({"dominant_gender": "male",
                                            "gender": {"female": 0.7, "male": 0.3}},
                                           "audience.dominant_gender", "largest"),
}
FLAT_PREFIX = {"countries": "audience_country_", "languages": "audience_language_",
               "gender": "audience_gender_"}


def bad_rows() -> list[dict]:
    """A good row, then one row per bad partial block (rows 2, 3, ... of a file)."""
    good = creator("good", audience={"top_countries": ["IS"], "countries": {"IS": 0.95}})
    return [good] + [creator(f"bad-{i}", audience=audience)
                     for i, (audience, _, _) in enumerate(BAD_PARTIAL_BLOCKS.values())]


def flat(row: dict) -> dict[str, str]:
    """A nested row as a flat CSV record: share blocks as one column per key, ranked lists
    as ``BR|PT``."""
    out = {k: v for k, v in row.items() if k != "audience"}
    out["categories"] = json.dumps(row["categories"])
    for block, value in row["audience"].items():
        if block in FLAT_PREFIX:
            out.update({FLAT_PREFIX[block] + key: share for key, share in value.items()})
        else:
            out[f"audience_{block}"] = "|".join(value) if isinstance(value, list) else value
    return out


def write_csv(path: Path, rows: list[dict]) -> Path:
    records = [flat(row) for row in rows]
    columns = list(dict.fromkeys(key for record in records for key in record))
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, columns)
        writer.writeheader()
        writer.writerows(records)
    return path


EXPECTED = {row: (field, word)
            for row, (_, field, word) in enumerate(BAD_PARTIAL_BLOCKS.values(), start=2)}


@pytest.mark.parametrize("case", BAD_PARTIAL_BLOCKS)
def test_a_bad_partial_block_is_a_row_error_naming_its_field(case):
    audience, field, word = BAD_PARTIAL_BLOCKS[case]
    with pytest.raises(RowError) as err:
        normalise_profile(creator("x", audience=audience))
    assert err.value.field == field and word in err.value.reason


@pytest.mark.parametrize("kind", ["jsonl", "csv"])
def test_a_file_rejects_bad_partial_blocks_with_row_field_and_reason(kind, tmp_path):
    path = (write_jsonl(tmp_path / "roster.jsonl", bad_rows()) if kind == "jsonl"
            else write_csv(tmp_path / "roster.csv", bad_rows()))
    result = read(path)
    assert [p.id for p in result.accepted] == ["good"]
    assert {r.row: r.field for r in result.rejects} == {
        row: field for row, (field, _) in EXPECTED.items()}
    for reject in result.rejects:
        assert EXPECTED[reject.row][1] in reject.reason


def test_validate_writes_the_rejects_file_with_row_and_field(run, tmp_path):  # noqa: F811
    roster = write_csv(tmp_path / "roster.csv", bad_rows())
    code, out, _ = run("validate", str(roster), "--rejects", str(tmp_path / "rejects.csv"))
    assert code == 0 and f"{len(EXPECTED)} rejected" in out
    rejects = list(csv.DictReader(io.StringIO((tmp_path / "rejects.csv").read_text())))
    assert {int(r["row"]): r["field"] for r in rejects} == {
        row: field for row, (field, _) in EXPECTED.items()}


def test_the_api_answers_422_naming_the_field_and_the_bulk_import_the_row(live):  # noqa: F811
    with TestClient(create_app(live.settings, matcher=live)) as api:
        for audience, field, word in BAD_PARTIAL_BLOCKS.values():
            answer = api.put("/v1/influencers/bad", json=creator("bad", audience=audience),
                             headers=EDITOR)
            assert answer.status_code == 422, answer.text
            assert answer.json()["field"] == field and word in answer.json()["detail"]
        bulk = api.post("/v1/influencers:bulk", json=bad_rows(), headers=EDITOR)
        assert bulk.status_code == 200, bulk.text
        assert bulk.json()["accepted"] == 1
        assert {r["row"]: r["field"] for r in bulk.json()["rejects"]} == {
            row: field for row, (field, _) in EXPECTED.items()}
        assert api.get("/v1/influencers/bad", headers=READER).status_code == 404


EXPORTED = {"top_countries": ["US"]}  # a ranking export: categories, top country, figures


def test_nothing_estimated_is_written_back_to_the_stored_profile(live):  # noqa: F811
    row = creator("export-us", bio="", categories=["Fitness & Gym"], audience=EXPORTED)
    del row["credibility"]
    segment = {"name": "US fitness fans", "countries": ["US"], "interests": ["home workouts"],
               "ages": ["25-34"], "genders": ["female"]}
    with TestClient(create_app(live.settings, matcher=live)) as api:
        assert api.put("/v1/influencers/export-us", json=row, headers=EDITOR).status_code == 201
        result = api.post("/v1/shortlists", json={"segment": segment, "k": 500},
                          headers=READER).json()
        listed = {r["id"]: r for r in result["results"]}["export-us"]
        stored = api.get("/v1/influencers/export-us", headers=READER).json()
    assert {f: s["estimated_from"] for f, s in listed["factor_shares"].items()} == {
        "age": "platform", "gender": "platform", "country": "top audience country US",
        "interest": NEAREST_EVIDENCE}
    assert listed["credibility"] is None
    assert stored["audience"] == EXPORTED and stored.get("credibility") is None
    path = live.settings.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        (data,) = db.execute("SELECT data FROM profiles WHERE id = 'export-us'").fetchone()
    kept = json.loads(data)
    assert {k: v for k, v in kept["audience"].items() if v is not None} == EXPORTED
    assert kept.get("credibility") is None


def test_the_batch_output_marks_estimated_figures(job_client):  # noqa: F811
    vendor = FIXTURES / "vendor" / "instagram_top_creators.csv"
    started = job_client.post(
        "/v1/scoring-jobs", params={"segments": "yoga-women-de",
                                    "mapping": "instagram-top-creators", "format": "csv"},
        files={"roster": ("instagram.csv", vendor.read_bytes(), "text/csv")})
    assert started.status_code == 202, started.text
    job = wait(lambda: job_client.get(f"/v1/scoring-jobs/{started.json()['id']}").json())
    assert job["state"] == "done", job
    rows = list(csv.DictReader(io.StringIO(job_client.get(job["result_url"]).text)))
    by_top = [r for r in rows if r["top_audience_country"] == "DE"]
    assert by_top
    ranges = [(float(r["segment_share_low"]), float(r["segment_share"]),
               float(r["segment_share_high"])) for r in rows]
    assert all(low <= share <= high for low, share, high in ranges)
    assert any(low < high for low, _, high in ranges)
    for row in rows:
        blocks = dict(part.split(": ", 1) for part in row["estimated_blocks"].split("; "))
        assert set(blocks) == set(row["missing_blocks"].split(",")) - {"credibility"}
    for row in by_top:
        assert "countries: top audience country DE" in row["estimated_blocks"]


def test_fully_reported_creators_have_no_estimated_blocks_in_the_batch_output(
        job_client):  # noqa: F811
    started = job_client.post("/v1/scoring-jobs?segments=eco-parents-na&format=parquet",
                              content=(FIXTURES / "creators_sample.csv").read_bytes(),
                              headers={"content-type": "text/csv"})
    job = wait(lambda: job_client.get(f"/v1/scoring-jobs/{started.json()['id']}").json())
    assert job["state"] == "done", job
    table = pq.read_table(io.BytesIO(job_client.get(job["result_url"]).content)).to_pandas()
    reported = table[table["missing_blocks"].isin(["", "credibility"])]
    assert len(reported)
    assert (reported["segment_share_low"] == reported["segment_share"]).all()
    assert (reported["segment_share_high"] == reported["segment_share"]).all()
    assert (reported["estimated_blocks"] == "").all()


def test_the_reports_methods_say_what_a_missing_blocks_range_rests_on(matcher):
    campaign = parse_campaign({"name": "Partial", "k": 5, "segments": ["eco-parents-na"]})
    methods = render_html(build_report(matcher, campaign)).split('class="sheet methods"')[1]
    meaning = methods.split("<dt>Segment share</dt>")[1].split("</dd>")[0]
    assert "on the platform." not in meaning
    for evidence in ("top audience country", "dominant age band, gender or language",
                     "nearest bios and categories", "the platform's"):
        assert evidence in meaning


EVAL = ("eval", "--seed", "5", "--creators", "1200", "--segments", "4")
BUILD_TIME = re.compile(r"built in \d+ s")


@pytest.mark.slow
def test_eval_partial_mode_ranks_each_kind_apart_and_zero_is_todays_output(
        run, tmp_path):  # noqa: F811
    code, today, _ = run(*EVAL, "--workdir", str(tmp_path / "a"))
    assert code == 0
    code, zero, _ = run(*EVAL, "--partial", "0", "--workdir", str(tmp_path / "b"))
    assert code == 0 and BUILD_TIME.sub("", zero) == BUILD_TIME.sub("", today)
    code, mixed, _ = run(*EVAL, "--partial", "0.5", "--workdir", str(tmp_path / "c"))
    assert code == 0
    assert today.splitlines()[1] in mixed  # today's table over the mixed catalogue
    kinds = mixed.split("50% of the creators reported with a top audience country only")[1]
    assert ("| method | partial: NDCG@50 share | partial: NDCG@50 reach | full: NDCG@50 share "
            "| full: NDCG@50 reach |") in kinds
    for method in ("service rank_by=fit", "service rank_by=reach",
                   "top country dropped, rank_by=fit", "followers in the segment's countries",
                   "bio-only"):
        cells = kinds.split(f"| {method} |")[1].splitlines()[0].split("|")[:4]
        assert all(re.fullmatch(r" (0|1)\.\d{3} ", cell) for cell in cells), (method, cells)


def test_eval_rejects_a_share_outside_zero_to_one(run):  # noqa: F811
    code, _, err = run("eval", "--partial", "1.5")
    assert code == 1 and err.startswith("error: partial: expected a share from 0 to 1")


def test_eval_refuses_an_export_kind_without_exported_creators(run):  # noqa: F811
    code, _, err = run("eval", "--exports", "realistic")
    assert code == 1 and err.startswith("error: exports: --exports realistic describes")
