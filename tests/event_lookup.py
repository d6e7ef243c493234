"""Find one event of an extracted sentence by type and trigger, and the codes of its sides, for
the sentence → dyad tests."""

from __future__ import annotations

from tidings.api import extract


def codes(actors) -> set[str]:
    return {a.code or a.country for a in actors}


def sides(event) -> tuple[set[str], set[str]]:
    """The codes of an event's source and of its target."""
    return codes(event.source), codes(event.target)


def event_at(text: str, type_: str, trigger: str):
    """The first event of ``type_`` whose trigger starts with ``trigger`` (lower case)."""
    doc = extract(text)
    hits = [e for e in doc.events if e.type == type_ and e.trigger.text.lower().startswith(trigger)]
    assert hits, f"no {type_} '{trigger}' in {[(e.type, e.trigger.text) for e in doc.events]}"
    return hits[0]


def last_event_named(text: str, type_: str, trigger: str, nlp, published: str = "2026-05-04"):
    """The last event of ``type_`` whose trigger is exactly ``trigger``, in an article published on a Monday."""
    events = extract(text, published=published, nlp=nlp).events
    hits = [e for e in events if e.type == type_ and e.trigger.text == trigger]
    assert hits, [(e.type, e.trigger.text) for e in events]
    return hits[-1]


def events_starting(nlp, text: str, type_: str, trigger: str, published: str = "2026-05-04") -> list:
    """The events of ``type_`` whose trigger starts with ``trigger`` (lower case), in text order, in
    an article published on a Monday; there must be one."""
    events = extract(text, published=published, nlp=nlp).events
    hits = [e for e in events if e.type == type_ and e.trigger.text.lower().startswith(trigger)]
    assert hits, f"no {type_} '{trigger}' in {[(e.type, e.trigger.text) for e in events]}"
    return hits


def has_event(nlp, text: str, type_: str, trigger: str) -> bool:
    """Whether the article (published on a Monday) has an event of ``type_`` whose trigger starts
    with ``trigger`` (lower case)."""
    events = extract(text, published="2026-05-04", nlp=nlp).events
    return any(e.type == type_ and e.trigger.text.lower().startswith(trigger) for e in events)
