"""Campaign reports: the campaign model, the report built from ``Matcher.shortlist`` results,
and the HTML rendered from it.

Every number a report prints is a field of ``Shortlist.to_dict()`` (the object the API
serialises) or of ``Matcher.influencer`` (the clean profile), passed through one of the
formatters below, rounded for people (``FORMATS`` on the detailed pages, ``charts.people``
and ``charts.dollars`` on the first); ``tests/test_reports.py`` compares them with
``POST /v1/shortlists``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Annotated, Any, Literal

import pycountry
import yaml
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StrictBool,
    ValidationError,
    field_validator,
    model_validator,
)

from matcher.config import Settings, get_settings
from matcher.contracts.profiles import GENDERS, Filters, FollowerRange, Segment
from matcher.errors import InvalidInput, UnknownInfluencer, UnknownSegment, error_field
from matcher.matching.segments import LabelMatch, build_targets
from matcher.planning.options import PlanOptions
from matcher.reports import charts
from matcher.reports.plan_section import (
    PlanSection,
    check_saved_plan,
    plan_section,
    read_saved_plan,
)
from matcher.reports.results import ResultsPage, campaign_results
from matcher.service import Matcher, Shortlist

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
        ..., min_length=1,
        description="Bundled segment ids and/or inline segment objects, at most "
                    "MATCHER_MAX_CAMPAIGN_SEGMENTS (20 by default).")
    k: int = Field(10, ge=1, le=MAX_K, description="Creators per segment.")
    weights: dict[str, float] = Field(default_factory=dict, description="Fit weight overrides.")
    rank_by: Literal["fit", "reach", "share", "share_low", "reach_low"] | None = None
    filters: Filters | None = Field(
        None, description="Added to every segment's filters; a creator must pass both "
        "(an unknown_credibility only one of them names applies to both).")
    segment_population: Population | dict[str, Population] | None = Field(
        None, description="People in the segment (one number for all, or by segment id); "
        "turns the unique-reach bounds into an estimate.")
    plan: PlanOptions | None = Field(
        None, description="A budget and constraints for `matcher plan` and POST /v1/plans: "
                          "the set of creators that reaches the most segment members. A "
                          "report with a plan block shows the plan (unless saved_plan is "
                          "given).")
    saved_plan: dict[str, Any] | None = Field(
        None, description="A plan as POST /v1/plans or `matcher plan --out` returned it "
                          "(the PlanResponse object), shown in the report as it was planned; "
                          "a campaign file may give the path of the JSON file instead, "
                          "relative to itself. Checked only by reports, which show it: "
                          "`matcher plan` and POST /v1/plans neither read nor check it.")
    results: StrictBool | None = Field(
        None, description="Campaign results pages in the report: true for every segment "
                          "(one without results says so), false for none; by default for "
                          "each segment with stored results.")

    #: A campaign file's ``saved_plan:`` path (its directory, the path as written), read by
    #: the report that shows it (``saved_plan_of``), not when the file is loaded.
    _saved_plan_path: tuple[Path, str] | None = PrivateAttr(None)

    def with_saved_plan_file(self, path: Path) -> Campaign:
        """This campaign showing the plan saved at ``path`` (``matcher report --plan``)."""
        campaign = self.model_copy(update={"saved_plan": None})
        campaign._saved_plan_path = (Path.cwd(), str(path))
        return campaign

    @field_validator("segments")
    @classmethod
    def _few_enough_segments(cls, v: list[str | Segment]) -> list[str | Segment]:
        limit = get_settings().max_campaign_segments
        if len(v) > limit:
            raise ValueError(f"{len(v)} segments, over the limit of {limit} "
                             "(MATCHER_MAX_CAMPAIGN_SEGMENTS)")
        return v

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
        where = error_field(first) or "campaign"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise InvalidInput(f"{where}: {message} ({source})", field=where) from None


def load_campaign(path: Path) -> Campaign:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"campaign file not found: {path}", field="campaign") from None
    except yaml.YAMLError as err:
        raise InvalidInput(f"{path.name}: not valid YAML: {err}", field="campaign") from None
    saved_path = None
    if isinstance(data, dict) and isinstance(data.get("saved_plan"), str):
        saved_path = (path.parent, data.pop("saved_plan"))
    campaign = parse_campaign(data, path.name)
    campaign._saved_plan_path = saved_path
    return campaign


def saved_plan_of(campaign: Campaign, settings: Settings) -> tuple[Any, str] | None:
    """The campaign's saved plan as given (the object, or its file read) and where it came
    from; None without one."""
    if campaign.saved_plan is not None:
        return campaign.saved_plan, ""
    if campaign._saved_plan_path is None:
        return None
    base, value = campaign._saved_plan_path
    if not value.strip():
        raise InvalidInput("saved_plan: expected the path of a plan JSON file "
                           "(`matcher plan --out plan.json`), got an empty string",
                           field="saved_plan")
    path = (base / value).resolve()
    return read_saved_plan(path, settings.max_body_bytes), path.name


def report_plan(matcher: Matcher, campaign: Campaign,
                segments: list[Segment] | None = None) -> PlanSection | None:
    """The report's plan: the saved plan, checked against the campaign's segments, else the
    ``plan:`` block planned, else None."""
    segments = campaign_segments(matcher, campaign) if segments is None else segments
    given = saved_plan_of(campaign, matcher.settings)
    saved = None if given is None else check_saved_plan(
        given[0], matcher.settings, [s.id for s in segments], given[1])
    return plan_section(matcher, segments, campaign.plan, saved, campaign.weights)


def merge_filters(base: Filters, extra: Filters | None) -> Filters:
    """Both sets of constraints at once: the stricter bound, the common platforms, and the
    ``unknown_credibility`` either names (``exclude`` when both name one and differ; the
    default when neither does)."""
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
                   unknown_credibility=_unknown_credibility(base, extra),
                   exclude_ids=list(dict.fromkeys([*base.exclude_ids, *extra.exclude_ids])),
                   min_share=min_share)


def _unknown_credibility(base: Filters, extra: Filters
                         ) -> Literal["exclude", "catalogue_median"]:
    """The value one of them names; ``exclude`` when both name one and they differ."""
    named = {f.unknown_credibility for f in (base, extra)
             if "unknown_credibility" in f.model_fields_set}
    if not named:
        return base.unknown_credibility
    return "exclude" if "exclude" in named else "catalogue_median"


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
    "fit": lambda v: f"{v:.2f}",
    "share": charts.share,
    "reach": lambda v: f"{v:,.0f}",
    "number": lambda v: f"{v:,.0f}",
    "rate": lambda v: "n/a" if v is None else charts.share(v),
    "ratio": lambda v: "n/a" if v is None else f"{v:.2f}",
    "money": charts.dollars,
    "cpm": charts.dollars,
}
"""How the detailed pages print each kind of number (the Jinja filters of the same names):
fits and ratios to 2 decimals, shares as whole percentages (one decimal under 10%), money
in whole dollars (cents under $10), counts of people exact."""

COUNTRY_NAMES = {"US": "US", "GB": "UK", "AE": "UAE", "RU": "Russia", "KR": "South Korea"}
WITH_THE = {"US", "GB", "AE", "NL", "PH", "CZ", "DO", "CF", "BS", "GM", "MV", "SC"}
FACTOR_WORDS = {
    "audience_match": "how well the audience matches the segment",
    "interest": "the audience's interests",
    "affinity": "content close to the persona",
    "engagement": "engagement",
    "credibility": "real followers",
    "reach": "audience size",
}
RANK_WORDS = {"fit": "fit", "reach": "estimated reach, largest first",
              "share": "segment share, largest first"}


def country_name(code: str, article: bool = False) -> str:
    """US, Canada, South Korea; "the US" with ``article`` (in a sentence)."""
    found = pycountry.countries.get(alpha_2=code)
    name = COUNTRY_NAMES.get(code) or (
        (getattr(found, "common_name", None) or found.name) if found else code)
    return f"the {name}" if article and code in WITH_THE and found else name


def day(moment: datetime) -> str:
    """2 March 2026."""
    return f"{moment.day} {moment:%B %Y}"


def _and(items: list[str], word: str = "and") -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def data_taken(catalogue_version: str, manifest: dict[str, Any]) -> str | None:
    """When the creator data was taken, in words ("3 December 2026, with later updates"),
    from the catalogue version (the snapshot's build time, ``+N`` for changes applied
    since) or else the snapshot's ``built_at``."""
    found = re.fullmatch(r"(\d{8})T\d{6}\d*Z(\+\d+)?", catalogue_version)
    built: datetime | None = None
    if found:
        built = datetime.strptime(found[1], "%Y%m%d")
    elif manifest.get("built_at"):
        try:
            built = datetime.fromisoformat(str(manifest["built_at"]))
        except ValueError:
            built = None
    if built is None:
        return None
    return day(built) + (", with later updates" if found and found[2] else "")


