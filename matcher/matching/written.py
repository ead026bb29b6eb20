"""The profile figures a catalogue keeps as float32 (engagement, credibility, price), as the
profile wrote them: each value's shortest float32 decimal (0.0597, not 0.059700001031160355).

Formatting a value that way takes numpy's shortest-decimal search (Dragon4), about a
microsecond and a half each, so a snapshot keeps the written figures beside the float32
columns (``Catalogue.written``) and a shortlist reads them; a catalogue without them (a
snapshot written before they were kept, the live delta) formats the rows asked for.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from matcher.matching.catalogue import Catalogue

#: The float32 columns of ``Catalogue`` whose written figures a snapshot keeps.
WRITTEN_COLUMNS = ("engagement", "credibility", "price")
#: Values formatted at a time when a whole column is written (bounds the text array).
WRITTEN_CHUNK = 100_000


def as_written(values: Any) -> list[float]:
    """Each value's shortest float32 decimal, as a float."""
    return [float(text) for text in np.asarray(values, dtype=np.float32).astype(str)]


def written_column(values: np.ndarray) -> np.ndarray:
    """``as_written`` of a whole column as float64, ``WRITTEN_CHUNK`` values at a time."""
    out = np.empty(len(values), dtype=np.float64)
    for start in range(0, len(values), WRITTEN_CHUNK):
        out[start:start + WRITTEN_CHUNK] = as_written(values[start:start + WRITTEN_CHUNK])
    return out


def written_columns(catalogue: Catalogue) -> dict[str, np.ndarray]:
    """The written figures of each of the catalogue's ``WRITTEN_COLUMNS``."""
    return {name: written_column(getattr(catalogue, name)) for name in WRITTEN_COLUMNS}


def written(catalogue: Catalogue, name: str, rows: np.ndarray | list[int]) -> list[float]:
    """The written figures of ``rows`` of the catalogue's float32 column ``name``: read from
    the figures it keeps, else formatted."""
    if catalogue.written is not None:
        return catalogue.written[name][rows].tolist()
    return as_written(getattr(catalogue, name)[rows])
