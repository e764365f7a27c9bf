"""The sealed-file format: chunked AES-GCM with the header as associated data.

Layout: ``MAGIC | version:u8 | chunk_size:u32 | nonce_prefix:7 | ctx_len:u16 |
context`` followed by ciphertext chunks.  Chunk *i* uses the nonce
``prefix ‖ i:u32 ‖ last:u8`` (the STREAM construction), so reordering,
truncation at a chunk boundary and appending are all detected; the context
names what the file is (e.g. ``table:<id>``) so a file swapped in from
elsewhere fails to open even under the right key.
"""

from __future__ import annotations

import os
import struct
from typing import Iterator

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from prevista.privacy.errors import DamagedProjectError

MAGIC = b"PREVSEAL"
VERSION = 1
CHUNK_SIZE = 1 << 20
TAG_BYTES = 16
_FIXED = struct.Struct(">BI7sH")


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


def seal(plaintext: bytes | memoryview, key: bytes, context: str) -> Iterator[bytes]:
    """Yield the sealed file's bytes piece by piece (header, then chunks)."""
    ctx = context.encode("utf-8")
    prefix = os.urandom(7)
    header = MAGIC + _FIXED.pack(VERSION, CHUNK_SIZE, prefix, len(ctx)) + ctx
    yield header
    aead = AESGCM(key)
    view = memoryview(plaintext)
    count = max(1, -(-len(view) // CHUNK_SIZE))
    for index in range(count):
        piece = view[index * CHUNK_SIZE : (index + 1) * CHUNK_SIZE]
        yield aead.encrypt(_nonce(prefix, index, index == count - 1), bytes(piece), header)


def _parse_header(blob: bytes, expected_context: str, what: str) -> tuple[bytes, int, bytes]:
    fixed_end = len(MAGIC) + _FIXED.size
    if len(blob) < fixed_end or not blob.startswith(MAGIC):
        raise DamagedProjectError(f"{what} is damaged: its header is not a Prevista sealed-file header.")
    version, chunk_size, prefix, ctx_len = _FIXED.unpack_from(blob, len(MAGIC))
    if version != VERSION or not (1024 <= chunk_size <= 64 * CHUNK_SIZE):
        raise DamagedProjectError(f"{what} is damaged: its header is not valid (format version {version}).")
    header_end = fixed_end + ctx_len
    context = blob[fixed_end:header_end].decode("utf-8", errors="replace")
    if len(blob) < header_end or context != expected_context:
        raise DamagedProjectError(
            f"{what} is damaged or was swapped in from elsewhere: it does not belong here."
        )
    return blob[:header_end], chunk_size, prefix


def unseal(blob: bytes, key: bytes, expected_context: str, what: str) -> bytes:
    """Decrypt and authenticate a whole sealed file; any change raises."""
    header, chunk_size, prefix = _parse_header(blob, expected_context, what)
    body = memoryview(blob)[len(header) :]
    step = chunk_size + TAG_BYTES
    count = max(1, -(-len(body) // step))
    aead = AESGCM(key)
    out = bytearray()
    try:
        for index in range(count):
            piece = body[index * step : (index + 1) * step]
            out += aead.decrypt(_nonce(prefix, index, index == count - 1), bytes(piece), header)
    except InvalidTag as exc:
        raise DamagedProjectError(
            f"{what} is damaged or has been tampered with: its data failed authentication "
            f"(chunk {index + 1} of {count})."
        ) from exc
    return bytes(out)
