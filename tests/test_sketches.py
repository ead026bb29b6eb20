"""Audience sketches: the contract, ingest and store, and plans with measured overlap."""

import base64
import gzip
import itertools
import json
import struct
import subprocess
import sys

import datasketches
import numpy as np
import pandas as pd
import pytest
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.config import Settings, get_settings
from matcher.contracts.profiles import Influencer
from matcher.contracts.sketches import SKETCH_SEED, encode_sketch
from matcher.ingest.readers import read
from matcher.matching.catalogue import Catalogue, build_catalogue
from matcher.planning.audiences import GroupParams
from matcher.planning.coverage import Coverage
from matcher.planning.sketched import SketchedCoverage, kept_samples, sketched_coverage
from matcher.reports import parse_campaign, plan_campaign
from matcher.service import Matcher
from matcher.store import SQLiteStore
from tests.conftest import FIXTURES, READER_KEY
from tests.test_live import EDITOR, READER, api, creator, live  # noqa: F401

SKETCHED_ROWS = 120


def sketch_of(ids, lg_k: int = 12, seed: int = SKETCH_SEED) -> str:
    sketch = datasketches.update_theta_sketch(lg_k=lg_k, seed=seed)
    for i in ids:
        sketch.update(int(i))
    return encode_sketch(sketch)


def estimating(**change) -> bytes:
    """A serialised estimation-mode sketch (preamble: count at byte 8, theta at 16, hashes
    from 24) with fields overwritten: ``theta``, ``hash_at`` {index: hash}, ``tail``."""
    blob = bytearray(base64.b64decode(sketch_of(range(5000), lg_k=10)))
    if "theta" in change:
        struct.pack_into("<Q", blob, 16, change["theta"])
    for k, h in change.get("hash_at", {}).items():
        struct.pack_into("<Q", blob, 24 + 8 * k, h)
    return bytes(blob) + change.get("tail", b"")


def first_hash(blob: bytes, k: int = 0) -> int:
    return struct.unpack_from("<Q", blob, 24 + 8 * k)[0]


BROKEN_SKETCHES = {
    "cut off": (estimating()[:100], "not a serialised compact Theta sketch"),
    "blank": (b"", "at least 8"),
    "five bytes": (b"\x01\x03\x03\x00\x00", "at least 8"),
    "header only": (estimating()[:8], "not a serialised compact Theta sketch"),
    "23 bytes": (estimating()[:23], "not a serialised compact Theta sketch"),
    "theta 0": (estimating(theta=0), "theta 0 is outside"),
    "theta over 2^63-1": (estimating(theta=2**64 - 1, hash_at={0: 2**63 + 5}), "outside"),
    "hash over theta": (estimating(theta=2**62, hash_at={0: 2**62 + 1}), "outside (0, theta)"),
    "hash twice": (estimating(hash_at={1: first_hash(estimating())}), "retained twice"),
    "trailing hashes": (estimating(tail=b"\x01" * 80), "does not match its hashes"),
}


@pytest.mark.parametrize("case", BROKEN_SKETCHES)
@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_a_broken_sketch_is_a_row_reject_and_the_good_rows_stay(tmp_path, case, suffix):
    blob, words = BROKEN_SKETCHES[case]
    cell = base64.b64encode(blob).decode() or "   "
    frame = pd.DataFrame([profile_row(audience_sketch=sketch_of(range(300))),
                          profile_row(id="c2", audience_sketch=cell)])
    path = tmp_path / f"roster.{suffix}"
    if suffix == "csv":
        frame.to_csv(path, index=False)
    elif suffix == "jsonl":
        frame.to_json(path, orient="records", lines=True)
    else:
        frame.to_parquet(path)
    result = read(path)
    assert [p.id for p in result.accepted] == ["c1"]
    (reject,) = result.rejects
    assert (reject.row, reject.field) == (2, "audience_sketch")
    assert words in reject.reason


