"""Scale the example corpus to N articles of varying text, written as JSONL (one article per line).

Every generated article starts from one example article and is varied so that no two are
copies: a share of its body paragraphs is replaced by paragraphs of other articles, sentences
are shuffled inside paragraphs, the countries it names are swapped for others (name, demonym and
capital together, from the ontology's country table), numbers are rescaled, and the publication
date is moved. The lead paragraph (with the dateline) is kept, so every article still reads as
news with actors, events, quotes and quantities.

    python benchmarks/generate_corpus.py --articles 10000 --out /tmp/corpus-10k.jsonl
"""

from __future__ import annotations

import argparse
import calendar
import csv
import datetime as dt
import io
import json
import logging
import random
import re
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from tidings.ingest.text import read_text_file  # noqa: E402

logger = logging.getLogger("generate_corpus")
PUBLISHERS = ["Wire One", "The Daily Ledger", "Global Desk", "Morning Courier", "Capital Post", "Harbor Times"]
_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’]?)\s+(?=[\"“A-Z])")
_NUMBER = re.compile(r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,-]*\d)")
_MONTHS = "|".join(m for m in calendar.month_name if m)
_MONTH_BEFORE = re.compile(rf"(?:{_MONTHS}) $")
_MONTH_AFTER = re.compile(rf" (?:{_MONTHS})\b")
_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(frozen=True)
class Source:
    title: str
    published: dt.date
    paragraphs: list[str]


@dataclass(frozen=True)
class Country:
    name: str
    demonyms: tuple[str, ...]
    capital: str | None


def load_sources(corpus: Path) -> list[Source]:
    sources = []
    for path in sorted(corpus.glob("*.txt")):
        article = read_text_file(str(path))
        paragraphs = [p.strip() for p in article.text.split("\n\n") if p.strip()]
        published = dt.date.fromisoformat(article.published) if article.published else dt.date(2026, 1, 1)
        sources.append(Source(article.title or path.stem, published, paragraphs))
    return sources


def load_countries() -> list[Country]:
    """Countries with a name, demonyms and a capital, from the ontology's country table."""
    table = resources.files("tidings.ontology") / "data" / "actors" / "countries.csv"
    rows = csv.DictReader(line for line in io.StringIO(table.read_text(encoding="utf-8")) if not line.startswith("#"))
    countries = []
    for row in rows:
        demonyms = tuple(d for d in (row.get("demonyms") or "").split("|") if d)
        capitals = [c for c in (row.get("capitals") or "").split("|") if c]
        if row.get("name") and demonyms and capitals:
            countries.append(Country(row["name"], demonyms, capitals[0]))
    return countries


