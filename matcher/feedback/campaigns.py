"""Campaigns of the live catalogue: create one for a segment, import its results.

The API and the CLI call these; both need the live catalogue (results are stored with it),
so a service reading a snapshot file answers ``ReadOnlyCatalogue``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from matcher.errors import InvalidInput, ReadOnlyCatalogue, UnknownSegment
from matcher.feedback.results import (
    Deleted,
    ImportResult,
    delete_rows,
    import_file,
    import_records,
)
from matcher.service import Matcher
from matcher.store import Campaign, Store


def campaign_store(matcher: Matcher) -> Store:
    if matcher.store is None:
        raise ReadOnlyCatalogue("campaigns and their results need the live catalogue; serve "
                                "without --index", field="campaign")
    return matcher.store


def put_campaign(matcher: Matcher, campaign_id: str, segment_id: str,
                 name: str | None = None) -> Campaign:
    """Create or rename a campaign, or point it at another segment while it has no results
    (rows without a segment column take the campaign's, so re-importing a file after the
    move would count its results a second time, under the new segment)."""
    store = campaign_store(matcher)
    if not campaign_id.strip():
        raise InvalidInput("a campaign needs a non-empty id", field="id")
    limit = matcher.settings.max_text_chars
    for field, text in (("id", campaign_id), ("name", name or "")):
        if len(text) > limit:
            raise InvalidInput(f"a campaign's {field} of {len(text):,} characters is longer "
                               f"than {limit:,} (MATCHER_MAX_TEXT_CHARS)", field=field)
    segment = matcher.resolve_segment(segment_id)
    existing = store.get_campaign(campaign_id)
    if existing is not None and existing.segment_id != segment.id:
        stored = len(store.results(campaign=campaign_id))
        if stored:
            raise InvalidInput(f"campaign {campaign_id!r} has {stored} result rows for segment "
                               f"{existing.segment_id!r}; its segment cannot change: create "
                               "another campaign", field="segment_id")
    return store.put_campaign(campaign_id, segment.id, name)


def _known(matcher: Matcher) -> Callable[[str], bool]:
    store = campaign_store(matcher)
    return lambda creator: store.get_profile(creator) is not None


def _known_segment(matcher: Matcher) -> Callable[[str], bool]:
    def known(segment_id: str) -> bool:
        try:
            matcher.resolve_segment(segment_id)
        except UnknownSegment:
            return False
        return True
    return known


def import_results_file(matcher: Matcher, campaign_id: str, path: str | Path,
                        replace: bool = False) -> ImportResult:
    return import_file(campaign_store(matcher), campaign_id, path, _known(matcher),
                       _known_segment(matcher), replace)


def import_results_records(matcher: Matcher, campaign_id: str,
                           records: Iterable[Mapping[str, Any]], replace: bool = False
                           ) -> ImportResult:
    return import_records(campaign_store(matcher), campaign_id, records, _known(matcher),
                          _known_segment(matcher), replace)


def delete_results(matcher: Matcher, campaign_id: str, *, creator: str | None = None,
                   segment: str | None = None, day: str | None = None,
                   everything: bool = False) -> Deleted:
    return delete_rows(campaign_store(matcher), campaign_id, creator=creator, segment=segment,
                       day=day, everything=everything)
