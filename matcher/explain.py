"""Readable explanations, built only from the numbers in ``Scores``.

Every figure a sentence states is one of the returned fields, rounded for reading; a test
parses the sentences back and compares them with those fields.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from matcher.catalogue import PLATFORMS, TIER_EDGES, TIER_NAMES, Catalogue
from matcher.profiles import AGE_BANDS, GENDERS
from matcher.scoring import FACTOR_BLOCK, Scores
from matcher.segments import SegmentTargets

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


def _factor_sentence(factor: str, share: float, targets: SegmentTargets) -> str:
    return SENTENCES[factor].format(share=pct(share), target=_targets_text(targets, factor))


def interest_matches(catalogue: Catalogue, targets: SegmentTargets, row: int,
                     limit: int = 3) -> list[dict[str, Any]]:
    if targets.labels is None:
        return []
    matrix = catalogue.interests
    start, end = matrix.indptr[row], matrix.indptr[row + 1]
    found = []
    for col, share in zip(matrix.indices[start:end], matrix.data[start:end], strict=True):
        match = targets.label_matches.get(int(col))
        if match is not None:
            found.append({"label": match.label, "share": float(share), "phrase": match.phrase,
                          "similarity": round(match.similarity, 3),
                          "match_weight": round(match.weight, 3)})
    found.sort(key=lambda m: -m["share"] * m["match_weight"])
    return found[:limit]


def explain(catalogue: Catalogue, targets: SegmentTargets, scores: Scores, j: int
            ) -> dict[str, Any]:
    """The readable summary and the per-factor figures for candidate ``j`` of ``scores``."""
    row = int(scores.rows[j])
    code = int(catalogue.platform[row])
    lines: list[str] = []
    missing: list[str] = []
    for factor, shares in scores.shares.items():
        share = float(shares[j])
        if scores.imputed[factor][j]:
            block = FACTOR_BLOCK[factor]
            missing.append(block)
            lines.append(f"{block} not reported: the {platform_name(code)} average puts "
                         f"{pct(share)} in the target ({_targets_text(targets, factor)})")
        else:
            lines.append(_factor_sentence(factor, share, targets))
    matches = interest_matches(catalogue, targets, row)
    if matches:
        lines.append("closest interests: " + "; ".join(
            f"'{m['label']}' {pct(m['share'])} (~'{m['phrase']}', similarity "
            f"{m['similarity']:.2f})" for m in matches))
    share = float(scores.segment_share[j])
    low, high = (float(x) for x in scores.share_range[j])
    if not scores.shares:
        lines.append("the segment sets no audience target, so every follower counts")
    elif scores.joint_age_gender[j]:
        lines.append(f"segment share {pct(share)}: the reported joint age x gender block "
                     "times the other factor shares (assumed independent)")
    else:
        lines.append(f"segment share {pct(share)}: the product of the factor shares above "
                     "(assumes they are independent)")
    if high - low > 1e-12:
        lines.append(f"with missing blocks the segment share could be {pct(low)} to {pct(high)}")
    followers = int(catalogue.followers[row])
    credibility = float(scores.credibility[j])
    reach = float(scores.reach[j])
    cred_text = f"credibility {credibility:.2f}"
    if not scores.credibility_known[j]:
        cred_text += " (not reported: catalogue median)"
        missing.append("credibility")
    lines.append(f"estimated segment reach {reach:,.0f} = {followers:,} followers x "
                 f"{cred_text} x {pct(share)}")
    lines.append(f"content affinity {scores.affinity_cosine[j]:.2f} (bio and categories "
                 "against the persona)")
    tier = TIER_NAMES[int(np.searchsorted(TIER_EDGES, followers, side="right"))]
    lines.append(f"engagement {pct(float(catalogue.engagement[row]))}, "
                 f"{scores.engagement_ratio[j]:.1f}x the median of {platform_name(code)} "
                 f"creators with {tier} followers")
    parts = [f"{FACTOR_NAMES.get(f, f)} {scores.contributions[f][j]:.3f}"
             for f in scores.effective_weights]
    lines.append(f"fit {scores.fit[j]:.3f} = " + " + ".join(parts))
    confidence = float(scores.confidence[j])
    if missing:
        lines.append(f"confidence {confidence:.2f}: {', '.join(missing)} not reported")
    return {
        "summary": lines,
        "missing_blocks": missing,
        "interest_matches": matches,
    }
