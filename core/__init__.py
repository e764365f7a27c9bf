"""Import, mapping, data quality, the project workflow and the command line.

Headless: ``core`` depends on ``privacy`` and never on Qt or ``gui``.
"""

import prevista.privacy  # noqa: F401  (first: it tunes polars' allocator before polars is loaded)
