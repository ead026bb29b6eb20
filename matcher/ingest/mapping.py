"""Column mappings: a vendor's export layout -> the profile contract, as a YAML file.

A mapping names, for each profile field, where its value comes from in the export, and how
to read it. Bundled mappings live in ``matcher/ingest/mappings/`` and are addressed by name
(``instagram-top-creators``); any other YAML file by its path. The format::

    name: instagram-top-creators      # default: the file stem
    description: ...
    encoding: utf-8                   # text encoding of the export (latin-1, cp1252, ...)
    delimiter: ","                    # CSV field separator
    skip_repeated_headers: true       # a row repeating the header is rejected as such
    null_values: ["", "nan", "N/A"]   # cells read as blank, in every column
    keep_unmapped: false              # true: other columns are read as the flat layout
    constants:                        # a field with the same value on every row
      platform: instagram
    fields:                           # profile field -> source
      handle: name                    # a column, by its header (case and spaces ignored)
      id: {column: name, prefix: "instagram:"}
      followers: {column: "followers#2", transform: count}   # the 2nd "followers" column
      categories: {columns: [Category_1, Category_2]}        # a list, blanks dropped
      engagement_rate: {ratio: ["Eng. (Avg.)#2", "followers#2"]}
      audience.gender.female: {column: "Female %", transform: percent}
      country: {column: Country, transform: country, null_values: ["0"]}
    extras:                           # output-only columns beside every scored row
      top_audience_country: {column: country, transform: country}

A source is one of ``column``, ``columns`` (a list), ``ratio: [numerator, denominator]``
(each a column or a list of columns, summed; counts such as "48.5M" are read), ``sum``
(columns added up), ``value`` (a constant) or ``unavailable: REASON`` (the export lacks the
field: every row is rejected with that reason). Modifiers: ``transform`` (one or a list of
``text lower upper count number percent rate country language``), ``values`` (a map of
exact cell texts to values, applied first), ``null_values``, ``prefix`` and ``split`` (a
separator that turns a cell into a list).

A value that cannot be read rejects its row with the target field and the column it came
from; a column that the export lacks fails the whole file before anything is scored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from matcher.contracts.codes import country_code, language_code
from matcher.contracts.profiles import ENGAGEMENT_RATIO_MAX
from matcher.errors import InvalidInput
from matcher.ingest.normalise import (
    RowError,
    parse_count,
    parse_number,
    parse_rate,
)

BUNDLED_DIR = Path(__file__).resolve().parent / "mappings"
PROFILE_FIELDS: tuple[str, ...] = (
    "id", "handle", "name", "platform", "bio", "categories", "country", "language",
    "followers", "engagement_rate", "avg_views", "credibility", "price_usd", "audience_sketch")
AUDIENCE_BLOCKS: tuple[str, ...] = ("age", "gender", "countries", "languages", "interests",
                                    "age_gender", "age_country", "top_countries", "top_languages",
                                    "top_interests", "dominant_gender", "dominant_age")
REQUIRED: tuple[str, ...] = ("id", "platform", "followers")
# Ratio fields and the largest value each can take (engagements can outnumber followers).
RATE_FIELDS = {"engagement_rate": ENGAGEMENT_RATIO_MAX, "credibility": 1.0}
DEFAULT_NULLS: tuple[str, ...] = ("", "nan", "NaN", "null", "NULL", "None", "N/A", "n/a",
                                  "-", "\u2014")
SOURCE_KINDS: tuple[str, ...] = ("column", "columns", "ratio", "sum", "value", "unavailable")
MODIFIERS: tuple[str, ...] = ("transform", "values", "null_values", "prefix", "split")
TOP_LEVEL: tuple[str, ...] = ("name", "description", "encoding", "delimiter",
                              "skip_repeated_headers", "null_values", "keep_unmapped",
                              "constants", "fields", "extras")
EXTRA_KEY = "_extra"
_REF = re.compile(r"^(.*?)#(\d+)$")
_SCIENTIFIC = re.compile(r"^[0-9]*\.?[0-9]+[eE][+-]?[0-9]+$")


def header_key(text: Any) -> str:
    """Headers compare without case and with runs of whitespace (newlines too) as one space."""
    return " ".join(str(text).split()).lower()


@dataclass(frozen=True)
class ColumnRef:
    """A column by header (compared without case or extra spaces) and occurrence."""

    name: str
    occurrence: int = 1
    text: str = field(default="", compare=False)

    @classmethod
    def parse(cls, spec: Any, where: str) -> ColumnRef:
        if isinstance(spec, dict) and "column" in spec:
            if "occurrence" in spec:
                text = str(spec["column"])
                return cls(header_key(text), int(spec["occurrence"]), text)
            spec = spec["column"]
        if not isinstance(spec, (str, int)) or str(spec).strip() == "":
            raise _bad(where, f"expected a column name, got {spec!r}")
        text = str(spec)
        match = _REF.match(text)
        if match and match.group(1).strip():
            return cls(header_key(match.group(1)), int(match.group(2)), match.group(1).strip())
        return cls(header_key(text), 1, text.strip())

    def label(self) -> str:
        shown = " ".join((self.text or self.name).split())
        return f"'{shown}'" + (f" #{self.occurrence}" if self.occurrence > 1 else "")


def _bad(where: str, reason: str) -> InvalidInput:
    return InvalidInput(f"mapping {where}: {reason}", field=f"mapping.{where}")


def _refs(spec: Any, where: str) -> tuple[ColumnRef, ...]:
    items = spec if isinstance(spec, list) else [spec]
    if not items:
        raise _bad(where, "expected at least one column")
    return tuple(ColumnRef.parse(item, where) for item in items)


def _to_text(value: Any, _: str) -> str:
    return str(value).strip()


def _to_number(value: Any, target: str) -> float:
    number, percent = parse_number(value, target)
    return number / 100.0 if percent else number


def _to_count(value: Any, target: str) -> int:
    """``parse_count``, plus scientific notation ("2.28E+11") that spreadsheets write."""
    if isinstance(value, str) and _SCIENTIFIC.match(value.strip()):
        value = float(value)
    return parse_count(value, target)


def _to_percent(value: Any, target: str) -> float:
    return parse_number(value, target)[0] / 100.0


def _to_code(convert: Callable[[str], str]) -> Callable[[Any, str], str]:
    def read(value: Any, target: str) -> str:
        try:
            return convert(str(value))
        except ValueError as err:
            raise RowError(target, str(err)) from None
    return read


TRANSFORMS: dict[str, Callable[[Any, str], Any]] = {
    "text": _to_text,
    "lower": lambda v, _: str(v).strip().lower(),
    "upper": lambda v, _: str(v).strip().upper(),
    "count": _to_count,
    "number": _to_number,
    "percent": _to_percent,
    "rate": lambda v, target: parse_rate(v, target, RATE_FIELDS.get(target, 1.0)),
    "country": _to_code(country_code),
    "language": _to_code(language_code),
}
NUMERIC_TRANSFORMS = {"count": "int", "number": "float", "percent": "float", "rate": "float"}


@dataclass(frozen=True)
class Source:
    """Where one target's value comes from, and how it is read."""

    target: str
    kind: str
    refs: tuple[ColumnRef, ...] = ()
    denominator: tuple[ColumnRef, ...] = ()
    transforms: tuple[str, ...] = ()
    values: Mapping[str, Any] = field(default_factory=dict)
    null_values: frozenset[str] = frozenset()
    prefix: str = ""
    split: str | None = None
    constant: Any = None

    @property
    def value_type(self) -> str:
        """'int', 'float' or 'str': the output column type of an extra."""
        if self.kind == "ratio":
            return "float"
        if self.kind == "sum":
            return "int"
        for name in reversed(self.transforms):
            if name in NUMERIC_TRANSFORMS:
                return NUMERIC_TRANSFORMS[name]
        return "str"

    def columns(self) -> tuple[ColumnRef, ...]:
        return self.refs + self.denominator


