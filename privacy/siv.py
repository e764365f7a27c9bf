"""AES-SIV (RFC 5297, no associated data) for many messages of one length at once.

An import encrypts every distinct customer ID, and ``AESSIV.encrypt`` takes one message a call: a million
IDs took 1.45 s of Python holding the interpreter lock, slowing the checking of the next file beside it.
AES-SIV is AES run twice over each message (S2V, a CMAC of it, gives the synthetic IV; counter mode under
the IV encrypts it), and AES on many independent blocks is one library call in ECB mode.  So the messages
go through each AES step together, and only the steps' few XORs, the padding and the counters are done here,
with numpy, as RFC 5297 and RFC 4493 (CMAC) write them: 0.1 s for a million ten-byte IDs.

Nothing here is a new construction: the output is ``AESSIV(key).encrypt(message, None)`` byte for byte,
which ``tests/privacy/test_siv.py`` checks against the library for every length up to several blocks, and
the project's known-answer vector checks for the token format.  Decryption stays with the library.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 16
_R128 = 0x87  # the reduction constant of doubling in GF(2^128)


def _doubled(block: bytes) -> bytes:
    """RFC 5297's dbl(): the 128-bit string shifted left by one, reduced."""
    value = int.from_bytes(block, "big")
    value = ((value << 1) & ((1 << 128) - 1)) ^ (_R128 if value >> 127 else 0)
    return value.to_bytes(BLOCK, "big")


def _aes_blocks(key: bytes) -> Callable[[np.ndarray], np.ndarray]:
    """AES under ``key`` applied to each 16-byte row of an array (ECB: every block on its own)."""
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()

    def apply(blocks: np.ndarray) -> np.ndarray:
        out = encryptor.update(np.ascontiguousarray(blocks, dtype=np.uint8).tobytes())
        return np.frombuffer(out, dtype=np.uint8).reshape(blocks.shape)

    return apply


class BatchSiv:
    """``AESSIV(key).encrypt(message, None)`` for the rows of an array of messages of one length."""

    def __init__(self, key: bytes) -> None:
        if len(key) not in (32, 48, 64):
            raise ValueError("AES-SIV takes a 256, 384 or 512-bit key.")
        half = len(key) // 2
        self._mac, self._ctr = _aes_blocks(key[:half]), _aes_blocks(key[half:])
        subkey = _doubled(self._mac(np.zeros((1, BLOCK), np.uint8)).tobytes())  # CMAC's K1 (RFC 4493)
        self._complete = np.frombuffer(subkey, np.uint8)
        self._partial = np.frombuffer(_doubled(subkey), np.uint8)  # CMAC's K2, for a padded last block
        zero = self._cmac(np.zeros((1, BLOCK), np.uint8))[0].tobytes()  # S2V's D = CMAC(K, <zero>)
        self._d = np.frombuffer(zero, np.uint8)
        self._dd = np.frombuffer(_doubled(zero), np.uint8)

    def seal(self, messages: np.ndarray) -> np.ndarray:
        """Each row's synthetic IV and ciphertext (``rows × (16 + length)`` bytes)."""
        length = messages.shape[1]
        iv = self._cmac(self._s2v_last(messages))
        counter = iv.copy()
        counter[:, 8] &= 0x7F  # RFC 5297 2.6: the top bits of the last two 32-bit words are cleared
        counter[:, 12] &= 0x7F
        return np.concatenate([iv, messages ^ self._keystream(counter, length)], axis=1)

    def _s2v_last(self, messages: np.ndarray) -> np.ndarray:
        """S2V's last string T for a vector holding only the message: xorend with D when the message is a block
        or longer, else padded and XORed with dbl(D)."""
        rows, length = messages.shape
        if length >= BLOCK:
            last = messages.copy()
            last[:, length - BLOCK:] ^= self._d
            return last
        padded = np.zeros((rows, BLOCK), np.uint8)
        padded[:, :length] = messages
        padded[:, length] = 0x80
        return padded ^ self._dd

    def _cmac(self, messages: np.ndarray) -> np.ndarray:
        """RFC 4493's CMAC of each row (S2V's rows are never empty): CBC-MAC with the last block masked."""
        rows, length = messages.shape
        blocks = -(-length // BLOCK)
        chained = np.zeros((rows, blocks * BLOCK), np.uint8)
        chained[:, :length] = messages
        if length % BLOCK:
            chained[:, length] = 0x80
            chained[:, -BLOCK:] ^= self._partial
        else:
            chained[:, -BLOCK:] ^= self._complete
        state = np.zeros((rows, BLOCK), np.uint8)
        for start in range(0, blocks * BLOCK, BLOCK):
            state = self._mac(state ^ chained[:, start:start + BLOCK])
        return state

    def _keystream(self, counter: np.ndarray, length: int) -> np.ndarray:
        """Counter mode's first ``length`` bytes from each row's counter.  The cleared top bit of the last
        32-bit word means adding a block number below 2^31 never carries out of it."""
        rows = counter.shape[0]
        blocks = -(-length // BLOCK)
        counters = np.repeat(counter[:, None, :], blocks, axis=1)
        low = counters[..., 12:].copy().view(">u4")[..., 0] + np.arange(blocks, dtype=np.uint32)
        counters[..., 12:] = low.astype(">u4")[..., None].view(np.uint8)
        return self._ctr(counters.reshape(-1, BLOCK)).reshape(rows, blocks * BLOCK)[:, :length]
