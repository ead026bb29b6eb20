"""Exact scoring of candidate rows: factor shares, segment share, reach, fit, contributions.

For creator *i* and a segment:

* a factor share is the share of the audience in the target: ``age · target_bands`` and so
  on; countries count by the segment's relative weight; interests by the labels matched to
  the segment's phrases, ``1 - prod(1 - share_L * match_L)`` (one follower holds several;
  ``interests.PHRASE_UNION`` reads each phrase's labels as one group instead, ``phrase_union``);
* the segment share ``P`` is the product of the targeted factor shares (independence
  assumed), except that a reported joint block replaces the product of its two factors:
  age x country where the segment targets both and the creator reports it (gender, if
  targeted, then multiplies as a marginal), else age x gender;
* a missing block is unknown: its share is estimated from reported creators (those sharing
  what is known of it, else the platform's), with a range from their 10th to 90th percentile,
  and the range of ``P`` is the product of the factors' ranges; confidence counts such a
  block as missing by its range's width over the platform's;
* reach is ``followers x credibility x P``;
* fit is the weighted mean of normalised factors; contributions are ``weight x value`` and
  add up to the fit exactly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from matcher.config import get_settings
from matcher.errors import InvalidInput
from matcher.matching.catalogue import BLOCKS, PLATFORMS, Catalogue
from matcher.matching.half import to_float32
from matcher.matching.neighbours import interest_reference
from matcher.matching.partial_blocks import (
    PARTIAL_FACTORS,
    Mix,
    Reference,
    Remainder,
    conditioned_neighbours,
    remainder,
    remainder_mixes,
    with_ranked_labels,
)
from matcher.matching.phrase_union import phrase_union_share
from matcher.matching.segments import SegmentTargets
from matcher.matching.sparse_rows import gather, row_counts, rows_dot

FIT_FACTORS: tuple[str, ...] = ("audience_match", "age", "gender", "country", "language",
                                "interest", "affinity", "engagement", "credibility", "reach")
SHARE_FACTORS: tuple[str, ...] = ("age", "gender", "country", "language", "interest")
FACTOR_BLOCK = {"age": "age", "gender": "gender", "country": "countries",
                "language": "languages", "interest": "interests"}
DEFAULT_WEIGHTS: dict[str, float] = {
    "audience_match": 0.85, "age": 0.0, "gender": 0.0, "country": 0.0, "language": 0.0,
    "interest": 0.0, "affinity": 0.05, "engagement": 0.05, "credibility": 0.05, "reach": 0.0,
}
# share_low and reach_low rank by the low end of the segment-share range (missing blocks at
# their 10th percentile, or their estimate if lower): for cautious buyers, estimates count
# at their least.
RANK_BY: tuple[str, ...] = ("fit", "reach", "share", "share_low", "reach_low")
DEFAULT_RANK_BY = "fit"
AFFINITY_FLOOR, AFFINITY_CEIL = 0.10, 0.60
REACH_SCALE = 7.0


def resolve_weights(overrides: dict[str, float] | None) -> dict[str, float]:
    weights = dict(DEFAULT_WEIGHTS)
    for name, value in (overrides or {}).items():
        if name not in DEFAULT_WEIGHTS:
            raise InvalidInput(f"unknown weight {name!r}; expected one of {list(FIT_FACTORS)}",
                               field=f"weights.{name}")
        if not (isinstance(value, (int, float)) and 0 <= value <= 100):
            raise InvalidInput(f"weight {name!r} must be a number >= 0, got {value!r}",
                               field=f"weights.{name}")
        weights[name] = float(value)
    if sum(weights.values()) <= 0:
        raise InvalidInput("at least one weight must be > 0", field="weights")
    return weights


@dataclass(frozen=True)
class Estimates:
    """Some scored rows' missing blocks, what each block's estimate rests on, and the
    confidence that follows."""

    imputed: dict[str, np.ndarray]         # targeted factor -> bool per row (block missing)
    inferred: dict[str, np.ndarray]        # ... missing, estimated from evidence (a top
                                           # audience country, a dominant value, content)
    by_dominant: dict[str, np.ndarray]     # ... the evidence being the block's dominant value
    by_neighbours: np.ndarray              # interest estimated from the nearest reported
                                           # creators by bio and categories
    confidence: np.ndarray
    low: dict[str, np.ndarray]             # targeted factor -> low end of its share per row
    high: dict[str, np.ndarray]            # ... high end (both the share where reported)


@dataclass
class Scores:
    """The exact scores of some rows. What their estimates rest on (``Estimates``) is
    worked out when asked for: a shortlist asks for its listed candidates' only."""

    rows: np.ndarray
    shares: dict[str, np.ndarray]          # targeted factor -> share per row
    share_range: np.ndarray                # (n, 2)
    segment_share: np.ndarray
    credibility: np.ndarray
    credibility_known: np.ndarray
    reach: np.ndarray
    affinity_cosine: np.ndarray
    engagement_ratio: np.ndarray
    engagement_median: np.ndarray
    values: dict[str, np.ndarray]          # fit factor -> normalised value
    effective_weights: dict[str, float]    # renormalised over applicable factors
    contributions: dict[str, np.ndarray]
    fit: np.ndarray
    joint_age_gender: np.ndarray
    joint_age_country: np.ndarray
    catalogue: Catalogue                   # what the estimates are read from
    priors: Priors | None
    targets: SegmentTargets | None = None  # what the estimates' ranges are read with
    text_emb: np.ndarray | None = None

    def estimates(self, at: np.ndarray | None = None) -> Estimates:
        """The ``Estimates`` of the rows at positions ``at`` (None: every row), worked out
        for those rows alone (each row's are its own)."""
        if at is None:
            return self._all_estimates
        return estimates(self.catalogue, self.rows[at], list(self.shares), self.priors,
                         self.affinity_cosine[at], self.credibility_known[at],
                         self.segment_share[at],
                         {f: v[at] for f, v in self.shares.items()}, self.targets, self.text_emb)

    @cached_property
    def _all_estimates(self) -> Estimates:
        return estimates(self.catalogue, self.rows, list(self.shares), self.priors,
                         self.affinity_cosine, self.credibility_known, self.segment_share,
                         self.shares, self.targets, self.text_emb)

    @property
    def imputed(self) -> dict[str, np.ndarray]:
        return self._all_estimates.imputed

    @property
    def inferred(self) -> dict[str, np.ndarray]:
        return self._all_estimates.inferred

    @property
    def by_dominant(self) -> dict[str, np.ndarray]:
        return self._all_estimates.by_dominant

    @property
    def by_neighbours(self) -> np.ndarray:
        return self._all_estimates.by_neighbours

    @property
    def confidence(self) -> np.ndarray:
        return self._all_estimates.confidence

    def ranking_key(self, rank_by: str) -> np.ndarray:
        if rank_by == "share_low":
            return self.share_range[:, 0]
        if rank_by == "reach_low":
            return self.followers_real * self.share_range[:, 0]
        return {"fit": self.fit, "reach": self.reach, "share": self.segment_share}[rank_by]

    @property
    def followers_real(self) -> np.ndarray:
        """followers x credibility: the reach of a share of 1."""
        return np.divide(self.reach, self.segment_share, out=np.zeros_like(self.reach),
                         where=self.segment_share > 0)


