"""Measuring the ranking against follower-level truth in a simulated world.

A world (``matcher.simulate``) knows, for every creator and segment, the true share of real
followers inside the segment and the true segment reach. The service sees only the provider
reports. Each method ranks the creators that pass the segment's hard filters; the metrics
compare its top k with the truth:

* NDCG@10 and NDCG@50 with the true reach, and with the true share, as gains;
* precision@50: the fraction of the method's top 50 inside the true top 50;
* filter violations: returned creators that fail a hard filter.
* for a shortlist, the scale of its reaches: the median over its top k of
  ``ln(estimated reach / true reach)`` (``log_reach_ratio``).

Baselines run in the same pass: random, followers descending, and bio-only semantic
similarity (the persona text against bio + categories, what most open tools do). The
*oracle* methods are the service given the hidden phrase -> label map as pinned
``interest_labels``: the most the interest matching alone could add. *true marginals* ranks by
the product of each creator's exact factor shares: what is lost to the independence
assumption alone, with no sampling or matching error.

A world can report interests in another provider's label vocabulary (``--vocabulary``);
``label_agreement`` scores the labels matched to each phrase against the hidden map.
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
from matcher.simulate import SimSegment, World, build_world, fixed_segments, random_segments

METHODS: tuple[str, ...] = ("random", "followers", "bio-only", "service rank_by=fit",
                            "service rank_by=reach", "service rank_by=share")
ORACLE_METHODS: tuple[str, ...] = ("oracle rank_by=fit", "oracle rank_by=reach")
METRICS: tuple[str, ...] = ("ndcg10_reach", "ndcg50_reach", "ndcg10_share", "ndcg50_share",
                            "p50_reach", "p50_share", "violations")


def ndcg(gains_in_rank_order: np.ndarray, all_gains: np.ndarray, k: int) -> float:
    discounts = 1.0 / np.log2(np.arange(2, k + 2))
    got = gains_in_rank_order[:k]
    dcg = float((got * discounts[:len(got)]).sum())
    ideal = np.sort(all_gains)[::-1][:k]
    idcg = float((ideal * discounts[:len(ideal)]).sum())
    return dcg / idcg if idcg > 0 else 0.0


def precision(ranked: np.ndarray, all_gains: np.ndarray, eligible: np.ndarray, k: int) -> float:
    pool = np.flatnonzero(eligible)
    best = set(pool[np.argsort(-all_gains[pool], kind="stable")[:k]].tolist())
    return len(best & set(ranked[:k].tolist())) / max(min(k, len(pool)), 1)


@dataclass
class Evaluation:
    seed: int
    creators: int
    segments: list[str]
    scores: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def mean(self, method: str) -> dict[str, float]:
        per_segment = self.scores[method].values()
        out = {m: float(np.mean([s[m] for s in per_segment])) for m in METRICS}
        out["violations"] = float(sum(s["violations"] for s in per_segment))
        return out

    def table(self, per_segment: bool = False) -> str:
        header = ("| method | NDCG@10 reach | NDCG@50 reach | NDCG@10 share | NDCG@50 share "
                  "| P@50 reach | P@50 share | filter violations |")
        lines = [header, "|" + " --- |" * 8]
        for method in self.scores:
            m = self.mean(method)
            lines.append(f"| {method} | " + " | ".join(
                f"{m[x]:.3f}" for x in METRICS[:-1]) + f" | {int(m['violations'])} |")
        if per_segment:
            for method in self.scores:
                lines.append(f"\n{method}, per segment:")
                lines.append("| segment | " + " | ".join(METRICS) + " |")
                lines.append("|" + " --- |" * (len(METRICS) + 1))
                for seg_id, s in self.scores[method].items():
                    lines.append(f"| {seg_id} | " + " | ".join(
                        f"{s[x]:.3f}" if x != "violations" else str(int(s[x]))
                        for x in METRICS) + " |")
        return "\n".join(lines)


def world_segments(seed: int, count: int, vocabulary: str = "default") -> list[SimSegment]:
    """The hand-written segments, then random ones from ``seed`` up to ``count``."""
    fixed = fixed_segments(vocabulary)
    if count <= len(fixed):
        return fixed[:count]
    return fixed + random_segments(np.random.default_rng(seed + 1), count - len(fixed),
                                   vocabulary)


def oracle_segment(seg: SimSegment) -> dict[str, Any]:
    """The segment with its hidden phrase -> label map pinned."""
    return {**seg.to_yaml_dict(),
            "interest_labels": {p: list(seg.label_map.get(p, [])) for p in seg.interests}}


def label_agreement(matcher: Matcher, segments: Sequence[SimSegment]
                    ) -> dict[str, float]:
    """Precision and recall of the labels the service matches to each phrase against the
    hidden map, over every (phrase, label) pair; and the share of phrases matching nothing."""
    hit = wrong = missed = phrases = empty = 0
    for seg in segments:
        targets = matcher.prepared(matcher.resolve_segment(seg.to_yaml_dict()))[0][0]
        got = {p: set(targets.phrase_labels.get(p, [])) for p in seg.interests}
        for phrase in seg.interests:
            truth = set(seg.label_map.get(phrase, []))
            found = got[phrase]
            hit, wrong = hit + len(found & truth), wrong + len(found - truth)
            missed += len(truth - found)
            phrases, empty = phrases + 1, empty + (not found)
    return {"precision": hit / max(hit + wrong, 1), "recall": hit / max(hit + missed, 1),
            "unmatched": empty / max(phrases, 1)}


def world_matcher(world: World, encoder: Encoder, workdir: Path,
                  log: Callable[[str], None] | None = None, partial: float = 0.0,
                  top_country: bool = True, joint_age_country: float = 0.0) -> Matcher:
    """The service over the world's reports (``partial``: the share reported as ranking
    exports are; ``top_country`` False drops their top audience country too;
    ``joint_age_country``: the share also reporting the joint age x country block)."""
    rows = world.reported_profiles(partial, joint_age_country=joint_age_country)
    if not top_country:
        for row in rows:
            row["audience"].pop("top_countries", None)
    profiles = [normalise_profile(row) for row in rows]
    vocabulary = world.vocabulary.name
    index_dir = workdir / (f"world-{world.seed}-{len(profiles)}"
                           + ("" if vocabulary == "default" else f"-{vocabulary}")
                           + (f"-partial{partial:g}" if partial else "")
                           + ("" if top_country else "-notop")
                           + (f"-agecountry{joint_age_country:g}" if joint_age_country else ""))
    build_snapshot(profiles, encoder, index_dir, source=f"simulated world seed {world.seed}",
                   log=log)
    settings = Settings(index_dir=index_dir, cache_path=workdir / "cache.sqlite")
    return Matcher(load_snapshot(index_dir, encoder), encoder, settings, segments={})


def _ranked_rows(method: str, seg: SimSegment, world: World, matcher: Matcher,
                 eligible: np.ndarray, row_of: dict[str, int], k: int,
                 rng: np.random.Generator, weights: dict[str, float] | None,
                 estimated: list[float] | None = None) -> np.ndarray:
    """The method's top ``k`` rows; a shortlist's estimated reaches appended to
    ``estimated``, when given."""
    pool = np.flatnonzero(eligible)
    if method == "random":
        return rng.permutation(pool)[:k]
    if method == "true marginals":  # the exact factor shares, multiplied: independence alone
        return pool[np.argsort(-world.independent_share(seg)[pool], kind="stable")[:k]]
    if method == "followers in the top country":  # what a person filters by hand
        top = world.top_audience_country()
        wanted = set(seg.countries or [])
        inside = np.array([top[r] in wanted for r in pool], dtype=bool) if wanted else (
            np.ones(len(pool), dtype=bool))
        order = np.lexsort((-world.creators.followers[pool], ~inside))
        return pool[order[:k]]
    if method == "followers":
        return pool[np.argsort(-world.creators.followers[pool], kind="stable")[:k]]
    if method == "bio-only":
        snap = matcher.snapshot
        persona = matcher.encoder.encode([matcher.resolve_segment(seg.to_yaml_dict())
                                          .persona_text()])[0]
        world_rows = np.array([row_of[snap.catalogue.ids[r]] for r in range(snap.catalogue.size)])
        similarity = np.full(len(world.creators), -np.inf)
        similarity[world_rows] = np.asarray(snap.text_emb) @ persona
        return pool[np.argsort(-similarity[pool], kind="stable")[:k]]
    rank_by = method.split("=")[1]
    segment = oracle_segment(seg) if method.startswith("oracle") else seg.to_yaml_dict()
    result = matcher.shortlist(segment, k=k, weights=weights, rank_by=rank_by)
    if estimated is not None:
        estimated.extend(float(r["estimated_reach"]) for r in result.results)
    return np.array([row_of[r["id"]] for r in result.results], dtype=np.int64)


def log_reach_ratio(estimated: np.ndarray, true: np.ndarray) -> float:
    """The median of ``ln(estimated / true)`` over the creators whose reaches are both above
    0 (NaN: none): 0 when the shortlist's reaches are right in scale, above 0 overstated."""
    both = (estimated > 0) & (true > 0)
    if not both.any():
        return float("nan")
    return float(np.median(np.log(estimated[both] / true[both])))


