"""Runs one corpus file through the real import path on a fresh project and judges the outcome.

Shared by the CI test and the benchmark so both apply the same rules:

* the only exceptions allowed are :class:`PrevistaError` subclasses; anything
  else is a crash;
* a refusal names the file, a place in it (when the damage has one) and a
  next step, and never contains the planted cell value;
* a refused or unconfirmed import leaves the project's data unchanged.  The
  processing log is the one file allowed to change, and only by gaining
  entries that commit nothing: recording a refusal is the log's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from prevista.core.ingest.importer import ImportOptions, conclude_import, plan_import
from prevista.core.ingest.quality import Finding
from prevista.privacy.errors import InputError, PrevistaError
from prevista.privacy.kdf import KdfParams
from prevista.privacy.store import LOG_NAME, MANIFEST_NAME, ProjectStore
from tests.conftest import PASSPHRASE
from tests.corpus.make_corpus import ACCEPTED, REFUSED, WARNED, Case

CRASH = "crash"
# CSV "line 7" (+ column), XLSX "Sheet1!C7" or a named part, JSON "line 3, column 9" or "record 5".
_LOCATOR = re.compile(r"\bline \d+|\brecord \d+|\w!(?:[A-Z]{1,3}\d+|row \d+)|\bpart [\w./\[\]-]+|\bbyte \d+")
_NEXT_STEP = re.compile(
    r"--role|--format|--allow-special|--encoding|\b(?:export|re-export|save|fix|rename|remove|give|check|choose|"
    r"split|copy|fill|name it|map|keep)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Outcome:
    """What the import made of one case, and whether that is what the case expects."""

    case: Case
    got: str
    message: str = ""
    located: bool = False
    next_step: bool = False
    leaked: bool = False
    changed: bool = False
    codes: tuple[str, ...] = ()

    @property
    def as_intended(self) -> bool:
        if self.got != self.case.expect or self.leaked or self.changed:
            return False
        if self.case.problem and self.case.problem not in self.message and self.case.problem not in self.codes:
            return False
        if self.got == REFUSED:
            return self.message.startswith(self.case.path.name) and self.next_step and (
                self.located or not self.case.locatable)
        return True

    def row(self) -> dict[str, object]:
        return {"case": self.case.name, "expect": self.case.expect, "got": self.got, "intended": self.as_intended,
                "located": self.located, "locatable": self.case.locatable, "changed": self.changed,
                "leaked": self.leaked}


def fresh_project(root: Path) -> ProjectStore:
    return ProjectStore.create(root, PASSPHRASE, kdf=KdfParams.minimum())


def snapshot(root: Path) -> dict[str, object]:
    """The project's data as stored: every file's bytes, with the sealed manifest read back.

    The manifest is compared by content without its log pointer, which a
    logged refusal moves on purpose, and the log by its entries, which
    :func:`data_changed` judges.
    """
    files: dict[str, object] = {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }
    reopened = ProjectStore.open(root, PASSPHRASE)
    files[MANIFEST_NAME] = (
        {name: reopened.table_info(name) for name in reopened.table_names()},
        reopened.meta("mappings"), reopened.meta("schema"),
    )
    files[LOG_NAME] = reopened.log.entries()
    return files


def data_changed(before: dict[str, object], after: dict[str, object]) -> bool:
    """Anything but the log changed, or the log lost entries or gained one that commits."""
    if {k: v for k, v in before.items() if k != LOG_NAME} != {k: v for k, v in after.items() if k != LOG_NAME}:
        return True
    old, new = before[LOG_NAME], after[LOG_NAME]
    assert isinstance(old, list) and isinstance(new, list)
    return new[: len(old)] != old or any(entry.get("commit", True) for entry in new[len(old):])


def run_case(case: Case, project_root: Path) -> Outcome:
    """Plan the import; conclude it without confirming warnings, and then with, as the user would."""
    store = fresh_project(project_root)
    before = snapshot(project_root)
    options = ImportOptions(operator="corpus")
    try:
        plan = plan_import(store, [case.path], options)
        if plan.refused:
            conclude_import(store, plan, accept_warnings=True)
            return _refusal(case, plan.report.refusals, before, project_root)
        if plan.report.warnings:
            unconfirmed = conclude_import(store, plan, accept_warnings=False)
            changed = unconfirmed is not None or data_changed(before, snapshot(project_root))
            conclude_import(store, plan, accept_warnings=True)
            message = "; ".join(f.text() for f in plan.report.warnings)
            return Outcome(case, WARNED, message, leaked=case.marker in message, changed=changed,
                           codes=tuple(f.code for f in plan.report.warnings))
        committed = conclude_import(store, plan, accept_warnings=False)
        return Outcome(case, ACCEPTED if committed is not None else CRASH)
    except InputError as exc:
        message = str(exc)
        return Outcome(case, REFUSED, message, located=bool(exc.location and _LOCATOR.search(exc.location)),
                       next_step=bool(exc.hint and _NEXT_STEP.search(exc.hint)), leaked=case.marker in message,
                       changed=data_changed(before, snapshot(project_root)))
    except PrevistaError as exc:
        message = str(exc)
        return Outcome(case, REFUSED, message, next_step=bool(_NEXT_STEP.search(message)),
                       leaked=case.marker in message, changed=data_changed(before, snapshot(project_root)))
    except Exception as exc:  # noqa: BLE001 - anything else is what the corpus exists to find
        return Outcome(case, CRASH, f"{type(exc).__name__}", changed=data_changed(before, snapshot(project_root)))


def _refusal(case: Case, refusals: list[Finding], before: dict[str, bytes], root: Path) -> Outcome:
    """A data-quality refusal: every finding must place itself and say what to do."""
    message = "; ".join(f.text() for f in refusals)
    located = all(f.file and f.locations for f in refusals)
    next_step = all(_NEXT_STEP.search(f.message) for f in refusals)
    return Outcome(case, REFUSED, message, located=located, next_step=next_step, leaked=case.marker in message,
                   changed=data_changed(before, snapshot(root)), codes=tuple(f.code for f in refusals))
