"""Reading the CSV data files shipped under ``tidings/ontology/data`` (importlib.resources)."""

from __future__ import annotations

import csv
from importlib import resources

_PACKAGE = "tidings.ontology"


def read_csv(path: str) -> list[dict[str, str]]:
    """Rows of ``data/<path>``; ``#`` comment lines and blank lines skipped, values stripped."""
    text = resources.files(_PACKAGE).joinpath("data", *path.split("/")).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]
