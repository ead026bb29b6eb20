"""PDF from the report's own HTML, printed by headless Chromium.

The HTML is written to a fresh temporary directory and printed from a ``file://`` URL with a
fresh profile and every background service off, so printing makes no network request and
leaves nothing behind. The page size, margins and page breaks come from the report's print
CSS.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from matcher.errors import RendererUnavailable, RenderFailed

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
)
TIMEOUT_SECONDS = 120.0
#: Chromium processes printing at once; further requests wait their turn.
_PRINTERS = threading.BoundedSemaphore(2)


def find_chromium(binary: str | None = None) -> str:
    """The Chromium executable: ``binary`` if given, else the first of CHROMIUM_NAMES."""
    names = (binary,) if binary else CHROMIUM_NAMES
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    others = f" (nor {', '.join(names[1:])})" if len(names) > 1 else ""
    raise RendererUnavailable(
        f"PDF output needs headless Chromium, but {names[0]!r} is not on PATH{others}; "
        "install it (Debian: apt-get install chromium). HTML reports need nothing",
        field="format")


def chromium_command(executable: str, profile_dir: Path, *extra: str) -> list[str]:
    return [executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile_dir}", *extra]


def html_to_pdf(html: str, out: Path | None = None, *, binary: str | None = None,
                timeout: float = TIMEOUT_SECONDS) -> bytes:
    """Print ``html`` to PDF; return the bytes and write them to ``out`` when given."""
    executable = find_chromium(binary)
    with _PRINTERS, tempfile.TemporaryDirectory(prefix="matcher-pdf-") as tmp:
        work = Path(tmp)
        page = work / "report.html"
        page.write_text(html, encoding="utf-8")
        target = work / "report.pdf"
        command = chromium_command(executable, work / "profile", f"--print-to-pdf={target}",
                                   "--no-pdf-header-footer", page.as_uri())
        try:
            proc = subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                                  stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            raise RenderFailed(f"Chromium did not finish printing within {timeout:.0f} s",
                               field="format") from None
        if proc.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
            tail = " | ".join(proc.stderr.strip().splitlines()[-3:])
            raise RenderFailed(f"Chromium exited with status {proc.returncode} without a PDF: "
                               f"{tail or 'no output'}", field="format")
        data = target.read_bytes()
    if out is not None:
        out.write_bytes(data)
    return data
