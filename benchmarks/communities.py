"""Segment shares from latent audience communities against the product of factor shares.

    python benchmarks/communities.py choose-k --input exact|reported [--seed 101]
    python benchmarks/communities.py compare --input exact|reported --k K [--seed 101]
        [--vocabularies default iab ...]
    python benchmarks/communities.py cost --k K [--seed 101] [--sizes 10000 20000]
    python benchmarks/communities.py diagnose --k K [--seed 101] [--k-choices 20]

Every creator's reported blocks are read as a mixture over K latent communities, fitted by EM
across the whole catalogue (a multi-view latent class model: one ``pi_i`` per creator shared by
its blocks; per community a distribution over age bands, genders, countries and languages, and
a holding rate per interest label). A creator's segment share is then
``sum_c pi_ic prod_f P_f(segment_f | c)`` instead of ``prod_f m_if``.

``--input exact`` fits the exact expected blocks (what "true marginals" multiplies) and
compares with ``World.independent_share``; ``--input reported`` fits the provider reports as
``World.reported_profiles`` writes them and compares with the service's product over the same
reports, interests through the hidden phrase -> label map (the oracle's pinned labels).
``choose-k`` picks K by held-out block likelihood (no truth involved); ``compare`` prints
NDCG@50 by true share per vocabulary; ``cost`` times the fit; ``diagnose`` crosses the
dependence ratio of fits on exact and on reported blocks with both products (``default``).
The protocol and the results are in ``docs/design-notes/2026-12-03-audience-communities.md``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

for _threads in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_threads, "1")  # small products: BLAS threads only contend

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.simulate import SimSegment, World, build_world  # noqa: E402
from matcher.simulate.evaluation import ndcg, world_segments  # noqa: E402
from matcher.simulate.vocab import AGE_BANDS, GENDERS  # noqa: E402
from matcher.simulate.vocabularies import LATENT_INTERESTS  # noqa: E402
from matcher.simulate.world import COUNTRY_CODES, LANG_GIVEN_COUNTRY, LANGUAGES  # noqa: E402

VOCABULARIES = ("default", "iab", "broad", "social", "retail", "survey", "adplatform")
K_CHOICES = (10, 20, 40, 80)
MAX_ITERATIONS = 500
TOLERANCE = 1e-7       # stop when the log-likelihood per observation improves by less
PSEUDO = 1e-6          # added to every profile entry, so no observed value has probability 0
HELD_OUT = 0.10        # share of creators with one block hidden when choosing K
TINY = 1e-300


@dataclass
class View:
    """One block of every creator: shares (n, D), which creators report it, and its kind."""

    name: str
    shares: np.ndarray
    observed: np.ndarray
    bernoulli: bool     # True: a holding rate per column; False: the row is a distribution


@dataclass
class Fit:
    pi: np.ndarray                      # (n, K)
    profiles: dict[str, np.ndarray]     # view -> (K, D)
    loglik: float                       # per observation, on the fitted blocks
    iterations: int
    seconds: float


# ---------------------------------------------------------------------------- the blocks

def exact_views(world: World) -> list[View]:
    """Each creator's exact expected blocks: the input of "true marginals"."""
    mix, plat, comm = world.creators.mixture, world.creators.platform, world.communities
    age_w = world.age_pc[plat]                                          # (n, C, A)
    age = np.einsum("nc,nca->na", mix, age_w)
    gender = np.einsum("nc,nca,ncag->ng", mix, age_w, world.gender_pc[plat])
    country = np.einsum("nc,nca,cak->nk", mix, age_w, comm.country)
    language = country @ LANG_GIVEN_COUNTRY
    interest = mix @ comm.interest                                      # latent interests
    everyone = np.ones(len(mix), dtype=bool)
    return [View("age", age, everyone, False), View("gender", gender, everyone, False),
            View("countries", country, everyone, False),
            View("languages", language, everyone, False),
            View("interests", interest, everyone, True)]


def reported_views(world: World) -> list[View]:
    """The provider reports as the service reads them; "other" holds what a top-N list leaves."""
    rows = world.reported_profiles()
    n = len(rows)
    codes = {"age": list(AGE_BANDS), "gender": list(GENDERS), "countries": list(COUNTRY_CODES),
             "languages": list(LANGUAGES), "interests": list(world.vocabulary.labels)}
    views = []
    for name, keys in codes.items():
        index = {k: j for j, k in enumerate(keys)}
        other = name in ("countries", "languages")
        shares = np.zeros((n, len(keys) + other))
        observed = np.zeros(n, dtype=bool)
        for i, row in enumerate(rows):
            block = row["audience"].get(name)
            if block is None:
                continue
            observed[i] = True
            for key, value in block.items():
                shares[i, index[key]] = value
        if other:
            shares[:, -1] = np.clip(1.0 - shares[:, :-1].sum(axis=1), 0.0, None)
        if name != "interests":
            total = shares.sum(axis=1, keepdims=True)
            shares = np.where(total > 0, shares / np.where(total > 0, total, 1.0), 0.0)
        views.append(View(name, shares, observed, name == "interests"))
    return views


