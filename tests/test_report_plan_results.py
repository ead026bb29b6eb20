"""A campaign report with its plan and its campaign results, as a brand team reads it."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.errors import InvalidInput
from matcher.reports import build_report, html_to_pdf, load_campaign, parse_campaign, render_html
from matcher.reports.plans import plan_campaign
from matcher.reports.results import build_results_page
from matcher.service import Matcher
from matcher.store import ResultRow, SQLiteStore
from tests.test_reports import _pdftotext, _png_size, look_in_chromium, visible_text

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
CAMPAIGN = {"name": "Spring families, planned and tested",
            "segments": ["eco-parents-na", "pet-parents-us"], "k": 4,
            "plan": {"budget": 20000, "max_creators": 8}}


class Rows(HTMLParser):
    """Rows of the tables with a given class: [{"id": creator, field: text}]."""

    def __init__(self, table_class: str, key: str = "data-creator") -> None:
        super().__init__()
        self.table_class, self.key, self.inside, self.field = table_class, key, False, None
        self.rows: list[dict[str, str]] = []
        self.foot: dict[str, str] = {}
        self.target: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table":
            self.inside = self.table_class in (a.get("class") or "").split()
        elif self.inside and tag == "tr" and a.get(self.key):
            self.target = {"id": a[self.key] or ""}
            self.rows.append(self.target)
        elif self.inside and tag == "tfoot":
            self.target = self.foot
        elif self.inside and tag == "td" and a.get("data-field") and self.target is not None:
            self.field = a["data-field"]
            self.target[self.field] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.field = None
        elif tag == "table":
            self.inside = False

    def handle_data(self, data: str) -> None:
        if self.field is not None and self.target is not None:
            self.target[self.field] += data.strip()


def table(html: str, table_class: str, key: str = "data-creator") -> Rows:
    parser = Rows(table_class, key)
    parser.feed(html)
    return parser


def number(text: str) -> float:
    return float(text.replace(",", ""))


@pytest.fixture(scope="module")
def served(matcher: Matcher, settings, tmp_path_factory) -> Matcher:
    """The catalogue with its own store, holding results for two creators of a segment."""
    own = SQLiteStore(tmp_path_factory.mktemp("results") / "catalogue.sqlite")
    assert matcher.store is not None
    own.upsert_profiles(list(matcher.store.iter_profiles()))
    own.put_campaign("spring", "eco-parents-na", "Spring pilot")
    top = matcher.shortlist("eco-parents-na", k=3, rank_by="reach").results
    rows = [ResultRow("spring", top[0]["id"], "eco-parents-na", day, 400.0, 60_000, 800, 30,
                      1500.0) for day in ("2026-02-02", "2026-02-09")]
    rows.append(ResultRow("spring", top[2]["id"], "eco-parents-na", "2026-02-02", 300.0,
                          30_000, 200, 2, 90.0))
    own.add_results(rows)
    return Matcher(matcher.snapshot, matcher.encoder, settings, store=own)


@pytest.fixture(scope="module")
def full(served: Matcher):
    campaign = parse_campaign(CAMPAIGN)
    report = build_report(served, campaign, now=NOW)
    return campaign, report, render_html(report)


def test_a_report_with_a_plan_shows_its_creators_and_their_marginal_reach(full, served):
    campaign, report, html = full
    plan = plan_campaign(served, campaign).to_dict()   # what `matcher plan` answers
    assert report.plan is not None and report.plan.source == "planned"
    assert report.plan.plan == plan
    rows = table(html, "plan-creators")
    assert [r["id"] for r in rows.rows] == [c["id"] for c in plan["creators"]]
    shown = [int(number(r["marginal_reach"])) for r in rows.rows]
    assert shown == [c["marginal_reach"] for c in plan["creators"]]
    unique = sum(s["unique_reach"] for s in plan["segments"])
    assert int(number(rows.foot["marginal_total"])) == sum(shown)
    assert abs(sum(shown) - unique) <= len(shown)   # each figure rounded to whole people
    segments = table(html, "plan-segments", key="data-segment-id").rows
    assert [r["id"] for r in segments] == [s["id"] for s in plan["segments"]]
    assert [int(number(r["unique_reach"])) for r in segments] == [
        s["unique_reach"] for s in plan["segments"]]
    for s in plan["segments"]:
        assert f"{s['unique_reach']:,}" in html and f"{s['expected_frequency']:.2f}" in html
    assert 'aria-label="Unique reach against budget"' in html
    assert 'aria-label="Overlap between the plan&#39;s creators"' in html
    assert html.index('id="plan"') < html.index('id="segment-1"')
    assert report.expected_pages() == 1 + 1 + 2 + 2 * (1 + 2) + 1 + 1
    pages, _ = visible_text(html)
    assert not re.findall(r"\d\.\d{3,}", pages)  # rounded for people before the methods


def test_the_results_section_shows_predicted_against_observed(full, served):
    campaign, report, html = full
    assert [p.segment_id for p in report.results] == ["eco-parents-na"]
    page = build_results_page(served, "eco-parents-na", now=NOW)
    rows = table(html, "results").rows
    assert [r["id"] for r in rows] == [c.id for c in page.creators] and len(rows) == 2
    for row, creator in zip(rows, page.creators, strict=True):
        assert int(number(row["conversions"])) == creator.conversions
        assert row["predicted"] == f"{creator.predicted:.1f}"
    assert html.index('id="segment-2"') < html.index('id="results-1"') < html.index(
        'class="sheet methods"')
    assert "Campaign results:</b> 1 segment with stored results" in html
    assert (f"learned over the top {page.pool} creators by estimated reach, 2 of them with "
            "results.</p>") in html           # no tested creator outside them
    asked = build_report(served, campaign.model_copy(update={"results": True}), now=NOW)
    pets = served.resolve_segment("pet-parents-us")
    assert asked.results_missing == [pets.name or pets.id] and len(asked.results) == 1
    assert "No campaign results are stored yet for" in render_html(asked)
    left_out = build_report(served, campaign.model_copy(update={"results": False,
                                                               "plan": None}), now=NOW)
    assert left_out.results == [] and left_out.plan is None
    assert 'class="sheet results"' not in render_html(left_out)


def test_a_saved_plan_is_shown_as_saved_and_checked(full, served, tmp_path: Path):
    campaign, report, _ = full
    saved = tmp_path / "plan.json"
    saved.write_text(json.dumps(report.plan.plan), encoding="utf-8")
    spec = tmp_path / "campaign.yaml"
    spec.write_text(yaml.safe_dump({**CAMPAIGN, "plan": None, "saved_plan": "plan.json"}),
                    encoding="utf-8")
    again = build_report(served, load_campaign(spec), now=NOW)
    assert again.plan is not None and again.plan.source == "saved"
    assert [c["id"] for c in again.plan.plan["creators"]] == [
        c["id"] for c in report.plan.plan["creators"]]
    assert "A saved plan, shown as it was planned" in render_html(again)
    broken = dict(report.plan.plan, overlap={"ids": [], "members": [[1]]})
    spec.write_text(yaml.safe_dump({**CAMPAIGN, "saved_plan": broken}), encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        build_report(served, load_campaign(spec), now=NOW)
    assert err.value.field == "saved_plan.overlap.members"
    spec.write_text(yaml.safe_dump({**CAMPAIGN, "saved_plan": "missing.json"}),
                    encoding="utf-8")
    missing = load_campaign(spec)   # `matcher plan --out missing.json` reads no saved plan
    with pytest.raises(InvalidInput, match="saved_plan: no file"):
        build_report(served, missing, now=NOW)


def test_post_reports_carries_the_plan_and_refuses_a_plan_path(full, served, settings):
    _, report, _ = full
    open_settings = settings.model_copy(update={"auth": False})
    with TestClient(create_app(open_settings, matcher=served)) as client:
        saved = client.post("/v1/reports", json={"campaign": {
            **CAMPAIGN, "plan": None, "saved_plan": report.plan.plan}})
        assert saved.status_code == 200, saved.text
        rows = table(saved.text, "plan-creators").rows
        assert [r["id"] for r in rows] == [c["id"] for c in report.plan.plan["creators"]]
        assert 'class="sheet results"' in saved.text
        path = client.post("/v1/reports", json={"campaign": {**CAMPAIGN,
                                                             "saved_plan": "/etc/passwd"}})
        assert path.status_code == 422 and path.json()["field"].startswith("campaign.saved_plan")
        poor = client.post("/v1/reports", json={"campaign": {**CAMPAIGN,
                                                             "plan": {"budget": 1}}})
        assert poor.status_code == 422 and poor.json()["field"].startswith("plan.")


@pytest.mark.slow
def test_plan_and_results_pages_read_well_in_chromium_and_on_paper(full, tmp_path_factory):
    campaign, report, html = full
    artifacts = tmp_path_factory.mktemp("plan-report")
    look_in_chromium(html, artifacts, "plan-report")
    pdf = artifacts / "plan-report.pdf"
    html_to_pdf(html, pdf)
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(artifacts / "page")],
                   check=True, timeout=120)
    pages = sorted(artifacts.glob("page-*.png"))
    assert len(pages) == report.expected_pages()
    assert all(_png_size(p.read_bytes())[0] > 300 for p in pages)
    plan_page = 3  # after the answer and the overview
    text = _pdftotext(pdf, plan_page)
    assert "THE PLAN" in text and "Reach against budget" in text
    creators = _pdftotext(pdf, plan_page + 1)
    assert "Overlap between the creators" in creators
    assert all((c["handle"] or c["id"])[:12] in creators for c in report.plan.plan["creators"])
    results = _pdftotext(pdf, len(pages) - 1)
    assert "CAMPAIGN RESULTS" in results and "predicted against observed" in results
    for page in range(1, len(pages)):
        assert not re.findall(r"\d\.\d{3,}", _pdftotext(pdf, page)), page
    assert "How these numbers were made" in _pdftotext(pdf, len(pages))


def test_cli_report_shows_a_saved_plan(full, served, tmp_path: Path, monkeypatch, capsys):
    import sys

    from matcher import cli

    _, report, _ = full
    saved = tmp_path / "plan.json"
    saved.write_text(json.dumps(report.plan.plan), encoding="utf-8")
    spec = tmp_path / "campaign.yaml"
    spec.write_text(yaml.safe_dump({**CAMPAIGN, "plan": None, "results": False,
                                    "saved_plan": "not-there.json"}),  # --plan overrides it
                    encoding="utf-8")
    out = tmp_path / "r.html"
    monkeypatch.setattr(cli, "_matcher", lambda index: served)
    monkeypatch.setattr(sys, "argv", ["matcher", "report", str(spec), "--out", str(out),
                                      "--plan", str(saved)])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 0
    html = out.read_text(encoding="utf-8")
    assert 'data-plan="saved"' in html and 'class="sheet results"' not in html
    assert [r["id"] for r in table(html, "plan-creators").rows] == [
        c["id"] for c in report.plan.plan["creators"]]
    saved.write_text(json.dumps({**report.plan.plan, "budget": -5}), encoding="utf-8")
    with pytest.raises(SystemExit) as failed:
        cli.main()
    assert failed.value.code == 1
    assert capsys.readouterr().err.startswith("error: saved_plan.budget: expected an amount")


BROKEN_PLANS = {
    "estimated price without range": (
        lambda p: p["creators"][0].update(price_estimated=True, price_range=None),
        "saved_plan.creators.0.price_range"),
    "more people than exist": (lambda p: p["segments"][0].update(unique_reach=10**400),
                               "saved_plan.segments.0.unique_reach"),
    "curve beyond people": (lambda p: p["reach_curve"][0].update(unique_reach=10**400),
                            "saved_plan.reach_curve.0.unique_reach"),
    "overlap beyond people": (lambda p: p["overlap"]["members"][0].__setitem__(1, 10**400),
                              "saved_plan.overlap.members.0.1"),
    "certificate not a number": (lambda p: p["certificate"].update(at_least=float("nan")),
                                 "saved_plan.certificate.at_least"),
    "infinite value": (lambda p: p.update(value=float("inf")), "saved_plan.value"),
    "overlap share not a number": (
        lambda p: p["creators"][0].update(overlap_share=float("nan")),
        "saved_plan.creators.0.overlap_share"),
}


@pytest.mark.parametrize("case", sorted(BROKEN_PLANS))
def test_a_saved_plan_the_report_cannot_print_is_refused_naming_the_field(full, settings, case):
    import copy

    from matcher.reports.plan_section import check_saved_plan

    _, report, _ = full
    plan = copy.deepcopy(report.plan.plan)
    break_it, field = BROKEN_PLANS[case]
    break_it(plan)
    ids = [s["id"] for s in plan["segments"]]
    with pytest.raises(InvalidInput) as err:
        check_saved_plan(plan, settings, ids)
    assert err.value.field == field


def test_a_saved_plan_of_other_segments_or_too_many_creators_is_refused(full, served,
                                                                        settings):
    from matcher.reports.plan_section import check_saved_plan

    _, report, _ = full
    plan = report.plan.plan
    open_settings = settings.model_copy(update={"auth": False})
    with TestClient(create_app(open_settings, matcher=served)) as client:
        other = client.post("/v1/reports", json={"campaign": {
            **CAMPAIGN, "segments": ["pet-parents-us"], "plan": None, "saved_plan": plan}})
        assert other.status_code == 422 and other.json()["field"] == "saved_plan.segments"
        estimated = dict(plan, creators=[dict(plan["creators"][0], price_estimated=True,
                                              price_range=None), *plan["creators"][1:]])
        refused = client.post("/v1/reports", json={"campaign": {
            **CAMPAIGN, "plan": None, "saved_plan": estimated}})
        assert refused.status_code == 422
        assert refused.json()["field"] == "saved_plan.creators.0.price_range"
        # POST /v1/plans neither reads nor checks the saved plan: its own error comes back
        ignored = client.post("/v1/plans", json={"campaign": {
            **CAMPAIGN, "plan": {"budget": 1}, "saved_plan": estimated}})
        assert ignored.status_code == 422 and ignored.json()["field"].startswith("plan.")
    few = settings.model_copy(update={"plan_max_creators": len(plan["creators"]) - 1})
    with pytest.raises(InvalidInput) as err:
        check_saved_plan(plan, few, [s["id"] for s in plan["segments"]])
    assert err.value.field == "saved_plan.creators"


@pytest.mark.parametrize("value", ["", ".", "folder", "/dev/zero", "big.json"])
def test_a_saved_plan_path_that_is_no_plan_file_is_a_clear_error(served, tmp_path, value):
    (tmp_path / "folder").mkdir()
    (tmp_path / "big.json").write_bytes(b"{}" + b" " * 2048)   # JSON, above the limit
    spec = tmp_path / "campaign.yaml"
    spec.write_text(yaml.safe_dump({**CAMPAIGN, "plan": None, "saved_plan": value}),
                    encoding="utf-8")
    small = served.settings.model_copy(update={"max_body_bytes": 1024})
    matcher = Matcher(served.snapshot, served.encoder, small, store=served.store)
    with pytest.raises(InvalidInput) as err:
        build_report(matcher, load_campaign(spec), now=NOW)
    assert err.value.field == "saved_plan"


def test_a_plan_of_many_creators_lists_the_most_overlapping_pairs(full):
    import dataclasses

    from matcher.reports.plan_section import _section

    _, report, _ = full
    plan = report.plan.plan
    n = 40
    creators = [dict(plan["creators"][i % len(plan["creators"])], id=f"c{i}", handle=f"h{i}",
                     order=i + 1) for i in range(n)]
    members = [[0 if i == j else 10 + i + j for j in range(n)] for i in range(n)]
    big = _section(dict(plan, creators=creators, overlap={"ids": [], "members": members}),
                   "saved")
    many = dataclasses.replace(report, plan=big)
    html = render_html(many)
    pairs = table(html, "plan-pairs", key="data-pair").rows
    assert len(pairs) == 30 and pairs[0]["id"] == "39-40"   # most shared first
    assert 'aria-label="Overlap between the plan&#39;s creators"' not in html
    assert big.sheets == 1 + 2 + 1   # summary, creators (34 a page), the pairs
    assert html.count('data-field="marginal_total"') == 1
    assert [r["id"] for r in table(html, "plan-creators").rows] == [c["id"] for c in creators]
    assert many.expected_pages() == report.expected_pages() + 2


def test_a_campaign_report_bounds_its_plan_by_the_shortlist_time(served, settings,
                                                                  monkeypatch):
    """The report's plan is held until the answer is in, so the limit is reached whatever
    the machine's speed."""
    import threading

    from matcher.api.routes import reports as report_routes

    release = threading.Event()
    real = report_routes.report_plan

    def held_plan(*args, **kwargs):
        release.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(report_routes, "report_plan", held_plan)
    hurried = settings.model_copy(update={"auth": False, "shortlist_seconds": 0.5})
    try:
        with TestClient(create_app(hurried, matcher=served)) as client:
            late = client.post("/v1/reports", json={"campaign": {
                **CAMPAIGN, "plan": {"budget": 20000, "max_creators": 3}}})
            release.set()
    finally:
        release.set()
    assert late.status_code == 503 and "MATCHER_SHORTLIST_SECONDS" in late.json()["detail"]
    assert late.headers["retry-after"]


