"""FAISS snapshots: build, write atomically, load with checks, search with filters.

A snapshot directory holds::

    index.faiss       the block vectors in an inner-product index (row = catalogue row)
    vectors.npy       above FLAT_MAX creators, the block vectors (float32): the index then
                      holds compact codes, and these re-score its best rows exactly
    cells.npz         with them, the index's cell codebooks and the axes its codes are on
    catalogue.npz     columnar profiles (see catalogue.py)
    text_emb.npy      bio + categories embeddings, for exact content affinity
    label_emb.npy     embeddings of the catalogue's interest labels
    projection.npy    the projection of the text and interest blocks (see vectors.py)
    profiles.jsonl    the accepted profiles as clean JSON, in row order (file builds only)
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

from matcher.contracts.profiles import Influencer
from matcher.embedding.encoder import Encoder
from matcher.errors import IndexUnavailable, SnapshotMismatch
from matcher.matching.catalogue import Catalogue, build_catalogue
from matcher.matching.written import written_columns
from matcher.search.ann import FLAT_MAX, Cells, load_cells, make_index, search
from matcher.search.neighbours import attach_interest_neighbours
from matcher.search.vectors import BlockLayout, balance, fit_layout, profile_vectors

SCHEMA_VERSION = 7
FILES = ("index.faiss", "catalogue.npz", "text_emb.npy", "label_emb.npy", "projection.npy",
         "scales.npy")
#: Files larger than this are checked by size when a snapshot loads, not by checksum, so a
#: million-creator snapshot starts in seconds; `matcher index verify` checks them all.
CHECKSUM_LIMIT = 64 * 1024 * 1024
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
    cells: Cells | None = None
    vectors: np.ndarray | None = None      # beside IVF codes, which hold no vectors
    _profiles: dict[str, dict[str, Any]] | None = None

    @property
    def version(self) -> str:
        return str(self.manifest["version"])

    def profile(self, influencer_id: str) -> dict[str, Any] | None:
        if self._profiles is None:
            if not (self.directory / "profiles.jsonl").exists():
                return None
            with open(self.directory / "profiles.jsonl", encoding="utf-8") as handle:
                self._profiles = {}
                for line in handle:
                    record = json.loads(line)
                    self._profiles[record["id"]] = record
        return self._profiles.get(influencer_id)

    def search(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None,
               allowed_count: int | None = None, selector: faiss.IDSelector | None = None,
               threads: int = 1) -> tuple[np.ndarray, np.ndarray]:
        """Rows and scores of the k best inner products, only among ``allowed`` rows (of
        which there are ``allowed_count``, and ``selector`` is their ID selector, when the
        caller has them); ``threads`` scan an IVF index's cells."""
        return search(self.index, self.cells, self.vectors, query, k, allowed,
                      allowed_count=allowed_count, selector=selector, threads=threads)

    def exact_scores(self, query: np.ndarray) -> np.ndarray:
        """Inner products with every row: the exact scan the FAISS stage is measured against
        (the flat index's vectors, or those stored beside the IVF codes)."""
        out = np.empty(self.index.ntotal, dtype=np.float32)
        for start in range(0, self.index.ntotal, 50_000):
            stop = min(start + 50_000, self.index.ntotal)
            block = (self.vectors[start:stop] if self.vectors is not None
                     else self.index.reconstruct_n(start, stop - start))
            out[start:stop] = block @ query
        return out


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
    """Embed, index and write a new snapshot, then point CURRENT at it. Returns its path.

    ``progress`` reports the embedding of the profile texts not in the encoder's cache: a
    bar on a terminal, else a line through ``log`` every few seconds (``Encoder.encode``)."""
    say = log or (lambda _msg: None)
    started = time.perf_counter()
    if not profiles:
        raise ValueError("cannot build an index from an empty roster")
    catalogue = build_catalogue(profiles)
    say(f"embedding {len(profiles)} profile texts ({encoder.name})")
    encoded_before = encoder.encoded_count
    text_emb = encoder.encode([profile_text(p) for p in profiles], progress=progress,
                              log=log)
    label_emb = encoder.encode(catalogue.label_vocab) if catalogue.label_vocab else np.zeros(
        (0, encoder.dim), dtype=np.float32)
    say(f"indexing {len(profiles):,} creators")
    return write_snapshot(
        catalogue, text_emb, label_emb, encoder.describe(), index_dir, profiles=profiles,
        source=source, log=log, started=started,
        metadata={"texts_encoded": encoder.encoded_count - encoded_before, **(metadata or {})})