def weights_words(weights: dict[str, float]) -> str:
    """The fit weights as words: "X at 81%, Y at 10%, and Z and W at 5% each"."""
    used = sorted(((w, n) for n, w in weights.items() if w > 0), key=lambda x: -x[0])
    if not used:
        return "no factor"
    groups: dict[str, list[str]] = {}
    for w, n in used:
        groups.setdefault(f"{100 * w:.0f}%", []).append(FACTOR_WORDS.get(n, charts.factor_label(n)))
    parts = [f"{_and(names)} at {share}{' each' if len(names) > 1 else ''}"
             for share, names in groups.items()]
    return _and(parts) if len(parts) < 3 else f"{', '.join(parts[:-1])}, and {parts[-1]}"


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
    book: int = 3  # creators the first page names

    @property
    def weights(self) -> dict[str, float]:
        """The fit weights as renormalised for this segment (the same for every creator)."""
        results = self.shortlist["results"]
        return {n: f["weight"] for n, f in results[0]["factors"].items()} if results else {}

    @property
    def booked(self) -> list[CreatorView]:
        """The creators the first page names: the top of the shortlist, in its order."""
        return self.creators[:self.book]

    @property
    def words(self) -> str:
        return segment_words(self.segment)

    def answer(self) -> AnswerBlock:
        return AnswerBlock([booking_sentence(c.result) for c in self.booked],
                           totals_sentence(self),
                           [warning_text(w) for w in self.shortlist["warnings"]])