@pytest.mark.parametrize("case", ["cut off", "five bytes", "theta 0", "hash twice"])
def test_a_broken_sketch_is_a_validation_error_an_api_answers_with_422(case):
    from pydantic import ValidationError

    blob, words = BROKEN_SKETCHES[case]
    with pytest.raises(ValidationError) as err:
        Influencer.model_validate({**profile_row(), "followers": 12000,
                                   "audience_sketch": base64.b64encode(blob).decode()})
    assert err.value.errors()[0]["loc"] == ("audience_sketch",)
    assert words in str(err.value)


def test_a_sketch_that_keeps_no_hash_counts_as_no_sketch():
    """An empty sketch, or a small audience trimmed to a big creator's theta, leaves the
    creator its modelled reach instead of none."""
    small = base64.b64decode(sketch_of(range(100), lg_k=10))
    big = base64.b64decode(sketch_of(range(10**6, 10**6 + 400_000), lg_k=10))
    empty = base64.b64decode(sketch_of([]))
    reach = np.array([[60.0], [200_000.0], [500.0]])
    base = Coverage.build(reach, np.ones((3, 1)), np.ones(1), GroupParams())
    cov = SketchedCoverage.build(base, [small, big, empty])
    assert list(cov.sketched) == [False, True, False]
    assert [float(cov.unique_reach([i])[0]) for i in range(3)] == pytest.approx([60, 2e5, 500])
    assert sketched_coverage(base, [empty, None, empty]) is base


def test_a_plan_holds_at_most_the_hash_cap_from_one_common_theta():
    rng = np.random.default_rng(7)
    raw = [base64.b64decode(sketch_of(rng.choice(60_000, 20_000, replace=False), lg_k=10))
           for _ in range(6)]
    rows, kept, theta = kept_samples(raw, max_hashes=2_000)
    assert sum(len(h) for h in kept) <= 2_000
    assert all((h < np.uint64(theta)).all() for h in kept)
    _, untrimmed, _ = kept_samples(raw)
    assert sum(len(h) for h in untrimmed) > 2_000
    for small, whole in zip(kept, untrimmed, strict=False):   # the same sample, coarser
        assert set(small.tolist()) == {h for h in whole.tolist() if h < theta}


def test_an_unsketched_creator_reaches_no_more_than_its_reach_beside_big_sketched_ones():
    big = [base64.b64decode(sketch_of(range(k * 200_000, (k + 1) * 200_000), lg_k=10))
           for k in range(2)]
    reach = np.array([[150_000.0], [150_000.0], [4_000.0]])
    # members follow 3 of the group's creators: the model's group is smaller than the people
    # the two disjoint sketches measure
    base = Coverage.build(reach, np.ones((3, 1)), np.ones(1),
                          GroupParams(follows=3.0, max_reach_share=1.0))
    cov = SketchedCoverage.build(base, [*big, None])
    assert float(cov.residual.sum()) < 1e-6        # sketched people fill the group
    assert float(cov.unique_reach([2])[0]) <= 4_000.0 + 1e-6
    empty = cov.empty_miss()
    assert cov.gains(empty)[2] <= 4_000.0 + 1e-6
    for chosen in ([0], [0, 1]):
        miss = cov.miss_of(chosen)
        assert 0.0 <= float(cov.member_gains(miss, 2)[0]) <= 4_000.0 + 1e-6
        assert cov.gains(miss)[2] == pytest.approx(float(cov.member_gains(miss, 2)[0]), abs=1e-6)


def profile_row(**extra) -> dict:
    return {"id": "c1", "platform": "instagram", "followers": "12000", **extra}


def test_contract_accepts_a_valid_sketch_and_keeps_it():
    text = sketch_of(range(5000))
    profile = Influencer.model_validate({**profile_row(), "followers": 12000,
                                         "audience_sketch": text})
    assert profile.audience_sketch == text
    schema = Influencer.model_json_schema()
    assert "audience_sketch" in schema["properties"]


