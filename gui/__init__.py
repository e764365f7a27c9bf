"""PySide6 desktop app (issue 5). Qt lives only here."""