def warning_text(warning: str | dict[str, str]) -> str:
    """A shortlist warning's sentence (a warning is ``{"code", "message"}``, or a sentence)."""
    return warning["message"] if isinstance(warning, dict) else str(warning)


@dataclass
class AnswerBlock:
    """One segment on the first page: who to book, what the shortlist reaches and costs,
    the warnings' sentences."""

    bookings: list[Markup]
    totals: Markup
    warnings: list[str]


def _number(name: str, text: str) -> Markup:
    """A number of the first page, marked with the API field it rounds."""
    return Markup('<b class="n" data-field="{}">{}</b>').format(name, text)


def booking_sentence(result: dict[str, Any]) -> Markup:
    """"Book @handle (Name, Instagram, 280k followers): about 110k of their real followers
    are in the segment; $1,398 per post, $13 per 1,000 segment members reached." """
    handle, name = result["handle"], result["name"]
    who = f"@{handle}" if handle else name or result["id"]
    details = [name] if handle and name else []
    details += [platform_name(result["platform"])]
    followers = Markup("{} followers").format(
        _number("followers", charts.people(result["followers"])))
    text = Markup("Book <b>{}</b> ({}, {}): ").format(who, ", ".join(details), followers)
    reach = result["estimated_reach"]
    if charts.people(reach) == "0":
        text += Markup("almost none of their real followers ({}) are in the segment").format(
            _number("estimated_reach", "0"))
    else:
        text += Markup("about {} of their real followers are in the segment").format(
            _number("estimated_reach", charts.people(reach)))
    price, cpm = result["price_usd"], result["cost_per_thousand_reached"]
    if price is None:
        text += Markup("; no price listed, ask for a quote.")
    else:
        text += Markup("; {} per post").format(_number("price_usd", charts.dollars(price)))
        if cpm is not None:
            text += Markup(", {} per 1,000 segment members reached").format(
                _number("cost_per_thousand_reached", charts.dollars(cpm)))
        text += "."
    blocks = result["missing_blocks"]
    if blocks:
        names = [f"audience {b}" if b != "credibility" else "share of real followers"
                 for b in blocks]
        text += Markup(" <span class=\"estimated\">Their {} {} estimated, not reported "
                       "(confidence {}).</span>").format(
            _and(names), "is" if len(names) == 1 and not blocks[0].endswith("s") else "are",
            FORMATS["ratio"](result["confidence"]))
    return text


