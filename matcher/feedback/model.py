"""The model of performance: conversions per segment member reached, per (creator, segment).

Each creator *c* has a conversion rate ``lambda_c`` per segment member reached. A post that
reaches ``e`` segment members (its impressions x the creator's estimated segment share)
converts ``y`` of them:

* ``y | lambda_c ~ NegBin(mean lambda_c * e, shape kappa)``: a Poisson count whose mean also
  varies from post to post (the creative, the day) by a Gamma(kappa, kappa) factor;
* ``lambda_c = mu_c * r_c`` with ``r_c ~ Gamma(alpha, alpha)`` (mean 1): what the creator's
  features do not show;
* ``log mu_c = x_c . beta``: the *prediction* from the features (segment share, estimated
  reach, engagement, content affinity, platform; see ``features.py``).

``beta``, ``alpha`` and ``kappa`` are learned across the brand's results by maximum marginal
likelihood (empirical Bayes): each creator's ``r_c`` is integrated out on a fixed grid of
``log r``, and ``scipy.optimize.minimize`` maximises the summed log marginal likelihood with
weak Gaussian penalties (the feature effects toward 0, the intercept toward
``log PRIOR_BASE_RATE``, ``log alpha`` and ``log kappa`` toward moderate values) so that ten
pilot posts give a usable fit, and results with no conversions at all still give a finite
rate (the likelihood alone would push the intercept to minus infinity). The posterior of each
``r_c`` is then exact on the grid: with little data it stays near 1 (the prediction), with a lot it
follows the observed rate. The uncertainty of the fitted parameters themselves is carried by
draws from the Laplace approximation of the marginal likelihood (``draws``), so the intervals
of ten pilot creators, and of creators with no results, are not too narrow; no direction of
those draws is wider than its penalty (where the likelihood is flat, the penalty alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import minimize
from scipy.special import digamma, gammaln

LOG_R = np.linspace(-6.0, 4.0, 401)          # grid of log(rate / prediction)
LOG_ALPHA_BOUNDS = (-1.5, 5.0)
LOG_KAPPA_BOUNDS = (-1.0, 7.0)
PRIOR_LOG_ALPHA = (np.log(2.0), 0.75)          # mean, sd of the penalty
PRIOR_LOG_KAPPA = (np.log(20.0), 1.5)
BETA_SD = 0.25     # penalty sd of each standardised feature effect (chosen on seeds 21, 101)
PRIOR_BASE_RATE = 0.002       # conversions per segment member at the pool's average features
INTERCEPT_SD = 3.0            # penalty sd of the intercept (log scale: a factor of 20 either way)


@dataclass(frozen=True)
class Evidence:
    """The results of one creator: per post, the segment members reached and conversions."""

    members: np.ndarray
    conversions: np.ndarray

    @property
    def posts(self) -> int:
        return len(self.members)

    @property
    def total_members(self) -> float:
        return float(np.sum(self.members))

    @property
    def total_conversions(self) -> int:
        return int(np.sum(self.conversions))


NO_EVIDENCE = Evidence(np.zeros(0), np.zeros(0, dtype=np.int64))


@dataclass(frozen=True)
class Posterior:
    """Per creator: the prediction ``mu`` and the posterior of the rate, per member reached.

    ``mean`` is the point fit's posterior mean; the interval (``low``, ``high``) and
    ``sample`` use the mixture over the parameter draws (``draw_*``, the point fit first).
    """

    prediction: np.ndarray           # mu, conversions per member from the features alone
    mean: np.ndarray                 # posterior mean rate
    low: np.ndarray                  # the interval's lower bound
    high: np.ndarray                 # ... upper bound
    draw_prediction: np.ndarray = field(repr=False)   # (draws, n)
    draw_weights: np.ndarray = field(repr=False)      # (draws, n, grid) posterior of log r
    draw_kappa: np.ndarray = field(repr=False)        # (draws,)
    level: float = 0.8
    draw_cumulative: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "draw_cumulative", np.cumsum(self.draw_weights, axis=2))

    def sample(self, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        """One draw of every creator's rate and of the post-to-post shape ``kappa`` it goes
        with (for Thompson sampling and predictive intervals)."""
        n = len(self.mean)
        which = rng.integers(0, len(self.draw_kappa), n)
        cumulative = self.draw_cumulative[which, np.arange(n)]
        u = rng.random((n, 1))
        index = np.minimum((cumulative < u).sum(axis=1), len(LOG_R) - 1)
        step = LOG_R[1] - LOG_R[0]
        jitter = rng.uniform(-step / 2, step / 2, n)
        rate = self.draw_prediction[which, np.arange(n)] * np.exp(LOG_R[index] + jitter)
        return np.asarray(rate), self.draw_kappa[which]

    def draw_moments(self) -> tuple[np.ndarray, np.ndarray]:
        """Under each parameter draw (the point fit first), every creator's posterior mean
        rate and mean squared rate, each (draws, n). ``sample`` picks the draws with equal
        weight, so their means over draws are the mixture's moments."""
        r = np.exp(LOG_R)
        first = self.draw_prediction * (self.draw_weights @ r)
        second = self.draw_prediction ** 2 * (self.draw_weights @ r ** 2)
        return np.asarray(first), np.asarray(second)


