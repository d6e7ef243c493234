"""Aid the lexicon used to miss: forces or monitors contributed or sent to a mission
("contributed 800 troops to the force", "will send 200 observers"), a named side paid a sum or
paid to do something ("paid Turkey €6 billion", "paying Rabat to stop the boats"), and armed men
of any group sheltered ("harbouring gunmen", "sheltering militiamen"). Near misses: troops sent
as a show of force, money contributed to a debate, a seller paid for goods or a debt, a price or
a tribute paid, shelter from a storm. Sentences written for these tests (not taken from
examples/), run on the real model."""

from __future__ import annotations

import pytest

from tests.event_lookup import events_starting, has_event, sides

FOUND = [
    # personnel given to a mission or a force: peacekeeping aid (planned: AGREE)
    ('Ghana contributed 800 troops to the African Union force in Somalia last year.', 'AID', 'contributed'),
    ('Nepal will contribute a police unit to the UN mission in South Sudan, its army said.', 'AGREE', 'contribute'),
    ('The OSCE sent 150 monitors to eastern Moldova on Tuesday.', 'AID', 'sent'),
    ('The African Union said it would send 60 observers to the Guinean election.', 'AGREE', 'send'),
    # a named side paid a sum, or paid to act
    ('The European Union paid Turkey another €1 billion to house Syrian refugees.', 'AID', 'paid'),
    ('Spain has been paying Rabat to stop migrant boats from leaving the coast, a report said.', 'AID', 'paying'),
    # armed men of any group sheltered
    ('Islamabad accused Kabul of harbouring gunmen who attacked a border post.', 'AID', 'harbouring'),
    ('Kinshasa accused Kigali of sheltering Hutu militiamen in camps near the border.', 'AID', 'sheltering'),
]

NOT_FOUND = [
    # troops sent as a show of force stay a deployment; money or words contributed to a debate
    ('India sent 3,000 troops to its border with China on Monday.', 'AID', 'sent'),
    ('Brazil contributed to the debate on climate finance at the summit.', 'AID', 'contributed'),
    ('Chile contributed to the drafting of the final declaration.', 'AGREE', 'contribute'),
    # a seller paid for goods, a debt paid, a price or a tribute paid
    ('Pakistan paid Iran $300 million for electricity imports last year.', 'AID', 'paid'),
    ('Egypt has struggled to pay Israel since gas prices rose.', 'AID', 'pay'),
    ('Moscow will pay a heavy price for the invasion, the Polish president said.', 'AID', 'pay'),
    ('The Irish prime minister paid tribute to the peacekeepers killed in Lebanon.', 'AID', 'paid'),
    # shelter from a storm
    ('Fishermen sheltered from the typhoon in the port of Manila.', 'AID', 'sheltered'),
]


@pytest.mark.parametrize("text,type_,trigger", FOUND)
def test_event_aid_givers_found(nlp, text, type_, trigger):
    assert has_event(nlp, text, type_, trigger)


@pytest.mark.parametrize("text,type_,trigger", NOT_FOUND)
def test_event_aid_givers_not_found(nlp, text, type_, trigger):
    assert not has_event(nlp, text, type_, trigger)


@pytest.mark.parametrize("text,type_,trigger,source,target", [
    ('The European Union paid Turkey another €1 billion to house Syrian refugees.', 'AID', 'paid', 'EU', 'TUR'),
    ('Spain has been paying Rabat to stop migrant boats from leaving the coast, a report said.', 'AID', 'paying', 'ESP', 'MAR'),
])
def test_event_aid_givers_sides(nlp, text, type_, trigger, source, target):
    src, tgt = sides(events_starting(nlp, text, type_, trigger)[0])
    assert source in src and target in tgt
