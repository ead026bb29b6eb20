"""Do plans stay byte-identical? One SHA-256 over many plans' JSON on the bundled catalogue.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/plan_digest.py --work DIR [--show]

Builds (first run) the bundled fixture catalogue's snapshot under ``DIR``, then makes these
plans with ``plan_campaign`` and hashes their ``to_json()`` bytes in order:

- each bundled saved segment alone at budgets of $5,000 and $50,000;
- 13 pairs of them (each with the next, in id order) at $30,000;
- ``fixtures/campaigns/plan.yaml`` as written;
- one campaign with weights, filters and constraints (must-include, exclude, platform caps
  and minimums, min_fit, max_budget_share);
- each segment alone at $50,000 with ``MATCHER_PLAN_CANDIDATES`` 2,000 (pools of several
  thousand: the overlap model's groups at their cap and k-means on a sample).

``--show`` prints each plan's digest, to find the plan that changed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.config import Settings  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.reports import parse_campaign, plan_campaign  # noqa: E402
from matcher.service import Matcher  # noqa: E402


def campaigns(saved: list[str]) -> list[tuple[str, dict, int]]:
    """(label, campaign, MATCHER_PLAN_CANDIDATES)."""
    out: list[tuple[str, dict, int]] = []
    for budget in (5_000, 50_000):
        out += [(f"{s}@{budget}", {"name": s, "segments": [s], "plan": {"budget": budget}}, 200)
                for s in saved]
    out += [(f"{a}+{b}", {"name": f"{a}+{b}", "segments": [a, b], "plan": {"budget": 30_000}},
             200) for a, b in zip(saved, saved[1:], strict=False)]
    out.append(("plan.yaml", yaml.safe_load((ROOT / "fixtures" / "campaigns" / "plan.yaml")
                                            .read_text(encoding="utf-8")), 200))
    out.append(("constrained", {
        "name": "constrained", "segments": ["eco-parents-na", "yoga-women-de", "pet-parents-us"],
        "weights": {"affinity": 0.1}, "filters": {"min_credibility": 0.5},
        "plan": {"budget": 40_000, "values": {"yoga-women-de": 2.0}, "max_creators": 20,
                 "platforms": {"instagram": {"min": 3}, "tiktok": {"max": 4}},
                 "max_budget_share": 0.25, "min_fit": 0.3}}, 200))
    out += [(f"{s}@50000/2000", {"name": s, "segments": [s], "plan": {"budget": 50_000}}, 2_000)
            for s in saved]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    base = Settings(index_dir=args.work / "index", cache_path=args.work / "cache.sqlite",
                    database_url=str(args.work / "catalogue.sqlite"),
                    segments_dir=ROOT / "fixtures" / "segments")
    encoder = Encoder(cache_path=base.cache_path)
    matchers: dict[int, Matcher] = {}
    total = hashlib.sha256()
    first = Matcher.open(base, encoder)
    saved = sorted(first.segments)
    for label, data, candidates in campaigns(saved):
        if candidates not in matchers:
            matchers[candidates] = Matcher(first.snapshot, encoder,
                                           base.model_copy(update={"plan_candidates":
                                                                   candidates}))
        body = plan_campaign(matchers[candidates], parse_campaign(data)).to_json()
        total.update(body)
        if args.show:
            print(f"{hashlib.sha256(body).hexdigest()[:16]} {label}")
    print(f"plan digest {total.hexdigest()}")


if __name__ == "__main__":
    main()
