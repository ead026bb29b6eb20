"""The columnar form of a roster that a snapshot serves and the scorer reads.

Rows are creators, in index order. Dense blocks (age, gender) are arrays; sparse blocks
(countries, languages, interest labels) are CSR matrices over the catalogue's vocabularies.
A missing block is recorded in ``has`` and filled with the platform's average, so that
search and scoring treat it as unknown rather than zero.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from matcher.contracts.codes import COUNTRY_CODES, LANGUAGE_CODES
from matcher.contracts.profiles import AGE_BANDS, GENDERS, Audience, Influencer, Platform

BLOCKS: tuple[str, ...] = ("age", "gender", "countries", "languages", "interests")
PLATFORMS: tuple[str, ...] = tuple(p.value for p in Platform)
TIER_EDGES = np.array([10_000, 100_000, 500_000, 1_000_000])
TIER_NAMES = ("under 10k", "10k-100k", "100k-500k", "500k-1M", "over 1M")
PRIOR_SAMPLE = 400
#: Reach and quality read this credibility for every creator of a catalogue where none
#: reports one; ``min_credibility`` does not (nothing passes it on a median never reported).
ASSUMED_CREDIBILITY = 0.8


def follower_tier(followers: np.ndarray) -> np.ndarray:
    return np.searchsorted(TIER_EDGES, followers, side="right")


@dataclass(eq=False)  # compared and hashed by identity: caches key on the object
class Catalogue:
    ids: list[str]
    handles: list[str]
    names: list[str]
    platform: np.ndarray            # int8 index into PLATFORMS
    followers: np.ndarray           # int64
    engagement: np.ndarray          # float32
    credibility: np.ndarray         # float32, NaN when unknown
    price: np.ndarray               # float32, NaN when unknown
    has: np.ndarray                 # bool (n, len(BLOCKS))
    age: np.ndarray                 # float32 (n, 7)
    gender: np.ndarray              # float32 (n, 3)
    countries: sp.csr_matrix        # (n, len(country_vocab))
    languages: sp.csr_matrix
    interests: sp.csr_matrix        # (n, len(label_vocab))
    joint_age_gender: sp.csr_matrix  # (n, 21) gender-major, empty rows when not reported
    country_vocab: list[str]
    language_vocab: list[str]
    label_vocab: list[str]
    engagement_median: np.ndarray   # (len(PLATFORMS), len(TIER_NAMES))
    credibility_median: float       # NaN when no creator of the catalogue reports it
    prior_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    #: int16 index into country_vocab of each row's top audience country: the largest share
    #: where the block is reported, else the first of a reported ranked list; -1 unknown.
    #: None: derived from the countries block.
    top_country: np.ndarray | None = None
    #: int16 (n, 3): each row's largest age band, gender and audience language (positions in
    #: AGE_BANDS, GENDERS and language_vocab): from the block where it is reported, else as the
    #: profile names it (``dominant_age``, ``dominant_gender``, the first ``top_languages``);
    #: -1 unknown. None: derived from the blocks.
    dominant: np.ndarray | None = None
    #: int16 (n, k): per row missing its interest block, positions in the reference set of
    #: reported creators (``matching.neighbours``) of its nearest by bio and categories; -1
    #: elsewhere. None: not found (interest estimates by content-affinity bin).
    interest_neighbours: np.ndarray | None = None
    #: Each row's serialised compact Theta audience sketch (``audience_sketch`` decoded), None
    #: for a row without one; None when no row has one.
    sketches: list[bytes | None] | None = None
    #: float64: each row's reported average views a post, NaN when not reported; None when
    #: the snapshot predates the column.
    avg_views: np.ndarray | None = None
    #: float64 per column of ``written.WRITTEN_COLUMNS``: the float32 figures as the profile
    #: wrote them (``written.as_written``), kept by a snapshot; None: formatted when read.
    written: dict[str, np.ndarray] | None = None
    #: (n, len(country_vocab) x 7) country-major: each row's reported joint age x country
    #: block, empty rows when not reported; None when the snapshot predates the block.
    joint_age_country: sp.csr_matrix | None = None
    #: (n, len(label_vocab)): per row missing its interest block, the rank (1 first) of each
    #: label of its ``top_interests``; None when no such row.
    top_interests: sp.csr_matrix | None = None

    @property
    def size(self) -> int:
        return len(self.ids)

    def row_of(self) -> dict[str, int]:
        """Each id's row, built once per catalogue (shared: not to be changed)."""
        return self._row_of

    @cached_property
    def _row_of(self) -> dict[str, int]:
        return {id_: row for row, id_ in enumerate(self.ids)}

    @property
    def credibility_fill(self) -> float:
        """The credibility reach and quality assume for a creator that reports none: the
        catalogue's median, or ``ASSUMED_CREDIBILITY`` when no creator reports one."""
        median = self.credibility_median
        return ASSUMED_CREDIBILITY if math.isnan(median) else median

    @cached_property
    def by_real_followers(self) -> np.ndarray:
        """Rows by followers x credibility (``credibility_fill`` where unknown), largest
        first, ties in row order, without rows of no such figure; built once per catalogue
        (shared: not to be changed)."""
        real = self.followers * np.nan_to_num(self.credibility, nan=self.credibility_fill)
        order = np.argsort(-real, kind="stable")
        return order[real[order] >= 0]

    @cached_property
    def tier(self) -> np.ndarray:
        """Each creator's follower tier (a position in ``TIER_NAMES``)."""
        return follower_tier(self.followers).astype(np.int8)

    @cached_property
    def scoring_numbers(self) -> np.ndarray:
        """Per creator, in one row (a shortlist's few hundred rows are one gather): its
        credibility (NaN when unknown) and followers as floats, its engagement rate over the
        median of its platform and follower tier, and that median."""
        median = self.engagement_median[self.platform, self.tier].astype(np.float64)
        ratio = self.engagement / np.maximum(median, 1e-6)
        # unknown engagement, or no median to compare with (a platform whose creators all
        # lack it): counted as the median
        ratio[~np.isfinite(ratio)] = 1.0
        return np.column_stack([self.credibility.astype(np.float64),
                                self.followers.astype(np.float64), ratio, median])

    @cached_property
    def label_mean_share(self) -> dict[str, float]:
        """Each interest label's mean share over the creators reporting interests."""
        reported = np.flatnonzero(self.block_present("interests"))
        if not len(reported):
            return {}
        means = np.asarray(self.interests[reported].mean(axis=0)).ravel()
        return dict(zip(self.label_vocab, means.tolist(), strict=True))

    @cached_property
    def top_audience_country(self) -> np.ndarray:
        if self.top_country is not None:
            return self.top_country
        return largest_share_column(self.countries, self.block_present("countries"))

    @cached_property
    def dominant_codes(self) -> np.ndarray:
        if self.dominant is not None:
            return self.dominant
        return dominant_of_blocks(self.age, self.gender, self.languages, self.has)

    @cached_property
    def has_partial_evidence(self) -> bool:
        """Whether some row names a top audience country, a dominant age band or gender, or a
        top language, without the block it comes from."""
        partial = np.zeros(self.size, dtype=bool)
        if self.top_country is not None:
            partial |= (self.top_country >= 0) & ~self.block_present("countries")
        if self.dominant is not None:
            for column, block in enumerate(DOMINANT_BLOCKS):
                partial |= (self.dominant[:, column] >= 0) & ~self.block_present(block)
        return bool(partial.any())

    def block_present(self, block: str) -> np.ndarray:
        return self.has[:, BLOCKS.index(block)]

    def save(self, directory: Path) -> None:
        arrays: dict[str, np.ndarray] = {
            "platform": self.platform, "followers": self.followers,
            "engagement": self.engagement, "credibility": self.credibility, "price": self.price,
            "has": self.has, "age": self.age, "gender": self.gender,
            "engagement_median": self.engagement_median, "prior_rows": self.prior_rows,
            "credibility_median": np.array([self.credibility_median]),
            "ids": np.array(self.ids, dtype=object),
            "handles": np.array(self.handles, dtype=object),
            "names": np.array(self.names, dtype=object),
            "country_vocab": np.array(self.country_vocab, dtype=object),
            "language_vocab": np.array(self.language_vocab, dtype=object),
            "label_vocab": np.array(self.label_vocab, dtype=object),
        }
        if self.top_country is not None:
            arrays["top_country"] = self.top_country
        if self.dominant is not None:
            arrays["dominant"] = self.dominant
        if self.interest_neighbours is not None:
            arrays["interest_neighbours"] = self.interest_neighbours
        if self.avg_views is not None:
            arrays["avg_views"] = self.avg_views
        for name, values in (self.written or {}).items():
            arrays[f"written_{name}"] = values
        if self.sketches is not None:
            arrays["sketches"] = np.array(self.sketches, dtype=object)
        joint_names = tuple(name for name in ("joint_age_country", "top_interests")
                            if getattr(self, name) is not None)
        for name in ("countries", "languages", "interests", "joint_age_gender", *joint_names):
            matrix: sp.csr_matrix = getattr(self, name)
            arrays[f"{name}_data"] = matrix.data
            arrays[f"{name}_indices"] = matrix.indices
            arrays[f"{name}_indptr"] = matrix.indptr
            arrays[f"{name}_shape"] = np.array(matrix.shape)
        with open(directory / "catalogue.npz", "wb") as handle:
            np.savez(handle, **arrays)  # type: ignore[arg-type]

    @classmethod
    def load(cls, directory: Path) -> Catalogue:
        with np.load(directory / "catalogue.npz", allow_pickle=True) as data:
            written = [name for name in data.files if name.startswith("written_")]

            def csr(name: str) -> sp.csr_matrix:
                return sp.csr_matrix(
                    (data[f"{name}_data"], data[f"{name}_indices"], data[f"{name}_indptr"]),
                    shape=tuple(data[f"{name}_shape"]))

            return cls(
                ids=list(data["ids"]), handles=list(data["handles"]), names=list(data["names"]),
                platform=data["platform"], followers=data["followers"],
                engagement=data["engagement"], credibility=data["credibility"],
                price=data["price"], has=data["has"], age=data["age"], gender=data["gender"],
                countries=csr("countries"), languages=csr("languages"),
                interests=csr("interests"), joint_age_gender=csr("joint_age_gender"),
                country_vocab=list(data["country_vocab"]),
                language_vocab=list(data["language_vocab"]),
                label_vocab=list(data["label_vocab"]),
                engagement_median=data["engagement_median"],
                credibility_median=float(data["credibility_median"][0]),
                prior_rows=data["prior_rows"],
                top_country=data["top_country"] if "top_country" in data.files else None,
                dominant=data["dominant"] if "dominant" in data.files else None,
                interest_neighbours=(data["interest_neighbours"]
                                     if "interest_neighbours" in data.files else None),
                sketches=list(data["sketches"]) if "sketches" in data.files else None,
                avg_views=data["avg_views"] if "avg_views" in data.files else None,
                written=({name[len("written_"):]: data[name] for name in written}
                         if written else None),
                joint_age_country=(csr("joint_age_country")
                                   if "joint_age_country_data" in data.files else None),
                top_interests=(csr("top_interests")
                               if "top_interests_data" in data.files else None),
            )


