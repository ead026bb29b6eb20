"""The people behind the audiences: a world's communities as populations, and who follows whom.

Community *c* holds ``N_c`` people, split into cells by age band and gender in the
community's own proportions (``Communities.age`` and ``.gender``). Creator *i* reaches
``R_i = followers x credibility`` real people, ``mixture[i, c]`` of them in community *c*,
spread over the cells as the world's platform-calibrated tables say; a person in cell
(c, a, g) follows *i* with probability

    p_i(c, a, g) = min(1, R_i x mixture[i, c] x P_platform(a, g | c) / (N_c x P(a, g | c)))

independently of the other creators. ``N_c`` is the community's follows by all the world's
creators over ``follows_per_person``. A person is in a segment with the probability the world's
truth uses (age band, gender, country and language given the age, interests given the
community), so one creator's expected segment followers are ``World.true_reach`` (less where
a probability is capped at 1) and the true unique segment reach of any set S is

    sum over cells of N_c x P(a, g | c) x P(segment | c, a, g) x (1 - prod_{i in S} (1 - p_i))

exact and cheap. Two creators drawing from one community share followers; that is the overlap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .segments import SimSegment
from .world import World

#: The world's creators a person follows, on average, in every community.
FOLLOWS_PER_PERSON = 2.0


@dataclass(frozen=True)
class Population:
    world: World
    people: np.ndarray      # (cells,) people per (community, age, gender) cell, C-major
    follows_per_person: float

    @property
    def shape(self) -> tuple[int, int, int]:
        n_c, n_a = self.world.communities.age.shape
        return n_c, n_a, 3

    def follow(self, rows: Sequence[int] | np.ndarray) -> np.ndarray:
        """(len(rows), cells): the probability that a person of each cell follows each of
        the creators ``rows``."""
        w, rows = self.world, np.asarray(rows, dtype=int)
        cr = w.creators
        real = cr.followers[rows] * cr.credibility[rows]
        tilt = w.age_pc[:, :, :, None] * w.gender_pc                  # (P, C, A, G)
        base = self.base()                                             # (C, A, G)
        per_person = tilt[cr.platform[rows]] / np.where(base > 0, base, 1.0)[None]
        community = self.people.reshape(self.shape).sum(axis=(1, 2))   # N_c
        expected = (real[:, None] * cr.mixture[rows] / community[None])[:, :, None, None]
        return np.minimum(1.0, expected * per_person).reshape(len(rows), -1)

    def base(self) -> np.ndarray:
        comm = self.world.communities
        return comm.age[:, :, None] * comm.gender

    def membership(self, segment: SimSegment) -> np.ndarray:
        """(cells,): the probability that a person of each cell is in the segment (a country
        weight below 1 counts a member in part, as the world's truth does)."""
        ages, genders, weights, lang_ok, interest = self.world._targets(segment)
        geo = self.world.communities.country @ (weights * lang_ok)      # (C, A)
        cell = (ages[None, :, None] * genders[None, None, :] * geo[:, :, None]
                * interest[:, None, None])
        return cell.reshape(-1)

    def segment_people(self, segment: SimSegment) -> np.ndarray:
        """(cells,): segment members in each cell."""
        return self.people * self.membership(segment)

    def unique_reach(self, rows: Sequence[int] | np.ndarray, segment: SimSegment) -> float:
        """True segment members that at least one of ``rows`` reaches."""
        if len(rows) == 0:
            return 0.0
        missed = np.prod(1.0 - self.follow(rows), axis=0)
        return float(self.segment_people(segment) @ (1.0 - missed))


def build_population(world: World, follows_per_person: float = FOLLOWS_PER_PERSON
                     ) -> Population:
    cr = world.creators
    real = cr.followers * cr.credibility
    follows = real @ cr.mixture                                           # (C,)
    community = follows / follows_per_person
    comm = world.communities
    base = comm.age[:, :, None] * comm.gender
    people = community[:, None, None] * base
    return Population(world, people.reshape(-1), follows_per_person)


def follower_ids(pop: Population, rows: Sequence[int] | np.ndarray, seed: int = 0,
                 scale: float = 50.0) -> list[np.ndarray]:
    """Realised follower ids of the creators ``rows``: each cell holds ``N_cell / scale``
    numbered people (the population at 1 in ``scale``), creator *i* follows each of them
    with its probability ``p_i`` (``follow``). A Theta sketch's relative error does not depend
    on the population's size once it is in estimation mode, and a plan reads sketched
    followers against the creator's stated reach, so the scale cancels."""
    if len(rows) == 0:
        return []
    rng = np.random.default_rng(seed)
    size = np.rint(pop.people / scale).astype(np.int64)
    offset = np.concatenate([[0], np.cumsum(size)[:-1]])
    out = []
    for probs in pop.follow(rows):
        cells = np.flatnonzero((probs > 0) & (size > 0))
        counts = rng.binomial(size[cells], probs[cells])
        parts = [offset[c] + rng.choice(size[c], k, replace=False)
                 for c, k in zip(cells, counts, strict=True) if k]
        out.append(np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64))
    return out


def follower_sketches(ids: Sequence[np.ndarray], lg_k: int) -> list[bytes]:
    """Compact serialised Theta sketches (seed ``SKETCH_SEED``) of follower ids, as a brand
    would send them in ``audience_sketch`` (base64 of these bytes)."""
    import datasketches

    from matcher.contracts.sketches import SKETCH_SEED

    out = []
    for followers in ids:
        sketch = datasketches.update_theta_sketch(lg_k=lg_k, seed=SKETCH_SEED)
        for person in followers.tolist():
            sketch.update(person)
        out.append(sketch.compact().serialize())
    return out
