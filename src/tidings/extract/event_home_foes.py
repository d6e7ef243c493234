"""A military move that answers a hostile act of armed men at home is aimed at the mover's own
country: "sent soldiers into prisons after gang members killed 17 inmates", "is to dispatch
troops to the town after separatist rebels ambushed a convoy" (ANNOTATION.md, MOBILIZE target:
the side whose hostile act the text gives as the move's cause; and, as for a one-sided truce,
a government fighting at home is aimed at its own country).

The armed men are at home when the actor coder gave them the mover's country and a sector of
vocabulary.csv home_foe_sectors (rebels, militants, gangs), or, named by a word of
home_foe_words and given no country, when the move goes to a place of the mover's own country.
Unidentified armed men ("after gunmen killed 17 people") are no side: the move stays aimed at
no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.event_index import EventIndex, side_code, side_codes
from tidings.extract.event_phrases import np_actors, place_actor
from tidings.extract.event_syntax import has_word
from tidings.models import Actor, Event


def home_foes(event: Event, doer: Token, index: EventIndex) -> list[Actor]:
    """The mover's own country as the target when ``doer`` (the subject of the act the move
    answers) names armed men at home; else nothing."""
    mine = side_codes(event.source)
    vocab = index.tables.vocab
    named = np_actors(doer, index)
    at_home = [a for a in named if a.sector in vocab("home_foe_sectors") and side_code(a) in mine]
    if at_home:
        return at_home[:1]
    place = event.location
    if named or place is None or place.country not in mine:
        return []
    return [place_actor(place, index)] if has_word(doer, vocab("home_foe_words")) else []