ROWS_CHUNK = 20_000


def row_chunks(rows: np.ndarray) -> list[np.ndarray]:
    """``rows`` a ``ROWS_CHUNK`` at a time, to compute over a whole catalogue in bounded
    memory; a row's figures do not depend on the rows computed with it."""
    return [rows[start:start + ROWS_CHUNK] for start in range(0, len(rows), ROWS_CHUNK)] or [rows]


def factor_shares(catalogue: Catalogue, targets: SegmentTargets, rows: np.ndarray
                  ) -> dict[str, np.ndarray]:
    """Reported factor shares of the given rows (missing blocks give the imputed prior)."""
    if len(rows) > ROWS_CHUNK:
        pieces = [factor_shares(catalogue, targets, chunk) for chunk in row_chunks(rows)]
        return {factor: np.concatenate([piece[factor] for piece in pieces])
                for factor in pieces[0]}
    out: dict[str, np.ndarray] = {}
    if targets.age is not None:
        out["age"] = row_products(catalogue.age[rows], targets.age)
    if targets.gender is not None:
        out["gender"] = row_products(catalogue.gender[rows], targets.gender)
    if targets.countries is not None:
        out["country"] = rows_dot(catalogue.countries, rows, targets.countries)
    if targets.languages is not None:
        out["language"] = rows_dot(catalogue.languages, rows, targets.languages)
    if targets.labels is not None:
        owner, columns, values = gather(catalogue.interests, rows)
        if (targets.phrase_union is not None and targets.pair_weights is not None
                and targets.pair_path is not None):
            out["interest"] = phrase_union_share(owner, columns, values, targets.pair_weights,
                                                 targets.pair_path, targets.phrase_union,
                                                 len(rows))
        else:
            held = np.clip(values * targets.labels[columns], 0.0, 0.999999)
            log_miss = np.bincount(owner, weights=np.log1p(-held), minlength=len(rows))
            out["interest"] = 1.0 - np.exp(log_miss)
    return {k: np.clip(np.asarray(v, dtype=np.float64), 0.0, 1.0) for k, v in out.items()}


class Priors(dict[str, dict[int, tuple[float, float, float]]]):
    """A segment's estimates for missing blocks: per key (a factor, or a factor by some
    evidence), per code (platform, country, value, bin), the (mean, p10, p90) of the share
    over reported creators; and the interest share of each creator of the reference set that
    ``Catalogue.interest_neighbours`` point into (None: not known)."""

    reference_interest: np.ndarray | None = None
    #: The reference set's interest blocks, for estimates conditioned on ``top_interests``.
    reference_labels: Reference | None = None
    #: Per partial block, the mean blocks its unlisted part is spread by
    #: (``MATCHER_PARTIAL_BLOCKS=estimate``); None: an unlisted value counts 0.
    remainder_mixes: dict[str, Mix] | None = None


def reference_interest(priors: Priors | dict | None) -> np.ndarray | None:
    """The reference set's interest shares, when ``priors`` hold them."""
    return priors.reference_interest if isinstance(priors, Priors) else None
BY_TOP_COUNTRY = "country by top audience country"  # the Priors key of the country estimates
#: Factors a top audience country is evidence for: its country share and its languages. (Ages
#: and genders by top country ranked partial creators worse on the tuning seed: see the
#: design note of 2026-12-03 on partial data.)
TOP_COUNTRY_FACTORS = ("country", "language")
#: Factors a named dominant value is evidence for, and its column in ``Catalogue.dominant``:
#: a stronger one than a top audience country, as it describes the block itself.
DOMINANT_FACTORS = {"age": 0, "gender": 1, "language": 2}
TOP_COUNTRY_SAMPLE = 200   # reported creators a top audience country's estimate is made from
TOP_COUNTRY_MIN = 5        # fewer: the platform's estimate stands
BY_AFFINITY = "interest by content affinity"  # the Priors key of the interest estimates
AFFINITY_EDGES = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6])  # cosine bins of the persona
AFFINITY_MIN = 20          # fewer in a bin: the platform's estimate stands


