"""The block layout: a creator as one vector, a segment as one weighted query.

Blocks, in order::

    text       d    bio + categories embedding (unit length)
    interest   d+1  sum of label embeddings weighted by share, then the sum of shares
    age        7    shares per band
    gender     3    female, male, other
    countries  C    shares over ISO 3166-1 alpha-2
    languages  L    shares over ISO 639-1

The query carries each block scaled by its weight: an indicator (or weight) vector over the
target bands, genders, countries, languages, so that the block's inner product *is* the
factor share; the persona embedding for text; the mean phrase embedding for interests, with
``-INTEREST_BASELINE`` against the share sum so unrelated interests count for nothing.
A missing block is filled with its platform's average, so it is unknown rather than zero.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from matcher.catalogue import BLOCKS, Catalogue
from matcher.segments import SegmentTargets

INTEREST_BASELINE = 0.2


@dataclass(frozen=True)
class BlockLayout:
    dim_text: int
    n_countries: int
    n_languages: int

    @property
    def slices(self) -> dict[str, slice]:
        sizes = [("text", self.dim_text), ("interest", self.dim_text + 1), ("age", 7),
                 ("gender", 3), ("country", self.n_countries), ("language", self.n_languages)]
        out, start = {}, 0
        for name, size in sizes:
            out[name] = slice(start, start + size)
            start += size
        return out

    @property
    def dim(self) -> int:
        return 2 * self.dim_text + 1 + 7 + 3 + self.n_countries + self.n_languages

    def describe(self) -> list[dict[str, int | str]]:
        return [{"block": k, "start": s.start, "stop": s.stop} for k, s in self.slices.items()]


def interest_vectors(catalogue: Catalogue, label_emb: np.ndarray) -> np.ndarray:
    weighted = catalogue.interests @ label_emb                       # (n, d)
    share_sum = np.asarray(catalogue.interests.sum(axis=1)).reshape(-1, 1)
    return np.hstack([weighted, share_sum]).astype(np.float32)


def _platform_mean_fill(block: np.ndarray, present: np.ndarray, platform: np.ndarray) -> None:
    for code in np.unique(platform):
        rows = platform == code
        source = rows & present
        if source.any() and (rows & ~present).any():
            block[rows & ~present] = block[source].mean(axis=0)


def profile_vectors(catalogue: Catalogue, text_emb: np.ndarray, label_emb: np.ndarray,
                    layout: BlockLayout) -> np.ndarray:
    n = catalogue.size
    out = np.zeros((n, layout.dim), dtype=np.float32)
    s = layout.slices
    out[:, s["text"]] = text_emb
    blocks = {
        "interest": (interest_vectors(catalogue, label_emb), "interests"),
        "country": (catalogue.countries.toarray(), "countries"),
        "language": (catalogue.languages.toarray(), "languages"),
    }
    for name, (values, block) in blocks.items():
        _platform_mean_fill(values, catalogue.has[:, BLOCKS.index(block)], catalogue.platform)
        out[:, s[name]] = values
    out[:, s["age"]] = catalogue.age
    out[:, s["gender"]] = catalogue.gender
    return out


def search_weights(targets: SegmentTargets, weights: dict[str, float]) -> dict[str, float]:
    """Block weights of the first stage, from the fit weights of the request.

    Each targeted factor takes its own weight plus an even part of ``audience_match``;
    text takes ``affinity``.
    """
    targeted = targets.targeted()
    spread = weights.get("audience_match", 0.0) / max(len(targeted), 1)
    out = {"text": weights.get("affinity", 0.0)}
    for factor in targeted:
        out[factor] = weights.get(factor, 0.0) + spread
    return out


def query_vector(targets: SegmentTargets, layout: BlockLayout, weights: dict[str, float]
                 ) -> np.ndarray:
    s = layout.slices
    q = np.zeros(layout.dim, dtype=np.float32)
    block_weights = search_weights(targets, weights)
    q[s["text"]] = block_weights["text"] * targets.persona
    if targets.labels is not None and targets.phrases.shape[0]:
        centre = targets.phrases.mean(axis=0)
        centre /= max(float(np.linalg.norm(centre)), 1e-9)
        q[s["interest"]] = block_weights["interest"] * np.append(centre, -INTEREST_BASELINE)
    for name, vec in (("age", targets.age), ("gender", targets.gender),
                      ("country", targets.countries), ("language", targets.languages)):
        if vec is not None:
            q[s[name]] = block_weights[name] * vec
    return q
