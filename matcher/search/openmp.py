"""FAISS's OpenMP threads sleep between parallel regions instead of spinning.

A shortlist splits its scan of the cells over the cores for a few hundred microseconds
(``ann``). libgomp's default keeps each helper thread spinning for milliseconds afterwards:
at a million creators that burned the second core through the rest of every shortlist (4.6
against 2.9 ms of CPU a shortlist), taking it from the other compute processes and the
HTTP loop. The wait policy is read once, when FAISS's own copy of the runtime loads, so it
is set for that import only: torch's copy, and any OpenMP code of the caller, keep theirs,
and a program that imported FAISS before this package keeps its setting.
"""

import os

_before = os.environ.get("OMP_WAIT_POLICY")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
try:
    import faiss  # noqa: F401
finally:
    if _before is None:
        os.environ.pop("OMP_WAIT_POLICY", None)