def share_priors(catalogue: Catalogue, targets: SegmentTargets,
                 by_top_country: bool = False, text_emb: np.ndarray | None = None) -> Priors:
    """Per factor and platform: (mean, p10, p90) of the share over reported creators; with
    ``by_top_country``, also the country and language shares per top audience country, over
    the reported creators whose largest audience country it is, and the age, gender and
    language shares per dominant value of their block; with ``text_emb``, the
    interest share's per bin of content affinity (how close a creator's bio and categories are
    to the persona), and the interest share of each creator of the reference set that
    ``Catalogue.interest_neighbours`` point into."""
    sample = catalogue.prior_rows
    shares = factor_shares(catalogue, targets, sample)
    out = Priors()
    for factor, values in shares.items():
        present = catalogue.block_present(FACTOR_BLOCK[factor])[sample]
        per_platform: dict[int, tuple[float, float, float]] = {}
        for code in range(len(PLATFORMS)):
            pick = present & (catalogue.platform[sample] == code)
            pool = values[pick] if pick.sum() >= 5 else values[present]
            if pool.size == 0:
                pool = np.array([0.0, 1.0])
            per_platform[code] = (float(pool.mean()), float(np.quantile(pool, 0.1)),
                                  float(np.quantile(pool, 0.9)))
        out[factor] = per_platform
    if by_top_country:
        for factor in TOP_COUNTRY_FACTORS:
            if factor in shares:
                out[by_top_country_key(factor)] = top_country_priors(catalogue, targets, factor)
        for factor in DOMINANT_FACTORS:
            if factor in shares:
                out[by_dominant_key(factor)] = dominant_priors(catalogue, targets, factor)
    if text_emb is not None and targets.labels is not None:
        reference = interest_reference(catalogue)
        if len(reference):
            interest = factor_shares(catalogue, targets, reference)["interest"]
            out[BY_AFFINITY] = affinity_priors(
                interest, content_affinity(text_emb, targets, reference))
            out.reference_interest = interest
            out.reference_labels = Reference.of(catalogue.interests[reference],
                                                catalogue.label_vocab, interest)
    if get_settings().partial_blocks == "estimate":
        out.remainder_mixes = remainder_mixes(catalogue)
    return out


def affinity_bin(affinity: np.ndarray) -> np.ndarray:
    return np.searchsorted(AFFINITY_EDGES, affinity, side="right")


def affinity_bin_text(affinity: float) -> str:
    """The bin of content affinity a creator's interest estimate was learned on, in words."""
    code = int(affinity_bin(np.array([affinity]))[0])
    if code == 0:
        return f"below {AFFINITY_EDGES[0]:.1f}"
    if code == len(AFFINITY_EDGES):
        return f"{AFFINITY_EDGES[-1]:.1f} or more"
    return f"{AFFINITY_EDGES[code - 1]:.1f}-{AFFINITY_EDGES[code]:.1f}"


def affinity_priors(shares: np.ndarray, affinity: np.ndarray
                    ) -> dict[int, tuple[float, float, float]]:
    """Per bin of content affinity: (mean, p10, p90) of the interest ``shares`` of reported
    creators at ``affinity``."""
    bins = affinity_bin(affinity)
    out: dict[int, tuple[float, float, float]] = {}
    for code in np.unique(bins).tolist():
        values = shares[bins == code]
        if len(values) >= AFFINITY_MIN:
            out[int(code)] = (float(values.mean()), float(np.quantile(values, 0.1)),
                              float(np.quantile(values, 0.9)))
    return out


def inferred_interests(affinity: np.ndarray, priors: Priors | None, missing: np.ndarray
                       ) -> np.ndarray:
    """Which rows (missing the interest block where ``missing``) take the estimate of their
    content affinity's bin."""
    table = (priors or Priors()).get(BY_AFFINITY)
    if not table or not missing.any():
        return np.zeros(len(missing), dtype=bool)
    return missing & _in_table(affinity_bin(affinity), table)


def interests_by_neighbours(catalogue: Catalogue, rows: np.ndarray, priors: Priors | None,
                            missing: np.ndarray) -> np.ndarray:
    """Which of ``rows`` (missing the interest block where ``missing``) take the interest
    share of their nearest reported creators (over the bins of content affinity)."""
    shares = reference_interest(priors)
    near = catalogue.interest_neighbours
    out = np.zeros(len(rows), dtype=bool)
    if shares is None or near is None or not missing.any():
        return out
    at = np.flatnonzero(missing)  # gathered for the rows missing the block only
    found = near[rows[at]]
    out[at] = (found[:, 0] >= 0) & (found.max(axis=1) < len(shares))
    return out


def neighbour_estimates(catalogue: Catalogue, rows: np.ndarray, priors: Priors
                        ) -> np.ndarray:
    """(mean, p10, p90) of the interest shares of each row's nearest reported creators."""
    shares = reference_interest(priors)
    assert catalogue.interest_neighbours is not None and shares is not None
    near = shares[catalogue.interest_neighbours[rows]]
    return np.column_stack([near.mean(axis=1), np.quantile(near, 0.1, axis=1),
                            np.quantile(near, 0.9, axis=1)])