def parse_source(target: str, spec: Any, where: str, nulls: frozenset[str]) -> Source:
    """One field's source (a column, columns, a sum or a value) from its mapping spec."""
    if not isinstance(spec, dict):
        return Source(target, "column", refs=(ColumnRef.parse(spec, where),), null_values=nulls)
    unknown = set(spec) - set(SOURCE_KINDS) - set(MODIFIERS) - {"occurrence"}
    if unknown:
        raise _bad(where, f"unknown keys {sorted(unknown)}; a source is one of "
                          f"{list(SOURCE_KINDS)} with optional {list(MODIFIERS)}")
    kinds = [k for k in SOURCE_KINDS if k in spec]
    if len(kinds) != 1:
        raise _bad(where, f"give exactly one of {list(SOURCE_KINDS)}, got {kinds or 'none'}")
    kind = kinds[0]
    transforms = spec.get("transform") or ()
    transforms = (transforms,) if isinstance(transforms, str) else tuple(transforms)
    for name in transforms:
        if name not in TRANSFORMS:
            raise _bad(f"{where}.transform", f"unknown transform {name!r}; expected one of "
                                             f"{sorted(TRANSFORMS)}")
    values = spec.get("values") or {}
    if not isinstance(values, dict):
        raise _bad(f"{where}.values", "expected a map of cell text -> value")
    extra_nulls = spec.get("null_values") or []
    if not isinstance(extra_nulls, list):
        raise _bad(f"{where}.null_values", "expected a list of cell texts")
    common: dict[str, Any] = {
        "transforms": transforms, "values": {str(k): v for k, v in values.items()},
        "null_values": nulls | {str(v) for v in extra_nulls},
        "prefix": str(spec.get("prefix") or ""), "split": spec.get("split")}
    if kind == "column":
        return Source(target, kind, refs=(ColumnRef.parse(spec, where),), **common)
    if kind in ("columns", "sum"):
        return Source(target, kind, refs=_refs(spec[kind], f"{where}.{kind}"), **common)
    if kind == "ratio":
        pair = spec["ratio"]
        if not isinstance(pair, list) or len(pair) != 2:
            raise _bad(f"{where}.ratio", "expected [numerator, denominator]")
        return Source(target, kind, refs=_refs(pair[0], f"{where}.ratio"),
                      denominator=_refs(pair[1], f"{where}.ratio"), **common)
    if kind == "unavailable":
        return Source(target, kind, constant=str(spec["unavailable"]))
    return Source(target, kind, constant=spec["value"])


