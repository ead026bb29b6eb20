"""Blocks a profile reports only in part, and what their own figures say about the rest.

* A countries or languages block whose shares sum under ``PARTIAL_TOTAL`` lists only some
  values (the top countries, with shares). An unlisted value holds at most the smallest
  listed share and at most the remainder ``r = 1 - sum``; with
  ``MATCHER_PARTIAL_BLOCKS=estimate`` it gets ``min(that bound, r x p_c / p of the unlisted)``,
  ``p`` the mean block of reported creators whose largest value is this creator's largest
  listed one (else of its platform), with a range from 0 to the bound.
* ``top_interests`` (labels in order, no shares) condition the interest estimate from the
  nearest reported creators: in each neighbour's interests, the listed labels are raised to
  hold the listed order above every unlisted label, before the mean is taken.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from matcher.contracts.profiles import SUM_TOLERANCE
from matcher.matching.catalogue import PLATFORMS, Catalogue

#: A countries or languages block summing under this lists only part of the audience.
PARTIAL_TOTAL = 1.0 - SUM_TOLERANCE
FLOAT32_SLACK = 1e-6
#: Factors whose block may be reported in part, and that block.
PARTIAL_FACTORS = {"country": "countries", "language": "languages"}
MIX_SAMPLE = 200   # reported creators a largest value's mean block is taken over
MIX_MIN = 5        # fewer: the platform's mean block stands
HELD_MAX = 0.999999  # as ``scoring.factor_shares`` clips one label's share x match


@dataclass(frozen=True)
class Mix:
    """A block's mean over reported creators: per largest value (rows of ``by_top``, valid
    where ``known``) and per platform, dense over the block's vocabulary."""

    by_top: np.ndarray      # (len(vocab), len(vocab))
    known: np.ndarray       # bool (len(vocab),)
    by_platform: np.ndarray  # (len(PLATFORMS), len(vocab))


def largest_codes(catalogue: Catalogue, block: str) -> np.ndarray:
    """Each row's largest value of ``block`` (its top audience country or language)."""
    if block == "countries":
        return catalogue.top_audience_country
    return catalogue.dominant_codes[:, 2]


_MIXES: weakref.WeakKeyDictionary[Catalogue, dict[str, Mix]] = weakref.WeakKeyDictionary()


def remainder_mixes(catalogue: Catalogue) -> dict[str, Mix]:
    """Per partial block, its ``Mix`` over the catalogue's reported creators (once per
    catalogue: it depends on no segment)."""
    found = _MIXES.get(catalogue)
    if found is None:
        found = {block: _mix(catalogue, block) for block in PARTIAL_FACTORS.values()}
        _MIXES[catalogue] = found
    return found


def _mean_rows(matrix: sp.csr_matrix, rows: np.ndarray) -> np.ndarray:
    return np.asarray(matrix[rows].sum(axis=0), dtype=np.float64).ravel() / max(len(rows), 1)


def _mix(catalogue: Catalogue, block: str) -> Mix:
    matrix: sp.csr_matrix = getattr(catalogue, block)
    width = matrix.shape[1]
    present = catalogue.block_present(block)
    codes = largest_codes(catalogue, block)
    by_top = np.zeros((width, width))
    known = np.zeros(width, dtype=bool)
    rows = np.flatnonzero(present & (codes >= 0))
    order = np.argsort(codes[rows], kind="stable")
    held = codes[rows][order]
    for group in np.split(rows[order], np.flatnonzero(np.diff(held)) + 1):
        if len(group) >= MIX_MIN:
            code = int(codes[group[0]])
            by_top[code] = _mean_rows(matrix, group[:MIX_SAMPLE])
            known[code] = True
    reported = np.flatnonzero(present)
    overall = _mean_rows(matrix, reported)
    by_platform = np.tile(overall, (len(PLATFORMS), 1))
    for code in range(len(PLATFORMS)):
        on_platform = reported[catalogue.platform[reported] == code]
        if len(on_platform) >= MIX_MIN:
            by_platform[code] = _mean_rows(matrix, on_platform)
    return Mix(by_top, known, by_platform)


def partial_rows(catalogue: Catalogue, rows: np.ndarray, block: str) -> np.ndarray:
    """Which of ``rows`` report ``block`` in part (present, summing under ``PARTIAL_TOTAL``)."""
    matrix: sp.csr_matrix = getattr(catalogue, block)
    totals = np.asarray(matrix[rows].astype(np.float64).sum(axis=1)).ravel()
    # shares are stored as float32: a block summing to the tolerance itself is complete
    return catalogue.block_present(block)[rows] & (totals < PARTIAL_TOTAL - FLOAT32_SLACK)


@dataclass(frozen=True)
class Remainder:
    """The unlisted part of some rows' partial blocks: the positions ``at`` (in the rows
    asked about), each unlisted value's estimate ``unlisted`` (dense, 0 where listed), the
    bound on any one unlisted value, the block's reported total, the estimate's weighted sum
    over the targets and the most the unlisted targets can hold together."""

    at: np.ndarray
    listed: np.ndarray     # bool (len(at), len(vocab))
    unlisted: np.ndarray   # (len(at), len(vocab))
    bound: np.ndarray
    total: np.ndarray
    point: np.ndarray
    most: np.ndarray


