"""The ``plan:`` block of a campaign: budget, value per segment member, and constraints."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, model_validator

from matcher.contracts.profiles import Platform


class PlatformLimit(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min: int = Field(0, ge=0, description="Fewest creators of this platform in the plan.")
    max: int | None = Field(None, ge=0, description="Most creators of this platform.")

    @model_validator(mode="after")
    def _ordered(self) -> PlatformLimit:
        if self.max is not None and self.min > self.max:
            raise ValueError(f"min {self.min} is above max {self.max}")
        return self


class PlanOptions(BaseModel):
    """What a plan must respect. Every field is optional except the budget, which the CLI's
    ``--budget`` may give instead."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"budget": 50000, "max_creators": 12, "platforms": {"tiktok": {"max": 4}},
         "values": {"eco-parents-na": 1.0}, "max_budget_share": 0.3}]})

    budget: Annotated[float, Field(gt=0, le=1e10)] | None = Field(
        None, description="USD to spend on posts, one post per chosen creator.")
    values: dict[str, Annotated[float, Field(ge=0, allow_inf_nan=False)]] = Field(
        default_factory=dict,
        description="Value of one member reached, by segment id; 1 for a segment not named.")
    min_creators: int = Field(0, ge=0, description="Fewest creators in the plan.")
    max_creators: int | None = Field(None, ge=1, description="Most creators in the plan.")
    platforms: dict[Platform, PlatformLimit] = Field(
        default_factory=dict, description="Fewest and most creators per platform.")
    must_include: list[str] = Field(default_factory=list,
                                    description="Creator ids the plan must book.")
    exclude: list[str] = Field(default_factory=list,
                               description="Creator ids the plan must not book.")
    max_budget_share: float | None = Field(
        None, gt=0, le=1, description="Most of the budget one creator's price may take.")
    min_fit: float | None = Field(
        None, ge=0, le=1, description="Least fit (in any of the segments) a creator needs.")
    reported_prices_only: bool = Field(
        False, description="Plan only with creators whose price is reported, not estimated.")

    @model_validator(mode="after")
    def _consistent(self) -> PlanOptions:
        if self.max_creators is not None and self.min_creators > self.max_creators:
            raise ValueError(f"min_creators {self.min_creators} is above max_creators "
                             f"{self.max_creators}")
        both = sorted(set(self.must_include) & set(self.exclude))
        if both:
            raise ValueError(f"{', '.join(both)} both in must_include and in exclude")
        minimums = sum(limit.min for limit in self.platforms.values())
        if self.max_creators is not None and minimums > self.max_creators:
            raise ValueError(f"the platform minimums add up to {minimums}, above max_creators "
                             f"{self.max_creators}")
        if self.max_creators is not None and len(set(self.must_include)) > self.max_creators:
            raise ValueError(f"{len(set(self.must_include))} must-includes, above "
                             f"max_creators {self.max_creators}")
        return self
