"""Readable explanations, built only from the numbers in ``Scores``.

Every figure a sentence states is one of the returned fields, rounded for reading; a test
parses the sentences back and compares them with those fields.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

import numpy as np

from matcher.contracts.profiles import AGE_BANDS, GENDERS
from matcher.matching import interests
from matcher.matching.audience_evidence import EVIDENCE_CREATORS, LIFT_MIN
from matcher.matching.catalogue import PLATFORMS, TIER_NAMES, Catalogue
from matcher.matching.interests import LabelMatch
from matcher.matching.partial_blocks import PARTIAL_FACTORS, top_interests_evidence
from matcher.matching.scoring import (
    DOMINANT_FACTORS,
    FACTOR_BLOCK,
    Priors,
    Scores,
    partial_remainder,
)
from matcher.matching.segments import SegmentTargets
from matcher.matching.sparse_rows import gather

PLATFORM_NAMES = {"x": "X", "youtube": "YouTube", "tiktok": "TikTok", "linkedin": "LinkedIn"}
FACTOR_NAMES = {"audience_match": "audience match", "affinity": "content affinity"}


def pct(value: float) -> str:
    """64%, 9.1%, 0.42%: enough digits to be checked against the number."""
    percent = 100.0 * value
    if percent >= 10 or percent == 0:
        return f"{percent:.0f}%"
    if percent >= 1:
        return f"{percent:.1f}%"
    if 0 < percent < 0.005:
        return "<0.01%"  # some of the audience, not none
    return f"{percent:.2f}%"


def _percent_table() -> np.ndarray:
    texts = [f"{n / 10 ** decimals:.{decimals}f}%" for decimals in (0, 1, 2) for n in range(101)]
    texts[202] = "<0.01%"  # two decimals rounding to 0: some of the audience, not none
    return np.array(texts, dtype=object)


PERCENT_TEXTS = _percent_table()  # pct of a share with d decimals, rounded to n: at 101 d + n
#: The bands of a percentage ``pct`` writes with as many decimals (``np.searchsorted`` of it,
#: side right): negative, 0, under 1, under 10, 10 or more; per band, the scale that makes
#: its decimals whole and where its texts start in ``PERCENT_TEXTS``.
PERCENT_BANDS = np.array([0.0, np.nextafter(0.0, 1.0), 1.0, 10.0])
BAND_SCALE = np.array([1.0, 1.0, 100.0, 10.0, 1.0])
BAND_START = np.array([0.0, 0.0, 202.0, 101.0, 0.0])


def pcts(values: np.ndarray) -> list[str]:
    """``pct`` of each of ``values`` (shares), formatted in one go: a share in [0, 1] is read
    from ``PERCENT_TEXTS`` by its rounded percentage, anything else (and a value whose
    rounding could be a tie) through ``pct``."""
    values = np.asarray(values, dtype=np.float64)
    percent = 100.0 * values
    band = np.searchsorted(PERCENT_BANDS, percent, side="right")  # NaN: the last band
    scaled = percent * BAND_SCALE[band]
    rounded = np.rint(scaled)
    table_read = ((band > 0) & (percent <= 100) & ~np.signbit(percent)  # not -0.0
                  & (np.abs(np.abs(scaled - rounded) - 0.5) > 1e-6))
    keys = np.where(table_read, BAND_START[band] + rounded, 0).astype(np.int64)
    texts: list[str] = PERCENT_TEXTS[keys].tolist()
    if not table_read.all():
        for i in np.flatnonzero(~table_read).tolist():
            texts[i] = pct(float(values[i]))
    return texts


def platform_name(code: int) -> str:
    name = PLATFORMS[code]
    return PLATFORM_NAMES.get(name, name.capitalize())


PLATFORM_TITLES = [platform_name(code) for code in range(len(PLATFORMS))]


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
    matched = {m.phrase for m in targets.label_matches.values()} | {
        phrase for phrase, found in targets.phrase_matches.items()
        if any(m.weight > 0 for m in found)}
    return ", ".join(f"'{p}'" for p in seg.interests if p in matched)


SENTENCES = {
    "age": "{share} of the audience is aged {target}",
    "gender": "{share} of the audience is {target}",
    "country": "{share} of the audience is in {target}",
    "language": "{share} of the audience speaks {target}",
    "interest": "{share} of the audience is estimated to hold interests matching {target}",
}


_VIA_TEXT = {"direct": ", similarity ", "context": " in the segment's context, similarity ",
             "taxonomy": " through the interest taxonomy, score ", "pinned": ", pinned, score "}


def range_text(low: float, high: float) -> str:
    """An estimate's range as its line writes it after the share: "40-72%", "0.50-3.1%"."""
    low_text = pct(low)
    return f"{low_text[:-1] if low_text.endswith('%') else low_text}-{pct(high)}"


