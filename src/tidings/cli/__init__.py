"""The `tidings` command line: parses options and makes one library call per command."""

from __future__ import annotations

import logging
import sys

import click

from tidings import __version__
from tidings.cli.commands import register

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT)
@click.option("-v", "--verbose", count=True, help="More log output (-v info, -vv debug).")
@click.version_option(__version__, prog_name="tidings")
def main(verbose: int) -> None:
    """tidings: news articles in, evidence-backed PLOVER event data out.

    \b
    Example:
      tidings ingest examples/corpus && tidings events --actor DEU --type SANCTION
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


register(main)
