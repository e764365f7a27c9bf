"""How re-identifiable the stored customers still are, in the terms a DPO knows from ARX and sdcMicro.

Pseudonymization removes names and IDs, but attributes that stay for analysis
(postcode, birth year, gender, country, plan…) can still single a person out
when combined.  Records sharing the same combination form an *equivalence
class*; the smaller the class, the easier an attacker who knows those
attributes can pick the person out.  Only counts and shares leave this module:
never a value, a key or a row.

Attacker models, as in ARX:

* prosecutor — knows the person is in the data: risk of a record = 1 / its class size;
* journalist — knows only that the person is in a wider population; with no
  population table the dataset is taken as the population, so it equals the
  prosecutor risk;
* marketer — re-identifies as many records as possible: expected share =
  number of classes / number of records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import polars as pl

from prevista.core.ingest.mapping import StoredColumn, StoredSchema
from prevista.core.project.settings import settings
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.schema import KEY, Meta, Role, TableKind
from prevista.privacy.store import ProjectStore

TABLE = TableKind.CUSTOMERS.value
QI_MEANINGS = {"quasi_identifier", "birth", "age", "gender", "plan"}
QI_NAME = re.compile(r"post ?code|postal|zip|birth|\bage\b|gender|\bsex\b|country|city|region|plan", re.IGNORECASE)
NOT_ATTRIBUTES = {Role.CUSTOMER_ID.value, Role.IDENTIFIER.value, Role.LABEL.value, Role.CONSENT.value,
                  Role.TEXT.value, Role.IGNORE.value}
HIGH_UNIQUE_SHARE = 0.01  # more than 1 % of customers unique on the quasi-identifiers
HIGH_BELOW_K_SHARE = 0.05  # more than 5 % in classes smaller than k
MAX_SUGGESTIONS = 3
JOURNALIST_NOTE = QT_TRANSLATE_NOOP("Reports", "No population table is available, so the dataset itself is taken as "
                                    "the population: journalist risk equals prosecutor risk.")
MARKETER_NOTE = QT_TRANSLATE_NOOP("Reports", "Marketer risk is the expected share of records re-identified when every "
                                  "record is attacked; it equals the average prosecutor risk.")
NOTHING_STORED = QT_TRANSLATE_NOOP("Reports", "No customer records are stored, so no one can be re-identified from "
                                   "them.")
NO_QUASI_IDENTIFIERS = QT_TRANSLATE_NOOP("Reports", "No quasi-identifiers remain in the stored customer table: all {0} "
                                         "customers look alike on what an attacker could know. Re-identification "
                                         "risk is low.")
# one sentence per level, so that the level is translated with the sentence it ends
SUMMARIES = {
    "low": QT_TRANSLATE_NOOP("Reports", "On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in "
                             "groups smaller than k = {6}. Re-identification risk is low."),
    "medium": QT_TRANSLATE_NOOP("Reports", "On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are "
                                "in groups smaller than k = {6}. Re-identification risk is medium."),
    "high": QT_TRANSLATE_NOOP("Reports", "On {0}: {1} of {2} customers ({3:.1%}) are unique and {4} ({5:.1%}) are in "
                              "groups smaller than k = {6}. Re-identification risk is high."),
}
SUGGESTIONS = {
    "postcode": QT_TRANSLATE_NOOP("Reports", "generalise '{0}' to its first two digits"),
    "birth_year": QT_TRANSLATE_NOOP("Reports", "band '{0}' into 10-year groups, or drop the birth date"),
    "age": QT_TRANSLATE_NOOP("Reports", "drop '{0}' or band it into 10-year groups"),
    "location": QT_TRANSLATE_NOOP("Reports", "generalise '{0}' to region or country, or drop it"),
    "numeric": QT_TRANSLATE_NOOP("Reports", "band '{0}' into a few ranges, or drop it"),
}
MERGE_RARE = QT_TRANSLATE_NOOP("Reports", "merge values of '{0}' held by fewer than {1} customers into 'Other', or drop "
                               "it")


RiskLevel = Literal["low", "medium", "high"]


@dataclass(frozen=True)
class ProsecutorRisk:
    """The attacker knows the person is in the data: the risk of a record is 1 / its class size."""

    max: float
    average: float


@dataclass(frozen=True)
class JournalistRisk:
    max: float
    average: float
    note: str


@dataclass(frozen=True)
class MarketerRisk:
    value: float
    note: str


@dataclass(frozen=True)
class ColumnEffect:
    """What one quasi-identifier adds: the risk left once it is dropped, so a DPO sees which to coarsen first."""

    column: str
    unique_share_without: float
    below_k_share_without: float
    unique_records_removed: int
    below_k_records_removed: int


@dataclass(frozen=True)
class ReidentificationRisk:
    """The assessment of the stored customer table; field names are the JSON keys of ``report reid --json``."""

    table: str
    records: int
    k: int
    quasi_identifiers: tuple[str, ...]
    equivalence_classes: int
    smallest_class: int
    unique_records: int
    unique_share: float
    below_k_records: int
    below_k_share: float
    prosecutor_risk: ProsecutorRisk
    journalist_risk: JournalistRisk
    marketer_risk: MarketerRisk
    level: RiskLevel
    columns: tuple[ColumnEffect, ...]
    suggestions: tuple[str, ...]
    summary: str


@dataclass(frozen=True)
class QuasiIdentifier:
    """One attribute an attacker could know, with how it was derived from the stored column."""

    label: str
    column: str
    kind: str  # postcode, birth_year, age, location, numeric, categorical


@dataclass(frozen=True)
class ClassStats:
    records: int
    classes: int
    unique: int
    below_k: int
    smallest: int

    @property
    def unique_share(self) -> float:
        return self.unique / self.records if self.records else 0.0

    @property
    def below_k_share(self) -> float:
        return self.below_k / self.records if self.records else 0.0


def _kind(column: str, spec: StoredColumn, dtype: pl.DataType) -> str:
    name = f"{column} {spec.get('meaning') or ''}".lower()
    if spec.get("role") == Role.DATE.value:
        return "birth_year"
    if re.search(r"post ?code|postal|zip", name):
        return "postcode"
    if re.search(r"\bage\b", name):
        return "age"
    if re.search(r"city|region", name):
        return "location"
    return "numeric" if dtype.is_numeric() else "categorical"


def _is_quasi_identifier(column: str, spec: StoredColumn) -> bool:
    if spec.get("role") in NOT_ATTRIBUTES:
        return False
    if spec.get("role") == Role.DATE.value:
        return spec.get("meaning") == "birth" or "birth" in column.lower()
    return spec.get("meaning") in QI_MEANINGS or bool(QI_NAME.search(column))


def quasi_identifiers(schema: StoredSchema, frame: pl.DataFrame) -> list[QuasiIdentifier]:
    """Decided from the saved column roles and meanings, so it works for any CRM export."""
    found = []
    for column, spec in schema.get(TABLE, {}).items():
        if column in frame.columns and _is_quasi_identifier(column, spec):
            kind = _kind(column, spec, frame.schema[column])
            label = f"Birth year (from '{column}')" if kind == "birth_year" else column
            found.append(QuasiIdentifier(label, column, kind))
    return found


def _birth_year(frame: pl.DataFrame, column: str) -> pl.Expr:
    if frame.schema[column].is_temporal():
        return pl.col(column).dt.year()
    return pl.col(column).cast(pl.String).str.extract(r"(\d{4})")


def _attribute_frame(frame: pl.DataFrame, qis: list[QuasiIdentifier]) -> pl.DataFrame:
    """One column per quasi-identifier, named by its label; a birth date counts only by its year."""
    return frame.select([
        (_birth_year(frame, q.column) if q.kind == "birth_year" else pl.col(q.column)).alias(q.label) for q in qis
    ])


def class_stats(attributes: pl.DataFrame, k: int, records: int) -> ClassStats:
    """Equivalence classes over all columns of ``attributes`` (a missing value is a value of its own).

    ``records`` is passed in because a frame without columns has no rows in polars.
    """
    if records == 0:
        return ClassStats(0, 0, 0, 0, 0)
    if attributes.width == 0:
        return ClassStats(records, 1, int(records == 1), records if records < k else 0, records)
    sizes = attributes.group_by(attributes.columns).len()["len"]
    smallest = sizes.min()  # an int: the sizes are counts, and there is at least one class
    return ClassStats(records, sizes.len(), int((sizes == 1).sum()), int(sizes.filter(sizes < k).sum()),
                      smallest if isinstance(smallest, int) else 0)


def _level(stats: ClassStats, qis: list[QuasiIdentifier]) -> RiskLevel:
    if not qis or stats.below_k == 0:
        return "low"
    if stats.unique_share > HIGH_UNIQUE_SHARE or stats.below_k_share > HIGH_BELOW_K_SHARE:
        return "high"
    return "medium"


def _suggestion(qi: QuasiIdentifier, k: int) -> str:
    return SUGGESTIONS[qi.kind].format(qi.label) if qi.kind in SUGGESTIONS else MERGE_RARE.format(qi.label, k)


def _contributions(attributes: pl.DataFrame, k: int, base: ClassStats) -> tuple[ColumnEffect, ...]:
    """What each column adds: uniqueness once it is dropped, the biggest reduction first."""
    effects = []
    for column in attributes.columns:
        without = class_stats(attributes.drop(column), k, base.records)
        effects.append(ColumnEffect(column, without.unique_share, without.below_k_share,
                                    base.unique - without.unique, base.below_k - without.below_k))
    return tuple(sorted(effects, key=lambda e: (-e.unique_records_removed, -e.below_k_records_removed, e.column)))


def _suggestions(level: RiskLevel, contributions: tuple[ColumnEffect, ...], qis: list[QuasiIdentifier],
                 k: int) -> tuple[str, ...]:
    if level == "low":
        return ()
    by_label = {q.label: q for q in qis}
    helpful = [c for c in contributions if c.unique_records_removed > 0 or c.below_k_records_removed > 0]
    return tuple(_suggestion(by_label[c.column], k) for c in (helpful or contributions)[:MAX_SUGGESTIONS])


def _summary(stats: ClassStats, qis: list[QuasiIdentifier], level: str, k: int) -> str:
    if stats.records == 0:
        return NOTHING_STORED
    if not qis:
        return NO_QUASI_IDENTIFIERS.format(stats.records)
    return SUMMARIES[level].format(", ".join(q.label for q in qis), stats.unique, stats.records, stats.unique_share,
                                   stats.below_k, stats.below_k_share, k)


def risk_from_frame(frame: pl.DataFrame, schema: StoredSchema, k: int) -> ReidentificationRisk:
    """The whole assessment for one customer table; separate from the store so it can be checked by hand."""
    qis = quasi_identifiers(schema, frame)
    attributes = _attribute_frame(frame.drop(KEY, strict=False), qis)
    stats = class_stats(attributes, k, frame.height)
    level = _level(stats, qis)
    contributions = _contributions(attributes, k, stats)
    prosecutor_max = 1 / stats.smallest if stats.records else 0.0
    average = stats.classes / stats.records if stats.records else 0.0
    return ReidentificationRisk(
        table=TABLE,
        records=stats.records,
        k=k,
        quasi_identifiers=tuple(q.label for q in qis),
        equivalence_classes=stats.classes,
        smallest_class=stats.smallest,
        unique_records=stats.unique,
        unique_share=stats.unique_share,
        below_k_records=stats.below_k,
        below_k_share=stats.below_k_share,
        prosecutor_risk=ProsecutorRisk(prosecutor_max, average),
        journalist_risk=JournalistRisk(prosecutor_max, average, JOURNALIST_NOTE),
        marketer_risk=MarketerRisk(average, MARKETER_NOTE),
        level=level,
        columns=contributions,
        suggestions=_suggestions(level, contributions, qis, k),
        summary=_summary(stats, qis, level, k),
    )


def reidentification_risk(store: ProjectStore) -> ReidentificationRisk:
    """The risk of the customer table as stored, i.e. after pseudonymization and opt-out removal."""
    frame = store.read_table(TABLE) if store.has_table(TABLE) else pl.DataFrame(schema={KEY: pl.UInt32})
    return risk_from_frame(frame, store.meta(Meta.SCHEMA, {}), settings(store).min_segment_size)
