"""GDPR Art. 9 data is recognised by column name in the six UI languages and by its values, refused
without recorded consent, and listed in the Art. 30 record when imported with consent.

Written as an attacker (or a careless user) would try to slip special-category data past the
import: synonyms, another language, a compound word, an innocuous name over telling values."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import polars as pl
import pytest

from prevista.core.ingest.detection import detect_mapping
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.core.ingest.readers.raw import RawTable
from prevista.core.reports.art30 import SpecialCategoryColumn, record_of_processing, render_html
from prevista.privacy.schema import Meta, Role, TableKind
from prevista.privacy.store import ProjectStore
from tests.core.conftest import customers_frame, write_csv

HEALTH, RELIGION, ETHNICITY = "health", "religion or belief", "racial or ethnic origin"
POLITICS, UNION, SEXUAL = "political opinion", "trade-union membership", "sex life or sexual orientation"
GENETIC, BIOMETRIC = "genetic data", "biometric data"

SPECIAL_NAMES = {
    # the review's misses and the English synonyms
    "HIV status": HEALTH, "Medication": HEALTH, "Disease": HEALTH, "Denomination": RELIGION,
    "Party affiliation": POLITICS, "Blood type": HEALTH, "Glaube": RELIGION, "Mental state": HEALTH,
    "Smoker": HEALTH, "Religion": RELIGION, "Health condition": HEALTH, "Diagnosis": HEALTH, "Condition": HEALTH,
    "Chronic condition": HEALTH, "Illness": HEALTH, "Medicine": HEALTH, "Prescription": HEALTH,
    "Treatment": HEALTH, "Disability": HEALTH, "Handicap": HEALTH, "Mental health": HEALTH,
    "Pregnancy": HEALTH, "Allergies": HEALTH, "Health status": HEALTH, "Faith": RELIGION, "Church": RELIGION,
    "Belief": RELIGION, "Ethnicity": ETHNICITY, "Race": ETHNICITY, "Ethnic origin": ETHNICITY,
    "Political opinion": POLITICS, "Political party": POLITICS, "Trade union membership": UNION,
    "Union member": UNION, "Sexual orientation": SEXUAL, "Sex life": SEXUAL, "Genetic data": GENETIC,
    "DNA sample": GENETIC, "Biometric data": BIOMETRIC, "Fingerprint": BIOMETRIC, "FaceID": BIOMETRIC,
    # German
    "Konfession": RELIGION, "Religionszugehörigkeit": RELIGION, "Gesundheit": HEALTH,
    "Gesundheitszustand": HEALTH, "Krankheit": HEALTH, "Vorerkrankungen": HEALTH, "Diagnose": HEALTH,
    "Medikament": HEALTH, "Behinderung": HEALTH, "Gewerkschaft": UNION, "Partei": POLITICS,
    "Parteizugehörigkeit": POLITICS, "Ethnische Herkunft": ETHNICITY, "Sexuelle Orientierung": SEXUAL,
    # Polish
    "Wyznanie": RELIGION, "Religia": RELIGION, "Zdrowie": HEALTH, "Stan zdrowia": HEALTH, "Choroba": HEALTH,
    "Lek": HEALTH, "Leki": HEALTH, "Niepełnosprawność": HEALTH, "Związek zawodowy": UNION, "Partia": POLITICS,
    "Przynależność partyjna": POLITICS, "Pochodzenie etniczne": ETHNICITY, "Orientacja seksualna": SEXUAL,
    # Czech
    "Náboženství": RELIGION, "Vyznání": RELIGION, "Zdraví": HEALTH, "Zdravotní stav": HEALTH, "Nemoc": HEALTH,
    "Lék": HEALTH, "Léky": HEALTH, "Postižení": HEALTH, "Odbory": UNION, "Strana": POLITICS,
    "Politická strana": POLITICS, "Etnický původ": ETHNICITY, "Sexuální orientace": SEXUAL,
    # Danish
    "Trosretning": RELIGION, "Helbred": HEALTH, "Helbredstilstand": HEALTH, "Sygdom": HEALTH,
    "Medicin": HEALTH, "Fagforening": UNION, "Parti": POLITICS, "Etnisk oprindelse": ETHNICITY,
    "Seksuel orientering": SEXUAL,
    # Swedish
    "Trosuppfattning": RELIGION, "Hälsa": HEALTH, "Hälsotillstånd": HEALTH, "Sjukdom": HEALTH,
    "Läkemedel": HEALTH, "Funktionsnedsättning": HEALTH, "Fackförbund": UNION, "Etnicitet": ETHNICITY,
    "Sexuell läggning": SEXUAL,
}

# Ordinary CRM columns that contain one of those words but carry no Art. 9 data.
CRM_NAMES = (
    "Third party ID", "Third-party source", "Counterparty", "Payment condition", "Terms and conditions",
    "Delivery conditions", "European Union", "EU (European Union) member", "Credit union", "Trace ID",
    "Health score", "Account health", "Customer health", "Health check date", "Disabled", "Account disabled",
    "Diagnostics", "Tax treatment", "Lekcja", "Recepcja", "Hospitality", "Invalid email", "Plan", "Country",
    "Lead source", "Page orientation", "Race date", "Union ID", "Strana 2", "Herkunft", "Vertragspartei",
    "Hälsning", "Customer ID", "Segment", "Status",
)


def raw(columns: dict[str, list[str]], name: str = "customers.csv") -> RawTable:
    return RawTable(Path(name), pl.DataFrame(columns), "csv", "0" * 64, "utf-8", ",")


def detected(header: str, values: list[str]) -> str | None:
    count = len(values)
    mapping = detect_mapping(raw({"Customer ID": [f"C{i}" for i in range(count)], header: values}),
                             TableKind.CUSTOMERS)
    return mapping.column(header).special_category


@pytest.mark.parametrize(("header", "category"), sorted(SPECIAL_NAMES.items()))
def test_special_category_names_in_six_languages(header: str, category: str) -> None:
    assert detected(header, ["a", "b", "a", "c"] * 10) == category


@pytest.mark.parametrize("header", CRM_NAMES)
def test_ordinary_crm_columns_are_not_special(header: str) -> None:
    assert detected(header, ["a", "b", "a", "c"] * 10) is None


MEALS = ["None", "Vegetarian", "Vegan", "Halal", "Kosher", "None", "None", "Gluten free"] * 10


@pytest.mark.parametrize(("header", "values", "category"), [
    ("Meal preference", MEALS, RELIGION),
    ("Group", ["Roman Catholic", "Protestant", "None", "Muslim", "Orthodox", "Atheist"] * 10, RELIGION),
    ("Skupina", ["Katolická", "Evangelický", "Bez vyznání", "Židovská"] * 10, RELIGION),
    ("Profile", ["Diabetes", "Asthma", "none", "Hypertension", "none", "Depression"] * 10, HEALTH),
    ("Kategorie", ["Cukrovka", "Astma", "žádná", "žádná"] * 10, HEALTH),
    ("Affinity", ["Labour", "Conservative", "Lib Dem", "Other"] * 10, POLITICS),
    ("Sympatia", ["PiS", "KO", "PSL", "Lewica", "brak"] * 10, POLITICS),
    ("Background", ["Caucasian", "Hispanic", "Asian British", "Mixed race"] * 10, ETHNICITY),
])
def test_values_reveal_a_special_category_under_an_innocuous_name(header: str, values: list[str],
                                                                   category: str) -> None:
    assert detected(header, values) == category


@pytest.mark.parametrize(("header", "values"), [
    ("Colour", ["Black", "White", "Red", "Blue"] * 10),  # colours are not ethnicities
    ("Souhlas", ["ano", "ne"] * 20),  # Czech yes/no is not the party ANO
    ("Source", ["KO", "Web", "Fair", "Referral"] * 10),  # one party-like value is no party column
    ("Product", [f"Product {i}" for i in range(45)] + ["Halal chicken"]),  # one item of a long catalogue
    ("Segment", ["Consumer", "Corporate", "Home Office"] * 10),
])
def test_ordinary_values_are_not_special(header: str, values: list[str]) -> None:
    assert detected(header, values) is None


def _export(tmp_path: Path, column: str, values: list[str]) -> Path:
    frame = customers_frame()
    return write_csv(frame.with_columns(pl.Series(column, (values * frame.height)[:frame.height])),
                     tmp_path / "customers.csv")


@pytest.mark.parametrize(("column", "values", "category"), [
    ("Meal preference", MEALS, RELIGION),
    ("HIV status", ["positive", "negative", "unknown"], HEALTH),
    ("Glaube", ["a", "b"], RELIGION),
])
def test_import_refuses_without_consent_and_lists_the_column_in_art30_with_it(
        tmp_path: Path, store: ProjectStore, options: ImportOptions, column: str, values: list[str],
        category: str) -> None:
    path = _export(tmp_path, column, values)
    plan, result = run_import(store, [path], options, accept_warnings=True)
    assert result is None and [f.code for f in plan.report.refusals] == ["special-category"]
    assert not store.has_table("customers")

    consented = replace(options, allow_special=frozenset({column}), roles={column: Role.CATEGORY})
    plan, result = run_import(store, [path], consented, accept_warnings=True)
    assert result is not None, plan.report.to_text()
    assert column in store.read_table("customers").columns
    assert store.meta(Meta.SCHEMA, {})["customers"][column]["special_category"] == category
    assert store.log.entries()[-1]["special_categories_with_explicit_consent"] == [category]

    record = record_of_processing(store)
    assert record.special_category_columns == (SpecialCategoryColumn("customers", column, category),)
    assert record.special_categories == (category,)
    html = render_html(record)
    assert column in html and category in html


def test_art30_says_no_special_category_column_when_none_is_stored(tmp_path: Path, store: ProjectStore,
                                                                   options: ImportOptions) -> None:
    run_import(store, [write_csv(customers_frame(), tmp_path / "customers.csv")], options, accept_warnings=True)
    record = record_of_processing(store)
    assert record.special_category_columns == () and record.special_categories == ()
    assert "No special-category column is stored." in render_html(record)
