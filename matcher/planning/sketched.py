"""Unique reach with measured overlap: creators that carry audience sketches.

A creator's Theta sketch (``matcher.contracts.sketches``) is a uniform sample of its hashed
followers: every follower whose hash falls below the sketch's theta. Trimmed to the smallest
theta of the plan's sketched candidates, the samples are comparable, and each retained hash
*h* stands for ``1 / theta`` people. Those people are elements of the coverage function
beside the overlap model's audience groups (``coverage.py``):

* a sketched creator reaches the people of exactly the hashes its sketch holds (measured);
* a creator's segment share is its estimated segment reach over its sketched followers; a
  person of hash *h* counts as a segment member with the **highest** share among the plan's
  sketched creators who reach them (one creator alone keeps its estimated reach exactly;
  two disjoint audiences add up; shared followers count at the larger share). As coverage:
  the person's membership is cut into layers at the shares of the candidates holding *h*,
  and a creator covers the layers up to its own share;
* each hash is placed in the audience group where its sketched creators' audiences weigh
  most; an unsketched creator reaches a person of group *k* with the model's probability
  ``q[i, s, k]``, covering the layers no chosen sketched creator covers (up to the highest
  share among the candidates holding *h*); the group's modelled members are what remains of
  the group once the sketched people in it are taken out (never below 0). Where a group's
  sketched people outnumber its modelled members, an unsketched creator reaches each of them
  with the probability scaled down (``damp``) so that it never covers more than its own
  estimated reach;
* a sketch that keeps no hash after trimming (an empty sketch, or a small audience trimmed
  to a big creator's theta) counts as no sketch: that creator is modelled;
* above ``MATCHER_PLAN_MAX_SKETCH_HASHES`` hashes in all, every sketch is trimmed to one
  lower common theta (``kept_samples``).

Each layer is covered or not, with weights fixed in advance, so the plan's value is still a
weighted coverage function: monotone, submodular, marginal reaches add up to the unique
reach, and the greedy's certificate is exact *under this estimate*. The estimate has the
sketches' sampling error: the library's bounds on the union of the plan's sketches
(``BOUND_STD_DEVS`` standard deviations) give the interval.

The state a greedy carries (``miss``) is the overlap model's miss shares (segments x groups),
the same for the sketched people of each group (damped), then, per segment and hash, the
highest share a chosen sketched creator covers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from matcher.contracts.sketches import (
    BOUND_STD_DEVS,
    MAX_THETA64,
    SKETCH_SEED,
    retained_hashes,
    theta_sketch,
)
from matcher.planning.coverage import Coverage

_TWO_63 = float(2**63)
#: MATCHER_PLAN_MAX_SKETCH_HASHES's default.
DEFAULT_MAX_HASHES = 1_000_000


def kept_samples(sketches: Sequence[bytes | None], max_hashes: int = DEFAULT_MAX_HASHES
                 ) -> tuple[list[int], list[np.ndarray], int]:
    """(rows, their kept hashes, the common theta64) of a plan's sketches.

    Every sketch is trimmed to the smallest theta among them, and lower still when they would
    hold more than ``max_hashes`` hashes together (the largest theta that keeps at most that
    many). A sketch that keeps no hash (an empty one, or a small audience trimmed to a big
    creator's theta) or that no longer reads (stored before a check existed) counts as no
    sketch: that creator's overlap is modelled, as without sketches.
    """
    samples: list[tuple[int, int, np.ndarray]] = []
    for i, blob in enumerate(sketches):
        if blob is None:
            continue
        try:
            sketch = theta_sketch(blob)
        except ValueError:
            continue
        samples.append((i, int(sketch.theta64), retained_hashes(sketch)))
    theta64 = min((theta for _, theta, _ in samples), default=MAX_THETA64)
    kept = [(i, np.sort(h[h < np.uint64(theta64)])) for i, _, h in samples]
    total = sum(len(h) for _, h in kept)
    if total > max_hashes:
        every = np.sort(np.concatenate([h for _, h in kept]))
        theta64 = int(every[max_hashes])
        kept = [(i, h[:np.searchsorted(h, np.uint64(theta64))]) for i, h in kept]
    kept = [(i, h) for i, h in kept if len(h)]
    return [i for i, _ in kept], [h for _, h in kept], theta64


@dataclass(frozen=True)
class SketchedCoverage:
    base: Coverage             # the overlap model, sketched rows' shares zeroed
    sketched: np.ndarray       # (n,) bool
    holds: sp.csr_matrix       # (n, hashes) 1 where a creator's sketch holds the hash
    share: np.ndarray          # (n, segments) segment members per sketched follower
    top: np.ndarray            # (segments, hashes) highest share among the hash's holders
    group: np.ndarray          # (hashes,) audience group of each hash
    residual: np.ndarray       # (segments, groups) modelled members besides sketched people
    damp: np.ndarray           # (segments, groups) an unsketched creator reaches a sketched
                               # person with probability q * damp: never beyond its reach
    theta: float               # the common theta: a hash stands for 1 / theta people
    raw: tuple[bytes | None, ...]  # the serialised sketches, for the library's union bounds
    reach: np.ndarray          # (n, segments) as the overlap model's
    value: np.ndarray
    held_row: np.ndarray       # (holds.nnz,) the creator of each of holds' entries
    held_share: np.ndarray     # (segments, holds.nnz) that creator's share
    group_start: np.ndarray    # (groups + 1,) hashes are ordered by group: group k's are
                               # group_start[k]:group_start[k + 1]

    @classmethod
    def build(cls, base: Coverage, sketches: Sequence[bytes | None],
              max_hashes: int = DEFAULT_MAX_HASHES) -> SketchedCoverage:
        """The coverage with measured overlap among the candidates whose sketch keeps a hash
        (``kept_samples``); the others are modelled."""
        rows, per_row, theta64 = kept_samples(sketches, max_hashes)
        n = len(base)
        counts = np.array([len(h) for h in per_row], dtype=int)
        hashes, inverse = np.unique(np.concatenate(per_row) if per_row
                                    else np.zeros(0, dtype=np.uint64), return_inverse=True)
        holds = sp.csr_matrix(
            (np.ones(int(counts.sum())), (np.repeat(rows, counts), inverse)),
            shape=(n, len(hashes)))
        sketched = np.zeros(n, dtype=bool)
        sketched[rows] = True
        by_group = holds.T @ base.weights
        group = np.asarray(by_group.toarray() if sp.issparse(by_group) else by_group
                           ).argmax(axis=1).ravel()
        by_group_order = np.argsort(group, kind="stable")   # a group's hashes side by side
        holds, group = holds[:, by_group_order].tocsr(), group[by_group_order]
        holds.sort_indices()
        raw = tuple(blob if sketched[i] else None for i, blob in enumerate(sketches))
        return cls._made(base, sketched, holds, group, theta64 / _TWO_63, raw, base.reach)

    @classmethod
    def _made(cls, base: Coverage, sketched: np.ndarray, holds: sp.csr_matrix,
              group: np.ndarray, theta: float, raw: tuple[bytes | None, ...],
              reach: np.ndarray) -> SketchedCoverage:
        """Shares, layers and the groups' remainders for per-creator ``reach``."""
        model = base.with_reach(reach)
        counts = np.asarray(holds.sum(axis=1)).ravel()
        share = np.where(sketched[:, None],
                         reach / np.maximum(counts / theta, 1.0)[:, None], 0.0)
        top = np.zeros((reach.shape[1], holds.shape[1]))
        expanded = holds.tocoo()
        for s in range(reach.shape[1]):
            np.maximum.at(top[s], expanded.col, share[expanded.row, s])
        n_groups = base.universe.shape[1]
        in_group = sp.csr_matrix((np.ones(len(group)), (group, np.arange(len(group)))),
                                 shape=(n_groups, len(group)))
        sketched_people = np.asarray(in_group @ top.T).T / theta   # (segments, groups)
        residual = np.maximum(base.universe - sketched_people, 0.0)
        damp = np.minimum(1.0, base.universe / np.maximum(sketched_people, 1e-300))
        q = sp.csr_matrix(sp.diags((~sketched).astype(float)) @ model.q)
        q.eliminate_zeros()
        held_row = np.repeat(np.arange(holds.shape[0]), np.diff(holds.indptr))
        return cls(Coverage(reach, base.weights, base.universe, base.value, q), sketched,
                   holds, share, top, group, residual, damp, theta, raw, reach, base.value,
                   held_row, np.ascontiguousarray(share[held_row].T),
                   np.searchsorted(group, np.arange(n_groups + 1)))

    def __len__(self) -> int:
        return len(self.reach)

    @property
    def universe(self) -> np.ndarray:
        return self.base.universe

    def _split(self, miss: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(group miss of the modelled people, group miss of the sketched people, covered)."""
        shape, cut = self.base.universe.shape, self.base.universe.size
        return (miss[:cut].reshape(shape), miss[cut:2 * cut].reshape(shape),
                miss[2 * cut:].reshape(self.top.shape))

    def empty_miss(self) -> np.ndarray:
        return np.concatenate([np.ones(2 * self.base.universe.size), np.zeros(self.top.size)])

    def add(self, miss: np.ndarray, row: int) -> np.ndarray:
        cut = self.base.universe.size
        out = miss.copy()
        if self.sketched[row]:
            covered = out[2 * cut:].reshape(self.top.shape)
            cols = self.holds.indices[self.holds.indptr[row]:self.holds.indptr[row + 1]]
            covered[:, cols] = np.maximum(covered[:, cols], self.share[row][:, None])
        else:
            q = self.base.q
            start, end = q.indptr[row], q.indptr[row + 1]
            cells = q.indices[start:end]
            out[:cut][cells] *= 1.0 - q.data[start:end]
            out[cut:2 * cut][cells] *= 1.0 - q.data[start:end] * self.damp.ravel()[cells]
        return out

    def miss_of(self, chosen: Sequence[int]) -> np.ndarray:
        miss = self.empty_miss()
        for i in chosen:
            miss = self.add(miss, int(i))
        return miss

    def parts(self, miss: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(segments,) members reached: of the modelled groups, and of the sketched people."""
        group_miss, layer_miss, covered = self._split(miss)
        modelled = (self.residual * (1.0 - group_miss)).sum(axis=1)
        sketched = (covered + (self.top - covered) * (1.0 - layer_miss[:, self.group])
                    ).sum(axis=1)
        return modelled, sketched / self.theta

    def members(self, miss: np.ndarray) -> np.ndarray:
        """(segments,) unique members reached given the miss state."""
        modelled, sketched = self.parts(miss)
        return modelled + sketched

    def unique_reach(self, chosen: Sequence[int]) -> np.ndarray:
        return self.members(self.miss_of(chosen))

    def gains(self, miss: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Value each candidate (or each of ``rows``) would add to a set with ``miss``."""
        group_miss, layer_miss, covered = self._split(miss)
        q = self.base.q if rows is None else self.base.q[rows]
        gains = np.zeros(q.shape[0])
        if q.nnz:
            # an unsketched creator: each group's modelled people and uncovered sketched layers
            open_layers = np.cumsum(self.top - covered, axis=1) / self.theta
            ends = np.concatenate([np.zeros((len(open_layers), 1)), open_layers], axis=1)
            per_group = ends[:, self.group_start[1:]] - ends[:, self.group_start[:-1]]
            weight = (self.value[:, None] * (group_miss * self.residual
                                             + layer_miss * self.damp * per_group)).ravel()
            gains += np.asarray(q @ weight).ravel()
        # a sketched creator: the layers above what is covered, up to its share, that no
        # unsketched creator of the set reaches
        if rows is None:
            held_row, cols, held_share = self.held_row, self.holds.indices, self.held_share
        else:
            holds = self.holds[rows]
            held_row = np.repeat(np.arange(len(rows)), np.diff(holds.indptr))
            cols, held_share = holds.indices, self.share[rows][held_row].T
        lift = np.maximum(held_share - covered[:, cols], 0.0)            # (segments, entries)
        if (layer_miss < 1.0).any():
            lift *= layer_miss[:, self.group[cols]]
        gains += np.bincount(held_row, weights=self.value @ lift,
                             minlength=len(gains)) / self.theta
        return gains

    def member_gains(self, miss: np.ndarray, row: int) -> np.ndarray:
        return self.members(self.add(miss, row)) - self.members(miss)

    def value_of(self, miss: np.ndarray) -> float:
        return float(self.value @ self.members(miss))

    def with_reach(self, reach: np.ndarray) -> SketchedCoverage:
        """The same sketches and groups under other per-creator reaches (a range's ends)."""
        model = Coverage(self.reach, self.base.weights, self.base.universe, self.value,
                         self.base.q)
        return SketchedCoverage._made(model, self.sketched, self.holds, self.group,
                                      self.theta, self.raw, np.asarray(reach, dtype=float))

    def pair_overlap(self, chosen: Sequence[int]) -> np.ndarray:
        """(len(chosen), len(chosen)): members both creators of each pair reach, all
        segments: ``reach_a + reach_b`` minus the pair's unique reach, in closed form."""
        rows = np.asarray(chosen, dtype=int)
        n_seg, n_groups = self.base.universe.shape
        in_group = sp.csr_matrix((np.ones(len(self.group)),
                                  (np.arange(len(self.group)), self.group)),
                                 shape=(len(self.group), n_groups))
        holds = self.holds[rows]
        per_group = np.asarray((holds @ in_group).todense()) / self.theta    # (m, groups)
        shared = np.asarray((holds @ holds.T).todense()) / self.theta       # (m, m)
        q = self.base.q[rows].toarray().reshape(len(rows), n_seg, n_groups)
        both = np.zeros((len(rows), len(rows)))
        for s in range(n_seg):
            layers = np.bincount(self.group, weights=self.top[s], minlength=n_groups)
            qs, share = q[:, s], self.share[rows, s]
            damped = qs * self.damp[s]
            both += (qs * self.residual[s]) @ qs.T + (damped * layers / self.theta) @ damped.T
            mixed = (share[:, None] * per_group) @ damped.T    # sketched row, unsketched column
            both += mixed + mixed.T
            both += shared * np.minimum(share[:, None], share[None, :])
        alone = np.array([self.unique_reach([int(r)]).sum() for r in rows])
        excess = self.reach[rows].sum(axis=1) - alone
        pair = np.maximum(both + excess[:, None] + excess[None, :], 0.0)
        np.fill_diagonal(pair, 0.0)
        return pair

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


def sketched_coverage(base: Coverage, sketches: Sequence[bytes | None],
                      max_hashes: int = DEFAULT_MAX_HASHES) -> Coverage | SketchedCoverage:
    """The overlap model with measured overlap among the sketched candidates; the model alone
    (the very same object) when no candidate's sketch keeps a hash."""
    if not any(raw is not None for raw in sketches):
        return base
    cov = SketchedCoverage.build(base, sketches, max_hashes)
    return cov if cov.sketched.any() else base
