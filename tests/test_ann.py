"""The inverted-file index used above FLAT_MAX creators, built here on the test roster."""

from __future__ import annotations

import numpy as np
import pytest

from matcher import config
from matcher.config import Settings
from matcher.matching.scoring import resolve_weights
from matcher.search import ann
from matcher.search.snapshots import load_snapshot, write_snapshot
from matcher.search.vectors import query_vector
from matcher.service import Matcher


@pytest.fixture(scope="module")
def ivf_snapshot(matcher, encoder, tmp_path_factory):
    base = matcher.snapshot
    index_dir = tmp_path_factory.mktemp("ivf") / "index"
    write_snapshot(base.catalogue, np.asarray(base.text_emb, dtype=np.float32), base.label_emb,
                   encoder.describe(), index_dir, flat_max=500)
    return load_snapshot(index_dir, encoder)


@pytest.fixture(scope="module")
def queries(ivf_snapshot, matcher):
    out = []
    for segment in matcher.segments.values():
        targets, _, _ = matcher.prepared(segment)
        out.append(query_vector(targets[0], ivf_snapshot.layout, resolve_weights(None),
                                ivf_snapshot.catalogue))
    return out


def _ivf(snapshot):
    return snapshot.index, snapshot.cells, snapshot.vectors


@pytest.mark.slow
def test_a_large_catalogue_gets_two_part_cells_that_survive_a_reload(ivf_snapshot):
    cells = ivf_snapshot.manifest["cells"]
    layout = ivf_snapshot.layout.slices
    assert ann.is_ivf(ivf_snapshot.index)
    assert (cells["mix_start"], cells["mix_stop"]) == (layout["age"].start,
                                                       layout["gender"].stop)
    assert ivf_snapshot.cells.sizes.sum() == ivf_snapshot.catalogue.size
    held = ivf_snapshot.cells.sizes[ivf_snapshot.cells.sizes > 0]
    assert held.min() >= ann.SMALL_CELL  # rare centroid pairs joined their nearest cell
    assert ivf_snapshot.index.nlist == cells["rest_cells"] * cells["mix_cells"]


def test_an_ivf_snapshot_keeps_compact_codes_and_maps_its_stored_vectors(
        ivf_snapshot, matcher):
    assert isinstance(ivf_snapshot.index, ann.faiss.IndexIVFPQFastScan)
    assert "vectors.npy" in ivf_snapshot.manifest["checksums"]
    stored = ivf_snapshot.vectors
    assert isinstance(stored.base, np.memmap) and stored.dtype == np.float32  # mapped
    assert stored.shape == (ivf_snapshot.catalogue.size, ivf_snapshot.layout.dim)
    code_bytes = ivf_snapshot.index.code_size * ivf_snapshot.index.ntotal
    assert code_bytes * 7 < stored.nbytes
    assert matcher.snapshot.vectors is None  # a flat index holds its own vectors


