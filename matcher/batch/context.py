"""What every chunk is scored against: the served snapshot's reference numbers and segments.

A creator must get the same fit in a batch file as in a shortlist of the same catalogue, and
the same fit whichever chunk (or worker) it lands in. So nothing is taken from the chunk
itself: the engagement medians per platform and tier, the credibility median, the share
priors for missing blocks, and the interest labels' match to each segment phrase all come
from the reference snapshot (``Matcher.snapshot``). A label the snapshot has never seen is
matched against the phrase's best similarity *in the snapshot's vocabulary*.

Platforms the snapshot holds no creator of have no engagement median of their own; they
take the median over the snapshot's platforms for the same follower tier, and their summary
says so.

Workers build a ``ScoringContext`` once per process from a small, hashable ``ContextSpec``
(paths and the segments as JSON) through ``context_for``: the model and the snapshot are
loaded once, however many chunks the worker scores.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from matcher.contracts.profiles import Segment
from matcher.embedding.encoder import Encoder
from matcher.errors import SnapshotMismatch
from matcher.matching.catalogue import Catalogue
from matcher.matching.interests import InterestMatcher, LabelMatch
from matcher.matching.neighbours import NEIGHBOURS, as_stored, interest_reference
from matcher.matching.scoring import (
    Priors,
    check_weights_apply,
    resolve_weights,
    share_priors,
)
from matcher.matching.segments import build_targets
from matcher.search.snapshots import SCHEMA_VERSION


@dataclass(frozen=True)
class ContextSpec:
    """Everything a worker needs to build its ``ScoringContext``; small and hashable."""

    snapshot_dir: str
    model_path: str | None
    cache_path: str | None
    embed_batch_size: int
    segments_json: str
    weights_json: str

    @classmethod
    def create(cls, snapshot_dir: Path, model_path: str | Path | None,
               cache_path: str | Path | None, embed_batch_size: int,
               segments: Sequence[Segment], weights: dict[str, float]) -> ContextSpec:
        return cls(str(Path(snapshot_dir).resolve()),
                   None if model_path is None else str(Path(model_path).resolve()),
                   None if cache_path is None else str(Path(cache_path).resolve()),
                   embed_batch_size,
                   json.dumps([s.model_dump(mode="json") for s in segments]),
                   json.dumps(weights, sort_keys=True))

    def segments(self) -> list[Segment]:
        return [Segment.model_validate(s) for s in json.loads(self.segments_json)]

    def weights(self) -> dict[str, float]:
        return {str(k): float(v) for k, v in json.loads(self.weights_json).items()}


@dataclass
class SegmentReference:
    segment: Segment
    priors: Priors
    best_similarity: np.ndarray | None       # (phrases,) best label score in the snapshot
    label_matches: dict[str, tuple[float, LabelMatch | None]]  # snapshot label -> weight, match


@dataclass
class ScoringContext:
    encoder: Encoder
    catalogue: Catalogue                      # the reference snapshot's
    engagement_median: np.ndarray             # platform x tier, gaps filled (see module doc)
    borrowed_median: frozenset[int]           # platform codes whose median is borrowed
    segments: list[SegmentReference]
    weights: dict[str, float]
    snapshot_version: str
    process: str                              # "pid:loads", to show a worker loaded once
    text_dtype: np.dtype[Any] = field(default_factory=lambda: np.dtype(np.float32))
    #: the snapshot's interest reference set's text embeddings, as stored (float32), which a
    #: chunk's creators missing interests find their nearest among; None: not known
    reference_emb: np.ndarray | None = None
    #: how many nearest reported creators the snapshot keeps per creator (its table's width)
    neighbour_count: int = NEIGHBOURS


_lock = threading.Lock()
_contexts: dict[ContextSpec, ScoringContext] = {}
_builds: dict[ContextSpec, int] = {}
_encoders: dict[tuple[str | None, str | None, int], Encoder] = {}
LOADS = {"contexts": 0, "encoders": 0}


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def load_reference(snapshot_dir: Path, encoder: Encoder
                   ) -> tuple[Catalogue, np.ndarray, str, np.ndarray]:
    """The catalogue and label embeddings of one snapshot directory, checked against its
    manifest (model and checksums), and its text embeddings (memory-mapped); the
    FAISS index and the profiles are not needed."""
    manifest = json.loads((snapshot_dir / "manifest.json").read_text(encoding="utf-8"))
    if manifest.get("schema_version") != SCHEMA_VERSION:
        raise SnapshotMismatch(
            f"snapshot {snapshot_dir.name} has schema version {manifest.get('schema_version')}, "
            f"this service reads version {SCHEMA_VERSION}: rebuild it", field="index")
    model = manifest["model"]
    if model["fingerprint"] != encoder.fingerprint or model["dim"] != encoder.dim:
        raise SnapshotMismatch(
            f"snapshot {snapshot_dir.name} was built with model {model['name']} (fingerprint "
            f"{model['fingerprint']}) but this process runs {encoder.name} (fingerprint "
            f"{encoder.fingerprint}): set MATCHER_MODEL_PATH alike everywhere", field="index")
    for name in ("catalogue.npz", "label_emb.npy"):
        expected = manifest.get("checksums", {}).get(name)
        if expected is not None and _sha256(snapshot_dir / name) != expected:
            raise SnapshotMismatch(f"snapshot {snapshot_dir.name}: {name} does not match its "
                                   "checksum", field="index")
    text_emb = np.load(snapshot_dir / "text_emb.npy", mmap_mode="r")
    return (Catalogue.load(snapshot_dir), np.load(snapshot_dir / "label_emb.npy"),
            str(manifest["version"]), text_emb)


def _filled_medians(catalogue: Catalogue) -> tuple[np.ndarray, frozenset[int]]:
    medians = catalogue.engagement_median.astype(np.float32).copy()
    missing = np.isnan(medians).all(axis=1)
    if missing.any() and not missing.all():
        medians[missing] = np.nanmedian(medians[~missing], axis=0)
    return medians, frozenset(int(code) for code in np.flatnonzero(missing))


def build_context(encoder: Encoder, catalogue: Catalogue, label_emb: np.ndarray,
                  segments: Sequence[Segment], weights: dict[str, float] | None,
                  snapshot_version: str = "", text_dtype: Any = np.float32,
                  text_emb: np.ndarray | None = None) -> ScoringContext:
    """Reference targets, priors and label matches of every segment, from the snapshot.
    ``text_dtype`` is how the snapshot stores text embeddings: chunk embeddings are rounded
    the same way, so content affinity matches the served value to the last digit."""
    references = []
    resolved = resolve_weights(weights)
    for segment in segments:
        targets = build_targets(segment, catalogue, label_emb, encoder, text_emb=text_emb)
        check_weights_apply(resolved, targets)
        priors = (share_priors(catalogue, targets, by_top_country=True, text_emb=text_emb)
                  if targets.targeted() else Priors())
        best = None
        matches: dict[str, tuple[float, LabelMatch | None]] = {}
        if targets.labels is not None and label_emb.shape[0]:
            best = targets.phrase_best
            for row, label in enumerate(catalogue.label_vocab):
                matches[label] = (float(targets.labels[row]), targets.label_matches.get(row))
        references.append(SegmentReference(segment, priors, best, matches))
    medians, borrowed = _filled_medians(catalogue)
    LOADS["contexts"] += 1
    # a snapshot that kept no neighbours estimates its own creators without them: so do chunks
    reference_emb = (None if text_emb is None or catalogue.interest_neighbours is None
                     else as_stored(text_emb[interest_reference(catalogue)]))
    return ScoringContext(encoder, catalogue, medians, borrowed, references,
                          resolved, snapshot_version,
                          f"{os.getpid()}:{LOADS['contexts']}", np.dtype(text_dtype),
                          reference_emb,
                          NEIGHBOURS if catalogue.interest_neighbours is None
                          else catalogue.interest_neighbours.shape[1])


def reference_label_weights(reference: SegmentReference, labels: Sequence[str],
                            label_emb: np.ndarray, phrases: np.ndarray, encoder: Encoder
                            ) -> tuple[np.ndarray, dict[int, LabelMatch]]:
    """Match weight per label of a chunk's vocabulary: the snapshot's own for labels it
    knows, else matched as the snapshot's labels are, against each phrase's best score in
    the snapshot."""
    weights = np.zeros(len(labels), dtype=np.float32)
    matches: dict[int, LabelMatch] = {}
    unknown = [i for i, label in enumerate(labels) if label not in reference.label_matches]
    for i, label in enumerate(labels):
        if label in reference.label_matches:
            weight, match = reference.label_matches[label]
            weights[i] = weight
            if match is not None:
                matches[i] = match
    if unknown and phrases.shape[0]:
        matching = InterestMatcher([labels[i] for i in unknown], label_emb[unknown],
                                   encoder).match(reference.segment, phrases,
                                                  reference.best_similarity)
        for j, i in enumerate(unknown):
            weights[i] = matching.weights[j]
            if j in matching.matches:
                matches[i] = matching.matches[j]
    return weights, matches


def context_for(spec: ContextSpec) -> ScoringContext:
    """This process's context for ``spec``, built on first use and kept: the model and the
    snapshot load once per process."""
    with _lock:
        found = _contexts.get(spec)
        if found is not None:
            return found
        key = (spec.model_path, spec.cache_path, spec.embed_batch_size)
        encoder = _encoders.get(key)
        if encoder is None:
            model = os.environ.get("MATCHER_MODEL_PATH") or spec.model_path
            cache = os.environ.get("MATCHER_CACHE_PATH") or spec.cache_path
            encoder = _encoders[key] = Encoder(model, cache, spec.embed_batch_size)
            LOADS["encoders"] += 1
        catalogue, label_emb, version, text_emb = load_reference(Path(spec.snapshot_dir),
                                                                 encoder)
        context = build_context(encoder, catalogue, label_emb, spec.segments(), spec.weights(),
                                version, text_emb.dtype, text_emb)
        _builds[spec] = _builds.get(spec, 0) + 1
        context.process = f"{os.getpid()}:{_builds[spec]}"
        _contexts.clear()
        _contexts[spec] = context
        return context
