"""Campaigns, their results, and pilots: thin routes over ``matcher.feedback``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field, Strict, StrictBool, StrictInt, model_validator

from matcher.api.compute import run_compute
from matcher.api.deps import editor, get_matcher, meter, reader
from matcher.api.problems import COMMON_PROBLEMS, problem_responses
from matcher.api.quota import Meter
from matcher.contracts.profiles import Segment
from matcher.feedback.campaigns import delete_results, import_results_records, put_campaign
from matcher.feedback.learning import FIT_POOL
from matcher.feedback.pilots import propose_pilot
from matcher.service import Matcher

router = APIRouter(tags=["campaigns"], responses=COMMON_PROBLEMS)
MatcherDep = Annotated[Matcher, Depends(get_matcher)]


class CampaignBody(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"segment_id": "eco-parents-na", "name": "Spring pilot"}]})

    segment_id: str = Field(description="The bundled or saved segment the campaign targets.")
    name: str | None = None


class ResultsBody(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"rows": [{"creator": "sim-000012", "date": "2026-03-02", "spend": 450.0,
                   "impressions": 52000, "clicks": 610, "conversions": 41,
                   "revenue": 1850.0}]}]})

    rows: list[dict[str, Any]] = Field(
        description="Result rows: creator, date (YYYY-MM-DD), spend, impressions, clicks, "
                    "conversions, revenue; segment (default: the campaign's) and campaign "
                    "(must be this one) optional.")
    replace: StrictBool = Field(
        False, description="Correct stored rows: a row whose (creator, segment, date) is "
                           "stored with other figures replaces them (counted replaced); "
                           "without it such a row is rejected, never merged.")


class PilotBody(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"segment_id": "eco-parents-na", "n": 10, "budget": 5000}]})

    segment: Segment | None = Field(None, description="An inline segment.")
    segment_id: str | None = Field(None, description="A bundled or saved segment's id.")
    n: StrictInt = Field(10, ge=1, description="Creators in the pilot.")
    budget: Annotated[float, Strict()] | None = Field(
        None, gt=0, allow_inf_nan=False,
        description="USD the pilot may spend; none: n creators whatever they cost.")
    pool: StrictInt = Field(FIT_POOL, ge=1, description="Candidates considered: the top this "
                                                        "many by estimated reach (at most "
                                                        "MATCHER_MAX_K).")
    seed: StrictInt = Field(0, ge=0, description="The Thompson draw's seed: one seed, one "
                                                 "proposal.")

    @model_validator(mode="after")
    def _one_segment(self) -> PilotBody:
        if (self.segment is None) == (self.segment_id is None):
            raise ValueError("give exactly one of 'segment' (inline) or 'segment_id'")
        return self


@router.put("/v1/campaigns/{campaign_id}", dependencies=[Depends(editor)],
            summary="Create or update a campaign for a segment")
def put_campaign_route(campaign_id: str, body: CampaignBody, matcher: MatcherDep
                       ) -> dict[str, Any]:
    campaign = put_campaign(matcher, campaign_id, body.segment_id, body.name)
    return {"id": campaign.id, "segment_id": campaign.segment_id, "name": campaign.name,
            "created_at": campaign.created_at}


@router.post("/v1/campaigns/{campaign_id}/results", dependencies=[Depends(editor)],
             summary="Import a campaign's results; rejects come back with reasons")
def post_results(campaign_id: str, body: ResultsBody, matcher: MatcherDep) -> dict[str, Any]:
    return import_results_records(matcher, campaign_id, body.rows, body.replace).to_dict()


@router.delete("/v1/campaigns/{campaign_id}/results", dependencies=[Depends(editor)],
               summary="Delete a campaign's result rows by creator, segment or date")
def delete_results_route(
    campaign_id: str, matcher: MatcherDep,
    creator: Annotated[str | None, Query(description="Only this creator's rows.")] = None,
    segment: Annotated[str | None, Query(description="Only rows of this segment.")] = None,
    date: Annotated[str | None, Query(description="Only rows of this day, YYYY-MM-DD.")] = None,
    all: Annotated[Literal["true", "false"], Query(
        description="true: every row of the campaign (needed when no other selector is "
                    "given; with one, the rows it selects).")] = "false",
) -> dict[str, Any]:
    return delete_results(matcher, campaign_id, creator=creator, segment=segment, day=date,
                          everything=all == "true").to_dict()


@router.post("/v1/pilots", dependencies=[Depends(reader)],
             summary="Propose a pilot, and say which tested creators to scale",
             responses=problem_responses(429))
async def post_pilot(body: PilotBody, matcher: MatcherDep,
                     client: Annotated[Meter, Depends(meter)]) -> dict[str, Any]:
    segment: Any = body.segment if body.segment is not None else body.segment_id
    client.admit()
    result: dict[str, Any] = await run_compute(propose_pilot, matcher, segment, body.n,
                                               body.budget, body.pool, body.seed, meter=client)
    return result
