"""Events the coder used to miss for want of the usual words: how news copy says an attack with
verbs and nouns beyond "attack" and "strike" (armed men storming a town, forces driving fighters
out, crowds pelting police, a country entering a war or intervening militarily, the downing of an
aircraft, atrocities, pepper spray fired at a crowd), and hyphenated event nouns the tagger splits
into a noun and an adjective ("counter-offensive"); a second act the parser joined to a bare
complement ("demanded that Uganda release …, and recalled its envoy"); relief carried by the
vehicle a verb moves or counted by a measure ("flew planes carrying 40 tonnes of supplies"); migrants pushed or forced back, suspects
remanded in custody; people freed whom a clause of their own says are held ("released 12 gendarmes
it had detained"); labels on "what"; ties cut by list, visa and lending. Near misses keep the senses
that name no attack and the acts asked for together. Sentences written for these tests in wire style (not taken from examples/), run on the
real model."""

from __future__ import annotations

import pytest

from tests.event_lookup import codes, events_starting, has_event

FOUND = [
    # how news copy says an attack beyond 'attack' and 'strike'
    ('Armed gang members stormed a village near Kenscoff and set homes on fire, the mayor said.', 'ASSAULT', 'stormed'),
    ('Dozens of militants stormed an army post in northern Burkina Faso on Sunday.', 'ASSAULT', 'stormed'),
    ('Nigerian troops drove the rebels out of the town after two days of fighting.', 'ASSAULT', 'drove'),
    ('Haitian police and soldiers drove the gang out of the market district on Tuesday.', 'ASSAULT', 'drove'),
    ('Protesters pelted riot police with stones outside the parliament in Tbilisi.', 'ASSAULT', 'pelted'),
    ('Georgian riot police fired pepper spray at students blocking the road to the ministry.', 'ASSAULT', 'fired'),
    ('Tehran warned it would close its airspace if Washington entered the war.', 'ASSAULT', 'entered'),
    ('Beijing said Manila would pay a heavy price if it intervened militarily in the dispute.', 'ASSAULT', 'intervened'),
    ('Kyiv demanded an inquiry into the downing of a Ukrainian cargo plane near the border.', 'ASSAULT', 'downing'),
    ("Belgium's king apologised to Congo for the atrocities committed by Belgian colonial troops.", 'ASSAULT', 'atrocities'),
    ('The army launched a counter-offensive near Kupiansk on Friday, the general staff said.', 'ASSAULT', 'counter-offensive'),
    # crowds storming a building riot (PROTEST)
    ('Hundreds of protesters stormed the parliament building in Skopje on Monday.', 'PROTEST', 'stormed'),
    # relief carried by a vehicle the verb moves, or counted by a measure ("tonnes of", "worth of")
    ('Germany flew three transport planes carrying 60 tonnes of medicine to Beirut on Monday.', 'AID', 'flew'),
    ('A Qatari ship carrying 2,000 tonnes of flour docked at Port Sudan on Thursday.', 'AID', 'docked'),
    ('Turkey shipped $50 million worth of tents and blankets to Syria after the earthquake.', 'AID', 'shipped'),
    ('UN agencies brought dozens of truckloads of flour into Khan Younis on Sunday.', 'AID', 'brought'),
    # migrants pushed, forced or sent back across a border; suspects remanded in custody
    ('Greek coast guards pushed back a dinghy of 40 migrants towards Turkey, a rights group said.', 'COERCE', 'pushed'),
    ('Rights groups accused Croatian police of pushing refugees back into Bosnia.', 'COERCE', 'pushing'),
    ('Tunisian forces sent back hundreds of migrants to the Libyan border last month.', 'COERCE', 'sent'),
    ('A Nairobi court remanded two Tanzanian activists in custody for 14 days.', 'COERCE', 'remanded'),
    # a label on "what" is the labeller's accusation under another act
    ('Canada froze the assets of three Russian officials over what it called the illegal deportation of Ukrainian children.', 'ACCUSE', 'called'),
    ('Colombia recalled its ambassador from Caracas, citing what it called a fraudulent election.', 'ACCUSE', 'called'),
    # cutting ties by list, visa and lending
    ('China placed eight American drone makers on its unreliable entity list on Friday.', 'SANCTION', 'placed'),
    ('The US Treasury put two Iranian shipping firms on its sanctions list on Monday.', 'SANCTION', 'put'),
    ('Poland cancelled the visas of three Belarusian officials over the border crisis.', 'SANCTION', 'cancelled'),
    ('The World Bank suspended new lending to Mali after the coup.', 'SANCTION', 'suspended'),
    # people a clause of their own says are held are captives whom a release frees
    ("Niger's junta released three Beninese customs agents it had detained in June.", 'RETREAT', 'released'),
    ('Sudan freed two Egyptian truckers who had been held since March.', 'RETREAT', 'freed'),
]


