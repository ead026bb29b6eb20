"""What the per-client compute quota charges a request, in process.

    python benchmarks/quota_charges.py [--rows 1500] [--keep DIR]

Opens the first ``--rows`` lines of the bundled catalogue (as ``tests/conftest.py`` and
``benchmarks/load.py`` do, with a copy of the project's embedding cache) behind the API in
process, sends one client's shortlists of several kinds, and prints for each what the quota
charged the client (the compute thread's time, measured around the work) and how long the
answer took: a saved segment (its first shortlist makes its figures), a small inline segment
new and again, and ``benchmarks/load.py``'s heavy segment (50 new phrases and a
10,000-character description) three times new and once again. The last line gives the load
average.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from attack import copy_cache, subset_roster  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402
from load import INLINE, heavy_segment  # noqa: E402

from matcher.api.app import create_app  # noqa: E402
from matcher.config import Settings  # noqa: E402
from matcher.service import Matcher  # noqa: E402

CLIENT = "key 'env-1'"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1500)
    parser.add_argument("--keep", type=Path, help="Work in (and keep) this directory.")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="matcher-quota-"))
    work.mkdir(parents=True, exist_ok=True)
    roster = subset_roster(work / "roster.jsonl", args.rows)
    note = copy_cache(work / "embedding-cache.sqlite")
    settings = Settings(index_dir=work / "index", cache_path=work / "embedding-cache.sqlite",
                        roster=roster, segments_dir=ROOT / "fixtures" / "segments",
                        database_url=str(work / "catalogue.sqlite"),
                        api_keys="reader:quota-client", api_keys_file=work / "none.json",
                        jobs_dir=work / "jobs")
    started = time.perf_counter()
    matcher = Matcher.open(settings)
    print(f"{args.rows} rows opened in {time.perf_counter() - started:.0f} s ({note})",
          file=sys.stderr)
    app = create_app(settings, matcher=matcher)
    quota = app.state.quota
    rows: list[tuple[str, int, float, float]] = []
    with TestClient(app, headers={"Authorization": "Bearer quota-client"}) as client:
        def one(label: str, body: dict[str, Any]) -> None:
            before, began = quota.spent(CLIENT), time.perf_counter()
            status = client.post("/v1/shortlists", json=body).status_code
            rows.append((label, status, 1000 * (quota.spent(CLIENT) - before),
                         1000 * (time.perf_counter() - began)))

        for turn in range(3):
            one("saved segment" + (", first" if turn == 0 else ", again"),
                {"segment_id": "eco-parents-na", "k": 20})
        one("small inline segment, new phrase", {"segment": INLINE[0], "k": 20})
        one("the same again", {"segment": INLINE[0], "k": 20})
        for turn in (1, 2, 3):
            one(f"heavy: 50 new phrases + 10,000-char description ({turn})",
                {"segment": heavy_segment(turn, 10_000, 50, False), "k": 20})
        one("the same heavy segment again",
            {"segment": heavy_segment(3, 10_000, 50, False), "k": 20})
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)
    print("| request | status | charged (ms) | answered in (ms) |")
    print("| --- | ---: | ---: | ---: |")
    for label, status, charged, wall in rows:
        print(f"| {label} | {status} | {charged:,.1f} | {wall:,.1f} |")
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"\nquota {settings.client_compute_seconds:g} s per "
          f"{settings.client_window_seconds:g} s; load average {load}; {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
