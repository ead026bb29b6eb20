"""The results page: per tested creator, predicted against observed conversions, and what the
brand's results taught the model (``matcher.feedback``), as one self-contained HTML file.

Every figure is read from ``matcher.feedback.learning.Learned`` over the service's top
``pool`` creators by estimated reach for the segment, as a refined shortlist reads it (the
tested creators outside it are learned from, and listed by name).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np
from jinja2 import Environment, PackageLoader, StrictUndefined

from matcher.contracts.profiles import Segment
from matcher.errors import InvalidInput
from matcher.feedback.features import FEATURES
from matcher.feedback.learning import FIT_POOL, Learned, learn, outside_records, view_inputs
from matcher.feedback.pilots import verdicts
from matcher.feedback.refine import segment_results
from matcher.service import Matcher


@dataclass(frozen=True)
class CreatorResult:
    handle: str
    id: str
    posts: int
    spend: float
    members: float
    conversions: int
    predicted: float        # conversions the prediction expected from the members reached
    ratio: float            # observed over predicted
    next_post: float        # posterior expected conversions of a next post
    interval: tuple[float, float]
    verdict: str


@dataclass(frozen=True)
class ResultsPage:
    segment_id: str
    segment_name: str
    generated: str
    creators: list[CreatorResult]
    effects: list[tuple[str, float]]    # feature, multiplier of the rate per sd (or per flag)
    creator_spread: float               # sd of log creator factor
    post_spread: float                  # sd of the post-to-post factor
    rows: int
    total_conversions: int
    total_predicted: float
    outside: list[str]                  # creators with results outside the pool: learned from
    unreached: list[str]                # in the catalogue, no estimated segment share: not
                                        # learned from (their posts reach no segment member)
    unknown: list[str]                  # creators with results no longer in the catalogue
    pool: int


def build_results_page(matcher: Matcher, segment: Segment | str, pool: int = FIT_POOL,
                       now: datetime | None = None) -> ResultsPage:
    seg = matcher.resolve_segment(segment)
    results = segment_results(matcher, seg)
    if not results:
        raise InvalidInput(f"segment {seg.id!r} has no campaign results yet", field="segment")
    shortlist = matcher.shortlist(seg, k=min(pool, matcher.settings.max_k), rank_by="reach")
    others = outside_records(matcher, seg, shortlist.results, results)
    learned: Learned = learn(shortlist.results, results, others=others,
                             **view_inputs(matcher, [*shortlist.results, *others]))
    calls = {v.index: v.action for v in verdicts(learned, np.random.default_rng(0))}
    spend: dict[str, float] = {}
    for row in results:
        spend[row.creator] = spend.get(row.creator, 0.0) + row.spend
    creators = []
    for i, ev in enumerate(learned.evidence):
        if ev.posts == 0:
            continue
        record = learned.records[i]
        predicted = float(learned.posterior.prediction[i]) * ev.total_members
        members = float(learned.members_per_post[i])
        creators.append(CreatorResult(
            handle=str(record.get("handle") or record["id"]), id=str(record["id"]),
            posts=ev.posts, spend=spend.get(str(record["id"]), 0.0), members=ev.total_members,
            conversions=ev.total_conversions, predicted=predicted,
            ratio=ev.total_conversions / predicted if predicted > 0 else 0.0,
            next_post=float(learned.expected_conversions[i]),
            interval=(float(learned.posterior.low[i]) * members,
                      float(learned.posterior.high[i]) * members),
            verdict=calls.get(i, "no price: not booked by pilots")))
    creators.sort(key=lambda c: -c.next_post)
    outside, unreached = classify_unshown(shortlist.results, others,
                                          {row.creator for row in results})
    model = learned.model
    return ResultsPage(
        segment_id=seg.id, segment_name=seg.name or seg.id,
        generated=(now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
        creators=creators,
        effects=[(name, float(np.exp(b))) for name, b in zip(FEATURES, model.beta[1:],
                                                             strict=True)],
        creator_spread=float(np.sqrt(np.log1p(1.0 / model.alpha))),
        post_spread=float(np.sqrt(np.log1p(1.0 / model.kappa))),
        rows=len(results), total_conversions=sum(c.conversions for c in creators),
        total_predicted=sum(c.predicted for c in creators),
        outside=outside, unreached=unreached,
        unknown=sorted({r.creator for r in results} - {c.id for c in creators}
                       - set(outside) - set(unreached)),
        pool=len(learned.records))


def classify_unshown(pool: list[dict[str, Any]], others: list[dict[str, Any]],
                     tested: set[str]) -> tuple[list[str], list[str]]:
    """The creators with results that the page does not show, by what they are: those outside
    the pool that ``learn`` fitted on (a segment share above 0), and those in the catalogue,
    in the pool or not, with no estimated segment share (their rows are no evidence), among
    the ``tested`` ids. The creators with results in neither are no longer in the catalogue
    (``others`` holds every tested creator outside the pool still in it)."""
    outside = sorted(str(r["id"]) for r in others if float(r["segment_share"]) > 0)
    unreached = sorted({str(r["id"]) for r in [*pool, *others]
                        if float(r["segment_share"]) <= 0} & tested)
    return outside, unreached


def campaign_results(matcher: Matcher, segments: list[Segment | str], include: bool | None,
                     now: datetime | None = None) -> tuple[list[ResultsPage], list[str]]:
    """The results pages of a campaign report's segments, and the names of the segments
    asked for (``include`` true) that have no results yet. ``include`` None: the segments
    with stored results; false: none."""
    pages: list[ResultsPage] = []
    without: list[str] = []
    if include is False:
        return pages, without
    for item in segments:
        seg = matcher.resolve_segment(item)
        if segment_results(matcher, seg):
            pages.append(build_results_page(matcher, seg, now=now))
        elif include:
            without.append(seg.name or seg.id)
    return pages, without


def render_results_html(page: ResultsPage) -> str:
    env = Environment(loader=PackageLoader("matcher.reports", "templates"), autoescape=True,
                      undefined=StrictUndefined)
    return env.get_template("results.html.j2").render(page=page)
