"""The plan inside a campaign report: the campaign's ``plan:`` block planned as ``matcher
plan`` plans it, or a plan saved earlier (``matcher plan --out plan.json``), drawn with the
plan page's own charts (``plan_page``).

A saved plan is checked against ``PlanResponse`` (the body ``POST /v1/plans`` returns), so
a hand-edited file fails with the field that is wrong, and shown as it was planned.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from markupsafe import Markup
from pydantic import ValidationError, model_validator

from matcher.config import get_settings
from matcher.contracts.profiles import Segment
from matcher.errors import InvalidInput, error_field
from matcher.planning.options import PlanOptions
from matcher.planning.plans import PlanResponse, make_plan
from matcher.reports.plan_page import overlap_heat_map, reach_curve_chart
from matcher.service import Matcher

#: Creators whose table and overlap heat map share one printed page; a larger plan puts the
#: heat map on a page of its own.
CREATORS_WITH_HEAT_MAP = 12


class SavedPlan(PlanResponse):
    """A plan as ``POST /v1/plans`` returned it, checked to be one a report can draw."""

    @model_validator(mode="after")
    def _drawable(self) -> SavedPlan:
        n = len(self.creators)
        limit = get_settings().plan_max_creators
        if n > limit:
            raise ValueError(f"{n} creators, above MATCHER_PLAN_MAX_CREATORS ({limit})")
        numbers = {"budget": self.budget, "total_cost": self.total_cost,
                   "estimated_cost": self.estimated_cost}
        numbers.update({f"creators.{i}.price_usd": c.price_usd
                        for i, c in enumerate(self.creators)})
        numbers.update({f"reach_curve.{i}.budget": p.budget
                        for i, p in enumerate(self.reach_curve)})
        for name, value in numbers.items():
            if not math.isfinite(value) or value < 0:
                raise ValueError(f"{name}: expected an amount in USD >= 0, got {value}")
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
                raise ValueError(f"{name}: expected a number of people >= 0, got {count}")
        for i, s in enumerate(self.segments):
            if not math.isfinite(s.expected_frequency) or s.expected_frequency < 0:
                raise ValueError(f"segments.{i}.expected_frequency: expected a number >= 0")
        members = self.overlap.get("members")
        if not (isinstance(members, list) and len(members) == n and all(
                isinstance(line, list) and len(line) == n and all(
                    isinstance(m, int) and not isinstance(m, bool) and m >= 0 for m in line)
                for line in members)):
            raise ValueError(f"overlap.members: expected {n} rows of {n} whole numbers >= 0, "
                             "one per creator")
        return self


@dataclass(frozen=True)
class PlanSection:
    plan: dict[str, Any]                 # PlanResponse fields
    source: Literal["planned", "saved"]
    curve: Markup
    heat_map: Markup

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
    def sheets(self) -> int:
        """Printed pages: the summary and reach curve, the creators (and the heat map)."""
        return 3 if self.heat_map_apart else 2


def _section(body: dict[str, Any], source: Literal["planned", "saved"]) -> PlanSection:
    handles = [c["handle"] or c["id"] for c in body["creators"]]
    heat_map = overlap_heat_map(body, handles) if body["creators"] else Markup("")
    return PlanSection(body, source, reach_curve_chart(body), heat_map)


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


def read_saved_plan(value: Any, base: Path) -> Any:
    """A ``saved_plan:`` path in a campaign file (relative to the file) read as JSON; an
    object is left as it is (the API takes the plan inline, never a path on the server)."""
    if not isinstance(value, str):
        return value
    path = (base / value).resolve()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"saved_plan: no file {path}", field="saved_plan") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise InvalidInput(f"saved_plan: {path.name} is not plan JSON ({err})",
                           field="saved_plan") from None


def load_saved_plan(path: Path) -> SavedPlan:
    """A plan JSON file (``matcher plan --out``), checked."""
    try:
        return SavedPlan.model_validate(read_saved_plan(str(path), Path.cwd()))
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(part for part in ("saved_plan", error_field(first)) if part)
        message = str(first["msg"]).removeprefix("Value error, ")
        raise InvalidInput(f"{where}: {message} ({path.name})", field=where) from None
