"""Tests of the seeded creator-economy simulator (matcher.simulate)."""

from __future__ import annotations

import copy
import gzip
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
import yaml

from matcher.ingest.mapping import load_mapping
from matcher.ingest.normalise import normalise_profile
from matcher.simulate import (
    SimSegment,
    World,
    build_world,
    fixed_segments,
    messify,
    random_segments,
)
from matcher.simulate.__main__ import main
from matcher.simulate.exports import (
    EXPORT_CATEGORIES,
    GENERIC_CATEGORY,
    REFERENCE_PREFIX,
    realistic_exports,
)
from matcher.simulate.messy import BAD_KINDS, FIXABLE_KINDS, messify_flat, to_flat_rows
from matcher.simulate.vocab import (
    AGE_BANDS,
    COMMUNITY_ANCHORS,
    COUNTRIES,
    INTEREST_LABELS,
    PLATFORMS,
    PUBLISHED_AGE_SHARES,
    PUBLISHED_MALE_SHARE,
)


@pytest.fixture(scope="module")
def world() -> World:
    return build_world(5, 1000)


@pytest.fixture(scope="module")
def reports(world: World) -> list[dict]:
    return world.reported_profiles()


def test_same_seed_gives_identical_world_and_reports(reports: list[dict]) -> None:
    again = build_world(5, 1000)
    assert again.reported_profiles() == reports
    seg = fixed_segments()[0]
    np.testing.assert_array_equal(again.true_share(seg), build_world(5, 1000).true_share(seg))
    assert build_world(6, 1000).reported_profiles() != reports


def test_reports_follow_the_nested_profile_contract(reports: list[dict]) -> None:
    ids = [r["id"] for r in reports]
    assert len(set(ids)) == len(ids) and ids[0] == "sim-000000"
    assert len({r["handle"] for r in reports}) == len(reports)
    for r in reports:
        assert r["platform"] in PLATFORMS and r["country"] in COUNTRIES
        assert r["followers"] >= 1000 and 0 < r["engagement_rate"] < 1
        assert 0 < r["credibility"] < 1 and 1 <= len(r["categories"]) <= 3
        aud = r["audience"]
        if "age" in aud:
            assert list(aud["age"]) == list(AGE_BANDS)
            assert abs(sum(aud["age"].values()) - 1) < 0.01
        assert abs(sum(aud["gender"].values()) - 1) < 0.01
        assert len(aud["countries"]) <= 10 and sum(aud["countries"].values()) <= 1.001
        assert len(aud.get("languages", {})) <= 5
        assert len(aud.get("interests", {})) <= 12
        assert set(aud.get("interests", {})) <= set(INTEREST_LABELS)
    priced = sum("price_usd" in r for r in reports) / len(reports)
    assert 0.5 < priced < 0.7
    assert sum("age" not in r["audience"] for r in reports) < 40


def test_catalogue_average_matches_published_platform_splits(reports: list[dict]) -> None:
    for platform, published in PUBLISHED_AGE_SHARES.items():
        rows = [r for r in reports if r["platform"] == platform]
        ages = [r["audience"]["age"] for r in rows if "age" in r["audience"]]
        for band, share in published.items():
            assert abs(np.mean([a[band] for a in ages]) - share) < 0.05, (platform, band)
        if platform in PUBLISHED_MALE_SHARE:
            male = np.mean([r["audience"]["gender"]["male"] for r in rows])
            assert abs(male - PUBLISHED_MALE_SHARE[platform]) < 0.05, platform


def test_truth_differs_from_the_product_of_marginal_shares(world: World) -> None:
    gaps = []
    for seg in fixed_segments():
        truth, independent = world.true_share(seg), world.independent_share(seg)
        relevant = truth > 0.01
        gaps.append(np.max(np.abs(truth - independent)[relevant] / truth[relevant]))
    assert max(gaps) > 0.3


def test_truth_of_an_age_only_segment_matches_the_reported_age_share(
        world: World, reports: list[dict]) -> None:
    seg = SimSegment(id="young", name="young", description="", ages=["18-24", "25-34"],
                     interests=[])
    truth = world.true_share(seg)
    reported = np.array([r["audience"]["age"]["18-24"] + r["audience"]["age"]["25-34"]
                         if "age" in r["audience"] else np.nan for r in reports])
    ok = ~np.isnan(reported)
    assert np.abs(truth[ok] - reported[ok]).mean() < 0.02
    cr = world.creators
    np.testing.assert_allclose(world.true_reach(seg), cr.followers * cr.credibility * truth)


