"""How much data a project needs before its predictions mean anything (facts from the field).

The import's quality report warns or refuses with these, and training repeats the warnings on
the model card; both read them here so the two can never disagree.
"""

from __future__ import annotations

MIN_CUSTOMERS = 50  # the practical floor: below it per-customer results would expose individuals
RECOMMENDED_CUSTOMERS = 1000
MIN_HISTORY_MONTHS = 12
SEASONAL_HISTORY_MONTHS = 24  # a seasonal business needs two seasons
RARE_LABEL_SHARE = 0.02  # fewer churners than this and a churn label carries little signal
