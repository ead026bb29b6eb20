"""Segment discovery: reading customer exports, what is published, and what never is."""

from __future__ import annotations

import gzip
import json
import sys
import time

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient
from sklearn.metrics import adjusted_rand_score

from matcher.api.app import create_app
from matcher.cli import main
from matcher.config import Settings, get_settings
from matcher.contracts.profiles import Segment
from matcher.discovery import (
    DiscoveryOptions,
    discover,
    discover_file,
    load_customer_mapping,
    read_customers,
)
from matcher.discovery.live import follow
from matcher.discovery.mapping import customer_mapping
from matcher.errors import InvalidInput
from matcher.service import Matcher
from matcher.simulate import fixed_segments
from matcher.simulate.customers import draw_customers
from matcher.store import open_store
from tests.conftest import EDITOR_KEY, FIXTURES

CUSTOMERS = FIXTURES / "customers"
PERSONAL = ("@example.invalid", "Customer1", "+1-555", "Example Street")


def _floor(size: int) -> Settings:
    """The settings with a k-anonymity floor of ``size`` (the fixtures hold 400 customers)."""
    return get_settings().model_copy(update={"discovery_min_segment_size": size})


def _segments(*ids: str) -> list:
    by_id = {s.id: s for s in fixed_segments()}
    return [by_id[i] for i in ids]


@pytest.mark.parametrize(("name", "mapping", "rejected"), [
    ("hubspot-contacts.csv", "hubspot-contacts", 2),
    ("shopify-customers.csv", "shopify-customers", 0),
    ("customers.jsonl", None, 0),
])
def test_bundled_layouts_account_for_every_row(name, mapping, rejected):
    base = read_customers(CUSTOMERS / name, mapping)
    assert base.rows == len(base) + len(base.rejects)
    assert len(base.rejects) == rejected
    assert base.rows == (402 if name.startswith("hubspot") else 400)


def test_rejects_name_the_row_the_field_and_what_was_expected():
    base = read_customers(CUSTOMERS / "hubspot-contacts.csv", "hubspot-contacts")
    by_row = {r.row: r for r in base.rejects}
    assert by_row[401].field == "age" and "expected an age" in by_row[401].reason
    assert by_row[402].field == "country" and "Atlantis" in by_row[402].reason
    assert all(r.id is None for r in base.rejects)


def test_gzip_and_parquet_read_like_json_lines(tmp_path):
    source = CUSTOMERS / "customers.jsonl"
    packed = tmp_path / "customers.jsonl.gz"
    packed.write_bytes(gzip.compress(source.read_bytes()))
    records = [json.loads(line) for line in source.read_text().splitlines()]
    keys = sorted({k for r in records for k in r})
    table = pa.Table.from_pylist([{k: None if k not in r else "|".join(r[k])
                                   if isinstance(r[k], list) else str(r[k]) for k in keys}
                                  for r in records])
    pq.write_table(table, tmp_path / "customers.parquet")
    plain = read_customers(source)
    for path in (packed, tmp_path / "customers.parquet"):
        other = read_customers(path)
        assert len(other) == len(plain) and not other.rejects
        assert (other.age_band == plain.age_band).all()
        assert [other.countries[c] for c in other.country] == [plain.countries[c]
                                                               for c in plain.country]


def test_a_column_the_layout_lacks_fails_the_file_naming_it():
    with pytest.raises(InvalidInput) as err:
        read_customers(CUSTOMERS / "shopify-customers.csv", "hubspot-contacts")
    assert "'Age'" in err.value.detail


def test_a_mapping_may_not_read_personal_identifiers():
    with pytest.raises(InvalidInput) as err:
        customer_mapping({"fields": {"email": "Email", "age": "Age"}})
    assert err.value.field == "mapping.fields.email"
    assert "identifies a person" in err.value.detail


