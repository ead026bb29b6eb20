"""Unique reach with measured overlap: creators that carry audience sketches.

A creator's Theta sketch (``matcher.contracts.sketches``) is a uniform sample of its hashed
followers: every follower whose hash falls below the sketch's theta. Trimmed to the smallest
theta of the plan's sketched candidates, the samples are comparable, and each retained hash
*h* stands for ``1 / theta`` people. Those people are elements of the coverage function
beside the overlap model's audience groups (``coverage.py``):

* a sketched creator reaches the people of exactly the hashes its sketch holds (measured);
* a person of hash *h* is a segment member with probability ``rho[h, s]``: the mean, over the
  sketched candidates who reach *h*, of the creator's segment members per follower
  (estimated segment reach over followers). So segment members = sketched people x segment
  share, where a person reached by several sketched creators takes their mean share;
* each hash is placed in the audience group where its sketched creators' audiences weigh
  most; an unsketched creator reaches a person of group *k* with the model's probability
  ``q[i, s, k]`` whoever that person is, and the group's modelled members are what remains
  of the group once the sketched people in it are taken out (never below 0).

Every element is covered or not independently of the set, weights do not depend on the set,
so the plan's value is still a weighted coverage function: monotone, submodular, marginal
reaches add up to the unique reach, and the greedy's certificate is exact *under this
estimate*. The estimate itself has the sketch's sampling error; the library's bounds on the
union of the plan's sketches (``BOUND_STD_DEVS`` standard deviations) give the interval.

The state a greedy carries (``miss``) is the overlap model's miss shares (segments x groups)
followed by one 0/1 miss per retained hash.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import scipy.sparse as sp

from matcher.contracts.sketches import BOUND_STD_DEVS, SKETCH_SEED, theta_sketch
from matcher.planning.coverage import Coverage

_TWO_63 = float(2**63)


@dataclass(frozen=True)
class SketchedCoverage:
    base: Coverage             # the overlap model, sketched rows' shares zeroed
    sketched: np.ndarray       # (n,) bool
    holds: sp.csr_matrix       # (n, hashes) 1 where a creator's sketch holds the hash
    rho: np.ndarray            # (segments, hashes) segment members per person of a hash
    group: np.ndarray          # (hashes,) audience group of each hash
    residual: np.ndarray       # (segments, groups) modelled members besides sketched people
    theta: float               # the common theta: a hash stands for 1 / theta people
    raw: tuple[bytes | None, ...]  # the serialised sketches, for the library's union bounds
    reach: np.ndarray          # (n, segments) as the overlap model's
    value: np.ndarray

    @classmethod
    def build(cls, base: Coverage, sketches: Sequence[bytes | None]) -> SketchedCoverage:
        decoded = [None if raw is None else theta_sketch(raw) for raw in sketches]
        rows = [i for i, sk in enumerate(decoded) if sk is not None]
        present: list[Any] = [decoded[i] for i in rows]
        theta64 = min(int(sk.theta64) for sk in present)
        per_row = [np.array([h for h in sk if h < theta64], dtype=np.int64) for sk in present]
        hashes, inverse = np.unique(np.concatenate(per_row), return_inverse=True)
        n, n_hash = len(base), len(hashes)
        counts = np.array([len(h) for h in per_row])
        holds = sp.csr_matrix(
            (np.ones(int(counts.sum())), (np.repeat(rows, counts), inverse)),
            shape=(n, n_hash))
        theta = theta64 / _TWO_63
        sketched = np.zeros(n, dtype=bool)
        sketched[rows] = True
        estimate = counts / theta                                   # followers per sketch
        share = np.zeros((n, base.reach.shape[1]))
        share[rows] = base.reach[rows] / np.maximum(estimate, 1.0)[:, None]
        reached_by = np.asarray(holds.sum(axis=0)).ravel()
        rho = np.asarray((holds.T @ share).T) / np.maximum(reached_by, 1.0)[None, :]
        group = np.asarray((holds.T @ base.weights).argmax(axis=1)).ravel()
        n_groups = base.universe.shape[1]
        in_group = sp.csr_matrix((np.ones(n_hash), (group, np.arange(n_hash))),
                                 shape=(n_groups, n_hash))
        sketched_people = np.asarray(in_group @ rho.T).T / theta   # (segments, groups)
        residual = np.maximum(base.universe - sketched_people, 0.0)
        q = sp.csr_matrix(sp.diags((~sketched).astype(float)) @ base.q)
        q.eliminate_zeros()
        model = Coverage(base.reach, base.weights, base.universe, base.value, q)
        return cls(model, sketched, holds, rho, group, residual, theta,
                   tuple(None if sk is None else raw for sk, raw in zip(decoded, sketches,
                                                                          strict=True)),
                   base.reach, base.value)

    def __len__(self) -> int:
        return len(self.reach)

    @property
    def universe(self) -> np.ndarray:
        return self.base.universe

    def _split(self, miss: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        cut = self.base.universe.size
        return miss[:cut].reshape(self.base.universe.shape), miss[cut:]

    def empty_miss(self) -> np.ndarray:
        return np.ones(self.base.universe.size + self.holds.shape[1])

    def add(self, miss: np.ndarray, row: int) -> np.ndarray:
        cut = self.base.universe.size
        out = miss.copy()
        if self.sketched[row]:
            m = self.holds
            out[cut + m.indices[m.indptr[row]:m.indptr[row + 1]]] = 0.0
        else:
            out[:cut] = self.base.add(miss[:cut], row)
        return out

    def miss_of(self, chosen: Sequence[int]) -> np.ndarray:
        miss = self.empty_miss()
        for i in chosen:
            miss = self.add(miss, int(i))
        return miss

    def parts(self, miss: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(segments,) members reached: of the modelled groups, and of the sketched people."""
        group_miss, hash_miss = self._split(miss)
        modelled = (self.residual * (1.0 - group_miss)).sum(axis=1)
        hash_group_miss = group_miss[:, self.group]                 # (segments, hashes)
        sketched = (self.rho * (1.0 - hash_miss[None, :] * hash_group_miss)).sum(axis=1)
        return modelled, sketched / self.theta

    def members(self, miss: np.ndarray) -> np.ndarray:
        """(segments,) unique members reached given the miss state."""
        modelled, sketched = self.parts(miss)
        return modelled + sketched

    def unique_reach(self, chosen: Sequence[int]) -> np.ndarray:
        return self.members(self.miss_of(chosen))

    def gains(self, miss: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Value each candidate (or each of ``rows``) would add to a set with ``miss``."""
        group_miss, hash_miss = self._split(miss)
        hash_group_miss = group_miss[:, self.group]
        # an unsketched creator: each group's uncovered modelled and sketched people
        uncovered_hash = self.rho * (hash_miss[None, :] * hash_group_miss) / self.theta
        n_groups = self.base.universe.shape[1]
        per_group = np.zeros_like(self.residual)
        for s in range(per_group.shape[0]):
            per_group[s] = np.bincount(self.group, weights=uncovered_hash[s],
                                       minlength=n_groups)
        weight = (self.value[:, None] * (self.residual * group_miss + per_group)).ravel()
        q = self.base.q if rows is None else self.base.q[rows]
        model_gain = np.asarray(q @ weight).ravel()
        # a sketched creator: the uncovered people of its hashes
        per_hash = (self.value[:, None] * self.rho * hash_group_miss).sum(axis=0) * hash_miss
        m = self.holds if rows is None else self.holds[rows]
        sketch_gain = np.asarray(m @ per_hash).ravel() / self.theta
        return model_gain + sketch_gain

    def member_gains(self, miss: np.ndarray, row: int) -> np.ndarray:
        return self.members(self.add(miss, row)) - self.members(miss)

    def value_of(self, miss: np.ndarray) -> float:
        return float(self.value @ self.members(miss))

    def with_reach(self, reach: np.ndarray) -> SketchedCoverage:
        """Unsketched creators' shares under other reaches (a range's ends); sketched
        creators keep their measured people, their share scaled the same way."""
        reach = np.asarray(reach, dtype=float)
        base = Coverage(self.reach, self.base.weights, self.base.universe, self.value,
                        self.base.q).with_reach(reach)
        q = sp.csr_matrix(sp.diags((~self.sketched).astype(float)) @ base.q)
        ratio = np.where(self.reach > 0, reach / np.where(self.reach > 0, self.reach, 1.0),
                         1.0)
        reached_by = np.asarray(self.holds.sum(axis=0)).ravel()
        scale = np.asarray((self.holds.T @ ratio).T) / np.maximum(reached_by, 1.0)[None, :]
        return SketchedCoverage(
            Coverage(reach, base.weights, base.universe, self.value, q), self.sketched,
            self.holds, self.rho * np.where(reached_by > 0, scale, 1.0), self.group,
            self.residual, self.theta, self.raw, reach, self.value)

    def union_bounds(self, chosen: Sequence[int]) -> tuple[float, float, float] | None:
        """The library's union of the sketched creators of ``chosen``: its estimate of the
        people they reach and its lower and upper bound, or None when none is sketched."""
        import datasketches

        rows = [int(i) for i in chosen if self.sketched[int(i)]]
        if not rows:
            return None
        union = datasketches.theta_union(lg_k=_union_lg_k(len(self.holds.indices)),
                                         seed=SKETCH_SEED)
        for i in rows:
            union.update(datasketches.compact_theta_sketch.deserialize(self.raw[i],
                                                                       seed=SKETCH_SEED))
        result = union.get_result()
        return (float(result.get_estimate()), float(result.get_lower_bound(BOUND_STD_DEVS)),
                float(result.get_upper_bound(BOUND_STD_DEVS)))


def _union_lg_k(retained: int) -> int:
    """A union wide enough not to trim the candidates' common sample further."""
    return int(min(26, max(12, np.ceil(np.log2(max(retained, 1))) + 1)))


def sketched_coverage(base: Coverage, sketches: Sequence[bytes | None]
                      ) -> Coverage | SketchedCoverage:
    """The overlap model with measured overlap among the sketched candidates; the model alone
    (the very same object) when no candidate carries a sketch."""
    if not any(raw is not None for raw in sketches):
        return base
    return SketchedCoverage.build(base, sketches)
