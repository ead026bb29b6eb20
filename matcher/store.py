"""The catalogue store: profiles, saved segments, jobs, campaigns and their results, in SQLite
(WAL) by default.

``Store`` is the interface the service uses; ``SQLiteStore`` implements it with one file and
transactions, so an acknowledged write survives a kill. Every profile write takes the next
value of a catalogue-wide sequence number (``seq``); the live index replays the changes
after the sequence its snapshot was built at. Deletes are tombstones with a sequence number
of their own, so they reach the index the same way. A campaign's results are keyed by
(campaign, creator, segment, date): writing a row already stored with the same figures
changes nothing, one with other figures fails the whole write unless the write says
``replace`` (a correction); ``delete_results`` removes a campaign's rows by creator, segment
or date. Each is one transaction: a failed write leaves the results exactly as they were.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
import uuid
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from matcher.contracts.profiles import Influencer, Segment
from matcher.errors import InvalidInput, ResultConflict

# Read back as written: checked for text and size limits when written (so a limit lowered
# since does not make the catalogue unreadable), and 48 us a profile cheaper.
STORED = {"stored": True}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


@dataclass(frozen=True)
class StoredProfile:
    profile: Influencer
    version: int
    updated_at: str
    seq: int


@dataclass(frozen=True)
class Change:
    seq: int
    id: str
    profile: Influencer | None          # None: deleted


@dataclass(frozen=True)
class UpsertCounts:
    inserted: int
    updated: int
    unchanged: int
    seq: int


@dataclass(frozen=True)
class Campaign:
    id: str
    segment_id: str
    name: str | None
    created_at: str


@dataclass(frozen=True)
class ResultRow:
    """One row of a campaign's results: a creator's figures for a segment on a day."""

    campaign: str
    creator: str
    segment: str
    date: str
    spend: float
    impressions: int
    clicks: int
    conversions: int
    revenue: float

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.campaign, self.creator, self.segment, self.date)


@dataclass(frozen=True)
class ResultCounts:
    inserted: int
    unchanged: int
    replaced: int = 0


class Store(ABC):
    @abstractmethod
    def upsert_profiles(self, profiles: Sequence[Influencer]) -> UpsertCounts: ...

    @abstractmethod
    def delete_profile(self, influencer_id: str) -> bool: ...

    @abstractmethod
    def get_profile(self, influencer_id: str) -> StoredProfile | None: ...

    @abstractmethod
    def list_profiles(self, *, after: str | None = None, limit: int = 50,
                      platform: str | None = None, country: str | None = None,
                      min_followers: int | None = None, max_followers: int | None = None
                      ) -> list[StoredProfile]: ...

    @abstractmethod
    def iter_profiles(self) -> Iterator[Influencer]: ...

    @abstractmethod
    def count_profiles(self) -> int: ...

    @abstractmethod
    def last_seq(self) -> int: ...

    @abstractmethod
    def changes_since(self, seq: int) -> list[Change]: ...

    @abstractmethod
    def put_segment(self, segment: Segment) -> tuple[int, bool]: ...

    @abstractmethod
    def get_segment(self, segment_id: str) -> tuple[Segment, int, str] | None: ...

    @abstractmethod
    def list_segments(self) -> list[Segment]: ...

    @abstractmethod
    def delete_segment(self, segment_id: str) -> bool: ...

    @abstractmethod
    def create_job(self, kind: str, params: dict[str, Any]) -> str: ...

    @abstractmethod
    def update_job(self, job_id: str, **fields: Any) -> None: ...

    @abstractmethod
    def get_job(self, job_id: str) -> dict[str, Any] | None: ...

    @abstractmethod
    def list_jobs(self, state: str | None = None) -> list[dict[str, Any]]: ...

    @abstractmethod
    def put_campaign(self, campaign_id: str, segment_id: str, name: str | None = None
                     ) -> Campaign: ...

    @abstractmethod
    def get_campaign(self, campaign_id: str) -> Campaign | None: ...

    @abstractmethod
    def add_results(self, rows: Sequence[ResultRow], replace: bool = False) -> ResultCounts:
        """Store ``rows`` in one transaction; a key stored with other figures fails the
        whole write, or with ``replace`` takes the new figures."""

    @abstractmethod
    def delete_results(self, campaign: str, *, creator: str | None = None,
                       segment: str | None = None, date: str | None = None
                       ) -> list[ResultRow]:
        """Delete the campaign's rows matching every selector given; return them."""

    @abstractmethod
    def stored_result(self, key: tuple[str, str, str, str]) -> ResultRow | None: ...

    @abstractmethod
    def results(self, *, campaign: str | None = None, segment: str | None = None
                ) -> list[ResultRow]: ...

    @abstractmethod
    def close(self) -> None: ...