@pytest.mark.parametrize("text,type_,trigger", FOUND)
def test_event_missed_forms_found(nlp, text, type_, trigger):
    assert has_event(nlp, text, type_, trigger)


NOT_FOUND = [
    # senses of the attack words that name no attack: a crowd storming a building, a journey, a
    # race or market entered, a central bank intervening, fans pelting a referee, tools downed
    ('Hundreds of protesters stormed the parliament building in Skopje on Monday.', 'ASSAULT', 'stormed'),
    ('The delegation drove out of Gaza City before dawn, officials said.', 'ASSAULT', 'drove'),
    ('The senator entered the race for governor on Monday.', 'ASSAULT', 'entered'),
    ('Two Chinese carmakers entered the Brazilian market last year.', 'ASSAULT', 'entered'),
    ('The central bank intervened in the currency market to support the lira.', 'ASSAULT', 'intervened'),
    ('Fans pelted the referee with plastic bottles after the final whistle of the cup match.', 'ASSAULT', 'pelted'),
    ('The union announced the downing of tools at three mines.', 'ASSAULT', 'downing'),
    # a flight with passengers, relief in markets, a cargo of crude
    ('Lufthansa flew two planes carrying 300 tourists back from Crete on Sunday.', 'AID', 'flew'),
    ("The Turkish central bank's rate cut brought relief to investors in Istanbul.", 'AID', 'brought'),
    ('A Greek tanker carrying 80,000 tonnes of crude docked at Rotterdam on Friday.', 'AID', 'docked'),
    # pushing back a date or a rival's advance; sending back a letter
    ('The Egyptian government pushed back the vote on the budget to next month.', 'COERCE', 'pushed'),
    ('Ukrainian forces pushed back Russian troops near Vovchansk on Sunday.', 'COERCE', 'pushed'),
    ('Kenya sent back the draft treaty to Ethiopia with amendments.', 'COERCE', 'sent'),
    # a label that restates the reaction above it is no second accusation
    ('Egypt condemned what it called a reckless Israeli incursion into Rafah.', 'ACCUSE', 'called'),
    ('Tehran rejected what it called baseless American claims about its missile programme.', 'ACCUSE', 'called'),
    ('Seoul accused Pyongyang of firing across the border, in what it called a violation of the armistice.', 'ACCUSE', 'called'),
    # a list of candidates, a cancelled concert
    ("Kenya's ruling party placed two ministers on its list of candidates for the senate.", 'SANCTION', 'placed'),
    ('The Brazilian singer cancelled her concert in Lisbon because of illness.', 'SANCTION', 'cancelled'),
    # a statement or a report released is no release of people
    ("Kenya's police released a report that it had drafted in June.", 'RETREAT', 'released'),
    # two bare verbs asked for together stay what is asked
    ('Brazil urged both sides to hold their fire and release all prisoners.', 'RETREAT', 'release'),
    ('The union demanded that the government withdraw the bill and free the detained leaders.', 'RETREAT', 'free'),
]


@pytest.mark.parametrize("text,type_,trigger", NOT_FOUND)
def test_event_missed_forms_not_found(nlp, text, type_, trigger):
    assert not has_event(nlp, text, type_, trigger)


# a finite verb the parser joined to a bare complement ("demanded that X [hand over] …, and
# [recalled] …") is the governing verb's own act, done by its subject, not part of what is asked
JOINED_TO_GOVERNOR = [
    ("Kenya's foreign ministry demanded that Uganda release the detained activists and recalled its envoy from Kampala.",
     "SANCTION", "recalled", "KEN"),
    ("The European Union urged Serbia to halt the crackdown and called for an independent inquiry into the killings.",
     "REQUEST", "called for", "EU"),
    ("Lithuania demanded that Belarus stop the balloon flights and expelled two Belarusian diplomats on Friday.",
     "SANCTION", "expelled", "LTU"),
]


@pytest.mark.parametrize("text,type_,trigger,source", JOINED_TO_GOVERNOR)
def test_event_missed_forms_joined_to_governor(nlp, text, type_, trigger, source):
    events = events_starting(nlp, text, type_, trigger)
    assert codes(events[0].source) == {source}
    assert events[0].status == "asserted"
