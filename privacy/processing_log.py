"""The processing log: one hash-chained JSON line per processing step.

Entries hold what a DPO needs (time, operator, action, purpose, legal basis,
data categories, counts, input hashes) and never personal data.  Each entry
carries the hash of the one before, so editing, deleting or reordering any
entry breaks the chain at a point ``verify`` can name.  The encrypted
manifest remembers the last committed entry, which also exposes truncation
to anyone holding the passphrase.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from privacy.atomic import atomic_write
from privacy.errors import DamagedProjectError, PrevistaError

FORMAT = "prevista-processing-log"
VERSION = 1

LEGAL_BASES = {
    "consent": "Art. 6(1)(a) GDPR — consent",
    "contract": "Art. 6(1)(b) GDPR — performance of a contract",
    "legitimate-interest": "Art. 6(1)(f) GDPR — legitimate interest",
}


def legal_basis_text(key: str) -> str:
    """The recorded wording for a legal-basis key; unknown keys are refused."""
    try:
        return LEGAL_BASES[key]
    except KeyError:
        choices = ", ".join(LEGAL_BASES)
        raise PrevistaError(f"Unknown legal basis '{key}': choose one of {choices}.") from None


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def entry_hash(entry: dict[str, Any]) -> str:
    body = {k: v for k, v in entry.items() if k != "hash"}
    return hashlib.sha256(canonical(body)).hexdigest()


@dataclass(frozen=True)
class Verification:
    """Outcome of checking a log: how many entries, and the first bad one if any."""

    entries: int
    first_bad: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad is None and self.problem is None


class ProcessingLog:
    """A log file; appends rewrite it atomically so a crash never leaves half a line."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @staticmethod
    def header_line(project_id: str) -> dict[str, Any]:
        return {"format": FORMAT, "version": VERSION, "project_id": project_id}

    def create(self, project_id: str) -> None:
        atomic_write(self.path, canonical(self.header_line(project_id)) + b"\n")

    def _lines(self) -> list[bytes]:
        try:
            return self.path.read_bytes().splitlines()
        except FileNotFoundError:
            raise DamagedProjectError(f"The processing log {self.path.name} is missing.") from None

    def _parse(self) -> tuple[dict[str, Any], list[dict[str, Any] | None]]:
        lines = self._lines()
        try:
            header = json.loads(lines[0])
            if header.get("format") != FORMAT:
                raise ValueError
        except (IndexError, ValueError, AttributeError):
            raise DamagedProjectError(f"The processing log {self.path.name} has a damaged header line.") from None
        entries: list[dict[str, Any] | None] = []
        for line in lines[1:]:
            try:
                parsed = json.loads(line)
                entries.append(parsed if isinstance(parsed, dict) else None)
            except ValueError:
                entries.append(None)
        return header, entries

    def verify(self) -> Verification:
        """Walk the chain; name the first entry (1-based) that does not fit."""
        header, entries = self._parse()
        prev = hashlib.sha256(canonical(header)).hexdigest()
        for number, entry in enumerate(entries, start=1):
            problem = self._entry_problem(entry, number, prev)
            if problem:
                return Verification(len(entries), number, problem)
            prev = entry["hash"]  # type: ignore[index]
        return Verification(len(entries))

    @staticmethod
    def _entry_problem(entry: dict[str, Any] | None, number: int, prev: str) -> str | None:
        if entry is None:
            return f"entry {number} is not readable (damaged line)"
        if entry.get("seq") != number:
            return f"entry {number} is out of sequence (an entry was removed, inserted or reordered)"
        if entry.get("prev") != prev:
            return f"entry {number} does not follow the entry before it (the chain is broken)"
        if entry.get("hash") != entry_hash(entry):
            return f"entry {number} was altered after it was written (its hash does not match)"
        return None

    def entries(self) -> list[dict[str, Any]]:
        """All entries, refusing a log that does not verify."""
        result = self.verify()
        if not result.ok:
            raise DamagedProjectError(f"The processing log does not verify: {result.problem}.")
        return [e for e in self._parse()[1] if e is not None]

    def append(self, record: dict[str, Any], *, now: datetime | None = None) -> dict[str, Any]:
        """Chain ``record`` onto the log and write it durably; returns the stored entry."""
        header, _ = self._parse()
        existing = self.entries()
        prev = existing[-1]["hash"] if existing else hashlib.sha256(canonical(header)).hexdigest()
        moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
        entry = {
            **record,
            "seq": len(existing) + 1,
            "time": moment.isoformat(timespec="seconds"),
            "prev": prev,
        }
        entry["hash"] = entry_hash(entry)
        atomic_write(self.path, self.path.read_bytes() + canonical(entry) + b"\n")
        return entry