def totals_sentence(section: SegmentSection) -> Markup:
    """What the whole shortlist of the segment reaches and costs, rounded for people."""
    reach, n = section.reach, len(section.creators)
    if n == 0:
        return Markup("No creator passes the segment's filters.")
    largest = charts.people(reach.largest)
    low = _number("reach_largest", largest)
    if reach.estimate is not None and reach.population is not None:
        estimate = charts.people(reach.estimate)
        text = Markup("All {} shortlisted creators together reach about {} of the segment's {} "
                      "people").format(n, _number("reach_estimate", estimate),
                                       _number("population", charts.people(reach.population)))
        if largest != estimate:
            text += Markup(" (at least {})").format(low)
    elif n == 1:
        text = Markup("The one creator shortlisted reaches about {} segment members").format(low)
    else:
        text = Markup("All {} shortlisted creators together reach {} to {} segment "
                      "members").format(n, low, _number("reach_high", charts.people(reach.total)))
    total = _number("price_total", charts.dollars(section.total_price))
    unpriced = n - section.priced
    if n == 1:
        text += Markup(".")
    elif section.priced == n:
        text += Markup("; one post from each costs {} in all.").format(total)
    elif section.priced == 1:
        text += Markup("; the one with a price costs {} per post ({} have none).").format(
            total, unpriced)
    elif section.priced:
        text += Markup("; one post from each of the {} with a price costs {} ({} {} no price)."
                       ).format(section.priced, total, unpriced,
                                "has" if unpriced == 1 else "have")
    else:
        text += Markup("; none of them has a price listed.")
    return text


def _lines(text: str, per_line: int) -> int:
    return max(1, math.ceil(len(text) / per_line))


def answer_lines(section: SegmentSection) -> int:
    """About how many lines of print a segment takes on the first page (to lay the answer
    out on pages: ``Report.answer_pages``)."""
    answer = section.answer()
    warnings = (sum(_lines(w, 105) for w in answer.warnings) + 1 if answer.warnings else 1)
    return (3 + _lines(section.words, 120)
            + sum(_lines(re.sub(r"<[^>]+>", "", str(b)), 100) for b in answer.bookings)
            + _lines(re.sub(r"<[^>]+>", "", str(answer.totals)), 110) + warnings)


@dataclass
class Report:
    campaign: Campaign
    generated: datetime
    catalogue_version: str
    model: str
    assumptions: str
    sections: list[SegmentSection]
    missing: list[dict[str, Any]] = field(default_factory=list)
    data_taken: str | None = None
    plan: PlanSection | None = None
    results: list[ResultsPage] = field(default_factory=list)
    results_missing: list[str] = field(default_factory=list)  # asked for, none stored
    #: Discovery's own figures when the segments were discovered (``discovered.py``): one
    #: page after the overview.
    discovery: Any = None

    @property
    def creators_per_page(self) -> int:
        return 2

    #: Lines of print on a page of the answer, less a margin for error, and what the title,
    #: the introduction and the footnote of the first page take of them.
    answer_page_lines = 54
    answer_head_lines = 12

    @property
    def answer_pages(self) -> list[list[SegmentSection]]:
        """The segments of the first pages, as many on a page as fit."""
        pages: list[list[SegmentSection]] = [[]]
        room = self.answer_page_lines - self.answer_head_lines - 2 * (len(self.campaign.name) > 40)
        for section in self.sections:
            need = answer_lines(section)
            if pages[-1] and need > room:
                pages.append([])
                room = self.answer_page_lines - 2
            pages[-1].append(section)
            room -= need
        return pages

    @property
    def shared_weights(self) -> dict[str, float] | None:
        """The renormalised fit weights when every segment has the same, else None."""
        found = {tuple(s.weights.items()) for s in self.sections if s.weights}
        return dict(next(iter(found))) if len(found) == 1 else None

    @property
    def weights_text(self) -> str:
        """The fit weights in words, or a pointer to the methods when segments differ."""
        shared = self.shared_weights
        if shared is None:
            return "the weights given in Methods"
        return weights_words(shared)

    def expected_pages(self) -> int:
        """Pages the print CSS lays out: the answer (``answer_pages``), the overview, the
        plan's pages, per segment an overview and a page for every two creators, a results
        page per segment with results, then the methods (and a page of discovery's figures
        after the overview when the segments were discovered); exact while each answer page, the
        overview and the methods fit one page (up to about 8 segments and 12 creators with
        missing data), the plan's creators table one page (about 30 creators) and each
        results table one page (about 25 tested creators)."""
        return len(self.answer_pages) + 1 + (self.discovery is not None) + (
            self.plan.sheets if self.plan else 0) + sum(
            1 + math.ceil(len(s.creators) / self.creators_per_page)
            for s in self.sections) + len(self.results) + 1


def _population(campaign: Campaign, segment_id: str) -> int | None:
    population = campaign.segment_population
    return population.get(segment_id) if isinstance(population, dict) else population


