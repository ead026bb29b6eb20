"""A campaign report from discovered segments: customers in, a brand report out.

``discovery_campaign`` turns a discovery summary (``Discovery.to_dict()``, the CLI's
``summary.json`` or a finished ``POST /v1/segments:discover`` job's result) into a
``Campaign`` of its published segments, inline; ``discovery_report`` builds and renders it
with the campaign report's own ``build_report`` and ``render_html`` (``html_to_pdf`` prints
it), and adds one page of discovery's own figures (``DiscoverySection``): how many segments
and why (the criterion, the BIC of every number of components, the chosen one), each
segment's customers, shares of customers and revenue and bootstrap stability, and every
warning. Only published segments enter, so the k-anonymity floor holds in the report too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from matcher.config import get_settings
from matcher.discovery.clustering import RESAMPLES, STABLE
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


@dataclass
class DiscoveredRow:
    """One published segment as discovery found it."""

    number: int
    name: str
    size: int
    share_of_customers: float
    share_of_revenue: float
    stability: float | None
    warnings: list[str]

    @property
    def unstable(self) -> bool:
        return self.stability is not None and self.stability < STABLE


@dataclass
class DiscoverySection:
    """Discovery's own figures, the report's page "How the segments were found"."""

    criterion: str
    rows_read: int | None
    accepted: int | None
    rejected: int | None
    components: int | None
    segments_found: int | None
    bic: list[tuple[int, float, bool]]  # (components, BIC, chosen)
    segments: list[DiscoveredRow]
    warnings: list[str]
    min_size: int | None
    unpublished: dict[str, int] = field(default_factory=dict)
    stable: float = STABLE
    resamples: int = RESAMPLES  # the bootstrap refits behind a segment's stability


def _count(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and math.isfinite(value) else None


def _share(value: Any) -> float:
    return float(value) if isinstance(value, (int, float)) and math.isfinite(value) else 0.0


def discovery_section(summary: dict[str, Any]) -> DiscoverySection:
    """The figures of ``summary`` a report shows (what is absent is left out, not made up)."""
    components = _count(summary.get("components"))
    bic: list[tuple[int, float, bool]] = []
    table = summary.get("bic_by_k")
    if isinstance(table, dict):
        for key, value in table.items():
            count = _count(int(key)) if str(key).isdigit() else None
            if count is not None and isinstance(value, (int, float)) and math.isfinite(value):
                bic.append((count, float(value), count == components))
    bic.sort()
    rows = []
    for number, segment in enumerate(summary.get("segments") or [], start=1):
        contract = segment.get("segment") or {}
        stability = segment.get("stability")
        rows.append(DiscoveredRow(
            number, str(segment.get("name") or contract.get("name") or segment.get("id")),
            _count(segment.get("size")) or 0, _share(segment.get("share_of_customers")),
            _share(segment.get("share_of_revenue")),
            float(stability) if isinstance(stability, (int, float)) else None,
            [str(w) for w in segment.get("warnings") or []]))
    unpublished = summary.get("unpublished")
    return DiscoverySection(
        criterion=str(summary.get("criterion") or "not recorded"),
        rows_read=_count(summary.get("rows_read")), accepted=_count(summary.get("accepted")),
        rejected=_count(summary.get("rejected")), components=components,
        segments_found=_count(summary.get("segments_found")), bic=bic, segments=rows,
        warnings=[str(w) for w in summary.get("warnings") or []],
        min_size=_count(summary.get("min_size")),
        unpublished={k: int(v) for k, v in unpublished.items() if isinstance(v, int)}
        if isinstance(unpublished, dict) else {})


def discovery_report(matcher: Matcher, summary: dict[str, Any], k: int | None,
                     name: str) -> str:
    """The campaign report of ``summary``'s published segments, with a page of discovery's
    own figures, as one HTML document."""
    report = build_report(matcher, discovery_campaign(summary, k, name))
    report.discovery = discovery_section(summary)
    return render_html(report)