def _check_target(target: str, where: str) -> None:
    parts = target.split(".")
    if parts[0] in PROFILE_FIELDS and len(parts) == 1:
        return
    if parts[0] == "audience" and len(parts) in (2, 3) and parts[1] in AUDIENCE_BLOCKS:
        return
    raise _bad(where, f"unknown profile field {target!r}; expected one of "
                      f"{list(PROFILE_FIELDS)} or audience.BLOCK[.KEY] with BLOCK one of "
                      f"{list(AUDIENCE_BLOCKS)}")


@dataclass(frozen=True)
class VendorMapping:
    name: str
    sources: tuple[Source, ...]
    extras: tuple[Source, ...] = ()
    description: str = ""
    encoding: str = "utf-8"
    delimiter: str = ","
    skip_repeated_headers: bool = True
    keep_unmapped: bool = False
    null_values: frozenset[str] = frozenset(DEFAULT_NULLS)
    path: Path | None = None

    @classmethod
    def from_dict(cls, data: Any, name: str = "mapping", path: Path | None = None
                  ) -> VendorMapping:
        if not isinstance(data, dict):
            raise _bad("file", f"{name}: expected a YAML mapping with a 'fields' section")
        unknown = set(data) - set(TOP_LEVEL)
        if unknown:
            raise _bad(str(sorted(unknown)[0]), f"unknown key; expected {list(TOP_LEVEL)}")
        nulls = frozenset(str(v) for v in data.get("null_values", DEFAULT_NULLS))
        sources: list[Source] = []
        for section in ("constants", "fields", "extras"):
            if not isinstance(data.get(section) or {}, dict):
                raise _bad(section, "expected a map of field -> source")
        for target, value in (data.get("constants") or {}).items():
            _check_target(str(target), f"constants.{target}")
            sources.append(Source(str(target), "value", constant=value))
        for target, spec in (data.get("fields") or {}).items():
            _check_target(str(target), f"fields.{target}")
            sources.append(parse_source(str(target), spec, f"fields.{target}", nulls))
        extras = tuple(parse_source(str(t), s, f"extras.{t}", nulls)
                       for t, s in (data.get("extras") or {}).items())
        for extra in extras:
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", extra.target):
                raise _bad(f"extras.{extra.target}", "expected a column name of letters, "
                                                     "digits and _")
        targets = [s.target for s in sources]
        repeated = sorted({t for t in targets if targets.count(t) > 1})
        if repeated:
            raise _bad(f"fields.{repeated[0]}", "mapped twice (in constants and fields?)")
        keep = bool(data.get("keep_unmapped", False))
        missing = [t for t in REQUIRED if t not in targets]
        if missing and not keep:
            raise _bad(f"fields.{missing[0]}", f"the profile needs {', '.join(missing)}: map "
                       "them, give a constant, mark them 'unavailable: REASON', or set "
                       "keep_unmapped: true when the export already has these columns")
        return cls(name=str(data.get("name") or name), sources=tuple(sources), extras=extras,
                   description=str(data.get("description") or ""),
                   encoding=str(data.get("encoding") or "utf-8"),
                   delimiter=str(data.get("delimiter") or ","),
                   skip_repeated_headers=bool(data.get("skip_repeated_headers", True)),
                   keep_unmapped=keep, null_values=nulls, path=path)

    def referenced(self) -> set[ColumnRef]:
        return {ref for s in (*self.sources, *self.extras) for ref in s.columns()}


def bundled_mappings() -> list[str]:
    return sorted(p.stem for p in BUNDLED_DIR.glob("*.yaml"))


def load_mapping(spec: str | Path) -> VendorMapping:
    """A mapping from a YAML file, or a bundled one by name."""
    path = Path(spec)
    if not path.is_file():
        bundled = BUNDLED_DIR / f"{spec}.yaml"
        if not bundled.is_file():
            raise InvalidInput(f"no mapping file or bundled mapping named {str(spec)!r}; "
                               f"bundled: {', '.join(bundled_mappings())}", field="mapping")
        path = bundled
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise InvalidInput(f"mapping {path.name}: not valid YAML: {err}",
                           field="mapping") from None
    return VendorMapping.from_dict(data, name=path.stem, path=path)


def missing_column(mapping: VendorMapping, where: str, ref: ColumnRef, source: str,
                   header: list[str]) -> InvalidInput:
    columns = ", ".join(repr(" ".join(h.split())) for h in header)
    return _bad(where, f"{mapping.name}: no column {ref.label()} in {source}; its columns "
                       f"are: {columns}")
