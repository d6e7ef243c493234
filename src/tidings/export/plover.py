"""Events as PLOVER-schema JSON objects (id, date, actor, recipient, event, mode, context, event_text, offsets).

Beyond PLOVER's fields, ``cluster`` names the deduplicated real-world event the record reports
(``tidings.analysis.dedup``): its id and how many mentions, publishers and articles report it;
null when the store was never clustered or the event was stored after the last clustering.
"""

from __future__ import annotations

from typing import Any

from tidings.export.clusters import EventCluster
from tidings.models import Actor, Document, Event
from tidings.store.rows import actor_code


def _codes(actors: list[Actor]) -> list[str]:
    return list(dict.fromkeys(actor_code(a) for a in actors))


def plover_record(doc: Document, event: Event, *, cluster: EventCluster | None = None) -> dict[str, Any]:
    sentence = doc.sentences[event.sentence] if event.sentence < len(doc.sentences) else None
    start, end = (sentence.start, sentence.end) if sentence else (event.trigger.start, event.trigger.end)
    return {
        "id": event.id,
        "date": event.date or doc.published,
        "actor": _codes(event.source),
        "actor_text": [a.text for a in event.source],
        "recipient": _codes(event.target),
        "recipient_text": [a.text for a in event.target],
        "event": event.type,
        "mode": event.mode or "",
        "context": list(event.contexts),
        "event_text": doc.text[start:end],
        "text_start": start,
        "text_end": end,
        "trigger": event.trigger.model_dump(),
        "status": event.status,
        "attributed_to": event.attributed_to.name if event.attributed_to else None,
        "location": event.location.model_dump() if event.location else None,
        "cameo": event.cameo,
        "goldstein": event.goldstein,
        "quad_class": event.quad_class,
        "confidence": event.confidence,
        "article_id": doc.id,
        "url": doc.url,
        "source": doc.source,
        "published": doc.published,
        "cluster": None if cluster is None else {"id": cluster.id, "num_mentions": cluster.mentions,
                                                 "num_sources": cluster.sources, "num_articles": cluster.articles},
    }
