"""Campaign reports: the campaign model, the report built from ``Matcher.shortlist`` results,
and the HTML rendered from it.

Every number a report prints is a field of ``Shortlist.to_dict()`` (the object the API
serialises) or of ``Matcher.influencer`` (the clean profile), passed through one of the
formatters below; ``tests/test_reports.py`` compares them with ``POST /v1/shortlists``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    model_validator,
)

from matcher.contracts.profiles import Filters, FollowerRange, Segment
from matcher.errors import InvalidInput, UnknownInfluencer, UnknownSegment, field_path
from matcher.matching.segments import LabelMatch, build_targets
from matcher.reports import charts
from matcher.service import Matcher, Shortlist

MAX_SEGMENTS = 20
MAX_K = 50
MAX_CREATORS = 200
PLATFORM_NAMES = {"x": "X", "youtube": "YouTube", "tiktok": "TikTok", "linkedin": "LinkedIn"}


#: People in a segment: at most the world's population, rounded up.
Population = Annotated[int, Field(gt=0, le=10_000_000_000)]


class Campaign(BaseModel):
    """A brand's campaign: named segments, one shortlist size, weights and filters for all."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"name": "Spring launch", "segments": ["eco-parents-na", "yoga-women-de"], "k": 10}]})

    name: str = Field(..., min_length=1, max_length=200)
    segments: list[str | Segment] = Field(
        ..., min_length=1, max_length=MAX_SEGMENTS,
        description="Bundled segment ids and/or inline segment objects.")
    k: int = Field(10, ge=1, le=MAX_K, description="Creators per segment.")
    weights: dict[str, float] = Field(default_factory=dict, description="Fit weight overrides.")
    rank_by: Literal["fit", "reach", "share"] | None = None
    filters: Filters | None = Field(
        None, description="Added to every segment's filters; a creator must pass both.")
    segment_population: Population | dict[str, Population] | None = Field(
        None, description="People in the segment (one number for all, or by segment id); "
        "turns the unique-reach bounds into an estimate.")

    @model_validator(mode="after")
    def _bounded(self) -> Campaign:
        if len(self.segments) * self.k > MAX_CREATORS:
            raise ValueError(f"a report holds at most {MAX_CREATORS} creators; "
                             f"{len(self.segments)} segments x k {self.k} is more")
        return self


def parse_campaign(data: Any, source: str = "campaign") -> Campaign:
    if not isinstance(data, dict):
        raise InvalidInput(f"{source}: expected a mapping of campaign fields", field="campaign")
    try:
        return Campaign.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = field_path(first["loc"]) or "campaign"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise InvalidInput(f"{where}: {message} ({source})", field=where) from None


def load_campaign(path: Path) -> Campaign:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"campaign file not found: {path}", field="campaign") from None
    except yaml.YAMLError as err:
        raise InvalidInput(f"{path.name}: not valid YAML: {err}", field="campaign") from None
    return parse_campaign(data, path.name)


def merge_filters(base: Filters, extra: Filters | None) -> Filters:
    """Both sets of constraints at once: the stricter bound, the common platforms."""
    if extra is None:
        return base
    platforms = base.platforms
    if extra.platforms is not None:
        platforms = extra.platforms if platforms is None else [
            p for p in platforms if p in extra.platforms]
        if not platforms:
            raise InvalidInput("the campaign's platforms and the segment's have none in common",
                               field="filters.platforms")
    lows = [r.min for r in (base.followers, extra.followers) if r and r.min is not None]
    highs = [r.max for r in (base.followers, extra.followers) if r and r.max is not None]
    followers = FollowerRange(min=max(lows) if lows else None,
                              max=min(highs) if highs else None) if lows or highs else None
    creds = [c for c in (base.min_credibility, extra.min_credibility) if c is not None]
    min_share = dict(base.min_share)
    for factor, share in extra.min_share.items():
        min_share[factor] = max(share, min_share.get(factor, 0.0))
    return Filters(platforms=platforms, followers=followers,
                   min_credibility=max(creds) if creds else None,
                   exclude_ids=list(dict.fromkeys([*base.exclude_ids, *extra.exclude_ids])),
                   min_share=min_share)


def campaign_segments(matcher: Matcher, campaign: Campaign) -> list[Segment]:
    """The campaign's segments resolved, with the campaign filters merged into each."""
    segments = []
    for i, item in enumerate(campaign.segments):
        try:
            segment = matcher.resolve_segment(item)
        except UnknownSegment as err:
            raise UnknownSegment(err.detail, field=f"segments.{i}") from None
        filters = merge_filters(segment.filters, campaign.filters)
        segments.append(segment.model_copy(update={"filters": filters}))
    return segments