def by_top_country_key(factor: str) -> str:
    """The Priors key of a factor's estimates per top audience country."""
    return BY_TOP_COUNTRY if factor == "country" else f"{factor} by top audience country"


def top_country_priors(catalogue: Catalogue, targets: SegmentTargets, factor: str = "country"
                       ) -> dict[int, tuple[float, float, float]]:
    """Per top audience country: (mean, p10, p90) of the ``factor`` share of up to
    ``TOP_COUNTRY_SAMPLE`` creators reporting that block and the countries block, whose largest
    audience country it is."""
    reported = (catalogue.block_present("countries")
                & catalogue.block_present(FACTOR_BLOCK[factor]))
    return grouped_priors(catalogue, targets, factor, catalogue.top_audience_country, reported)


def by_dominant_key(factor: str) -> str:
    """The Priors key of a factor's estimates per dominant value (age band, gender, language)."""
    return f"{factor} by its dominant value"


def dominant_priors(catalogue: Catalogue, targets: SegmentTargets, factor: str
                    ) -> dict[int, tuple[float, float, float]]:
    """Per dominant value of the factor's block (the largest age band, gender or language):
    (mean, p10, p90) of the factor share of up to ``TOP_COUNTRY_SAMPLE`` creators reporting
    the block whose largest value it is."""
    codes = catalogue.dominant_codes[:, DOMINANT_FACTORS[factor]]
    return grouped_priors(catalogue, targets, factor, codes,
                          catalogue.block_present(FACTOR_BLOCK[factor]))


def grouped_priors(catalogue: Catalogue, targets: SegmentTargets, factor: str,
                   codes: np.ndarray, reported: np.ndarray
                   ) -> dict[int, tuple[float, float, float]]:
    """Per code of ``codes``: (mean, p10, p90) of the factor share of up to
    ``TOP_COUNTRY_SAMPLE`` ``reported`` creators holding it; codes held by fewer than
    ``TOP_COUNTRY_MIN`` are left out."""
    rows = np.flatnonzero(reported & (codes >= 0))
    held = codes[rows]
    order = np.argsort(held, kind="stable")
    groups = np.split(rows[order], np.flatnonzero(np.diff(held[order])) + 1)
    chosen = [g[:TOP_COUNTRY_SAMPLE] for g in groups if len(g) >= TOP_COUNTRY_MIN]
    if not chosen:
        return {}
    shares = factor_shares(catalogue, targets, np.concatenate(chosen))[factor]
    out: dict[int, tuple[float, float, float]] = {}
    start = 0
    for group in chosen:
        values = shares[start:start + len(group)]
        start += len(group)
        out[int(codes[group[0]])] = (float(values.mean()), float(np.quantile(values, 0.1)),
                                     float(np.quantile(values, 0.9)))
    return out


def inferred_by_top_country(catalogue: Catalogue, rows: np.ndarray, priors: Priors | None,
                            missing: np.ndarray, factor: str = "country") -> np.ndarray:
    """Which of ``rows`` (missing the factor's block where ``missing``) take the estimate of
    their top audience country."""
    table = (priors or Priors()).get(by_top_country_key(factor))
    if not table or not missing.any():
        return np.zeros(len(rows), dtype=bool)
    return _estimable(catalogue.top_audience_country[rows], table, missing)


def inferred_by_dominant(catalogue: Catalogue, rows: np.ndarray, priors: Priors | None,
                         missing: np.ndarray, factor: str) -> np.ndarray:
    """Which of ``rows`` (missing the factor's block where ``missing``) take the estimate of
    their named dominant value."""
    if factor not in DOMINANT_FACTORS:
        return np.zeros(len(rows), dtype=bool)
    table = (priors or Priors()).get(by_dominant_key(factor))
    if not table or not missing.any():
        return np.zeros(len(rows), dtype=bool)
    return _estimable(catalogue.dominant_codes[rows, DOMINANT_FACTORS[factor]], table, missing)


def _estimable(codes: np.ndarray, table: dict[int, tuple[float, float, float]],
               missing: np.ndarray) -> np.ndarray:
    return missing & (codes >= 0) & _in_table(codes, table)


def _in_table(codes: np.ndarray, table: dict[int, tuple[float, float, float]]) -> np.ndarray:
    """Which of ``codes`` are keys of ``table``."""
    return np.isin(codes, np.fromiter(table, dtype=np.int64, count=len(table)))


def row_products(matrix: np.ndarray, vector: np.ndarray) -> np.ndarray:
    """``matrix @ vector``, each row summed on its own: a matrix-vector product in BLAS can
    round a row differently with the rows around it, and a row's figure must not depend on
    which other rows are scored with it."""
    return np.add.reduce(matrix * vector, axis=1)


def content_affinity(text_emb: np.ndarray, targets: SegmentTargets, rows: np.ndarray
                     ) -> np.ndarray:
    """The cosine of each row's text embedding with the segment's persona (float32)."""
    return row_products(to_float32(text_emb[rows]), targets.persona)


def joint_share(catalogue: Catalogue, targets: SegmentTargets, rows: np.ndarray) -> np.ndarray:
    """Each row's reported joint age x gender share in the target (0 where not reported)."""
    assert targets.gender is not None and targets.age is not None
    outer = np.outer(targets.gender, targets.age).reshape(-1)
    return rows_dot(catalogue.joint_age_gender, rows, outer)


