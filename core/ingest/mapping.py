"""Column roles and table mappings: what each column of an export means.

A mapping is detected (preset, saved mapping or generic rules), shown to the
user, overridable column by column, and saved in the project under the
export's *shape* so the next import of the same kind of file reuses it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import NotRequired, TypedDict

from prevista.privacy.errors import PrevistaError
from prevista.privacy.schema import Role, TableKind

ROLE_HELP = {
    Role.CUSTOMER_ID: "customer ID (replaced by an encrypted ID)",
    Role.IDENTIFIER: "direct identifier (name, e-mail, phone, address…): not used for analysis",
    Role.DATE: "date",
    Role.NUMBER: "number",
    Role.CATEGORY: "category",
    Role.LABEL: "label (e.g. churned)",
    Role.CONSENT: "consent / opt-out flag",
    Role.TEXT: "free text: dropped",
    Role.IGNORE: "ignored",
}


class ColumnMappingData(TypedDict):
    """A :class:`ColumnMapping` as saved in the project; mappings saved by older versions may lack
    the later fields."""

    column: str
    role: str
    meaning: NotRequired[str | None]
    fmt: NotRequired[str | None]
    special_category: NotRequired[str | None]
    ambiguous: NotRequired[bool]


class TableMappingData(TypedDict):
    """A :class:`TableMapping` as saved in the project (``Meta.MAPPINGS``, by the export's shape)."""

    kind: str
    preset: NotRequired[str]
    columns: list[ColumnMappingData]


class StoredColumn(TypedDict):
    """How a stored column was imported: ``Meta.SCHEMA`` holds one per table and column."""

    role: str
    meaning: str | None
    format: str | None
    special_category: NotRequired[str | None]  # Art. 9 category, stored only with explicit consent; older projects lack it


StoredSchema = dict[str, dict[str, StoredColumn]]  # table → column → how it was imported


@dataclass(frozen=True)
class ColumnMapping:
    """One column's role; ``meaning`` is a finer hint (``email``, ``amount``, ``opt_out``…)
    and ``fmt`` the detected date or number format."""

    column: str
    role: Role
    meaning: str | None = None
    fmt: str | None = None
    special_category: str | None = None  # GDPR Art. 9 category this column looks like
    ambiguous: bool = False  # the format had to be guessed (01/02/2025, 1,234): the user should confirm

    def to_dict(self) -> ColumnMappingData:
        return {"column": self.column, "role": self.role.value, "meaning": self.meaning, "fmt": self.fmt,
                "special_category": self.special_category, "ambiguous": self.ambiguous}

    @classmethod
    def from_dict(cls, data: ColumnMappingData) -> "ColumnMapping":
        return cls(column=data["column"], role=Role(data["role"]), meaning=data.get("meaning"),
                   fmt=data.get("fmt"), special_category=data.get("special_category"),
                   ambiguous=data.get("ambiguous", False))


@dataclass(frozen=True)
class TableMapping:
    kind: TableKind
    columns: tuple[ColumnMapping, ...]
    preset: str = "generic"
    source: str = "detected"  # "detected" | "saved" | plus "+overrides"
    notes: tuple[str, ...] = field(default_factory=tuple)

    def role_of(self, column: str) -> Role:
        return self.column(column).role

    def column(self, column: str) -> ColumnMapping:
        for mapping in self.columns:
            if mapping.column == column:
                return mapping
        raise KeyError(column)

    def with_roles(self, roles: dict[str, Role]) -> "TableMapping":
        """Apply user overrides; unknown column names are an error, not ignored."""
        known = {c.column for c in self.columns}
        unknown = sorted(set(roles) - known)
        if unknown:
            raise PrevistaError(
                f"--role names a column the file does not have: {', '.join(unknown)}. "
                f"Columns are: {', '.join(sorted(known))}."
            )
        columns = tuple(
            replace(c, role=roles[c.column], meaning=None if roles[c.column] != c.role else c.meaning)
            if c.column in roles
            else c
            for c in self.columns
        )
        return replace(self, columns=columns, source=self.source + "+overrides" if roles else self.source)

    def with_formats(self, formats: dict[str, str]) -> "TableMapping":
        """Apply formats the user set; a set format is no longer ambiguous."""
        columns = tuple(
            replace(c, fmt=formats[c.column], ambiguous=False) if c.column in formats else c for c in self.columns
        )
        return replace(self, columns=columns, source=self.source + "+formats" if formats else self.source)

    def id_column(self) -> str | None:
        ids = [c.column for c in self.columns if c.role is Role.CUSTOMER_ID]
        return ids[0] if ids else None

    def to_dict(self) -> TableMappingData:
        return {
            "kind": self.kind.value,
            "preset": self.preset,
            "columns": [c.to_dict() for c in self.columns],
        }

    @classmethod
    def from_dict(cls, data: TableMappingData, source: str = "saved") -> "TableMapping":
        return cls(
            kind=TableKind(data["kind"]),
            preset=data.get("preset", "generic"),
            columns=tuple(ColumnMapping.from_dict(c) for c in data["columns"]),
            source=source,
        )


def shape_key(headers: list[str]) -> str:
    """The identity of an export's layout: its normalised, ordered column names."""
    joined = "\x1f".join(h.strip().casefold() for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:32]


def parse_pairs(items: list[str], option: str) -> dict[str, str]:
    """``'Column name=value'`` pairs from the command line (the column may contain '=')."""
    pairs: dict[str, str] = {}
    for item in items:
        column, sep, value = item.rpartition("=")
        if not sep or not column or not value:
            raise PrevistaError(f"{option} expects COLUMN=VALUE, got '{item}'.")
        pairs[column] = value.strip()
    return pairs


def parse_role_overrides(items: list[str]) -> dict[str, Role]:
    """``'Column name=role'`` pairs from the command line."""
    roles: dict[str, Role] = {}
    for column, role in parse_pairs(items, "--role").items():
        try:
            roles[column] = Role(role.strip().lower())
        except ValueError:
            choices = ", ".join(r.value for r in Role)
            raise PrevistaError(f"Unknown role '{role}' for column '{column}': choose one of {choices}.") from None
    return roles
