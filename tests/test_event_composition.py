"""Which events a sentence holds when one act sits inside or beside another: acts coordinated with
a wrapper's complement, a reaction to a judged act named by a definite noun, an apposition that
names a clause's act again, a relative clause the small model tags as a noun.

Sentences written for these tests (wire-copy register), not taken from the example corpus; whole
pipeline, real model.
"""

from __future__ import annotations

import pytest

from tidings.api import extract


def _events(nlp, text: str):
    return extract(text, published="2026-05-04", nlp=nlp).events


def _show(events) -> list[tuple[str, str, str, str]]:
    return [(e.type, e.trigger.text, e.status, e.rule) for e in events]


# "a charge X rejects": the relative clause's verb, tagged as a plural noun, is the rejection.
@pytest.mark.parametrize(
    "text, trigger",
    [
        ("Kenya has accused Somalia of arming clan militias, a claim Mogadishu denies.", "denies"),
        ("Armenia accused Azerbaijan of shelling border villages, an accusation Baku rejects.", "rejects"),
        ("Canada accused India of funding the attacks, an allegation New Delhi dismisses.", "dismisses"),
    ],
)
def test_event_composition_relative_clause_tagged_as_noun(nlp, text, trigger):
    events = _events(nlp, text)
    assert any(e.type == "REJECT" and e.trigger.text == trigger for e in events), _show(events)


# An apposition that names the clause's act again is no second event (examples/ANNOTATION.md, Q2).
@pytest.mark.parametrize(
    "text, type_",
    [
        ("Niger accused France of funding jihadist groups, an allegation Paris rejected on Sunday.", "ACCUSE"),
        ("Kenya has accused Somalia of arming clan militias, a claim Mogadishu denies.", "ACCUSE"),
        ("Canada accused India of funding the attacks, an allegation New Delhi dismisses.", "ACCUSE"),
        # a long content: the parser hangs the apposition on its last noun, below the gerund
        ("Guatemala accused Mexico of supplying weapons to cartels in the jungle region along the border with Belize, "
         "an allegation Mexico City rejected.", "ACCUSE"),
    ],
)
def test_event_composition_apposition_names_the_same_act(nlp, text, type_):
    events = _events(nlp, text)
    assert [e.type for e in events].count(type_) == 1, _show(events)


# Near misses: an allegation of another side, in a clause of its own, is a second act.
@pytest.mark.parametrize(
    "text",
    [
        "Ghana accused Togo of supplying weapons to smugglers on the coast, and Nigeria issued an allegation of its own against Benin.",
        "Chad accused Sudan of sheltering rebels in camps along the border with the Central African Republic, "
        "and Niger made a similar allegation against Libya.",
    ],
)
def test_event_composition_allegation_of_its_own_clause_stays(nlp, text):
    events = _events(nlp, text)
    assert [e.type for e in events].count("ACCUSE") == 2, _show(events)


# Acts coordinated with a wrapper's complement share the wrapper: its type, its status.
@pytest.mark.parametrize(
    "text, trigger, type_, status",
    [
        ("Myanmar's junta agreed to free 40 political prisoners and release two foreign journalists.", "release", "CONCEDE", None),
        ("Armenia is to free 12 Azerbaijani soldiers and hand over the airfield to Baku by Friday.", "hand over", "CONCEDE", "planned"),
        ("Ethiopia accused Eritrea of shelling border towns and abducting dozens of civilians.", "abducting", "ASSAULT", "reported"),
        ("Serbia's interior minister warned that protesters who blocked roads would be arrested and prosecuted.", "prosecuted", "ACCUSE", "threatened"),
        ("Trump threatened to impose tariffs on Mexico and close the southern border.", "close", None, "threatened"),
    ],
)
def test_event_composition_conjunct_of_a_wrapped_act(nlp, text, trigger, type_, status):
    events = _events(nlp, text)
    found = [e for e in events if e.trigger.text == trigger]
    assert found, _show(events)
    assert type_ is None or found[0].type == type_, _show(events)
    assert status is None or found[0].status == status, _show(events)


