"""Audience segments for the simulator: hand-written ones and a random generator.

A segment's interests are free-text phrases ("home workouts"), never provider labels. Each
segment belongs to one provider vocabulary (``vocabularies.py``) and carries two hidden maps,
never written to the YAML: ``label_map``, the provider labels each phrase really means (the
truth for phrase-to-label matching), and ``interest_map``, the latent interests that define
who is in the audience (the truth for membership, the same in every vocabulary).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .vocab import AGE_BANDS, COMMUNITY_ANCHORS, COUNTRIES, NICHES, PLATFORMS, REGIONS
from .vocabularies import Vocabulary, get_vocabulary

CountrySpec = dict[str, float] | list[str]


@dataclass(frozen=True)
class SimSegment:
    """A segment definition plus its hidden phrase -> label and phrase -> interest maps.

    ``interest_map`` None means the labels of ``label_map`` are themselves latent interests,
    which holds for the ``default`` vocabulary only.
    """

    id: str
    name: str
    description: str
    ages: list[str]
    interests: list[str]
    genders: list[str] | None = None
    countries: CountrySpec | None = None
    languages: list[str] | None = None
    filters: dict[str, Any] | None = None
    label_map: dict[str, list[str]] = field(default_factory=dict, repr=False)
    interest_map: dict[str, list[str]] | None = field(default=None, repr=False)
    vocabulary: str = "default"

    def to_yaml_dict(self) -> dict[str, Any]:
        """The public segment in the YAML layout of DESIGN.md (no hidden truth)."""
        out: dict[str, Any] = {"id": self.id, "name": self.name,
                               "description": self.description, "ages": list(self.ages)}
        if self.genders is not None:
            out["genders"] = list(self.genders)
        if self.countries is not None:
            out["countries"] = (dict(self.countries) if isinstance(self.countries, dict)
                                else list(self.countries))
        if self.languages is not None:
            out["languages"] = list(self.languages)
        out["interests"] = list(self.interests)
        if self.filters:
            out["filters"] = dict(self.filters)
        return out

    def true_labels(self) -> list[str]:
        """Union of the provider labels the segment's phrases really mean, in phrase order."""
        return _union(self.label_map, self.interests)

    def true_interests(self) -> list[str]:
        """Union of the latent interests defining the segment's audience, in phrase order."""
        return _union(self.label_map if self.interest_map is None else self.interest_map,
                      self.interests)


