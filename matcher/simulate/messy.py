"""Turning clean reported profiles into messy vendor-export rows.

``messify`` damages a small share of nested rows the way real exports are damaged; most of
the damage is unambiguous and can be normalised, a few rows are genuinely bad and must be
rejected. ``to_flat_rows`` and ``messify_flat`` do the same for the flat CSV layout. The rows
carry no marker of what was done; the injected (row index, kind) pairs are returned beside.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import numpy as np

from .vocab import AGE_BANDS, COUNTRIES, COUNTRY_ALIASES, GENDERS

# Messes a service can normalise without guessing.
FIXABLE_KINDS: tuple[str, ...] = ("percent_block", "percent_string", "sum_off", "country_name",
                                  "own_country_name", "followers_string", "duplicate_id")
# Rows a service must reject.
BAD_KINDS: tuple[str, ...] = ("missing_id", "negative_followers", "unknown_country",
                              "age_sum_bad", "non_numeric_share", "unknown_platform")
FLAT_KINDS: tuple[str, ...] = ("percent_string", "followers_string", "own_country_name")
BAD_SHARE_OF_RATE = 0.125

Row = dict[str, Any]
Injected = list[tuple[int, str]]


def country_name(code: str, rng: np.random.Generator) -> str:
    """A human-readable name for an ISO code, as vendors write it."""
    names = COUNTRY_ALIASES.get(code, (COUNTRIES[code][0],))
    return names[int(rng.integers(len(names)))]


def compact_count(n: int) -> str:
    """``48512 -> "48.5K"``, ``1234567 -> "1.2M"``."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f}M"
    return f"{n / 1_000:.1f}K"


def _blocks(row: Row, *names: str, min_max: float = 0.0) -> list[str]:
    aud = row.get("audience") or {}
    return [b for b in names if aud.get(b) and max(aud[b].values()) > min_max]


def _applicable(row: Row, kind: str) -> bool:
    aud = row.get("audience") or {}
    if kind == "percent_block":
        return bool(_blocks(row, "age", "gender", "countries", "languages", "interests",
                            min_max=0.05))
    if kind == "percent_string":
        return bool(_blocks(row, "age", "gender", "countries"))
    if kind == "sum_off":
        return bool(_blocks(row, "age", "gender"))
    if kind == "country_name":
        return bool(aud.get("countries"))
    if kind in ("age_sum_bad",):
        return bool(aud.get("age"))
    if kind == "non_numeric_share":
        return bool(_blocks(row, "age", "gender"))
    return True


def _apply(row: Row, kind: str, rng: np.random.Generator) -> None:
    aud = row.get("audience") or {}
    if kind == "percent_block":
        blk = aud[_pick(_blocks(row, "age", "gender", "countries", "languages", "interests",
                                min_max=0.05), rng)]
        for k, v in blk.items():
            blk[k] = round(v * 100, 1)
    elif kind == "percent_string":
        blk = aud[_pick(_blocks(row, "age", "gender", "countries"), rng)]
        key = max(blk, key=blk.__getitem__)
        blk[key] = f"{blk[key] * 100:.1f}%".replace(".0%", "%")
    elif kind == "sum_off":
        blk = aud[_pick(_blocks(row, "age", "gender"), rng)]
        target = float(rng.choice([0.98, 1.03]))
        total = sum(blk.values())
        for k, v in blk.items():
            blk[k] = round(v * target / total, 3)
    elif kind == "country_name":
        blk = aud["countries"]
        codes = list(blk)
        known = [c for c in codes if c in COUNTRY_ALIASES]
        code = _pick(known or codes, rng)
        aud["countries"] = {(country_name(c, rng) if c == code else c): v for c, v in blk.items()}
    elif kind == "own_country_name":
        row["country"] = country_name(row["country"], rng)
    elif kind == "followers_string":
        row["followers"] = compact_count(int(row["followers"]))
    elif kind == "missing_id":
        del row["id"]
    elif kind == "negative_followers":
        row["followers"] = -abs(int(row["followers"])) or -1
    elif kind == "unknown_country":
        row["country"] = "Atlantis"
    elif kind == "age_sum_bad":
        blk = aud["age"]
        total = sum(blk.values())
        for k, v in blk.items():
            blk[k] = round(v * 1.6 / total, 3)
    elif kind == "non_numeric_share":
        blk = aud[_pick(_blocks(row, "age", "gender"), rng)]
        blk[_pick(list(blk), rng)] = "lots"
    elif kind == "unknown_platform":
        row["platform"] = "myspace"
    else:
        raise ValueError(f"unknown mess kind {kind!r}")


def _pick(items: list[str], rng: np.random.Generator) -> str:
    return items[int(rng.integers(len(items)))]


