"""The CPU-bound matcher calls of the API, run one at a time per server process.

A shortlist is milliseconds of numpy, FAISS and Python on one thread. Run on the threadpool,
eight concurrent requests interleave on one interpreter lock and each is slower than the
whole queue run in turn; so requests wait for a single compute thread (the event loop stays
free for I/O), and ``matcher serve --index DIR --workers N`` runs N processes for N cores.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")

_compute = ThreadPoolExecutor(max_workers=1, thread_name_prefix="matcher-compute")


async def run_compute(function: Callable[..., T], *args: Any) -> T:
    return await asyncio.get_running_loop().run_in_executor(
        _compute, functools.partial(function, *args))
