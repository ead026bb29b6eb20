"""A campaign report from discovered segments: customers in, a brand report out.

``discovery_campaign`` turns a discovery summary (``Discovery.to_dict()``, the CLI's
``summary.json`` or a finished ``POST /v1/segments:discover`` job's result) into a
``Campaign`` of its published segments, inline; ``discovery_report`` builds and renders it
with the campaign report's own ``build_report`` and ``render_html`` (``html_to_pdf`` prints
it). Only published segments enter, so the k-anonymity floor holds in the report too.
"""

from __future__ import annotations

from typing import Any

from matcher.config import get_settings
from matcher.errors import InvalidInput
from matcher.reports.render import (
    MAX_CREATORS,
    Campaign,
    build_report,
    parse_campaign,
    render_html,
)
from matcher.service import Matcher

DEFAULT_K = 10


def check_report_size(max_segments: int, k: int | None) -> None:
    """Refuse, before discovery runs, a report that could hold more segments or creators
    than a report may (``max_segments`` the most segments discovery can publish)."""
    limit = get_settings().max_campaign_segments
    if max_segments > limit:
        raise InvalidInput(f"up to {max_segments} segments may be published, over the "
                           f"report's limit of {limit} (MATCHER_MAX_CAMPAIGN_SEGMENTS); "
                           "lower --max-segments", field="max_segments")
    if max_segments * (k or DEFAULT_K) > MAX_CREATORS:
        raise InvalidInput(f"up to {max_segments} segments x {k or DEFAULT_K} creators is "
                           f"over the {MAX_CREATORS} creators a report holds; lower "
                           "--shortlist or --max-segments", field="shortlist")


def discovery_campaign(summary: dict[str, Any], k: int | None, name: str) -> Campaign:
    """The campaign of ``summary``'s published segments, ``k`` creators each."""
    segments = summary.get("segments") if isinstance(summary, dict) else None
    if not isinstance(segments, list) or not all(
            isinstance(s, dict) and isinstance(s.get("segment"), dict) for s in segments):
        raise InvalidInput("expected a discovery summary whose segments each hold a segment "
                           "contract", field="summary")
    if not segments:
        raise InvalidInput("no segment was published (every group was under the minimum "
                           "size), so there is nothing to report", field="segments")
    return parse_campaign({"name": name, "k": k or DEFAULT_K,
                           "segments": [s["segment"] for s in segments]},
                          source="the discovered segments")


def discovery_report(matcher: Matcher, summary: dict[str, Any], k: int | None,
                     name: str) -> str:
    """The campaign report of ``summary``'s published segments, as one HTML document."""
    return render_html(build_report(matcher, discovery_campaign(summary, k, name)))
