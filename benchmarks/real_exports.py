"""Precision@20 on a real "top creators" ranking export, by a relevance rule stated in advance.

    python benchmarks/real_exports.py EXPORT.csv [--mapping instagram-top-creators]

The export (a vendor's monthly top-1,000 ranking: categories, top audience country,
followers, engagement; no other audience data) is scored through the shipped mapping against
the bundled fixtures' snapshot (reference figures learned from its fully reported creators)
for the segments below, written for this measurement and before it was first run.

The rule, fixed before the first run: a creator is relevant to a segment when its top
audience country is one of the segment's countries and one of its two categories is in the
segment's category set. It judges what an export can show, not true audience overlap.

Methods: the service (``rank_by=fit`` and ``rank_by=reach``), the service with the top
audience country dropped (as before it was read), followers descending, and the largest
creators in the segment's countries (the filter an analyst applies by hand).
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import tempfile
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.batch import BatchOptions, Reference, score_roster  # noqa: E402
from matcher.config import Settings  # noqa: E402
from matcher.contracts.codes import country_code  # noqa: E402
from matcher.contracts.profiles import Segment  # noqa: E402
from matcher.ingest.mapping import load_mapping  # noqa: E402
from matcher.service import Matcher  # noqa: E402

SEGMENTS = [
    (Segment(id="id-music", name="Young Indonesian music fans", countries=["ID"],
             ages=["18-24", "25-34"], interests=["pop music", "live concerts"],
             description="Young Indonesians who follow singers and bands"), {"Music"}),
    (Segment(id="in-film", name="Indian film audiences", countries=["IN"],
             interests=["bollywood movies", "film stars"],
             description="Indians who follow film actors and new releases"),
     {"Cinema & Actors/actresses", "Shows"}),
    (Segment(id="mx-comedy", name="Mexican comedy fans", countries=["MX"],
             interests=["comedy sketches", "funny videos"],
             description="Mexicans who watch comedy creators and sketches"),
     {"Humor & Fun & Happiness", "Shows"}),
    (Segment(id="us-fitness", name="US gym goers", countries=["US"], ages=["18-24", "25-34"],
             interests=["gym workouts", "fitness coaching"],
             description="Americans who train at the gym and follow fitness coaches"),
     {"Fitness & Gym", "Trainers & Coaches"}),
    (Segment(id="br-beauty-fashion", name="Brazilian beauty and fashion followers",
             countries=["BR"], genders=["female"],
             interests=["makeup", "fashion trends"],
             description="Brazilian women who follow beauty and fashion creators"),
     {"Beauty", "Fashion", "Modeling", "Clothing & Outfits"}),
]


def export_truth(path: Path) -> pd.DataFrame:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    handle = "name" if "name" in table.columns else table.columns[1]
    country_column = "country" if "country" in table.columns else "Views avg."

    def code(value: str) -> str | None:
        try:
            return country_code(value) if value and value != "0" else None
        except ValueError:
            return None

    return pd.DataFrame({
        "creator_id": "instagram:" + table[handle].str.strip(),
        "top_country": table[country_column].map(code),
        "categories": table[["Category_1", "Category_2"]].apply(
            lambda r: {c for c in r if c}, axis=1),
        "followers": pd.to_numeric(table.iloc[:, 6].str.replace(",", ""), errors="coerce")})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--mapping", default="instagram-top-creators")
    parser.add_argument("--index", type=Path, default=None,
                        help="the reference snapshot's index folder (default: the service's)")
    parser.add_argument("--k", type=int, default=20)
    args = parser.parse_args()
    settings = Settings()
    matcher = Matcher.open(settings, index_dir=args.index)
    reference = Reference.of_matcher(matcher)
    truth = export_truth(args.export).drop_duplicates("creator_id")
    segments = [s for s, _ in SEGMENTS]
    work = Path(tempfile.mkdtemp(prefix="matcher-real-"))
    mapping = load_mapping(args.mapping)
    no_top = dataclasses.replace(mapping, sources=tuple(
        s for s in mapping.sources if s.target != "audience.top_countries"))
    ranked = {}
    for label, used in (("service", mapping), ("top country dropped", no_top)):
        out = work / f"{label.replace(' ', '-')}.parquet"
        score_roster(args.export, segments, out, reference,
                     BatchOptions(mapping=used))
        ranked[label] = pd.read_parquet(out)
    rows = []
    for segment, categories in SEGMENTS:
        relevant = truth[truth["top_country"].isin(segment.countries or [])
                         & truth["categories"].map(lambda c, cats=categories: bool(c & cats))]
        wanted = set(relevant["creator_id"])
        results = {}
        for label, table in ranked.items():
            mine = table[table["segment_id"] == segment.id]
            for rank_by in ("fit", "estimated_reach"):
                top = mine.sort_values(rank_by, ascending=False)["creator_id"].head(args.k)
                results[f"{label}, by {rank_by}"] = len(set(top) & wanted) / args.k
        by_followers = truth.sort_values("followers", ascending=False)["creator_id"]
        results["followers"] = len(set(by_followers.head(args.k)) & wanted) / args.k
        inside = truth[truth["top_country"].isin(segment.countries or [])]
        largest = inside.sort_values("followers", ascending=False)["creator_id"]
        results["largest in the countries"] = len(set(largest.head(args.k)) & wanted) / args.k
        rows.append((segment.id, len(wanted), results))
    methods = list(rows[0][2])
    print(f"{args.export.name}: precision@{args.k}, relevant = top audience country in the "
          "segment's countries and a category in its set")
    print("| segment | relevant | " + " | ".join(methods) + " |")
    print("|" + " --- |" * (len(methods) + 2))
    for seg_id, count, results in rows:
        print(f"| {seg_id} | {count} | " + " | ".join(f"{results[m]:.2f}" for m in methods)
              + " |")
    means = {m: sum(r[2][m] for r in rows) / len(rows) for m in methods}
    print("| mean | | " + " | ".join(f"{means[m]:.2f}" for m in methods) + " |")


if __name__ == "__main__":
    main()
