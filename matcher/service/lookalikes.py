"""A creator's audience written as a segment, so that lookalikes are an ordinary shortlist."""

from __future__ import annotations

import re
from typing import Any

from matcher.contracts.profiles import AGE_BANDS, Influencer, Segment

# Chosen on the bundled (default-vocabulary) catalogue, where an audience's top five labels
# hold 6-67% (p10-p90): the small ones are labels common in every audience. See
# docs/design-notes/2026-12-03-planner-trust.md.
INTEREST_MIN_SHARE = 0.10
INTEREST_OF_TOP = 0.25
INTEREST_MIN_LIFT = 1.5


def lookalike_segment(profile: Influencer, label_means: dict[str, float] | None = None
                      ) -> Segment:
    """A segment describing a creator's audience: its main bands, genders, countries,
    languages and interests, weighted as the audience is."""
    audience = profile.audience
    slug = re.sub(r"[^A-Za-z0-9_.:-]", "-", profile.id)  # ids may hold spaces and slashes
    data: dict[str, Any] = {"id": f"lookalike-{slug}"[:128],
                            "name": f"Audiences like {profile.handle or profile.id}'s",
                            "filters": {"exclude_ids": [profile.id]}}
    if audience.age:
        ranked = sorted(audience.age.items(), key=lambda kv: -kv[1])
        chosen, covered = [], 0.0
        for band, share in ranked:
            chosen.append(band)
            covered += share
            if covered >= 0.7:
                break
        data["ages"] = [b for b in AGE_BANDS if b in chosen]
    if audience.gender:
        gender, share = max(audience.gender.items(), key=lambda kv: kv[1])
        if share >= 0.65:
            data["genders"] = [gender]
    if audience.countries:
        top = sorted(audience.countries.items(), key=lambda kv: -kv[1])[:5]
        data["countries"] = {c: round(s, 4) for c, s in top if s > 0}
    if audience.languages:
        data["languages"] = [lang for lang, s in audience.languages.items() if s >= 0.2][:3] \
            or None
    if audience.interests:
        data["interests"] = distinctive_interests(audience.interests, label_means or {})
    return Segment.model_validate(data)


def distinctive_interests(interests: dict[str, float], label_means: dict[str, float]
                          ) -> list[str]:
    """The audience's interests worth matching on: among its five largest, those held by at
    least INTEREST_MIN_SHARE of the audience and at least INTEREST_OF_TOP of its largest,
    and INTEREST_MIN_LIFT times as common as across the catalogue (a label without a
    catalogue mean counts as distinctive)."""
    ranked = sorted(interests.items(), key=lambda kv: -kv[1])[:5]
    floor = max(INTEREST_MIN_SHARE, INTEREST_OF_TOP * ranked[0][1])
    return [label for label, share in ranked
            if share >= floor and share >= INTEREST_MIN_LIFT * label_means.get(label, 0.0)]
