"""The commands. Each one: parse options, call the library once, print the result."""

from __future__ import annotations

import json
import sys

import click

from tidings.cli.options import (
    db_option,
    filter_options,
    format_options,
    limit_options,
    make_filter,
    make_settings,
    published_option,
)
from tidings.cli.output import emit
from tidings.config import db_url
from tidings.errors import TidingsError


def register(group: click.Group) -> None:
    for command in (extract, ingest, events, quotes, articles, failures, summary):
        group.add_command(command)
    from tidings.cli import extra

    extra.register(group)


def _fail_if(failures: list, what: str) -> None:
    if failures:
        click.echo(f"\n{len(failures)} input(s) failed:", err=True)
        for failure in failures:
            click.echo(f"  {failure.path}: {failure.reason}", err=True)
        raise SystemExit(1)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@published_option
@click.option("--explain", is_flag=True, help="Print each event's evidence instead of JSON.")
@limit_options
def extract(paths: tuple[str, ...], published: str | None, explain: bool, **limits) -> None:
    """Print one Document JSON per article (JSONL) for PATHS (.txt, .html, .jsonl, directories, -).

    \b
    Example:
      tidings extract examples/corpus/a01-*.txt --published 2026-05-04 | jq .events
    """
    from tidings.api import extract_many
    from tidings.ingest import read_paths
    from tidings.models import Failure

    settings = make_settings(limits)
    failed = []
    for result in extract_many(read_paths(paths, published=published, settings=settings), settings=settings):
        if isinstance(result, Failure):
            failed.append(result)
            click.echo(f"error: {result.path}: {result.reason}", err=True)
        elif explain:
            from tidings.explain import render_explanation

            click.echo(render_explanation(result))
        else:
            sys.stdout.write(result.model_dump_json() + "\n")
    _fail_if(failed, "extract")


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@published_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary; errors only.")
@limit_options
@click.option("--workers", type=click.IntRange(min=1), help="Run on a local Dask cluster with this many worker processes.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Run on an existing Dask cluster.")
def ingest(paths, db, published, quiet, workers, scheduler, **limits) -> None:
    """Extract and store every article under PATHS; re-running never duplicates rows.

    Articles already in the store (same content hash) are skipped. Failures are listed at
    the end, recorded in the store, and make the exit code 1.

    \b
    Example:
      tidings ingest examples/corpus --db tidings.duckdb
      TIDINGS_DB=news.duckdb tidings ingest feed.jsonl --quiet
      tidings ingest big-corpus/ --workers 2
      tidings ingest big-corpus/ --scheduler tcp://10.0.0.5:8786 --db postgresql://me@db/news
    """
    from tidings.api import ingest as run_ingest
    from tidings.cli.progress import count_inputs, ingest_progress

    settings = make_settings(limits)
    show = not quiet and sys.stderr.isatty()
    total = count_inputs(paths, settings=settings) if show else None
    try:
        with ingest_progress(total, enabled=show) as tick:
            report = run_ingest(paths, db=db_url(db), published=published, settings=settings, on_progress=tick,
                                workers=workers, scheduler=scheduler)
    except TidingsError as exc:
        raise click.ClickException(str(exc))
    if not quiet:
        click.echo(
            f"stored {report.stored} article(s), {report.unchanged} unchanged, {len(report.failures)} failed "
            f"-> {db_url(db)}",
            err=True,
        )
    _fail_if(report.failures, "ingest")


def _open(db: str | None):
    from tidings.store import open_store

    try:
        return open_store(db_url(db))
    except TidingsError as exc:
        raise click.ClickException(str(exc))


EVENT_COLUMNS = ["date", "type", "mode", "source", "target", "status", "trigger_text", "cameo", "goldstein", "article_id"]


@click.command()
@db_option
@filter_options
@format_options
def events(db, fmt, **filters) -> None:
    """List coded events, newest first.

    \b
    Example:
      tidings events --actor DEU --type SANCTION --since 2026-01 --limit 20
      tidings events --status reported --csv > reported.csv
    """
    with _open(db) as store:
        emit(store.events(make_filter(filters)), fmt=fmt, columns=EVENT_COLUMNS, title="events")


@click.command()
@db_option
@filter_options
@format_options
def quotes(db, fmt, **filters) -> None:
    """List attributed quotes, filtered by speaker or words.

    \b
    Example:
      tidings quotes --speaker Pistorius
      tidings quotes --text ceasefire --json
    """
    with _open(db) as store:
        emit(store.quotes(make_filter(filters)), fmt=fmt, columns=["published", "speaker", "kind", "text", "article_id"],
             title="quotes")


@click.command()
@db_option
@filter_options
@format_options
def articles(db, fmt, **filters) -> None:
    """List stored articles with their counts of findings.

    \b
    Example:
      tidings articles --since 2026-05-01 --text troops
    """
    with _open(db) as store:
        emit(store.articles(make_filter(filters)), fmt=fmt,
             columns=["id", "published", "title", "n_sentences", "n_events", "n_quotes"], title="articles")


@click.command()
@db_option
@format_options
def failures(db, fmt) -> None:
    """List inputs that failed to ingest, with the reason.

    \b
    Example:
      tidings failures --db tidings.duckdb
    """
    with _open(db) as store:
        emit(store.failures(), fmt=fmt, columns=["at", "path", "reason"], title="failures")


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
def summary(db, as_json) -> None:
    """Summarize the store: articles, sentences, events by type, top actors and speakers.

    \b
    Example:
      tidings summary --db tidings.duckdb
    """
    from tidings.cli.summary import print_summary

    with _open(db) as store:
        data = store.summary()
    if as_json:
        click.echo(json.dumps(data, default=list))
    else:
        print_summary(data, db_url(db))
