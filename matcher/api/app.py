"""The FastAPI application: lifespan loads the matcher, routers do the rest."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from matcher.api import problems
from matcher.api.routes import catalogue, shortlists
from matcher.config import Settings, get_settings
from matcher.service import Matcher


def create_app(settings: Settings | None = None, matcher: Matcher | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if getattr(app.state, "matcher", None) is None:
            app.state.matcher = Matcher.open(settings)
        yield

    app = FastAPI(title="matcher", version="0.1.0", lifespan=lifespan,
                  description="Explained shortlists of creators whose audiences fit a segment.")
    app.state.matcher = matcher
    problems.install(app)
    app.include_router(shortlists.router)
    app.include_router(catalogue.router)
    return app
