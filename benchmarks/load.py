"""50 concurrent shortlist clients for 20 s, two of them hostile, against a real server.

    python benchmarks/load.py [--base URL --key KEY] [--clients 50] [--seconds 20] [--keep]

Without ``--base`` it starts `matcher serve` on a free loopback port with its own temporary
store and index, as ``benchmarks/attack.py`` does (the first ``--rows`` lines of the bundled
catalogue, the project's embedding cache copied when there is one).

Every client is one httpx ``AsyncClient`` (its own keep-alive connection) in this process's
event loop, sending its next request as soon as the previous one is answered (a 503's
``Retry-After`` is not waited out unless ``--honour-retry-after``):

- client 1 sends the heaviest segment the limits allow, again and again:
  MATCHER_MAX_INTEREST_PHRASES (50) phrases and a description of MATCHER_MAX_TEXT_CHARS
  (10,000) characters, new phrases each time (``--heavy-repeat`` sends the same segment,
  which the service's caches then serve);
- client 2 sends a segment of 10,000 phrases (over the limit: a 422);
- the others alternate between bundled segment ids and small inline segments (one or two
  interest phrases from a fixed pool, so their texts are encoded once and then cached).

Each client has its own reader key (``--keys per-client``, the default with its own server),
so each is a client of its own to the per-client compute quota
(MATCHER_CLIENT_COMPUTE_SECONDS, read from this environment by the server it starts; 0 turns
it off); ``--keys shared`` gives every client the one key (always so with ``--base``).

Prints a markdown table per kind of request: requests, answers by status (503 ``busy`` with
``Retry-After`` apart from every other 5xx; 429 is the quota), latency p50 / p95 / p99 of all
answers and of the 200s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attack import READER_KEY, Server, server_env  # noqa: E402

KINDS = ("normal: segment_id", "normal: inline", "heavy: 50 phrases + 10,000-char description",
         "over the limit: 10,000 phrases")
WORDS = (
    "organic", "gardening", "vintage", "watches", "trail", "running", "sourdough", "baking",
    "home", "espresso", "urban", "sketching", "board", "games", "cold", "water", "swimming",
    "minimalist", "fashion", "retro", "gaming", "budget", "travel", "vegan", "recipes",
    "birdwatching", "film", "photography", "rock", "climbing", "jazz", "vinyl", "woodworking",
    "skincare", "routines", "electric", "cars", "yoga", "for", "runners", "crypto",
    "investing", "language", "learning", "indie", "music", "festivals", "street", "food",
    "pottery", "marathon", "training", "houseplants", "home", "workouts", "sustainable",
    "living", "k-beauty", "anime", "cosplay", "camping", "gear", "smart", "home", "gadgets",
    "craft", "beer", "tea", "ceremonies", "chess", "openings", "sailing", "surfing",
)
INLINE = [
    {"name": "Runners in the US", "countries": ["US"], "ages": ["25-34", "35-44"],
     "interests": ["marathon training"]},
    {"name": "Young gamers, Brazil", "countries": ["BR"], "ages": ["18-24"],
     "interests": ["retro gaming", "esports"]},
    {"name": "German yoga", "countries": ["DE"], "genders": ["female"],
     "interests": ["yoga"]},
    {"name": "UK home cooks", "countries": ["GB"], "interests": ["vegan recipes"]},
    {"name": "Indian tech fans", "countries": ["IN"], "ages": ["18-24", "25-34"],
     "interests": ["smart home gadgets"]},
    {"name": "French fashion", "countries": ["FR"], "genders": ["female"],
     "interests": ["minimalist fashion", "skincare routines"]},
    {"name": "Japanese anime", "countries": ["JP"], "interests": ["anime"]},
    {"name": "Canadian campers", "countries": {"CA": 1.0, "US": 0.3},
     "interests": ["camping gear"]},
]


def heavy_segment(turn: int, chars: int, phrases: int, repeat: bool) -> dict[str, Any]:
    rng = random.Random(0 if repeat else turn)
    tag = "" if repeat else f" {turn}"
    text = []
    while sum(len(w) + 1 for w in text) < chars:
        text.append(rng.choice(WORDS))
    description = " ".join(text)[:chars]
    interests = [f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)}{tag}-{i}"
                 for i in range(phrases)]
    return {"name": f"Heaviest allowed segment{tag}", "description": description,
            "countries": {"US": 1.0, "CA": 0.5, "GB": 0.5}, "ages": ["18-24", "25-34"],
            "interests": interests}


class Tally:
    def __init__(self) -> None:
        self.statuses: dict[str, Counter[str]] = defaultdict(Counter)
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.ok_latencies: dict[str, list[float]] = defaultdict(list)

    def add(self, kind: str, status: str, ms: float) -> None:
        self.statuses[kind][status] += 1
        self.latencies[kind].append(ms)
        if status == "200":
            self.ok_latencies[kind].append(ms)


def classify(response: httpx.Response) -> str:
    if response.status_code != 503:
        return str(response.status_code)
    busy = (response.headers.get("content-type", "").startswith("application/problem+json")
            and str(response.json().get("type", "")).endswith("/busy")
            and "retry-after" in response.headers)
    return "503 busy" if busy else "503 other"


async def client_loop(base: str, key: str, kind: str, bodies: Any, stop: float, tally: Tally,
                      honour: bool) -> None:
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=60) as client:
        turn = 0
        while time.monotonic() < stop:
            body = bodies(turn)
            turn += 1
            started = time.perf_counter()
            try:
                response = await client.post("/v1/shortlists", json=body)
                status = classify(response)
            except httpx.TimeoutException:
                status, response = "client timeout (60 s)", None
            except httpx.TransportError as err:
                status, response = f"transport error {type(err).__name__}", None
            tally.add(kind, status, 1000 * (time.perf_counter() - started))
            if honour and response is not None and "retry-after" in response.headers:
                await asyncio.sleep(float(response.headers["retry-after"]))


async def run(base: str, keys: list[str], args: argparse.Namespace, segment_ids: list[str]
              ) -> Tally:
    tally = Tally()
    over = {"segment": {"countries": ["US"],
                        "interests": [f"interest phrase number {i}" for i in range(10_000)]},
            "k": 20}
    heavy_cache: dict[int, dict[str, Any]] = {}

    def heavy(turn: int) -> dict[str, Any]:
        if turn not in heavy_cache:
            heavy_cache.clear()
            heavy_cache[turn] = {"segment": heavy_segment(turn, args.max_text_chars,
                                                          args.max_phrases, args.heavy_repeat),
                                 "k": 20}
        return heavy_cache[turn]

    specs: list[tuple[str, Any]] = []
    if "heavy" not in args.skip:
        specs.append((KINDS[2], heavy))
    if "over" not in args.skip:
        specs.append((KINDS[3], lambda _: over))
    for i in range(args.clients - 2):
        if i % 2 == 0:
            def by_id(turn: int, i: int = i) -> dict[str, Any]:
                return {"segment_id": segment_ids[(i + turn) % len(segment_ids)], "k": 20}
            specs.append((KINDS[0], by_id))
        else:
            def inline(turn: int, i: int = i) -> dict[str, Any]:
                return {"segment": INLINE[(i + turn) % len(INLINE)], "k": 20}
            specs.append((KINDS[1], inline))
    stop = time.monotonic() + args.seconds
    await asyncio.gather(*[client_loop(base, keys[n % len(keys)], kind, bodies, stop, tally,
                                       args.honour_retry_after)
                           for n, (kind, bodies) in enumerate(specs)])
    return tally


def percentiles(values: list[float]) -> str:
    if not values:
        return "- / - / -"
    p50, p95, p99 = np.percentile(values, [50, 95, 99])
    return f"{p50:,.0f} / {p95:,.0f} / {p99:,.0f}"


def report(tally: Tally, seconds: float) -> str:
    statuses = sorted({s for c in tally.statuses.values() for s in c})
    head = ["kind", "requests", *statuses, "5xx errors (not busy)",
            "latency p50 / p95 / p99, all answers (ms)", "latency p50 / p95 / p99, 200s (ms)"]
    lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
    rows = [(kind, [kind]) for kind in KINDS]
    rows.insert(2, ("normal: all", list(KINDS[:2])))
    rows.append(("all", list(KINDS)))
    for label, kinds in rows:
        counts: Counter[str] = Counter()
        for kind in kinds:
            counts.update(tally.statuses[kind])
        every = [v for kind in kinds for v in tally.latencies[kind]]
        ok = [v for kind in kinds for v in tally.ok_latencies[kind]]
        errors = sum(n for s, n in counts.items() if s.startswith("5") and s != "503 busy")
        name = f"**{label}**" if label in ("normal: all", "all") else label
        lines.append("| " + " | ".join([name, f"{sum(counts.values()):,}",
                                        *[f"{counts[s]:,}" for s in statuses], str(errors),
                                        percentiles(every), percentiles(ok)]) + " |")
    total = sum(sum(c.values()) for c in tally.statuses.values())
    lines.append("")
    lines.append(f"{total:,} requests in {seconds:.1f} s ({total / seconds:,.0f}/s)")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="A running server (default: start one).")
    parser.add_argument("--key", default=READER_KEY, help="A reader key of --base.")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rows", type=int, default=1500, help="Roster rows (own server).")
    parser.add_argument("--max-phrases", type=int, default=50,
                        help="MATCHER_MAX_INTEREST_PHRASES of the server.")
    parser.add_argument("--max-text-chars", type=int, default=10_000,
                        help="MATCHER_MAX_TEXT_CHARS of the server.")
    parser.add_argument("--heavy-repeat", action="store_true",
                        help="Send the same heavy segment every time.")
    parser.add_argument("--honour-retry-after", action="store_true")
    parser.add_argument("--skip", action="append", default=[], choices=("heavy", "over"),
                        help="Leave out the heavy or the over-the-limit client (the normal "
                             "clients stay --clients - 2), to see what each costs the others.")
    parser.add_argument("--keys", choices=("per-client", "shared"), default="per-client",
                        help="Own server: a reader key for each client (each its own client "
                             "to the compute quota), or one key for all.")
    parser.add_argument("--keep", action="store_true", help="Leave the temporary directory.")
    args = parser.parse_args()
    started = time.perf_counter()
    work: Path | None = None
    server: Server | None = None
    base = args.base
    keys = [args.key]
    try:
        if base is None:
            work = Path(tempfile.mkdtemp(prefix="matcher-load-"))
            env, note = server_env(work, args.rows)
            if args.keys == "per-client":
                keys = [f"load-client-{n}" for n in range(args.clients)]
                env["MATCHER_API_KEYS"] += "".join(f",reader:{key}" for key in keys)
            print(f"starting matcher serve in {work} ({note})", file=sys.stderr, flush=True)
            server = Server(env, work / "server.log").start()
            base = server.base
            print(f"  up in {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        segment_ids = [s["id"] for s in httpx.get(
            f"{base}/v1/segments", headers={"Authorization": f"Bearer {args.key}"},
            timeout=30).json()["segments"]]
        began = time.perf_counter()
        tally = asyncio.run(run(base, keys, args, segment_ids))
        seconds = time.perf_counter() - began
    finally:
        if server is not None:
            server.stop()
        if work is not None:
            if args.keep:
                print(f"kept {work}", file=sys.stderr)
            else:
                shutil.rmtree(work, ignore_errors=True)
    print(report(tally, seconds))
    heavy = "left out" if "heavy" in args.skip else "1"
    over = "left out" if "over" in args.skip else "1"
    quota = "the server's own quota settings"
    if args.base is None:
        seconds = os.environ.get("MATCHER_CLIENT_COMPUTE_SECONDS", "10")
        window = os.environ.get("MATCHER_CLIENT_WINDOW_SECONDS", "60")
        quota = ("per-client quota off" if float(seconds) == 0 else
                 f"per-client quota {seconds} s per {window} s")
    print(f"{args.clients - 2} normal clients, heavy client {heavy}, over-the-limit client {over}, "
          f"{len(keys)} key(s), {quota}, {args.seconds:.0f} s against {base}; "
          f"{len(segment_ids)} segment ids; whole run {time.perf_counter() - started:.0f} s on "
          f"{os.cpu_count()} cores; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          "at the end.")


if __name__ == "__main__":
    main()
