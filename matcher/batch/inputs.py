"""What a batch run is given: segment arguments and the reference snapshot to score against.

Segments are YAML files, directories of them (``load_segment_file`` / ``load_segment_dir``),
or ids of bundled and saved segments; a value may also list several, comma-separated.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from matcher.batch.run import Reference
from matcher.config import Settings
from matcher.contracts.profiles import Segment
from matcher.errors import InvalidInput, UnknownSegment
from matcher.matching.segments import load_segment_dir, load_segment_file

SegmentLookup = Callable[[str], Segment]


def load_segments(values: Sequence[str], lookup: SegmentLookup) -> list[Segment]:
    """Segments from files, directories and ids, in the order given."""
    found: list[Segment] = []
    for value in values:
        for part in (p.strip() for p in str(value).split(",")):
            if not part:
                continue
            path = Path(part)
            if path.is_dir():
                in_dir = list(load_segment_dir(path).values())
                if not in_dir:
                    raise InvalidInput(f"no segment YAML files in {path}", field="segments")
                found += in_dir
            elif path.suffix.lower() in (".yaml", ".yml") or path.exists():
                found.append(load_segment_file(path))
            else:
                found.append(lookup(part))
    if not found:
        raise InvalidInput("give at least one segment (--segments FILE_OR_DIR_OR_ID)",
                           field="segments")
    return found


def light_lookup(settings: Settings, live: bool) -> SegmentLookup:
    """Bundled segments, and saved ones in live mode, without loading the model."""
    bundled = load_segment_dir(settings.segments_dir)

    def lookup(segment_id: str) -> Segment:
        if live:
            from matcher.store import open_store, sqlite_path

            if sqlite_path(settings.database_url).exists():
                store = open_store(settings.database_url)
                try:
                    saved = store.get_segment(segment_id)
                finally:
                    store.close()
                if saved is not None:
                    return saved[0]
        if segment_id in bundled:
            return bundled[segment_id]
        raise UnknownSegment(f"no segment file, directory or id {segment_id!r}; known ids: "
                             f"{', '.join(sorted(bundled)) or 'none'}", field="segments")

    return lookup


def open_reference(settings: Settings, index: Path | None, distributed: bool,
                   log: Callable[[str], None]) -> tuple[Reference, SegmentLookup]:
    """The snapshot served by ``matcher serve`` with the same settings (built on first use).
    A distributed run only needs its path: the model is then loaded by the workers alone."""
    from matcher.search.snapshots import current_snapshot_dir

    if distributed:
        directory = current_snapshot_dir(index or settings.index_dir)
        if directory is not None:
            return Reference.of_settings(settings, directory), light_lookup(settings,
                                                                            index is None)
    from matcher.service import Matcher

    matcher = Matcher.open(settings, index_dir=index, log=log)
    return Reference.of_matcher(matcher), matcher.resolve_segment
