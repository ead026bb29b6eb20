"""Provider label vocabularies: how one data provider reports the world's latent interests.

The world's followers hold *latent* interests (the fine-grained interests listed per niche in
``vocab.NICHES``); a provider only shows its own labels. A ``Vocabulary`` says which labels a
follower holding a latent interest is reported under (one broad label, several narrow ones, or
a label shared with other niches), and carries segment phrases with two hidden maps: the latent
interests that define who is truly in the audience, and, derived from them, the provider labels
that truly carry that audience (the truth for phrase-to-label precision and recall). Membership
truth depends only on latent interests, so a segment's true share is the same in every
vocabulary; only the reports and the label maps change.

``default`` reports every latent interest verbatim (the project's own vocabulary, on which the
matcher was tuned). ``iab``, ``broad``, ``social``, ``retail``, ``survey``, ``adplatform``,
``media``, ``apps``, ``lifestyle``, ``spend``, ``clubs``, ``intent``, ``visits``, ``courses``,
``careers``, ``events``, ``trips``, ``owners``, ``players``, ``wearables``, ``donors``,
``property``, ``weather``, ``cooks``, ``daters`` and ``voice`` are held out:
written before any tuning on them (``survey``, a consumer-research panel's profile labels,
``adplatform``, an ad platform's affinity, in-market and life-event audiences, ``media``, a
media-measurement panel's content-consumption audiences, and ``apps``, an app-intelligence
provider's app-usage audiences, were written blind, before any tuning or measurement on them;
``lifestyle``, a segmentation provider's lifestyle personas, and ``spend``, a card-spend
provider's merchant-category spender audiences, were written blind later, without reading the
matching code or its notes, as the held-out test of the next change to interest matching).
``clubs``: a community platform's self-named topic groups, written blind as the held-out test
of the next change. ``intent``: a retail-media network's shopper-intent audiences (in-market,
repeat, lapsed), written blind as the held-out test of the next change.
``visits``: a location-data provider's place-visit audiences from foot traffic, written blind
as the held-out test of the next change. ``courses``: an online-learning platform's learner
audiences by the subject studied, written blind as the held-out test of the next change.
``careers``: a professional network's member audiences by job function, industry, skills,
groups and followed topics, written blind as the held-out test of the next change.
``events``: a ticketing and event platform's attendee audiences by the kind of event, written
blind as the held-out test of the next change.
``trips``: a travel-booking provider's traveller audiences by trip type, destination and travel
behaviour, written blind as the held-out test of the next change.
``owners``: a product-registration data provider's owner audiences by the durable goods people
register, written blind as the held-out test of the next change.
``players``: a gaming platform's player audiences by genre, title, play style and in-game
purchase, written blind as the held-out test of the next change.
``wearables``: a fitness-tracker platform's activity audiences by logged activity, sleep and
health pattern, written blind as the held-out test of the next change.
``donors``: a fundraising platform's donor audiences by cause, sponsored challenge and way of
giving, written blind as the held-out test of the next change.
``property``: a real-estate portal's home-seeker and homeowner audiences by search filter, home
feature, area and stage of the housing journey, written blind as the held-out test of the next
change.
``weather``: a weather app's forecast audiences by activity forecast, alert or health index and
habit of use, written blind as the held-out test of the next change.
``cooks``: a recipe platform's cook audiences by dish or diet, occasion and way of cooking,
written blind as the held-out test of the next change.
``daters``: a dating app's member audiences by profile badge or trait, date idea and what members
look for, written blind as the held-out test of the next change.
``voice``: a voice assistant's user audiences by request, skill or linked device and routine,
written blind as the held-out test of the next change.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from . import (
    vocab_adplatform,
    vocab_apps,
    vocab_broad,
    vocab_careers,
    vocab_clubs,
    vocab_cooks,
    vocab_courses,
    vocab_daters,
    vocab_donors,
    vocab_events,
    vocab_iab,
    vocab_intent,
    vocab_lifestyle,
    vocab_media,
    vocab_owners,
    vocab_players,
    vocab_property,
    vocab_retail,
    vocab_social,
    vocab_spend,
    vocab_survey,
    vocab_trips,
    vocab_visits,
    vocab_voice,
    vocab_wearables,
    vocab_weather,
)
from .vocab import NICHES, PHRASES

#: The world's latent interests, in the order of the world's interest arrays.
LATENT_INTERESTS: tuple[str, ...] = tuple(lab for n in NICHES.values() for lab in n.labels)
LATENT_NICHE: dict[str, str] = {lab: n.key for n in NICHES.values() for lab in n.labels}


def _split(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.split(";") if x.strip())


@dataclass(frozen=True)
class Vocabulary:
    """One provider's interest labels, how it reports latent interests, and segment phrases.

    ``reports`` maps every latent interest to the labels a follower holding it is reported
    under; a label is held by a follower holding any of its latent interests. ``phrases`` maps
    each segment phrase to the latent interests that define its audience (the membership
    truth), and ``phrase_niche`` to the niche random segments draw it for. ``fixed`` holds the
    hand-written segments of the vocabulary as plain keyword dicts (empty for ``default``,
    whose segments live in ``segments.py``).
    """

    name: str
    description: str
    labels: tuple[str, ...]
    reports: Mapping[str, tuple[str, ...]]
    phrases: Mapping[str, tuple[str, ...]]
    phrase_niche: Mapping[str, str]
    fixed: tuple[Mapping[str, Any], ...] = ()

    def __post_init__(self) -> None:
        known = set(self.labels)
        if len(known) != len(self.labels):
            raise ValueError(f"{self.name}: duplicate labels")
        if set(self.reports) != set(LATENT_INTERESTS):
            raise ValueError(f"{self.name}: reports must cover exactly the latent interests")
        used = {lab for labs in self.reports.values() for lab in labs}
        if used != known:
            raise ValueError(f"{self.name}: labels never reported {sorted(known - used)}, "
                             f"unknown labels {sorted(used - known)}")
        for phrase, latent in self.phrases.items():
            if not latent or not set(latent) <= set(LATENT_INTERESTS):
                raise ValueError(f"{self.name}: bad latent interests for {phrase!r}")
            if self.phrase_niche.get(phrase) not in NICHES:
                raise ValueError(f"{self.name}: no niche for {phrase!r}")
            if phrase.lower() in {lab.lower() for lab in self.labels}:
                raise ValueError(f"{self.name}: phrase {phrase!r} equals a label")

    @cached_property
    def label_map(self) -> dict[str, tuple[str, ...]]:
        """Hidden phrase -> labels map: the labels of the phrase's latent interests, in order."""
        out: dict[str, tuple[str, ...]] = {}
        for phrase, latent in self.phrases.items():
            seen: dict[str, None] = {}
            for interest in latent:
                for label in self.reports[interest]:
                    seen.setdefault(label, None)
            out[phrase] = tuple(seen)
        return out

    @cached_property
    def is_identity(self) -> bool:
        """True when labels are the latent interests themselves, reported one to one."""
        return self.labels == LATENT_INTERESTS and all(
            self.reports[x] == (x,) for x in LATENT_INTERESTS)

    @cached_property
    def report_matrix(self) -> np.ndarray:
        """(latent interests, labels) 0/1 matrix: which labels each latent interest is shown as."""
        index = {lab: j for j, lab in enumerate(self.labels)}
        out = np.zeros((len(LATENT_INTERESTS), len(self.labels)))
        for i, interest in enumerate(LATENT_INTERESTS):
            out[i, [index[lab] for lab in self.reports[interest]]] = 1.0
        return out

    def label_probability(self, latent: np.ndarray) -> np.ndarray:
        """P(holds label) from P(holds latent interest), (..., latent) -> (..., labels).

        Latent interests are independent within a community, so a label is missed only when
        every latent interest it covers is missed.
        """
        return 1.0 - np.exp(np.log1p(-latent) @ self.report_matrix)

    def niche_phrases(self, niche: str) -> list[str]:
        """The phrases random segments draw for ``niche``, in definition order."""
        return [p for p, k in self.phrase_niche.items() if k == niche]

    def granularity(self) -> dict[str, float]:
        """Labels, and latent interests and niches per label (how broad the labels are)."""
        latent_per = self.report_matrix.sum(axis=0)
        niches_per = [len({LATENT_NICHE[x] for x, labs in self.reports.items() if lab in labs})
                      for lab in self.labels]
        return {"labels": len(self.labels), "latent_per_label": float(latent_per.mean()),
                "niches_per_label": float(np.mean(niches_per)),
                "max_niches_per_label": float(max(niches_per)),
                "labels_per_latent": float(self.report_matrix.sum(axis=1).mean())}


