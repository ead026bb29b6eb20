"""API keys with two roles: ``reader`` (reads, shortlists, lookalikes, reports) and ``editor``
(also every write). Keys are stored as SHA-256 hashes, in a JSON file and/or given in the
environment as ``role:key`` pairs (hashed on load, never kept in clear).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from matcher.errors import InvalidInput

ROLES = ("reader", "editor")


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
        if key.role not in ROLES:
            raise InvalidInput(f"{path}: key {key.name!r} has unknown role {key.role!r}",
                               field="api_keys_file")
    return keys


def add_key(path: Path, role: str, name: str | None = None) -> str:
    """Create a key, store its hash in ``path`` (atomically) and return it in clear, once."""
    if role not in ROLES:
        raise InvalidInput(f"role must be one of {ROLES}, got {role!r}", field="role")
    keys = load_key_file(path)
    key = "mk_" + secrets.token_urlsafe(24)
    keys.append(ApiKey(name or f"{role}-{len(keys) + 1}", role, hash_key(key)))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps([k.__dict__ for k in keys], indent=2), encoding="utf-8")
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return key


class KeyRing:
    def __init__(self, keys: list[ApiKey]) -> None:
        self.keys = keys

    def role_of(self, presented: str) -> str | None:
        digest = hash_key(presented)
        for key in self.keys:
            if hmac.compare_digest(key.sha256, digest):
                return key.role
        return None

    def __len__(self) -> int:
        return len(self.keys)


def allows(role: str, needed: str) -> bool:
    return needed == "reader" or role == "editor"
