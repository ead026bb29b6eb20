"""Bulk ingest: a request body in any roster format -> accepted profiles and rejects."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from matcher.contracts.profiles import Influencer
from matcher.errors import InvalidInput
from matcher.ingest.readers import Reject, iter_raw_rows, validate_rows

# The body schema each media type declares in the OpenAPI document.
BODY_SCHEMAS: dict[str, dict[str, object]] = {
    "application/json": {"type": ["array", "object"],
                         "description": "A JSON array of profiles, or profiles as JSON "
                                        "objects one a line; a row that is not a valid profile "
                                        "is a reject, not a failed request."},
}

CONTENT_TYPES = {
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "application/ndjson": ".jsonl",
    "text/csv": ".csv",
    "application/vnd.apache.parquet": ".parquet",
    "application/x-parquet": ".parquet",
}


def parse_body(body: bytes, content_type: str) -> tuple[list[Influencer], list[Reject]]:
    media = content_type.split(";")[0].strip().lower()
    if media not in CONTENT_TYPES:
        raise InvalidInput(f"unsupported content type {media!r}; send one of "
                           f"{', '.join(CONTENT_TYPES)}", field="content-type")
    suffix = CONTENT_TYPES[media]
    if not body.strip():
        raise InvalidInput("the body is empty; expected profiles", field="body")
    if suffix == ".json":
        stripped = body.lstrip()
        if not stripped.startswith((b"[", b"{")):
            raise InvalidInput("expected a JSON array of profiles, or profiles as JSON "
                               "objects one a line", field="body")
        if not stripped.startswith(b"["):
            suffix = ".jsonl"
        else:
            try:
                json.loads(body)
            except ValueError as err:
                raise InvalidInput(f"body is not valid JSON: {err}", field="body") from None
            except RecursionError:
                raise InvalidInput("body is nested deeper than a profile can be",
                                   field="body") from None
    with tempfile.TemporaryDirectory(prefix="matcher-ingest-") as tmp:
        path = Path(tmp) / f"upload{suffix}"
        path.write_bytes(body)
        accepted: list[Influencer] = []
        rejects: list[Reject] = []
        try:
            for item in validate_rows(iter_raw_rows(path)):
                if isinstance(item, Reject):
                    rejects.append(item)
                else:
                    accepted.append(item)
        except (ValueError, OSError) as err:
            raise InvalidInput(f"cannot read the body as {suffix.lstrip('.')}: {err}",
                               field="body") from None
        except RecursionError:
            raise InvalidInput("body is nested deeper than a profile can be",
                               field="body") from None
    return accepted, rejects
