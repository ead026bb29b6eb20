from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response

from matcher.api.deps import editor, get_matcher, reader
from matcher.api.problems import COMMON_PROBLEMS
from matcher.contracts.profiles import Segment
from matcher.errors import InvalidSegment, ReadOnlyCatalogue, UnknownSegment
from matcher.matching.segments import parse_segment
from matcher.service import Matcher

router = APIRouter(tags=["segments"], responses=COMMON_PROBLEMS)
MatcherDep = Annotated[Matcher, Depends(get_matcher)]


def _saved_store(matcher: Matcher) -> Any:
    if matcher.store is None:
        raise ReadOnlyCatalogue("saved segments need the live catalogue", field="segment")
    return matcher.store


@router.get("/v1/segments", dependencies=[Depends(reader)])
def list_segments(matcher: MatcherDep) -> dict[str, Any]:
    saved = {s.id for s in matcher.store.list_segments()} if matcher.store else set()
    return {"segments": [{**s.model_dump(mode="json"), "saved": s.id in saved}
                         for s in matcher.segments.values()]}


@router.get("/v1/segments/{segment_id}", dependencies=[Depends(reader)])
def get_segment(segment_id: str, matcher: MatcherDep) -> dict[str, Any]:
    return matcher.resolve_segment(segment_id).model_dump(mode="json")


@router.post("/v1/segments", status_code=201, dependencies=[Depends(editor)])
def create_segment(segment: Segment, matcher: MatcherDep, response: Response) -> dict[str, Any]:
    store = _saved_store(matcher)
    if segment.id == "inline":
        raise InvalidSegment("a saved segment needs an id", field="id")
    if store.get_segment(segment.id) or segment.id in matcher.bundled_segments:
        raise InvalidSegment(f"segment {segment.id!r} exists; PUT /v1/segments/{segment.id} "
                             "replaces it", field="id")
    version, _ = store.put_segment(segment)
    response.headers["Location"] = f"/v1/segments/{segment.id}"
    return {**segment.model_dump(mode="json"), "version": version}


@router.put("/v1/segments/{segment_id}", dependencies=[Depends(editor)])
def put_segment(segment_id: str, segment: Segment, matcher: MatcherDep) -> dict[str, Any]:
    store = _saved_store(matcher)
    if segment.id not in ("inline", segment_id):
        raise InvalidSegment(f"body id {segment.id!r} differs from the path id {segment_id!r}",
                             field="id")
    saved = parse_segment({**segment.model_dump(mode="json"), "id": segment_id})
    version, _ = store.put_segment(saved)
    return {**saved.model_dump(mode="json"), "version": version}


@router.delete("/v1/segments/{segment_id}", status_code=204, dependencies=[Depends(editor)])
def delete_segment(segment_id: str, matcher: MatcherDep) -> Response:
    store = _saved_store(matcher)
    if not store.delete_segment(segment_id):
        if segment_id in matcher.bundled_segments:
            raise ReadOnlyCatalogue(f"{segment_id!r} is a bundled segment", field="segment_id")
        raise UnknownSegment(f"no saved segment with id {segment_id!r}", field="segment_id")
    return Response(status_code=204)
