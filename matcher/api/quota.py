"""Each client's share of the compute thread: the seconds its requests' work took there in
a sliding window, and a 429 with ``Retry-After`` for a client past its share.

A request is charged the time its function ran on the compute thread (or in a compute
process), measured around the function where it runs, so time spent waiting in the queue is
never charged: a cached shortlist costs its client milliseconds, a segment of 50 new phrases
seconds. The check comes before a request is admitted, and again when its turn on the
compute thread comes (so requests a client queued side by side do not all run once the first
took it past its share); a request that starts runs to the end and is charged in full, so a
client overshoots its share by at most the work it had running when it crossed it (one
request on the compute thread; with compute processes, whose queues the check does not
reach, what it had queued there).

The window is kept in ``SLOTS`` slots a client (the seconds charged in each), so a client
costs a fixed few hundred bytes however many requests it sends, and the table holds at most
``max_clients`` of them, the one charged longest ago forgotten first.
"""

from __future__ import annotations

import collections
import math
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from matcher.errors import OverQuota

T = TypeVar("T")
SLOTS = 20


class ClientQuota:
    """``seconds`` of compute per ``window`` seconds for each client; ``seconds`` 0 turns it
    off. ``clock`` places charges in the window, ``timer`` measures the work (both
    monotonic seconds; tests give fake ones)."""

    def __init__(self, seconds: float, window: float, max_clients: int,
                 clock: Callable[[], float] = time.monotonic,
                 timer: Callable[[], float] = time.perf_counter) -> None:
        self.seconds, self.window, self.max_clients = seconds, window, max_clients
        self.clock, self.timer = clock, timer
        self.slot_seconds = window / SLOTS
        # client -> its charged slots, oldest first: [slot number, seconds charged in it]
        self._clients: collections.OrderedDict[str, collections.deque[list[float]]]
        self._clients = collections.OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.seconds > 0

    def __len__(self) -> int:
        return len(self._clients)

    def _slot(self) -> int:
        return math.floor(self.clock() / self.slot_seconds)

    def _current(self, client: str, now: int) -> collections.deque[list[float]] | None:
        """The client's slots still in the window (older ones dropped); under the lock."""
        slots = self._clients.get(client)
        if slots is None:
            return None
        while slots and slots[0][0] <= now - SLOTS:
            slots.popleft()
        return slots

    def spent(self, client: str) -> float:
        """Seconds of compute the client used in the window."""
        with self._lock:
            slots = self._current(client, self._slot())
            return sum(s for _, s in slots) if slots else 0.0

    def admit(self, client: str) -> None:
        """Raise ``OverQuota`` if ``client`` used more than its share in the window, with
        ``retry_after``: the seconds until enough of what it used is older than the window."""
        if not self.enabled:
            return
        with self._lock:
            now = self._slot()
            slots = self._current(client, now)
            if not slots:
                return
            spent = sum(s for _, s in slots)
            if spent <= self.seconds:
                return
            freed, leaves = 0.0, now + 1
            for number, seconds in slots:  # oldest first
                freed += seconds
                leaves = int(number) + SLOTS  # the slot this charge is out of the window at
                if spent - freed <= self.seconds:
                    break
        retry = max(1, math.ceil(leaves * self.slot_seconds - self.clock()))
        raise OverQuota(
            f"client {client} used {spent:.1f} s of the compute thread in the last "
            f"{self.window:g} s, over its share of {self.seconds:g} s "
            f"(MATCHER_CLIENT_COMPUTE_SECONDS per MATCHER_CLIENT_WINDOW_SECONDS); retry in "
            f"{retry} s", retry_after=retry)

    def charge(self, client: str, seconds: float) -> None:
        """Add ``seconds`` of compute to ``client``'s current slot (any thread)."""
        if not self.enabled or seconds <= 0:
            return
        with self._lock:
            now = self._slot()
            slots = self._current(client, now)
            if slots is None:
                slots = self._clients[client] = collections.deque()
            self._clients.move_to_end(client)
            if slots and slots[-1][0] == now:
                slots[-1][1] += seconds
            else:
                slots.append([now, seconds])
            while len(self._clients) > self.max_clients:
                self._clients.popitem(last=False)

    def meter(self, client: str) -> Meter:
        return Meter(self, client)


class Meter:
    """One request's client: admitted or refused by the quota, then charged the time its
    work takes where it runs."""

    def __init__(self, quota: ClientQuota, client: str) -> None:
        self.quota, self.client = quota, client

    def admit(self) -> None:
        self.quota.admit(self.client)

    def charge(self, seconds: float) -> None:
        self.quota.charge(self.client, seconds)

    def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` on this thread, its time charged to the client (also when it
        raises: the thread was held all the same). The client is checked again first: a
        request that waited in the queue while the client's earlier ones took it past its
        share is refused when its turn comes, without running."""
        if not self.quota.enabled:
            return function(*args)
        self.admit()
        started = self.quota.timer()
        try:
            return function(*args)
        finally:
            self.charge(self.quota.timer() - started)