@pytest.mark.parametrize(("cell", "words"), [
    ("not base64 at all!", "not base64"),
    (base64.b64encode(b"\x00" * 64).decode(), "not a serialised compact Theta sketch"),
    (sketch_of(range(100), seed=123), "another seed"),
    (sketch_of(range(200_000)), "MATCHER_SKETCH_MAX_BYTES"),
])
def test_bulk_ingest_rejects_a_bad_sketch_naming_row_and_field(tmp_path, monkeypatch, cell,
                                                               words):
    monkeypatch.setenv("MATCHER_SKETCH_MAX_BYTES", "20000")
    get_settings.cache_clear()
    try:
        good = sketch_of(range(300))
        pd.DataFrame([profile_row(audience_sketch=good),
                      profile_row(id="c2", audience_sketch=cell)]).to_csv(
            tmp_path / "roster.csv", index=False)
        result = read(tmp_path / "roster.csv")
    finally:
        get_settings.cache_clear()
    assert [p.id for p in result.accepted] == ["c1"]
    (reject,) = result.rejects
    assert (reject.row, reject.field) == (2, "audience_sketch")
    assert words in reject.reason
    assert len(reject.reason) < 300


def test_a_vendor_mapping_and_a_parquet_binary_column_carry_a_sketch(tmp_path):
    from matcher.ingest.mapped_reader import iter_mapped_rows
    from matcher.ingest.mapping import VendorMapping
    from matcher.ingest.readers import Reject, validate_rows

    text = sketch_of(range(3000))
    pd.DataFrame([{"creator": "c1", "network": "instagram", "fans": 12000, "sk": text}]
                 ).to_csv(tmp_path / "export.csv", index=False)
    mapping = VendorMapping.from_dict({"fields": {
        "id": "creator", "platform": "network", "followers": "fans", "audience_sketch": "sk"}})
    (profile,) = [p for p in validate_rows(iter_mapped_rows(tmp_path / "export.csv", mapping))
                  if not isinstance(p, Reject)]
    assert profile.audience_sketch == text
    pd.DataFrame([profile_row(audience_sketch=base64.b64decode(text))]).to_parquet(
        tmp_path / "binary.parquet")
    result = read(tmp_path / "binary.parquet")
    assert not result.rejects and result.accepted[0].audience_sketch == text


def test_the_listing_leaves_sketches_out_and_the_profile_keeps_it(api):  # noqa: F811
    text = sketch_of(range(3000))
    assert api.put("/v1/influencers/sk-1", json=creator("sk-1", audience_sketch=text),
                   headers=EDITOR).status_code == 201
    listed = api.get("/v1/influencers", params={"after": "sk-0", "limit": 500},
                     headers=READER).json()["items"]
    assert "sk-1" in [item["id"] for item in listed]
    assert not any("audience_sketch" in item for item in listed)
    one = api.get("/v1/influencers/sk-1", headers=READER).json()
    assert one["audience_sketch"] == text


def test_sketch_survives_ingest_store_and_snapshot(tmp_path):
    text = sketch_of(range(0, 40_000, 3))
    pd.DataFrame([profile_row(audience_sketch=text), profile_row(id="c2")]).to_csv(
        tmp_path / "roster.csv", index=False)
    result = read(tmp_path / "roster.csv")
    assert not result.rejects
    store = SQLiteStore(tmp_path / "catalogue.sqlite")
    store.upsert_profiles(result.accepted)
    store.close()
    reopened = SQLiteStore(tmp_path / "catalogue.sqlite")
    stored = {p.id: p for p in reopened.iter_profiles()}
    reopened.close()
    assert stored["c1"].audience_sketch == text and stored["c2"].audience_sketch is None
    catalogue = build_catalogue(list(stored.values()))
    catalogue.save(tmp_path)
    loaded = Catalogue.load(tmp_path)
    assert loaded.sketches is not None
    assert loaded.sketches[loaded.ids.index("c1")] == base64.b64decode(text)
    assert loaded.sketches[loaded.ids.index("c2")] is None
    bare = build_catalogue([stored["c2"]])
    assert bare.sketches is None