def _held_out(module: Any) -> Vocabulary:
    phrases: dict[str, tuple[str, ...]] = {}
    phrase_niche: dict[str, str] = {}
    for niche, table in module.PHRASES.items():
        for phrase, latent in table.items():
            if phrase in phrases:
                raise ValueError(f"{module.NAME}: phrase {phrase!r} defined twice")
            phrases[phrase] = _split(latent)
            phrase_niche[phrase] = niche
    return Vocabulary(name=module.NAME, description=module.DESCRIPTION,
                      labels=tuple(module.LABELS),
                      reports={k: _split(v) for k, v in module.REPORTS.items()},
                      phrases=phrases, phrase_niche=phrase_niche,
                      fixed=tuple(module.FIXED_SEGMENTS))


DEFAULT = Vocabulary(
    name="default",
    description="The project's own provider: every latent interest reported under its name.",
    labels=LATENT_INTERESTS,
    reports={x: (x,) for x in LATENT_INTERESTS},
    phrases=dict(PHRASES),
    phrase_niche={p: n.key for n in NICHES.values() for p in n.phrases},
)

VOCABULARIES: dict[str, Vocabulary] = {
    v.name: v for v in (DEFAULT, _held_out(vocab_iab), _held_out(vocab_broad),
                        _held_out(vocab_social), _held_out(vocab_retail),
                        _held_out(vocab_survey), _held_out(vocab_adplatform),
                        _held_out(vocab_media), _held_out(vocab_apps),
                        _held_out(vocab_lifestyle), _held_out(vocab_spend),
                        _held_out(vocab_clubs), _held_out(vocab_intent),
                        _held_out(vocab_visits), _held_out(vocab_courses),
                        _held_out(vocab_careers), _held_out(vocab_events),
                        _held_out(vocab_trips), _held_out(vocab_owners),
                        _held_out(vocab_players), _held_out(vocab_wearables),
                        _held_out(vocab_donors), _held_out(vocab_property),
                        _held_out(vocab_weather), _held_out(vocab_cooks),
                        _held_out(vocab_daters), _held_out(vocab_voice))}


def get_vocabulary(vocabulary: str | Vocabulary = "default") -> Vocabulary:
    """The vocabulary of that name (``default``, ``iab``, ``broad``, ``social``, ``retail``,
    ``survey``, ``adplatform``, ``media``, ``apps``, ``lifestyle``, ``spend``, ``clubs``,
    ``intent``, ``visits``, ``courses``, ``careers``, ``events``, ``trips``, ``owners``,
    ``players``, ``wearables``, ``donors``, ``property``, ``weather``, ``cooks``, ``daters``,
    ``voice``), or the one given."""
    if isinstance(vocabulary, Vocabulary):
        return vocabulary
    try:
        return VOCABULARIES[vocabulary]
    except KeyError:
        raise ValueError(f"unknown vocabulary {vocabulary!r}; "
                         f"known: {', '.join(VOCABULARIES)}") from None
