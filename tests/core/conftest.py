"""Small hand-made exports for import tests (the demo data covers the realistic case)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from prevista.core.ingest.importer import ImportOptions

CUSTOMERS = 80


def customers_frame(count: int = CUSTOMERS) -> pl.DataFrame:
    return pl.DataFrame({
        "Customer ID": [f"C{1000 + i}" for i in range(count)],
        "First Name": [f"Name{i}" for i in range(count)],
        "Email": [f"person{i}@example.org" for i in range(count)],
        "Signup Date": [f"{(i % 28) + 1:02d}.{(i % 12) + 1:02d}.2023" for i in range(count)],
        "Plan": ["Pro" if i % 3 else "Basic" for i in range(count)],
        "Monthly Fee": [f"{10 + i % 7},50" for i in range(count)],
        "Opt Out": ["yes" if i in (3, 7) else "no" for i in range(count)],
        "Churned": ["Yes" if i % 5 == 0 else "No" for i in range(count)],
    })


def orders_frame(count: int = CUSTOMERS) -> pl.DataFrame:
    rows = [(f"C{1000 + (i % count)}", f"{(i % 28) + 1:02d}.{(i % 12) + 1:02d}.2024", f"{i % 90 + 5},00") for i in range(count * 3)]
    return pl.DataFrame(rows, schema=["Customer ID", "Order Date", "Amount"], orient="row")


def write_csv(frame: pl.DataFrame, path: Path, *, encoding: str = "utf-8") -> Path:
    text = frame.write_csv(separator=";")
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def exports(tmp_path: Path) -> dict[str, Path]:
    folder = tmp_path / "exports"
    folder.mkdir()
    return {
        "customers": write_csv(customers_frame(), folder / "customers.csv", encoding="cp1250"),
        "orders": write_csv(orders_frame(), folder / "orders.csv"),
    }


@pytest.fixture
def options() -> ImportOptions:
    return ImportOptions(operator="test operator")
