"""Which type a yielding act takes (PLOVER CONCEDE, RETREAT, AGREE, THREATEN).

- The content of "agreed to" / "promised to" decides: easing a trade measure ("slash tariffs"),
  demobilising fighters or a ceasefire is a concession (CONCEDE); cooperation to come is AGREE.
- Cutting a trade measure told as done eases it (RETREAT, CAMEO 085); lifting a ban on parties,
  rallies or the media eases political freedoms (CONCEDE, CAMEO 0811/0812).
- Halting strikes held out by a modal is a declared, not implemented, de-escalation (CONCEDE);
  done it is RETREAT.
- "will not hesitate to" + force vows it (THREATEN); a hesitation as such names nothing.

Sentences written for these tests (not from the example sets); whole pipeline, real model.
"""

from __future__ import annotations

import pytest

from tidings.api import extract


def _types(nlp, text: str) -> set[str]:
    return {e.type for e in extract(text, published="2026-05-04", nlp=nlp).events}


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Canada and Mexico agreed on Thursday to slash duties on each other's steel for six months.", "CONCEDE", "AGREE"),
        ("Vietnam promised to halve tariffs on American farm goods by next year.", "CONCEDE", "AGREE"),
        ("India agreed to cut import duties on Australian wine.", "CONCEDE", "SANCTION"),
        ("Syrian Druze militias agreed to integrate their fighters into the Syrian army.", "CONCEDE", "AGREE"),
        ("Sudan's army, RSF agree to truce after weeks of fighting", "CONCEDE", "AGREE"),
        ("Congo, Rwanda agree to ceasefire in eastern provinces", "CONCEDE", "AGREE"),
        # near misses: cooperation to come, a cut in aid
        ("Brazil and Argentina agreed to expand joint patrols along the border.", "AGREE", "CONCEDE"),
        ("Tokyo agreed to slash its aid to Myanmar's junta.", "SANCTION", "CONCEDE"),
    ],
)
def test_event_types_concessions_promised_content_decides(nlp, text, present, absent):
    types = _types(nlp, text)
    assert present in types and absent not in types, types


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("The European Union slashed tariffs on Ukrainian grain on Monday.", "RETREAT", "CONCEDE"),
        ("Pakistan's government lifted a ban on the Tehreek-e-Labbaik party on Friday.", "CONCEDE", "RETREAT"),
        ("Ethiopian authorities lifted restrictions on opposition rallies in Addis Ababa.", "CONCEDE", "RETREAT"),
        ("Uganda lifted its ban on Facebook after five years.", "CONCEDE", "RETREAT"),
        # near misses: bans and sanctions on goods are economic (RETREAT)
        ("China lifted its ban on Australian wine imports on Friday.", "RETREAT", "CONCEDE"),
        ("Washington eased sanctions on Venezuelan oil exports.", "RETREAT", "CONCEDE"),
        ("The Treasury cut sanctions relief for Caracas.", "SANCTION", "RETREAT"),
    ],
)
def test_event_types_concessions_lifted_bans(nlp, text, present, absent):
    types = _types(nlp, text)
    assert present in types and absent not in types, types


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Israel could suspend air strikes on Lebanon for a week if Hezbollah stopped firing rockets, an Israeli official said.", "CONCEDE", None),
        ("Moscow would halt attacks on Ukrainian ports during the grain talks, the Kremlin said.", "CONCEDE", "RETREAT"),
        ("Pakistan halted air strikes on Afghan border areas on Thursday.", "RETREAT", "CONCEDE"),
        ("The army integrated drones into its artillery units.", None, "RETREAT"),
    ],
)
def test_event_types_concessions_offered_halts(nlp, text, present, absent):
    types = _types(nlp, text)
    assert (present is None or present in types) and (absent is None or absent not in types), types


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Seoul will not hesitate to strike back if the North attacks again, the defence minister said.", "THREATEN", None),
        ("Iran said it would not hesitate to retaliate against any Israeli attack.", "THREATEN", None),
        ("Venezuela will not hesitate to arrest foreign mercenaries, the interior minister said.", "THREATEN", None),
        # near misses: a hesitation, an ally's help
        ("Ankara hesitated to back the new sanctions on Moscow.", None, "THREATEN"),
        ("Poland will not hesitate to send troops to help Lithuania.", None, "THREATEN"),
    ],
)
def test_event_types_concessions_denied_hesitation(nlp, text, present, absent):
    types = _types(nlp, text)
    assert (present is None or present in types) and (absent is None or absent not in types), types


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # a travel ban on foreign officials is a sanction; a bar on leaving is repression
        ("Hungary barred two Ukrainian officials from entering its territory.", "SANCTION", "REJECT"),
        ("Belarus barred opposition leader Sviatlana Tsikhanouskaya from leaving the country.", "COERCE", "SANCTION"),
        ("Israel barred Red Cross officials from entering the West Bank.", "COERCE", "SANCTION"),
        # foreign forces ordered off one's soil: SANCTION; one's own troops ordered out: a concession
        ("Niger's junta ordered U.S. troops off its territory on Sunday.", "SANCTION", "MOBILIZE"),
        ("Russia ordered its troops out of Kherson.", "CONCEDE", "SANCTION"),
        # gangs torching buildings attack them; protesters torching them riot
        ("In Port-au-Prince, gang members torched a police station and a clinic.", "ASSAULT", "PROTEST"),
        ("Protesters torched the ruling party's headquarters in Kathmandu.", "PROTEST", None),
        # goods delivered under a contract or deal are trade, not aid
        ("Turkey delivered two corvettes to Pakistan under a 2018 contract.", "COOPERATE", "AID"),
        ("Qatar supplied fertiliser to Bangladesh under a new government-to-government deal.", "COOPERATE", "AID"),
        ("Germany delivered two air defence systems to Ukraine on Friday.", "AID", "COOPERATE"),
    ],
)
def test_event_types_concessions_neighbouring_types(nlp, text, present, absent):
    types = _types(nlp, text)
    assert (present is None or present in types) and (absent is None or absent not in types), types


@pytest.mark.parametrize(
    "text, present, absent",
    [
        # wage arrears paid to strikers yield to them; another government's debts paid off are aid
        ("Kenya promised to pay lecturers' arrears to end the university strike.", "CONCEDE", "AGREE"),
        ("Ghana's government agreed to pay nurses' salary arrears after a week-long walkout.", "CONCEDE", "AGREE"),
        ("Qatar agreed to pay the salaries of Gaza's civil servants.", "AGREE", "CONCEDE"),
        ("Saudi Arabia pledged to pay off Damascus's arrears to the World Bank.", "AGREE", "CONCEDE"),
        # a thing said to threaten an abstract good is criticism; an actor's threat stays a threat
        ("The new U.S. base in Darwin threatens regional peace, Beijing said.", "ACCUSE", "THREATEN"),
        ("North Korea threatened South Korea with nuclear strikes.", "THREATEN", "ACCUSE"),
    ],
)
def test_event_types_concessions_arrears_and_abstract_threats(nlp, text, present, absent):
    types = _types(nlp, text)
    assert present in types and absent not in types, types
