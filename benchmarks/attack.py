"""Replay the hardening issue's attack run against a real `matcher serve` on loopback.

    python benchmarks/attack.py [--keep] [--rows 1500] [--pdfs 45] [--key-writers 40]
                                [--only STEP ...]

Starts `matcher serve` on a free loopback port with its own temporary store, index, jobs
directory and key file (the roster is the first ``--rows`` lines of the bundled catalogue; the
project's embedding cache, when there is one, is copied so the index builds warm), replays
every attack of the issue with httpx, the `matcher` CLI and subprocesses, and prints a markdown
table: attack | before (the issue's words) | after (measured now) | fixed?

The gzip bomb is submitted as a scoring job while the server's resident memory is sampled every
50 ms (psutil; the kernel's VmHWM as well); the server is then restarted and the job checked
not to be queued again. A safety ceiling (``--rss-ceiling-mb``, 6,000 by default) kills the
server if the bomb makes it grow past it, so an unfixed bomb cannot take the machine down.

Exits 1 when any row is not fixed. ``--keep`` leaves the temporary directory (server logs,
downloaded CSVs, the bomb) for inspection.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

try:
    import psutil
except ImportError:  # pragma: no cover - the dev install has it
    psutil = None

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
MATCHER = [sys.executable, "-m", "matcher.cli"]
READER_KEY = "attack-reader-key"
EDITOR_KEY = "attack-editor-key"
EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}
JSON = {"content-type": "application/json"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --- a real server on loopback ------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """`matcher serve` as a subprocess, its output in a log file (a pipe nobody reads would
    fill with access-log lines and stall the server)."""

    def __init__(self, env: dict[str, str], log: Path, port: int | None = None) -> None:
        self.env, self.log = env, log
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def start(self, timeout: float = 900.0) -> Server:
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(
                [*MATCHER, "serve", "--host", "127.0.0.1", "--port", str(self.port)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT)
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{self.base}/healthz", timeout=2).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}; see {self.log}:"
                                   f"\n{self.log.read_text(errors='replace')[-3000:]}")
            if time.monotonic() > deadline:
                self.kill()
                raise TimeoutError(f"server did not start within {timeout:.0f} s; see {self.log}")
            time.sleep(0.3)

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if self.alive():
            assert self.process is not None
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.kill()

    def kill(self) -> None:
        if self.alive():
            assert self.process is not None
            self.process.kill()
            self.process.wait(timeout=30)


def tree_state() -> str:
    """The code the server runs: HEAD and how many files under matcher/ differ from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, cwd=ROOT, timeout=30).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--", "matcher"],
                                 capture_output=True, text=True, cwd=ROOT,
                                 timeout=30).stdout.splitlines()
    except (OSError, subprocess.SubprocessError):
        return "code: not a git checkout"
    return (f"code: {head or 'unknown'}"
            + (f" + {len(changed)} uncommitted files under matcher/" if changed else ""))


def subset_roster(target: Path, rows: int) -> Path:
    """The first rows of the bundled catalogue, messiness included (as tests/conftest.py)."""
    with gzip.open(FIXTURES / "creators.jsonl.gz", "rt", encoding="utf-8") as src:
        lines = [line for _, line in zip(range(rows), src, strict=False)]
    target.write_text("".join(lines), encoding="utf-8")
    return target


def copy_cache(target: Path) -> str:
    """A private copy of the embedding cache (SQLite backup: safe while others write it)."""
    source = Path(os.environ.get("MATCHER_CACHE_PATH")
                  or ROOT / "indexes" / "embedding-cache.sqlite")
    if not source.exists():
        return "no embedding cache to reuse (cold start)"
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=60)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    return f"embedding cache copied from {source} ({target.stat().st_size / 1e6:.0f} MB)"


def server_env(work: Path, rows: int) -> tuple[dict[str, str], str]:
    roster = subset_roster(work / "roster.jsonl", rows)
    cache = copy_cache(work / "embedding-cache.sqlite")
    env = {**os.environ, "HF_HUB_OFFLINE": "1",
           "MATCHER_DATABASE_URL": str(work / "catalogue.sqlite"),
           "MATCHER_INDEX_DIR": str(work / "index"), "MATCHER_ROSTER": str(roster),
           "MATCHER_CACHE_PATH": str(work / "embedding-cache.sqlite"),
           "MATCHER_SEGMENTS_DIR": str(FIXTURES / "segments"),
           "MATCHER_API_KEYS": f"reader:{READER_KEY},editor:{EDITOR_KEY}",
           "MATCHER_API_KEYS_FILE": str(work / "api-keys.json"),
           "MATCHER_JOBS_DIR": str(work / "jobs"), "MATCHER_AUTH": "true"}
    return env, cache


# --- measuring ------------------------------------------------------------------------------

