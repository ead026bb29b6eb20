"""Tests of the simulator's provider vocabularies (matcher.simulate.vocabularies); no model."""

from __future__ import annotations

import csv
import hashlib
import json
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from matcher.simulate import (
    VOCABULARIES,
    SimSegment,
    World,
    build_world,
    fixed_segments,
    get_vocabulary,
    random_segments,
)
from matcher.simulate.vocab import AGE_BANDS, COMMUNITY_ANCHORS, PHRASES
from matcher.simulate.vocabularies import LATENT_INTERESTS

HELD_OUT = ("iab", "broad", "social", "retail", "survey", "adplatform", "media", "apps",
            "lifestyle", "spend", "clubs", "intent", "visits", "courses", "careers", "events",
            "trips", "owners", "players", "wearables", "donors", "property", "weather", "cooks",
            "daters", "voice")
IAB_TSV = Path("/work/shared/data/reference/iab_audience_taxonomy_1.1.tsv")

# Regression guard for the default vocabulary, computed with the code *before* vocabularies
# existed (commit ff90ee4) by:
#   w = build_world(7, 300)
#   hashlib.sha256(json.dumps(w.reported_profiles(), sort_keys=True).encode()).hexdigest()
#   [round(float(w.true_share(s).sum()), 9) for s in fixed_segments()]
#   [(s.id, s.interests) for s in random_segments(np.random.default_rng(3), 5)]
#   [round(float(w.true_share(s).sum()), 9) for s in random_segments(default_rng(3), 5)]
DEFAULT_REPORTS_SHA256 = "ef48a1fd0e093d1e166a7127ace92c6ac58711fd709b7c944e46a873f904bb49"
DEFAULT_FIXED_SHARE_SUMS = [
    6.037363938, 0.78565098, 5.991810656, 1.876578938, 2.488377032, 2.975237175, 0.770517753,
    2.945360733, 2.980994183, 1.850576727, 4.025637753, 12.293057883, 0.620512899, 6.117802582]
DEFAULT_RANDOM = [
    ("rnd-001-home-nordics", ["houseplant care", "scandinavian interiors",
                              "small apartment makeovers"]),
    ("rnd-002-travel-uk-ie", ["boutique hotels", "frequent flyers", "weekend city breaks"]),
    ("rnd-003-tech-north-america", ["AI tools", "coding tutorials", "smartphone reviews"]),
    ("rnd-004-outdoor-north-america", ["fly fishing", "rock climbing", "ultralight gear",
                                       "hairstyling tips"]),
    ("rnd-005-outdoor-north-america", ["long-distance hiking", "rock climbing",
                                       "ultralight gear", "fly fishing"]),
]
DEFAULT_RANDOM_SHARE_SUMS = [1.627914858, 0.613256945, 3.068143469, 8.654649261, 15.572040239]


@pytest.fixture(scope="module")
def worlds() -> dict[str, World]:
    return {name: build_world(7, 2000, vocabulary=name) for name in VOCABULARIES}


def test_default_world_is_unchanged() -> None:
    world = build_world(7, 300)
    assert world.vocabulary is get_vocabulary("default")
    digest = hashlib.sha256(json.dumps(world.reported_profiles(), sort_keys=True).encode())
    assert digest.hexdigest() == DEFAULT_REPORTS_SHA256
    sums = [float(world.true_share(s).sum()) for s in fixed_segments()]
    assert sums == pytest.approx(DEFAULT_FIXED_SHARE_SUMS, rel=1e-8)
    rnd = random_segments(np.random.default_rng(3), 5)
    assert [(s.id, s.interests) for s in rnd] == DEFAULT_RANDOM
    assert [float(world.true_share(s).sum()) for s in rnd] == pytest.approx(
        DEFAULT_RANDOM_SHARE_SUMS, rel=1e-8)
    assert fixed_segments("default") == fixed_segments()