def largest_share_column(matrix: sp.csr_matrix, present: np.ndarray) -> np.ndarray:
    """Per row, the column of its largest value (the first of ties), -1 where ``present`` is
    False or the row is empty."""
    rows = matrix.shape[0]
    out = np.full(rows, -1, dtype=np.int16)
    counts = np.diff(matrix.indptr)
    filled = counts > 0
    if not filled.any():
        return out
    row_max = np.full(rows, -np.inf, dtype=np.float64)
    row_max[filled] = np.maximum.reduceat(matrix.data, matrix.indptr[:-1][filled])
    row_of = np.repeat(np.arange(rows), counts)
    at_max = np.flatnonzero(matrix.data == row_max[row_of])
    holder, first = np.unique(row_of[at_max], return_index=True)
    out[holder] = matrix.indices[at_max[first]]
    out[~present] = -1
    return out


def _sparse(rows: Sequence[dict[str, float] | None], vocab: list[str]) -> sp.csr_matrix:
    index = {key: i for i, key in enumerate(vocab)}
    indptr, indices, data = [0], [], []
    for block in rows:
        for key, share in (block or {}).items():
            indices.append(index[key])
            data.append(share)
        indptr.append(len(indices))
    return sp.csr_matrix((np.array(data, dtype=np.float32), np.array(indices, dtype=np.int32),
                          np.array(indptr, dtype=np.int64)), shape=(len(rows), len(vocab)))


