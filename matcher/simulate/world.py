"""World model: latent audience communities, creators, provider reports and the truth.

A creator's audience is a mixture of communities. Within a community, age depends on the
platform, gender on age, country on age, language on country, and interests are independent
of demographics. Provider reports are drawn from a finite follower sample; the truth is the
exact expectation over the mixture, so the sample noise and the attribute correlations that a
product of marginal shares ignores are both present.

Interests are latent (``vocabularies.LATENT_INTERESTS``); the world's provider vocabulary only
decides which labels the reports show. Everything else, the truth included, is drawn the same
way whatever the vocabulary, so one seed gives the same creators and the same true shares in
every vocabulary, and the ``default`` vocabulary gives exactly the world of earlier versions.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .segments import SimSegment
from .vocab import (
    AGE_BANDS,
    BIO_CLOSERS,
    BIO_TEMPLATES,
    COMMUNITY_ANCHORS,
    COUNTRIES,
    FIRST_NAMES,
    GENDERS,
    LAST_NAMES,
    NICHES,
    OTHER_GENDER_SHARE,
    PLATFORM_NICHE_AFFINITY,
    PLATFORM_WEIGHTS,
    PLATFORMS,
    REGIONS,
    platform_age_target,
    platform_male_target,
)
from .vocabularies import LATENT_INTERESTS, Vocabulary, get_vocabulary

COUNTRY_CODES: tuple[str, ...] = tuple(COUNTRIES)
LANGUAGES: tuple[str, ...] = tuple(sorted({lang for _, ls, _ in COUNTRIES.values() for lang in ls}))
_K_INDEX = {c: i for i, c in enumerate(COUNTRY_CODES)}
_L_INDEX = {lang: i for i, lang in enumerate(LANGUAGES)}
_INTEREST_INDEX = {x: i for i, x in enumerate(LATENT_INTERESTS)}
_NICHE_KEYS = tuple(NICHES)

# P(language | country), shape (countries, languages)
LANG_GIVEN_COUNTRY = np.zeros((len(COUNTRY_CODES), len(LANGUAGES)))
for _k, (_name, _langs, _pop) in COUNTRIES.items():
    for _lang, _p in _langs.items():
        LANG_GIVEN_COUNTRY[_K_INDEX[_k], _L_INDEX[_lang]] = _p
COUNTRY_POPULARITY = np.array([COUNTRIES[c][2] for c in COUNTRY_CODES], dtype=float)

_YOUNG_FRACTION = np.array([0.95, 0.88, 0.70, 0.50, 0.32, 0.20, 0.12])
_ENGAGEMENT_BASE = {"instagram": 0.030, "tiktok": 0.060, "youtube": 0.035, "twitch": 0.050,
                    "x": 0.012}
VIEW_RATIO = {  # views a post per follower by platform, before a creator's log-normal factor
    "instagram": 0.25, "tiktok": 0.50, "youtube": 0.30, "twitch": 0.03, "x": 0.08}
_PRICE_COEF = {"instagram": 0.08, "tiktok": 0.06, "youtube": 0.12, "twitch": 0.07, "x": 0.04}


@dataclass(frozen=True)
class Communities:
    """Latent audience communities; arrays are indexed by community first."""

    niche: list[str]
    region: list[str]
    age: np.ndarray  # (C, ages), before platform calibration
    gender: np.ndarray  # (C, ages, genders), before platform calibration
    country: np.ndarray  # (C, ages, countries): country depends on age
    interest: np.ndarray  # (C, latent interests): P(follower holds the interest)
    popularity: np.ndarray  # (C,)

    def __len__(self) -> int:
        return len(self.niche)


@dataclass(frozen=True)
class Creators:
    """Creators with their hidden truth (mixture over communities) and public fields."""

    ids: list[str]
    handles: list[str]
    names: list[str]
    platform: np.ndarray  # (n,) index into PLATFORMS
    mixture: np.ndarray  # (n, C) community weights, rows sum to 1
    followers: np.ndarray
    credibility: np.ndarray
    engagement_rate: np.ndarray
    avg_views: np.ndarray
    price_usd: np.ndarray  # NaN when the price is unknown
    country: list[str]
    language: list[str]
    bio: list[str]
    categories: list[list[str]]
    audience_niche: list[str]
    content_niche: list[str]

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def platform_names(self) -> list[str]:
        return [PLATFORMS[p] for p in self.platform]


@dataclass(frozen=True)
class Sample:
    """Per-creator counts over the provider's follower sample, and which blocks it reports."""

    size: np.ndarray  # (n,)
    age: np.ndarray  # (n, ages)
    gender: np.ndarray  # (n, genders)
    country: np.ndarray  # (n, countries)
    language: np.ndarray  # (n, languages)
    interest: np.ndarray  # (n, labels of the vocabulary): followers holding each label
    has_age: np.ndarray
    has_languages: np.ndarray
    has_interests: np.ndarray


