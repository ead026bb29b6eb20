"""The ``matcher`` command: a thin wrapper that builds core objects and prints.

Errors end the command with exit status 1 and one line: ``error: <field>: <reason>``.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import ValidationError

from matcher.config import get_settings
from matcher.errors import InvalidInput, MatcherError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Match audience segments to the creators whose audiences fit them.")
index_app = typer.Typer(no_args_is_help=True, help="Build and inspect index snapshots.")
app.add_typer(index_app, name="index")

IndexOption = Annotated[Path | None, typer.Option(
    "--index", help="Snapshot directory (default: the bundled fixture catalogue).")]


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(1)


def _log(message: str) -> None:
    typer.echo(message, err=True)


def _matcher(index: Path | None) -> Any:
    from matcher.service import Matcher

    return Matcher.open(get_settings(), index_dir=index, log=_log)


def _parse_weights(pairs: list[str]) -> dict[str, float]:
    weights: dict[str, float] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        try:
            weights[name.strip()] = float(value)
        except ValueError:
            _fail(f"--weight: expected NAME=NUMBER such as affinity=0.2, got {pair!r}")
        if not sep:
            _fail(f"--weight: expected NAME=NUMBER, got {pair!r}")
    return weights


@index_app.command("build")
def index_build(
    roster: Annotated[Path, typer.Argument(help="CSV, Parquet or JSON lines roster.")],
    index: IndexOption = None,
) -> None:
    """Read ROSTER, embed it and write a new snapshot (the previous one keeps serving)."""
    from matcher.embedding.encoder import Encoder
    from matcher.ingest.readers import read
    from matcher.search.snapshots import build_snapshot

    settings = get_settings()
    target = index or settings.index_dir
    result = read(roster)
    _log(f"read {result.rows} rows: {len(result.accepted)} accepted, "
         f"{len(result.rejects)} rejected")
    for reject in result.rejects[:20]:
        _log(f"  row {reject.row}: {reject.field}: {reject.reason}")
    if len(result.rejects) > 20:
        _log(f"  ... and {len(result.rejects) - 20} more")
    encoder = Encoder(settings.model_path, settings.cache_path, settings.embed_batch_size,
                      settings.query_encode_threads)
    path = build_snapshot(result.accepted, encoder, target, source=str(roster), progress=True,
                          log=_log)
    typer.echo(str(path))


@index_app.command("info")
def index_info(index: IndexOption = None) -> None:
    """Print the manifest of the snapshot being served."""
    from matcher.errors import IndexUnavailable
    from matcher.search.snapshots import current_snapshot_dir

    target = index or get_settings().index_dir
    directory = current_snapshot_dir(target)
    if directory is None:
        raise IndexUnavailable(f"no snapshot in {target}", field="index")
    typer.echo((directory / "manifest.json").read_text(encoding="utf-8"))


def _table(rows: list[dict[str, Any]]) -> str:
    headers = ["rank", "id", "handle", "platform", "followers", "fit", "share", "reach",
               "confidence"]
    body = [[str(r["rank"]), r["id"], r["handle"], r["platform"], f"{r['followers']:,}",
             f"{r['fit']:.3f}", f"{100 * r['segment_share']:.2f}%",
             f"{r['estimated_reach']:,.0f}", f"{r['confidence']:.2f}"] for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) if body else len(h)
              for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(b, widths, strict=True)) for b in body]
    return "\n".join(lines)


def shortlist_csv(rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    factor_names = sorted({f for r in rows for f in r["factors"]})
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["rank", "id", "handle", "name", "platform", "followers", "fit",
                     "segment_share", "estimated_reach", "confidence",
                     *[f"contribution_{f}" for f in factor_names], "summary"])
    from matcher.batch.output import safe_cell

    for r in rows:
        writer.writerow([r["rank"], safe_cell(r["id"]), safe_cell(r["handle"]),
                         safe_cell(r["name"]), r["platform"],
                         r["followers"], r["fit"], r["segment_share"], r["estimated_reach"],
                         r["confidence"],
                         *[r["factors"].get(f, {}).get("contribution", "") for f in factor_names],
                         safe_cell(" | ".join(r["summary"]))])
    return out.getvalue()


@app.command()
def shortlist(
    segment: Annotated[str, typer.Argument(help="Segment YAML file, or a bundled segment id.")],
    index: IndexOption = None,
    k: Annotated[int, typer.Option("--k", help="Number of creators.")] = 20,
    fmt: Annotated[str, typer.Option("--format", help="table, json or csv.")] = "table",
    rank_by: Annotated[str | None, typer.Option(
        help="fit, reach or share; share_low or reach_low rank by the low end of the "
             "segment-share range (estimates at their least); expected_conversions or "
             "expected_value_per_dollar by the posterior from campaign results.")] = None,
    weight: Annotated[list[str] | None, typer.Option(
        "--weight", help="Override a fit weight, NAME=NUMBER (repeatable).")] = None,
) -> None:
    """Rank the catalogue for SEGMENT and print the explained shortlist."""
    from matcher.matching.segments import load_segment_file

    if fmt not in ("table", "json", "csv"):
        _fail(f"--format: expected table, json or csv, got {fmt!r}")
    path = Path(segment)
    seg: Any = load_segment_file(path) if path.suffix in (".yaml", ".yml") or path.exists() \
        else segment
    from matcher.feedback import REFINED_RANK_BY, refined_shortlist

    if rank_by in REFINED_RANK_BY:
        result = refined_shortlist(_matcher(index), seg, k, rank_by,
                                   _parse_weights(weight or []))
    else:
        result = _matcher(index).shortlist(seg, k=k, weights=_parse_weights(weight or []),
                                           rank_by=rank_by)
    if fmt == "json":
        sys.stdout.buffer.write(result.to_json() + b"\n")
    elif fmt == "csv":
        typer.echo(shortlist_csv(result.results), nl=False)
    else:
        typer.echo(f"{result.segment.name or result.segment.id}: {len(result.results)} of "
                   f"{result.eligible} eligible creators, ranked by {result.rank_by}")
        typer.echo(_table(result.results))


@app.command()
def report(
    campaign: Annotated[Path, typer.Argument(help="Campaign YAML file.")],
    out: Annotated[Path, typer.Option("--out", help="Write the HTML report here.")],
    pdf: Annotated[Path | None, typer.Option(
        "--pdf", help="Also print it to this PDF (needs headless Chromium).")] = None,
    saved_plan: Annotated[Path | None, typer.Option(
        "--plan", help="Show this saved plan (`matcher plan --out plan.json`) in the report "
                       "instead of planning the campaign's plan: block.")] = None,
    index: IndexOption = None,
) -> None:
    """Build the brand report of CAMPAIGN: one self-contained HTML file, and a PDF."""
    from matcher.reports import build_report, html_to_pdf, load_campaign, render_html

    for option, path in (("--out", out), ("--pdf", pdf)):
        if path is not None and not path.parent.is_dir():
            _fail(f"{option}: no directory {path.parent}")
    loaded = load_campaign(campaign)
    if saved_plan is not None:
        loaded = loaded.with_saved_plan_file(saved_plan)
    html = render_html(build_report(_matcher(index), loaded))
    out.write_text(html, encoding="utf-8")
    typer.echo(str(out))
    if pdf is not None:
        html_to_pdf(html, pdf)
        typer.echo(str(pdf))


@app.command("plan")
def plan_command(
    campaign: Annotated[Path, typer.Argument(help="Campaign YAML file (its plan: block holds "
                                                  "the budget and constraints).")],
    budget: Annotated[float | None, typer.Option(
        "--budget", help="USD to spend; replaces plan.budget.")] = None,
    out: Annotated[Path | None, typer.Option(
        "--out", help="Write the plan as JSON here (default: print it).")] = None,
    html: Annotated[Path | None, typer.Option(
        "--html", help="Also write the plan as an HTML page (curve, creators, overlap).")] = None,
    index: IndexOption = None,
) -> None:
    """Choose the creators of CAMPAIGN that reach the most segment members for a budget."""
    from matcher.reports import load_campaign, plan_campaign
    from matcher.reports.plan_page import render_plan_html

    for option, path in (("--out", out), ("--html", html)):
        if path is not None and not path.parent.is_dir():
            _fail(f"{option}: no directory {path.parent}")
    loaded = load_campaign(campaign)
    result = plan_campaign(_matcher(index), loaded, budget)
    if html is not None:
        html.write_text(render_plan_html(result, loaded.name), encoding="utf-8")
    if out is None:
        typer.echo(result.to_json().decode("utf-8"))
        return
    out.write_bytes(result.to_json())
    body = result.to_dict()
    estimated = (f" (${body['estimated_cost']:,.2f} of it on estimated prices)"
                 if body["estimated_cost"] else "")
    typer.echo(f"{out}: {len(body['creators'])} creators, ${body['total_cost']:,.2f} of "
               f"${body['budget']:,.2f}{estimated}, reaching " + "; ".join(
                   f"{s['unique_reach']:,} of {s['id']}" for s in body["segments"])
               + f"; at least {body['certificate']['at_least']:.0%} of the best plan under the "
               f"model ({body['certificate']['at_least_allowing_model_error']:.0%} allowing "
               "for its error)")


GENERATED_KEY_FILE = "generated-api-key.txt"
STARTING_HEARTBEAT_SECONDS = 5.0


def starting_file(port: int) -> Path:
    """Where ``matcher serve`` on ``port`` says what it is doing until it listens (opening
    the catalogue, building the index): the Docker health check reads it, and takes a file
    touched less than a minute ago for a start in progress rather than a broken server."""
    import tempfile

    return Path(tempfile.gettempdir()) / f"matcher-serve-{port}.starting"


class _Starting:
    """The starting file: rewritten with each step logged, touched every few seconds by a
    thread while the process lives, removed once the start is over (done or failed)."""

    def __init__(self, path: Path) -> None:
        import threading
        import time

        self.path, self.since = path, time.monotonic()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._beat, name="starting-heartbeat",
                                        daemon=True)

    def __enter__(self) -> _Starting:
        self._record("starting")
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.path.unlink(missing_ok=True)

    def say(self, message: str) -> None:
        """Log ``message`` and record it as the current step."""
        _log(message)
        self._record(message)

    def _record(self, message: str) -> None:
        """Best effort: a start never fails for want of this file."""
        import os
        import time

        step = (message.strip().splitlines() or [""])[0]
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}")
        try:
            tmp.write_text(f"{step} (at {time.monotonic() - self.since:.0f} s of the start, "
                           f"pid {os.getpid()})\n", encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass

    def _beat(self) -> None:
        import contextlib
        import os

        while not self._done.wait(STARTING_HEARTBEAT_SECONDS):
            with contextlib.suppress(OSError):
                os.utime(self.path)


def generate_demo_key(keys_file: Path) -> tuple[str, Path]:
    """An editor key for a server started with none, stored hashed in ``keys_file`` and in
    clear, mode 0600, in ``generated-api-key.txt`` beside it (on a Docker volume the key
    outlives the log; it is to be deleted once copied). The key and that file."""
    import os

    from matcher.api.keys import add_key

    key = add_key(keys_file, "editor", "demo")
    clear = keys_file.with_name(GENERATED_KEY_FILE)
    tmp = clear.with_name(f".{clear.name}.{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        os.fchmod(handle.fileno(), 0o600)  # an existing file keeps its mode through O_CREAT
        handle.write(key + "\n")
    os.replace(tmp, clear)
    return key, clear


@app.command()
def serve(
    index: IndexOption = None,
    host: Annotated[str | None, typer.Option(help="Bind address.")] = None,
    port: Annotated[int | None, typer.Option(help="Port.")] = None,
    workers: Annotated[int, typer.Option(
        min=1, help="Compute processes for shortlists; more than one needs --index (a "
                    "read-only snapshot, memory-mapped and shared by all of them).")] = 1,
) -> None:
    """Serve the REST API (docs at /docs); builds the fixture index on first run."""
    if workers > 1 and index is None:
        _fail("--workers: several processes serve only a read-only snapshot given with "
              "--index; the live catalogue (writes, delta, background rebuilds) runs in one")
    settings = get_settings()
    host = host or settings.host
    port = port or settings.port
    with _Starting(starting_file(port)) as starting:
        import uvicorn

        from matcher.api.app import create_app, key_ring
        from matcher.api.compute import ComputeProcesses
        from matcher.service import Matcher

        # Keys first: a bad key setting fails at once, and a generated key is there to copy
        # while the index builds.
        ring = key_ring(settings)
        if ring is not None and not len(ring):
            key, clear = generate_demo_key(settings.api_keys_file)
            _log(f"no API keys were configured, so this one was generated (role editor; "
                 f"stored hashed in {settings.api_keys_file}):\n\n    {key}\n\nsend it as "
                 "'Authorization: Bearer KEY'; `matcher keys create --role reader` makes "
                 f"more. The key is also in {clear} (mode 0600; it is not shown again): "
                 "delete that file once the key is copied")
        elif ring is not None:
            _log(f"{len(ring)} API keys configured; `matcher keys create` makes another")
        starting.say("opening the catalogue (the first start builds the index)")
        matcher = Matcher.open(settings, index_dir=index, log=starting.say)
        _log(f"serving {matcher.snapshot.catalogue.size} creators (snapshot "
             f"{matcher.snapshot.version}) on http://{host}:{port} - docs at /docs")
        compute = None
        if workers > 1:
            assert index is not None
            compute = ComputeProcesses(index, workers)
            _log(f"shortlists run in {workers} compute processes sharing the snapshot")
        api = create_app(settings, matcher=matcher, compute=compute)
    # The starting file is gone from here on: the health check asks /healthz.
    uvicorn.run(api, host=host, port=port, log_level="info")


keys_app = typer.Typer(no_args_is_help=True, help="Manage API keys.")
app.add_typer(keys_app, name="keys")


@keys_app.command("create")
def keys_create(
    role: Annotated[str, typer.Option(help="reader or editor.")] = "reader",
    name: Annotated[str | None, typer.Option(help="A label for the key.")] = None,
) -> None:
    """Create an API key; it is printed once and stored hashed."""
    from matcher.api.keys import add_key

    settings = get_settings()
    typer.echo(add_key(settings.api_keys_file, role, name))
    _log(f"stored hashed in {settings.api_keys_file}")


@keys_app.command("list")
def keys_list() -> None:
    """The keys of the key file: name and role (keys are stored hashed, never shown)."""
    from matcher.api.keys import load_key_file

    for key in load_key_file(get_settings().api_keys_file):
        typer.echo(f"{key.name}\t{key.role}")


@keys_app.command("revoke")
def keys_revoke(
    name: Annotated[str, typer.Argument(help="The key's name, as `matcher keys list` shows.")],
) -> None:
    """Revoke a key: a running server refuses it from its next request."""
    from matcher.api.keys import revoke_key

    settings = get_settings()
    if not revoke_key(settings.api_keys_file, name):
        _fail(f"name: no key called {name!r} in {settings.api_keys_file}")
    _log(f"revoked {name!r}")


@app.command()
def schema(
    name: Annotated[str, typer.Argument(help="influencer or segment.")],
) -> None:
    """Print the JSON Schema of a data contract."""
    from matcher.contracts.schemas import json_schema

    typer.echo(json.dumps(json_schema(name), indent=2, sort_keys=True))


@app.command("validate")
def validate(
    roster: Annotated[Path, typer.Argument(help="Roster file to check.")],
    rejects: Annotated[Path | None, typer.Option(help="Write rejects here as CSV.")] = None,
) -> None:
    """Read ROSTER and report accepted and rejected rows, without indexing."""
    from matcher.ingest.readers import read

    result = read(roster)
    typer.echo(f"{result.rows} rows: {len(result.accepted)} accepted, "
               f"{len(result.rejects)} rejected")
    if rejects is not None:
        with open(rejects, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["row", "id", "field", "reason"])
            from matcher.batch.output import safe_cell

            for r in result.rejects:
                writer.writerow([r.row, safe_cell(r.id or ""), r.field, safe_cell(r.reason)])
    else:
        for r in result.rejects:
            typer.echo(f"row {r.row}: {r.field}: {r.reason}")


@app.command("score", context_settings={"allow_extra_args": True})
def score(
    ctx: typer.Context,
    roster: Annotated[Path, typer.Argument(help="CSV, Parquet or JSON lines (optionally .gz).")],
    segments: Annotated[list[str], typer.Option(
        "--segments", help="Segment YAML files, directories of them or segment ids; one or "
                           "more values, comma-separated or repeated.")],
    out: Annotated[Path, typer.Option("--out", help="scored.parquet, .csv or .jsonl; rejects "
                                                    "go to scored.rejects.csv beside it.")],
    top: Annotated[int | None, typer.Option(help="Keep only the best K per segment.")] = None,
    mapping: Annotated[str | None, typer.Option(
        help="Column mapping: a YAML file or a bundled name (instagram-top-creators, ...).")]
    = None,
    workers: Annotated[int | None, typer.Option(
        help="Score on a local Dask cluster of N worker processes.")] = None,
    scheduler: Annotated[str | None, typer.Option(
        help="Score on an existing Dask cluster (tcp://HOST:8786).")] = None,
    chunk_rows: Annotated[int, typer.Option(help="Roster rows per chunk.")] = 10_000,
    index: IndexOption = None,
    weight: Annotated[list[str] | None, typer.Option(
        "--weight", help="Override a fit weight, NAME=NUMBER (repeatable).")] = None,
) -> None:
    """Score every creator of ROSTER against every segment, into one file."""
    from matcher.batch import BatchOptions, score_roster
    from matcher.batch.inputs import load_segments, open_reference
    from matcher.ingest.mapping import load_mapping

    flags = [a for a in ctx.args if a.startswith("-")]
    if flags:
        _fail(f"no such option: {flags[0]}")
    vendor = load_mapping(mapping) if mapping else None
    reference, lookup = open_reference(get_settings(), index, bool(workers or scheduler), _log)
    chosen = load_segments([*segments, *ctx.args], lookup)
    options = BatchOptions(top=top, chunk_rows=chunk_rows, mapping=vendor,
                           weights=_parse_weights(weight or []) or None, workers=workers,
                           scheduler=scheduler)
    summary = score_roster(roster, chosen, out, reference, options, log=_log)
    typer.echo(summary.line())


@app.command("eval")
def evaluate_command(
    seed: Annotated[int, typer.Option(help="World seed (the checking run is seed 12).")] = 11,
    creators: Annotated[int, typer.Option(help="Creators in the world.")] = 20_000,
    segments: Annotated[int, typer.Option(help="Segments: the 14 fixed, then random.")] = 25,
    per_segment: Annotated[bool, typer.Option(help="Also print every segment.")] = False,
    weight: Annotated[list[str] | None, typer.Option(
        "--weight", help="Override a fit weight, NAME=NUMBER (repeatable).")] = None,
    workdir: Annotated[Path | None, typer.Option(help="Where the world's index goes.")] = None,
    vocabulary: Annotated[str, typer.Option(
        help="The providers' interest labels: default, iab, broad, social, retail, "
             "survey, adplatform, media or apps.")] = "default",
    oracle: Annotated[bool, typer.Option(
        help="Also rank with the hidden phrase -> label map pinned.")] = False,
    partial: Annotated[float, typer.Option(
        "--partial", help="Share of creators reported as ranking exports are (0 to 1); above "
                          "0, a table ranks them and the fully reported creators apart.")] = 0.0,
    exports: Annotated[str, typer.Option(
        help="How exported creators are described: ranking (a top audience country only) or "
             "realistic (the most followed of each platform, vendor categories as their only "
             "text, against a reference world).")] = "ranking",
) -> None:
    """Rank a simulated world against its follower-level truth, with baselines."""
    import tempfile

    from matcher.embedding.encoder import Encoder
    from matcher.simulate.evaluation import METHODS, ORACLE_METHODS, run
    from matcher.simulate.partial_evaluation import EXPORT_KINDS, run_partial

    if not 0.0 <= partial <= 1.0:
        raise InvalidInput(f"expected a share from 0 to 1, got {partial:g}", field="partial")
    if exports not in EXPORT_KINDS:
        raise InvalidInput(f"expected one of {', '.join(EXPORT_KINDS)}, got {exports!r}",
                           field="exports")
    if exports != "ranking" and not partial:
        raise InvalidInput(f"--exports {exports} describes the exported creators: give "
                           "--partial above 0", field="exports")
    settings = get_settings()
    work = workdir or Path(tempfile.mkdtemp(prefix="matcher-eval-"))
    encoder = Encoder(settings.model_path, settings.cache_path, settings.embed_batch_size,
                      settings.query_encode_threads)
    weights = _parse_weights(weight or []) or None
    methods = METHODS + (ORACLE_METHODS if oracle else ())
    kinds = None
    if partial:
        report, kinds, info = run_partial(seed, creators, segments, encoder, work, partial,
                                          exports, weights=weights, log=_log,
                                          vocabulary=vocabulary, methods=methods)
    else:
        report, info = run(seed, creators, segments, encoder, work, weights=weights, log=_log,
                           vocabulary=vocabulary, methods=methods)
    labels = info["labels"]
    typer.echo(f"world seed {seed}, {vocabulary} labels: {info['catalogue']} creators, "
               f"{segments if report is None else len(report.segments)} segments, top 50 per "
               f"segment (built in {info['build_seconds']:.0f} s); phrase -> label precision "
               f"{labels['precision']:.2f}, recall {labels['recall']:.2f}, "
               f"{labels['unmatched']:.0%} of phrases matched no label")
    if report is not None:
        typer.echo(report.table(per_segment=per_segment))
    if kinds is not None:
        typer.echo(kinds.table())


results_app = typer.Typer(no_args_is_help=True, help="Campaigns and their results.")
app.add_typer(results_app, name="results")


@results_app.command("campaign")
def results_campaign(
    campaign: Annotated[str, typer.Argument(help="The campaign's id.")],
    segment: Annotated[str, typer.Option("--segment", help="The segment it targets (id).")],
    name: Annotated[str | None, typer.Option(help="A readable name.")] = None,
) -> None:
    """Create CAMPAIGN for a segment (or update its segment and name)."""
    from matcher.feedback.campaigns import put_campaign

    made = put_campaign(_matcher(None), campaign, segment, name)
    typer.echo(f"campaign {made.id}: segment {made.segment_id}")


@results_app.command("import")
def results_import(
    file: Annotated[Path, typer.Argument(help="CSV, Parquet, JSON or JSON lines results.")],
    campaign: Annotated[str, typer.Option("--campaign", help="The campaign's id.")],
    replace: Annotated[bool, typer.Option(
        "--replace", help="Correct stored rows: a row whose creator, segment and date are "
                          "stored with other figures replaces them (else it is rejected).")
    ] = False,
) -> None:
    """Import FILE's result rows into CAMPAIGN; rejected rows are listed with reasons."""
    from matcher.feedback.campaigns import import_results_file

    result = import_results_file(_matcher(None), campaign, file, replace)
    replaced = f", {result.replaced} corrected" if replace else ""
    typer.echo(f"{result.rows} rows: {len(result.accepted)} accepted ({result.inserted} new, "
               f"{result.unchanged} already stored{replaced}), {len(result.rejects)} rejected")
    for r in result.rejects:
        typer.echo(f"row {r.row}: {r.field}: {r.reason}")


