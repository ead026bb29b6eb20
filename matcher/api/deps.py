from __future__ import annotations

from fastapi import Request

from matcher.service import Matcher


def get_matcher(request: Request) -> Matcher:
    matcher: Matcher = request.app.state.matcher
    return matcher