def _target_rows(segment: Segment) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if segment.ages is not None:
        rows.append(("Ages", charts.age_words(segment) + _cut_bands(segment)))
    rows.append(("Genders", ", ".join(segment.genders) if segment.genders else "any"))
    if segment.countries is not None:
        rows.append(("Countries", _countries_text(segment, codes=True)))
    else:
        rows.append(("Countries", "any"))
    rows.append(("Languages", ", ".join(f"{charts.language_name(c)} ({c})"
                                        for c in segment.languages)
                 if segment.languages else "any"))
    rows.append(("Interests", "; ".join(segment.interests) if segment.interests else "none"))
    rows.append(("Filters", filters_text(segment.filters)))
    return rows


def _cut_bands(segment: Segment) -> str:
    """" (the 25-34 band counts half)" for an age range that cuts a band."""
    cut = [(b, w) for b, w in (segment.age_weights() or {}).items() if w < 1]
    if not cut:
        return ""
    return " (" + "; ".join(f"the {b} band counts {charts.fraction(w)}" for b, w in cut) + ")"


def _countries_text(segment: Segment, codes: bool = False, article: bool = False) -> str:
    """"US counts fully, Canada counts a quarter"; "US or Canada" when all count fully;
    ``codes`` adds the country codes the charts use, ``article`` "the US"."""
    relative = segment.country_weights() or {}
    names = {c: country_name(c, article) + (f" ({c})" if codes and country_name(c) != c else "")
             for c in relative}
    if all(w >= 0.995 for w in relative.values()):
        return _and(list(names.values()), "or") + (" (each counts fully)" if codes else "")
    return ", ".join(f"{names[c]} counts {charts.fraction(w)}" for c, w in relative.items())


def segment_words(segment: Segment) -> str:
    """The segment's targets as one sentence: women aged 35 to 54 in Germany, speaking
    German, into yoga practice."""
    who = "people"
    if segment.genders and set(segment.genders) != set(GENDERS):
        who = _and([{"female": "women", "male": "men"}.get(g, g) for g in segment.genders])
    parts = [who.capitalize()]
    if segment.ages is not None:
        parts.append(f"aged {charts.age_words(segment)}")
    relative = segment.country_weights() or {}
    if relative:
        parts.append("in " + _and([country_name(c, article=True) for c in relative], "or"))
    text = " ".join(parts)
    if text == "People" and not segment.languages and not segment.interests:
        return "Anyone: the segment sets no audience target."
    if segment.languages:
        text += ", speaking " + _and([charts.language_name(c) for c in segment.languages], "or")
    if segment.interests:
        text += ", into " + _and(list(segment.interests), "or")
    text += "."
    if relative and any(w < 0.995 for w in relative.values()):
        counts = _countries_text(segment, article=True)
        text += f" {counts[0].upper()}{counts[1:]}."
    cut = _cut_bands(segment)
    if cut:
        text += f" {cut.strip(' ()').capitalize()}."
    return text


def filters_text(filters: Filters) -> str:
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
        parts.append(f"credibility at least {filters.min_credibility:.2f}"
                     + (" (unreported credibility judged on the catalogue median)"
                        if filters.unknown_credibility == "catalogue_median"
                        else " (unreported credibility does not pass)"))
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
    targets = build_targets(segment, snap.catalogue, snap.label_emb, matcher.encoder,
                            text_emb=snap.text_emb)
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
        creators, overview, len(prices), math.fsum(prices),
        book=max(3, min(5, 6 - len(campaign.segments))))


def build_report(matcher: Matcher, campaign: Campaign, now: datetime | None = None,
                 plan: PlanSection | None = None) -> Report:
    """Run every segment's shortlist through ``Matcher.shortlist`` and gather the report;
    ``plan`` is the report's plan when already made (``report_plan``), else it is made
    here."""
    sections = []
    segments = campaign_segments(matcher, campaign)
    for number, segment in enumerate(segments, start=1):
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
    if plan is None:
        plan = report_plan(matcher, campaign, segments)
    results, without = campaign_results(matcher, list(campaign.segments), campaign.results, now)
    return Report(campaign, now or datetime.now(UTC), first["catalogue_version"], str(model),
                  first["assumptions"], sections, list(missing.values()),
                  data_taken(first["catalogue_version"], matcher.snapshot.manifest),
                  plan, results, without)


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
                       pct=charts.pct, people=charts.people, dollars=charts.dollars,
                       day=day, css_string=css_string, clip=charts._clip)
    env.globals.update(colours=charts.FACTOR_COLOURS, version=_version(),
                       rank_words=RANK_WORDS)
    return env


def render_html(report: Report) -> str:
    """The report as one self-contained HTML document."""
    template = _environment().get_template("report.html.j2")
    return template.render(report=report, campaign=report.campaign, sections=report.sections)
