"""Commands beyond querying: export, eval, explain, serve."""

from __future__ import annotations

import json
import sys

import click

from tidings.cli.options import db_option, format_options
from tidings.cli.output import emit
from tidings.config import db_url
from tidings.errors import TidingsError


def register(group: click.Group) -> None:
    for command in (clusters, export, eval_, explain, serve):
        group.add_command(command)


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["plover-jsonl", "gdelt-tsv", "csv", "parquet"]), required=True,
              help="Output format.")
@click.option("--out", "-o", metavar="PATH", help="Output file (default: standard output; required for parquet).")
@click.option("--table", default="events", show_default=True,
              help="Table for csv/parquet: events, event_actors, quotes, actors, quantities, places, articles, failures, "
                   "event_clusters, event_cluster_members.")
@click.option("--no-header", is_flag=True, help="gdelt-tsv without the header row, like GDELT's own files.")
def export(db, fmt, out, table, no_header) -> None:
    """Write the store out as PLOVER JSONL, GDELT-style TSV, CSV or Parquet.

    PLOVER JSONL has one event per line (id, date, actor, recipient, event, mode, context,
    event_text, text_start/text_end and more). The TSV follows the GDELT 2.0 event table's
    column order; every value is text, so CAMEO codes keep leading zeros.

    \b
    Example:
      tidings export --format plover-jsonl -o events.jsonl
      tidings export --format parquet --table quotes -o quotes.parquet
    """
    from tidings.export import export as run_export
    from tidings.store import open_store

    try:
        with open_store(db_url(db)) as store:
            if fmt == "parquet":
                if not out:
                    raise click.UsageError("--format parquet needs --out PATH")
                n = run_export(store, fmt, out, table=table)
            elif out:
                with open(out, "w", encoding="utf-8", newline="") as handle:
                    n = run_export(store, fmt, handle, table=table, header=not no_header)
            else:
                n = run_export(store, fmt, sys.stdout, table=table, header=not no_header)
    except TidingsError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"wrote {n} row(s)" + (f" to {out}" if out else ""), err=True)


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--kinds", is_flag=True, help="Also count the event errors by kind (missed, wrong dyad, spurious; "
              "counts only, no sentences).")
def eval_(gold, as_json, kinds) -> None:
    """Measure extraction against annotated articles: precision/recall/F1 per extractor and type.

    GOLD is JSONL, one annotated article per line (see examples/ANNOTATION.md): id, text,
    published, and lists of gold events, quotes, quantities and places with offsets.

    \b
    Matching:
      events      same sentence as the gold trigger and same PLOVER type (nearest trigger
                  wins); "type+source+target" also needs the sets of source and target
                  codes (ISO alpha-3 or IGO code) to be equal.
      quotes      character spans overlap; speaker right when the gold surname is in the
                  predicted name (null only matches null).
      quantities  spans overlap and value equal; the strict row also needs the same unit.
      places      spans overlap; country and distance (within 50 km) scored on matches.

    \b
    Example:
      tidings eval examples/gold.jsonl
      tidings eval --kinds examples/sentences.jsonl   # also count the errors by kind
    """
    from tidings.api import extract_many
    from tidings.evaluation.metrics import evaluate, gold_articles, load_gold
    from tidings.evaluation.kinds import error_kinds
    from tidings.evaluation.render import print_kinds, print_report

    from tidings.models import Failure

    records = load_gold(gold)
    results = list(extract_many(gold_articles(records)))
    for failure in (r for r in results if isinstance(r, Failure)):
        click.echo(f"failed (its gold counts as missed): {failure.path}: {failure.reason}", err=True)
    documents = {d.id: d for d in results if not isinstance(d, Failure)}
    report = evaluate(records, documents)
    errors = error_kinds(records, documents) if kinds else None
    if as_json:
        click.echo(json.dumps({**report.as_dict(), **({"error_kinds": errors.as_dict()} if errors else {})}, indent=2))
    else:
        print_report(report)
        if errors:
            print_kinds(errors)


