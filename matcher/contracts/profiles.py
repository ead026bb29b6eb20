"""The data contracts: influencer profiles and audience segments.

Field names are the contract; ``matcher schema`` and ``GET /v1/schemas/{name}`` export them
as JSON Schema. The models validate *clean* data; turning messy vendor exports into clean
data is ``matcher/ingest/normalise.py``'s job.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    ValidationInfo,
    field_validator,
    model_validator,
)

from matcher.config import get_settings
from matcher.contracts.codes import COUNTRY_CODES, LANGUAGE_CODES, country_code, language_code
from matcher.contracts.sketches import SKETCH_SEED, decode_sketch
from matcher.errors import FieldError

AGE_BANDS: tuple[str, ...] = ("13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
GENDERS: tuple[str, ...] = ("female", "male", "other")
AgeBand = Literal["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
Gender = Literal["female", "male", "other"]
Share = Annotated[float, Field(ge=0.0, le=1.0)]
#: Engagement is a ratio, not a probability: viral posts draw more engagements than followers.
ENGAGEMENT_RATIO_MAX = 100.0
# A segment's numbers are written by a person or a program, never coerced: true is not 1.
StrictShare = Annotated[float, Field(ge=0.0, le=1.0), Strict()]

#: A complete distribution (age, gender) must sum to 1 within this tolerance once clean.
SUM_TOLERANCE = 0.02
#: A joint block's country total may differ from the ``countries`` block's share, and its
#: band total over countries exceed the ``age`` block's, by at most this (rounded reports).
JOINT_TOLERANCE = 0.05
#: Larger than any audience on Earth, small enough for SQLite and int64 arithmetic.
MAX_COUNT = 10**13
_SLUG = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$")


class Platform(StrEnum):
    instagram = "instagram"
    tiktok = "tiktok"
    youtube = "youtube"
    twitch = "twitch"
    x = "x"
    facebook = "facebook"
    snapchat = "snapchat"
    pinterest = "pinterest"
    linkedin = "linkedin"


def unencodable_text(value: object, path: str = "") -> str | None:
    """The dotted path of the first string in ``value`` that is not valid Unicode text (a lone
    surrogate such as "\\ud800" decodes from JSON but cannot be stored or returned)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return path or "value"
        return None
    if isinstance(value, BaseModel):
        value = dict(value)
    if isinstance(value, dict):
        for key, item in value.items():
            where = f"{path}.{key}" if path else str(key)
            found = unencodable_text(key, where) or unencodable_text(item, where)
            if found:
                return found
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = unencodable_text(item, f"{path}[{index}]")
            if found:
                return found
    return None


# Lists of ids a request names to leave out (already booked, already seen): only the body
# limit bounds them.
UNCAPPED_LISTS = ("exclude_ids",)


def oversized(value: object, max_chars: int, max_items: int, path: str = ""
              ) -> tuple[str, str] | None:
    """The path of the first text longer than ``max_chars`` or list or block with more than
    ``max_items`` entries in ``value``, and what was found."""
    if isinstance(value, str):
        return (path or "value", f"{len(value):,} characters") if len(value) > max_chars \
            else None
    if isinstance(value, (dict, list, tuple)) and len(value) > max_items \
            and not path.endswith(UNCAPPED_LISTS):
        return path or "value", f"{len(value):,} entries"
    items = (value.items() if isinstance(value, dict) else enumerate(value)
             if isinstance(value, (list, tuple)) else ())
    for key, item in items:
        if isinstance(key, str) and len(key) > max_chars:  # a label is a text too
            return f"{path}.{key[:40]}..." if path else f"{key[:40]}...", \
                f"a key of {len(key):,} characters"
        found = oversized(item, max_chars, max_items,
                          f"{path}.{key}" if isinstance(value, dict) and path else
                          str(key) if isinstance(value, dict) else f"{path}[{key}]")
        if found:
            return found
    return None


