"""A small real project for tamper tests, its pristine snapshot, and the one check every case runs.

The project is the hubspot demo imported and trained (nine sealed tables, one
of them the model blob), then a passphrase change and a non-committing log
entry, so the header, manifest, log and public key all carry real history.
It is sealed with 4 KiB chunks instead of 1 MiB (``chunk_size`` is stored in
every sealed file's header, so this is the same on-disk format) to give the
truncation and chunk-swap cases several chunks per file.
"""

from __future__ import annotations

import functools
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

from prevista.core.analytics.training import TrainOptions, train
from prevista.core.demo.run import demo_files
from prevista.core.ingest.importer import ImportOptions, run_import
from prevista.privacy import sealed
from prevista.privacy import store as store_module
from prevista.privacy.errors import DamagedProjectError, NotAProjectError, WrongPassphraseError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import LOG_NAME, ProjectStore

PASSPHRASE = "tamper test passphrase one"
SMALL_CHUNK = 4096
OPERATOR = "tamper harness"

Files = dict[str, bytes]


@dataclass
class Snapshot:
    """Every file of a project (relative path → bytes) and what an honest open reads from it."""

    files: Files
    passphrase: str
    tables: dict[str, bytes]
    infos: dict[str, dict]
    meta: dict[str, object]
    log_pointer: dict
    entries: list[dict]
    public_key: bytes
    log_history: list[bytes] = field(default_factory=list)

    def table_file(self, name: str) -> str:
        return f"tables/{self.infos[name]['file']}"


def read_files(root: Path) -> Files:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def restore(root: Path, files: Files) -> None:
    """Put the folder back byte for byte, whatever a case or the open's recovery did to it."""
    present = read_files(root)
    for name in present.keys() - files.keys():
        (root / name).unlink()
    for name, data in files.items():
        if present.get(name) != data:
            (root / name).write_bytes(data)


def build(root: Path, *, passphrase: str = PASSPHRASE, train_models: bool = True) -> Snapshot:
    """Create, import, train, change the passphrase (when ``train_models``); keeps each log state."""
    history: list[bytes] = []
    with mock.patch.object(sealed, "CHUNK_SIZE", SMALL_CHUNK):
        store = ProjectStore.create(root, "first passphrase of this project", kdf=KdfParams.minimum())
        history.append((root / LOG_NAME).read_bytes())
        files = demo_files("hubspot") if train_models else demo_files("hubspot")[:1]
        run_import(store, files, ImportOptions(operator=OPERATOR), accept_warnings=True)
        history.append((root / LOG_NAME).read_bytes())
        if train_models:
            train(store, TrainOptions(operator=OPERATOR))
            history.append((root / LOG_NAME).read_bytes())
        store.change_passphrase(passphrase, operator=OPERATOR)
        history.append((root / LOG_NAME).read_bytes())
        store.record({"action": "report", "operator": OPERATOR})
    return snapshot(root, passphrase, history)


def snapshot(root: Path, passphrase: str, history: list[bytes]) -> Snapshot:
    store = ProjectStore.open(root, passphrase)
    assert store.log_problem() is None
    names = store.table_names()
    return Snapshot(
        files=read_files(root), passphrase=passphrase,
        tables={n: store.read_blob(n) for n in names}, infos={n: store.table_info(n) for n in names},
        meta={k: store.meta(k) for k in store._manifest["meta"]}, log_pointer=store.log_pointer,
        entries=store.log.entries(), public_key=store.log_public_key_bytes(), log_history=history,
    )


@contextmanager
def memoised_kdf() -> Iterator[None]:
    """Argon2id is deterministic, so the sweep derives each (passphrase, salt, params) once; bounds are still checked on a miss."""
    with mock.patch.object(store_module, "derive_kek", functools.lru_cache(maxsize=64)(store_module.derive_kek)):
        yield


def classify_error(exc: BaseException) -> str:
    if isinstance(exc, WrongPassphraseError):
        return "wrong passphrase"
    if isinstance(exc, NotAProjectError):
        return "not a project"
    if isinstance(exc, DamagedProjectError):
        return "damaged header" if "project header" in str(exc) else "damaged data"
    return f"CRASH {type(exc).__name__}"


def outcome(root: Path, expected: Snapshot, passphrase: str | None = None) -> tuple[str, str]:
    """Open, read every table and blob, verify the log: the message class and text, or 'unchanged' / 'SILENT CHANGE'."""
    try:
        store = ProjectStore.open(root, passphrase or expected.passphrase)
        problem = store.log_problem()
        names = store.table_names()
        same = (
            names == sorted(expected.tables)
            and all(store.read_blob(n) == expected.tables[n] and store.table_info(n) == expected.infos[n] for n in names)
            and all(store.meta(k) == v for k, v in expected.meta.items())
            and store.log_pointer == expected.log_pointer
            and store.log_public_key_bytes() == expected.public_key
        )
        if problem is not None:
            return "log problem", problem
        same = same and store.log.entries() == expected.entries
    except Exception as exc:  # noqa: BLE001 - the harness counts crashes instead of stopping at the first
        return classify_error(exc), str(exc)
    return ("unchanged", "") if same else ("SILENT CHANGE", "")


def copy_project(files: Files, root: Path) -> None:
    shutil.rmtree(root, ignore_errors=True)
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
