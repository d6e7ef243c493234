"""The clustering inputs of one article, computed from its Document when it is written.

Clustering compares events by their type, sides and dates, and by cheap text evidence: the content
tokens of each event's trigger sentence, whether the trigger is an anaphor ("the withdrawal"), the
surnames of the named persons on each side, and the article's publisher and lead. The store keeps
these in ``cluster_article_inputs`` and ``cluster_event_inputs`` (``store.rows``), written with the
article by the same transaction, so clustering never reads a stored document back.

Pure functions: no store, no model. ``clusters_inputs.update_inputs`` computes the same rows from
the store's tables for articles written without them (stores from before this table existed).
"""

from __future__ import annotations

import re
from typing import Sequence
from urllib.parse import urlsplit

from tidings.analysis.clusters_text import STOP_WORDS, content_tokens
from tidings.ingest.ids import article_id
from tidings.models import Document

LEAD_CHARS = 300  # an article's lead: its title and its sentences up to the one that reaches this offset
_RULE_POS = re.compile(r"\b(noun|verb) '")
_DEFINITE = re.compile(r"\b(?:the|this|these|those|its|their)\s+((?:[\w'’-]+\s+){0,2})$", re.IGNORECASE)


def is_anaphor(text: str, trigger_start: int, sentence_start: int, trigger: str, rule: str | None) -> bool:
    """A definite noun phrase trigger ("the withdrawal", "the tariff increase"): it refers to a known event."""
    pos = _RULE_POS.search(rule or "")
    if (pos and pos.group(1) != "noun") or (not pos and trigger.lower().endswith("ed")):
        return False
    found = _DEFINITE.search(text[max(sentence_start, trigger_start - 60) : trigger_start])
    return bool(found) and not any(w.lower() in STOP_WORDS for w in found.group(1).split())


def publisher(source: str | None, url: str | None) -> str | None:
    if source:
        return source
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def lead_tokens(title: str | None, text: str, sentence_ends: Sequence[int] | None) -> frozenset[str]:
    """Content tokens of an article's title and lead: what the story is about, whichever event is coded."""
    end = next((e for e in sentence_ends or [] if e >= LEAD_CHARS), len(text))
    return content_tokens(f"{title or ''}\n{text[:end]}")


def _surnames(names: list[str]) -> str:
    return " ".join(sorted({n.split()[-1].lower() for n in names if n.split()}))


def article_input(aid: str, content_hash: str | None, title: str | None, source: str | None, url: str | None,
                  text: str, sentence_ends: Sequence[int] | None) -> tuple:
    """An ``ArticleInputRow`` as a tuple."""
    return aid, content_hash, publisher(source, url), " ".join(sorted(lead_tokens(title, text, sentence_ends)))


def event_input(eid: str, aid: str, text: str, trigger: str, spans: tuple[int, int, int], rule: str | None,
                persons: tuple[list[str], list[str]]) -> tuple:
    """An ``EventInputRow`` as a tuple; ``spans`` are the trigger start, sentence start and sentence end."""
    t0, s0, s1 = spans
    tokens = " ".join(sorted(content_tokens(text[s0:s1] or trigger)))
    return eid, aid, tokens, is_anaphor(text, t0, s0, trigger, rule), _surnames(persons[0]), _surnames(persons[1])


def inputs_for(doc: Document) -> tuple[tuple, list[tuple]]:
    """The inputs of one Document: its article row and its event rows, as tuples in column order."""
    ends = [s.end for s in doc.sentences]
    article = article_input(doc.id, article_id(doc.text), doc.title, doc.source, doc.url, doc.text, ends)
    persons_of = {a.name for a in doc.actors if a.kind == "person"}  # as the store joins event actors to actors
    events = []
    for e in doc.events:
        sentence = doc.sentences[e.sentence] if e.sentence < len(doc.sentences) else e.trigger  # as the events table
        persons = tuple([a.name for a in side if a.name in persons_of] for side in (e.source, e.target))
        events.append(event_input(e.id, doc.id, doc.text, e.trigger.text, (e.trigger.start, sentence.start, sentence.end),
                                  e.rule, persons))
    return article, events