def test_deleting_results_refuses_empty_selectors_and_loose_booleans(served, settings):
    open_settings = settings.model_copy(update={"auth": False})
    with TestClient(create_app(open_settings, matcher=served)) as client:
        empty = client.delete("/v1/campaigns/spring/results?all=true&creator=")
        assert empty.status_code == 422 and empty.json()["field"] == "creator"
        loose = client.delete("/v1/campaigns/spring/results?all=1")
        assert loose.status_code == 422 and loose.json()["field"] == "all"


def test_results_counts_print_with_thousands_separators(served):
    import dataclasses

    from matcher.reports.results import render_results_html

    page = build_results_page(served, "eco-parents-na", now=NOW)
    html = render_results_html(dataclasses.replace(page, total_conversions=1086))
    assert "<b>1,086</b>" in html


@pytest.mark.slow
def test_a_plan_of_many_creators_prints_on_the_pages_it_counts(full, tmp_path):
    import dataclasses

    from matcher.reports.plan_section import _section

    _, report, _ = full
    plan = report.plan.plan
    n = 36   # two pages of creators, the first full
    creators = [dict(plan["creators"][i % len(plan["creators"])], id=f"c{i}",
                     handle=f"creator_with_a_long_handle_{i}", order=i + 1) for i in range(n)]
    members = [[0 if i == j else 10 + i + j for j in range(n)] for i in range(n)]
    many = dataclasses.replace(report, plan=_section(
        dict(plan, creators=creators, overlap={"ids": [], "members": members}), "saved"))
    pdf = tmp_path / "many.pdf"
    html_to_pdf(render_html(many), pdf)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout)[1])
    assert pages == many.expected_pages()
    pairs = _pdftotext(pdf, 3 + 3)   # after the answer, the overview, the plan and its creators
    assert "Overlap between the creators" in pairs and "30 pairs" in pairs