class Varier:
    """Makes article ``i`` from the sources; deterministic for a seed."""

    def __init__(self, sources: list[Source], countries: list[Country], *, seed: int = 0, replace: float = 0.3,
                 shuffle: float = 0.5, date_spread_days: int = 1500):
        self.sources, self.countries, self.seed = sources, countries, seed
        self.replace, self.shuffle, self.spread = replace, shuffle, date_spread_days
        self.body = [(n, p) for n, s in enumerate(sources) for p in s.paragraphs[1:]]
        phrases = {}
        for country in countries:
            for phrase in (country.name, *country.demonyms, country.capital):
                if phrase:
                    phrases[phrase] = country
        self.by_phrase = phrases
        alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")

    def article(self, i: int) -> dict:
        rnd = random.Random(self.seed * 1_000_003 + i)
        base_n = i % len(self.sources)
        base = self.sources[base_n]
        paragraphs = [base.paragraphs[0]]
        for paragraph in base.paragraphs[1:]:
            if rnd.random() < self.replace:
                paragraph = self._other_paragraph(rnd, base_n)
            paragraphs.append(self._shuffled(paragraph, rnd) if rnd.random() < self.shuffle else paragraph)
        text, title = self._swap_countries("\n\n".join(paragraphs), base.title, rnd)
        text = vary_numbers(text, rnd)
        published = base.published + dt.timedelta(days=rnd.randint(-self.spread, 0))
        return {"id": f"gen-{self.seed}-{i:07d}", "title": title, "text": text, "published": published.isoformat(),
                "source": rnd.choice(PUBLISHERS), "url": f"https://example.org/{self.seed}/{i}"}

    def _other_paragraph(self, rnd: random.Random, base_n: int) -> str:
        while True:
            n, paragraph = self.body[rnd.randrange(len(self.body))]
            if n != base_n:
                return paragraph

    @staticmethod
    def _shuffled(paragraph: str, rnd: random.Random) -> str:
        parts = _SENTENCE_END.split(paragraph)
        sentences = [parts[k] + (parts[k + 1] if k + 1 < len(parts) else "") for k in range(0, len(parts), 2)]
        rnd.shuffle(sentences)
        return " ".join(s.strip() for s in sentences)

    def _swap_countries(self, text: str, title: str, rnd: random.Random) -> tuple[str, str]:
        named = sorted({self.by_phrase[m.group()].name for m in self.pattern.finditer(text)})
        by_name = {c.name: c for c in self.countries}
        others = rnd.sample(self.countries, min(len(self.countries), len(named) * 2 + 2))
        targets = [c for c in others if c.name not in named][: len(named)]
        mapping = dict(zip(named, targets))

        def swap(match: re.Match) -> str:
            phrase = match.group()
            old = self.by_phrase[phrase]
            new = mapping.get(old.name)
            if new is None or old.name not in by_name:
                return phrase
            if phrase == old.name:
                return new.name
            if phrase == old.capital:
                return new.capital or phrase
            k = old.demonyms.index(phrase) if phrase in old.demonyms else 0
            return new.demonyms[min(k, len(new.demonyms) - 1)]

        return self.pattern.sub(swap, text), self.pattern.sub(swap, title)


def vary_numbers(text: str, rnd: random.Random) -> str:
    """Rescale the numbers of a text, but not days of the month ("May 4", "4 May") nor parts of names ("F-35")."""

    def one(m: re.Match) -> str:
        if _MONTH_BEFORE.search(text, max(0, m.start() - 10), m.start()) or _MONTH_AFTER.match(text, m.end()):
            return m.group()
        return _rescale(m.group(1), rnd)

    return _NUMBER.sub(one, text)


def _rescale(number: str, rnd: random.Random) -> str:
    """A number of about the same size: 5,000 -> 3,700; 2.1 -> 2.6; years and 0/1 are kept."""
    plain = number.replace(",", "")
    if _YEAR.match(plain) or plain in {"0", "1"}:
        return number
    value = float(plain) * rnd.uniform(0.5, 2.0)
    if "." in plain:
        return f"{value:.{len(plain.split('.')[1])}f}"
    value = max(2, int(round(value, -max(0, len(plain) - 2))))
    return f"{value:,}" if "," in number else str(value)


def generate(n: int, *, corpus: Path, seed: int = 0, date_spread_days: int = 1500) -> Iterator[dict]:
    varier = Varier(load_sources(corpus), load_countries(), seed=seed, date_spread_days=date_spread_days)
    for i in range(n):
        yield varier.article(i)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, required=True, help="how many articles (e.g. 1000, 10000, 100000)")
    parser.add_argument("--out", required=True, help="JSONL file to write")
    parser.add_argument("--corpus", default=str(ROOT / "examples" / "corpus"))
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--date-spread-days", type=int, default=1500,
                        help="publication dates fall up to this many days before their source's (articles per day)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    words = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for record in generate(args.articles, corpus=Path(args.corpus), seed=args.seed,
                                 date_spread_days=args.date_spread_days):
            words += len(record["text"].split())
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    logger.info("wrote %d articles (%.0f words on average) to %s", args.articles, words / max(1, args.articles), args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
