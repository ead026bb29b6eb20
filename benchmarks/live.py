"""Live-catalogue figures against a real server on loopback.

    python benchmarks/live.py [--profiles 5000] [--seconds 20] [--clients 8]

Prints: bulk ingest rate through `POST /v1/influencers:bulk` (cold and warm embedding cache),
the time from an upsert to its creator leading a shortlist, and a bounded load of N clients
(three quarters readers asking for shortlists, the rest writers upserting) for S seconds:
requests/s, latency p50/p99, server errors, and acknowledged writes missing afterwards.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.server import Server  # noqa: E402
from tests.test_live import NICHE, creator  # noqa: E402

KEY = "bench-editor"


def env_for(work: Path, cache: Path, roster: Path) -> dict[str, str]:
    return {**os.environ, "HF_HUB_OFFLINE": "1", "MATCHER_DATABASE_URL": str(work / "db.sqlite"),
            "MATCHER_INDEX_DIR": str(work / "index"), "MATCHER_ROSTER": str(roster),
            "MATCHER_CACHE_PATH": str(cache), "MATCHER_API_KEYS": f"editor:{KEY}",
            "MATCHER_API_KEYS_FILE": str(work / "keys.json"),
            "MATCHER_SEGMENTS_DIR": str(ROOT / "fixtures" / "segments"),
            # one key sends every request on purpose; load.py measures the quota
            "MATCHER_CLIENT_COMPUTE_SECONDS": "0"}


def ingest_rate(rows: list[dict], work: Path, cache: Path, seed_roster: Path) -> float:
    server = Server(env_for(work, cache, seed_roster)).start()
    try:
        started = time.perf_counter()
        with httpx.Client(base_url=server.base, timeout=600,
                          headers={"Authorization": f"Bearer {KEY}"}) as client:
            for start in range(0, len(rows), 500):
                response = client.post("/v1/influencers:bulk", json=rows[start:start + 500])
                response.raise_for_status()
        return len(rows) / (time.perf_counter() - started)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profiles", type=int, default=5000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="matcher-live-bench-"))
    with gzip.open(ROOT / "fixtures" / "creators.jsonl.gz", "rt") as handle:
        rows = [json.loads(line) for line in handle][:args.profiles]
    seed_roster = work / "seed.jsonl"
    seed_roster.write_text("\n".join(json.dumps(r) for r in rows[:100]) + "\n")
    body = [r for r in rows if r.get("id") and r.get("platform") != "myspace"]

    cache = work / "cache.sqlite"
    cold = ingest_rate(body, work / "cold", cache, seed_roster)
    warm = ingest_rate(body, work / "warm", cache, seed_roster)

    server = Server(env_for(work / "load", cache, seed_roster)).start()
    headers = {"Authorization": f"Bearer {KEY}"}
    try:
        visible = []
        with httpx.Client(base_url=server.base, headers=headers, timeout=30) as client:
            for i in range(20):
                id_ = f"visible-{i}"
                started = time.perf_counter()
                client.put(f"/v1/influencers/{id_}", json=creator(id_)).raise_for_status()
                while client.post("/v1/shortlists", json={"segment": NICHE, "k": 1}
                                  ).json()["results"][0]["id"] != id_:
                    pass
                visible.append(1000 * (time.perf_counter() - started))
                client.delete(f"/v1/influencers/{id_}")

        latencies: list[float] = []
        statuses: list[int] = []
        written: list[str] = []
        lock = threading.Lock()
        deadline = time.monotonic() + args.seconds
        writers = max(1, args.clients // 4)

        def loop(role: str, name: int) -> None:
            n = 0
            with httpx.Client(base_url=server.base, headers=headers, timeout=30) as client:
                while time.monotonic() < deadline:
                    started = time.perf_counter()
                    if role == "writer":
                        id_ = f"load-{name}-{n}"
                        code = client.put(f"/v1/influencers/{id_}", json=creator(id_)
                                          ).status_code
                    else:
                        code = client.post("/v1/shortlists", json={"segment": NICHE, "k": 20}
                                           ).status_code
                    elapsed = 1000 * (time.perf_counter() - started)
                    with lock:
                        latencies.append(elapsed)
                        statuses.append(code)
                        if role == "writer" and code in (200, 201):
                            written.append(id_)
                    n += 1

        threads = [threading.Thread(target=loop, args=("writer" if i < writers else "reader", i))
                   for i in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
        with httpx.Client(base_url=server.base, headers=headers, timeout=30) as client:
            lost = sum(client.get(f"/v1/influencers/{i}").status_code != 200 for i in written)
    finally:
        server.stop()

    print(f"{len(body)} profiles; {args.clients} clients ({writers} writing) for "
          f"{args.seconds:.0f} s on loopback")
    print("| figure | value |")
    print("| --- | --- |")
    print(f"| bulk ingest, cold embedding cache | {cold:,.0f} profiles/s |")
    print(f"| bulk ingest, warm embedding cache | {warm:,.0f} profiles/s |")
    print(f"| upsert to first in a shortlist p50 / max | {statistics.median(visible):.0f} / "
          f"{max(visible):.0f} ms |")
    print(f"| load: requests/s | {len(statuses) / elapsed:,.0f} |")
    print(f"| load: latency p50 / p99 | {np.percentile(latencies, 50):.0f} / "
          f"{np.percentile(latencies, 99):.0f} ms |")
    print(f"| load: 5xx responses | {sum(s >= 500 for s in statuses)} of {len(statuses)} |")
    print(f"| load: acknowledged writes missing | {lost} of {len(written)} |")


if __name__ == "__main__":
    main()
