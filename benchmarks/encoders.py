"""Encoder speed: the bundled MiniLM against the static model distilled from it.

    make static-model && python benchmarks/encoders.py [--static models/minilm-static-256]
                                                       [--short 1000] [--long 200] [--queries 200]
                                                       [--threads N]

Both models are loaded through `matcher.embedding.encoder.Encoder` and timed on its underlying
sentence-transformers model (no embedding cache), in this one process, batch size 64,
normalised output, after one warm-up call. Throughput is texts/s over `--short` short texts
("creator number {i} who posts about cooking and travel") and `--long` texts of about 100
MiniLM tokens, the median of `--repeats` runs; query latency is `--queries` calls encoding one
short query, p50 and p99. `--threads` sets torch's intra-op threads (default: torch's own,
one per core): on a machine that something else keeps busy, two threads on two cores make
MiniLM several times slower than one, so the header line prints the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.embedding.encoder import Encoder  # noqa: E402

QUERY = "home workouts for busy parents"
LONG = ("Creator number {i} shares weeknight recipes, slow travel guides and honest gear "
        "reviews for young families who cook at home, camp in national parks and save for one "
        "big trip a year; audience mostly parents aged 25 to 44 in the United States, Canada "
        "and the United Kingdom, with weekly live streams, meal-prep challenges and sponsored "
        "posts from outdoor, kitchen and family travel brands that fit the channel, plus a "
        "monthly newsletter with budgets, packing lists and the recipes of the week.")


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.array(values), q))


def throughput(model, texts: list[str], batch_size: int, repeats: int) -> float:
    model.encode(texts[:batch_size], batch_size=batch_size, normalize_embeddings=True)
    rates = []
    for _ in range(repeats):
        started = time.perf_counter()
        model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                     convert_to_numpy=True)
        rates.append(len(texts) / (time.perf_counter() - started))
    return statistics.median(rates)


def latency(model, calls: int) -> list[float]:
    model.encode([QUERY], normalize_embeddings=True)
    out = []
    for _ in range(calls):
        started = time.perf_counter()
        model.encode([QUERY], normalize_embeddings=True, convert_to_numpy=True)
        out.append(1000 * (time.perf_counter() - started))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--static", type=Path, default=ROOT / "models" / "minilm-static-256")
    parser.add_argument("--short", type=int, default=1000)
    parser.add_argument("--long", type=int, default=200)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=0, help="torch threads; 0: torch's default")
    args = parser.parse_args()
    if not (args.static / "modules.json").exists():
        sys.exit(f"no static model in {args.static}: run `make static-model` first")

    import torch

    if args.threads:
        torch.set_num_threads(args.threads)
    short = [f"creator number {i} who posts about cooking and travel" for i in range(args.short)]
    long = [LONG.format(i=i) for i in range(args.long)]
    encoders = {"MiniLM-L6-v2": Encoder(), args.static.name: Encoder(model_path=args.static)}
    tokenizer = encoders["MiniLM-L6-v2"]._model.tokenizer
    long_tokens = statistics.mean(len(tokenizer(t)["input_ids"]) for t in long)

    rows: dict[str, list[float]] = {}
    for encoder in encoders.values():
        model = encoder._model
        times = latency(model, args.queries)
        for name, value in (
            (f"{args.short} short texts, texts/s", throughput(model, short, args.batch_size,
                                                             args.repeats)),
            (f"{args.long} texts of ~{long_tokens:.0f} tokens, texts/s",
             throughput(model, long, args.batch_size, args.repeats)),
            (f"one short query, p50 ms ({args.queries} calls)", statistics.median(times)),
            (f"one short query, p99 ms ({args.queries} calls)", percentile(times, 99)),
        ):
            rows.setdefault(name, []).append(value)

    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, "
          f"batch size {args.batch_size}, load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} cores; dims " +
          ", ".join(f"{name} {e.dim}" for name, e in encoders.items()))
    print(f"| figure | {' | '.join(encoders)} | ratio |")
    print("| --- | --- | --- | --- |")
    for name, (base, static) in rows.items():
        rate = "texts/s" in name
        ratio = static / base if rate else base / static
        shown = [f"{v:,.0f}" if rate else f"{v:.2f}" for v in (base, static)]
        print(f"| {name} | {' | '.join(shown)} | {ratio:,.1f}x faster |")


if __name__ == "__main__":
    main()
