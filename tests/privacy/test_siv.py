"""The batched AES-SIV must give the library's ciphertext byte for byte: a token that differed would stop a
re-imported customer from joining the one stored (``test_pseudonym.py`` holds the format's known answer)."""

from __future__ import annotations

import numpy as np
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from hypothesis import given, settings
from hypothesis import strategies as st

from prevista.privacy.siv import BatchSiv

KEYS = st.sampled_from([32, 48, 64]).flatmap(lambda size: st.binary(min_size=size, max_size=size))


@settings(max_examples=300, deadline=None)
@given(KEYS, st.integers(0, 70).flatmap(lambda length: st.lists(st.binary(min_size=length, max_size=length),
                                                               min_size=1, max_size=6)))
def test_a_batch_is_the_librarys_encryption_of_each_message(key: bytes, messages: list[bytes]) -> None:
    rows = np.frombuffer(b"".join(messages), np.uint8).reshape(len(messages), -1)
    sealed = BatchSiv(key).seal(rows)
    assert [row.tobytes() for row in sealed] == [AESSIV(key).encrypt(message, None) for message in messages]


def test_every_length_around_the_block_boundaries() -> None:
    """CMAC and counter mode change at each multiple of 16 bytes: every length to four blocks, one key."""
    key = bytes(range(64))
    rng = np.random.default_rng(0)
    for length in range(0, 66):
        rows = rng.integers(0, 256, (3, length), dtype=np.uint8)
        assert [row.tobytes() for row in BatchSiv(key).seal(rows)] == \
            [AESSIV(key).encrypt(row.tobytes(), None) for row in rows], length
