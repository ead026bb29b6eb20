"""API keys: the key file is read again when it changes, written by one writer at a time,
and switching keys off takes the one spelled-out value."""

import logging
import multiprocessing

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError

from matcher.api.app import create_app, key_ring
from matcher.api.keys import add_key, load_key_file, revoke_key
from matcher.config import Settings


@pytest.fixture
def keys_file(tmp_path):
    return tmp_path / "keys.json"


@pytest.fixture
def status(settings, matcher, keys_file):
    """The status a read answers with a given key, served with keys from ``keys_file`` only."""
    own = settings.model_copy(update={"api_keys": "", "api_keys_file": keys_file})
    with TestClient(create_app(own, matcher=matcher)) as api:
        yield lambda key: api.get("/v1/segments",
                                  headers={"Authorization": f"Bearer {key}"}).status_code


def test_a_revoked_key_stops_and_a_new_key_starts_working_without_a_restart(
        keys_file, status):
    first = add_key(keys_file, "reader", "first")
    assert status(first) == 200
    second = add_key(keys_file, "reader", "second")
    assert status(second) == 200
    assert revoke_key(keys_file, "first")
    assert status(first) == 401 and status(second) == 200


def _create(args: tuple[str, int]) -> str:
    path, number = args
    from pathlib import Path
    return add_key(Path(path), "reader", f"key-{number}")


def test_keys_created_side_by_side_are_all_kept(tmp_path):
    path = tmp_path / "keys.json"
    with multiprocessing.get_context("fork").Pool(8) as pool:
        created = pool.map(_create, [(str(path), n) for n in range(40)])
    stored = load_key_file(path)
    assert len(set(created)) == 40
    assert sorted(k.name for k in stored) == sorted(f"key-{n}" for n in range(40))
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize("value, expected", [("false", False), ("FALSE", False),
                                             ("true", True), (" True ", True)])
def test_auth_takes_true_or_false(value, expected, monkeypatch):
    monkeypatch.setenv("MATCHER_AUTH", value)
    assert Settings().auth is expected


@pytest.mark.parametrize("value", ["0", "no", "off", "f", "n", "", "disabled"])
def test_any_other_auth_value_is_an_error_naming_it(value, monkeypatch):
    monkeypatch.setenv("MATCHER_AUTH", value)
    with pytest.raises(ValidationError, match="true or false"):
        Settings()


def test_keys_off_is_logged_as_a_warning(settings, caplog):
    with caplog.at_level(logging.WARNING, logger="matcher"):
        assert key_ring(settings.model_copy(update={"auth": False})) is None
    assert any("MATCHER_AUTH=false" in r.getMessage() for r in caplog.records)


def test_a_malformed_key_file_refuses_its_keys_instead_of_answering_500(keys_file, status):
    key = add_key(keys_file, "reader", "good")
    assert status(key) == 200
    keys_file.write_text('[{"name": "bad", "role": "reader", "sha256": 123}]')
    assert status(key) == 401