@results_app.command("delete")
def results_delete(
    campaign: Annotated[str, typer.Option("--campaign", help="The campaign's id.")],
    creator: Annotated[str | None, typer.Option(help="Only this creator's rows.")] = None,
    segment: Annotated[str | None, typer.Option(help="Only rows of this segment.")] = None,
    date: Annotated[str | None, typer.Option(help="Only rows of this day, YYYY-MM-DD.")] = None,
    everything: Annotated[bool, typer.Option(
        "--all", help="Every row of the campaign (needed without another selector).")] = False,
) -> None:
    """Delete CAMPAIGN's result rows of a creator, segment and/or date, in one transaction."""
    from matcher.feedback.campaigns import delete_results

    deleted = delete_results(_matcher(None), campaign, creator=creator, segment=segment,
                             day=date, everything=everything)
    count = len(deleted.rows)
    typer.echo(f"{count} row{'s' if count != 1 else ''} deleted from campaign {campaign}")
    for r in deleted.rows:
        typer.echo(f"{r.creator} {r.segment} {r.date}: {r.conversions} conversions")


@results_app.command("report")
def results_report(
    segment: Annotated[str, typer.Argument(help="The segment's id.")],
    out: Annotated[Path, typer.Option("--out", help="Write the HTML page here.")],
) -> None:
    """Write the results page of SEGMENT: predicted against observed per creator, and what
    was learned."""
    from matcher.reports.results import build_results_page, render_results_html

    if not out.parent.is_dir():
        _fail(f"--out: no directory {out.parent}")
    page = build_results_page(_matcher(None), segment)
    out.write_text(render_results_html(page), encoding="utf-8")
    typer.echo(f"wrote {out}: {len(page.creators)} creators with results")