def evaluate(world: World, segments: Sequence[SimSegment], matcher: Matcher, k: int = 50,
             methods: Sequence[str] = METHODS, weights: dict[str, float] | None = None,
             seed: int = 0) -> Evaluation:
    row_of = {id_: i for i, id_ in enumerate(world.creators.ids)}
    report = Evaluation(world.seed, len(world.creators), [s.id for s in segments])
    rng = np.random.default_rng(seed)
    for method in methods:
        started = time.perf_counter()
        report.scores[method] = {}
        for seg in segments:
            share, reach = world.true_share(seg), world.true_reach(seg)
            eligible = world.eligible(seg)
            estimated: list[float] = []
            ranked = _ranked_rows(method, seg, world, matcher, eligible, row_of, k, rng,
                                  weights, estimated)
            report.scores[method][seg.id] = {
                "ndcg10_reach": ndcg(reach[ranked], reach[eligible], 10),
                "ndcg50_reach": ndcg(reach[ranked], reach[eligible], 50),
                "ndcg10_share": ndcg(share[ranked], share[eligible], 10),
                "ndcg50_share": ndcg(share[ranked], share[eligible], 50),
                "p50_reach": precision(ranked, reach, eligible, 50),
                "p50_share": precision(ranked, share, eligible, 50),
                "violations": float((~eligible[ranked]).sum()),
            }
            if estimated:  # a shortlist: the scale of its reaches (not in METRICS)
                report.scores[method][seg.id]["log_reach_ratio"] = log_reach_ratio(
                    np.array(estimated), reach[ranked])
        report.seconds[method] = time.perf_counter() - started
    return report


def run(seed: int, creators: int, segments: int, encoder: Encoder, workdir: Path,
        weights: dict[str, float] | None = None,
        log: Callable[[str], None] | None = None, vocabulary: str = "default",
        methods: Sequence[str] = METHODS) -> tuple[Evaluation, dict[str, Any]]:
    started = time.perf_counter()
    world = build_world(seed, creators, vocabulary=vocabulary)
    matcher = world_matcher(world, encoder, workdir, log=log)
    built = time.perf_counter() - started
    chosen = world_segments(seed, segments, vocabulary)
    report = evaluate(world, chosen, matcher, weights=weights, methods=methods)
    return report, {"build_seconds": built, "catalogue": matcher.snapshot.catalogue.size,
                    "labels": label_agreement(matcher, chosen)}
