"""Classes of events the coder used to miss for want of a lexicon row: a retaliation promised in
words of force ("will respond firmly", "will be answered with force", "dealt with accordingly",
"would flatten the suburbs if …"), a crowd's own means of protest (barricading roads, burning
tyres, camping out, driving tractors into a city) and warships, planes and police moving about a
theatre ("operating around the island", "gathered off the coast", "entered the Gulf", "fanned
out", "the arrival of warships", "stepped up patrols"). Near misses keep the other senses of the
same words: answering a letter, a complaint dealt with by a court, flattening a curve, aid
agencies' tents, a cargo ship entering a port, a firm operating abroad, mourners gathering.
Further down: a judged noun whose rows need words it lacks ("called the closure a provocation")
names the act told before it; a truce "takes hold", fear does not; a quoted label hung on the
object ("called the officers “foreign occupiers”") is the predicate of "called X Y"; a standing
granted to another state or force ("admitted as a full member", "designated a major non-NATO
ally", "a mission the Security Council authorized") is support, admission to hospital and a
terrorist designation are not. Sentences written for these tests in wire style (not taken from examples/), run on the real model."""

from __future__ import annotations

import pytest

from tests.event_lookup import has_event

FOUND = [
    # a retaliation promised in words of force is a threat
    ('"If Manila provokes us again, we will respond resolutely," a Chinese defence spokesman said.', 'THREATEN', 'respond'),
    ('Pyongyang would respond with force to any violation of its waters, its navy said.', 'THREATEN', 'respond'),
    ('Any strike on Iranian soil will be answered with force, the Revolutionary Guards said.', 'THREATEN', 'answered'),
    ('Caracas said any foreign vessel that enters its waters will be seized and dealt with accordingly.', 'THREATEN', 'dealt'),
    ('The Azerbaijani army said any soldier who crosses the line will be dealt with firmly.', 'THREATEN', 'dealt'),
    ('Russia said it would flatten the city of Sumy if Kyiv struck Kursk again.', 'THREATEN', 'flatten'),
    ('Sudanese paramilitaries razed three villages in North Darfur last week, witnesses said.', 'ASSAULT', 'razed'),
    # a crowd's own means of protest
    ('Opposition supporters in Kinshasa barricaded streets on Monday to reject the election result.', 'PROTEST', 'barricaded'),
    ('Angry taxi drivers in Lagos burned tyres outside the transport ministry on Tuesday.', 'PROTEST', 'burned'),
    ('Students set up tents outside the Georgian parliament in Tbilisi and vowed to stay.', 'PROTEST', 'set up'),
    ('Polish farmers drove their tractors into central Warsaw on Friday to oppose Ukrainian grain imports.', 'PROTEST', 'drove'),
    # warships, planes and police moving about a theatre
    ('Russian warships were operating near the Latvian coast on Sunday, the Latvian navy said.', 'MOBILIZE', 'operating'),
    ('Turkish frigates gathered off the Libyan coast on Thursday.', 'MOBILIZE', 'gathered'),
    ('A French aircraft carrier entered the Red Sea on Monday, the French defence ministry said.', 'MOBILIZE', 'entered'),
    ('Nigerian police fanned out across Lagos ahead of the planned march.', 'MOBILIZE', 'fanned'),
    ('Caracas put its army on alert after the arrival of American destroyers near Venezuela.', 'MOBILIZE', 'arrival'),
    ('Estonian border guards stepped up patrols along the Russian frontier on Saturday.', 'MOBILIZE', 'patrols'),
]