SCHEMA = """
CREATE TABLE IF NOT EXISTS profiles (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    platform TEXT NOT NULL,
    country TEXT,
    followers INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS profiles_seq ON profiles (seq);
CREATE TABLE IF NOT EXISTS segments (
    id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS campaigns (
    id TEXT PRIMARY KEY,
    segment_id TEXT NOT NULL,
    name TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS results (
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    creator_id TEXT NOT NULL,
    segment_id TEXT NOT NULL,
    date TEXT NOT NULL,
    spend REAL NOT NULL,
    impressions INTEGER NOT NULL,
    clicks INTEGER NOT NULL,
    conversions INTEGER NOT NULL,
    revenue REAL NOT NULL,
    imported_at TEXT NOT NULL,
    PRIMARY KEY (campaign_id, creator_id, segment_id, date)
);
CREATE INDEX IF NOT EXISTS results_segment ON results (segment_id);
"""
RESULT_COLUMNS = ("campaign_id, creator_id, segment_id, date, spend, impressions, clicks, "
                  "conversions, revenue")


def sqlite_path(url: str | Path) -> Path:
    text = str(url)
    for prefix in ("sqlite:///", "sqlite://"):
        if text.startswith(prefix):
            return Path(text[len(prefix):])
    if "://" in text:
        raise InvalidInput(f"unsupported database URL {text!r}: only sqlite:///PATH is built "
                           "in; implement matcher.store.Store for another database",
                           field="database_url")
    return Path(text)


