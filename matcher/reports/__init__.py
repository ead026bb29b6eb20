"""Campaign reports for brand teams: one self-contained HTML file, and the same as a PDF.

``build_report`` runs each segment of a ``Campaign`` through ``Matcher.shortlist`` (the call
the API serialises), ``render_html`` renders it with inline SVG charts and print CSS, and
``html_to_pdf`` prints that HTML with headless Chromium. Neither FastAPI nor Typer is
imported here.
"""

from matcher.errors import RendererUnavailable, RenderFailed
from matcher.reports.pdf import find_chromium, html_to_pdf
from matcher.reports.plans import plan_campaign
from matcher.reports.render import (
    Campaign,
    Report,
    UniqueReach,
    build_report,
    campaign_segments,
    load_campaign,
    merge_filters,
    parse_campaign,
    render_html,
    report_plan,
    unique_reach,
)

__all__ = [
    "Campaign",
    "RenderFailed",
    "RendererUnavailable",
    "Report",
    "UniqueReach",
    "build_report",
    "campaign_segments",
    "find_chromium",
    "html_to_pdf",
    "load_campaign",
    "merge_filters",
    "parse_campaign",
    "plan_campaign",
    "render_html",
    "report_plan",
    "unique_reach",
]
