"""Where an inline segment's encoding time goes.

    python benchmarks/inline_encoding.py [--requests 60]

An inline segment's texts are encoded in the request: the persona (name, description and
phrases), each phrase, and each phrase with the segment's name. This prints, for texts shaped
like `benchmarks/scale.py`'s inline segments (a run-unique token in each, so nothing is
cached), their MiniLM token counts and p50 / p90 in ms of: the two encoder calls the service
makes today, the same texts in one encoder call, one model forward pass of the three texts,
tokenising them, and the embedding cache's write and read. One torch thread, as
`MATCHER_QUERY_ENCODE_THREADS` sets for a request; the header prints the load average.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.embedding.encoder import Encoder  # noqa: E402


def segment_texts(i: int) -> tuple[list[str], list[str]]:
    """(persona and phrase, phrase in context) of one inline segment, as scale.py sends it."""
    run = uuid.uuid4().int % 10**19
    name, phrase = f"Home cooks number {i}", f"weeknight recipes {i} ({run})"
    persona = ". ".join([name, f"People who cook at home, batch {i} of run {run}", phrase])
    return [persona, phrase], [f"{phrase} ({name})"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()
    import torch

    with tempfile.TemporaryDirectory() as work:
        encoder = Encoder(cache_path=Path(work) / "cache.sqlite", query_threads=1)
        model = encoder._model  # noqa: SLF001 - the raw model's share of the time
        encoder.encode(["warm up"])
        timings: dict[str, list[float]] = {}

        def timed(label: str, step: Callable[..., object], *args: object) -> None:
            t0 = time.perf_counter()
            step(*args)
            timings.setdefault(label, []).append(1000 * (time.perf_counter() - t0))

        for i in range(args.requests):
            first, context = segment_texts(i)
            timed("two encoder calls (today)", lambda a, b: (encoder.encode(a),
                                                             encoder.encode(b)), first, context)
            first, context = segment_texts(i)
            timed("one encoder call", encoder.encode, first + context)
            first, context = segment_texts(i)
            texts = first + context
            torch.set_num_threads(1)
            timed("tokenise the three texts", model.tokenize, texts)
            features = model.tokenize(texts)
            with torch.inference_mode():
                timed("one forward pass, three texts padded", model.forward, features)
            vectors = encoder.encode(texts)
            keys = [hashlib.sha256(f"{t}#probe".encode()).digest() for t in texts]
            timed("cache write (3 vectors)", encoder.cache.put_many, encoder.cache_key,
                  list(zip(keys, vectors, strict=True)))
            timed("cache read (3 vectors)", encoder.cache.get_many, encoder.cache_key, keys)
        tokens = [len(model.tokenize([t])["input_ids"][0]) for t in texts]

    print(f"load average {os.getloadavg()[0]:.2f}; {args.requests} requests; MiniLM tokens "
          f"of persona / phrase / phrase in context: {' / '.join(map(str, tokens))}")
    print("| step | p50 ms | p90 ms |")
    print("| --- | --- | --- |")
    for label, values in timings.items():
        ranked = sorted(values)
        print(f"| {label} | {statistics.median(ranked):.1f} | "
              f"{ranked[int(0.9 * (len(ranked) - 1))]:.1f} |")


if __name__ == "__main__":
    main()
