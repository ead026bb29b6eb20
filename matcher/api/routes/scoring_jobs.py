"""Batch scoring jobs over REST: upload a roster, poll the job, download the files."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field

from matcher.api.deps import editor, get_matcher, reader
from matcher.api.problems import COMMON_PROBLEMS
from matcher.batch.jobs import JobRunner
from matcher.errors import BodyTooLarge, InvalidInput, UnknownSegment
from matcher.ingest.bodies import CONTENT_TYPES
from matcher.ingest.mapping import bundled_mappings
from matcher.service import Matcher


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    """Start the job runner with the service, so unfinished jobs resume at once."""
    runner = await run_in_threadpool(_runner_of, app)
    yield
    runner.stop()


router = APIRouter(tags=["scoring jobs"], responses=COMMON_PROBLEMS, lifespan=lifespan)
MEDIA = {"csv": "text/csv; charset=utf-8", "parquet": "application/vnd.apache.parquet",
         "jsonl": "application/x-ndjson"}
Format = Literal["csv", "parquet", "jsonl"]


class ScoringJob(BaseModel):
    id: str
    state: Literal["queued", "running", "done", "failed"]
    created_at: str
    updated_at: str
    started_at: str | None = None
    finished_at: str | None = None
    filename: str
    segments: list[str]
    top: int | None = None
    mapping: str | None = None
    format: Format
    progress: float = Field(description="0 to 1, from the roster's estimated size.")
    rows_read: int
    rows_estimate: int | None = None
    scored: int | None = Field(None, description="Creators scored (done jobs).")
    rejected: int | None = Field(None, description="Rows rejected; scored + rejected = rows.")
    rows_written: int | None = Field(None, description="Rows of the result file.")
    texts_encoded: int | None = None
    seconds: float | None = None
    attempts: int
    error: dict[str, Any] | None = Field(None, description="type, detail, field (failed).")
    result_url: str | None = None
    rejects_url: str | None = None


class ScoringJobs(BaseModel):
    jobs: list[ScoringJob]


def _runner_of(app: FastAPI) -> JobRunner:
    runner: JobRunner | None = getattr(app.state, "scoring_jobs", None)
    if runner is None:
        runner = app.state.scoring_jobs = JobRunner(app.state.matcher).start()
    return runner


def get_runner(request: Request) -> JobRunner:
    return _runner_of(request.app)


RunnerDep = Annotated[JobRunner, Depends(get_runner)]
UPLOAD_TYPES = {"multipart/form-data": {"schema": {"type": "object", "required": ["roster"],
                                                   "properties": {"roster": {
                                                       "type": "string",
                                                       "format": "binary"}}}},
                **{media: {"schema": {"type": "string", "format": "binary"}}
                   for media in CONTENT_TYPES}}


async def _multipart(request: Request) -> tuple[Any, Any, dict[str, list[str]]]:
    form = await request.form()
    upload = form.get("roster")
    if upload is None or isinstance(upload, str):
        await form.close()
        raise InvalidInput("the multipart body needs a file field 'roster'", field="roster")
    fields: dict[str, list[str]] = {}
    for key, value in form.multi_items():
        if isinstance(value, str):
            fields.setdefault(key, []).append(value)
    return form, upload, fields


def copy_upload(source: Any, target: Path, limit: int) -> None:
    """Copy an uploaded file to ``target``; ``BodyTooLarge`` past ``limit`` bytes."""
    with open(target, "wb") as handle:
        while block := source.read(1 << 20):
            handle.write(block)
            if handle.tell() > limit:
                raise BodyTooLarge(f"the upload passed {limit:,} bytes "
                                   "(MATCHER_MAX_BODY_BYTES)", field="body")


async def stream_body(request: Request, target: Path, limit: int) -> None:
    """Write a request's raw body to ``target``; ``BodyTooLarge`` past ``limit`` bytes."""
    with open(target, "wb") as handle:
        async for block in request.stream():
            handle.write(block)
            if handle.tell() > limit:
                raise BodyTooLarge(f"the upload passed {limit:,} bytes "
                                   "(MATCHER_MAX_BODY_BYTES)", field="body")