@pytest.mark.parametrize("name", tuple(VOCABULARIES))
def test_phrase_maps_name_only_labels_of_their_vocabulary(name: str) -> None:
    vocab = get_vocabulary(name)
    labels = set(vocab.labels)
    lowered = {lab.lower() for lab in labels}
    assert set(vocab.label_map) == set(vocab.phrases)
    for phrase, mapped in vocab.label_map.items():
        assert 1 <= len(mapped) <= 3, phrase
        assert set(mapped) <= labels, phrase
        assert phrase.lower() not in lowered, phrase
        assert set(vocab.phrases[phrase]) <= set(LATENT_INTERESTS)
    # random segments draw 2-4 phrases of an anchor's niche
    for niche, _ in COMMUNITY_ANCHORS:
        assert len(vocab.niche_phrases(niche)) >= 2


def test_held_out_phrases_are_new() -> None:
    default_labels = {lab.lower() for lab in get_vocabulary("default").labels}
    seen = {p.lower() for p in PHRASES}
    for name in HELD_OUT:
        phrases = {p.lower() for p in get_vocabulary(name).phrases}
        assert not phrases & seen, name
        assert not phrases & default_labels, name
        seen |= phrases


def test_granularity_differs_between_vocabularies() -> None:
    default, iab, broad = (get_vocabulary(n).granularity() for n in ("default", "iab", "broad"))
    assert default["labels"] == len(LATENT_INTERESTS) and default["niches_per_label"] == 1
    assert iab["labels"] > 90 and iab["labels_per_latent"] > 1.2
    assert 25 <= broad["labels"] <= 35 and broad["max_niches_per_label"] >= 3
    assert get_vocabulary("default").is_identity
    assert not get_vocabulary("iab").is_identity and not get_vocabulary("broad").is_identity


@pytest.mark.skipif(not IAB_TSV.exists(), reason="IAB reference table not available")
def test_iab_labels_are_condensed_names_of_the_interest_branch() -> None:
    with open(IAB_TSV, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))[1:]
    names = {r[3].strip().removeprefix("Interest | ").removesuffix(" |").strip()
             for r in rows if len(r) > 4 and r[4].strip() == "Interest"}
    assert set(get_vocabulary("iab").labels) <= names


@pytest.mark.parametrize("name", tuple(VOCABULARIES))
def test_every_label_is_reported_by_some_creators(worlds: dict[str, World], name: str) -> None:
    vocab = get_vocabulary(name)
    counts = Counter(lab for r in worlds[name].reported_profiles()
                     for lab in r["audience"].get("interests", {}))
    assert set(counts) == set(vocab.labels)
    assert all(counts[lab] > 0 for lab in vocab.labels)


@pytest.mark.parametrize("name", HELD_OUT)
def test_held_out_segments(name: str) -> None:
    vocab = get_vocabulary(name)
    fixed = fixed_segments(name)
    assert 14 <= len(fixed) <= 20
    rnd = random_segments(np.random.default_rng(9), 30, name)
    again = random_segments(np.random.default_rng(9), 30, vocabulary=vocab)
    assert [s.to_yaml_dict() for s in rnd] == [s.to_yaml_dict() for s in again]
    ids = [s.id for s in fixed + rnd]
    assert len(set(ids)) == len(ids) and all(i.startswith(f"{name}-") for i in ids)
    for seg in fixed + rnd:
        assert seg.vocabulary == name and 2 <= len(seg.interests) <= 4
        assert set(seg.ages) <= set(AGE_BANDS) and seg.description
        for phrase in seg.interests:
            assert seg.label_map[phrase] == list(vocab.label_map[phrase])
            assert seg.interest_map is not None
            assert seg.interest_map[phrase] == list(vocab.phrases[phrase])
        assert "label_map" not in seg.to_yaml_dict() and "vocabulary" not in seg.to_yaml_dict()


def test_truth_and_demographics_do_not_depend_on_the_vocabulary(
        worlds: dict[str, World]) -> None:
    default = worlds["default"]
    segments = [s for name in VOCABULARIES for s in fixed_segments(name)
                + random_segments(np.random.default_rng(4), 5, name)]
    for name in HELD_OUT:
        world = worlds[name]
        for seg in segments:
            np.testing.assert_array_equal(world.true_share(seg), default.true_share(seg))
            np.testing.assert_array_equal(world.true_reach(seg), default.true_reach(seg))
        for a, b in zip(world.reported_profiles(), default.reported_profiles(), strict=True):
            ia, ib = a["audience"].pop("interests", None), b["audience"].pop("interests", None)
            assert a == b
            assert (ia is None) == (ib is None)
            assert ia is None or set(ia) <= set(world.vocabulary.labels)


