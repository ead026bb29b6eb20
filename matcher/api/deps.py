"""Dependencies: the matcher on app.state, API-key roles, and who the client is."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from matcher.api.keys import KeyRing, allows
from matcher.api.quota import ClientQuota, Meter
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
            peer = request.client.host if request.client is not None else "unknown"
            request.state.client = f"address {peer}"
            return "editor"
        presented = credentials.credentials if credentials else header_key
        if not presented:
            raise Unauthorized("send an API key as 'Authorization: Bearer KEY' or "
                               "'X-API-Key: KEY'", field="authorization")
        key = keys.key_of(presented)
        if key is None:
            raise Unauthorized("unknown API key", field="authorization")
        if not allows(key.role, role):
            raise Forbidden(f"this key has role {key.role!r}; {role!r} is needed",
                            field="authorization")
        request.state.client = f"key {key.name!r}"
        return key.role

    return dependency


def meter(request: Request) -> Meter:
    """The request's client, for the compute quota: its API key's name, or its address when
    keys are off (the peer of the connection, or the address a trusted proxy forwards:
    uvicorn's --forwarded-allow-ips)."""
    client = getattr(request.state, "client", None) or (
        f"address {request.client.host}" if request.client is not None else "unknown")
    quota: ClientQuota = request.app.state.quota
    return quota.meter(client)


reader = require("reader")
editor = require("editor")