def _log_nb(y: np.ndarray, mean: np.ndarray, kappa: float) -> np.ndarray:
    return (gammaln(y + kappa) - gammaln(kappa) - gammaln(y + 1.0)
            + kappa * np.log(kappa / (kappa + mean)) + y * np.log(mean / (kappa + mean) + 1e-300))


def _log_prior_r(alpha: float) -> np.ndarray:
    """log density of log r when r ~ Gamma(alpha, alpha), times the grid step."""
    r = np.exp(LOG_R)
    step = LOG_R[1] - LOG_R[0]
    return alpha * np.log(alpha) - gammaln(alpha) + alpha * LOG_R - alpha * r + np.log(step)


def _logsumexp_rows(values: np.ndarray) -> np.ndarray:
    top = values.max(axis=1, keepdims=True)
    return np.asarray(top[:, 0] + np.log(np.exp(values - top).sum(axis=1)))


@dataclass(frozen=True)
class _Posts:
    """Every post of the creators with evidence, flattened: its creator, members, count."""

    owner: np.ndarray
    members: np.ndarray
    conversions: np.ndarray
    starts: np.ndarray          # first post of each creator in ``creators``
    creators: np.ndarray        # creators with at least one post, ascending

    @classmethod
    def of(cls, evidence: Sequence[Evidence]) -> _Posts:
        owner = np.concatenate([np.full(ev.posts, c) for c, ev in enumerate(evidence)]
                               + [np.zeros(0, dtype=np.int64)]).astype(np.int64)
        members = np.concatenate([ev.members for ev in evidence] + [np.zeros(0)])
        conversions = np.concatenate([ev.conversions for ev in evidence]
                                     + [np.zeros(0)]).astype(float)
        starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]]) if len(owner) else (
            np.zeros(0, dtype=np.int64))
        return cls(owner, members, conversions, starts, owner[starts])

    def per_creator(self, values: np.ndarray) -> np.ndarray:
        """Sum rows of ``values`` (posts, ...) by creator: (creators with posts, ...)."""
        return np.asarray(np.add.reduceat(values, self.starts, axis=0))


def _post_means(mu: np.ndarray, posts: _Posts) -> np.ndarray:
    """(posts, grid): the mean conversions of each post for r on the grid."""
    return np.maximum(mu[posts.owner, None] * posts.members[:, None] * np.exp(LOG_R)[None, :],
                      1e-300)


def _log_likelihood_grid(mu: np.ndarray, evidence: Sequence[Evidence], kappa: float
                         ) -> np.ndarray:
    """(creators, grid): log P(creator's conversions | r on the grid)."""
    out = np.zeros((len(evidence), len(LOG_R)))
    posts = _Posts.of(evidence)
    if len(posts.owner):
        lik = _log_nb(posts.conversions[:, None], _post_means(mu, posts), kappa)
        out[posts.creators] = posts.per_creator(lik)
    return out


@dataclass
class PerformanceModel:
    """Feature effects ``beta`` (intercept first), ``alpha`` and ``kappa``, fitted or default."""

    beta: np.ndarray
    alpha: float = float(np.exp(PRIOR_LOG_ALPHA[0]))
    kappa: float = float(np.exp(PRIOR_LOG_KAPPA[0]))
    draws: list[np.ndarray] = field(default_factory=list)   # (beta, log alpha, log kappa) sets
    fitted_on: int = 0                                        # creators with results

    @classmethod
    def prior(cls, features: int, base_rate: float) -> PerformanceModel:
        """The model before any results: every creator predicted at ``base_rate``."""
        beta = np.zeros(features + 1)
        beta[0] = np.log(base_rate)
        return cls(beta=beta)

    def predict(self, x: np.ndarray, beta: np.ndarray | None = None) -> np.ndarray:
        """The prediction ``mu`` for standardised features ``x`` (n, features)."""
        b = self.beta if beta is None else beta
        return np.asarray(np.exp(b[0] + x @ b[1:]))

    def posterior(self, x: np.ndarray, evidence: Sequence[Evidence], level: float = 0.8
                  ) -> Posterior:
        """Each creator's posterior rate; ``evidence`` aligned with ``x`` (NO_EVIDENCE where
        a creator has no results). The mean is the point fit's; the interval is the central
        ``level`` of the posterior mixed over the Laplace draws of the parameters."""
        point = np.r_[self.beta, np.log(self.alpha), np.log(self.kappa)]
        log_w = []
        params_list = [point, *self.draws]
        for params in params_list:
            mu = self.predict(x, params[:-2])
            lw = (_log_prior_r(float(np.exp(params[-2])))[None, :]
                  + _log_likelihood_grid(mu, evidence, float(np.exp(params[-1]))))
            lw -= _logsumexp_rows(lw)[:, None]
            log_w.append((mu, lw))
        mu0, lw0 = log_w[0]
        weights = np.exp(lw0)
        mean = mu0 * (weights @ np.exp(LOG_R))
        mass = np.stack([np.exp(lw) for _, lw in log_w])          # (draws, n, grid)
        log_mu = np.log(np.stack([mu for mu, _ in log_w]))
        low, high = _mixture_quantiles(log_mu, mass, ((1 - level) / 2, (1 + level) / 2))
        return Posterior(prediction=mu0, mean=mean, low=np.exp(low), high=np.exp(high),
                         draw_prediction=np.stack([mu for mu, _ in log_w]),
                         draw_weights=mass,
                         draw_kappa=np.exp(np.array([p[-1] for p in params_list])),
                         level=level)


