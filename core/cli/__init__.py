"""The ``prevista`` command line: argument parsing and text presentation over the core services."""
