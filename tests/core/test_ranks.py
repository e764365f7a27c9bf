"""Ranks in blocks on threads must be the ranks of one pass: each row is mapped on its own."""

import numpy as np
import pytest
from sklearn.preprocessing import QuantileTransformer

from prevista.core.analytics import ranks


@pytest.mark.parametrize("block", [7, 250, 10_000])
def test_ranks_in_blocks_are_the_ranks_of_one_pass(block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ranks, "BLOCK_ROWS", block)
    rng = np.random.default_rng(block)
    train = rng.lognormal(size=(1200, 3))
    train[::13, 1] = np.nan
    scored = np.vstack([train, rng.lognormal(4, 2, size=(500, 3))])  # values beyond the training range too
    settings = {"n_quantiles": 100, "output_distribution": "normal", "subsample": 1000, "random_state": 0}
    blocked, plain = ranks.BlockRanks(**settings), QuantileTransformer(**settings)
    assert np.array_equal(blocked.fit_transform(train), plain.fit_transform(train), equal_nan=True)
    assert np.array_equal(blocked.transform(scored), plain.transform(scored), equal_nan=True)
