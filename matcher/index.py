"""FAISS snapshots: build, write atomically, load with checks, search with filters.

A snapshot directory holds::

    index.faiss       the block vectors in an inner-product index (row = catalogue row)
    catalogue.npz     columnar profiles (see catalogue.py)
    text_emb.npy      bio + categories embeddings, for exact content affinity
    label_emb.npy     embeddings of the catalogue's interest labels
    profiles.jsonl    the accepted profiles as clean JSON, in row order
    manifest.json     schema version, model, dimensions, block layout, version, checksums

Snapshots live in ``INDEX_DIR/snapshots/<version>/``; ``INDEX_DIR/CURRENT`` names the one
served. A build writes into a temporary directory, fsyncs, renames it into ``snapshots/``,
then replaces ``CURRENT`` by rename: a reader never sees a half-written snapshot and a build
killed at any point leaves the previous one serving.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from matcher.catalogue import Catalogue, build_catalogue
from matcher.embed import Encoder
from matcher.errors import IndexUnavailable, SnapshotMismatch
from matcher.profiles import Influencer
from matcher.vectors import BlockLayout, profile_vectors

SCHEMA_VERSION = 1
FILES = ("index.faiss", "catalogue.npz", "text_emb.npy", "label_emb.npy", "profiles.jsonl")
KEEP_SNAPSHOTS = 3
Progress = Callable[[str], None]


def profile_text(profile: Influencer) -> str:
    categories = ", ".join(profile.categories)
    return f"{profile.bio} | {categories}".strip(" |") or profile.name or profile.id


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class Snapshot:
    directory: Path
    manifest: dict[str, Any]
    index: faiss.Index
    catalogue: Catalogue
    text_emb: np.ndarray
    label_emb: np.ndarray
    layout: BlockLayout
    _profiles: dict[str, dict[str, Any]] | None = None

    @property
    def version(self) -> str:
        return str(self.manifest["version"])

    def profile(self, influencer_id: str) -> dict[str, Any] | None:
        if self._profiles is None:
            with open(self.directory / "profiles.jsonl", encoding="utf-8") as handle:
                self._profiles = {}
                for line in handle:
                    record = json.loads(line)
                    self._profiles[record["id"]] = record
        return self._profiles.get(influencer_id)

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """Rows and scores of the k best inner products, only among ``allowed`` rows."""
        n = self.index.ntotal
        k = min(k, n if allowed is None else int(allowed.sum()))
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        params = None
        if allowed is not None and not allowed.all():
            selector = faiss.IDSelectorBatch(np.flatnonzero(allowed).astype(np.int64))
            params = faiss.SearchParameters(sel=selector)
        scores, rows = self.index.search(query.reshape(1, -1).astype(np.float32), k,
                                         params=params)
        keep = rows[0] >= 0
        return rows[0][keep].astype(np.int64), scores[0][keep]

    def exact_scores(self, query: np.ndarray) -> np.ndarray:
        """Inner products with every row: the exact scan the FAISS stage is measured against."""
        vectors = faiss.rev_swig_ptr(self.index.get_xb(), self.index.ntotal * self.index.d)
        return np.asarray(vectors).reshape(self.index.ntotal, self.index.d) @ query


def snapshot_root(index_dir: Path) -> Path:
    return index_dir / "snapshots"


def current_snapshot_dir(index_dir: Path) -> Path | None:
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        return None
    name = pointer.read_text(encoding="utf-8").strip()
    target = snapshot_root(index_dir) / name
    return target if target.is_dir() else None


def build_snapshot(profiles: Sequence[Influencer], encoder: Encoder, index_dir: str | Path, *,
                   source: str = "", progress: bool = False,
                   log: Progress | None = None, metadata: dict[str, Any] | None = None
                   ) -> Path:
    """Embed, index and write a new snapshot, then point CURRENT at it. Returns its path."""
    say = log or (lambda _msg: None)
    index_dir = Path(index_dir)
    started = time.perf_counter()
    if not profiles:
        raise ValueError("cannot build an index from an empty roster")
    catalogue = build_catalogue(profiles)
    say(f"embedding {len(profiles)} profile texts ({encoder.name})")
    encoded_before = encoder.encoded_count
    text_emb = encoder.encode([profile_text(p) for p in profiles], progress=progress)
    label_emb = encoder.encode(catalogue.label_vocab) if catalogue.label_vocab else np.zeros(
        (0, encoder.dim), dtype=np.float32)
    layout = BlockLayout(encoder.dim, len(catalogue.country_vocab), len(catalogue.language_vocab))
    vectors = profile_vectors(catalogue, text_emb, label_emb, layout)
    index = faiss.IndexFlatIP(layout.dim)
    index.add(vectors)
    say(f"indexed {index.ntotal} vectors of dimension {layout.dim}")

    index_dir.mkdir(parents=True, exist_ok=True)
    root = snapshot_root(index_dir)
    root.mkdir(exist_ok=True)
    built = datetime.now(UTC)
    version = built.strftime("%Y%m%dT%H%M%S%fZ")
    staging = Path(tempfile.mkdtemp(prefix=f".{version}.", dir=root))
    try:
        faiss.write_index(index, str(staging / "index.faiss"))
        catalogue.save(staging)
        np.save(staging / "text_emb.npy", text_emb)
        np.save(staging / "label_emb.npy", label_emb)
        with open(staging / "profiles.jsonl", "w", encoding="utf-8") as handle:
            for profile in profiles:
                handle.write(profile.model_dump_json(exclude_none=True) + "\n")
        manifest = {
            "schema_version": SCHEMA_VERSION,
            "version": version,
            "built_at": built.isoformat(),
            "source": source,
            "model": encoder.describe(),
            "index_type": "IndexFlatIP",
            "dimension": layout.dim,
            "block_layout": layout.describe(),
            "size": index.ntotal,
            "labels": len(catalogue.label_vocab),
            "texts_encoded": encoder.encoded_count - encoded_before,
            "build_seconds": round(time.perf_counter() - started, 3),
            "checksums": {name: _sha256(staging / name) for name in FILES},
            **(metadata or {}),
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        for name in (*FILES, "manifest.json"):
            with open(staging / name, "rb") as handle:
                os.fsync(handle.fileno())
        final = root / version
        os.rename(staging, final)
        _fsync_dir(root)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    pointer_tmp = index_dir / f".CURRENT.{os.getpid()}"
    pointer_tmp.write_text(version + "\n", encoding="utf-8")
    with open(pointer_tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(pointer_tmp, index_dir / "CURRENT")
    _fsync_dir(index_dir)
    _prune(index_dir, keep=version)
    say(f"snapshot {version} written to {final}")
    return final


def _prune(index_dir: Path, keep: str) -> None:
    root = snapshot_root(index_dir)
    done = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    for old in done[:-KEEP_SNAPSHOTS]:
        if old.name != keep:
            shutil.rmtree(old, ignore_errors=True)


def load_snapshot(index_dir: str | Path, encoder: Encoder | None = None,
                  verify: bool = True) -> Snapshot:
    index_dir = Path(index_dir)
    directory = current_snapshot_dir(index_dir)
    if directory is None:
        raise IndexUnavailable(f"no snapshot in {index_dir}: run `matcher index build ROSTER "
                               f"--index {index_dir}` first", field="index")
    manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise SnapshotMismatch(
            f"snapshot {directory.name} has schema version {manifest.get('schema_version')}, "
            f"this service reads version {SCHEMA_VERSION}: rebuild it", field="index")
    if encoder is not None:
        model = manifest["model"]
        if model["fingerprint"] != encoder.fingerprint or model["dim"] != encoder.dim:
            raise SnapshotMismatch(
                f"snapshot {directory.name} was built with model {model['name']} "
                f"(fingerprint {model['fingerprint']}, dimension {model['dim']}) but the "
                f"service runs {encoder.name} (fingerprint {encoder.fingerprint}, dimension "
                f"{encoder.dim}): rebuild the index or set MATCHER_MODEL_PATH", field="index")
    if verify:
        for name, expected in manifest["checksums"].items():
            if _sha256(directory / name) != expected:
                raise SnapshotMismatch(f"snapshot {directory.name}: {name} does not match its "
                                       "checksum (corrupt file): rebuild the index",
                                       field="index")
    index = faiss.read_index(str(directory / "index.faiss"))
    catalogue = Catalogue.load(directory)
    layout = BlockLayout(int(manifest["model"]["dim"]), len(catalogue.country_vocab),
                         len(catalogue.language_vocab))
    return Snapshot(directory, manifest, index, catalogue,
                    np.load(directory / "text_emb.npy", mmap_mode="r"),
                    np.load(directory / "label_emb.npy"), layout)