def test_same_latent_targets_give_the_same_share_in_any_vocabulary(
        worlds: dict[str, World]) -> None:
    # "reformer pilates" (iab), "hot yoga regulars" (broad) and "yoga practice" (default) all
    # mean the followers holding the latent interest "Yoga & Pilates".
    phrases = {"default": "yoga practice", "iab": "reformer pilates",
               "broad": "hot yoga regulars"}
    shares = []
    for name, phrase in phrases.items():
        vocab = get_vocabulary(name)
        assert vocab.phrases[phrase] == ("Yoga & Pilates",)
        seg = SimSegment(id=name, name=name, description="", ages=["25-34", "35-44"],
                         interests=[phrase], genders=["female"], countries=["DE", "US"],
                         label_map={phrase: list(vocab.label_map[phrase])},
                         interest_map={phrase: list(vocab.phrases[phrase])}, vocabulary=name)
        shares.append(worlds[name].true_share(seg))
    np.testing.assert_array_equal(shares[0], shares[1])
    np.testing.assert_array_equal(shares[0], shares[2])
    assert get_vocabulary("broad").label_map["hot yoga regulars"] == ("Fitness & Wellness",)


def test_a_held_out_segment_without_latent_truth_is_rejected(worlds: dict[str, World]) -> None:
    seg = SimSegment(id="x", name="x", description="", ages=["18-24"],
                     interests=["hot yoga regulars"],
                     label_map={"hot yoga regulars": ["Fitness & Wellness"]}, vocabulary="broad")
    with pytest.raises(ValueError, match="interest_map"):
        worlds["broad"].true_share(seg)
    with pytest.raises(ValueError, match="unknown vocabulary"):
        get_vocabulary("tiktok")


def test_survey_and_adplatform_shapes() -> None:
    survey, ad = get_vocabulary("survey"), get_vocabulary("adplatform")
    assert 50 <= len(survey.labels) <= 80 and 60 <= len(ad.labels) <= 90
    # survey's attitude labels take latent interests from several unrelated niches
    assert survey.granularity()["max_niches_per_label"] >= 3
    assert all(" > " in lab for lab in ad.labels)
    roots = {lab.split(" > ")[0] for lab in ad.labels}
    assert {"Affinity", "In-Market", "Life Events", "Lifestyles & Hobbies"} == roots
    assert not set(ad.labels) & set(get_vocabulary("retail").labels)
    for vocab in (survey, ad):
        assert 100 <= len(vocab.phrases) <= 140 and len(vocab.fixed) == 20


def test_media_and_apps_shapes() -> None:
    media, apps = get_vocabulary("media"), get_vocabulary("apps")
    for vocab in (media, apps):
        assert 60 <= len(vocab.labels) <= 90
        assert 100 <= len(vocab.phrases) <= 140 and len(vocab.fixed) == 20
        # some labels take latent interests from three unrelated niches
        assert vocab.granularity()["max_niches_per_label"] >= 3
        assert not set(vocab.labels) & {lab for name, other in VOCABULARIES.items()
                                        if name != vocab.name for lab in other.labels}
    # every media label names what is consumed and how; every apps label an app audience
    media_nouns = ("viewers", "watchers", "listeners", "streamers", "readers", "followers",
                   "bingers")
    assert all(lab.endswith(media_nouns) for lab in media.labels)
    assert all(lab.endswith(("users", "players", "shoppers", "households", "readers",
                             "gamers", "subscribers")) for lab in apps.labels)
    # a phrase spanning two niches maps to labels of both
    assert media.label_map["Anthony Bourdain fans"] == (
        "Food & restaurant show viewers", "Mukbang & food challenge viewers",
        "Travel show viewers")


