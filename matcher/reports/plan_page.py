"""A plan as one self-contained HTML page: the reach curve, the chosen creators with their
marginal reach, the overlap between them as a heat map, and the plan's totals.

Every number is a field of ``Plan.to_dict()`` (what ``POST /v1/plans`` returns), formatted
for people; the charts are inline SVG drawn here, so the page needs no script or request.
"""

from __future__ import annotations

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup, escape

from matcher.planning.plans import Plan
from matcher.reports import charts

CURVE_W, CURVE_H, PAD = 560.0, 220.0, 48.0
CELL = 22.0
HEAT_MAP_SCALE = 1.4
#: The most creators the overlap heat map draws: above, its squares and figures print too
#: small to read, and the most overlapping pairs are listed instead (``top_overlaps``).
HEAT_MAP_MAX_CREATORS = 20
#: Pairs the plan page lists above HEAT_MAP_MAX_CREATORS.
PAIRS_ON_PLAN_PAGE = 40


def _text(x: float, y: float, body: str, anchor: str = "start", size: float = 10) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="{charts.INK}">{escape(body)}</text>')


def _svg(width: float, height: float, label: str, parts: list[str],
         scale: float | None = None) -> Markup:
    """An inline SVG; ``scale`` gives it a size of its own (``scale`` CSS pixels a unit)
    rather than the width of its box, so its labels print at one size whatever the number
    of creators (a box narrower than that still shrinks it)."""
    size = (f'width="{width * scale:.0f}" height="{height * scale:.0f}" ' if scale
            else "")
    return Markup(f'<svg {size}viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
                  f'aria-label="{escape(label)}"><title>{escape(label)}</title>'
                  f"{''.join(parts)}</svg>")


def reach_curve_chart(plan: dict[str, Any]) -> Markup:
    """Unique reach against budget, the plan's budget marked and the plan itself a dot (the
    best of several greedy runs, it can lie above the cost-benefit greedy's curve)."""
    points = [(0.0, 0)] + [(p["budget"], p["unique_reach"]) for p in plan["reach_curve"]]
    reached = sum(s["unique_reach"] for s in plan["segments"])
    top_x = max(max(x for x, _ in points), plan["budget"]) or 1.0
    top_y = max(max(y for _, y in points), reached) or 1
    inner_w, inner_h = CURVE_W - 2 * PAD, CURVE_H - 2 * PAD

    def xy(x: float, y: float) -> tuple[float, float]:
        return PAD + inner_w * x / top_x, CURVE_H - PAD - inner_h * y / top_y

    path = " ".join(f"{'M' if i == 0 else 'L'}{a:.1f},{b:.1f}"
                    for i, (a, b) in enumerate(xy(x, y) for x, y in points))
    bx, _ = xy(plan["budget"], 0)
    px, py = xy(plan["total_cost"], reached)
    parts = [f'<path d="{path}" fill="none" stroke="{charts.TARGET}" stroke-width="2"/>',
             f'<line x1="{bx:.1f}" y1="{PAD:.1f}" x2="{bx:.1f}" y2="{CURVE_H - PAD:.1f}" '
             f'stroke="{charts.MUTED}" stroke-dasharray="4 3"/>',
             _text(bx - 4, CURVE_H - PAD - 6, f"budget {charts.dollars(plan['budget'])}",
                   "end"),
             f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4" fill="{charts.INK}"/>',
             _text(px - 8, py + 4, f"this plan: {charts.people(reached)}", "end"),
             f'<line x1="{PAD}" y1="{CURVE_H - PAD}" x2="{CURVE_W - PAD}" '
             f'y2="{CURVE_H - PAD}" stroke="{charts.GRID}"/>',
             f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{CURVE_H - PAD}" '
             f'stroke="{charts.GRID}"/>',
             _text(PAD, CURVE_H - PAD + 16, "$0"),
             _text(CURVE_W - PAD, CURVE_H - PAD + 16, charts.dollars(top_x), "end"),
             _text(PAD - 4, PAD + 4, charts.people(top_y), "end"),
             _text(PAD - 4, CURVE_H - PAD + 4, "0", "end"),
             _text(CURVE_W / 2, CURVE_H - 8, "budget (USD)", "middle"),
             _text(8, PAD - 12, "unique segment members reached")]
    return _svg(CURVE_W, CURVE_H, "Unique reach against budget", parts)


