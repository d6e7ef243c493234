"""Whom an act of aid with no recipient in its clause helps, when its sentence tells aid to someone.

"Malawi received grain from South Africa and Zambia, and the European Union released 5 million
euros for shelters", "Turkish teams pulled survivors from the rubble after Ankara and Beijing
dispatched relief flights to Myanmar": donors listed in one sentence help the one recipient the
sentence names, not one another. The aid (or aid offered: vocabulary.csv ``shared_recipient_types``)
told beside it gives the recipient, before the nearest other actor of the sentence, who is mostly a
fellow donor.
"""

from __future__ import annotations

from tidings.extract.event_index import EventIndex, side_code, side_codes
from tidings.models import Actor, Event

__all__ = ["shared_recipient"]


def shared_recipient(event: Event, sentence_events: list[Event], index: EventIndex) -> list[Actor]:
    """The recipient of the other aid acts of the event's sentence, when they name one and it is not
    the event's own side."""
    kinds = index.tables.vocab("shared_recipient_types")
    if event.type != "AID" or not event.source:
        return []
    mine = side_codes(event.source)
    found: list[Actor] = []
    for other in sentence_events:
        if other.trigger.start == event.trigger.start or other.sentence != event.sentence or other.type not in kinds:
            continue
        found += [a for a in other.target if side_code(a) not in mine and side_code(a) not in side_codes(found)]
    return found if len(side_codes(found)) == 1 else []