# Near misses: a coordinated clause with its own subject, and acts that are done, keep their own reading.
@pytest.mark.parametrize(
    "text, trigger, type_, status",
    [
        ("The army freed 20 hostages and handed over the bodies of four soldiers to the Red Cross on Monday.", "freed", "RETREAT", "asserted"),
        ("Hamas agreed to a truce on Sunday, and Israel freed 30 Palestinian prisoners.", "freed", "RETREAT", "asserted"),
        ("Venezuela refused to withdraw its troops from the border or release the detained Guyanese soldiers.", "refused", "REJECT", "asserted"),
    ],
)
def test_event_composition_conjunct_near_misses(nlp, text, trigger, type_, status):
    events = _events(nlp, text)
    found = [e for e in events if e.trigger.text == trigger]
    assert found and found[0].type == type_ and found[0].status == status, _show(events)
    if trigger == "refused":  # a refusal of two acts is one refusal, and neither act was done
        assert not any(e.type == "RETREAT" for e in events), _show(events)


# The definite object of a reaction names the judged act even when the text has not told it
# (Q2: "rejected the allegations", "dismissed the warning"); a generic noun does not.
@pytest.mark.parametrize(
    "text, type_, present",
    [
        ("Beijing rejected the criticism on Tuesday.", "ACCUSE", True),
        ("Tehran denied the charge.", "ACCUSE", True),
        ("Russian officials dismissed the warning.", "THREATEN", True),
        ("The Kremlin rejected the allegations as baseless.", "ACCUSE", True),
        ("The US accused Iran of arming the Houthis. Tehran denied the charge.", "ACCUSE", True),
        ("Beijing rejected the proposal on Tuesday.", "AGREE", False),
        ("Seoul welcomed the deal.", "AGREE", False),
    ],
)
def test_event_composition_judged_object_is_an_act(nlp, text, type_, present):
    events = _events(nlp, text)
    last = [e for e in events if e.sentence == max((x.sentence for x in events), default=0)]
    assert (type_ in {e.type for e in last}) == present, _show(events)


# Spurious-event classes: taking part in an act is that act; an act an exercise only rehearses,
# the toll of a war, and a superlative ranking an act the sentence told are no events of their own.
@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        ("Chinese warships participated in the exercises around Taiwan.", "MOBILIZE", "exercises"),
        ("French and Estonian troops took part in joint drills near Tapa.", "COOPERATE", "drills"),
        ("Thousands of Kenyans took part in protests against the finance bill.", "PROTEST", "protests"),
        ("Egypt did not take part in the air strikes on Yemen.", "ASSAULT", "strikes"),
    ],
)
def test_event_composition_taking_part_is_the_act(nlp, text, type_, trigger):
    events = _events(nlp, text)
    assert [e.type for e in events] == [type_], _show(events)
    assert type_ == "COOPERATE" or events[0].trigger.text.endswith(trigger), _show(events)  # joint drills: either word


@pytest.mark.parametrize(
    "text, source, target, status",
    [
        # a definite act one side is denied a part in took place without it, by the sides it had
        ("US warplanes struck Houthi targets near Sanaa on Tuesday. Saudi Arabia, which has a truce with the "
         "Houthis, did not take part in the strikes.", {"USA"}, {"YEM"}, "asserted"),
        # near miss: taking part is that act, by the one who took part
        ("US warplanes struck Houthi targets near Sanaa on Tuesday. British jets took part in the strikes.",
         {"GBR"}, None, "asserted"),
    ],
)
def test_event_composition_left_out_of_the_act(nlp, text, source, target, status):
    event = [e for e in _events(nlp, text) if e.trigger.text == "strikes"][-1]
    assert {a.code or a.country for a in event.source} == source
    assert target is None or {a.code or a.country for a in event.target} == target
    assert event.status == status


@pytest.mark.parametrize(
    "text, absent",
    [
        ("Two opposition parties that took part in the election said they would take up their seats.", "COOPERATE"),
        ("China's navy launched drills around Taiwan on Monday, simulating a blockade of the island's ports.", "COERCE"),
        ("The Russian drills in Belarus included simulated strikes on Polish air bases.", "ASSAULT"),
        ("Pyongyang denounced the US and South Korean exercises as a rehearsal for invasion.", "ASSAULT"),
        ("The war in Sudan, which began in April 2023, has killed more than 150,000 people.", "ASSAULT"),
        ("The conflict in eastern Congo has killed thousands and displaced millions, the UN said.", "ASSAULT"),
    ],
)
def test_event_composition_no_event_of_its_own(nlp, text, absent):
    events = _events(nlp, text)
    assert absent not in {e.type for e in events}, _show(events)


