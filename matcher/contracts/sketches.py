"""Audience sketches: an optional Apache DataSketches Theta sketch of a creator's followers.

A profile's ``audience_sketch`` is the base64 (standard alphabet, padded) of a *compact*
serialised Theta sketch (``compact_theta_sketch.serialize()``) built with the library's
default seed ``SKETCH_SEED`` (9001) over the creator's follower ids, hashed first by the brand
(any stable salted hash of the platform's user id; the same for every creator of a campaign).
Any ``lg_k`` is accepted; ``RECOMMENDED_LG_K`` is the one chosen on the simulator. The decoded
sketch may hold at most ``MATCHER_SKETCH_MAX_BYTES``, and must be consistent: theta in
(0, 2^63-1], every retained hash in (0, theta), no hash twice, and no bytes beyond its
retained hashes. See docs/data-formats.md.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

import numpy as np

from matcher.config import get_settings

#: The library's default update seed; a sketch built with another seed cannot be unioned.
SKETCH_SEED = 9001
#: The lg_k chosen on the simulator's tuning seed (benchmarks/sketches.py --tune).
RECOMMENDED_LG_K = 10
#: Standard deviations of the library's bounds reported with a measured reach (~95%).
BOUND_STD_DEVS = 2
#: The largest theta a Theta sketch has (theta 1.0): hashes are 63-bit.
MAX_THETA64 = 2**63 - 1
#: The shortest serialised compact Theta sketch (an empty one: its preamble alone).
MIN_SKETCH_BYTES = 8


def theta_sketch(raw: bytes) -> Any:
    """The compact Theta sketch ``raw`` holds, or ValueError saying what it is not."""
    import datasketches

    if len(raw) < MIN_SKETCH_BYTES:
        raise ValueError(f"{len(raw)} bytes; a serialised compact Theta sketch has at least "
                         f"{MIN_SKETCH_BYTES}")
    try:
        sketch = datasketches.compact_theta_sketch.deserialize(raw, seed=SKETCH_SEED)
    except Exception as err:  # the library raises IndexError, ValueError, RuntimeError...
        if "seed hash mismatch" in str(err):
            raise ValueError(f"the sketch was built with another seed; build it with the "
                             f"default seed {SKETCH_SEED}") from None
        raise ValueError(f"not a serialised compact Theta sketch ({err})") from None
    _check_consistent(sketch, len(raw))
    return sketch


def retained_hashes(sketch: Any) -> np.ndarray:
    """(num_retained,) uint64: the hashes a compact Theta sketch holds, read at once from its
    uncompressed serialisation (the hashes are its last ``8 * num_retained`` bytes)."""
    data = sketch.serialize()
    count = int(sketch.num_retained)
    return np.frombuffer(data, dtype="<u8", count=count, offset=len(data) - 8 * count)


def _check_consistent(sketch: Any, size: int) -> None:
    """ValueError unless the sketch is one a Theta sketch library could have built."""
    theta = int(sketch.theta64)
    if not 0 < theta <= MAX_THETA64:
        raise ValueError(f"theta {theta} is outside (0, 2^63-1]; not a Theta sketch a "
                         "library builds")
    hashes = retained_hashes(sketch)
    if hashes.size and (int(hashes.min()) == 0 or int(hashes.max()) >= theta):
        raise ValueError("a retained hash is outside (0, theta); not a Theta sketch a "
                         "library builds")
    if np.unique(hashes).size != hashes.size:
        raise ValueError("a hash is retained twice; not a Theta sketch a library builds")
    if size not in (len(sketch.serialize()), len(sketch.serialize(compress=True))):
        raise ValueError(f"{size:,} bytes where {hashes.size:,} retained hashes take "
                         f"{len(sketch.serialize()):,}; the count in its preamble does not "
                         "match its hashes")


def decode_sketch(text: str) -> bytes:
    """The serialised sketch of a profile's ``audience_sketch`` after every check, or
    ValueError naming what is wrong (base64, size, format, seed)."""
    limit = get_settings().sketch_max_bytes
    if len(text) > limit * 4 // 3 + 4:
        raise ValueError(f"{len(text):,} characters, over the {limit:,} bytes a sketch may "
                         "hold (MATCHER_SKETCH_MAX_BYTES)")
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("not base64 (expected the base64 of a compact serialised Theta "
                         "sketch)") from None
    if len(raw) > limit:
        raise ValueError(f"{len(raw):,} bytes, over the {limit:,} a sketch may hold "
                         "(MATCHER_SKETCH_MAX_BYTES)")
    theta_sketch(raw)
    return raw


def encode_sketch(sketch: Any) -> str:
    """The ``audience_sketch`` text of a Theta sketch (update or compact)."""
    compact = sketch.compact() if hasattr(sketch, "compact") else sketch
    return base64.b64encode(compact.serialize()).decode("ascii")
