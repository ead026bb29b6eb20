"""The error tree. Every error the core raises is a ``MatcherError``.

::

    MatcherError                      500 matcher-error
    ├── InvalidInput                  422 invalid-input        (a field of a request or a file)
    │   └── InvalidSegment            422 invalid-segment
    ├── NotFound                      404 not-found
    │   ├── UnknownSegment            404 unknown-segment
    │   └── UnknownInfluencer         404 unknown-influencer
    ├── IndexUnavailable              503 index-unavailable    (no snapshot yet)
    ├── SnapshotMismatch              409 snapshot-mismatch    (snapshot built by another model)
    ├── ReadOnlyCatalogue             409 read-only-catalogue  (service.py: file-mode catalogue)
    ├── Unauthorized / Forbidden      401 / 403                (api/deps.py: API keys)
    ├── RendererUnavailable           503 renderer-unavailable (reports/pdf.py: no Chromium)
    ├── ComputeUnavailable            503 compute-unavailable  (api/compute.py: processes gone)
    ├── RenderFailed                  500 render-failed        (reports/pdf.py)
    └── JobNotDone                    409                      (jobs.py: result not ready)

Each class carries an HTTP status and a type slug; the API renders them as
``application/problem+json`` in one handler and the CLI prints ``detail`` on one line.
"""

from __future__ import annotations

from typing import Any


class MatcherError(Exception):
    status: int = 500
    slug: str = "matcher-error"
    title: str = "Matcher error"

    def __init__(
        self, detail: str, *, field: str | None = None, row: int | None = None, **extra: Any
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.field = field
        self.row = row
        self.extra = extra

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (field, row, extra too): a compute process raises them."""
        return (_rebuild, (type(self), self.detail, self.field, self.row, self.extra))

    def to_problem(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "type": f"https://matcher.dev/problems/{self.slug}",
            "title": self.title,
            "status": self.status,
            "detail": self.detail,
        }
        if self.field is not None:
            body["field"] = self.field
        if self.row is not None:
            body["row"] = self.row
        body.update(self.extra)
        return body


class InvalidInput(MatcherError):
    status = 422
    slug = "invalid-input"
    title = "Invalid input"


class InvalidSegment(InvalidInput):
    slug = "invalid-segment"
    title = "Invalid segment"


class NotFound(MatcherError):
    status = 404
    slug = "not-found"
    title = "Not found"


class UnknownSegment(NotFound):
    slug = "unknown-segment"
    title = "Unknown segment"


class UnknownInfluencer(NotFound):
    slug = "unknown-influencer"
    title = "Unknown influencer"


class IndexUnavailable(MatcherError):
    status = 503
    slug = "index-unavailable"
    title = "Index unavailable"


class SnapshotMismatch(MatcherError):
    status = 409
    slug = "snapshot-mismatch"
    title = "Snapshot does not match the running service"


_LOCATION_NOISE = {"body", "query", "path", "[key]"}


def field_path(loc: tuple[object, ...] | list[object]) -> str:
    """A dotted field path from a pydantic error location, without union and type tags."""
    parts = []
    for part in loc:
        text = str(part)
        if text in _LOCATION_NOISE or "[" in text or "(" in text:
            continue
        if text[:1].isupper() and text[1:2].islower():  # a model name inside a union
            continue
        parts.append(text)
    return ".".join(parts)


def _rebuild(cls: type[MatcherError], detail: str, field: str | None, row: int | None,
             extra: dict[str, Any]) -> MatcherError:
    return cls(detail, field=field, row=row, **extra)