FORMATS: dict[str, Callable[[Any], str]] = {
    "fit": lambda v: f"{v:.3f}",
    "share": lambda v: f"{100 * v:.2f}%",
    "reach": lambda v: f"{v:,.0f}",
    "number": lambda v: f"{v:,.0f}",
    "rate": lambda v: f"{100 * v:.1f}%",
    "ratio": lambda v: "n/a" if v is None else f"{v:.2f}",
    "money": lambda v: "n/a" if v is None else f"${v:,.0f}",
    "cpm": lambda v: "n/a" if v is None else f"${v:,.2f}",
}
"""How the report prints each kind of number (the Jinja filters of the same names)."""


def platform_name(code: str) -> str:
    return PLATFORM_NAMES.get(code, code.capitalize())


@dataclass(frozen=True)
class UniqueReach:
    """What a shortlist reaches together in its segment, without counting a person twice.

    ``largest`` (the best single creator) and ``total`` (every creator's reach added up, as
    if no two reached the same person) bound the truth. With the segment's ``population``
    *N*, each creator's ``r_i`` segment members are taken as an independent random draw from
    the *N*: a person is missed by all with probability ``prod(1 - r_i / N)``, so
    ``estimate = N x (1 - prod(1 - r_i / N))``.
    """

    creators: int
    largest: float
    total: float
    population: int | None = None
    estimate: float | None = None


def unique_reach(reaches: list[float], population: int | None) -> UniqueReach:
    largest = max(reaches, default=0.0)
    total = math.fsum(reaches)
    if not population:
        return UniqueReach(len(reaches), largest, total)
    missed = math.prod(1.0 - min(r / population, 1.0) for r in reaches)
    return UniqueReach(len(reaches), largest, total, population, population * (1.0 - missed))


@dataclass
class CreatorView:
    result: dict[str, Any]
    profile: dict[str, Any]
    charts: dict[str, Markup]


@dataclass
class SegmentSection:
    number: int
    segment: Segment
    shortlist: dict[str, Any]
    targets: list[tuple[str, str]]
    reach: UniqueReach
    creators: list[CreatorView]
    overview_chart: Markup
    priced: int
    total_price: float

    @property
    def weights(self) -> dict[str, float]:
        """The fit weights as renormalised for this segment (the same for every creator)."""
        results = self.shortlist["results"]
        return {n: f["weight"] for n, f in results[0]["factors"].items()} if results else {}


@dataclass
class Report:
    campaign: Campaign
    generated: datetime
    catalogue_version: str
    model: str
    assumptions: str
    sections: list[SegmentSection]
    missing: list[dict[str, Any]] = field(default_factory=list)

    @property
    def creators_per_page(self) -> int:
        return 2

    def expected_pages(self) -> int:
        """Pages the print CSS lays out: the cover, per segment an overview and a page for
        every two creators, then the methods; exact while the cover and the methods each fit
        one page (up to about 8 segments and 12 creators with missing data)."""
        return 1 + sum(1 + math.ceil(len(s.creators) / self.creators_per_page)
                       for s in self.sections) + 1


def _population(campaign: Campaign, segment_id: str) -> int | None:
    population = campaign.segment_population
    return population.get(segment_id) if isinstance(population, dict) else population


def _target_rows(segment: Segment) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if isinstance(segment.ages, list):
        rows.append(("Ages", ", ".join(segment.ages)))
    elif segment.ages is not None:
        cut = ", ".join(f"{b} counts x{w:.2f}" for b, w in (segment.age_weights() or {}).items()
                        if w < 1)
        rows.append(("Ages", f"{segment.ages.min} to {segment.ages.max}"
                     + (f" ({cut})" if cut else "")))
    rows.append(("Genders", ", ".join(segment.genders) if segment.genders else "any"))
    if segment.countries is not None:
        relative = segment.country_weights() or {}
        if isinstance(segment.countries, list):
            rows.append(("Countries", ", ".join(segment.countries) + " (each counts fully)"))
        else:
            rows.append(("Countries", ", ".join(
                f"{c} weight {w:g} (counts x{relative.get(c, 0.0):.2f})"
                for c, w in segment.countries.items())))
    else:
        rows.append(("Countries", "any"))
    rows.append(("Languages", ", ".join(segment.languages) if segment.languages else "any"))
    rows.append(("Interests", "; ".join(segment.interests) if segment.interests else "none"))
    rows.append(("Filters", _filters_text(segment.filters)))
    return rows


