"""A small L2-regularised logistic regression (Newton's method), enough for a few features."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class LogisticModel:
    """Coefficients over standardised features, plus the standardisation itself."""

    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float

    def predict(self, features: np.ndarray) -> np.ndarray:
        """Probabilities for each row of `features`."""
        if len(features) == 0:
            return np.zeros(0)
        z = (features - self.mean) / self.scale @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-np.clip(z, -35.0, 35.0)))


def fit_logistic(
    features: np.ndarray, labels: np.ndarray, l2: float = 1.0, iterations: int = 50
) -> LogisticModel:
    """Fit by damped Newton-Raphson; the intercept is not penalised. Needs both classes."""
    x = np.asarray(features, dtype=float)
    y = np.asarray(labels, dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    penalty = np.full(z.shape[1], l2)
    penalty[0] = 0.0
    rate = min(max(y.mean(), 1e-6), 1 - 1e-6)
    w = np.zeros(z.shape[1])
    w[0] = np.log(rate / (1 - rate))

    def loss(weights: np.ndarray) -> float:
        margin = z @ weights
        return float(np.sum(np.logaddexp(0.0, margin) - y * margin) + 0.5 * penalty @ weights**2)

    current = loss(w)
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -35.0, 35.0)))
        gradient = z.T @ (p - y) + penalty * w
        hessian = (z * (p * (1 - p))[:, None]).T @ z + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hessian, gradient)
        size = 1.0
        while size > 1e-4:
            candidate = w - size * step
            value = loss(candidate)
            if value <= current:
                break
            size /= 2
        else:
            break
        w, improvement, current = candidate, current - value, value
        if improvement < 1e-9 * max(1.0, abs(current)):
            break
    return LogisticModel(mean=mean, scale=scale, coef=w[1:], intercept=float(w[0]))
