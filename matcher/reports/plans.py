"""A campaign's plan: its segments (with the campaign's filters) and its ``plan:`` block,
planned by ``matcher.planning``. The CLI's ``matcher plan`` and ``POST /v1/plans`` call
``plan_campaign``, so both return the same bytes."""

from __future__ import annotations

from pydantic import ValidationError

from matcher.errors import InfeasiblePlan
from matcher.planning.options import PlanOptions
from matcher.planning.plans import Plan, make_plan
from matcher.reports.render import Campaign, campaign_segments
from matcher.service import Matcher


def plan_campaign(matcher: Matcher, campaign: Campaign, budget: float | None = None) -> Plan:
    """The campaign's plan; ``budget`` replaces the ``plan:`` block's own."""
    options = campaign.plan or PlanOptions()
    if budget is not None:
        try:
            options = PlanOptions.model_validate({**options.model_dump(), "budget": budget})
        except ValidationError as err:
            reason = str(err.errors()[0]["msg"])
            raise InfeasiblePlan(f"plan.budget: {reason}, got {budget}",
                                 field="plan.budget") from None
    return make_plan(matcher, campaign_segments(matcher, campaign), options,
                     weights=campaign.weights or None)
