"""The handover bundle a consultant leaves with the client, and closing a pilot down to its processing log.

At the end of a pilot the client keeps the results, not the data.  The bundle
is one ZIP file of aggregates: the model card, the segment dashboard (segments
of at least k customers), the ticket forecast, the pilot report, the Art. 30
record, the re-identification risk, and the processing log with its public key
and the result of verifying it.  It holds no customer ID, encrypted ID,
customer key, name, contact detail, score or row of any table, so the client
may keep it after the pilot's data is deleted.

The fitted models stay out.  A model fitted on personal data can memorise
individuals (a deep tree can reproduce a rare customer's values), and a pickle
runs code when it is loaded: handing one over would hand over a privacy risk
and an unsafe file.  The card's drivers, metrics and baselines say what the
model learned, in aggregate.  The card's drift reference stays out as well:
its outermost decile edges are the smallest and largest value of single
customers, and without the model there is nothing to check drift against.

Closing a pilot erases everything else in one commit, whose deleted files lose
their keys (crypto-shredding): every table, the scores, the identity table,
the e-mail index, the opt-out and erasure registers and the models.  The
registers go too: they exist to keep people out of later imports, a closed
project refuses imports, and an encrypted ID kept for no purpose is personal
data kept for no purpose.  What stays is the header, the log, its public key
and a manifest saying when the pilot was closed, so the folder still opens and
``prevista audit verify`` still passes.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from prevista.core.analytics.release import dashboard, published_card
from prevista.core.campaigns.record import campaigns, released
from prevista.core.duties.logged import commit_logged
from prevista.core.project.closure import refuse_if_closed
from prevista.core.project.settings import purpose_record, settings
from prevista.core.reports import art30, pilot
from prevista.core.reports.output import render
from prevista.core.runtime.outputs import check_outside_projects, write_output
from prevista.privacy.errors import PrevistaError
from prevista.privacy.lock import LOCK_NAME
from prevista.privacy.processing_log import Verification, verify_log_file
from prevista.privacy.schema import Action, Meta
from prevista.privacy.store import (
    HEADER_NAME,
    LOG_KEY_NAME,
    LOG_NAME,
    MANIFEST_NAME,
    TABLES_DIR,
    ProjectStore,
)

BUNDLE_FORMAT = "prevista-handover-bundle"
BUNDLE_VERSION = 1
README = "README.txt"
MANIFEST = "manifest.json"
PER_PERSON_CARD_KEYS = ("drift_reference",)
# what a closed project's manifest no longer describes: models, segments and the columns of tables that are gone
CLEARED_META: dict[str, Any] = {Meta.MODEL_CARD: None, Meta.SEGMENTS: None, Meta.FORECAST: None, Meta.SCHEMA: {}, Meta.MAPPINGS: {},
                                Meta.CAMPAIGNS: None, Meta.PILOT_KPIS: None}
VERIFY_COMMAND = f"prevista audit verify --log {LOG_NAME} --pubkey {LOG_KEY_NAME}"
FILES = {  # every file a bundle may hold, in the order the README lists them
    README: "this file",
    MANIFEST: "SHA-256 and size of every other file, the project ID and when the bundle was written",
    "pilot-report.pdf": "the pilot report: key figures, model quality, segment findings, forecast, privacy summary",
    "pilot-report.html": "the same report as a web page",
    "art30-record.pdf": "the record of processing activities (GDPR Art. 30) for the data-protection officer",
    "model-card.json": "what the models were trained on and how well they did on held-out customers: "
                       "features, drivers, metrics, baselines, calibration",
    "segments.json": "the segment dashboard: size, churn risk, expected churners, revenue at risk and the "
                     "recommended action per segment",
    "forecast.json": "the weekly support-ticket forecast with its interval",
    "campaigns.json": "each campaign's design (segments, action, purpose, control share, seed) and its measured "
                      "effect per outcome, treated against the control group held back",
    "reidentification-risk.json": "how re-identifiable the stored customers were (counts and shares only)",
    LOG_NAME: "the signed processing log, up to the moment the bundle was written",
    LOG_KEY_NAME: "the log's public key (Ed25519, PEM)",
    "log-verification.json": "the result of verifying that log with that key when the bundle was written",
}
NOT_CONTAINED = (
    "no customer ID, encrypted ID, customer key, name, e-mail address or other contact detail",
    "no row of any imported table and no score of any single customer",
    "no segment smaller than the minimum segment size k",
    "no fitted model: a model fitted on personal data can memorise individuals, and a pickled model runs code "
    "when it is opened; the model card describes the model instead",
    "no drift reference: it serves only the next drift check inside the project",
)


@dataclass(frozen=True)
class HandoverBundle:
    file: Path
    files: tuple[str, ...]  # the members of the ZIP file, manifest first
    bytes: int
    sha256: str  # what closing the pilot checks the bundle against
    log_entry: int


@dataclass(frozen=True)
class PilotClosed:
    """What closing erased, in counts; the project keeps only its log."""

    closed_at: str  # ISO time, UTC
    tables: Mapping[str, int]  # table → rows erased
    blobs: Mapping[str, int]  # stored model → bytes erased
    rows_erased: int
    log_entry: int


def _json(data: Any) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str).encode("utf-8") + b"\n"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ----- what goes in ---------------------------------------------------------------------
def _model_files(store: ProjectStore) -> dict[str, bytes]:
    """The card without its per-person part, the segments (≥ k) and the forecast; none before a training."""
    try:
        card = published_card(store)
    except PrevistaError:
        return {}
    board = dashboard(store).to_dict()
    files = {"model-card.json": _json({key: value for key, value in card.to_dict().items()
                                       if key not in PER_PERSON_CARD_KEYS}),
             "segments.json": _json({**{key: value for key, value in board.items() if key != "forecast"},
                                     "min_segment_size": settings(store).min_segment_size})}
    if board["forecast"]:
        files["forecast.json"] = _json(board["forecast"])
    return files


def _campaign_files(store: ProjectStore) -> dict[str, bytes]:
    """Designs and measured effects: arm sizes and rates as released, no member of either arm."""
    found = campaigns(store)
    return {"campaigns.json": _json({"campaigns": [released(c).to_dict() for c in found]})} if found else {}


def _report_files(store: ProjectStore) -> dict[str, bytes]:
    """Rendered here rather than through the report writers, so the bundle is logged once, as a whole."""
    report, record = pilot.pilot_report(store), art30.record_of_processing(store)
    return {"pilot-report.pdf": render(pilot.document(report), "pdf"),
            "pilot-report.html": render(pilot.document(report), "html"),
            "art30-record.pdf": render(art30.document(record), "pdf"),
            "reidentification-risk.json": _json(asdict(record.reidentification))}


def _verification(result: Verification, now: datetime) -> dict[str, Any]:
    return {"checked_at": now.isoformat(timespec="seconds"), "entries": result.entries, "verified": result.ok,
            "signatures_checked": result.signatures_checked, "first_bad_entry": result.first_bad,
            "problem": result.problem, "how_to_check_again": VERIFY_COMMAND}


def _log_files(store: ProjectStore, now: datetime) -> tuple[dict[str, bytes], int]:
    """The log as it stands, the key from the sealed manifest (not the copy beside the log) and the DPO's check."""
    key = store.log_public_key_bytes()
    result = verify_log_file(store.root / LOG_NAME, key)
    return {LOG_NAME: (store.root / LOG_NAME).read_bytes(), LOG_KEY_NAME: key,
            "log-verification.json": _json(_verification(result, now))}, result.entries


