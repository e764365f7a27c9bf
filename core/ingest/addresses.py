"""Customers named by their e-mail address, linked to the customer who has that address.

A shop's order export names the buyer only by e-mail address (Shopify's "Email"), and a newsletter tool's
activity the same, while the CRM's customer list has a customer number with the address beside it.  Keyed by
the address as written, each order's buyer would be a customer of their own, beside the same person under
their number: two half-customers, neither with the whole history.  So an address that one customer has, in
this import's other files or in what the project already holds (its keyed e-mail index: the project keeps no
address), stands for that customer; an address nobody has stays a customer of its own.
"""

from __future__ import annotations

from dataclasses import replace

import polars as pl

from prevista.core.ingest.quality import INFO, Finding
from prevista.core.ingest.staging import RAW_ID, StagedTable
from prevista.privacy.catalogue import QT_TRANSLATE_NOOP
from prevista.privacy.distinct import distinct, translated
from prevista.privacy.lookup import email_tokens
from prevista.privacy.pseudonym import EncryptedIds
from prevista.privacy.schema import KEY, Table
from prevista.privacy.store import ProjectStore

LINKED = QT_TRANSLATE_NOOP(
    "Findings",
    "{0} of {1} e-mail addresses belong to customers known by their customer number (in the other files or in "
    "the project) and stand for them; the other {2} are customers of their own")


def linked_by_address(store: ProjectStore, staged: list[StagedTable]) -> list[StagedTable]:
    """The staged tables, each keyed by address with its addresses replaced by the IDs of the customers who have
    them.  A table's rows hold their ID's place among its distinct IDs, so only those change."""
    if not any(table.keyed_by_address for table in staged):
        return staged
    owners = _owners(staged)
    return [_linked(store, table, owners) if table.keyed_by_address else table for table in staged]


def _owners(staged: list[StagedTable]) -> pl.DataFrame:
    """Each address one customer of the import's other files has (in lower case, as the IDs are), and that
    customer's ID.  An address two customers share (a family's, an office's) is nobody's: either would be a guess."""
    pairs = [table.emails for table in staged if not table.keyed_by_address]
    if not pairs:
        return pl.DataFrame(schema={RAW_ID: pl.String, "email": pl.String})
    found = pl.concat(pairs).with_columns(pl.col("email").str.to_lowercase()).unique()
    return found.filter(pl.col("email").is_unique())


def _linked(store: ProjectStore, table: StagedTable, owners: pl.DataFrame) -> StagedTable:
    addresses = table.distinct_ids
    here = translated(addresses, owners["email"], owners[RAW_ID])
    unowned = here.is_null() & addresses.is_not_null()
    stored = _stored_owners(store, addresses.filter(unowned))
    owner = here.scatter(unowned.arg_true(), stored)
    found = int(owner.is_not_null().sum())
    if not found:
        return table
    ids = owner.fill_null(addresses).alias(RAW_ID)
    note = Finding(INFO, "linked-by-address", LINKED.format(found, addresses.len(), addresses.len() - found),
                   table.source.name, table.mapping.id_column())
    report = replace(table.report, customers=distinct(ids).len())
    return replace(table, distinct_ids=ids, report=report, findings=[*table.findings, note])


def _stored_owners(store: ProjectStore, addresses: pl.Series) -> pl.Series:
    """For each address, the ID of the one customer the project holds it for (null for none, or for several).
    The project keeps each address only as a keyed token beside the customer's key, and the customer's ID
    encrypted: the ID is decrypted for the addresses found, and only for them."""
    nobody = pl.Series(RAW_ID, [None] * addresses.len(), dtype=pl.String)
    if not addresses.len() or not store.has_table(Table.EMAIL_INDEX):
        return nobody
    index = store.read_table(Table.EMAIL_INDEX).unique()
    index = index.filter(pl.col("token").is_unique())
    keys = translated(email_tokens(store.keys.lookup, addresses), index["token"], index[KEY])
    if not keys.is_not_null().any():
        return nobody
    subjects = store.read_table(Table.SUBJECTS)
    eids = translated(keys, subjects[KEY], subjects["eid"])
    encrypted = EncryptedIds(store.keys.encrypted_ids)
    return pl.Series(RAW_ID, [None if eid is None else encrypted.decrypt(eid) for eid in eids], dtype=pl.String)
