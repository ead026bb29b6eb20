"""Segments: reading YAML files, the bundled ones by id, and turning a segment into targets.

``SegmentTargets`` holds, over the catalogue's vocabularies, the weight each age band,
gender, country, language and interest label carries for a segment, so that each factor
share is one inner product. Interest labels are matched to the segment's phrases
semantically; see ``match_labels``.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from pydantic import ValidationError

from matcher.contracts.profiles import AGE_BANDS, GENDERS, Segment
from matcher.embedding.encoder import Encoder
from matcher.errors import InvalidSegment, UnknownSegment, error_field
from matcher.matching import interests
from matcher.matching.audience_evidence import (
    EVIDENCE_CREATORS,
    AudienceEvidence,
    audience_evidence,
)
from matcher.matching.catalogue import Catalogue
from matcher.matching.interests import InterestMatcher, InterestMatching, LabelMatch
from matcher.matching.phrase_union import UNIONS
from matcher.matching.warnings import warning


@dataclass
class SegmentTargets:
    segment: Segment
    persona: np.ndarray                       # (d,) persona text embedding
    phrases: np.ndarray                       # (q, d)
    age: np.ndarray | None                    # (7,)
    gender: np.ndarray | None                 # (3,)
    countries: np.ndarray | None              # (len(country_vocab),)
    languages: np.ndarray | None
    labels: np.ndarray | None                 # (len(label_vocab),) match weight per label
    label_matches: dict[int, LabelMatch] = field(default_factory=dict)
    warnings: list[dict[str, str]] = field(default_factory=list)  # see matching.warnings
    phrase_best: np.ndarray | None = None     # (q,) each phrase's best label score
    phrase_matches: dict[str, list[LabelMatch]] = field(default_factory=dict)  # per phrase
    #: the snapshot's audience lift per casefolded label name, (q,) each, and (q,) the phrases
    #: its audiences could judge (``audience_evidence``): a delta label is checked as the
    #: snapshot's label of the same name is
    label_lift: dict[str, np.ndarray] | None = None
    lift_judged: np.ndarray | None = None
    #: the snapshot's audience path per casefolded label name, (q,) each
    #: (``interests.AUDIENCE_PATH``): a delta label takes the snapshot's label's path weight
    audience_path: dict[str, np.ndarray] | None = None
    #: per phrase, the ids of the reference creators nearest it (``audience_evidence``), which
    #: a label reached through the audience path names
    phrase_creators: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: (q,) the phrases the snapshot's vocabulary reads in context
    #: (``interests.WEAK_PHRASE_SCORE``): a delta part reads the same ones
    phrase_weak: np.ndarray | None = None
    #: with ``interests.PHRASE_UNION`` set, which union (``phrase_union``), (labels, phrases)
    #: every match weight and (labels, phrases) where the audience path gave the label; None:
    #: the interest share is the noisy-OR over ``labels``
    phrase_union: str | None = None
    pair_weights: np.ndarray | None = None
    pair_path: np.ndarray | None = None

    @property
    def phrase_labels(self) -> dict[str, list[str]]:
        return {p: [m.label for m in found] for p, found in self.phrase_matches.items()}
    texts: dict[str, str] = field(default_factory=dict)     # target descriptions, filled lazily
    match_parts: Any = None  # explain.MatchParts, made on first use
    queries: dict[tuple[float, ...], np.ndarray] = field(default_factory=dict)  # by weighting

    def targeted(self) -> list[str]:
        factors = [("age", self.age), ("gender", self.gender), ("country", self.countries),
                   ("language", self.languages), ("interest", self.labels)]
        return [name for name, vec in factors if vec is not None]


def parse_segment(data: Any, source: str = "segment") -> Segment:
    if not isinstance(data, dict):
        raise InvalidSegment(f"{source}: expected a mapping of segment fields", field="segment")
    try:
        return Segment.model_validate(data)
    except ValidationError as err:
        first = err.errors()[0]
        where = error_field(first) or "segment"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise InvalidSegment(f"{source}: {where}: {message}", field=where) from None


def load_segment_file(path: Path) -> Segment:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UnknownSegment(f"segment file not found: {path}", field="segment") from None
    except yaml.YAMLError as err:
        raise InvalidSegment(f"{path.name}: not valid YAML: {err}", field="segment") from None
    if isinstance(data, dict):
        data.setdefault("id", path.stem.split(".")[0])
    return parse_segment(data, path.name)


def load_segment_dir(directory: Path) -> dict[str, Segment]:
    if not directory.is_dir():
        return {}
    segments = [load_segment_file(p) for p in sorted(directory.glob("*.y*ml"))]
    return {s.id: s for s in segments}


_interest_matchers: weakref.WeakKeyDictionary[Catalogue, InterestMatcher] = (
    weakref.WeakKeyDictionary())


def interest_matcher(catalogue: Catalogue, label_emb: np.ndarray, encoder: Encoder
                     ) -> InterestMatcher:
    """The catalogue's label vocabulary, placed on the interest taxonomy once."""
    found = _interest_matchers.get(catalogue)
    if found is None or found.label_emb is not label_emb or found.encoder is not encoder:
        found = InterestMatcher(list(catalogue.label_vocab), label_emb, encoder)
        _interest_matchers[catalogue] = found
    return found


