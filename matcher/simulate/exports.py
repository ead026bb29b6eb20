"""Exports that describe creators as real ranking exports do, over a reference from elsewhere.

A real "top creators" export (Instagram, YouTube) gives a creator's handle, display name, one
or two category names in the vendor's own vocabulary, followers, engagement and top audience
country: no bio, no own country or language, no credibility, no other audience block. It is
scored against a reference catalogue of fully reported creators that come from somewhere
else (the bundled fixtures), so an exported creator's top country and topic are often rare
there. ``realistic_exports`` builds such a catalogue from a world: the ``share`` of its
creators with the most followers on their platform, as export rows, beside the full reports
of a second world (the reference) of ``REFERENCE_CREATORS`` creators. The exported creators
keep their ids, so the world's truth judges them; the reference's ids carry
``REFERENCE_PREFIX``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from .vocab import PLATFORMS
from .world import COUNTRY_CODES, World, build_world

#: The vendor category names a creator of each niche is listed under: the Instagram ranking
#: export's vocabulary, which shares few names with the simulator's own categories.
EXPORT_CATEGORIES: dict[str, tuple[str, ...]] = {
    "parenting": ("Family", "Kids & Toys"),
    "fitness": ("Fitness & Gym", "Trainers & Coaches"),
    "wellness": ("Fitness & Gym", "Lifestyle"),
    "beauty": ("Beauty", "Modeling"),
    "fashion": ("Fashion", "Clothing & Outfits", "Modeling"),
    "gaming": ("Gaming",),
    "tech": ("Computers & Gadgets", "Machinery & Technologies", "Science"),
    "finance": ("Finance & Economics", "Business & Careers"),
    "food": ("Food & Cooking",),
    "travel": ("Travel", "Nature & landscapes"),
    "music": ("Music", "Shows"),
    "sustainability": ("Nature & landscapes", "Lifestyle"),
    "pets": ("Animals",),
    "cars": ("Cars & Motorbikes", "Racing Sports"),
    "sports": ("Sports with a ball", "Racing Sports", "Winter sports"),
    "home": ("Art/Artists", "Shopping & Retail", "Lifestyle"),
    "entertainment": ("Cinema & Actors/actresses", "Shows", "Humor & Fun & Happiness"),
    "education": ("Education", "Science", "Literature & Journalism"),
    "luxury": ("Luxury", "Lifestyle", "Modeling"),
    "outdoor": ("Extreme Sports & Outdoor activity", "Nature & landscapes", "Travel"),
    "photography": ("Photography", "Art/Artists"),
}
GENERIC_CATEGORY = "Lifestyle"   # the vendor's catch-all, on a fifth of real rows
GENERIC_SHARE = 0.2              # chance a second category is the catch-all
CATEGORY_COUNT_SHARES = (0.05, 0.62, 0.33)  # rows with 0, 1, 2 categories (Instagram 2022-12)
REFERENCE_CREATORS = 5000        # fully reported creators of the reference, as the fixtures
REFERENCE_SEED_OFFSET = 1000     # the reference world's seed: the world's seed plus this
REFERENCE_PREFIX = "ref-"        # prefix of the reference creators' ids and handles


@dataclass(frozen=True)
class ExportCatalogue:
    """The rows a service is built over, and which of the world's creators were exported."""

    rows: list[dict[str, Any]]   # the reference's full reports, then the export rows
    exported: np.ndarray         # (creators of the world,) bool
    reference: World


def ranking_rows(world: World, share: float) -> np.ndarray:
    """The ``share`` of each platform's creators with the most followers: a ranking export
    per platform."""
    cr = world.creators
    chosen = np.zeros(len(cr), dtype=bool)
    for p in range(len(PLATFORMS)):
        rows = np.flatnonzero(cr.platform == p)
        order = rows[np.argsort(-cr.followers[rows], kind="stable")]
        chosen[order[:int(round(share * len(rows)))]] = True
    return chosen


def _categories(rng: np.random.Generator, niche: str) -> list[str]:
    count = int(rng.choice(3, p=CATEGORY_COUNT_SHARES))
    own = list(EXPORT_CATEGORIES[niche])
    picked = [own.pop(int(rng.integers(len(own))))] if count else []
    if count == 2:
        second = (GENERIC_CATEGORY if rng.random() < GENERIC_SHARE or not own
                  else own[int(rng.integers(len(own)))])
        if second not in picked:
            picked.append(second)
    return picked


def export_row(world: World, row: int, rng: np.random.Generator) -> dict[str, Any]:
    """Creator ``row`` of the world as a ranking export describes it (the fields the shipped
    ``instagram-top-creators`` and ``youtube-top-creators`` mappings read)."""
    cr = world.creators
    top = COUNTRY_CODES[int(np.argmax(world.sample.country[row]))]
    return {"id": cr.ids[row], "handle": cr.handles[row], "name": cr.names[row],
            "platform": PLATFORMS[cr.platform[row]],
            "categories": _categories(rng, cr.content_niche[row]),
            "followers": int(cr.followers[row]),
            "engagement_rate": round(float(cr.engagement_rate[row]), 4),
            "avg_views": int(cr.avg_views[row]),
            "audience": {"top_countries": [top]}}


def reference_world(world: World, creators: int = REFERENCE_CREATORS) -> World:
    """The world the reference catalogue comes from: its communities' niches and regions drawn
    at random, so that its topics sit in other countries than the world's, as the fixtures'
    do against real creators."""
    return build_world(world.seed + REFERENCE_SEED_OFFSET, creators,
                       vocabulary=world.vocabulary, anchored=False)


def realistic_exports(world: World, share: float, reference_creators: int = REFERENCE_CREATORS
                      ) -> ExportCatalogue:
    """The ``share`` of the world's creators with most followers on their platform, exported
    as real ranking exports are, beside the full reports of a reference world."""
    reference = reference_world(world, reference_creators)
    rows = []
    for profile in reference.reported_profiles():
        rows.append({**profile, "id": REFERENCE_PREFIX + profile["id"],
                     "handle": REFERENCE_PREFIX + profile["handle"]})
    exported = ranking_rows(world, share)
    rng = np.random.default_rng([world.seed, 19, 2])
    rows += [export_row(world, int(r), rng) for r in np.flatnonzero(exported)]
    return ExportCatalogue(rows=rows, exported=exported, reference=reference)
