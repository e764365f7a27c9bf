"""The key hierarchy below the passphrase.

A random 256-bit master key is wrapped by the passphrase's key-encryption
key; separate subkeys for storage, encrypted IDs, the identity table and the
log are derived from it with HKDF, so no key serves two purposes and changing
the passphrase re-wraps one key without touching any data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

NONCE_BYTES = 12


def hkdf(master: bytes, label: str, length: int) -> bytes:
    """A subkey bound to ``label``."""
    return HKDF(
        algorithm=hashes.SHA256(), length=length, salt=None, info=f"prevista/v1/{label}".encode()
    ).derive(master)


def wrap_key(kek: bytes, key: bytes, context: bytes) -> bytes:
    """AES-GCM wrap: nonce ‖ ciphertext, bound to ``context``."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(kek).encrypt(nonce, key, context)


def unwrap_key(kek: bytes, wrapped: bytes, context: bytes) -> bytes:
    """Inverse of :func:`wrap_key`; raises ``InvalidTag`` on any mismatch."""
    if len(wrapped) <= NONCE_BYTES:
        raise InvalidTag()
    return AESGCM(kek).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], context)


@dataclass(frozen=True, repr=False)
class KeyRing:
    """Subkeys of one unlocked project; never printed, never written unwrapped."""

    storage: bytes
    manifest: bytes
    encrypted_ids: bytes
    identity: bytes
    log: bytes
    lookup: bytes

    @classmethod
    def from_master(cls, master: bytes) -> "KeyRing":
        return cls(
            storage=hkdf(master, "storage", 32),
            manifest=hkdf(master, "manifest", 32),
            encrypted_ids=hkdf(master, "encrypted-ids", 64),
            identity=hkdf(master, "identity", 32),
            log=hkdf(master, "log", 32),
            lookup=hkdf(master, "lookup", 32),
        )

    def __repr__(self) -> str:
        return "KeyRing(<redacted>)"
