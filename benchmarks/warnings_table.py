"""The warnings each bundled segment and ten odd ones raise on the bundled catalogue.

    python benchmarks/warnings_table.py [--index DIR] [--k 10]

Prints one row per segment: the warning codes and the first words of each sentence, for a
person to judge whether each warning is one they would agree with.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.config import Settings  # noqa: E402
from matcher.service import Matcher  # noqa: E402

ODD = {
    "tiny: men 65+ in Iceland into beekeeping": {
        "ages": ["65+"], "genders": ["male"], "countries": ["IS"], "interests": ["beekeeping"]},
    "contradictory: teens 13-17 with a 65+ band, in Japan, speaking Portuguese": {
        "ages": ["13-17", "65+"], "countries": ["JP"], "languages": ["pt"]},
    "exotic: Tuvalu and Bhutan": {"countries": ["TV", "BT"]},
    "nonsense phrase: quantum basket weaving championships": {
        "countries": ["US"], "interests": ["quantum basket weaving championships"]},
    "targets nothing": {"name": "anyone"},
    "broad: women anywhere": {"genders": ["female"]},
    "filters that empty: 1 billion followers": {
        "countries": ["US"], "filters": {"followers": {"min": 1_000_000_000}}},
    "filters that thin: YouTube, 5M+ followers, credibility 0.95": {
        "countries": ["US"], "filters": {"platforms": ["youtube"],
                                         "followers": {"min": 5_000_000},
                                         "min_credibility": 0.95}},
    "hard share floor: 90% in Germany": {
        "countries": ["DE"], "filters": {"min_share": {"country": 0.9}}},
    "pinned label nobody reports": {
        "countries": ["US"], "interests": ["yoga"],
        "interest_labels": {"yoga": ["Underwater Yoga"]}},
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--k", type=int, default=10)
    args = parser.parse_args()
    matcher = Matcher.open(Settings(), index_dir=args.index)
    print(f"{matcher.snapshot.catalogue.size:,} creators, k = {args.k}\n")
    print("| segment | warnings |\n| --- | --- |")
    cases: list[tuple[str, object]] = [(sid, sid) for sid in sorted(matcher.segments)]
    cases += [(name, {"name": name.split(":")[0], **body}) for name, body in ODD.items()]
    for name, segment in cases:
        result = matcher.shortlist(segment, k=args.k).to_dict()
        found = "; ".join(f"**{w['code']}**: {w['message'][:150]}"
                          for w in result["warnings"]) or "none"
        print(f"| {name} | {found} |")


if __name__ == "__main__":
    main()
