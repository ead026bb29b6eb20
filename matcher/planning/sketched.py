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
the same for the sketched people of each group (damped), the open layers of each group's
sketched people, per creator and group the layers of its hashes already covered
(``loss``), then, per segment and hash, the highest share a chosen sketched creator covers.

Gains are incremental: a sketched creator *i*'s gain is, per segment and group, its share
times its hashes there minus ``loss`` (what the set already covers of them), weighted by the
group's layer miss; adding a sketched creator updates ``loss`` only for the creators that
hold one of its hashes (``by_hash``). A gain then costs the creator's groups, not its hashes.
``gains_by_hash`` is the same function computed hash by hash (the reference the tests and
``benchmarks/sketched_plans.py --by-hash`` compare with).
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


def _ranges(indptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(positions, local row) of the entries ``indptr[r]:indptr[r + 1]`` of every r in
    ``rows``, concatenated in order."""
    starts = indptr[rows]
    lengths = indptr[rows + 1] - starts
    local = np.repeat(np.arange(len(rows)), lengths)
    firsts = np.cumsum(lengths) - lengths
    return np.arange(int(lengths.sum())) - firsts[local] + starts[local], local


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
    per_group: sp.csr_matrix   # (n, groups) hashes a creator holds in each group; ``loss``
                               # is kept on its entries
    entry_row: np.ndarray      # (per_group.nnz,) the creator of each of per_group's entries
    by_hash: sp.csc_matrix     # holds by hash: the creators holding each hash
    by_hash_entry: np.ndarray  # (by_hash.nnz,) the per_group entry of (creator, hash's group)
    top_people: np.ndarray     # (segments, groups) sketched people at the top layers

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
        top_people = np.asarray(in_group @ top.T).T / theta        # (segments, groups)
        residual = np.maximum(base.universe - top_people, 0.0)
        damp = np.minimum(1.0, base.universe / np.maximum(top_people, 1e-300))
        q = sp.csr_matrix(sp.diags((~sketched).astype(float)) @ model.q)
        q.eliminate_zeros()
        per_group = sp.csr_matrix(holds @ in_group.T)
        per_group.sum_duplicates()
        per_group.sort_indices()
        entry_row = np.repeat(np.arange(holds.shape[0]), np.diff(per_group.indptr))
        by_hash = holds.tocsc()
        by_hash.sort_indices()
        # the per_group entry of each (creator, hash): entries are ordered by row, then group
        keys = entry_row.astype(np.int64) * n_groups + per_group.indices
        hash_of = np.repeat(np.arange(by_hash.shape[1]), np.diff(by_hash.indptr))
        by_hash_entry = np.searchsorted(
            keys, by_hash.indices.astype(np.int64) * n_groups + group[hash_of])
        return cls(Coverage(reach, base.weights, base.universe, base.value, q), sketched,
                   holds, share, top, group, residual, damp, theta, raw, reach, base.value,
                   per_group, entry_row, by_hash, by_hash_entry, top_people)

    def __len__(self) -> int:
        return len(self.reach)

    @property
    def universe(self) -> np.ndarray:
        return self.base.universe

    def _split(self, miss: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Views of the state: (group miss of the modelled people, group miss of the sketched
        people, open sketched people per group, ``loss`` (segments, per_group entries),
        covered layer per hash)."""
        shape, cut = self.base.universe.shape, self.base.universe.size
        n_seg, entries = shape[0], self.per_group.nnz
        end = 3 * cut + n_seg * entries
        return (miss[:cut].reshape(shape), miss[cut:2 * cut].reshape(shape),
                miss[2 * cut:3 * cut].reshape(shape),
                miss[3 * cut:end].reshape(n_seg, entries), miss[end:].reshape(self.top.shape))

    def empty_miss(self) -> np.ndarray:
        return np.concatenate([np.ones(2 * self.base.universe.size), self.top_people.ravel(),
                               np.zeros(self.top.shape[0] * self.per_group.nnz + self.top.size)])

    def add(self, miss: np.ndarray, row: int) -> np.ndarray:
        out = miss.copy()
        self.add_into(out, row)
        return out

    def add_into(self, miss: np.ndarray, row: int) -> None:
        """``add`` in place."""
        group_miss, layer_miss, open_people, loss, covered = self._split(miss)
        if not self.sketched[row]:
            q = self.base.q
            start, end = q.indptr[row], q.indptr[row + 1]
            cells = q.indices[start:end]
            group_miss.ravel()[cells] *= 1.0 - q.data[start:end]
            layer_miss.ravel()[cells] *= 1.0 - q.data[start:end] * self.damp.ravel()[cells]
            return
        cols = self.holds.indices[self.holds.indptr[row]:self.holds.indptr[row + 1]]
        old = covered[:, cols]
        new = np.maximum(old, self.share[row][:, None])
        changed = (new > old).any(axis=0)
        if not changed.any():
            return
        cols, old, new = cols[changed], old[:, changed], new[:, changed]
        covered[:, cols] = new
        n_seg, n_groups = open_people.shape
        cells = (np.arange(n_seg)[:, None] * n_groups + self.group[cols][None, :]).ravel()
        open_people -= np.bincount(cells, weights=(new - old).ravel(),
                                   minlength=open_people.size).reshape(open_people.shape
                                                                       ) / self.theta
        # the creators holding a changed hash: what they would add there shrinks
        at, local = _ranges(self.by_hash.indptr, cols)
        holder_share = self.share[self.by_hash.indices[at]].T               # (segments, E)
        delta = (np.minimum(holder_share, new[:, local])
                 - np.minimum(holder_share, old[:, local]))
        entries = self.per_group.nnz
        cells = (np.arange(n_seg)[:, None] * entries + self.by_hash_entry[at][None, :]).ravel()
        np.add.at(loss.ravel(), cells, delta.ravel())

    def miss_of(self, chosen: Sequence[int]) -> np.ndarray:
        miss = self.empty_miss()
        for i in chosen:
            self.add_into(miss, int(i))
        return miss

    def parts(self, miss: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(segments,) members reached: of the modelled groups, and of the sketched people."""
        group_miss, layer_miss, open_people, _, _ = self._split(miss)
        modelled = (self.residual * (1.0 - group_miss)).sum(axis=1)
        sketched = (self.top_people - layer_miss * open_people).sum(axis=1)
        return modelled, sketched

    def members(self, miss: np.ndarray) -> np.ndarray:
        """(segments,) unique members reached given the miss state."""
        modelled, sketched = self.parts(miss)
        return modelled + sketched

    def unique_reach(self, chosen: Sequence[int]) -> np.ndarray:
        return self.members(self.miss_of(chosen))

    def _unsketched_gains(self, group_miss: np.ndarray, layer_miss: np.ndarray,
                          open_people: np.ndarray, rows: np.ndarray | None) -> np.ndarray:
        """An unsketched creator's gain: each group's modelled people and open sketched
        layers it reaches."""
        if not self.base.q.nnz:     # every candidate sketched
            return np.zeros(len(self) if rows is None else len(rows))
        q = self.base.q if rows is None else self.base.q[rows]
        weight = (self.value[:, None] * (group_miss * self.residual + layer_miss * self.damp
                                         * np.maximum(open_people, 0.0))).ravel()
        return np.asarray(q @ weight).ravel()

    def gains(self, miss: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """Value each candidate (or each of ``rows``) would add to a set with ``miss``."""
        group_miss, layer_miss, open_people, loss, _ = self._split(miss)
        gains = self._unsketched_gains(group_miss, layer_miss, open_people, rows)
        # a sketched creator: per group, its share of its hashes there less what the set
        # covers of them (loss), where no unsketched creator of the set reaches
        if rows is None:
            at, local = np.arange(self.per_group.nnz), self.entry_row
        else:
            at, local = _ranges(self.per_group.indptr, np.asarray(rows, dtype=int))
        if not len(at):
            return gains
        whole = self.share[self.entry_row[at]].T * self.per_group.data[at]    # (segments, E)
        lift = whole - loss[:, at]
        lift = np.where(lift > 1e-9 * whole, lift, 0.0)    # covered to rounding: nothing
        lift *= layer_miss[:, self.per_group.indices[at]]
        gains += np.bincount(local, weights=self.value @ lift,
                             minlength=len(gains)) / self.theta
        return gains

    def gains_by_hash(self, miss: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        """``gains`` computed hash by hash from the covered layers (no ``loss``): the
        reference the incremental gains are checked against, linear in the hashes held."""
        group_miss, layer_miss, _, _, covered = self._split(miss)
        open_layers = np.cumsum(self.top - covered, axis=1) / self.theta
        ends = np.concatenate([np.zeros((len(open_layers), 1)), open_layers], axis=1)
        starts = np.searchsorted(self.group, np.arange(self.universe.shape[1] + 1))
        open_people = ends[:, starts[1:]] - ends[:, starts[:-1]]
        gains = self._unsketched_gains(group_miss, layer_miss, open_people, rows)
        holds = self.holds if rows is None else self.holds[rows]
        held_row = np.repeat(np.arange(holds.shape[0]), np.diff(holds.indptr))
        held_share = (self.share if rows is None else self.share[rows])[held_row].T
        cols = holds.indices
        lift = np.maximum(held_share - covered[:, cols], 0.0)            # (segments, entries)
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
