"""The shortlist answer: one typed record per creator, the same from the core to the wire.

``ShortlistResponse`` and ``CreatorRecord`` declare every field (they are the API's response
model, so OpenAPI documents them and clients can check them); ``records`` fills them for the
chosen candidates, a column at a time, as plain dicts of exactly those fields, and
``Shortlist.to_json`` serialises them with orjson so the API and the CLI return the same
bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson
from pydantic import BaseModel, Field

from matcher.contracts.profiles import Segment
from matcher.matching.catalogue import PLATFORMS, Catalogue
from matcher.matching.explain import evidence_named, explain_picked, pick
from matcher.matching.partial_blocks import top_interests_evidence
from matcher.matching.scoring import TOP_COUNTRY_FACTORS, Scores, affinity_bin_text
from matcher.matching.segments import SegmentTargets
from matcher.matching.warnings import WARNING_CODES
from matcher.matching.written import written

NEAREST_EVIDENCE = "reported creators with the nearest bios and categories"
#: Factors whose estimate rests on a named dominant value or the top audience country.
EVIDENCE_FACTORS = ("country", "language", "age", "gender")

ASSUMPTIONS = (
    "Segment share is the product of the factor shares (age, gender, country, language, "
    "interest), which assumes they are independent within an audience; a reported joint "
    "age x country block replaces the age and country product where the segment targets "
    "both (gender, if targeted, then multiplies as a marginal, independent of age and "
    "country), else a reported joint age x gender block replaces the age and gender product. "
    "Missing blocks are unknown, "
    "not zero: they are estimated (from the top audience country or from reported creators "
    "with the nearest bios and categories, or content as close to the persona, where known; "
    "else the platform average), widen "
    "the segment-share range and lower confidence. Confidence is 1 minus the share of the "
    "targeted blocks and credibility that are missing; an estimated block counts as missing "
    "in proportion to the width of its range over that of the platform average (at most 1)."
)


class FactorShare(BaseModel):
    share: float = Field(description="Share of the audience inside this factor's target.")
    reported: bool = Field(description="False when the block was missing and an estimate "
                                       "stood in.")
    estimated_from: str | None = Field(
        None, description="What the estimate of a missing block rests on: 'top audience "
                          "country XX' (reported creators with that top country), 'content "
                          "affinity 0.42 (reported creators at 0.4-0.5)' (reported creators "
                          "whose bio and categories are about as close to the persona), "
                          f"'{NEAREST_EVIDENCE}' (the mean interest share of the "
                          "reported creators whose bios and categories are nearest this one's; "
                          "after 'top audience interests A, B; ' when the profile ranks them) "
                          "or 'platform' (the platform's reported creators).")
    low: float | None = Field(
        None, description="Where the block was estimated: the low end of the share, the 10th "
                          "percentile of the creators the estimate is read from (or the "
                          "estimate, where it is lower); absent where the block was reported.")
    high: float | None = Field(
        None, description="Where the block was estimated: the high end of the share, their "
                          "90th percentile (or the estimate, where it is higher); absent where "
                          "the block was reported.")


class FitTerm(BaseModel):
    value: float = Field(description="The factor normalised to 0..1.")
    weight: float = Field(description="Its weight after renormalising over the factors "
                                      "that apply.")
    contribution: float = Field(description="value x weight; the terms add up to the fit.")


class InterestMatch(BaseModel):
    label: str = Field(description="The creator's reported interest label.")
    share: float = Field(description="Share of the audience holding the label.")
    phrase: str = Field(description="The segment phrase it was matched to.")
    similarity: float = Field(description="Embedding similarity of label and phrase (for an "
                                          "audience match, the text's own, which did not "
                                          "decide it: see the shortlist's interest_mapping "
                                          "for its lift).")
    match_weight: float = Field(description="How much the label counts for the phrase (0..1).")
    via: str = Field(description="How it was matched: direct (label and phrase), context (the "
                                 "phrase with the segment's name), taxonomy (both placed on "
                                 "related nodes of the interest taxonomy), audience (the label "
                                 "the audiences of the reference creators nearest the phrase, "
                                 "alone and written with the segment's name, over-index on "
                                 "most) or pinned (the segment's "
                                 "interest_labels).")


class PhraseMatch(BaseModel):
    label: str = Field(description="A provider interest label of the catalogue.")
    weight: float = Field(description="How much the label counts for the phrase (0..1).")
    score: float = Field(description="The strongest of the three signals below.")
    via: str = Field(description="direct, context, taxonomy, audience (the audience path: "
                                 "the label the audiences of the reference creators nearest "
                                 "the phrase, alone and with the segment's name, over-index on "
                                 "most, at weight 0.5) or pinned.")
    lift: float | None = Field(
        None, description="The audience check: the label's mean share in the audiences of the "
                          "50 reference creators whose bio and categories are nearest the "
                          "phrase, over its mean share in all of them, averaged with the same "
                          "ratio over the 50 nearest the phrase written with the segment's "
                          "name. Under 1.0 the label keeps half the weight its text match "
                          "gives (weight above). null where the check did not apply: a pinned "
                          "phrase, a phrase none of whose labels reaches 1.0 and to which the "
                          "audience path gives no label, a label no reference creator's audience "
                          "holds or only creators added since the snapshot hold, a catalogue "
                          "with fewer than 200 reference creators. Via audience: the lift "
                          "that chose the label (at least 2.0).")
    creators: list[str] = Field(
        default_factory=list,
        description="Via audience: the ids of the 5 reference creators whose bio and categories "
                    "are nearest the phrase written with the segment's name, nearest first, "
                    "of the 50 that half of the lift is read over; [] otherwise.")


class Performance(BaseModel):
    """What the segment's campaign results say about a creator (``rank_by``
    expected_conversions or expected_value_per_dollar only): prior, evidence, posterior."""

    posts: int = Field(description="Result rows (posts) of this creator for the segment.")
    conversions: int = Field(description="Conversions over those posts.")
    segment_members_reached: int = Field(
        description="Segment members those posts reached: impressions x segment_share, added "
                    "over the posts (people).")
    predicted_rate: float = Field(
        description="Conversions per segment member reached predicted from the creator's "
                    "features alone (the prior mean), 4 significant digits.")
    posterior_rate: float = Field(
        description="Conversions per segment member reached after the results (the "
                    "posterior mean); equals predicted_rate's model without results.")
    rate_interval: tuple[float, float] = Field(
        description="80% interval of posterior_rate (conversions per segment member).")
    rate_per_impression: float = Field(
        description="posterior_rate x segment_share: conversions per impression.")
    members_per_post: int = Field(
        description="Segment members a next post reaches: mean impressions x segment_share "
                    "with results; else, with MATCHER_VIEWS_FROM_AVG_VIEWS, the profile's "
                    "avg_views x segment_share where it reports them; else estimated_reach x "
                    "the brand's impressions per real follower x the platform's view factor "
                    "(people).")
    expected_conversions: float = Field(
        description="posterior_rate x members_per_post: conversions of a next post.")
    predicted_conversions: float = Field(
        description="predicted_rate x members_per_post: the same without the results.")
    conversions_interval: tuple[float, float] = Field(
        description="rate_interval x members_per_post: the 80% interval of the expected "
                    "conversions of a next post; one post's count varies more.")
    expected_value_per_dollar: float | None = Field(
        None, description="expected_conversions x revenue per conversion (1 before any "
                          "revenue) / price_usd, in USD of revenue per USD spent; null "
                          "without a reported price.")


class CreatorRecord(BaseModel):
    rank: int
    id: str
    handle: str | None = None
    name: str | None = None
    platform: str
    followers: int
    engagement_rate: float | None = None
    credibility: float | None = Field(None, description="Share of real followers; null when "
                                                        "not reported.")
    price_usd: float | None = Field(None, description="Reported price per post.")
    fit: float = Field(description="Weighted sum of the factors' contributions (4 "
                                   "decimals, as every share and its parts).")
    segment_share: float = Field(description="Estimated share of the audience inside the "
                                             "whole segment, 4 decimals.")
    segment_share_range: tuple[float, float] = Field(
        description="Low and high segment share when missing blocks take their 10th and 90th "
                    "percentile (or their estimate, where it lies outside them).")
    estimated_reach: int = Field(description="followers x credibility x segment share, "
                                             "rounded to whole people.")
    cost_per_thousand_reached: float | None = Field(
        None, description="USD per 1,000 segment members reached: price_usd / "
                          "estimated_reach x 1,000, to the cent, where a price is reported.")
    factor_shares: dict[str, FactorShare]
    joint_age_gender: bool = Field(description="A reported age x gender block replaced the "
                                               "product of the two.")
    joint_age_country: bool = Field(False, description="A reported age x country block "
                                                       "replaced the product of the two.")
    content_affinity: float | None = Field(None, description="Cosine of the persona text with "
                                                             "the bio and categories.")
    engagement_vs_median: float | None = Field(
        None, description="Engagement over the median of the same platform and follower tier.")
    factors: dict[str, FitTerm]
    confidence: float = Field(description="1 - (missing blocks) / (targeted blocks + 1), "
                                          "credibility counting as a block; an estimated "
                                          "block counts as missing by its share range's width "
                                          "over the platform average's, at most 1 (a narrow "
                                          "estimate nearly known, the platform average "
                                          "wholly missing); 0 on a segment share of 0.")
    missing_blocks: list[str]
    interest_matches: list[InterestMatch]
    summary: list[str] = Field(description="The explanation, one checkable line each.")
    performance: Performance | None = Field(
        None, description="Only with rank_by expected_conversions or "
                          "expected_value_per_dollar: the campaign results' evidence and the "
                          "posterior (docs/results.md).")


class SegmentName(BaseModel):
    id: str
    name: str | None = None


class ShortlistWarning(BaseModel):
    code: Literal[tuple(WARNING_CODES)]  # type: ignore[valid-type]
    message: str


class ShortlistResponse(BaseModel):
    segment: SegmentName
    rank_by: str
    k: int
    weights: dict[str, float]
    catalogue_version: str
    eligible: int = Field(description="Creators passing the segment's filters.")
    candidates_scored: int = Field(description="Candidates scored exactly after the first "
                                               "stage.")
    assumptions: str
    interest_mapping: dict[str, list[PhraseMatch]] = Field(
        description="Each interest phrase and the catalogue labels it was matched to, "
                    "strongest first; [] where it matched nothing.")
    warnings: list[ShortlistWarning] = Field(
        description="What a planner should know before reading the results, each a code "
                    "(documented list: " + ", ".join(WARNING_CODES) + ") and a sentence "
                    "with this answer's figures.")
    results: list[CreatorRecord]


@dataclass
class Shortlist:
    segment: Segment
    rank_by: str
    k: int
    weights: dict[str, float]
    catalogue_version: str
    eligible: int
    candidates: int
    results: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, str]] = field(default_factory=list)
    interest_mapping: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The ``ShortlistResponse`` fields, in its order."""
        return {
            "segment": {"id": self.segment.id, "name": self.segment.name},
            "rank_by": self.rank_by,
            "k": self.k,
            "weights": self.weights,
            "catalogue_version": self.catalogue_version,
            "eligible": self.eligible,
            "candidates_scored": self.candidates,
            "assumptions": ASSUMPTIONS,
            "interest_mapping": self.interest_mapping,
            "warnings": self.warnings,
            "results": self.results,
        }

    def to_json(self) -> bytes:
        return orjson.dumps(self.to_dict())