def _normalise(x: np.ndarray, axis: int = -1) -> np.ndarray:
    return x / x.sum(axis=axis, keepdims=True)


def draw_communities(rng: np.random.Generator, n: int, anchored: bool = True) -> Communities:
    """Draw ``n`` communities: the anchors of the vocabulary first (unless not ``anchored``),
    then random (niche, region)."""
    anchors = list(COMMUNITY_ANCHORS[:n]) if anchored else []
    regions = tuple(REGIONS)
    while len(anchors) < n:
        anchors.append((_NICHE_KEYS[rng.integers(len(_NICHE_KEYS))],
                        regions[rng.integers(len(regions))]))
    n_k, n_a, n_l = len(COUNTRY_CODES), len(AGE_BANDS), len(LATENT_INTERESTS)
    age = np.zeros((n, n_a))
    gender = np.zeros((n, n_a, 3))
    country = np.zeros((n, n_a, n_k))
    interest = np.zeros((n, n_l))
    global_mix = COUNTRY_POPULARITY / COUNTRY_POPULARITY.sum()
    bands = np.arange(n_a)

    def region_dist(name: str) -> np.ndarray:
        members = [_K_INDEX[c] for c in REGIONS[name][0]]
        pop = COUNTRY_POPULARITY[members]
        out = np.zeros(n_k)
        out[members] = rng.dirichlet(6.0 * pop / pop.sum() + 0.3)
        return out

    for c, (niche_key, region) in enumerate(anchors):
        niche = NICHES[niche_key]
        age[c] = rng.dirichlet(40.0 * np.asarray(niche.age_profile) + 0.3)
        f0 = float(np.clip(niche.female_share + rng.normal(0.0, 0.06), 0.05, 0.95))
        logit = np.log(f0 / (1 - f0)) + rng.normal(0.0, 0.6) * (bands - 3) / 3
        fem = 1.0 / (1.0 + np.exp(-logit))
        other = OTHER_GENDER_SHARE * np.where(bands <= 1, 1.5, 0.75)
        gender[c] = np.stack([fem * (1 - other), (1 - fem) * (1 - other), other], axis=1)

        neighbour = REGIONS[region][1][rng.integers(len(REGIONS[region][1]))]
        young = region_dist(region)
        old = 0.55 * region_dist(region) + 0.45 * region_dist(neighbour)
        if rng.random() < 0.3:
            young, old = old, young
        yf = np.clip(_YOUNG_FRACTION + rng.normal(0.0, 0.05, n_a), 0.02, 0.98)
        country[c] = 0.96 * (yf[:, None] * young + (1 - yf[:, None]) * old) + 0.04 * global_mix

        interest[c] = rng.uniform(0.01, 0.05, n_l)
        n_strong = int(rng.integers(2, 7))
        own = [_INTEREST_INDEX[lab] for lab in niche.labels]
        n_own = min(len(own), max(2, n_strong - int(rng.integers(0, 2))))
        strong = list(rng.choice(own, size=n_own, replace=False))
        others = [i for i in range(n_l) if i not in own]
        strong += list(rng.choice(others, size=max(0, n_strong - n_own), replace=False))
        interest[c, strong] = rng.uniform(0.3, 0.8, len(strong))
    return Communities(niche=[a[0] for a in anchors], region=[a[1] for a in anchors], age=age,
                       gender=gender, country=_normalise(country),
                       interest=interest, popularity=rng.dirichlet(np.full(n, 3.0)))