def _weakened_text(match: LabelMatch) -> str:
    """Why a label counts less than its text match: the audience check."""
    if not match.weakened or match.lift is None or interests.EVIDENCE_KEEP is None:
        return ""
    kept = ("halved" if interests.EVIDENCE_KEEP == 0.5
            else f"x{interests.EVIDENCE_KEEP:g}")
    return f", audience lift {match.lift:.2f} < {LIFT_MIN:.1f}: weight {kept}"


def _via_text(match: LabelMatch, named: bool) -> str:
    """How the label was reached, with the numbers it rests on (``named``: whether the
    segment has a name to read the phrase's lifts with)."""
    if match.via == "audience":
        return (f" through the audiences of "
                f"{interests.lift_creators(EVIDENCE_CREATORS, named)}, "
                f"lift {match.lift or 0.0:.2f}, weight {match.weight:.2f}")
    return f"{_VIA_TEXT[match.via]}{round(match.similarity, 3):.2f}{_weakened_text(match)}"


SHARE_DIGITS = 4


def round_shares(values: np.ndarray) -> np.ndarray:
    """Shares to SHARE_DIGITS decimals, and a share under 0.0001 to two significant digits
    rather than to 0 (a share of 0 means none of the audience, and says so)."""
    values = np.asarray(values, dtype=np.float64)
    out = np.round(values, SHARE_DIGITS)
    tiny = np.nonzero((values > 0) & (out == 0))
    if len(tiny[0]):
        small = values[tiny]
        digits = (1 - np.floor(np.log10(small))).astype(np.int64)
        out[tiny] = [round(value, places)
                     for value, places in zip(small.tolist(), digits.tolist(), strict=True)]
    return out


@dataclass(frozen=True)
class MatchParts:
    """A segment's matched labels as the explanation shows them, made once per segment: the
    rounded match weight of every label column, and per matched column its record (an
    ``InterestMatch``'s fields, the share left to fill in a copy) and the text around its
    share in the "closest interests" line."""

    weights: np.ndarray
    records: dict[int, dict[str, Any]]
    texts: dict[int, tuple[str, str]]                  # before and after the share


def match_parts(targets: SegmentTargets) -> MatchParts:
    if targets.match_parts is None:
        weights = np.zeros(0 if targets.labels is None else len(targets.labels))
        records, texts = {}, {}
        named = bool(targets.segment.name)
        for column, match in targets.label_matches.items():
            weights[column] = round(match.weight, 3)
            records[column] = {"label": match.label, "share": 0.0, "phrase": match.phrase,
                               "similarity": round(match.similarity, 3),
                               "match_weight": round(match.weight, 3), "via": match.via}
            texts[column] = (f"'{match.label}' ",
                             f" (~'{match.phrase}'{_via_text(match, named)})")
        targets.match_parts = MatchParts(weights, records, texts)
    return targets.match_parts


