"""Clustering customers: a latent class model for every candidate number of components, the
number chosen by BIC, components that share their interests and ages merged into one
segment, each segment's stability measured on bootstrap resamples.

Each fit starts from scikit-learn's ``KMeans`` (k-means++ seeding, ``RESTARTS`` restarts) on
the customers' feature vectors, then expectation-maximisation of the latent class model
(``latent.py``) refines it. The number of segments is the k from 2 to the maximum with the
lowest Bayesian information criterion. BIC over-splits: a segment whose language follows its
country, or that mixes genders, becomes several components with the same interests and
ages; components whose interest profiles are within ``SAME_INTERESTS`` (both with mostly
known baskets, ``KNOWN_INTERESTS``) and whose age
distributions are within ``SAME_AGES`` (``merge_groups``) are therefore one segment, and a
customer belongs to the segment with the largest summed posterior. A segment's stability
is the mean, over ``RESAMPLES``
bootstrap refits, of the Jaccard similarity of its members with the most similar segment of
the refit (Hennig's clusterwise stability; below ``STABLE`` it is reported as unstable).
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy.sparse.csgraph import connected_components
from scipy.special import logsumexp
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning

from matcher.discovery import latent
from matcher.discovery.latent import Coded, LatentClasses

RESTARTS = 3
RESAMPLES = 4
#: Clusterwise stability below this (mean Jaccard over resamples) is reported as unstable.
STABLE = 0.6
ASSIGN_CHUNK = 100_000
#: Components whose interest profiles differ by less than this (the L1 distance of their
#: topic probabilities over their sum: 0 the same interests, 1 none shared) ...
SAME_INTERESTS = 0.5
#: ... and whose age distributions differ by less than this (total variation) are one segment.
#: Both chosen on the tuning seeds (docs/design-notes/2026-12-03-discovery-accuracy-speed.md).
SAME_AGES = 0.25
#: Only components with at least this share of members whose basket is known are merged: a
#: component of blank baskets has every topic at the prior (about 0.5), so two of them would
#: read as the same interests whatever their genders, countries and languages.
KNOWN_INTERESTS = 0.5


@dataclass
class Segments:
    """A latent class model whose components are grouped into segments."""

    model: LatentClasses
    groups: np.ndarray  # component -> segment

    @property
    def k(self) -> int:
        return int(self.groups.max()) + 1 if len(self.groups) else 0

    def predict(self, data: Coded) -> np.ndarray:
        joint = self.model.log_joint(data)
        if self.k == self.model.k:
            return np.argmax(joint[:, np.argsort(self.groups)], axis=1).astype(np.int32)
        summed = np.stack([logsumexp(joint[:, self.groups == g], axis=1)
                           for g in range(self.k)], axis=1)
        return np.argmax(summed, axis=1).astype(np.int32)


def interest_distance(model: LatentClasses) -> np.ndarray:
    """k x k: how far apart the components' interest profiles are (0 same, 1 disjoint)."""
    held = np.exp(model.topic_on)  # topics x k
    if not held.size:
        return np.ones((model.k, model.k))
    apart = np.abs(held[:, :, None] - held[:, None, :]).sum(axis=0)
    together = held.sum(axis=0)[:, None] + held.sum(axis=0)[None, :]
    return apart / np.maximum(together, 1e-12)


def merge_groups(model: LatentClasses, age_field: int | None) -> np.ndarray:
    """Component -> segment: components with the same interests and ages joined
    (transitively); nothing is merged without an interest block, and a component whose
    interests are mostly unknown (``KNOWN_INTERESTS``) is merged with none."""
    if not model.topic_on.size:
        return np.arange(model.k)
    evidenced = model.known_interests >= KNOWN_INTERESTS
    close = (interest_distance(model) < SAME_INTERESTS) & np.outer(evidenced, evidenced)
    np.fill_diagonal(close, True)
    if age_field is not None:
        ages = np.exp(model.categorical[age_field])
        close &= 0.5 * np.abs(ages[:, None, :] - ages[None, :, :]).sum(axis=2) < SAME_AGES
    _, groups = connected_components(close, directed=False)
    return _ordered(np.asarray(groups, dtype=np.int64))