def _readme(store: ProjectStore, names: list[str], log_entries: int, now: datetime) -> bytes:
    listed = "\n".join(f"  {name:<27} {FILES[name]}" for name in FILES if name in names)
    absent = "\n".join(f"  - {line}" for line in NOT_CONTAINED)
    return f"""Prevista handover bundle
========================

Project {store.project_id}, written {now.isoformat(timespec="seconds")}.

What this is
------------
The results of a Prevista pilot, for the client to keep after the pilot's data
has been deleted. Aggregates only: counts, shares, model measures, and segments
of at least k = {settings(store).min_segment_size} customers.

{listed}

What it does not contain
------------------------
{absent}

The processing log records who ran each step (the operator), when, for which
purpose and on which legal basis, with counts: never a customer's data.

How to check it
---------------
manifest.json lists the SHA-256 of every other file (compare: sha256sum FILE).
The processing log is checked without any passphrase, with Prevista installed:

    {VERIFY_COMMAND} --fingerprint KEPT

where KEPT is the log key fingerprint your DPO kept when the project was
created. This bundle's log is signed with the key of fingerprint
{store.log_key_fingerprint()}:
a different kept fingerprint means the log was re-signed under another key.

This copy of the log ends at entry {log_entries}. The project's own log goes on
with the entry that records this bundle and, once the pilot is closed, the
entry that records the closing.
""".encode("utf-8")


def _manifest(store: ProjectStore, files: dict[str, bytes], log_entries: int, now: datetime) -> dict[str, Any]:
    return {"format": BUNDLE_FORMAT, "version": BUNDLE_VERSION, "project_id": store.project_id,
            "written": now.isoformat(timespec="seconds"), "log_entries": log_entries, "models_included": False,
            "files": {name: {"sha256": _sha256(data), "bytes": len(data)} for name, data in files.items()},
            "not_contained": list(NOT_CONTAINED)}


