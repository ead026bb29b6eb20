"""Phrase -> label text matches by how well the encoder knows the phrase.

    python benchmarks/interest_phrases.py [--seed 101] [--vocabularies default iab ...]

For every phrase of each vocabulary's 25 segments, text signals only (no snapshot, no audience
check): the phrase's best score as the matching scores it (direct, context capped at
``CONTEXT_LIFT`` over direct, taxonomy), whether its top label is in the hidden map, whether
the top label of the phrase written with the segment's name (uncapped) is, how many labels it
reaches and how many of them through the taxonomy, and their precision; by bucket of the best
score (docs/design-notes/2026-12-04-interest-worst.md).
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

from matcher.contracts.profiles import Segment  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.matching import interests  # noqa: E402
from matcher.simulate.evaluation import world_segments  # noqa: E402
from matcher.simulate.vocabularies import get_vocabulary  # noqa: E402

READ = ["default", "iab", "broad", "social", "retail", "survey", "adplatform", "media", "apps",
        "lifestyle", "spend", "clubs", "intent", "visits", "courses", "careers", "events"]
BUCKETS = (0.0, 0.40, 0.45, 0.50, 0.55, 0.60, 0.70, 1.01)


def phrase_rows(vocabulary: str, seed: int, encoder: Encoder) -> list[dict]:
    labels = list(get_vocabulary(vocabulary).labels)
    label_emb = encoder.encode(labels)
    matcher = interests.InterestMatcher(labels, label_emb, encoder)
    rows = []
    for sim in world_segments(seed, 25, vocabulary):
        seg = Segment.model_validate(sim.to_yaml_dict())
        phrase_emb = encoder.encode(seg.interests)
        context_emb = encoder.encode([interests.context_text(seg, p) for p in seg.interests])
        found = matcher.scores(seg, phrase_emb, context_emb)
        weight = interests.soft_weights(found.score)
        in_context = label_emb @ context_emb.T
        taxonomy = interests.VIA.index("taxonomy")
        for j, phrase in enumerate(seg.interests):
            truth = set(sim.label_map.get(phrase, []))
            reached = np.flatnonzero(weight[:, j] > 0)
            through = reached[found.via[reached, j] == taxonomy]
            rows.append({
                "best": float(found.score[:, j].max()),
                "top_hit": labels[int(found.score[:, j].argmax())] in truth,
                "context_hit": labels[int(in_context[:, j].argmax())] in truth,
                "reached": len(reached), "hits": sum(labels[r] in truth for r in reached),
                "taxonomy": len(through), "taxonomy_hits": sum(labels[r] in truth
                                                               for r in through)})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--vocabularies", nargs="+", default=READ)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="matcher-phrases-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    rows = [row for v in args.vocabularies for row in phrase_rows(v, args.seed, encoder)]
    print(f"seed {args.seed}, {len(rows)} phrases of " + " ".join(args.vocabularies))
    print("| best text score | phrases | top label in the map | top label in context (uncapped) "
          "| labels reached | precision | through the taxonomy | taxonomy precision |")
    print("|" + " --- |" * 8)
    for low, high in zip(BUCKETS, BUCKETS[1:], strict=False):
        got = [r for r in rows if low <= r["best"] < high]
        if not got:
            continue
        reached = sum(r["reached"] for r in got)
        through = sum(r["taxonomy"] for r in got)
        print(f"| {low:.2f}-{high:.2f} | {len(got)} | {np.mean([r['top_hit'] for r in got]):.2f} | "
              f"{np.mean([r['context_hit'] for r in got]):.2f} | {reached / len(got):.1f} | "
              + (f"{sum(r['hits'] for r in got) / reached:.2f}" if reached else "-") + " | "
              f"{through / len(got):.1f} | "
              + (f"{sum(r['taxonomy_hits'] for r in got) / through:.2f}" if through else "-")
              + " |")


if __name__ == "__main__":
    main()
