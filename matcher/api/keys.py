"""API keys with two roles: ``reader`` (reads, shortlists, lookalikes, reports) and ``editor``
(also every write). Keys are stored as SHA-256 hashes, in a JSON file and/or given in the
environment as ``role:key`` pairs (hashed on load, never kept in clear).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from matcher.errors import InvalidInput

ROLES = ("reader", "editor")
log = logging.getLogger("matcher.keys")


@dataclass(frozen=True)
class ApiKey:
    name: str
    role: str
    sha256: str


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def parse_env_keys(text: str) -> list[ApiKey]:
    keys = []
    for index, item in enumerate(p.strip() for p in text.split(",") if p.strip()):
        role, sep, key = item.partition(":")
        if not sep or role not in ROLES or not key:
            raise InvalidInput(f"MATCHER_API_KEYS item {index + 1}: expected ROLE:KEY with "
                               f"ROLE in {ROLES}", field="api_keys")
        keys.append(ApiKey(f"env-{index + 1}", role, hash_key(key)))
    return keys


def load_key_file(path: Path) -> list[ApiKey]:
    if not path.exists():
        return []
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
        keys = [ApiKey(r["name"], r["role"], r["sha256"]) for r in records]
    except (ValueError, KeyError, TypeError) as err:
        raise InvalidInput(f"{path}: expected a JSON list of {{name, role, sha256}} ({err})",
                           field="api_keys_file") from None
    for key in keys:
        if not (isinstance(key.name, str) and isinstance(key.sha256, str)
                and re.fullmatch(r"[0-9a-f]{64}", key.sha256)):
            raise InvalidInput(f"{path}: key {key.name!r}: expected a name and a sha256 of 64 "
                               "hex digits", field="api_keys_file")
        if key.role not in ROLES:
            raise InvalidInput(f"{path}: key {key.name!r} has unknown role {key.role!r}",
                               field="api_keys_file")
    return keys


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Writers of the key file one at a time (``matcher keys`` run side by side)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_name(path.name + ".lock"), "a", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _write_key_file(path: Path, keys: list[ApiKey]) -> None:
    """Atomically: a reader sees the old file or the new one, never half of one."""
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115
        "w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp",
        delete=False)
    try:
        with handle:
            os.chmod(handle.name, 0o600)
            handle.write(json.dumps([k.__dict__ for k in keys], indent=2))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def add_key(path: Path, role: str, name: str | None = None) -> str:
    """Create a key, store its hash in ``path`` and return it in clear, once."""
    if role not in ROLES:
        raise InvalidInput(f"role must be one of {ROLES}, got {role!r}", field="role")
    key = "mk_" + secrets.token_urlsafe(24)
    with _locked(path):
        keys = load_key_file(path)
        name = name or f"{role}-{len(keys) + 1}"
        if any(k.name == name for k in keys):
            raise InvalidInput(f"a key named {name!r} exists already; revoke it first or "
                               "choose another name", field="name")
        keys.append(ApiKey(name, role, hash_key(key)))
        _write_key_file(path, keys)
    return key


def revoke_key(path: Path, name: str) -> bool:
    """Remove the key called ``name``; whether there was one. A running server stops
    accepting it at its next request."""
    with _locked(path):
        keys = load_key_file(path)
        kept = [k for k in keys if k.name != name]
        if len(kept) == len(keys):
            return False
        _write_key_file(path, kept)
    return True


class KeyRing:
    """The keys of the environment and of the key file, the file read again whenever it
    has changed (a revoked key stops working at the next request)."""

    def __init__(self, env_keys: list[ApiKey], path: Path | None = None) -> None:
        self.env_keys, self.path = env_keys, path
        self._stamp: tuple[int, int, int] | None = None
        self._file_keys: list[ApiKey] = []
        self._lock = threading.Lock()
        self._refresh()

    def _refresh(self) -> None:
        if self.path is None:
            return
        try:
            info = self.path.stat()
            stamp = (info.st_ino, info.st_mtime_ns, info.st_size)
        except FileNotFoundError:
            stamp = (0, 0, 0)
        if stamp == self._stamp:
            return
        with self._lock:
            if stamp == self._stamp:
                return
            try:
                self._file_keys = load_key_file(self.path)
            except (InvalidInput, OSError) as err:
                if self._stamp is None:
                    raise
                log.error("%s; every key of the file is refused until it is fixed", err)
                self._file_keys = []
            self._stamp = stamp

    @property
    def keys(self) -> list[ApiKey]:
        self._refresh()
        return self.env_keys + self._file_keys

    def key_of(self, presented: str) -> ApiKey | None:
        """The stored key a presented key is, if any."""
        digest = hash_key(presented)
        for key in self.keys:
            if hmac.compare_digest(key.sha256, digest):
                return key
        return None

    def role_of(self, presented: str) -> str | None:
        key = self.key_of(presented)
        return key.role if key is not None else None

    def __len__(self) -> int:
        return len(self.keys)


def allows(role: str, needed: str) -> bool:
    return needed == "reader" or role == "editor"
