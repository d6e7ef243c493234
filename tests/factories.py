"""Hand-built Documents with known findings, and file-system refusals, for store, export, eval and hostile-input tests."""

from __future__ import annotations

import os

from tidings.ingest.ids import article_id, derived_id
from tidings.models import Actor, Document, Event, Place, Quote, Sentence, Span


def actor(text: str, start: int, *, country: str | None = None, code: str | None = None, kind="country",
          name: str | None = None, sector: str | None = "GOV", role: str | None = None) -> Actor:
    return Actor(text=text, start=start, end=start + len(text), name=name or text, kind=kind, country=country,
                 code=code, sector=sector, role=role)


def make_document(
    text: str = "Germany imposed tariffs on Brazil. Merkel said: \"It is fair.\"",
    *,
    published: str = "2026-05-04",
    event_type: str = "SANCTION",
    cameo: str = "0311",
    source: str = "DEU",
    target: str = "BRA",
    status: str = "asserted",
) -> Document:
    doc_id = article_id(text)
    trigger_word = text.split()[1]
    t_start = text.index(trigger_word)
    src = actor(text.split()[0], 0, country=source)
    tgt_word = text.split()[4].rstrip(".")
    tgt = actor(tgt_word, text.index(tgt_word), country=target)
    first_end = text.index(".") + 1
    event = Event(
        id=derived_id(doc_id, t_start, event_type),
        type=event_type,
        mode="discontinue",
        contexts=["economic"],
        source=[src],
        target=[tgt],
        trigger=Span(text=trigger_word, start=t_start, end=t_start + len(trigger_word)),
        sentence=0,
        date=published,
        location=Place(text="Berlin", start=0, end=6, name="Berlin", country="DEU", lat=52.52, lon=13.40, kind="city"),
        status=status,
        cameo=cameo,
        goldstein=-6.0,
        quad_class=4,
        confidence=0.9,
    )
    quote_start = text.find('"It') + 1
    quotes = []
    if quote_start > 0:
        quotes.append(Quote(text="It is fair.", start=quote_start, end=quote_start + 11, kind="direct",
                            speaker=actor("Merkel", text.index("Merkel"), country="DEU", kind="person",
                                          name="Angela Merkel"), cue="said", sentence=1))
    return Document(
        id=doc_id, title="Test", published=published, language="en", text=text,
        sentences=[Sentence(start=0, end=first_end), Sentence(start=first_end + 1, end=len(text))],
        actors=[src, tgt], events=[event], quotes=quotes,
    )


def refuse_to_open(monkeypatch, path) -> None:
    """Make ``open(path)`` raise the PermissionError the kernel gives a user who may not read it.

    Tests run as root read everything; this is how they see an unreadable file.
    """
    real_open = open

    def refuse(file, mode="r", *args, **kw):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kw)

    monkeypatch.setattr("builtins.open", refuse)


def refuse_to_list(monkeypatch, name: str) -> None:
    """Make ``os.scandir`` of a directory whose path ends with ``name`` raise PermissionError (as for a non-root user)."""
    real_scandir = os.scandir

    def refuse(path="."):
        if str(path).endswith(name):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