def two_sketched(overlap: int, size: int = 60_000) -> SketchedCoverage:
    a, b = range(0, size), range(size - overlap, 2 * size - overlap)
    reach = np.array([[size * 0.5], [size * 0.5]])          # half of each audience in segment
    base = Coverage.build(reach, np.ones((2, 1)), np.ones(1), GroupParams())
    raw = [base64.b64decode(sketch_of(ids)) for ids in (a, b)]
    return SketchedCoverage.build(base, raw)


@pytest.mark.parametrize("overlap", [0, 20_000, 45_000])
def test_union_of_two_sketched_creators_is_within_the_libraries_bounds(overlap):
    cov = two_sketched(overlap)
    people = 2 * 60_000 - overlap
    estimate, low, high = cov.union_bounds([0, 1])
    assert low <= people <= high
    unique = float(cov.unique_reach([0, 1])[0])
    assert low * 0.5 <= unique <= high * 0.5                   # members = people x share
    first = float(cov.unique_reach([0])[0])
    second = float(cov.member_gains(cov.miss_of([0]), 1)[0])
    assert first + second == pytest.approx(unique)
    assert cov.gains(cov.miss_of([0]))[1] == pytest.approx(second)


@pytest.fixture(scope="module")
def sketched_matcher(settings: Settings, encoder, tmp_path_factory) -> Matcher:
    """The first rows of the bundled catalogue with at most 30,000 followers each, and a
    sketch of follower ids drawn from a shared pool (so audiences overlap)."""
    workdir = tmp_path_factory.mktemp("sketched")
    rng = np.random.default_rng(7)
    rows = []
    with gzip.open(FIXTURES / "creators.jsonl.gz", "rt", encoding="utf-8") as src:
        for line in src:
            row = json.loads(line)
            try:
                followers = float(str(row["followers"]).replace(",", ""))
            except (KeyError, ValueError):
                continue
            if not 2_000 <= followers <= 30_000:
                continue
            row["followers"] = int(followers)
            row["audience_sketch"] = sketch_of(rng.choice(200_000, int(followers),
                                                          replace=False))
            rows.append(row)
            if len(rows) == SKETCHED_ROWS:
                break
    roster = workdir / "sketched.jsonl"
    roster.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    mine = settings.model_copy(update={"roster": roster, "index_dir": workdir / "index",
                                       "database_url": str(workdir / "catalogue.sqlite")})
    return Matcher.open(mine, encoder)


SKETCHED_CAMPAIGN = {"name": "Sketched plan", "segments": ["eco-parents-na"],
                     "plan": {"max_creators": 6}}


def test_plan_over_sketched_creators_reports_measured_overlap(sketched_matcher):
    plan = plan_campaign(sketched_matcher, parse_campaign(SKETCHED_CAMPAIGN), 5000).to_dict()
    creators = plan["creators"]
    assert creators
    assert {c["overlap_source"] for c in creators} == {"measured"}
    measured = plan["measured_overlap"]
    assert measured["creators"] == len(creators)
    low, high = measured["people_bounds"]
    assert low <= measured["people"] <= high
    (segment,) = plan["segments"]
    assert abs(sum(c["marginal_reach"] for c in creators) - segment["unique_reach"]) <= len(
        creators)
    assert measured["segment_members"][0] == pytest.approx(segment["unique_reach"], abs=1)
    range_low, range_high = segment["unique_reach_range"]
    assert range_low <= segment["unique_reach"] <= range_high
    assert 0 < plan["certificate"]["at_least"] <= 1