def build_targets(segment: Segment, catalogue: Catalogue, label_emb: np.ndarray,
                  encoder: Encoder, reference: SegmentTargets | None = None,
                  text_emb: np.ndarray | None = None) -> SegmentTargets:
    """The segment's targets over one catalogue part. ``reference``, the targets over the
    snapshot when this part is the live delta, decides whether the interest factor is known
    and each phrase's best score, so a delta label weighs what the same snapshot label would.
    ``text_emb``, the snapshot's text embeddings, lets its audiences check the interest labels
    (``interests.EVIDENCE_KEEP``)."""
    texts = [segment.persona_text() or segment.id, *segment.interests]
    embedded = encoder.encode(texts)
    persona, phrases = embedded[0], embedded[1:]

    age = None
    if (weights := segment.age_weights()) is not None:
        age = np.array([weights.get(b, 0.0) for b in AGE_BANDS], dtype=np.float32)
    gender = None
    if segment.genders is not None:
        gender = np.array([1.0 if g in segment.genders else 0.0 for g in GENDERS],
                          dtype=np.float32)
    countries = None
    if (cweights := segment.country_weights()) is not None:
        countries = np.array([cweights.get(c, 0.0) for c in catalogue.country_vocab],
                             dtype=np.float32)
    languages = None
    if segment.languages is not None:
        wanted = set(segment.languages)
        languages = np.array([1.0 if c in wanted else 0.0 for c in catalogue.language_vocab],
                             dtype=np.float32)
    labels = None
    matches: dict[int, LabelMatch] = {}
    warnings: list[dict[str, str]] = []
    best = None
    phrase_matches: dict[str, list[LabelMatch]] = {}
    label_lift: dict[str, np.ndarray] | None = None
    path_by_label: dict[str, np.ndarray] | None = None
    creators: dict[str, tuple[str, ...]] = {}
    judged = None
    weak: np.ndarray | None = None
    matching: InterestMatching | None = None
    if reference is not None:
        if reference.labels is not None:
            lift = path = None
            if interests.EVIDENCE_KEEP is not None and reference.label_lift is not None:
                lift = _by_name(reference.label_lift, catalogue, segment, np.nan)
            if reference.audience_path is not None:
                path = _by_name(reference.audience_path, catalogue, segment, 0.0)
            weak = reference.phrase_weak
            matching = interest_matcher(catalogue, label_emb, encoder).match(
                segment, phrases, reference.phrase_best, lift, reference.lift_judged, path,
                weak=weak)
            labels, matches = matching.weights, matching.matches
            best = reference.phrase_best
            phrase_matches = matching.by_phrase(list(catalogue.label_vocab), segment.interests)
            creators = reference.phrase_creators
    elif segment.interests:
        lift = evidence = joint = None
        in_context = encoder.encode([interests.context_text(segment, p)
                                     for p in segment.interests])
        near = phrases
        matcher = interest_matcher(catalogue, label_emb, encoder)
        weak = matcher.weak(segment, phrases, in_context)
        if interests.EVIDENCE_KEEP is not None:
            evidence = audience_evidence(catalogue, text_emb)
            if evidence is not None:
                read_in_context = (weak if interests.WEAK_PHRASE_LIFTS == "context"
                                   else np.zeros_like(weak))
                lift, near, joint = _phrase_evidence(
                    evidence, np.where(read_in_context[:, None], in_context, phrases), in_context,
                    bool(interests.AUDIENCE_PATH) and "joint" in interests.AUDIENCE_PATH_PICK)
        matching = matcher.match(segment, phrases, lift=lift, context=in_context, joint=joint,
                                 weak=weak)
        if lift is not None:
            label_lift = {label.casefold(): row
                          for label, row in zip(catalogue.label_vocab, lift, strict=True)}
            judged = matching.judged
        if matching.path is not None and evidence is not None:
            path_by_label = {label.casefold(): row for label, row
                             in zip(catalogue.label_vocab, matching.path, strict=True)}
            creators = dict(zip(segment.interests, evidence.nearest_ids(near), strict=True))
        if matching.unknown_pins:
            warnings.append(warning("unknown-pin", "pinned interest labels no creator "
                                    "reports: " + ", ".join(f"'{label}'" for label
                                                            in matching.unknown_pins)))
        if len(matching.unmatched) == len(segment.interests):
            warnings.append(warning(
                "unmatched-interest", "no audience interest label matches "
                + _quoted(segment.interests)
                + ": the interest factor is unknown and left out of the segment share"))
        else:
            if matching.unmatched:
                warnings.append(warning(
                    "unmatched-interest", "no audience interest label matches "
                    + _quoted(matching.unmatched) + "; the interest share counts the other "
                    "phrases only"))
            labels, matches = matching.weights, matching.matches
        best = matching.best
        phrase_matches = matching.by_phrase(list(catalogue.label_vocab), segment.interests)
        audience_only = [phrase for phrase, found in phrase_matches.items()
                         if found and all(m.via == "audience" for m in found)]
        if audience_only:
            warnings.append(warning("audience-only-interest", "no label matches " + "; ".join(
                f"'{phrase}' by text: it counts " + ", ".join(
                    f"'{m.label}' (lift {m.lift or 0.0:.2f}, weight {m.weight:.2f})"
                    for m in phrase_matches[phrase]) for phrase in audience_only)
                + ", the labels the audiences of "
                + interests.lift_creators(EVIDENCE_CREATORS, bool(segment.name))
                + " over-index on, fitted together; pin a label if "
                "that is not what it means"))
        disputed = {phrase: by_text for phrase, found in phrase_matches.items()
                    if (by_text := [m for m in found if m.via in interests.VIA])
                    and all(m.weakened for m in by_text)}
        if disputed:
            warnings.append(warning("audience-disputed-interest", "; ".join(
                f"'{phrase}' reaches " + ", ".join(
                    f"'{m.label}' ({m.via}, lift {m.lift or 0.0:.2f})" for m in by_text)
                for phrase, by_text in disputed.items())
                + f": the audiences of {_nearest_briefly(bool(segment.name))} do not "
                f"over-index on them, so each counts at {interests.EVIDENCE_KEEP:g} of its "
                "weight; pin a label if that is not what it means"))
    for match in [*matches.values(), *(m for found in phrase_matches.values() for m in found)]:
        if match.via == "audience":
            match.creators = creators.get(match.phrase, ())
    targets = SegmentTargets(segment, persona, phrases, age, gender, countries, languages,
                             labels, matches, warnings, best, phrase_matches, label_lift, judged,
                             path_by_label, creators, weak)
    if interests.PHRASE_UNION is not None and interests.PHRASE_UNION not in UNIONS:
        raise ValueError(f"interests.PHRASE_UNION must be None or one of {UNIONS}, not "
                         f"{interests.PHRASE_UNION!r}")
    if (interests.PHRASE_UNION is not None and labels is not None and matching is not None
            and matching.pairs is not None and matching.pair_via is not None):
        targets.phrase_union = interests.PHRASE_UNION
        targets.pair_weights = matching.pairs.astype(np.float64)
        targets.pair_path = np.asarray(matching.pair_via == "audience", dtype=bool)
    return targets


