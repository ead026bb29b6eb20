"""Column mappings for customer exports: a CRM or shop layout -> the customer fields.

The YAML format is the roster mappings' (``matcher/ingest/mapping.py``: ``fields`` of
``column``, ``columns``, ``sum``, ``value`` sources with ``transform``, ``values``,
``null_values``, ``split``), with customer fields as targets::

    name: shopify-customers
    fields:
      country: Default Address Country Code
      interests: {column: Tags, split: ","}
      orders: Total Orders
      revenue: Total Spent

Only the columns a mapping names are read: every other column of the export (emails, names,
phones, addresses) is skipped cell by cell and never reaches memory as a field. A mapping
that names a personal identifier as a target is refused. Bundled mappings live in
``matcher/discovery/mappings/`` and are addressed by name.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from matcher.errors import InvalidInput
from matcher.ingest.mapping import DEFAULT_NULLS, VendorMapping, header_key, parse_source

BUNDLED_DIR = Path(__file__).resolve().parent / "mappings"
DEFAULT_MAPPING = "customers"
CUSTOMER_FIELDS: tuple[str, ...] = (
    "age", "birth_year", "gender", "country", "language", "categories", "interests",
    "orders", "revenue", "engagement")
#: Targets that would identify a person: a mapping naming one is refused.
PERSONAL_FIELDS: tuple[str, ...] = (
    "email", "name", "first_name", "last_name", "full_name", "phone", "address", "street",
    "zip", "postcode", "ip", "id", "customer_id")
TOP_LEVEL: tuple[str, ...] = ("name", "description", "encoding", "delimiter",
                              "skip_repeated_headers", "null_values", "optional_columns",
                              "constants", "fields")


@dataclass(frozen=True)
class CustomerMapping:
    """A customer layout: the roster reader's ``VendorMapping`` over customer fields, and
    whether a column the export lacks is read as blank (``optional_columns: true``) rather
    than failing the file."""

    columns: VendorMapping
    optional_columns: bool = False

    @property
    def name(self) -> str:
        return self.columns.name

    def for_header(self, header: list[str]) -> VendorMapping:
        """The mapping restricted to the columns ``header`` has (optional columns only)."""
        if not self.optional_columns:
            return self.columns
        present = {header_key(h) for h in header}
        kept = tuple(s for s in self.columns.sources
                     if all(ref.name in present for ref in s.columns()))
        if not kept:
            raise InvalidInput(f"{self.name}: none of the columns "
                               f"{', '.join(sorted(CUSTOMER_FIELDS))} is in the file",
                               field="columns")
        return replace(self.columns, sources=kept)


def _bad(where: str, reason: str) -> InvalidInput:
    return InvalidInput(f"customer mapping {where}: {reason}", field=f"mapping.{where}")


def _check_target(target: str, where: str) -> None:
    if target in CUSTOMER_FIELDS:
        return
    if target.lower() in PERSONAL_FIELDS:
        raise _bad(where, f"{target!r} identifies a person; customer discovery never reads "
                          "personal identifiers: leave the column unmapped")
    raise _bad(where, f"unknown customer field {target!r}; expected one of "
                      f"{list(CUSTOMER_FIELDS)}")


def customer_mapping(data: Any, name: str = "mapping", path: Path | None = None
                     ) -> CustomerMapping:
    """A customer mapping from its parsed YAML."""
    if not isinstance(data, dict):
        raise _bad("file", f"{name}: expected a YAML mapping with a 'fields' section")
    unknown = set(data) - set(TOP_LEVEL)
    if unknown:
        raise _bad(str(sorted(unknown)[0]), f"unknown key; expected {list(TOP_LEVEL)}")
    nulls = frozenset(str(v) for v in data.get("null_values", DEFAULT_NULLS))
    fields = data.get("fields") or {}
    constants = data.get("constants") or {}
    if not isinstance(fields, dict) or not isinstance(constants, dict):
        raise _bad("fields", "expected a map of customer field -> source")
    sources = []
    for target, value in constants.items():
        _check_target(str(target), f"constants.{target}")
        sources.append(parse_source(str(target), {"value": value}, f"constants.{target}",
                                     nulls))
    for target, spec in fields.items():
        _check_target(str(target), f"fields.{target}")
        sources.append(parse_source(str(target), spec, f"fields.{target}", nulls))
    if not sources:
        raise _bad("fields", f"maps no column; map at least one of {list(CUSTOMER_FIELDS)}")
    targets = [s.target for s in sources]
    repeated = sorted({t for t in targets if targets.count(t) > 1})
    if repeated:
        raise _bad(f"fields.{repeated[0]}", "mapped twice (in constants and fields?)")
    columns = VendorMapping(name=str(data.get("name") or name), sources=tuple(sources),
                            description=str(data.get("description") or ""),
                            encoding=str(data.get("encoding") or "utf-8"),
                            delimiter=str(data.get("delimiter") or ","),
                            skip_repeated_headers=bool(data.get("skip_repeated_headers", True)),
                            keep_unmapped=False, null_values=nulls, path=path)
    return CustomerMapping(columns, bool(data.get("optional_columns", False)))


def bundled_customer_mappings() -> list[str]:
    return sorted(p.stem for p in BUNDLED_DIR.glob("*.yaml"))


def load_customer_mapping(spec: str | Path | None = None) -> CustomerMapping:
    """A customer mapping from a YAML file, or a bundled one by name (default: the
    ``customers`` layout, one column per field)."""
    spec = DEFAULT_MAPPING if spec is None else spec
    path = Path(spec)
    if not path.is_file():
        bundled = BUNDLED_DIR / f"{spec}.yaml"
        if not bundled.is_file():
            raise InvalidInput(f"no customer mapping file or bundled mapping named "
                               f"{str(spec)!r}; bundled: "
                               f"{', '.join(bundled_customer_mappings())}", field="mapping")
        path = bundled
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise InvalidInput(f"customer mapping {path.name}: not valid YAML: {err}",
                           field="mapping") from None
    return customer_mapping(data, name=path.stem, path=path)