def _calibrate(comm: Communities, platform: np.ndarray, mixture: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray]:
    """Platform-specific age (P, C, A) and gender (P, C, A, G) tables.

    P(age | c, p) is proportional to P(age | c) * r_p(age), and the male/female odds are scaled
    by one factor per platform, both fitted so that the catalogue average of each platform
    matches the published (or guessed) split.
    """
    n_p, (n_c, n_a) = len(PLATFORMS), comm.age.shape
    age_pc = np.zeros((n_p, n_c, n_a))
    gender_pc = np.zeros((n_p, n_c, n_a, 3))
    for p, name in enumerate(PLATFORMS):
        rows = mixture[platform == p]
        w = rows.mean(axis=0) if len(rows) else comm.popularity
        target = np.asarray(platform_age_target(name))
        ratio = np.ones(n_a)
        for _ in range(200):
            table = _normalise(comm.age * ratio)
            avg = w @ table
            ratio *= target / avg
            if np.abs(avg - target).max() < 1e-6:
                break
        age_pc[p] = _normalise(comm.age * ratio)
        mass = w[:, None] * age_pc[p]
        male_t = platform_male_target(name)
        lo, hi = -6.0, 6.0
        g = comm.gender
        for _ in range(60):
            theta = np.exp((lo + hi) / 2)
            fm = g[..., 0] + theta * g[..., 1]
            male = (mass * (1 - g[..., 2]) * theta * g[..., 1] / fm).sum()
            lo, hi = ((lo + hi) / 2, hi) if male < male_t else (lo, (lo + hi) / 2)
        theta = np.exp((lo + hi) / 2)
        fm = g[..., 0] + theta * g[..., 1]
        gender_pc[p] = np.stack([(1 - g[..., 2]) * g[..., 0] / fm,
                                 (1 - g[..., 2]) * theta * g[..., 1] / fm, g[..., 2]], axis=-1)
    return age_pc, gender_pc


def _group_sum(values: np.ndarray, owner: np.ndarray, n: int) -> np.ndarray:
    """Sum rows of ``values`` by ``owner`` (sorted ascending) into an (n, ...) array."""
    out = np.zeros((n,) + values.shape[1:], dtype=values.dtype)
    if len(owner) == 0:
        return out
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    out[owner[starts]] = np.add.reduceat(values, starts, axis=0)
    return out


def _draw_sample(rng: np.random.Generator, comm: Communities, platform: np.ndarray,
                 mixture: np.ndarray, size: np.ndarray, age_pc: np.ndarray,
                 gender_pc: np.ndarray, vocabulary: Vocabulary,
                 label_rng: np.random.Generator) -> Sample:
    """Draw each creator's follower sample, keeping only the aggregate counts a report needs.

    Latent-interest holders are always drawn from ``rng``, so that the draws after them do not
    depend on the vocabulary; they are the reported counts when the vocabulary is the identity.
    Otherwise label holders are drawn from ``label_rng`` with P(label) per community.
    """
    n = len(size)
    comm_counts = rng.multinomial(size, mixture)
    ii, cc = np.nonzero(comm_counts)
    m = comm_counts[ii, cc]
    pp = platform[ii]
    age_counts = rng.multinomial(m, age_pc[pp, cc])
    jj, aa = np.nonzero(age_counts)
    m2 = age_counts[jj, aa]
    g = rng.multinomial(m2, gender_pc[pp[jj], cc[jj], aa])
    k = rng.multinomial(m2, comm.country[cc[jj], aa])
    countries = _group_sum(k, ii[jj], n)
    ci, kk = np.nonzero(countries)
    lang = rng.multinomial(countries[ci, kk], LANG_GIVEN_COUNTRY[kk])
    holders = rng.binomial(m[:, None], comm.interest[cc])
    if not vocabulary.is_identity:
        holders = label_rng.binomial(m[:, None], vocabulary.label_probability(comm.interest)[cc])
    return Sample(size=size, age=_group_sum(age_counts, ii, n), gender=_group_sum(g, ii[jj], n),
                  country=countries, language=_group_sum(lang, ci, n),
                  interest=_group_sum(holders, ii, n), has_age=rng.random(n) >= 0.01,
                  has_languages=rng.random(n) >= 0.03, has_interests=rng.random(n) >= 0.02)


