"""Unique segment reach of a set of creators: a coverage function over audience groups.

Segment *s* has, in audience group *k*, ``M[s, k]`` members; creator *i* reaches
``q[i, s, k] = r[i, s] x w[i, k] / M[s, k]`` of them, each member independently of the
other creators (given the group). The set *S* then reaches

    U_s(S) = sum_k M[s, k] x (1 - prod_{i in S} (1 - q[i, s, k]))

members of segment *s*, and the plan's value is ``sum_s value_s x U_s(S)``: monotone and
submodular (a weighted coverage function), the property the greedy's guarantee and the
certificate rest on. ``M[s, k]`` is the group's reach by all the candidates over
``GroupParams.follows`` (how many of them a member follows on average), and at least each
creator's reach in it over ``GroupParams.max_reach_share``.

``q`` is kept sparse, (creators, segments x groups): a creator's audience falls in few groups.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import scipy.sparse as sp

from matcher.planning.audiences import GroupParams


class ReachFunction(Protocol):
    """What the greedy, the certificate and the answer need of a coverage function: this
    module's ``Coverage``, or ``sketched.SketchedCoverage`` with measured overlap."""

    @property
    def reach(self) -> np.ndarray: ...
    @property
    def universe(self) -> np.ndarray: ...
    @property
    def value(self) -> np.ndarray: ...

    def __len__(self) -> int: ...
    def empty_miss(self) -> np.ndarray: ...
    def add(self, miss: np.ndarray, row: int) -> np.ndarray: ...
    def add_into(self, miss: np.ndarray, row: int) -> None: ...
    def miss_of(self, chosen: Sequence[int]) -> np.ndarray: ...
    def members(self, miss: np.ndarray) -> np.ndarray: ...
    def unique_reach(self, chosen: Sequence[int]) -> np.ndarray: ...
    def gains(self, miss: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray: ...
    def member_gains(self, miss: np.ndarray, row: int) -> np.ndarray: ...
    def value_of(self, miss: np.ndarray) -> float: ...
    def with_reach(self, reach: np.ndarray) -> ReachFunction: ...


@dataclass(frozen=True)
class Coverage:
    reach: np.ndarray        # (n, segments) estimated segment members each creator reaches
    weights: sp.csr_matrix   # (n, groups), rows sum to 1
    universe: np.ndarray     # (segments, groups) segment members in each group
    value: np.ndarray        # (segments,) value of one member reached
    q: sp.csr_matrix         # (n, segments x groups) share of each group a creator reaches

    @classmethod
    def build(cls, reach: np.ndarray, weights: np.ndarray | sp.csr_matrix, value: np.ndarray,
              params: GroupParams) -> Coverage:
        reach = np.asarray(reach, dtype=float)
        w = sp.csr_matrix(weights, dtype=float)
        universe = np.zeros((reach.shape[1], w.shape[1]))
        per_groups = []
        for s in range(reach.shape[1]):
            per_group = sp.diags(reach[:, s]) @ w
            total = np.asarray(per_group.sum(axis=0)).ravel()
            largest = per_group.max(axis=0).toarray().ravel()
            universe[s] = np.maximum(total / params.follows, largest / params.max_reach_share)
            per_groups.append(per_group)
        return cls(reach, w, universe, np.asarray(value, dtype=float),
                   _shares(reach, w, universe, per_groups))

    def with_reach(self, reach: np.ndarray) -> Coverage:
        """The same groups and universes with other per-creator reaches (a range's ends)."""
        reach = np.asarray(reach, dtype=float)
        return Coverage(reach, self.weights, self.universe, self.value,
                        _shares(reach, self.weights, self.universe))

    def subset(self, rows: np.ndarray) -> Coverage:
        """Only ``rows`` of the candidates, with the same groups and universes."""
        return Coverage(self.reach[rows], self.weights[rows], self.universe, self.value,
                        self.q[rows])

    def __len__(self) -> int:
        return len(self.reach)

    def empty_miss(self) -> np.ndarray:
        """(segments x groups,): the share of each group nobody in the set reaches."""
        return np.ones(self.universe.size)

    def add(self, miss: np.ndarray, row: int) -> np.ndarray:
        out = miss.copy()
        self.add_into(out, row)
        return out

    def add_into(self, miss: np.ndarray, row: int) -> None:
        """``add`` in place."""
        q = self.q
        start, end = q.indptr[row], q.indptr[row + 1]
        miss[q.indices[start:end]] *= 1.0 - q.data[start:end]

    def miss_of(self, chosen: Sequence[int]) -> np.ndarray:
        miss = self.empty_miss()
        for i in chosen:
            self.add_into(miss, int(i))
        return miss

    def members(self, miss: np.ndarray) -> np.ndarray:
        """(segments,) unique members reached given the miss shares."""
        return (self.universe * (1.0 - miss.reshape(self.universe.shape))).sum(axis=1)

    def unique_reach(self, chosen: Sequence[int]) -> np.ndarray:
        return self.members(self.miss_of(chosen))

    def gains(self, miss: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Value each candidate (or each of ``rows``) would add to a set with ``miss``."""
        weight = ((self.value[:, None] * self.universe).ravel() * miss)
        if rows is None:
            return np.asarray(self.q @ weight).ravel()
        return _row_products(self.q, np.asarray(rows, dtype=np.int64), weight)

    def member_gains(self, miss: np.ndarray, row: int) -> np.ndarray:
        """(segments,) members candidate ``row`` would add to a set with ``miss``."""
        return self.members(self.add(miss, row)) - self.members(miss)

    def value_of(self, miss: np.ndarray) -> float:
        return float(self.value @ self.members(miss))


def _row_products(matrix: sp.csr_matrix, rows: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``(matrix @ x)[rows]`` without slicing the matrix (a few candidates at a time, many
    times a plan), each row's products added in the order ``matrix @ x`` adds them: one
    stored entry after another, from 0."""
    start = matrix.indptr[rows]
    length = matrix.indptr[rows + 1] - start
    out = np.zeros(len(rows))
    width = int(length.max(initial=0))
    if not width:
        return out
    offsets = np.arange(width)
    present = offsets[None, :] < length[:, None]
    at = np.where(present, start[:, None] + offsets[None, :], 0)
    products = np.where(present, matrix.data[at] * x[matrix.indices[at]], 0.0)
    for column in products.T:
        out += column
    return out


def _shares(reach: np.ndarray, weights: sp.csr_matrix, universe: np.ndarray,
            per_groups: list[sp.csr_matrix] | None = None) -> sp.csr_matrix:
    """``q``; ``per_groups``: each segment's reach x weights, when the caller has them."""
    blocks = []
    for s in range(reach.shape[1]):
        per_group = (sp.diags(reach[:, s]) @ weights if per_groups is None
                     else per_groups[s])
        inverse = np.where(universe[s] > 0, 1.0 / np.where(universe[s] > 0, universe[s], 1.0),
                           0.0)
        blocks.append(per_group @ sp.diags(inverse))
    q = sp.hstack(blocks, format="csr")
    q.data = np.clip(q.data, 0.0, 1.0)
    q.eliminate_zeros()
    return q
