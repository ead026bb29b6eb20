"""The FastAPI application: lifespan loads the matcher and the keys, routers do the rest."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from matcher.api import problems
from matcher.api.admission import Admission
from matcher.api.compute import ComputeProcesses
from matcher.api.keys import KeyRing, parse_env_keys
from matcher.api.quota import ClientQuota
from matcher.api.routes import (
    campaigns,
    catalogue,
    discovery,
    influencers,
    plans,
    reports,
    scoring_jobs,
    segments,
    shortlists,
)
from matcher.config import Settings, get_settings
from matcher.errors import BodyTooLarge
from matcher.service import Matcher

DOCS_ASSETS = "/docs-assets"
#: Set by ``matcher serve --index DIR --workers N`` for the worker processes it starts.
WORKER_INDEX_ENV = "MATCHER_WORKER_INDEX"


class BodyLimit:
    """413 for a request whose body is over the limit: one that declares its length is
    answered before it is read; one sent in chunks is read up to the limit (then answered) and
    replayed to the app. A plain ASGI middleware: ``@app.middleware("http")`` costs about half
    a millisecond a request (measured through an in-process ASGI client)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    def _too_large(self, detail: str) -> ASGIApp:
        return problems.error_response(BodyTooLarge(
            f"{detail}; the limit is {self.limit:,} (MATCHER_MAX_BODY_BYTES)", field="body"))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope["headers"])
        length = headers.get(b"content-length", b"")
        if length.isdigit():
            if int(length) > self.limit:
                await self._too_large(f"the body has {int(length):,} bytes")(scope, receive,
                                                                               send)
                return
            await self.app(scope, receive, send)
            return
        if b"chunked" not in headers.get(b"transfer-encoding", b"").lower():
            await self.app(scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            size += len(message.get("body", b""))
            if size > self.limit:
                await self._too_large(f"the chunked body passed {self.limit:,} bytes")(
                    scope, receive, send)
                return
            if not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)


def serve_docs(app: FastAPI) -> None:
    """Interactive docs at /docs from Swagger UI files shipped with the package (FastAPI's
    default loads them from a CDN, a blank page on a machine offline)."""
    import fastapi_offline
    from fastapi.openapi.docs import get_swagger_ui_html
    from fastapi.responses import HTMLResponse
    from fastapi.staticfiles import StaticFiles

    assets = Path(fastapi_offline.__file__).resolve().parent / "static"
    app.mount(DOCS_ASSETS, StaticFiles(directory=str(assets)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title="matcher API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon.png")


def key_ring(settings: Settings) -> KeyRing | None:
    if not settings.auth:
        logging.getLogger("matcher").warning(
            "MATCHER_AUTH=false: every request is admitted as an editor, without a key")
        return None
    return KeyRing(parse_env_keys(settings.api_keys), settings.api_keys_file)


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

    app = FastAPI(title="matcher", version="0.1.0", lifespan=lifespan, docs_url=None,
                  redoc_url=None,
                  description="Explained shortlists of creators whose audiences fit a segment. "
                              "Send an API key as `Authorization: Bearer KEY`.")
    serve_docs(app)
    app.state.matcher = matcher
    app.state.compute = compute
    app.state.keys = key_ring(settings)
    app.state.settings = settings
    app.state.shortlists = Admission("shortlists", settings.max_waiting_shortlists,
                                     "MATCHER_MAX_WAITING_SHORTLISTS", 1)
    app.state.reports = Admission("reports", settings.max_report_renders,
                                  "MATCHER_MAX_REPORT_RENDERS", 5)
    app.state.quota = ClientQuota(settings.client_compute_seconds,
                                  settings.client_window_seconds, settings.quota_clients)
    problems.install(app)

    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    for module in (shortlists, influencers, segments, catalogue, scoring_jobs, campaigns,
                   plans, discovery):
        app.include_router(module.router)
    app.include_router(reports.router)
    return app


def snapshot_app() -> FastAPI:
    """An app serving the read-only snapshot named by ``MATCHER_WORKER_INDEX``, for running
    uvicorn from its own command line (``benchmarks/http_servers.py``)."""
    settings = get_settings()
    matcher = Matcher.open(settings, index_dir=Path(os.environ[WORKER_INDEX_ENV]))
    return create_app(settings, matcher=matcher)
