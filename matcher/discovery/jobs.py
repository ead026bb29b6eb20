"""Discovery jobs: a customer upload queued in the store and run in a background thread.

A job's state lives in the store's jobs table (kind ``discover``): ``queued -> running ->
done | failed``; a done job holds the discovery summary (aggregates only). The upload is
kept under ``<jobs dir>/customers/`` only until its job ends, then deleted: customer rows
never outlive the job. Jobs left queued or running by a stopped service are queued again
when it starts, unless a job was already interrupted ``MAX_ATTEMPTS`` times (a file that
stops the service each time it is read): that job fails and its upload is deleted.
"""

from __future__ import annotations

import logging
import queue
import threading
from pathlib import Path
from typing import Any

from matcher.discovery.discover import DiscoveryOptions, discover_file
from matcher.discovery.live import follow, save_segments
from matcher.discovery.mapping import bundled_customer_mappings
from matcher.discovery.shortlists import shortlist_segments
from matcher.errors import InvalidInput, MatcherError, UnknownJob
from matcher.ingest.readers import upload_name
from matcher.service import Matcher
from matcher.store import Store, now, open_store, sqlite_path

log = logging.getLogger("matcher.discovery")
KIND = "discover"
MAX_ATTEMPTS = 3


class DiscoveryJobs:
    def __init__(self, matcher: Matcher, store: Store | None = None,
                 directory: Path | None = None) -> None:
        self.matcher = matcher
        self.store = store or matcher.store or open_store(matcher.settings.database_url)
        settings = matcher.settings
        jobs = (Path(settings.jobs_dir) if settings.jobs_dir is not None
                else sqlite_path(settings.database_url).resolve().parent / "jobs")
        self.directory = (directory or jobs) / "customers"
        self.directory.mkdir(parents=True, exist_ok=True)
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def start(self) -> DiscoveryJobs:
        if self._thread is None:
            for job in self.store.list_jobs():
                if job["kind"] == KIND and job["state"] in ("queued", "running"):
                    attempts = int(job.get("attempts") or 0)
                    if job["state"] == "running" and attempts >= MAX_ATTEMPTS:
                        Path(job["params"]["input"]).unlink(missing_ok=True)
                        self._fail(job["id"], "interrupted", f"the service stopped during "
                                   f"each of {attempts} attempts", None)
                    elif Path(job["params"]["input"]).exists():
                        self.store.update_job(job["id"], state="queued")
                        self._queue.put(job["id"])
                    else:
                        self._fail(job["id"], "input-missing", "the upload is gone", None)
            self._thread = threading.Thread(target=self._loop, name="matcher-discovery",
                                            daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def upload_path(self, filename: str) -> Path:
        """Where to keep a new upload; its name's suffix must tell the file's format."""
        return self.directory / upload_name(filename, "customers.csv")

    def check(self, options: dict[str, Any]) -> None:
        """The options of a job, checked before its upload is stored."""
        previous = options.get("previous")
        if previous is not None:
            job = self.store.get_job(previous)
            if job is None or job["kind"] != KIND or job["state"] != "done":
                raise InvalidInput(f"previous: no finished discovery job with id {previous!r}",
                                   field="previous")
        if options.get("save") and self.matcher.store is None:
            raise InvalidInput("save: the catalogue is a read-only snapshot; its segments "
                               "cannot be saved", field="save")
        floor = self.matcher.settings.discovery_min_segment_size
        if options.get("min_size") is not None and options["min_size"] < floor:
            raise InvalidInput(f"min_size may raise the k-anonymity floor, not lower it: "
                               f"expected at least {floor:,} "
                               f"(MATCHER_DISCOVERY_MIN_SEGMENT_SIZE), got "
                               f"{options['min_size']:,}", field="min_size")
        mapping = options.get("mapping")
        if mapping is not None and mapping not in bundled_customer_mappings():
            raise InvalidInput(f"unknown customer mapping {mapping!r}; bundled: "
                               f"{', '.join(bundled_customer_mappings())}", field="mapping")

    def submit(self, upload: Path, filename: str, options: dict[str, Any]) -> dict[str, Any]:
        try:
            self.check(options)
            if not upload.exists() or upload.stat().st_size == 0:
                raise InvalidInput("the customer file is empty", field="customers")
        except BaseException:
            upload.unlink(missing_ok=True)
            raise
        job_id = self.store.create_job(KIND, {"input": str(upload),
                                              "filename": Path(filename).name, **options})
        self._queue.put(job_id)
        return self.get(job_id)

    def get(self, job_id: str) -> dict[str, Any]:
        job = self.store.get_job(job_id)
        if job is None or job["kind"] != KIND:
            raise UnknownJob(f"no discovery job with id {job_id!r}", field="job_id")
        params = job["params"]
        return {"id": job["id"], "state": job["state"], "created_at": job["created_at"],
                "updated_at": job["updated_at"], "filename": params["filename"],
                "max_segments": params.get("max_segments"),
                "min_size": params.get("min_size"), "shortlist": params.get("shortlist"),
                "mapping": params.get("mapping"), "previous": params.get("previous"),
                "save": bool(params.get("save")), "error": job.get("error"),
                "result": job.get("result")}

    def _loop(self) -> None:
        while True:
            job_id = self._queue.get()
            if job_id is None:
                return
            try:
                self._run(job_id)
            except Exception:  # the thread must outlive any one job
                log.exception("discovery job %s crashed the runner", job_id)

    def _fail(self, job_id: str, kind: str, detail: str, field: str | None) -> None:
        self.store.update_job(job_id, state="failed", finished_at=now(),
                              error={"type": kind, "detail": detail, "field": field})

    def _run(self, job_id: str) -> None:
        job = self.store.get_job(job_id)
        if job is None or job["state"] != "queued":
            return
        params = job["params"]
        upload = Path(params["input"])
        self.store.update_job(job_id, state="running", started_at=now(),
                              attempts=int(job.get("attempts") or 0) + 1)
        try:
            found = discover_file(upload, self.matcher.encoder.encode, params.get("mapping"),
                                  self.matcher.settings,
                                  DiscoveryOptions(max_segments=params.get("max_segments"),
                                                   min_size=params.get("min_size")))
            if params.get("previous"):
                earlier = self.store.get_job(params["previous"])
                if earlier is not None and earlier.get("result"):
                    found.changes = follow(found, earlier["result"]).to_dict()
            if params.get("save"):
                found.saved = save_segments(found, self.store)
            if params.get("shortlist"):
                shortlist_segments(found, self.matcher, int(params["shortlist"]))
            self.store.update_job(job_id, state="done", finished_at=now(),
                                  result=found.to_dict())
        except MatcherError as err:
            detail = err.detail.replace(upload.name, params["filename"])
            self._fail(job_id, err.slug, detail, err.field)
            return
        except Exception:  # noqa: BLE001 - reported on the job, not lost
            log.exception("discovery job %s failed", job_id)
            self._fail(job_id, "internal-error", "the job failed on an internal error "
                       f"(logged on the server with job id {job_id})", None)
            return
        finally:
            upload.unlink(missing_ok=True)
