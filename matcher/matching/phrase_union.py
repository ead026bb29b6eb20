"""A creator's interest share with each phrase's labels read as one group of followers.

The default interest share is a noisy-OR over every matched label (``scoring.factor_shares``),
which takes the followers holding two labels as independent. A provider reports one interest
under several labels, so the labels one phrase reaches are largely the same people.
``interests.PHRASE_UNION`` names another way to combine them; each is a noisy-OR over the
segment's phrases of a per-phrase share ``a_p``, with ``h = share_L x weight[L, p]``:

- "max": ``a_p`` is the largest ``h`` over the phrase's labels;
- "path-max": ``a_p`` is the larger of the noisy-OR over the phrase's text labels and the
  largest ``h`` over its audience-path labels;
- "max-once": as "max", each label counted only for the phrase that weights it most (ties:
  the phrase listed first).
"""

from __future__ import annotations

import numpy as np

UNIONS = ("max", "path-max", "max-once")
HELD_MAX = 0.999999  # a share of 1 would make the noisy-OR's logarithm infinite


def phrase_union_share(owner: np.ndarray, columns: np.ndarray, values: np.ndarray,
                       weights: np.ndarray, path: np.ndarray, union: str, rows: int
                       ) -> np.ndarray:
    """(rows,) the interest share of each row. ``owner``, ``columns``, ``values``: the rows'
    reported label shares (``sparse_rows.gather``); ``weights`` (labels, phrases) the match
    weights; ``path`` (labels, phrases) True where the audience path gave the label."""
    if union not in UNIONS:
        raise ValueError(f"PHRASE_UNION must be None or one of {UNIONS}, not {union!r}")
    if union == "max-once" and weights.size:
        owned = np.zeros(weights.shape, dtype=bool)
        owned[np.arange(weights.shape[0]), weights.argmax(axis=1)] = True
        weights = np.where(owned, weights, 0.0)
    log_miss = np.zeros(rows)
    for phrase in range(weights.shape[1]):
        held = np.clip(values * weights[columns, phrase], 0.0, HELD_MAX)
        if union == "path-max":
            by_path = path[columns, phrase]
            text = 1.0 - np.exp(np.bincount(owner, weights=np.log1p(-np.where(by_path, 0.0, held)),
                                            minlength=rows))
            share = np.maximum(text, _largest(owner, np.where(by_path, held, 0.0), rows))
        else:
            share = _largest(owner, held, rows)
        log_miss += np.log1p(-np.minimum(share, HELD_MAX))
    return 1.0 - np.exp(log_miss)


def _largest(owner: np.ndarray, values: np.ndarray, rows: int) -> np.ndarray:
    out = np.zeros(rows)
    np.maximum.at(out, owner, values)
    return out