def closest_interests(catalogue: Catalogue, targets: SegmentTargets, rows: np.ndarray,
                      limit: int = 3) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row, the ``limit`` audience interest labels matched to the segment's phrases that
    weigh most (share x match weight, the weight as returned: rounded to 3 places), as
    (position in ``rows``, label column, share) of each match, grouped by row, heaviest
    first."""
    if targets.labels is None:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    weights = match_parts(targets).weights
    owner, columns, shares = gather(catalogue.interests, rows)
    keep = targets.labels[columns] > 0
    owner, columns, shares = owner[keep], columns[keep], shares[keep].astype(np.float64)
    order = np.lexsort((-(shares * weights[columns]), owner))  # stable: ties keep order
    grouped = owner[order]
    first_of_group = np.searchsorted(grouped, grouped, side="left")
    chosen = order[np.arange(len(order)) - first_of_group < limit]
    return owner[chosen], columns[chosen], shares[chosen]


def interest_matches(targets: SegmentTargets, closest: tuple[np.ndarray, np.ndarray, np.ndarray],
                     share_texts: list[str], count: int
                     ) -> tuple[list[list[dict[str, Any]]], list[list[str]]]:
    """Per row of the ``count`` that ``closest_interests`` chose its ``closest`` matches for,
    each match's record and its part of the "closest interests" line (``share_texts``: the
    ``pct`` of each match's share)."""
    found: list[list[dict[str, Any]]] = [[] for _ in range(count)]
    lines: list[list[str]] = [[] for _ in range(count)]
    parts = match_parts(targets)
    records, texts = parts.records, parts.texts
    owner, columns, shares = closest
    for i, column, share, share_text in zip(owner.tolist(), columns.tolist(), shares.tolist(),
                                            share_texts, strict=True):
        record = records[column].copy()
        record["share"] = share
        found[i].append(record)
        before, after = texts[column]
        lines[i].append(before + share_text + after)
    return found, lines


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
    tier: list[int]
    engagement: list[float]
    shares: dict[str, list[float]]
    ranges: dict[str, list[list[float]]]  # an estimated factor's [low, high] per candidate
    #                                       (the share twice where reported); only factors
    #                                       some candidate's estimate stands in for
    imputed: dict[str, list[bool]]
    inferred: dict[str, list[bool]]
    by_dominant: dict[str, list[bool]]
    by_neighbours: list[bool]      # interest estimated from the nearest reported creators
    top_country: list[int]
    dominant: list[list[int]]      # age band, gender, language positions; -1 unknown
    segment_share: list[float]
    share_range: list[list[float]]
    joint: list[bool]
    joint_country: list[bool]
    credibility: list[float]
    credibility_known: list[bool]
    reach: list[int]
    affinity: list[float]
    ratio: list[float]
    fit: list[float]
    confidence: list[float]
    values: dict[str, list[float]]
    contributions: dict[str, list[float]]
    percents: np.ndarray  # the figures written as percentages, a column after another:
    #                       each factor share (as ``shares``), segment share, engagement rate
    priors: Priors | None = None  # what the estimates were made from


def _dominant_value(catalogue: Catalogue, picked: Picked, factor: str, i: int) -> str | None:
    flags = picked.by_dominant.get(factor)
    if flags is None or not flags[i]:
        return None
    code = picked.dominant[i][DOMINANT_FACTORS[factor]]
    return {"age": AGE_BANDS, "gender": GENDERS}.get(factor, catalogue.language_vocab)[code]


DOMINANT_NAMES = {"age": "dominant age band", "gender": "dominant gender",
                  "language": "top audience language"}


def evidence_named(catalogue: Catalogue, picked: Picked, factor: str, i: int) -> str | None:
    """The i-th candidate's named dominant value its factor estimate rests on ("dominant gender
    female", "top audience language pt"), or None when it rests on something else."""
    value = _dominant_value(catalogue, picked, factor, i)
    return None if value is None else f"{DOMINANT_NAMES[factor]} {value}"


def estimate_evidence(catalogue: Catalogue, picked: Picked, factor: str, i: int) -> str:
    """What the i-th candidate's estimate of a factor rests on, as "creators whose ..." goes
    on: its named dominant value of the block, else its top audience country."""
    value = _dominant_value(catalogue, picked, factor, i)
    if value is not None:
        return f"{DOMINANT_NAMES[factor]} is {value}"
    return f"top audience country is {catalogue.country_vocab[picked.top_country[i]]}"