def test_personal_identifiers_never_reach_the_output(encoder, tmp_path):
    found = discover_file(CUSTOMERS / "hubspot-contacts.csv", encoder.encode,
                          "hubspot-contacts", _floor(20))
    assert found.segments
    written = found.write(tmp_path / "out")
    text = json.dumps(found.to_dict()) + "".join(p.read_text() for p in written)
    for marker in PERSONAL:
        assert marker not in text


def test_well_separated_planted_segments_are_recovered(encoder, tmp_path):
    sample = draw_customers(5, _segments("yoga-women-de", "gamers-br-mx", "kpop-asia-teens"),
                            900)
    base = read_customers(sample.write(tmp_path / "customers.csv"))
    found = discover(base, encoder.encode, options=DiscoveryOptions(max_segments=6))
    assert found.k == 3
    assert adjusted_rand_score(sample.labels, found.labels) >= 0.9
    for item in found.segments:
        Segment.model_validate(item.segment.model_dump())
        assert item.segment.interests and item.distinctions


def test_a_segment_below_the_floor_is_never_published(encoder, tmp_path):
    sample = draw_customers(3, _segments("yoga-women-de", "gamers-br-mx", "kpop-asia-teens",
                                         "car-enthusiasts-dach"), 700)
    base = read_customers(sample.write(tmp_path / "customers.csv"))
    floor = 120
    found = discover(base, encoder.encode, options=DiscoveryOptions(min_size=floor, segments=6))
    sizes = [s.figures.size for s in found.segments]
    assert all(size >= floor for size in sizes)
    assert sum(sizes) + found.unpublished_customers == len(base)
    assert int((found.labels >= 0).sum()) == sum(sizes)
    assert found.unpublished_segments >= 1  # the test is vacuous without a hidden segment
    assert any("not published" in w for w in found.warnings)
    summary = found.to_dict()
    assert all(s["size"] >= floor for s in summary["segments"])
    written = found.write(tmp_path / "out")
    assert len([p for p in written if p.suffix == ".yaml"]) == len(found.segments)


def test_a_file_too_small_to_segment_is_a_clear_error(encoder, tmp_path):
    source = (CUSTOMERS / "customers.jsonl").read_text().splitlines()[:60]
    small = tmp_path / "small.jsonl"
    small.write_text("\n".join(source) + "\n")
    with pytest.raises(InvalidInput) as err:
        discover_file(small, encoder.encode)
    assert err.value.field == "customers"
    assert "too few to segment" in err.value.detail and "at least 100" in err.value.detail


def test_a_missing_file_and_an_unknown_mapping_are_errors(tmp_path):
    with pytest.raises(InvalidInput, match="not found"):
        read_customers(tmp_path / "nope.csv")
    with pytest.raises(InvalidInput, match="bundled: customers"):
        load_customer_mapping("salesforce-2031")


