"""Whose ground an act lands on, and who did an act no one is named for: origins and destinations
of aid and moves, the state a place belongs to, weapons of no stated side reported by the state
they hit, and the reporting state as victim. Sentences written for these tests in wire style (not
taken from examples/); each class has near-miss negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes, event_at as _event, sides


DESTINATIONS = [
    # where aid or forces go beats where they come from
    ("The World Food Programme said it had sent its first convoy of food aid across the border from Adre in Chad "
     "into Darfur on Monday.", "AID", "sent", {"WFP"}, {"SDN"}),
    ("The Red Crescent sent a convoy of medical aid from Gaziantep in Turkey into Idlib on Thursday.",
     "AID", "sent", None, {"SYR"}),
    ("Jordan delivered humanitarian aid to Syria from the Ramtha crossing.", "AID", "delivered", {"JOR"}, {"SYR"}),
    ("India airlifted relief supplies from Delhi to Myanmar after the earthquake.", "AID", "airlifted", {"IND"}, {"MMR"}),
    ("Russia moved troops from Belarus into Ukraine on Thursday.", "MOBILIZE", "moved", {"RUS"}, {"UKR"}),
    # near misses: an origin alone is no destination; a place abroad where aid is given stays the target
    ("Germany flew 40 tonnes of tents from Leipzig to Turkey.", "AID", "flew", {"DEU"}, {"TUR"}),
    ("Hungary sent aid to refugees in Poland.", "AID", "sent", {"HUN"}, {"POL"}),
    # a wrapper's place goes by the sense it was composed with: a meeting of both sides in one's capital
    # is aimed at neither (not "met with tear gas", an attack on the place)
    ("Iran and the IAEA agreed to meet again in Tehran in early April.", "AGREE", "agreed", {"IRN", "IAEA"}, set()),
    ("Japan pledged to send aid to Myanmar.", "AGREE", "pledged", {"JPN"}, {"MMR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), DESTINATIONS)
def test_event_dyads_ground_destination_beats_origin(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    if source is not None:
        assert _codes(event.source) == source
    assert _codes(event.target) == target


OWNED_GROUND = [
    # a region named as a country's ("in Sudan's North Darfur state") is that country's ground
    ("Warplanes bombed a market in Sudan's North Darfur state on Sunday, killing 30 people.", "ASSAULT", "bombed", {"SDN"}),
    ("Artillery shelled villages in Armenia's Syunik province overnight.", "ASSAULT", "shelled", {"ARM"}),
    ("Russian drones struck a power plant in Ukraine's Sumy region.", "ASSAULT", "struck", {"UKR"}),
    # near miss: the owner of the thing hit, not of the place, is the one named
    ("Russian drones struck a Turkish-owned cargo ship in the port of Izmail.", "ASSAULT", "struck", {"TUR"}),
    # people taken "from" a place are taken on that ground; an attack fired "from" a place comes from it
    ("Gunmen abducted 40 passengers from a bus in Nigeria's Zamfara state on Friday.", "ASSAULT", "abducted", {"NGA"}),
    ("Militants kidnapped two aid workers from their compound in Mali's Gao region.", "ASSAULT", "kidnapped", {"MLI"}),
    ("Hezbollah fired rockets from southern Lebanon into Israel on Sunday.", "ASSAULT", "fired", {"ISR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "target"), OWNED_GROUND)
def test_event_dyads_ground_owned_region(nlp, text, type_, trigger, target):
    assert _codes(_event(text, type_, trigger).target) == target


UNSEEN_ATTACKERS = [
    # weapons of no stated side, reported by the state they hit, are no one's named (not the state's own)
    ("Two drones struck a fuel depot in Russia's Belgorod region overnight, the Russian governor said.",
     "ASSAULT", "struck", set(), {"RUS"}),
    ("Missiles hit an apartment block in Zaporizhzhia early on Friday, the Ukrainian governor of the region said.",
     "ASSAULT", "hit", set(), {"UKR"}),
    ("Unidentified drones struck a military base in eastern Chad, the Chadian army said.", "ASSAULT", "struck", set(), {"TCD"}),
    # near misses: the weapons' side is named; soldiers reported by their own state are its own
    ("Ukrainian drones struck a fuel depot in the Kursk region, the Russian military said.", "ASSAULT", "struck", {"UKR"}, {"RUS"}),
    ("Soldiers opened fire on protesters in Mandalay, the Myanmar junta said.", "ASSAULT", "opened", {"MMR"}, {"MMR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), UNSEEN_ATTACKERS)
def test_event_dyads_ground_unseen_attacker(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


REPORTING_VICTIM = [
    # a state's forces report the attacks on them ...
    ("Pakistan's army said Indian troops had opened fire first.", "ASSAULT", "opened", {"IND"}, {"PAK"}),
    ("The Israeli military said Hezbollah fighters attacked an army post overnight.", "ASSAULT", "attacked", {"LBN"}, {"ISR"}),
    # ... but a third state reporting an attack is not its victim
    ("Washington said Russian forces had shelled the city for a third day.", "ASSAULT", "shelled", {"RUS"}, set()),
    ("Britain said Houthi forces attacked a cargo ship in the Red Sea.", "ASSAULT", "attacked", {"YEM"}, set()),
    ("The French foreign ministry said Israeli forces had opened fire on a UN patrol.", "ASSAULT", "opened", {"ISR"}, {"UN"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), REPORTING_VICTIM)
def test_event_dyads_ground_reporting_victim(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


HOME_REPRESSION = [
    # arrests, trials and sentences by no one named fall on a country's people from its own state
    ("A judge barred the former Peruvian president from leaving the country for 18 months.", "COERCE", "barred", {"PER"}, {"PER"}),
    ("Tanzanian opposition leader Tundu Lissu, arrested in April after calling for electoral reforms, could be "
     "convicted of treason at a trial that resumes next week.", "COERCE", "convicted", {"TZA"}, {"TZA"}),
    ("The EU criticised Georgia after a judge jailed the opposition leader for eight years.", "COERCE", "jailed", {"GEO"}, {"GEO"}),
    # near misses: abroad, the state where it happened; an uncoded agent named; a seizure by anyone
    ("Two Kenyan aid workers were detained in South Sudan.", "COERCE", "detained", {"SSD"}, {"KEN"}),
    ("Hackers broke into the systems of several Polish water utilities.", "COERCE", "broke", set(), {"POL"}),
    ("A British aid worker was detained on Monday.", "COERCE", "detained", set(), {"GBR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), HOME_REPRESSION)
def test_event_dyads_ground_home_repression(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)