def _mixture_quantiles(log_mu: np.ndarray, mass: np.ndarray, qs: tuple[float, float]
                       ) -> tuple[np.ndarray, np.ndarray]:
    """Quantiles of each creator's log rate under the mixture over parameter draws.

    ``log_mu`` (draws, n) places draw d's grid at ``log_mu[d] + LOG_R``; ``mass`` (draws, n,
    grid) is each draw's posterior on its grid. Each draw's CDF is read, by linear
    interpolation, on the point fit's grid, and the mixture CDF inverted there."""
    draws, n, size = mass.shape
    step = LOG_R[1] - LOG_R[0]
    padded = np.concatenate([np.zeros((draws, n, 1)), np.cumsum(mass, axis=2)], axis=2)
    position = (np.arange(size)[None, None, :]
                + ((log_mu[0][None, :] - log_mu) / step)[:, :, None])   # on draw d's grid
    below = np.floor(position)
    frac = position - below
    lower = np.clip(below + 1, 0, size).astype(np.int64)
    upper = np.clip(below + 2, 0, size).astype(np.int64)
    cdf = ((1 - frac) * np.take_along_axis(padded, lower, axis=2)
           + frac * np.take_along_axis(padded, upper, axis=2)).mean(axis=0)   # (n, grid)
    out = []
    rows = np.arange(n)
    for q in qs:
        k = np.clip((cdf < q).sum(axis=1), 1, size - 1)
        before, after = cdf[rows, k - 1], cdf[rows, k]
        t = np.clip((q - before) / np.maximum(after - before, 1e-12), 0.0, 1.0)
        out.append(log_mu[0] + LOG_R[k - 1] + t * step)
    return out[0], out[1]


def _objective(params: np.ndarray, x: np.ndarray, posts: _Posts
               ) -> tuple[float, np.ndarray]:
    """The penalised negative log marginal likelihood of the creators with posts, and its
    gradient."""
    beta, log_alpha, log_kappa = params[:-2], params[-2], params[-1]
    alpha, kappa = float(np.exp(log_alpha)), float(np.exp(log_kappa))
    mu = np.exp(beta[0] + x @ beta[1:])
    y = posts.conversions[:, None]
    mean = _post_means(mu, posts)
    lw = _log_prior_r(alpha)[None, :] + posts.per_creator(_log_nb(y, mean, kappa))
    totals = _logsumexp_rows(lw)
    w = np.exp(lw - totals[:, None])                          # posterior of log r, per creator
    d_log_mu = posts.per_creator(y - (y + kappa) * mean / (kappa + mean))
    d_kappa = posts.per_creator(digamma(y + kappa) - digamma(kappa)
                                + np.log(kappa / (kappa + mean)) + 1.0
                                - (kappa + y) / (kappa + mean))
    d_prior = np.log(alpha) + 1.0 - digamma(alpha) + LOG_R - np.exp(LOG_R)  # d/d alpha
    xs = np.c_[np.ones(len(posts.creators)), x[posts.creators]]
    grad_beta = ((w * d_log_mu).sum(axis=1)) @ xs
    sd_a, sd_k = PRIOR_LOG_ALPHA[1], PRIOR_LOG_KAPPA[1]
    intercept = beta[0] - np.log(PRIOR_BASE_RATE)
    penalty = (0.5 * float(np.sum(beta[1:] ** 2)) / BETA_SD ** 2
               + 0.5 * (intercept / INTERCEPT_SD) ** 2
               + 0.5 * ((log_alpha - PRIOR_LOG_ALPHA[0]) / sd_a) ** 2
               + 0.5 * ((log_kappa - PRIOR_LOG_KAPPA[0]) / sd_k) ** 2)
    grad = np.r_[-grad_beta + np.r_[intercept / INTERCEPT_SD ** 2, beta[1:] / BETA_SD ** 2],
                 -float((w @ d_prior).sum()) * alpha
                 + (log_alpha - PRIOR_LOG_ALPHA[0]) / sd_a ** 2,
                 -float((w * d_kappa).sum()) * kappa
                 + (log_kappa - PRIOR_LOG_KAPPA[0]) / sd_k ** 2]
    return -float(totals.sum()) + penalty, grad


