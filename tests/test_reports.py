"""Campaign reports, checked as a brand team would see them.

Chromium renders the HTML (watched through the DevTools protocol on a pipe: every request
and console message) and prints the PDF; pdftoppm and pdftotext read the pages back. The
Makefile's test target installs both from Debian when they are missing.
"""

import base64
import fcntl
import json
import os
import re
import select
import shutil
import struct
import subprocess
import sys
import time
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.errors import InvalidInput
from matcher.reports import (
    RendererUnavailable,
    build_report,
    campaign_segments,
    find_chromium,
    html_to_pdf,
    load_campaign,
    merge_filters,
    parse_campaign,
    render_html,
    unique_reach,
)
from matcher.reports.charts import dollars, fraction, pct, people, share
from matcher.reports.pdf import chromium_command
from matcher.reports.render import FORMATS, data_taken, weights_words

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "fixtures" / "campaigns" / "example.yaml"
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
TABLE_FIELDS = {"fit": "fit", "segment_share": "share", "estimated_reach": "reach",
                "followers": "number", "engagement_rate": "rate", "credibility": "ratio",
                "price_usd": "money", "cost_per_thousand_reached": "cpm"}


@pytest.fixture(scope="module")
def client(settings, matcher):
    open_settings = settings.model_copy(update={"auth": False})
    with TestClient(create_app(open_settings, matcher=matcher)) as c:
        yield c


@pytest.fixture(scope="module")
def example(matcher):
    campaign = load_campaign(EXAMPLE)
    report = build_report(matcher, campaign, now=NOW)
    return campaign, report, render_html(report)


@pytest.fixture(scope="module")
def artifacts(tmp_path_factory):
    return tmp_path_factory.mktemp("report")


class ShortlistTables(HTMLParser):
    """Cells of the shortlist tables: {segment number: [{field: text, "id": creator}]}."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[int, list[dict[str, str]]] = {}
        self.segment: int | None = None
        self.field: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "table" and a.get("data-segment"):
            self.segment = int(a["data-segment"] or 0)
            self.tables[self.segment] = []
        elif tag == "tr" and self.segment is not None and a.get("data-creator"):
            self.tables[self.segment].append({"id": a["data-creator"] or ""})
        elif tag == "td" and self.segment is not None and a.get("data-field"):
            self.field = a["data-field"]
            self.tables[self.segment][-1][self.field] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self.field = None
        elif tag == "table":
            self.segment = None

    def handle_data(self, data: str) -> None:
        if self.field is not None and self.segment is not None:
            self.tables[self.segment][-1][self.field] += data.strip()


class AnswerPage(HTMLParser):
    """The first page: per segment the creators named, in order, each with the numbers of
    its sentence ({field: text}), the numbers of the totals, and the warnings."""

    def __init__(self) -> None:
        super().__init__()
        self.segments: dict[int, dict] = {}
        self.current: dict | None = None
        self.target: dict | None = None
        self.field: str | None = None
        self.in_warnings = False
        self.item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("data-answer-segment"):
            self.current = {"creators": [], "totals": {}, "warnings": [], "no_warnings": False}
            self.segments[int(a["data-answer-segment"] or 0)] = self.current
        if self.current is None:
            return
        if tag == "li" and a.get("data-creator"):
            self.target = {"id": a["data-creator"]}
            self.current["creators"].append(self.target)
        elif tag == "p" and a.get("class") == "totals":
            self.target = self.current["totals"]
        elif a.get("class") == "warnings":
            self.in_warnings = True
        elif a.get("class") == "no-warnings":
            self.current["no_warnings"] = True
        elif tag == "li" and self.in_warnings:
            self.item = []
        elif a.get("data-field") and self.target is not None:
            self.field = a["data-field"]
            self.target[self.field] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "b":
            self.field = None
        elif tag == "li" and self.item is not None:
            self.current["warnings"].append("".join(self.item))
            self.item = None
        elif tag == "li" or tag == "p":
            self.target = None
        elif tag == "div" and self.in_warnings and self.item is None:
            self.in_warnings = False

    def handle_data(self, data: str) -> None:
        if self.field is not None and self.target is not None:
            self.target[self.field] += data
        if self.item is not None:
            self.item.append(data)


class VisibleText(HTMLParser):
    """The text a reader sees (no style sheet), split at the methods section."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: dict[str, list[str]] = {"pages": [], "methods": []}
        self.where = "pages"
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "style":
            self.skip += 1
        if "methods" in (dict(attrs).get("class") or "").split():
            self.where = "methods"

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts[self.where].append(data)


