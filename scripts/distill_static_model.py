"""Distil a static (model2vec) encoder from the bundled MiniLM, for fast bulk ingest.

    make static-model

which runs, in two virtual environments:

    .venv-distill/bin/python scripts/distill_static_model.py distill \\
        --base MINILM_DIR --pca-dims 256 --out models/minilm-static-256.model2vec
    .venv/bin/python scripts/distill_static_model.py package \\
        --model2vec models/minilm-static-256.model2vec --out models/minilm-static-256

`distill` needs model2vec[distill], which pins an older transformers than the service's: it runs
in its own venv, reads the local MiniLM directory (nothing is downloaded) and writes a model2vec
directory: one vector per token, the mean of MiniLM's output for that token, PCA-reduced and
SIF-weighted. `package` runs in the project venv and rewrites it as a sentence-transformers
model (`StaticEmbedding` then `Normalize`), so `SentenceTransformer(path)` and
`MATCHER_MODEL_PATH=path` load it without model2vec. The weights sit in the model's root folder,
next to a `config.json` that records how they were made and their sha256, so
`matcher.embedding.encoder.model_fingerprint` changes whenever the weights do. The output
directory appears whole or not at all.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

PROBE = ["creator who posts about cooking and travel", "home workouts for busy parents"]


def distill(base: Path, out: Path, pca_dims: int) -> None:
    """In the distillation venv: MiniLM directory -> model2vec directory (float32 weights)."""
    import model2vec
    from model2vec.distill import distill as model2vec_distill

    if not (base / "config.json").exists():
        sys.exit(f"no transformers model (config.json) in {base}")
    started = time.perf_counter()
    model = model2vec_distill(str(base), pca_dims=pca_dims, device="cpu", quantize_to="float32")
    seconds = time.perf_counter() - started
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    model.save_pretrained(partial)
    meta = {"base_model_dir": str(base), "pca_dims": pca_dims, "sif_coefficient": 1e-4,
            "model2vec_version": model2vec.__version__, "distill_seconds": round(seconds, 1)}
    (partial / "distill.json").write_text(json.dumps(meta, indent=2) + "\n")
    shutil.rmtree(out, ignore_errors=True)
    partial.rename(out)
    print(f"distilled {base} in {seconds:.1f} s: {model.embedding.shape[0]} tokens x "
          f"{model.embedding.shape[1]} dims -> {out}")


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package(source: Path, out: Path, keep_source: bool) -> None:
    """In the project venv: model2vec directory -> sentence-transformers directory, checked."""
    import numpy as np
    from sentence_transformers import SentenceTransformer

    try:  # sentence-transformers >= 6
        from sentence_transformers.base.modules.normalize import Normalize
        from sentence_transformers.sentence_transformer.modules import StaticEmbedding
    except ImportError:
        from sentence_transformers.models import Normalize, StaticEmbedding

    meta = json.loads((source / "distill.json").read_text())
    static = StaticEmbedding.load(str(source))  # reads model2vec's weights and tokenizer
    static.save_in_root = True  # weights in the root folder, where model_fingerprint looks
    model = SentenceTransformer(modules=[static, Normalize()], device="cpu")

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=out.name + ".", dir=out.parent))
    try:
        model.save(str(staging), create_model_card=False)
        # The names every sentence-transformers release since 3.3 resolves (6.x maps them).
        modules = json.loads((staging / "modules.json").read_text())
        for module, name in zip(modules, ("StaticEmbedding", "Normalize"), strict=True):
            module["type"] = f"sentence_transformers.models.{name}"
        (staging / "modules.json").write_text(json.dumps(modules, indent=2) + "\n")
        weights = staging / "model.safetensors"
        if not weights.exists():
            sys.exit(f"expected the weights at {weights}")
        config = {
            "architectures": ["StaticEmbedding"],
            "model_type": "static-embedding",
            "base_model": "sentence-transformers/all-MiniLM-L6-v2",
            "distilled_with": f"model2vec {meta['model2vec_version']}",
            "pca_dims": meta["pca_dims"],
            "sif_coefficient": meta["sif_coefficient"],
            "vocab_size": static.num_embeddings,
            "hidden_size": static.embedding_dim,
            "normalize": True,
            "weights_sha256": sha256_file(weights),
        }
        (staging / "config.json").write_text(json.dumps(config, indent=2) + "\n")
        check(staging, expected_dim=static.embedding_dim)
        if out.exists():
            shutil.rmtree(out)
        for file in staging.rglob("*"):  # mkdtemp and safetensors make them owner-only
            file.chmod(0o755 if file.is_dir() else 0o644)
        staging.chmod(0o755)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if not keep_source:
        shutil.rmtree(source)
    reloaded = SentenceTransformer(str(out), device="cpu")
    vectors = reloaded.encode(PROBE, convert_to_numpy=True)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    print(f"wrote {out}: {static.num_embeddings} tokens x {static.embedding_dim} dims, "
          f"{size / 2**20:.1f} MiB; probe norms {np.round(np.linalg.norm(vectors, axis=1), 4)}")


def check(path: Path, expected_dim: int) -> None:
    """Loads as the service does, without model2vec: normalised vectors of the right size."""
    import numpy as np

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from matcher.embedding.encoder import Encoder

    encoder = Encoder(model_path=path)
    vectors = encoder.encode(PROBE)
    if vectors.shape != (len(PROBE), expected_dim):
        sys.exit(f"{path}: encoded shape {vectors.shape}, expected ({len(PROBE)}, {expected_dim})")
    if not np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4):
        sys.exit(f"{path}: embeddings are not unit length")
    raw = encoder._model.encode(PROBE, convert_to_numpy=True)
    if not np.allclose(np.linalg.norm(raw, axis=1), 1.0, atol=1e-4):
        sys.exit(f"{path}: the model itself does not normalise")
    encoder.cache.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    steps = parser.add_subparsers(dest="step", required=True)
    one = steps.add_parser("distill", help="run in the venv with model2vec[distill]")
    one.add_argument("--base", type=Path, required=True, help="the MiniLM model directory")
    one.add_argument("--out", type=Path, required=True)
    one.add_argument("--pca-dims", type=int, default=256)
    two = steps.add_parser("package", help="run in the project venv")
    two.add_argument("--model2vec", type=Path, required=True, help="the output of `distill`")
    two.add_argument("--out", type=Path, required=True)
    two.add_argument("--keep-model2vec", action="store_true",
                     help="keep the model2vec directory (deleted by default)")
    args = parser.parse_args()
    if args.step == "distill":
        distill(args.base.resolve(), args.out, args.pca_dims)
    else:
        package(args.model2vec, args.out, args.keep_model2vec)


if __name__ == "__main__":
    main()
