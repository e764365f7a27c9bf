"""Keys, encrypted IDs, the encrypted project store and the processing log.

The lowest layer: it never imports from ``core`` or ``gui`` and never imports Qt.
"""

import os

# polars' allocator (jemalloc) keeps freed pages for ten seconds by default.  An import frees a file's text
# columns and goes on to the next file's, and Python's own allocator cannot reuse those pages: the four-table
# import peaked 200-400 MB higher for memory already freed.  Pages freed for 200 ms go back to the system; at 0
# ms the import took 7 % longer, at 200 ms no longer than before.  Set before polars is first imported (every
# layer imports this package first); a value the user set is kept.
os.environ.setdefault("_RJEM_MALLOC_CONF", "dirty_decay_ms:200,muzzy_decay_ms:0")