def visible_text(html: str) -> tuple[str, str]:
    """(everything before the methods, the methods) as a reader sees them."""
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.parts["pages"]), " ".join(parser.parts["methods"])


def answer_page(html: str) -> str:
    return html.split('class="sheet cover"')[0]


def _sentences(warnings: list) -> list[str]:
    """Warnings as the first page prints them: each one's sentence, first letter a capital."""
    texts = [w["message"] if isinstance(w, dict) else w for w in warnings]
    return [t[:1].upper() + t[1:] for t in texts]


def _api(client, segment, campaign) -> dict:
    response = client.post("/v1/shortlists", json={
        "segment": segment.model_dump(mode="json"), "k": campaign.k,
        "weights": campaign.weights, "rank_by": campaign.rank_by})
    assert response.status_code == 200, response.text
    return response.json()


def test_every_number_equals_the_api_for_the_same_request(example, matcher, client):
    campaign, report, html = example
    parser = ShortlistTables()
    parser.feed(html)
    answers = AnswerPage()
    answers.feed(answer_page(html))
    segments = campaign_segments(matcher, campaign)
    assert len(parser.tables) == len(segments) == 3
    for number, segment in enumerate(segments, start=1):
        answer = _api(client, segment, campaign)
        api = answer["results"]
        rows = parser.tables[number]
        assert [r["id"] for r in rows] == [r["id"] for r in api] and len(api) == campaign.k
        for row, result in zip(rows, api, strict=True):
            assert row["rank"] == str(result["rank"])
            for name, fmt in TABLE_FIELDS.items():
                assert row[name] == FORMATS[fmt](result[name]), (result["id"], name)
            card = html.split(f'id="segment-{number}-creator-{result["rank"]}"')[1]
            assert f"<strong>{FORMATS['fit'](result['fit'])}</strong>" in card[:600]
        section = report.sections[number - 1]
        assert section.reach.total == pytest.approx(sum(r["estimated_reach"] for r in api))
        assert section.reach.largest == max(r["estimated_reach"] for r in api)

        # the first page: the API's top creators in its order, its numbers rounded for people
        first = answers.segments[number]
        assert [c["id"] for c in first["creators"]] == [r["id"] for r in api[:3]]
        for named, result in zip(first["creators"], api, strict=False):
            expected = {"followers": people(result["followers"]),
                        "estimated_reach": people(result["estimated_reach"])}
            if result["price_usd"] is not None:
                expected["price_usd"] = dollars(result["price_usd"])
                expected["cost_per_thousand_reached"] = dollars(
                    result["cost_per_thousand_reached"])
            assert {k: v for k, v in named.items() if k != "id"} == expected, result["id"]
        prices = [r["price_usd"] for r in api if r["price_usd"] is not None]
        assert first["totals"] == {
            "reach_largest": people(max(r["estimated_reach"] for r in api)),
            "reach_high": people(sum(r["estimated_reach"] for r in api)),
            "price_total": dollars(sum(prices))}
        assert _sentences(first["warnings"]) == _sentences(answer["warnings"])
        assert first["no_warnings"] == (not answer["warnings"])


def test_report_html_names_no_resource_at_all(example):
    _, report, html = example
    lowered = html.lower()
    assert "://" not in lowered
    for marker in ("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import",
                   "url(", " src=", " href=", "@font-face"):
        assert marker not in lowered, marker
    assert report.catalogue_version in html and "2 March 2026" in html
    assert html.count("<svg") == sum(1 + 6 * len(s.creators) for s in report.sections)
    assert report.assumptions in html


