"""Dependencies: the matcher on app.state, and API-key roles."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from matcher.api.keys import KeyRing, allows
from matcher.errors import Forbidden, Unauthorized
from matcher.service import Matcher

bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer API_KEY")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


async def get_matcher(request: Request) -> Matcher:
    matcher: Matcher = request.app.state.matcher
    return matcher


def require(role: str) -> Callable[..., Awaitable[str]]:
    """A dependency admitting keys whose role allows ``role``; returns the caller's role."""

    async def dependency(
        request: Request,
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
        header_key: Annotated[str | None, Depends(api_key_header)],
    ) -> str:
        keys: KeyRing | None = request.app.state.keys
        if keys is None:
            return "editor"
        presented = credentials.credentials if credentials else header_key
        if not presented:
            raise Unauthorized("send an API key as 'Authorization: Bearer KEY' or "
                               "'X-API-Key: KEY'", field="authorization")
        found = keys.role_of(presented)
        if found is None:
            raise Unauthorized("unknown API key", field="authorization")
        if not allows(found, role):
            raise Forbidden(f"this key has role {found!r}; {role!r} is needed",
                            field="authorization")
        return found

    return dependency


reader = require("reader")
editor = require("editor")