def test_lifestyle_and_spend_shapes() -> None:
    lifestyle, spend = get_vocabulary("lifestyle"), get_vocabulary("spend")
    for vocab in (lifestyle, spend):
        assert 50 <= len(vocab.labels) <= 90
        assert 100 <= len(vocab.phrases) <= 140 and len(vocab.fixed) == 20
        assert vocab.granularity()["max_niches_per_label"] >= 2
        # a few latent interests are reported under no label at all
        assert 2 <= sum(not labels for labels in vocab.reports.values()) <= 3
        assert not set(vocab.labels) & {lab for name, other in VOCABULARIES.items()
                                        if name != vocab.name for lab in other.labels}
    # personas overlap: many latent interests count toward several of them
    assert lifestyle.granularity()["labels_per_latent"] > 1.5
    assert lifestyle.granularity()["max_niches_per_label"] >= 4
    assert all(lab.endswith(("spenders", "members", "subscribers", "funders"))
               for lab in spend.labels)


def test_clubs_and_intent_shapes() -> None:
    clubs, intent = get_vocabulary("clubs"), get_vocabulary("intent")
    for vocab in (clubs, intent):
        assert 40 <= len(vocab.labels) <= 90
        assert 100 <= len(vocab.phrases) <= 140 and len(vocab.fixed) == 20
        assert vocab.granularity()["max_niches_per_label"] >= 2
        # a few latent interests are reported under no label at all
        assert 2 <= sum(not labels for labels in vocab.reports.values()) <= 4
        assert not set(vocab.labels) & {lab for name, other in VOCABULARIES.items()
                                        if name != vocab.name for lab in other.labels}
        # no phrase names one of its vocabulary's labels, even inside a longer phrase
        lowered = [lab.lower() for lab in vocab.labels]
        for phrase in vocab.phrases:
            assert not [lab for lab in lowered if lab in phrase.lower()], phrase
    # community groups are named as communities name themselves: short names, no paths
    assert all(len(lab.split()) <= 6 and ">" not in lab and ":" not in lab
               for lab in clubs.labels)
    assert clubs.granularity()["max_niches_per_label"] >= 3
    # every intent audience says what the shopper does about a category
    kinds = {lab.split(": ")[0] for lab in intent.labels}
    assert {"In-market", "Repeat buyers", "Lapsed buyers", "Seasonal"} <= kinds
    assert all(": " in lab for lab in intent.labels)
    # a phrase whose interest leaves no basket trace keeps it in its membership truth
    assert intent.phrases["shoppers of joke books and novelty gag gifts"] == (
        "Comedy & Memes", "Friends, Family & Relationships")
    assert intent.label_map["shoppers of joke books and novelty gag gifts"] == (
        "Gift buyers: cards, flowers & gift sets",)


def assert_written_blind_shape(vocab) -> None:
    """What every vocabulary written blind since `visits` holds: its size, labels spanning
    niches, a few interests under no label, labels of its own, no phrase naming a label."""
    assert 40 <= len(vocab.labels) <= 90
    assert 100 <= len(vocab.phrases) <= 140 and len(vocab.fixed) == 20
    assert vocab.granularity()["max_niches_per_label"] >= 3
    # a few latent interests are reported under no label at all
    assert 2 <= sum(not labels for labels in vocab.reports.values()) <= 4
    assert not set(vocab.labels) & {lab for name, other in VOCABULARIES.items()
                                    if name != vocab.name for lab in other.labels}
    # no phrase names one of its vocabulary's labels, even inside a longer phrase
    lowered = [lab.lower() for lab in vocab.labels]
    for phrase in vocab.phrases:
        assert not [lab for lab in lowered if lab in phrase.lower()], phrase


def test_visits_and_courses_shapes() -> None:
    visits, courses = get_vocabulary("visits"), get_vocabulary("courses")
    for vocab in (visits, courses):
        assert_written_blind_shape(vocab)
    # every visits label names who is seen at a kind of place; every courses label a learner
    assert all(lab.endswith(("shoppers", "visitors", "goers", "regulars", "guests",
                             "attendees", "travellers", "parents", "workers"))
               for lab in visits.labels)
    assert all(lab.endswith(("learners", "students")) for lab in courses.labels)
    # interests that leave no place trace keep their place in a phrase's membership truth
    assert visits.phrases["TwitchCon attendees"] == ("Streaming & Live Video", "Gaming")
    assert visits.label_map["TwitchCon attendees"] == (
        "Video game store shoppers", "Arcade & gaming café regulars")
    # one arena holds the crowds of several niches
    arena = {x for x, labs in visits.reports.items() if "Arena & stadium goers" in labs}
    assert {"Football & Soccer", "Basketball", "Esports", "K-Pop"} <= arena
    # a language course subject gathers learners of languages, K-pop and anime
    assert courses.label_map["students of a K-pop choreography class"] == (
        "Street & K-pop dance students", "Japanese, Korean & Chinese learners")


