"""From customers to creators: a shortlist for every discovered segment."""

from __future__ import annotations

from matcher.discovery.discover import Discovery
from matcher.service import Matcher


def shortlist_segments(found: Discovery, matcher: Matcher, k: int) -> Discovery:
    """Attach the ``k`` best creators of ``matcher``'s catalogue to each published segment."""
    for item in found.segments:
        item.shortlist = matcher.shortlist(item.segment, k=k).to_dict()["results"]
    return found
