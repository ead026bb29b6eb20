"""How much work the API takes on at once: a bounded number of requests of one kind in
progress or waiting, and a time budget on each; past either, 503 with ``Retry-After``."""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from matcher.errors import Busy

T = TypeVar("T")


class Admission:
    """At most ``limit`` requests of one kind admitted at a time."""

    def __init__(self, what: str, limit: int, setting: str, retry_after: float) -> None:
        self.what, self.limit, self.setting = what, limit, setting
        self.retry_after = max(1, math.ceil(retry_after))
        self.active = 0
        self._lock = threading.Lock()

    @contextmanager
    def slot(self) -> Iterator[None]:
        with self._lock:
            if self.active >= self.limit:
                raise Busy(f"{self.limit} {self.what} are in progress or waiting already "
                           f"({self.setting}); retry in {self.retry_after} s",
                           retry_after=self.retry_after)
            self.active += 1
        try:
            yield
        finally:
            with self._lock:
                self.active -= 1


async def within(work: Awaitable[T], seconds: float, what: str, setting: str) -> T:
    """``work``'s result if it comes within ``seconds``; else a 503. The work itself is not
    cancelled (a thread cannot be): it finishes, and what it caches serves the retry."""
    task = asyncio.ensure_future(work)
    try:
        return await asyncio.wait_for(asyncio.shield(task), seconds)
    except TimeoutError:
        task.add_done_callback(lambda done: done.exception())  # retrieved, never logged
        retry = max(1, math.ceil(seconds))
        raise Busy(f"the {what} took longer than its budget of {seconds:g} s ({setting}); it "
                   f"is still being prepared: retry in {retry} s", retry_after=retry) from None
