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

ASSAULTS = [
    # armed men storming a place are no protest crowd
    ("Armed gang members stormed a village near Kenscoff and set homes on fire, the mayor said.", "stormed"),
    ("Dozens of militants stormed an army post in northern Burkina Faso on Sunday.", "stormed"),
    # forces driving fighters out of a town
    ("Nigerian troops drove the rebels out of the town after two days of fighting.", "drove"),
    ("Haitian police and soldiers drove the gang out of the market district on Tuesday.", "drove"),
    # a crowd pelting police, police firing pepper spray or tear gas at a crowd
    ("Protesters pelted riot police with stones outside the parliament in Tbilisi.", "pelted"),
    ("Georgian riot police fired pepper spray at students blocking the road to the ministry.", "fired"),
    # a state entering a war or intervening militarily, even as the condition of a threat
    ("Tehran warned it would close its airspace if Washington entered the war.", "entered"),
    ("Beijing said Manila would pay a heavy price if it intervened militarily in the dispute.", "intervened"),
    # the downing of an aircraft; atrocities committed by troops
    ("Kyiv demanded an inquiry into the downing of a Ukrainian cargo plane near the border.", "downing"),
    ("Belgium's king apologised to Congo for the atrocities committed by Belgian colonial troops.", "atrocities"),
    # a hyphenated event noun whose second part the tagger reads as an adjective
    ("The army launched a counter-offensive near Kupiansk on Friday, the general staff said.", "counter-offensive"),
]


@pytest.mark.parametrize("text,trigger", ASSAULTS)
def test_event_missed_forms_assault(nlp, text, trigger):
    assert has_event(nlp, text, "ASSAULT", trigger)


NOT_ASSAULTS = [
    # crowds storming a building are a riot (PROTEST), not an assault
    ("Hundreds of protesters stormed the parliament building in Skopje on Monday.", "stormed"),
    # driving out of a place is a journey; entering a race or a market is no war
    ("The delegation drove out of Gaza City before dawn, officials said.", "drove"),
    ("The senator entered the race for governor on Monday.", "entered"),
    ("Two Chinese carmakers entered the Brazilian market last year.", "entered"),
    # intervening with words is no military act
    ("The central bank intervened in the currency market to support the lira.", "intervened"),
    ("Fans pelted the referee with plastic bottles after the final whistle of the cup match.", "pelted"),
    # the downing of tools is a strike, not an air attack
    ("The union announced the downing of tools at three mines.", "downing"),
]


@pytest.mark.parametrize("text,trigger", NOT_ASSAULTS)
def test_event_missed_forms_not_assault(nlp, text, trigger):
    assert not has_event(nlp, text, "ASSAULT", trigger)


def test_event_missed_forms_storming_crowd_is_protest(nlp):
    assert has_event(nlp, "Hundreds of protesters stormed the parliament building in Skopje on Monday.", "PROTEST", "stormed")


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


# two bare verbs asked for together stay what is asked
ASKED_TOGETHER = [
    ("Brazil urged both sides to hold their fire and release all prisoners.", "RETREAT", "release"),
    ("The union demanded that the government withdraw the bill and free the detained leaders.", "RETREAT", "free"),
]


@pytest.mark.parametrize("text,type_,trigger", ASKED_TOGETHER)
def test_event_missed_forms_asked_together(nlp, text, type_, trigger):
    assert not has_event(nlp, text, type_, trigger)


# relief carried by a vehicle the verb moves, or counted by a measure ("tonnes of", "worth of")
AID_CARGO = [
    ("Germany flew three transport planes carrying 60 tonnes of medicine to Beirut on Monday.", "flew"),
    ("A Qatari ship carrying 2,000 tonnes of flour docked at Port Sudan on Thursday.", "docked"),
    ("Turkey shipped $50 million worth of tents and blankets to Syria after the earthquake.", "shipped"),
    ("UN agencies brought dozens of truckloads of flour into Khan Younis on Sunday.", "brought"),
]


@pytest.mark.parametrize("text,trigger", AID_CARGO)
def test_event_missed_forms_aid_cargo(nlp, text, trigger):
    assert has_event(nlp, text, "AID", trigger)


