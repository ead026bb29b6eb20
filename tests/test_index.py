"""Snapshots: atomic writes, manifest checks, the embedding cache."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from matcher.batch.context import load_reference
from matcher.config import Settings
from matcher.errors import IndexUnavailable, SnapshotMismatch
from matcher.ingest.readers import read
from matcher.matching.written import WRITTEN_COLUMNS, as_written, written
from matcher.search.snapshots import build_snapshot, current_snapshot_dir, load_snapshot
from matcher.service import Matcher
from tests.conftest import FIXTURES, write_jsonl


def small_roster(tmp_path: Path, n: int = 40, bio: str = "Vegan recipes") -> Path:
    rows = [{"id": f"s{i}", "platform": "instagram", "followers": 1000 * (i + 1),
             "engagement_rate": 0.03, "bio": f"{bio} number {i}",
             "audience": {"age": {"18-24": 0.5, "25-34": 0.5},
                          "interests": {"Food & Drink": 0.4, "Vegan": 0.2}}}
            for i in range(n)]
    return write_jsonl(tmp_path / "roster.jsonl", rows)


def test_manifest_describes_the_snapshot(index_dir, encoder):
    snap = load_snapshot(index_dir, encoder)
    manifest = snap.manifest
    assert manifest["model"]["fingerprint"] == encoder.fingerprint
    assert manifest["size"] == snap.catalogue.size == snap.index.ntotal
    assert manifest["dimension"] == snap.layout.dim
    assert [b["block"] for b in manifest["block_layout"]] == [
        "text", "interest", "age", "gender", "country", "language", "quality"]
    assert set(manifest["checksums"]) >= {"index.faiss", "catalogue.npz"}


def test_reindexing_unchanged_profiles_encodes_nothing(tmp_path, encoder):
    profiles = read(small_roster(tmp_path)).accepted
    build_snapshot(profiles, encoder, tmp_path / "idx")
    before = encoder.encoded_count
    path = build_snapshot(profiles, encoder, tmp_path / "idx")
    assert encoder.encoded_count == before
    assert json.loads((path / "manifest.json").read_text())["texts_encoded"] == 0


def test_snapshot_built_by_another_model_is_refused_clearly(tmp_path, encoder):
    build_snapshot(read(small_roster(tmp_path)).accepted, encoder, tmp_path / "idx")
    manifest_path = current_snapshot_dir(tmp_path / "idx") / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["model"].update(name="other-model", fingerprint="0123456789abcdef", dim=768)
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(SnapshotMismatch, match="built with model other-model.*dimension 768"):
        load_snapshot(tmp_path / "idx", encoder)


def test_a_snapshot_of_another_layout_is_refused_by_the_service_and_batch_alike(tmp_path,
                                                                              encoder):
    build_snapshot(read(small_roster(tmp_path)).accepted, encoder, tmp_path / "idx")
    directory = current_snapshot_dir(tmp_path / "idx")
    manifest = json.loads((directory / "manifest.json").read_text())
    manifest["schema_version"] -= 1
    (directory / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(SnapshotMismatch, match="schema version .*rebuild it"):
        load_snapshot(tmp_path / "idx", encoder)
    with pytest.raises(SnapshotMismatch, match="schema version .*rebuild it"):
        load_reference(directory, encoder)


def test_corrupt_file_is_detected(tmp_path, encoder):
    build_snapshot(read(small_roster(tmp_path)).accepted, encoder, tmp_path / "idx")
    target = current_snapshot_dir(tmp_path / "idx") / "catalogue.npz"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    with pytest.raises(SnapshotMismatch, match="catalogue.npz does not match its checksum"):
        load_snapshot(tmp_path / "idx", encoder)
    target.write_bytes(bytes(data[:-10]))
    with pytest.raises(SnapshotMismatch, match="catalogue.npz is missing or has the wrong size"):
        load_snapshot(tmp_path / "idx", encoder)


def test_missing_index_says_how_to_build_one(tmp_path, encoder):
    with pytest.raises(IndexUnavailable, match="matcher index build"):
        load_snapshot(tmp_path / "nothing", encoder)


@pytest.mark.slow
@pytest.mark.parametrize("kill_at", ["write_index", "rename"])
def test_build_killed_half_way_leaves_previous_snapshot_serving(tmp_path, encoder,
                                                                cache_path, kill_at):
    index = tmp_path / "idx"
    first = build_snapshot(read(small_roster(tmp_path)).accepted, encoder, index)
    (tmp_path / "second").mkdir()
    second_roster = small_roster(tmp_path / "second", n=55, bio="Marathon training")
    script = textwrap.dedent(f"""
        import os, signal
        import faiss
        import matcher.search.snapshots as ix
        from matcher.embedding.encoder import Encoder
        from matcher.ingest.readers import read

        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)

        if {kill_at!r} == "write_index":
            real = faiss.write_index
            def half(index, path):
                real(index, path)
                die()
            ix.faiss.write_index = half
        else:
            ix.os.rename = die
        enc = Encoder(cache_path={str(cache_path)!r})
        ix.build_snapshot(read({str(second_roster)!r}).accepted, enc, {str(index)!r})
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True,
                          env=dict(os.environ, HF_HUB_OFFLINE="1"), timeout=300)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    assert current_snapshot_dir(index) == first
    snap = load_snapshot(index, encoder)
    assert snap.catalogue.size == 40
    assert snap.profile("s0")["bio"].startswith("Vegan")
    # the next build succeeds and replaces it
    build_snapshot(read(second_roster).accepted, encoder, index)
    assert load_snapshot(index, encoder).catalogue.size == 55


