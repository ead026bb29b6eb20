from __future__ import annotations

import re
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from matcher.api.admission import within
from matcher.api.compute import run_compute
from matcher.api.deps import get_matcher, meter, reader
from matcher.api.problems import COMPUTE_PROBLEMS, problem_responses
from matcher.api.quota import Meter
from matcher.reports import Campaign, build_report, html_to_pdf, render_html, report_plan
from matcher.reports.plan_section import PlanSection
from matcher.service import Matcher

router = APIRouter(tags=["reports"], responses={**COMPUTE_PROBLEMS, **problem_responses(500)})

Format = Literal["html", "pdf"]
MEDIA_TYPES: dict[str, str] = {"html": "text/html; charset=utf-8", "pdf": "application/pdf"}


class ReportRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"campaign": {"name": "Spring launch", "k": 10,
                      "segments": ["eco-parents-na", "yoga-women-de", "pet-parents-us"]}},
        {"campaign": {"name": "Yoga in Germany", "k": 5, "segment_population": 2_400_000,
                      "segments": [{"id": "yoga-de", "name": "Women 35-54 into yoga",
                                    "ages": {"min": 35, "max": 54}, "genders": ["female"],
                                    "countries": ["DE"], "interests": ["yoga"]}]},
         "format": "pdf"},
    ]})

    campaign: Campaign = Field(..., description="The campaign, inline.")
    format: Format | None = Field(
        None, description="html or pdf; without it the Accept header decides (default html).")


def negotiate(accept: str | None) -> Format:
    """pdf when the Accept header prefers application/pdf to text/html, else html."""
    quality: dict[str, float] = {}
    for item in (accept or "").split(","):
        media, *params = (part.strip() for part in item.split(";"))
        q = 1.0
        for param in params:
            if match := re.fullmatch(r"q=(0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)", param):
                q = float(match.group(1))  # RFC 9110 qvalue; anything else counts as 1
        quality[media.lower()] = max(q, quality.get(media.lower(), 0.0))
    html = max(quality.get("text/html", 0.0), quality.get("text/*", 0.0),
               quality.get("*/*", 0.0))
    return "pdf" if quality.get("application/pdf", 0.0) > html else "html"


def _filename(name: str, fmt: Format) -> str:
    stem = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()[:80] or "report"
    return f"{stem}.{fmt}"


def _render(matcher: Matcher, campaign: Campaign, fmt: Format, plan: PlanSection | None
            ) -> bytes:
    html = render_html(build_report(matcher, campaign, plan=plan))
    return html_to_pdf(html) if fmt == "pdf" else html.encode("utf-8")


@router.post("/v1/reports", summary="A campaign report for brand teams, HTML or PDF",
             dependencies=[Depends(reader)],
             responses={200: {"content": {"text/html": {}, "application/pdf": {}},
                              "description": "One self-contained HTML file, or its PDF."}})
async def create_report(body: ReportRequest, request: Request,
                        matcher: Annotated[Matcher, Depends(get_matcher)],
                        client: Annotated[Meter, Depends(meter)]) -> Response:
    fmt: Format = body.format or negotiate(request.headers.get("accept"))
    settings = request.app.state.settings
    planned = body.campaign.plan is not None or body.campaign.saved_plan is not None
    if planned:  # the plan runs on the compute thread, under the client's share of it
        client.admit()
    with request.app.state.reports.slot():
        plan = None
        if planned:
            plan = await within(run_compute(report_plan, matcher, body.campaign, meter=client),
                                settings.shortlist_seconds, "plan", "MATCHER_SHORTLIST_SECONDS",
                                request.app.state.shortlists)
        content = await run_in_threadpool(_render, matcher, body.campaign, fmt, plan)
    disposition = f'inline; filename="{_filename(body.campaign.name, fmt)}"'
    return Response(content, media_type=MEDIA_TYPES[fmt],
                    headers={"content-disposition": disposition, "vary": "accept"})
