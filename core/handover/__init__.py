"""The end of a pilot: the handover bundle (results and reports, no personal data) and closing the project."""
