"""Batch scoring jobs: queued in the store, run one at a time in a background thread.

A job is a roster upload plus the segments (resolved when it is submitted, so a rerun scores
the same ones), ``top``, a bundled mapping and an output format. Its state lives in the
store's jobs table (``Store.create_job`` / ``update_job``): ``queued -> running -> done |
failed``, with progress and counts; its files under ``jobs_dir``::

    inputs/<upload id><suffix>      the roster as uploaded
    <job id>/result.<format>        written under a temporary name, renamed when complete
    <job id>/result.rejects.csv

A job is never lost. When the service starts, jobs left ``queued`` or ``running`` (the
process was killed) are queued again and rerun from the start, which is safe because a run
only renames its files into place when it completes; a job interrupted ``MAX_ATTEMPTS``
times, or whose upload is gone, is marked ``failed`` with the reason. A graceful shutdown
puts the running job back in the queue.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from matcher.batch import BatchOptions, Reference, score_roster
from matcher.batch.output import rejects_path
from matcher.config import Settings
from matcher.contracts.profiles import Segment
from matcher.errors import InvalidInput, JobNotDone, MatcherError, UnknownJob
from matcher.ingest.mapping import bundled_mappings, load_mapping
from matcher.ingest.readers import upload_name
from matcher.service import Matcher
from matcher.store import Store, now, open_store, sqlite_path

log = logging.getLogger("matcher.jobs")
KIND = "score"
MAX_ATTEMPTS = 3
OUTPUT_FORMATS: tuple[str, ...] = ("csv", "parquet", "jsonl")
PROGRESS_EVERY = 1.0


class _Interrupted(Exception):
    """Raised inside a run when the service shuts down: the job goes back to the queue."""


def jobs_directory(settings: Settings) -> Path:
    if settings.jobs_dir is not None:
        return Path(settings.jobs_dir)
    return sqlite_path(settings.database_url).resolve().parent / "jobs"


class JobRunner:
    def __init__(self, matcher: Matcher, store: Store | None = None,
                 directory: Path | None = None) -> None:
        self.matcher = matcher
        self.store = store or matcher.store or open_store(matcher.settings.database_url)
        self.directory = directory or jobs_directory(matcher.settings)
        (self.directory / "inputs").mkdir(parents=True, exist_ok=True)
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    # --- lifecycle -------------------------------------------------------------------------

    def start(self) -> JobRunner:
        """Recover unfinished jobs, then start the worker thread."""
        if self._thread is not None:
            return self
        for job in self.store.list_jobs():
            if job["kind"] == KIND and job["state"] in ("queued", "running"):
                self._recover(job)
        self._thread = threading.Thread(target=self._loop, name="matcher-jobs", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def _recover(self, job: dict[str, Any]) -> None:
        params = job["params"]
        attempts = int(job.get("attempts", 0))
        if job["state"] == "running" and attempts >= MAX_ATTEMPTS:
            self._fail(job["id"], "interrupted", f"the service stopped during each of "
                                                 f"{attempts} attempts", None)
        elif not Path(params["input"]).exists():
            self._fail(job["id"], "input-missing", "the uploaded roster is gone from "
                                                   f"{self.directory}", None)
        else:
            if job["state"] == "running":
                self.store.update_job(job["id"], state="queued", progress=0.0, rows_done=0,
                                      requeued_at=now())
                log.warning("job %s was interrupted; queued again", job["id"])
            self._queue.put(job["id"])

    # --- submitting ------------------------------------------------------------------------

    def upload_path(self, filename: str) -> Path:
        """Where to store a new upload; its name's suffix must tell the roster's format."""
        return self.directory / "inputs" / upload_name(filename, "roster.csv")

    @staticmethod
    def check(segments: Sequence[Segment], top: int | None = None, mapping: str | None = None,
              fmt: str = "csv", chunk_rows: int = 10_000) -> None:
        """The options of a job, checked before its upload is stored."""
        if fmt not in OUTPUT_FORMATS:
            raise InvalidInput(f"format must be one of {list(OUTPUT_FORMATS)}, got {fmt!r}",
                               field="format")
        if mapping is not None and mapping not in bundled_mappings():
            raise InvalidInput(f"unknown mapping {mapping!r}; bundled: "
                               f"{', '.join(bundled_mappings())}", field="mapping")
        if top is not None and top < 1:
            raise InvalidInput(f"top must be at least 1, got {top}", field="top")
        if chunk_rows < 1:
            raise InvalidInput(f"chunk_rows must be at least 1, got {chunk_rows}",
                               field="chunk_rows")
        if not segments:
            raise InvalidInput("give at least one segment id", field="segments")

    def submit(self, upload: Path, filename: str, segments: Sequence[Segment],
               top: int | None = None, mapping: str | None = None, fmt: str = "csv",
               chunk_rows: int = 10_000) -> dict[str, Any]:
        """Queue a job for an upload saved at ``upload_path(filename)``."""
        try:
            self.check(segments, top, mapping, fmt, chunk_rows)
            size = upload.stat().st_size if upload.exists() else 0
            if size == 0:
                raise InvalidInput("the roster is empty", field="roster")
            with open(upload, "rb") as handle:
                os.fsync(handle.fileno())
        except BaseException:
            upload.unlink(missing_ok=True)
            raise
        params = {"input": str(upload), "filename": Path(filename).name, "bytes": size,
                  "segments": [s.model_dump(mode="json") for s in segments], "top": top,
                  "mapping": mapping, "format": fmt, "chunk_rows": chunk_rows}
        job_id = self.store.create_job(KIND, params)
        self.store.update_job(job_id, attempts=0)
        self._queue.put(job_id)
        return self.get(job_id)

    # --- reading ---------------------------------------------------------------------------

    def get(self, job_id: str) -> dict[str, Any]:
        job = self.store.get_job(job_id)
        if job is None or job["kind"] != KIND:
            raise UnknownJob(f"no scoring job with id {job_id!r}", field="job_id")
        params = job["params"]
        done = job["state"] == "done"
        return {
            "id": job["id"], "state": job["state"], "created_at": job["created_at"],
            "updated_at": job["updated_at"], "started_at": job.get("started_at"),
            "finished_at": job.get("finished_at"), "filename": params["filename"],
            "segments": [s["id"] for s in params["segments"]], "top": params["top"],
            "mapping": params["mapping"], "format": params["format"],
            "progress": float(job.get("progress") or 0.0),
            "rows_read": int(job.get("rows_done") or 0),
            "rows_estimate": job.get("rows_estimate"), "scored": job.get("scored"),
            "rejected": job.get("rejected"), "rows_written": job.get("rows_written"),
            "texts_encoded": job.get("texts_encoded"), "seconds": job.get("seconds"),
            "warnings": job.get("warnings") or [],
            "attempts": int(job.get("attempts") or 0), "error": job.get("error"),
            "result_url": f"/v1/scoring-jobs/{job_id}/result" if done else None,
            "rejects_url": f"/v1/scoring-jobs/{job_id}/rejects" if done else None,
        }

    def list(self, limit: int = 100) -> list[dict[str, Any]]:
        jobs = [j for j in self.store.list_jobs() if j["kind"] == KIND]
        return [self.get(j["id"]) for j in reversed(jobs[-limit:])]

    def output(self, job_id: str, which: str) -> tuple[Path, str]:
        """The result or rejects file of a finished job, and its format."""
        job = self.get(job_id)
        if job["state"] != "done":
            reason = (f": {job['error']['detail']}" if job["state"] == "failed" and
                      job["error"] else "")
            raise JobNotDone(f"job {job_id} is {job['state']}{reason}; its files exist once "
                             "it is done", field="job_id")
        result = self.directory / job_id / f"result.{job['format']}"
        if which == "rejects":
            return rejects_path(result), "csv"
        return result, job["format"]

    # --- running ---------------------------------------------------------------------------

    def _loop(self) -> None:
        while not self._stopping.is_set():
            job_id = self._queue.get()
            if job_id is None or self._stopping.is_set():
                return
            try:
                self._run(job_id)
            except Exception:  # the thread must outlive any one job
                log.exception("job %s crashed the runner", job_id)

    def _fail(self, job_id: str, kind: str, detail: str, field: str | None) -> None:
        self.store.update_job(job_id, state="failed", finished_at=now(),
                              error={"type": kind, "detail": detail, "field": field})
        self._drop_upload(job_id)

    def _public(self, detail: str, params: dict[str, Any]) -> str:
        """An error as the client may read it: the upload by the name it was sent under,
        never a path of the server."""
        upload = Path(params["input"])
        detail = detail.replace(str(upload), params["filename"])
        detail = detail.replace(upload.name, params["filename"])
        return detail.replace(str(self.directory.resolve()), "jobs").replace(
            str(self.directory), "jobs")

    def _drop_upload(self, job_id: str) -> None:
        job = self.store.get_job(job_id)
        if job is not None:
            Path(job["params"]["input"]).unlink(missing_ok=True)

    def _run(self, job_id: str) -> None:
        job = self.store.get_job(job_id)
        if job is None or job["state"] != "queued":
            return
        params = job["params"]
        attempts = int(job.get("attempts") or 0) + 1
        self.store.update_job(job_id, state="running", started_at=now(), attempts=attempts,
                              progress=0.0, rows_done=0)
        folder = self.directory / job_id
        folder.mkdir(parents=True, exist_ok=True)
        last = [0.0]

        def progress(rows: int, estimate: int | None) -> None:
            if self._stopping.is_set():
                raise _Interrupted
            if time.monotonic() - last[0] >= PROGRESS_EVERY:
                last[0] = time.monotonic()
                fraction = min(rows / estimate, 0.99) if estimate else 0.0
                self.store.update_job(job_id, progress=round(fraction, 4), rows_done=rows,
                                      rows_estimate=estimate)

        try:
            segments = [Segment.model_validate(s) for s in params["segments"]]
            options = BatchOptions(top=params["top"], chunk_rows=int(params["chunk_rows"]),
                                   mapping=load_mapping(params["mapping"])
                                   if params["mapping"] else None)
            summary = score_roster(Path(params["input"]), segments,
                                   folder / f"result.{params['format']}",
                                   Reference.of_matcher(self.matcher), options,
                                   on_progress=progress)
        except _Interrupted:
            self.store.update_job(job_id, state="queued", progress=0.0, rows_done=0)
            return
        except MatcherError as err:
            self._fail(job_id, err.slug, self._public(err.detail, params), err.field)
            return
        except Exception:  # noqa: BLE001 - reported on the job, not lost
            log.exception("job %s failed", job_id)
            self._fail(job_id, "internal-error", f"the job failed on an internal error "
                       f"(logged on the server with job id {job_id})", None)
            return
        self.store.update_job(job_id, state="done", finished_at=now(), progress=1.0,
                              rows_done=summary.rows_read, scored=summary.scored,
                              rejected=summary.rejected, rows_written=summary.rows_written,
                              texts_encoded=summary.texts_encoded,
                              seconds=round(summary.seconds, 3), warnings=summary.warnings)
        self._drop_upload(job_id)