def test_api_gives_the_plan_the_core_gives(settings, sketched_matcher):
    with TestClient(create_app(sketched_matcher.settings, matcher=sketched_matcher),
                    headers={"Authorization": f"Bearer {READER_KEY}"}) as client:
        response = client.post("/v1/plans", json={"campaign": SKETCHED_CAMPAIGN,
                                                  "budget": 5000})
    assert response.status_code == 200
    assert b'"overlap_source":"measured"' in response.content
    assert response.content == plan_campaign(
        sketched_matcher, parse_campaign(SKETCHED_CAMPAIGN), 5000).to_json()


@pytest.mark.slow
def test_cli_gives_the_plan_the_api_gives(sketched_matcher, cli_env, tmp_path):
    path = tmp_path / "campaign.json"
    path.write_text(json.dumps(SKETCHED_CAMPAIGN), encoding="utf-8")
    env = {**cli_env, "MATCHER_ROSTER": str(sketched_matcher.settings.roster),
           "MATCHER_INDEX_DIR": str(sketched_matcher.settings.index_dir),
           "MATCHER_DATABASE_URL": sketched_matcher.settings.database_url}
    cli = subprocess.run([sys.executable, "-m", "matcher.cli", "plan", str(path), "--budget",
                          "5000"], capture_output=True, env=env, timeout=300)
    assert cli.returncode == 0, cli.stderr.decode()[-2000:]
    assert cli.stdout.rstrip(b"\n") == plan_campaign(
        sketched_matcher, parse_campaign(SKETCHED_CAMPAIGN), 5000).to_json()


def mixed_instance(seed: int, n: int = 9) -> tuple[SketchedCoverage, np.ndarray]:
    """Creators over a shared pool of people, two thirds with sketches, in three groups."""
    rng = np.random.default_rng(seed)
    reach = rng.uniform(2_000, 9_000, (n, 2))
    weights = rng.dirichlet(np.full(3, 0.5), n)
    base = Coverage.build(reach, weights, np.array([1.0, 0.5]), GroupParams())
    raw = [None if i % 3 == 2 else
           base64.b64decode(sketch_of(rng.choice(60_000, int(rng.integers(5_000, 20_000)),
                                                 replace=False), lg_k=10))
           for i in range(n)]
    cost = rng.uniform(1.0, 3.0, n)
    return SketchedCoverage.build(base, raw), cost


@pytest.mark.parametrize("seed", range(3))
def test_mixed_plan_gains_are_exact_marginals_and_the_certificate_bounds_the_optimum(seed):
    from matcher.planning.optimise import Limits, certificate, optimise

    cov, cost = mixed_instance(seed)
    assert cov.sketched.any() and not cov.sketched.all()
    miss = cov.miss_of([0, 2])
    for row in range(len(cov)):
        assert cov.gains(miss)[row] == pytest.approx(
            float(cov.value @ cov.member_gains(miss, row)), rel=1e-9, abs=1e-6)
    budget = float(cost.sum()) / 3
    limits = Limits(budget)
    best = max(cov.value_of(cov.miss_of(rows)) for k in range(1, len(cov) + 1)
               for rows in itertools.combinations(range(len(cov)), k)
               if cost[list(rows)].sum() <= budget)
    run, _ = optimise(cov, cost, np.zeros(len(cov), dtype=int), limits)
    assert run.value <= best + 1e-6
    assert certificate(cov, cost, limits, run.order) >= best - 1e-6


def test_pair_overlap_in_closed_form_is_the_pairs_shared_reach():
    cov, _ = mixed_instance(4)
    chosen = [0, 1, 2, 5, 8]
    pair = cov.pair_overlap(chosen)
    for a, b in itertools.combinations(range(len(chosen)), 2):
        alone = [cov.reach[chosen[i]].sum() for i in (a, b)]
        both = sum(alone) - cov.unique_reach([chosen[a], chosen[b]]).sum()
        assert pair[a, b] == pytest.approx(max(both, 0.0), rel=1e-6, abs=1e-3)