def joint_country_share(catalogue: Catalogue, targets: SegmentTargets, rows: np.ndarray
                        ) -> np.ndarray:
    """Each row's reported joint age x country share in the target, the countries weighted as
    the country share weighs them (0 where not reported)."""
    assert catalogue.joint_age_country is not None
    assert targets.countries is not None and targets.age is not None
    outer = np.outer(targets.countries, targets.age).reshape(-1)
    return rows_dot(catalogue.joint_age_country, rows, outer)


def joint_country_rows(catalogue: Catalogue, rows: np.ndarray, factors: Iterable[str]
                       ) -> np.ndarray:
    """Which of ``rows`` have a reported age x country block that replaces the age and
    country shares (the segment targets both)."""
    matrix = catalogue.joint_age_country
    if matrix is None or matrix.nnz == 0 or not {"age", "country"} <= set(factors):
        return np.zeros(len(rows), dtype=bool)
    return row_counts(matrix, rows) > 0


@dataclass(frozen=True)
class SegmentFigures:
    """A segment's figures for some rows that no weighting changes: each targeted factor's
    share (a missing block's filled from the priors), the segment share with its low and
    high ends (apart only where blocks are missing) and the content-affinity cosine, a row
    of ``numbers`` each (so taking some rows is one gather of whole rows), and whether a
    reported joint age x gender block stood in for the age and gender shares, and whether a
    reported age x country block stood in for the age and country shares."""

    factors: tuple[str, ...]
    numbers: np.ndarray      # (rows, factors + 4): shares, segment share, low, high, affinity
    joint: np.ndarray        # bool
    joint_country: np.ndarray  # bool

    @classmethod
    def of(cls, shares: dict[str, np.ndarray], segment_share: np.ndarray,
           share_low: np.ndarray, share_high: np.ndarray, affinity: np.ndarray,
           joint: np.ndarray, joint_country: np.ndarray) -> SegmentFigures:
        return cls(tuple(shares), np.column_stack(
            [*shares.values(), segment_share, share_low, share_high,
             np.asarray(affinity, dtype=np.float64)]), joint, joint_country)

    @property
    def shares(self) -> dict[str, np.ndarray]:
        return {f: self.numbers[:, i] for i, f in enumerate(self.factors)}

    @property
    def segment_share(self) -> np.ndarray:
        return self.numbers[:, len(self.factors)]

    @property
    def share_low(self) -> np.ndarray:
        return self.numbers[:, len(self.factors) + 1]

    @property
    def share_high(self) -> np.ndarray:
        return self.numbers[:, len(self.factors) + 2]

    @property
    def affinity(self) -> np.ndarray:
        return self.numbers[:, len(self.factors) + 3]

    def take(self, rows: np.ndarray) -> SegmentFigures:
        return SegmentFigures(self.factors, self.numbers[rows], self.joint[rows],
                              self.joint_country[rows])

    @property
    def nbytes(self) -> int:
        return self.numbers.nbytes + self.joint.nbytes + self.joint_country.nbytes


def imputed_blocks(catalogue: Catalogue, rows: np.ndarray, factors: Iterable[str]
                   ) -> dict[str, np.ndarray]:
    """Per factor, which of ``rows`` miss its block (the share is then the platform prior)."""
    present = catalogue.has[rows]
    return {f: ~present[:, BLOCKS.index(FACTOR_BLOCK[f])] for f in factors}


@dataclass(frozen=True)
class FilledShares:
    """Each targeted factor's share of some rows, a missing block's filled from the priors,
    with its low and high ends (the estimate's 10th and 90th percentiles; the share itself
    where the block is reported), and the rows' content-affinity cosines."""

    shares: dict[str, np.ndarray]
    low: dict[str, np.ndarray]
    high: dict[str, np.ndarray]
    affinity: np.ndarray


def filled_shares(catalogue: Catalogue, text_emb: np.ndarray, targets: SegmentTargets,
                  rows: np.ndarray, priors: Priors) -> FilledShares:
    """``FilledShares`` of ``rows``, missing blocks filled from ``priors``."""
    shares = factor_shares(catalogue, targets, rows)
    platform = catalogue.platform[rows]
    affinity = content_affinity(text_emb, targets, rows)
    low, high = dict(shares), dict(shares)  # the same arrays where nothing is imputed
    for factor, missing in imputed_blocks(catalogue, rows, shares).items():
        values = shares[factor]
        if missing.any():
            table = np.array([priors[factor][code] for code in range(len(PLATFORMS))])
            filled = table[platform[missing]]
            values, low[factor], high[factor] = values.copy(), values.copy(), values.copy()
            values[missing] = filled[:, 0]
            low[factor][missing] = filled[:, 1]
            high[factor][missing] = filled[:, 2]
            if factor in TOP_COUNTRY_FACTORS:
                estimated = inferred_by_top_country(catalogue, rows, priors, missing, factor)
                if estimated.any():
                    by_country = priors[by_top_country_key(factor)]
                    by_top = np.array([by_country[int(code)] for code
                                       in catalogue.top_audience_country[rows[estimated]]])
                    values[estimated] = by_top[:, 0]
                    low[factor][estimated] = by_top[:, 1]
                    high[factor][estimated] = by_top[:, 2]
            if factor in DOMINANT_FACTORS:  # the block's own dominant value, over the country
                estimated = inferred_by_dominant(catalogue, rows, priors, missing, factor)
                if estimated.any():
                    by_value = priors[by_dominant_key(factor)]
                    column = DOMINANT_FACTORS[factor]
                    by_named = np.array([by_value[int(code)] for code
                                         in catalogue.dominant_codes[rows[estimated], column]])
                    values[estimated] = by_named[:, 0]
                    low[factor][estimated] = by_named[:, 1]
                    high[factor][estimated] = by_named[:, 2]
            if factor == "interest":
                nearest = interests_by_neighbours(catalogue, rows, priors, missing)
                estimated = inferred_interests(affinity, priors, missing) & ~nearest
                if estimated.any():
                    by_bin = priors[BY_AFFINITY]
                    by_content = np.array([by_bin[int(b)] for b
                                           in affinity_bin(affinity[estimated]).tolist()])
                    values[estimated] = by_content[:, 0]
                    low[factor][estimated] = by_content[:, 1]
                    high[factor][estimated] = by_content[:, 2]
                if nearest.any():
                    by_near = neighbour_estimates(catalogue, rows[nearest], priors)
                    values[nearest] = by_near[:, 0]
                    low[factor][nearest] = by_near[:, 1]
                    high[factor][nearest] = by_near[:, 2]
                    _condition_on_top_interests(catalogue, rows, priors, targets, nearest,
                                                (values, low[factor], high[factor]))
            shares[factor] = values
    _estimate_remainders(catalogue, rows, priors, targets, shares, low, high)
    return FilledShares(shares, low, high, affinity)


