"""The image's promises without a Docker engine: its state on the two volumes, a regular
install, the generated key kept on the data volume, and a health check that tells a start in
progress (the first index build) from a broken server. Fast: no model, no index, no build."""

from __future__ import annotations

import http.server
import json
import os
import re
import stat
import subprocess
import sys
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from matcher.api.keys import KeyRing, hash_key, load_key_file
from matcher.cli import GENERATED_KEY_FILE, generate_demo_key, main, starting_file
from matcher.config import PROJECT_ROOT, Settings, get_settings
from tests.server import free_port

ROOT = Path(__file__).resolve().parent.parent
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments), continuation lines joined as Docker joins them: the
    backslash and newline dropped, the next line's indentation kept."""
    joined = re.sub(r"\\\n", "", DOCKERFILE)
    rows = []
    for line in joined.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, rest = line.strip().partition(" ")
            rows.append((name.upper(), rest.strip()))
    return rows


def image_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for name, rest in instructions():
        if name == "ENV":
            env.update(re.findall(r"(\w+)=(\S+)", rest))
    return env


def healthcheck_command() -> list[str]:
    (rest,) = [rest for name, rest in instructions() if name == "HEALTHCHECK"]
    return list(json.loads(rest[rest.index("CMD ") + 4:]))


# --- the image ----------------------------------------------------------------------------

def test_state_lives_on_the_two_volumes():
    env = image_env()
    assert env["MATCHER_DATABASE_URL"].startswith("/data/")
    assert env["MATCHER_API_KEYS_FILE"].startswith("/data/")
    assert env["MATCHER_CACHE_PATH"].startswith("/data/")
    assert env["MATCHER_INDEX_DIR"].startswith("/indexes/")
    assert env["HF_HUB_OFFLINE"] == "1"
    (volumes,) = [json.loads(rest) for name, rest in instructions() if name == "VOLUME"]
    assert sorted(volumes) == ["/data", "/indexes"]


def test_every_setting_defaulting_into_the_checkout_is_set():
    """A regular install puts the package in site-packages: a default under PROJECT_ROOT
    would point there (no fixtures, state inside the install), so the image sets each."""
    env = image_env()
    for name, field in Settings.model_fields.items():
        if str(PROJECT_ROOT) in str(field.default):
            assert f"MATCHER_{name.upper()}" in env, f"MATCHER_{name.upper()} not set"
    for name in ("MATCHER_ROSTER", "MATCHER_SEGMENTS_DIR"):
        relative = Path(env[name]).relative_to("/app")
        assert (ROOT / relative).exists(), f"{name}: {relative} is not in the checkout"


def test_a_regular_install_as_a_non_root_user():
    runs = " ".join(rest for name, rest in instructions() if name == "RUN")
    assert "pip install" in runs and " -e " not in runs and "--editable" not in runs
    assert "pip wheel" in runs
    users = [rest for name, rest in instructions() if name == "USER"]
    assert users and users[-1] not in ("0", "root")


def test_the_build_context_is_an_allow_list():
    lines = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
             if line.strip() and not line.startswith("#")]
    assert lines[0] == "*"
    allowed = {line[1:] for line in lines if line.startswith("!")}
    assert allowed == {"pyproject.toml", "README.md", "matcher", "fixtures"}


# --- the health check ---------------------------------------------------------------------

@pytest.fixture
def check(tmp_path):
    port = free_port()

    def run() -> tuple[int, str]:
        env = {**os.environ, "MATCHER_PORT": str(port), "TMPDIR": str(tmp_path)}
        proc = subprocess.run([sys.executable if part == "python" else part
                               for part in healthcheck_command()],
                              env=env, capture_output=True, text=True, timeout=30)
        return proc.returncode, proc.stdout.strip()

    run.port = port  # type: ignore[attr-defined]
    run.starting = tmp_path / starting_file(port).name  # type: ignore[attr-defined]
    return run


def test_health_check_without_a_server_is_down(check):
    code, out = check()
    assert code == 1 and out.startswith("down:")


def test_health_check_while_the_start_is_fresh_is_building(check):
    check.starting.write_text("embedding: 768 of 4,923 texts (16%)\n")
    code, out = check()
    assert (code, out) == (0, "building: embedding: 768 of 4,923 texts (16%)")


