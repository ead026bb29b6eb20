from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from matcher.api.deps import get_matcher
from matcher.errors import UnknownSegment
from matcher.schemas import json_schema
from matcher.service import Matcher

router = APIRouter()


@router.get("/healthz", tags=["service"])
def healthz(matcher: Annotated[Matcher, Depends(get_matcher)]) -> dict[str, Any]:
    snap = matcher.snapshot
    return {"status": "ok", "catalogue_version": snap.version, "creators": snap.catalogue.size,
            "model": snap.manifest["model"]["name"]}


@router.get("/v1/segments", tags=["segments"])
def list_segments(matcher: Annotated[Matcher, Depends(get_matcher)]) -> dict[str, Any]:
    return {"segments": [s.model_dump(mode="json") for s in matcher.segments.values()]}


@router.get("/v1/segments/{segment_id}", tags=["segments"])
def get_segment(segment_id: str,
                matcher: Annotated[Matcher, Depends(get_matcher)]) -> dict[str, Any]:
    if segment_id not in matcher.segments:
        raise UnknownSegment(f"no segment with id {segment_id!r}", field="segment_id")
    return matcher.segments[segment_id].model_dump(mode="json")


@router.get("/v1/influencers/{influencer_id}", tags=["influencers"])
def get_influencer(influencer_id: str,
                   matcher: Annotated[Matcher, Depends(get_matcher)]) -> dict[str, Any]:
    return matcher.influencer(influencer_id)


@router.get("/v1/schemas/{name}", tags=["schemas"])
def get_schema(name: str) -> dict[str, Any]:
    return json_schema(name)