@pytest.mark.slow
def test_rest_discovery_job_returns_segments_with_shortlists(matcher, settings, encoder,
                                                             tmp_path):
    own = Settings(**{**settings.model_dump(), "database_url": str(tmp_path / "jobs.sqlite"),
                      "jobs_dir": tmp_path / "jobs", "discovery_min_segment_size": 20,
                      "max_body_bytes": 80_000})
    store = open_store(own.database_url)
    local = Matcher(matcher.snapshot, encoder, own, store=store)
    auth = {"Authorization": f"Bearer {EDITOR_KEY}"}
    try:
        with TestClient(create_app(own, matcher=local), headers=auth) as client:
            bad = client.post("/v1/segments:discover", params={"mapping": "nope"},
                              content=b"age\n30\n", headers={"content-type": "text/csv"})
            assert bad.status_code == 422 and bad.json()["field"] == "mapping"
            under = client.post("/v1/segments:discover", params={"min_size": 5},
                                content=b"age\n30\n", headers={"content-type": "text/csv"})
            assert under.status_code == 422 and under.json()["field"] == "min_size"
            big = client.post("/v1/segments:discover", files={
                "customers": ("big.csv", b"age\n" + b"30\n" * 30_000, "text/csv")})
            assert big.status_code == 413
            assert not list((tmp_path / "jobs" / "customers").iterdir())
            latin = client.post("/v1/segments:discover", params={"filename": "c.csv"},
                                content="age,interests\n30,caf\xe9\n".encode("latin-1"),
                                headers={"content-type": "text/csv"}).json()
            deadline = time.monotonic() + 60
            while latin["state"] not in ("done", "failed") and time.monotonic() < deadline:
                time.sleep(0.2)
                latin = client.get(f"/v1/segments:discover/{latin['id']}").json()
            assert latin["state"] == "failed" and latin["error"]["field"] == "encoding"
            early = client.get(f"/v1/segments:discover/{latin['id']}/report")
            assert early.status_code == 409 and early.json()["field"] == "job_id"
            assert f"discovery job {latin['id']} failed" in early.json()["detail"]
            body = (CUSTOMERS / "hubspot-contacts.csv").read_bytes()
            response = client.post(
                "/v1/segments:discover",
                params={"mapping": "hubspot-contacts", "min_size": 20, "shortlist": 3},
                files={"customers": ("contacts.csv", body, "text/csv")})
            assert response.status_code == 202, response.text
            job_id = response.json()["id"]
            deadline = time.monotonic() + 120
            job = response.json()
            while job["state"] not in ("done", "failed") and time.monotonic() < deadline:
                time.sleep(0.2)
                job = client.get(f"/v1/segments:discover/{job_id}").json()
            assert job["state"] == "done", job
            result = job["result"]
            assert result["rows_read"] == result["accepted"] + result["rejected"] == 402
            assert all(len(s["shortlist"]) == 3 for s in result["segments"])
            assert not any(m in json.dumps(job) for m in PERSONAL)
            assert not list((tmp_path / "jobs" / "customers").iterdir())
            page = client.get(f"/v1/segments:discover/{job_id}/report")
            assert page.status_code == 200, page.text
            assert page.headers["content-type"].startswith("text/html")
            for segment in result["segments"]:
                assert segment["name"] in page.text
            assert not any(m in page.text for m in PERSONAL)
            again = client.post(
                "/v1/segments:discover",
                params={"mapping": "hubspot-contacts", "min_size": 20, "previous": job_id,
                        "save": "true"},
                files={"customers": ("contacts.csv", body, "text/csv")}).json()
            deadline = time.monotonic() + 120
            while again["state"] not in ("done", "failed") and time.monotonic() < deadline:
                time.sleep(0.2)
                again = client.get(f"/v1/segments:discover/{again['id']}").json()
            assert again["state"] == "done", again
            ids = [s["id"] for s in result["segments"]]
            assert sorted(again["result"]["changes"]["persisted"]) == sorted(ids)
            for segment_id in ids:
                assert client.get(f"/v1/segments/{segment_id}").status_code == 200
    finally:
        store.close()


def test_a_rerun_keeps_the_ids_of_segments_that_persist_and_reports_the_gone(encoder,
                                                                           tmp_path):
    source = CUSTOMERS / "customers.jsonl"
    first = discover_file(source, encoder.encode, settings=_floor(20))
    earlier = json.loads(json.dumps(first.to_dict()))
    again = discover_file(source, encoder.encode, settings=_floor(20),
                          options=DiscoveryOptions(seed=3))
    changes = follow(again, earlier)
    assert set(changes.persisted) == {s.segment.id for s in first.segments}
    assert not (changes.appeared or changes.gone or changes.split or changes.merged)
    gamers = next(s.segment.id for s in first.segments if "BR" in (s.segment.countries or {}))
    kept = [line for line in source.read_text().splitlines()
            if json.loads(line).get("country") not in ("BR", "MX", "Brazil", "Mexico")]
    later = tmp_path / "later.jsonl"
    later.write_text("\n".join(kept) + "\n")
    shrunk = discover_file(later, encoder.encode, settings=_floor(20))
    changes = follow(shrunk, earlier)
    assert changes.gone == [gamers]
    assert {s.segment.id for s in shrunk.segments} <= set(changes.persisted) | set(
        changes.appeared)
    assert set(changes.persisted) == {s.segment.id for s in first.segments} - {gamers}