class SQLiteStore(Store):
    def __init__(self, url: str | Path) -> None:
        path = sqlite_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.RLock()
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None,
                                   timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute("PRAGMA foreign_keys=ON")
        self._db.executescript(SCHEMA)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write: BEGIN IMMEDIATE, COMMIT on success, ROLLBACK on any error (the store is
        then exactly as before and takes the next write)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                self._db.execute("COMMIT")  # a failed COMMIT (disk full) is rolled back too
            except BaseException:
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise

    def _next_seq(self) -> int:
        row = self._db.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()
        seq = (int(row[0]) if row else 0) + 1
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('seq', ?)", (str(seq),))
        return seq

    def upsert_profiles(self, profiles: Sequence[Influencer]) -> UpsertCounts:
        inserted = updated = unchanged = 0
        encoded = [(profile, profile.model_dump_json(exclude_none=True)) for profile in profiles]
        with self._transaction() as db:
            stamp = now()
            for profile, data in encoded:
                row = db.execute("SELECT version, deleted, data FROM profiles WHERE id = ?",
                                 (profile.id,)).fetchone()
                if row is not None and not row[1] and row[2] == data:
                    unchanged += 1
                    continue
                seq = self._next_seq()
                values = (seq, stamp, profile.platform.value, profile.country,
                          profile.followers, data, profile.id)
                if row is None:
                    db.execute(
                        "INSERT INTO profiles (seq, version, updated_at, deleted, platform, "
                        "country, followers, data, id) VALUES (?, 1, ?, 0, ?, ?, ?, ?, ?)",
                        values)
                    inserted += 1
                else:
                    db.execute(
                        "UPDATE profiles SET seq = ?, version = version + 1, updated_at = ?, "
                        "deleted = 0, platform = ?, country = ?, followers = ?, data = ? "
                        "WHERE id = ?", values)
                    if row[1]:
                        inserted += 1
                    else:
                        updated += 1
        return UpsertCounts(inserted, updated, unchanged, self.last_seq())

    def delete_profile(self, influencer_id: str) -> bool:
        with self._transaction() as db:
            row = db.execute("SELECT deleted FROM profiles WHERE id = ?",
                             (influencer_id,)).fetchone()
            if row is None or row[0]:
                return False
            db.execute("UPDATE profiles SET deleted = 1, seq = ?, version = version + 1, "
                       "updated_at = ? WHERE id = ?", (self._next_seq(), now(), influencer_id))
            return True

    def _stored(self, row: tuple[Any, ...]) -> StoredProfile:
        return StoredProfile(Influencer.model_validate_json(row[0], context=STORED),
                             row[1], row[2], row[3])

    def get_profile(self, influencer_id: str) -> StoredProfile | None:
        with self._lock:
            row = self._db.execute(
                "SELECT data, version, updated_at, seq FROM profiles WHERE id = ? AND "
                "deleted = 0", (influencer_id,)).fetchone()
        return None if row is None else self._stored(row)

    def list_profiles(self, *, after: str | None = None, limit: int = 50,
                      platform: str | None = None, country: str | None = None,
                      min_followers: int | None = None, max_followers: int | None = None
                      ) -> list[StoredProfile]:
        clauses, params = ["deleted = 0"], []
        for clause, value in (("id > ?", after), ("platform = ?", platform),
                              ("country = ?", country), ("followers >= ?", min_followers),
                              ("followers <= ?", max_followers)):
            if value is not None:
                clauses.append(clause)
                params.append(value)
        sql = (f"SELECT data, version, updated_at, seq FROM profiles WHERE {' AND '.join(clauses)}"
               " ORDER BY id LIMIT ?")
        with self._lock:
            rows = self._db.execute(sql, [*params, limit]).fetchall()
        return [self._stored(r) for r in rows]

    def iter_profiles(self) -> Iterator[Influencer]:
        after = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT id, data FROM profiles WHERE deleted = 0 AND id > ? ORDER BY id "
                    "LIMIT 5000", (after,)).fetchall()
            if not rows:
                return
            for _, data in rows:
                yield Influencer.model_validate_json(data, context=STORED)
            after = rows[-1][0]

    def count_profiles(self) -> int:
        with self._lock:
            return int(self._db.execute(
                "SELECT COUNT(*) FROM profiles WHERE deleted = 0").fetchone()[0])

    def last_seq(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'seq'").fetchone()
        return int(row[0]) if row else 0

    def changes_since(self, seq: int) -> list[Change]:
        with self._lock:
            rows = self._db.execute(
                "SELECT seq, id, deleted, data FROM profiles WHERE seq > ? ORDER BY seq",
                (seq,)).fetchall()
        return [Change(s, i, None if d else Influencer.model_validate_json(data, context=STORED))
                for s, i, d, data in rows]

    def put_segment(self, segment: Segment) -> tuple[int, bool]:
        # only what the segment names: a default it leaves unset follows the service's
        data = segment.model_dump_json(exclude_unset=True)
        with self._transaction() as db:
            row = db.execute("SELECT version FROM segments WHERE id = ?",
                             (segment.id,)).fetchone()
            version = 1 if row is None else int(row[0]) + 1
            db.execute("INSERT OR REPLACE INTO segments VALUES (?, ?, ?, ?)",
                       (segment.id, version, now(), data))
        return version, row is None

    def get_segment(self, segment_id: str) -> tuple[Segment, int, str] | None:
        with self._lock:
            row = self._db.execute("SELECT data, version, updated_at FROM segments WHERE id = ?",
                                   (segment_id,)).fetchone()
        return None if row is None else (
            Segment.model_validate_json(row[0], context=STORED), row[1], row[2])

    def list_segments(self) -> list[Segment]:
        with self._lock:
            rows = self._db.execute("SELECT data FROM segments ORDER BY id").fetchall()
        return [Segment.model_validate_json(r[0], context=STORED) for r in rows]

    def delete_segment(self, segment_id: str) -> bool:
        with self._transaction() as db:
            cursor = db.execute("DELETE FROM segments WHERE id = ?", (segment_id,))
        return cursor.rowcount > 0

    def create_job(self, kind: str, params: dict[str, Any]) -> str:
        job_id = uuid.uuid4().hex
        stamp = now()
        record = json.dumps({"params": params, "progress": 0.0, "rows_done": 0, "error": None})
        with self._transaction() as db:
            db.execute("INSERT INTO jobs VALUES (?, ?, 'queued', ?, ?, ?)",
                       (job_id, kind, stamp, stamp, record))
        return job_id

    def update_job(self, job_id: str, **fields: Any) -> None:
        with self._transaction() as db:
            row = db.execute("SELECT state, data FROM jobs WHERE id = ?", (job_id,)).fetchone()
            if row is None:
                raise KeyError(job_id)
            state = fields.pop("state", row[0])
            record = json.loads(row[1])
            record.update(fields)
            db.execute("UPDATE jobs SET state = ?, updated_at = ?, data = ? WHERE id = ?",
                       (state, now(), json.dumps(record), job_id))

    def get_job(self, job_id: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT id, kind, state, created_at, updated_at, data FROM jobs WHERE id = ?",
                (job_id,)).fetchone()
        if row is None:
            return None
        return {"id": row[0], "kind": row[1], "state": row[2], "created_at": row[3],
                "updated_at": row[4], **json.loads(row[5])}

    def list_jobs(self, state: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            ids = [r[0] for r in self._db.execute(
                "SELECT id FROM jobs WHERE (? IS NULL OR state = ?) ORDER BY created_at",
                (state, state)).fetchall()]
        return [job for job in (self.get_job(i) for i in ids) if job is not None]

    def put_campaign(self, campaign_id: str, segment_id: str, name: str | None = None
                     ) -> Campaign:
        """Create a campaign, or update its segment and name; its results stay."""
        with self._transaction() as db:
            row = db.execute("SELECT created_at FROM campaigns WHERE id = ?",
                             (campaign_id,)).fetchone()
            created = now() if row is None else str(row[0])
            db.execute("INSERT INTO campaigns VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
                       "SET segment_id = excluded.segment_id, name = excluded.name",
                       (campaign_id, segment_id, name, created))
        return Campaign(campaign_id, segment_id, name, created)

    def get_campaign(self, campaign_id: str) -> Campaign | None:
        with self._lock:
            row = self._db.execute("SELECT id, segment_id, name, created_at FROM campaigns "
                                   "WHERE id = ?", (campaign_id,)).fetchone()
        return None if row is None else Campaign(*row)

    def add_results(self, rows: Sequence[ResultRow], replace: bool = False) -> ResultCounts:
        inserted = unchanged = replaced = 0
        with self._transaction() as db:
            stamp = now()
            for row in rows:
                stored = db.execute(f"SELECT {RESULT_COLUMNS} FROM results WHERE campaign_id = ?"
                                    " AND creator_id = ? AND segment_id = ? AND date = ?",
                                    row.key).fetchone()
                figures = (row.spend, row.impressions, row.clicks, row.conversions, row.revenue)
                if stored is not None:
                    if ResultRow(*stored) == row:
                        unchanged += 1
                        continue
                    if not replace:
                        raise ResultConflict(
                            f"a result for campaign {row.campaign!r}, creator {row.creator!r}, "
                            f"segment {row.segment!r} on {row.date} is stored with other "
                            "figures", field="results")
                    db.execute("UPDATE results SET spend = ?, impressions = ?, clicks = ?, "
                               "conversions = ?, revenue = ?, imported_at = ? WHERE "
                               "campaign_id = ? AND creator_id = ? AND segment_id = ? AND "
                               "date = ?", (*figures, stamp, *row.key))
                    replaced += 1
                    continue
                db.execute(f"INSERT INTO results ({RESULT_COLUMNS}, imported_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (*row.key, *figures, stamp))
                inserted += 1
        return ResultCounts(inserted, unchanged, replaced)

    def delete_results(self, campaign: str, *, creator: str | None = None,
                       segment: str | None = None, date: str | None = None
                       ) -> list[ResultRow]:
        where = ("campaign_id = ? AND (? IS NULL OR creator_id = ?) AND (? IS NULL OR "
                 "segment_id = ?) AND (? IS NULL OR date = ?)")
        args = (campaign, creator, creator, segment, segment, date, date)
        with self._transaction() as db:
            rows = db.execute(f"SELECT {RESULT_COLUMNS} FROM results WHERE {where} ORDER BY "
                              "creator_id, segment_id, date", args).fetchall()
            db.execute(f"DELETE FROM results WHERE {where}", args)
        return [ResultRow(*row) for row in rows]

    def stored_result(self, key: tuple[str, str, str, str]) -> ResultRow | None:
        with self._lock:
            row = self._db.execute(f"SELECT {RESULT_COLUMNS} FROM results WHERE campaign_id = ? "
                                   "AND creator_id = ? AND segment_id = ? AND date = ?",
                                   key).fetchone()
        return None if row is None else ResultRow(*row)

    def results(self, *, campaign: str | None = None, segment: str | None = None
                ) -> list[ResultRow]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {RESULT_COLUMNS} FROM results WHERE (? IS NULL OR campaign_id = ?) "
                "AND (? IS NULL OR segment_id = ?) ORDER BY campaign_id, creator_id, "
                "segment_id, date", (campaign, campaign, segment, segment)).fetchall()
        return [ResultRow(*row) for row in rows]

    def get_meta(self, key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def open_store(url: str | Path) -> Store:
    return SQLiteStore(url)
