"""Inline SVG charts, drawn in Python: no script, font file, image or request of any kind.

``creator_charts`` draws one creator's fit and audience against a segment's target;
``shortlist_contributions`` compares a shortlist's fits.

Every chart is a ``Markup`` string sized by its ``viewBox`` so it scales with the page; text
inherits the page's system font stack. Colours are the Okabe-Ito palette, which stays
distinguishable for the common colour-vision deficiencies and in greyscale print.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pycountry
from markupsafe import Markup, escape

from matcher.contracts.profiles import AGE_BANDS, GENDERS, Segment
from matcher.matching.segments import LabelMatch

TARGET = "#0b6e99"
OUTSIDE = "#c3cad3"
INK = "#1d2733"
MUTED = "#5b6775"
GRID = "#e3e7ec"
FACTOR_COLOURS = {
    "audience_match": "#0072B2",
    "interest": "#E69F00",
    "affinity": "#009E73",
    "engagement": "#CC79A7",
    "credibility": "#56B4E9",
    "age": "#D55E00",
    "gender": "#F0E442",
    "country": "#7f7f7f",
    "language": "#332288",
    "reach": "#882255",
}
FACTOR_LABELS = {
    "audience_match": "audience match",
    "affinity": "content affinity",
}


def factor_label(name: str) -> str:
    return FACTOR_LABELS.get(name, name)


def language_name(code: str) -> str:
    """English for en; the code itself when pycountry does not know it."""
    found = pycountry.languages.get(alpha_2=code)
    return found.name if found else code


# Numbers for people: the report prints every number through one of these.

def pct(value: float, floor: float = 1.0) -> str:
    """A share as a person reads it: 45%, 7.3%, and below ``floor`` percent ``<1%`` (or
    ``0.6%`` down to ``<0.1%`` with ``floor=0.1``); 0% only for none, 100% only for all."""
    percent = 100.0 * value
    if percent <= 0:
        return "0%"
    if percent < floor:
        return f"<{floor:g}%"
    if percent < 9.95:
        return f"{percent:.1f}%"
    if 99.5 <= percent < 100:
        return ">99%"
    return f"{percent:.0f}%"


def share(value: float) -> str:
    """A share in a table (segment share, engagement): small ones keep a decimal."""
    return pct(value, floor=0.1)


def people(value: float) -> str:
    """A count of people to two significant figures: 520, 9.2k, 110k, 1.2M."""
    if value < 0.5:
        return "0"
    rounded = float(f"{value:.2g}")
    for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if rounded >= size:
            return f"{rounded / size:g}{suffix}"
    return f"{rounded:.0f}"


def dollars(value: float | None) -> str:
    """USD: whole dollars, cents under $10; n/a for none."""
    if value is None:
        return "n/a"
    return f"${value:.2f}" if value < 9.995 else f"${value:,.0f}"


FRACTIONS = {1 / 4: ("a quarter", "\u00bc"), 1 / 3: ("a third", "\u2153"),
             1 / 2: ("half", "\u00bd"), 2 / 3: ("two thirds", "\u2154"),
             3 / 4: ("three quarters", "\u00be"), 1 / 5: ("a fifth", "\u2155"),
             1 / 10: ("a tenth", "1/10")}


def fraction(weight: float, short: bool = False) -> str:
    """How much a target category counts, in words: fully, half, a quarter, 40%."""
    if weight >= 0.995:
        return "fully"
    for value, (words, glyph) in FRACTIONS.items():
        if abs(weight - value) < 0.005:
            return glyph if short else words
    return f"{100 * weight:.0f}%"


def _text(x: float, y: float, body: str, *, size: float = 10, anchor: str = "start",
          fill: str = INK, weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'fill="{fill}" font-weight="{weight}">{escape(body)}</text>')


def _rect(x: float, y: float, w: float, h: float, fill: str, extra: str = "") -> str:
    return (f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(w, 0):.1f}" height="{h:.1f}" '
            f'fill="{fill}"{extra}/>')


def _svg(width: float, height: float, label: str, parts: Sequence[str]) -> Markup:
    return Markup(
        f'<svg class="chart" viewBox="0 0 {width:.0f} {height:.0f}" role="img" '
        f'aria-label="{escape(label)}" preserveAspectRatio="xMinYMin meet">'
        f"<title>{escape(label)}</title>{''.join(parts)}</svg>"
    )


def _clip(label: str, chars: int) -> str:
    return label if len(label) <= chars else label[: chars - 1].rstrip() + "…"


def _axis(values: Sequence[float]) -> tuple[float, float]:
    """Axis end and tick step: 3 to 5 round ticks from 0 past the largest value."""
    top = max([v for v in values if v == v] or [0.0])
    for step in (0.05, 0.1, 0.2, 0.25):
        end = max(step * 2, math.ceil(top / step - 1e-9) * step)
        if end / step <= 4 + 1e-9:
            return min(end, 1.0), step
    return 1.0, 0.25


@dataclass(frozen=True)
class Bar:
    """One category of an audience block against the segment's target.

    ``target`` is the weight the segment gives the category (0 outside the target, 1 fully
    inside, in between for a cut age band or a lighter country); ``share`` is ``None`` when
    the profile does not report the category.
    """

    label: str
    share: float | None
    target: float = 0.0
    note: str = ""


def bar_chart(title: str, bars: Sequence[Bar], *, headline: str, width: float = 170,
              label_width: float = 40, missing: str | None = None) -> Markup:
    """Horizontal bars, % of the audience, target categories in the accent colour."""
    row, top = 13.0, 29.0
    plot_h = max(len(bars), 1) * row if missing is None else 2 * row
    parts = [_text(0, 11, title, size=11, weight="bold"),
             _text(0, 23, headline, size=8.8, fill=MUTED)]
    if missing is not None:
        parts.append(_rect(0.5, top, width - 1, plot_h, "#f3f5f8",
                           ' stroke="#b9c1cb" stroke-dasharray="4 3" rx="3"'))
        parts.append(_text(width / 2, top + plot_h / 2 + 3, "not reported", size=9,
                           anchor="middle", fill=MUTED))
        return _svg(width, top + plot_h + 4, f"{title}: {missing}", parts)
    x0, value_w = label_width, 36.0 + max((4.9 * len(b.note) for b in bars), default=0)
    plot_w = width - x0 - value_w
    end, step = _axis([b.share or 0.0 for b in bars])
    ticks = round(end / step)
    every = 1 if plot_w / ticks >= 24 else 2
    for i in range(ticks + 1):
        x = x0 + plot_w * (i * step) / end
        parts.append(f'<line x1="{x:.1f}" y1="{top - 2:.1f}" x2="{x:.1f}" '
                     f'y2="{top + plot_h:.1f}" stroke="{GRID}" stroke-width="1"/>')
        if i % every == 0:
            parts.append(_text(x, top + plot_h + 10, pct(i * step), size=7.8,
                               anchor="middle", fill=MUTED))
    for i, bar in enumerate(bars):
        y = top + i * row
        baseline = y + row / 2 + 3.2
        if bar.target > 0:
            parts.append(f'<circle cx="2.6" cy="{y + row / 2:.1f}" r="2.4" fill="{TARGET}"/>')
        parts.append(_text(8, baseline, _clip(bar.label, int((label_width - 8) / 5.3)),
                           size=9.2, weight="bold" if bar.target > 0 else "normal"))
        if bar.share is None:
            parts.append(_text(x0 + 2, baseline, "not in reported top", size=8, fill=MUTED))
            continue
        w = plot_w * min(bar.share, end) / end
        colour = TARGET if bar.target > 0 else OUTSIDE
        opacity = "" if bar.target in (0, 1) else f' fill-opacity="{0.35 + 0.65 * bar.target:.2f}"'
        parts.append(_rect(x0, y + 2.5, w, row - 5, colour, opacity))
        value = pct(bar.share) + (f" {bar.note}" if bar.note else "")
        parts.append(_text(x0 + w + 3, baseline, value, size=8.8))
    return _svg(width, top + plot_h + 13, f"{title}: {headline}", parts)


def contribution_bar(factors: Mapping[str, Mapping[str, float]], fit: float,
                     width: float = 620) -> Markup:
    """The fit as one stacked bar of ``factors[*].contribution`` on a 0-1 axis, with legend."""
    x0, bar_y, bar_h = 0.0, 19.0, 15.0
    plot_w = width - 4
    parts = [_text(0, 12, f"Fit {fit:.2f} = the sum of the factors, each weight x score (rounded)",
                   size=11.5, weight="bold")]
    for i in range(6):
        x = x0 + plot_w * i / 5
        parts.append(f'<line x1="{x:.1f}" y1="{bar_y - 3:.1f}" x2="{x:.1f}" '
                     f'y2="{bar_y + bar_h + 3:.1f}" stroke="{GRID}" stroke-width="1"/>')
        parts.append(_text(x, bar_y + bar_h + 13, f"{i / 5:.1f}",
                           size=8, anchor="start" if i == 0 else "end" if i == 5 else "middle",
                           fill=MUTED))
    parts.append(_rect(x0, bar_y, plot_w, bar_h, "#f3f5f8"))
    x = x0
    items = list(factors.items())
    for name, factor in items:
        w = plot_w * max(factor["contribution"], 0.0)
        colour = FACTOR_COLOURS.get(name, "#999999")
        parts.append(_rect(x, bar_y, w, bar_h, colour, ' stroke="#ffffff" stroke-width="1"'))
        if w > 34:
            text_fill = INK if name in ("gender", "credibility", "interest") else "#ffffff"
            parts.append(_text(x + w / 2, bar_y + bar_h / 2 + 3.5,
                               f"{factor['contribution']:.2f}", size=9, anchor="middle",
                               fill=text_fill))
        x += w
    legend_y = bar_y + bar_h + 25
    columns = 3
    col_w = width / columns
    for i, (name, factor) in enumerate(items):
        lx = col_w * (i % columns)
        ly = legend_y + 12 * (i // columns)
        parts.append(_rect(lx, ly - 8, 9, 9, FACTOR_COLOURS.get(name, "#999999")))
        parts.append(_text(lx + 13, ly, f"{factor_label(name)} {factor['contribution']:.2f} "
                           f"= {factor['weight']:.2f} x {factor['value']:.2f}", size=8.5))
    height = legend_y + 12 * math.ceil(len(items) / columns) - 7
    label = f"Fit {fit:.2f}: " + ", ".join(
        f"{factor_label(n)} {f['contribution']:.2f}" for n, f in items)
    return _svg(width, height, label, parts)


def shortlist_contributions(rows: Sequence[tuple[str, Mapping[str, Mapping[str, float]],
                                                 float]], width: float = 620) -> Markup:
    """One stacked fit bar per creator, to compare what drives each rank."""
    label_w, row, top = 150.0, 14.0, 8.0
    plot_w = width - label_w - 40
    names = list(dict.fromkeys(n for _, factors, _ in rows for n in factors))
    parts: list[str] = []
    for i in range(6):
        x = label_w + plot_w * i / 5
        parts.append(f'<line x1="{x:.1f}" y1="{top - 4:.1f}" x2="{x:.1f}" '
                     f'y2="{top + row * len(rows):.1f}" stroke="{GRID}" stroke-width="1"/>')
        parts.append(_text(x, top + row * len(rows) + 11, f"{i / 5:.1f}", size=8,
                           anchor="middle", fill=MUTED))
    for j, (label, factors, fit) in enumerate(rows):
        y = top + j * row
        parts.append(_text(0, y + row / 2 + 3.5, _clip(label, 30), size=9))
        x = label_w
        for name, factor in factors.items():
            w = plot_w * max(factor["contribution"], 0.0)
            parts.append(_rect(x, y + 2, w, row - 4, FACTOR_COLOURS.get(name, "#999999")))
            x += w
        parts.append(_text(x + 4, y + row / 2 + 3.5, f"{fit:.2f}", size=9))
    legend_y = top + row * len(rows) + 28
    lx = 0.0
    for name in names:
        parts.append(_rect(lx, legend_y - 8, 9, 9, FACTOR_COLOURS.get(name, "#999999")))
        parts.append(_text(lx + 13, legend_y, factor_label(name), size=8.5))
        lx += 26 + 5.2 * len(factor_label(name))
    parts.append(_text(width, legend_y, "fit, 0-1", size=8.5, anchor="end", fill=MUTED))
    return _svg(width, legend_y + 6, "Fit of each creator by factor contribution", parts)


def _block(audience: dict[str, Any], name: str) -> dict[str, float] | None:
    block = audience.get(name)
    return block if block else None


def _factor(result: dict[str, Any], factor: str) -> tuple[float | None, bool]:
    found = result["factor_shares"].get(factor)
    return (None, True) if found is None else (found["share"], found["reported"])


HEADLINE_CHARS = 36


def _headline(result: dict[str, Any], factor: str, what: str, short: str = "in target",
              limit: int = HEADLINE_CHARS) -> str:
    """The one share that sums up a chart's blue bars, saying what it is a share of:
    "73% are 25 to 44"; ``short`` stands in when ``what`` would not fit the chart."""
    found, reported = _factor(result, factor)
    if found is None:
        return "not targeted"
    text = f"{pct(found)} {what}"
    if len(text) > limit:
        text = f"{pct(found)} {short}"
    return text if reported else f"{text} (estimated)"


def age_words(segment: Segment) -> str:
    """The target ages as a reader says them: "25 to 44", "18-24 or 35-44"."""
    if segment.ages is None:
        return ""
    if not isinstance(segment.ages, list):
        return f"{segment.ages.min} to {segment.ages.max}"
    bands = [b for b in AGE_BANDS if b in segment.ages]
    runs: list[list[str]] = []
    for band in bands:
        if runs and AGE_BANDS.index(band) == AGE_BANDS.index(runs[-1][-1]) + 1:
            runs[-1].append(band)
        else:
            runs.append([band])
    texts = []
    for run in runs:
        low = run[0].split("-")[0].rstrip("+")
        high = run[-1].split("-")[-1] if "-" in run[-1] else ""
        texts.append(f"{low} and over" if not high else run[0] if len(run) == 1
                     else f"{low} to {high}")
    return " or ".join(texts)


def _or(items: Sequence[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " or " + items[-1]


def _country_headline(weights: Mapping[str, float]) -> str:
    partial: dict[str, list[str]] = {}
    for code, weight in weights.items():
        if weight < 1:
            partial.setdefault(fraction(weight, short=True), []).append(code)
    notes = "; ".join(f"{', '.join(codes)} {'counts' if len(codes) == 1 else 'count'} {part}"
                      for part, codes in partial.items())
    return f"in {_or(list(weights))}" + (f" ({notes})" if notes else "")


def _missing(result: dict[str, Any], factor: str, block: dict[str, float] | None
             ) -> str | None:
    _, reported = _factor(result, factor)
    return None if block is not None and reported else "not reported"


def creator_charts(result: dict[str, Any], profile: dict[str, Any], segment: Segment,
                   matches: dict[str, LabelMatch]) -> dict[str, Markup]:
    """The fit split into its parts, and each audience block of ``profile`` (the clean
    profile) against the segment's target; shares in the headlines are ``result``'s."""
    audience = profile.get("audience") or {}
    out: dict[str, Markup] = {"fit": contribution_bar(result["factors"], result["fit"])}

    ages = segment.age_weights() or {}
    block = _block(audience, "age")
    out["age"] = bar_chart(
        "Age", [Bar(b, (block or {}).get(b, 0.0), ages.get(b, 0.0)) for b in AGE_BANDS],
        headline=_headline(result, "age", f"are {age_words(segment)}", "in the target ages"),
        label_width=42, missing=_missing(result, "age", block))

    genders = set(segment.genders or [])
    block = _block(audience, "gender")
    out["gender"] = bar_chart(
        "Gender", [Bar(g, (block or {}).get(g, 0.0), 1.0 if g in genders else 0.0)
                   for g in GENDERS],
        headline=_headline(result, "gender",
                           "are " + " or ".join(g for g in GENDERS if g in genders)),
        label_width=50, missing=_missing(result, "gender", block))

    weights = segment.country_weights() or {}
    block = _block(audience, "countries")
    out["countries"] = bar_chart(
        "Top countries", _top_bars(block or {}, weights, 6, rest="other"),
        headline=_headline(result, "country", _country_headline(weights),
                           "in the target countries"),
        label_width=42, missing=_missing(result, "country", block))

    wanted = dict.fromkeys(segment.languages or [], 1.0)
    block = _block(audience, "languages")
    out["languages"] = bar_chart(
        "Languages", _top_bars(block or {}, wanted, 3),
        headline=_headline(result, "language", "speak " + _or([language_name(c) for c in wanted]),
                           "speak a target language"),
        label_width=34, missing=_missing(result, "language", block))

    block = _block(audience, "interests")
    out["interests"] = bar_chart(
        "Interests", _interest_bars(block or {}, matches),
        headline=_headline(result, "interest", "hold at least one matching interest",
                           limit=90)
        if segment.interests else "not targeted",
        width=450, label_width=150, missing=_missing(result, "interest", block))
    return out


def _top_bars(block: dict[str, float], target: dict[str, float], limit: int,
              rest: str | None = None) -> list[Bar]:
    """At most ``limit`` categories: the reported target ones first, then the largest others,
    then unreported target ones while there is room; ``rest`` adds what the others leave."""
    by_share = sorted(block, key=lambda c: -block[c])
    inside = [c for c in by_share if target.get(c, 0.0) > 0][:limit]
    outside = [c for c in by_share if target.get(c, 0.0) <= 0][: limit - len(inside)]
    shown = sorted([*inside, *outside], key=lambda c: -block[c])
    shown += [c for c in target if c not in block][: limit - len(shown)]
    bars = [Bar(c, block.get(c), target.get(c, 0.0),
                f"counts {fraction(target[c], short=True)}"
                if 0 < target.get(c, 0.0) < 1 else "")
            for c in shown]
    remainder = 1.0 - sum(block.get(c, 0.0) for c in shown)
    if rest and block and remainder > 0.005:
        bars.append(Bar(rest, remainder))
    return bars


def _interest_bars(block: dict[str, float], matches: dict[str, LabelMatch], limit: int = 6
                   ) -> list[Bar]:
    """The matched labels first (at most ``limit - 2``), then the largest others."""
    matched = sorted((label for label in block if label in matches), key=lambda x: -block[x])
    others = sorted((label for label in block if label not in matches), key=lambda x: -block[x])
    shown = matched[: limit - 2]
    shown += others[: limit - len(shown)]
    return [Bar(label, block[label], matches[label].weight if label in matches else 0.0,
                f"~ {matches[label].phrase}" if label in matches else "")
            for label in shown]