@click.command()
@click.argument("doc_id")
@db_option
def explain(doc_id, db) -> None:
    """Show each event of a stored article with its sentence, trigger, source, target and rule.

    \b
    Example:
      tidings explain 3f2a9c0d1e4b5a6f
    """
    from tidings.explain import render_explanation
    from tidings.store import open_store

    with open_store(db_url(db)) as store:
        document = store.document(doc_id)
    if document is None:
        raise click.ClickException(f"no article with id {doc_id!r} in {db_url(db)}")
    click.echo(render_explanation(document))


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--token", envvar="TIDINGS_TOKEN", help="Enables POST /api/articles with this bearer token ($TIDINGS_TOKEN).")
@click.option("--no-event-index", is_flag=True,
              help="Answer the events list from the store instead of an in-memory index (DuckDB stores; about "
                   "0.5 GB per million events).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes over a read-only store (no --token); each holds its own event index.")
@click.option("--no-access-log", is_flag=True, help="Write no log line per request (saves CPU under load).")
def serve(db, host, port, token, no_event_index, workers, no_access_log) -> None:
    """Serve the web page and JSON API over the store (OpenAPI docs at /docs).

    \b
    Example:
      tidings serve --db tidings.duckdb --port 8000
      tidings serve --db tidings.duckdb --workers 2
    """
    from tidings.web import serve as run_server
    from tidings.web.app import ServeOptionsError

    try:
        run_server(db_url(db), host=host, port=port, token=token, event_index=not no_event_index, workers=workers,
                   access_log=not no_access_log)
    except ServeOptionsError as exc:
        raise click.ClickException(str(exc)) from exc


CLUSTER_COLUMNS = ["date", "type", "source", "target", "num_mentions", "num_articles", "num_sources", "first_seen",
                   "trigger_text", "id"]


@click.command()
@db_option
@click.option("--actor", metavar="CODE", help="Actor code as source or target, e.g. DEU.")
@click.option("--type", "type_", metavar="TYPE", help="PLOVER event type.")
@click.option("--since", metavar="DATE", help="On or after YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", metavar="DATE", help="On or before YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--min-articles", type=click.IntRange(min=1), default=1, show_default=True,
              help="Only events reported by at least this many articles.")
@click.option("--mentions", "cluster_id", metavar="CLUSTER_ID", help="List the mentions (evidence) of one cluster.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=100, show_default=True, help="Rows to print.")
@format_options
def clusters(db, actor, type_, since, until, min_articles, cluster_id, limit, fmt) -> None:
    """List real-world events merged across articles, with mention, article and source counts.

    Clusters are recomputed after every ingest: the same type, overlapping source and target,
    dates within a window and similar wording make one cluster.

    \b
    Example:
      tidings clusters --min-articles 2 --actor USA
      tidings clusters --mentions 5c1d0e9a7b3f2a41
    """
    from pydantic import ValidationError

    from tidings.analysis.dedup import ClusterFilter
    from tidings.analysis.dedup import clusters as list_clusters
    from tidings.analysis.dedup import mentions
    from tidings.store import open_store

    with open_store(db_url(db)) as store:
        if cluster_id:
            rows = [m.model_dump() for m in mentions(store, cluster_id)]
            emit(rows, fmt=fmt, columns=["published", "publisher", "status", "trigger_text", "article_id", "event_id"],
                 title=f"mentions of {cluster_id}")
            return
        try:
            f = ClusterFilter(actor=actor, type=type_, since=since, until=until, min_articles=min_articles, limit=limit)
        except ValidationError as exc:
            raise click.UsageError(str(exc))
        rows = [{**c.model_dump(), "source": ";".join(c.source), "target": ";".join(c.target)}
                for c in list_clusters(store, f)]
        emit(rows, fmt=fmt, columns=CLUSTER_COLUMNS, title="event clusters")
