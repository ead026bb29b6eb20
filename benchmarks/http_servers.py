"""Uvicorn's HTTP and event-loop implementations compared on one snapshot.

    python benchmarks/http_servers.py --index DIR [--rounds 2] [--seconds 8]

Alternates ``h11`` + ``asyncio`` (uvicorn's pure-Python defaults) and ``httptools`` +
``uvloop`` (what the service installs), one server process each time, over the bundled
saved segments with k=50: one client's p50 / p99, then 8 concurrent clients' throughput.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from matcher.api.app import WORKER_INDEX_ENV  # noqa: E402

SEGMENTS = sorted(p.stem for p in (ROOT / "fixtures" / "segments").glob("*.yaml"))


def measure(index: Path, http: str, loop: str, port: int, seconds: float) -> str:
    env = {**os.environ, WORKER_INDEX_ENV: str(index), "MATCHER_AUTH": "false",
           "MATCHER_SEGMENTS_DIR": str(ROOT / "fixtures" / "segments"), "HF_HUB_OFFLINE": "1",
           "MATCHER_DATABASE_URL": str(index.parent / "unused.sqlite")}
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "matcher.api.app:snapshot_app", "--factory",
         "--http", http, "--loop", loop, "--port", str(port), "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(f"{base}/docs", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        with httpx.Client(base_url=base, timeout=60) as client:
            for segment in SEGMENTS:
                client.post("/v1/shortlists", json={"segment_id": segment, "k": 50})
            latencies = []
            for i in range(200):
                started = time.perf_counter()
                client.post("/v1/shortlists", json={"segment_id": SEGMENTS[i % len(SEGMENTS)],
                                                    "k": 50}).raise_for_status()
                latencies.append(1000 * (time.perf_counter() - started))
        done: list[int] = []
        deadline = time.monotonic() + seconds

        def load(i: int) -> None:
            with httpx.Client(base_url=base, timeout=60) as client:
                while time.monotonic() < deadline:
                    client.post("/v1/shortlists",
                                json={"segment_id": SEGMENTS[i % len(SEGMENTS)], "k": 50})
                    done.append(1)

        threads = [threading.Thread(target=load, args=(i,)) for i in range(8)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        rate = len(done) / (time.perf_counter() - started)
    finally:
        server.terminate()
        server.wait()
    return (f"| {http} + {loop} | {np.percentile(latencies, 50):.1f} / "
            f"{np.percentile(latencies, 99):.1f} ms | {rate:,.0f} shortlists/s |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--seconds", type=float, default=8.0)
    args = parser.parse_args()
    print("| server | one client p50 / p99 | 8 clients |")
    print("| --- | --- | --- |")
    port = 8811
    for _ in range(args.rounds):
        for http, loop in (("h11", "asyncio"), ("httptools", "uvloop")):
            print(measure(args.index, http, loop, port, args.seconds), flush=True)
            port += 1


if __name__ == "__main__":
    main()