def _mixtures(rng: np.random.Generator, comm: Communities, platform: np.ndarray) -> np.ndarray:
    n, n_c = len(platform), len(comm)
    niche = np.array(comm.niche)
    region = np.array(comm.region)
    aff = np.array([[PLATFORM_NICHE_AFFINITY.get(p, {}).get(x, 1.0) for x in comm.niche]
                    for p in PLATFORMS])
    dom_p = _normalise(comm.popularity[None, :] * aff)
    u = rng.random(n)
    dominant = (dom_p[platform].cumsum(axis=1) < u[:, None]).sum(axis=1).clip(0, n_c - 1)
    related = comm.popularity[None, :] * (1.0 + 3.0 * (niche[:, None] == niche[None, :])
                                          + 2.0 * (region[:, None] == region[None, :]))
    scores = np.log(related[dominant]) + rng.gumbel(size=(n, n_c))
    scores[np.arange(n), dominant] = -np.inf
    secondary = np.argsort(-scores, axis=1)[:, :2]
    k = rng.choice([1, 2, 3], size=n, p=[0.45, 0.35, 0.20])
    weights = np.sort(rng.gamma(np.array([4.0, 1.2, 1.2]), size=(n, 3)), axis=1)[:, ::-1]
    weights = weights * (np.arange(3)[None, :] < k[:, None])
    weights = _normalise(weights)
    mixture = np.zeros((n, n_c))
    rows = np.arange(n)
    mixture[rows, dominant] = weights[:, 0]
    mixture[rows, secondary[:, 0]] += weights[:, 1]
    mixture[rows, secondary[:, 1]] += weights[:, 2]
    return mixture


def _text(rng: np.random.Generator, niche_key: str, country: str) -> tuple[str, list[str]]:
    niche = NICHES[niche_key]
    topics = [niche.topics[i] for i in rng.permutation(len(niche.topics))[:3]]
    role = niche.roles[rng.integers(len(niche.roles))]
    template = BIO_TEMPLATES[rng.integers(len(BIO_TEMPLATES))]
    bio = template.format(Role=role[0].upper() + role[1:], role=role, topic_a=topics[0],
                          Topic_a=topics[0][0].upper() + topics[0][1:], topic_b=topics[1],
                          topic_c=topics[2], country=COUNTRIES[country][0],
                          closer=BIO_CLOSERS[rng.integers(len(BIO_CLOSERS))]).strip()
    n_cat = int(rng.choice([1, 2, 3], p=[0.35, 0.45, 0.20]))
    cats = [niche.categories[i] for i in rng.permutation(len(niche.categories))[:n_cat]]
    return bio, cats


def _identity(rng: np.random.Generator, niche_key: str, used: set[str]) -> tuple[str, str]:
    first = FIRST_NAMES[rng.integers(len(FIRST_NAMES))]
    last = LAST_NAMES[rng.integers(len(LAST_NAMES))]
    tag = niche_key[:4] if rng.random() < 0.5 else niche_key
    style = rng.integers(4)
    if style == 0:
        name, handle = f"{first} {last}", f"{first}{last}".lower()
    elif style == 1:
        name, handle = f"{first} | {niche_key.title()}", f"{first}.{tag}".lower()
    elif style == 2:
        name, handle = f"{first} {last}", f"the{first}{tag}".lower()
    else:
        name, handle = f"{first} {last[0]}.", f"{first}_{last}_{tag}".lower()
    base, i = handle, 1
    while handle in used:
        i += 1
        handle = f"{base}{i}"
    used.add(handle)
    return name, handle