def fit(x: np.ndarray, evidence: Sequence[Evidence], draws: int = 30, seed: int = 0
        ) -> PerformanceModel:
    """Fit the model to the creators with results (rows of ``x`` aligned with ``evidence``).

    The point fit maximises the penalised marginal likelihood; ``draws`` parameter sets from
    its Laplace approximation (a Gaussian with the inverse Hessian as covariance) carry the
    uncertainty of ``beta``, ``alpha`` and ``kappa`` into the intervals (0: the point fit
    alone).
    """
    kept = [i for i, ev in enumerate(evidence) if ev.posts > 0]
    if not kept:
        raise ValueError("no results to fit the performance model on")
    xs, evs = x[kept], [evidence[i] for i in kept]
    members = sum(ev.total_members for ev in evs)
    conversions = sum(ev.total_conversions for ev in evs)
    init = np.r_[np.log((conversions + 0.5) / max(members, 1.0)), np.zeros(x.shape[1]),
                 PRIOR_LOG_ALPHA[0], PRIOR_LOG_KAPPA[0]]
    bounds = [(None, None)] * (x.shape[1] + 1) + [LOG_ALPHA_BOUNDS, LOG_KAPPA_BOUNDS]
    posts = _Posts.of(evs)
    result = minimize(_objective, init, args=(np.asarray(xs), posts), jac=True,
                      method="L-BFGS-B", bounds=bounds)
    params = result.x
    model = PerformanceModel(beta=params[:-2], alpha=float(np.exp(params[-2])),
                             kappa=float(np.exp(params[-1])), fitted_on=len(kept))
    if draws:
        covariance = _laplace_covariance(params, xs, posts)
        rng = np.random.default_rng(seed)
        for sample in rng.multivariate_normal(params, covariance, size=draws,
                                              method="eigh"):
            low = [b[0] if b[0] is not None else -np.inf for b in bounds]
            high = [b[1] if b[1] is not None else np.inf for b in bounds]
            sample = np.clip(sample, low, high)
            model.draws.append(sample)
    return model


def _laplace_covariance(params: np.ndarray, x: np.ndarray, posts: _Posts) -> np.ndarray:
    """The inverse Hessian of the objective at ``params``, by differences of the gradient;
    its eigenvalues are floored at the widest penalty's precision, so a direction the results
    say nothing about (or a parameter at its bound) is drawn no wider than its penalty."""
    size = len(params)
    hessian = np.zeros((size, size))
    step = 1e-4
    for j in range(size):
        up, down = params.copy(), params.copy()
        up[j] += step
        down[j] -= step
        hessian[:, j] = (_objective(up, x, posts)[1] - _objective(down, x, posts)[1]) / (
            2 * step)
    hessian = (hessian + hessian.T) / 2
    values, vectors = np.linalg.eigh(hessian)
    values = np.maximum(values, 1.0 / max(INTERCEPT_SD, BETA_SD, PRIOR_LOG_ALPHA[1],
                                          PRIOR_LOG_KAPPA[1]) ** 2)
    return np.asarray((vectors / values) @ vectors.T)


def predictive_interval(model: PerformanceModel, posterior: Posterior, members: np.ndarray,
                        rng: np.random.Generator, level: float = 0.8, draws: int = 2000
                        ) -> tuple[np.ndarray, np.ndarray]:
    """The central ``level`` interval of each creator's conversions in a next post reaching
    ``members`` segment members: the posterior rate, the post-to-post Gamma(kappa) factor and
    the Poisson count, by simulation."""
    samples = [posterior.sample(rng) for _ in range(draws)]
    rates = np.stack([rate for rate, _ in samples], axis=1)
    kappas = np.stack([kappa for _, kappa in samples], axis=1)
    factor = rng.gamma(kappas, 1.0 / kappas)
    counts = rng.poisson(rates * factor * members[:, None])
    low = np.quantile(counts, (1 - level) / 2, axis=1, method="inverted_cdf")
    high = np.quantile(counts, (1 + level) / 2, axis=1, method="inverted_cdf")
    return low, high
