"""What a brand's results teach about a pool of candidates: the fitted model, each creator's
evidence and posterior, and the expected conversions of a next post.

A post's segment members are its impressions x the creator's estimated segment share. The
members of a next post are the creator's mean impressions a post x share where it has
results; else, with ``views_from_avg_views``, its profile's reported average views x share
where it reports them; else its estimated reach x the brand's view ratio (impressions over
real followers, pooled over its results; ``DEFAULT_VIEW_RATIO`` before any) x its platform's
view factor (``platform_view_factors``; 1 with ``view_ratio_by`` pooled); with
``view_ratio_mean`` log both come from one log-normal mean (``log_normal_view_ratios``), and
with ``view_factor_shrinkage`` learned the factors' shrinkage is estimated from the results
(``learned_prior_creators``). A conversion is
worth the brand's revenue per conversion over its results (1 before any revenue, so value per
dollar is then conversions per dollar).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from matcher.config import Settings
from matcher.contracts.profiles import Segment
from matcher.feedback.features import FEATURES, Scale, feature_matrix
from matcher.feedback.model import (
    NO_EVIDENCE,
    PRIOR_BASE_RATE,
    Evidence,
    PerformanceModel,
    Posterior,
    fit,
)
from matcher.service import Matcher
from matcher.store import ResultRow

DEFAULT_BASE_RATE = PRIOR_BASE_RATE   # conversions per segment member before any results
DEFAULT_VIEW_RATIO = 0.25
FIT_POOL = 200      # candidates the model is fitted over, at least (top by estimated reach)
VIEW_RATIO_BY = ("pooled", "platform")
VIEW_RATIO_MEAN = ("sums", "log")
VIEW_FACTOR_SHRINKAGE = ("fixed", "learned")


@dataclass(frozen=True)
class ViewFactors:
    """How an untested creator's views a post are estimated: its reported average views
    where ``from_avg_views`` and its profile has them; else its real followers x the brand's
    pooled view ratio ("pooled"), or x that ratio x a factor for the creator's platform
    learned from the results ("platform"), shrunk toward 1 as if ``prior_creators`` more
    creators on the platform had shown the mean over all tested creators."""

    by: str = Settings.model_fields["view_ratio_by"].default
    prior_creators: float = Settings.model_fields["view_factor_prior_creators"].default
    from_avg_views: bool = Settings.model_fields["views_from_avg_views"].default
    mean: str = Settings.model_fields["view_ratio_mean"].default
    shrinkage: str = Settings.model_fields["view_factor_shrinkage"].default

    def __post_init__(self) -> None:
        if self.by not in VIEW_RATIO_BY:
            raise ValueError(f"view ratio by must be one of {VIEW_RATIO_BY}, got {self.by!r}")
        if self.mean not in VIEW_RATIO_MEAN:
            raise ValueError(f"view ratio mean must be one of {VIEW_RATIO_MEAN}, "
                             f"got {self.mean!r}")
        if self.shrinkage not in VIEW_FACTOR_SHRINKAGE:
            raise ValueError(f"view factor shrinkage must be one of {VIEW_FACTOR_SHRINKAGE}, "
                             f"got {self.shrinkage!r}")
        if not self.prior_creators >= 0:
            raise ValueError(f"prior creators must be >= 0, got {self.prior_creators}")

    @classmethod
    def of(cls, settings: Settings) -> ViewFactors:
        return cls(settings.view_ratio_by, settings.view_factor_prior_creators,
                   settings.views_from_avg_views, settings.view_ratio_mean,
                   settings.view_factor_shrinkage)


DEFAULT_VIEWS = ViewFactors()     # the settings' defaults


@dataclass(frozen=True)
class Learned:
    records: list[dict[str, Any]]
    x: np.ndarray
    evidence: list[Evidence]
    model: PerformanceModel
    posterior: Posterior
    members_per_post: np.ndarray
    price: np.ndarray                   # NaN where unknown
    value_per_conversion: float
    view_ratio: float
    learned_from: int = 0               # creators whose results the model was fitted on
    #: impressions per real follower of an untested creator on each platform, relative to
    #: ``view_ratio`` (1 where nothing was learned)
    platform_view_factor: dict[str, float] = field(default_factory=dict)

    @property
    def expected_conversions(self) -> np.ndarray:
        return np.asarray(self.posterior.mean * self.members_per_post)

    @property
    def predicted_conversions(self) -> np.ndarray:
        return np.asarray(self.posterior.prediction * self.members_per_post)

    @property
    def expected_value_per_dollar(self) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            out = self.expected_conversions * self.value_per_conversion / self.price
        return np.asarray(np.where(self.price > 0, out, np.nan))

    @property
    def with_results(self) -> int:
        return sum(ev.posts > 0 for ev in self.evidence)


def evidence_for(records: Sequence[Mapping[str, Any]], results: Sequence[ResultRow]
                 ) -> list[Evidence]:
    """Each record's results (its creator's rows), as members reached and conversions."""
    rows: dict[str, list[ResultRow]] = defaultdict(list)
    for row in results:
        rows[row.creator].append(row)
    out = []
    for record in records:
        mine = rows.get(str(record["id"]), [])
        if not mine:
            out.append(NO_EVIDENCE)
            continue
        share = float(record["segment_share"])
        out.append(Evidence(np.array([r.impressions * share for r in mine], dtype=float),
                            np.array([r.conversions for r in mine], dtype=np.int64)))
    return out


def learn(records: Sequence[Mapping[str, Any]], results: Sequence[ResultRow],
          draws: int = 30, seed: int = 0, others: Sequence[Mapping[str, Any]] = (),
          views: ViewFactors = DEFAULT_VIEWS, avg_views: Mapping[str, float] | None = None
          ) -> Learned:
    """Fit the model on ``results`` over the candidates ``records`` (shortlist records).
    ``avg_views``: the average views a post reported by creators' profiles, by id (read
    with ``views.from_avg_views``).

    ``others`` are the records (for the same segment) of creators with results outside
    ``records``: their results inform the feature effects, the creator spread, the
    post-to-post spread and the brand's view ratio, but they are not candidates (nothing of
    theirs is returned) and the features keep the scale of ``records``, so a candidate's
    figures do not depend on who else has results.

    A creator with no estimated segment share reaches no segment members by this model: its
    rows are no evidence of a rate per member, and it is left out of the features' scale (its
    log share would stretch it)."""
    known = {str(r["id"]) for r in records}
    others = [r for r in others if str(r["id"]) not in known]
    everyone = [*records, *others]
    n = len(records)
    raw = feature_matrix(everyone)
    reaches = np.array([float(r["segment_share"]) > 0 for r in everyone], dtype=bool)
    x_all = Scale.of(raw[:n][reaches[:n]]).apply(raw)
    evidence_all = [ev if reached else NO_EVIDENCE for ev, reached
                    in zip(evidence_for(everyone, results), reaches, strict=True)]
    if any(ev.posts for ev in evidence_all):
        model = fit(x_all, evidence_all, draws=draws, seed=seed)
    else:
        model = PerformanceModel.prior(len(FEATURES), DEFAULT_BASE_RATE)
    x, evidence = x_all[:n], evidence_all[:n]
    posterior = model.posterior(x, evidence)
    reach = np.array([float(r["estimated_reach"]) for r in everyone])
    share = np.array([float(r["segment_share"]) for r in everyone])
    real_followers = np.divide(reach, share, out=np.zeros_like(reach), where=share > 0)
    tested = np.array([ev.posts > 0 for ev in evidence_all], dtype=bool)
    by_creator: dict[str, list[ResultRow]] = defaultdict(list)
    for row in results:
        by_creator[row.creator].append(row)
    impressions = np.array([np.mean([r.impressions for r in by_creator[str(rec["id"])]])
                            if t else 0.0 for rec, t in zip(everyone, tested, strict=True)])
    platforms = [str(r.get("platform")) for r in everyone]
    prior_creators = (learned_prior_creators(impressions, real_followers, tested, platforms)
                      if views.shrinkage == "learned" else views.prior_creators)
    if views.mean == "log":
        view_ratio, factor = log_normal_view_ratios(
            impressions, real_followers, tested, platforms,
            prior_creators if views.by == "platform" else None)
    else:
        pooled_real = float(real_followers[tested].sum())
        view_ratio = (float(impressions[tested].sum()) / pooled_real if pooled_real > 0
                      else DEFAULT_VIEW_RATIO)
        factor = (platform_view_factors(impressions, real_followers, tested, platforms,
                                        prior_creators)
                  if views.by == "platform" else {})
    untested_ratio = view_ratio * np.array([factor.get(p, 1.0) for p in platforms])
    untested = reach * untested_ratio
    if views.from_avg_views and avg_views:
        reported = np.array([avg_views.get(str(r["id"]), np.nan) for r in everyone])
        untested = np.where(np.isnan(reported), untested, reported * share)
    members = np.where(tested, impressions * share, untested)[:n]
    conversions = sum(r.conversions for r in results)
    revenue = sum(r.revenue for r in results)
    value = revenue / conversions if conversions and revenue > 0 else 1.0
    price = np.array([float(r["price_usd"]) if r.get("price_usd") else np.nan for r in records])
    return Learned(records=list(map(dict, records)), x=x, evidence=evidence, model=model,
                   posterior=posterior, members_per_post=members, price=price,
                   value_per_conversion=value, view_ratio=view_ratio,
                   learned_from=model.fitted_on, platform_view_factor=factor)


def platform_view_factors(impressions: np.ndarray, real_followers: np.ndarray,
                          tested: np.ndarray, platforms: Sequence[str],
                          prior_creators: float) -> dict[str, float]:
    """Each platform's impressions per real follower relative to all tested creators': the
    mean log ratio of its tested creators above the mean over all of them, shrunk toward 0
    as if ``prior_creators`` more of its creators had shown the mean. A creator whose posts
    drew no impressions counts as half an impression a post: no views is evidence too."""
    seen = tested & (real_followers > 0)
    if not seen.any():
        return {}
    log_ratio = np.log(np.maximum(impressions[seen], 0.5) / real_followers[seen])
    names = np.array(platforms, dtype=object)[seen]
    deviation = log_ratio - log_ratio.mean()
    return {str(p): float(np.exp(deviation[names == p].sum()
                                 / ((names == p).sum() + prior_creators)))
            for p in sorted(set(names))}


def learned_prior_creators(impressions: np.ndarray, real_followers: np.ndarray,
                           tested: np.ndarray, platforms: Sequence[str]) -> float:
    """How many creators showing the all-platform mean a platform's view factor is shrunk
    as if: the variance of the tested creators' log impressions per real follower within a
    platform over the variance between the platforms' true means, both estimated from the
    results (one-way random effects, moments; infinite, so no factor, while the results
    show no spread between platforms beyond what the spread within them explains)."""
    seen = tested & (real_followers > 0)
    log_ratio = np.log(np.maximum(impressions[seen], 0.5) / real_followers[seen])
    names = np.array(platforms, dtype=object)[seen]
    groups = sorted(set(names))
    total, count = len(log_ratio), np.array([(names == p).sum() for p in groups], float)
    if len(groups) < 2 or total <= len(groups):
        return float("inf")
    means = np.array([log_ratio[names == p].mean() for p in groups])
    within = float(sum(((log_ratio[names == p] - m) ** 2).sum()
                       for p, m in zip(groups, means, strict=True))) / (total - len(groups))
    between_sum = float((count * (means - log_ratio.mean()) ** 2).sum())
    between = (between_sum - (len(groups) - 1) * within) / (total - (count ** 2).sum() / total)
    return within / between if between > 0 else float("inf")


def log_normal_view_ratios(impressions: np.ndarray, real_followers: np.ndarray,
                           tested: np.ndarray, platforms: Sequence[str],
                           prior_creators: float | None) -> tuple[float, dict[str, float]]:
    """The view ratio and platform factors from one log-normal model of the tested
    creators' impressions per real follower: a platform's log ratio is the mean of its
    tested creators' shrunk toward the mean over all of them as if ``prior_creators`` more
    had shown it (one mean for all with ``None``), and a ratio is exp(that mean + half the
    variance of the log ratios about their platform's mean), the mean of a log-normal. The
    ratio is that of a platform no tested creator is on; a factor is a platform's ratio
    over it. A creator whose posts drew no impressions counts as half an impression a
    post."""
    seen = tested & (real_followers > 0)
    if not seen.any():
        return DEFAULT_VIEW_RATIO, {}
    log_ratio = np.log(np.maximum(impressions[seen], 0.5) / real_followers[seen])
    names = np.array(platforms, dtype=object)[seen]
    overall = float(log_ratio.mean())
    groups = sorted(set(names)) if prior_creators is not None else []
    raw_mean = {p: float(log_ratio[names == p].mean()) for p in groups}
    about_own_mean = log_ratio - np.array([raw_mean.get(p, overall) for p in names])
    freedom = len(log_ratio) - max(len(groups), 1)
    variance = float(np.sum(about_own_mean ** 2)) / freedom if freedom > 0 else 0.0
    ratio = float(np.exp(overall + variance / 2))
    factor = {}
    for p in groups:
        count = float((names == p).sum())
        shrunk = (count * raw_mean[p] + float(prior_creators or 0) * overall) / (
            count + float(prior_creators or 0))
        factor[str(p)] = float(np.exp(shrunk - overall))
    return ratio, factor


def reported_avg_views(matcher: Matcher, records: Sequence[Mapping[str, Any]],
                       views: ViewFactors) -> dict[str, float]:
    """The average views a post the profiles of ``records`` report (none unless
    ``views.from_avg_views``)."""
    if not views.from_avg_views:
        return {}
    return matcher.reported_avg_views(str(r["id"]) for r in records)


def view_inputs(matcher: Matcher, records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """``learn``'s ``views`` and ``avg_views`` as the matcher's settings and the profiles of
    ``records`` give them."""
    views = ViewFactors.of(matcher.settings)
    return {"views": views, "avg_views": reported_avg_views(matcher, records, views)}


def outside_records(matcher: Matcher, segment: Segment | dict[str, Any] | str,
                    records: Sequence[Mapping[str, Any]], results: Sequence[ResultRow],
                    weights: dict[str, float] | None = None) -> list[dict[str, Any]]:
    """The records, for ``segment``, of the creators with ``results`` that are not among
    ``records`` (creators no longer in the catalogue are left out)."""
    known = {str(r["id"]) for r in records}
    return matcher.records_of(segment, {row.creator for row in results} - known,
                              weights=weights)
