"""Fuzz the roster readers and the normaliser for N examples each, outside pytest, and count.

    python benchmarks/fuzz.py [N] [--seed 0] [--only csv json ...] [--show 3]

Runs the strategies of ``tests/strategies.py`` (the ones ``tests/test_fuzz.py`` checks a few
hundred of in the suite) and prints, per reader and format: examples run, files rejected whole
(``InvalidInput``), rows accepted, rows rejected, escapes (exceptions other than
``InvalidInput`` or ``RowError``: must be 0) and broken promises (a count that differs from the
records an intact file holds, a reject without field or reason, an intact file rejected
whole: must be 0). ``--show`` prints the first few escapes and broken promises with their
input. Exits 1 when either count is not 0.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from matcher.errors import RowError  # noqa: E402
from matcher.ingest.mapping import load_mapping  # noqa: E402
from matcher.ingest.normalise import normalise_profile  # noqa: E402
from matcher.ingest.readers import read  # noqa: E402
from tests.strategies import (  # noqa: E402
    FILES,
    FuzzFile,
    check_read,
    instagram_csv_files,
    normaliser_inputs,
    read_mapped,
)


@dataclass
class Tally:
    examples: int = 0
    whole: int = 0
    accepted: int = 0
    rejected: int = 0
    escapes: int = 0
    broken: int = 0
    seconds: float = 0.0
    shown: list[str] = field(default_factory=list)
    kinds: Counter[str] = field(default_factory=Counter)  # escapes by type and origin


def run(strategy: st.SearchStrategy[Any], check: Callable[[Any, Tally], None], examples: int,
        rng_seed: int, show: int) -> Tally:
    tally = Tally()

    @seed(rng_seed)
    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def each(value: Any) -> None:
        tally.examples += 1
        try:
            check(value, tally)
        except Exception as err:  # an escape: counted, not raised (no shrinking here)
            tally.escapes += 1
            origin = traceback.extract_tb(err.__traceback__)[-1]
            tally.kinds[f"{type(err).__name__} at {Path(origin.filename).name}:"
                        f"{origin.lineno}"] += 1
            if sum(t.startswith("ESCAPE") for t in tally.shown) < show:
                tally.shown.append(f"ESCAPE {type(err).__name__}: {err!s:.300}\n  input: "
                                   f"{value!r:.600}\n{traceback.format_exc(limit=-4)}")

    started = time.perf_counter()
    each()
    tally.seconds = time.perf_counter() - started
    return tally


def file_check(directory: Path, reader: Callable[[Path], Any], show: int
               ) -> Callable[[FuzzFile, Tally], None]:
    def check(file: FuzzFile, tally: Tally) -> None:
        outcome = check_read(file, directory, reader)
        tally.whole += outcome.whole is not None
        tally.accepted += outcome.accepted
        tally.rejected += outcome.rejected
        if outcome.problems:
            tally.broken += 1
            if sum(t.startswith("BROKEN") for t in tally.shown) < show:
                tally.shown.append(f"BROKEN {outcome.problems}\n  input: {file!r}")
    return check


def normaliser_check(raw: dict[str, Any], tally: Tally) -> None:
    try:
        normalise_profile(raw)
    except RowError as err:
        tally.rejected += 1
        if not (err.field and err.reason):
            tally.broken += 1
    else:
        tally.accepted += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples", nargs="?", type=int, default=5000,
                        help="examples per row (default 5000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", nargs="*", help="rows to run, by part of their name")
    parser.add_argument("--show", type=int, default=3,
                        help="escapes and broken promises printed per row")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="matcher-fuzz-") as tmp:
        directory = Path(tmp)
        instagram = load_mapping("instagram-top-creators")
        targets: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any, Tally], None]]] = {
            "normalise_profile (dicts)": (normaliser_inputs, normaliser_check),
            **{f"read {fmt}": (strategy, file_check(directory, read, args.show))
               for fmt, strategy in FILES.items()},
            "mapped instagram-top (csv)": (instagram_csv_files(), file_check(
                directory, lambda path: read_mapped(path, instagram), args.show)),
        }
        header = (f"{'reader / format':28} {'examples':>8} {'whole':>6} {'accepted':>9} "
                  f"{'rejected':>9} {'escapes':>7} {'broken':>6} {'seconds':>8}")
        print(f"seed {args.seed}; whole = files rejected whole (InvalidInput); accepted and "
              "rejected count rows (for normalise_profile: dicts)")
        print(header)
        print("-" * len(header))
        total = Tally()
        details: list[str] = []
        for name, (strategy, check) in targets.items():
            if args.only and not any(part in name for part in args.only):
                continue
            tally = run(strategy, check, args.examples, args.seed, args.show)
            print(row(name, tally), flush=True)
            for attribute in ("examples", "whole", "accepted", "rejected", "escapes", "broken",
                              "seconds"):
                setattr(total, attribute, getattr(total, attribute) + getattr(tally, attribute))
            details += [f"[{name}] {count} x {kind}" for kind, count in tally.kinds.items()]
            details += [f"[{name}] {text}" for text in tally.shown]
        print("-" * len(header))
        print(row("total", total))
        for text in details:
            print(text)
    return 1 if total.escapes or total.broken else 0


def row(name: str, tally: Tally) -> str:
    return (f"{name:28} {tally.examples:>8} {tally.whole:>6} {tally.accepted:>9} "
            f"{tally.rejected:>9} {tally.escapes:>7} {tally.broken:>6} {tally.seconds:>8.1f}")


if __name__ == "__main__":
    sys.exit(main())