def overlap_heat_map(plan: dict[str, Any], handles: list[str]) -> Markup:
    """Members two creators both reach, as a share of the smaller creator's reach (shade
    and figure in each square)."""
    members = plan["overlap"]["members"]
    reach = [sum(c["estimated_reach"].values()) for c in plan["creators"]]
    n = len(members)
    left, top = 150.0, 20.0
    parts = []
    for i in range(n):
        parts.append(_text(left - 6, top + CELL * (i + 0.7),
                           charts._clip(f"{i + 1}. {handles[i]}", 24), "end"))
        parts.append(_text(left + CELL * (i + 0.5), top - 6, str(i + 1), "middle"))
        for j in range(n):
            smaller = min(reach[i], reach[j]) or 1
            share = 1.0 if i == j else min(members[i][j] / smaller, 1.0)
            fill = charts.GRID if i == j else charts.TARGET
            opacity = 1.0 if i == j else 0.08 + 0.92 * share
            parts.append(f'<rect x="{left + CELL * j:.1f}" y="{top + CELL * i:.1f}" '
                         f'width="{CELL - 1:.0f}" height="{CELL - 1:.0f}" fill="{fill}" '
                         f'fill-opacity="{opacity:.2f}"><title>{escape(handles[i])} and '
                         f'{escape(handles[j])}: {members[i][j]:,} members</title></rect>')
            if i != j and share >= 0.005:
                ink = "#ffffff" if opacity > 0.55 else charts.INK
                parts.append(f'<text x="{left + CELL * (j + 0.5) - 0.5:.1f}" '
                             f'y="{top + CELL * (i + 0.5) + 2.5:.1f}" font-size="7" '
                             f'text-anchor="middle" fill="{ink}">{charts.pct(share)}</text>')
    return _svg(left + CELL * n + 10, top + CELL * n + 10,
                "Overlap between the plan's creators", parts, scale=HEAT_MAP_SCALE)


def top_overlaps(plan: dict[str, Any], handles: list[str], limit: int) -> list[dict[str, Any]]:
    """The ``limit`` pairs of creators sharing the largest share of the smaller one's reach
    (the heat map's figure), most first; pairs sharing nobody are left out."""
    members = plan["overlap"]["members"]
    reach = [sum(c["estimated_reach"].values()) for c in plan["creators"]]
    pairs = []
    for i in range(len(members)):
        for j in range(i + 1, len(members)):
            if members[i][j] > 0:
                share = min(members[i][j] / (min(reach[i], reach[j]) or 1), 1.0)
                pairs.append({"first": i + 1, "second": j + 1, "first_handle": handles[i],
                              "second_handle": handles[j], "members": members[i][j],
                              "share": share})
    pairs.sort(key=lambda p: (-p["share"], -p["members"], p["first"], p["second"]))
    return pairs[:limit]


def render_plan_html(plan: Plan, title: str) -> str:
    body = plan.to_dict()
    handles = [c["handle"] or c["id"] for c in body["creators"]]
    env = Environment(loader=PackageLoader("matcher.reports", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(people=charts.people, dollars=charts.dollars, pct=charts.pct,
                       clip=charts._clip)
    n = len(handles)
    return env.get_template("plan.html.j2").render(
        title=title, plan=body, curve=reach_curve_chart(body),
        heat_map=overlap_heat_map(body, handles) if 0 < n <= HEAT_MAP_MAX_CREATORS
        else Markup(""),
        pairs=top_overlaps(body, handles, PAIRS_ON_PLAN_PAGE) if n > HEAT_MAP_MAX_CREATORS
        else [])