JOINT_COUNTRY_TEXT = ("the reported joint age x country block in place of the age and country "
                      "shares, times the other factor shares (assumed independent of age and "
                      "country)")


def pick(catalogue: Catalogue, scores: Scores, candidates: Sequence[int] | np.ndarray
         ) -> Picked:
    """The figures of candidates ``candidates`` (positions in ``scores``) as a person reads
    them: shares, fits and their parts to 4 decimals, confidence and engagement ratios to 2,
    reach in whole people; confidence 0 beside a share of 0."""
    at = np.asarray(candidates, dtype=np.int64)
    rows = scores.rows[at]
    factors = list(scores.shares)
    weighted = list(scores.effective_weights)
    # each rounding is per value, so the columns are rounded together, one call each: a
    # row each of the factor shares, the segment share and its low and high ends
    share_rows = round_shares(np.array(
        [*(scores.shares[f][at] for f in factors), scores.segment_share[at],
         *scores.share_range[at].T]))
    segment_share = share_rows[len(factors)]
    four_digits = _rounded_together(
        [scores.affinity_cosine[at], scores.fit[at],
         *(scores.values[f][at] for f in weighted),
         *(scores.contributions[f][at] for f in weighted)], SHARE_DIGITS)
    affinity, fit, *figures = four_digits
    engagement = catalogue.engagement[rows]
    reach = np.round(scores.reach[at])  # rounding keeps the order a list is ranked in
    estimates = scores.estimates(at)  # worked out for these candidates only
    confidence = np.where(segment_share > 0, np.round(estimates.confidence, 2), 0.0)
    percents = np.concatenate([share_rows[:len(factors) + 1].ravel(), engagement])
    share_lists = share_rows.tolist()
    estimated = [f for f in factors if estimates.imputed[f].any()]
    ranges = {}
    if estimated:
        ends = round_shares(np.array([[estimates.low[f], estimates.high[f]]
                                      for f in estimated])).transpose(0, 2, 1).tolist()
        ranges = dict(zip(estimated, ends, strict=True))
    return Picked(
        rows=rows.tolist(), platform=catalogue.platform[rows].tolist(),
        followers=catalogue.followers[rows].tolist(), tier=catalogue.tier[rows].tolist(),
        engagement=engagement.tolist(),
        shares=dict(zip(factors, share_lists, strict=False)), ranges=ranges,
        imputed={f: v.tolist() for f, v in estimates.imputed.items()},
        inferred={f: v.tolist() for f, v in estimates.inferred.items()},
        by_dominant={f: v.tolist() for f, v in estimates.by_dominant.items()},
        by_neighbours=estimates.by_neighbours.tolist(),
        top_country=catalogue.top_audience_country[rows].tolist(),
        dominant=catalogue.dominant_codes[rows].tolist(),
        segment_share=share_lists[len(factors)],
        share_range=share_rows[len(factors) + 1:].T.tolist(),
        joint=scores.joint_age_gender[at].tolist(),
        joint_country=scores.joint_age_country[at].tolist(),
        credibility=scores.credibility[at].tolist(),
        credibility_known=scores.credibility_known[at].tolist(),
        reach=reach.astype(np.int64).tolist(),
        affinity=affinity, ratio=np.round(scores.engagement_ratio[at], 2).tolist(),
        fit=fit, confidence=confidence.tolist(),
        values=dict(zip(weighted, figures[:len(weighted)], strict=True)),
        contributions=dict(zip(weighted, figures[len(weighted):], strict=True)),
        percents=percents, priors=scores.priors)


def _rounded_together(columns: list[np.ndarray], digits: int) -> list[list[float]]:
    """Each of ``columns`` rounded to ``digits`` as a list, float64 columns in one call
    (rounding is per value); any other dtype on its own, in its own precision."""
    if all(c.dtype == np.float64 for c in columns):
        return np.round(np.array(columns), digits).tolist()
    return [np.round(c, digits).tolist() for c in columns]


PARTIAL_NAMES_SHOWN = 5  # unlisted targets named in a partial block's note, the largest first