def test_narrower_targets_never_raise_the_true_share(world: World) -> None:
    seg = fixed_segments()[1]
    broad = SimSegment(id="b", name="b", description="", ages=list(AGE_BANDS),
                       interests=seg.interests, label_map=seg.label_map)
    assert np.all(world.true_share(seg) <= world.true_share(broad) + 1e-12)
    assert np.all(world.true_share(broad) <= 1 + 1e-12)


def test_some_creators_have_content_from_another_niche_than_their_audience(
        world: World) -> None:
    cr = world.creators
    other = np.mean([a != c for a, c in zip(cr.audience_niche, cr.content_niche, strict=True)])
    assert 0.08 < other < 0.22


def test_segment_phrases_differ_from_provider_labels() -> None:
    labels = {lab.lower() for lab in INTEREST_LABELS}
    segments = fixed_segments() + random_segments(np.random.default_rng(3), 30)
    assert len(fixed_segments()) >= 10
    for seg in segments:
        assert 2 <= len(seg.interests) <= 4
        for phrase in seg.interests:
            assert phrase.lower() not in labels
            assert 1 <= len(seg.label_map[phrase]) <= 3
            assert set(seg.label_map[phrase]) <= set(INTEREST_LABELS)
        public = seg.to_yaml_dict()
        assert "label_map" not in public and "label_map" not in yaml.safe_dump(public)
        assert set(public["ages"]) <= set(AGE_BANDS)


def test_random_segments_are_deterministic_and_have_unique_ids() -> None:
    a = random_segments(np.random.default_rng(9), 25)
    b = random_segments(np.random.default_rng(9), 25)
    assert [s.to_yaml_dict() for s in a] == [s.to_yaml_dict() for s in b]
    assert len({s.id for s in a}) == 25


def _share_values(row: dict) -> list:
    return [v for blk in (row.get("audience") or {}).values() for v in blk.values()]


def test_messify_injects_what_it_reports(reports: list[dict]) -> None:
    before = copy.deepcopy(reports)
    rows, injected = messify(reports, 0.2, np.random.default_rng(1))
    assert reports == before
    kinds = {k for _, k in injected}
    assert kinds <= set(FIXABLE_KINDS) | set(BAD_KINDS) and len(kinds) >= 10
    n_dup = sum(k == "duplicate_id" for _, k in injected)
    assert len(rows) == len(reports) + n_dup
    assert abs(len(injected) - 0.2 * len(reports)) <= 1
    by_id = {r["id"]: r for r in reports}
    touched = {i for i, _ in injected}
    for i, row in enumerate(rows):
        if i not in touched:
            assert row == by_id[row["id"]]
    for i, kind in injected:
        row, aud = rows[i], rows[i].get("audience", {})
        if kind == "percent_block":
            assert any(isinstance(v, float) and v > 1 for v in _share_values(row))
        elif kind == "percent_string":
            assert any(isinstance(v, str) and v.endswith("%") for v in _share_values(row))
        elif kind == "sum_off":
            assert any(abs(sum(aud[b].values()) - t) < 0.006
                       for b in ("age", "gender") if b in aud for t in (0.98, 1.03))
        elif kind == "country_name":
            assert any(k not in COUNTRIES for k in aud["countries"])
        elif kind == "own_country_name":
            assert row["country"] not in COUNTRIES
        elif kind == "followers_string":
            assert row["followers"][-1] in "KM"
        elif kind == "duplicate_id":
            first = next(j for j, r in enumerate(rows) if r.get("id") == row["id"])
            assert first < i and rows[first]["followers"] != row["followers"]
        elif kind == "missing_id":
            assert "id" not in row
        elif kind == "negative_followers":
            assert row["followers"] < 0
        elif kind == "unknown_country":
            assert row["country"] == "Atlantis"
        elif kind == "age_sum_bad":
            assert abs(sum(aud["age"].values()) - 1.6) < 0.01
        elif kind == "non_numeric_share":
            assert "lots" in _share_values(row)
        elif kind == "unknown_platform":
            assert row["platform"] == "myspace"


def test_flat_rows_use_the_documented_columns_and_messy_cells(reports: list[dict]) -> None:
    columns, flat = to_flat_rows(reports[:100])
    assert {"audience_age_13_17", "audience_age_65_plus", "audience_gender_other",
            "audience_interests", "categories"} <= set(columns)
    assert any(c.startswith("audience_country_") for c in columns)
    assert json.loads(flat[0]["categories"]) == reports[0]["categories"]
    messy, injected = messify_flat(flat, 0.04, np.random.default_rng(2))
    assert {k for _, k in injected} == {"percent_string", "followers_string",
                                        "own_country_name"}
    for i, kind in injected:
        if kind == "followers_string":
            assert messy[i]["followers"].endswith(("K", "M"))
        elif kind == "percent_string":
            assert any(isinstance(v, str) and v.endswith("%") for v in messy[i].values())