def write_snapshot(catalogue: Catalogue, text_emb: np.ndarray, label_emb: np.ndarray,
                   model: dict[str, Any], index_dir: str | Path, *,
                   profiles: Sequence[Influencer] | None = None, source: str = "",
                   log: Progress | None = None, metadata: dict[str, Any] | None = None,
                   started: float | None = None, flat_max: int = FLAT_MAX) -> Path:
    """Index already-embedded profiles and write the snapshot atomically."""
    say = log or (lambda _msg: None)
    started = time.perf_counter() if started is None else started
    index_dir = Path(index_dir)
    layout = fit_layout(catalogue, text_emb, label_emb)
    vectors = profile_vectors(catalogue, text_emb, label_emb, layout)
    layout = balance(layout, vectors)
    attach_interest_neighbours(catalogue, text_emb)
    if catalogue.written is None:
        catalogue.written = written_columns(catalogue)
    index_started = time.perf_counter()
    index, cells = make_index(vectors, layout.audience_mix, flat_max=flat_max)
    index_seconds = time.perf_counter() - index_started
    if cells is None:
        del vectors
    say(f"indexed {index.ntotal} vectors of dimension {layout.dim} ({type(index).__name__})")

    index_dir.mkdir(parents=True, exist_ok=True)
    root = snapshot_root(index_dir)
    root.mkdir(exist_ok=True)
    built = datetime.now(UTC)
    version = built.strftime("%Y%m%dT%H%M%S%fZ")
    staging = Path(tempfile.mkdtemp(prefix=f".{version}.", dir=root))
    try:
        faiss.write_index(index, str(staging / "index.faiss"))
        files = list(FILES)
        if cells is not None:
            np.save(staging / "vectors.npy", np.asarray(vectors, dtype=np.float32))
            del vectors
            cells.save(staging / "cells.npz")
            files += ["vectors.npy", "cells.npz"]
        catalogue.save(staging)
        np.save(staging / "text_emb.npy", np.asarray(text_emb, dtype=np.float16))
        np.save(staging / "label_emb.npy", label_emb)
        described = layout.save(str(staging))
        if profiles is not None:
            with open(staging / "profiles.jsonl", "w", encoding="utf-8") as handle:
                for profile in profiles:
                    handle.write(profile.model_dump_json(exclude_none=True) + "\n")
            files.append("profiles.jsonl")
        manifest = {
            "schema_version": SCHEMA_VERSION,
            "version": version,
            "built_at": built.isoformat(),
            "source": source,
            "model": model,
            "index_type": type(index).__name__,
            "cells": None if cells is None else cells.layout.describe(),
            "code_dimension": None if cells is None else int(cells.axes.shape[1]),
            "dimension": layout.dim,
            "block_layout": layout.describe(),
            "layout": described,
            "size": index.ntotal,
            "labels": len(catalogue.label_vocab),
            "index_seconds": round(index_seconds, 3),
            "build_seconds": round(time.perf_counter() - started, 3),
            "checksums": {name: _sha256(staging / name) for name in files},
            "sizes": {name: (staging / name).stat().st_size for name in files},
            **(metadata or {}),
        }
        (staging / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        for name in (*files, "manifest.json"):
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
                  verify: bool | str = True) -> Snapshot:
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
            path = directory / name
            size = manifest.get("sizes", {}).get(name)
            if not path.exists() or (size is not None and path.stat().st_size != size):
                raise SnapshotMismatch(f"snapshot {directory.name}: {name} is missing or has "
                                       "the wrong size: rebuild the index", field="index")
            if (verify == "full" or path.stat().st_size <= CHECKSUM_LIMIT) and \
                    _sha256(path) != expected:
                raise SnapshotMismatch(f"snapshot {directory.name}: {name} does not match its "
                                       "checksum (corrupt file): rebuild the index",
                                       field="index")
    # Codes and ids stay in the file's pages (shared by every process that maps it) behind
    # FAISS's ordinary in-memory structures; IO_FLAG_MMAP would give OnDiskInvertedLists,
    # which scan about half as fast.
    index = faiss.read_index(str(directory / "index.faiss"), faiss.IO_FLAG_MMAP_IFC)
    cells = load_cells(directory / "cells.npz", index, manifest.get("cells"))
    # Plain arrays over the mapped pages: indexing an np.memmap goes through Python code.
    vectors = (np.asarray(np.load(directory / "vectors.npy", mmap_mode="r"))
               if cells is not None else None)
    catalogue = Catalogue.load(directory)
    layout = BlockLayout.load(str(directory), manifest["layout"])
    return Snapshot(directory, manifest, index, catalogue,
                    np.asarray(np.load(directory / "text_emb.npy", mmap_mode="r")),
                    np.load(directory / "label_emb.npy"), layout, cells, vectors)
