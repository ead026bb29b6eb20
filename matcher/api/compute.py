"""Where the API's CPU-bound shortlists run.

A shortlist is milliseconds of numpy, FAISS and Python on one thread. On the threadpool,
eight concurrent requests interleave on one interpreter lock and each is slower than the
whole queue run in turn, so by default they wait for a single compute thread and the event
loop stays free for I/O.

``matcher serve --index DIR --workers N`` adds N compute processes, each holding the same
memory-mapped snapshot, behind this one HTTP process: every request goes to the least busy
one. Separate uvicorn workers sharing a listening socket instead balanced
*connections*, and keep-alive clients stayed where they first landed: eight connections
split 7 / 1 as often as 4 / 4, and throughput with them (125 against 217-275 shortlists/s).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import multiprocessing
import multiprocessing.process
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TypeVar

from matcher.api.quota import Meter
from matcher.config import default_scan_threads
from matcher.contracts.profiles import Segment
from matcher.errors import ComputeUnavailable, MatcherError

T = TypeVar("T")

_compute_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="matcher-compute")


async def run_compute(function: Callable[..., T], *args: Any, meter: Meter | None = None) -> T:
    """``function(*args)`` on this process's compute thread; with ``meter``, the time it ran
    there (not its wait in the queue) is charged to the meter's client."""
    call = (functools.partial(meter.run, function, *args) if meter is not None
            else functools.partial(function, *args))
    return await asyncio.get_running_loop().run_in_executor(_compute_thread, call)


class ComputeProcesses:
    """N processes answering shortlists from the snapshot in ``index_dir``, each on its own
    pipe. A request goes to the process with the fewest outstanding, queued behind them in
    its pipe, so a process finishing one shortlist finds the next already waiting (with one
    request at a time per process they idled while this process's event loop was busy);
    one reader thread per pipe hands the answers back in order."""

    def __init__(self, index_dir: Path, processes: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._lock = threading.Lock()  # choosing a process, queueing on it, marking it stopped
        self._workers: list[_Worker] = []
        scan_threads = default_scan_threads(processes)
        for _ in range(processes):
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(str(index_dir), theirs, scan_threads),
                                      daemon=True, name="matcher-compute")
            process.start()
            theirs.close()
            self._workers.append(_Worker(process, ours, self._lock))

    def start(self) -> None:
        """Wait until every process has its snapshot loaded."""
        for worker in self._workers:
            if worker.pipe.recv() != "ready":
                raise RuntimeError("a compute process did not start")
            worker.reader.start()

    async def shortlist_json(self, segment: Segment | str, k: int,
                             weights: dict[str, float] | None, rank_by: str | None,
                             meter: Meter | None = None) -> bytes:
        """The shortlist's JSON from the least busy process; with ``meter``, the time the
        process spent on it (measured there, around the shortlist) is charged to its
        client."""
        loop = asyncio.get_running_loop()
        answer: asyncio.Future[bytes] = loop.create_future()
        entry = (loop, answer, meter)
        with self._lock:
            running = [w for w in self._workers if w.running]
            if not running:
                raise ComputeUnavailable("every compute process has stopped: restart the server")
            worker = min(running, key=lambda w: len(w.waiting))
            worker.waiting.append(entry)
            try:
                worker.pipe.send((segment, k, weights, rank_by))
            except OSError as error:
                worker.running = False
                worker.waiting.remove(entry)
                raise ComputeUnavailable("a compute process stopped") from error
        return await answer

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError):
                worker.pipe.send(None)
        for worker in self._workers:
            worker.process.join(timeout=10)


class _Worker:
    def __init__(self, process: multiprocessing.process.BaseProcess, pipe: Connection,
                 lock: threading.Lock) -> None:
        self.process = process
        self.pipe = pipe
        self.lock = lock
        self.running = True
        self.waiting: collections.deque[
            tuple[asyncio.AbstractEventLoop, asyncio.Future[bytes], Meter | None]]
        self.waiting = collections.deque()
        self.reader = threading.Thread(target=self._read, daemon=True,
                                       name="matcher-compute-reader")

    def _read(self) -> None:
        while True:
            try:
                ok, answer, seconds = self.pipe.recv()
            except (EOFError, OSError):
                with self.lock:  # nothing is queued here after this
                    self.running = False
                    while self.waiting:
                        loop, future, _ = self.waiting.popleft()
                        loop.call_soon_threadsafe(
                            _settle, future, False,
                            ComputeUnavailable("a compute process stopped"))
                return
            loop, future, meter = self.waiting.popleft()
            if meter is not None:
                meter.charge(seconds)
            loop.call_soon_threadsafe(_settle, future, ok, answer)


def _settle(future: asyncio.Future[bytes], ok: bool, answer: Any) -> None:
    if future.cancelled():
        return
    if ok:
        future.set_result(answer)
    else:
        future.set_exception(answer)


def _serve(index_dir: str, pipe: Connection, scan_threads: int) -> None:
    """One compute process: its share of the cores scans (unless the settings name a
    number)."""
    from matcher.config import get_settings
    from matcher.service import Matcher

    settings = get_settings()
    if settings.scan_threads is None:
        settings = settings.model_copy(update={"scan_threads": scan_threads})
    matcher = Matcher.open(settings, index_dir=Path(index_dir))
    pipe.send("ready")
    while (arguments := pipe.recv()) is not None:
        started = time.perf_counter()  # the work's own time, charged to its client
        try:
            answer: tuple[bool, Any] = (True, matcher.shortlist(*arguments).to_json())
        except MatcherError as error:
            answer = (False, error)
        except Exception as error:  # noqa: BLE001 - any other failure is the server's: a 500
            answer = (False, MatcherError(f"{type(error).__name__}: {error}"))
        pipe.send((*answer, time.perf_counter() - started))