# ---------------------------------------------------------------------------- the model

def _observations(views: list[View]) -> np.ndarray:
    """Observations per creator: one per categorical block, one per label of a Bernoulli one."""
    return sum(v.observed * (v.shares.shape[1] if v.bernoulli else 1) for v in views)


def loglik(pi: np.ndarray, profiles: dict[str, np.ndarray], views: list[View],
           rows: np.ndarray | None = None) -> np.ndarray:
    """Per-creator log-likelihood of the observed blocks (one follower's worth)."""
    out = np.zeros(len(pi))
    for v in views:
        x, prob = v.shares, pi @ profiles[v.name]
        if v.bernoulli:
            ll = (x * np.log(np.maximum(prob, TINY))
                  + (1 - x) * np.log(np.maximum(1 - prob, TINY))).sum(axis=1)
        else:
            ll = (x * np.log(np.maximum(prob, TINY))).sum(axis=1)
        out += np.where(v.observed, ll, 0.0)
    return out


def fit(views: list[View], k: int, seed: int = 0, max_iterations: int = MAX_ITERATIONS,
        log: bool = False) -> Fit:
    """EM for the multi-view latent class model (KL-NMF with ``pi`` shared across blocks)."""
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    n = len(views[0].shares)
    pi = rng.dirichlet(np.ones(k), size=n)
    profiles = {}
    for v in views:
        d = v.shares.shape[1]
        profiles[v.name] = (rng.uniform(0.05, 0.5, (k, d)) if v.bernoulli
                            else rng.dirichlet(np.ones(d), size=k))
    counts = _observations(views).astype(float)
    total = counts.sum()
    previous, iteration = -np.inf, 0
    for iteration in range(1, max_iterations + 1):  # noqa: B007
        gain = np.zeros_like(pi)
        new = {}
        for v in views:
            h, x = profiles[v.name], np.where(v.observed[:, None], v.shares, 0.0)
            prob = pi @ h
            if v.bernoulli:
                held = x / np.maximum(prob, TINY)
                missed = np.where(v.observed[:, None], 1 - v.shares, 0.0) / np.maximum(
                    1 - prob, TINY)
                yes, no = h * (pi.T @ held), (1 - h) * (pi.T @ missed)
                new[v.name] = np.clip((yes + PSEUDO) / (yes + no + 2 * PSEUDO), 1e-9, 1 - 1e-9)
                gain += pi * (held @ h.T + missed @ (1 - h).T)
            else:
                ratio = x / np.maximum(prob, TINY)
                mass = h * (pi.T @ ratio) + PSEUDO
                new[v.name] = mass / mass.sum(axis=1, keepdims=True)
                gain += pi * (ratio @ h.T)
        pi = gain / np.maximum(counts[:, None], TINY)
        pi /= pi.sum(axis=1, keepdims=True)
        profiles = new
        current = float(loglik(pi, profiles, views).sum() / total)
        if log and iteration % 25 == 0:
            print(f"    iteration {iteration}: {current:.6f}", flush=True)
        if current - previous < TOLERANCE:
            break
        previous = current
    return Fit(pi, profiles, current, iteration, time.perf_counter() - started)


# ---------------------------------------------------------------------------- segment shares

@dataclass
class Targets:
    """A segment's target vector in each block's code space (None: untargeted)."""

    vectors: dict[str, np.ndarray]
    interest: np.ndarray | None      # columns of the interest block: held if any is held


def targets(world: World, seg: SimSegment, views: list[View], exact: bool) -> Targets:
    ages, genders, weights, _, _ = world._targets(seg)
    width = {v.name: v.shares.shape[1] for v in views}

    def pad(vector: np.ndarray, name: str) -> np.ndarray:
        return np.concatenate([vector, np.zeros(width[name] - len(vector))])

    vectors = {"age": ages}
    if seg.genders is not None:
        vectors["gender"] = genders
    if seg.countries is not None:
        vectors["countries"] = pad(weights, "countries")
    if seg.languages is not None:
        vectors["languages"] = pad(np.isin(LANGUAGES, seg.languages).astype(float), "languages")
    if exact:
        columns = [LATENT_INTERESTS.index(x) for x in seg.true_interests()]
    else:
        labels = list(world.vocabulary.labels)
        columns = [labels.index(label) for label in seg.true_labels() if label in labels]
    interest = np.array(columns, dtype=int) if seg.interests and columns else None
    return Targets(vectors, interest)