def _draw_creators(rng: np.random.Generator, comm: Communities, n: int) -> Creators:
    platform = rng.choice(len(PLATFORMS), size=n, p=np.asarray(PLATFORM_WEIGHTS))
    mixture = _mixtures(rng, comm, platform)
    followers = rng.lognormal(np.log(40_000), 1.7, n)
    small = followers < 1_000
    followers[small] = rng.uniform(1_000, 3_000, int(small.sum()))
    followers = np.minimum(followers, 80_000_000).astype(np.int64)
    low = rng.random(n) < 0.1
    credibility = np.where(low, rng.beta(4.0, 4.0, n), rng.beta(12.0, 2.4, n)).clip(0.2, 0.99)
    names = [PLATFORMS[p] for p in platform]
    tier = (followers / 40_000.0) ** -0.15
    base = np.array([_ENGAGEMENT_BASE[p] for p in names])
    engagement = (base * tier * rng.lognormal(0.0, 0.35, n)).clip(0.001, 0.4)
    views = np.array([VIEW_RATIO[p] for p in names]) * followers * rng.lognormal(0.0, 0.5, n)
    price = np.array([_PRICE_COEF[p] for p in names]) * followers ** 0.8 * rng.lognormal(0, 0.35, n)
    price = np.where(rng.random(n) < 0.6, np.round(price, 2), np.nan)

    overall = np.einsum("ca,cak->ck", comm.age, comm.country)
    top2 = np.argsort(-overall, axis=1)[:, :2]
    dominant = mixture.argmax(axis=1)
    second = rng.random(n) < 0.2
    own_k = top2[dominant, second.astype(int)]
    other_niche = rng.random(n) < 0.15
    used: set[str] = set()
    fields: dict[str, list[Any]] = {k: [] for k in ("ids", "handles", "names", "country",
                                                    "language", "bio", "categories", "aud",
                                                    "content")}
    for i in range(n):
        aud = comm.niche[dominant[i]]
        content = aud
        if other_niche[i]:
            choices = [k for k in _NICHE_KEYS if k != aud]
            content = choices[rng.integers(len(choices))]
        country = COUNTRY_CODES[own_k[i]]
        langs = COUNTRIES[country][1]
        bio, cats = _text(rng, content, country)
        name, handle = _identity(rng, content, used)
        for key, val in (("ids", f"sim-{i:06d}"), ("handles", handle), ("names", name),
                         ("country", country), ("language", max(langs, key=langs.__getitem__)),
                         ("bio", bio), ("categories", cats), ("aud", aud), ("content", content)):
            fields[key].append(val)
    return Creators(ids=fields["ids"], handles=fields["handles"], names=fields["names"],
                    platform=platform, mixture=mixture, followers=followers,
                    credibility=credibility, engagement_rate=engagement,
                    avg_views=np.round(views).astype(np.int64), price_usd=price,
                    country=fields["country"], language=fields["language"], bio=fields["bio"],
                    categories=fields["categories"], audience_niche=fields["aud"],
                    content_niche=fields["content"])


def _shares(counts: np.ndarray, size: int, keys: tuple[str, ...], top: int) -> dict[str, float]:
    order = np.argsort(-counts, kind="stable")[:top]
    return {keys[j]: round(float(counts[j]) / size, 3) for j in order if counts[j] > 0}


def _joint_shares(expected: np.ndarray, countries: dict[str, float]
                  ) -> dict[str, dict[str, float]]:
    """An (ages, countries) expectation as an ``age_country`` block over ``countries``."""
    out: dict[str, dict[str, float]] = {}
    for code in countries:
        column = expected[:, _K_INDEX[code]]
        bands = {b: round(float(column[a]), 3) for a, b in enumerate(AGE_BANDS)
                 if round(float(column[a]), 3) > 0}
        if bands:
            out[code] = bands
    return out


