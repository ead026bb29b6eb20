"""Campaign plans: the set of creators that reaches the most segment members for a budget.

``make_plan`` (``plans.py``) takes resolved segments and a ``PlanOptions`` (``options.py``,
a campaign's ``plan:`` block); ``prepare`` and ``solve`` are its two halves, for benchmarks
that compare other choices on the same candidates. The overlap model is ``audiences.py`` +
``coverage.py``, the search and the certificate ``optimise.py``, prices ``prices.py``.
"""

from matcher.planning.options import PlanOptions, PlatformLimit
from matcher.planning.plans import Plan, PlanResponse, make_plan, prepare, solve

__all__ = ["Plan", "PlanOptions", "PlanResponse", "PlatformLimit", "make_plan", "prepare",
           "solve"]
