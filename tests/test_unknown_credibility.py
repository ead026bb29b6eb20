"""A creator without reported credibility (ranking exports report none) is judged by
``min_credibility`` on the catalogue's median unless the segment says
``unknown_credibility: exclude`` (then it does not pass), in the API, batch scoring and plans
alike, and the shortlist and the batch run say how many creators passed that way."""

import json
import math
from pathlib import Path

import pyarrow.parquet as pq
from fastapi.testclient import TestClient

from matcher.api.app import create_app
from matcher.batch import BatchOptions, Reference, score_roster
from matcher.contracts.profiles import Filters, Influencer, Segment
from matcher.matching.catalogue import ASSUMED_CREDIBILITY, build_catalogue
from matcher.matching.filters import filter_masks
from matcher.reports import parse_campaign, plan_campaign
from matcher.reports.render import filters_text, merge_filters
from matcher.store import SQLiteStore
from tests.conftest import EDITOR_KEY, READER_KEY
from tests.test_live import creator, live  # noqa: F401  (the fixture)

EDITOR = {"Authorization": f"Bearer {EDITOR_KEY}"}
READER = {"Authorization": f"Bearer {READER_KEY}"}
FALCONERS = {"name": "Icelandic falconers", "countries": ["IS"], "interests": ["falconry"]}


def _unreported(id_: str) -> dict:
    row = creator(id_)
    del row["credibility"]
    return row


def _listed(api: TestClient, filters: dict) -> tuple[dict[str, dict], list[dict]]:
    answer = api.post("/v1/shortlists", json={"segment": {**FALCONERS, "filters": filters},
                                              "k": 20}, headers=READER)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    return {r["id"]: r for r in body["results"]}, body["warnings"]


def test_unreported_credibility_is_judged_on_the_median_unless_excluded(live):  # noqa: F811
    median = live.snapshot.catalogue.credibility_median
    with TestClient(create_app(live.settings, matcher=live)) as api:
        for id_, row in (("falcon-unknown", _unreported("falcon-unknown")),
                         ("falcon-known", creator("falcon-known"))):
            assert api.put(f"/v1/influencers/{id_}", json=row,
                           headers=EDITOR).status_code == 201
        below = round(median - 0.05, 2)
        strict, strict_warnings = _listed(api, {"min_credibility": below,
                                                "unknown_credibility": "exclude"})
        lenient, lenient_warnings = _listed(api, {"min_credibility": below})  # the default
        named, _ = _listed(api, {"min_credibility": below,
                                 "unknown_credibility": "catalogue_median"})
        above, _ = _listed(api, {"min_credibility": round(min(median + 0.05, 0.89), 2)})
        wrong = api.post("/v1/shortlists", json={"segment": {
            **FALCONERS, "filters": {"unknown_credibility": "assume-fine"}}}, headers=READER)
    assert "falcon-known" in strict and "falcon-unknown" not in strict
    assert not [w for w in strict_warnings if w["code"] == "estimated-credibility"]
    assert "falcon-unknown" in lenient and lenient["falcon-unknown"]["credibility"] is None
    assert named.keys() == lenient.keys()
    assert any("not reported: catalogue median" in line
               for line in lenient["falcon-unknown"]["summary"])
    assert "credibility" in lenient["falcon-unknown"]["missing_blocks"]
    unreported = sum(1 for r in lenient.values() if r["credibility"] is None)
    estimated = [w for w in lenient_warnings if w["code"] == "estimated-credibility"]
    assert len(estimated) == 1
    assert estimated[0]["message"].startswith(f"{unreported} of the {len(lenient)} creators")
    assert f"median credibility ({median:.2f};" in estimated[0]["message"]
    assert "unknown_credibility: catalogue_median, the default" in estimated[0]["message"]
    assert "falcon-unknown" not in above and "falcon-known" in above
    assert wrong.status_code == 422
    assert "unknown_credibility" in wrong.text


def test_batch_scoring_judges_unreported_credibility_as_the_service_does(
        live, tmp_path: Path):  # noqa: F811
    roster = tmp_path / "roster.jsonl"
    roster.write_text(json.dumps(_unreported("falcon-unknown")) + "\n"
                      + json.dumps(creator("falcon-known", credibility=0.2)) + "\n")
    median = live.snapshot.catalogue.credibility_median
    eligible, warned = {}, {}
    for rule in ("exclude", "default"):
        filters = {"min_credibility": round(median - 0.05, 2)}
        if rule != "default":
            filters["unknown_credibility"] = rule
        segment = live.resolve_segment({**FALCONERS, "id": f"falconers-{rule}",
                                        "filters": filters})
        out = tmp_path / f"{rule}.parquet"
        summary = score_roster(roster, [segment], out, Reference.of_matcher(live),
                               BatchOptions())
        table = pq.read_table(out).to_pandas().set_index("creator_id")
        eligible[rule] = table["eligible"].to_dict()
        warned[rule] = [w["message"] for w in summary.warnings
                        if w["code"] == "estimated-credibility"]
    assert eligible["exclude"] == {"falcon-unknown": False, "falcon-known": False}
    assert eligible["default"] == {"falcon-unknown": True, "falcon-known": False}
    assert warned["exclude"] == []
    assert len(warned["default"]) == 1
    assert warned["default"][0].startswith(
        "segment falconers-default: 1 eligible creator has no reported credibility and passed "
        f"min_credibility {round(median - 0.05, 2):g} on the reference catalogue's median "
        f"credibility ({median:.2f}")