def _union(mapping: dict[str, list[str]], phrases: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for phrase in phrases:
        for item in mapping.get(phrase, []):
            seen.setdefault(item, None)
    return list(seen)


def _maps(vocabulary: Vocabulary, phrases: list[str]) -> dict[str, Any]:
    """The hidden maps and vocabulary name of a segment using ``phrases``."""
    return {"label_map": {p: list(vocabulary.label_map[p]) for p in phrases},
            "interest_map": {p: list(vocabulary.phrases[p]) for p in phrases},
            "vocabulary": vocabulary.name}


def _seg(id: str, name: str, description: str, ages: list[str], interests: list[str],
         vocabulary: Vocabulary | None = None, **kw: Any) -> SimSegment:
    return SimSegment(id=id, name=name, description=" ".join(description.split()), ages=ages,
                      interests=interests, **_maps(vocabulary or get_vocabulary(), interests),
                      **kw)


def fixed_segments(vocabulary: str | Vocabulary = "default") -> list[SimSegment]:
    """Hand-written, realistic segments of a vocabulary, broad and narrow, some with filters.

    The ``default`` ones are written here; the held-out vocabularies carry their own.
    """
    vocab = get_vocabulary(vocabulary)
    if vocab.name != "default":
        return [_seg(**spec, vocabulary=vocab) for spec in vocab.fixed]
    return [
        _seg("eco-parents-na", "Eco-minded parents of toddlers, US and Canada", """
             Parents aged 25-44 with children under five who buy organic baby food, reusable
             nappies and follow zero-waste and natural-parenting creators.""",
             ["25-34", "35-44"], ["sustainable parenting", "organic baby food",
                                  "zero waste living"],
             genders=["female", "male"], countries={"US": 0.8, "CA": 0.2}, languages=["en"],
             filters={"platforms": ["instagram", "tiktok"],
                      "followers": {"min": 10000, "max": 500000}, "min_credibility": 0.7}),
        _seg("yoga-women-de", "Women 35-54 in Germany into yoga", """
             German-speaking women in their late thirties to early fifties who practise yoga
             several times a week, book retreats and care about mindful, slower living.""",
             ["35-44", "45-54"], ["yoga practice", "mindful living", "breathwork and meditation"],
             genders=["female"], countries=["DE"], languages=["de"]),
        _seg("gamers-br-mx", "Teen and young-adult gamers in Brazil and Mexico", """
             Gamers aged 13 to 24 in Brazil and Mexico who play competitive shooters, watch
             live streams every evening and follow esports leagues.""",
             ["13-17", "18-24"], ["competitive shooters", "live game streams",
                                  "esports tournaments"],
             countries={"BR": 1.0, "MX": 0.7},
             filters={"platforms": ["youtube", "twitch", "tiktok"]}),
        _seg("finance-men-uk-us", "Personal-finance men 25-44, UK and US", """
             Men aged 25-44 in the UK and the US building wealth: index-fund investors saving
             for retirement and looking for side hustles to grow their income.""",
             ["25-34", "35-44"], ["stock market investing", "saving for retirement",
                                  "side hustles"],
             genders=["male"], countries=["GB", "US"], languages=["en"],
             filters={"min_credibility": 0.75}),
        _seg("kbeauty-kr-jp-us", "K-beauty fans 18-34 in Korea, Japan and the US", """
             Young women who follow multi-step Korean skincare routines, watch makeup
             tutorials and buy clean beauty products, mostly in Korea, then Japan and the US.""",
             ["18-24", "25-34"], ["korean skincare routines", "makeup tutorials",
                                  "clean beauty products"],
             genders=["female"], countries={"KR": 1.0, "JP": 0.6, "US": 0.4}),
        _seg("luxury-travel-35-64", "Affluent luxury travellers 35-64", """
             High-income travellers aged 35-64 in the Gulf and Western Europe who fly first
             class, stay at five-star resorts and plan trips around Michelin-star dining.""",
             ["35-44", "45-54", "55-64"], ["five-star resorts", "first-class travel",
                                           "michelin-star dining"],
             countries=["AE", "SA", "FR", "IT", "GB"],
             filters={"followers": {"min": 50000}}),
        _seg("home-fitness-in", "Young home-fitness enthusiasts in India", """
             Indians aged 18-34 who train at home, track their protein and buy supplements
             online; they follow Hindi- and English-language fitness creators.""",
             ["18-24", "25-34"], ["home workouts", "protein and supplements"],
             countries=["IN"], languages=["hi", "en"],
             filters={"platforms": ["instagram", "youtube"]}),
        _seg("kpop-asia-teens", "K-pop fans 13-24 in East and South-East Asia", """
             Teenagers and young adults in Korea, Japan, Indonesia, the Philippines and
             Thailand who stan K-pop groups and travel to concerts and festivals.""",
             ["13-17", "18-24"], ["k-pop fandom", "live music festivals"],
             countries=["KR", "JP", "ID", "PH", "TH"]),
        _seg("car-enthusiasts-dach", "Car enthusiasts, men 25-54 in DACH", """
             German-speaking men who restore classic cars on weekends, follow Formula 1
             and spend money on parts and detailing products.""",
             ["25-34", "35-44", "45-54"], ["classic car restoration", "Formula 1 fans",
                                           "car detailing"],
             genders=["male"], countries={"DE": 1.0, "AT": 0.5, "CH": 0.5}, languages=["de"],
             filters={"platforms": ["youtube", "instagram"], "followers": {"min": 20000}}),
        _seg("plant-based-southern-europe", "Plant-based home cooks in Western Europe", """
             Adults 18-44 in France, Spain, Italy and the Low Countries who cook plant-based
             meals on weeknights and enjoy natural wine.""",
             ["18-24", "25-34", "35-44"], ["plant-based recipes", "easy weeknight dinners",
                                           "natural wine"],
             countries={"FR": 1.0, "ES": 1.0, "IT": 1.0, "NL": 0.6, "BE": 0.4}),
        _seg("nordic-homes", "Nordic home makers 25-54", """
             Homeowners in the Nordic countries who redecorate in a Scandinavian style,
             keep a jungle of houseplants and upcycle old furniture.""",
             ["25-34", "35-44", "45-54"], ["scandinavian interiors", "houseplant care",
                                           "upcycled furniture"],
             countries=["SE", "NO", "DK", "FI"]),
        _seg("outdoor-micro-na", "Hikers and climbers in North America (micro creators)", """
             Outdoor people aged 25-54 in the US and Canada who go on multi-day hikes, climb
             and obsess over ultralight gear; reached through smaller, trusted creators.""",
             ["25-34", "35-44", "45-54"], ["long-distance hiking", "ultralight gear",
                                           "rock climbing"],
             countries={"US": 1.0, "CA": 1.0}, filters={"followers": {"max": 300000}}),
        _seg("tech-early-adopters-in", "Tech early adopters 18-34 in India", """
             English-speaking young Indians who compare smartphones before buying, try every
             new AI tool and watch unboxing videos.""",
             ["18-24", "25-34"], ["smartphone reviews", "AI tools", "gadget unboxings"],
             countries=["IN"], languages=["en"]),
        _seg("pet-parents-us", "Dog and cat owners 25-54 in the US", """
             American pet owners who train their dogs, feed raw food and adopt rescue
             animals.""",
             ["25-34", "35-44", "45-54"], ["dog training", "raw pet food", "rescue animals"],
             countries=["US"], filters={"min_credibility": 0.8}),
    ]


def _band_span(lo: int, hi: int) -> str:
    first, last = AGE_BANDS[lo].split("-")[0], AGE_BANDS[hi]
    return f"{first}+" if last == "65+" else f"{first}-{last.split('-')[1]}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def random_segments(rng: np.random.Generator, n: int,
                    vocabulary: str | Vocabulary = "default") -> list[SimSegment]:
    """``n`` random but sensible segments using the phrases of ``vocabulary``.

    Each starts from a community anchor (niche, region) so that some audience exists, then
    draws 1-3 contiguous age bands around an age typical of the niche, sometimes one gender,
    1-4 countries of the region, larger ones more often (as a list or as weights), sometimes
    their main languages, 2-4 phrases (mostly from the niche) and sometimes hard filters.
    The same ``rng`` state draws the same demographics in every vocabulary; ids of segments
    of a held-out vocabulary start with its name.
    """
    vocab = get_vocabulary(vocabulary)
    all_phrases = list(vocab.phrases)
    prefix = "" if vocab.name == "default" else f"{vocab.name}-"
    out: list[SimSegment] = []
    for i in range(n):
        niche_key, region = COMMUNITY_ANCHORS[int(rng.integers(len(COMMUNITY_ANCHORS)))]
        niche = NICHES[niche_key]
        profile = np.asarray(niche.age_profile) ** 2
        profile /= profile.sum()
        centre = int(rng.choice(len(AGE_BANDS), p=profile))
        width = int(rng.integers(1, 4))
        lo = max(0, min(centre - int(rng.integers(0, width)), len(AGE_BANDS) - width))
        hi = lo + width - 1
        ages = list(AGE_BANDS[lo:hi + 1])

        genders: list[str] | None = None
        who = "People"
        if rng.random() < 0.35:
            fem = rng.random() < niche.female_share
            genders, who = (["female"], "Women") if fem else (["male"], "Men")

        members = list(REGIONS[region][0])
        pop = np.array([COUNTRIES[c][2] for c in members]) ** 1.5
        k = int(rng.integers(1, min(4, len(members)) + 1))
        chosen = [members[j] for j in rng.choice(len(members), size=k, replace=False,
                                                   p=pop / pop.sum())]
        countries: CountrySpec
        if k > 1 and rng.random() < 0.5:
            w = np.round(rng.uniform(0.2, 1.0, k), 1)
            w[0] = 1.0
            countries = {c: float(x) for c, x in zip(chosen, w, strict=True)}
        else:
            countries = chosen
        languages: list[str] | None = None
        if rng.random() < 0.4:
            langs = {max(COUNTRIES[c][1], key=COUNTRIES[c][1].__getitem__) for c in chosen}
            languages = sorted(langs)

        own = vocab.niche_phrases(niche_key)
        n_phr = int(rng.integers(2, min(4, len(own)) + 1))
        phrases = [own[j] for j in rng.choice(len(own), size=n_phr, replace=False)]
        if rng.random() < 0.25:
            other = [p for p in all_phrases if p not in own]
            phrases[-1] = other[int(rng.integers(len(other)))]

        filters: dict[str, Any] = {}
        if rng.random() < 0.25:
            m = int(rng.integers(1, 4))
            filters["platforms"] = sorted(str(p) for p in rng.choice(PLATFORMS[:3], m, False))
        if rng.random() < 0.25:
            bounds: dict[str, int] = {}
            if rng.random() < 0.6:
                bounds["min"] = int(rng.choice([5000, 10000, 20000, 50000]))
            if rng.random() < 0.6 or not bounds:
                bounds["max"] = int(rng.choice([200000, 500000, 1000000, 5000000]))
            filters["followers"] = bounds
        if rng.random() < 0.2:
            filters["min_credibility"] = float(rng.choice([0.6, 0.7, 0.75, 0.8]))

        span = _band_span(lo, hi)
        names = [COUNTRIES[c][0] for c in chosen]
        place = _join(names)
        name = f"{who} {span} in {place} into {phrases[0]}"
        description = (f"{who} aged {span} living in {place}. They spend their free time on "
                       f"{_join(phrases)}, and follow creators who talk about "
                       f"{niche.topics[int(rng.integers(len(niche.topics)))]}.")
        out.append(SimSegment(
            id=f"{prefix}rnd-{i + 1:03d}-{niche_key}-{region.replace('_', '-')}", name=name,
            description=description, ages=ages, interests=phrases, genders=genders,
            countries=countries, languages=languages, filters=filters or None,
            **_maps(vocab, phrases)))
    return out