def test_fixtures_command_writes_every_file(tmp_path: Path) -> None:
    out = tmp_path / "fx"
    assert main(["fixtures", "--seed", "3", "--creators", "400", "--out", str(out)]) == 0
    with gzip.open(out / "creators.jsonl.gz", "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh]
    assert len(rows) >= 400
    assert (out / "creators_sample.csv").read_text().count("\n") >= 301
    import pandas as pd

    assert len(pd.read_parquet(out / "creators_sample.parquet")) == 300
    stems = {p.stem for p in (out / "segments").glob("*.yaml")}
    assert stems == {s.id for s in fixed_segments()}
    for path in (out / "segments").glob("*.yaml"):
        assert yaml.safe_load(path.read_text())["id"] == path.stem
    assert "--seed 3" in (out / "README.md").read_text()


def test_world_command_writes_truth_for_every_creator_and_segment(tmp_path: Path) -> None:
    out = tmp_path / "w"
    assert main(["world", "--seed", "2", "--creators", "300", "--segments", "16",
                 "--out", str(out)]) == 0
    import pandas as pd

    truth = pd.read_parquet(out / "truth.parquet")
    assert len(truth) == 300 * 16
    assert {"creator_id", "segment_id", "true_share", "true_reach"} <= set(truth.columns)
    assert truth["true_share"].between(0, 1).all()
    assert len(list((out / "segments").glob("*.yaml"))) == 16


@pytest.fixture(scope="module")
def realistic(world: World):
    return realistic_exports(world, 0.3, reference_creators=600)


def test_default_worlds_start_from_the_anchors_and_an_unanchored_one_does_not() -> None:
    anchored = build_world(5, 200).communities
    assert list(zip(anchored.niche, anchored.region, strict=True)) == list(COMMUNITY_ANCHORS)
    free = build_world(5, 200, anchored=False).communities
    assert list(zip(free.niche, free.region, strict=True)) != list(COMMUNITY_ANCHORS)


def test_realistic_exports_carry_only_what_the_shipped_export_mappings_read(
        world: World, realistic) -> None:
    mapped = {source.target.split(".")[0] for name in ("instagram-top-creators",
                                                       "youtube-top-creators")
              for source in load_mapping(name).sources} | {"platform"}
    vendor = {name for names in EXPORT_CATEGORIES.values() for name in names} | {GENERIC_CATEGORY}
    top = world.top_audience_country()
    exported_rows = np.flatnonzero(realistic.exported)
    rows = realistic.rows[len(realistic.reference.creators):]
    assert [r["id"] for r in rows] == [world.creators.ids[i] for i in exported_rows]
    counts = Counter(len(r["categories"]) for r in rows)
    assert set(counts) <= {0, 1, 2} and counts[1] > counts[2] > counts[0] > 0
    for i, row in zip(exported_rows, rows, strict=True):
        assert set(row) <= mapped and "bio" not in row and "credibility" not in row
        assert row["audience"] == {"top_countries": [top[i]]}
        assert set(row["categories"]) <= vendor
        profile = normalise_profile(row)
        assert profile.bio == "" and profile.country is None and profile.credibility is None


def test_realistic_exports_are_the_most_followed_of_each_platform(world: World, realistic
                                                                  ) -> None:
    cr = world.creators
    for p in range(len(PLATFORMS)):
        mine = cr.platform == p
        inside, outside = cr.followers[mine & realistic.exported], cr.followers[
            mine & ~realistic.exported]
        assert len(inside) == round(0.3 * mine.sum())
        assert len(outside) == 0 or inside.min() >= outside.max()


def test_realistic_exports_sit_beside_a_full_reference_from_another_world(
        world: World, realistic) -> None:
    reference = realistic.rows[:len(realistic.reference.creators)]
    assert len(reference) == 600
    assert all(r["id"].startswith(REFERENCE_PREFIX) and "countries" in r["audience"]
               and "credibility" in r for r in reference)
    ids = [r["id"] for r in realistic.rows]
    assert len(set(ids)) == len(ids)
    assert realistic.reference.seed != world.seed
    assert realistic_exports(world, 0.3, reference_creators=600).rows == realistic.rows
    assert world.reported_profiles(0.3) == build_world(5, 1000).reported_profiles(0.3), (
        "making exports leaves the world they are drawn from as it was")