def product_share(views: list[View], target: Targets, platform: np.ndarray) -> np.ndarray:
    """The service's product of factor shares; a missing block takes its platform's mean."""
    by_name = {v.name: v for v in views}
    share = np.ones(len(platform))
    factors = list(target.vectors.items())
    if target.interest is not None:
        factors.append(("interests", target.interest))
    for name, vector in factors:
        v = by_name[name]
        if name == "interests":
            factor = 1.0 - np.prod(1.0 - v.shares[:, vector], axis=1)
        else:
            factor = v.shares @ vector
        if not v.observed.all():
            for p in np.unique(platform):
                here = platform == p
                mean = factor[here & v.observed].mean() if (here & v.observed).any() else (
                    factor[v.observed].mean())
                factor[here & ~v.observed] = mean
        share *= factor
    return share


def _community_factors(model: Fit, target: Targets) -> list[np.ndarray]:
    """Each targeted factor's share inside each community, (K,) each."""
    factors = [model.profiles[name] @ vector for name, vector in target.vectors.items()]
    if target.interest is not None:
        factors.append(1.0 - np.prod(1.0 - model.profiles["interests"][:, target.interest],
                                     axis=1))
    return factors


def mixture_share(model: Fit, target: Targets) -> np.ndarray:
    """``sum_c pi_ic prod_f P_f(segment_f | c)``."""
    return model.pi @ np.prod(_community_factors(model, target), axis=0)


def dependence_ratio(model: Fit, target: Targets) -> np.ndarray:
    """The mixture share over the product of the model's own marginal factor shares: how far
    the model's joint departs from independence, per creator."""
    factors = _community_factors(model, target)
    implied = np.prod([model.pi @ f for f in factors], axis=0)
    return (model.pi @ np.prod(factors, axis=0)) / np.maximum(implied, TINY)


def ndcg_share(world: World, seg: SimSegment, estimate: np.ndarray) -> float:
    truth, eligible = world.true_share(seg), world.eligible(seg)
    pool = np.flatnonzero(eligible)
    ranked = pool[np.argsort(-estimate[pool], kind="stable")[:50]]
    return ndcg(truth[ranked], truth[eligible], 50)


# ---------------------------------------------------------------------------- commands

def _views(world: World, kind: str) -> list[View]:
    return exact_views(world) if kind == "exact" else reported_views(world)


def choose_k(args: argparse.Namespace) -> None:
    world = build_world(args.seed, args.creators)
    views = _views(world, args.input)
    rng = np.random.default_rng([args.seed, 7])
    n = len(world.creators)
    held = rng.random(n) < HELD_OUT
    which = np.full(n, -1)
    for i in np.flatnonzero(held):
        reported = [j for j, v in enumerate(views) if v.observed[i]]
        which[i] = reported[rng.integers(len(reported))]
    fitted_views = [View(v.name, v.shares, v.observed & (which != j), v.bernoulli)
                    for j, v in enumerate(views)]
    hidden_views = [View(v.name, v.shares, which == j, v.bernoulli) for j, v in enumerate(views)]
    hidden_obs = _observations(hidden_views).sum()
    print(f"seed {args.seed}, {n:,} creators, {args.input} blocks, {held.sum()} creators with "
          "one block hidden")
    print("| K | held-out log-likelihood per observation | fitted log-likelihood | "
          "iterations | fit s |")
    print("| --- | --- | --- | --- | --- |")
    for k in args.k_choices:
        model = fit(fitted_views, k, seed=args.seed)
        held_ll = loglik(model.pi, model.profiles, hidden_views).sum() / hidden_obs
        print(f"| {k} | {held_ll:.5f} | {model.loglik:.5f} | {model.iterations} | "
              f"{model.seconds:.0f} |", flush=True)