def test_careers_and_events_shapes() -> None:
    careers, events = get_vocabulary("careers"), get_vocabulary("events")
    for vocab in (careers, events):
        assert_written_blind_shape(vocab)
    # a professional network labels people by work, skills, groups and followed topics; an
    # event platform by what they buy tickets for, register for or RSVP to
    assert all(lab.endswith(("professionals", "skills", "followers", "members", "owners",
                             "practitioners", "workers", "travellers", "returners",
                             "scientists")) for lab in careers.labels)
    assert all(lab.endswith(("buyers", "attendees", "registrants", "RSVPs", "bookers",
                             "holders", "guests", "spectators", "members"))
               for lab in events.labels)
    # one sports-business label takes part of team sports, esports and motorsport
    sports_business = {x for x, labs in careers.reports.items()
                       if "Sports business followers" in labs}
    assert {"Football & Soccer", "Esports", "Motorsport & Racing"} <= sports_business
    # an interest with no trace in working life keeps its place in a phrase's membership truth
    assert careers.phrases["marketing staff at HYBE and SM Entertainment"] == ("K-Pop", "Music")
    assert careers.label_map["marketing staff at HYBE and SM Entertainment"] == (
        "Music industry professionals",)
    assert events.phrases["bookers of nail art and lash workshops"] == (
        "Nail Art", "Beauty & Cosmetics")
    assert events.label_map["bookers of nail art and lash workshops"] == (
        "Beauty expo & masterclass attendees",)


def test_trips_and_owners_shapes() -> None:
    trips, owners = get_vocabulary("trips"), get_vocabulary("owners")
    for vocab in (trips, owners):
        assert_written_blind_shape(vocab)
    # a travel provider labels people by the trips they book and how they travel; a
    # registration-data provider by the durable goods they own
    assert all(lab.endswith(("bookers", "travellers", "flyers", "buyers", "hosts", "members",
                             "holidaymakers", "passengers", "renters", "drivers", "guests",
                             "collectors"))
               for lab in trips.labels)
    assert all(lab.endswith("owners") for lab in owners.labels)
    # one destination gathers K-pop fans, skincare tourists and esports fans
    seoul = {x for x, labs in trips.reports.items() if "Seoul & South Korea travellers" in labs}
    assert {"K-Pop", "Skincare", "Esports"} <= seoul
    # one collectibles label gathers anime, basketball and investing
    cards = {x for x, labs in owners.reports.items()
             if "Graded trading card & collectible owners" in labs}
    assert {"Anime & Manga", "Basketball", "Personal Finance & Investing"} <= cards
    # an interest that makes nobody travel or leaves nothing to register keeps its place in a
    # phrase's membership truth
    assert trips.phrases["Bitcoin conference delegates in Miami and Lugano"] == (
        "Cryptocurrency & Blockchain", "Entrepreneurship")
    assert trips.label_map["Bitcoin conference delegates in Miami and Lugano"] == (
        "Digital nomad & long-stay renters", "Frequent business flyers")
    assert owners.phrases["meme page admins who registered a new iPhone"] == (
        "Comedy & Memes", "Mobile Phones & Gadgets")
    assert owners.label_map["meme page admins who registered a new iPhone"] == (
        "Flagship smartphone owners", "Wireless earbud & headphone owners")


