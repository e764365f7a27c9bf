"""Keyed lookups: find a customer by e-mail without storing the e-mail.

An opt-out often arrives as an e-mail address ("please stop"), while the
project keeps no e-mail addresses.  A keyed hash (HMAC-SHA-256 under a
project subkey) of the normalised address is stored instead: it matches the
same address again, but cannot be reversed or checked against a guessed
address by anyone without the project key.
"""

from __future__ import annotations

import polars as pl
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.hmac import HMAC

from prevista.privacy.distinct import distinct as distinct_values

_PRINTABLE_ASCII = r"^[\x20-\x7e]*$"  # no tab, no line break, nothing beyond ASCII


def normalise_email(address: str) -> str:
    return address.strip().lower()


def email_token(key: bytes, address: str) -> str:
    mac = HMAC(key, SHA256())
    mac.update(normalise_email(address).encode("utf-8"))
    return mac.finalize().hex()


def email_tokens(key: bytes, addresses: pl.Series) -> pl.Series:
    """One token per address (null stays null), each distinct address hashed once: what :func:`email_token`
    gives, for a million addresses in about a second rather than three.

    Addresses of printable ASCII are normalised by polars, where trimming and lower-casing are the same
    as Python's; any other goes through :func:`normalise_email`.  The keyed state is set up once and
    copied per address, the only step left per address."""
    distinct = distinct_values(addresses)
    plain = distinct.str.contains(_PRINTABLE_ASCII)
    ascii_only, other = distinct.filter(plain), distinct.filter(~plain)
    normalised = pl.concat([ascii_only.str.strip_chars(" ").str.to_lowercase(),
                            pl.Series([normalise_email(address) for address in other.to_list()], dtype=pl.String)])
    keyed = HMAC(key, SHA256())
    digests = []
    for address in normalised.cast(pl.Binary).to_list():
        mac = keyed.copy()
        mac.update(address)
        digests.append(mac.finalize())
    tokens = pl.Series(digests, dtype=pl.Binary).bin.encode("hex")
    mapping = pl.DataFrame({"address": pl.concat([ascii_only, other]), "token": tokens},
                           schema={"address": pl.String, "token": pl.String})
    return addresses.to_frame("address").join(mapping, on="address", how="left", maintain_order="left")["token"]