def _valid_text(data: object, uncapped: tuple[str, ...] = ()) -> None:
    """Every text valid Unicode and within MATCHER_MAX_TEXT_CHARS, every list and block
    within MATCHER_MAX_ITEMS (but the top-level fields ``uncapped``, with limits of their
    own), else a ``FieldError`` naming the field."""
    where = unencodable_text(data)
    if where is not None:
        printable = where.encode("utf-8", "backslashreplace").decode("utf-8")
        raise FieldError(printable, "text must be valid Unicode (a lone surrogate is not)")
    settings = get_settings()
    if uncapped and isinstance(data, dict):  # their texts are checked, their count is not
        data = {k: v[:settings.max_items] if k in uncapped and isinstance(v, list) else v
                for k, v in data.items()}
    found = oversized(data, settings.max_text_chars, settings.max_items)
    if found is not None:
        where, what = found
        printable = where.encode("utf-8", "backslashreplace").decode("utf-8")[:120]
        raise FieldError(printable, f"{what}, over the limit of {settings.max_text_chars:,} "
                         f"characters a text and {settings.max_items:,} entries a list "
                         "(MATCHER_MAX_TEXT_CHARS, MATCHER_MAX_ITEMS)")


def _check_complete(block: dict[str, float], name: str) -> dict[str, float]:
    total = sum(block.values())
    if block and abs(total - 1.0) > SUM_TOLERANCE:
        raise ValueError(f"{name} shares sum to {total:.3f}, expected 1 (+/- {SUM_TOLERANCE})")
    return block


def _check_partial(block: dict[str, float], name: str) -> dict[str, float]:
    total = sum(block.values())
    if total > 1.0 + SUM_TOLERANCE:
        raise ValueError(f"{name} shares sum to {total:.3f}, expected at most 1")
    return block