def estimation_sketches(seed: int, n: int = 6) -> list[bytes]:
    """Overlapping audiences in estimation mode (lg_k 10, tens of thousands of ids each), so
    their thetas differ."""
    rng = np.random.default_rng(seed)
    return [base64.b64decode(sketch_of(rng.choice(200_000, int(rng.integers(8_000, 60_000)),
                                                  replace=False), lg_k=10))
            for _ in range(n)]


def people_coverage(raw: list[bytes], segments: int = 1) -> SketchedCoverage:
    """Every creator's reach is its sketch's people at the common theta: segment share 1, so
    the plan's unique reach is the number of people the union of its sketches holds."""
    rows, kept, theta64 = kept_samples(raw)
    assert rows == list(range(len(raw)))
    people = np.array([len(h) / (theta64 / 2**63) for h in kept])
    reach = np.repeat(people[:, None], segments, axis=1)
    base = Coverage.build(reach, np.ones((len(raw), 1)), np.ones(segments), GroupParams())
    return SketchedCoverage.build(base, raw)


def library_union(raw: list[bytes], rows) -> tuple[float, float, float]:
    union = datasketches.theta_union(lg_k=16, seed=SKETCH_SEED)
    for i in rows:
        union.update(datasketches.compact_theta_sketch.deserialize(raw[i], seed=SKETCH_SEED))
    result = union.get_result()
    return (result.get_estimate(), result.get_lower_bound(3), result.get_upper_bound(3))


@pytest.mark.parametrize("seed", range(2))
def test_a_sketched_plans_reach_is_the_libraries_union_estimate(seed):
    """Sets holding the sketch of smallest theta: the library's union keeps that theta too,
    so the estimates agree exactly; other sets are estimated from a coarser sample (the
    common theta), within the library's bounds on their union. So are the greedy's marginal
    gains: they add up to the union estimate of the plan."""
    raw = estimation_sketches(seed)
    cov = people_coverage(raw)
    smallest = int(np.argmin([theta_of(b) for b in raw]))
    others = [i for i in range(len(raw)) if i != smallest]
    for k in (1, 2, 3, 5):
        for rest in itertools.combinations(others, k):
            estimate, low, high = library_union(raw, [smallest, *rest])
            assert float(cov.unique_reach([smallest, *rest])[0]) == pytest.approx(
                estimate, rel=1e-9)
            estimate, low, high = library_union(raw, rest)
            assert low <= float(cov.unique_reach(list(rest))[0]) <= high
    from matcher.planning.optimise import Limits, optimise

    run, _ = optimise(cov, np.ones(len(raw)), np.zeros(len(raw), dtype=int), Limits(4.0))
    miss, added = cov.empty_miss(), 0.0
    for row in run.order:
        added += float(cov.gains(miss, np.array([row]))[0])
        miss = cov.add(miss, row)
    assert added == pytest.approx(float(cov.unique_reach(run.order)[0]), rel=1e-9)
    estimate, low, high = library_union(raw, run.order)
    if smallest in run.order:
        assert added == pytest.approx(estimate, rel=1e-9)
    assert low <= added <= high


def theta_of(blob: bytes) -> int:
    return int(datasketches.compact_theta_sketch.deserialize(blob, seed=SKETCH_SEED).theta64)


class ByHash(SketchedCoverage):
    """The reference: gains computed hash by hash from the covered layers."""

    def gains(self, miss, rows=None):
        return self.gains_by_hash(miss, rows)