def test_a_segment_judged_different_does_not_keep_the_previous_id(encoder):
    found = discover_file(CUSTOMERS / "hubspot-contacts.csv", encoder.encode,
                          "hubspot-contacts", _floor(20))
    previous = json.loads(json.dumps(found.to_dict()))
    for segment in previous["segments"]:  # same ids and interests, other people
        segment.update(ages={"shares": {"65+": 1.0}}, countries={"shares": {"JP": 1.0}},
                       languages={"shares": {"ja": 1.0}}, genders={"shares": {"other": 1.0}})
    old_ids = {s["id"] for s in previous["segments"]}
    changes = follow(found, previous)
    new_ids = [s.segment.id for s in found.segments]
    assert not changes.persisted and set(changes.gone) == old_ids
    # the same interests in other demographics: regrouped (known interests), not appeared
    assert not changes.appeared and sorted(changes.regrouped) == sorted(new_ids)
    for new_id, earlier in changes.regrouped.items():
        assert earlier and earlier[0] == new_id.removesuffix("-new")
    assert not set(new_ids) & old_ids and len(set(new_ids)) == len(new_ids)


def test_a_segment_with_new_interests_has_appeared_one_with_known_ones_is_regrouped(
        encoder):
    from matcher.discovery.live import interest_coverage

    found = discover_file(CUSTOMERS / "hubspot-contacts.csv", encoder.encode,
                          "hubspot-contacts", _floor(20))
    current = json.loads(json.dumps(found.to_dict()))["segments"]
    other = {"ages": {"shares": {"65+": 1.0}}, "countries": {"shares": {"JP": 1.0}},
             "languages": {"shares": {"ja": 1.0}}, "genders": {"shares": {"other": 1.0}}}
    new_interests = [{**s, **other, "id": f"old-{n}",
                      "interests": {"shares": {f"knitting {n}": 1.0}}}
                     for n, s in enumerate(current)]
    assert all(interest_coverage(s, new_interests) == 0.0 for s in current)
    changes = follow(found, {"segments": new_interests})
    assert sorted(changes.appeared) == sorted(s.segment.id for s in found.segments)
    assert not changes.regrouped
    # one previous segment holding half of each new one's interests, another the rest:
    # known interests, mixed anew
    halves = []
    for n, s in enumerate(current):
        shares = s["interests"]["shares"]
        phrases = sorted(shares, key=lambda p: -shares[p])
        for part in (phrases[::2], phrases[1::2]):
            halves.append({**s, **other, "id": f"half-{n}-{len(halves)}",
                           "interests": {"shares": {p: shares[p] for p in part}}})
    assert all(interest_coverage(s, halves) > 0.99 for s in current)
    changes = follow(found, {"segments": halves})
    assert not changes.appeared
    assert sorted(changes.regrouped) == sorted(s.segment.id for s in found.segments)


@pytest.mark.slow
def test_cli_writes_segments_and_keeps_ids_on_a_rerun(cli_env, monkeypatch, capsys,
                                                      tmp_path):
    for key, value in cli_env.items():
        if key.startswith("MATCHER_"):
            monkeypatch.setenv(key, value)
    get_settings.cache_clear()

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["matcher", "segments", "discover", *args])
        with pytest.raises(SystemExit) as done:
            main()
            raise SystemExit(0)
        out, err = capsys.readouterr()
        return int(done.value.code or 0), out, err

    try:
        source = str(CUSTOMERS / "hubspot-contacts.csv")
        code, out, err = run(source, "--mapping", "hubspot-contacts", "--out",
                             str(tmp_path / "a"))
        assert code == 0, err
        assert "402 rows: 400 accepted, 2 rejected" in out
        first = json.loads((tmp_path / "a" / "summary.json").read_text())
        ids = sorted(s["id"] for s in first["segments"])
        assert sorted(p.stem for p in (tmp_path / "a").glob("*.yaml")) == ids
        code, out, err = run(source, "--mapping", "hubspot-contacts", "--out",
                             str(tmp_path / "b"), "--previous",
                             str(tmp_path / "a" / "summary.json"))
        assert code == 0, err
        changes = json.loads((tmp_path / "b" / "summary.json").read_text())["changes"]
        assert sorted(changes["persisted"]) == ids
        small = tmp_path / "small.jsonl"
        small.write_text("\n".join((CUSTOMERS / "customers.jsonl").read_text()
                                   .splitlines()[:30]) + "\n")
        code, _, err = run(str(small), "--out", str(tmp_path / "c"))
        assert code == 1
        assert err.strip().startswith("error: customers: 30 customers accepted")
        code, _, err = run(source, "--mapping", "hubspot-contacts", "--min-size", "10",
                           "--out", str(tmp_path / "d"))
        assert code == 1 and "min_size" in err and "floor" in err
    finally:
        get_settings.cache_clear()


