"""The number of discovered segments: BIC alone against BIC then merging, on tuning seeds.

    python benchmarks/discovery_k.py [--seeds 101 102 103 104 105 106] [--customers 20000]

For each seed, a customer base drawn as ``benchmarks/discovery.py`` draws it (5 to 8 planted
segments of the seed's world); the latent class model fitted for the number of components
BIC chooses (``MATCHER_DISCOVERY_MAX_SEGMENTS``), and the adjusted Rand index of its
components against the planted segments, before and after components with the same
interests and ages are merged (``clustering.merge_groups``). Seeds 101-106 chose the
merging rule; seeds 11 and 12 are the report seeds of ``benchmarks/discovery.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from sklearn.metrics import adjusted_rand_score  # noqa: E402

from matcher.config import get_settings  # noqa: E402
from matcher.discovery import clustering  # noqa: E402
from matcher.discovery.customers import read_customers  # noqa: E402
from matcher.discovery.features import coded, fit_space  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.simulate.customers import draw_customers  # noqa: E402
from matcher.simulate.evaluation import world_segments  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[101, 102, 103, 104, 105, 106])
    parser.add_argument("--customers", type=int, default=20_000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="matcher-discovery-k-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    print("| seed | true k | BIC components | ARI BIC | merged k | ARI merged |")
    print("| --- | --- | --- | --- | --- | --- |")
    for seed in args.seeds:
        rng = np.random.default_rng(seed)
        pool = world_segments(seed, 25)
        true_k = int(rng.integers(5, 9))
        chosen = [pool[i] for i in rng.choice(len(pool), true_k, replace=False)]
        sample = draw_customers(seed, chosen, args.customers)
        base = read_customers(sample.write(workdir / f"customers-{seed}.csv.gz"))
        space = fit_space(base, encoder.encode)
        data = coded(space, base)
        age = [b for b in space.blocks if b != "interests"].index("age")
        found = clustering.cluster(space.transform(base), data,
                                   get_settings().discovery_max_segments, 0, None, age)
        components = found.model.model.predict(data)
        merged = found.model.predict(data)
        print(f"| {seed} | {true_k} | {found.components} | "
              f"{adjusted_rand_score(sample.labels, components):.3f} | {found.k} | "
              f"{adjusted_rand_score(sample.labels, merged):.3f} |", flush=True)


if __name__ == "__main__":
    main()