def messify(rows: list[Row], rate: float, rng: np.random.Generator
            ) -> tuple[list[Row], Injected]:
    """Damage about ``rate`` of the rows; return the new rows and the (row index, kind) list.

    One row in eight of the damaged ones (about 0.5% of rows at rate 0.04) is made genuinely
    bad (``BAD_KINDS``); the others get one fixable mess (``FIXABLE_KINDS``). A duplicated id
    is a new row, a copy of an earlier one with a changed follower count, inserted a little
    later, so the output is longer than the input by the number of duplicates. Indices refer to
    the returned list. The input rows are not modified.
    """
    n = len(rows)
    n_total = int(round(n * rate))
    n_bad = int(round(n_total * BAD_SHARE_OF_RATE)) if n_total else 0
    chosen = rng.choice(n, size=min(n, n_total), replace=False) if n_total else np.array([], int)
    plan: dict[int, str] = {}
    for j, idx in enumerate(chosen):
        kinds = BAD_KINDS if j < n_bad else FIXABLE_KINDS
        start = int(rng.integers(len(kinds)))
        for step in range(len(kinds)):
            kind = kinds[(start + step) % len(kinds)]
            if _applicable(rows[int(idx)], kind):
                plan[int(idx)] = kind
                break

    out: list[Row] = []
    kinds_out: dict[int, str] = {}
    pending: dict[int, list[Row]] = {}
    for i, row in enumerate(rows):
        planned = plan.get(i)
        if planned is None:
            out.append(row)
        elif planned == "duplicate_id":
            out.append(row)
            dup = copy.deepcopy(row)
            dup["followers"] = max(1, int(round(int(row["followers"])
                                                * float(rng.uniform(1.01, 1.08)))))
            pending.setdefault(min(n - 1, i + int(rng.integers(1, 40))), []).append(dup)
        else:
            messed = copy.deepcopy(row)
            _apply(messed, planned, rng)
            kinds_out[len(out)] = planned
            out.append(messed)
        for dup in pending.pop(i, []):
            kinds_out[len(out)] = "duplicate_id"
            out.append(dup)
    return out, sorted(kinds_out.items())


def _column(prefix: str, key: str) -> str:
    return f"{prefix}_{key.replace('-', '_').replace('+', '_plus')}"


BASE_COLUMNS: tuple[str, ...] = ("id", "handle", "name", "platform", "bio", "categories",
                                 "country", "language", "followers", "engagement_rate",
                                 "avg_views", "credibility", "price_usd")


def to_flat_rows(profiles: list[Row]) -> tuple[list[str], list[Row]]:
    """Nested profiles -> (columns, rows) in the flat CSV layout of DESIGN.md.

    Age, gender, country and language blocks become one column per key; missing values are
    ``None``. Categories are a JSON array cell, interests one JSON-object cell.
    """
    blocks = [p.get("audience") or {} for p in profiles]
    countries = sorted({c for aud in blocks for c in aud.get("countries") or {}})
    langs = sorted({x for aud in blocks for x in aud.get("languages") or {}})
    columns = list(BASE_COLUMNS)
    columns += [_column("audience_age", b) for b in AGE_BANDS]
    columns += [_column("audience_gender", g) for g in GENDERS]
    columns += [f"audience_country_{c}" for c in countries]
    columns += [f"audience_language_{x}" for x in langs]
    columns.append("audience_interests")
    rows: list[Row] = []
    for p in profiles:
        aud = p.get("audience") or {}
        row: Row = {c: p.get(c) for c in BASE_COLUMNS}
        row["categories"] = json.dumps(p.get("categories") or [], ensure_ascii=False)
        for band in AGE_BANDS:
            row[_column("audience_age", band)] = (aud.get("age") or {}).get(band)
        for g in GENDERS:
            row[_column("audience_gender", g)] = (aud.get("gender") or {}).get(g)
        for c in countries:
            row[f"audience_country_{c}"] = aud.get("countries", {}).get(c)
        for x in langs:
            row[f"audience_language_{x}"] = (aud.get("languages") or {}).get(x)
        row["audience_interests"] = (json.dumps(aud["interests"], ensure_ascii=False)
                                     if aud.get("interests") else None)
        rows.append(row)
    return columns, rows


def messify_flat(rows: list[Row], rate: float, rng: np.random.Generator
                 ) -> tuple[list[Row], Injected]:
    """Damage about ``rate`` of flat rows with cell-level messes (``FLAT_KINDS``), at least one
    of each kind: a share cell as "41.2%", followers as "12.5K", the creator country as a name.
    """
    n = len(rows)
    n_mess = min(n, max(len(FLAT_KINDS), int(round(n * rate))))
    out = list(rows)
    injected: Injected = []
    for j, idx in enumerate(sorted(int(i) for i in rng.choice(n, n_mess, replace=False))):
        kind = FLAT_KINDS[j % len(FLAT_KINDS)]
        row = dict(rows[idx])
        if kind == "percent_string":
            cells = [c for c in row if c.startswith(("audience_age_", "audience_gender_",
                                                     "audience_country_"))
                     and isinstance(row[c], float) and row[c] > 0.05]
            if not cells:
                continue
            cell = _pick(cells, rng)
            row[cell] = f"{row[cell] * 100:.1f}%"
        elif kind == "followers_string":
            row["followers"] = compact_count(int(row["followers"]))
        else:
            row["country"] = country_name(row["country"], rng)
        out[idx] = row
        injected.append((idx, kind))
    return out, injected
