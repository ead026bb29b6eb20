"""The features the prediction rests on, read from a shortlist's creator records.

Per creator: log segment share, log estimated reach, log engagement against the platform
median, content affinity, and one indicator per platform other than Instagram. The numeric
features are standardised over the pool they are read from (the scale is kept, so results
and candidates read later share it); a missing figure takes the pool's mean (0 once
standardised).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

NUMERIC: tuple[str, ...] = ("log segment share", "log estimated reach",
                            "log engagement vs median", "content affinity")
PLATFORM_FEATURES: tuple[str, ...] = ("tiktok", "youtube", "twitch", "x")
FEATURES: tuple[str, ...] = NUMERIC + tuple(f"platform {p}" for p in PLATFORM_FEATURES)


def raw_features(record: Mapping[str, Any]) -> np.ndarray:
    """The unstandardised features of one creator record (NaN where unknown)."""
    ratio = record.get("engagement_vs_median")
    affinity = record.get("content_affinity")
    numeric = [np.log(max(float(record["segment_share"]), 1e-5)),
               np.log(max(float(record["estimated_reach"]), 1.0)),
               np.log(max(float(ratio), 0.01)) if ratio is not None else np.nan,
               float(affinity) if affinity is not None else np.nan]
    platforms = [1.0 if record.get("platform") == p else 0.0 for p in PLATFORM_FEATURES]
    return np.array(numeric + platforms)


@dataclass(frozen=True)
class Scale:
    """The mean and sd of each numeric feature over a pool of creators."""

    mean: np.ndarray
    sd: np.ndarray

    @classmethod
    def of(cls, raw: np.ndarray) -> Scale:
        """Over the known values of each feature (mean 0 and sd 1 where none is known)."""
        numeric = raw[:, :len(NUMERIC)]
        known = np.isfinite(numeric)
        count = np.maximum(known.sum(axis=0), 1)
        mean = np.where(known, numeric, 0.0).sum(axis=0) / count
        sd = np.sqrt(np.where(known, (numeric - mean) ** 2, 0.0).sum(axis=0) / count)
        return cls(mean=mean, sd=np.where(sd > 1e-9, sd, 1.0))

    def apply(self, raw: np.ndarray) -> np.ndarray:
        out = raw.copy()
        k = len(NUMERIC)
        out[:, :k] = np.nan_to_num((raw[:, :k] - self.mean) / self.sd)
        return out


def feature_matrix(records: Sequence[Mapping[str, Any]]) -> np.ndarray:
    """(creators, features) unstandardised."""
    if not records:
        return np.zeros((0, len(FEATURES)))
    return np.stack([raw_features(r) for r in records])
