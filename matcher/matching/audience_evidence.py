"""Interest labels checked against the audiences of the creators a phrase describes.

Text alone spreads a phrase over every label near it ("yoga flows" reaches every wellness
label). The catalogue says which of them the phrase's audience holds: the reported creators
whose bio and categories are nearest the phrase have audiences that over-index on the labels
that mean it. A label's *lift* for a phrase is the mean share of the label in the audiences of
the ``EVIDENCE_CREATORS`` creators of the interest reference set (``interest_reference``)
nearest the phrase, over its mean share in the whole reference set. Of a phrase's text-matched
labels, those with a lift under ``LIFT_MIN`` keep only ``interests.EVIDENCE_KEEP`` of their
weight when at least one reaches it (the earlier hard drop lost the reach ranking:
docs/design-notes/2026-12-03-audience-evidence.md); when none does, the catalogue cannot judge
the phrase and its text match stands. Pinned labels are never checked. Only the snapshot is
checked: a live delta part keeps its text match.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np

from matcher.matching.catalogue import Catalogue
from matcher.matching.neighbours import REFERENCE_MIN, as_stored, interest_reference

EVIDENCE_CREATORS = 50   # reference creators nearest a phrase whose audiences are read
#: The threshold of the earlier hard drop (docs/design-notes/2026-12-03-audience-evidence.md).
LIFT_MIN = 1.0


@dataclass(frozen=True, eq=False)
class AudienceEvidence:
    """The interest reference set of one snapshot: text embeddings and label shares."""

    text_emb: np.ndarray     # (reference, d) float32, rounded as the snapshot stores them
    shares: np.ndarray       # (reference, labels) each creator's audience share per label
    mean_share: np.ndarray   # (labels,) over the reference set

    def lift(self, phrase_emb: np.ndarray) -> np.ndarray:
        """(labels, phrases): each label's lift among the creators nearest each phrase; NaN
        for a label no reference creator's audience holds."""
        phrases = np.asarray(phrase_emb, dtype=np.float32)
        if phrases.shape[0] == 0:
            return np.zeros((self.shares.shape[1], 0), dtype=np.float32)
        similarity = self.text_emb @ phrases.T                       # (reference, phrases)
        count = min(EVIDENCE_CREATORS, similarity.shape[0])
        nearest = np.argpartition(-similarity, count - 1, axis=0)[:count]
        near_share = self.shares[nearest].mean(axis=0)               # (phrases, labels)
        with np.errstate(divide="ignore", invalid="ignore"):
            lift = np.where(self.mean_share > 0, near_share / self.mean_share, np.nan)
        return lift.T.astype(np.float32)


_evidence: weakref.WeakKeyDictionary[Catalogue, tuple[np.ndarray, AudienceEvidence | None]] = (
    weakref.WeakKeyDictionary())


def audience_evidence(catalogue: Catalogue, text_emb: np.ndarray | None
                      ) -> AudienceEvidence | None:
    """The snapshot's evidence, made once per catalogue; None without text embeddings or
    with fewer than ``REFERENCE_MIN`` creators reporting interests."""
    if text_emb is None or not catalogue.label_vocab:
        return None
    found = _evidence.get(catalogue)
    if found is not None and found[0] is text_emb:
        return found[1]
    rows = interest_reference(catalogue)
    evidence = None
    if len(rows) >= REFERENCE_MIN:
        shares = catalogue.interests[rows].toarray().astype(np.float32)
        evidence = AudienceEvidence(as_stored(text_emb[rows]), shares, shares.mean(axis=0))
    _evidence[catalogue] = (text_emb, evidence)
    return evidence


def unsupported(weight: np.ndarray, lift: np.ndarray, judged: np.ndarray | None = None
                ) -> tuple[np.ndarray, np.ndarray]:
    """(labels, phrases) the text matches the audiences do not support, and
    (phrases,) which phrases the catalogue could judge (one of their labels reaches
    ``LIFT_MIN``). ``judged``, when given, is the snapshot's answer to the second."""
    matched = weight > 0
    known = matched & ~np.isnan(lift)
    if judged is None:
        judged = (known & (np.nan_to_num(lift, nan=-1.0) >= LIFT_MIN)).any(axis=0)
    low = known & (np.nan_to_num(lift, nan=np.inf) < LIFT_MIN)
    return low & judged[None, :], judged