@router.post(
    "/v1/scoring-jobs", status_code=202, dependencies=[Depends(editor)],
    response_model=ScoringJob, openapi_extra={"requestBody": {"required": True,
                                                             "content": UPLOAD_TYPES}},
    summary="Score a roster against segments in the background: upload it as a multipart "
            "file field 'roster' or as the raw body (CSV, JSON lines, JSON, Parquet)")
async def create_job(
    request: Request, runner: RunnerDep, matcher: Annotated[Matcher, Depends(get_matcher)],
    segments: Annotated[list[str] | None, Query(
        description="Segment ids (bundled or saved); repeat or comma-separate.")] = None,
    top: Annotated[int | None, Query(ge=1, le=1_000_000, description="Best K per segment.")]
    = None,
    mapping: Annotated[str | None, Query(
        description=f"A bundled column mapping: {', '.join(bundled_mappings())}.")] = None,
    format: Annotated[Format, Query(description="Result file format.")] = "csv",
    filename: Annotated[str | None, Query(
        max_length=200, description="The roster's file name (for a raw body); its suffix "
                                    "tells the format, e.g. roster.csv.gz.")] = None,
    chunk_rows: Annotated[int, Query(ge=100, le=1_000_000)] = 10_000,
) -> Any:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    ids = [s for value in segments or [] for s in value.split(",") if s.strip()]
    options = {"top": top, "mapping": mapping, "fmt": format, "chunk_rows": chunk_rows}
    if media == "multipart/form-data":
        form, upload, fields = await _multipart(request)
        ids += [s for value in fields.get("segments", []) for s in value.split(",") if s]
        try:
            return await _submit(request, runner, matcher, ids, upload,
                                 filename or upload.filename or "roster.csv", options)
        finally:
            await form.close()
    if media not in CONTENT_TYPES:
        raise InvalidInput(f"unsupported content type {media!r}; send multipart/form-data or "
                           f"one of {', '.join(CONTENT_TYPES)}", field="content-type")
    return await _submit(request, runner, matcher, ids, None,
                         filename or f"roster{CONTENT_TYPES[media]}", options)


async def _submit(request: Request, runner: JobRunner, matcher: Matcher, ids: list[str],
                  upload: Any, name: str, options: dict[str, Any]) -> dict[str, Any]:
    """Resolve the segments, save the upload (streamed to disk), queue the job."""
    try:
        chosen = [matcher.resolve_segment(s.strip()) for s in ids]
    except UnknownSegment as err:
        raise UnknownSegment(err.detail, field="segments") from None
    if not chosen:
        raise InvalidInput("give at least one segment id (?segments=ID)", field="segments")
    runner.check(chosen, **options)
    target = runner.upload_path(name)
    limit = matcher.settings.max_body_bytes
    try:
        if upload is not None:
            await run_in_threadpool(copy_upload, upload.file, target, limit)
        else:
            await stream_body(request, target, limit)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return await run_in_threadpool(lambda: runner.submit(target, name, chosen, **options))


@router.get("/v1/scoring-jobs", dependencies=[Depends(reader)], response_model=ScoringJobs)
def list_jobs(runner: RunnerDep) -> Any:
    return {"jobs": runner.list()}


@router.get("/v1/scoring-jobs/{job_id}", dependencies=[Depends(reader)],
            response_model=ScoringJob)
def get_job(job_id: str, runner: RunnerDep) -> Any:
    return runner.get(job_id)


def _download(runner: JobRunner, job_id: str, which: str) -> Response:
    path, fmt = runner.output(job_id, which)
    return FileResponse(path, media_type=MEDIA[fmt], filename=f"{job_id}-{path.name}")


@router.get("/v1/scoring-jobs/{job_id}/result", dependencies=[Depends(reader)],
            response_class=Response,
            responses={200: {"description": "The scored file, in the job's format.",
                             "content": {m.split(";")[0]: {} for m in MEDIA.values()}}})
def get_result(job_id: str, runner: RunnerDep) -> Response:
    return _download(runner, job_id, "result")


@router.get("/v1/scoring-jobs/{job_id}/rejects", dependencies=[Depends(reader)],
            response_class=Response,
            responses={200: {"description": "The rejected rows: row, id, field, reason.",
                             "content": {"text/csv": {}}}})
def get_rejects(job_id: str, runner: RunnerDep) -> Response:
    return _download(runner, job_id, "rejects")
