"""Interest phrases matched to the interest labels providers report.

A buyer writes "mobile esports"; a provider reports "Video Games" or "Gaming > Esports". Both
are short, ambiguous texts, so one similarity threshold tuned on one label set does not carry
to another. A phrase is scored against every label by three signals and takes the best:

- *direct*: the cosine of the phrase and the label;
- *in context*: the cosine of the label and the phrase written with the segment's name, which
  separates "mobile esports" for young gamers from sport;
- *through the taxonomy*: phrase and label are both placed on the nodes of a small tree of
  consumer interests (``interest_taxonomy.yaml``); a label on a node that is the phrase's
  node, an ancestor or a descendant of it is reached with the weaker of the two placements,
  so "yoga flows" reaches a broad "Fitness & Wellness" label.

Each phrase then spreads over its labels softly: the labels scoring within ``margin`` of the
phrase's best count fully, down to 0 at twice the margin, never below ``floor``. A phrase whose
best label is under the floor matches nothing, and says so. A segment may pin or forbid the
labels of a phrase (``interest_labels``); a pinned phrase skips inference.

The catalogue then checks the text: a label whose audience the creators nearest the phrase do
not over-index on keeps ``EVIDENCE_KEEP`` of its weight (``audience_evidence``), so a look-alike
label ("Sports" for "mobile esports") counts less than the one the phrase's audiences hold,
but still counts: dropping it lost the ranking by reach. The creators whose audiences are read
are those nearest the phrase and those nearest it written with the segment's name
(``LIFT_READ``): a show's or a person's name alone is nearest whatever bios share its words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from matcher.contracts.profiles import Segment
from matcher.embedding.encoder import Encoder
from matcher.matching.audience_evidence import (
    LIFT_MIN,
    LIFT_TOLERANCE,
    audience_path,
    unsupported,
)

TAXONOMY_PATH = Path(__file__).resolve().parent / "interest_taxonomy.yaml"

#: Chosen on the project's own label vocabulary, seed 101 (``benchmarks/interests.py tune``).
MATCH_MARGIN = 0.04
MATCH_FLOOR = 0.40
TAXONOMY_WEIGHT = 1.0
TAXONOMY_RELATED = 1.0  # an ancestor's or a descendant's label, against the node's own
CONTEXT_WEIGHT = 1.0
CONTEXT_LIFT = 0.10      # context separates near labels; it never makes a match by itself
TAXONOMY_MIN = 0.40  # a phrase or a label is placed on a node only this close to it
PHRASE_WITHIN = 0.05  # a phrase sits on its closest node and any this close to it
LABEL_WITHIN = 0.0    # a label on its closest node

#: The share of its weight a text match keeps when the audiences of the creators nearest the
#: phrase do not over-index on it (``audience_evidence``); None: no check. Adopted as variant D
#: of docs/design-notes/2026-12-03-interest-next-tries.md (tuning vocabularies, seed 11).
EVIDENCE_KEEP: float | None = 0.5

#: The audience path (docs/design-notes/2026-12-03-audience-path.md): a phrase's
#: ``AUDIENCE_PATH_TOP`` labels of the highest lift among the audiences of the creators
#: nearest it, those at least ``AUDIENCE_PATH_LIFT``, count ``AUDIENCE_PATH_WEIGHT`` (unless
#: the text gives them more), via "audience". "unmatched": only for phrases no label matches
#: by text; "every": for every phrase; None: off. Needs the lifts, so EVIDENCE_KEEP set.
#: "every" (top 1, lift 2.0, weight 0.5) was adopted as variant E2 of that note.
AUDIENCE_PATH: str | None = "every"
AUDIENCE_PATH_TOP = 1
AUDIENCE_PATH_LIFT = 2.0
AUDIENCE_PATH_WEIGHT = 0.5
#: Which labels the path takes (``audience_evidence.audience_path``), of those with a lift of
#: at least ``AUDIENCE_PATH_LIFT``: "top": the ``AUDIENCE_PATH_TOP`` of the highest lift;
#: "ratio": every label within ``AUDIENCE_PATH_RATIO`` of the best lift, weighted by its lift
#: over the best; "joint": every label whose weight in a non-negative least-squares fit of
#: which reference creators are nearest the phrase on all labels' shares at once
#: (``AudienceEvidence.joint``) is at least ``AUDIENCE_PATH_JOINT_MIN`` of the largest,
#: weighted by it; "top+joint": both (docs/design-notes/2026-12-03-interest-multi.md).
#: "joint" was adopted on a blind pair (docs/design-notes/2026-12-04-interest-joint-heldout.md).
AUDIENCE_PATH_PICK = "joint"
AUDIENCE_PATH_RATIO = 0.7
AUDIENCE_PATH_JOINT_MIN = 0.6

#: Which creators a phrase's lifts (the check's and the path's) are read over: "phrase": the
#: ``EVIDENCE_CREATORS`` nearest the phrase alone; "context": those nearest the phrase written
#: with the segment's name (``context_text``); "both": the mean of those two lifts. "both" was
#: adopted as variant F3 of docs/design-notes/2026-12-03-interest-blind-2.md.
LIFT_READ = "both"
#: Whether a phrase the audience path gives a label counts as judged by the audiences, so its
#: text matches under ``LIFT_MIN`` keep ``EVIDENCE_KEEP`` even when none of them reaches it
#: (adopted with ``LIFT_READ`` "both").
PATH_JUDGES = True
#: The share of its weight a label matched only through the taxonomy keeps when the audiences
#: do not support it (as ``EVIDENCE_KEEP`` for the other text matches); None: as
#: ``EVIDENCE_KEEP``. A broad node places a phrase on every label under it; the audiences say
#: which of them it means (docs/design-notes/2026-12-04-interest-spread.md).
TAXONOMY_EVIDENCE_KEEP: float | None = None
#: The most label weight one phrase spreads over: a phrase whose labels' weights sum to more
#: has them all scaled down to this sum; None: no limit (same note).
PHRASE_WEIGHT_BUDGET: float | None = None
#: A phrase whose best text score (direct, context capped at ``CONTEXT_LIFT`` over it,
#: taxonomy) is under this is *weak*, one the encoder barely knows ("Crufts visitors"), and is
#: read as the phrase written with the segment's name throughout: the context counts in full,
#: the taxonomy not at all, and its lifts are read over the creators nearest it in context
#: only; None: no phrase is weak. A segment without a name has none
#: (docs/design-notes/2026-12-04-interest-worst.md).
WEAK_PHRASE_SCORE: float | None = None
#: Whose audiences a weak phrase's lifts and joint fit are read over: "context": the creators
#: nearest it written with the segment's name only; "default": as ``LIFT_READ`` reads every
#: other phrase's, so only its text is read in context
#: (docs/design-notes/2026-12-04-interest-worst.md, variants J1-J2).
WEAK_PHRASE_LIFTS = "context"
#: How the interest share combines the labels matched to the segment's phrases: None, a
#: noisy-OR over every label at its strongest phrase's weight (followers holding two labels
#: taken as independent); "max", "path-max" or "max-once", a noisy-OR over phrases of a
#: per-phrase share that reads a phrase's labels as one group of followers
#: (``phrase_union``; docs/design-notes/2026-12-04-interest-phrase-union.md, U1-U3).
PHRASE_UNION: str | None = None

_LIFT_CREATORS = {
    "phrase": "the {n} reference creators whose bios and categories are nearest it",
    "context": ("the {n} reference creators whose bios and categories are nearest it written "
                "with the segment's name"),
    "both": ("the reference creators whose bios and categories are nearest it, alone and "
             "written with the segment's name ({n} each)"),
}


def lift_creators(count: int, named: bool = True) -> str:
    """Whose audiences a phrase's lifts are read over, in words (``LIFT_READ``); a segment
    without a name (``named`` False) has no context to write the phrase in."""
    return _LIFT_CREATORS[LIFT_READ if named else "phrase"].format(n=count)

VIA = ("direct", "context", "taxonomy")


@dataclass
class LabelMatch:
    label: str
    phrase: str
    similarity: float
    weight: float
    via: str = "direct"  # direct, context, taxonomy, audience or pinned
    #: the label's audience lift for the phrase where the audience check judged it (under
    #: ``audience_evidence.LIFT_MIN`` the weight is ``EVIDENCE_KEEP`` of the text match's);
    #: None where the check did not apply
    lift: float | None = None
    #: via "audience": the ids of the reference creators nearest the phrase as
    #: ``LIFT_READ`` reads it, nearest first
    creators: tuple[str, ...] = ()

    @property
    def weakened(self) -> bool:
        """Whether the audience check reduced the weight."""
        return self.lift is not None and self.lift < LIFT_MIN - LIFT_TOLERANCE


@dataclass(frozen=True, eq=False)
class Taxonomy:
    names: tuple[str, ...]
    forms: tuple[str, ...]       # every node's name and aliases, each embedded alone
    form_node: np.ndarray        # (forms,) the node of each form
    related: np.ndarray          # (nodes, nodes) bool: same node, ancestor or descendant

    @property
    def size(self) -> int:
        return len(self.names)


@lru_cache(maxsize=4)
def load_taxonomy(path: Path = TAXONOMY_PATH) -> Taxonomy:
    names: list[str] = []
    forms: list[str] = []
    form_node: list[int] = []
    parents: list[int] = []

    def add(node: dict, parent: int) -> None:
        index = len(names)
        names.append(str(node["name"]))
        parents.append(parent)
        for form in [node["name"], *node.get("aliases", [])]:
            forms.append(str(form))
            form_node.append(index)
        for child in node.get("children", []):
            add(child, index)

    for root in yaml.safe_load(path.read_text(encoding="utf-8")):
        add(root, -1)
    n = len(names)
    ancestor = np.eye(n, dtype=bool)
    for node in range(n):
        up = parents[node]
        while up >= 0:
            ancestor[up, node] = True
            up = parents[up]
    return Taxonomy(tuple(names), tuple(forms), np.array(form_node), ancestor | ancestor.T)


def node_similarity(similarity_to_forms: np.ndarray, taxonomy: Taxonomy) -> np.ndarray:
    """(texts, nodes): each text's best similarity to any of a node's forms."""
    out = np.full((similarity_to_forms.shape[0], taxonomy.size), -1.0, dtype=np.float32)
    np.maximum.at(out.T, taxonomy.form_node, similarity_to_forms.T)
    return out


@dataclass
class PhraseScores:
    """Every (label, phrase) score and which signal gave it."""

    score: np.ndarray   # (labels, phrases)
    via: np.ndarray     # (labels, phrases) index into VIA
    weak: np.ndarray | None = None  # (phrases,) read in context (``WEAK_PHRASE_SCORE``)


def _placed(similarity: np.ndarray, within: float) -> np.ndarray:
    """Each row's closest node and the nodes within ``within`` of it, when at least
    TAXONOMY_MIN close; 0 elsewhere."""
    if similarity.shape[1] == 0:
        return np.zeros_like(similarity)
    best = similarity.max(axis=1, keepdims=True)
    keep = (similarity >= best - within) & (similarity >= TAXONOMY_MIN)
    return np.where(keep, similarity, 0.0).astype(np.float32)


def label_parts(label: str) -> list[str]:
    """A label and, when it joins several interests ("Cars & Motorbikes", "Gaming | Esports"),
    each of them: every part is placed on the taxonomy on its own."""
    parts = [p.strip() for p in re.split(r"\s*(?:&|\||/|,|\band\b|>)\s*", label) if p.strip()]
    return [label, *parts] if len(parts) > 1 else [label]


def place_labels(part_nodes: np.ndarray, owner: np.ndarray, labels: int) -> np.ndarray:
    """(labels, nodes): each label's placement, the strongest of its parts' placements."""
    placed = _placed(part_nodes, LABEL_WITHIN)
    out = np.zeros((labels, part_nodes.shape[1]), dtype=np.float32)
    np.maximum.at(out, owner, placed)
    return out


def taxonomy_scores(label_nodes: np.ndarray, phrase_nodes: np.ndarray, taxonomy: Taxonomy
                    ) -> np.ndarray:
    """(labels, phrases): the weaker of the two placements through the best related pair of
    nodes, 0 where none is related. ``label_nodes`` are placements already."""
    labels = label_nodes
    phrases = _placed(phrase_nodes, PHRASE_WITHIN)
    out = np.zeros((labels.shape[0], phrases.shape[0]), dtype=np.float32)
    for p in range(phrases.shape[0]):
        for node in np.flatnonzero(phrases[p]):
            reach = np.maximum(labels[:, node],  # the same node counts fully, a related one less
                               TAXONOMY_RELATED * (labels * taxonomy.related[:, node]).max(axis=1))
            out[:, p] = np.maximum(out[:, p], np.minimum(reach, phrases[p, node]))
    return out


def context_text(segment: Segment, phrase: str) -> str:
    return f"{phrase} ({segment.name})" if segment.name else phrase


def score_phrases(label_emb: np.ndarray, phrase_emb: np.ndarray, context_emb: np.ndarray | None,
                  label_nodes: np.ndarray | None, phrase_nodes: np.ndarray | None,
                  taxonomy: Taxonomy | None, weak: np.ndarray | None = None) -> PhraseScores:
    """``weak`` (phrases,), when given, says which phrases are read in context
    (``WEAK_PHRASE_SCORE``); else it is decided here from the scores."""
    signals = [label_emb @ phrase_emb.T]
    in_context = (label_emb @ context_emb.T if context_emb is not None
                  else np.zeros_like(signals[0]))
    signals.append(CONTEXT_WEIGHT * np.minimum(in_context, signals[0] + CONTEXT_LIFT)
                   if context_emb is not None else np.zeros_like(signals[0]))
    if taxonomy is not None and label_nodes is not None and phrase_nodes is not None:
        signals.append(TAXONOMY_WEIGHT * taxonomy_scores(label_nodes, phrase_nodes, taxonomy))
    else:
        signals.append(np.zeros_like(signals[0]))
    stacked = np.stack(signals)
    if weak is None:
        weak = weak_phrases(stacked.max(axis=0), context_emb is not None)
    if weak.any():
        signals[1][:, weak] = CONTEXT_WEIGHT * in_context[:, weak]
        signals[2][:, weak] = 0.0
        stacked = np.stack(signals)
    return PhraseScores(stacked.max(axis=0), stacked.argmax(axis=0), weak)


def weak_phrases(score: np.ndarray, in_context: bool) -> np.ndarray:
    """(phrases,) the phrases whose best score (``score``, labels x phrases, before any is
    read in context) is under ``WEAK_PHRASE_SCORE``; none without a context to read them in."""
    if WEAK_PHRASE_SCORE is None or not in_context or score.shape[0] == 0:
        return np.zeros(score.shape[1], dtype=bool)
    return np.asarray(score.max(axis=0) < WEAK_PHRASE_SCORE)


def soft_weights(score: np.ndarray, best: np.ndarray | None = None) -> np.ndarray:
    """(labels, phrases) match weights: full within MATCH_MARGIN of the phrase's best label
    (``best``, else the best of ``score``), down to 0 at twice the margin, 0 under the floor."""
    if best is None:
        best = score.max(axis=0, keepdims=True) if score.shape[0] else np.zeros((1, 0))
    weight = np.clip((score - (np.reshape(best, (1, -1)) - 2 * MATCH_MARGIN)) / MATCH_MARGIN,
                     0.0, 1.0)
    weight[score < MATCH_FLOOR] = 0.0
    return weight.astype(np.float32)


@dataclass
class InterestMatching:
    """A segment's phrases matched to one label vocabulary."""

    weights: np.ndarray                 # (labels,) the strongest match weight of each label
    matches: dict[int, LabelMatch]      # label row -> its match, for labels with weight > 0
    unmatched: list[str]                # phrases that reach no label
    unknown_pins: list[str]             # pinned labels the vocabulary does not hold
    best: np.ndarray                    # (phrases,) each phrase's best score
    pairs: np.ndarray | None = None     # (labels, phrases) every match weight
    pair_scores: np.ndarray | None = None
    pair_via: np.ndarray | None = None
    judged: np.ndarray | None = None    # (phrases,) phrases the audiences could judge
    pair_lift: np.ndarray | None = None  # (labels, phrases) the lift where checked, else NaN
    path: np.ndarray | None = None      # (labels, phrases) the audience path's weights
    weak: np.ndarray | None = None      # (phrases,) read in context (``WEAK_PHRASE_SCORE``)

    def by_phrase(self, labels: list[str], phrases: list[str]) -> dict[str, list[LabelMatch]]:
        """Every label each phrase reaches, strongest first."""
        out: dict[str, list[LabelMatch]] = {p: [] for p in phrases}
        if self.pairs is None or self.pair_scores is None or self.pair_via is None:
            return out
        for j, phrase in enumerate(phrases):
            order = np.lexsort((-self.pair_scores[:, j], -self.pairs[:, j]))
            out[phrase] = [LabelMatch(labels[r], phrase, round(float(self.pair_scores[r, j]), 3),
                                      round(float(self.pairs[r, j]), 3), str(self.pair_via[r, j]),
                                      self.lift_of(r, j))
                           for r in order if self.pairs[r, j] > 0]
        return out

    def lift_of(self, label: int, phrase: int) -> float | None:
        """The label's audience lift for the phrase, where the check judged the pair."""
        if self.pair_lift is None or np.isnan(self.pair_lift[label, phrase]):
            return None
        return round(float(self.pair_lift[label, phrase]), 3)

    def phrase_labels(self, labels: list[str], phrases: list[str]) -> dict[str, list[str]]:
        """Every label each phrase reaches, strongest first."""
        return {p: [m.label for m in found]
                for p, found in self.by_phrase(labels, phrases).items()}