def segment_figures(catalogue: Catalogue, text_emb: np.ndarray, targets: SegmentTargets,
                    rows: np.ndarray, priors: Priors) -> SegmentFigures:
    """``SegmentFigures`` of ``rows``, missing blocks filled from ``priors``."""
    n = len(rows)
    filled = filled_shares(catalogue, text_emb, targets, rows, priors)
    shares, low, high, affinity = filled.shares, filled.low, filled.high, filled.affinity

    joint = np.zeros(n, dtype=bool)
    if "age" in shares and "gender" in shares:
        joint = row_counts(catalogue.joint_age_gender, rows) > 0
    joint_country = joint_country_rows(catalogue, rows, shares)
    any_joint_country = bool(joint_country.any())
    if any_joint_country:  # age x country is preferred; gender then counts as a marginal
        joint &= ~joint_country
    product, product_low, product_high = np.ones(n), np.ones(n), np.ones(n)
    any_joint = bool(joint.any())
    if any_joint:
        joint_shares = joint_share(catalogue, targets, rows)
    if any_joint_country:
        joint_country_shares = joint_country_share(catalogue, targets, rows)
    for factor, values in shares.items():
        use, use_low, use_high = values, low[factor], high[factor]
        if any_joint and factor in ("age", "gender"):
            replacement = joint_shares[joint] if factor == "age" else 1.0
            use, use_low, use_high = use.copy(), use_low.copy(), use_high.copy()
            use[joint] = use_low[joint] = use_high[joint] = replacement
        if any_joint_country and factor in ("age", "country"):
            replacement = joint_country_shares[joint_country] if factor == "age" else 1.0
            use, use_low, use_high = use.copy(), use_low.copy(), use_high.copy()
            use[joint_country] = use_low[joint_country] = use_high[joint_country] = replacement
        product *= use
        # an estimate is a mean, which a skewed pool puts outside its 10th-90th percentiles
        product_low *= np.minimum(use_low, use)
        product_high *= np.maximum(use_high, use)
    return SegmentFigures.of(shares, product, product_low, product_high, affinity, joint,
                             joint_country)


def _condition_on_top_interests(catalogue: Catalogue, rows: np.ndarray, priors: Priors,
                                targets: SegmentTargets, nearest: np.ndarray,
                                figures: tuple[np.ndarray, np.ndarray, np.ndarray]) -> None:
    """The interest estimate (mean, low, high) of the ``nearest`` rows that name
    ``top_interests`` made from their neighbours conditioned on the list."""
    conditioned = interests_by_top_interests(catalogue, rows, priors, nearest)
    if not conditioned.any():
        return
    assert priors.reference_labels is not None and targets.labels is not None
    found = conditioned_neighbours(catalogue, rows[conditioned], priors.reference_labels,
                                   targets.labels)
    for column, values in enumerate(figures):
        values[conditioned] = found[:, column]


def interests_by_top_interests(catalogue: Catalogue, rows: np.ndarray, priors: Priors | None,
                               nearest: np.ndarray) -> np.ndarray:
    """Which of ``rows`` (their interests estimated from neighbours where ``nearest``) have
    that estimate conditioned on their ``top_interests``."""
    if not isinstance(priors, Priors) or priors.reference_labels is None:
        return np.zeros(len(rows), dtype=bool)
    return nearest & with_ranked_labels(catalogue, rows)


def _estimate_remainders(catalogue: Catalogue, rows: np.ndarray, priors: Priors,
                         targets: SegmentTargets, shares: dict[str, np.ndarray],
                         low: dict[str, np.ndarray], high: dict[str, np.ndarray]) -> None:
    """With ``MATCHER_PARTIAL_BLOCKS=estimate``: the unlisted targets of blocks reported in
    part added to their factor shares (the low end keeps the listed part alone)."""
    for factor in PARTIAL_FACTORS:
        found = partial_remainder(catalogue, rows, priors, targets, factor)
        if found is None:
            continue
        values, most = shares[factor].copy(), high[factor].copy()
        values[found.at] = np.minimum(values[found.at] + found.point, 1.0)
        most[found.at] = np.minimum(most[found.at] + found.most, 1.0)
        shares[factor], high[factor] = values, most


