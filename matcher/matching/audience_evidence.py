"""Interest labels checked against the audiences of the creators a phrase describes.

Text alone spreads a phrase over every label near it ("yoga flows" reaches every wellness
label). The catalogue says which of them the phrase's audience holds: the reported creators
whose bio and categories are nearest the phrase have audiences that over-index on the labels
that mean it. A label's *lift* for a phrase is the mean share of the label in the audiences of
the ``EVIDENCE_CREATORS`` creators of the interest reference set (``interest_reference``)
nearest the phrase, over its mean share in the whole reference set. Of a phrase's text-matched
labels, those with a lift under ``LIFT_MIN`` keep only ``interests.EVIDENCE_KEEP`` of their
weight when at least one reaches it or the audience path gives the phrase a label
(``interests.PATH_JUDGES``); otherwise the catalogue cannot judge the phrase and its text match
stands. Which creators the lifts are read over (the phrase alone, the phrase with the
segment's name, or both) is ``interests.LIFT_READ``. A lift counts as reaching ``LIFT_MIN`` within
``LIFT_TOLERANCE`` (float noise). Pinned labels are never checked, nor is a label no reference
creator's audience holds (its lift is unknown). The check needs a reference set of at least
``EVIDENCE_REFERENCE_MIN`` creators: in a smaller one the nearest creators are most of the set,
so every lift is about 1 and says nothing. The lifts are the snapshot's: a live delta part
gives each of its labels the snapshot's lifts of the label of the same name (casefolded, as
labels are matched elsewhere) and the snapshot's answer to which phrases could be judged, so a
delta creator's label weighs what the snapshot's does; a label only the delta holds has no lift
and keeps its text match (so does a label only a batch chunk holds).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from scipy.linalg import solve_triangular
from scipy.optimize import nnls

from matcher.matching.catalogue import Catalogue
from matcher.matching.neighbours import as_stored, interest_reference

EVIDENCE_CREATORS = 50   # reference creators nearest a phrase whose audiences are read
#: The fewest creators in the interest reference set for the check to run at all: with fewer,
#: the ``EVIDENCE_CREATORS`` nearest a phrase are a large part of the set (all of it under 50),
#: their mean share is close to the set's mean, and a lift under ``LIFT_MIN`` is noise.
EVIDENCE_REFERENCE_MIN = 4 * EVIDENCE_CREATORS
#: The threshold of the earlier hard drop (docs/design-notes/2026-12-03-audience-evidence.md).
LIFT_MIN = 1.0
#: A lift this close under ``LIFT_MIN`` still reaches it: float32 means of the same creators'
#: shares differ by about 1e-7, which must not halve a label.
LIFT_TOLERANCE = 1e-4
#: How many of a phrase's nearest reference creators a label reached through the audience
#: path names (their ids, nearest first), of the ``EVIDENCE_CREATORS`` its lift is read over.
PATH_CREATORS_SHOWN = 5
#: The ridge added to the joint fit's Gram matrix, over its mean diagonal: labels whose shares
#: move together (one community under two names) leave it singular.
JOINT_RIDGE = 1e-6
#: The audience path's ways of picking labels (``audience_path``).
PATH_PICKS = ("top", "ratio", "joint", "top+joint")


@dataclass(frozen=True, eq=False)
class AudienceEvidence:
    """The interest reference set of one snapshot: text embeddings and label shares."""

    text_emb: np.ndarray     # (reference, d) float32, rounded as the snapshot stores them
    shares: np.ndarray       # (reference, labels) each creator's audience share per label
    mean_share: np.ndarray   # (labels,) over the reference set
    ids: tuple[str, ...] = ()  # (reference,) the creators' ids

    def nearest_rows(self, phrase_emb: np.ndarray) -> np.ndarray:
        """(count, phrases) the reference rows of the ``EVIDENCE_CREATORS`` creators nearest
        each phrase, in no order."""
        similarity = self.text_emb @ np.asarray(phrase_emb, dtype=np.float32).T
        count = min(EVIDENCE_CREATORS, similarity.shape[0])
        return np.argpartition(-similarity, count - 1, axis=0)[:count]

    def nearest(self, phrase_emb: np.ndarray) -> np.ndarray:
        """(reference, phrases) 1.0 for the ``EVIDENCE_CREATORS`` creators nearest each
        phrase, 0.0 elsewhere."""
        return self.indicator(self.nearest_rows(phrase_emb))

    def indicator(self, rows: np.ndarray) -> np.ndarray:
        """(reference, phrases) 1.0 at ``rows`` (``nearest_rows``), 0.0 elsewhere."""
        out = np.zeros((self.text_emb.shape[0], rows.shape[1]), dtype=np.float32)
        np.put_along_axis(out, rows, 1.0, axis=0)
        return out

    def lift(self, phrase_emb: np.ndarray) -> np.ndarray:
        """(labels, phrases): each label's lift among the creators nearest each phrase; NaN
        for a label no reference creator's audience holds."""
        if np.asarray(phrase_emb).shape[0] == 0:
            return np.zeros((self.shares.shape[1], 0), dtype=np.float32)
        return self.lift_over(self.nearest_rows(phrase_emb))

    def lift_over(self, rows: np.ndarray) -> np.ndarray:
        """(labels, phrases): each label's lift among the creators at ``rows``
        (``nearest_rows``)."""
        near_share = self.shares[rows].mean(axis=0)                  # (phrases, labels)
        with np.errstate(divide="ignore", invalid="ignore"):
            lift = np.where(self.mean_share > 0, near_share / self.mean_share, np.nan)
        return lift.T.astype(np.float32)

    def lift_lower_over(self, rows: np.ndarray, z: float) -> np.ndarray:
        """(labels, phrases): each label's lift among the creators at ``rows`` with the mean
        of their shares replaced by its lower bound, ``z`` standard errors under it (the
        sample standard deviation of the shares over the square root of their count), never
        under 0: a label few of them hold, each heavily, gets a wide bound and a low lift."""
        near = self.shares[rows].astype(np.float64)                 # (count, phrases, labels)
        count = near.shape[0]
        spread = near.std(axis=0, ddof=1) if count > 1 else np.zeros(near.shape[1:])
        lower = np.maximum(near.mean(axis=0) - z * spread / np.sqrt(count), 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            lift = np.where(self.mean_share > 0, lower / self.mean_share, np.nan)
        return lift.T.astype(np.float32)

    @cached_property
    def _joint_basis(self) -> tuple[np.ndarray, np.ndarray]:
        """The label shares standardised over the reference set (reference, labels), and the
        upper Cholesky factor of their Gram matrix, so that each phrase's joint fit is a
        problem in the labels alone."""
        shares = self.shares.astype(np.float64)
        spread = shares.std(axis=0)
        standard = np.where(spread > 0, (shares - shares.mean(axis=0)) / np.where(
            spread > 0, spread, 1.0), 0.0)
        gram = standard.T @ standard
        ridge = JOINT_RIDGE * max(float(np.trace(gram)) / max(gram.shape[0], 1), 1.0)
        return standard, np.linalg.cholesky(gram + ridge * np.eye(gram.shape[0])).T

    def joint(self, near: np.ndarray) -> np.ndarray:
        """(labels, phrases): the non-negative least-squares weights of the standardised label
        shares that best reproduce each phrase's ``near`` column (which reference creators are
        among its nearest, ``nearest``), over its largest weight: 1.0 for the label that
        explains the phrase's creators best with the others held in the fit, 0 for a label
        that adds nothing to them; NaN for a phrase whose fit did not converge."""
        standard, upper = self._joint_basis
        out = np.zeros((standard.shape[1], near.shape[1]), dtype=np.float32)
        for p in range(near.shape[1]):
            target = solve_triangular(upper, standard.T @ near[:, p].astype(np.float64),
                                      trans="T")
            try:
                weights = nnls(upper, target)[0]
            except RuntimeError:  # scipy's iteration limit
                out[:, p] = np.nan
                continue
            if weights.max() > 0:
                out[:, p] = weights / weights.max()
        return out

    def nearest_ids(self, phrase_emb: np.ndarray, count: int = PATH_CREATORS_SHOWN
                    ) -> list[tuple[str, ...]]:
        """Per phrase, the ids of the ``count`` reference creators nearest it, nearest first
        (ties by reference order)."""
        similarity = self.text_emb @ np.asarray(phrase_emb, dtype=np.float32).T
        order = np.argsort(-similarity, axis=0, kind="stable")[:count]
        return [tuple(self.ids[row] for row in order[:, p]) for p in range(similarity.shape[1])]


_evidence: weakref.WeakKeyDictionary[Catalogue, tuple[np.ndarray, AudienceEvidence | None]] = (
    weakref.WeakKeyDictionary())


def audience_evidence(catalogue: Catalogue, text_emb: np.ndarray | None
                      ) -> AudienceEvidence | None:
    """The snapshot's evidence, made once per catalogue; None without text embeddings or
    with fewer than ``EVIDENCE_REFERENCE_MIN`` creators in the interest reference set."""
    if text_emb is None or not catalogue.label_vocab:
        return None
    found = _evidence.get(catalogue)
    if found is not None and found[0] is text_emb:
        return found[1]
    rows = interest_reference(catalogue)
    evidence = None
    if len(rows) >= EVIDENCE_REFERENCE_MIN:
        shares = catalogue.interests[rows].toarray().astype(np.float32)
        evidence = AudienceEvidence(as_stored(text_emb[rows]), shares, shares.mean(axis=0),
                                    tuple(catalogue.ids[row] for row in rows))
    _evidence[catalogue] = (text_emb, evidence)
    return evidence


def pseudo_count_lift(lift: np.ndarray, count: int, pseudo: float) -> np.ndarray:
    """Lifts read over ``count`` creators shrunk toward 1 by ``pseudo`` creators at the
    reference set's mean share: (sum of the near shares + pseudo x mean share) / ((count +
    pseudo) x mean share), which is (count x lift + pseudo) / (count + pseudo)."""
    return ((count * lift + pseudo) / (count + pseudo)).astype(np.float32)


def text_supported(weight: np.ndarray, lift: np.ndarray, lift_min: float) -> np.ndarray:
    """(phrases,) whether one of a phrase's text matches (``weight`` > 0) has a lift of at
    least ``lift_min``."""
    return ((weight > 0) & (np.nan_to_num(lift, nan=-np.inf) >= lift_min)).any(axis=0)


def unsupported(weight: np.ndarray, lift: np.ndarray, judged: np.ndarray | None = None
                ) -> tuple[np.ndarray, np.ndarray]:
    """(labels, phrases) the text matches the audiences do not support, and
    (phrases,) which phrases the catalogue could judge (one of their labels reaches
    ``LIFT_MIN``, within ``LIFT_TOLERANCE``). ``judged``, when given, is the snapshot's answer
    to the second."""
    matched = weight > 0
    known = matched & ~np.isnan(lift)
    threshold = LIFT_MIN - LIFT_TOLERANCE
    if judged is None:
        judged = (known & (np.nan_to_num(lift, nan=-np.inf) >= threshold)).any(axis=0)
    low = known & (np.nan_to_num(lift, nan=np.inf) < threshold)
    return low & judged[None, :], judged


def audience_path(weight: np.ndarray, lift: np.ndarray, top: int, lift_min: float,
                  path_weight: float, only_unmatched: bool, pick: str = "top",
                  ratio: float = 1.0, joint: np.ndarray | None = None, joint_min: float = 1.0
                  ) -> np.ndarray:
    """(labels, phrases) the weight the audience path gives each label, only labels whose lift
    is at least ``lift_min`` counting; with ``only_unmatched`` only phrases no label matches by
    text (``weight`` all 0) get any. Which labels (``pick``):

    - "top": a phrase's ``top`` labels by lift, each ``path_weight``; ties go to the earlier
      label; a label without a lift is never chosen;
    - "ratio": every label whose lift is at least ``ratio`` of the phrase's best,
      ``path_weight`` x its lift over the best;
    - "joint": every label whose ``joint`` weight (``AudienceEvidence.joint``) is at least
      ``joint_min``, ``path_weight`` x that weight;
    - "top+joint": both "top" and "joint", the larger weight where they meet.

    A phrase whose joint fit did not converge (NaN) takes "top".
    """
    if pick not in PATH_PICKS:
        raise ValueError(f"audience path pick {pick!r}: expected one of {', '.join(PATH_PICKS)}")
    out = np.zeros(weight.shape, dtype=np.float32)
    known = np.nan_to_num(lift, nan=-np.inf)
    for p in range(weight.shape[1]):
        if only_unmatched and (weight[:, p] > 0).any():
            continue
        fitted = joint is not None and not np.isnan(joint[:, p]).any()
        if pick in ("top", "top+joint") or (pick == "joint" and not fitted):
            for row in np.argsort(-known[:, p], kind="stable")[:top]:
                if known[row, p] >= lift_min:
                    out[row, p] = path_weight
        if pick == "ratio" and known[:, p].size and (best := known[:, p].max()) >= lift_min:
            rows = (known[:, p] >= lift_min) & (known[:, p] >= ratio * best)
            out[rows, p] = path_weight * known[rows, p] / best
        if pick in ("joint", "top+joint") and joint is not None and fitted:
            rows = (known[:, p] >= lift_min) & (joint[:, p] >= joint_min)
            out[rows, p] = np.maximum(out[rows, p], path_weight * joint[rows, p])
    return out