def rss_bytes(pid: int) -> int:
    if psutil is not None:
        return int(psutil.Process(pid).memory_info().rss)
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def vm_hwm(pid: int) -> int:
    """The kernel's peak resident set of the process (its whole life)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class PeakRss(threading.Thread):
    """Samples a process's RSS until stopped; kills it past ``ceiling`` bytes."""

    def __init__(self, server: Server, ceiling: int, interval: float = 0.05) -> None:
        super().__init__(daemon=True)
        self.server, self.ceiling, self.interval = server, ceiling, interval
        self.peak = self.start_rss = rss_bytes(server.pid)
        self.killed = False
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set() and self.server.alive():
            try:
                rss = rss_bytes(self.server.pid)
            except Exception:  # noqa: BLE001 - the process is gone
                return
            self.peak = max(self.peak, rss)
            if rss > self.ceiling:
                self.killed = True
                self.server.kill()
                return
            time.sleep(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join(timeout=5)


def short(response: httpx.Response) -> str:
    """'422 invalid-input (field)' for a problem, else the status and media type."""
    kind = response.headers.get("content-type", "").split(";")[0]
    if kind == "application/problem+json":
        body = response.json()
        slug = str(body.get("type", "")).rsplit("/", 1)[-1]
        field = f" `{body['field']}`" if body.get("field") else ""
        return f"{response.status_code} {slug}{field}"
    return f"{response.status_code} {kind or 'no body'}"


def mb(value: float) -> str:
    return f"{value / 2**20:,.0f} MB"


def bad_cells(text: str) -> list[str]:
    """Text cells of a CSV a spreadsheet would run as a formula (numbers such as -1 are
    numbers, not formulas)."""
    found = []
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            if cell.startswith(FORMULA_START):
                try:
                    float(cell)
                except ValueError:
                    found.append(cell[:40])
    return found


def creator(id_: str, **overrides: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "id": id_, "handle": id_, "name": "Falconer", "platform": "instagram",
        "bio": "Falconer in Reykjavik: training hawks and falcons", "categories": ["Falconry"],
        "followers": 250_000, "engagement_rate": 0.04, "credibility": 0.9,
        "audience": {"age": {"45-54": 0.9, "55-64": 0.1}, "gender": {"female": 0.5, "male": 0.5},
                     "countries": {"IS": 0.95}, "languages": {"is": 0.9},
                     "interests": {"Falconry": 0.8}},
    }
    row.update(overrides)
    return row


FALCONRY = {"id": "falconry-is", "name": "Falconry in Iceland", "ages": ["45-54"],
            "countries": ["IS"], "interests": ["falconry"]}


# --- the run --------------------------------------------------------------------------------

STEPS = ("surrogate_segment", "surrogates_elsewhere", "infinite_counts", "deep_nesting",
         "report_without_country", "accept_header", "huge_population", "country_weights",
         "targeting_nothing", "chunked_bodies", "many_phrases", "huge_profiles", "ids",
         "csv_extra_field", "key_reload", "formula_job", "formula_cli_setup",
         "failed_job_paths", "pdf_burst", "gzip_bomb", "formula_cli", "auth_values",
         "concurrent_keys")

@dataclass
class Row:
    attack: str
    before: str
    after: str
    fixed: bool


class Attacks:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args, self.work = args, work
        self.rows: list[Row] = []
        self.notes: list[str] = []
        self.env, cache_note = server_env(work, args.rows)
        self.notes.append(cache_note)
        self.notes.append(tree_state())
        self.server = Server(self.env, work / "server-1.log")
        self.client: httpx.Client | None = None
        self.bomb_job: dict[str, Any] | None = None
        self.bomb_peak: tuple[int, int, int, int] | None = None
        self.formula_put: list[str] = []
        self.serving = False

    @property
    def http(self) -> httpx.Client:
        assert self.client is not None
        return self.client

    def record(self, attack: str, before: str, after: str, fixed: bool) -> None:
        self.rows.append(Row(attack, before, after, fixed))
        print(f"  [{'fixed' if fixed else 'NOT FIXED'}] {attack}: {after}", file=sys.stderr,
              flush=True)

    def attempt(self, attack: str, before: str, check: Callable[[], tuple[str, bool]]) -> None:
        started = time.perf_counter()
        try:
            after, fixed = check()
        except Exception as err:  # noqa: BLE001 - a row, not a crash of the run
            after, fixed = f"the check itself failed: {type(err).__name__}: {err}"[:300], False
        if self.serving and not self.server.alive():
            after += "; the server process died"
            fixed = False
        self.record(attack, before, f"{after} [{time.perf_counter() - started:.1f} s]", fixed)

    def cli(self, *argv: str, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*MATCHER, *argv], env=env or self.env, capture_output=True,
                              text=True, timeout=timeout, cwd=ROOT)

    def run(self) -> None:
        started = time.perf_counter()
        print(f"starting matcher serve on a {self.args.rows}-row roster in {self.work} "
              f"({self.notes[0]})", file=sys.stderr, flush=True)
        self.server.start()
        self.serving = True
        self.notes.append(f"first start (index build) {time.perf_counter() - started:.0f} s")
        print(f"  up in {time.perf_counter() - started:.0f} s on {self.server.base}",
              file=sys.stderr, flush=True)
        fresh = httpx.Limits(max_keepalive_connections=0)  # a 500 closes its connection
        only = set(self.args.only or STEPS)
        with httpx.Client(base_url=self.server.base, timeout=300, limits=fresh) as self.client:
            for name in STEPS[:STEPS.index("formula_cli")]:  # the bomb restarts the server
                if name in only:
                    print(f"- {name}", file=sys.stderr, flush=True)
                    getattr(self, name)()
        self.server.stop()
        self.serving = False
        for name in STEPS[STEPS.index("formula_cli"):]:  # the server stopped
            if name in only:
                print(f"- {name}", file=sys.stderr, flush=True)
                getattr(self, name)()

    # --- High ---------------------------------------------------------------------------

    def surrogate_segment(self) -> None:
        def check() -> tuple[str, bool]:
            raw = '{"name": "Lone \\ud800 surrogate", "countries": ["US"]}'
            bad = self.http.put("/v1/segments/atk-surrogate", content=raw,
                                headers={**EDITOR, **JSON})
            later_segment = self.http.put("/v1/segments/atk-after", headers=EDITOR,
                                          json={"name": "After", "countries": ["US"]})
            later_profile = self.http.put("/v1/influencers/atk-after-write", headers=EDITOR,
                                          json=creator("atk-after-write"))
            later_delete = self.http.delete("/v1/segments/atk-after", headers=EDITOR)
            fixed = (bad.status_code == 422 and later_segment.status_code == 200
                     and later_profile.status_code in (200, 201)
                     and later_delete.status_code == 204)
            return (f"{short(bad)}; later writes: PUT segment {later_segment.status_code}, "
                    f"PUT profile {later_profile.status_code}, DELETE segment "
                    f"{later_delete.status_code} (store not wedged)"), fixed

        self.attempt("lone surrogate in a segment name, PUT /v1/segments/{id}",
                     "500, and every later write 500 (store wedged)", check)

    def gzip_bomb(self) -> None:
        bomb = self.work / "bomb.csv.gz"
        cell = self.args.bomb_mb * 2**20
        with gzip.open(bomb, "wb", compresslevel=9) as out:
            out.write(b"id,handle,platform,followers,engagement_rate,bio\n"
                      b"bomb-1,bomb,instagram,1000,0.05,")
            block = b"A" * 2**20
            for _ in range(cell // len(block)):
                out.write(block)
            out.write(b"\n")
        size = bomb.stat().st_size

        def check() -> tuple[str, bool]:
            baseline_hwm = vm_hwm(self.server.pid)
            monitor = PeakRss(self.server, self.args.rss_ceiling_mb * 2**20)
            monitor.start()
            started = time.perf_counter()
            answer = self.http.post(
                "/v1/scoring-jobs", params={"segments": "eco-parents-na",
                                            "filename": "roster.csv.gz"},
                content=bomb.read_bytes(), headers={**EDITOR, "content-type": "text/csv"})
            if answer.status_code != 202:
                monitor.stop()
                return f"submit answered {short(answer)}", False
            job_id = answer.json()["id"]
            job: dict[str, Any] = answer.json()
            while monitor.is_alive() and time.perf_counter() - started < self.args.bomb_seconds:
                job = self.http.get(f"/v1/scoring-jobs/{job_id}", headers=READER).json()
                if job["state"] in ("done", "failed"):
                    break
                time.sleep(0.2)
            time.sleep(0.5)  # memory after the job's end
            monitor.stop()
            seconds = time.perf_counter() - started
            hwm = vm_hwm(self.server.pid) if self.server.alive() else 0
            self.bomb_job = job
            self.bomb_peak = (monitor.start_rss, monitor.peak, baseline_hwm, hwm)
            self.notes.append(f"bomb: server RSS {mb(monitor.start_rss)} before, peak "
                              f"{mb(monitor.peak)} sampled every 50 ms, VmHWM {mb(baseline_hwm)} "
                              f"before and {mb(hwm)} after")
            if monitor.killed:
                return (f"server passed the {self.args.rss_ceiling_mb:,} MB safety ceiling and "
                        f"was killed; job {job.get('state')}"), False
            error = job.get("error") or {}
            grew = monitor.peak - monitor.start_rss
            # restart, and the job must stay failed (not queued again)
            self.server.stop()
            self.server = Server(self.env, self.work / "server-2.log", port=self.server.port)
            restart = time.perf_counter()
            self.server.start()
            restart_s = time.perf_counter() - restart
            time.sleep(2)
            again = self.http.get(f"/v1/scoring-jobs/{job_id}", headers=READER).json()
            jobs = self.http.get("/v1/scoring-jobs", headers=READER).json()["jobs"]
            pending = [j["id"] for j in jobs if j["state"] in ("queued", "running")]
            self.notes.append(f"restart after the bomb {restart_s:.0f} s")
            fixed = (job["state"] == "failed" and again["state"] == "failed"
                     and again["attempts"] == job["attempts"] and not pending
                     and grew < 1024 * 2**20)
            return (f"202; job {job['state']} after {seconds:.1f} s, error "
                    f"`{error.get('type')}`: \"{error.get('detail')}\"; server RSS "
                    f"{mb(monitor.start_rss)} -> peak {mb(monitor.peak)} (+{mb(grew)}; VmHWM "
                    f"{mb(hwm)}); after a restart the job is still {again['state']} "
                    f"(attempts {again['attempts']}), {len(pending)} jobs queued"), fixed

        self.attempt(f"gzip bomb: {size / 1e3:,.0f} KB gzipped roster, one CSV cell of "
                     f"{self.args.bomb_mb} MB decompressed, POST /v1/scoring-jobs",
                     "memory past 15 GB; job requeued after restart", check)

    # --- Medium ---------------------------------------------------------------------------

    def surrogates_elsewhere(self) -> None:
        def inline() -> tuple[str, bool]:
            by_name = self.http.post(
                "/v1/shortlists", headers={**READER, **JSON},
                content='{"segment": {"name": "x\\ud800", "countries": ["US"]}, "k": 3}')
            by_phrase = self.http.post(
                "/v1/shortlists", headers={**READER, **JSON},
                content='{"segment": {"countries": ["US"], "interests": ["yoga \\udfff"]}}')
            fixed = by_name.status_code == 422 and by_phrase.status_code == 422
            return f"name: {short(by_name)}; interest phrase: {short(by_phrase)}", fixed

        def profile() -> tuple[str, bool]:
            row = json.dumps(creator("atk-sur-profile"))
            raw = row.replace('"Falconer"', '"Falc\\ud800oner"', 1)
            put = self.http.put("/v1/influencers/atk-sur-profile", content=raw,
                                headers={**EDITOR, **JSON})
            good = json.dumps(creator("atk-sur-ok"))
            bulk = self.http.post("/v1/influencers:bulk", content=f"[{raw}, {good}]",
                                  headers={**EDITOR, **JSON})
            body = bulk.json() if bulk.status_code == 200 else {}
            fixed = (put.status_code == 422 and bulk.status_code == 200
                     and body.get("accepted") == 1 and body.get("rejected") == 1)
            rejects = [r.get("field") for r in body.get("rejects", [])]
            return (f"PUT {short(put)}; bulk of it and a good row: {bulk.status_code}, "
                    f"accepted {body.get('accepted')}, rejected {rejects}"), fixed

        self.attempt("lone surrogate in an inline shortlist segment", "500", inline)
        self.attempt("lone surrogate in a profile (PUT and bulk)", "500", profile)

    def infinite_counts(self) -> None:
        def put() -> tuple[str, bool]:
            out, fixed = [], True
            for field, raw in (("followers", "1e400"), ("avg_views", "Infinity"),
                               ("followers", "-Infinity")):
                values = {"followers": "1000", "avg_views": "10", field: raw}
                row = ('{"platform": "instagram", "engagement_rate": 0.05, '
                       + ", ".join(f'"{k}": {v}' for k, v in values.items()) + "}")
                answer = self.http.put("/v1/influencers/atk-inf", content=row,
                                       headers={**EDITOR, **JSON})
                fixed &= answer.status_code == 422 and field in answer.text
                out.append(f"{field} {raw}: {short(answer)}")
            return "; ".join(out), fixed

        def bulk() -> tuple[str, bool]:
            rows = ['{"id": "atk-inf-1", "platform": "instagram", "engagement_rate": 0.05, '
                    '"followers": 1e400}',
                    '{"id": "atk-inf-2", "platform": "instagram", "engagement_rate": 0.05, '
                    '"followers": 1000, "avg_views": Infinity}',
                    json.dumps(creator("atk-inf-ok"))]
            answer = self.http.post("/v1/influencers:bulk", content="[" + ", ".join(rows) + "]",
                                    headers={**EDITOR, **JSON})
            body = answer.json() if answer.status_code == 200 else {}
            fields = [r.get("field") for r in body.get("rejects", [])]
            fixed = (answer.status_code == 200 and body.get("accepted") == 1
                     and fields == ["followers", "avg_views"])
            return (f"{answer.status_code}: accepted {body.get('accepted')} (the good row), "
                    f"rejected {fields}"), fixed

        self.attempt("followers / avg_views of 1e400 or Infinity, PUT /v1/influencers/{id}",
                     "500", put)
        self.attempt("the same values in a bulk with a good row", "500: the whole bulk failed",
                     bulk)

    def deep_nesting(self) -> None:
        def check() -> tuple[str, bool]:
            deep = b"[" * 10_000 + b"]" * 10_000
            array = self.http.post("/v1/influencers:bulk", content=deep,
                                   headers={**EDITOR, **JSON})
            line = (b'{"id": "atk-deep", "x": ' + deep + b"}\n"
                    + json.dumps(creator("atk-deep-ok")).encode() + b"\n")
            lines = self.http.post("/v1/influencers:bulk", content=line,
                                   headers={**EDITOR, "content-type": "application/x-ndjson"})
            body = lines.json() if lines.status_code == 200 else {}
            fields = [r.get("field") for r in body.get("rejects", [])]
            fixed = (array.status_code == 422 and lines.status_code == 200
                     and body.get("accepted") == 1 and fields == ["row"])
            return (f"JSON array: {short(array)}; NDJSON: {lines.status_code}, the deep line "
                    f"rejected ({fields}), the good one accepted ({body.get('accepted')})"), fixed

        self.attempt("10,000-deep nesting in a bulk JSON and NDJSON body", "500", check)

    def report_without_country(self) -> None:
        def check() -> tuple[str, bool]:
            row = creator("atk-nocountry", handle="nocountry", bio="", categories=[],
                          audience={"age": {"45-54": 1.0}, "countries": {"IS": 1.0},
                                    "interests": {"Beekeeping": 0.9}})
            row.pop("bio")
            row.pop("categories")
            put = self.http.put("/v1/influencers/atk-nocountry", headers=EDITOR, json=row)
            segment = {"id": "bees-is", "name": "Beekeepers in Iceland", "ages": ["45-54"],
                       "countries": ["IS"], "interests": ["beekeeping"]}
            answer = self.http.post("/v1/reports", headers=READER, json={
                "campaign": {"name": "No country", "segments": [segment], "k": 5},
                "format": "html"})
            listed = "atk-nocountry" in answer.text
            fixed = put.status_code in (200, 201) and answer.status_code == 200 and listed
            return (f"{short(answer)}, the creator without country, categories or bio "
                    f"{'in' if listed else 'NOT in'} the report"), fixed

        self.attempt("a shortlisted creator with no own country in a report", "500", check)

    def accept_header(self) -> None:
        def check() -> tuple[str, bool]:
            answer = self.http.post(
                "/v1/reports", json={"campaign": {"name": "Accept", "k": 2,
                                                  "segments": ["eco-parents-na"]}},
                headers={**READER, "accept": "application/pdf;q=1.2.3"})
            pdf = answer.content.startswith(b"%PDF")
            return (f"{short(answer)} ({len(answer.content) / 1e3:,.0f} KB, "
                    f"{'a PDF' if pdf else 'not a PDF'})"), answer.status_code == 200 and pdf

        self.attempt("`Accept: application/pdf;q=1.2.3` on POST /v1/reports", "500", check)

    def huge_population(self) -> None:
        def check() -> tuple[str, bool]:
            body = (b'{"campaign": {"name": "x", "segments": ["eco-parents-na"], "k": 2, '
                    b'"segment_population": 1' + b"0" * 400 + b"}}")
            answer = self.http.post("/v1/reports", content=body, headers={**READER, **JSON})
            return short(answer), answer.status_code == 422

        self.attempt("segment_population of 1 followed by 400 zeros", "500", check)

    def country_weights(self) -> None:
        def check() -> tuple[str, bool]:
            out, fixed = [], True
            for raw in ("NaN", "Infinity"):
                answer = self.http.post(
                    "/v1/shortlists", headers={**READER, **JSON},
                    content=f'{{"segment": {{"countries": {{"US": {raw}}}}}, "k": 3}}')
                fixed &= answer.status_code == 422 and "countries" in answer.text
                out.append(f"{raw}: {short(answer)}")
            return "; ".join(out), fixed

        self.attempt("country weights NaN or Infinity", "200 with no results", check)

    def targeting_nothing(self) -> None:
        def nothing() -> tuple[str, bool]:
            answer = self.http.post("/v1/shortlists", headers=READER,
                                    json={"segment": {}, "k": 3})
            body = answer.json()
            texts = [w if isinstance(w, str) else json.dumps(w)  # a string, or {code, message}
                     for w in body.get("warnings", [])]
            warning = next((w for w in texts if "targets no audience factor" in w.lower()), None)
            fits = [round(r["fit"], 3) for r in body.get("results", [])]
            return (f"{answer.status_code}, fits {fits}, warning: \"{(warning or 'none')[:90]}\""
                    ), answer.status_code == 200 and warning is not None

        def untargeted() -> tuple[str, bool]:
            answer = self.http.post("/v1/shortlists", headers=READER, json={
                "segment": {"countries": ["US"]},
                "weights": {"audience_match": 0, "affinity": 0, "engagement": 0,
                            "credibility": 0, "age": 1.0}})
            field = answer.json().get("field") if answer.status_code == 422 else None
            return short(answer), answer.status_code == 422 and field == "weights"

        self.attempt("a segment with nothing targeted", "200, every fit 0, no word why",
                     nothing)
        self.attempt("weights only on factors the segment does not target",
                     "200, every fit 0", untargeted)

    def chunked_bodies(self) -> None:
        def check() -> tuple[str, bool]:
            out, fixed = [], True
            for path, key, opening, closing in (
                    ("/v1/influencers:bulk", EDITOR_KEY, b"[", b"]"),
                    ("/v1/shortlists", READER_KEY, b'{"segment_id": "eco-parents-na", "k": 1',
                     b"}")):
                status, sent, seconds = chunked_post(self.server.port, path, key, opening,
                                                     closing, 60 * 2**20)
                fixed &= status == 413
                out.append(f"{path}: {status or 'no answer'} after {sent / 2**20:.0f} MB sent "
                           f"({seconds:.1f} s)")
            return "; ".join(out), fixed

        self.attempt("60 MB chunked body (no Content-Length) to bulk and shortlists",
                     "accepted (limit checked Content-Length only)", check)

    def many_phrases(self) -> None:
        def check() -> tuple[str, bool]:
            segment = {"countries": ["US"],
                       "interests": [f"interest phrase number {i}" for i in range(10_000)]}
            started = time.perf_counter()
            answer = self.http.post("/v1/shortlists", headers=READER,
                                    json={"segment": segment, "k": 5})
            took = time.perf_counter() - started
            started = time.perf_counter()
            after = self.http.post("/v1/shortlists", headers=READER,
                                   json={"segment_id": "eco-parents-na", "k": 5})
            next_ms = 1000 * (time.perf_counter() - started)
            named = re.findall(r"MATCHER_MAX_[A-Z_]+", answer.text)
            fixed = answer.status_code == 422 and took < 5 and next_ms < 5000
            return (f"{short(answer)} naming {', '.join(sorted(set(named))) or 'no limit'} in "
                    f"{1000 * took:.0f} ms; the next shortlist answered {after.status_code} in "
                    f"{next_ms:.0f} ms"), fixed

        self.attempt("inline segment with 10,000 interest phrases",
                     "held the compute thread 80 s", check)

    def huge_profiles(self) -> None:
        def check() -> tuple[str, bool]:
            big = self.http.put("/v1/influencers/atk-bio", headers=EDITOR,
                                json=creator("atk-bio", bio="b" * 20_000_000))
            many = self.http.put("/v1/influencers/atk-labels", headers=EDITOR, json=creator(
                "atk-labels", audience={"interests": {f"Label {i}": 0.0001
                                                      for i in range(10_000)}}))
            stored = [self.http.get(f"/v1/influencers/{i}", headers=READER).status_code
                      for i in ("atk-bio", "atk-labels")]
            fixed = (big.status_code == 422 and "bio" in big.text and many.status_code == 422
                     and "interests" in many.text and stored == [404, 404])
            return (f"20 MB bio: {short(big)}; 10,000 labels: {short(many)}; "
                    f"GET afterwards: {stored}"), fixed

        self.attempt("a 20 MB bio, or 10,000 interest labels, on a profile", "accepted (200)",
                     check)

    def pdf_burst(self) -> None:
        def check() -> tuple[str, bool]:
            statuses, retry, seconds, health = asyncio.run(pdf_burst(
                self.server.base, self.args.pdfs))
            counts = Counter(statuses)
            ok = all(s in (200, 503) for s in statuses) and len(statuses) == self.args.pdfs
            worst = max(health) if health else float("inf")
            median = statistics.median(health) if health else float("nan")
            fixed = ok and retry and worst < 2000 and counts[200] >= 1
            text = ", ".join(f"{n} x {s}" for s, n in sorted(counts.items()))
            return (f"{text} within {seconds:.1f} s (503s with Retry-After: "
                    f"{'all' if retry else 'NOT all'}); /healthz during it: {len(health)} "
                    f"probes, p50 {median:.0f} ms, max {worst:.0f} ms"), fixed

        self.attempt(f"{self.args.pdfs} concurrent POST /v1/reports, format pdf",
                     "queued without bound; /healthz stalled 20 s", check)

    # --- CSV formula injection ------------------------------------------------------------

    def formula_job(self) -> None:
        def check() -> tuple[str, bool]:
            with gzip.open(FIXTURES / "creators.jsonl.gz", "rt", encoding="utf-8") as src:
                base = [json.loads(line) for _, line in zip(range(5), src, strict=False)]
            evil = [("=cmd|' /C calc'!A0", '=HYPERLINK("http://evil","x")'),
                    ("+1+1", "+SUM(1)"), ("-2+3", "-handle"), ("@SUM(1)", "@me"),
                    ("tab-id", "\t=1+1")]
            rows = [{**b, "id": i, "handle": h} for b, (i, h) in zip(base, evil, strict=True)]
            rows.append({**base[0], "id": "=rejected()", "followers": "lots"})
            rows.append({**base[1], "id": "@rejected", "platform": "=myspace"})
            body = "".join(json.dumps(r) + "\n" for r in rows)
            job = self.submit_job(body.encode(), "formula.jsonl", "application/x-ndjson")
            if job.get("state") != "done":
                return f"job {job.get('state')}: {job.get('error')}", False
            result = self.http.get(f"/v1/scoring-jobs/{job['id']}/result", headers=READER).text
            rejects = self.http.get(f"/v1/scoring-jobs/{job['id']}/rejects",
                                    headers=READER).text
            (self.work / "formula-result.csv").write_text(result)
            (self.work / "formula-rejects.csv").write_text(rejects)
            bad = bad_cells(result) + bad_cells(rejects)
            quoted = sum(f"'{i}" in result for i, _ in evil[:4]) + sum(
                x in rejects for x in ("'=rejected()", "'@rejected"))
            fixed = not bad and quoted == 6
            return (f"job done: {job.get('scored')} scored, {job.get('rejected')} rejected; "
                    f"{quoted} of 6 hostile ids written with a leading apostrophe; "
                    f"unneutralised cells: {bad[:3] or 'none'}"), fixed

        self.attempt("CSV formula injection: ids/handles starting with = + - @ tab, "
                     "scoring-job result and rejects CSVs", "written verbatim", check)

    def submit_job(self, body: bytes, filename: str, media: str,
                   timeout: float = 300) -> dict[str, Any]:
        answer = self.http.post("/v1/scoring-jobs",
                                params={"segments": "eco-parents-na", "filename": filename},
                                content=body, headers={**EDITOR, "content-type": media})
        if answer.status_code != 202:
            return {"state": f"not accepted: {short(answer)}"}
        job = answer.json()
        deadline = time.monotonic() + timeout
        while job["state"] not in ("done", "failed") and time.monotonic() < deadline:
            time.sleep(0.3)
            job = self.http.get(f"/v1/scoring-jobs/{job['id']}", headers=READER).json()
        return dict(job)

    def formula_cli_setup(self) -> None:
        """Hostile creators in the catalogue for `matcher shortlist --format csv` (run after
        the server stops)."""
        for id_, handle in (("=HYPERLINK(1)", "=cmd"), ("+falcon", "+1"), ("-falcon", "-1+1"),
                            ("@falcon", "@SUM(1)"), ("tab-falcon", "\t-2")):
            answer = self.http.put(f"/v1/influencers/{id_}", headers=EDITOR,
                                   json=creator(id_, handle=handle, name=f"={handle}"))
            if answer.status_code in (200, 201):
                self.formula_put.append(id_)

    def formula_cli(self) -> None:
        def check() -> tuple[str, bool]:
            segment = self.work / "falconry.yaml"
            segment.write_text(json.dumps(FALCONRY))  # JSON is YAML
            proc = self.cli("shortlist", str(segment), "--k", "30", "--format", "csv")
            if proc.returncode != 0:
                return f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}", False
            (self.work / "formula-shortlist.csv").write_text(proc.stdout)
            bad = bad_cells(proc.stdout)
            listed = sum(f"'{i}" in proc.stdout for i in self.formula_put if i[0] in "=+-@")
            fixed = not bad and listed == 4
            return (f"exit 0; {listed} of 4 hostile ids in the CSV with a leading apostrophe "
                    f"(put: {self.formula_put}); unneutralised cells: {bad[:3] or 'none'}"), fixed

        self.attempt("CSV formula injection: `matcher shortlist --format csv`",
                     "written verbatim", check)

    # --- ids --------------------------------------------------------------------------------

    def ids(self) -> None:
        def spaced() -> tuple[str, bool]:
            put = self.http.put("/v1/influencers/%20t%20", headers=EDITOR, json=creator("t"))
            trimmed = self.http.get("/v1/influencers/t", headers=READER)
            as_sent = self.http.get("/v1/influencers/%20t%20", headers=READER)
            fixed = put.status_code == 422 and trimmed.status_code == 404
            return (f"PUT {short(put)}; GET t {trimmed.status_code}, GET %20t%20 "
                    f"{as_sent.status_code} (nothing stored)"), fixed

        def slash() -> tuple[str, bool]:
            bulk = self.http.post("/v1/influencers:bulk", headers=EDITOR,
                                  json=[creator("a/b")])
            plain = self.http.get("/v1/influencers/a/b", headers=READER)
            encoded = self.http.get("/v1/influencers/a%2Fb", headers=READER)
            looks = self.http.get("/v1/influencers/a/b/lookalikes", params={"k": 3},
                                  headers=READER)
            delete = self.http.delete("/v1/influencers/a/b", headers=EDITOR)
            gone = self.http.get("/v1/influencers/a/b", headers=READER)
            accepted = bulk.json().get("accepted") if bulk.status_code == 200 else None
            fixed = (accepted == 1 and plain.status_code == 200 and encoded.status_code == 200
                     and looks.status_code == 200 and delete.status_code == 204
                     and gone.status_code == 404)
            return (f"bulk accepted {accepted}; GET a/b {plain.status_code}, a%2Fb "
                    f"{encoded.status_code}, lookalikes {looks.status_code}, DELETE "
                    f"{delete.status_code}, GET after {gone.status_code}"), fixed

        self.attempt("PUT /v1/influencers/%20t%20", "stored \"t\" but answered 404", spaced)
        self.attempt("id \"a/b\" accepted by bulk, then read / deleted via the API",
                     "could not be read or deleted", slash)

    def csv_extra_field(self) -> None:
        def check() -> tuple[str, bool]:
            header = "id,platform,followers,engagement_rate\n"
            out, fixed = [], True
            for name, body, wrong in (
                    ("one row", header + "atk-real,atk-wrong,instagram,5000,0.03\n",
                     "atk-wrong"),
                    ("2nd of 3 rows", header + "atk-ok-1,instagram,5000,0.03\n"
                     "atk-real-2,atk-wrong-2,instagram,5000,0.03\natk-ok-3,instagram,5000,0.03\n",
                     "atk-wrong-2")):
                answer = self.http.post("/v1/influencers:bulk", content=body,
                                        headers={**EDITOR, "content-type": "text/csv"})
                stored = self.http.get(f"/v1/influencers/{wrong}", headers=READER).status_code
                accepted = answer.json().get("accepted") if answer.status_code == 200 else 0
                fixed &= stored == 404 and answer.status_code in (200, 422)
                what = (short(answer) if answer.status_code != 200 else
                        f"200, accepted {accepted}, rejected "
                        f"{[r['field'] for r in answer.json()['rejects']]}")
                out.append(f"{name}: {what}, shifted id {'STORED' if stored == 200 else 'absent'}")
            return "; ".join(out), fixed

        self.attempt("CSV row with one extra field (bulk, text/csv)",
                     "columns shifted, accepted under the wrong id", check)

    # --- keys ----------------------------------------------------------------------------

    def key_reload(self) -> None:
        def check() -> tuple[str, bool]:
            made = self.cli("keys", "create", "--role", "reader", "--name", "atk-late")
            key = made.stdout.strip()
            new = self.http.get("/v1/segments", headers={"Authorization": f"Bearer {key}"})
            revoked = self.cli("keys", "revoke", "atk-late")
            old = self.http.get("/v1/segments", headers={"Authorization": f"Bearer {key}"})
            fixed = (made.returncode == 0 and revoked.returncode == 0
                     and new.status_code == 200 and old.status_code == 401)
            return (f"new key at once: {new.status_code}; after `matcher keys revoke`: "
                    f"{short(old)} (no restart)"), fixed

        self.attempt("API keys created / revoked while the server runs",
                     "read once at start: revoked key kept working, new key refused", check)

    def concurrent_keys(self) -> None:
        def check() -> tuple[str, bool]:
            path = self.work / "keys-concurrent.json"
            env = {**self.env, "MATCHER_API_KEYS_FILE": str(path)}
            procs = [subprocess.Popen([*MATCHER, "keys", "create", "--role", "reader"], env=env,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                      cwd=ROOT) for _ in range(self.args.key_writers)]
            outputs = [p.communicate(timeout=300) for p in procs]
            ok = [out.strip() for p, (out, _) in zip(procs, outputs, strict=True)
                  if p.returncode == 0]
            stored = json.loads(path.read_text()) if path.exists() else []
            hashes = {k["sha256"] for k in stored}
            kept = sum(hashlib.sha256(k.encode()).hexdigest() in hashes for k in ok)
            names = len({k["name"] for k in stored})
            n = self.args.key_writers
            fixed = len(ok) == n and len(stored) == n and kept == n and names == n
            return (f"{len(ok)} reported success, {len(stored)} stored ({names} distinct "
                    f"names), {kept} of the printed keys in the file"), fixed

        self.attempt(f"{self.args.key_writers} concurrent `matcher keys create`, one key file",
                     "12 stored while 22 reported success", check)

    # --- Low ------------------------------------------------------------------------------

    def auth_values(self) -> None:
        def check() -> tuple[str, bool]:
            procs = {}
            for value in ("0", "no", "off", "f", "n"):
                env = {**self.env, "MATCHER_AUTH": value}
                procs[value] = subprocess.Popen(
                    [*MATCHER, "serve", "--host", "127.0.0.1", "--port", str(free_port())],
                    env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                    cwd=ROOT)
            out, fixed = [], True
            for value, proc in procs.items():
                try:
                    _, err = proc.communicate(timeout=120)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    _, err = proc.communicate()
                    out.append(f"{value}: still running after 120 s (killed)")
                    fixed = False
                    continue
                refused = proc.returncode != 0 and "MATCHER_AUTH" in err
                fixed &= refused
                out.append(f"{value}: exit {proc.returncode}")
            last = err.strip().splitlines()[-1] if err.strip() else ""
            return f"{', '.join(out)}; e.g. \"{last[:110]}\"", fixed

        self.attempt("MATCHER_AUTH=0 / no / off / f / n", "auth switched off silently", check)

    def failed_job_paths(self) -> None:
        def check() -> tuple[str, bool]:
            job = self.submit_job(b"id,handle,platform\n\xff\xfe\xfd,x,instagram\n",
                                  "latin1.csv", "text/csv")
            detail = (job.get("error") or {}).get("detail", "")
            leaks = [p for p in (str(self.work), "/tmp", "jobs/inputs", "inputs/")
                     if p in detail] + re.findall(r"[0-9a-f]{32}", detail)
            fixed = job.get("state") == "failed" and not leaks
            return (f"job {job.get('state')}: \"{detail[:120]}\"; server paths in it: "
                    f"{leaks or 'none'}"), fixed

        self.attempt("a failed job's error (a roster that is not UTF-8)",
                     "showed the server's jobs directory", check)


