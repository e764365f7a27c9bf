"""PySide6 desktop app (issue 5). Qt lives only here."""

import prevista.core  # noqa: F401  (first: the privacy layer tunes polars' allocator before polars is loaded)
