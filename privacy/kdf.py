"""Passphrase → key-encryption key with Argon2id.

Parameters are stored in the project header and checked against hard bounds
on every unlock, so a doctored header can neither weaken the derivation
(below the OWASP minimum) nor stall the app (absurd memory or time).
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from prevista.privacy.errors import DamagedProjectError, PrevistaError

# OWASP Password Storage Cheat Sheet: Argon2id with at least m=19 MiB, t=2, p=1.
MIN_MEMORY_KIB = 19 * 1024
MAX_MEMORY_KIB = 2 * 1024 * 1024
MIN_ITERATIONS = 2
MAX_ITERATIONS = 20
MAX_LANES = 8
SALT_BYTES = 16
MIN_PASSPHRASE_CHARS = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters as stored in the header.

    256 MiB keeps it memory-hard on a laptop and six passes make guessing
    costly.  Four lanes (RFC 9106's parallelism) are filled by one thread
    each: an attacker pays the same memory and passes, while an unlock uses
    the laptop's cores, 1.36 s with one lane and 0.79 s with four on the
    2-core reference machine (2026-12-05; ``tests/bench/bench_kdf.py``), and
    every command and every project opened in the app pays it.
    """

    memory_kib: int = 256 * 1024
    iterations: int = 6
    lanes: int = 4

    @classmethod
    def minimum(cls) -> "KdfParams":
        """The weakest parameters the header may carry (OWASP's floor); used by tests."""
        return cls(memory_kib=MIN_MEMORY_KIB, iterations=MIN_ITERATIONS, lanes=1)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> "KdfParams":
        """Parse and bound-check header parameters; anything odd is damage.

        Only plain JSON integers count: ``true``, ``19456.9``, ``"19456"`` or ``1e999``
        in a doctored header are refused rather than coerced (or crashing on infinity).
        """
        unreadable = DamagedProjectError("The project header is damaged: key-derivation parameters are unreadable.")
        try:
            values = [data[name] for name in ("memory_kib", "iterations", "lanes")]  # type: ignore[index]
        except (KeyError, TypeError, IndexError):
            raise unreadable from None
        if not all(type(value) is int for value in values):
            raise unreadable
        params = cls(*values)
        params.check_bounds()
        return params

    def check_bounds(self) -> None:
        ok = (
            MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_ITERATIONS <= self.iterations <= MAX_ITERATIONS
            and 1 <= self.lanes <= MAX_LANES
            and self.memory_kib >= 8 * self.lanes
        )
        if not ok:
            raise DamagedProjectError(
                "The project header is damaged: key-derivation parameters are out of the allowed range."
            )


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so the same passphrase typed on another OS or keyboard still unlocks."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_passphrase_length(passphrase: str) -> None:
    """The vault's own floor, whoever calls it: a store is never created or re-keyed under a passphrase too
    short to protect personal data.  The product's bar (core/project/passphrase.py) starts with this check."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise PrevistaError(
            f"The passphrase is too short: use at least {MIN_PASSPHRASE_CHARS} characters "
            "(a few unrelated words work well)."
        )


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte key-encryption key for ``passphrase``."""
    params.check_bounds()
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(normalise_passphrase(passphrase))
