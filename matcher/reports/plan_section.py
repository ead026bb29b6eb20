"""The plan inside a campaign report: the campaign's ``plan:`` block planned as ``matcher
plan`` plans it, or a plan saved earlier (``matcher plan --out plan.json``), drawn with the
plan page's own charts (``plan_page``).

A saved plan is read and checked only when a report shows it (``check_saved_plan``): against
``PlanResponse`` (the body ``POST /v1/plans`` returns), for what the report prints (finite
numbers, counts of people a report can draw) and against the campaign (its segments, the
service's ``MATCHER_PLAN_MAX_CREATORS``), so a hand-edited file fails with the field that is
wrong, and is shown as it was planned.
"""

from __future__ import annotations

import json
import math
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from markupsafe import Markup
from pydantic import ValidationError, model_validator

from matcher.config import Settings
from matcher.contracts.profiles import Segment
from matcher.errors import FieldError, InvalidInput, error_field
from matcher.planning.options import PlanOptions
from matcher.planning.plans import PlanResponse, make_plan
from matcher.reports.plan_page import (
    HEAT_MAP_MAX_CREATORS,
    overlap_heat_map,
    reach_curve_chart,
    top_overlaps,
)
from matcher.service import Matcher

#: Creators whose table and overlap heat map share one printed page; a larger plan puts the
#: heat map on a page of its own.
CREATORS_WITH_HEAT_MAP = 12
#: Rows of the plan's creators table on one printed page, each page its own sheet (measured in
#: Chromium: 36 rows and the footnote fit with short column headings, not with the tallest).
CREATORS_PER_PAGE = 34
#: Rows of the table of the most overlapping pairs on one printed page.
PAIRS_PER_PAGE = 30
#: The most people a saved plan may count anywhere: a hundred times the world's population,
#: so a larger count is a broken file, not a plan.
MAX_PEOPLE = 10**12


