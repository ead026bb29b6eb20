"""Every error class of the package, in one tree.

::

    MatcherError                      500 matcher-error
    ├── InvalidInput                  422 invalid-input        a field of a request or a file
    │   ├── InvalidSegment            422 invalid-segment
    │   └── InfeasiblePlan            422 infeasible-plan      a plan's constraints conflict
    ├── NotFound                      404 not-found
    │   ├── UnknownSegment            404 unknown-segment
    │   ├── UnknownInfluencer         404 unknown-influencer
    │   ├── UnknownCampaign           404 unknown-campaign
    │   └── UnknownJob                404 unknown-job
    ├── Unauthorized                  401 unauthorized         no or an unknown API key
    ├── Forbidden                     403 forbidden            the key's role does not allow it
    ├── ReadOnlyCatalogue             409 read-only-catalogue  a snapshot served from a file
    ├── SnapshotMismatch              409 snapshot-mismatch    built by another model or layout
    ├── JobNotDone                    409 job-not-done         a job's result asked too early
    ├── ResultConflict                409 result-conflict      a result stored with other figures
    ├── BodyTooLarge                  413 body-too-large       over MATCHER_MAX_BODY_BYTES
    ├── OverQuota                     429 over-quota           a client over its share of the
    │                                                          compute thread; Retry-After says when
    ├── RenderFailed                  500 render-failed        Chromium failed on a report
    ├── IndexUnavailable              503 index-unavailable    no snapshot yet
    ├── RendererUnavailable           503 renderer-unavailable no Chromium for PDFs
    ├── ComputeUnavailable            503 compute-unavailable  the compute processes are gone
    └── Busy                          503 busy                 over a queue limit or a time
                                                               budget; Retry-After says when

    RowError (ValueError)             one row of a file cannot be accepted: its field and why
    └── MappedRowError                the same, from a column mapping, with the row's id

A ``MatcherError`` carries its HTTP status and type slug; the API renders it as
``application/problem+json`` (``to_problem``, the one builder of that body) and the CLI prints
its ``detail`` on one line. A ``RowError`` never reaches a caller: readers turn it into a
reject (row, field, reason) beside the rows they accept.
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
        return problem_body(self.status, self.slug, self.title, self.detail, field=self.field,
                            row=self.row, **self.extra)


def problem_body(status: int, slug: str, title: str, detail: str, *, field: str | None = None,
                 row: int | None = None, **extra: Any) -> dict[str, Any]:
    """The one ``application/problem+json`` body: type, title, status, detail, then the
    offending field or row and any extra members."""
    body: dict[str, Any] = {"type": f"https://matcher.dev/problems/{slug}", "title": title,
                            "status": status, "detail": detail}
    if field is not None:
        body["field"] = field
    if row is not None:
        body["row"] = row
    body.update(extra)
    return body


class InvalidInput(MatcherError):
    status = 422
    slug = "invalid-input"
    title = "Invalid input"


class InvalidSegment(InvalidInput):
    slug = "invalid-segment"
    title = "Invalid segment"


class InfeasiblePlan(InvalidInput):
    """A plan's constraints cannot all be met (the budget below the cheapest creator,
    must-includes over the budget, contradictory limits); ``field`` names the constraint."""

    slug = "infeasible-plan"
    title = "Infeasible plan"


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


class UnknownCampaign(NotFound):
    slug = "unknown-campaign"
    title = "Unknown campaign"


class ResultConflict(MatcherError):
    """A campaign result whose key (campaign, creator, segment, date) is stored with other
    figures: never merged; the write that carried it changed nothing."""

    status = 409
    slug = "result-conflict"
    title = "Result stored with other figures"


class IndexUnavailable(MatcherError):
    status = 503
    slug = "index-unavailable"
    title = "Index unavailable"


class SnapshotMismatch(MatcherError):
    status = 409
    slug = "snapshot-mismatch"
    title = "Snapshot does not match the running service"


class ReadOnlyCatalogue(MatcherError):
    status = 409
    slug = "read-only-catalogue"
    title = "The catalogue is read-only"


class Unauthorized(MatcherError):
    status = 401
    slug = "unauthorized"
    title = "Missing or unknown API key"


class Forbidden(MatcherError):
    status = 403
    slug = "forbidden"
    title = "The API key's role does not allow this"


class BodyTooLarge(MatcherError):
    status = 413
    slug = "body-too-large"
    title = "Request body too large"


class OverQuota(MatcherError):
    """A client that used more than its share of the compute thread in the window
    (MATCHER_CLIENT_COMPUTE_SECONDS per MATCHER_CLIENT_WINDOW_SECONDS): the problem body
    carries ``retry_after`` (seconds until enough of its share frees), sent as the
    ``Retry-After`` header too."""

    status = 429
    slug = "over-quota"
    title = "Too many requests: over the client's compute share"


class UnknownJob(NotFound):
    slug = "unknown-job"
    title = "Unknown job"


class JobNotDone(MatcherError):
    status = 409
    slug = "job-not-done"
    title = "The job has no result yet"


class ComputeUnavailable(MatcherError):
    status = 503
    slug = "compute-unavailable"
    title = "No compute process to answer"


class RendererUnavailable(MatcherError):
    status = 503
    slug = "renderer-unavailable"
    title = "PDF renderer unavailable"


class Busy(MatcherError):
    """Too many requests of one kind at once, or one over its time budget: the problem body
    carries ``retry_after`` (seconds), sent as the ``Retry-After`` header too."""

    status = 503
    slug = "busy"
    title = "Busy: retry later"


class RenderFailed(MatcherError):
    slug = "render-failed"
    title = "PDF rendering failed"


class RowError(ValueError):
    """A row cannot be accepted: ``field`` is the dotted path, ``reason`` what was expected."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class MappedRowError(RowError):
    """A row the mapping cannot turn into a profile; carries the row's id when it has one."""

    def __init__(self, field: str, reason: str, id: str | None = None) -> None:
        super().__init__(field, reason)
        self.id = id


_LOCATION_NOISE = {"body", "query", "path", "[key]",
                   # pydantic's tags for constrained and union types inside a location
                   "constrained-int", "constrained-float", "constrained-str",
                   "constrained-bytes", "lax-or-strict", "json-or-python", "nullable",
                   "tagged-union", "definition-ref"}


class FieldError(ValueError):
    """A validator's complaint about a field deeper than the one it validates (a text inside
    a profile): ``path`` is that field's dotted path."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(message)
        self.path = path


def error_field(error: Any) -> str:
    """The dotted path of the field a pydantic error (one of ``errors()``) is about."""
    where = field_path(error.get("loc", ()))
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, FieldError):
        return f"{where}.{cause.path}" if where else cause.path
    return where


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
