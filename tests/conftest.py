import gzip
import json
import os
from pathlib import Path

import pytest

from matcher.config import Settings
from matcher.embedding.encoder import Encoder
from matcher.service import Matcher

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SUBSET_ROWS = 1500
READER_KEY = "test-reader-key"
EDITOR_KEY = "test-editor-key"
SHORTLIST_SECONDS = 300
os.environ.setdefault("HF_HUB_OFFLINE", "1")


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("matcher")


@pytest.fixture(scope="session")
def cache_path(workdir: Path) -> Path:
    return workdir / "embedding-cache.sqlite"


@pytest.fixture(scope="session")
def encoder(cache_path: Path) -> Encoder:
    """The real model, loaded once per test session."""
    return Encoder(cache_path=cache_path)


@pytest.fixture(scope="session")
def subset_roster(workdir: Path) -> Path:
    """The first rows of the bundled catalogue, messiness included."""
    path = workdir / "subset.jsonl"
    with gzip.open(FIXTURES / "creators.jsonl.gz", "rt", encoding="utf-8") as src:
        lines = [line for _, line in zip(range(SUBSET_ROWS), src, strict=False)]
    path.write_text("".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def settings(workdir: Path, subset_roster: Path, cache_path: Path) -> Settings:
    return Settings(index_dir=workdir / "index", cache_path=cache_path, roster=subset_roster,
                    segments_dir=FIXTURES / "segments",
                    database_url=str(workdir / "catalogue.sqlite"),
                    api_keys=f"reader:{READER_KEY},editor:{EDITOR_KEY}",
                    api_keys_file=workdir / "no-keys.json",
                    # a busy CI machine may take long over a first shortlist: the budget's
                    # and the quota's own tests set theirs
                    shortlist_seconds=SHORTLIST_SECONDS, client_compute_seconds=0)


@pytest.fixture(scope="session")
def matcher(settings: Settings, encoder: Encoder) -> Matcher:
    """The live catalogue of the subset roster; tests that write use their own."""
    return Matcher.open(settings, encoder)


@pytest.fixture(scope="session")
def index_dir(matcher: Matcher, settings: Settings) -> Path:
    return settings.index_dir


@pytest.fixture
def cli_env(settings: Settings) -> dict[str, str]:
    """Environment for `matcher` subprocesses: same index, same warm cache."""
    env = dict(os.environ)
    env.update({"MATCHER_INDEX_DIR": str(settings.index_dir),
                "MATCHER_CACHE_PATH": str(settings.cache_path),
                "MATCHER_ROSTER": str(settings.roster),
                "MATCHER_SEGMENTS_DIR": str(settings.segments_dir),
                "MATCHER_DATABASE_URL": settings.database_url,
                "MATCHER_API_KEYS": settings.api_keys,
                "MATCHER_API_KEYS_FILE": str(settings.api_keys_file),
                "MATCHER_SHORTLIST_SECONDS": str(SHORTLIST_SECONDS),
                "HF_HUB_OFFLINE": "1"})
    return env


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path