def _nearest_briefly(named: bool) -> str:
    """Whose audiences a phrase's lifts are read over, in few words (``LIFT_READ``)."""
    n = EVIDENCE_CREATORS
    return {"phrase": f"the {n} creators nearest it",
            "context": f"the {n} creators nearest it with the segment's name",
            "both": "the creators nearest it, alone and with the segment's name",
            }[interests.LIFT_READ if named else "phrase"]


def _phrase_evidence(evidence: AudienceEvidence, phrases: np.ndarray, in_context: np.ndarray,
                     with_joint: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """Over the reference creators nearest each phrase as ``interests.LIFT_READ`` reads them
    ("both": the phrase alone and the phrase in context, each counting half; a weak phrase,
    ``interests.WEAK_PHRASE_SCORE``, comes in ``phrases`` already in context when
    ``interests.WEAK_PHRASE_LIFTS`` is "context"): (labels, phrases) the lifts, (phrases, d)
    the texts whose nearest creators a path label names, and, ``with_joint``, (labels,
    phrases) the joint fit (``AudienceEvidence.joint``)."""
    read = {"phrase": [phrases], "context": [in_context], "both": [in_context, phrases]}[
        interests.LIFT_READ]
    rows = [evidence.nearest_rows(texts) for texts in read]
    lift = evidence.lift_over(rows[0])
    if len(rows) == 2:
        lift = (lift + evidence.lift_over(rows[1])) / 2
    joint = None
    if with_joint:
        near = evidence.indicator(rows[0])
        if len(rows) == 2:
            near = (near + evidence.indicator(rows[1])) / 2
        joint = evidence.joint(near)
    return lift, read[0], joint


def _by_name(rows: dict[str, np.ndarray], catalogue: Catalogue, segment: Segment,
             missing: float) -> np.ndarray:
    """(labels, phrases) the snapshot's rows looked up by casefolded label name."""
    absent = np.full(len(segment.interests), missing, dtype=np.float32)
    return np.array([rows.get(label.casefold(), absent) for label in catalogue.label_vocab],
                    dtype=np.float32).reshape(len(catalogue.label_vocab), len(segment.interests))


def _quoted(phrases: list[str]) -> str:
    return ", ".join(f"'{p}'" for p in phrases)