@pytest.mark.parametrize(
    "text, type_, count",
    [
        ("Russian drones struck Odesa overnight, regional officials said, in one of the heaviest attacks on the port this year.", "ASSAULT", 1),
        ("Police in Tbilisi arrested 40 protesters on Sunday, the largest arrest since the protests began.", "COERCE", 1),
        ("Israeli jets struck Beirut on Monday, and Hezbollah fired rockets at Haifa in one of its largest attacks.", "ASSAULT", 2),
        ("Russian troops shelled Kherson on Monday. Ukraine called it one of the deadliest attacks of the war.", "ASSAULT", 2),
    ],
)
def test_event_composition_superlative_ranks_the_told_act(nlp, text, type_, count):
    events = _events(nlp, text)
    assert [e.type for e in events].count(type_) == count, _show(events)


def test_event_composition_taking_part_in_another_sides_act_is_cooperation(nlp):
    events = _events(nlp, "Hungarian units took part in the Serbian drills near Nis.")
    assert {e.type for e in events} == {"COOPERATE", "MOBILIZE"}, _show(events)


# "did not attend the talks": the talks took place all the same, as their own event (Q2).
@pytest.mark.parametrize(
    "text, statuses",
    [
        ("Sudan's army chief did not attend the talks in Jeddah.", ["negated", "asserted"]),
        ("Myanmar's foreign minister did not attend the meeting, sending a deputy in his place.", ["negated", "asserted"]),
        ("China did not hold talks with Japan in May.", ["negated"]),
    ],
)
def test_event_composition_denied_part_in_a_definite_act(nlp, text, statuses):
    events = _events(nlp, text)
    assert [e.status for e in events if e.type == "CONSULT"] == statuses, _show(events)


# The toll of an attack is the attack: a relative clause on it ("the strike that killed 20 people")
# or a verb whose subject is the attack noun ("air strikes killed 25 people") is one event with it.
@pytest.mark.parametrize(
    "text",
    [
        "The UN condemned the Russian missile strike on Kyiv that killed 20 people.",
        "Israeli air strikes hit a school in Gaza City, which killed 12 people, health officials said.",
        "Israeli air strikes killed at least 25 people across the Gaza Strip on Tuesday, local health officials said.",
        "Pakistani drone strikes killed eight militants in North Waziristan on Sunday, the army said.",
    ],
)
def test_event_composition_toll_of_an_attack(nlp, text):
    events = _events(nlp, text)
    assert [e.type for e in events].count("ASSAULT") == 1, _show(events)


def test_event_composition_killing_by_named_attackers_stays(nlp):
    events = _events(nlp, "Gunmen who killed 12 villagers in Zamfara were arrested by Nigerian police.")
    assert {"ASSAULT", "COERCE"} <= {e.type for e in events}, _show(events)


# No event: declining to comment, an escort "backed by tanks", a caution about what things will
# do, a class of acts, talking to the press.
@pytest.mark.parametrize(
    "text, absent",
    [
        ("The Turkish defence ministry declined to comment.", "REJECT"),
        ("A spokesman for Russia's foreign ministry refused to comment on the report.", "REJECT"),
        ("Ethiopia has moved 60,000 soldiers, backed by tanks and artillery, toward its border with Eritrea.", "SUPPORT"),
        ("The World Food Programme warned that its stocks in Goma would run out by June.", "THREATEN"),
        ("The IMF warned that Argentina's growth would slow sharply this year.", "THREATEN"),
        ("Every one of these Chinese exercises gets a little closer to the real thing, said a Taiwanese researcher.", "MOBILIZE"),
        ("Every time they arrest one of us, ten more people stop talking to the press, said a reporter in Yangon.", "COERCE"),
        ("Whenever Israeli troops raid Jenin, residents of the camp flee to nearby villages.", "ASSAULT"),
        ("Lebanese officials talked to reporters in Beirut on Monday.", "CONSULT"),
    ],
)
def test_event_composition_no_event_said(nlp, text, absent):
    events = _events(nlp, text)
    assert absent not in {e.type for e in events}, _show(events)


