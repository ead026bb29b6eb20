"""The FastAPI application: lifespan loads the matcher and the keys, routers do the rest."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

from matcher.api import problems
from matcher.api.compute import ComputeProcesses
from matcher.api.keys import KeyRing, load_key_file, parse_env_keys
from matcher.api.routes import catalogue, influencers, reports, scoring_jobs, segments, shortlists
from matcher.config import Settings, get_settings
from matcher.errors import BodyTooLarge
from matcher.service import Matcher

#: Set by ``matcher serve --index DIR --workers N`` for the worker processes it starts.
WORKER_INDEX_ENV = "MATCHER_WORKER_INDEX"


class BodyLimit:
    """413 for a request whose declared length is over the limit, before it is read. A plain
    ASGI middleware: ``@app.middleware("http")`` costs about half a millisecond a
    request (measured through an in-process ASGI client)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length", b"")
            if length.isdigit() and int(length) > self.limit:
                response = problems.error_response(BodyTooLarge(
                    f"the body has {int(length):,} bytes; the limit is {self.limit:,} "
                    "(MATCHER_MAX_BODY_BYTES)", field="body"))
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def key_ring(settings: Settings) -> KeyRing | None:
    if not settings.auth:
        return None
    return KeyRing(parse_env_keys(settings.api_keys) + load_key_file(settings.api_keys_file))


def create_app(settings: Settings | None = None, matcher: Matcher | None = None,
               compute: ComputeProcesses | None = None) -> FastAPI:
    """The app; ``compute`` (file mode only) answers shortlists in separate processes."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "matcher", None) is None:
            app.state.matcher = Matcher.open(settings)
        if compute is not None:
            await run_in_threadpool(compute.start)
        try:
            yield
        finally:
            if compute is not None:
                await run_in_threadpool(compute.close)

    app = FastAPI(title="matcher", version="0.1.0", lifespan=lifespan,
                  description="Explained shortlists of creators whose audiences fit a segment. "
                              "Send an API key as `Authorization: Bearer KEY`.")
    app.state.matcher = matcher
    app.state.compute = compute
    app.state.keys = key_ring(settings)
    problems.install(app)

    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    for module in (shortlists, influencers, segments, catalogue, scoring_jobs):
        app.include_router(module.router)
    app.include_router(reports.router)
    return app


def snapshot_app() -> FastAPI:
    """An app serving the read-only snapshot named by ``MATCHER_WORKER_INDEX``, for running
    uvicorn from its own command line (``benchmarks/http_servers.py``)."""
    settings = get_settings()
    matcher = Matcher.open(settings, index_dir=Path(os.environ[WORKER_INDEX_ENV]))
    return create_app(settings, matcher=matcher)
