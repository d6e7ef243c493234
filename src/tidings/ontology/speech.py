"""The reporting verbs (data/speech/reporting_verbs.csv, sources in data/speech/README.md).

One list serves two readers: the quote extractor takes these verbs as cues of direct and
reported speech, and the event coder marks an event "reported" when one of them governs its
clause. Keeping a single file means a verb that introduces a quote also reports an event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tidings.errors import ConfigError
from tidings.ontology.csvfiles import read_csv

_FILE = "speech/reporting_verbs.csv"
KINDS = frozenset({"speech", "writing", "report", "opinion", "commitment", "request"})


@dataclass(frozen=True)
class ReportingVerbs:
    kinds: dict[str, str]  # lemma -> kind

    @property
    def lemmas(self) -> frozenset[str]:
        return frozenset(self.kinds)

    def __contains__(self, lemma: object) -> bool:
        return lemma in self.kinds


@lru_cache(maxsize=1)
def load_reporting_verbs() -> ReportingVerbs:
    kinds: dict[str, str] = {}
    for row in read_csv(_FILE):
        lemma, kind = row["lemma"].lower(), row["kind"]
        if kind not in KINDS:
            raise ConfigError(f"{_FILE}: {lemma!r} has unknown kind {kind!r} (one of {sorted(KINDS)})")
        if lemma in kinds:
            raise ConfigError(f"{_FILE}: {lemma!r} is listed twice")
        kinds[lemma] = kind
    return ReportingVerbs(kinds)
