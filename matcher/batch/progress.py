"""Progress of a batch run: a tqdm bar on a terminal, plain log lines otherwise.

Both show rows read, rows per second and, when the roster's size can be estimated, the
estimated time left. A callback (the REST job runner's) gets every update as well.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from matcher.embedding.encoder import duration

ProgressCallback = Callable[[int, int | None], None]


class Progress:
    def __init__(self, estimate: int | None, log: Callable[[str], None] | None = None,
                 bar: bool | None = None, callback: ProgressCallback | None = None,
                 interval: float = 5.0) -> None:
        self.estimate = estimate
        self.log = log
        self.callback = callback
        self.interval = interval
        self.started = time.monotonic()
        self._last_log = self.started
        self.rows = 0
        self._bar: Any = None
        use_bar = sys.stderr.isatty() if bar is None else bar
        if use_bar and log is not None:
            from tqdm import tqdm

            self._bar = tqdm(total=estimate, unit=" rows", unit_scale=True, file=sys.stderr,
                             dynamic_ncols=True, desc="scoring")

    def update(self, rows: int) -> None:
        step = rows - self.rows
        self.rows = rows
        if self.estimate is not None and rows > self.estimate:
            self.estimate = rows
            if self._bar is not None:
                self._bar.total = rows
        if self._bar is not None:
            self._bar.update(step)
        elif self.log is not None and time.monotonic() - self._last_log >= self.interval:
            self._last_log = time.monotonic()
            self.log(self.line())
        if self.callback is not None:
            self.callback(rows, self.estimate)

    def line(self) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = self.rows / elapsed
        text = f"scored {self.rows:,} rows"
        if self.estimate:
            left = max(self.estimate - self.rows, 0)
            text += f" of ~{self.estimate:,} ({100 * self.rows / self.estimate:.0f}%)"
            text += f", {rate:,.0f} rows/s, ETA {duration(left / rate) if rate else '?'}"
        else:
            text += f", {rate:,.0f} rows/s"
        return text

    def close(self) -> None:
        if self._bar is not None:
            self._bar.total = self.rows
            self._bar.refresh()
            self._bar.close()
            self._bar = None
