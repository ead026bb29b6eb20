"""Digests of the shortlists a change must leave byte for byte the same.

    python benchmarks/same_bytes.py [--creators 1000000] [--work DIR] > digests.txt

Two catalogues: the bundled fixtures (the 14 bundled segments, three rankings and a
re-weighting each, plus five creators' lookalikes) and the synthetic catalogue of
``benchmarks/scale.py`` at ``--creators`` (the same 56 shortlists). Each line is one
shortlist's SHA-256 over ``Shortlist.to_json``; diff two runs' output to compare.
``--work`` keeps the snapshots and the embedding cache between runs. ``--drop-field NAME``
digests each answer without the fields called NAME (to compare across a change that only
adds a field).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale import scaled_catalogue  # noqa: E402

from matcher.config import Settings  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.ingest.normalise import normalise_profile  # noqa: E402
from matcher.ingest.readers import read  # noqa: E402
from matcher.matching.catalogue import build_catalogue  # noqa: E402
from matcher.search.snapshots import (  # noqa: E402
    build_snapshot,
    current_snapshot_dir,
    load_snapshot,
    profile_text,
    write_snapshot,
)
from matcher.service import Matcher  # noqa: E402
from matcher.simulate import build_world  # noqa: E402

RANKINGS = (("fit", None), ("reach", None), ("share", None),
            ("fit", {"affinity": 0.4, "interest": 0.3}))


def without(value: Any, fields: set[str]) -> Any:
    if isinstance(value, dict):
        return {k: without(v, fields) for k, v in value.items() if k not in fields}
    if isinstance(value, list):
        return [without(v, fields) for v in value]
    return value


def digests(matcher: Matcher, label: str, lookalikes: int = 0,
            drop: set[str] | None = None) -> list[str]:
    def shown(body: bytes) -> bytes:
        return orjson.dumps(without(orjson.loads(body), drop)) if drop else body

    lines = []
    for name in sorted(matcher.bundled_segments):
        for rank_by, weights in RANKINGS:
            body = shown(matcher.shortlist(name, k=50, rank_by=rank_by,
                                           weights=weights).to_json())
            lines.append(f"{label} {name} {rank_by} {weights} "
                         f"{hashlib.sha256(body).hexdigest()}")
    for influencer_id in sorted(matcher.snapshot.catalogue.ids)[:lookalikes]:
        body = shown(matcher.lookalikes(influencer_id, k=20).to_json())
        lines.append(f"{label} lookalikes {influencer_id} {hashlib.sha256(body).hexdigest()}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--creators", type=int, default=1_000_000)
    parser.add_argument("--work", type=Path, default=Path("/tmp/matcher-same-bytes"))
    parser.add_argument("--drop-field", action="append", default=[])
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    encoder = Encoder(cache_path=args.work / "cache.sqlite")
    settings = Settings(segments_dir=ROOT / "fixtures" / "segments")

    fixtures = args.work / "fixtures-index"
    if current_snapshot_dir(fixtures) is None:
        build_snapshot(read(ROOT / "fixtures" / "creators.jsonl.gz").accepted, encoder,
                       fixtures, source="fixtures")
    drop = set(args.drop_field)
    lines = digests(Matcher(load_snapshot(fixtures, encoder), encoder, settings), "fixtures",
                    lookalikes=5, drop=drop)

    scaled = args.work / f"scaled-{args.creators}"
    if current_snapshot_dir(scaled) is None:
        world = build_world(seed=3, n_creators=5000)
        profiles = [normalise_profile(r) for r in world.reported_profiles()]
        template = build_catalogue(profiles)
        text = encoder.encode([profile_text(p) for p in profiles])
        label_emb = encoder.encode(template.label_vocab)
        catalogue, emb = scaled_catalogue(template, text, args.creators, seed=5)
        write_snapshot(catalogue, emb, label_emb, encoder.describe(), scaled,
                       source=f"benchmarks/same_bytes.py x{args.creators}")
        del catalogue, emb
    lines += digests(Matcher(load_snapshot(scaled, encoder), encoder, settings),
                     f"scaled-{args.creators}", drop=drop)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
