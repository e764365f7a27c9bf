"""Saved mappings: what ``to_dict`` writes into the project reads back as the same mapping."""

from __future__ import annotations

from dataclasses import fields

from prevista.core.ingest.mapping import ColumnMapping, ColumnMappingData, TableMapping
from prevista.privacy.schema import Role, TableKind


def test_a_saved_mapping_reads_back_unchanged() -> None:
    mapping = TableMapping(
        TableKind.CUSTOMERS,
        (ColumnMapping("Customer ID", Role.CUSTOMER_ID),
         ColumnMapping("Signed up", Role.DATE, "signup", "%d/%m/%Y", ambiguous=True),
         ColumnMapping("Diagnosis", Role.CATEGORY, special_category="health")),
        preset="hubspot",
    )
    assert TableMapping.from_dict(mapping.to_dict(), source="detected") == mapping


def test_every_field_is_saved() -> None:
    """A field added to ColumnMapping must be added to its saved form as well."""
    saved = set(ColumnMappingData.__required_keys__ | ColumnMappingData.__optional_keys__)
    assert saved == {f.name for f in fields(ColumnMapping)}
    assert set(ColumnMapping("a", Role.NUMBER).to_dict()) == saved


def test_a_mapping_saved_before_the_later_fields_still_reads() -> None:
    column = ColumnMapping.from_dict({"column": "Amount", "role": "number", "meaning": None, "fmt": "integer"})
    assert column == ColumnMapping("Amount", Role.NUMBER, fmt="integer")