def _zip(files: dict[str, bytes], now: datetime) -> bytes:
    """Owner-readable entries stamped with the bundle's time: the archive says nothing about this computer."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=now.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def write_bundle(store: ProjectStore, out: Path, *, operator: str) -> HandoverBundle:
    """Write the bundle atomically, then log it with counts and its SHA-256 (the proof closing asks for)."""
    refuse_if_closed(store)
    out = check_outside_projects(Path(out), "the handover bundle", store.root)
    now = datetime.now(UTC)
    logs, log_entries = _log_files(store, now)
    files = {**_report_files(store), **_model_files(store), **_campaign_files(store), **logs}
    files = {README: _readme(store, [README, MANIFEST, *files], log_entries, now), **files}
    archive = _zip({MANIFEST: _json(_manifest(store, files, log_entries, now)), **files}, now)
    write_output(out, archive, "the handover bundle", store.root)
    sha = _sha256(archive)
    entry = store.record({"action": Action.HANDOVER_BUNDLE, "operator": operator, **purpose_record(store),
                          "counts": {"files": len(files) + 1, "bytes": len(archive)},
                          "details": {"sha256": sha, "log_entries": log_entries, "models_included": False}})
    return HandoverBundle(out, (MANIFEST, *files), len(archive), sha, int(entry["seq"]))


# ----- closing ----------------------------------------------------------------------------
# A bundle Prevista writes is a few MB: a dozen members, the log the largest of them.  The limits leave ample
# room for that and refuse, from the ZIP's directory alone, a file crafted to unpack to gigabytes.
MAX_BUNDLE_BYTES = 256 * 1024**2
MAX_MEMBER_BYTES = 128 * 1024**2
MAX_UNPACKED_BYTES = 256 * 1024**2
MAX_MANIFEST_BYTES = 1024**2
_END_RECORD = b"PK\x05\x06"
_END_RECORD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_MAX_COMMENT = 0xFFFF
_DIRECTORY_ENTRY_BYTES = 46 + 255  # a directory record with a generous name and extra field
_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, RecursionError, NotImplementedError,
               RuntimeError, OSError)
NOT_A_BUNDLE = "That file is not a Prevista handover bundle"


def _check_directory_size(handle: BinaryIO) -> None:
    """Before zipfile loads the central directory (whole, into memory): a bundle's directory lists a dozen
    members, so a directory of more entries or bytes, or one in the ZIP64 form, is no bundle."""
    size = handle.seek(0, os.SEEK_END)
    handle.seek(max(0, size - _END_RECORD_SIZE - _MAX_COMMENT))
    tail = handle.read()
    end = tail.rfind(_END_RECORD)
    if end < 0 or len(tail) - end < _END_RECORD_SIZE:
        raise PrevistaError(f"{NOT_A_BUNDLE}.")
    entries = int.from_bytes(tail[end + 10 : end + 12], "little")
    directory = int.from_bytes(tail[end + 12 : end + 16], "little")
    zip64 = end >= 20 and tail[end - 20 : end - 16] == _ZIP64_LOCATOR
    if zip64 or entries > len(FILES) or directory > len(FILES) * _DIRECTORY_ENTRY_BYTES:
        raise PrevistaError(f"{NOT_A_BUNDLE}: it has more parts than a bundle holds.")
    handle.seek(0)


def _check_members(infos: list[zipfile.ZipInfo]) -> None:
    """Names, kinds and sizes from the directory, before anything is unpacked.  A declared size that lies is
    caught while unpacking: the manifest is read in one bounded read, and a JSON cut short or a failed CRC refuses it."""
    names = [info.filename for info in infos]
    if len(set(names)) != len(names) or MANIFEST not in names or not set(names) <= set(FILES):
        raise PrevistaError(f"{NOT_A_BUNDLE}: its parts are not those of a bundle.")
    if any(info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1
           for info in infos):
        raise PrevistaError(f"{NOT_A_BUNDLE}: it is compressed or encrypted in a way Prevista never writes.")
    sizes = {info.filename: info.file_size for info in infos}
    if (sizes[MANIFEST] > MAX_MANIFEST_BYTES or max(sizes.values()) > MAX_MEMBER_BYTES
            or sum(sizes.values()) > MAX_UNPACKED_BYTES):
        raise PrevistaError(f"{NOT_A_BUNDLE}: it would unpack to far more than a bundle holds, so it was not opened.")


def _read_manifest(bundle: Path) -> dict[str, Any]:
    """The manifest, once the file's size and the ZIP's directory show the shape of a bundle."""
    if bundle.stat().st_size > MAX_BUNDLE_BYTES:
        raise PrevistaError(f"{NOT_A_BUNDLE}: it is far larger than a bundle.")
    try:
        with bundle.open("rb") as handle:
            _check_directory_size(handle)
            with zipfile.ZipFile(handle) as archive:
                _check_members(archive.infolist())
                with archive.open(MANIFEST) as stream:  # one bounded read: a size that lies cannot flood memory
                    data = stream.read(MAX_MANIFEST_BYTES + 1)
                manifest = json.loads(data) if len(data) <= MAX_MANIFEST_BYTES else None
    except _ZIP_ERRORS:
        manifest = None
    if not isinstance(manifest, dict) or manifest.get("format") != BUNDLE_FORMAT:
        raise PrevistaError(f"{NOT_A_BUNDLE}.")
    return manifest


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _logged_bundle(store: ProjectStore, sha: str) -> dict[str, Any]:
    """The log entry that wrote exactly this file: the bundle is this project's own and unchanged since."""
    for entry in store.log.entries():
        if entry.get("action") == Action.HANDOVER_BUNDLE and entry.get("details", {}).get("sha256") == sha:
            return entry
    raise PrevistaError("This handover bundle was not written by this project, or it was changed since: "
                        "write a new one.")


