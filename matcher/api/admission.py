"""How much work the API takes on at once: a bounded number of requests of one kind in
progress or waiting, and a time budget on each; past either, 503 with ``Retry-After``."""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from matcher.errors import Busy

T = TypeVar("T")


class Admission:
    """At most ``limit`` requests of one kind admitted at a time; a request's place is held
    until its work is done, not until its client stops waiting."""

    def __init__(self, what: str, limit: int, setting: str, retry_after: float) -> None:
        self.what, self.limit, self.setting = what, limit, setting
        self.retry_after = max(1, math.ceil(retry_after))
        self.active = 0
        self._lock = threading.Lock()

    def acquire(self) -> None:
        with self._lock:
            if self.active >= self.limit:
                raise Busy(f"{self.limit} {self.what} are in progress or waiting already "
                           f"({self.setting}); retry in {self.retry_after} s",
                           retry_after=self.retry_after)
            self.active += 1

    def release(self) -> None:
        with self._lock:
            self.active -= 1

    @contextmanager
    def slot(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()


async def within(work: Awaitable[T], seconds: float, what: str, setting: str,
                 gate: Admission | None = None) -> T:
    """``work``'s result if it comes within ``seconds``; else a 503. The work itself is not
    stopped (a thread cannot be): it finishes, what it caches serves the retry, and it keeps
    its place in ``gate`` until then, so abandoned work still counts against the limit."""
    if gate is not None:
        try:
            gate.acquire()
        except Busy:
            if asyncio.iscoroutine(work):
                work.close()  # never started
            raise
    try:
        task = asyncio.ensure_future(work)
    except BaseException:
        if gate is not None:
            gate.release()
        raise
    if gate is not None:
        task.add_done_callback(lambda _: gate.release())
    try:
        return await asyncio.wait_for(asyncio.shield(task), seconds)
    except TimeoutError:
        task.add_done_callback(_retrieve)
        retry = max(1, math.ceil(seconds))
        raise Busy(f"the {what} took longer than its budget of {seconds:g} s ({setting}); it "
                   f"is still being prepared: retry in {retry} s", retry_after=retry) from None
    except asyncio.CancelledError:  # the client went away: the work goes on, unobserved
        task.add_done_callback(_retrieve)
        raise


def _retrieve(done: asyncio.Future[Any]) -> None:
    """Look at an abandoned task's outcome, so an error in it is not reported as never
    retrieved."""
    if not done.cancelled():
        done.exception()
