"""The `matcher` command, run in-process through its entry point."""

import csv
import io
import json
import sys

import pytest
import yaml

from matcher.cli import main
from matcher.config import get_settings
from tests.test_index import small_roster


@pytest.fixture
def run(cli_env, monkeypatch, capsysbinary):
    def invoke(*args: str) -> tuple[int, str, str]:
        for key, value in cli_env.items():
            if key.startswith("MATCHER_"):
                monkeypatch.setenv(key, value)
        get_settings.cache_clear()
        monkeypatch.setattr(sys, "argv", ["matcher", *args])
        with pytest.raises(SystemExit) as done:
            main()
            raise SystemExit(0)
        out, err = capsysbinary.readouterr()
        return int(done.value.code or 0), out.decode(), err.decode()

    yield invoke
    get_settings.cache_clear()


def test_index_build_any_roster(run, tmp_path):
    roster = small_roster(tmp_path)
    code, out, err = run("index", "build", str(roster), "--index", str(tmp_path / "idx"))
    assert code == 0, err
    assert "40 accepted, 0 rejected" in err
    assert (tmp_path / "idx" / "CURRENT").exists()
    code, out, _ = run("index", "info", "--index", str(tmp_path / "idx"))
    assert json.loads(out)["size"] == 40


def test_shortlist_table_json_csv(run, tmp_path):
    segment = tmp_path / "gamers.yaml"
    segment.write_text(yaml.safe_dump({"name": "Young gamers", "ages": ["13-17", "18-24"],
                                       "interests": ["video games", "esports"]}))
    code, table, err = run("shortlist", str(segment), "--k", "5")
    assert code == 0, err
    lines = table.strip().splitlines()
    assert lines[0].startswith("Young gamers: 5 of") and len(lines) == 7
    code, out, _ = run("shortlist", str(segment), "--k", "5", "--format", "json")
    body = json.loads(out)
    assert body["segment"]["id"] == "gamers" and len(body["results"]) == 5
    code, out, _ = run("shortlist", str(segment), "--k", "5", "--format", "csv",
                       "--weight", "affinity=0.4")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 5 and rows[0]["rank"] == "1"
    assert float(rows[0]["contribution_affinity"]) >= 0
    assert [r["id"] for r in body["results"]] != [] and "summary" in rows[0]


@pytest.mark.parametrize("args, message", [
    (("shortlist", "no-such-segment"), "error: segment_id: no segment with id 'no-such-segment'"),
    (("shortlist", "eco-parents-na", "--format", "xml"), "error: --format"),
    (("shortlist", "eco-parents-na", "--weight", "fit"), "error: --weight"),
    (("shortlist", "eco-parents-na", "--k", "0"), "error: k must be between"),
    (("shortlist", "missing.yaml"), "error: segment file not found"),
    (("index", "build", "nowhere.csv", "--index", "/tmp/never"), "roster file not found"),
    (("schema", "banana"), "no schema 'banana'"),
    (("serve", "--workers", "2"), "error: --workers: several processes serve only a read-only"),
])
def test_errors_exit_non_zero_with_one_line(run, args, message):
    code, out, err = run(*args)
    assert code == 1
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_invalid_segment_file_names_the_field(run, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump({"ages": ["18-99"]}))
    code, _, err = run("shortlist", str(bad))
    assert code == 1 and "bad.yaml: ages" in err


def test_validate_reports_rejects(run, tmp_path):
    from tests.conftest import FIXTURES
    out_file = tmp_path / "rejects.csv"
    code, out, _ = run("validate", str(FIXTURES / "creators.jsonl.gz"), "--rejects",
                       str(out_file))
    assert code == 0
    rejects = list(csv.DictReader(io.StringIO(out_file.read_text())))
    assert f"{len(rejects)} rejected" in out
    assert all(r["row"] and r["field"] and r["reason"] for r in rejects)


def test_schema_command_prints_the_contract(run):
    code, out, _ = run("schema", "segment")
    assert code == 0 and "filters" in json.loads(out)["properties"]


def test_the_cli_and_the_api_return_the_same_bytes(run, settings, matcher):
    from fastapi.testclient import TestClient

    from matcher.api.app import create_app
    from tests.conftest import READER_KEY

    code, out, err = run("shortlist", "eco-parents-na", "--k", "5", "--format", "json")
    assert code == 0, err
    with TestClient(create_app(settings, matcher=matcher)) as api:
        answer = api.post("/v1/shortlists", json={"segment_id": "eco-parents-na", "k": 5},
                          headers={"Authorization": f"Bearer {READER_KEY}"})
    assert out.encode().rstrip(b"\n") == answer.content
    assert all(len(str(r["segment_share"]).split(".")[-1]) <= 4
               for r in json.loads(out)["results"])  # rounded to what a share means
