"""Keys, encrypted IDs, the encrypted project store and the processing log.

The lowest layer: it never imports from ``core`` or ``gui`` and never imports Qt.
"""
