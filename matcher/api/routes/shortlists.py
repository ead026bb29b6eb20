from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from matcher.api.admission import within
from matcher.api.compute import run_compute
from matcher.api.deps import get_matcher, meter, reader
from matcher.api.problems import COMPUTE_PROBLEMS
from matcher.api.quota import Meter
from matcher.contracts.profiles import Segment
from matcher.feedback import REFINED_RANK_BY, refined_shortlist
from matcher.matching.scoring import DEFAULT_WEIGHTS
from matcher.service import Matcher, ShortlistResponse

router = APIRouter(tags=["shortlists"], responses=COMPUTE_PROBLEMS)


class ShortlistRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"segment_id": "eco-parents-na", "k": 10},
        {"segment": {"name": "Women 35-54 in Germany into yoga", "ages": {"min": 35, "max": 54},
                     "genders": ["female"], "countries": ["DE"],
                     "interests": ["yoga", "mindfulness"]}, "k": 20, "rank_by": "reach"},
    ]})

    segment: Segment | None = Field(None, description="An inline segment.")
    segment_id: str | None = Field(None, description="The id of a bundled or saved segment.")
    k: int = Field(20, ge=1, description="How many creators to return, at most "
                                          "MATCHER_MAX_K (500 by default).")
    weights: dict[str, Annotated[float, Field(ge=0, le=100)]] = Field(
        default_factory=dict,
        description=f"Fit weight overrides; defaults {DEFAULT_WEIGHTS}.")
    rank_by: Literal["fit", "reach", "share", "share_low", "reach_low", "expected_conversions",
                     "expected_value_per_dollar"] | None = Field(
        None, description="Ranking objective; default fit. share_low and reach_low rank by "
                          "the low end of segment_share_range (missing blocks at their 10th "
                          "percentile, or their estimate if lower), for buyers who count "
                          "estimates at their least. "
                          "expected_conversions and expected_value_per_dollar rank by the "
                          "posterior learned from the segment's campaign results (see "
                          "docs/results.md); each creator then has a performance block.")

    @model_validator(mode="after")
    def _one_segment(self) -> ShortlistRequest:
        if (self.segment is None) == (self.segment_id is None):
            raise ValueError("give exactly one of 'segment' (inline) or 'segment_id'")
        return self


@router.post("/v1/shortlists", summary="Rank creators for a segment, explained",
             dependencies=[Depends(reader)], response_model=ShortlistResponse,
             responses={200: {"description": "The ranked, explained shortlist."}})
async def create_shortlist(body: ShortlistRequest, request: Request,
                           matcher: Annotated[Matcher, Depends(get_matcher)],
                           client: Annotated[Meter, Depends(meter)]) -> Response:
    segment: Any = body.segment if body.segment is not None else body.segment_id
    processes = request.app.state.compute
    settings = request.app.state.settings
    gate = request.app.state.shortlists
    client.admit()
    if body.rank_by in REFINED_RANK_BY:
        refined = await within(
            run_compute(refined_shortlist, matcher, segment, body.k, body.rank_by, body.weights,
                        meter=client),
            settings.shortlist_seconds, "shortlist", "MATCHER_SHORTLIST_SECONDS", gate)
        content = refined.to_json()
    elif processes is not None:
        content = await within(
            processes.shortlist_json(segment, body.k, body.weights, body.rank_by, client),
            settings.shortlist_seconds, "shortlist", "MATCHER_SHORTLIST_SECONDS", gate)
    else:
        result = await within(
            run_compute(matcher.shortlist, segment, body.k, body.weights, body.rank_by,
                        meter=client),
            settings.shortlist_seconds, "shortlist", "MATCHER_SHORTLIST_SECONDS", gate)
        content = result.to_json()
    return Response(content, media_type="application/json")