def partial_remainder(catalogue: Catalogue, rows: np.ndarray, priors: Priors | None,
                      targets: SegmentTargets, factor: str) -> Remainder | None:
    """The ``Remainder`` of ``rows`` whose ``factor`` block is reported in part, when the
    priors spread it (``MATCHER_PARTIAL_BLOCKS=estimate``) and the segment targets it."""
    mixes = priors.remainder_mixes if isinstance(priors, Priors) else None
    target = {"country": targets.countries, "language": targets.languages}.get(factor)
    if not mixes or target is None:
        return None
    block = PARTIAL_FACTORS[factor]
    return remainder(catalogue, rows, block, target, mixes[block])


SegmentColumns = SegmentFigures  # of every row of a catalogue part


def segment_columns(catalogue: Catalogue, text_emb: np.ndarray, targets: SegmentTargets,
                    priors: Priors) -> SegmentColumns:
    """A saved segment's figures for every row, a ``ROWS_CHUNK`` at a time, with the very
    arithmetic of a shortlist's few hundred rows (each row's figures are its own), so taking
    a shortlist's rows from them gives the same numbers."""
    pieces = [segment_figures(catalogue, text_emb, targets, chunk, priors)
              for chunk in row_chunks(np.arange(catalogue.size))]
    return SegmentFigures(pieces[0].factors, np.concatenate([p.numbers for p in pieces]),
                          np.concatenate([p.joint for p in pieces]),
                          np.concatenate([p.joint_country for p in pieces]))


def engagement_vs_median(catalogue: Catalogue, rows: np.ndarray | slice = slice(None)
                         ) -> tuple[np.ndarray, np.ndarray]:
    """Each row's engagement rate over the median of its platform and follower tier, and
    that median."""
    _, _, ratio, median = catalogue.scoring_numbers[rows].T
    return ratio, median


def engagement_value(ratio: np.ndarray) -> np.ndarray:
    """The fit's engagement factor: ``r / (1 + r)`` of the ratio to the median."""
    return ratio / (1.0 + ratio)


def score_rows(catalogue: Catalogue, text_emb: np.ndarray, targets: SegmentTargets,
               rows: np.ndarray, weights: dict[str, float], priors: Priors | None = None,
               columns: SegmentColumns | None = None) -> Scores:
    """Exact scores of ``rows``; ``priors`` (from ``share_priors``) fill missing blocks, by
    default from this catalogue itself; ``columns`` (from ``segment_columns``, made with the
    same priors), when given, are read instead of computing the segment's figures again."""
    rows = np.asarray(rows, dtype=np.int64)
    n = len(rows)
    if columns is not None:
        figures = columns.take(rows)
    else:
        if priors is None:
            priors = share_priors(catalogue, targets) if targets.targeted() else Priors()
        figures = segment_figures(catalogue, text_emb, targets, rows, priors)
    shares, product = figures.shares, figures.segment_share

    credibility, followers, ratio, median = catalogue.scoring_numbers[rows].T
    credibility = credibility.copy()
    credibility_known = ~np.isnan(credibility)
    credibility[~credibility_known] = catalogue.credibility_fill
    reach = followers * credibility * product

    affinity_cos = figures.affinity

    targeted = list(shares)
    values: dict[str, np.ndarray] = {
        "audience_match": product ** (1.0 / len(targeted)) if targeted else np.ones(n),
        "affinity": _unit((affinity_cos - AFFINITY_FLOOR) / (AFFINITY_CEIL - AFFINITY_FLOOR)),
        "engagement": engagement_value(ratio),
        "credibility": credibility,
        "reach": _unit(np.log10(1.0 + reach) / REACH_SCALE),
    }
    for factor in targeted:
        values[factor] = shares[factor]
    applicable = {f: w for f, w in weights.items() if f in values and w > 0}
    total = sum(applicable.values()) or 1.0
    effective = {f: w / total for f, w in applicable.items()}
    contributions = {f: effective[f] * values[f] for f in effective}
    fit = np.zeros(n)
    for f in effective:
        fit = fit + contributions[f]

    share_range = np.empty((n, 2))
    share_range[:, 0], share_range[:, 1] = figures.share_low, figures.share_high
    return Scores(rows=rows, shares=shares, share_range=share_range,
                  segment_share=product, credibility=credibility,
                  credibility_known=credibility_known, reach=reach,
                  affinity_cosine=affinity_cos, engagement_ratio=ratio,
                  engagement_median=median, values=values, effective_weights=effective,
                  contributions=contributions, fit=fit,
                  joint_age_gender=figures.joint, joint_age_country=figures.joint_country,
                  catalogue=catalogue, priors=priors, targets=targets, text_emb=text_emb)


