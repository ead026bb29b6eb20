"""Segments: reading YAML files, the bundled ones by id, and turning a segment into targets.

``SegmentTargets`` holds, over the catalogue's vocabularies, the weight each age band,
gender, country, language and interest label carries for a segment, so that each factor
share is one inner product. Interest labels are matched to the segment's phrases
semantically; see ``match_labels``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from pydantic import ValidationError

from matcher.contracts.profiles import AGE_BANDS, GENDERS, Segment
from matcher.embedding.encoder import Encoder
from matcher.errors import InvalidSegment, UnknownSegment, field_path
from matcher.matching.catalogue import Catalogue

#: A label matches a phrase fully when its similarity is within MATCH_MARGIN of the phrase's
#: best label, partly down to 0 at twice the margin; never below MATCH_FLOOR.
MATCH_MARGIN = 0.06
MATCH_FLOOR = 0.35


@dataclass
class LabelMatch:
    label: str
    phrase: str
    similarity: float
    weight: float


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
        where = field_path(first["loc"]) or "segment"
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


def match_labels(label_emb: np.ndarray, phrase_emb: np.ndarray
                 ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per label: match weight in [0, 1], best phrase index and its similarity."""
    if label_emb.shape[0] == 0 or phrase_emb.shape[0] == 0:
        empty = np.zeros(label_emb.shape[0], dtype=np.float32)
        return empty, empty.astype(np.int64), empty
    sim = label_emb @ phrase_emb.T                                  # (labels, phrases)
    best = sim.max(axis=0, keepdims=True)
    weight = np.clip((sim - (best - 2 * MATCH_MARGIN)) / MATCH_MARGIN, 0.0, 1.0)
    weight[sim < MATCH_FLOOR] = 0.0
    phrase = weight.argmax(axis=1)
    rows = np.arange(sim.shape[0])
    return weight[rows, phrase].astype(np.float32), phrase, sim[rows, phrase]


def build_targets(segment: Segment, catalogue: Catalogue, label_emb: np.ndarray,
                  encoder: Encoder) -> SegmentTargets:
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
    if segment.interests:
        labels, phrase_index, sim = match_labels(label_emb, phrases)
        for row in np.flatnonzero(labels):
            matches[int(row)] = LabelMatch(catalogue.label_vocab[row],
                                           segment.interests[phrase_index[row]],
                                           float(sim[row]), float(labels[row]))
    return SegmentTargets(segment, persona, phrases, age, gender, countries, languages, labels,
                          matches)
