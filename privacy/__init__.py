"""Keys, encrypted IDs, the encrypted project store and the processing log.

The lowest layer: it never imports from ``core`` or ``gui`` and never imports Qt.
"""

import os

# polars' allocator (jemalloc) keeps freed pages for half a second, and some for a second more (polars' own
# setting).  An import frees a file's text columns and goes on to the next file's, and Python's own allocator
# cannot reuse those pages: the four-table import peaked 200-400 MB higher for memory already freed.  Pages freed
# for 200 ms go back to the system; at 0 ms the import took 7 % longer, at 200 ms no longer than before.  Set
# before polars is first imported (every layer imports this package first); polars puts its own setting first and
# the last one counts.  A process started by one that had imported polars inherits polars' setting, which is
# replaced like an unset one; any other value (a user's) is kept.
_POLARS_OWN = "dirty_decay_ms:500,muzzy_decay_ms:1000"
if not os.environ.get("_RJEM_MALLOC_CONF", "").replace(_POLARS_OWN, "").strip(","):
    os.environ["_RJEM_MALLOC_CONF"] = "dirty_decay_ms:200,muzzy_decay_ms:0"
