from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends

from matcher.api.deps import get_matcher
from matcher.api.problems import COMMON_PROBLEMS
from matcher.contracts.schemas import json_schema
from matcher.service import Matcher

router = APIRouter(responses=COMMON_PROBLEMS)


@router.get("/healthz", tags=["service"])
def healthz(matcher: Annotated[Matcher, Depends(get_matcher)]) -> dict[str, Any]:
    view = matcher.view
    return {"status": "ok", "catalogue_version": view.version, "creators": view.size,
            "model": view.base.manifest["model"]["name"], "live": matcher.store is not None}


@router.get("/v1/schemas/{name}", tags=["schemas"])
def get_schema(name: str) -> dict[str, Any]:
    return json_schema(name)
