"""What a segment costs to prepare, kept per catalogue part and for as long as the part lives.

A saved segment is encoded, matched and filtered once per catalogue part, not once per
shortlist. Each cache is keyed by the ``Catalogue`` object itself, weakly: when a write or a
rebuild replaces a part, its catalogue is released and every entry made for it goes with it.
Values never refer back to their catalogue (that would keep it alive).
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from typing import Generic, TypeVar

from matcher.matching.catalogue import Catalogue

V = TypeVar("V")


class PartCache(Generic[V]):
    """Per catalogue part, the ``size`` most recently used values by key (a segment's JSON)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._parts: weakref.WeakKeyDictionary[Catalogue, OrderedDict[str, V]] = (
            weakref.WeakKeyDictionary())
        self._lock = threading.Lock()  # shortlists also run on threadpool threads

    def get(self, catalogue: Catalogue, key: str) -> V | None:
        return self.lookup(catalogue, key)[1]

    def lookup(self, catalogue: Catalogue, key: str) -> tuple[bool, V | None]:
        """Whether ``key`` is held for ``catalogue``, and its value."""
        with self._lock:
            entries = self._parts.get(catalogue)
            if entries is None or key not in entries:
                return False, None
            entries.move_to_end(key)
            return True, entries[key]

    def put(self, catalogue: Catalogue, key: str, value: V) -> None:
        with self._lock:
            entries = self._parts.setdefault(catalogue, OrderedDict())
            entries[key] = value
            entries.move_to_end(key)
            while len(entries) > self.size:
                entries.popitem(last=False)

    def values(self) -> list[V]:
        """Every value held, for every live catalogue part."""
        with self._lock:
            return [value for entries in self._parts.values() for value in entries.values()]

    def __len__(self) -> int:
        with self._lock:
            return sum(len(entries) for entries in self._parts.values())
