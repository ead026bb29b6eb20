"""Influencer-to-audience matching: explained shortlists of creators for audience segments."""

import matcher.openmp  # noqa: F401  (first: FAISS loads with its OpenMP wait policy)
from matcher.config import Settings, get_settings
from matcher.embed import Encoder
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
from matcher.index import Snapshot, build_snapshot, load_snapshot
from matcher.profiles import Audience, Filters, Influencer, Segment
from matcher.readers import ReadResult, Reject, read
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
