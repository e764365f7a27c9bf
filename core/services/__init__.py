"""The one door into core for every front end: the command line and the GUI call these services.

A service validates its parameters once (so the CLI and the GUI cannot disagree about a range),
takes a progress object for anything that may take more than a second, leaves its processing-log
entry (through the core step it runs) and returns frozen dataclasses, so front ends keep only
presentation.
"""