@dataclass
class World:
    """A seeded simulated creator economy with follower-level truth."""

    seed: int
    communities: Communities
    creators: Creators
    age_pc: np.ndarray  # (platforms, C, ages): P(age | community, platform)
    gender_pc: np.ndarray  # (platforms, C, ages, genders): P(gender | community, age, platform)
    sample: Sample
    vocabulary: Vocabulary = field(default_factory=get_vocabulary)

    def top_audience_country(self) -> list[str]:
        """Each creator's largest reported audience country, as an export names it."""
        return [COUNTRY_CODES[int(np.argmax(self.sample.country[i]))]
                for i in range(len(self.creators))]

    def partial_rows(self, share: float) -> np.ndarray:
        """Which creators a partial export reports (a fixed draw per world and share)."""
        rng = np.random.default_rng([self.seed, int(share * 1000), 19])
        return rng.random(len(self.creators)) < share

    def expected_age_country(self, rows: np.ndarray) -> np.ndarray:
        """Each of ``rows``'s exact expected joint age x country shares, (rows, ages,
        countries): its communities mix both."""
        cr = self.creators
        return np.einsum("nc,nca,cak->nak", cr.mixture[rows],
                         self.age_pc[cr.platform[rows]], self.communities.country)

    def joint_age_country_rows(self, share: float) -> np.ndarray:
        """Which creators report the joint age x country block (a fixed draw per world and
        share)."""
        rng = np.random.default_rng([self.seed, int(share * 1000), 23])
        return rng.random(len(self.creators)) < share

    def reported_profiles(self, partial: float = 0.0, joint_age_country: float = 0.0
                          ) -> list[dict[str, Any]]:
        """Clean provider reports in the nested profile contract of DESIGN.md. ``partial``: the
        share of creators reported as ranking exports report them, with their top audience
        country and nothing else of the audience, and no credibility. ``joint_age_country``:
        the share of creators (of those with an age block) that also report the joint
        age x country block, the exact expectation over the countries of their countries
        block, to 3 decimals."""
        cr, s = self.creators, self.sample
        labels = self.vocabulary.labels
        out: list[dict[str, Any]] = []
        exported = self.partial_rows(partial) if partial > 0 else np.zeros(len(cr), dtype=bool)
        with_joint = np.flatnonzero(self.joint_age_country_rows(joint_age_country)
                                    & s.has_age) if joint_age_country > 0 else np.zeros(0, int)
        joint_of = {int(i): j for i, j in zip(
            with_joint, self.expected_age_country(with_joint), strict=True)}
        for i in range(len(cr)):
            size = int(s.size[i])
            audience: dict[str, Any] = {}
            if s.has_age[i]:
                audience["age"] = {b: round(float(s.age[i, a]) / size, 3)
                                   for a, b in enumerate(AGE_BANDS)}
            audience["gender"] = {g: round(float(s.gender[i, j]) / size, 3)
                                  for j, g in enumerate(GENDERS)}
            audience["countries"] = _shares(s.country[i], size, COUNTRY_CODES, 10)
            if s.has_languages[i]:
                audience["languages"] = _shares(s.language[i], size, LANGUAGES, 5)
            if s.has_interests[i]:
                audience["interests"] = _shares(s.interest[i], size, labels, 12)
            if i in joint_of:
                audience["age_country"] = _joint_shares(joint_of[i], audience["countries"])
            row: dict[str, Any] = {
                "id": cr.ids[i], "handle": cr.handles[i], "name": cr.names[i],
                "platform": PLATFORMS[cr.platform[i]], "bio": cr.bio[i],
                "categories": list(cr.categories[i]), "country": cr.country[i],
                "language": cr.language[i], "followers": int(cr.followers[i]),
                "engagement_rate": round(float(cr.engagement_rate[i]), 4),
                "avg_views": int(cr.avg_views[i]),
                "credibility": round(float(cr.credibility[i]), 3)}
            if not np.isnan(cr.price_usd[i]):
                row["price_usd"] = float(cr.price_usd[i])
            row["audience"] = audience
            if exported[i]:
                countries = audience["countries"]
                row["audience"] = {"top_countries": [max(countries, key=countries.get)]}
                del row["credibility"]
            out.append(row)
        return out

    def _targets(self, seg: SimSegment) -> tuple[np.ndarray, np.ndarray, np.ndarray,
                                                  np.ndarray, np.ndarray]:
        ages = np.array([b in seg.ages for b in AGE_BANDS], dtype=float)
        genders = (np.ones(3) if seg.genders is None
                   else np.array([g in seg.genders for g in GENDERS], dtype=float))
        weights = np.zeros(len(COUNTRY_CODES)) if seg.countries is not None else np.ones(
            len(COUNTRY_CODES))
        if isinstance(seg.countries, dict):
            top = max(seg.countries.values())
            for code, w in seg.countries.items():
                if code in _K_INDEX:
                    weights[_K_INDEX[code]] = w / top
        elif seg.countries is not None:
            weights[[_K_INDEX[c] for c in seg.countries if c in _K_INDEX]] = 1.0
        lang_ok = (np.ones(len(COUNTRY_CODES)) if seg.languages is None else
                   LANG_GIVEN_COUNTRY[:, [_L_INDEX[x] for x in seg.languages if x in _L_INDEX]]
                   .sum(axis=1))
        try:
            latent = [_INTEREST_INDEX[x] for x in seg.true_interests()]
        except KeyError as exc:
            raise ValueError(f"segment {seg.id!r}: {exc.args[0]!r} is not a latent interest; "
                             "a segment outside the default vocabulary needs an interest_map"
                             ) from None
        interest = (1.0 - np.prod(1.0 - self.communities.interest[:, latent], axis=1) if latent
                    else np.ones(len(self.communities)))
        return ages, genders, weights, lang_ok, interest

    def true_share(self, segment: SimSegment) -> np.ndarray:
        """Exact expected share of each creator's real followers inside the segment, (n,)."""
        ages, genders, weights, lang_ok, interest = self._targets(segment)
        geo = self.communities.country @ (weights * lang_ok)
        gen = self.gender_pc @ genders
        per_pc = (self.age_pc * ages * gen * geo[None]).sum(axis=-1) * interest[None]
        return (self.creators.mixture * per_pc[self.creators.platform]).sum(axis=1)

    def true_reach(self, segment: SimSegment) -> np.ndarray:
        """Real followers in the segment: followers x credibility x true share."""
        cr = self.creators
        return cr.followers * cr.credibility * self.true_share(segment)

    def independent_share(self, segment: SimSegment) -> np.ndarray:
        """Product of the exact expected factor shares, i.e. what independence would predict."""
        ages, genders, weights, lang_ok, interest = self._targets(segment)
        mix, plat = self.creators.mixture, self.creators.platform
        age_w = self.age_pc[plat]  # (n, C, A)

        def factor(per_ca: np.ndarray) -> np.ndarray:
            return np.einsum("nc,nca,nca->n", mix, age_w, np.broadcast_to(per_ca, age_w.shape))

        country = self.communities.country
        return (factor(np.broadcast_to(ages, age_w.shape[1:]))
                * factor((self.gender_pc @ genders)[plat])
                * factor(country @ weights) * factor(country @ lang_ok)
                * (mix @ interest))

    def eligible(self, segment: SimSegment) -> np.ndarray:
        """Boolean mask of creators that pass the segment's hard filters."""
        cr, f = self.creators, segment.filters or {}
        ok = np.ones(len(cr), dtype=bool)
        if "platforms" in f:
            ok &= np.isin(cr.platform, [PLATFORMS.index(p) for p in f["platforms"]])
        bounds = f.get("followers") or {}
        if "min" in bounds:
            ok &= cr.followers >= bounds["min"]
        if "max" in bounds:
            ok &= cr.followers <= bounds["max"]
        if "min_credibility" in f:
            ok &= cr.credibility >= f["min_credibility"]
        if f.get("exclude_ids"):
            ok &= ~np.isin(np.array(cr.ids), list(f["exclude_ids"]))
        return ok


