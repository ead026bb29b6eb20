"""Bringing another model: a static-embedding model packaged by scripts/distill_static_model.py
serves through MATCHER_MODEL_PATH, and a snapshot built with one model refuses the other."""

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
from safetensors.numpy import save_file

from matcher.embedding.encoder import Encoder, bundled_model_path
from matcher.errors import SnapshotMismatch
from matcher.ingest.readers import read
from matcher.search.snapshots import build_snapshot, load_snapshot
from tests.conftest import ROOT

pytestmark = pytest.mark.slow

DIM = 16


@pytest.fixture(scope="module")
def static_model(tmp_path_factory) -> object:
    """A model2vec-layout directory (what `distill` writes), packaged as `make static-model`
    does; random weights stand in for distilled ones."""
    work = tmp_path_factory.mktemp("static")
    source = work / "tiny.model2vec"
    source.mkdir()
    shutil.copy(bundled_model_path() / "tokenizer.json", source / "tokenizer.json")
    vocab = len(json.loads((source / "tokenizer.json").read_text())["model"]["vocab"])
    weights = np.random.default_rng(0).normal(size=(vocab, DIM)).astype(np.float32)
    save_file({"embeddings": weights}, str(source / "model.safetensors"))
    (source / "distill.json").write_text(json.dumps(
        {"model2vec_version": "test", "pca_dims": DIM, "sif_coefficient": 1e-4}))
    out = work / "tiny-static"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "distill_static_model.py"),
                           "package", "--model2vec", str(source), "--out", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert not source.exists()  # the intermediate directory is removed
    return out


def test_packaged_static_model_encodes_unit_vectors_of_its_own_size(static_model, tmp_path):
    encoder = Encoder(model_path=static_model, cache_path=tmp_path / "cache.sqlite")
    vectors = encoder.encode(["home workouts for busy parents", "weeknight recipes"])
    assert vectors.shape == (2, DIM)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert encoder.name == "tiny-static"
    config = json.loads((static_model / "config.json").read_text())
    assert config["hidden_size"] == DIM and len(config["weights_sha256"]) == 64


def test_snapshot_remembers_its_model_and_refuses_another(static_model, encoder, tmp_path):
    static = Encoder(model_path=static_model, cache_path=tmp_path / "cache.sqlite")
    profiles = read(ROOT / "fixtures" / "creators.jsonl.gz").accepted[:200]
    build_snapshot(profiles, static, tmp_path / "idx")
    snapshot = load_snapshot(tmp_path / "idx", static)
    assert snapshot.catalogue.size == 200
    assert snapshot.manifest["model"]["fingerprint"] == static.fingerprint
    with pytest.raises(SnapshotMismatch, match="was built with model tiny-static"):
        load_snapshot(tmp_path / "idx", encoder)
