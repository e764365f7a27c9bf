"""User-facing errors.

Every exception the application raises on purpose derives from
:class:`PrevistaError`; its ``str()`` is the sentence shown to the user, so it
must never contain personal data (no cell values, no identifiers, no keys).
The command line prints it as one line; the GUI shows it in a dialog.
"""

from __future__ import annotations

import errno
from pathlib import Path


class PrevistaError(Exception):
    """An expected failure whose message is safe to show and to log."""


class WrongPassphraseError(PrevistaError):
    """The passphrase does not unlock the project."""


class DamagedProjectError(PrevistaError):
    """A project file is corrupt or has been tampered with."""


class ProjectExistsError(PrevistaError):
    """``init`` was asked to create a project where one already exists."""


class NotAProjectError(PrevistaError):
    """The folder holds no Prevista project."""


class ProjectBusyError(PrevistaError):
    """Another window or command held the project's write lock for longer than a write waits; nothing was changed."""


class ProjectChangedError(PrevistaError):
    """Another window or command changed the project since this one read it; writing now would undo that change."""


class CancelledError(PrevistaError):
    """The user cancelled a long-running job; nothing was changed."""


class ImportRefusedError(PrevistaError):
    """The data-quality check refused an import (the report says why)."""


class InputError(PrevistaError):
    """Bad input: names the file, the place in it and what to do next.

    ``location`` is reader-specific text such as ``line 17``, ``Sheet1!C17``
    or ``record 5``; ``column`` is the header as the user sees it.  Values from
    the file are deliberately not part of the message.
    """

    def __init__(
        self,
        path: str | Path,
        problem: str,
        *,
        location: str | None = None,
        column: str | None = None,
        hint: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.location = location
        self.column = column
        self.hint = hint
        parts = [self.path.name]
        if location:
            parts.append(location)
        if column is not None:
            parts.append(f"column '{column}'")
        message = ", ".join(parts) + f": {problem}"
        if hint:
            message += f" {hint}"
        super().__init__(message)


class ParameterError(PrevistaError, ValueError):
    """A setting or option outside its allowed range (worded the scikit-learn way)."""


_OS_REASONS = {
    errno.ENOSPC: ("the disk is full", "Free some space and try again"),
    errno.EDQUOT: ("the disk quota is used up", "Free some space and try again"),
    errno.EIO: ("the disk reported an input/output error", "Check the disk (or the network connection to it) "
                                                           "and try again"),
    errno.EROFS: ("the disk is read-only", "Make the folder writable and try again"),
    errno.EACCES: ("permission was denied", "Check that you may write to the folder and try again"),
    errno.EPERM: ("permission was denied", "Check that you may write to the folder and try again"),
}


class StorageError(PrevistaError):
    """The operating system refused a write: says why and what to do in plain words.

    Built from the error number only, never from the ``OSError``'s text, which
    names the file; ``outcome`` is the caller's promise about what was kept,
    so only code that has rolled back may say "keeps its previous state".
    """

    def __init__(self, error: OSError, *, action: str = "write to the project folder",
                 outcome: str = "the project keeps its previous state") -> None:
        self.errno = error.errno
        name = errno.errorcode.get(error.errno or 0, "unknown")
        reason, advice = _OS_REASONS.get(error.errno or 0, (f"the system reported error {name}",
                                                             "Check the disk and try again"))
        super().__init__(f"Could not {action}: {reason}. {advice}; {outcome}.")
