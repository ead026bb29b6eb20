"""A shortlist's warnings (codes in ``matcher.matching.warnings``), from its results, its
filters and the segment's figures across the eligible creators."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from matcher.contracts.profiles import Filters
from matcher.matching.neighbours import evenly_spaced
from matcher.matching.scoring import DEFAULT_WEIGHTS, Priors, score_rows
from matcher.matching.segments import SegmentTargets
from matcher.matching.warnings import (
    INFERRED_MAJORITY,
    MICRO_CREATORS,
    MICRO_MEMBERS,
    WEAK_MATCH_MULTIPLE,
    warning,
)
from matcher.search.live import Part
from matcher.search.selection import RowFilter

BASELINE_SAMPLE = 2_000  # eligible creators scored for the segment's average figures


@dataclass(frozen=True)
class Baseline:
    """A segment's average share and reach over the eligible creators of a part, from an
    evenly spaced sample of them."""

    share: float
    reach: float
    sampled: int


def baseline(part: Part, targets: SegmentTargets, eligible: np.ndarray | None, priors: Priors
             ) -> Baseline:
    """``eligible``: the rows passing the segment's filters and still current (None: all)."""
    catalogue = part.catalogue
    rows = np.arange(catalogue.size) if eligible is None else np.flatnonzero(eligible)
    rows = evenly_spaced(rows, BASELINE_SAMPLE)
    if not len(rows):
        return Baseline(0.0, 0.0, 0)
    scores = score_rows(catalogue, part.text_emb, targets, rows, DEFAULT_WEIGHTS, priors)
    return Baseline(float(scores.segment_share.mean()), float(scores.reach.mean()), len(rows))


def shortlist_warnings(targets: list[SegmentTargets], filters: list[RowFilter],
                       results: list[dict[str, Any]], k: int, eligible: int,
                       average: Baseline | None, segment_filters: Filters | None = None,
                       median_credibility: float = float("nan")) -> list[dict[str, str]]:
    found = list({w["message"]: w for part in targets for w in part.warnings}.values())
    if (segment_filters is not None and segment_filters.min_credibility is not None
            and segment_filters.unknown_credibility == "catalogue_median"):
        unreported = sum(1 for r in results if r.get("credibility") is None)
        if unreported:
            found.append(warning(
                "estimated-credibility",
                f"{unreported} of the {len(results)} creators listed have no reported "
                f"credibility and passed min_credibility {segment_filters.min_credibility:g} "
                f"on the catalogue's median credibility ({median_credibility:.2f}; "
                "unknown_credibility: catalogue_median, the default; exclude lists only "
                "creators with a reported credibility)"))
    if not targets[0].targeted():
        found.insert(0, warning("no-target", "the segment targets no audience factor (ages, "
                                "genders, countries, languages or matched interests): every "
                                "creator's segment share is 1, so the ranking follows "
                                "content, engagement and credibility only"))
    if len(results) < k:
        found.append(_short(filters, len(results), k, eligible))
    if not results or not targets[0].targeted():
        return found
    if eligible < MICRO_CREATORS:
        found.append(warning("micro-segment", f"only {eligible:,} creators are eligible: too "
                             "few to compare"))
    elif average is not None and average.sampled:
        found += _weak_and_micro(results, eligible, average)
    resting = 0
    for r in results:  # loops, not generators: this runs on every shortlist
        for share in r["factor_shares"].values():
            if not share["reported"]:
                resting += 1
                break
    if resting > INFERRED_MAJORITY * len(results):
        found.append(warning("inferred", f"{resting} of the {len(results)} creators listed "
                             "have a segment share resting on estimated audience blocks (see "
                             "each creator's factor_shares.estimated_from): read their shares "
                             "as estimates"))
    return found


def _short(filters: list[RowFilter], listed: int, k: int, eligible: int) -> dict[str, str]:
    alone: dict[str, int] = {}
    for part in filters:
        for name, count in part.alone.items():
            alone[name] = alone.get(name, 0) + count
    each = ("; one filter at a time: " + ", ".join(
        f"{name} alone leaves {count:,}" for name, count
        in sorted(alone.items(), key=lambda kv: kv[1])) if alone else "")
    if listed == 0:
        return warning("empty", f"no creator passes every filter of the segment{each}")
    return warning("short", f"{listed} of the {k} creators asked for: only {eligible:,} "
                            f"creators pass the segment's filters{each}")


def _weak_and_micro(results: list[dict[str, Any]], eligible: int, average: Baseline
                    ) -> list[dict[str, str]]:
    found = []
    best = max(r["segment_share"] for r in results)
    bar = min(WEAK_MATCH_MULTIPLE * average.share, (1.0 + average.share) / 2)
    if best <= 0:
        found.append(warning("weak-match", "no creator listed has any of its audience in "
                             "the segment (every segment share is 0): the order follows "
                             "content, engagement and credibility only"))
    elif best < bar:
        found.append(warning("weak-match", f"the best segment share listed, {best:.2%}, is "
                             f"under {bar:.2%} ({WEAK_MATCH_MULTIPLE:g}x the average "
                             f"{average.share:.2%} across eligible creators, or halfway to "
                             "100%): on audience this list barely beats a random pick"))
    members = average.reach * eligible
    if members < MICRO_MEMBERS:
        found.append(warning("micro-segment", f"about {members:,.0f} segment members are "
                             f"estimated across all {eligible:,} eligible creators (average "
                             f"reach {average.reach:,.1f} over a sample of {average.sampled:,}"
                             f"), under {MICRO_MEMBERS:,}: too few to act on"))
    return found
