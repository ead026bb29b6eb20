"""A saved segment's per-creator columns: read instead of recomputed, and the same numbers."""

import gc
import weakref

import numpy as np
import pytest

import matcher.service.pipeline as pipeline
from matcher.matching.scoring import resolve_weights, score_rows, segment_columns, share_priors
from matcher.matching.segments import build_targets
from matcher.service import Matcher

SEGMENTS = ["yoga-women-de", "finance-men-uk-us", "kbeauty-kr-jp-us", "pet-parents-us"]


@pytest.fixture
def columns_made(monkeypatch):
    made = []

    def counting(catalogue, text_emb, targets, priors):
        made.append(targets.segment.id)
        return segment_columns(catalogue, text_emb, targets, priors)

    monkeypatch.setattr(pipeline, "segment_columns", counting)
    return made


@pytest.mark.parametrize("weights, rank_by", [(None, "fit"), ({"affinity": 0.4}, "reach")])
def test_a_saved_segment_gives_the_same_bytes_before_and_after_its_columns(
        matcher, encoder, settings, columns_made, weights, rank_by):
    fresh = Matcher(matcher.snapshot, encoder, settings)
    without = Matcher(matcher.snapshot, encoder,
                      settings.model_copy(update={"segment_columns": 0}))
    for name in SEGMENTS:
        runs = [fresh.shortlist(name, k=30, weights=weights, rank_by=rank_by).to_json()
                for _ in range(3)]
        inline = fresh.shortlist(fresh.segments[name].model_dump(mode="json", exclude_none=True),
                                 k=30, weights=weights, rank_by=rank_by).to_json()
        plain = without.shortlist(name, k=30, weights=weights, rank_by=rank_by).to_json()
        assert runs[0] == runs[1] == runs[2] == inline == plain, name
    assert columns_made == SEGMENTS  # once each, on the second shortlist, never without


def test_columns_are_kept_for_the_most_recent_saved_segments_only(matcher, encoder, settings,
                                                                  columns_made):
    small = Matcher(matcher.snapshot, encoder, settings.model_copy(update={"segment_columns": 2}))
    for name in SEGMENTS[:3] + SEGMENTS[:1]:
        small.shortlist(name, k=5)
        small.shortlist(name, k=5)
    assert columns_made == SEGMENTS[:3] + SEGMENTS[:1]  # the first was dropped, made again
    small.shortlist(SEGMENTS[2], k=5)
    assert len(columns_made) == 4  # still kept


def test_scores_from_columns_equal_scores_computed_row_by_row(matcher, encoder):
    snapshot = matcher.snapshot
    catalogue = snapshot.catalogue
    rng = np.random.default_rng(4)
    rows = rng.choice(catalogue.size, size=300, replace=False)
    imputed_seen = False
    for name in SEGMENTS:
        targets = build_targets(matcher.segments[name], catalogue, snapshot.label_emb, encoder)
        priors = share_priors(catalogue, targets)
        columns = segment_columns(catalogue, snapshot.text_emb, targets, priors)
        weights = resolve_weights({"interest": 0.2})
        direct = score_rows(catalogue, snapshot.text_emb, targets, rows, weights, priors)
        read = score_rows(catalogue, snapshot.text_emb, targets, rows, weights, priors, columns)
        for field in ("segment_share", "share_range", "reach", "affinity_cosine", "fit",
                      "confidence", "joint_age_gender", "joint_age_country"):
            assert np.array_equal(getattr(direct, field), getattr(read, field)), (name, field)
        for factor, share in direct.shares.items():
            assert np.array_equal(share, read.shares[factor]), (name, factor)
        imputed_seen |= any(bool(m.any()) for m in direct.imputed.values())
    assert imputed_seen  # rows with missing blocks took the priors both ways


def test_a_rebuilt_snapshot_releases_the_old_one_and_its_columns(live_matcher):
    for _ in range(2):
        live_matcher.shortlist(SEGMENTS[0], k=5)  # the second makes its columns
    old = weakref.ref(live_matcher.snapshot.catalogue)
    live_matcher.rebuild()
    live_matcher.shortlist(SEGMENTS[0], k=5)
    gc.collect()
    assert old() is None


@pytest.fixture
def live_matcher(tmp_path, settings, encoder):
    roster = tmp_path / "roster.jsonl"
    roster.write_text("\n".join(settings.roster.read_text().splitlines()[:200]) + "\n")
    return Matcher.open(settings.model_copy(update={
        "index_dir": tmp_path / "index", "database_url": str(tmp_path / "catalogue.sqlite"),
        "roster": roster}), encoder)
