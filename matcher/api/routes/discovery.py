"""Segment discovery over REST: upload a customer export, poll the job for the segments."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel, Field

from matcher.api.deps import editor, get_matcher, reader
from matcher.api.problems import COMMON_PROBLEMS, problem_responses
from matcher.api.routes.reports import MEDIA_TYPES, Format, _filename, negotiate
from matcher.api.routes.scoring_jobs import copy_upload, stream_body
from matcher.discovery.jobs import DiscoveryJobs
from matcher.discovery.mapping import bundled_customer_mappings
from matcher.errors import InvalidInput, JobNotDone
from matcher.ingest.bodies import CONTENT_TYPES
from matcher.reports import html_to_pdf
from matcher.reports.discovered import discovery_report
from matcher.service import Matcher


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    jobs = await run_in_threadpool(_jobs_of, app)
    yield
    jobs.stop()


router = APIRouter(tags=["segment discovery"], responses=COMMON_PROBLEMS, lifespan=lifespan)


class DiscoveryJob(BaseModel):
    id: str
    state: Literal["queued", "running", "done", "failed"]
    created_at: str
    updated_at: str
    filename: str
    max_segments: int | None = None
    min_size: int | None = None
    shortlist: int | None = None
    mapping: str | None = None
    previous: str | None = Field(None, description="The earlier discovery job compared with.")
    save: bool = Field(False, description="Segments saved in the store when done.")
    error: dict[str, Any] | None = Field(None, description="type, detail, field (failed).")
    result: dict[str, Any] | None = Field(
        None, description="The discovery summary (done): rows read, accepted, rejected, "
                          "the criterion and number of segments, warnings, and every "
                          "published segment with its figures, persona, distinctions, "
                          "segment contract and (with shortlist) its creators. Aggregates "
                          "only: no customer row is returned.")


def _jobs_of(app: FastAPI) -> DiscoveryJobs:
    jobs: DiscoveryJobs | None = getattr(app.state, "discovery_jobs", None)
    if jobs is None:
        jobs = app.state.discovery_jobs = DiscoveryJobs(app.state.matcher).start()
    return jobs


def get_jobs(request: Request) -> DiscoveryJobs:
    return _jobs_of(request.app)


JobsDep = Annotated[DiscoveryJobs, Depends(get_jobs)]


@router.post(
    "/v1/segments:discover", status_code=202, dependencies=[Depends(editor)],
    response_model=DiscoveryJob,
    summary="Discover segments in a customer export in the background: upload it as a "
            "multipart file field 'customers' or as the raw body (CSV, JSON lines, Parquet)")
async def create_discovery(
    request: Request, jobs: JobsDep,
    max_segments: Annotated[int | None, Query(ge=2, le=50)] = None,
    min_size: Annotated[int | None, Query(ge=2, description=(
        "Smallest segment published; at least MATCHER_DISCOVERY_MIN_SEGMENT_SIZE (it may "
        "raise the k-anonymity floor, not lower it)."))]
    = None,
    shortlist: Annotated[int | None, Query(ge=1, le=500, description="Creators per segment.")]
    = None,
    mapping: Annotated[str | None, Query(
        description=f"A bundled customer mapping: {', '.join(bundled_customer_mappings())}.")]
    = None,
    filename: Annotated[str | None, Query(
        max_length=200, description="The file's name (for a raw body); its suffix tells the "
                                    "format, e.g. customers.csv.gz.")] = None,
    previous: Annotated[str | None, Query(
        max_length=64, description="A finished discovery job of an earlier export: "
                                   "persisting segments keep its ids, changes are "
                                   "reported.")] = None,
    save: Annotated[bool, Query(description="Save the segments in the store (a persisting "
                                            "id gets a new version).")] = False,
) -> Any:
    options = {"max_segments": max_segments, "min_size": min_size, "shortlist": shortlist,
               "mapping": mapping, "previous": previous, "save": save}
    jobs.check(options)
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    limit = request.app.state.settings.max_body_bytes
    if media == "multipart/form-data":
        form = await request.form()
        upload = form.get("customers")
        try:
            if upload is None or isinstance(upload, str):
                raise InvalidInput("the multipart body needs a file field 'customers'",
                                   field="customers")
            name = filename or upload.filename or "customers.csv"
            target = jobs.upload_path(name)
            try:
                await run_in_threadpool(copy_upload, upload.file, target, limit)
            except BaseException:
                target.unlink(missing_ok=True)
                raise
        finally:
            await form.close()
    elif media in CONTENT_TYPES:
        name = filename or f"customers{CONTENT_TYPES[media]}"
        target = jobs.upload_path(name)
        try:
            await stream_body(request, target, limit)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    else:
        raise InvalidInput(f"unsupported content type {media!r}; send multipart/form-data or "
                           f"one of {', '.join(CONTENT_TYPES)}", field="content-type")
    return await run_in_threadpool(lambda: jobs.submit(target, name, options))


@router.get("/v1/segments:discover/{job_id}", dependencies=[Depends(reader)],
            response_model=DiscoveryJob)
def get_discovery(job_id: str, jobs: JobsDep) -> Any:
    return jobs.get(job_id)


@router.get(
    "/v1/segments:discover/{job_id}/report", dependencies=[Depends(reader)],
    summary="The campaign report of a finished discovery job's published segments, HTML or "
            "PDF (the report of POST /v1/reports, built from the discovered segments)",
    responses={200: {"content": {"text/html": {}, "application/pdf": {}},
                     "description": "One self-contained HTML file, or its PDF."},
               **problem_responses(409, 500)})
async def discovery_report_route(
    job_id: str, request: Request, jobs: JobsDep,
    matcher: Annotated[Matcher, Depends(get_matcher)],
    k: Annotated[int | None, Query(ge=1, le=50, description=(
        "Creators per segment; default the job's shortlist size, else 10."))] = None,
    format: Annotated[Format | None, Query(description=(  # noqa: A002 - the query name
        "html or pdf; without it the Accept header decides (default html)."))] = None,
) -> Response:
    job = await run_in_threadpool(jobs.get, job_id)
    if job["state"] == "failed":
        error = job.get("error") or {}
        raise JobNotDone(f"discovery job {job_id} failed ({error.get('detail', 'no detail')}); "
                         "a failed job has no report: run discovery again", field="job_id")
    if job["state"] != "done" or job["result"] is None:
        raise JobNotDone(f"discovery job {job_id} is {job['state']}; its report can be made "
                         "once it is done", field="job_id")
    fmt: Format = format or negotiate(request.headers.get("accept"))
    name = f"Segments discovered in {job['filename']}"

    def render() -> bytes:
        html = discovery_report(matcher, job["result"], k or job["shortlist"], name)
        return html_to_pdf(html) if fmt == "pdf" else html.encode("utf-8")

    with request.app.state.reports.slot():
        content = await run_in_threadpool(render)
    return Response(content, media_type=MEDIA_TYPES[fmt], headers={
        "content-disposition": f'inline; filename="{_filename(name, fmt)}"', "vary": "accept"})