segments_app = typer.Typer(no_args_is_help=True, help="Segments found in customer data.")
app.add_typer(segments_app, name="segments")


@segments_app.command("discover")
def segments_discover(
    customers: Annotated[Path, typer.Argument(
        help="Customer export: CSV, Parquet or JSON lines (optionally .gz).")],
    out: Annotated[Path, typer.Option("--out", help="Directory for one YAML a segment, "
                                                    "summary.json and rejects.csv.")],
    max_segments: Annotated[int | None, typer.Option(
        help="Most segments to look for (default MATCHER_DISCOVERY_MAX_SEGMENTS).")] = None,
    min_size: Annotated[int | None, typer.Option(
        help="Smallest segment published (default and lowest allowed: "
             "MATCHER_DISCOVERY_MIN_SEGMENT_SIZE).")]
    = None,
    shortlist: Annotated[int | None, typer.Option(
        help="Also shortlist K creators for every segment (in summary.json).")] = None,
    mapping: Annotated[str | None, typer.Option(
        help="A customer mapping YAML file or a bundled one: customers (default), "
             "shopify-customers, hubspot-contacts.")] = None,
    previous: Annotated[Path | None, typer.Option(
        help="summary.json of an earlier run: segments that persist keep their ids, and "
             "what appeared, went, split, merged, regrouped or drifted is reported.")] = None,
    save: Annotated[bool, typer.Option(
        help="Save the segments in the catalogue's store (a persisting id gets a new "
             "version, so shortlists by id follow it).")] = False,
    report: Annotated[Path | None, typer.Option(
        "--report", help="Also write the campaign report of the published segments here "
                         "(HTML; --shortlist K creators each, 10 without it).")] = None,
    report_pdf: Annotated[Path | None, typer.Option(
        "--report-pdf", help="Also print that report to this PDF (needs headless "
                             "Chromium).")] = None,
    index: IndexOption = None,
) -> None:
    """Find the segments of a brand's customers; personal identifiers are never read."""
    from matcher.discovery import DiscoveryOptions, discover_file, shortlist_segments
    from matcher.discovery.live import follow, save_segments
    from matcher.embedding.encoder import Encoder

    earlier = None
    if previous is not None:
        try:
            earlier = json.loads(previous.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            _fail(f"--previous: cannot read {previous.name} as a discovery summary ({err})")

    settings = get_settings()
    for option, path in (("--report", report), ("--report-pdf", report_pdf)):
        if path is not None and not path.parent.is_dir():
            _fail(f"{option}: no directory {path.parent}")
        if path is not None and path.is_dir():
            _fail(f"{option}: {path} is a directory; expected a file name")
    if report is not None or report_pdf is not None:
        from matcher.reports.discovered import check_report_size

        check_report_size(max_segments or settings.discovery_max_segments, shortlist)
    if report_pdf is not None:
        from matcher.reports.pdf import find_chromium

        find_chromium()
    if shortlist is not None or save or report is not None or report_pdf is not None:
        matcher = _matcher(index)
        encode = matcher.encoder.encode
        if save and matcher.store is None:
            _fail("--save: the catalogue is a read-only snapshot; drop --index to save in "
                  "the store")
    else:
        encode = Encoder(settings.model_path, settings.cache_path,
                         settings.embed_batch_size, settings.query_encode_threads).encode
    found = discover_file(customers, encode, mapping, settings,
                          DiscoveryOptions(max_segments=max_segments, min_size=min_size))
    if earlier is not None:
        found.changes = follow(found, earlier).to_dict()
    if save:
        found.saved = save_segments(found, matcher.store)
    if shortlist is not None:
        shortlist_segments(found, matcher, shortlist)
    found.write(out)
    typer.echo(f"{found.rows_read:,} rows: {found.accepted:,} accepted, "
               f"{len(found.rejects):,} rejected; {len(found.segments)} segments published "
               f"in {out}")
    for item in found.segments:
        typer.echo(f"  {item.segment.id}: {item.figures.size:,} customers "
                   f"({item.share_of_customers:.0%}, {item.share_of_revenue:.0%} of revenue)"
                   + "".join(f"; {w.split(':')[0]}" for w in item.warnings))
    for change, ids in (found.changes or {}).items():
        if ids and change != "persisted":
            typer.echo(f"  {change}: {json.dumps(ids)}")
    if report is not None or report_pdf is not None:
        from matcher.reports import html_to_pdf
        from matcher.reports.discovered import discovery_report

        html = discovery_report(matcher, found.to_dict(), shortlist,
                                f"Segments discovered in {customers.name}")
        if report is not None:
            report.write_text(html, encoding="utf-8")
            typer.echo(str(report))
        if report_pdf is not None:
            html_to_pdf(html, report_pdf)
            typer.echo(str(report_pdf))
    for warning in found.warnings:
        typer.echo(f"warning: {warning}", err=True)


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except MatcherError as err:
        where = f"{err.field}: " if err.field and not err.detail.startswith(err.field) else ""
        typer.echo(f"error: {where}{err.detail}", err=True)
        sys.exit(1)
    except ValidationError as err:
        if err.title != "Settings":
            raise
        for problem in err.errors():
            name = "MATCHER_" + "_".join(str(p) for p in problem["loc"]).upper()
            message = str(problem["msg"]).removeprefix("Value error, ")
            typer.echo(f"error: {name}: {message}", err=True)
        sys.exit(1)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.Abort:
        sys.exit(130)
    except Exception as err:  # click usage errors
        import click

        if isinstance(err, click.ClickException):
            err.show()
            sys.exit(err.exit_code)
        raise
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