def chunked_post(port: int, path: str, key: str, opening: bytes, closing: bytes,
                 total: int) -> tuple[int | None, int, float]:
    """POST ``total`` bytes of JSON white space in chunks (no Content-Length) on a raw socket,
    reading the answer while sending; (status or None, bytes sent, seconds)."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=120)
    head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {key}\r\n"
            "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").encode()
    answer = bytearray()
    got_head = threading.Event()

    def read() -> None:
        try:
            while b"\r\n\r\n" not in answer:
                data = sock.recv(65536)
                if not data:
                    break
                answer.extend(data)
        except OSError:
            pass
        got_head.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    started = time.perf_counter()
    sent = 0
    block = b" " * 2**20
    try:
        sock.sendall(head)
        for part in (opening, *([block] * (total // len(block))), closing):
            if got_head.is_set():
                break
            sock.sendall(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            sent += len(part)
        if not got_head.is_set():
            sock.sendall(b"0\r\n\r\n")
    except OSError:
        pass
    got_head.wait(timeout=120)
    seconds = time.perf_counter() - started
    sock.close()
    match = re.match(rb"HTTP/1\.[01] (\d{3})", bytes(answer))
    return (int(match.group(1)) if match else None), sent, seconds


async def pdf_burst(base: str, n: int) -> tuple[list[int], bool, float, list[float]]:
    """``n`` PDF reports at once, and /healthz probed every 100 ms while they run."""
    body = {"campaign": {"name": "Burst", "segments": ["eco-parents-na"], "k": 3},
            "format": "pdf"}
    health: list[float] = []
    limits = httpx.Limits(max_connections=n + 5, max_keepalive_connections=n + 5)
    async with httpx.AsyncClient(base_url=base, timeout=600, limits=limits) as client:
        done = asyncio.Event()

        async def probe() -> None:
            async with httpx.AsyncClient(base_url=base, timeout=120) as own:
                while not done.is_set():
                    started = time.perf_counter()
                    await own.get("/healthz")
                    health.append(1000 * (time.perf_counter() - started))
                    await asyncio.sleep(0.1)

        async def one() -> httpx.Response:
            return await client.post("/v1/reports", json=body, headers=READER)

        prober = asyncio.create_task(probe())
        started = time.perf_counter()
        answers = await asyncio.gather(*[one() for _ in range(n)])
        seconds = time.perf_counter() - started
        done.set()
        await prober
    retry = all("retry-after" in a.headers for a in answers if a.status_code == 503)
    return [a.status_code for a in answers], retry, seconds, health


def table(rows: list[Row]) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = ["| attack | before | after | fixed? |", "| --- | --- | --- | --- |"]
    lines += [f"| {cell(r.attack)} | {cell(r.before)} | {cell(r.after)} | "
              f"{'yes' if r.fixed else '**no**'} |" for r in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="Leave the temporary directory.")
    parser.add_argument("--rows", type=int, default=1500, help="Roster rows of the catalogue.")
    parser.add_argument("--pdfs", type=int, default=45, help="Concurrent PDF reports.")
    parser.add_argument("--key-writers", type=int, default=40,
                        help="Concurrent `matcher keys create` processes.")
    parser.add_argument("--bomb-mb", type=int, default=300,
                        help="Decompressed size of the bomb's one CSV cell.")
    parser.add_argument("--bomb-seconds", type=float, default=600,
                        help="How long to wait for the bomb job to end.")
    parser.add_argument("--rss-ceiling-mb", type=int, default=6000,
                        help="Kill the server if the bomb grows it past this.")
    parser.add_argument("--only", nargs="+", choices=STEPS, metavar="STEP",
                        help=f"Run only these steps (formula_cli needs formula_cli_setup): "
                             f"{', '.join(STEPS)}.")
    args = parser.parse_args()
    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="matcher-attack-"))
    attacks = Attacks(args, work)
    try:
        attacks.run()
    finally:
        attacks.server.kill()
        if args.keep:
            print(f"kept {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(table(attacks.rows))
    print()
    fixed = sum(r.fixed for r in attacks.rows)
    print(f"{fixed} of {len(attacks.rows)} fixed; {args.rows}-row roster; "
          f"{'; '.join(attacks.notes)}; whole run {elapsed:.0f} s on {os.cpu_count()} cores.")
    sys.exit(0 if fixed == len(attacks.rows) else 1)


if __name__ == "__main__":
    main()
