"""Keeping discovered segments live: match a new run to the previous one.

Two segments are compared by their published distributions (age bands, genders, countries,
languages, interest phrases): similarity is one minus the mean total variation distance
over those fields. A new segment and a previous one that are each other's best match with
similarity at least ``PERSIST`` are the same segment: the new one takes the previous id, and
is reported as drifted when the similarity is under ``STEADY``. A previous segment that is
the best match of two or more new ones (each at least ``RELATED``) has split (two segments
are compared at all only when their interests are ``SHARED_INTERESTS`` alike); a new segment
that is the best match of two or more previous ones is a merge; a new segment related to no
previous one has appeared, and a previous one related to no new one has gone. A persisting
segment whose share of the customers changed by a factor of ``RESIZED`` or more has grown
or shrunk (unless it split or merged, which says why).

A new segment related to no previous one whose interests are mostly (``KNOWN_INTERESTS``)
interests the previous segments held (``interest_coverage``) has not appeared: it is
customers of known personas grouped anew, in other demographics (on the drift benchmark,
the off-profile customers of several segments, those whose country was drawn from the
whole population, found as a component of their own). It is reported as ``regrouped``, with
the previous segments whose interests it holds, and takes a new id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from matcher.discovery.discover import Discovery
from matcher.errors import InvalidInput
from matcher.store import Store

PERSIST = 0.75
STEADY = 0.9
RELATED = 0.5
#: ... and two segments are related (the same, split, merged) only when their interest
#: distributions alone are at least this similar: same demographics with other interests
#: is another persona (set on the drift of tuning seed 101, ``benchmarks/discovery.py
#: --drift``, where a new segment in the same country read as part of a split).
SHARED_INTERESTS = 0.25
#: A persisting segment whose share of customers is this many times its previous share (or
#: its inverse) is reported as grown (shrunk).
RESIZED = 1.5
#: A new segment related to no previous one has appeared only when most of its interests
#: are new: when at least this share of its interest distribution is held by previous
#: segments (``interest_coverage``) it is ``regrouped`` instead. A majority, not a fitted
#: value (docs/design-notes/2026-12-03-discovery-accuracy-speed.md, "regrouped").
KNOWN_INTERESTS = 0.5
FIELDS: tuple[str, ...] = ("ages", "genders", "countries", "languages", "interests")


@dataclass
class Changes:
    persisted: dict[str, float] = field(default_factory=dict)   # id -> similarity
    drifted: list[str] = field(default_factory=list)
    appeared: list[str] = field(default_factory=list)
    gone: list[str] = field(default_factory=list)
    split: dict[str, list[str]] = field(default_factory=dict)   # previous -> new ids
    merged: dict[str, list[str]] = field(default_factory=dict)  # new -> previous ids
    grown: dict[str, list[float]] = field(default_factory=dict)   # id -> [before, now] share
    shrunk: dict[str, list[float]] = field(default_factory=dict)
    #: new id -> the previous ids whose interests it holds (known interests, new demographics)
    regrouped: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"persisted": {k: round(v, 3) for k, v in self.persisted.items()},
                "drifted": self.drifted, "appeared": self.appeared, "gone": self.gone,
                "split": self.split, "merged": self.merged, "grown": self.grown,
                "shrunk": self.shrunk, "regrouped": self.regrouped}


def _shares(segment: dict[str, Any], name: str) -> dict[str, float]:
    block = segment.get(name) or {}
    return dict(block.get("shares", {})) if isinstance(block, dict) else {}


def similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    """1 - mean total variation distance over the segments' published distributions."""
    distances = []
    for name in FIELDS:
        x, y = _shares(a, name), _shares(b, name)
        if not x and not y:
            continue
        total_x, total_y = sum(x.values()) or 1.0, sum(y.values()) or 1.0
        keys = set(x) | set(y)
        distances.append(0.5 * sum(abs(x.get(k, 0.0) / total_x - y.get(k, 0.0) / total_y)
                                   for k in keys))
    return 1.0 - (sum(distances) / len(distances) if distances else 1.0)


def interest_similarity(a: dict[str, Any], b: dict[str, Any]) -> float:
    """1 - total variation distance of the segments' interest phrases (1 when neither has
    any)."""
    x, y = _shares(a, "interests"), _shares(b, "interests")
    if not x and not y:
        return 1.0
    total_x, total_y = sum(x.values()) or 1.0, sum(y.values()) or 1.0
    return 1.0 - 0.5 * sum(abs(x.get(k, 0.0) / total_x - y.get(k, 0.0) / total_y)
                           for k in set(x) | set(y))


def _interests(segment: dict[str, Any]) -> dict[str, float]:
    shares = _shares(segment, "interests")
    total = sum(shares.values())
    return {k: v / total for k, v in shares.items()} if total > 0 else {}


