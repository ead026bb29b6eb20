"""Concurrent HTTP clients for the throughput figures, cheap enough not to compete with the
server they measure.

Each client is one keep-alive connection that posts a prepared request, reads the whole
response and posts the next; ``--connections`` of them share one process's event loop, and
``benchmarks/scale.py`` starts several such processes. Requests are built once as bytes and
responses parsed only as far as the status and length, so a request costs this process
tens of microseconds instead of the millisecond or more of an ``httpx`` client thread (on a
two-core machine, client threads in Python took CPU from the server and capped the figure).

    python benchmarks/load_client.py --port 8000 --key KEY --connections 4 --seconds 10 \\
        --segment yoga-women-de --segment pet-parents-us

prints one JSON line: ``{"ok": N, "errors": N, "seconds": S, "latencies_ms": [...]}``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time


def request_bytes(host: str, port: int, key: str, body: dict[str, object]) -> bytes:
    payload = json.dumps(body).encode()
    head = (f"POST /v1/shortlists HTTP/1.1\r\nHost: {host}:{port}\r\n"
            f"Authorization: Bearer {key}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(payload)}\r\n\r\n")
    return head.encode() + payload


async def one_client(host: str, port: int, requests: list[bytes], start: float, stop: float,
                     latencies: list[float], errors: list[str]) -> int:
    reader, writer = await asyncio.open_connection(host, port)
    await asyncio.sleep(max(0.0, start - time.time()))
    done, turn = 0, 0
    try:
        while time.time() < stop:
            sent = time.perf_counter()
            writer.write(requests[turn % len(requests)])
            turn += 1
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            latencies.append(1000 * (time.perf_counter() - sent))
            if status == 200:
                done += 1
            else:
                errors.append(str(status))
    finally:
        writer.close()
    return done


async def run(args: argparse.Namespace) -> dict[str, object]:
    requests = [request_bytes(args.host, args.port, args.key,
                              {"segment_id": segment, "k": args.k})
                for segment in args.segment]
    latencies: list[float] = []
    errors: list[str] = []
    stop = args.start + args.seconds
    counts = await asyncio.gather(*[
        one_client(args.host, args.port, requests[i:] + requests[:i], args.start, stop,
                   latencies, errors)
        for i in range(args.connections)])
    return {"ok": sum(counts), "errors": len(errors), "seconds": args.seconds,
            "latencies_ms": latencies}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--key", required=True)
    parser.add_argument("--segment", action="append", required=True)
    parser.add_argument("--k", type=int, default=50)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--start", type=float, default=0.0,
                        help="wall-clock time (time.time()) at which every client begins")
    args = parser.parse_args()
    args.start = args.start or time.time()
    print(json.dumps(asyncio.run(run(args))))


if __name__ == "__main__":
    main()