def _ordered(groups: np.ndarray) -> np.ndarray:
    """Segments numbered in order of their first component."""
    _, first, inverse = np.unique(groups, return_index=True, return_inverse=True)
    rank = np.argsort(np.argsort(first))
    return rank[inverse]


@dataclass
class Clustering:
    model: Segments
    k: int                  # segments
    components: int         # latent classes, chosen by BIC
    bic: dict[int, float]   # per number of components
    stability: np.ndarray   # per segment


def _fit(points: np.ndarray, data: Coded, k: int, seed: int) -> tuple[LatentClasses, float]:
    """The most likely of ``RESTARTS`` EM runs, each from its own k-means start."""
    best: tuple[LatentClasses, float] | None = None
    for restart in range(RESTARTS):
        with warnings.catch_warnings():  # fewer distinct customers than k: EM copes
            warnings.simplefilter("ignore", ConvergenceWarning)
            start = KMeans(n_clusters=k, n_init=1,
                           random_state=seed + restart).fit_predict(points)
        found = latent.fit(data, start, k)
        if best is None or found[1] > best[1]:
            best = found
    assert best is not None
    return best


def _stability(points: np.ndarray, data: Coded, labels: np.ndarray, k: int, components: int,
               seed: int, group: Callable[[LatentClasses], np.ndarray]) -> np.ndarray:
    rng = np.random.default_rng(seed)
    scores = np.zeros(k)
    members = [labels == c for c in range(k)]
    for _ in range(RESAMPLES):
        resample = rng.integers(0, len(points), len(points))
        refit, _ = _fit(points[resample], data.take(resample), components,
                        int(rng.integers(1 << 31)))
        again = Segments(refit, group(refit)).predict(data)
        for c in range(k):
            best = 0.0
            for d in np.unique(again[members[c]]):
                other = again == d
                union = int(np.count_nonzero(members[c] | other))
                shared = int(np.count_nonzero(members[c] & other))
                best = max(best, shared / max(union, 1))
            scores[c] += best
    return scores / RESAMPLES


def cluster(points: np.ndarray, data: Coded, max_k: int, seed: int = 0, k: int | None = None,
            age_field: int | None = None) -> Clustering:
    """Segments of the customers (``points`` their vectors for k-means, ``data`` their
    fields for the latent class model, ``age_field`` the index of age among its categorical
    fields): components chosen by BIC from 2 to ``max_k`` and merged (``merge_groups``), or
    exactly ``k`` segments, unmerged, when ``k`` is given."""
    max_k = max(2, min(max_k, len(points) - 1))
    candidates = [k] if k is not None else list(range(2, max_k + 1))
    scores: dict[int, float] = {}
    models: dict[int, LatentClasses] = {}
    for count in candidates:
        model, likelihood = _fit(points, data, count, seed)
        models[count] = model
        scores[count] = latent.bic(model, likelihood, len(points))
    best = min(scores, key=lambda c: (scores[c], c))
    model = models[best]

    def group(fitted: LatentClasses) -> np.ndarray:
        return merge_groups(fitted, age_field) if k is None else np.arange(fitted.k)

    segments = Segments(model, group(model))
    labels = segments.predict(data)
    stability = _stability(points, data, labels, segments.k, best, seed, group)
    return Clustering(segments, segments.k, best, scores, stability)


def assign(model: Segments, coded: Callable[[np.ndarray], Coded], size: int
           ) -> np.ndarray:
    """The most likely segment of every customer, ``ASSIGN_CHUNK`` customers at a time."""
    out = np.empty(size, dtype=np.int32)
    for start in range(0, size, ASSIGN_CHUNK):
        rows = np.arange(start, min(size, start + ASSIGN_CHUNK))
        out[rows] = model.predict(coded(rows))
    return out