NOT_FOUND = [
    # answering or dealing with a matter, responding to a letter, a past crackdown, a curve flattened
    ('The Kenyan foreign ministry will respond to the Ugandan letter next week.', 'THREATEN', 'respond'),
    ('The Kenyan government answered with a statement on Monday.', 'THREATEN', 'answered'),
    ('The Ethiopian complaint will be dealt with by the African Union next month.', 'THREATEN', 'dealt'),
    ('Protesters in Nairobi were dealt with harshly by Kenyan police.', 'THREATEN', 'dealt'),
    ("Brazil's central bank hopes to flatten the curve of inflation this year.", 'ASSAULT', 'flatten'),
    # tents for the displaced, roads barricaded by the police, tractors driving a harvest
    ('Turkish aid agencies set up tents for displaced families near Aleppo.', 'PROTEST', 'set up'),
    ('Serbian police barricaded the streets around the parliament in Belgrade.', 'PROTEST', 'barricaded'),
    ('Ukrainian farmers drove their grain to Romanian ports on Monday.', 'PROTEST', 'drove'),
    # a firm operating abroad, a cargo ship in port, mourners and ministers gathering, refugees arriving,
    # a deployment restated by its arrival
    ('The Turkish company operates three cement plants near Baghdad.', 'MOBILIZE', 'operates'),
    ('A Greek cargo ship operating off the Somali coast was freed on Monday.', 'MOBILIZE', 'operating'),
    ('Mourners gathered in Tehran for the funeral of the general.', 'MOBILIZE', 'gathered'),
    ('Ministers gathered in Brussels for the summit on Thursday.', 'MOBILIZE', 'gathered'),
    ('The arrival of Sudanese refugees strained schools in eastern Chad.', 'MOBILIZE', 'arrival'),
    ('The deployment of Rwandan troops to Mozambique resumed with the arrival of a battalion in Pemba.', 'MOBILIZE', 'arrival'),
]


# a judged noun whose own rows need words it lacks ("the closure" with no "of the border") names the
# act told before it that one of its rows can name; with none told it keeps its first row
JUDGED_TOLD = [
    ('Latvia closed three border crossings with Russia, and Moscow called the closure a provocation.', 'COERCE', 'closure'),
    ('The Armenian embassy in Baku was closed, and Azerbaijan condemned the closure.', 'SANCTION', 'closure'),
    ('A truce between Azerbaijan and Armenia took hold along their border on Sunday.', 'RETREAT', 'took hold'),
]


JUDGED_OTHERWISE = [
    ('Latvia closed three border crossings with Russia, and Moscow called the closure a provocation.', 'SANCTION', 'closure'),
    ('Fear took hold in Kharkiv after the night of shelling.', 'RETREAT', 'took hold'),
]


# a quoted label the parser hangs on the object as its apposition is the predicate of "called X Y";
# an attack and terrorism are words of blame; an apposition that names no blame is none
LABELS = [
    ('The militia leader called the Rwandan soldiers “foreign invaders” in a video.', 'ACCUSE', 'called'),
    ('Minsk called the border closure a "hybrid attack" on its hauliers.', 'ACCUSE', 'called'),
    ('Caracas called the American sanctions “economic terrorism”.', 'ACCUSE', 'called'),
]


NO_LABELS = [
    ('Tehran called the Swiss ambassador, a veteran diplomat, to the foreign ministry.', 'ACCUSE', 'called'),
    ('The Kenyan president called the attack on the police station a tragedy.', 'ACCUSE', 'called'),
]


# a standing granted to another state or force is support; admission to hospital, an admission of
# fault, a terrorist designation and a mandate given by a president grant none
STANDING = [
    ('The African Union admitted Somaliland as a full member on Friday.', 'SUPPORT', 'admitted'),
    ('Montenegro was admitted to the European Union in a ceremony in Brussels.', 'SUPPORT', 'admitted'),
    ('Washington designated Brazil a major non-NATO ally in 2019.', 'SUPPORT', 'designated'),
    ('The UN Security Council authorized a Rwandan-led mission for Mozambique last year.', 'SUPPORT', 'authorized'),
]


NO_STANDING = [
    ('The wounded Ukrainian soldier was admitted to hospital in Lviv.', 'SUPPORT', 'admitted'),
    ('Moscow admitted that its drones had entered Polish airspace.', 'SUPPORT', 'admitted'),
    ('The United States designated the Mexican cartel a terrorist organisation.', 'SUPPORT', 'designated'),
    ('The Kenyan foreign ministry designated three allies of the president as envoys to Uganda.', 'SUPPORT', 'designated'),
    ('Putin authorized a military operation in eastern Ukraine.', 'SUPPORT', 'authorized'),
]


@pytest.mark.parametrize("text,type_,trigger", FOUND + JUDGED_TOLD + LABELS + STANDING)
def test_event_missed_classes_found(nlp, text, type_, trigger):
    assert has_event(nlp, text, type_, trigger)


@pytest.mark.parametrize("text,type_,trigger", NOT_FOUND + JUDGED_OTHERWISE + NO_LABELS + NO_STANDING)
def test_event_missed_classes_not_found(nlp, text, type_, trigger):
    assert not has_event(nlp, text, type_, trigger)