NOT_AID_CARGO = [
    # a flight with passengers, prices brought down, relief in markets
    ("Lufthansa flew two planes carrying 300 tourists back from Crete on Sunday.", "flew"),
    ("The Turkish central bank's rate cut brought relief to investors in Istanbul.", "brought"),
    ("A Greek tanker carrying 80,000 tonnes of crude docked at Rotterdam on Friday.", "docked"),
]


@pytest.mark.parametrize("text,trigger", NOT_AID_CARGO)
def test_event_missed_forms_not_aid_cargo(nlp, text, trigger):
    assert not has_event(nlp, text, "AID", trigger)


# migrants pushed, forced or sent back across a border; suspects remanded in custody
COERCED = [
    ("Greek coast guards pushed back a dinghy of 40 migrants towards Turkey, a rights group said.", "pushed"),
    ("Rights groups accused Croatian police of pushing refugees back into Bosnia.", "pushing"),
    ("Tunisian forces sent back hundreds of migrants to the Libyan border last month.", "sent"),
    ("A Nairobi court remanded two Tanzanian activists in custody for 14 days.", "remanded"),
]


@pytest.mark.parametrize("text,trigger", COERCED)
def test_event_missed_forms_coerced(nlp, text, trigger):
    assert has_event(nlp, text, "COERCE", trigger)


NOT_COERCED = [
    # pushing back a date or a rival's advance; sending back a letter
    ("The Egyptian government pushed back the vote on the budget to next month.", "pushed"),
    ("Ukrainian forces pushed back Russian troops near Vovchansk on Sunday.", "pushed"),
    ("Kenya sent back the draft treaty to Ethiopia with amendments.", "sent"),
]


@pytest.mark.parametrize("text,trigger", NOT_COERCED)
def test_event_missed_forms_not_coerced(nlp, text, trigger):
    assert not has_event(nlp, text, "COERCE", trigger)


# a label on "what" is the labeller's accusation under another act, and restates a reaction
LABELLED_WHAT = [
    ("Canada froze the assets of three Russian officials over what it called the illegal deportation of Ukrainian children.", "called"),
    ("Colombia recalled its ambassador from Caracas, citing what it called a fraudulent election.", "called"),
]


@pytest.mark.parametrize("text,trigger", LABELLED_WHAT)
def test_event_missed_forms_labelled_what(nlp, text, trigger):
    assert has_event(nlp, text, "ACCUSE", trigger)


RESTATED_WHAT = [
    "Egypt condemned what it called a reckless Israeli incursion into Rafah.",
    "Tehran rejected what it called baseless American claims about its missile programme.",
    "Seoul accused Pyongyang of firing across the border, in what it called a violation of the armistice.",
]


@pytest.mark.parametrize("text", RESTATED_WHAT)
def test_event_missed_forms_restated_what(nlp, text):
    assert not has_event(nlp, text, "ACCUSE", "called")


# cutting ties by list, visa and lending
SANCTIONS = [
    ("China placed eight American drone makers on its unreliable entity list on Friday.", "placed"),
    ("The US Treasury put two Iranian shipping firms on its sanctions list on Monday.", "put"),
    ("Poland cancelled the visas of three Belarusian officials over the border crisis.", "cancelled"),
    ("The World Bank suspended new lending to Mali after the coup.", "suspended"),
]


@pytest.mark.parametrize("text,trigger", SANCTIONS)
def test_event_missed_forms_sanction(nlp, text, trigger):
    assert has_event(nlp, text, "SANCTION", trigger)


NOT_SANCTIONS = [
    # a list of candidates, a cancelled concert, lending rates
    ("Kenya's ruling party placed two ministers on its list of candidates for the senate.", "placed"),
    ("The Brazilian singer cancelled her concert in Lisbon because of illness.", "cancelled"),
]


@pytest.mark.parametrize("text,trigger", NOT_SANCTIONS)
def test_event_missed_forms_not_sanction(nlp, text, trigger):
    assert not has_event(nlp, text, "SANCTION", trigger)


# people a clause of their own says are held are captives whom a release frees
def test_event_missed_forms_release_of_the_held(nlp):
    assert has_event(nlp, "Niger's junta released three Beninese customs agents it had detained in June.", "RETREAT", "released")
    assert has_event(nlp, "Sudan freed two Egyptian truckers who had been held since March.", "RETREAT", "freed")
    # a statement or a report released is no release of people
    assert not has_event(nlp, "Kenya's police released a report that it had drafted in June.", "RETREAT", "released")