def check_bundle(store: ProjectStore, bundle: Path) -> str:
    """The bundle's SHA-256, once it is known to be this project's own, unaltered and current: a missing, foreign,
    altered or outdated bundle is refused, because after closing it is all that is left."""
    bundle = Path(bundle)
    if not bundle.is_file():
        raise PrevistaError(f"No handover bundle at {bundle}: write one first (prevista handover).")
    if _read_manifest(bundle).get("project_id") != store.project_id:
        raise PrevistaError("This handover bundle belongs to another project: write one for this project first.")
    entry = _logged_bundle(store, _file_sha256(bundle))
    later = [e["action"] for e in store.log.entries()[entry["details"]["log_entries"]:] if e.get("commit")]
    if later:
        raise PrevistaError(f"The project changed after this bundle was written ({', '.join(later)}): "
                            "write a new handover bundle first.")
    return str(entry["details"]["sha256"])


_LISTED_AT_MOST = 20


def foreign_files(store: ProjectStore) -> tuple[str, ...]:
    """Everything in the project folder the store did not write (names relative to the folder, folders ending
    in "/"): closing erases only what the store knows of, so anything else would be left behind, readable."""
    own = {HEADER_NAME, MANIFEST_NAME, LOG_NAME, LOG_KEY_NAME, LOCK_NAME, TABLES_DIR}
    named = {file for name in store.table_names() for file in store.table_files(name)}
    found = [path for path in store.root.iterdir() if path.name not in own]
    if (store.root / TABLES_DIR).is_dir():
        found += [path for path in (store.root / TABLES_DIR).iterdir() if path.name not in named]
    return tuple(sorted(path.relative_to(store.root).as_posix() + ("/" if path.is_dir() else "") for path in found))


def _refuse_foreign_files(store: ProjectStore) -> None:
    found = foreign_files(store)
    if found:
        listed = ", ".join(found[:_LISTED_AT_MOST]) + (f" and {len(found) - _LISTED_AT_MOST} more"
                                                       if len(found) > _LISTED_AT_MOST else "")
        raise PrevistaError(f"The project folder {store.root} holds files Prevista did not write: {listed}. Closing "
                            "the pilot would leave them behind, readable. Remove them or move them out of the "
                            "project folder, then close the pilot.")


def check_ready_to_close(store: ProjectStore, bundle: Path) -> str:
    """What closing checks before it erases anything (the bundle's SHA-256 once all holds): the pilot is open,
    the folder holds only the store's own files, and the bundle is this project's own, unaltered and current."""
    refuse_if_closed(store)
    _refuse_foreign_files(store)
    return check_bundle(store, bundle)


def _erased(store: ProjectStore) -> dict[str, Any]:
    """Counts of what closing removes: rows per table, bytes per stored model."""
    infos = {name: store.table_info(name) for name in store.table_names()}
    tables = {name: info["rows"] for name, info in infos.items() if "rows" in info}
    blobs = {name: info["bytes"] for name, info in infos.items() if "rows" not in info}
    return {"tables": tables, "blobs": blobs, "rows_erased": sum(tables.values())}


def close_pilot(store: ProjectStore, bundle: Path, *, operator: str, now: datetime | None = None) -> PilotClosed:
    """Erase every table and model in one commit, keep the log, mark the project closed, log the counts."""
    sha = check_ready_to_close(store, bundle)
    closed_at = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    erased = _erased(store)
    entry = commit_logged(
        store, {"action": Action.PILOT_CLOSED, "operator": operator, **purpose_record(store), "counts": erased,
                "details": {"bundle_sha256": sha}},
        delete=store.table_names(), meta={Meta.CLOSED: {"closed_at": closed_at, "bundle_sha256": sha}, **CLEARED_META},
    )
    return PilotClosed(closed_at, **erased, log_entry=entry)