class InterestMatcher:
    """Matches phrases to a label vocabulary; the label side is embedded once."""

    def __init__(self, labels: list[str], label_emb: np.ndarray, encoder: Encoder,
                 taxonomy: Taxonomy | None = None) -> None:
        self.labels = labels
        self.label_emb = label_emb
        self.encoder = encoder
        self.taxonomy = taxonomy if taxonomy is not None else load_taxonomy()
        self.form_emb = encoder.encode(list(self.taxonomy.forms))
        parts = [label_parts(label) for label in labels]
        owner = np.repeat(np.arange(len(labels)), [len(p) for p in parts])
        flat = [part for split in parts for part in split]
        part_emb = encoder.encode(flat) if flat else np.zeros((0, label_emb.shape[1]))
        self.label_nodes = place_labels(
            node_similarity(part_emb @ self.form_emb.T, self.taxonomy), owner, len(labels))
        self._row = {label.casefold(): i for i, label in enumerate(labels)}

    def scores(self, segment: Segment, phrase_emb: np.ndarray,
               context: np.ndarray | None = None, weak: np.ndarray | None = None
               ) -> PhraseScores:
        """``context``: the phrases written with the segment's name (``context_text``),
        when the caller has them encoded already; ``weak``, when given, the phrases read in
        context (``WEAK_PHRASE_SCORE``), else decided on this vocabulary's scores."""
        if context is None:
            context = self.encoder.encode([context_text(segment, p) for p in segment.interests])
        if not segment.name:
            weak = np.zeros(len(segment.interests), dtype=bool)
        return score_phrases(self.label_emb, phrase_emb, context, self.label_nodes,
                             node_similarity(phrase_emb @ self.form_emb.T, self.taxonomy),
                             self.taxonomy, weak)

    def weak(self, segment: Segment, phrase_emb: np.ndarray,
             context: np.ndarray | None = None) -> np.ndarray:
        """(phrases,) the segment's phrases this vocabulary reads in context
        (``WEAK_PHRASE_SCORE``)."""
        if WEAK_PHRASE_SCORE is None or not segment.name or not segment.interests:
            return np.zeros(len(segment.interests), dtype=bool)
        found = self.scores(segment, phrase_emb, context)
        assert found.weak is not None
        return found.weak

    def match(self, segment: Segment, phrase_emb: np.ndarray, best: np.ndarray | None = None,
              lift: np.ndarray | None = None, judged: np.ndarray | None = None,
              path: np.ndarray | None = None, context: np.ndarray | None = None,
              joint: np.ndarray | None = None, weak: np.ndarray | None = None
              ) -> InterestMatching:
        """Every label's match; ``best``, when given, is each phrase's best score in a
        reference vocabulary (a roster chunk's labels are weighed as the snapshot's are).
        ``lift`` (labels, phrases), with EVIDENCE_KEEP set, reduces the text matches the
        catalogue's audiences do not support (``audience_evidence``); ``judged``,
        when given, is the snapshot's answer to which phrases its audiences could judge.
        ``path``, when given, is the snapshot's audience path (``AUDIENCE_PATH``) by label;
        else it is taken from ``lift``. ``context``, when given, is the phrases encoded in the
        segment's context (``scores``). ``joint`` (labels, phrases), when the path picks
        labels by the joint fit (``AUDIENCE_PATH_PICK``), is ``AudienceEvidence.joint``.
        ``weak``, when given, is which phrases are read in context (``WEAK_PHRASE_SCORE``),
        as the snapshot's vocabulary decided (``weak``)."""
        phrases = segment.interests
        n_labels = len(self.labels)
        if not phrases or n_labels == 0:
            return InterestMatching(np.zeros(n_labels, dtype=np.float32), {}, list(phrases),
                                    [], np.zeros(len(phrases), dtype=np.float32))
        found = self.scores(segment, phrase_emb, context, weak)
        weight = soft_weights(found.score, best)
        via = np.array(VIA)[found.via].astype(object)
        pair_lift = None
        own_path = path is None
        if own_path and lift is not None and EVIDENCE_KEEP is not None and (
                AUDIENCE_PATH == "every"):  # the text weights do not move it: taken once
            path = self._path(weight, lift, joint, False)
        if lift is not None and EVIDENCE_KEEP is not None:
            if judged is None and PATH_JUDGES and own_path and path is not None:
                judged = unsupported(weight, lift)[1] | path.any(axis=0)
            low, judged = unsupported(weight, lift, judged)
            pair_lift = np.where((weight > 0) & judged[None, :], lift, np.nan)
            keep = np.full(weight.shape, EVIDENCE_KEEP, dtype=np.float32)
            if TAXONOMY_EVIDENCE_KEEP is not None:
                keep[via == "taxonomy"] = TAXONOMY_EVIDENCE_KEEP
            weight[low] *= keep[low]
        if path is None and lift is not None and EVIDENCE_KEEP is not None and AUDIENCE_PATH:
            path = self._path(weight, lift, joint, AUDIENCE_PATH == "unmatched")
        if path is not None and lift is not None:
            taken = path > weight
            weight = np.where(taken, path, weight).astype(np.float32)
            via[taken] = "audience"
            if pair_lift is None:
                pair_lift = np.full(weight.shape, np.nan, dtype=np.float32)
            pair_lift[taken] = lift[taken]
        if PHRASE_WEIGHT_BUDGET is not None:
            spread = weight.sum(axis=0)
            over = spread > PHRASE_WEIGHT_BUDGET
            weight[:, over] *= (PHRASE_WEIGHT_BUDGET / spread[over])[None, :]
        pins = segment.interest_labels or {}
        unknown_pins: list[str] = []
        for p, phrase in enumerate(phrases):
            if phrase not in pins:
                continue
            weight[:, p] = 0.0
            if pair_lift is not None:
                pair_lift[:, p] = np.nan
            for label in pins[phrase]:
                row = self._row.get(label.casefold())
                if row is None:
                    unknown_pins.append(label)
                    continue
                weight[row, p] = 1.0
                via[row, p] = "pinned"
        best_phrase = weight.argmax(axis=1)
        rows = np.arange(n_labels)
        strongest = weight[rows, best_phrase]
        unmatched = [phrase for p, phrase in enumerate(phrases) if not weight[:, p].any()]
        matching = InterestMatching(strongest.astype(np.float32), {}, unmatched, unknown_pins,
                                    found.score.max(axis=0) if best is None else best, weight,
                                    found.score, via, judged, pair_lift, path, found.weak)
        for r in np.flatnonzero(strongest > 0).tolist():
            p = int(best_phrase[r])
            matching.matches[r] = LabelMatch(self.labels[r], phrases[p], float(found.score[r, p]),
                                             float(strongest[r]), str(via[r, p]),
                                             matching.lift_of(r, p))
        return matching

    @staticmethod
    def _path(weight: np.ndarray, lift: np.ndarray, joint: np.ndarray | None,
              only_unmatched: bool) -> np.ndarray:
        return audience_path(weight, lift, AUDIENCE_PATH_TOP, AUDIENCE_PATH_LIFT,
                             AUDIENCE_PATH_WEIGHT, only_unmatched, AUDIENCE_PATH_PICK,
                             AUDIENCE_PATH_RATIO, joint, AUDIENCE_PATH_JOINT_MIN)
