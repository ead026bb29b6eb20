"""A cluster of customers -> a published segment: the segment contract, its figures, a
persona written from what distinguishes it, and those distinctions in numbers.

Every figure is an aggregate over at least the minimum segment size of customers. The
contract's targets are read off the cluster's distributions:

* ages: the bands holding at least ``BAND_FLOOR`` of the members whose age is known;
* genders: one gender when it holds ``GENDER_FLOOR`` of them, else any;
* countries: those holding ``COUNTRY_FLOOR``, weighted by share over the largest one's;
* languages: those holding ``LANGUAGE_FLOOR``;
* interests: up to ``MAX_PHRASES`` phrases held by ``PHRASE_FLOOR`` of the members and at
  least ``PHRASE_LIFT`` times as often as by the other customers, most frequent first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pycountry

from matcher.contracts.profiles import AGE_BANDS, Segment

BAND_FLOOR = 0.12
GENDER_FLOOR = 0.8
COUNTRY_FLOOR = 0.05
LANGUAGE_FLOOR = 0.10
PHRASE_FLOOR = 0.2
PHRASE_LIFT = 1.5
MAX_PHRASES = 5
DISTINCTIONS = 6
#: Interest phrases held by at least this share of a segment are listed in its figures.
INTEREST_SHOWN = 0.05


@dataclass
class Distribution:
    """Shares of the members whose value is known, and how many that is."""

    shares: dict[str, float]
    known: int

    def to_dict(self) -> dict[str, Any]:
        return {"known": self.known,
                "shares": {k: round(v, 4) for k, v in self.shares.items()}}


@dataclass
class Figures:
    """Aggregates of one group of customers (a segment, or all of them)."""

    size: int
    revenue: float
    orders: float
    ages: Distribution
    genders: Distribution
    countries: Distribution
    languages: Distribution
    phrases: dict[str, float]  # share of members holding each phrase

    def mean_orders(self) -> float:
        return self.orders / max(self.size, 1)

    def mean_revenue(self) -> float:
        return self.revenue / max(self.size, 1)


@dataclass
class DiscoveredSegment:
    segment: Segment
    figures: Figures
    share_of_customers: float
    share_of_revenue: float
    stability: float
    distinctions: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)
    cluster: int = -1
    shortlist: list[dict[str, Any]] | None = None

    def to_dict(self) -> dict[str, Any]:
        f = self.figures
        out: dict[str, Any] = {
            "id": self.segment.id, "name": self.segment.name,
            "persona": self.segment.description,
            "size": f.size, "share_of_customers": round(self.share_of_customers, 4),
            "share_of_revenue": round(self.share_of_revenue, 4),
            "mean_orders": round(f.mean_orders(), 3),
            "mean_revenue": round(f.mean_revenue(), 2),
            "stability": round(self.stability, 3),
            "ages": f.ages.to_dict(), "genders": f.genders.to_dict(),
            "countries": f.countries.to_dict(), "languages": f.languages.to_dict(),
            "interests": {"known": f.size, "shares": {
                p: round(v, 4) for p, v in sorted(f.phrases.items(), key=lambda kv: -kv[1])
                if v >= INTEREST_SHOWN}},
            "distinctions": self.distinctions, "warnings": self.warnings,
            "segment": self.segment.model_dump(mode="json", exclude_defaults=True),
        }
        if self.shortlist is not None:
            out["shortlist"] = self.shortlist
        return out


def _top(shares: dict[str, float], floor: float) -> list[str]:
    return [k for k, v in sorted(shares.items(), key=lambda kv: -kv[1]) if v >= floor]


def _country_name(code: str) -> str:
    found = pycountry.countries.get(alpha_2=code)
    return str(getattr(found, "common_name", None) or found.name) if found else code


def _language_name(code: str) -> str:
    found = pycountry.languages.get(alpha_2=code)
    return str(found.name) if found else code


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _age_text(bands: list[str]) -> str:
    if not bands:
        return ""
    ordered = sorted(bands, key=AGE_BANDS.index)
    indexes = [AGE_BANDS.index(b) for b in ordered]
    if indexes == list(range(indexes[0], indexes[-1] + 1)):
        low = ordered[0].split("-")[0].rstrip("+")
        high = ordered[-1].split("-")[-1]
        return f"aged {low}+" if ordered[-1] == "65+" else f"aged {low}-{high}"
    return "aged " + _join(ordered)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "segment"


def segment_contract(figures: Figures, overall: Figures, segment_id: str) -> Segment:
    """The segment a shortlist is asked for, and its name and persona."""
    ages = sorted(_top(figures.ages.shares, BAND_FLOOR), key=AGE_BANDS.index)
    gender = _top(figures.genders.shares, GENDER_FLOOR)
    countries = _top(figures.countries.shares, COUNTRY_FLOOR)
    languages = _top(figures.languages.shares, LANGUAGE_FLOOR)
    rest = max(overall.size - figures.size, 1)

    def elsewhere(phrase: str) -> float:
        held = overall.phrases.get(phrase, 0.0) * overall.size
        return max(held - figures.phrases[phrase] * figures.size, 0.0) / rest

    phrases = [p for p, share in sorted(figures.phrases.items(), key=lambda kv: -kv[1])
               if share >= PHRASE_FLOOR and share >= PHRASE_LIFT * elsewhere(p)][:MAX_PHRASES]
    top_share = max((figures.countries.shares[c] for c in countries), default=1.0)
    who = {"female": "Women", "male": "Men", "other": "People of other genders"}.get(
        gender[0] if len(gender) == 1 else "", "Customers")
    where = _join([_country_name(c) for c in countries[:4]]) if countries else ""
    speaking = _join([_language_name(x) for x in languages[:3]]) if languages else ""
    age = _age_text(ages) if ages and len(ages) < len(AGE_BANDS) else ""
    name = " ".join(part for part in (
        who, age.replace("aged ", ""), f"in {'/'.join(countries[:3])}" if countries else "",
        f"into {phrases[0]}" if phrases else "") if part)
    sentence = " ".join(part for part in (
        who, age, f"in {where}" if where else "",
        f"speaking {speaking}" if speaking else "") if part)
    if phrases:
        sentence += f", into {_join(phrases)}"
    sentence += (f". {figures.mean_orders():.1f} orders and {figures.mean_revenue():,.0f} "
                 f"spent per customer (all customers: {overall.mean_orders():.1f} and "
                 f"{overall.mean_revenue():,.0f}).")
    return Segment(
        id=segment_id, name=name, description=sentence,
        ages=ages if ages and len(ages) < len(AGE_BANDS) else None,
        genders=gender if len(gender) == 1 else None,
        countries={c: round(figures.countries.shares[c] / top_share, 2) for c in countries}
        or None,
        languages=languages or None, interests=phrases)


def distinctions(figures: Figures, overall: Figures) -> list[dict[str, Any]]:
    """The features whose share differs most from all customers', largest first, then how
    its order figures compare."""
    rows: list[dict[str, Any]] = []
    for kind, mine, everyone in (
            ("age", figures.ages.shares, overall.ages.shares),
            ("gender", figures.genders.shares, overall.genders.shares),
            ("country", figures.countries.shares, overall.countries.shares),
            ("language", figures.languages.shares, overall.languages.shares),
            ("interest", figures.phrases, overall.phrases)):
        for value, share in mine.items():
            base = everyone.get(value, 0.0)
            rows.append({"feature": kind, "value": value, "segment": round(share, 4),
                         "all_customers": round(base, 4),
                         "lift": round(share / base, 2) if base > 0 else None})
    rows.sort(key=lambda r: -abs(r["segment"] - r["all_customers"]))
    out = rows[:DISTINCTIONS]
    for kind, mine_value, all_value in (
            ("mean_orders", figures.mean_orders(), overall.mean_orders()),
            ("mean_revenue", figures.mean_revenue(), overall.mean_revenue())):
        out.append({"feature": kind, "value": None, "segment": round(mine_value, 2),
                    "all_customers": round(all_value, 2),
                    "lift": round(mine_value / all_value, 2) if all_value > 0 else None})
    return out


def distribution(counts: np.ndarray, names: list[str] | tuple[str, ...]) -> Distribution:
    total = int(counts.sum())
    return Distribution({names[i]: float(c) / total for i, c in enumerate(counts) if c > 0}
                        if total else {}, total)

