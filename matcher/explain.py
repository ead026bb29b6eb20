"""Readable explanations, built only from the numbers in ``Scores``.

Every figure a sentence states is one of the returned fields, rounded for reading; a test
parses the sentences back and compares them with those fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from matcher.catalogue import PLATFORMS, TIER_EDGES, TIER_NAMES, Catalogue
from matcher.profiles import AGE_BANDS, GENDERS
from matcher.scoring import FACTOR_BLOCK, Scores
from matcher.segments import SegmentTargets
from matcher.sparse_rows import gather

PLATFORM_NAMES = {"x": "X", "youtube": "YouTube", "tiktok": "TikTok", "linkedin": "LinkedIn"}
FACTOR_NAMES = {"audience_match": "audience match", "affinity": "content affinity"}


def pct(value: float) -> str:
    """64%, 9.1%, 0.42%: enough digits to be checked against the number."""
    percent = 100.0 * value
    if percent >= 10 or percent == 0:
        return f"{percent:.0f}%"
    if percent >= 1:
        return f"{percent:.1f}%"
    return f"{percent:.2f}%"


def platform_name(code: int) -> str:
    name = PLATFORMS[code]
    return PLATFORM_NAMES.get(name, name.capitalize())


def _targets_text(targets: SegmentTargets, factor: str) -> str:
    text = targets.texts.get(factor)
    if text is None:
        text = targets.texts[factor] = _describe_target(targets, factor)
    return text


def _describe_target(targets: SegmentTargets, factor: str) -> str:
    seg = targets.segment
    if factor == "age":
        assert targets.age is not None
        bands = [b for b, w in zip(AGE_BANDS, targets.age, strict=True) if w > 0]
        partial = [f"{b} x{w:.2f}" for b, w in zip(AGE_BANDS, targets.age, strict=True)
                   if 0 < w < 1]
        text = ", ".join(bands)
        return text + (f" (cut bands count in part: {', '.join(partial)})" if partial else "")
    if factor == "gender":
        assert targets.gender is not None
        return "/".join(g for g, w in zip(GENDERS, targets.gender, strict=True) if w > 0)
    if factor == "country":
        weights = seg.country_weights() or {}
        if all(w == 1.0 for w in weights.values()):
            return "/".join(weights)
        return "/".join(weights) + " (weighted " + ", ".join(
            f"{c} {w:.2f}" for c, w in weights.items()) + ")"
    if factor == "language":
        return "/".join(seg.languages or [])
    return ", ".join(f"'{p}'" for p in seg.interests)


SENTENCES = {
    "age": "{share} of the audience is aged {target}",
    "gender": "{share} of the audience is {target}",
    "country": "{share} of the audience is in {target}",
    "language": "{share} of the audience speaks {target}",
    "interest": "{share} of the audience is estimated to hold interests matching {target}",
}


@dataclass(frozen=True)
class MatchParts:
    """A segment's matched labels as the explanation shows them, made once per segment: the
    rounded match weight of every label column, and per matched column its record fields and
    the text around its share in the "closest interests" line."""

    weights: np.ndarray
    records: dict[int, tuple[str, str, float, float]]  # label, phrase, similarity, weight
    texts: dict[int, tuple[str, str]]                  # before and after the share


def match_parts(targets: SegmentTargets) -> MatchParts:
    if targets.match_parts is None:
        weights = np.zeros(0 if targets.labels is None else len(targets.labels))
        records, texts = {}, {}
        for column, match in targets.label_matches.items():
            weights[column] = round(match.weight, 3)
            records[column] = (match.label, match.phrase, round(match.similarity, 3),
                               round(match.weight, 3))
            texts[column] = (f"'{match.label}' ",
                             f" (~'{match.phrase}', similarity {round(match.similarity, 3):.2f})")
        targets.match_parts = MatchParts(weights, records, texts)
    return targets.match_parts


def interest_matches(catalogue: Catalogue, targets: SegmentTargets, rows: np.ndarray,
                     limit: int = 3) -> list[list[tuple[dict[str, Any], str]]]:
    """Per row, the ``limit`` audience interest labels matched to the segment's phrases that
    weigh most (share x match weight, the weight as returned: rounded to 3 places): each
    match's record and its part of the "closest interests" line."""
    found: list[list[tuple[dict[str, Any], str]]] = [[] for _ in range(len(rows))]
    if targets.labels is None:
        return found
    parts = match_parts(targets)
    owner, columns, shares = gather(catalogue.interests, rows)
    keep = targets.labels[columns] > 0
    owner, columns, shares = owner[keep], columns[keep], shares[keep].astype(np.float64)
    order = np.lexsort((-(shares * parts.weights[columns]), owner))  # stable: ties keep order
    grouped = owner[order]
    first_of_group = np.searchsorted(grouped, grouped, side="left")
    chosen = order[np.arange(len(order)) - first_of_group < limit]
    records, texts = parts.records, parts.texts
    for i, column, share in zip(owner[chosen].tolist(), columns[chosen].tolist(),
                                shares[chosen].tolist(), strict=True):
        label, phrase, similarity, weight = records[column]
        before, after = texts[column]
        found[i].append(({"label": label, "share": share, "phrase": phrase,
                          "similarity": similarity, "match_weight": weight},
                         before + pct(share) + after))
    return found


def explain(catalogue: Catalogue, targets: SegmentTargets, scores: Scores, j: int
            ) -> dict[str, Any]:
    """The readable summary and the per-factor figures for candidate ``j`` of ``scores``."""
    return explain_many(catalogue, targets, scores, [j])[0]