def compare(args: argparse.Namespace) -> None:
    variants = ("mixture", "ratio")
    lines = ["| vocabulary | segments | product | mixture | ratio | mixture - product "
             "| ratio - product | ratio better / worse by 0.01 (segments) | fit s |",
             "|" + " --- |" * 9]
    scores: dict[str, list[float]] = {"product": [], "mixture": [], "ratio": []}
    exact = args.input == "exact"
    model = world = None
    for vocabulary in args.vocabularies:
        if world is None or not exact:
            world = build_world(args.seed, args.creators,
                                vocabulary="default" if exact else vocabulary)
            views = _views(world, args.input)
            model = fit(views, args.k, seed=args.seed)
        assert model is not None
        segments = world_segments(args.seed, args.segments, vocabulary)
        here: dict[str, list[float]] = {"product": [], "mixture": [], "ratio": []}
        for seg in segments:
            target = targets(world, seg, views, exact)
            product = (world.independent_share(seg) if exact
                       else product_share(views, target, world.creators.platform))
            estimates = {"product": product, "mixture": mixture_share(model, target),
                         "ratio": product * dependence_ratio(model, target)}
            for name, estimate in estimates.items():
                here[name].append(ndcg_share(world, seg, estimate))
            if args.per_segment:
                print(f"  {vocabulary} {seg.id}: " + " ".join(
                    f"{name} {here[name][-1]:.3f}" for name in here), flush=True)
        for name in scores:
            scores[name] += here[name]
        diff = {v: np.array(here[v]) - np.array(here["product"]) for v in variants}
        lines.append(f"| {vocabulary} | {len(segments)} | {np.mean(here['product']):.3f} | "
                     f"{np.mean(here['mixture']):.3f} | {np.mean(here['ratio']):.3f} | "
                     f"{diff['mixture'].mean():+.3f} | {diff['ratio'].mean():+.3f} | "
                     f"{(diff['ratio'] > 0.01).sum()} / {(diff['ratio'] < -0.01).sum()} | "
                     f"{model.seconds:.0f} |")
        print(lines[-1], flush=True)
    mean = {name: float(np.mean(values)) for name, values in scores.items()}
    lines.append(f"| **all** | {len(scores['product'])} | {mean['product']:.4f} | "
                 f"{mean['mixture']:.4f} | {mean['ratio']:.4f} | "
                 f"**{mean['mixture'] - mean['product']:+.4f}** | "
                 f"**{mean['ratio'] - mean['product']:+.4f}** | | |")
    print(f"\nseed {args.seed}, {args.creators:,} creators, {args.input} blocks, K {args.k}, "
          f"{args.segments} segments a vocabulary, NDCG@50 by true share, finished "
          f"{time.strftime('%H:%M UTC', time.gmtime())}")
    print("\n".join(lines))


def diagnose(args: argparse.Namespace) -> None:
    """Where the ratio loses on reports: each dependence ratio on each product (``default``)."""
    world = build_world(args.seed, args.creators)
    exact, reported = exact_views(world), reported_views(world)
    models = {f"exact K {args.k}": (fit(exact, args.k, seed=args.seed), True),
              f"reported K {args.k}": (fit(reported, args.k, seed=args.seed), False)}
    for k in args.k_choices:
        if k != args.k:
            models[f"reported K {k}"] = (fit(reported, k, seed=args.seed), False)
    segments = world_segments(args.seed, args.segments)
    rows: dict[str, list[float]] = {}
    for seg in segments:
        products = {"exact": world.independent_share(seg),
                    "reported": product_share(reported, targets(world, seg, reported, False),
                                              world.creators.platform)}
        for product_name, product in products.items():
            rows.setdefault(f"{product_name} product", []).append(
                ndcg_share(world, seg, product))
            for model_name, (model, on_exact) in models.items():
                ratio = dependence_ratio(model, targets(world, seg, exact if on_exact
                                                        else reported, on_exact))
                rows.setdefault(f"{product_name} product x ratio of the {model_name} fit",
                                []).append(ndcg_share(world, seg, product * ratio))
    print(f"seed {args.seed}, {args.creators:,} creators, default vocabulary, "
          f"{len(segments)} segments, NDCG@50 by true share")
    print("| estimate | NDCG@50 share |\n| --- | --- |")
    for name, values in rows.items():
        print(f"| {name} | {np.mean(values):.4f} |")


def cost(args: argparse.Namespace) -> None:
    print("| creators | K | iterations | fit s | s / iteration | bytes per creator (pi, float32) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for creators in args.sizes:
        world = build_world(args.seed, creators)
        model = fit(reported_views(world), args.k, seed=args.seed)
        print(f"| {creators:,} | {args.k} | {model.iterations} | {model.seconds:.1f} | "
              f"{model.seconds / model.iterations:.3f} | {4 * args.k} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["choose-k", "compare", "cost", "diagnose"])
    parser.add_argument("--input", choices=["exact", "reported"], default="reported")
    parser.add_argument("--seed", type=int, default=101)
    parser.add_argument("--creators", type=int, default=10_000)
    parser.add_argument("--segments", type=int, default=25)
    parser.add_argument("--k", type=int, default=40)
    parser.add_argument("--k-choices", type=int, nargs="+", default=list(K_CHOICES))
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000])
    parser.add_argument("--vocabularies", nargs="+", default=list(VOCABULARIES))
    parser.add_argument("--per-segment", action="store_true")
    args = parser.parse_args()
    {"choose-k": choose_k, "compare": compare, "cost": cost,
     "diagnose": diagnose}[args.command](args)


if __name__ == "__main__":
    main()
