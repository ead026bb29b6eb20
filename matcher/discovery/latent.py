"""A latent class model of customers: each segment a distribution over every field.

A customer of segment c draws its age band, gender, country and language from categorical
distributions of c, holds each interest topic with a probability of c, and draws any
numeric field from a Gaussian of c (discovery gives none: ``features.py`` says why). A
missing field adds nothing to the likelihood (it is integrated out), so a blank never pulls
a customer towards a segment.
Fitted by expectation-maximisation from a k-means start, with add-``SMOOTHING`` pseudo
counts; ``bic`` scores a fit for choosing the number of segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import scipy.sparse as sp

SMOOTHING = 0.5
MAX_ITERATIONS = 200
TOLERANCE = 1e-6
MIN_VARIANCE = 1e-3


@dataclass
class Coded:
    """Customers as model inputs: categorical codes (-1 missing), phrase-set ids into
    ``topics`` (a set x topic incidence; row 0 the empty set, missing), numbers (NaN)."""

    categorical: list[tuple[np.ndarray, int]]   # (codes, number of values)
    basket: np.ndarray
    topics: sp.csr_matrix
    numbers: np.ndarray

    def take(self, rows: np.ndarray) -> Coded:
        return Coded([(codes[rows], width) for codes, width in self.categorical],
                     self.basket[rows], self.topics, self.numbers[rows])

    def __len__(self) -> int:
        return len(self.basket)

    @cached_property
    def indicators(self) -> list[sp.csr_matrix]:
        """Per categorical field, values x customers (1 where a customer has the value):
        the M-step's counts are one sparse product each."""
        out = []
        for codes, width in self.categorical:
            known = np.flatnonzero(codes >= 0)
            out.append(sp.csr_matrix((np.ones(len(known)), (codes[known], known)),
                                     shape=(width, len(codes))))
        return out

    @cached_property
    def set_members(self) -> sp.csr_matrix:
        """Phrase sets x customers, the empty set (missing) left out."""
        known = np.flatnonzero(self.basket > 0)
        return sp.csr_matrix((np.ones(len(known)), (self.basket[known], known)),
                             shape=(self.topics.shape[0], len(self.basket)))


@dataclass
class LatentClasses:
    weights: np.ndarray                       # k
    categorical: list[np.ndarray]             # per field: k x values, log probabilities
    topic_on: np.ndarray                      # topics x k, log p(holds topic)
    topic_off: np.ndarray                     # topics x k, log p(does not)
    means: np.ndarray                         # k x numbers
    variances: np.ndarray                     # k x numbers
    known_interests: np.ndarray               # k, share of the members with a known basket

    @property
    def k(self) -> int:
        return len(self.weights)

    def log_joint(self, data: Coded) -> np.ndarray:
        """n x k: log p(customer, segment)."""
        out = np.tile(np.log(self.weights), (len(data), 1))
        for (codes, _), table in zip(data.categorical, self.categorical, strict=True):
            padded = np.vstack([table.T, np.zeros(self.k)])  # code -1 (missing) adds 0
            out += padded[codes]
        if data.topics.shape[1]:
            per_set = (data.topics @ (self.topic_on - self.topic_off)
                       + self.topic_off.sum(axis=0))
            per_set[0] = 0.0  # no phrase known: missing, not "holds none"
            out += per_set[data.basket]
        if data.numbers.shape[1]:
            for j in range(data.numbers.shape[1]):
                column = data.numbers[:, j]
                known = ~np.isnan(column)
                diff = column[known, None] - self.means[None, :, j]
                out[known] += -0.5 * (diff ** 2 / self.variances[None, :, j]
                                      + np.log(2 * np.pi * self.variances[None, :, j]))
        return out

    def parameters(self) -> int:
        return int((self.k - 1) + self.k * sum(t.shape[1] - 1 for t in self.categorical)
                   + self.topic_on.size + 2 * self.means.size)

    def predict(self, data: Coded) -> np.ndarray:
        return np.argmax(self.log_joint(data), axis=1).astype(np.int32)


def _posterior(joint: np.ndarray) -> tuple[np.ndarray, float]:
    top = joint.max(axis=1, keepdims=True)
    norm = np.log(np.exp(joint - top).sum(axis=1, keepdims=True)) + top
    return np.exp(joint - norm), float(norm.sum())


def _m_step(data: Coded, resp: np.ndarray) -> LatentClasses:
    k = resp.shape[1]
    mass = resp.sum(axis=0) + 1e-12
    tables = []
    for indicator in data.indicators:
        counts = np.asarray(indicator @ resp).T + SMOOTHING
        tables.append(np.log(counts / counts.sum(axis=1, keepdims=True)))
    per_set = np.asarray(data.set_members @ resp)
    holding = np.asarray(data.topics.T @ per_set)
    seen = per_set.sum(axis=0)
    share = (holding + SMOOTHING) / (seen + 2 * SMOOTHING)
    numbers = data.numbers
    means = np.zeros((k, numbers.shape[1]))
    variances = np.ones((k, numbers.shape[1]))
    for j in range(numbers.shape[1]):
        known = ~np.isnan(numbers[:, j])
        w = resp[known]
        total = w.sum(axis=0) + 1e-12
        means[:, j] = (w * numbers[known, j, None]).sum(axis=0) / total
        variances[:, j] = np.maximum(
            (w * (numbers[known, j, None] - means[None, :, j]) ** 2).sum(axis=0) / total,
            MIN_VARIANCE)
    return LatentClasses(mass / mass.sum(), tables, np.log(share), np.log1p(-share),
                         means, variances, seen / mass)


def fit(data: Coded, start: np.ndarray, k: int) -> tuple[LatentClasses, float]:
    """EM from the hard labels ``start``; the model and its log-likelihood."""
    resp = np.zeros((len(data), k))
    resp[np.arange(len(data)), start] = 1.0
    model = _m_step(data, resp)
    previous = -np.inf
    likelihood = previous
    for _ in range(MAX_ITERATIONS):
        resp, likelihood = _posterior(model.log_joint(data))
        model = _m_step(data, resp)
        if likelihood - previous < TOLERANCE * abs(likelihood):
            break
        previous = likelihood
    return model, likelihood


def bic(model: LatentClasses, likelihood: float, size: int) -> float:
    return -2.0 * likelihood + model.parameters() * np.log(size)