def _completed_age_country(audience: Audience, age: np.ndarray) -> dict[str, float] | None:
    """The joint age x country block as scored: only beside reported countries and age
    blocks, and each country the countries block reports but the joint does not gets its
    share x the age shares (the independence the product assumes without a joint block)."""
    if not audience.age_country or not audience.countries or not audience.age:
        return None
    block = {f"{c}:{b}": s for c, bands in audience.age_country.items()
             for b, s in bands.items()}
    for code, share in audience.countries.items():
        if code not in audience.age_country:
            block.update({f"{code}:{b}": share * float(a)
                          for b, a in zip(AGE_BANDS, age, strict=True) if a})
    return block


def _fill_missing_with_platform_mean(values: np.ndarray, present: np.ndarray,
                                     platform: np.ndarray) -> None:
    overall = values[present].mean(axis=0) if present.any() else np.full(values.shape[1],
                                                                          1 / values.shape[1])
    for code in np.unique(platform):
        on_platform = platform == code
        source = on_platform & present
        mean = values[source].mean(axis=0) if source.sum() >= 5 else overall
        values[on_platform & ~present] = mean


#: The blocks of ``Catalogue.dominant``'s columns.
DOMINANT_BLOCKS = ("age", "gender", "languages")


def dominant_of_blocks(age: np.ndarray, gender: np.ndarray, languages: sp.csr_matrix,
                       has: np.ndarray) -> np.ndarray:
    """(n, 3) int16: each row's largest age band, gender and language where reported, else -1."""
    out = np.full((age.shape[0], 3), -1, dtype=np.int16)
    for column, (values, block) in enumerate(((age, "age"), (gender, "gender"))):
        present = has[:, BLOCKS.index(block)]
        out[present, column] = values[present].argmax(axis=1)
    out[:, 2] = largest_share_column(languages, has[:, BLOCKS.index("languages")])
    return out