def _note_partial_block(catalogue: Catalogue, targets: SegmentTargets, picked: Picked,
                        factor: str, lines: list[str]) -> None:
    """Each candidate's factor line, where its block is reported in part and some target is
    not listed, followed by what was reported and what estimated ("countries reported in part
    (62%): MX not listed, estimated 3% (0-5%)")."""
    found = partial_remainder(catalogue, np.asarray(picked.rows, dtype=np.int64),
                              picked.priors, targets, factor)
    if found is None:
        return
    vocab = catalogue.country_vocab if factor == "country" else catalogue.language_vocab
    target = cast(np.ndarray, targets.countries if factor == "country" else targets.languages)
    aimed = np.flatnonzero(target > 0)
    for k, i in enumerate(found.at.tolist()):
        open_targets = aimed[~found.listed[k, aimed]]
        if not len(open_targets):
            continue
        order = open_targets[np.argsort(-found.unlisted[k, open_targets], kind="stable")]
        named = [f"{vocab[c]} not listed, estimated {pct(found.unlisted[k, c])} "
                 f"(0-{pct(found.bound[k])})" for c in order[:PARTIAL_NAMES_SHOWN]]
        more = len(order) - PARTIAL_NAMES_SHOWN
        lines[i] += (f"; {PARTIAL_FACTORS[factor]} reported in part ({pct(found.total[k])}): "
                     + "; ".join(named) + (f"; {more} more not listed" if more > 0 else ""))


def explain_many(catalogue: Catalogue, targets: SegmentTargets, scores: Scores,
                 candidates: Sequence[int] | np.ndarray) -> list[dict[str, Any]]:
    """``explain`` for several candidates, reading each column of ``scores`` once."""
    return explain_picked(catalogue, targets, pick(catalogue, scores, candidates))


