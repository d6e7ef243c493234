"""Acts that a sentence names without telling that they happened: the content of a request or a
refusal, also through a verb of letting ("asked Israel to let aid trucks [enter] Gaza", "refused to
let the envoy [meet] the detained leader"), beside the near misses that are events: an act told in
a participle set beside the refusal ("…, prompting Paris to [suspend] an agreement"), or the
request and the refusal themselves.

Sentences written for these tests in wire style, not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from event_lookup import has_event as _found


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # what a request or a refusal lets happen is not an event
        ("Jordan asked Israel on Sunday to let food trucks enter the northern Gaza Strip.", "AID", "enter", False),
        ("Jordan asked Israel on Sunday to let food trucks enter the northern Gaza Strip.", "REQUEST", "asked", True),
        ("Belarus refused to let the Lithuanian consul meet the jailed journalist.", "CONSULT", "meet", False),
        ("Belarus refused to let the Lithuanian consul meet the jailed journalist.", "REJECT", "refused", True),
        ("Myanmar's generals declined to let UN envoys visit Rakhine state last month.", "CONSULT", "visit", False),
        ("Senegal urged Mali's junta to let the ECOWAS mediators meet the ousted president.", "CONSULT", "meet", False),
        # near misses: acts told beside the refusal, and acts that did happen
        ("Morocco refused to take back its nationals, prompting Spain to suspend a migration accord.", "SANCTION", "suspend", True),
        ("Serbia refused to join the EU measures, with its foreign minister calling them a grave mistake.", "ACCUSE", "calling", True),
        ("The Lithuanian consul met the jailed journalist in Minsk on Tuesday.", "CONSULT", "met", True),
        ("Israel let 40 aid trucks enter Gaza on Monday, the UN said.", "AID", "enter", True),
        ("Israel allowed 40 aid trucks to enter Gaza on Monday, the UN said.", "RETREAT", "allowed", True),
    ],
)
def test_event_senses_content_of_request_or_refusal(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # a definite act that the asked act would stop or put off is part of the request
        ("Mali asked the UN on Friday to postpone the withdrawal of its peacekeepers from Gao.", "RETREAT", "withdrawal", False),
        ("The Arab League called for an immediate halt to the fighting in Khartoum.", "ASSAULT", "fighting", False),
        ("Egypt urged Israel to end the blockade of the Gaza Strip.", "COERCE", "blockade", False),
        ("Mali asked the UN on Friday to postpone the withdrawal of its peacekeepers from Gao.", "REQUEST", "asked", True),
        # near misses: a definite act asked to be judged, and a stop that was told as done
        ("Kyiv asked the IAEA to condemn the strikes on the Zaporizhzhia plant.", "ASSAULT", "strikes", True),
        ("The UN suspended the withdrawal of its peacekeepers from Gao on Friday.", "RETREAT", "withdrawal", True),
    ],
)
def test_event_senses_content_deferred_definite_act(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # an offer or a promise to send forces commits to help: AGREE at the offer, no move yet
        ("Brazil promised to deploy 300 soldiers to the UN mission in South Sudan.", "AGREE", "promised", True),
        ("Brazil promised to deploy 300 soldiers to the UN mission in South Sudan.", "MOBILIZE", "deploy", False),
        ("Spain has offered to station two frigates off the Libyan coast, its defence ministry said.", "AGREE", "offered", True),
        ("Spain has offered to station two frigates off the Libyan coast, its defence ministry said.", "MOBILIZE", "station", False),
        ("Rwanda pledged on Friday to send 1,000 troops to the African Union force in Somalia.", "AGREE", "pledged", True),
        # near misses: a move announced or done, and a move vowed against someone
        ("Poland will deploy 5,000 more soldiers to its border with Belarus next month.", "MOBILIZE", "deploy", True),
        ("Rwanda sent 1,000 troops to Mozambique's Cabo Delgado province on Friday.", "MOBILIZE", "sent", True),
        ("Russia vowed to deploy more troops to its border with Finland.", "THREATEN", "vowed", True),
    ],
)
def test_event_senses_content_offered_forces(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # what unnamed people are suspected or accused of is a charge against persons, no act of an actor
        ("Police in Lagos detained 40 men suspected of looting shops during the unrest.", "ASSAULT", "looting", False),
        ("Police in Lagos detained 40 men suspected of looting shops during the unrest.", "COERCE", "detained", True),
        ("The rebel administration in Goma jailed dozens of youths accused of collaborating with the army.", "COOPERATE", "collaborating", False),
        ("Nepali police arrested six people suspected of attacking a police post in Kathmandu.", "ASSAULT", "attacking", False),
        # near misses: the accused are a state's firms or officials, or the accusation is made by an actor
        ("Washington sanctioned two Iranian firms accused of supplying drones to Russia.", "AID", "supplying", True),
        ("The EU sanctioned six Belarusian officials accused of torturing protesters.", "ASSAULT", "torturing", True),
        ("Ethiopia accused Eritrean troops of killing civilians in Tigray.", "ASSAULT", "killing", True),
    ],
)
def test_event_senses_content_alleged_of_unnamed(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # what an ultimatum demands of its addressee is not done: one THREATEN, no act of the addressee
        ("Israel issued an ultimatum to Hezbollah on Wednesday to disarm by the end of the year.", "RETREAT", "disarm", False),
        ("Israel issued an ultimatum to Hezbollah on Wednesday to disarm by the end of the year.", "THREATEN", "ultimatum", True),
        ("Russia gave Kyiv an ultimatum on Friday to withdraw its troops from Kursk.", "RETREAT", "withdraw", False),
        ("Russia gave Kyiv an ultimatum on Friday to withdraw its troops from Kursk.", "CONCEDE", "withdraw", False),
        ("ECOWAS gave the junta a one-week ultimatum to release the ousted president.", "RETREAT", "release", False),
        # near misses: the act done, and a threat whose content is the threatener's own act
        ("Hezbollah released two Israeli soldiers on Friday, a day after the ultimatum expired.", "RETREAT", "released", True),
        ("Israel threatened to strike Beirut's southern suburbs if Hezbollah did not disarm.", "ASSAULT", "strike", True),
    ],
)
def test_event_senses_content_of_ultimatum(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # what an accord binds its parties to is an obligation, not yet done
        ("The deal binds the rebels to halt attacks and to let aid convoys reach Goma.", "RETREAT", "let", False),
        ("The accord commits both armies to pull back five kilometres and to open two crossings for civilians.", "RETREAT", "open", False),
        ("The 2015 agreement required Iran to cut its stockpile of enriched uranium by 98 percent.", "CONCEDE", "cut", False),
        # near misses: the same acts done
        ("The rebels allowed two aid convoys to enter Goma on Tuesday, the UN said.", "RETREAT", "allowed", True),
        ("Armenia opened two border crossings with Turkey on Friday.", "RETREAT", "opened", True),
    ],
)
def test_event_senses_content_of_obligation(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present


@pytest.mark.parametrize(
    "text, type_, trigger, present",
    [
        # the object of an act offered or promised is coded with the offer, no event of its own
        ("Qatar offered to host talks between Kinshasa and the M23 rebels in Doha.", "CONSULT", "talks", False),
        ("Qatar offered to host talks between Kinshasa and the M23 rebels in Doha.", "AGREE", "offered", True),
        ("The UAE promised to raise its investment in Egypt to $35 billion.", "COOPERATE", "investment", False),
        ("Seoul and Washington agreed on Friday to slash tariffs on cars and steel.", "SANCTION", "tariffs", False),
        # near misses: an act beside the promise, and the same objects told as done
        ("Li Qiang promised to buy more Australian beef during a visit to Canberra on Monday.", "CONSULT", "visit", True),
        ("Qatar hosted talks between Kinshasa and the M23 rebels in Doha on Sunday.", "CONSULT", "talks", True),
        ("Washington imposed new tariffs on cars and steel from South Korea.", "SANCTION", "imposed", True),
    ],
)
def test_event_senses_content_object_of_promise(nlp, text, type_, trigger, present):
    assert _found(nlp, text, type_, trigger) is present