def build_catalogue(profiles: Sequence[Influencer], seed: int = 0) -> Catalogue:
    n = len(profiles)
    platform = np.array([PLATFORMS.index(p.platform.value) for p in profiles], dtype=np.int8)
    followers = np.array([p.followers for p in profiles], dtype=np.int64)
    engagement = np.array([np.nan if p.engagement_rate is None else p.engagement_rate
                           for p in profiles], dtype=np.float32)
    credibility = np.array([np.nan if p.credibility is None else p.credibility
                            for p in profiles], dtype=np.float32)
    price = np.array([np.nan if p.price_usd is None else p.price_usd for p in profiles],
                     dtype=np.float32)
    has = np.array([[bool(getattr(p.audience, b)) for b in BLOCKS] for p in profiles],
                   dtype=bool).reshape(n, len(BLOCKS))
    age = np.array([[(p.audience.age or {}).get(b, 0.0)  # type: ignore[call-overload]
                     for b in AGE_BANDS] for p in profiles],
                   dtype=np.float32).reshape(n, len(AGE_BANDS))
    gender = np.array([[(p.audience.gender or {}).get(g, 0.0)  # type: ignore[call-overload]
                        for g in GENDERS]
                       for p in profiles], dtype=np.float32).reshape(n, len(GENDERS))
    _fill_missing_with_platform_mean(age, has[:, 0], platform)
    _fill_missing_with_platform_mean(gender, has[:, 1], platform)

    country_vocab = sorted(COUNTRY_CODES)
    language_vocab = sorted(LANGUAGE_CODES)
    ranked_interests = [None if p.audience.interests or not p.audience.top_interests
                        else {label: float(rank) for rank, label
                              in enumerate(p.audience.top_interests, start=1)}
                        for p in profiles]
    label_vocab = sorted({c for p in profiles for c in (p.audience.interests or {})}
                         | {c for ranks in ranked_interests for c in (ranks or {})})
    joint_cols = [f"{g}:{b}" for g in GENDERS for b in AGE_BANDS]
    joint_rows = [
        {f"{g}:{b}": s for g, bands in p.audience.age_gender.items() for b, s in bands.items()}
        if p.audience.age_gender else None for p in profiles]
    joint_country_cols = [f"{c}:{b}" for c in country_vocab for b in AGE_BANDS]
    joint_country_rows = [_completed_age_country(p.audience, age[row])
                          for row, p in enumerate(profiles)]

    tiers = follower_tier(followers)
    medians = np.full((len(PLATFORMS), len(TIER_NAMES)), np.nan, dtype=np.float32)
    for code in range(len(PLATFORMS)):
        on_platform = platform == code
        if not on_platform.any():
            continue
        on_platform &= ~np.isnan(engagement)  # unknown engagement is not a median's
        if not on_platform.any():
            continue
        platform_median = float(np.median(engagement[on_platform]))
        for tier in range(len(TIER_NAMES)):
            cell = on_platform & (tiers == tier)
            medians[code, tier] = np.median(engagement[cell]) if cell.sum() >= 5 else (
                platform_median)
    known = credibility[~np.isnan(credibility)]
    rng = np.random.default_rng(seed)
    prior_rows = np.sort(rng.choice(n, size=min(n, PRIOR_SAMPLE), replace=False)) if n else (
        np.zeros(0, dtype=np.int64))
    countries = _sparse([p.audience.countries for p in profiles], country_vocab)
    top_country = largest_share_column(countries, has[:, BLOCKS.index("countries")])
    country_index = {code: i for i, code in enumerate(country_vocab)}
    for row, profile in enumerate(profiles):
        if top_country[row] < 0 and profile.audience.top_countries:
            top_country[row] = country_index[profile.audience.top_countries[0]]
    languages = _sparse([p.audience.languages for p in profiles], language_vocab)
    dominant = dominant_of_blocks(age, gender, languages, has)
    language_index = {code: i for i, code in enumerate(language_vocab)}
    for row, profile in enumerate(profiles):
        named = profile.audience
        if dominant[row, 0] < 0 and named.dominant_age:
            dominant[row, 0] = AGE_BANDS.index(named.dominant_age)
        if dominant[row, 1] < 0 and named.dominant_gender:
            dominant[row, 1] = GENDERS.index(named.dominant_gender)
        if dominant[row, 2] < 0 and named.top_languages:
            dominant[row, 2] = language_index[named.top_languages[0]]
    return Catalogue(
        ids=[p.id for p in profiles], handles=[p.handle for p in profiles],
        names=[p.name for p in profiles], platform=platform, followers=followers,
        engagement=engagement, credibility=credibility, price=price, has=has, age=age,
        gender=gender,
        countries=countries,
        languages=languages,
        interests=_sparse([p.audience.interests for p in profiles], label_vocab),
        joint_age_gender=_sparse(joint_rows, joint_cols),
        joint_age_country=_sparse(joint_country_rows, joint_country_cols),
        top_interests=(_sparse(ranked_interests, label_vocab) if any(ranked_interests)
                       else None),
        country_vocab=country_vocab, language_vocab=language_vocab, label_vocab=label_vocab,
        engagement_median=medians,
        credibility_median=float(np.median(known)) if known.size else float("nan"),
        prior_rows=prior_rows,
        top_country=top_country,
        dominant=dominant,
        sketches=_sketches(profiles),
        avg_views=np.array([np.nan if p.avg_views is None else p.avg_views for p in profiles],
                           dtype=np.float64),
    )


def _sketches(profiles: Sequence[Influencer]) -> list[bytes | None] | None:
    if not any(p.audience_sketch for p in profiles):
        return None
    return [base64.b64decode(p.audience_sketch) if p.audience_sketch else None
            for p in profiles]