def test_players_and_wearables_shapes() -> None:
    players, wearables = get_vocabulary("players"), get_vocabulary("wearables")
    for vocab in (players, wearables):
        assert_written_blind_shape(vocab)
    # a games platform labels people by the games they play, how they play and what they buy
    # in them; an activity platform by what a device records and how people use it
    assert all(lab.endswith(("players", "redeemers", "customisers", "buyers", "viewers",
                             "hunters", "collectors", "gamers", "creators", "attendees",
                             "photographers", "editors"))
               for lab in players.labels)
    assert all(lab.endswith(("members", "sleepers", "users", "loggers", "trackers", "walkers",
                             "runners", "wearers", "buyers", "adopters", "exporters",
                             "participants", "commuters", "travellers", "drivers", "riders",
                             "households", "swimmers", "students", "creators"))
               for lab in wearables.labels)
    # one skins label gathers streetwear, designer fashion, jewellery and luxury goods
    skins = {x for x, labs in players.reports.items() if "Branded fashion skin buyers" in labs}
    assert {"Streetwear & Sneakers", "Designer Fashion", "Jewellery & Watches",
            "Luxury Goods"} <= skins
    # one sleep pattern gathers gaming, anime and film
    late = {x for x, labs in wearables.reports.items()
            if "Late-night screen-time sleepers" in labs}
    assert {"Gaming", "Anime & Manga", "Television & Film"} <= late
    # an interest no game shows or no device sees keeps its place in a phrase's membership
    # truth
    assert players.phrases["gamers who buy organic snacks for raid nights"] == (
        "Organic & Natural Products", "Restaurants, Food & Grocery")
    assert players.label_map["gamers who buy organic snacks for raid nights"] == (
        "Restaurant & cooking game players", "Energy drink & snack promo redeemers")
    assert wearables.phrases["STEPN move-to-earn walkers"] == (
        "Cryptocurrency & Blockchain", "Healthy Lifestyle")
    assert wearables.label_map["STEPN move-to-earn walkers"] == (
        "10k-a-day step walkers", "Sleep score & recovery trackers",
        "Insurance rewards step-goal members")


def test_donors_and_property_shapes() -> None:
    donors, prop = get_vocabulary("donors"), get_vocabulary("property")
    for vocab in (donors, prop):
        assert_written_blind_shape(vocab)
    # a fundraising platform labels people by the causes they give to, the challenges they do
    # for them and how they give; a property portal by the homes they search for and own
    assert all(lab.endswith(("donors", "givers", "hosts", "supporters", "fundraisers",
                             "members", "bidders", "sponsors", "backers", "employees",
                             "pledgers", "lenders", "entrants", "patrons", "crowdfunders",
                             "volunteers", "makers", "buyers"))
               for lab in donors.labels)
    assert all(lab.endswith(("searchers", "upsizers", "couples", "seekers", "renters",
                             "landlords", "checkers", "trackers", "investors", "browsers",
                             "buyers", "visitors"))
               for lab in prop.labels)
    # one way of giving gathers jewellery, sneakers, luxury goods, designer fashion and art
    auctions = {x for x, labs in donors.reports.items() if "Charity auction bidders" in labs}
    assert {"Jewellery & Watches", "Streetwear & Sneakers", "Luxury Goods", "Designer Fashion",
            "Art & Design"} <= auctions
    # one home feature gathers makeup, clothes, jewellery and designer fashion
    wardrobe = {x for x, labs in prop.reports.items()
                if "Walk-in wardrobe & dressing-room seekers" in labs}
    assert {"Beauty & Cosmetics", "Clothes, Shoes, Handbags & Accessories",
            "Jewellery & Watches", "Designer Fashion"} <= wardrobe
    # an interest that moves nobody to give or changes nobody's home search keeps its place in
    # a phrase's membership truth
    assert donors.phrases["nail technicians running a charity manicure day"] == (
        "Nail Art", "Beauty & Cosmetics")
    assert donors.label_map["nail technicians running a charity manicure day"] == (
        "Beauty bank & hygiene drive donors",)
    assert prop.phrases["K-pop fans moving to Seoul for a year"] == (
        "K-Pop", "Travel, Tourism & Aviation")
    assert prop.label_map["K-pop fans moving to Seoul for a year"] == (
        "Overseas & relocation searchers", "Holiday home & short-let investors")