def remainder(catalogue: Catalogue, rows: np.ndarray, block: str, target: np.ndarray,
              mix: Mix) -> Remainder | None:
    """The ``Remainder`` of the rows of ``rows`` reporting ``block`` in part, for a segment
    weighting the block's values by ``target``; None when none does."""
    at = np.flatnonzero(partial_rows(catalogue, rows, block))
    if not len(at):
        return None
    matrix: sp.csr_matrix = getattr(catalogue, block)
    part = matrix[rows[at]]
    listed_shares = part.toarray().astype(np.float64)
    listed = np.zeros(listed_shares.shape, dtype=bool)
    listed[np.repeat(np.arange(len(at)), np.diff(part.indptr)), part.indices] = True
    total = np.add.reduce(listed_shares, axis=1)
    left = np.maximum(1.0 - total, 0.0)
    smallest = np.where(listed, listed_shares, np.inf).min(axis=1)
    bound = np.minimum(smallest, left)
    codes = largest_codes(catalogue, block)[rows[at]]
    use_top = (codes >= 0) & mix.known[np.maximum(codes, 0)]
    prior = np.where(use_top[:, None], mix.by_top[np.maximum(codes, 0)],
                     mix.by_platform[catalogue.platform[rows[at]]])
    prior = np.where(listed, 0.0, prior)
    spread = np.add.reduce(prior, axis=1)
    unlisted = np.minimum(bound[:, None], left[:, None] * prior
                          / np.where(spread > 0, spread, 1.0)[:, None])
    unlisted[listed | (spread <= 0)[:, None]] = 0.0
    weights = np.asarray(target, dtype=np.float64)
    point = np.add.reduce(unlisted * weights, axis=1)
    return Remainder(at, listed, unlisted, bound, total, point,
                     _most(listed, weights, bound, left))


def _most(listed: np.ndarray, weights: np.ndarray, bound: np.ndarray, left: np.ndarray
          ) -> np.ndarray:
    """The most the unlisted targets can hold, weighted: the heaviest first, each at most
    ``bound``, together at most ``left``."""
    open_weights = -np.sort(-np.where(listed, 0.0, weights[None, :]), axis=1)
    full = np.floor(np.divide(left, bound, out=np.zeros_like(left), where=bound > 0))
    full = np.minimum(full, open_weights.shape[1]).astype(np.int64)
    summed = np.concatenate([np.zeros((len(left), 1)), np.cumsum(open_weights, axis=1)], axis=1)
    whole = summed[np.arange(len(left)), full] * bound
    next_weight = np.where(full < open_weights.shape[1],
                           open_weights[np.arange(len(left)),
                                        np.minimum(full, open_weights.shape[1] - 1)], 0.0)
    return np.where(bound > 0, whole + np.maximum(left - full * bound, 0.0) * next_weight, 0.0)


def ranked_labels(catalogue: Catalogue, row: int) -> list[str]:
    """The row's ``top_interests`` in order ([] when it names none or reports the block)."""
    ranks = catalogue.top_interests
    if ranks is None:
        return []
    start, end = ranks.indptr[row], ranks.indptr[row + 1]
    order = np.argsort(ranks.data[start:end], kind="stable")
    return [catalogue.label_vocab[int(c)] for c in ranks.indices[start:end][order]]


def top_interests_evidence(catalogue: Catalogue, row: int) -> str:
    """"top audience interests Fitness, Nutrition; " for a row naming them, else ""."""
    labels = ranked_labels(catalogue, row)
    return f"top audience interests {', '.join(labels)}; " if labels else ""


def with_ranked_labels(catalogue: Catalogue, rows: np.ndarray) -> np.ndarray:
    """Which of ``rows`` name ``top_interests`` (without an interests block)."""
    if catalogue.top_interests is None:
        return np.zeros(len(rows), dtype=bool)
    return np.diff(catalogue.top_interests.indptr)[rows] > 0


@dataclass(frozen=True)
class Reference:
    """The reference creators' interest blocks (rows of ``labels``, columns by ``index``) and
    their interest shares for a segment, as ``scoring.share_priors`` keeps them."""

    labels: sp.csr_matrix
    index: dict[str, int]
    shares: np.ndarray

    @classmethod
    def of(cls, labels: sp.csr_matrix, vocab: list[str], shares: np.ndarray) -> Reference:
        return cls(labels, {label: i for i, label in enumerate(vocab)}, shares)


def conditioned_neighbours(catalogue: Catalogue, rows: np.ndarray, reference: Reference,
                           label_weights: np.ndarray) -> np.ndarray:
    """(mean, p10, p90) over each row's nearest reported creators of their interest share
    with its ``top_interests`` held in order above every unlisted label (``label_weights``:
    the segment's match of each of the catalogue's labels)."""
    assert catalogue.interest_neighbours is not None
    out = np.empty((len(rows), 3))
    own = {label: i for i, label in enumerate(catalogue.label_vocab)}
    for i, row in enumerate(rows.tolist()):
        near = catalogue.interest_neighbours[row]
        labels = ranked_labels(catalogue, row)
        columns = [reference.index.get(label, -1) for label in labels]
        weights = np.array([label_weights[own[label]] for label in labels])
        block = reference.labels[near].toarray().astype(np.float64)
        shares = np.column_stack([block[:, c] if c >= 0 else np.zeros(len(near))
                                  for c in columns])
        unlisted = block.copy()
        unlisted[:, [c for c in columns if c >= 0]] = 0.0
        floor = unlisted.max(axis=1) if unlisted.shape[1] else np.zeros(len(near))
        raised = shares.copy()
        for k in range(len(labels) - 1, -1, -1):
            raised[:, k] = np.maximum(shares[:, k], floor)
            floor = raised[:, k]
        before = np.clip(shares * weights, 0.0, HELD_MAX)
        after = np.clip(raised * weights, 0.0, HELD_MAX)
        missed = (1.0 - reference.shares[near]) * np.prod((1.0 - after) / (1.0 - before),
                                                           axis=1)
        share = np.clip(1.0 - missed, 0.0, 1.0)
        out[i] = share.mean(), np.quantile(share, 0.1), np.quantile(share, 0.9)
    return out
