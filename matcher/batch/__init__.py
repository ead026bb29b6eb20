"""Batch scoring: a roster of any size against one or many segments, written as a file.

``score_roster`` reads the roster in chunks, scores every (creator, segment) pair exactly
against the served snapshot's reference numbers (in this process or on Dask workers), and
writes Parquet, CSV or JSON lines plus a rejects file, in constant memory.
"""

from matcher.batch.output import output_format, rejects_path
from matcher.batch.run import BatchOptions, BatchSummary, Reference, score_roster

__all__ = [
    "BatchOptions",
    "BatchSummary",
    "Reference",
    "output_format",
    "rejects_path",
    "score_roster",
]
