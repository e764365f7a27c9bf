"""What an attacker does to a processing log: rebuild it, shorter or under a key of their own."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from prevista.privacy.processing_log import ProcessingLog, public_key_pem
from prevista.privacy.store import LOG_KEY_NAME, LOG_NAME

CHAIN_FIELDS = ("seq", "time", "prev", "hash", "sig")


def rebuild(root: Path, key: Ed25519PrivateKey, *, keep: int | None = None, replace_key_file: bool = False) -> None:
    """Write the project's log again, entry by entry (times kept), signed with ``key``; ``keep`` entries only.

    With a forger's own key this is what anyone who can write the folder can do; with the project's key
    it is what an insider who knows the passphrase can do."""
    path = root / LOG_NAME
    lines = path.read_bytes().splitlines()
    header = json.loads(lines[0])
    entries = [json.loads(line) for line in lines[1:-1]][:keep]
    path.unlink()
    log = ProcessingLog(path, key)
    log.create(header["project_id"])
    for entry in entries:
        log.append({k: v for k, v in entry.items() if k not in CHAIN_FIELDS}, now=datetime.fromisoformat(entry["time"]))
    if replace_key_file:
        (root / LOG_KEY_NAME).write_bytes(public_key_pem(key.public_key()))