def test_cells_are_ranked_by_their_centroid_score_until_they_hold_the_budget(ivf_snapshot,
                                                                              queries):
    cells = ivf_snapshot.cells
    centroids = cells.centroids(np.arange(ivf_snapshot.index.nlist))
    for query in queries:
        chosen, ranked_scores = cells.ranked(query, 200)
        scores = centroids[chosen] @ query
        np.testing.assert_allclose(ranked_scores, scores, rtol=1e-4, atol=1e-5)
        assert np.all(np.diff(scores) <= 1e-5)
        assert cells.sizes[chosen].sum() >= 200
        assert cells.sizes[chosen[:-1]].sum() < 200
        assert np.all(cells.sizes[chosen] > 0)  # an empty cell is never scanned
        assert scores[0] == pytest.approx((centroids @ query)[cells.sizes > 0].max(), abs=1e-5)


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_scanning_every_cell_finds_the_exact_top(ivf_snapshot, queries, threads):
    for query in queries:
        exact = ivf_snapshot.exact_scores(query)
        rows, scores = ann.search(*_ivf(ivf_snapshot), query, 20, None,
                                  scan_fraction=1.0, threads=threads)
        np.testing.assert_allclose(scores, np.sort(exact)[::-1][:20], rtol=1e-4, atol=1e-5)
        np.testing.assert_allclose(exact[rows], scores, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("gather_max, threads", [(0, 1), (10_000, 1), (0, 2)])
def test_a_filter_is_never_broken_and_never_shortens_the_list(ivf_snapshot, queries,
                                                              gather_max, threads):
    catalogue = ivf_snapshot.catalogue
    allowed = catalogue.followers >= np.quantile(catalogue.followers, 0.9)
    for query in queries:
        rows, _ = ann.search(*_ivf(ivf_snapshot), query, 50, allowed,
                             scan_min=0, gather_max=gather_max, threads=threads)
        assert len(rows) == 50
        assert allowed[rows].all()


def test_a_file_mode_matcher_serves_shortlists_from_the_ivf_snapshot(ivf_snapshot, encoder,
                                                                     matcher, workdir):
    settings = Settings(cache_path=workdir / "embedding-cache.sqlite",
                        segments_dir=matcher.settings.segments_dir)
    served = Matcher(ivf_snapshot, encoder, settings)
    result = served.shortlist("yoga-women-de", k=10)
    assert len(result.results) == 10
    assert [r["rank"] for r in result.results] == list(range(1, 11))
    fits = [r["fit"] for r in result.results]
    assert fits == sorted(fits, reverse=True)


def test_a_filter_passing_only_creators_far_from_the_query_still_gets_a_full_list(
        ivf_snapshot, queries):
    for query in queries:
        exact = ivf_snapshot.exact_scores(query)
        allowed = exact <= np.quantile(exact, 0.2)  # the far end, in the worst-ranked cells
        rows, _ = ann.search(*_ivf(ivf_snapshot), query, 50, allowed,
                             scan_min=0, gather_max=0)
        assert len(rows) == 50
        assert allowed[rows].all()


def test_codes_are_on_the_axes_holding_nearly_all_of_the_offsets_from_cell_centroids(
        ivf_snapshot):
    cells, index = ivf_snapshot.cells, ivf_snapshot.index
    axes = cells.axes
    np.testing.assert_allclose(axes.T @ axes, np.eye(axes.shape[1]), atol=1e-5)
    assert index.d == axes.shape[1] < ivf_snapshot.layout.dim
    invlists = ann.faiss.extract_index_ivf(index).invlists
    cell_of = np.empty(index.ntotal, dtype=np.int64)
    for cell in np.flatnonzero(cells.sizes):
        size = invlists.list_size(int(cell))
        cell_of[ann.faiss.rev_swig_ptr(invlists.get_ids(int(cell)), size)] = cell
    offsets = ivf_snapshot.vectors - cells.centroids(cell_of)
    kept = np.square(offsets @ axes).sum() / np.square(offsets).sum()
    assert kept >= 0.98  # fitted on a sample to hold 99%


def test_code_axes_span_low_rank_offsets_with_an_even_count():
    rng = np.random.default_rng(3)
    offsets = (rng.normal(size=(400, 5)) @ rng.normal(size=(5, 20))).astype(np.float32)
    axes = ann.code_axes(offsets)
    assert axes.shape == (20, 6)
    np.testing.assert_allclose(offsets @ axes @ axes.T, offsets, atol=1e-4)


def test_scan_threads_are_the_cores_shared_out_between_compute_processes(
        monkeypatch, matcher, encoder, settings):
    monkeypatch.setattr(config.os, "sched_getaffinity", lambda pid: set(range(6)),
                        raising=False)
    assert config.default_scan_threads() == config.MAX_SCAN_THREADS == 4
    assert config.default_scan_threads(2) == 3
    assert config.default_scan_threads(8) == 1
    automatic = settings.model_copy(update={"scan_threads": None})
    assert Matcher(matcher.snapshot, encoder, automatic).scan_threads == 4
    chosen = settings.model_copy(update={"scan_threads": 2})
    assert Matcher(matcher.snapshot, encoder, chosen).scan_threads == 2