def test_health_check_with_a_stale_starting_file_is_down(check):
    check.starting.write_text("embedding: 768 of 4,923 texts (16%)\n")
    os.utime(check.starting, (1, 1))  # last touched at the epoch: long past the 60 s limit
    code, out = check()
    age = re.search(r"starting file (\d+) s old", out)
    assert code == 1 and out.startswith("down:") and age and int(age[1]) >= 60


def test_health_check_asks_healthz_first(check):
    class Healthz(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            body = b'{"status":"ok"}' if self.path == "/healthz" else b""
            self.send_response(200 if body else 404)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", check.port), Healthz)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        assert check() == (0, '{"status":"ok"}')
    finally:
        server.shutdown()
        server.server_close()


# --- the generated key and the starting file, from `matcher serve` ---------------------------

def test_generated_key_is_written_beside_the_key_file(tmp_path):
    keys_file = tmp_path / "data" / "api-keys.json"
    stale = tmp_path / "data" / GENERATED_KEY_FILE
    stale.parent.mkdir()
    stale.write_text("mk_revoked\n")
    stale.chmod(0o644)
    key, clear = generate_demo_key(keys_file)
    assert clear == stale
    assert clear.read_text() == key + "\n"
    assert stat.S_IMODE(clear.stat().st_mode) == 0o600
    assert [(k.name, k.role, k.sha256) for k in load_key_file(keys_file)] == \
        [("demo", "editor", hash_key(key))]
    assert KeyRing([], keys_file).role_of(clear.read_text().strip()) == "editor"


@pytest.fixture
def serve(tmp_path, monkeypatch, capsys):
    """`matcher serve` in-process, its model, index and HTTP server stubbed out."""
    import uvicorn

    import matcher.service

    port = free_port()
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again
    for name in list(os.environ):
        if name.startswith("MATCHER_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("MATCHER_API_KEYS_FILE", str(tmp_path / "data" / "api-keys.json"))
    monkeypatch.setenv("MATCHER_DATABASE_URL", str(tmp_path / "data" / "catalogue.sqlite"))
    seen: dict[str, object] = {}
    path = starting_file(port)

    def fake_open(cls, settings, encoder=None, index_dir=None, log=None):
        seen["at open"] = path.read_text()
        log("embedding: 192 of 4,923 texts (4%)")
        seen["after a step"] = path.read_text()
        return SimpleNamespace(snapshot=SimpleNamespace(
            catalogue=SimpleNamespace(size=3), version="v1"))

    def fake_run(app, host, port, log_level):
        seen["listening with a starting file"] = path.exists()

    monkeypatch.setattr(matcher.service.Matcher, "open", classmethod(fake_open))
    monkeypatch.setattr(uvicorn, "run", fake_run)

    def invoke() -> tuple[str, dict[str, object]]:
        get_settings.cache_clear()
        seen.clear()
        monkeypatch.setattr(sys, "argv", ["matcher", "serve", "--port", str(port)])
        with pytest.raises(SystemExit) as done:
            main()
            raise SystemExit(0)
        assert done.value.code in (0, None)
        return capsys.readouterr().err, dict(seen)

    yield invoke, tmp_path / "data"
    get_settings.cache_clear()


def test_serve_prints_the_key_once_and_leaves_it_on_the_data_volume(serve):
    invoke, data = serve
    err, seen = invoke()
    clear = data / GENERATED_KEY_FILE
    key = clear.read_text().strip()
    assert err.count(key) == 1 and f"{clear}" in err and "delete that file" in err
    assert stat.S_IMODE(clear.stat().st_mode) == 0o600
    assert KeyRing([], data / "api-keys.json").role_of(key) == "editor"
    assert seen["at open"].startswith("opening the catalogue")
    assert seen["after a step"].startswith("embedding: 192 of 4,923 texts (4%)")
    assert key not in str(seen)
    assert seen["listening with a starting file"] is False

    err, _ = invoke()  # the next start: the key file has a key, nothing is generated
    assert "1 API keys configured" in err and "mk_" not in err
    assert clear.read_text().strip() == key
