"""Every error as ``application/problem+json``: type, title, status, detail, field/row."""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from matcher.errors import MatcherError, error_field, problem_body

PROBLEM = "application/problem+json"


class Problem(BaseModel):
    """RFC 9457 problem details, plus the offending field or row."""

    type: str
    title: str
    status: int
    detail: str
    field: str | None = None
    row: int | None = None
    errors: list[dict[str, Any]] | None = None
    retry_after: int | None = Field(None, description="Seconds to wait before retrying a "
                                                      "503 busy or a 429 over-quota (also the "
                                                      "Retry-After header).")


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problems a route can answer with."""
    return {status: {"description": HTTPStatus(status).phrase, "content": {
        PROBLEM: {"schema": Problem.model_json_schema()}}} for status in statuses}


COMMON_PROBLEMS = problem_responses(400, 401, 403, 404, 409, 413, 422, 503)
#: Routes whose work runs on the compute thread, under each client's share of it.
COMPUTE_PROBLEMS = {**COMMON_PROBLEMS, **problem_responses(429)}


def problem(status: int, slug: str, title: str, detail: str, **extra: Any) -> JSONResponse:
    body = problem_body(status, slug, title, detail,
                        **{k: v for k, v in extra.items() if v is not None})
    return JSONResponse(body, status_code=status, media_type=PROBLEM)


def error_response(err: MatcherError) -> JSONResponse:
    retry = err.extra.get("retry_after")
    headers = {"Retry-After": str(int(retry))} if retry is not None else None
    return JSONResponse(err.to_problem(), status_code=err.status, media_type=PROBLEM,
                        headers=headers)


def _field_of(error: Any) -> str:
    return error_field(error) or "body"


def install(app: FastAPI) -> None:
    @app.exception_handler(MatcherError)
    async def matcher_error(_: Request, err: MatcherError) -> JSONResponse:
        return error_response(err)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_: Request, err: RequestValidationError) -> JSONResponse:
        errors = err.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        field = _field_of(first)
        message = str(first.get("msg", "")).removeprefix("Value error, ")
        details = [{"field": _field_of(e),
                    "reason": str(e.get("msg", "")).removeprefix("Value error, ")}
                   for e in errors]
        return problem(422, "invalid-input", "Invalid input", f"{field}: {message}",
                       field=field, errors=details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, err: StarletteHTTPException) -> JSONResponse:
        slug = {404: "not-found", 405: "method-not-allowed"}.get(err.status_code, "http-error")
        return problem(err.status_code, slug, str(err.detail), str(err.detail))
