from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from matcher.api.admission import within
from matcher.api.compute import run_compute
from matcher.api.deps import editor, get_matcher, meter, reader
from matcher.api.problems import COMMON_PROBLEMS, problem_responses
from matcher.api.quota import Meter
from matcher.contracts.profiles import Platform
from matcher.errors import InvalidInput, RowError
from matcher.ingest.bodies import BODY_SCHEMAS, CONTENT_TYPES, parse_body
from matcher.ingest.normalise import normalise_profile
from matcher.service import Matcher, ShortlistResponse

router = APIRouter(tags=["influencers"], responses=COMMON_PROBLEMS)
MatcherDep = Annotated[Matcher, Depends(get_matcher)]


@router.get("/v1/influencers", dependencies=[Depends(reader)])
def list_influencers(
    matcher: MatcherDep,
    after: Annotated[str | None, Query(description="Page after this id.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    platform: Annotated[Platform | None, Query()] = None,
    country: Annotated[str | None, Query(min_length=2, max_length=2)] = None,
    min_followers: Annotated[int | None, Query(ge=0, le=10**15)] = None,
    max_followers: Annotated[int | None, Query(ge=0, le=10**15)] = None,
) -> dict[str, Any]:
    if matcher.store is None:
        items = [matcher.influencer(i) for i in matcher.snapshot.catalogue.ids
                 if after is None or i > after][:limit]
    else:
        stored = matcher.store.list_profiles(
            after=after, limit=limit, platform=platform.value if platform else None,
            country=country.upper() if country else None, min_followers=min_followers,
            max_followers=max_followers)
        items = [{**s.profile.model_dump(mode="json", exclude_none=True), "version": s.version,
                  "updated_at": s.updated_at} for s in stored]
    next_after = items[-1]["id"] if len(items) == limit else None
    return {"items": [_without_sketch(item) for item in items], "next_after": next_after}


def _without_sketch(item: dict[str, Any]) -> dict[str, Any]:
    """A listed profile without its audience sketch (up to MATCHER_SKETCH_MAX_BYTES each;
    GET /v1/influencers/{id} returns it)."""
    return {k: v for k, v in item.items() if k != "audience_sketch"}


@router.get("/v1/influencers/{influencer_id:path}/lookalikes", dependencies=[Depends(reader)],
            tags=["shortlists"], response_model=ShortlistResponse,
            responses=problem_responses(429))
async def lookalikes(influencer_id: str, matcher: MatcherDep, request: Request,
                     client: Annotated[Meter, Depends(meter)],
                     k: Annotated[int, Query(ge=1, description="at most MATCHER_MAX_K")] = 20
                     ) -> Response:
    client.admit()
    result = await within(run_compute(matcher.lookalikes, influencer_id, k, meter=client),
                          request.app.state.settings.shortlist_seconds, "lookalikes",
                          "MATCHER_SHORTLIST_SECONDS", request.app.state.shortlists)
    return Response(result.to_json(), media_type="application/json")


@router.get("/v1/influencers/{influencer_id:path}", dependencies=[Depends(reader)])
def get_influencer(influencer_id: str, matcher: MatcherDep) -> dict[str, Any]:
    return matcher.influencer(influencer_id)


@router.put("/v1/influencers/{influencer_id:path}", dependencies=[Depends(editor)],
            responses={201: {"description": "Created"}})
async def put_influencer(influencer_id: str, matcher: MatcherDep, response: Response,
                         profile: Annotated[dict[str, Any], Body(
                             description="A profile (see /v1/schemas/influencer); messy "
                                         "vendor values are normalised.")]) -> dict[str, Any]:
    if influencer_id != influencer_id.strip():
        raise InvalidInput(f"the path id {influencer_id!r} starts or ends with white space; "
                           f"ids are stored without it ({influencer_id.strip()!r})", field="id")
    if profile.get("id") not in (None, influencer_id):
        raise InvalidInput(f"body id {profile['id']!r} differs from the path id "
                           f"{influencer_id!r}", field="id")
    try:
        clean = normalise_profile({**profile, "id": influencer_id})
    except RowError as err:
        raise InvalidInput(f"{err.field}: {err.reason}", field=err.field) from None
    counts = await run_in_threadpool(matcher.upsert, [clean])
    if counts.inserted:
        response.status_code = 201
    return matcher.influencer(influencer_id)


@router.delete("/v1/influencers/{influencer_id:path}", status_code=204,
               dependencies=[Depends(editor)])
async def delete_influencer(influencer_id: str, matcher: MatcherDep) -> Response:
    await run_in_threadpool(matcher.delete, influencer_id)
    return Response(status_code=204)


@router.post(
    "/v1/influencers:bulk", dependencies=[Depends(editor)],
    openapi_extra={"requestBody": {"required": True, "content": {
        media: {"schema": BODY_SCHEMAS.get(media, {"type": "string", "format": "binary"})}
        for media in CONTENT_TYPES}}},
    summary="Upsert many profiles: JSON array, NDJSON, CSV or Parquet")
async def bulk_upsert(request: Request, matcher: MatcherDep) -> dict[str, Any]:
    body = await request.body()
    content_type = request.headers.get("content-type", "application/json")
    accepted, rejects = await run_in_threadpool(parse_body, body, content_type)
    counts = await run_in_threadpool(matcher.upsert, accepted) if accepted else None
    return {
        "rows": len(accepted) + len(rejects),
        "accepted": len(accepted),
        "inserted": counts.inserted if counts else 0,
        "updated": counts.updated if counts else 0,
        "unchanged": counts.unchanged if counts else 0,
        "rejected": len(rejects),
        "rejects": [r.to_dict() for r in rejects],
        "catalogue_version": matcher.view.version,
    }


@router.post("/v1/index:rebuild", status_code=202, dependencies=[Depends(editor)],
             tags=["service"])
def rebuild(matcher: MatcherDep) -> dict[str, Any]:
    matcher.rebuild(background=True)
    return {"status": "rebuilding", "catalogue_version": matcher.view.version}
