"""Garbage-collector settings for a process holding a loaded snapshot."""

from __future__ import annotations

import gc

YOUNG_OBJECTS = 10_000  # the collector's first threshold


def settle() -> None:
    """Take a loaded snapshot's millions of objects (ids, handles, names) out of the garbage
    collector's reach: otherwise every full collection walks them all, a pause of tens of
    milliseconds at a million creators, landing on whichever request triggered it. And let
    a shortlist's records (up to about 1,500 live containers at k=50) be built without a
    young collection starting halfway."""
    gc.collect()
    gc.freeze()
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_OBJECTS), *older)