@pytest.mark.parametrize("seed", range(4))
def test_incremental_gains_give_the_plan_gains_by_hash_give(seed):
    """The incremental gains equal the hash-by-hash ones in every state the search meets,
    so the search, the certificate and the reach curve are the same."""
    from matcher.planning.optimise import Limits, certificate, optimise, reach_curve

    rng = np.random.default_rng(seed)
    n = 14
    raw = [None if i % 4 == 3 else
           base64.b64decode(sketch_of(rng.choice(80_000, int(rng.integers(3_000, 30_000)),
                                                 replace=False), lg_k=10))
           for i in range(n)]
    reach = rng.uniform(1_000, 9_000, (n, 2))
    base = Coverage.build(reach, rng.dirichlet(np.full(3, 0.5), n), np.array([1.0, 0.5]),
                          GroupParams())
    fast, slow = SketchedCoverage.build(base, raw), ByHash.build(base, raw)
    cost = rng.uniform(1.0, 3.0, n)
    platform = np.zeros(n, dtype=int)
    for chosen in ([], [0], [3], [0, 1, 3], [1, 2, 5, 7, 11]):
        miss = fast.miss_of(chosen)
        np.testing.assert_allclose(fast.gains(miss), slow.gains(miss), rtol=1e-9, atol=1e-6)
        rows = np.array([2, 4, 9])
        np.testing.assert_allclose(fast.gains(miss, rows), slow.gains(miss, rows), rtol=1e-9,
                                   atol=1e-6)
        # the members reached, valued, are what the hash-by-hash gains add up to
        added = sum(slow.gains(slow.miss_of(chosen[:j]))[c] for j, c in enumerate(chosen))
        assert float(np.array([1.0, 0.5]) @ fast.members(miss)) == pytest.approx(
            added, rel=1e-9, abs=1e-6)
    limits = Limits(float(cost.sum()) / 3)
    run, runs = optimise(fast, cost, platform, limits)
    reference, reference_runs = optimise(slow, cost, platform, limits)
    assert (run.order, runs) == (reference.order, reference_runs)
    assert run.value == pytest.approx(reference.value, rel=1e-12)
    assert certificate(fast, cost, limits, run.order) == pytest.approx(
        certificate(slow, cost, limits, run.order), rel=1e-9)
    curve = reach_curve(fast, cost, platform, limits, limits.budget * 2)
    assert [r for *_, r in curve] == [r for *_, r in reach_curve(slow, cost, platform, limits,
                                                                  limits.budget * 2)]


def test_two_segment_sketched_plan_value_is_the_valued_unique_reach():
    """Two segments worth 1.0 and 0.5: the plan's value is the sum over segments of value x
    unique reach, each creator's marginal gains add up to it, and no plan within the budget
    is worth more than the certificate."""
    from matcher.planning.optimise import Limits, certificate, optimise

    raw = estimation_sketches(3, n=7)
    rng = np.random.default_rng(3)
    reach = rng.uniform(2_000, 20_000, (7, 2))
    base = Coverage.build(reach, np.ones((7, 1)), np.array([1.0, 0.5]), GroupParams())
    cov = SketchedCoverage.build(base, raw)
    cost = rng.uniform(1.0, 2.0, 7)
    limits = Limits(float(cost.sum()) / 2)
    run, _ = optimise(cov, cost, np.zeros(7, dtype=int), limits)
    unique = cov.unique_reach(run.order)
    assert run.value == pytest.approx(unique[0] + 0.5 * unique[1])
    miss, gained = cov.empty_miss(), np.zeros(2)
    for row in run.order:
        gained += cov.member_gains(miss, row)
        miss = cov.add(miss, row)
    np.testing.assert_allclose(gained, unique, rtol=1e-9)
    best = max(cov.value_of(cov.miss_of(rows)) for k in range(1, 8)
               for rows in itertools.combinations(range(7), k)
               if cost[list(rows)].sum() <= limits.budget)
    assert run.value <= best + 1e-6 <= certificate(cov, cost, limits, run.order) + 2e-6


def test_the_plan_without_each_creator_in_n_log_n_adds_is_the_plan_without_it():
    from matcher.planning.plans import _members_without_each

    cov, _ = mixed_instance(5, n=11)
    order = [3, 0, 7, 2, 9, 5, 10]
    without = _members_without_each(cov, order)
    for position, row in enumerate(order):
        np.testing.assert_allclose(
            without[position], cov.unique_reach([o for o in order if o != row]), rtol=1e-9)
