"""Creators reported as ranking exports report them: a top audience country and nothing else.

    python benchmarks/partial.py [--seed 11] [--creators 20000] [--partial 0.5] [--diagnose]
        [--unknown-credibility exclude|catalogue_median] [--exports ranking|realistic]
        [--blocks]

A world where ``--partial`` of the creators are reported with only their top audience country
(no age, gender, countries, languages, interests or credibility), the rest fully. For each
segment, the creators of each kind are ranked among themselves, and NDCG@50 by true share
(``rank_by=fit``) and by true reach (``rank_by=reach``) is reported against: followers
descending inside the segment's countries (the filter a person applies by hand on an export),
bio-only similarity, and the service with the top audience country dropped (every missing
block at the platform average, as before top countries were read). Nothing here was tuned:
the estimate's two settings (``TOP_COUNTRY_SAMPLE``, ``TOP_COUNTRY_MIN`` in
``matcher/matching/scoring.py``) were set before the first run.

``--diagnose`` says where the partial creators' gap is: the partial creators are given back
their true full report one block at a time (countries, languages, age, gender, interests),
then all five, then all five and credibility, each in its own snapshot, and NDCG@50 by true
share (``rank_by=fit``) and by true reach (``rank_by=reach``) is printed for each, beside the
estimates of today (the first row). A block the full report lacks stays missing.

``--unknown-credibility exclude`` sets that filter option on the segments with
``min_credibility`` (exports report no credibility, so then none of their creators pass it;
the default, ``catalogue_median``, judges them on the catalogue median). Every method above
ranks the creators passing the segment's true filters; a last line ranks every partial
creator with the service, counting those that fail the true filters at 0, and says how many
of its top 50 fail ``min_credibility``.

``--exports realistic`` describes the exported creators as real ranking exports do
(``matcher.simulate.exports``): the ``--partial`` share of each platform's creators with the
most followers, with one or two vendor category names as their only text, scored against the
full reports of another world of 5,000 creators whose topics sit in other countries (as the
bundled fixtures are to real exports). Only the exported creators are ranked (the full
columns are empty) and ``--diagnose`` is not available.

``--blocks`` reports blocks in part instead: the ``--partial`` share of creators keep their
full report but their countries block cut to its top ``TOP_COUNTRIES`` (shares kept), their
languages block to its top ``TOP_LANGUAGES``, and their interests block replaced by
``top_interests`` (its ``TOP_INTERESTS`` largest labels in order, no shares). Four variants
over the same world: today (``MATCHER_PARTIAL_BLOCKS=listed``, ``top_interests`` dropped),
the remainder estimate only, top interests only, both; NDCG@50 by true share (``fit``) and
by true reach (``reach``) of the partial creators and the full ones, each ranked among its
kind, and of the mixed catalogue.
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

from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.simulate import build_world  # noqa: E402
from matcher.simulate.evaluation import ndcg, world_matcher, world_segments  # noqa: E402

K = 50


UNKNOWN_CREDIBILITY = "catalogue_median"  # filters.unknown_credibility (--unknown-credibility)


def ranked_within(matcher, seg, subset_ids: set[str], rank_by: str, pool: int) -> list[str]:
    segment = seg.to_yaml_dict()
    if (segment.get("filters") or {}).get("min_credibility") is not None:
        segment["filters"] = {**segment["filters"], "unknown_credibility": UNKNOWN_CREDIBILITY}
    result = matcher.shortlist(segment, k=pool, rank_by=rank_by)
    return [r["id"] for r in result.results if r["id"] in subset_ids][:K]


DIAGNOSED_BLOCKS = ("countries", "languages", "age", "gender", "interests")


def with_true_blocks(world, partial: float, blocks: tuple[str, ...], credibility: bool = False
                     ) -> list[dict]:
    """The world's reports with ``partial`` of the creators reported as exports are, except
    that those creators keep the given blocks (and credibility) of their full report."""
    rows = world.reported_profiles(partial)
    full = world.reported_profiles(0.0)
    for row in np.flatnonzero(world.partial_rows(partial)).tolist():
        truth = full[row]
        for block in blocks:
            if block in truth["audience"]:
                rows[row]["audience"][block] = truth["audience"][block]
        if credibility:
            rows[row]["credibility"] = truth["credibility"]
    return rows


def rows_matcher(rows: list[dict], world, encoder, workdir: Path, name: str):
    """The service over ``rows`` (reports of ``world``), its snapshot under ``workdir/name``."""
    from matcher.config import Settings
    from matcher.ingest.normalise import normalise_profile
    from matcher.search.snapshots import build_snapshot, load_snapshot
    from matcher.service import Matcher

    index_dir = workdir / name
    build_snapshot([normalise_profile(row) for row in rows], encoder, index_dir,
                   source=f"simulated world seed {world.seed}, {name}")
    settings = Settings(index_dir=index_dir, cache_path=workdir / "cache.sqlite")
    return Matcher(load_snapshot(index_dir, encoder), encoder, settings, segments={})


def kind_figures(matcher, world, segments, exported: np.ndarray, full: bool = True
                 ) -> list[float]:
    """NDCG@50 by true share (``rank_by=fit``) and by true reach (``rank_by=reach``) of the
    ``exported`` creators, then (``full``) of the others, each kind ranked among itself."""
    kinds = (exported, ~exported)
    return [cell for members in (kinds if full else kinds[:1])
            for cell in ndcg_among(matcher, world, segments, members)]


def ndcg_among(matcher, world, segments, members: np.ndarray) -> list[float]:
    """NDCG@50 by true share (``fit``) and by true reach (``reach``) of the eligible creators
    among ``members`` (a mask over the world's creators), ranked among themselves."""
    ids = np.array(world.creators.ids)
    by_share: list[float] = []
    by_reach: list[float] = []
    for seg in segments:
        eligible, share, reach = world.eligible(seg), world.true_share(seg), \
            world.true_reach(seg)
        pool = np.flatnonzero(eligible & members)
        if len(pool) < K:
            continue
        subset = set(ids[pool].tolist())
        row_of = {ids[r]: r for r in pool}
        for rank_by, gain, out in (("fit", share, by_share), ("reach", reach, by_reach)):
            got = ranked_within(matcher, seg, subset, rank_by, 500)
            picked = np.array([row_of[i] for i in got], dtype=np.int64)
            out.append(ndcg(gain[picked], gain[pool], K))
    return [float(np.mean(by_share)), float(np.mean(by_reach))]


def realistic_matchers(world, share: float, encoder, workdir: Path):
    """The service over realistic exports of ``world`` and a reference world, the same with
    the exports' top audience country dropped, and which of the world's creators are
    exported."""
    from matcher.simulate.exports import realistic_exports

    catalogue = realistic_exports(world, share)
    with_top = rows_matcher(catalogue.rows, world, encoder, workdir, "realistic")
    dropped = [{**row, "audience": {}} if "top_countries" in row["audience"] else row
               for row in catalogue.rows]
    without_top = rows_matcher(dropped, world, encoder, workdir, "realistic-notop")
    return with_top, without_top, catalogue.exported


FIGURES_HEADER = ("| partial: share, `fit` | partial: reach, `reach` | full: share, `fit` "
                  "| full: reach, `reach` |")


def diagnose(args: argparse.Namespace, workdir: Path, encoder) -> None:
    world = build_world(args.seed, args.creators)
    segments = world_segments(args.seed, args.segments)
    variants: list[tuple[str, tuple[str, ...], bool]] = [("estimated (today)", (), False)]
    variants += [(f"true {block}", (block,), False) for block in DIAGNOSED_BLOCKS]
    variants += [("true all five", DIAGNOSED_BLOCKS, False),
                 ("true all five and credibility", DIAGNOSED_BLOCKS, True)]
    print(f"seed {args.seed}, {args.creators:,} creators, {args.partial:.0%} reported with a "
          f"top audience country only, {args.segments} segments, NDCG@{K} among each kind; "
          "the partial creators given back the named blocks of their full report")
    print("| partial creators given " + FIGURES_HEADER)
    print("| --- | --- | --- | --- | --- |")
    for label, blocks, credibility in variants:
        name = "diagnose-" + ("-".join(blocks) or "none") + ("-credibility" if credibility
                                                            else "")
        matcher = rows_matcher(with_true_blocks(world, args.partial, blocks, credibility),
                               world, encoder, workdir, name)
        cells = kind_figures(matcher, world, segments, world.partial_rows(args.partial))
        print(f"| {label} | " + " | ".join(f"{c:.3f}" for c in cells) + " |", flush=True)


TOP_COUNTRIES, TOP_LANGUAGES, TOP_INTERESTS = 3, 2, 3


def blocks_rows(world, share: float, top_interests: bool) -> list[dict]:
    """The world's full reports, the ``share`` of ``world.partial_rows`` reporting their
    countries and languages in part and their interests as ``top_interests`` (or, without
    ``top_interests``, not at all)."""
    rows = world.reported_profiles(0.0)
    for row in np.flatnonzero(world.partial_rows(share)).tolist():
        audience = rows[row]["audience"]  # each block's shares largest first
        audience["countries"] = dict(list(audience["countries"].items())[:TOP_COUNTRIES])
        if "languages" in audience:
            audience["languages"] = dict(list(audience["languages"].items())[:TOP_LANGUAGES])
        interests = audience.pop("interests", None)
        if interests and top_interests:
            audience["top_interests"] = list(interests)[:TOP_INTERESTS]
    return rows


def mixed_figures(matcher, world, segments) -> list[float]:
    """NDCG@50 by true share (``fit``) and by true reach (``reach``) over every eligible
    creator."""
    return ndcg_among(matcher, world, segments,
                          np.ones(len(world.creators.ids), dtype=bool))


def blocks(args: argparse.Namespace, workdir: Path, encoder) -> None:
    from matcher.config import get_settings
    from matcher.search.snapshots import load_snapshot
    from matcher.service import Matcher

    world = build_world(args.seed, args.creators)
    segments = world_segments(args.seed, args.segments)
    partial = world.partial_rows(args.partial)
    built = {}
    for with_top in (False, True):
        name = "blocks-top" if with_top else "blocks-notop"
        built[with_top] = rows_matcher(blocks_rows(world, args.partial, with_top), world,
                                       encoder, workdir, name).settings
    print(f"seed {args.seed}, {args.creators:,} creators, {args.partial:.0%} reporting countries "
          f"top {TOP_COUNTRIES}, languages top {TOP_LANGUAGES} (shares kept), interests as "
          f"top {TOP_INTERESTS} labels without shares; {args.segments} segments, NDCG@{K}")
    print("| variant | partial: share, `fit` | partial: reach, `reach` | full: share, `fit` "
          "| full: reach, `reach` | mixed: share, `fit` | mixed: reach, `reach` |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    variants = (("today (listed, top interests dropped)", "listed", False),
                ("remainder estimate", "estimate", False),
                ("top interests", "listed", True),
                ("both", "estimate", True))
    for label, mode, with_top in variants:
        os.environ["MATCHER_PARTIAL_BLOCKS"] = mode
        get_settings.cache_clear()
        settings = built[with_top]
        matcher = Matcher(load_snapshot(settings.index_dir, encoder), encoder, settings,
                          segments={})
        cells = kind_figures(matcher, world, segments, partial)
        cells += mixed_figures(matcher, world, segments)
        print(f"| {label} | " + " | ".join(f"{c:.3f}" for c in cells) + " |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--creators", type=int, default=20_000)
    parser.add_argument("--segments", type=int, default=25)
    parser.add_argument("--partial", type=float, default=0.5)
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--unknown-credibility", choices=("exclude", "catalogue_median"),
                        default="catalogue_median",
                        help="filters.unknown_credibility of the segments with min_credibility")
    parser.add_argument("--diagnose", action="store_true",
                        help="give the partial creators their true blocks, one at a time")
    parser.add_argument("--exports", choices=("ranking", "realistic"), default="ranking",
                        help="how exported creators are described (realistic: as real exports)")
    parser.add_argument("--blocks", action="store_true",
                        help="report blocks in part (top countries, top interests) instead")
    args = parser.parse_args()
    if args.diagnose and args.exports == "realistic":
        parser.error("--diagnose gives back blocks of the world's own reports: use --exports "
                     "ranking")
    global UNKNOWN_CREDIBILITY
    UNKNOWN_CREDIBILITY = args.unknown_credibility
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="matcher-partial-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    if args.diagnose:
        diagnose(args, workdir, encoder)
        return
    if args.blocks:
        blocks(args, workdir, encoder)
        return
    world = build_world(args.seed, args.creators)
    if args.exports == "realistic":
        with_top, without_top, partial = realistic_matchers(world, args.partial, encoder,
                                                            workdir)
    else:
        with_top = world_matcher(world, encoder, workdir, partial=args.partial)
        without_top = world_matcher(world, encoder, workdir, partial=args.partial,
                                    top_country=False)
        partial = world.partial_rows(args.partial)
    ids = np.array(world.creators.ids)
    top = world.top_audience_country()
    persona_emb = {}
    text = {r: i for i, r in enumerate(with_top.snapshot.catalogue.ids)}
    text_emb = np.asarray(with_top.snapshot.text_emb)
    rows = {"partial": np.flatnonzero(partial)}
    if args.exports == "ranking":
        rows["full"] = np.flatnonzero(~partial)
    methods = ("service rank_by=fit", "service rank_by=reach",
               "top country dropped, rank_by=fit", "top country dropped, rank_by=reach",
               "followers in the segment's countries", "bio-only")
    scores: dict[tuple[str, str, str], list[float]] = {}
    row_by_id = {id_: r for r, id_ in enumerate(ids.tolist())}
    failing: list[float] = []
    for seg in world_segments(args.seed, args.segments):
        eligible = world.eligible(seg)
        share, reach = world.true_share(seg), world.true_reach(seg)
        persona_emb[seg.id] = encoder.encode([with_top.resolve_segment(
            seg.to_yaml_dict()).persona_text()])[0]
        for kind, members in rows.items():
            pool = members[eligible[members]]
            if len(pool) < K:
                continue
            subset = set(ids[pool].tolist())
            row_of = {ids[r]: r for r in pool}
            ranked = {
                "service rank_by=fit": ranked_within(with_top, seg, subset, "fit", 500),
                "service rank_by=reach": ranked_within(with_top, seg, subset, "reach", 500),
                "top country dropped, rank_by=fit": ranked_within(without_top, seg, subset,
                                                                  "fit", 500),
                "top country dropped, rank_by=reach": ranked_within(without_top, seg, subset,
                                                                    "reach", 500),
            }
            wanted = set(seg.countries or [])
            inside = np.array([top[r] in wanted or not wanted for r in pool])
            order = np.lexsort((-world.creators.followers[pool], ~inside))
            ranked["followers in the segment's countries"] = list(ids[pool[order[:K]]])
            similarity = text_emb[[text[ids[r]] for r in pool]] @ persona_emb[seg.id]
            ranked["bio-only"] = list(ids[pool[np.argsort(-similarity, kind="stable")[:K]]])
            if kind == "partial":  # every partial creator, those failing the true filters at 0
                everyone = set(ids[members].tolist())
                got = np.array([row_by_id[i] for i in
                                ranked_within(with_top, seg, everyone, "fit", 500)], dtype=np.int64)
                gain = np.where(eligible, share, 0.0)
                scores.setdefault(("partial", "strict", "share"), []).append(
                    ndcg(gain[got], share[pool], K))
                if (seg.filters or {}).get("min_credibility") is not None:
                    failing.append(float((~eligible[got]).mean()) if len(got) else 0.0)
            for method, got in ranked.items():
                picked = np.array([row_of[i] for i in got], dtype=np.int64)
                scores.setdefault((kind, method, "share"), []).append(
                    ndcg(share[picked], share[pool], K))
                scores.setdefault((kind, method, "reach"), []).append(
                    ndcg(reach[picked], reach[pool], K))
    described = ("reported with a top audience country only" if args.exports == "ranking" else
                 "(the most followed of each platform) exported as real exports are, against a "
                 "reference of another world")
    print(f"seed {args.seed}, {args.creators:,} creators, {args.partial:.0%} {described}, "
          f"{args.segments} segments, NDCG@{K} among each kind")
    print("| method | partial: NDCG@50 share | partial: NDCG@50 reach | full: NDCG@50 share "
          "| full: NDCG@50 reach |")
    print("| --- | --- | --- | --- | --- |")
    for method in methods:
        cells = [np.mean(scores.get((kind, method, gain), [np.nan]))
                 for kind in ("partial", "full") for gain in ("share", "reach")]
        print(f"| {method} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    print(f"\nunknown_credibility: {UNKNOWN_CREDIBILITY}. The service (rank_by=fit) ranking every "
          "partial creator, those failing the segment's true filters counted at 0: NDCG@50 by "
          f"share {np.mean(scores[('partial', 'strict', 'share')]):.3f}; of its top 50 on the "
          f"{len(failing)} segments with min_credibility, "
          f"{np.mean(failing) if failing else 0.0:.1%} fail it")


if __name__ == "__main__":
    main()