# Near misses: a refusal of an act, backing by a state, a warning with a condition or aimed at
# someone, and one act of a series, stay events.
@pytest.mark.parametrize(
    "text, present",
    [
        ("Egypt declined to join the coalition against the Houthis.", "REJECT"),
        ("The United States backed Kenya's plan to lead a security mission in Haiti.", "SUPPORT"),
        ("Israel's defence minister warned that the crossing would close again if it came under fire.", "THREATEN"),
        ("Seoul warned Pyongyang that any provocation would be met with a firm response.", "THREATEN"),
        ("Russian troops attacked one of the Ukrainian positions near Pokrovsk.", "ASSAULT"),
        ("Putin talked to Xi by phone on Monday.", "CONSULT"),
    ],
)
def test_event_composition_near_misses_stay(nlp, text, present):
    events = _events(nlp, text)
    assert present in {e.type for e in events}, _show(events)


# An act of anyone at all is no event ("whoever calls for violence", "those who help them");
# what such people will undergo is a threat all the same.
@pytest.mark.parametrize(
    "text, absent",
    [
        ('"Whoever calls for violence will face the full weight of the law," the Venezuelan interior minister said.', "REQUEST"),
        ("“You can sell barley to Beijing without selling out your values,” Australia's trade minister said in Sydney.", "COOPERATE"),
        ("“Those who help the rebels will be treated as rebels,” Myanmar's junta spokesman said.", "AID"),
    ],
)
def test_event_composition_act_of_anyone(nlp, text, absent):
    events = _events(nlp, text)
    assert absent not in {e.type for e in events}, _show(events)


def test_event_composition_undergone_by_anyone_is_threatened(nlp):
    text = 'Serbia\'s president warned that anyone who blocked roads would be "arrested and prosecuted".'
    events = _events(nlp, text)
    assert {"THREATEN", "COERCE"} <= {e.type for e in events}, _show(events)


# An activity named as such, with no one doing it, is no event; an event noun of its own stays.
@pytest.mark.parametrize(
    "text, type_, present",
    [
        ("“It has to be built on talking,” Taiwan's foreign minister said.", "CONSULT", False),
        ("“Canberra has learned that talking does,” said an economist in Sydney.", "CONSULT", False),
        ("Fighting raged around El Fasher in Sudan.", "ASSAULT", True),
        ("Kenya accused Somalia of arming militias in Jubaland.", "AID", True),
    ],
)
def test_event_composition_bare_activity(nlp, text, type_, present):
    events = _events(nlp, text)
    assert (type_ in {e.type for e in events}) == present, _show(events)


# "…, ending a strike": a participle that tells what another act brought to an end is no halt of
# its own; a halt told as the act itself stays.
@pytest.mark.parametrize(
    "text, types",
    [
        ("Kenya's government agreed to pay the nurses' arrears, ending a three-week strike at public hospitals.", {"PROTEST"}),
        ("The last German troops left Mali on Tuesday, ending a decade-long UN mission.", {"RETREAT"}),
        ("Moldova's government stopped all gas imports from Russia on Monday.", {"SANCTION"}),
    ],
)
def test_event_composition_outcome_participle(nlp, text, types):
    events = _events(nlp, text)
    found = {e.type for e in events}
    assert types <= found and not ({"SANCTION", "RETREAT"} - types) & {e.type for e in events if e.trigger.text == "ending"}, _show(events)


# A definite act a negated wrapper does not undo stands as its own event; one cancelled does not.
@pytest.mark.parametrize(
    "text, types",
    [
        ("Russia did not cancel the talks with Ukraine in Istanbul.", {"REJECT", "CONSULT"}),
        ("Neither Peru nor Chile has cancelled the leaders' summit planned for November in Lima.", {"REJECT", "AGREE"}),
        ("Russia cancelled the talks with Ukraine in Istanbul.", {"REJECT"}),
    ],
)
def test_event_composition_act_not_undone(nlp, text, types):
    events = _events(nlp, text)
    assert {e.type for e in events} == types, _show(events)
