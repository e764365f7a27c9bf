"""One erasure path: every way a person is excluded from the analysis ends in :func:`exclude`.

Opt-outs (by ID, by e-mail, from a list, from a consent column in any import), erasure requests and
retention cleanups decide *who* goes; this package decides *what follows from it*, so no path can
forget a derived table: the person leaves every per-customer table, segment counts are recounted
against k, the model card says the models learnt from people since excluded, and a stored ticket
forecast that counted their tickets is withheld until it is recomputed.

It sits below ingest and the duties (both call it) and above analytics (whose segments it recounts).
"""
