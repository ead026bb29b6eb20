"""Shortlists refined by results: ``rank_by`` expected_conversions or
expected_value_per_dollar.

The service ranks a wider shortlist (``REFINE_POOL`` x k creators by estimated reach, at
least ``FIT_POOL`` as pilots and the results page read it, at most ``max_k``); the brand's
results for the segment fit the model over that pool and the tested creators outside it
(``learning.py``: their results teach the feature effects; they are not ranked), and the
pool is re-ranked by the posterior: expected conversions of a next
post, or their value per dollar of its price (creators without a price last). A creator with
no results is ranked by its prediction. Each record gains a ``performance`` block (prior,
evidence, posterior) and a first summary line citing the evidence and how far it moved the
figure and the rank.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from matcher.contracts.profiles import Segment
from matcher.errors import InvalidInput
from matcher.feedback.learning import (
    DEFAULT_BASE_RATE,
    DEFAULT_VIEWS,
    FIT_POOL,
    Learned,
    ViewFactors,
    learn,
    outside_records,
    view_inputs,
)
from matcher.service import Matcher
from matcher.service.records import Shortlist
from matcher.store import ResultRow

REFINED_RANK_BY: tuple[str, ...] = ("expected_conversions", "expected_value_per_dollar")
REFINE_POOL = 5
BASE_RANK_BY = "reach"


def _people(value: float) -> str:
    if value >= 1_000_000:
        return f"~{value / 1_000_000:.1f}M"
    if value >= 1_000:
        return f"~{value / 1_000:.0f}k"
    return f"~{value:.0f}"


def members_text(learned: Learned, i: int) -> str:
    return _people(float(learned.members_per_post[i])).lstrip("~")


def evidence_line(learned: Learned, i: int, rank: int, prior_rank: int) -> str:
    """The readable evidence for one creator, from the same figures as its block."""
    ev = learned.evidence[i]
    expected = float(learned.expected_conversions[i])
    predicted = float(learned.predicted_conversions[i])
    low = float(learned.posterior.low[i] * learned.members_per_post[i])
    high = float(learned.posterior.high[i] * learned.members_per_post[i])
    moved = f"rank {rank} (by the prediction alone: {prior_rank})"
    if ev.posts == 0:
        tested = learned.learned_from
        if not tested:
            return (f"no results for this segment yet: ranked by the ~{members_text(learned, i)} "
                    f"segment members a post reaches; conversions use a placeholder rate of "
                    f"{DEFAULT_BASE_RATE:g} a member until results arrive; {moved}")
        source = (f"whose feature effects were learned from {tested} creator"
                  f"{'s' if tested != 1 else ''} with results")
        return (f"no results yet: {expected:.1f} conversions expected a post (80%: {low:.1f}-"
                f"{high:.1f}) from the prediction, {source}; {moved}")
    observed = ev.total_conversions / ev.total_members if ev.total_members else 0.0
    ratio = observed / float(learned.posterior.prediction[i])
    posts = f"{ev.posts} post" + ("s" if ev.posts != 1 else "")
    change = (expected / predicted - 1.0) * 100 if predicted > 0 else 0.0
    return (f"{posts}: {ev.total_conversions} conversions from {_people(ev.total_members)} "
            f"segment members, {ratio:.1f}x the prediction; {expected:.1f} conversions "
            f"expected a post (80%: {low:.1f}-{high:.1f}), {change:+.0f}% on the prediction "
            f"alone ({predicted:.1f}); {moved}")


def _key(learned: Learned, rank_by: str) -> tuple[np.ndarray, np.ndarray]:
    """The ranking key with results and with the prediction alone."""
    if rank_by == "expected_conversions":
        return learned.expected_conversions, learned.predicted_conversions
    with np.errstate(divide="ignore", invalid="ignore"):
        prior = learned.predicted_conversions * learned.value_per_conversion / learned.price
    return (np.nan_to_num(learned.expected_value_per_dollar, nan=-np.inf),
            np.nan_to_num(np.where(learned.price > 0, prior, np.nan), nan=-np.inf))


def performance_block(learned: Learned, i: int) -> dict[str, Any]:
    ev = learned.evidence[i]
    members = float(learned.members_per_post[i])
    post = learned.posterior
    price = float(learned.price[i])
    value = learned.expected_value_per_dollar[i]
    return {
        "posts": ev.posts,
        "conversions": ev.total_conversions,
        "segment_members_reached": round(ev.total_members),
        "predicted_rate": float(f"{post.prediction[i]:.4g}"),
        "posterior_rate": float(f"{post.mean[i]:.4g}"),
        "rate_interval": [float(f"{post.low[i]:.4g}"), float(f"{post.high[i]:.4g}")],
        "rate_per_impression": float(f"{post.mean[i] * learned.records[i]['segment_share']:.4g}"),
        "members_per_post": round(members),
        "expected_conversions": round(float(learned.expected_conversions[i]), 2),
        "predicted_conversions": round(float(learned.predicted_conversions[i]), 2),
        "conversions_interval": [round(float(post.low[i] * members), 2),
                                 round(float(post.high[i] * members), 2)],
        "expected_value_per_dollar": None if not price > 0 else float(f"{value:.4g}"),
    }


def refine(shortlist: Shortlist, results: Sequence[ResultRow], rank_by: str, k: int,
           seed: int = 0, others: Sequence[dict[str, Any]] = (),
           views: ViewFactors = DEFAULT_VIEWS, avg_views: dict[str, float] | None = None
           ) -> tuple[Shortlist, Learned]:
    """Re-rank ``shortlist`` (a wide one) by the posterior; the top ``k`` come back.
    ``others``: records of creators with results outside it, learned from, never ranked;
    ``avg_views``: the average views a post their profiles report, by id."""
    records = shortlist.results
    learned = learn(records, results, seed=seed, others=others, views=views,
                    avg_views=avg_views)
    key, prior_key = _key(learned, rank_by)
    order = np.argsort(-key, kind="stable")
    prior_rank = np.empty(len(records), dtype=np.int64)
    prior_rank[np.argsort(-prior_key, kind="stable")] = np.arange(1, len(records) + 1)
    out = []
    for rank, i in enumerate(order[:k], start=1):
        record = dict(records[i])
        record["rank"] = rank
        record["performance"] = performance_block(learned, int(i))
        record["summary"] = [evidence_line(learned, int(i), rank, int(prior_rank[i])),
                             *record["summary"]]
        out.append(record)
    return replace(shortlist, rank_by=rank_by, k=k, results=out), learned


def segment_results(matcher: Matcher, segment: Segment) -> list[ResultRow]:
    """The brand's stored results for ``segment`` (none in file mode)."""
    return [] if matcher.store is None else matcher.store.results(segment=segment.id)


def refined_shortlist(matcher: Matcher, segment: Segment | dict[str, Any] | str, k: int,
                      rank_by: str, weights: dict[str, float] | None = None) -> Shortlist:
    """The service's wider shortlist for ``segment``, refined by the segment's results."""
    if rank_by not in REFINED_RANK_BY:
        raise InvalidInput(f"rank_by must be one of {list(REFINED_RANK_BY)}, got {rank_by!r}",
                           field="rank_by")
    if not 1 <= k <= matcher.settings.max_k:
        raise InvalidInput(f"k must be between 1 and {matcher.settings.max_k}, got {k}",
                           field="k")
    seg = matcher.resolve_segment(segment)
    pool = matcher.shortlist(segment, k=min(max(REFINE_POOL * k, FIT_POOL),
                                            matcher.settings.max_k),
                             weights=weights, rank_by=BASE_RANK_BY)
    results = segment_results(matcher, seg)
    others = outside_records(matcher, seg, pool.results, results, weights)
    return refine(pool, results, rank_by, k, others=others,
                  **view_inputs(matcher, [*pool.results, *others]))[0]