def test_weather_and_cooks_shapes() -> None:
    weather, cooks = get_vocabulary("weather"), get_vocabulary("cooks")
    for vocab in (weather, cooks):
        assert_written_blind_shape(vocab)
    # a weather app labels people by the forecasts, alerts and places they check; a recipe
    # platform by what they cook, for which occasion and how
    assert all(lab.endswith(("checkers", "subscribers", "users", "planners", "trackers",
                             "watchers", "seekers", "sharers", "owners", "readers",
                             "followers", "savers", "gardeners"))
               for lab in weather.labels)
    assert all(lab.endswith(("cooks", "planners", "savers", "preppers", "makers",
                             "followers", "users", "sellers", "senders", "bakers", "mixers",
                             "hosts", "recreators", "readers", "learners", "experimenters"))
               for lab in cooks.labels)
    # one habit of use gathers gaming, esports, film and television and books
    rainy = {x for x, labs in weather.reports.items()
             if "Rainy-weekend indoor entertainment seekers" in labs}
    assert {"Gaming", "Esports", "Television & Film", "Books & Literature"} <= rainy
    # one occasion gathers clothes, designer fashion, hotels and coffee
    brunch = {x for x, labs in cooks.reports.items()
              if "Brunch & aesthetic café-style cooks" in labs}
    assert {"Clothes, Shoes, Handbags & Accessories", "Designer Fashion", "Hotels & Resorts",
            "Coffee, Tea & Beverages"} <= brunch
    # an interest that makes nobody check a forecast or changes nobody's cooking keeps its
    # place in a phrase's membership truth
    assert weather.phrases["crypto miners who watch heatwaves for power prices"] == (
        "Cryptocurrency & Blockchain", "Electronics & Computers")
    assert weather.label_map["crypto miners who watch heatwaves for power prices"] == (
        "Home weather station & sensor owners", "Power-cut & outage alert subscribers")
    assert cooks.phrases["perfume lovers baking with rose and lavender"] == (
        "Fragrances & Perfume", "Cooking & Recipes")
    assert cooks.label_map["perfume lovers baking with rose and lavender"] == (
        "Weeknight 30-minute dinner cooks", "Sourdough & bread bakers")


def test_daters_and_voice_shapes() -> None:
    daters, voice = get_vocabulary("daters"), get_vocabulary("voice")
    for vocab in (daters, voice):
        assert_written_blind_shape(vocab)
    # a dating app labels members by what their profiles show and the dates they pick; a voice
    # assistant labels users by what they ask it, the skills and devices they use and routines
    assert all(lab.endswith(("daters", "singles", "seekers", "matchers", "users", "members"))
               for lab in daters.labels)
    assert all(lab.endswith(("requesters", "users", "households", "askers", "setters",
                             "listeners", "players", "builders"))
               for lab in voice.labels)
    # one profile trait gathers art, illustration, film making, instruments and crafts
    creative = {x for x, labs in daters.reports.items()
                if "Artist & creative-type singles" in labs}
    assert {"Art & Design", "Drawing & Illustration", "Film Making & Video Editing",
            "Musical Instruments", "DIY & Crafts"} <= creative
    # one request gathers hiking, fishing and hunting, climbing, outdoor gear and photography
    tides = {x for x, labs in voice.reports.items() if "Tide-time & sunrise askers" in labs}
    assert {"Camping & Hiking", "Fishing & Hunting", "Mountaineering & Climbing",
            "Outdoor Gear & Equipment", "Camera & Photography"} <= tides
    # an interest nobody puts on a dating profile or asks a speaker about keeps its place in a
    # phrase's membership truth
    assert daters.phrases["car-parts sellers on eBay Motors swiping in Birmingham"] == (
        "Auto Parts & Accessories", "Entrepreneurship")
    assert daters.label_map["car-parts sellers on eBay Motors swiping in Birmingham"] == (
        "Ambitious career-focused singles", "Tech-worker & startup singles")
    assert voice.phrases["illustrators listening to audiobooks while they draw"] == (
        "Drawing & Illustration", "Books & Literature")
    assert voice.label_map["illustrators listening to audiobooks while they draw"] == (
        "Audiobook & read-aloud listeners", "Voice-memo & dictation users")
