"""What every concern's service needs from the open project: its store and who is working on it.

The operator is read at each call, not copied at opening, so a name changed in the settings is
the one the next log entry records.
"""

from __future__ import annotations

from typing import Protocol

from prevista.privacy.store import ProjectStore


class OpenProject(Protocol):
    @property
    def store(self) -> ProjectStore: ...

    @property
    def operator(self) -> str: ...


class ConcernService:
    """The base of each concern's service: reads the store and operator from the project at each call."""

    def __init__(self, project: OpenProject) -> None:
        self._project = project

    @property
    def _store(self) -> ProjectStore:
        return self._project.store

    @property
    def _operator(self) -> str:
        return self._project.operator