def test_a_rule_named_once_applies_to_the_campaign_and_exclude_wins_a_disagreement():
    segment = Filters(min_credibility=0.7)
    lenient = Filters(unknown_credibility="catalogue_median")
    strict = Filters(unknown_credibility="exclude")
    assert segment.unknown_credibility == "catalogue_median"
    assert merge_filters(segment, Filters()).unknown_credibility == "catalogue_median"
    assert merge_filters(segment, strict).unknown_credibility == "exclude"
    assert merge_filters(Filters(min_credibility=0.6, unknown_credibility="exclude"),
                         Filters(min_credibility=0.7)).unknown_credibility == "exclude"
    assert merge_filters(segment, lenient).unknown_credibility == "catalogue_median"
    assert merge_filters(lenient, strict).unknown_credibility == "exclude"
    assert merge_filters(strict, lenient).unknown_credibility == "exclude"


def test_the_report_states_how_unreported_credibility_is_judged():
    assert filters_text(Filters(min_credibility=0.7)) == (
        "credibility at least 0.70 (unreported credibility judged on the catalogue median)")
    strict = Filters(min_credibility=0.7, unknown_credibility="exclude")
    assert filters_text(strict) == ("credibility at least 0.70 (unreported credibility does "
                                    "not pass)")


def test_a_plan_says_when_it_books_creators_judged_on_the_median(live):  # noqa: F811
    live.upsert([Influencer.model_validate(_unreported("falcon-unknown"))])
    median = live.snapshot.catalogue.credibility_median
    warned = {}
    for rule in ("exclude", "default"):
        filters = {"min_credibility": round(median - 0.05, 2)}
        if rule != "default":
            filters["unknown_credibility"] = rule
        segment = {**FALCONERS, "id": "falconers", "filters": filters}
        plan = plan_campaign(live, parse_campaign({
            "name": "falcons", "segments": [segment],
            "plan": {"must_include": ["falcon-unknown"], "max_creators": 3}}), 100_000)
        body = json.loads(plan.to_json())
        assert "falcon-unknown" in [c["id"] for c in body["creators"]]
        warned[rule] = [w for w in body["warnings"] if "no reported credibility" in w]
    assert warned["exclude"] == []
    assert len(warned["default"]) == 1
    assert "segment falconers judges it on the catalogue's median" in warned["default"][0]


def test_a_catalogue_where_no_creator_reports_credibility_passes_none_on_its_median():
    catalogue = build_catalogue([Influencer.model_validate(_unreported(f"falcon-{i}"))
                                 for i in range(5)])
    assert math.isnan(catalogue.credibility_median)  # no median is made up
    for rule in ("catalogue_median", "exclude"):
        masks = filter_masks(catalogue, None, Filters(min_credibility=0.5,  # type: ignore[arg-type]
                                                      unknown_credibility=rule))
        assert not masks["min_credibility"].any()
    assert catalogue.credibility_fill == ASSUMED_CREDIBILITY
    assert len(catalogue.by_real_followers) == 5  # reach still counts them


def test_a_saved_segment_follows_the_default_it_did_not_name(tmp_path: Path):
    store = SQLiteStore(tmp_path / "catalogue.sqlite")
    store.put_segment(Segment(id="unnamed", name="Falconers",
                              filters=Filters(min_credibility=0.7)))
    store.put_segment(Segment(id="named", name="Falconers", filters=Filters(
        min_credibility=0.7, unknown_credibility="catalogue_median")))
    unnamed = store.get_segment("unnamed")
    named = store.get_segment("named")
    assert unnamed is not None and named is not None
    campaign = Filters(unknown_credibility="exclude")
    assert merge_filters(unnamed[0].filters, Filters()).unknown_credibility == "catalogue_median"
    assert "unknown_credibility" not in unnamed[0].filters.model_fields_set
    assert "unknown_credibility" in named[0].filters.model_fields_set
    assert merge_filters(named[0].filters, campaign).unknown_credibility == "exclude"