def records(catalogue: Catalogue, targets: SegmentTargets, scores: Scores,
            candidates: Sequence[int]) -> list[dict[str, Any]]:
    """The ``CreatorRecord`` fields of each chosen candidate (its rank set by the caller)."""
    picked = pick(catalogue, scores, list(candidates))
    whys = explain_picked(catalogue, targets, picked)
    rows = picked.rows
    price = written(catalogue, "price", rows)
    engagements = written(catalogue, "engagement", rows)
    credibilities = written(catalogue, "credibility", rows)
    vocab = catalogue.country_vocab

    def estimated_from(factor: str, i: int) -> str | None:
        """What the i-th candidate's estimate of an unreported factor rests on."""
        if factor == "interest":
            value = picked.affinity[i]
            return (top_interests_evidence(catalogue, rows[i]) + NEAREST_EVIDENCE
                    if picked.by_neighbours[i] else
                    f"content affinity {value:.2f} (reported creators at "
                    f"{affinity_bin_text(value)})")
        if factor not in EVIDENCE_FACTORS:
            return None
        named = evidence_named(catalogue, picked, factor, i)
        if named is not None or factor not in TOP_COUNTRY_FACTORS:
            return named
        top = picked.top_country[i]
        return f"top audience country {vocab[top]}" if top >= 0 else None

    def shares_of(f: str) -> list[dict[str, Any]]:
        """Each candidate's ``FactorShare`` fields of factor ``f``."""
        if not any(picked.imputed[f]):
            return [{"share": share, "reported": True, "estimated_from": None}
                    for share in picked.shares[f]]
        return [{"share": share, "reported": True, "estimated_from": None} if not imputed
                else {"share": share, "reported": False,
                      "estimated_from": estimated_from(f, i) if inferred else "platform",
                      "low": low, "high": high}
                for i, (share, imputed, inferred, (low, high)) in enumerate(zip(
                    picked.shares[f], picked.imputed[f], picked.inferred[f], picked.ranges[f],
                    strict=True))]

    factor_shares = _by_candidate(len(rows), {f: shares_of(f) for f in picked.shares})
    factors = _by_candidate(len(rows), {
        f: [{"value": value, "weight": weight, "contribution": contribution}
            for value, contribution in zip(picked.values[f], picked.contributions[f],
                                           strict=True)]
        for f, weight in scores.effective_weights.items()})
    ids, handles, names = catalogue.ids, catalogue.handles, catalogue.names
    out = []
    for (row, code, followers, engagement, credibility, reported, cost, fit, share, share_range,
         reach, shares, joint, joint_country, affinity, ratio, figures, confidence, why) in zip(
            rows, picked.platform, picked.followers, engagements, credibilities,
            picked.credibility_known, price, picked.fit, picked.segment_share,
            picked.share_range, picked.reach, factor_shares, picked.joint,
            picked.joint_country, picked.affinity,
            picked.ratio, factors, picked.confidence, whys, strict=True):
        cost = cost if cost == cost else None  # NaN: no price reported
        engagement_known = engagement == engagement
        out.append({
            "rank": 0,
            "id": ids[row],
            "handle": handles[row],
            "name": names[row],
            "platform": PLATFORMS[code],
            "followers": followers,
            "engagement_rate": engagement if engagement_known else None,
            "credibility": credibility if reported else None,
            "price_usd": cost,
            "fit": fit,
            "segment_share": share,
            "segment_share_range": share_range,
            "estimated_reach": reach,
            "cost_per_thousand_reached": round(cost / reach * 1000.0, 2) if cost and reach > 0
            else None,
            "factor_shares": shares,
            "joint_age_gender": joint,
            "joint_age_country": joint_country,
            "content_affinity": affinity,
            "engagement_vs_median": ratio if engagement_known else None,
            "factors": figures,
            "confidence": confidence,
            "missing_blocks": why["missing_blocks"],
            "interest_matches": why["interest_matches"],
            "summary": why["summary"],
        })
    return out


def _by_candidate(count: int, columns: dict[str, list[Any]]) -> list[dict[str, Any]]:
    """Per candidate, a dict of its value in each of ``columns``, filled a column at a time
    (a quarter of the cost of zipping each candidate's values into a dict)."""
    out: list[dict[str, Any]] = [{} for _ in range(count)]
    for name, values in columns.items():
        for record, value in zip(out, values, strict=True):
            record[name] = value
    return out
