"""The block layout: a creator as one vector, a segment as one weighted query.

Blocks, in order::

    text       p    bio + categories embedding, projected on the catalogue's top p axes
    interest   p+1  sum of label embeddings weighted by share (projected), then the share sum
    age        7    shares per band
    gender     3    female, male, other
    countries  C    shares over the countries the catalogue's audiences report
    languages  L    shares over the languages they report
    quality    2    the fit's engagement value (rate over its platform-and-tier median,
                    r / (1 + r)) and credibility (the catalogue median where not reported)
    (zeros)         padding to a multiple of ``SIMD_ALIGN``, so FAISS's scalar-quantiser
                    scan works in whole SIMD registers

The projection is an uncentred PCA of the text and label embeddings (it keeps inner products
where the embeddings live), fitted at build time and stored in the snapshot; it shrinks the
vector about five-fold, which is what makes a million creators fit in memory and in time.
The query carries each block scaled by its weight: an indicator (or weight) vector over the
target bands, genders, countries and languages, so that the block's inner product *is* the
factor share; the projected persona embedding for text; the projected mean phrase embedding
for interests, with ``-INTEREST_BASELINE`` against the share sum so unrelated interests count
for nothing; the engagement and credibility weights of the fit against the quality block, so
the first stage weighs the tenth of the fit they carry by default (at a million creators the
shortlist's top 50 held 91.3% of the exact top 50 by fit without them, 94.0% with them).
A missing block is filled with its platform's average, so it is unknown rather than zero.
Stored vectors have each block scaled to the same typical norm (and queries the inverse, so
inner products are unchanged; see ``balance``). Exact re-scoring never uses these vectors,
only the first stage does.

Weighting each block by ``1 / typical share`` of its target (the first-order expansion of
the log of the share product) was tried and dropped: it made the first stage favour rare
targets and lowered NDCG@50 by true share from 0.946 to 0.895 (`matcher eval`, seed 11).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from matcher.matching.catalogue import BLOCKS, Catalogue
from matcher.matching.scoring import engagement_value, engagement_vs_median
from matcher.matching.segments import SegmentTargets

INTEREST_BASELINE = 0.2
TEXT_EMPHASIS = 0.3
BALANCE_SAMPLE = 50_000
PROJECTION_DIMS = 64
PROJECTION_SAMPLE = 20_000
SIMD_ALIGN = 16


@dataclass(frozen=True, eq=False)
class BlockLayout:
    projection: np.ndarray                 # (model dim, p), orthonormal columns
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    scales: np.ndarray | None = None       # per dimension; profiles x scales, queries / scales
    _columns: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def dim_projected(self) -> int:
        return int(self.projection.shape[1])

    @property
    def slices(self) -> dict[str, slice]:
        p = self.dim_projected
        sizes = [("text", p), ("interest", p + 1), ("age", 7), ("gender", 3),
                 ("country", len(self.countries)), ("language", len(self.languages)),
                 ("quality", 2)]
        out, start = {}, 0
        for name, size in sizes:
            out[name] = slice(start, start + size)
            start += size
        return out

    @property
    def audience_mix(self) -> slice:
        """The age and gender blocks: the audience-mix part of the index's cells."""
        s = self.slices
        return slice(s["age"].start, s["gender"].stop)

    @property
    def dim(self) -> int:
        used = 2 * self.dim_projected + 1 + 10 + len(self.countries) + len(self.languages) + 2
        return -(-used // SIMD_ALIGN) * SIMD_ALIGN

    def describe(self) -> list[dict[str, int | str]]:
        return [{"block": k, "start": s.start, "stop": s.stop} for k, s in self.slices.items()]

    def columns(self, block: str, vocab: list[str]) -> np.ndarray:
        """Indices into ``vocab`` (a catalogue's full vocabulary) of this layout's codes."""
        key = f"{block}:{len(vocab)}"
        if key not in self._columns:
            position = {code: i for i, code in enumerate(vocab)}
            codes = self.countries if block == "country" else self.languages
            self._columns[key] = np.array([position[c] for c in codes], dtype=np.int64)
        return self._columns[key]

    def save(self, directory: str) -> dict[str, object]:
        from pathlib import Path

        np.save(Path(directory) / "projection.npy", self.projection)
        if self.scales is not None:
            np.save(Path(directory) / "scales.npy", self.scales)
        return {"countries": list(self.countries), "languages": list(self.languages),
                "projection_dims": self.dim_projected}

    @classmethod
    def load(cls, directory: str, described: dict[str, object]) -> BlockLayout:
        from pathlib import Path

        projection = np.load(Path(directory) / "projection.npy")
        scales_path = Path(directory) / "scales.npy"
        scales = np.load(scales_path) if scales_path.exists() else None
        return cls(projection, tuple(described["countries"]),  # type: ignore[arg-type]
                   tuple(described["languages"]), scales)  # type: ignore[arg-type]


def fit_layout(catalogue: Catalogue, text_emb: np.ndarray, label_emb: np.ndarray,
               dims: int = PROJECTION_DIMS, seed: int = 0) -> BlockLayout:
    rng = np.random.default_rng(seed)
    rows = rng.choice(len(text_emb), size=min(len(text_emb), PROJECTION_SAMPLE), replace=False)
    sample = np.vstack([np.asarray(text_emb[np.sort(rows)], dtype=np.float32),
                        label_emb.astype(np.float32)])
    dims = min(dims, sample.shape[1], max(sample.shape[0], 1))
    _, _, vt = np.linalg.svd(sample, full_matrices=False)
    projection = vt[:dims].T.astype(np.float32)
    countries = np.asarray(catalogue.countries.sum(axis=0)).ravel() > 0
    languages = np.asarray(catalogue.languages.sum(axis=0)).ravel() > 0
    return BlockLayout(
        projection,
        tuple(c for c, used in zip(catalogue.country_vocab, countries, strict=True) if used),
        tuple(c for c, used in zip(catalogue.language_vocab, languages, strict=True) if used))


def balance(layout: BlockLayout, vectors: np.ndarray, seed: int = 0) -> BlockLayout:
    """Scale each block of ``vectors`` (in place) to the same root-mean-square norm, text to
    ``TEXT_EMPHASIS`` of it, and return the layout that divides queries by the same scales.

    Inner products do not change; the IVF clustering then sees every audience block rather
    than mostly the interest share sum, which is what keeps its recall high.
    """
    rng = np.random.default_rng(seed)
    n = len(vectors)
    sample = vectors[np.sort(rng.choice(n, size=min(n, BALANCE_SAMPLE), replace=False))]
    scales = np.ones(layout.dim, dtype=np.float32)
    for name, block in layout.slices.items():
        rms = float(np.sqrt((sample[:, block] ** 2).sum(axis=1).mean()))
        scales[block] = (TEXT_EMPHASIS if name == "text" else 1.0) / max(rms, 1e-6)
    for start in range(0, n, 100_000):
        vectors[start:start + 100_000] *= scales
    return BlockLayout(layout.projection, layout.countries, layout.languages, scales)


def interest_vectors(catalogue: Catalogue, label_emb: np.ndarray,
                     projection: np.ndarray) -> np.ndarray:
    weighted = np.asarray(catalogue.interests @ (label_emb @ projection))
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
    for start in range(0, n, 100_000):
        chunk = np.asarray(text_emb[start:start + 100_000], dtype=np.float32)
        out[start:start + len(chunk), s["text"]] = chunk @ layout.projection
    blocks = {
        "interest": (interest_vectors(catalogue, label_emb, layout.projection), "interests"),
        "country": (catalogue.countries[:, layout.columns("country", catalogue.country_vocab)]
                    .toarray(), "countries"),
        "language": (catalogue.languages[:, layout.columns("language",
                                                            catalogue.language_vocab)]
                     .toarray(), "languages"),
    }
    for name, (values, block) in blocks.items():
        _platform_mean_fill(values, catalogue.has[:, BLOCKS.index(block)], catalogue.platform)
        out[:, s[name]] = values
    out[:, s["age"]] = catalogue.age
    out[:, s["gender"]] = catalogue.gender
    out[:, s["quality"]] = quality_values(catalogue)
    if layout.scales is not None:
        out *= layout.scales
    return out


def quality_values(catalogue: Catalogue) -> np.ndarray:
    """Per creator, the fit's engagement and credibility values (as ``score_rows`` has them)."""
    ratio, _ = engagement_vs_median(catalogue)
    credibility = np.nan_to_num(catalogue.credibility, nan=catalogue.credibility_fill)
    return np.stack([engagement_value(ratio), credibility], axis=1).astype(np.float32)


def search_weights(targets: SegmentTargets, weights: dict[str, float]) -> dict[str, float]:
    """Block weights of the first stage, from the fit weights of the request.

    Each targeted factor takes its own weight plus an even part of ``audience_match``;
    text takes ``affinity``; engagement and credibility their own.
    """
    targeted = targets.targeted()
    spread = weights.get("audience_match", 0.0) / max(len(targeted), 1)
    out = {"text": weights.get("affinity", 0.0), "engagement": weights.get("engagement", 0.0),
           "credibility": weights.get("credibility", 0.0)}
    for factor in targeted:
        out[factor] = weights.get(factor, 0.0) + spread
    return out


def query_vector(targets: SegmentTargets, layout: BlockLayout, weights: dict[str, float],
                 catalogue: Catalogue) -> np.ndarray:
    s = layout.slices
    q = np.zeros(layout.dim, dtype=np.float32)
    block_weights = search_weights(targets, weights)
    q[s["text"]] = block_weights["text"] * (targets.persona @ layout.projection)
    q[s["quality"]] = (block_weights["engagement"], block_weights["credibility"])
    if targets.labels is not None and targets.phrases.shape[0]:
        centre = targets.phrases.mean(axis=0)
        centre /= max(float(np.linalg.norm(centre)), 1e-9)
        q[s["interest"]] = block_weights["interest"] * np.append(centre @ layout.projection,
                                                                 -INTEREST_BASELINE)
    for name, vec in (("age", targets.age), ("gender", targets.gender)):
        if vec is not None:
            q[s[name]] = block_weights[name] * vec
    if targets.countries is not None:
        q[s["country"]] = block_weights["country"] * targets.countries[
            layout.columns("country", catalogue.country_vocab)]
    if targets.languages is not None:
        q[s["language"]] = block_weights["language"] * targets.languages[
            layout.columns("language", catalogue.language_vocab)]
    return q if layout.scales is None else q / layout.scales
