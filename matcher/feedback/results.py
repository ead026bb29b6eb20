"""Campaign results in: rows of (creator, segment, date, spend, impressions, clicks,
conversions, revenue) checked, then stored with their campaign in one transaction.

A row is rejected, with its number, field and reason, when its creator is not in the
catalogue, its segment is not a bundled or saved segment, it names another campaign than the
one imported into, a count is negative, not a whole number or past ``MAX_COUNT``, conversions
exceed clicks or clicks exceed impressions, the date is not ``YYYY-MM-DD``, it repeats an
earlier row's key (campaign, creator, segment, date) or its key is stored with other figures
(unless the import says ``replace``: then it corrects the stored row and is counted
``replaced``). Rows are never merged: ``accepted + rejected == rows read``. A row already
stored with the same figures is accepted and counted ``unchanged``, so importing one file
twice stores it once. ``delete_rows`` removes a campaign's rows by creator, segment or date.
An import of more than ``MATCHER_MAX_ROSTER_ROWS`` rows fails as a whole and stores
nothing, as a roster does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from matcher.config import get_settings
from matcher.errors import InvalidInput, RowError, UnknownCampaign
from matcher.ingest.readers import Reject, iter_raw_rows
from matcher.store import Campaign, ResultRow, Store

CREATOR_COLUMNS = ("creator", "creator_id", "influencer_id", "id")
COUNTS = ("impressions", "clicks", "conversions")
AMOUNTS = ("spend", "revenue")
MAX_COUNT = 2**63 - 1          # the largest whole number the store holds (SQLite INTEGER)
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class ImportResult:
    campaign: str
    accepted: list[ResultRow] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    inserted: int = 0
    unchanged: int = 0
    replaced: int = 0

    @property
    def rows(self) -> int:
        return len(self.accepted) + len(self.rejects)

    def to_dict(self) -> dict[str, Any]:
        return {"campaign": self.campaign, "rows": self.rows, "accepted": len(self.accepted),
                "inserted": self.inserted, "unchanged": self.unchanged,
                "replaced": self.replaced, "rejected": len(self.rejects),
                "rejects": [r.to_dict() for r in self.rejects]}


def _count(raw: Mapping[str, Any], name: str) -> int:
    value = raw.get(name)
    if value is None or value == "":
        raise RowError(name, "missing: expected a whole number >= 0")
    if isinstance(value, bool):
        raise RowError(name, f"expected a whole number >= 0, got {value!r}")
    try:
        number = float(str(value).strip().replace(",", "")) if isinstance(value, str) else float(
            value)
    except (TypeError, ValueError):
        raise RowError(name, f"expected a whole number >= 0, got {str(value)[:40]!r}") from None
    if not math.isfinite(number) or number != int(number):
        raise RowError(name, f"expected a whole number >= 0, got {str(value)[:40]!r}")
    if number < 0:
        raise RowError(name, f"negative count {int(number)}: expected a whole number >= 0")
    if number > MAX_COUNT:
        raise RowError(name, f"{str(value)[:40]} is past the largest count stored "
                             f"({MAX_COUNT}): expected a whole number >= 0")
    return int(number)


def _amount(raw: Mapping[str, Any], name: str, required: bool) -> float:
    value = raw.get(name)
    if value is None or value == "":
        if required:
            raise RowError(name, "missing: expected an amount in USD >= 0")
        return 0.0
    if isinstance(value, bool):
        raise RowError(name, f"expected an amount in USD >= 0, got {value!r}")
    try:
        number = float(str(value).strip().lstrip("$").replace(",", "")) if isinstance(
            value, str) else float(value)
    except (TypeError, ValueError):
        raise RowError(name, f"expected an amount in USD >= 0, got {str(value)[:40]!r}"
                       ) from None
    if not math.isfinite(number) or number < 0:
        raise RowError(name, f"expected an amount in USD >= 0, got {str(value)[:40]!r}")
    return number


def _creator_column(raw: Mapping[str, Any]) -> str | None:
    return next((c for c in CREATOR_COLUMNS if raw.get(c) not in (None, "")), None)


def parse_row(raw: Mapping[str, Any], campaign: Campaign,
              known_creator: Callable[[str], bool],
              known_segment: Callable[[str], bool]) -> ResultRow:
    """One raw row as a ``ResultRow`` of ``campaign``, or a ``RowError`` naming the field."""
    named = raw.get("campaign")
    if named not in (None, "") and str(named) != campaign.id:
        raise RowError("campaign", f"unknown campaign {str(named)!r}: this import is into "
                                   f"campaign {campaign.id!r}")
    column = _creator_column(raw)
    if column is None:
        raise RowError("creator", "missing: expected the creator's id")
    creator = str(raw[column]).strip()
    if not known_creator(creator):
        raise RowError(column, f"unknown creator {creator!r}: not in the catalogue")
    segment_column = next((c for c in ("segment", "segment_id") if raw.get(c)), None)
    segment = campaign.segment_id if segment_column is None else raw[segment_column]
    if not isinstance(segment, str) or not known_segment(segment.strip()):
        raise RowError(segment_column or "segment",
                       f"unknown segment {str(segment)[:60]!r}: expected a bundled or saved "
                       "segment's id")
    day = str(raw.get("date") or "").strip()
    try:
        if not ISO_DATE.fullmatch(day):
            raise ValueError(day)
        day = date.fromisoformat(day).isoformat()
    except ValueError:
        raise RowError("date", f"expected a date YYYY-MM-DD, got {day[:40]!r}") from None
    impressions, clicks, conversions = (_count(raw, name) for name in COUNTS)
    if conversions > clicks:
        raise RowError("conversions", f"{conversions} conversions above {clicks} clicks")
    if clicks > impressions:
        raise RowError("clicks", f"{clicks} clicks above {impressions} impressions")
    return ResultRow(campaign=campaign.id, creator=creator, segment=segment.strip(),
                     date=day, spend=_amount(raw, "spend", True), impressions=impressions,
                     clicks=clicks, conversions=conversions,
                     revenue=_amount(raw, "revenue", False))


def import_rows(store: Store, campaign_id: str,
                rows: Iterable[tuple[int, dict[str, Any] | RowError]],
                known_creator: Callable[[str], bool],
                known_segment: Callable[[str], bool], replace: bool = False) -> ImportResult:
    """Check every row, then store the accepted ones in one transaction (all or nothing);
    with ``replace`` a row whose key is stored with other figures corrects it."""
    campaign = store.get_campaign(campaign_id)
    if campaign is None:
        raise UnknownCampaign(f"no campaign with id {campaign_id!r}; create it first "
                              "(PUT /v1/campaigns/{id} or `matcher results campaign`)",
                              field="campaign")
    out = ImportResult(campaign.id)
    seen: dict[tuple[str, str, str, str], int] = {}
    limit = get_settings().max_roster_rows
    for number, raw in rows:
        if number > limit:
            raise InvalidInput(f"more than {limit:,} result rows (MATCHER_MAX_ROSTER_ROWS); "
                               "nothing was stored", field="rows")
        if isinstance(raw, RowError):
            out.rejects.append(Reject(number, raw.field, raw.reason))
            continue
        try:
            row = parse_row(raw, campaign, known_creator, known_segment)
        except RowError as err:
            column = _creator_column(raw)
            creator = None if column is None else raw[column]
            out.rejects.append(Reject(number, err.field, err.reason,
                                      None if creator is None else str(creator)))
            continue
        if row.key in seen:
            out.rejects.append(Reject(number, "row", f"duplicate row: creator {row.creator!r}, "
                                      f"segment {row.segment!r}, {row.date} first seen at row "
                                      f"{seen[row.key]}", row.creator))
            continue
        seen[row.key] = number
        stored = store.stored_result(row.key)
        if stored is not None and stored != row and not replace:
            out.rejects.append(Reject(number, "row", "stored with other figures for creator "
                                      f"{row.creator!r}, segment {row.segment!r}, {row.date}; "
                                      "results are never merged: import with replace to "
                                      "correct the stored row", row.creator))
            continue
        out.accepted.append(row)
    counts = store.add_results(out.accepted, replace=replace)
    out.inserted, out.unchanged, out.replaced = counts.inserted, counts.unchanged, counts.replaced
    return out


def import_file(store: Store, campaign_id: str, path: str | Path,
                known_creator: Callable[[str], bool],
                known_segment: Callable[[str], bool], replace: bool = False) -> ImportResult:
    """Results from a CSV, Parquet, JSON or JSON lines file (read as rosters are)."""
    path = Path(path)
    if not path.exists():
        raise InvalidInput(f"results file not found: {path}", field="path")
    return import_rows(store, campaign_id, iter_raw_rows(path), known_creator, known_segment,
                       replace)


def import_records(store: Store, campaign_id: str, records: Iterable[Mapping[str, Any]],
                   known_creator: Callable[[str], bool],
                   known_segment: Callable[[str], bool], replace: bool = False
                   ) -> ImportResult:
    """Results given as records (a request body), numbered from 1."""
    numbered = ((number, dict(record) if isinstance(record, Mapping)
                 else RowError("row", "expected an object"))
                for number, record in enumerate(records, start=1))
    return import_rows(store, campaign_id, numbered, known_creator, known_segment, replace)


@dataclass
class Deleted:
    campaign: str
    rows: list[ResultRow]

    def to_dict(self) -> dict[str, Any]:
        return {"campaign": self.campaign, "deleted": len(self.rows),
                "rows": [vars(r) for r in self.rows]}


def delete_rows(store: Store, campaign_id: str, *, creator: str | None = None,
                segment: str | None = None, day: str | None = None,
                everything: bool = False) -> Deleted:
    """Delete the campaign's rows of ``creator``, ``segment`` and ``day`` (those given), or
    with ``everything`` all its rows; one transaction. Deleting nothing is not an error."""
    if store.get_campaign(campaign_id) is None:
        raise UnknownCampaign(f"no campaign with id {campaign_id!r}", field="campaign")
    for name, value in (("creator", creator), ("segment", segment), ("date", day)):
        if value is not None and not value.strip():
            raise InvalidInput(f"{name}: expected a value, got an empty one (leave {name} out "
                               "to delete rows of any)", field=name)
    if creator is None and segment is None and day is None and not everything:
        raise InvalidInput("say which rows to delete: creator, segment and/or date, or all "
                           "to delete every row of the campaign", field="creator")
    if day is not None:
        try:
            if not ISO_DATE.fullmatch(day):
                raise ValueError(day)
            day = date.fromisoformat(day).isoformat()
        except ValueError:
            raise InvalidInput(f"date: expected a date YYYY-MM-DD, got {day[:40]!r}",
                               field="date") from None
    return Deleted(campaign_id, store.delete_results(campaign_id, creator=creator,
                                                     segment=segment, date=day))
