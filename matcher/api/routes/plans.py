from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, Strict

from matcher.api.admission import within
from matcher.api.compute import run_compute
from matcher.api.deps import get_matcher, meter, reader
from matcher.api.problems import COMPUTE_PROBLEMS
from matcher.api.quota import Meter
from matcher.planning.plans import PlanResponse
from matcher.reports import Campaign, plan_campaign
from matcher.service import Matcher

router = APIRouter(tags=["plans"], responses=COMPUTE_PROBLEMS)


class PlanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"campaign": {"name": "Spring launch", "segments": ["eco-parents-na", "pet-parents-us"],
                      "plan": {"budget": 50000, "max_creators": 15,
                               "platforms": {"tiktok": {"max": 5}}}}},
        {"campaign": {"name": "Yoga in Germany", "segments": ["yoga-women-de"]},
         "budget": 20000},
    ]})

    campaign: Campaign = Field(..., description="The campaign, inline, with its plan: block "
                                                "(budget and constraints).")
    budget: Annotated[float, Strict()] | None = Field(None, gt=0, le=1e10,
                                                      description="Replaces plan.budget.")


@router.post("/v1/plans", summary="The creators that reach the most segment members for a "
                                  "budget", dependencies=[Depends(reader)],
             response_model=PlanResponse,
             responses={200: {"description": "The plan, its certificate and reach curve."}})
async def create_plan(body: PlanRequest, request: Request,
                      matcher: Annotated[Matcher, Depends(get_matcher)],
                      client: Annotated[Meter, Depends(meter)]) -> Response:
    settings = request.app.state.settings
    client.admit()
    plan = await within(run_compute(plan_campaign, matcher, body.campaign, body.budget,
                                    meter=client),
                        settings.shortlist_seconds, "plan", "MATCHER_SHORTLIST_SECONDS",
                        request.app.state.shortlists)
    return Response(plan.to_json(), media_type="application/json")
