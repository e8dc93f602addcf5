"""The small logistic regression: sane on imbalanced and separable data."""

import numpy as np

from predictor.logistic import fit_logistic


def test_recovers_a_known_relationship():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(4000, 2))
    p = 1 / (1 + np.exp(-(0.5 + 2.0 * x[:, 0] - 1.0 * x[:, 1])))
    y = (rng.random(4000) < p).astype(float)
    model = fit_logistic(x, y, l2=0.1)
    assert np.allclose(model.coef / model.scale, [2.0, -1.0], atol=0.2)
    assert abs(model.predict(x).mean() - y.mean()) < 0.01


def test_rare_positives_and_separable_data_stay_finite():
    x = np.arange(20000, dtype=float).reshape(-1, 1)
    y = np.zeros(20000)
    y[-3:] = 1.0  # perfectly separable and very rare
    model = fit_logistic(x, y, l2=1.0)
    assert np.isfinite(model.intercept) and np.all(np.isfinite(model.coef))
    probabilities = model.predict(x)
    assert probabilities[-1] > probabilities[0]
    assert 0 < probabilities.mean() < 0.01
