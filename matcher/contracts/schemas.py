"""JSON Schemas of the data contracts, shipped in ``matcher/contracts/schemas/``, served by
the API."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from matcher.contracts.profiles import Influencer, Segment
from matcher.errors import NotFound

SCHEMA_MODELS: dict[str, type[BaseModel]] = {"influencer": Influencer, "segment": Segment}
SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"


def json_schema(name: str) -> dict[str, Any]:
    if name not in SCHEMA_MODELS:
        raise NotFound(f"no schema {name!r}; known: {', '.join(SCHEMA_MODELS)}", field="name")
    schema = SCHEMA_MODELS[name].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://matcher.dev/schemas/{name}.json"
    return schema


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in SCHEMA_MODELS:
        path = directory / f"{name}.json"
        path.write_text(json.dumps(json_schema(name), indent=2, sort_keys=True) + "\n",
                        encoding="utf-8")
        written.append(path)
    return written
