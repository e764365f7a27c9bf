"""Model selection and calibration guards that the end-to-end tests cannot force."""

from __future__ import annotations

import numpy as np
import polars as pl
from sklearn.calibration import CalibratedClassifierCV
from sklearn.frozen import FrozenEstimator
from sklearn.linear_model import LogisticRegression

from prevista.core.analytics.modeling import LOGISTIC, Split, _keeps_ranking, metrics, select_and_fit


def test_a_calibration_that_would_reverse_the_ranking_is_detected() -> None:
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 2))
    y = (X[:, 0] > 0).astype(int)
    model = LogisticRegression().fit(X, y)
    honest = CalibratedClassifierCV(FrozenEstimator(model), method="sigmoid", cv=2).fit(X, y)
    reversed_ = CalibratedClassifierCV(FrozenEstimator(model), method="sigmoid", cv=2).fit(X, 1 - y)
    assert _keeps_ranking(honest) and not _keeps_ranking(reversed_)


def test_the_simple_model_is_kept_when_boosting_does_not_beat_it() -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=4000)
    frame = pl.DataFrame({"x": x, "noise": rng.normal(size=4000)})
    y = (x + rng.normal(scale=1.0, size=4000) > 1).astype(int)  # a linear signal: nothing for trees to add
    train, test = Split(frame[:2000], y[:2000]), Split(frame[2000:], y[2000:])
    model = select_and_fit("churn", train, test, ["x", "noise"], [], "test split")
    assert model.chosen == LOGISTIC
    assert model.metrics.roc_auc > model.baselines["prior rate"].roc_auc + 0.2
    assert metrics(test.y, np.full(len(test.y), test.y.mean())).roc_auc == 0.5
