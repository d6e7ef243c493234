"""Options shared by several commands."""

from __future__ import annotations

import functools

import click
from pydantic import ValidationError

from tidings.config import Settings
from tidings.ingest.dateline import check_date
from tidings.store.query import MAX_LIMIT, Filter


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return check_date(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")


published_option = click.option(
    "--published", callback=_date, metavar="YYYY-MM-DD",
    help="Publication date for inputs that carry none (beats a dateline in the text).",
)
db_option = click.option(
    "--db", metavar="URL", default=None,
    help="Store: a DuckDB file (default ./tidings.duckdb, or $TIDINGS_DB) or postgresql://user@host:port/db.",
)


def filter_options(command):
    options = [
        click.option("--actor", metavar="CODE", help="Actor code as source or target, e.g. DEU, USA, NATO."),
        click.option("--type", "type_", metavar="TYPE", help="PLOVER event type, e.g. SANCTION."),
        click.option("--status", type=click.Choice(["asserted", "reported", "planned", "threatened", "hypothetical", "negated"]),
                     help="Event status."),
        click.option("--since", metavar="DATE", help="On or after YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--until", metavar="DATE", help="On or before YYYY, YYYY-MM or YYYY-MM-DD."),
        click.option("--speaker", metavar="NAME", help="Words of the speaker's name (quotes)."),
        click.option("--text", metavar="WORDS", help="Words in the quote, trigger or title."),
        click.option("--article", "article_id", metavar="ID", help="Only this article."),
        click.option("--limit", type=click.IntRange(1, MAX_LIMIT), default=100, show_default=True, help="Rows to print."),
        click.option("--offset", type=click.IntRange(min=0), default=0, help="Rows to skip (for paging)."),
    ]
    return functools.reduce(lambda cmd, opt: opt(cmd), reversed(options), command)


def make_filter(values: dict) -> Filter:
    values = dict(values)
    values["type"] = values.pop("type_", None)
    try:
        return Filter(**values)
    except ValidationError as exc:
        problems = "; ".join(f"--{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        raise click.UsageError(problems)


def format_options(command):
    command = click.option("--csv", "fmt", flag_value="csv", help="Print CSV.")(command)
    command = click.option("--json", "fmt", flag_value="json", help="Print JSON lines.")(command)
    return click.option("--table", "fmt", flag_value="table", default=True, hidden=True)(command)


_DEFAULTS = Settings()


def limit_options(command):
    """Reader and pipeline limits shared by extract and ingest (see tidings.config.Settings)."""
    options = [
        click.option("--max-chars", type=click.IntRange(min=1), default=_DEFAULTS.max_chars, show_default=True,
                     help="Reject articles longer than this many characters."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=_DEFAULTS.max_bytes, show_default=True,
                     help="Reject input files (and JSONL lines) larger than this, before reading them."),
        click.option("--max-seconds", type=click.FloatRange(min=0, min_open=True), default=_DEFAULTS.max_seconds,
                     show_default=True, help="Stop and record as failed an article whose extraction takes longer."),
        click.option("--languages", default=",".join(_DEFAULTS.languages), show_default=True,
                     help="Accepted languages, comma-separated ISO 639-1 codes; empty accepts all."),
        click.option("--other-languages", type=click.Choice(["skip", "warn"]), default=_DEFAULTS.other_languages,
                     show_default=True, help="Articles in another language: skip (recorded as failed) or process with a warning."),
        click.option("--no-follow-symlinks", "follow_symlinks", is_flag=True, flag_value=False, default=True,
                     help="Refuse symbolic links instead of reading what they point to."),
        click.option("--batch-size", type=click.IntRange(min=1), default=_DEFAULTS.batch_size, show_default=True,
                     help="At most this many articles per nlp.pipe batch."),
        click.option("--batch-chars", type=click.IntRange(min=1), default=_DEFAULTS.batch_chars, show_default=True,
                     help="Close an nlp.pipe batch once its articles reach this many characters (bounds memory)."),
    ]
    return functools.reduce(lambda cmd, opt: opt(cmd), reversed(options), command)


def make_settings(values: dict) -> Settings:
    values = dict(values)
    values["languages"] = tuple(code.strip() for code in values.get("languages", "").split(",") if code.strip())
    return Settings(**values)