def build_world(seed: int, n_creators: int, n_communities: int = 40, *,
                vocabulary: str | Vocabulary = "default", anchored: bool = True) -> World:
    """Build a world deterministically from ``seed``, reporting interests in ``vocabulary``.

    Only the reported interest labels depend on the vocabulary; creators, demographics and
    every true share are the same for one seed in all vocabularies. ``anchored`` False draws
    every community's niche and region at random instead of starting from the hand-written
    anchors: a world whose topics sit in other countries.
    """
    vocab = get_vocabulary(vocabulary)
    label_rng = np.random.default_rng([seed, zlib.crc32(vocab.name.encode("utf-8"))])
    rng = np.random.default_rng(seed)
    comm = draw_communities(rng, n_communities, anchored)
    creators = _draw_creators(rng, comm, n_creators)
    age_pc, gender_pc = _calibrate(comm, creators.platform, creators.mixture)
    cap = rng.integers(400, 1501, n_creators)
    size = np.minimum(creators.followers, cap).astype(np.int64)
    sample = _draw_sample(rng, comm, creators.platform, creators.mixture, size, age_pc, gender_pc,
                          vocab, label_rng)
    return World(seed=seed, communities=comm, creators=creators, age_pc=age_pc,
                 gender_pc=gender_pc, sample=sample, vocabulary=vocab)
