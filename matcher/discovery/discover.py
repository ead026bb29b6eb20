"""Segment discovery end to end: customers in, published segments out.

``discover(base, encode)`` fits the feature space, clusters a sample of at most
``MATCHER_DISCOVERY_FIT_SAMPLE`` customers (components chosen by BIC, up to
``MATCHER_DISCOVERY_MAX_SEGMENTS``, those with the same interests and ages merged),
assigns every customer to its most likely segment, and describes each segment. A segment
smaller than ``MATCHER_DISCOVERY_MIN_SEGMENT_SIZE`` is never published: only how many there
were and how many customers they held is reported. Warnings name micro-segments (below
``MATCHER_DISCOVERY_MICRO_SHARE`` of the customers), unstable ones, pairs that target the
same creators, and fields too sparse to segment on.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
import yaml

from matcher.config import Settings, get_settings
from matcher.contracts.profiles import AGE_BANDS, GENDERS, Segment
from matcher.discovery.clustering import STABLE, assign, cluster
from matcher.discovery.customers import CustomerBase, read_customers
from matcher.discovery.features import (
    SPARSE_FLOOR,
    Encode,
    basket_phrase_matrix,
    coded,
    fit_space,
)
from matcher.discovery.mapping import CustomerMapping
from matcher.discovery.profiles import (
    DiscoveredSegment,
    Figures,
    distinctions,
    distribution,
    segment_contract,
    slug,
)
from matcher.errors import InvalidInput

#: Pairs of segments sharing this much of their interest phrases, with the same demographic
#: targets, would get the same shortlists.
SAME_INTERESTS = 0.5
MAX_REJECTS_SHOWN = 100


@dataclass
class DiscoveryOptions:
    max_segments: int | None = None
    min_size: int | None = None
    segments: int | None = None  # a fixed number, instead of choosing it
    seed: int = 0
    id_prefix: str = ""


@dataclass
class Discovery:
    rows_read: int
    accepted: int
    rejects: list[Any]
    k: int
    components: int  # latent classes chosen by BIC, before merging
    bic_by_k: dict[int, float]
    features: list[str]
    segments: list[DiscoveredSegment]
    unpublished_segments: int
    unpublished_customers: int
    min_size: int
    warnings: list[str] = field(default_factory=list)
    labels: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32), repr=False)
    changes: dict[str, Any] | None = None  # against a previous run (``live.follow``)
    saved: list[dict[str, Any]] | None = None  # segments written to the store

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_read": self.rows_read, "accepted": self.accepted,
            "rejected": len(self.rejects),
            "rejects": [r.to_dict() for r in self.rejects[:MAX_REJECTS_SHOWN]],
            "criterion": "BIC, then components with the same interests and ages merged",
            "segments_found": self.k, "components": self.components,
            "bic_by_k": {str(k): round(v, 1) for k, v in self.bic_by_k.items()},
            "features": self.features, "min_size": self.min_size,
            "unpublished": {"segments": self.unpublished_segments,
                            "customers": self.unpublished_customers},
            "warnings": self.warnings,
            "segments": [s.to_dict() for s in self.segments],
            **({"changes": self.changes} if self.changes is not None else {}),
            **({"saved": self.saved} if self.saved is not None else {}),
        }

    def write(self, directory: Path) -> list[Path]:
        """One ``<id>.yaml`` segment per published segment, ``summary.json`` and
        ``rejects.csv``; each written under a temporary name and renamed into place."""
        directory.mkdir(parents=True, exist_ok=True)
        written = []
        for found in self.segments:
            data = found.segment.model_dump(mode="json", exclude_defaults=True)
            written.append(_atomic(directory / f"{found.segment.id}.yaml",
                                   yaml.safe_dump(data, sort_keys=False, allow_unicode=True)))
        written.append(_atomic(directory / "summary.json",
                               json.dumps(self.to_dict(), indent=2, ensure_ascii=False)))
        lines = [["row", "field", "reason"]] + [[str(r.row), r.field, r.reason]
                                                for r in self.rejects]
        text = "".join(",".join(_csv_cell(c) for c in line) + "\n" for line in lines)
        written.append(_atomic(directory / "rejects.csv", text))
        return written


def _csv_cell(text: str) -> str:
    if any(ch in text for ch in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def _atomic(path: Path, text: str) -> Path:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return path


def label_figures(base: CustomerBase, labels: np.ndarray, k: int,
             incidence: sp.csr_matrix, phrases: list[str]) -> list[Figures]:
    """Aggregates per label 0..k-1 (customers labelled -1 count nowhere)."""
    inside = labels >= 0
    sizes = np.bincount(labels[inside], minlength=k)

    def joint(codes: np.ndarray, width: int) -> np.ndarray:
        ok = inside & (codes >= 0)
        flat = labels[ok].astype(np.int64) * width + codes[ok].astype(np.int64)
        return np.bincount(flat, minlength=k * width).reshape(k, width)

    ages = joint(base.age_band, len(AGE_BANDS))
    genders = joint(base.gender, len(GENDERS))
    countries = joint(base.country, max(len(base.countries), 1))
    languages = joint(base.language, max(len(base.languages), 1))
    revenue = np.bincount(labels[inside], weights=np.nan_to_num(base.revenue[inside]),
                          minlength=k)
    orders = np.bincount(labels[inside], weights=np.nan_to_num(base.orders[inside]),
                         minlength=k)
    held = sp.csr_matrix((np.ones(int(inside.sum()), dtype=np.float32),
                          (labels[inside], base.basket[inside])),
                         shape=(k, len(base.baskets)))
    phrase_counts = np.asarray((held @ incidence).todense()) if phrases else np.zeros((k, 0))
    out = []
    for c in range(k):
        size = int(sizes[c])
        out.append(Figures(
            size=size, revenue=float(revenue[c]), orders=float(orders[c]),
            ages=distribution(ages[c], AGE_BANDS), genders=distribution(genders[c], GENDERS),
            countries=distribution(countries[c], base.countries),
            languages=distribution(languages[c], base.languages),
            phrases={p: float(phrase_counts[c, j]) / size for j, p in enumerate(phrases)
                     if size and phrase_counts[c, j] > 0}))
    return out


def _targets(segment: Segment) -> tuple[Any, ...]:
    return (tuple(segment.ages or ()), tuple(segment.genders or ()),
            tuple(sorted(segment.country_weights() or {})), tuple(segment.languages or ()))


def _indistinguishable(segments: list[DiscoveredSegment]) -> None:
    for i, a in enumerate(segments):
        for b in segments[i + 1:]:
            if _targets(a.segment) != _targets(b.segment):
                continue
            mine, theirs = set(a.segment.interests), set(b.segment.interests)
            overlap = len(mine & theirs) / max(len(mine | theirs), 1)
            if overlap >= SAME_INTERESTS or not (mine or theirs):
                for one, other in ((a, b), (b, a)):
                    one.warnings.append(
                        f"indistinguishable: targets the same ages, genders, countries and "
                        f"languages as {other.segment.id} with {overlap:.0%} of the same "
                        "interests; their shortlists will be alike (they differ in "
                        "order figures or in interests below the phrase floor)")


def discover(base: CustomerBase, encode: Encode, settings: Settings | None = None,
             options: DiscoveryOptions | None = None) -> Discovery:
    """Segments of ``base``; ``encode`` embeds interest phrases (the service's encoder)."""
    settings = settings or get_settings()
    options = options or DiscoveryOptions()
    floor = settings.discovery_min_segment_size
    min_size = options.min_size or floor
    max_k = options.max_segments or settings.discovery_max_segments
    if min_size < floor:
        raise InvalidInput(f"min_size may raise the k-anonymity floor, not lower it: expected "
                           f"at least {floor:,} (MATCHER_DISCOVERY_MIN_SEGMENT_SIZE), got "
                           f"{min_size:,}", field="min_size")
    if max_k < 2:
        raise InvalidInput(f"max_segments must be at least 2, got {max_k}",
                           field="max_segments")
    if len(base) < 2 * min_size:
        raise InvalidInput(
            f"{len(base):,} customers accepted ({len(base.rejects):,} rejected): too few to "
            f"segment, at least {2 * min_size:,} are needed for two segments of the minimum "
            f"size {min_size:,} (MATCHER_DISCOVERY_MIN_SEGMENT_SIZE, --min-size)",
            field="customers")
    space = fit_space(base, encode)
    warnings = [f"too sparse to segment on: {name} is known for {share:.0%} of the customers "
                f"(under {SPARSE_FLOOR:.0%}); left out" for name, share in space.sparse.items()]
    if space.unmapped:
        warnings.append("not in the file: " + ", ".join(space.unmapped))
    if not space.blocks:
        raise InvalidInput("no field to segment on: every mapped field is too sparse",
                           field="customers")
    rng = np.random.default_rng(options.seed)
    sample = (np.sort(rng.choice(len(base), settings.discovery_fit_sample, replace=False))
              if len(base) > settings.discovery_fit_sample else np.arange(len(base)))
    categorical = [name for name in space.blocks if name != "interests"]
    fitted = cluster(space.transform(base, sample), coded(space, base, sample), max_k,
                     options.seed, options.segments,
                     categorical.index("age") if "age" in categorical else None)
    labels = assign(fitted.model, lambda rows: coded(space, base, rows), len(base))
    phrases = base.phrases()
    incidence = basket_phrase_matrix(base, phrases)
    figures = label_figures(base, labels, fitted.k, incidence, phrases)
    overall = label_figures(base, np.zeros(len(base), np.int32), 1, incidence, phrases)[0]
    total_revenue = max(overall.revenue, 1e-9)
    published: list[DiscoveredSegment] = []
    hidden = hidden_customers = 0
    used: set[str] = set()
    for c in sorted(range(fitted.k), key=lambda c: -figures[c].size):
        found = figures[c]
        if found.size == 0:  # a class no customer was assigned to is no segment
            continue
        if found.size < min_size:
            hidden, hidden_customers = hidden + 1, hidden_customers + found.size
            labels[labels == c] = -1
            continue
        draft = segment_contract(found, overall, "draft")
        segment_id = options.id_prefix + slug(draft.name)
        while segment_id in used:
            segment_id = f"{segment_id}-{len(used) + 1}"
        used.add(segment_id)
        share = found.size / len(base)
        item = DiscoveredSegment(
            segment=draft.model_copy(update={"id": segment_id}), figures=found,
            share_of_customers=share, share_of_revenue=found.revenue / total_revenue,
            stability=float(fitted.stability[c]), distinctions=distinctions(found, overall),
            cluster=c)
        if share < settings.discovery_micro_share:
            item.warnings.append(f"micro-segment: {share:.1%} of the customers, under "
                                 f"{settings.discovery_micro_share:.0%} "
                                 "(MATCHER_DISCOVERY_MICRO_SHARE)")
        if item.stability < STABLE:
            item.warnings.append(f"unstable: recovered with a mean Jaccard of "
                                 f"{item.stability:.2f} across bootstrap resamples (under "
                                 f"{STABLE})")
        published.append(item)
    _indistinguishable(published)
    if hidden:
        warnings.append(f"{hidden} segment(s) below the minimum size of {min_size:,} customers "
                        f"not published ({hidden_customers:,} customers in all)")
    return Discovery(rows_read=base.rows, accepted=len(base), rejects=base.rejects,
                     k=fitted.k, components=fitted.components, bic_by_k=fitted.bic,
                     features=space.blocks,
                     segments=published, unpublished_segments=hidden,
                     unpublished_customers=hidden_customers, min_size=min_size,
                     warnings=warnings, labels=labels)


def discover_file(path: str | Path, encode: Encode,
                  mapping: CustomerMapping | str | Path | None = None,
                  settings: Settings | None = None,
                  options: DiscoveryOptions | None = None) -> Discovery:
    """``discover`` over a customer export read through ``mapping``."""
    return discover(read_customers(path, mapping), encode, settings, options)



