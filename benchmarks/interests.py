"""Interest matching on label vocabularies it was and was not tuned on.

    python benchmarks/interests.py tune [--seed 101] [--creators 20000]
    python benchmarks/interests.py report [--seed 11] [--creators 20000] [--legacy]
        [--variant A D E1 E2 E3 F1 F2 F3 G1 G2 G3 H1 H2 H3 H4 H5 I1 I2 J1 J2 U1 U2 U3]

``tune`` grid-searches the matching settings of ``matcher/matching/interests.py`` on the
project's own (``default``) vocabulary only, for the mean of NDCG@50 by true share
(``rank_by=fit``) and by true reach (``rank_by=reach``); phrase -> label F1 breaks ties.
``report`` prints, for every vocabulary (``default``, ``iab`` and ``broad``, read while
tuning, and the held-out ``social`` and ``retail``), phrase -> label precision and recall,
NDCG@50 by true share (``rank_by=fit``) and by true reach (``rank_by=reach``), the worst
segment, the oracle given the hidden phrase -> label map, the ranking by true marginals and
the baselines. ``--legacy`` reports the matching of the first version (direct similarity
only, floor 0.35) for comparison. ``--variant`` reports each of the variants kept from
``docs/design-notes/2026-12-03-interest-next-tries.md`` and
``docs/design-notes/2026-12-03-audience-path.md`` on the same built world (A: no
audience-evidence check; D: the check as a reduced weight; E1-E3: D and the audience path, E2
for every phrase; F1-F3 of ``docs/design-notes/2026-12-03-interest-blind-2.md``: E2 with the
lifts read in the segment's context, F3, the default, averaged with the phrase's own; G1-G3
of ``docs/design-notes/2026-12-03-interest-multi.md``: F3 with the path taking every label
within 0.7 of the best lift, the labels of a joint non-negative least-squares fit, or F3's
label and those; H1-H5 of ``docs/design-notes/2026-12-04-interest-spread.md``: G2 with the
taxonomy's unsupported labels dropped or a weight budget a phrase; I1-I2 of
``docs/design-notes/2026-12-04-interest-worst.md``: G2 with a phrase whose best text score is
under 0.50 / 0.55 read in the segment's context; J1-J2, the same note's second rule: I1-I2
with only the weak phrase's text read in context, its lifts as G2 reads them; U1-U3 of
``docs/design-notes/2026-12-04-interest-phrase-union.md``: G2 with each phrase's labels read as
one group of followers, ``interests.PHRASE_UNION``), with each one's rule score: the mean over
the vocabularies of (NDCG@50 share, fit + NDCG@50 reach, reach) / 2, and its reach scale: the
mean over the vocabularies and segments of |median ln(estimated / true reach)| over the top 50
by ``rank_by=reach``.
B (a larger encoder) and C (audience co-occurrence) lost on the tuning vocabularies and were
removed; they ran from commit 1ad6261.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.embedding.encoder import Encoder  # noqa: E402
from matcher.matching import interests  # noqa: E402
from matcher.service import Matcher  # noqa: E402
from matcher.simulate import build_world  # noqa: E402
from matcher.simulate.evaluation import (  # noqa: E402
    evaluate,
    label_agreement,
    world_matcher,
    world_segments,
)

SETTINGS = ("MATCH_MARGIN", "MATCH_FLOOR", "TAXONOMY_WEIGHT", "TAXONOMY_RELATED",
            "CONTEXT_WEIGHT", "CONTEXT_LIFT", "TAXONOMY_MIN", "PHRASE_WITHIN")
LEGACY = {"MATCH_MARGIN": 0.06, "MATCH_FLOOR": 0.35, "TAXONOMY_WEIGHT": 0.0,
          "CONTEXT_WEIGHT": 0.0}


#: Each variant's settings of ``matcher/matching/interests.py``.
NO_PATH: dict[str, object] = {"AUDIENCE_PATH": None, "AUDIENCE_PATH_TOP": 1,
                              "AUDIENCE_PATH_LIFT": 2.0, "AUDIENCE_PATH_WEIGHT": 0.5,
                              "LIFT_READ": "phrase", "PATH_JUDGES": False,
                              "AUDIENCE_PATH_PICK": "top", "AUDIENCE_PATH_RATIO": 0.7,
                              "AUDIENCE_PATH_JOINT_MIN": 0.6,
                              "TAXONOMY_EVIDENCE_KEEP": None, "PHRASE_WEIGHT_BUDGET": None,
                              "WEAK_PHRASE_SCORE": None, "WEAK_PHRASE_LIFTS": "context",
                              "PHRASE_UNION": None}
VARIANTS: dict[str, dict[str, object]] = {
    "A": {"EVIDENCE_KEEP": None, **NO_PATH},
    "D": {"EVIDENCE_KEEP": 0.5, **NO_PATH},
    # the audience path (docs/design-notes/2026-12-03-audience-path.md), each over D
    "E1": {"EVIDENCE_KEEP": 0.5, **NO_PATH, "AUDIENCE_PATH": "unmatched"},
    "E2": {"EVIDENCE_KEEP": 0.5, **NO_PATH, "AUDIENCE_PATH": "every"},
    "E3": {"EVIDENCE_KEEP": 0.5, **NO_PATH, "AUDIENCE_PATH": "unmatched",
           "AUDIENCE_PATH_TOP": 3, "AUDIENCE_PATH_LIFT": 1.5},
    # docs/design-notes/2026-12-03-interest-blind-2.md, each over E2
    "F1": {"EVIDENCE_KEEP": 0.5, **NO_PATH, "AUDIENCE_PATH": "every", "LIFT_READ": "context",
           "PATH_JUDGES": False},
    "F2": {"EVIDENCE_KEEP": 0.5, **NO_PATH, "AUDIENCE_PATH": "every", "LIFT_READ": "context",
           "PATH_JUDGES": True},
    "F3": {"EVIDENCE_KEEP": 0.5, **NO_PATH, "AUDIENCE_PATH": "every", "LIFT_READ": "both",
           "PATH_JUDGES": True},
}
# docs/design-notes/2026-12-03-interest-multi.md, each over F3: which labels the path takes
VARIANTS["G1"] = {**VARIANTS["F3"], "AUDIENCE_PATH_PICK": "ratio"}
VARIANTS["G2"] = {**VARIANTS["F3"], "AUDIENCE_PATH_PICK": "joint"}
VARIANTS["G3"] = {**VARIANTS["F3"], "AUDIENCE_PATH_PICK": "top+joint"}
# docs/design-notes/2026-12-04-interest-spread.md, each over G2: how far a phrase spreads
VARIANTS["H1"] = {**VARIANTS["G2"], "TAXONOMY_EVIDENCE_KEEP": 0.0}
VARIANTS["H2"] = {**VARIANTS["G2"], "PHRASE_WEIGHT_BUDGET": 3.0}
VARIANTS["H3"] = {**VARIANTS["H1"], "PHRASE_WEIGHT_BUDGET": 3.0}
VARIANTS["H4"] = {**VARIANTS["H1"], "PHRASE_WEIGHT_BUDGET": 2.0}
VARIANTS["H5"] = {**VARIANTS["H1"], "PHRASE_WEIGHT_BUDGET": 5.0}
# docs/design-notes/2026-12-04-interest-worst.md, each over G2: a phrase the encoder barely
# knows read in the segment's context
VARIANTS["I1"] = {**VARIANTS["G2"], "WEAK_PHRASE_SCORE": 0.50}
VARIANTS["I2"] = {**VARIANTS["G2"], "WEAK_PHRASE_SCORE": 0.55}
# the same note, "The text half alone": only a weak phrase's text read in context, its lifts
# and joint fit read as G2 reads them
VARIANTS["J1"] = {**VARIANTS["I1"], "WEAK_PHRASE_LIFTS": "default"}
VARIANTS["J2"] = {**VARIANTS["I2"], "WEAK_PHRASE_LIFTS": "default"}
# docs/design-notes/2026-12-04-interest-phrase-union.md, each over G2: a phrase's labels as
# one group of followers (``matcher/matching/phrase_union.py``)
VARIANTS["U1"] = {**VARIANTS["G2"], "PHRASE_UNION": "max"}
VARIANTS["U2"] = {**VARIANTS["G2"], "PHRASE_UNION": "path-max"}
VARIANTS["U3"] = {**VARIANTS["G2"], "PHRASE_UNION": "max-once"}


def use_variant(name: str) -> None:
    use(VARIANTS[name])


def use(settings: dict) -> None:
    for name, value in settings.items():
        setattr(interests, name, value)


def fresh(matcher: Matcher) -> Matcher:
    """The same snapshot with empty segment caches (settings changed)."""
    return Matcher(matcher.snapshot, matcher.encoder, matcher.settings, segments={})


def measure(world, matcher, segments, methods) -> dict[str, float]:
    labels = label_agreement(matcher, segments)
    report = evaluate(world, segments, matcher, methods=methods)
    out: dict[str, Any] = dict(labels)
    for method in methods:
        per = report.scores[method]
        metric = "ndcg50_reach" if method.endswith("reach") else "ndcg50_share"
        values = {seg: s[metric] for seg, s in per.items()}
        out[method] = float(np.mean(list(values.values())))
        out[method + " per segment"] = values
        if method == "service rank_by=reach":
            ratios = {seg: s["log_reach_ratio"] for seg, s in per.items()
                      if not np.isnan(s.get("log_reach_ratio", np.nan))}
            out["log reach ratio per segment"] = ratios
            out["reach scale"] = float(np.mean(np.abs(list(ratios.values()))))
            out["reach scale signed"] = float(np.mean(list(ratios.values())))
    return out


def tune(args: argparse.Namespace, encoder: Encoder, workdir: Path) -> None:
    world = build_world(args.seed, args.creators)
    base = world_matcher(world, encoder, workdir, log=print)
    segments = world_segments(args.seed, args.segments)
    rows = []
    grid = itertools.product((0.04, 0.06, 0.08), (0.30, 0.35, 0.40), (0.0, 0.8, 0.9, 1.0),
                             (0.75, 0.85, 1.0), (0.0, 1.0))
    for margin, floor, tax, related, context in grid:
        if tax == 0.0 and related != 0.85:
            continue
        settings = {"MATCH_MARGIN": margin, "MATCH_FLOOR": floor, "TAXONOMY_WEIGHT": tax,
                    "TAXONOMY_RELATED": related, "CONTEXT_WEIGHT": context}
        use(settings)
        got = measure(world, fresh(base), segments,
                      ("service rank_by=fit", "service rank_by=reach"))
        f1 = 2 * got["precision"] * got["recall"] / max(got["precision"] + got["recall"], 1e-9)
        objective = (got["service rank_by=fit"] + got["service rank_by=reach"]) / 2
        rows.append((round(objective, 4), f1, got, settings))
        print(f"{objective:.4f} F1 {f1:.3f} P {got['precision']:.2f} R {got['recall']:.2f} "
              f"fit {got['service rank_by=fit']:.4f} reach {got['service rank_by=reach']:.4f} "
              f"{settings}", flush=True)
    rows.sort(key=lambda r: (-r[0], -r[1]))
    print("\nbest on the default vocabulary:")
    for objective, f1, got, settings in rows[:8]:
        print(f"  {objective:.4f}  F1 {f1:.3f}  fit {got['service rank_by=fit']:.4f}  reach "
              f"{got['service rank_by=reach']:.4f}  {settings}")


def report(args: argparse.Namespace, encoder: Encoder, workdir: Path) -> None:
    if args.legacy:
        use(LEGACY)
    print("settings: " + ", ".join(f"{n} {getattr(interests, n)}" for n in SETTINGS))
    methods = ("followers", "bio-only", "service rank_by=fit", "service rank_by=reach",
               "oracle rank_by=fit", "oracle rank_by=reach", "true marginals")
    service = ("service rank_by=fit", "service rank_by=reach")
    lines = ["| vocabulary | variant | labels | precision | recall | phrases unmatched "
             "| followers (share) | bio-only (share) | fit: NDCG@50 share | worst segment "
             "| oracle fit | reach: NDCG@50 reach | oracle reach "
             "| reach scale: mean abs log ratio (signed) "
             "| under 0.6 where oracle > 0.8 | true marginals (share) | finished |",
             "|" + " --- |" * 17]
    rule: dict[str, list[float]] = {name: [] for name in args.variant}
    scale: dict[str, list[float]] = {name: [] for name in args.variant}
    for vocabulary in args.vocabularies:
        world = build_world(args.seed, args.creators, vocabulary=vocabulary)
        built = world_matcher(world, encoder, workdir, log=print)
        segments = world_segments(args.seed, args.segments, vocabulary)
        shared: dict | None = None
        for name in args.variant:
            use_variant(name)
            started = time.perf_counter()
            got = measure(world, fresh(built), segments, methods if shared is None else service)
            if shared is None:  # the methods no variant changes, measured once
                shared = {k: v for k, v in got.items() if not k.startswith("service")
                          and k not in ("precision", "recall", "unmatched")}
            got = {**shared, **got}
            rule[name].append((got["service rank_by=fit"] + got["service rank_by=reach"]) / 2)
            scale[name].append(got["reach scale"])
            lines.append(_report_line(args, vocabulary, name, world, got))
            print(lines[-1] + f" ({time.perf_counter() - started:.0f} s)", flush=True)
    print(f"\nseed {args.seed}, {args.creators:,} creators, {args.segments} segments a "
          "vocabulary, top 50")
    print("\n".join(lines))
    print("\nrule score (mean over " + ", ".join(args.vocabularies)
          + " of (NDCG@50 share, fit + NDCG@50 reach, reach) / 2):")
    for name, values in rule.items():
        print(f"  {name}: {np.mean(values):.4f}")
    print("\nreach scale (mean over the same vocabularies of the mean over segments of |median "
          "ln(estimated / true reach)| over the top 50 by rank_by=reach):")
    for name, values in scale.items():
        print(f"  {name}: {np.mean(values):.4f}")


def _report_line(args: argparse.Namespace, vocabulary: str, variant: str, world, got: dict
                 ) -> str:
    """One vocabulary's row of the table, for one variant."""
    fit = got["service rank_by=fit per segment"]
    oracle = got["oracle rank_by=fit per segment"]
    worst = min(fit, key=fit.get)
    collapsed = [s for s in fit if fit[s] < 0.6 and oracle[s] > 0.8]
    if args.per_segment:
        reach = got["service rank_by=reach per segment"]
        ratio = got["log reach ratio per segment"]
        for seg in fit:
            print(f"  {vocabulary} {variant} {seg}: fit {fit[seg]:.3f} oracle {oracle[seg]:.3f}"
                  f" reach {reach[seg]:.3f} log reach ratio {ratio.get(seg, np.nan):+.3f}")
    return (
        f"| {vocabulary} | {variant} | {len(world.vocabulary.labels)} | "
        f"{got['precision']:.2f} | {got['recall']:.2f} | {got['unmatched']:.0%} | "
        f"{got['followers']:.3f} | {got['bio-only']:.3f} | "
        f"**{got['service rank_by=fit']:.3f}** | {fit[worst]:.2f} ({worst}) | "
        f"{got['oracle rank_by=fit']:.3f} | **{got['service rank_by=reach']:.3f}** | "
        f"{got['oracle rank_by=reach']:.3f} | "
        f"{got['reach scale']:.3f} ({got['reach scale signed']:+.3f}) | "
        f"{len(collapsed)}{' (' + ', '.join(collapsed) + ')' if collapsed else ''} | "
        f"{got['true marginals']:.3f} | {time.strftime('%H:%M UTC', time.gmtime())} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["tune", "report"])
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--creators", type=int, default=20_000)
    parser.add_argument("--segments", type=int, default=25)
    parser.add_argument("--vocabularies", nargs="+",
                        default=["default", "iab", "broad", "social", "retail"])
    parser.add_argument("--legacy", action="store_true")
    parser.add_argument("--variant", nargs="+", default=["F3"], choices=sorted(VARIANTS),
                        help="variants to report on each built world (F3: the default)")
    parser.add_argument("--per-segment", action="store_true")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    args.seed = args.seed if args.seed is not None else (101 if args.command == "tune" else 11)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="matcher-interests-"))
    encoder = Encoder(cache_path=workdir / "cache.sqlite")
    (tune if args.command == "tune" else report)(args, encoder, workdir)


if __name__ == "__main__":
    main()
