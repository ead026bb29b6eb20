"""Components with the same interests and ages are one segment, whatever their places."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.metrics import adjusted_rand_score

from matcher.discovery import DiscoveryOptions, discover, read_customers
from matcher.discovery.clustering import Segments, merge_groups
from matcher.discovery.latent import Coded, LatentClasses
from matcher.simulate import fixed_segments
from matcher.simulate.customers import draw_customers


def _model(ages: list[list[float]], countries: list[list[float]],
           topics: list[list[float]], known: list[float] | None = None) -> LatentClasses:
    k = len(ages)
    held = np.array(topics, dtype=float).T  # topics x k
    return LatentClasses(np.full(k, 1.0 / k), [np.log(np.array(ages)),
                                                np.log(np.array(countries))],
                         np.log(held), np.log1p(-held), np.zeros((k, 0)), np.ones((k, 0)),
                         np.array(known if known is not None else [1.0] * k))


def test_same_interests_and_ages_in_two_countries_are_one_segment():
    model = _model(ages=[[0.9, 0.1], [0.88, 0.12], [0.9, 0.1], [0.1, 0.9]],
                   countries=[[0.95, 0.05], [0.05, 0.95], [0.5, 0.5], [0.95, 0.05]],
                   topics=[[0.7, 0.6, 0.02], [0.68, 0.62, 0.03], [0.02, 0.03, 0.8],
                           [0.7, 0.6, 0.02]])
    groups = merge_groups(model, age_field=0)
    assert groups[0] == groups[1]          # a country split of one persona
    assert groups[2] != groups[0]          # other interests
    assert groups[3] != groups[0]          # same interests, other ages: another persona
    data = Coded([(np.array([0, 0, 1]), 2), (np.array([0, 1, -1]), 2)],
                 np.array([1, 1, 2]),
                 sp.csr_matrix(np.array([[0, 0, 0], [1, 1, 0], [0, 0, 1]], dtype=float)),
                 np.zeros((3, 0)))
    labels = Segments(model, groups).predict(data)
    assert labels[0] == labels[1] == groups[0] and labels[2] == groups[2]


def test_without_interests_nothing_is_merged():
    model = _model(ages=[[0.5, 0.5]] * 3, countries=[[0.9, 0.1], [0.1, 0.9], [0.5, 0.5]],
                   topics=[[], [], []])
    assert list(merge_groups(model, age_field=0)) == [0, 1, 2]


def test_components_of_unknown_interests_are_not_merged():
    # blank baskets leave every topic at the prior: "the same interests" by distance alone
    model = _model(ages=[[0.9, 0.1]] * 3, countries=[[0.95, 0.05], [0.05, 0.95], [0.9, 0.1]],
                   topics=[[0.5, 0.5, 0.5], [0.5, 0.5, 0.5], [0.5, 0.5, 0.5]],
                   known=[0.0, 0.01, 0.9])
    assert list(merge_groups(model, age_field=0)) == [0, 1, 2]


def test_customers_without_interests_keep_their_gender_and_country(encoder, tmp_path):
    rng = np.random.default_rng(0)
    planted = [(500, "f", "DE", "de", ["yoga practice", "mindful living", "breathwork"]),
               (500, "m", "BR", "pt", ["esports tournaments", "live game streams"]),
               (400, "m", "US", "en", []),
               (400, "f", "JP", "ja", [])]
    rows, truth = ["age,gender,country,language,interests"], []
    for group, (size, gender, country, language, interests) in enumerate(planted):
        for _ in range(size):
            basket = "|".join(rng.choice(interests, 2, replace=False)) if interests else ""
            age = rng.integers(55, 65) if country == "BR" else rng.integers(25, 35)
            rows.append(f"{age},{gender},{country},{language},{basket}")
            truth.append(group)
    (tmp_path / "customers.csv").write_text("\n".join(rows) + "\n")
    found = discover(read_customers(tmp_path / "customers.csv"), encoder.encode,
                     options=DiscoveryOptions(max_segments=8))
    assert found.k == 4
    assert adjusted_rand_score(truth, found.labels) >= 0.95
    countries = [set(item.to_dict()["countries"]["shares"]) for item in found.segments]
    assert {"US", "JP"} not in countries


def test_a_multi_country_segment_is_found_whole(encoder, tmp_path):
    by_id = {s.id: s for s in fixed_segments()}
    planted = [by_id[i] for i in ("gamers-br-mx", "yoga-women-de", "car-enthusiasts-dach")]
    sample = draw_customers(7, planted, 1_500)
    base = read_customers(sample.write(tmp_path / "customers.csv"))
    found = discover(base, encoder.encode, options=DiscoveryOptions(max_segments=8))
    assert found.k == 3 and found.components >= found.k
    assert adjusted_rand_score(sample.labels, found.labels) >= 0.9
    assert found.to_dict()["components"] == found.components