def interest_coverage(new: dict[str, Any], previous: list[dict[str, Any]]) -> float:
    """The share of ``new``'s interest distribution that the previous segments hold: the
    sum over its phrases of the smaller of its share and the largest share any previous
    segment gives the phrase (each distribution normalised to 1; 0 without interests)."""
    mine = _interests(new)
    held: dict[str, float] = {}
    for segment in previous:
        for phrase, share in _interests(segment).items():
            held[phrase] = max(held.get(phrase, 0.0), share)
    return sum(min(share, held.get(phrase, 0.0)) for phrase, share in mine.items())


def _score(a: dict[str, Any], b: dict[str, Any]) -> float:
    """``similarity``, or 0 when their interests are not related."""
    return similarity(a, b) if interest_similarity(a, b) >= SHARED_INTERESTS else 0.0


def follow(found: Discovery, previous: dict[str, Any]) -> Changes:
    """Give ``found``'s segments the ids of the previous run's (its ``summary.json``) that
    persist, and report what changed."""
    old = previous.get("segments") if isinstance(previous, dict) else None
    if not isinstance(old, list) or not all(isinstance(s, dict) and "id" in s for s in old):
        raise InvalidInput("previous: expected a discovery summary (summary.json) with a list "
                           "of segments, each with an id", field="previous")
    new = [item.to_dict() for item in found.segments]
    score = [[_score(n, o) for o in old] for n in new]
    best_old = [max(range(len(old)), key=lambda j: row[j]) if old else -1 for row in score]
    best_new = [max(range(len(new)), key=lambda i: score[i][j]) if new else -1
                for j in range(len(old))]
    changes = Changes()
    renames: dict[int, str] = {}
    for i, j in enumerate(best_old):
        if j >= 0 and best_new[j] == i and score[i][j] >= PERSIST:
            renames[i] = str(old[j]["id"])
            changes.persisted[renames[i]] = score[i][j]
            if score[i][j] < STEADY:
                changes.drifted.append(renames[i])
            _resized(changes, renames[i], old[j].get("share_of_customers"),
                     new[i].get("share_of_customers"))
    _rename(found, renames, {str(segment["id"]) for segment in old})
    for j, segment in enumerate(old):
        children = [found.segments[i].segment.id for i in range(len(new))
                    if best_old[i] == j and score[i][j] >= RELATED]
        if len(children) > 1:
            changes.split[str(segment["id"])] = children
        if not any(score[i][j] >= RELATED for i in range(len(new))):
            changes.gone.append(str(segment["id"]))
    for i, item in enumerate(found.segments):
        parents = [str(old[j]["id"]) for j in range(len(old))
                   if best_new[j] == i and score[i][j] >= RELATED]
        if len(parents) > 1:
            changes.merged[item.segment.id] = parents
        if not any(score[i][j] >= RELATED for j in range(len(old))):
            if interest_coverage(new[i], old) >= KNOWN_INTERESTS:
                changes.regrouped[item.segment.id] = [
                    str(old[j]["id"]) for j in sorted(
                        range(len(old)), key=lambda j: -interest_similarity(new[i], old[j]))
                    if interest_similarity(new[i], old[j]) >= SHARED_INTERESTS]
            else:
                changes.appeared.append(item.segment.id)
    for explained in (*changes.split, *changes.merged):  # a split's part is smaller, ...
        changes.grown.pop(explained, None)
        changes.shrunk.pop(explained, None)
    return changes


def _rename(found: Discovery, renames: dict[int, str], old_ids: set[str]) -> None:
    """Persisting segments take their previous ids; a segment judged different keeps none
    of the previous ids (it would be both appeared and gone, and saving it would write a
    new version of the gone segment): its id gets a suffix, ``-new`` then ``-new-2``, ..."""
    taken = old_ids | {item.segment.id for i, item in enumerate(found.segments)
                       if i not in renames}
    for i, item in enumerate(found.segments):
        if i in renames:
            item.segment = item.segment.model_copy(update={"id": renames[i]})
        elif item.segment.id in old_ids:
            base, n = f"{item.segment.id}-new", 1
            segment_id = base
            while segment_id in taken:
                n += 1
                segment_id = f"{base}-{n}"
            taken.add(segment_id)
            item.segment = item.segment.model_copy(update={"id": segment_id})


def _resized(changes: Changes, segment_id: str, before: Any, now: Any) -> None:
    if not isinstance(before, (int, float)) or not isinstance(now, (int, float)):
        return
    if before <= 0 or now <= 0:
        return
    shares = [round(float(before), 4), round(float(now), 4)]
    if now >= RESIZED * before:
        changes.grown[segment_id] = shares
    elif before >= RESIZED * now:
        changes.shrunk[segment_id] = shares


def save_segments(found: Discovery, store: Store) -> list[dict[str, Any]]:
    """Write every published segment to the store (a persisting id gets a new version, so
    shortlists asked for by that id follow it); gone segments are reported, not deleted."""
    saved = []
    for item in found.segments:
        version, created = store.put_segment(item.segment)
        saved.append({"id": item.segment.id, "version": version, "created": created})
    return saved
