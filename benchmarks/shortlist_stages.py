"""Where a saved segment's in-process shortlist spends its time, stage by stage.

    python benchmarks/shortlist_stages.py --out DIR [--repeats 100] [--k 50]

Loads the snapshot that ``benchmarks/scale.py --out DIR`` kept, shortlists each bundled saved
segment twice (so its columns are made, as ``scale.py`` does before timing), then
shortlists the saved segments in turn ``--repeats`` times each, with a timer around each
named stage of the pipeline. A stage's time is its own (the time of stages named inside it
is given to them) in CPU seconds of the process (``time.process_time``) and in wall-clock
seconds; "other" is the shortlist's time outside every named stage. A stage is timed only
where the code has it, so the script runs on older code too (wrap what exists).

Timers cost about a microsecond a call; the table's total is the shortlist's time with the
timers in, so compare stages between codes, not against ``scale.py``'s latency.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from matcher.config import Settings  # noqa: E402
from matcher.embedding.encoder import Encoder  # noqa: E402

#: (module, attribute path, stage name): functions looked up through the module's globals
#: (so a caller in that module reaches the wrapper) or methods on a class.
STAGES = [
    ("matcher.service.matcher", "Matcher.shortlist", "shortlist, outside the stages below"),
    ("matcher.service.pipeline", "Shortlister.prepared", "prepared (cached targets, priors)"),
    ("matcher.service.pipeline", "Shortlister._columns", "saved columns lookup"),
    ("matcher.service.pipeline", "Shortlister._baseline", "baseline (warnings' averages)"),
    ("matcher.service.pipeline", "check_weights_apply", "check_weights_apply"),
    ("matcher.service.pipeline", "_query", "query vector"),
    ("matcher.search.live", "Part.search", "first stage (FAISS search)"),
    ("matcher.service.pipeline", "score_rows", "score_rows (other)"),
    ("matcher.matching.scoring", "SegmentFigures.take", "score_rows: columns.take"),
    ("matcher.matching.scoring", "imputed_blocks", "score_rows: imputed_blocks"),
    ("matcher.matching.scoring", "inferred_by_dominant", "score_rows: inferred_by_dominant"),
    ("matcher.matching.scoring", "inferred_by_top_country",
     "score_rows: inferred_by_top_country"),
    ("matcher.matching.scoring", "interests_by_neighbours",
     "score_rows: interests_by_neighbours"),
    ("matcher.matching.scoring", "inferred_interests", "score_rows: inferred_interests"),
    ("matcher.service.pipeline", "_best_with_ties", "ranking (best k with ties)"),
    ("matcher.service.pipeline", "records", "records (other)"),
    ("matcher.service.records", "pick", "records: pick"),
    ("matcher.service.records", "explain_picked", "records: explain_picked"),
    ("matcher.service.records", "evidence_named", "records: evidence_named"),
    ("matcher.service.records", "affinity_bin_text", "records: affinity_bin_text"),
    ("matcher.service.records", "_by_candidate", "records: _by_candidate"),
    ("matcher.service.records", "as_written", "records: as_written"),
    ("matcher.service.records", "written", "records: written figures (kept, else as_written)"),
    ("matcher.service.pipeline", "shortlist_warnings", "shortlist_warnings"),
]
OUTER = "shortlist, outside the stages below"


class StageTimer:
    """Own CPU and wall time per stage: a stage's elapsed time less its named children's."""

    def __init__(self) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.wall: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self._stack: list[list[float]] = []  # per open stage: children's cpu, wall

    def wrap(self, name: str, function: Any) -> Any:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self._stack.append([0.0, 0.0])
            cpu0, wall0 = time.process_time(), time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
                children = self._stack.pop()
                self.cpu[name] += cpu - children[0]
                self.wall[name] += wall - children[1]
                self.calls[name] += 1
                if self._stack:
                    self._stack[-1][0] += cpu
                    self._stack[-1][1] += wall
        timed.__wrapped__ = function  # type: ignore[attr-defined]
        return timed

    def reset(self) -> None:
        self.cpu.clear()
        self.wall.clear()
        self.calls.clear()


def install(timer: StageTimer) -> list[str]:
    """Wrap every stage the code has; the names of those it has."""
    found = []
    for module_name, path, name in STAGES:
        module = importlib.import_module(module_name)
        owner: Any = module
        *parents, attribute = path.split(".")
        try:
            for parent in parents:
                owner = getattr(owner, parent)
            function = getattr(owner, attribute)
        except AttributeError:
            continue
        setattr(owner, attribute, timer.wrap(name, function))
        found.append(name)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True,
                        help="the --out DIR of benchmarks/scale.py (its index and cache)")
    parser.add_argument("--repeats", type=int, default=100,
                        help="shortlists of each saved segment timed")
    parser.add_argument("--k", type=int, default=50)
    parser.add_argument("--json", type=Path, default=None, help="also write the table here")
    args = parser.parse_args()

    from matcher.search.snapshots import load_snapshot
    from matcher.service import Matcher

    timer = StageTimer()
    found = install(timer)
    resident = {"start": rss_mb()}
    encoder = Encoder(cache_path=args.out / "cache.sqlite")
    resident["model loaded"] = rss_mb()
    settings = Settings(index_dir=args.out / "index", cache_path=args.out / "cache.sqlite",
                        segments_dir=ROOT / "fixtures" / "segments")
    matcher = Matcher(load_snapshot(args.out / "index", encoder), encoder, settings)
    resident["snapshot loaded"] = rss_mb()
    saved = sorted(matcher.segments)
    for round_number in range(2):  # the second makes each saved segment's columns
        for seg in saved:
            matcher.shortlist(seg, k=args.k)
        resident[f"after shortlist round {round_number + 1}"] = rss_mb()
    timer.reset()
    per_shortlist_cpu = []
    started_cpu, started_wall = time.process_time(), time.perf_counter()
    for _ in range(args.repeats):
        for seg in saved:
            t0 = time.process_time()
            matcher.shortlist(seg, k=args.k)
            per_shortlist_cpu.append(time.process_time() - t0)
    total_cpu = time.process_time() - started_cpu
    total_wall = time.perf_counter() - started_wall
    resident["after the timed shortlists"] = rss_mb()
    count = args.repeats * len(saved)
    rows = []
    for _, _, name in STAGES:
        if name in found and timer.calls[name]:
            rows.append({"stage": name, "cpu_us": 1e6 * timer.cpu[name] / count,
                         "wall_us": 1e6 * timer.wall[name] / count,
                         "calls": timer.calls[name] / count})
    print(f"{count} shortlists ({len(saved)} saved segments x {args.repeats}), k={args.k}; "
          f"CPU {1e3 * total_cpu / count:.3f} ms a shortlist (p50 "
          f"{1e3 * float(np.median(per_shortlist_cpu)):.3f} ms), wall "
          f"{1e3 * total_wall / count:.3f} ms")
    print("| stage | CPU us / shortlist | wall us / shortlist | calls / shortlist |")
    print("| --- | ---: | ---: | ---: |")
    for row in rows:
        print(f"| {row['stage']} | {row['cpu_us']:.0f} | {row['wall_us']:.0f} | "
              f"{row['calls']:.1f} |")
    size = matcher.snapshot.catalogue.size
    print()
    print("| resident memory | VmRSS MB | B/creator over the model | RssAnon MB | B/creator "
          "over the model | RssFile MB |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    model = resident["model loaded"]
    for point, mb in resident.items():
        print(f"| {point} | {mb['VmRSS']:,.0f} | "
              f"{(mb['VmRSS'] - model['VmRSS']) * 2**20 / size:,.0f} | {mb['RssAnon']:,.0f} | "
              f"{(mb['RssAnon'] - model['RssAnon']) * 2**20 / size:,.0f} | "
              f"{mb['RssFile']:,.0f} |")
    held = held_arrays(matcher)
    print()
    print("| arrays held | MB |")
    print("| --- | ---: |")
    for name, mb in held.items():
        print(f"| {name} | {mb:,.1f} |")
    if args.json:
        args.json.write_text(json.dumps({"count": count, "cpu_ms": 1e3 * total_cpu / count,
                                         "wall_ms": 1e3 * total_wall / count,
                                         "stages": rows, "resident_mb": resident,
                                         "held_mb": held}, indent=1))


def rss_mb() -> dict[str, float]:
    """Resident MB: in all (VmRSS), anonymous (the process's own allocations) and file-backed
    (pages of the memory-mapped snapshot files, shared and reclaimable, among others)."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name = line.split(":")[0]
        if name in ("VmRSS", "RssAnon", "RssFile"):
            out[name] = int(line.split()[1]) / 1024
    return out


def nbytes(value: Any) -> int:
    """Bytes of a numpy array or a scipy sparse matrix's arrays (0 for anything else)."""
    if isinstance(value, np.ndarray):
        return value.nbytes if value.base is None else 0  # views hold no bytes of their own
    if all(hasattr(value, name) for name in ("data", "indices", "indptr")):
        return sum(getattr(value, name).nbytes for name in ("data", "indices", "indptr"))
    return 0


def held_arrays(matcher: Any) -> dict[str, float]:
    """MB of the arrays the snapshot's catalogue, the snapshot and the shortlister's caches
    hold, by attribute (the catalogue's cached properties included)."""
    out: dict[str, float] = {}
    snapshot = matcher.snapshot
    for owner_name, owner in (("catalogue", snapshot.catalogue), ("snapshot", snapshot)):
        for name, value in vars(owner).items():
            size = nbytes(value)
            if isinstance(value, dict) and name.startswith("_row_of") or name == "_row_of":
                size = sys.getsizeof(value) + sum(sys.getsizeof(k) for k in value)
            if size >= 1e6:
                out[f"{owner_name}.{name}"] = size / 1e6
    columns = matcher.shortlister.columns
    parts = getattr(columns, "_parts", {})
    held = [c for entries in parts.values() for c in entries.values() if c is not None]
    out[f"saved segments' columns ({len(held)})"] = sum(c.nbytes for c in held) / 1e6
    return out


if __name__ == "__main__":
    main()
