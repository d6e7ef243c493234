"""The reporting verbs (data/speech/reporting_verbs.csv, sources in data/speech/README.md).

One list serves two readers: the quote extractor takes these verbs as cues of direct and
reported speech, and the event coder marks an event "reported" when one of them governs its
clause. Keeping a single file means a verb that introduces a quote also reports an event.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from tidings.errors import ConfigError

_DATA = "tidings.ontology"
_FILE = "data/speech/reporting_verbs.csv"
KINDS = frozenset({"speech", "writing", "report", "opinion", "commitment", "request"})


@dataclass(frozen=True)
class ReportingVerbs:
    kinds: dict[str, str]  # lemma -> kind

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(self.kinds)

    def __contains__(self, lemma: object) -> bool:
        return lemma in self.kinds


def read_csv(package: str, path: str) -> list[dict[str, str]]:
    """Rows of a CSV data file, ``#`` comment lines and blank lines skipped, values stripped."""
    text = resources.files(package).joinpath(path).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


@lru_cache(maxsize=1)
def load_reporting_verbs() -> ReportingVerbs:
    kinds: dict[str, str] = {}
    for row in read_csv(_DATA, _FILE):
        lemma, kind = row["lemma"].lower(), row["kind"]
        if kind not in KINDS:
            raise ConfigError(f"{_FILE}: {lemma!r} has unknown kind {kind!r} (one of {sorted(KINDS)})")
        if lemma in kinds:
            raise ConfigError(f"{_FILE}: {lemma!r} is listed twice")
        kinds[lemma] = kind
    return ReportingVerbs(kinds)