def _filters_text(filters: Filters) -> str:
    parts = []
    if filters.platforms:
        parts.append("platforms " + ", ".join(platform_name(p.value) for p in filters.platforms))
    if filters.followers and (filters.followers.min is not None
                              or filters.followers.max is not None):
        low, high = filters.followers.min, filters.followers.max
        low_text = "0" if low is None else FORMATS["number"](low)
        high_text = "any" if high is None else FORMATS["number"](high)
        parts.append(f"followers {low_text} to {high_text}")
    if filters.min_credibility is not None:
        parts.append(f"credibility at least {filters.min_credibility:.2f}")
    for factor, share in filters.min_share.items():
        parts.append(f"at least {charts.pct(share)} of the audience on {factor}")
    if filters.exclude_ids:
        parts.append(f"{len(filters.exclude_ids)} creators excluded: "
                     + ", ".join(filters.exclude_ids))
    return "; ".join(parts) or "none"


def _label_matches(matcher: Matcher, segment: Segment) -> dict[str, LabelMatch]:
    """Every catalogue interest label the scoring matched to one of the segment's phrases."""
    if not segment.interests:
        return {}
    snap = matcher.snapshot
    targets = build_targets(segment, snap.catalogue, snap.label_emb, matcher.encoder)
    return {m.label: m for m in targets.label_matches.values()}


def _section(matcher: Matcher, number: int, segment: Segment, shortlist: Shortlist,
             campaign: Campaign) -> SegmentSection:
    data = shortlist.to_dict()
    matches = _label_matches(matcher, segment)
    for result in data["results"]:
        for found in result["interest_matches"]:
            matches.setdefault(found["label"], LabelMatch(
                found["label"], found["phrase"], found["similarity"], found["match_weight"]))
    creators = []
    for result in data["results"]:
        try:
            profile = matcher.influencer(result["id"])
        except UnknownInfluencer:
            profile = {"id": result["id"], "audience": {}}  # deleted since the shortlist
        creators.append(CreatorView(result, profile,
                                    charts.creator_charts(result, profile, segment, matches)))
    prices = [r["price_usd"] for r in data["results"] if r["price_usd"] is not None]
    overview = charts.shortlist_contributions(
        [(f"{r['rank']}. {r['name'] or r['handle']}", r["factors"], r["fit"])
         for r in data["results"]])
    return SegmentSection(
        number, segment, data, _target_rows(segment),
        unique_reach([r["estimated_reach"] for r in data["results"]],
                     _population(campaign, segment.id)),
        creators, overview, len(prices), math.fsum(prices))


def build_report(matcher: Matcher, campaign: Campaign, now: datetime | None = None) -> Report:
    """Run every segment's shortlist through ``Matcher.shortlist`` and gather the report."""
    sections = []
    for number, segment in enumerate(campaign_segments(matcher, campaign), start=1):
        shortlist = matcher.shortlist(segment, k=campaign.k, weights=campaign.weights or None,
                                      rank_by=campaign.rank_by)
        sections.append(_section(matcher, number, segment, shortlist, campaign))
    missing: dict[str, dict[str, Any]] = {}
    for section in sections:
        for creator in section.creators:
            result = creator.result
            if not result["missing_blocks"]:
                continue
            entry = missing.setdefault(result["id"], {
                "id": result["id"], "name": result["name"], "handle": result["handle"],
                "platform": result["platform"], "blocks": [], "segments": []})
            entry["blocks"] = list(dict.fromkeys([*entry["blocks"], *result["missing_blocks"]]))
            entry["segments"].append(section.number)
    first = sections[0].shortlist
    model = matcher.snapshot.manifest.get("model", {}).get("name", "")
    return Report(campaign, now or datetime.now(UTC), first["catalogue_version"], str(model),
                  first["assumptions"], sections, list(missing.values()))


def css_string(value: str) -> Markup:
    """A quoted CSS string; anything but letters, digits and spaces as a hex escape."""
    body = "".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):06x} " for ch in value)
    return Markup(f'"{body}"')


def _version() -> str:
    try:
        return metadata.version("matcher")
    except metadata.PackageNotFoundError:
        return "unknown"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(loader=PackageLoader("matcher.reports", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(FORMATS, platform=platform_name, factor=charts.factor_label,
                       pct=charts.pct, css_string=css_string)
    env.globals.update(colours=charts.FACTOR_COLOURS, version=_version())
    return env


def render_html(report: Report) -> str:
    """The report as one self-contained HTML document."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, campaign=report.campaign, sections=report.sections)
