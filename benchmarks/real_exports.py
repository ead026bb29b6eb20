"""Precision@20 on a real "top creators" ranking export, by a relevance rule stated in advance.

    python benchmarks/real_exports.py EXPORT.csv [--mapping instagram-top-creators]
    python benchmarks/real_exports.py youtube_2022-12.csv --mapping youtube-top-creators

The export (a vendor's monthly top-1,000 ranking: categories, top audience country,
followers, engagement; no other audience data) is scored through the shipped mapping against
the bundled fixtures' snapshot (reference figures learned from its fully reported creators)
for the segments below, written for this measurement and before it was first run.

The rule, fixed before the first run: a creator is relevant to a segment when its top
audience country is one of the segment's countries and one of its two categories is in the
segment's category set (each layout names its own categories; the YouTube sets were written
before its first run, after the Instagram ones). It judges what an export can show, not true
audience overlap. An export without an audience country or categories (the TikTok ranking)
cannot be judged by this rule and is refused.

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
    Segment(id="id-music", name="Young Indonesian music fans", countries=["ID"],
            ages=["18-24", "25-34"], interests=["pop music", "live concerts"],
            description="Young Indonesians who follow singers and bands"),
    Segment(id="in-film", name="Indian film audiences", countries=["IN"],
            interests=["bollywood movies", "film stars"],
            description="Indians who follow film actors and new releases"),
    Segment(id="mx-comedy", name="Mexican comedy fans", countries=["MX"],
            interests=["comedy sketches", "funny videos"],
            description="Mexicans who watch comedy creators and sketches"),
    Segment(id="us-fitness", name="US gym goers", countries=["US"], ages=["18-24", "25-34"],
            interests=["gym workouts", "fitness coaching"],
            description="Americans who train at the gym and follow fitness coaches"),
    Segment(id="br-beauty-fashion", name="Brazilian beauty and fashion followers",
            countries=["BR"], genders=["female"], interests=["makeup", "fashion trends"],
            description="Brazilian women who follow beauty and fashion creators"),
]


@dataclasses.dataclass(frozen=True)
class Layout:
    """Where one export layout holds what the relevance rule reads."""

    handle: str
    country: str
    categories: tuple[str, str]
    followers: int            # column position of the exact follower count
    prefix: str
    relevant: dict[str, set[str]]  # segment id -> the categories relevant to it


LAYOUTS = {
    "instagram": Layout("name", "country", ("Category_1", "Category_2"), 6, "instagram:", {
        "id-music": {"Music"}, "in-film": {"Cinema & Actors/actresses", "Shows"},
        "mx-comedy": {"Humor & Fun & Happiness", "Shows"},
        "us-fitness": {"Fitness & Gym", "Trainers & Coaches"},
        "br-beauty-fashion": {"Beauty", "Fashion", "Modeling", "Clothing & Outfits"}}),
    "youtube": Layout("Youtube channel", "Country", ("Category", "Category-2"), 5, "youtube:", {
        "id-music": {"Music & Dance"}, "in-film": {"Movies"},
        "mx-comedy": {"Humor"}, "us-fitness": {"Fitness", "Health & Self Help", "Sports"},
        "br-beauty-fashion": {"Beauty", "Fashion"}}),
}


def layout_of(table: pd.DataFrame) -> Layout:
    for layout in LAYOUTS.values():
        if {layout.handle, layout.country, *layout.categories} <= set(table.columns):
            return layout
    if "Category_1" in table.columns and "Views avg." in table.columns:  # 2022-06 layout
        return dataclasses.replace(LAYOUTS["instagram"], handle="instagram name",
                                   country="Views avg.", followers=5)
    raise SystemExit("this export holds no audience country and categories (columns: "
                     + ", ".join(table.columns) + "): the relevance rule cannot judge it")


def export_truth(path: Path) -> tuple[pd.DataFrame, Layout]:
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    table.columns = [" ".join(c.split()) for c in table.columns]
    layout = layout_of(table)
    handle = layout.handle if layout.handle in table.columns else table.columns[1]

    def code(value: str) -> str | None:
        try:
            return country_code(value) if value and value != "0" else None
        except ValueError:
            return None

    return pd.DataFrame({
        "creator_id": layout.prefix + table[handle].str.strip(),
        "top_country": table[layout.country].map(code),
        "categories": table[list(layout.categories)].apply(
            lambda r: {c for c in r if c}, axis=1),
        "followers": pd.to_numeric(table.iloc[:, layout.followers].str.replace(",", ""),
                                   errors="coerce")}), layout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--mapping", default="instagram-top-creators")
    parser.add_argument("--index", type=Path, default=None,
                        help="the reference snapshot's index folder (default: the service's)")
    parser.add_argument("--k", type=int, default=20)
    parser.add_argument("--named", type=int, default=0, metavar="N",
                        help="also print what the estimates rest on for each segment's N "
                             "first creators by fit (their audience lines of the summary)")
    args = parser.parse_args()
    settings = Settings()
    matcher = Matcher.open(settings, index_dir=args.index)
    reference = Reference.of_matcher(matcher)
    truth, layout = export_truth(args.export)
    truth = truth.drop_duplicates("creator_id")
    segments = SEGMENTS
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
    for segment in SEGMENTS:
        categories = layout.relevant[segment.id]
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
    if args.named:
        print_named(ranked["service"], args.named)


def print_named(table: pd.DataFrame, n: int) -> None:
    """Each segment's first ``n`` creators by fit, with the summary's lines up to the segment
    share: the factor shares and what each estimate rests on."""
    for segment in SEGMENTS:
        mine = table[table["segment_id"] == segment.id].sort_values("fit", ascending=False)
        print(f"\n{segment.id}:")
        for row in mine.head(n).itertuples():
            print(f"- {row.handle} ({row.followers:,} followers, top audience country "
                  f"{row.top_audience_country}): segment share {row.segment_share:.1%}, "
                  f"confidence {row.confidence:.2f}")
            for line in row.summary.split(" | "):
                if line.startswith(("segment share", "with missing")):
                    break
                print(f"    {line}")


if __name__ == "__main__":
    main()
