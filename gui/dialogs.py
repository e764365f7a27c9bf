"""Modal questions in one place, so tests (and future platform tweaks) have a single seam."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """A yes/no question whose safe answer (No) is the default."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def save_path(parent: QWidget, caption: str, suggested: str, filters: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, filters)
    return Path(path) if path else None


def open_paths(parent: QWidget, caption: str, filters: str) -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(parent, caption, "", filters)
    return [Path(p) for p in paths]


def folder(parent: QWidget, caption: str) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, caption)
    return Path(path) if path else None