class Audience(BaseModel):
    """Who follows a creator. Every block is optional: a missing block is unknown, not zero."""

    model_config = ConfigDict(extra="forbid")

    age: dict[AgeBand, Share] | None = Field(None, description="Share of the audience per band.")
    gender: dict[Gender, Share] | None = Field(None, description="female / male / other shares.")
    countries: dict[str, Share] | None = Field(
        None, description="ISO 3166-1 alpha-2 -> share; usually only the top countries."
    )
    languages: dict[str, Share] | None = Field(None, description="ISO 639-1 -> share.")
    interests: dict[str, Share] | None = Field(
        None,
        description="Provider interest label -> share of followers holding it; "
        "shares do not sum to 1.",
    )
    age_gender: dict[Gender, dict[AgeBand, Share]] | None = Field(
        None, description="Optional joint block: gender -> band -> share of the whole audience."
    )
    age_country: dict[str, dict[AgeBand, Share]] | None = Field(
        None, description="Optional joint block: ISO 3166-1 alpha-2 country -> band -> share of "
                          "the whole audience; usually only the top countries, so the shares "
                          "sum to at most 1. Each country's bands sum to its countries share, "
                          "each band over countries to at most its age share (within "
                          "JOINT_TOLERANCE); scored only beside countries and age blocks.",
    )
    top_countries: list[str] | None = Field(
        None, description="The audience's countries in order, without shares, as exports give "
                          "them (a single top audience country is a list of one). With no "
                          "countries block, the first one conditions its estimate.",
    )
    top_languages: list[str] | None = Field(
        None, description="The audience's languages (ISO 639-1) in order, without shares. With "
                          "no languages block, the first one conditions its estimate.",
    )
    top_interests: list[str] | None = Field(
        None, description="The audience's interest labels in order, without shares, as "
                          "exports of top audience interests give them (labels as the "
                          "interests block writes them). With no interests block, they "
                          "condition its estimate from the nearest reported creators.",
    )
    dominant_gender: Gender | None = Field(
        None, description="The audience's largest gender, without shares. With no gender "
                          "block, it conditions the gender estimate.",
    )
    dominant_age: AgeBand | None = Field(
        None, description="The audience's largest age band, without shares. With no age "
                          "block, it conditions the age estimate.",
    )

    @field_validator("age")
    @classmethod
    def _age_sums_to_one(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        return None if v is None else _check_complete(v, "age")

    @field_validator("gender")
    @classmethod
    def _gender_sums_to_one(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        return None if v is None else _check_complete(v, "gender")

    @field_validator("countries")
    @classmethod
    def _countries_are_iso(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        if v is None:
            return None
        for code in v:
            if code not in COUNTRY_CODES:
                raise ValueError(f"unknown country code {code!r}, expected ISO 3166-1 alpha-2")
        return _check_partial(v, "countries")

    @field_validator("languages")
    @classmethod
    def _languages_are_iso(cls, v: dict[str, float] | None) -> dict[str, float] | None:
        if v is None:
            return None
        for code in v:
            if code not in LANGUAGE_CODES:
                raise ValueError(f"unknown language code {code!r}, expected ISO 639-1")
        return _check_partial(v, "languages")

    @field_validator("top_countries", "top_languages", mode="before")
    @classmethod
    def _ranked_countries(cls, v: object) -> object:
        if isinstance(v, str):
            return [v]
        return v

    @field_validator("top_countries", "top_languages")
    @classmethod
    def _ranked_codes_are_iso(cls, v: list[str] | None, info: ValidationInfo
                              ) -> list[str] | None:
        if v is None:
            return None
        kind, known, standard = (("country", COUNTRY_CODES, "ISO 3166-1 alpha-2")
                                 if info.field_name == "top_countries"
                                 else ("language", LANGUAGE_CODES, "ISO 639-1"))
        for code in v:
            if code not in known:
                raise ValueError(f"unknown {kind} code {code!r}, expected {standard}")
        if len(set(v)) != len(v):
            raise ValueError(f"a {kind} appears twice in the ranked list {v}")
        return v or None

    @field_validator("top_interests", mode="before")
    @classmethod
    def _ranked_interest_list(cls, v: object) -> object:
        return [v] if isinstance(v, str) else v

    @field_validator("top_interests")
    @classmethod
    def _ranked_labels_are_distinct(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return None
        labels = [label.strip() for label in v]
        if any(not label for label in labels):
            raise ValueError("a ranked interest label is empty")
        if len(set(labels)) != len(labels):
            raise ValueError(f"an interest appears twice in the ranked list {labels}")
        return labels or None

    @model_validator(mode="after")
    def _ranked_order_agrees_with_shares(self, info: ValidationInfo) -> Audience:
        for ranked, block, name in ((self.top_countries, self.countries, "countries"),
                                    (self.top_languages, self.languages, "languages"),
                                    (self.top_interests, self.interests, "interests")):
            if ranked and block:
                shares = [block[c] for c in ranked if c in block]
                if any(b > a + 1e-9 for a, b in zip(shares, shares[1:], strict=False)):
                    raise FieldError(f"top_{name}", f"the ranked order {ranked} contradicts "
                                     f"the {name} block's shares")
        named_blocks: tuple[tuple[str | None, Mapping[Any, float] | None, str], ...] = (
            (self.dominant_gender, self.gender, "gender"), (self.dominant_age, self.age, "age"))
        for named, given, name in named_blocks:
            if named and given and given.get(named, 0.0) < max(given.values()) - 1e-9:
                raise FieldError(f"dominant_{name}", f"{named!r} is not the largest share of "
                                 f"the {name} block")
        if not (info.context and info.context.get("stored")):  # stored before it was checked
            self._joint_country_agrees_with_marginals()
        return self

    def _joint_country_agrees_with_marginals(self) -> None:
        if not self.age_country:
            return
        for code, bands in self.age_country.items():
            total = sum(bands.values())
            if self.countries and code in self.countries and (
                    abs(total - self.countries[code]) > JOINT_TOLERANCE):
                raise FieldError(f"age_country.{code}",
                                 f"{code}'s bands sum to {total:.3f} but the "
                                 f"countries block gives {code} {self.countries[code]:.3f}")
        if self.age:
            for band, share in self.age.items():
                total = sum(bands.get(band, 0.0) for bands in self.age_country.values())
                if total > share + JOINT_TOLERANCE:
                    raise FieldError("age_country",
                                     f"band {band} sums to {total:.3f} over its "
                                     f"countries, more than the age block's {share:.3f}")

    @field_validator("age_gender")
    @classmethod
    def _joint_sums_to_one(
        cls, v: dict[str, dict[str, float]] | None
    ) -> dict[str, dict[str, float]] | None:
        if v is None:
            return None
        _check_complete({f"{g}:{b}": s for g, bands in v.items() for b, s in bands.items()},
                        "age_gender")
        return v

    @field_validator("age_country")
    @classmethod
    def _joint_countries_are_iso(
        cls, v: dict[str, dict[str, float]] | None
    ) -> dict[str, dict[str, float]] | None:
        if v is None:
            return None
        for code in v:
            if code not in COUNTRY_CODES:
                raise ValueError(f"unknown country code {code!r}, expected ISO 3166-1 alpha-2")
        _check_partial({f"{c}:{b}": s for c, bands in v.items() for b, s in bands.items()},
                       "age_country")
        return v

    def missing_blocks(self) -> list[str]:
        return [b for b in ("age", "gender", "countries", "languages", "interests")
                if not getattr(self, b)]


class Influencer(BaseModel):
    """One creator profile: the unit of the catalogue, keyed by ``id``."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(..., min_length=1, max_length=128, description="Unique, stable key.")
    handle: str = Field("", description="The creator's handle on the platform.")
    name: str = Field("", description="Display name.")
    platform: Platform
    bio: str = Field("", description="Free text, any language.")
    categories: list[str] = Field(default_factory=list, description="Content niches.")
    country: str | None = Field(None, description="The creator's own country, ISO 3166-1 alpha-2.")
    language: str | None = Field(None, description="The creator's own language, ISO 639-1.")
    followers: int = Field(..., ge=0, le=MAX_COUNT)
    engagement_rate: float | None = Field(
        None, ge=0.0, le=ENGAGEMENT_RATIO_MAX,
        description="Engagements per post over followers; above 1 when posts reach beyond "
                    "the followers (viral). In a roster a bare number from 1 to 100 is a "
                    "percentage (3.1 is 3.1%): write a ratio above 1 as a percentage "
                    "('1500%'), or let a mapping's ratio compute it. Unknown when omitted: "
                    "then it counts as the median of its platform and follower tier.")
    avg_views: int | None = Field(None, ge=0, le=MAX_COUNT)
    credibility: float | None = Field(None, ge=0.0, le=1.0, description="Share of real followers.")
    price_usd: float | None = Field(None, ge=0.0, le=1e12, description="Price per post.")
    audience: Audience = Field(default_factory=Audience)
    audience_sketch: str | None = Field(
        None, description="Optional: base64 of a compact serialised Apache DataSketches Theta "
                          f"sketch of the creator's hashed follower ids, seed {SKETCH_SEED} "
                          "(docs/data-formats.md). With it, a plan measures this creator's "
                          "overlap with other sketched creators instead of modelling it.")

    @field_validator("audience_sketch")
    @classmethod
    def _sketch_is_theta(cls, v: str | None, info: ValidationInfo) -> str | None:
        if v is None or (info.context and info.context.get("stored")):
            return v
        decode_sketch(v)
        return v.strip()

    @field_validator("country")
    @classmethod
    def _country_is_iso(cls, v: str | None) -> str | None:
        if v is not None and v not in COUNTRY_CODES:
            raise ValueError(f"unknown country code {v!r}, expected ISO 3166-1 alpha-2")
        return v

    @field_validator("language")
    @classmethod
    def _language_is_iso(cls, v: str | None) -> str | None:
        if v is not None and v not in LANGUAGE_CODES:
            raise ValueError(f"unknown language code {v!r}, expected ISO 639-1")
        return v

    @model_validator(mode="before")
    @classmethod
    def _text_is_unicode(cls, data: Any, info: ValidationInfo) -> Any:
        if not (info.context and info.context.get("stored")):  # checked when it was written
            if isinstance(data, dict) and "audience_sketch" in data:  # a limit of its own
                _valid_text({k: v for k, v in data.items() if k != "audience_sketch"})
            else:
                _valid_text(data)
        return data


class AgeRange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min: Annotated[int, Strict()] = Field(13, ge=13, le=100)
    max: Annotated[int, Strict()] = Field(100, ge=13, le=120)

    @model_validator(mode="after")
    def _ordered(self) -> AgeRange:
        if self.max < self.min:
            raise ValueError(f"max ({self.max}) is below min ({self.min})")
        return self


class FollowerRange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min: Annotated[int, Strict()] | None = Field(None, ge=0, le=MAX_COUNT)
    max: Annotated[int, Strict()] | None = Field(None, ge=0, le=MAX_COUNT)


Factor = Literal["age", "gender", "country", "language", "interest"]


class Filters(BaseModel):
    """Hard constraints on the creator; they run inside the FAISS search."""

    model_config = ConfigDict(extra="forbid")

    platforms: list[Platform] | None = None
    followers: FollowerRange | None = None
    min_credibility: StrictShare | None = None
    unknown_credibility: Literal["exclude", "catalogue_median"] = Field(
        "catalogue_median",
        description="How min_credibility treats a creator whose credibility is not reported "
        "(ranking exports report none): 'catalogue_median' (the default: it is judged on the "
        "catalogue's median credibility, the figure its fit and reach already use, and the "
        "shortlist warns how many listed creators passed that way) or 'exclude' (it does not "
        "pass, for buyers who list only creators with a reported credibility).",
    )
    exclude_ids: list[str] = Field(default_factory=list)
    min_share: dict[Factor, StrictShare] = Field(
        default_factory=dict,
        description="Minimum factor share, e.g. {country: 0.5}: at least half the audience "
        "in the target countries. A creator missing that block does not pass.",
    )


class Segment(BaseModel):
    """An audience persona: who the brand wants to reach."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field("inline", description="Slug; the file stem for bundled segments.")
    name: str = ""
    description: str = Field("", description="The persona in prose; matched against content.")
    ages: list[AgeBand] | AgeRange | None = Field(None, description="Bands, or {min, max}.")
    genders: list[Gender] | None = Field(None, description="Omitted = any.")
    countries: dict[str, Annotated[float, Strict()]] | list[str] | None = Field(
        None, description="ISO2 -> relative weight; a list means all count fully."
    )
    languages: list[str] | None = None
    interests: list[str] = Field(default_factory=list)
    interest_labels: dict[str, list[str]] | None = Field(
        None, description="Pinned interest matches: phrase -> the provider labels it means, "
                          "overriding inference for that phrase; [] forbids every label.")
    filters: Filters = Field(default_factory=Filters)

    @model_validator(mode="before")
    @classmethod
    def _text_is_unicode(cls, data: Any, info: ValidationInfo) -> Any:
        if not (info.context and info.context.get("stored")):  # checked when it was written
            _valid_text(data, uncapped=("interests",))
        return data

    @field_validator("interests")
    @classmethod
    def _few_enough_phrases(cls, v: list[str]) -> list[str]:
        limit = get_settings().max_interest_phrases
        if len(v) > limit:
            raise ValueError(f"{len(v):,} interest phrases, over the limit of {limit:,} "
                             "(MATCHER_MAX_INTEREST_PHRASES)")
        return v

    @model_validator(mode="after")
    def _pins_name_phrases(self) -> Segment:
        for phrase in self.interest_labels or {}:
            if phrase not in self.interests:
                raise ValueError(f"interest_labels: {phrase!r} is not one of the segment's "
                                 f"interests {self.interests}")
        return self

    @field_validator("id")
    @classmethod
    def _id_is_slug(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError("must be a slug of letters, digits, '-', '_', '.', ':'")
        return v

    @field_validator("countries")
    @classmethod
    def _country_codes(
        cls, v: dict[str, float] | list[str] | None
    ) -> dict[str, float] | list[str] | None:
        if v is None:
            return None
        if isinstance(v, list):
            return [country_code(c) for c in v]
        weights = {country_code(c): w for c, w in v.items()}
        if not all(math.isfinite(w) for w in weights.values()):
            raise ValueError("country weights must be finite numbers")
        if any(w < 0 for w in weights.values()) or not any(w > 0 for w in weights.values()):
            raise ValueError("country weights must be >= 0 with at least one > 0")
        return weights

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, v: list[str] | None) -> list[str] | None:
        return None if v is None else [language_code(code) for code in v]

    def age_weights(self) -> dict[str, float] | None:
        """Target weight of each band: 1 inside, the overlapping fraction for a cut band."""
        if self.ages is None:
            return None
        if isinstance(self.ages, list):
            return {b: 1.0 for b in self.ages}
        weights: dict[str, float] = {}
        for band in AGE_BANDS:
            lo, hi = (65, 80) if band == "65+" else map(int, band.split("-"))
            overlap = min(hi, self.ages.max) - max(lo, self.ages.min) + 1
            if overlap > 0:
                weights[band] = round(overlap / (hi - lo + 1), 4)
        return weights

    def country_weights(self) -> dict[str, float] | None:
        if self.countries is None:
            return None
        if isinstance(self.countries, list):
            return {c: 1.0 for c in self.countries}
        top = max(self.countries.values())
        return {c: w / top for c, w in self.countries.items() if w > 0}

    def persona_text(self) -> str:
        parts = [self.name, self.description, ", ".join(self.interests)]
        return ". ".join(p.strip() for p in parts if p and p.strip())