def estimates(catalogue: Catalogue, rows: np.ndarray, targeted: list[str],
              priors: Priors | None, affinity_cos: np.ndarray, credibility_known: np.ndarray,
              segment_share: np.ndarray, shares: dict[str, np.ndarray] | None = None,
              targets: SegmentTargets | None = None, text_emb: np.ndarray | None = None
              ) -> Estimates:
    """``Estimates`` of ``rows``, scored for the ``targeted`` factors with ``priors``
    (``affinity_cos``, ``credibility_known``, ``segment_share``, ``shares``: their scores'
    figures; ``targets`` and ``text_emb``, what they were scored with, give the estimated
    factors' ranges: without them an estimate has none and counts as wholly missing)."""
    n = len(rows)
    imputed = imputed_blocks(catalogue, rows, targeted)
    inferred = {f: np.zeros(n, dtype=bool) for f in targeted}
    by_dominant = {f: np.zeros(n, dtype=bool) for f in targeted}
    for factor in set(TOP_COUNTRY_FACTORS) | set(DOMINANT_FACTORS):
        if factor in imputed:
            by_dominant[factor] = inferred_by_dominant(catalogue, rows, priors, imputed[factor],
                                                       factor)
            inferred[factor] = by_dominant[factor] | inferred_by_top_country(
                catalogue, rows, priors, imputed[factor], factor)
    by_neighbours = np.zeros(n, dtype=bool)
    if "interest" in imputed:
        by_neighbours = interests_by_neighbours(catalogue, rows, priors, imputed["interest"])
        inferred["interest"] = by_neighbours | inferred_interests(affinity_cos, priors,
                                                                  imputed["interest"])
    shares = shares if shares is not None else {f: np.full(n, np.nan) for f in targeted}
    low, high = factor_ranges(catalogue, rows, imputed, shares, priors, targets, text_emb)
    missing_count = (~credibility_known).astype(np.float64)
    for factor in targeted:
        if imputed[factor].any():
            missing_count += np.where(imputed[factor], spread_missing(
                catalogue, rows, factor, priors, low[factor], high[factor], shares[factor]),
                0.0)
    confidence = 1.0 - missing_count / (len(targeted) + 1)
    confidence[segment_share <= 0] = 0.0  # no share to be confident in: nothing matched
    return Estimates(imputed=imputed, inferred=inferred, by_dominant=by_dominant,
                     by_neighbours=by_neighbours, confidence=confidence, low=low, high=high)


#: How a missing block's estimate counts in confidence: ``min(1, w / w0) ** SPREAD_EXPONENT``
#: of a block, ``w`` its range's width, ``w0`` the width of the platform average's range
#: (chosen on seed 101: see the design note of 2026-12-04 on partial confidence).
SPREAD_EXPONENT = 1.0


def factor_ranges(catalogue: Catalogue, rows: np.ndarray, imputed: dict[str, np.ndarray],
                  shares: dict[str, np.ndarray], priors: Priors | None,
                  targets: SegmentTargets | None, text_emb: np.ndarray | None
                  ) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Each factor's low and high share of ``rows``: an estimated one's 10th and 90th
    percentiles widened to hold the estimate (``shares``), a reported one's share itself.
    Worked out for the rows with an estimated factor only; without the priors and targets to
    read them from, an estimate's range is 0 to 1."""
    low, high = dict(shares), dict(shares)
    estimated = np.zeros(len(rows), dtype=bool)
    for flags in imputed.values():
        estimated |= flags
    if not estimated.any():
        return low, high
    if targets is None or text_emb is None or not priors:
        for factor, flags in imputed.items():
            low[factor], high[factor] = np.where(flags, 0.0, shares[factor]), np.where(
                flags, 1.0, shares[factor])
        return low, high
    at = np.flatnonzero(estimated)
    filled = filled_shares(catalogue, text_emb, targets, rows[at], priors)
    for factor, flags in imputed.items():
        if flags.any():
            low[factor], high[factor] = shares[factor].copy(), shares[factor].copy()
            low[factor][at] = np.minimum(filled.low[factor], shares[factor][at])
            high[factor][at] = np.maximum(filled.high[factor], shares[factor][at])
    return low, high


def spread_missing(catalogue: Catalogue, rows: np.ndarray, factor: str, priors: Priors | None,
                   low: np.ndarray, high: np.ndarray, share: np.ndarray) -> np.ndarray:
    """How much of a missing block each row's estimate of ``factor`` leaves unknown: its
    range's width over the platform average's (both holding their estimates), at most 1, to
    ``SPREAD_EXPONENT``; 1 where there is no range (an estimate on the platform average, or
    no platform range to compare with)."""
    table = (priors or Priors()).get(factor)
    if not table:
        return np.ones(len(rows))
    platform = np.array([table[code] for code in range(len(PLATFORMS))])[
        catalogue.platform[rows]]
    mean, p10, p90 = platform.T
    prior_width = np.maximum(p90, mean) - np.minimum(p10, mean)
    width = np.nan_to_num(high - low, nan=np.inf)
    ratio = np.divide(width, prior_width, out=np.ones(len(rows)), where=prior_width > 0)
    return np.minimum(ratio, 1.0) ** SPREAD_EXPONENT


def _unit(values: np.ndarray) -> np.ndarray:
    """``values`` clipped to [0, 1] (``np.clip`` costs several times more on a few hundred)."""
    return np.minimum(np.maximum(values, 0.0), 1.0)


def missing_blocks(catalogue: Catalogue, row: int) -> list[str]:
    return [b for i, b in enumerate(BLOCKS) if not catalogue.has[row, i]]


ALWAYS_APPLY = ("audience_match", "affinity", "engagement", "credibility", "reach")


def check_weights_apply(weights: dict[str, float], targets: SegmentTargets) -> None:
    """A weighting that gives no weight to any factor this segment has would rank by
    nothing: every fit 0."""
    applicable = set(ALWAYS_APPLY) | set(targets.targeted())
    if not any(w > 0 for f, w in weights.items() if f in applicable):
        given = ", ".join(f for f, w in weights.items() if w > 0) or "none"
        raise InvalidInput(f"weights: no positive weight on a factor this segment has "
                           f"(weighted: {given}; it has {', '.join(sorted(applicable))})",
                           field="weights")
