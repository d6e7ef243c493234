"""What talks are about is no event of its own ("flew to Washington for talks with Trump on
tariffs", "telephoned Lula to discuss U.S. tariffs"), unless the topic re-mentions a definite act
("discuss the withdrawal") or is an attack talks are held over.

Sentences written for these tests in wire style, not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event as _found


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        ("Thailand's prime minister will fly to Washington next week for talks with Trump on tariffs.", "SANCTION", "tariffs", False),
        ("Thailand's prime minister will fly to Washington next week for talks with Trump on tariffs.", "AGREE", "fly", True),
        ("Ramaphosa telephoned Modi on Friday to discuss U.S. tariffs on steel.", "SANCTION", "tariffs", False),
        ("Ramaphosa telephoned Modi on Friday to discuss U.S. tariffs on steel.", "CONSULT", "telephoned", True),
        ("Iraqi and Turkish ministers met in Ankara on Sunday for talks about security cooperation.", "COOPERATE", "cooperation", False),
        ("EU and Moroccan officials negotiated aid deliveries for the flood zones on Tuesday.", "AID", "deliveries", False),
        # near misses: a definite act talks re-mention, an attack they are held over, a measure imposed
        ("NATO ministers will discuss the withdrawal with their American counterpart in Brussels next month.", "CONCEDE", "withdrawal", True),
        ("The UN Security Council met on Monday over Russian strikes on Kyiv.", "ASSAULT", "strikes", True),
        ("Washington imposed new tariffs on Brazilian steel on Friday.", "SANCTION", "imposed", True),
    ],
)
def test_event_senses_topics_of_talks(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # what a text says is coded through what is done with it
        ("China vetoed a UN Security Council resolution demanding a ceasefire in Myanmar on Friday.", "REQUEST", "demanding", False),
        ("China vetoed a UN Security Council resolution demanding a ceasefire in Myanmar on Friday.", "REJECT", "vetoed", True),
        ("The African Union endorsed a declaration backing Somalia's territorial integrity.", "SUPPORT", "backing", False),
        ("Putin sent Erdogan a letter proposing talks on grain exports.", "AGREE", "proposing", False),
        ("France vetoed a resolution that would have condemned the coup in Niger.", "ACCUSE", "condemned", False),
        # near misses: a text a body adopts is the body's act; the act itself said by the body
        ("The IAEA board adopted a resolution condemning Iran for blocking inspections.", "ACCUSE", "condemning", True),
        ("The UN Security Council demanded an immediate ceasefire in Sudan on Thursday.", "REQUEST", "demanded", True),
    ],
)
def test_event_senses_topics_what_a_text_says(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present
