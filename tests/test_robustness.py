"""The live service as a real client sees it: kills, fuzzing, concurrent load."""

import json
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from matcher.store import SQLiteStore
from tests.conftest import EDITOR_KEY, READER_KEY
from tests.server import Server
from tests.test_live import NICHE, creator

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}


@pytest.fixture
def server_env(tmp_path: Path, cli_env: dict[str, str], settings) -> dict[str, str]:
    roster = tmp_path / "roster.jsonl"
    roster.write_text("\n".join(Path(settings.roster).read_text().splitlines()[:200]) + "\n")
    return {**cli_env, "MATCHER_DATABASE_URL": str(tmp_path / "catalogue.sqlite"),
            "MATCHER_INDEX_DIR": str(tmp_path / "index"), "MATCHER_ROSTER": str(roster)}


@pytest.mark.slow
def test_sigkill_during_bulk_ingest_loses_no_acknowledged_row(server_env):
    server = Server(server_env).start()
    acknowledged: list[list[str]] = []
    stop = threading.Event()

    def ingest() -> None:
        batch = 0
        with httpx.Client(base_url=server.base, headers=EDITOR, timeout=10) as client:
            while not stop.is_set():
                rows = [creator(f"kill-{batch}-{i}") for i in range(50)]
                try:
                    response = client.post("/v1/influencers:bulk", json=rows)
                except httpx.TransportError:
                    return
                if response.status_code == 200:
                    acknowledged.append([r["id"] for r in rows])
                batch += 1

    writer = threading.Thread(target=ingest)
    writer.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 5 and time.monotonic() < deadline:
        time.sleep(0.05)
    server.kill()
    stop.set()
    writer.join(timeout=30)
    assert len(acknowledged) >= 5

    store = SQLiteStore(server_env["MATCHER_DATABASE_URL"])
    stored = {p.id for p in store.iter_profiles()}
    store.close()
    for batch in acknowledged:
        assert set(batch) <= stored
    batches: dict[str, set[str]] = {}
    for id_ in stored:
        if id_.startswith("kill-"):
            batches.setdefault(id_.split("-")[1], set()).add(id_)
    assert all(len(ids) == 50 for ids in batches.values()), "a bulk was half written"

    again = Server(server_env).start()
    try:
        top = httpx.post(f"{again.base}/v1/shortlists", json={"segment": NICHE, "k": 5},
                         headers=READER, timeout=30).json()
        assert top["results"][0]["id"].startswith("kill-")
        assert httpx.get(f"{again.base}/healthz").json()["creators"] == len(stored)
    finally:
        again.stop()


@pytest.mark.slow
def test_sigkill_during_index_rebuild_restarts_with_a_loadable_index(server_env):
    server = Server(server_env).start()
    before = httpx.get(f"{server.base}/healthz").json()["creators"]
    rows = [creator(f"rb-{i}", bio=f"Falconry diary entry {i}") for i in range(300)]
    httpx.post(f"{server.base}/v1/influencers:bulk", json=rows, headers=EDITOR, timeout=60)
    assert httpx.post(f"{server.base}/v1/index:rebuild", headers=EDITOR).status_code == 202
    time.sleep(0.3)
    server.kill()
    index = Path(server_env["MATCHER_INDEX_DIR"])
    assert (index / "CURRENT").exists()
    again = Server(server_env).start()
    try:
        health = httpx.get(f"{again.base}/healthz").json()
        assert health["creators"] == before + 300
        for i in (0, 299):
            assert httpx.get(f"{again.base}/v1/influencers/rb-{i}", headers=READER).status_code \
                == 200
    finally:
        again.stop()


@pytest.mark.slow
def test_schemathesis_finds_no_server_error_or_schema_break(server_env, tmp_path):
    st = shutil.which("st") or str(Path(sys.executable).parent / "st")
    server = Server(server_env).start()
    common = ["--checks", "not_a_server_error,response_schema_conformance,"
              "content_type_conformance,status_code_conformance,negative_data_rejection",
              "-H", f"Authorization: Bearer {EDITOR_KEY}", "--workers", "1", "--seed", "7",
              "--mode", "all", "--generation-deterministic"]
    try:
        every_route = subprocess.run(
            [st, "run", f"{server.base}/openapi.json", *common, "--max-examples", "8",
             "--phases", "examples,coverage,fuzzing", "--exclude-path", "/v1/reports"],
            capture_output=True, text=True, timeout=400, cwd=tmp_path)
        # a valid report request renders a report (a PDF takes seconds): fewer examples
        reports = subprocess.run(
            [st, "run", f"{server.base}/openapi.json", *common, "--max-examples", "3",
             "--phases", "examples,fuzzing", "--include-path", "/v1/reports",
             "--request-timeout", "120"],  # a first PDF starts Chromium
            capture_output=True, text=True, timeout=400, cwd=tmp_path)
    finally:
        server.stop()
    for proc in (every_route, reports):
        assert proc.returncode == 0, proc.stdout[-4000:]
        assert " passed" in proc.stdout
    assert re.search(r"Tested:\s+1\b", reports.stdout), reports.stdout[-3000:]  # the route ran


@pytest.mark.slow
def test_concurrent_readers_and_writers_lose_nothing(server_env):
    server = Server(server_env).start()
    statuses: list[int] = []
    written: list[str] = []
    lock = threading.Lock()
    deadline = time.monotonic() + 6

    def reader_loop() -> None:
        with httpx.Client(base_url=server.base, headers=READER, timeout=30) as client:
            while time.monotonic() < deadline:
                code = client.post("/v1/shortlists", json={"segment": NICHE, "k": 10}).status_code
                with lock:
                    statuses.append(code)

    def writer_loop(name: str) -> None:
        n = 0
        with httpx.Client(base_url=server.base, headers=EDITOR, timeout=30) as client:
            while time.monotonic() < deadline:
                id_ = f"load-{name}-{n}"
                code = client.put(f"/v1/influencers/{id_}", json=creator(id_)).status_code
                with lock:
                    statuses.append(code)
                    if code in (200, 201):
                        written.append(id_)
                n += 1

    threads = [threading.Thread(target=reader_loop) for _ in range(6)]
    threads += [threading.Thread(target=writer_loop, args=(w,)) for w in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert statuses and all(code < 500 for code in statuses)
        assert written
        with httpx.Client(base_url=server.base, headers=READER, timeout=30) as client:
            missing = [i for i in written if client.get(f"/v1/influencers/{i}").status_code
                       != 200]
            ranked = client.post("/v1/shortlists", json={"segment": NICHE, "k": 500}).json()
        assert not missing
        assert set(written) <= {r["id"] for r in ranked["results"]}
    finally:
        server.stop()
    assert json.dumps(statuses)