def _numbers(value: Any, path: str) -> list[tuple[str, Any]]:
    """Every number in a dumped plan, with its dotted path."""
    if isinstance(value, dict):
        return [n for k, v in value.items() for n in _numbers(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list | tuple):
        return [n for i, v in enumerate(value) for n in _numbers(v, f"{path}.{i}")]
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [(path, value)]
    return []


class SavedPlan(PlanResponse):
    """A plan as ``POST /v1/plans`` returned it, checked to be one a report can draw."""

    @model_validator(mode="after")
    def _drawable(self) -> SavedPlan:
        n = len(self.creators)
        for name, value in _numbers(self.model_dump(), ""):
            if isinstance(value, float) and not math.isfinite(value):
                raise FieldError(name, f"expected a finite number, got {value}")
            if isinstance(value, int) and abs(value) > MAX_PEOPLE:
                raise FieldError(name, f"expected at most {MAX_PEOPLE:,}, got a number of "
                                 f"{len(str(abs(value)))} digits")
        numbers = {"budget": self.budget, "total_cost": self.total_cost,
                   "estimated_cost": self.estimated_cost}
        numbers.update({f"creators.{i}.price_usd": c.price_usd
                        for i, c in enumerate(self.creators)})
        numbers.update({f"reach_curve.{i}.budget": p.budget
                        for i, p in enumerate(self.reach_curve)})
        for name, value in numbers.items():
            if value < 0:
                raise FieldError(name, f"expected an amount in USD >= 0, got {value}")
        for i, c in enumerate(self.creators):
            if c.price_estimated and c.price_range is None:
                raise FieldError(f"creators.{i}.price_range", "expected [low, high] for an "
                                 "estimated price, got null")
            if c.price_range is not None and not 0 <= c.price_range[0] <= c.price_range[1]:
                raise FieldError(f"creators.{i}.price_range", f"expected 0 <= low <= high, got "
                                 f"{list(c.price_range)}")
        counts = [(f"segments.{i}.unique_reach", s.unique_reach)
                  for i, s in enumerate(self.segments)]
        counts += [(f"creators.{i}.marginal_reach", c.marginal_reach)
                   for i, c in enumerate(self.creators)]
        counts += [(f"creators.{i}.estimated_reach", r) for i, c in enumerate(self.creators)
                   for r in c.estimated_reach.values()]
        counts += [(f"reach_curve.{i}.unique_reach", p.unique_reach)
                   for i, p in enumerate(self.reach_curve)]
        for name, count in counts:
            if count < 0:
                raise FieldError(name, f"expected a number of people >= 0, got {count}")
        for i, s in enumerate(self.segments):
            if s.expected_frequency < 0:
                raise FieldError(f"segments.{i}.expected_frequency", "expected a number >= 0")
        members = self.overlap.get("members")
        if not (isinstance(members, list) and len(members) == n and all(
                isinstance(line, list) and len(line) == n and all(
                    isinstance(m, int) and not isinstance(m, bool) and 0 <= m <= MAX_PEOPLE
                    for m in line)
                for line in members)):
            raise FieldError("overlap.members", f"expected {n} rows of {n} whole numbers from 0 "
                             f"to {MAX_PEOPLE:,}, one per creator")
        return self


@dataclass(frozen=True)
class PlanSection:
    plan: dict[str, Any]                 # PlanResponse fields
    source: Literal["planned", "saved"]
    curve: Markup
    heat_map: Markup                     # empty above HEAT_MAP_MAX_CREATORS: see ``pairs``
    pairs: list[dict[str, Any]]          # the most overlapping pairs, above that

    @property
    def unique_reach(self) -> int:
        """Segment members the plan reaches, each once per segment, added over segments."""
        return sum(int(s["unique_reach"]) for s in self.plan["segments"])

    @property
    def marginal_total(self) -> int:
        """The creators' marginal reaches added up: the unique reach, up to rounding (each
        creator's figure is rounded to whole people)."""
        return sum(int(c["marginal_reach"]) for c in self.plan["creators"])

    @property
    def heat_map_apart(self) -> bool:
        return len(self.plan["creators"]) > CREATORS_WITH_HEAT_MAP

    @property
    def creator_pages(self) -> list[list[dict[str, Any]]]:
        """The creators table's rows, page by page (one page, empty, without creators)."""
        creators = self.plan["creators"]
        return [creators[i:i + CREATORS_PER_PAGE]
                for i in range(0, len(creators), CREATORS_PER_PAGE)] or [[]]

    @property
    def sheets(self) -> int:
        """Printed pages: the summary and reach curve, the creators table (``CREATORS_PER_PAGE``
        rows a page), and the overlap (a page of its own above ``CREATORS_WITH_HEAT_MAP``)."""
        return 1 + len(self.creator_pages) + (1 if self.heat_map_apart else 0)


def _section(body: dict[str, Any], source: Literal["planned", "saved"]) -> PlanSection:
    handles = [c["handle"] or c["id"] for c in body["creators"]]
    n = len(handles)
    heat_map = (overlap_heat_map(body, handles) if 0 < n <= HEAT_MAP_MAX_CREATORS
                else Markup(""))
    pairs = top_overlaps(body, handles, PAIRS_PER_PAGE) if n > HEAT_MAP_MAX_CREATORS else []
    return PlanSection(body, source, reach_curve_chart(body), heat_map, pairs)


def plan_section(matcher: Matcher, segments: list[Segment], options: PlanOptions | None,
                 saved: SavedPlan | None, weights: dict[str, float] | None
                 ) -> PlanSection | None:
    """The saved plan when there is one, else the ``plan:`` block planned, else None."""
    if saved is not None:
        return _section(saved.model_dump(mode="json"), "saved")
    if options is None:
        return None
    plan = make_plan(matcher, segments, options, weights=weights or None)
    return _section(plan.to_dict(), "planned")


def read_saved_plan(path: Path, max_bytes: int) -> Any:
    """A plan JSON file (``matcher plan --out``) read, at most ``max_bytes``
    (``MATCHER_MAX_BODY_BYTES``, the largest plan the API takes inline)."""
    try:
        with path.open("rb") as file:
            if not stat.S_ISREG(os.fstat(file.fileno()).st_mode):
                raise InvalidInput(f"saved_plan: {path} is not a file; expected a plan JSON "
                                   "file (`matcher plan --out plan.json`)", field="saved_plan")
            data = file.read(max_bytes + 1)
    except FileNotFoundError:
        raise InvalidInput(f"saved_plan: no file {path}", field="saved_plan") from None
    except OSError as err:
        raise InvalidInput(f"saved_plan: cannot read {path} ({err.strerror or err})",
                           field="saved_plan") from None
    if len(data) > max_bytes:
        raise InvalidInput(f"saved_plan: {path.name} is larger than {max_bytes:,} bytes "
                           "(MATCHER_MAX_BODY_BYTES)", field="saved_plan")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidInput(f"saved_plan: {path.name} is not plan JSON ({err})",
                           field="saved_plan") from None


def check_saved_plan(value: Any, settings: Settings, segment_ids: list[str],
                     source: str = "") -> SavedPlan:
    """A saved plan checked to be one this report can show: a ``SavedPlan``, within the
    service's ``MATCHER_PLAN_MAX_CREATORS``, and made for the campaign's segments."""
    suffix = f" ({source})" if source else ""
    try:
        saved = SavedPlan.model_validate(value)
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(part for part in ("saved_plan", error_field(first)) if part)
        message = str(first["msg"]).removeprefix("Value error, ")
        raise InvalidInput(f"{where}: {message}{suffix}", field=where) from None
    n, limit = len(saved.creators), settings.plan_max_creators
    if n > limit:
        raise InvalidInput(f"saved_plan.creators: {n} creators, above "
                           f"MATCHER_PLAN_MAX_CREATORS ({limit}){suffix}",
                           field="saved_plan.creators")
    planned = [s.id for s in saved.segments]
    if sorted(planned) != sorted(segment_ids):
        raise InvalidInput(f"saved_plan.segments: the plan was made for {planned}, the "
                           f"campaign's segments are {segment_ids}; plan the campaign again "
                           f"(`matcher plan --out`){suffix}", field="saved_plan.segments")
    return saved
