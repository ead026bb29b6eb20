"""Measuring the ranking of creators reported only as ranking exports are, against truth.

A chosen share of a world's creators is reported as an export reports them (``ranking``: a
top audience country and nothing else of the audience, no credibility, ``World.
reported_profiles``; ``realistic``: the most followed of each platform, described by vendor
category names only, beside the full reports of a reference world, ``realistic_exports``).
For each segment the exported creators, then the fully reported ones, are ranked among their
own kind, and NDCG@50 by true share and by true reach is kept for each method:

* the service, ``rank_by=fit`` and ``rank_by=reach``;
* the service with the exports' top audience country dropped (every missing block at the
  platform average: the fallback before partial blocks were read);
* followers descending inside the segment's countries (the filter a person applies by hand
  on an export's top audience country);
* bio-only similarity (the persona text against bio and categories).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from matcher.config import Settings
from matcher.embedding.encoder import Encoder
from matcher.ingest.normalise import normalise_profile
from matcher.search.snapshots import build_snapshot, load_snapshot
from matcher.service import Matcher
from matcher.simulate import SimSegment, World, build_world
from matcher.simulate.evaluation import (
    METHODS,
    Evaluation,
    evaluate,
    label_agreement,
    ndcg,
    world_segments,
)

EXPORT_KINDS: tuple[str, ...] = ("ranking", "realistic")
KIND_METHODS: tuple[str, ...] = (
    "service rank_by=fit", "service rank_by=reach",
    "top country dropped, rank_by=fit", "top country dropped, rank_by=reach",
    "followers in the segment's countries", "bio-only")
#: Creators asked of the service per ranking; each kind's top k is read from them.
SHORTLIST_POOL = 500


@dataclass
class KindEvaluation:
    """Per (kind, method, gain), the NDCG@k of each segment with at least k of that kind."""

    share: float
    exports: str
    segments: int
    k: int = 50
    scores: dict[tuple[str, str, str], list[float]] = field(default_factory=dict)

    def mean(self, kind: str, method: str, gain: str) -> float:
        values = self.scores.get((kind, method, gain))
        return float(np.mean(values)) if values else float("nan")

    def table(self) -> str:
        described = ("reported with a top audience country only" if self.exports == "ranking"
                     else "(the most followed of each platform) exported as real exports "
                          "are, against a reference of another world")
        lines = [f"{self.share:.0%} of the creators {described}; NDCG@{self.k} with each kind "
                 "ranked among itself (segments with fewer than "
                 f"{self.k} eligible creators of a kind left out of its columns)",
                 f"| method | partial: NDCG@{self.k} share | partial: NDCG@{self.k} reach "
                 f"| full: NDCG@{self.k} share | full: NDCG@{self.k} reach |",
                 "|" + " --- |" * 5]
        for method in KIND_METHODS:
            cells = [self.mean(kind, method, gain)
                     for kind in ("partial", "full") for gain in ("share", "reach")]
            lines.append(f"| {method} | " + " | ".join(
                "-" if c != c else f"{c:.3f}" for c in cells) + " |")
        return "\n".join(lines)


def rows_matcher(rows: list[dict[str, Any]], encoder: Encoder, index_dir: Path, source: str,
                 log: Callable[[str], None] | None = None) -> Matcher:
    """The service over raw profile ``rows``, its snapshot written to ``index_dir``."""
    build_snapshot([normalise_profile(row) for row in rows], encoder, index_dir, source=source,
                   log=log)
    settings = Settings(index_dir=index_dir, cache_path=index_dir.parent / "cache.sqlite")
    return Matcher(load_snapshot(index_dir, encoder), encoder, settings, segments={})


def partial_matchers(world: World, share: float, exports: str, encoder: Encoder,
                     workdir: Path, log: Callable[[str], None] | None = None
                     ) -> tuple[Matcher, Matcher, np.ndarray]:
    """The service over the world with ``share`` of its creators exported, the same with the
    exports' top audience country dropped, and which of the world's creators are exported."""
    if exports == "realistic":
        from matcher.simulate.exports import realistic_exports

        catalogue = realistic_exports(world, share)
        rows, exported = catalogue.rows, catalogue.exported
    else:
        rows, exported = world.reported_profiles(share), world.partial_rows(share)
    name = f"world-{world.seed}-{len(world.creators)}-{exports}{share:g}"
    source = f"simulated world seed {world.seed}, {share:g} exported ({exports})"
    with_top = rows_matcher(rows, encoder, workdir / name, source, log)
    dropped = [{**row, "audience": {k: v for k, v in row["audience"].items()
                                    if k != "top_countries"}} for row in rows]
    without_top = rows_matcher(dropped, encoder, workdir / f"{name}-notop", source, log)
    return with_top, without_top, exported


def _ranked_within(matcher: Matcher, seg: SimSegment, subset: set[str], rank_by: str,
                   k: int, weights: dict[str, float] | None) -> list[str]:
    result = matcher.shortlist(seg.to_yaml_dict(), k=SHORTLIST_POOL, weights=weights,
                               rank_by=rank_by)
    return [r["id"] for r in result.results if r["id"] in subset][:k]


def evaluate_kinds(world: World, segments: Sequence[SimSegment], with_top: Matcher,
                   without_top: Matcher, exported: np.ndarray, share: float, exports: str,
                   k: int = 50, weights: dict[str, float] | None = None) -> KindEvaluation:
    """NDCG@k by true share and true reach of each method, on the exported creators and on
    the fully reported ones (none under ``realistic``: the others are not in its catalogue)."""
    report = KindEvaluation(share, exports, len(segments), k)
    ids = np.array(world.creators.ids)
    top = world.top_audience_country()
    snapshot = with_top.snapshot
    text_row = {id_: i for i, id_ in enumerate(snapshot.catalogue.ids)}
    text_emb = np.asarray(snapshot.text_emb)
    kinds = {"partial": np.flatnonzero(exported)}
    if exports == "ranking":
        kinds["full"] = np.flatnonzero(~exported)
    for seg in segments:
        eligible = world.eligible(seg)
        gains = {"share": world.true_share(seg), "reach": world.true_reach(seg)}
        persona = with_top.encoder.encode(
            [with_top.resolve_segment(seg.to_yaml_dict()).persona_text()])[0]
        wanted = set(seg.countries or [])
        for kind, members in kinds.items():
            pool = members[eligible[members]]
            if len(pool) < k:
                continue
            subset = set(ids[pool].tolist())
            row_of = {ids[r]: r for r in pool}
            ranked = {f"{name}, rank_by={rank_by}" if name != "service" else
                      f"service rank_by={rank_by}": _ranked_within(matcher, seg, subset, rank_by,
                                                                   k, weights)
                      for name, matcher in (("service", with_top),
                                            ("top country dropped", without_top))
                      for rank_by in ("fit", "reach")}
            inside = np.array([top[r] in wanted or not wanted for r in pool])
            order = np.lexsort((-world.creators.followers[pool], ~inside))
            ranked["followers in the segment's countries"] = list(ids[pool[order[:k]]])
            similarity = text_emb[[text_row[ids[r]] for r in pool]] @ persona
            ranked["bio-only"] = list(ids[pool[np.argsort(-similarity, kind="stable")[:k]]])
            for method, got in ranked.items():
                picked = np.array([row_of[i] for i in got], dtype=np.int64)
                for gain, values in gains.items():
                    report.scores.setdefault((kind, method, gain), []).append(
                        ndcg(values[picked], values[pool], k))
    return report


def run_partial(seed: int, creators: int, segments: int, encoder: Encoder, workdir: Path,
                share: float, exports: str = "ranking",
                weights: dict[str, float] | None = None,
                log: Callable[[str], None] | None = None, vocabulary: str = "default",
                methods: Sequence[str] = METHODS
                ) -> tuple[Evaluation | None, KindEvaluation, dict[str, Any]]:
    """``evaluation.run`` with ``share`` of the creators exported: the usual table over the
    whole mixed catalogue (``ranking`` only: a ``realistic`` catalogue holds only the
    exported creators of the world) and the table of each kind."""
    started = time.perf_counter()
    world = build_world(seed, creators, vocabulary=vocabulary)
    with_top, without_top, exported = partial_matchers(world, share, exports, encoder,
                                                       workdir, log)
    built = time.perf_counter() - started
    chosen = world_segments(seed, segments, vocabulary)
    report = (evaluate(world, chosen, with_top, weights=weights, methods=methods)
              if exports == "ranking" else None)
    kinds = evaluate_kinds(world, chosen, with_top, without_top, exported, share, exports,
                           weights=weights)
    return report, kinds, {"build_seconds": built, "catalogue": with_top.snapshot.catalogue.size,
                           "labels": label_agreement(with_top, chosen)}