@dataclass(frozen=True)
class Picked:
    """Some candidates' figures from ``Scores`` and the catalogue, as Python lists, read once
    for both the explanation and the record a shortlist returns."""

    rows: list[int]
    platform: list[int]
    followers: list[int]
    engagement: list[float]
    shares: dict[str, list[float]]
    imputed: dict[str, list[bool]]
    segment_share: list[float]
    share_range: list[list[float]]
    joint: list[bool]
    credibility: list[float]
    credibility_known: list[bool]
    reach: list[float]
    affinity: list[float]
    ratio: list[float]
    fit: list[float]
    confidence: list[float]
    values: dict[str, list[float]]
    contributions: dict[str, list[float]]


def pick(catalogue: Catalogue, scores: Scores, candidates: Sequence[int] | np.ndarray
         ) -> Picked:
    """The figures of candidates ``candidates`` (positions in ``scores``)."""
    at = np.asarray(candidates, dtype=np.int64)
    rows = scores.rows[at]
    return Picked(
        rows=rows.tolist(), platform=catalogue.platform[rows].tolist(),
        followers=catalogue.followers[rows].tolist(),
        engagement=catalogue.engagement[rows].tolist(),
        shares={f: v[at].tolist() for f, v in scores.shares.items()},
        imputed={f: v[at].tolist() for f, v in scores.imputed.items()},
        segment_share=scores.segment_share[at].tolist(),
        share_range=scores.share_range[at].tolist(),
        joint=scores.joint_age_gender[at].tolist(),
        credibility=scores.credibility[at].tolist(),
        credibility_known=scores.credibility_known[at].tolist(),
        reach=scores.reach[at].tolist(), affinity=scores.affinity_cosine[at].tolist(),
        ratio=scores.engagement_ratio[at].tolist(), fit=scores.fit[at].tolist(),
        confidence=scores.confidence[at].tolist(),
        values={f: scores.values[f][at].tolist() for f in scores.effective_weights},
        contributions={f: scores.contributions[f][at].tolist()
                       for f in scores.effective_weights})


def explain_many(catalogue: Catalogue, targets: SegmentTargets, scores: Scores,
                 candidates: Sequence[int] | np.ndarray) -> list[dict[str, Any]]:
    """``explain`` for several candidates, reading each column of ``scores`` once."""
    return explain_picked(catalogue, targets, pick(catalogue, scores, candidates))


def explain_picked(catalogue: Catalogue, targets: SegmentTargets, picked: Picked
                   ) -> list[dict[str, Any]]:
    codes, followers, engagement = picked.platform, picked.followers, picked.engagement
    shares, imputed = picked.shares, picked.imputed
    segment_share, share_range, joint = picked.segment_share, picked.share_range, picked.joint
    credibility, credibility_known = picked.credibility, picked.credibility_known
    reach, affinity, ratio = picked.reach, picked.affinity, picked.ratio
    confidence = picked.confidence
    tiers = np.searchsorted(TIER_EDGES, followers, side="right").tolist()
    targets_text = {f: _targets_text(targets, f) for f in shares}
    # every sentence starts with its share, so the rest is fixed per segment
    tails = {f: SENTENCES[f].format(share="", target=targets_text[f]) for f in shares}
    names = [platform_name(code) for code in range(len(PLATFORMS))]
    fit_line = "fit %.3f = " + " + ".join(f"{FACTOR_NAMES.get(f, f)} %.3f"
                                          for f in picked.contributions)
    fit_figures = list(zip(picked.fit, *picked.contributions.values(), strict=True))
    interests = interest_matches(catalogue, targets, np.asarray(picked.rows, dtype=np.int64))
    out = []
    for i in range(len(picked.rows)):
        name = names[codes[i]]
        lines: list[str] = []
        missing: list[str] = []
        for factor in shares:
            share = shares[factor][i]
            if imputed[factor][i]:
                block = FACTOR_BLOCK[factor]
                missing.append(block)
                lines.append(f"{block} not reported: the {name} average puts "
                             f"{pct(share)} in the target ({targets_text[factor]})")
            else:
                lines.append(pct(share) + tails[factor])
        matches = interests[i]
        if matches:
            lines.append("closest interests: " + "; ".join([text for _, text in matches]))
        share = segment_share[i]
        share_text = pct(share)
        low, high = share_range[i]
        if not shares:
            lines.append("the segment sets no audience target, so every follower counts")
        elif joint[i]:
            lines.append(f"segment share {share_text}: the reported joint age x gender block "
                         "times the other factor shares (assumed independent)")
        else:
            lines.append(f"segment share {share_text}: the product of the factor shares "
                         "above (assumes they are independent)")
        if high - low > 1e-12:
            lines.append(f"with missing blocks the segment share could be {pct(low)} to "
                         f"{pct(high)}")
        cred_text = f"credibility {credibility[i]:.2f}"
        if not credibility_known[i]:
            cred_text += " (not reported: catalogue median)"
            missing.append("credibility")
        lines.append(f"estimated segment reach {reach[i]:,.0f} = {followers[i]:,} followers x "
                     f"{cred_text} x {share_text}")
        lines.append(f"content affinity {affinity[i]:.2f} (bio and categories against the "
                     "persona)")
        lines.append(f"engagement {pct(engagement[i])}, {ratio[i]:.1f}x the median of {name} "
                     f"creators with {TIER_NAMES[tiers[i]]} followers")
        lines.append(fit_line % fit_figures[i])
        if missing:
            lines.append(f"confidence {confidence[i]:.2f}: {', '.join(missing)} not reported")
        out.append({"summary": lines, "missing_blocks": missing,
                    "interest_matches": [record for record, _ in matches]})
    return out
