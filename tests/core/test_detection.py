from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from prevista.core.ingest.detection import detect_mapping, normalise_name
from prevista.core.ingest.readers.raw import RawTable
from prevista.privacy.schema import Role, TableKind
from tests.paths import real_export


def raw(name: str, columns: dict[str, list[str]], delimiter: str = ",") -> RawTable:
    return RawTable(Path(name), pl.DataFrame(columns), "csv", "0" * 64, "utf-8", delimiter)


def roles(mapping) -> dict[str, Role]:
    return {c.column: c.role for c in mapping.columns}


def test_names_are_normalised() -> None:
    assert normalise_name("CreatedDate") == "created date"
    assert normalise_name("Person - E-mail") == "person e mail"


@pytest.mark.parametrize(
    ("headers", "preset", "kind", "id_column"),
    [
        (["Record ID", "First Name", "Last Name", "Email", "Create Date", "Lifecycle Stage"], "hubspot", TableKind.CUSTOMERS, "Record ID"),
        (["AccountId", "FirstName", "LastName", "Email", "CreatedDate", "HasOptedOutOfEmail"], "salesforce", TableKind.CUSTOMERS, "AccountId"),
        (["Deal - ID", "Person - ID", "Person - Name", "Deal - Value", "Deal - Status", "Deal - Won time"], "pipedrive", TableKind.TRANSACTIONS, "Person - ID"),
        (["Record Id", "Contact Name", "Email", "Created Time", "Email Opt Out", "Contact Owner"], "zoho", TableKind.CUSTOMERS, "Record Id"),
    ],
)
def test_crm_presets(headers, preset, kind, id_column) -> None:
    values = {
        h: (["2024-01-0%d" % (i + 1) for i in range(3)] if "time" in h.lower() or "date" in h.lower()
            else ["true", "false", "true"] if "opt" in h.lower() else [str(i + 10) for i in range(3)])
        for h in headers
    }
    mapping = detect_mapping(raw("export.csv", values))
    assert (mapping.preset, mapping.kind, mapping.id_column()) == (preset, kind, id_column)
    for column in mapping.columns:
        if any(word in column.column.lower() for word in ("name", "email")) and "opt" not in column.column.lower():
            assert column.role is Role.IDENTIFIER, column


def test_real_bank_export_maps_identifiers_away_and_finds_the_label() -> None:
    from prevista.core.ingest.readers import read_source

    mapping = detect_mapping(read_source(real_export("bank_churn.csv")))
    found = roles(mapping)
    assert mapping.id_column() == "CustomerId"
    assert found["Surname"] is Role.IDENTIFIER and found["RowNumber"] is Role.IGNORE
    assert found["Exited"] is Role.LABEL and found["Age"] is Role.NUMBER


def test_content_decides_unknown_columns_and_special_categories_are_flagged() -> None:
    mapping = detect_mapping(raw("klienci.csv", {
        "Nr klienta": ["1", "2", "3"],
        "Kontakt": ["a@b.pl", "c@d.cz", "e@f.de"],
        "Data rejestracji": ["01.02.2024", "13.03.2024", "28.02.2024"],
        "Kwota": ["12,50", "3,00", "1 200,00"],
        "Health condition": ["x", "y", "x"],
    }, delimiter=";"))
    found = {c.column: c for c in mapping.columns}
    assert mapping.id_column() == "Nr klienta"
    assert found["Kontakt"].role is Role.IDENTIFIER
    assert (found["Data rejestracji"].role, found["Data rejestracji"].fmt) == (Role.DATE, "%d.%m.%Y")
    assert found["Kwota"].role is Role.NUMBER and found["Kwota"].fmt.startswith("thousands-space")
    assert found["Health condition"].special_category == "health"
