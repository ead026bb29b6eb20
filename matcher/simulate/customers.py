"""Customer bases drawn from planted segments, for measuring segment discovery.

A brand's customers are a mixture of planted segments (``SimSegment``s of the world's
vocabulary, their hard filters dropped: customer data says nothing about creators) with
uneven sizes. A customer of a segment draws an age inside its bands, a gender among its
genders, a country by its weights, a language of that country, some of its interest phrases
and order figures of its own; ``noise`` of them draw a field from the whole population
instead, ``missing`` of them leave a field blank, and the files are written the way exports
are (ages or birth years, "F"/"Woman", country names, "$1,234.50"), with invented personal
columns (``c123@example.invalid``) that a reader must drop. The planted label of every
customer is the truth the discovered segments are scored against.
"""

from __future__ import annotations

import csv
import gzip
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from .segments import SimSegment
from .vocab import AGE_BANDS, COUNTRIES
from .vocabularies import get_vocabulary

PERSONAL_COLUMNS: tuple[str, ...] = ("email", "first_name", "phone")
COLUMNS: tuple[str, ...] = (*PERSONAL_COLUMNS, "age", "birth_year", "gender", "country",
                            "language", "categories", "interests", "orders", "revenue")
_BAND_RANGES = [(13, 17), (18, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 85)]
_GENDER_SPELLINGS = {"female": ("female", "F", "Woman"), "male": ("male", "M", "Man"),
                     "other": ("other", "non-binary")}
_NAMES = ("Alex", "Sam", "Robin", "Kim", "Jo", "Charlie")


@dataclass
class CustomerSample:
    """Customers as export rows, the planted segment of each, and the planted segments."""

    rows: list[dict[str, Any]]
    labels: np.ndarray
    segments: list[SimSegment]

    def write(self, path: Path) -> Path:
        """The rows as a CSV or JSON lines file (``.gz`` compresses)."""
        opener: Any = gzip.open if path.name.endswith(".gz") else open
        with opener(path, "wt", encoding="utf-8", newline="") as handle:
            if ".jsonl" in path.name:
                for row in self.rows:
                    handle.write(json.dumps(row) + "\n")
            else:
                writer = csv.DictWriter(handle, fieldnames=list(COLUMNS))
                writer.writeheader()
                writer.writerows(self.rows)
        return path


def planted_segments(segments: list[SimSegment]) -> list[SimSegment]:
    """The segments as a brand's customer groups: no hard filters on creators."""
    return [replace(s, filters=None) for s in segments]


def segment_sizes(rng: np.random.Generator, count: int, customers: int,
                  smallest: float = 0.03) -> np.ndarray:
    """Uneven sizes summing to ``customers``: Dirichlet shares, none below ``smallest``."""
    shares = np.maximum(rng.dirichlet(np.full(count, 1.5)), smallest)
    shares /= shares.sum()
    sizes = np.floor(shares * customers).astype(np.int64)
    sizes[np.argmax(sizes)] += customers - sizes.sum()
    return sizes


def _country_weights(seg: SimSegment) -> tuple[list[str], np.ndarray]:
    spec = seg.countries or list(COUNTRIES)
    codes = list(spec)
    weights = np.array([spec[c] for c in codes] if isinstance(spec, dict)
                       else [1.0] * len(codes), dtype=float)
    return codes, weights / weights.sum()


def _money(value: float, rng: np.random.Generator) -> str | float:
    return f"${value:,.2f}" if rng.random() < 0.5 else round(value, 2)


