"""A creator's audience written as a segment, so that lookalikes are an ordinary shortlist."""

from __future__ import annotations

import re
from typing import Any

from matcher.contracts.profiles import AGE_BANDS, Influencer, Segment


def lookalike_segment(profile: Influencer) -> Segment:
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
        top_labels = sorted(audience.interests.items(), key=lambda kv: -kv[1])[:5]
        data["interests"] = [label for label, _ in top_labels]
    return Segment.model_validate(data)