def _above_nine(fd: int) -> int:
    """The same pipe end as a descriptor above 9, so bash can move it to 3 or 4 safely."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


def _devtools(chromium: str, profile: Path) -> tuple[subprocess.Popen, int, int]:
    to_browser, from_us = os.pipe()
    to_us, from_browser = os.pipe()
    to_browser, from_browser = _above_nine(to_browser), _above_nine(from_browser)
    command = chromium_command(chromium, profile, "--remote-debugging-pipe",
                               "--hide-scrollbars", "about:blank")
    proc = subprocess.Popen(
        ["bash", "-c", f'exec "$@" 3<&{to_browser} 4>&{from_browser} '
         f"{to_browser}<&- {from_browser}>&-", "chromium", *command],
        pass_fds=(to_browser, from_browser), stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(to_browser)
    os.close(from_browser)
    return proc, from_us, to_us


class DevTools:
    """The Chrome DevTools protocol over --remote-debugging-pipe (NUL-separated JSON)."""

    def __init__(self, chromium: str, profile: Path) -> None:
        self.proc, self.write_fd, self.read_fd = _devtools(chromium, profile)
        self.buffer = b""
        self.events: list[dict] = []
        self.next_id = 0
        self.session: str | None = None

    def call(self, method: str, timeout: float = 60.0, **params: object) -> dict:
        self.next_id += 1
        message: dict = {"id": self.next_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        os.write(self.write_fd, json.dumps(message).encode() + b"\0")
        reply = self.wait(lambda m: m.get("id") == self.next_id, timeout)
        assert "error" not in reply, reply
        return reply.get("result", {})

    def wait(self, done, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "method" in message:
                    self.events.append(message)
                if done(message):
                    return message
            left = deadline - time.monotonic()
            assert left > 0, "Chromium did not answer in time"
            if select.select([self.read_fd], [], [], left)[0]:
                chunk = os.read(self.read_fd, 1 << 20)
                assert chunk, "Chromium closed the pipe"
                self.buffer += chunk

    def open_page(self, url: str) -> list[dict]:
        """Navigate to ``url`` and return every event from the navigation to the load."""
        start = len(self.events)
        self.call("Page.navigate", url=url)
        self.wait(lambda m: m.get("method") == "Page.loadEventFired")
        time.sleep(0.3)
        self.call("Runtime.evaluate", expression="1")
        return self.events[start:]

    def close(self) -> None:
        try:
            self.session = None
            self.call("Browser.close", timeout=5)
        except (AssertionError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        os.close(self.write_fd)
        os.close(self.read_fd)


def _problems(events: list[dict]) -> tuple[list[str], list[str]]:
    requests = [e["params"]["request"]["url"] for e in events
                if e["method"] == "Network.requestWillBeSent"]
    errors = [json.dumps(e["params"])[:200] for e in events
              if e["method"] in ("Runtime.exceptionThrown", "Network.loadingFailed")
              or (e["method"] == "Runtime.consoleAPICalled"
                  and e["params"]["type"] in ("error", "warning", "assert"))
              or (e["method"] == "Log.entryAdded"
                  and e["params"]["entry"]["level"] in ("error", "warning"))]
    return requests, errors


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def look_in_chromium(html: str, artifacts: Path, name: str) -> None:
    """Open the report as a person would: offline, no console error, a full-page
    screenshot (``name``.png), and in print layout nothing wider than A4 less margins."""
    page = artifacts / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    control = artifacts / "control.html"
    control.write_text('<p>control</p><img src="http://127.0.0.1:9/pixel.png">'
                       '<script>console.error("control error")</script>', encoding="utf-8")
    tools = DevTools(find_chromium(), artifacts / f"profile-{name}")
    try:
        # the first answer waits for Chromium to start, slow on a busy machine
        target = tools.call("Target.createTarget", timeout=120, url="about:blank")["targetId"]
        tools.session = tools.call("Target.attachToTarget", targetId=target,
                                   flatten=True)["sessionId"]
        for domain in ("Network", "Runtime", "Log", "Page"):
            tools.call(f"{domain}.enable")
        tools.call("Emulation.setDeviceMetricsOverride", width=1280, height=4000,
                   deviceScaleFactor=1, mobile=False)
        requests, errors = _problems(tools.open_page(page.as_uri()))
        assert requests == [page.as_uri()] and errors == []
        shot = base64.b64decode(tools.call("Page.captureScreenshot", format="png")["data"])
        (artifacts / f"{name}.png").write_bytes(shot)
        assert _png_size(shot) == (1280, 4000) and len(shot) > 100_000

        # the printed width of A4 less margins: nothing may stick out (Chromium would
        # shrink the whole page to fit it)
        tools.call("Emulation.setEmulatedMedia", media="print")
        tools.call("Emulation.setDeviceMetricsOverride", width=703, height=1000,
                   deviceScaleFactor=1, mobile=False)
        found = tools.call("Runtime.evaluate", returnByValue=True, expression="""
            [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > 703.5)
              .map(e => e.tagName + '.' + e.className).slice(0, 5)""")
        assert found["result"]["value"] == []

        requests, errors = _problems(tools.open_page(control.as_uri()))
        assert "http://127.0.0.1:9/pixel.png" in requests
        assert any("control error" in e for e in errors)
    finally:
        tools.close()


@pytest.mark.slow
def test_page_loads_offline_without_console_errors_and_fits_the_paper(example, artifacts):
    look_in_chromium(example[2], artifacts, "report")


def _pdftotext(pdf: Path, page: int) -> str:
    return subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf),
                           "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.slow
def test_pdf_has_one_page_per_sheet_of_the_print_layout(example, artifacts):
    campaign, report, html = example
    pdf = artifacts / "report.pdf"
    data = html_to_pdf(html, pdf)
    assert data[:5] == b"%PDF-" and pdf.read_bytes() == data
    subprocess.run(["pdftoppm", "-r", "24", "-png", str(pdf), str(artifacts / "page")],
                   check=True, timeout=60)
    pages = sorted(artifacts.glob("page-*.png"))
    # the answer (a page or two, by how much its warnings say), the overview, then per
    # segment an overview and two creators a page, then the methods
    assert 1 <= len(report.answer_pages) <= 2
    assert len(pages) == report.expected_pages() == (len(report.answer_pages) + 1
                                                     + 3 * (1 + 5) + 1)
    assert all(_png_size(p.read_bytes())[0] > 150 for p in pages)
    answered = len(report.answer_pages)
    answer = "".join(_pdftotext(pdf, page) for page in range(1, answered + 1))
    assert campaign.name in answer and "THE ANSWER" in answer
    assert f"Page 1 of {len(pages)}" in answer
    for section in report.sections:  # the whole answer on its pages
        assert section.segment.name in answer
        assert all(f"@{c.result['handle']}" in answer for c in section.booked)
    assert "At a glance" in _pdftotext(pdf, answered + 1)
    # printed as on screen: no number with three decimals before the methods
    for page in range(1, len(pages)):
        text = _pdftotext(pdf, page)
        assert not re.findall(r"\d\.\d{3,}", text), page
        assert report.catalogue_version not in text.replace("\n", ""), page
    first = answered + 2
    for section in report.sections:
        text = _pdftotext(pdf, first)
        assert f"SEGMENT {section.number} OF 3" in text
        assert f"Page {first} of {len(pages)}" in text
        last_card = _pdftotext(pdf, first + 5)
        assert f"creators {len(section.creators) - 1} and {len(section.creators)}" in last_card
        first += 6
    assert "How these numbers were made" in _pdftotext(pdf, len(pages))


def test_report_text_is_rounded_for_people_outside_the_methods(example):
    _, report, html = example
    pages, methods = visible_text(html)
    assert not re.findall(r"\d\.\d{3,}", pages)
    assert re.findall(r"\d\.\d{3}", methods)  # the exact weights stay in the methods
    assert report.catalogue_version not in pages and report.catalogue_version in methods
    # weights in words, and what a figure over several bars is a share of
    assert "counts x" not in pages and "weight 0.8" not in pages
    assert "The US counts fully, Canada counts a quarter." in visible_text(answer_page(html))[0]
    assert "Canada (CA) counts a quarter" in pages
    assert "hold at least one matching interest" in pages and "in target:" not in pages
    first = visible_text(answer_page(html))[0]
    assert "creator data of " in first
    warned = sum(bool(section.shortlist["warnings"]) for section in report.sections)
    assert first.count("No warnings for this segment.") == len(report.sections) - warned


def test_numbers_for_people():
    assert [pct(v) for v in (0, 0.00004, 0.006, 0.0123, 0.0996, 0.4496, 0.996, 1)] == [
        "0%", "<1%", "<1%", "1.2%", "10%", "45%", ">99%", "100%"]
    assert [share(v) for v in (0.006, 0.0004, 0.024, 0.112)] == ["0.6%", "<0.1%", "2.4%", "11%"]
    assert [people(v) for v in (0.2, 37, 518, 9192, 107_072, 304_209, 999_999, 1_234_567)] == [
        "0", "37", "520", "9.2k", "110k", "300k", "1M", "1.2M"]
    assert [dollars(v) for v in (None, 8.154, 13.05, 1397.6, 26_568)] == [
        "n/a", "$8.15", "$13", "$1,398", "$26,568"]
    assert [fraction(w) for w in (1.0, 0.25, 0.5, 0.4)] == ["fully", "a quarter", "half", "40%"]
    assert weights_words({"audience_match": 0.81, "affinity": 0.095, "engagement": 0.0476,
                          "credibility": 0.0476, "interest": 0.0}) == (
        "how well the audience matches the segment at 81%, content close to the persona at "
        "10%, and engagement and real followers at 5% each")
    assert data_taken("20261203T015954478411Z+1485", {}) == "3 December 2026, with later updates"
    assert data_taken("20260110T000000000000Z", {}) == "10 January 2026"
    assert data_taken("custom", {"built_at": "2026-02-01T10:00:00+00:00"}) == "1 February 2026"
    assert data_taken("custom", {}) is None


WARNED = {"name": "Warned", "k": 10, "segments": [
    {"id": "mystery", "name": "Nobody knows this hobby", "countries": ["US"],
     "interests": ["xyzzy plugh frobnication"]},
    {"id": "few", "name": "Very big creators", "countries": ["US"],
     "filters": {"followers": {"min": 3000000}}}]}


def test_first_page_shows_the_warnings_of_each_shortlist(matcher, client):
    campaign = parse_campaign(WARNED)
    report = build_report(matcher, campaign, now=NOW)
    html = render_html(report)
    answers = AnswerPage()
    answers.feed(answer_page(html))
    segments = campaign_segments(matcher, campaign)
    for number, segment in enumerate(segments, start=1):
        answer = _api(client, segment, campaign)
        assert answer["warnings"], segment.id
        shown = answers.segments[number]
        assert shown["warnings"] == _sentences(answer["warnings"])
        assert not shown["no_warnings"]
        # two segments: four creators each on the first page, in the API's order
        assert [c["id"] for c in shown["creators"]] == [
            r["id"] for r in answer["results"][:4]]
    assert "No warnings" not in answer_page(html)


def test_methods_name_the_missing_data_of_each_creator(matcher):
    for segment_id in sorted(matcher.bundled_segments):
        flagged = [r for r in matcher.shortlist(segment_id, k=50).results
                   if r["missing_blocks"]]
        if flagged:
            break
    else:
        pytest.fail("no shortlisted creator of the fixture subset lacks a block")
    campaign = parse_campaign({"name": "Gaps", "k": 50, "segments": [segment_id]})
    html = render_html(build_report(matcher, campaign, now=NOW))
    methods = html.split('class="sheet methods"')[1]
    for result in flagged:
        row = methods.split(result["id"])[1].split("</tr>")[0]
        assert ", ".join(result["missing_blocks"]) in row
        card = html.split(f'id="segment-1-creator-{result["rank"]}"')[1].split("</article>")[0]
        assert "no " + ", ".join(result["missing_blocks"]) in card
        assert "not reported" in card or result["missing_blocks"] == ["credibility"]


def test_unique_reach_is_bounded_and_estimated_from_the_population():
    reaches = [1000.0, 500.0, 250.0]
    bounds = unique_reach(reaches, None)
    assert (bounds.largest, bounds.total, bounds.estimate) == (1000.0, 1750.0, None)
    estimated = unique_reach(reaches, 10_000)
    expected = 10_000 * (1 - 0.9 * 0.95 * 0.975)
    assert estimated.estimate == pytest.approx(expected)
    assert bounds.largest < estimated.estimate < bounds.total
    assert unique_reach([5000.0, 5000.0], 4000).estimate == pytest.approx(4000)


def test_campaign_filters_tighten_every_segment(matcher):
    campaign = parse_campaign({
        "name": "Tight", "k": 3, "segments": ["eco-parents-na", {"id": "any-us",
                                                                  "countries": ["US"]}],
        "filters": {"platforms": ["instagram", "youtube"], "followers": {"min": 20000},
                    "min_credibility": 0.75, "exclude_ids": ["x-1"]}})
    eco, anyone = campaign_segments(matcher, campaign)
    assert [p.value for p in eco.filters.platforms] == ["instagram"]
    assert (eco.filters.followers.min, eco.filters.followers.max) == (20000, 500000)
    assert eco.filters.min_credibility == 0.75 and eco.filters.exclude_ids == ["x-1"]
    assert [p.value for p in anyone.filters.platforms] == ["instagram", "youtube"]
    with pytest.raises(InvalidInput, match="at most 200 creators"):
        parse_campaign({"name": "Big", "k": 50, "segments": ["a", "b", "c", "d", "e"]})
    with pytest.raises(InvalidInput, match="none in common"):
        merge_filters(eco.filters, parse_campaign({
            "name": "x", "segments": ["a"], "filters": {"platforms": ["twitch"]}}).filters)


SMALL = {"name": "Yoga & calm <DE>", "k": 2, "segment_population": 2_000_000,
         "segments": [{"id": "yoga-de", "name": "Yoga in Germany", "countries": ["DE"],
                       "interests": ["yoga practice"]}]}


@pytest.mark.slow
def test_post_reports_returns_html_or_pdf(client):
    response = client.post("/v1/reports", json={"campaign": SMALL})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    assert "yoga-calm-de.html" in response.headers["content-disposition"]
    body = response.text
    assert "Yoga &amp; calm &lt;DE&gt;" in body and "≈" in body and "2,000,000" in body
    pdf = client.post("/v1/reports", json={"campaign": SMALL},
                      headers={"accept": "application/pdf"})
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF-")
    assert client.post("/v1/reports", json={"campaign": SMALL}, headers={
        "accept": "text/html, application/pdf;q=0.5"}).headers["content-type"].startswith(
        "text/html")


def test_report_errors_are_problems(client, monkeypatch):
    unknown = client.post("/v1/reports", json={"campaign": {**SMALL, "segments": ["nope"]}})
    assert unknown.status_code == 404
    assert unknown.headers["content-type"] == "application/problem+json"
    assert unknown.json()["field"] == "segments.0"
    invalid = client.post("/v1/reports", json={"campaign": {**SMALL, "k": 0}})
    assert invalid.status_code == 422 and invalid.json()["field"] == "campaign.k"
    monkeypatch.setattr("matcher.reports.pdf.CHROMIUM_NAMES", ("no-such-chromium",))
    missing = client.post("/v1/reports", json={"campaign": SMALL, "format": "pdf"})
    assert missing.status_code == 503 and "'no-such-chromium'" in missing.json()["detail"]
    with pytest.raises(RendererUnavailable, match="'chromium-9000'"):
        html_to_pdf("<p>x</p>", binary="chromium-9000")


@pytest.mark.slow
def test_cli_report_writes_html_and_pdf(matcher, tmp_path, monkeypatch, capsys):
    from matcher import cli

    campaign = tmp_path / "small.yaml"
    campaign.write_text(yaml.safe_dump(SMALL), encoding="utf-8")
    monkeypatch.setattr(cli, "_matcher", lambda index: matcher)
    out, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    monkeypatch.setattr(sys, "argv", ["matcher", "report", str(campaign), "--out", str(out),
                                      "--pdf", str(pdf)])
    with pytest.raises(SystemExit) as done:
        cli.main()
    assert done.value.code == 0
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert pdf.read_bytes().startswith(b"%PDF-")
    campaign.write_text(yaml.safe_dump({**SMALL, "segments": ["nope"]}), encoding="utf-8")
    with pytest.raises(SystemExit) as failed:
        cli.main()
    assert failed.value.code == 1
    assert capsys.readouterr().err.startswith("error: segments.0: no segment with id 'nope'")


@pytest.mark.slow
def test_chromium_and_poppler_are_installed():
    missing = [b for b in ("pdftoppm", "pdftotext") if shutil.which(b) is None]
    assert find_chromium() and not missing, "run `make test`: it installs them"
