"""Influencer-to-audience matching: explained shortlists of creators for audience segments."""

import matcher.search.openmp  # noqa: F401  (first: FAISS loads with its OpenMP wait policy)
from matcher.config import Settings, get_settings
from matcher.contracts.profiles import Audience, Filters, Influencer, Segment
from matcher.embedding.encoder import Encoder
from matcher.errors import (
    IndexUnavailable,
    InvalidInput,
    InvalidSegment,
    MatcherError,
    NotFound,
    SnapshotMismatch,
    UnknownInfluencer,
    UnknownSegment,
)
from matcher.ingest.readers import ReadResult, Reject, read
from matcher.search.snapshots import Snapshot, build_snapshot, load_snapshot
from matcher.service import Matcher, Shortlist

__all__ = [
    "Audience",
    "Encoder",
    "Filters",
    "IndexUnavailable",
    "Influencer",
    "InvalidInput",
    "InvalidSegment",
    "Matcher",
    "MatcherError",
    "NotFound",
    "ReadResult",
    "Reject",
    "Segment",
    "Settings",
    "Shortlist",
    "Snapshot",
    "SnapshotMismatch",
    "UnknownInfluencer",
    "UnknownSegment",
    "build_snapshot",
    "get_settings",
    "load_snapshot",
    "read",
]
