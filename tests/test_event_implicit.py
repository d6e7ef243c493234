"""An agentless passive of material conflict is the act of the side that did the latest earlier act
of its type (real model)."""

import pytest

from event_lookup import last_event_named as _event, sides
from tidings.api import extract
from tidings.extract.event_implicit import IMPLICIT, LIFTED


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        ("North Korea fired two ballistic missiles on Wednesday, Seoul said. The missiles were launched from an "
         "area near Pyongyang.", "MOBILIZE", "launched", {"PRK"}, set()),
        ("Turkish police detained 40 opposition activists in Istanbul on Tuesday. Twelve of them were later "
         "charged with terrorism, and six were jailed pending trial.", "COERCE", "jailed", {"TUR"}, {"TUR"}),
        ("Mexico deployed 10,000 National Guard troops to its northern border on Monday. The troops will be "
         "stationed in Tijuana and Ciudad Juárez.", "MOBILIZE", "stationed", {"MEX"}, set()),
        ("Russian forces shelled the Ukrainian city of Sumy on Monday, regional officials said. A hospital was "
         "hit and four people were killed.", "ASSAULT", "killed", {"RUS"}, {"UKR"}),
        # a release: by the side that held them, on their side
        ("Serbian police detained 60 students in Belgrade on Saturday. By Sunday afternoon, 31 of the detainees "
         "had been released, their lawyers said.", "RETREAT", "released", {"SRB"}, {"SRB"}),
        ("Iranian authorities arrested a French tourist in Shiraz in March. She was released on Monday after "
         "talks between Paris and Tehran.", "RETREAT", "released", {"IRN"}, {"FRA"}),
    ],
)
def test_event_implicit_agentless_passive(nlp, text, type_, trigger, source, target):
    e = _event(text, type_, trigger, nlp)
    assert sides(e) == (source, target), e.rule
    assert IMPLICIT in e.rule


@pytest.mark.parametrize(
    "text, type_, trigger",
    [
        # the sentence names the agent
        ("Iran seized a British-flagged tanker on Friday. The ship was stopped by Iranian speedboats after it "
         "left Dubai.", "COERCE", "stopped"),
        # an act aimed elsewhere than the latest act of its type (the toll "were killed" is the strike)
        ("Russia launched a massive missile attack on Kyiv on Monday. In Gaza, dozens of people were killed on "
         "Tuesday when a school was struck.", "ASSAULT", "struck"),
        # an active verb with its own subject
        ("Police in Nairobi arrested 200 protesters on Tuesday. Ugandan police detained two Kenyan journalists in "
         "Kampala on Wednesday.", "COERCE", "detained"),
    ],
)
def test_event_implicit_not_when_the_agent_is_named(nlp, text, type_, trigger):
    assert IMPLICIT not in _event(text, type_, trigger, nlp).rule


@pytest.mark.parametrize(
    "text, trigger, source, target",
    [
        # fighting resumed: both sides of the act it resumes, no target
        ("Thai troops shelled Cambodian positions near the border on Monday. The fighting forced 20,000 "
         "villagers to flee.", "fighting", {"THA", "KHM"}, set()),
        # two parties of one country: source and target
        ("Sudan's army shelled RSF positions in Omdurman on Monday. The fighting has displaced thousands of "
         "families.", "fighting", {"SDN"}, {"SDN"}),
        # with no act to resume, the article's two sides
        ("Armenia accused Azerbaijan of shelling border villages. No firing was reported on Tuesday, officials "
         "in Yerevan said.", "firing", {"ARM", "AZE"}, set()),
        ("Sudan's army accused the Rapid Support Forces of shelling a market in Omdurman. No fighting was "
         "reported on Tuesday, residents said.", "fighting", {"SDN"}, {"SDN"}),
        # an act done by one side to the other is no mutual fighting
        ("Russian forces shelled Kharkiv on Monday. The shelling killed four people.", "shelling", {"RUS"}, {"UKR"}),
    ],
)
def test_event_implicit_mutual_fighting(nlp, text, trigger, source, target):
    e = _event(text, "ASSAULT", trigger, nlp)
    assert sides(e) == (source, target), e.rule


@pytest.mark.parametrize(
    "text, trigger, source, target",
    [
        # the measure told inside the object lifted
        ("Sanctions that Washington imposed on Syria's central bank in 2019 were lifted on Monday, the Treasury "
         "said.", "lifted", {"USA"}, {"SYR"}),
        # the earlier measure the object's word names
        ("Turkish authorities imposed a curfew on Diyarbakir on Monday. Residents welcomed the lifting of the "
         "curfew on Thursday.", "lifting", {"TUR"}, {"TUR"}),
    ],
)
def test_event_implicit_lifted_by_who_imposed(nlp, text, trigger, source, target):
    e = _event(text, "RETREAT", trigger, nlp)
    assert sides(e) == (source, target), e.rule


def test_event_implicit_lifting_with_its_own_subject(nlp):
    e = _event("Russia lifted its ban on Georgian wine on Monday.", "RETREAT", "lifted", nlp)
    assert sides(e) == ({"RUS"}, {"GEO"}), e.rule
    assert LIFTED not in e.rule


def test_event_implicit_not_far_from_the_act_it_would_continue(nlp):
    """Seven sentences after the detentions, 'were jailed' continues nothing: no side, no event."""
    text = ("Turkish police detained 40 opposition activists in Istanbul on Tuesday. The party called the detentions "
            "political. Its leader spoke to reporters in Ankara. He said the party would hold a rally on Sunday. "
            "Opposition lawmakers walked out of parliament. The lira fell against the dollar. Markets were calm on "
            "Wednesday. Tourism officials expect a record season. Six journalists were jailed pending trial.")
    jailed = [e for e in extract(text, published="2026-05-04", nlp=nlp).events if e.trigger.text == "jailed"]
    assert all(IMPLICIT not in e.rule for e in jailed)