def draw_customers(seed: int, segments: list[SimSegment], customers: int,
                   noise: float = 0.1, missing: float = 0.15,
                   this_year: int = 2026, shares: np.ndarray | None = None) -> CustomerSample:
    """``customers`` export rows drawn from ``segments`` (see the module docstring), in
    the given ``shares`` (uneven random ones when None)."""
    rng = np.random.default_rng(seed)
    segments = planted_segments(segments)
    vocabulary = get_vocabulary(segments[0].vocabulary)
    all_phrases = list(vocabulary.phrases)
    all_countries = list(COUNTRIES)
    popularity = np.array([COUNTRIES[c][2] for c in all_countries])
    popularity /= popularity.sum()
    if shares is None:
        sizes = segment_sizes(rng, len(segments), customers)
    else:
        sizes = np.floor(np.asarray(shares) / np.sum(shares) * customers).astype(np.int64)
        sizes[np.argmax(sizes)] += customers - sizes.sum()
    labels = np.repeat(np.arange(len(segments)), sizes)
    rng.shuffle(labels)
    habits = [(rng.uniform(1.0, 8.0), rng.uniform(25.0, 220.0)) for _ in segments]
    rows: list[dict[str, Any]] = []
    for index, label in enumerate(labels.tolist()):
        seg = segments[label]
        row: dict[str, Any] = dict.fromkeys(COLUMNS, "")
        row["email"] = f"c{index}@example.invalid"
        row["first_name"] = _NAMES[index % len(_NAMES)]
        row["phone"] = f"+1-555-01{index % 100:02d}"

        def noisy() -> bool:
            return bool(rng.random() < noise)

        def blank() -> bool:
            return bool(rng.random() < missing)

        band = (int(rng.integers(len(AGE_BANDS))) if noisy()
                else AGE_BANDS.index(seg.ages[int(rng.integers(len(seg.ages)))]))
        age = int(rng.integers(_BAND_RANGES[band][0], _BAND_RANGES[band][1] + 1))
        if not blank():
            if rng.random() < 0.5:
                row["age"] = age
            else:
                row["birth_year"] = this_year - age
        genders = seg.genders if seg.genders and not noisy() else ["female", "male", "female",
                                                                    "male", "other"]
        if not blank():
            spelling = _GENDER_SPELLINGS[genders[int(rng.integers(len(genders)))]]
            row["gender"] = spelling[int(rng.integers(len(spelling)))]
        codes, weights = _country_weights(seg)
        country = (all_countries[int(rng.choice(len(all_countries), p=popularity))]
                   if noisy() else codes[int(rng.choice(len(codes), p=weights))])
        if not blank():
            row["country"] = COUNTRIES[country][0] if rng.random() < 0.2 else country
        spoken = COUNTRIES[country][1]
        if seg.languages and not noisy():
            language = seg.languages[int(rng.integers(len(seg.languages)))]
        else:
            langs = list(spoken)
            shares = np.array([spoken[x] for x in langs])
            language = langs[int(rng.choice(len(langs), p=shares / shares.sum()))]
        if not blank():
            row["language"] = language
        phrases = [p for p in seg.interests if rng.random() < 0.65]
        if not phrases and rng.random() < 0.7:
            phrases = [seg.interests[int(rng.integers(len(seg.interests)))]]
        if rng.random() < 0.3:
            phrases.append(all_phrases[int(rng.integers(len(all_phrases)))])
        if phrases and not blank():
            bought = phrases[: max(1, len(phrases) // 2)]
            row["categories"] = "|".join(bought)
            row["interests"] = "; ".join(phrases[len(bought):])
        mean_orders, basket = habits[label]
        orders = 1 + int(rng.poisson(mean_orders))
        if not blank():
            row["orders"] = orders
            row["revenue"] = _money(orders * basket * float(rng.lognormal(0.0, 0.4)), rng)
        rows.append(row)
    return CustomerSample(rows, labels, segments)


@dataclass
class Drift:
    """An updated export's planted segments against the previous export's: indices into
    ``previous`` (the earlier segments) and ``segments`` (the updated ones)."""

    segments: list[SimSegment]
    shares: np.ndarray
    kept: dict[int, int]          # previous -> updated, the grown one included
    grown: int                    # previous index
    split: int                    # previous index ...
    halves: tuple[int, int]       # ... and the updated indices of its two halves
    appeared: int                 # updated index


def drifted(previous: list[SimSegment], shares: np.ndarray, newcomer: SimSegment,
            growth: float = 2.5, newcomer_share: float = 0.12) -> Drift:
    """The planted segments of an updated export: the smallest previous segment grows
    ``growth`` times, the largest with two or more interests splits into two segments that
    share its demographics and divide its interests, ``newcomer`` appears, the rest stay."""
    shares = np.asarray(shares, dtype=float) / np.sum(shares)
    splittable = [i for i in range(len(previous)) if len(previous[i].interests) >= 2]
    if not splittable:
        raise ValueError("no segment with two or more interests to split")
    split = max(splittable, key=lambda i: shares[i])
    grown = min((i for i in range(len(previous)) if i != split), key=lambda i: shares[i])
    segments: list[SimSegment] = []
    new_shares: list[float] = []
    kept: dict[int, int] = {}
    for i, seg in enumerate(previous):
        if i == split:
            continue
        kept[i] = len(segments)
        segments.append(seg)
        new_shares.append(shares[i] * (growth if i == grown else 1.0))
    parent = previous[split]
    middle = len(parent.interests) // 2
    halves = (len(segments), len(segments) + 1)
    for part, interests in enumerate((parent.interests[:middle], parent.interests[middle:])):
        segments.append(replace(parent, id=f"{parent.id}-part-{part + 1}",
                                name=f"{parent.name} ({part + 1})", interests=interests))
        new_shares.append(shares[split] / 2)
    appeared = len(segments)
    segments.append(newcomer)
    new_shares.append(newcomer_share)
    return Drift(segments, np.array(new_shares) / sum(new_shares), kept, grown, split,
                 halves, appeared)