def test_min_size_may_raise_the_floor_but_never_lower_it(tmp_path):
    base = read_customers(CUSTOMERS / "customers.jsonl")
    with pytest.raises(InvalidInput) as err:
        discover(base, lambda phrases: None, _floor(50),  # type: ignore[arg-type,return-value]
                 DiscoveryOptions(min_size=10))
    assert err.value.field == "min_size" and "MATCHER_DISCOVERY_MIN_SEGMENT_SIZE" in (
        err.value.detail)


def test_a_file_in_another_encoding_is_an_error_naming_the_encoding(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("age,country,interests\n30,DE,yoga\n31,DE,caf\xe9\n".encode("latin-1"))
    with pytest.raises(InvalidInput) as err:
        read_customers(path)
    assert err.value.field == "encoding" and "encoding: latin-1" in err.value.detail


def test_a_file_named_gz_that_is_not_gzip_is_an_error(tmp_path):
    path = tmp_path / "customers.csv.gz"
    path.write_bytes(b"age,country\n30,DE\n")
    with pytest.raises(InvalidInput, match="not a readable gzip file"):
        read_customers(path)


def test_objects_and_lists_are_rejected_not_read_as_numbers(tmp_path):
    path = tmp_path / "odd.jsonl"
    path.write_text('{"age": {"years": 30}}\n{"age": [30]}\n{"revenue": {"eur": 5}}\n'
                    '{"country": ["DE"]}\n{"interests": {"a": 1}}\n{"age": 30}\n')
    base = read_customers(path)
    assert len(base) == 1 and base.rows == 6
    assert [(r.row, r.field) for r in base.rejects] == [
        (1, "age"), (2, "age"), (3, "revenue"), (4, "country"), (5, "interests")]


def test_a_reject_never_quotes_a_cell_that_looks_like_an_email_or_phone(tmp_path):
    path = tmp_path / "shifted.csv"
    path.write_text("age,gender,country,revenue\n"
                    "30,c5@example.invalid,DE,10\n"
                    "30,F,+1-555-0105,10\n"
                    "30,F,DE,call +1-555-0105\n"
                    "30,F,Atlantis,10\n")
    base = read_customers(path)
    assert [r.field for r in base.rejects] == ["gender", "country", "revenue", "country"]
    reasons = " ".join(r.reason for r in base.rejects)
    assert "example.invalid" not in reasons and "555" not in reasons
    assert "'Atlantis'" in base.rejects[-1].reason


def test_the_phrase_length_limit_is_the_documented_setting(monkeypatch, tmp_path):
    path = tmp_path / "long.csv"
    path.write_text("age,interests\n30,yoga\n30," + "x" * 30 + "\n")
    monkeypatch.setenv("MATCHER_DISCOVERY_MAX_PHRASE_CHARS", "20")
    get_settings.cache_clear()
    try:
        base = read_customers(path)
    finally:
        monkeypatch.delenv("MATCHER_DISCOVERY_MAX_PHRASE_CHARS")
        get_settings.cache_clear()
    assert len(base) == 1 and base.rejects[0].field == "interests"
    assert "MATCHER_DISCOVERY_MAX_PHRASE_CHARS" in base.rejects[0].reason


def test_identical_customers_report_no_empty_unpublished_segment(tmp_path):
    path = tmp_path / "same.csv"
    path.write_text("age,gender,country\n" + "30,F,DE\n" * 300)
    found = discover(read_customers(path), lambda phrases: None,  # type: ignore[arg-type]
                     _floor(50), DiscoveryOptions(max_segments=3))
    assert [s.figures.size for s in found.segments] == [300]
    assert found.unpublished_segments == 0
    assert not any("not published" in w for w in found.warnings)


def test_a_job_whose_result_cannot_be_stored_is_failed_not_left_running(monkeypatch,
                                                                         tmp_path):
    import types

    from matcher.discovery import jobs as jobs_module

    store = open_store(str(tmp_path / "jobs.sqlite"))
    service = types.SimpleNamespace(settings=_floor(50), store=store,
                                    encoder=types.SimpleNamespace(encode=None))

    class Unstorable:
        def to_dict(self) -> dict:
            raise TypeError("not JSON")

    monkeypatch.setattr(jobs_module, "discover_file", lambda *args: Unstorable())
    try:
        runner = jobs_module.DiscoveryJobs(service, store,  # type: ignore[arg-type]
                                           tmp_path / "jobs")
        upload = runner.upload_path("customers.csv")
        upload.write_text("age\n30\n")
        job = runner.submit(upload, "customers.csv", {})
        runner._run(job["id"])
        assert runner.get(job["id"])["state"] == "failed"
        assert not upload.exists()
    finally:
        store.close()


def test_a_job_that_stopped_the_service_each_time_is_failed_not_retried(tmp_path):
    import types

    from matcher.discovery import jobs as jobs_module

    store = open_store(str(tmp_path / "jobs.sqlite"))
    service = types.SimpleNamespace(settings=_floor(50), store=store, encoder=None)
    try:
        runner = jobs_module.DiscoveryJobs(service, store,  # type: ignore[arg-type]
                                           tmp_path / "jobs")
        upload = runner.upload_path("customers.csv")
        upload.write_text("age\n30\n")
        job_id = runner.submit(upload, "customers.csv", {})["id"]
        store.update_job(job_id, state="running", attempts=jobs_module.MAX_ATTEMPTS)
        runner.start()
        runner.stop()
        job = runner.get(job_id)
        assert job["state"] == "failed" and job["error"]["type"] == "interrupted"
        assert not upload.exists()
    finally:
        store.close()


def test_an_email_or_phone_typed_as_an_interest_is_not_kept(tmp_path):
    path = tmp_path / "typed.jsonl"
    path.write_text('{"age": 30, "interests": ["yoga", "c9@example.invalid", '
                    '"+1 555 0109 99"]}\n')
    base = read_customers(path)
    assert base.phrases() == ["yoga"]


def test_saving_is_refused_up_front_when_the_catalogue_is_read_only(tmp_path):
    import types

    from matcher.discovery.jobs import DiscoveryJobs

    store = open_store(str(tmp_path / "jobs.sqlite"))
    service = types.SimpleNamespace(settings=_floor(50), store=None, encoder=None)
    try:
        runner = DiscoveryJobs(service, store, tmp_path / "jobs")  # type: ignore[arg-type]
        with pytest.raises(InvalidInput) as err:
            runner.check({"save": True})
        assert err.value.field == "save"
    finally:
        store.close()


@pytest.mark.parametrize("earlier", [[], {"segments": "x"}, {"segments": [{"size": 3}]}, {}])
def test_a_previous_run_that_is_not_a_summary_is_an_error(earlier):
    found = discover(read_customers(CUSTOMERS / "customers.jsonl"),
                     lambda phrases: np.ones((len(phrases), 4), np.float32),
                     _floor(50), DiscoveryOptions(segments=2))
    with pytest.raises(InvalidInput) as err:
        follow(found, earlier)
    assert err.value.field == "previous"
