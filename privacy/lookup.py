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

_PRINTABLE_ASCII = r"^[\x20-\x7e]*$"  # no tab, no line break, nothing beyond ASCII


def normalise_email(address: str) -> str:
    return address.strip().lower()


def email_token(key: bytes, address: str) -> str:
    mac = HMAC(key, SHA256())
    mac.update(normalise_email(address).encode("utf-8"))
    return mac.finalize().hex()


def email_tokens(key: bytes, addresses: pl.Series) -> pl.Series:
    """One token per address (null stays null): what :func:`email_token` gives, for a million addresses in
    under a second rather than three.

    Addresses of printable ASCII are normalised by polars, where trimming and lower-casing are the same
    as Python's; any other goes through :func:`normalise_email`.  The keyed state is set up once and
    copied per address, the only step left per address, a block of addresses at a time: the Python objects
    of one block are all that is held.  Every address is hashed, repeated or not: an import passes each
    customer's addresses once, and finding the distinct ones and bringing their tokens back to every row
    cost more (0.8 s and 0.5 GB for 2.5 million) than the few repeated addresses it saved."""
    normalised = addresses.str.strip_chars(" ").str.to_lowercase()
    other = (~addresses.str.contains(_PRINTABLE_ASCII)).fill_null(False).arg_true()
    if len(other):
        normalised = normalised.scatter(other, [normalise_email(address) for address in addresses.gather(other)])
    keyed = HMAC(key, SHA256())
    blocks = [_tokens(keyed, normalised.slice(start, _BLOCK)) for start in range(0, normalised.len(), _BLOCK)]
    return pl.concat(blocks or [pl.Series(dtype=pl.String)]).alias("token")


_BLOCK = 100_000


def _tokens(keyed: HMAC, addresses: pl.Series) -> pl.Series:
    digests: list[bytes | None] = []
    for address in addresses.cast(pl.Binary).to_list():
        if address is None:
            digests.append(None)
            continue
        mac = keyed.copy()
        mac.update(address)
        digests.append(mac.finalize())
    return pl.Series(digests, dtype=pl.Binary).bin.encode("hex")
