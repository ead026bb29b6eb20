"""Scoring chunks on a Dask cluster: a ``LocalCluster`` of N single-threaded worker
processes, or an existing scheduler.

Only chunks of raw rows and a small ``ContextSpec`` travel to the workers; each worker
process loads the model and the reference snapshot once (``context_for``) and keeps them for
every chunk it scores. At most two chunks per worker are in flight, and results come back in
roster order, so the driver's memory stays bounded and the output is the same file a
single-process run writes.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Generator, Iterable, Sequence
from typing import Any

from matcher.batch.context import ContextSpec
from matcher.batch.scorer import ChunkResult, score_chunk_task
from matcher.batch.source import RawRow
from matcher.errors import InvalidInput

IN_FLIGHT_PER_WORKER = 2


def _client(workers: int | None, scheduler: str | None, log: Callable[[str], None]
            ) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - install problem
        raise InvalidInput("Dask is not installed: pip install 'matcher[dask]'",
                           field="workers") from None
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as err:
            raise InvalidInput(f"cannot reach the Dask scheduler at {scheduler}: {err}",
                               field="scheduler") from None
        log(f"connected to the Dask scheduler at {scheduler} "
            f"({len(client.scheduler_info()['workers'])} workers)")
        return client, None
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    log(f"started a local Dask cluster of {workers} worker processes")
    return Client(cluster), cluster


def dask_results(spec: ContextSpec, chunks: Iterable[Sequence[RawRow]],
                 extra_types: Sequence[tuple[str, str]], workers: int | None,
                 scheduler: str | None, log: Callable[[str], None]
                 ) -> Generator[ChunkResult, None, None]:
    """Results of every chunk, in order, scored on the cluster."""
    client, cluster = _client(workers, scheduler, log)
    pending: deque[Any] = deque()
    try:
        count = max(len(client.scheduler_info()["workers"]), workers or 1)
        window = IN_FLIGHT_PER_WORKER * count
        for index, chunk in enumerate(chunks):
            pending.append(client.submit(score_chunk_task, spec, index, list(chunk),
                                         list(extra_types), pure=False))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
