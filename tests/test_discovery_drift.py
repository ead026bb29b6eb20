"""Keeping segments live, measured: an updated export where one segment grows, one splits
and one appears; the rerun with the first run as ``previous`` names each change."""

from __future__ import annotations

import json

import numpy as np
import pytest

from matcher.discovery import DiscoveryOptions, discover, read_customers
from matcher.discovery.live import follow
from matcher.simulate import fixed_segments
from matcher.simulate.customers import draw_customers, drifted


def _majority(truth: np.ndarray, labels: np.ndarray, found) -> list[str]:
    ids = {s.cluster: s.segment.id for s in found.segments}
    return [ids[int(np.bincount(labels[(truth == p) & (labels >= 0)]).argmax())]
            for p in range(int(truth.max()) + 1)]


def test_drifted_plans_the_three_changes():
    segments = fixed_segments()[:4]
    drift = drifted(segments, np.array([0.4, 0.3, 0.2, 0.1]), fixed_segments()[5])
    assert len(drift.segments) == 6 and drift.grown not in (drift.split,)
    parent = segments[drift.split]
    halves = [drift.segments[h] for h in drift.halves]
    assert sorted(halves[0].interests + halves[1].interests) == sorted(parent.interests)
    assert drift.shares[drift.kept[drift.grown]] > 2 * 0.1 / 1.12 * 0.99
    assert drift.segments[drift.appeared].id == fixed_segments()[5].id


@pytest.mark.slow
def test_a_rerun_names_the_grown_the_split_and_the_new_segment(encoder, tmp_path):
    by_id = {s.id: s for s in fixed_segments()}
    planted = [by_id[i] for i in ("yoga-women-de", "gamers-br-mx", "kpop-asia-teens",
                                  "car-enthusiasts-dach")]
    first = draw_customers(5, planted, 2_000)
    shares = np.bincount(first.labels) / len(first.labels)
    drift = drifted(planted, shares, by_id["eco-parents-na"])
    second = draw_customers(6, drift.segments, 2_000, shares=drift.shares)
    options = DiscoveryOptions(max_segments=8)
    before = discover(read_customers(first.write(tmp_path / "a.csv")), encoder.encode,
                      options=options)
    after = discover(read_customers(second.write(tmp_path / "b.csv")), encoder.encode,
                     options=options)
    changes = follow(after, json.loads(json.dumps(before.to_dict())))
    old = _majority(first.labels, before.labels, before)
    new = _majority(second.labels, after.labels, after)
    assert new[drift.kept[drift.grown]] == old[drift.grown] in changes.grown
    assert set(changes.split[old[drift.split]]) == {new[h] for h in drift.halves}
    assert changes.appeared == [new[drift.appeared]]
    for i in drift.kept:
        assert new[drift.kept[i]] == old[i]
    assert not (changes.gone or changes.merged or changes.shrunk)