def explain_picked(catalogue: Catalogue, targets: SegmentTargets, picked: Picked
                   ) -> list[dict[str, Any]]:
    """Each line of the summary is made for every candidate at once, then the lines are
    put together per candidate."""
    n = len(picked.rows)
    codes, followers = picked.platform, picked.followers
    closest = closest_interests(catalogue, targets, np.asarray(picked.rows, dtype=np.int64))
    # every percentage of the summary formatted in one call
    percents = pcts(np.concatenate([picked.percents, closest[2]]))
    *factor_texts, share_texts, engagement_texts = [
        percents[j * n:(j + 1) * n] for j in range(len(picked.shares) + 2)]
    missing: list[list[str]] = [[] for _ in range(n)]
    factor_lines = []
    for factor, texts in zip(picked.shares, factor_texts, strict=True):
        target = _targets_text(targets, factor)
        # every sentence starts with its share, so the rest is fixed per segment
        tail = SENTENCES[factor].format(share="", target=target)
        lines = [text + tail for text in texts]
        flags = picked.imputed[factor]
        if any(flags):
            block = FACTOR_BLOCK[factor]
            estimated = picked.inferred.get(factor, [False] * n)
            for i in [i for i, flag in enumerate(flags) if flag]:
                share = f"{texts[i]} ({range_text(*picked.ranges[factor][i])})"
                if estimated[i] and factor == "interest" and picked.by_neighbours[i]:
                    missing[i].append(block)
                    lines[i] = (f"{block} not reported: "
                                f"{top_interests_evidence(catalogue, picked.rows[i])}"
                                "the reported creators with the "
                                f"nearest bios and categories have {share} holding "
                                "matching interests on average")
                    continue
                if estimated[i] and factor == "interest":
                    missing[i].append(block)
                    lines[i] = (f"{block} not reported: creators whose content is as close to "
                                f"the persona (affinity {picked.affinity[i]:.2f}) have "
                                f"{share} holding matching interests on average")
                    continue
                if estimated[i]:
                    missing[i].append(block)
                    lines[i] = (f"{block} not reported: creators whose "
                                f"{estimate_evidence(catalogue, picked, factor, i)} have "
                                f"{share} in the target ({target}) on average")
                    continue
                missing[i].append(block)
                lines[i] = (f"{block} not reported: the {PLATFORM_TITLES[codes[i]]} average "
                            f"puts {share} in the target ({target})")
        if factor in PARTIAL_FACTORS:
            _note_partial_block(catalogue, targets, picked, factor, lines)
        factor_lines.append(lines)
    matches, match_texts = interest_matches(targets, closest,
                                            percents[(len(picked.shares) + 2) * n:], n)
    interest_lines = ["closest interests: " + "; ".join(texts) if texts else None
                      for texts in match_texts]
    if not picked.shares:
        segment_lines = ["the segment sets no audience target, so every follower counts"] * n
    else:
        joint_country_text = JOINT_COUNTRY_TEXT if len(picked.shares) > 2 else (
            "the reported joint age x country block in place of the age and country shares")
        segment_lines = [f"segment share {text}: {joint_country_text}" if joint_country else
                         f"segment share {text}: the reported joint age x gender block times "
                         "the other factor shares (assumed independent)" if joint else
                         f"segment share {text}: the product of the factor shares above "
                         "(assumes they are independent)"
                         for text, joint, joint_country in zip(
                             share_texts, picked.joint, picked.joint_country, strict=True)]
    range_lines = [f"with missing blocks the segment share could be {pct(low)} to {pct(high)}"
                   if high - low > 1e-12 else None for low, high in picked.share_range]
    credibility = [f"credibility {value:.2f}" if known else
                   f"credibility {value:.2f} (not reported: catalogue median)"
                   for value, known in zip(picked.credibility, picked.credibility_known,
                                           strict=True)]
    for i in [i for i, known in enumerate(picked.credibility_known) if not known]:
        missing[i].append("credibility")
    reach_lines = [f"estimated segment reach {reach:,} = {count:,} followers x {cred} x "
                   f"{text}" for reach, count, cred, text
                   in zip(picked.reach, followers, credibility, share_texts, strict=True)]
    affinity_lines = [f"content affinity {value:.2f} (bio and categories against the persona)"
                      for value in picked.affinity]
    engagement_lines = [
        f"engagement not reported: counted as the median of {PLATFORM_TITLES[code]} creators "
        f"with {TIER_NAMES[tier]} followers" if rate != rate else
        f"engagement {text}, {ratio:.1f}x the median of {PLATFORM_TITLES[code]} creators with "
        f"{TIER_NAMES[tier]} followers" + (" (more engagements per post than followers: "
                                           "posts reaching beyond them)" if rate > 1 else "")
        for text, rate, ratio, code, tier in zip(engagement_texts, picked.engagement,
                                                 picked.ratio, codes, picked.tier, strict=True)]
    fit_line = "fit %.3f = " + " + ".join(f"{FACTOR_NAMES.get(f, f)} %.3f"
                                          for f in picked.contributions)
    fit_lines = [fit_line % figures for figures
                 in zip(picked.fit, *picked.contributions.values(), strict=True)]
    confidence_lines = [
        "confidence 0.00: none of this audience is in the segment, so there is no share to "
        "be confident in" if share <= 0 else
        f"confidence {value:.2f}: {', '.join(blocks)} not reported" if blocks else None
        for value, blocks, share in zip(picked.confidence, missing, picked.segment_share,
                                        strict=True)]
    out = []
    for (factors, interest, segment, spread, reach, affinity, engagement, fit, confidence,
         blocks, found) in zip(zip(*factor_lines, strict=True) if factor_lines else [()] * n,
                               interest_lines, segment_lines, range_lines, reach_lines,
                               affinity_lines, engagement_lines, fit_lines, confidence_lines,
                               missing, matches, strict=True):
        lines = list(factors)
        if interest is not None:
            lines.append(interest)
        lines.append(segment)
        if spread is not None:
            lines.append(spread)
        lines += (reach, affinity, engagement, fit)
        if confidence is not None:
            lines.append(confidence)
        out.append({"summary": lines, "missing_blocks": blocks, "interest_matches": found})
    return out
