"""Bounded reading of roster files: a compressed file cannot expand past a limit, and no line
can grow without end, so a few hundred kilobytes of gzip cannot exhaust memory.

``open_binary`` counts the bytes as they are decompressed and read; past
``MATCHER_MAX_ROSTER_BYTES`` in all, or ``MATCHER_MAX_LINE_BYTES`` without a newline, reading
stops with an ``InvalidInput`` naming the limit (a scoring job then fails and is not retried).
"""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import IO, Any

from matcher.config import get_settings
from matcher.errors import InvalidInput


class LimitedStream(io.RawIOBase):
    def __init__(self, raw: IO[bytes], name: str, max_bytes: int, max_line_bytes: int) -> None:
        self.raw, self.name = raw, name
        self.max_bytes, self.max_line_bytes = max_bytes, max_line_bytes
        self.total = self.line = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        count = len(data)
        buffer[:count] = data
        self.total += count
        if self.total > self.max_bytes:
            raise InvalidInput(f"{self.name} holds more than {self.max_bytes:,} bytes once "
                               "decompressed (MATCHER_MAX_ROSTER_BYTES)", field="roster")
        if self.line + count <= self.max_line_bytes:  # no line in here can be too long
            last = data.rfind(b"\n")
            self.line = self.line + count if last < 0 else count - last - 1
            return count
        start = 0
        while (newline := data.find(b"\n", start)) >= 0:
            self._check(self.line + newline - start)
            self.line, start = 0, newline + 1
        self.line += count - start
        self._check(self.line)
        return count

    def _check(self, line: int) -> None:
        if line > self.max_line_bytes:
            raise InvalidInput(f"{self.name} has a line longer than {self.max_line_bytes:,} "
                               "bytes (MATCHER_MAX_LINE_BYTES)", field="roster")

    def close(self) -> None:
        self.raw.close()
        super().close()


def open_binary(path: Path, max_bytes: int | None = None, max_line_bytes: int | None = None
                ) -> io.BufferedReader:
    """``path`` (decompressed when it ends in .gz), read within the limits."""
    settings = get_settings()
    raw: Any = (gzip.open(path, "rb") if path.name.lower().endswith(".gz")  # noqa: SIM115
               else open(path, "rb"))  # noqa: SIM115
    return io.BufferedReader(LimitedStream(
        raw, path.name, max_bytes if max_bytes is not None else settings.max_roster_bytes,
        max_line_bytes if max_line_bytes is not None else settings.max_line_bytes))


def too_many_records(path: Path, limit: int) -> InvalidInput:
    """The error of a file holding more records than ``MATCHER_MAX_ROSTER_ROWS``."""
    return InvalidInput(f"{path.name} holds more than {limit:,} records "
                        "(MATCHER_MAX_ROSTER_ROWS)", field="roster")


#: What reading a broken or truncated gzip stream raises.
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def unreadable_gzip(path: Path, number: int, err: BaseException) -> InvalidInput:
    """The error of a gzip file that stops being readable after ``number`` rows."""
    return InvalidInput(f"{path.name}: not a readable gzip file after row {number:,} "
                        f"({type(err).__name__})", field="path")
