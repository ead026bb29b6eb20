"""Audience groups: where the overlap model says two creators' segment audiences meet.

Without follower lists, overlap is modelled from what the catalogue knows of each audience:
its interests (the share-weighted mean embedding of its interest labels), its countries, age
and gender mix, and the creator's platform. Each candidate is one unit vector of those blocks;
the candidates are clustered (spherical k-means) into groups of about ``GroupParams.size``
(at most ``GroupParams.max_groups`` groups),
and each candidate's audience is spread over its ``GroupParams.groups_per_candidate``
nearest groups by a softmax of its cosine to their centres at temperature
``GroupParams.temperature``. Two creators overlap in proportion to
how much of their audiences fall in the same groups.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

#: Most candidates the groups are fitted on (a seeded sample of a bigger pool); every
#: candidate is then spread over them.
FIT_SAMPLE = 2_000
#: Weight of each block in the audience vector (each block is a unit vector first).
BLOCK_WEIGHTS = {"interest": 1.0, "country": 1.0, "age": 0.5, "gender": 0.3, "platform": 0.3}


@dataclass(frozen=True)
class AudienceBlocks:
    """The candidates' audiences, one row each."""

    interest: np.ndarray   # (n, d) share-weighted label embeddings (any orthonormal basis)
    country: np.ndarray    # (n, countries) shares over the union of the candidates' countries
    age: np.ndarray        # (n, 7)
    gender: np.ndarray     # (n, 3)
    platform: np.ndarray   # (n,) int platform code

    def vectors(self) -> np.ndarray:
        """One unit vector per candidate: the weighted, unit-normalised blocks."""
        n_platforms = int(self.platform.max(initial=0)) + 1
        onehot = np.zeros((len(self.platform), n_platforms))
        onehot[np.arange(len(self.platform)), self.platform] = 1.0
        blocks = {"interest": self.interest, "country": self.country, "age": self.age,
                  "gender": self.gender, "platform": onehot}
        parts = [BLOCK_WEIGHTS[name] * _unit_rows(np.asarray(values, dtype=float))
                 for name, values in blocks.items()]
        return _unit_rows(np.concatenate(parts, axis=1))


@dataclass(frozen=True)
class GroupParams:
    """The overlap model's parameters, chosen on the simulator (see docs/plans.md)."""

    size: int = 8               # candidates per audience group, on average
    temperature: float = 0.2    # softmax temperature of the cosine to each group centre
    follows: float = 1.0        # segment members' follows of the group's candidates, per member
    max_reach_share: float = 0.5  # most of a group one creator reaches
    max_groups: int = 256       # bigger candidate pools get bigger groups (k-means cost)
    groups_per_candidate: int | None = 8  # a candidate's nearest groups kept (None: all)


def _unit_rows(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms > 0, norms, 1.0)


def kmeans(vectors: np.ndarray, k: int, seed: int = 0, iterations: int = 25) -> np.ndarray:
    """Spherical k-means centres (k, dim), initialised by k-means++ from a fixed seed and
    fitted on at most ``FIT_SAMPLE`` of the vectors."""
    rng = np.random.default_rng(seed)
    if len(vectors) > FIT_SAMPLE:
        vectors = vectors[np.sort(rng.choice(len(vectors), FIT_SAMPLE, replace=False))]
    n = len(vectors)
    k = max(1, min(k, n))
    centres = [vectors[int(rng.integers(n))]]
    distance = 1.0 - vectors @ centres[0]
    for _ in range(1, k):
        weights = np.clip(distance, 0.0, None)
        total = weights.sum()
        pick = int(rng.choice(n, p=weights / total)) if total > 0 else int(rng.integers(n))
        centres.append(vectors[pick])
        distance = np.minimum(distance, 1.0 - vectors @ vectors[pick])
    c = np.stack(centres)
    for _ in range(iterations):
        assign = np.argmax(vectors @ c.T, axis=1)
        members = sp.csr_matrix((np.ones(n), (assign, np.arange(n))), shape=(k, n))
        sums = np.asarray(members @ vectors)
        empty = np.linalg.norm(sums, axis=1) == 0
        sums[empty] = c[empty]
        new = _unit_rows(sums)
        if np.allclose(new, c):
            break
        c = new
    return c


def group_weights(vectors: np.ndarray, params: GroupParams, seed: int = 0) -> sp.csr_matrix:
    """(n, groups): how each candidate's audience spreads over the audience groups; rows
    sum to 1. Each candidate keeps its ``params.groups_per_candidate`` nearest groups (all
    when None), and of those the ones whose softmax weight is at least 1e-4 of its
    nearest's."""
    k = max(1, min(math.ceil(len(vectors) / params.size), params.max_groups))
    centres = kmeans(vectors, k, seed)
    logits = (vectors @ centres.T) / params.temperature
    keep = params.groups_per_candidate
    if keep is not None and keep < k:
        nearest = np.argpartition(-logits, keep - 1, axis=1)[:, :keep]
        nearest.sort(axis=1)
        logits = np.take_along_axis(logits, nearest, axis=1)
    logits -= logits.max(axis=1, keepdims=True)
    weights = np.exp(logits)
    weights[weights < 1e-4] = 0.0
    weights /= weights.sum(axis=1, keepdims=True)
    if keep is None or keep >= k:
        return sp.csr_matrix(weights)
    n = len(vectors)
    out = sp.csr_matrix((weights.ravel(), nearest.ravel(),
                         np.arange(0, n * keep + 1, keep)), shape=(n, k))
    out.eliminate_zeros()
    return out
