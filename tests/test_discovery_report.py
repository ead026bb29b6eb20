"""A campaign report made from discovered segments, through the report's own code."""

from __future__ import annotations

import json
import sys

import pytest

from matcher.cli import main
from matcher.config import get_settings
from matcher.discovery import discover_file
from matcher.discovery.clustering import RESAMPLES
from matcher.errors import InvalidInput
from matcher.reports.discovered import discovery_campaign, discovery_report
from tests.conftest import FIXTURES

CUSTOMERS = FIXTURES / "customers"


@pytest.fixture(scope="module")
def summary(encoder) -> dict:
    settings = get_settings().model_copy(update={"discovery_min_segment_size": 20})
    found = discover_file(CUSTOMERS / "hubspot-contacts.csv", encoder.encode,
                          "hubspot-contacts", settings)
    return json.loads(json.dumps(found.to_dict()))


def test_the_campaign_holds_every_published_segment(summary):
    campaign = discovery_campaign(summary, 4, "Discovered")
    assert [s.id for s in campaign.segments] == [s["id"] for s in summary["segments"]]
    assert campaign.k == 4


@pytest.mark.slow
def test_the_report_shows_each_discovered_segment_and_its_creators(matcher, summary):
    html = discovery_report(matcher, summary, 3, "Segments discovered in contacts.csv")
    assert html.startswith("<!DOCTYPE html>") or html.lstrip().lower().startswith("<!doctype")
    for segment in summary["segments"]:
        assert segment["name"] in html
    assert "@example.invalid" not in html


def test_a_result_without_published_segments_or_too_many_creators_is_a_clear_error(summary):
    with pytest.raises(InvalidInput) as err:
        discovery_campaign({**summary, "segments": []}, 3, "Nothing")
    assert err.value.field == "segments"
    with pytest.raises(InvalidInput) as err:
        discovery_campaign({"segments": summary["segments"] * 4}, 50, "Too many")
    assert "at most" in err.value.detail
    with pytest.raises(InvalidInput):
        discovery_campaign({"segments": "x"}, 3, "Bad")


@pytest.mark.slow
def test_cli_writes_the_report_beside_the_segments(cli_env, monkeypatch, capsys, tmp_path):
    for key, value in cli_env.items():
        if key.startswith("MATCHER_"):
            monkeypatch.setenv(key, value)
    monkeypatch.setenv("MATCHER_DISCOVERY_MIN_SEGMENT_SIZE", "20")
    get_settings.cache_clear()
    report = tmp_path / "report.html"
    monkeypatch.setattr(sys, "argv", [
        "matcher", "segments", "discover", str(CUSTOMERS / "hubspot-contacts.csv"),
        "--mapping", "hubspot-contacts", "--out", str(tmp_path / "out"), "--shortlist", "3",
        "--report", str(report)])
    try:
        with pytest.raises(SystemExit) as done:
            main()
        out, err = capsys.readouterr()
        assert done.value.code == 0, err
        assert str(report) in out
        written = json.loads((tmp_path / "out" / "summary.json").read_text())
        html = report.read_text()
        for segment in written["segments"]:
            assert segment["name"] in html
        monkeypatch.setattr(sys, "argv", [
            "matcher", "segments", "discover", str(CUSTOMERS / "hubspot-contacts.csv"),
            "--mapping", "hubspot-contacts", "--out", str(tmp_path / "out2"),
            "--report", str(tmp_path / "no" / "report.html")])
        with pytest.raises(SystemExit) as done:
            main()
        _, err = capsys.readouterr()
        assert done.value.code != 0 and "--report" in err
    finally:
        get_settings.cache_clear()


def _never_discover(*args, **kwargs):
    raise AssertionError("discovery ran before the report options were checked")


@pytest.mark.parametrize(("extra", "expected"), [
    (["--report", "{tmp}"], "--report: {tmp} is a directory"),
    (["--report", "{tmp}/r.html", "--shortlist", "50"], "shortlist: up to 12 segments x 50"),
    (["--report", "{tmp}/r.html", "--max-segments", "30"], "max_segments: up to 30 segments"),
    (["--report-pdf", "{tmp}/r.pdf"], "needs headless Chromium"),
])
def test_cli_refuses_a_report_it_cannot_write_before_discovering(monkeypatch, capsys,
                                                                  tmp_path, extra, expected):
    monkeypatch.setattr("matcher.discovery.discover_file", _never_discover)
    monkeypatch.setenv("PATH", str(tmp_path))  # no Chromium
    monkeypatch.delenv("MATCHER_DISCOVERY_MAX_SEGMENTS", raising=False)
    get_settings.cache_clear()
    monkeypatch.setattr(sys, "argv", [
        "matcher", "segments", "discover", str(CUSTOMERS / "hubspot-contacts.csv"),
        "--out", str(tmp_path / "out"), *[e.format(tmp=tmp_path) for e in extra]])
    try:
        with pytest.raises(SystemExit) as done:
            main()
        _, err = capsys.readouterr()
        assert done.value.code == 1 and expected.format(tmp=tmp_path) in err
        assert not (tmp_path / "out").exists()
    finally:
        get_settings.cache_clear()


def test_the_discovery_section_holds_the_criterion_the_bic_table_and_stability(summary):
    from matcher.reports.discovered import discovery_section

    section = discovery_section(summary)
    assert section.criterion == summary["criterion"]
    assert [k for k, _, _ in section.bic] == sorted(int(k) for k in summary["bic_by_k"])
    assert [k for k, _, chosen in section.bic if chosen] == [summary["components"]]
    assert [r.stability for r in section.segments] == [s["stability"]
                                                       for s in summary["segments"]]
    assert [r.size for r in section.segments] == [s["size"] for s in summary["segments"]]
    assert section.warnings == summary["warnings"]
    # a summary without the figures (an older one) shows what it has, and nothing made up
    bare = discovery_section({"segments": [{"segment": {"id": "x"}, "id": "x"}]})
    assert bare.bic == [] and bare.components is None and bare.segments[0].stability is None


@pytest.mark.slow
def test_the_report_shows_how_the_segments_were_found(matcher, summary):
    import re

    marked = json.loads(json.dumps(summary))
    marked["segments"][0]["stability"] = 0.41
    marked["segments"][0]["warnings"] = ["unstable: recovered with a mean Jaccard of 0.41"]
    marked["warnings"] = ["too sparse to segment on: engagement is known for 3% of the "
                          "customers"]
    html = discovery_report(matcher, marked, 2, "Discovered")
    page = html[html.index('<section class="sheet discovery"'):]
    page = page[:page.index("</section>")]
    assert marked["criterion"] in page
    chosen = re.findall(r'data-chosen="(\d+)"', page)
    assert chosen == [str(marked["components"])]
    assert f'data-bic-rows="{len(marked["bic_by_k"])}"' in page
    for k, value in marked["bic_by_k"].items():
        assert f">{k}</th>" in page and f"{value:,.0f}" in page
    stabilities = [s.strip() for s in re.findall(r'data-field="stability">([^<]+)<', page)]
    assert stabilities == [f"{s['stability']:.2f}" for s in marked["segments"]]
    assert "unstable</span>" in page and page.count("unstable</span>") == 1
    assert "Too sparse to segment on: engagement" in page
    assert "Segment 1: unstable: recovered" in page
    assert f"closest segment of {RESAMPLES} refits on bootstrap resamples" in page
    for segment in marked["segments"]:
        assert segment["name"] in page and f"{segment['size']:,}" in page
    assert "@example.invalid" not in html