def _without_written_figures(directory: Path) -> None:
    """Rewrite a snapshot's catalogue as a snapshot written before it kept the written
    figures (its manifest's checksum and size updated to match)."""
    path = directory / "catalogue.npz"
    with np.load(path, allow_pickle=True) as data:
        arrays = {name: data[name] for name in data.files if not name.startswith("written_")}
    assert len(arrays) < len(np.load(path, allow_pickle=True).files)
    with open(path, "wb") as handle:
        np.savez(handle, **arrays)
    manifest_path = directory / "manifest.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["checksums"]["catalogue.npz"] = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest["sizes"]["catalogue.npz"] = path.stat().st_size
    manifest_path.write_text(json.dumps(manifest))


def test_a_snapshot_without_the_written_figures_serves_the_same_answers(tmp_path, index_dir,
                                                                       encoder):
    older = tmp_path / "older"
    shutil.copytree(index_dir, older)
    _without_written_figures(current_snapshot_dir(older))
    settings = Settings(segments_dir=FIXTURES / "segments")
    kept = Matcher(load_snapshot(index_dir, encoder), encoder, settings)
    formatted = Matcher(load_snapshot(older, encoder), encoder, settings)
    assert kept.snapshot.catalogue.written is not None
    assert formatted.snapshot.catalogue.written is None
    for segment in sorted(kept.bundled_segments)[:4]:
        for rank_by in ("fit", "reach"):
            answer = kept.shortlist(segment, k=30, rank_by=rank_by)
            assert answer.to_json() == formatted.shortlist(segment, k=30,
                                                           rank_by=rank_by).to_json()
            assert any(r["engagement_rate"] is not None for r in answer.results)


def test_the_kept_figures_are_the_profiles_written_figures(index_dir, encoder):
    catalogue = load_snapshot(index_dir, encoder).catalogue
    assert catalogue.written is not None
    rows = np.arange(catalogue.size)
    for name in WRITTEN_COLUMNS:
        assert ([repr(value) for value in written(catalogue, name, rows)]  # nan as nan
                == [repr(value) for value in as_written(getattr(catalogue, name))])
    assert as_written(np.array([0.0597, np.nan], dtype=np.float32))[0] == 0.0597
