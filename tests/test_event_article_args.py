"""Article-level source/target rules of the event coder, on the real model.

Multi-sentence snippets written for these tests in news style (not taken from examples/): the
side a sentence leaves implicit comes from the rest of the article only where the article's
structure says so.
"""

from __future__ import annotations

import pytest

from tidings.api import extract


def _codes(actors) -> set[str]:
    return {a.country or a.code for a in actors}


def _last(text: str, type_: str, nlp):
    doc = extract(text, published="2026-05-04", nlp=nlp)
    hits = [e for e in doc.events if e.type == type_]
    assert hits, f"no {type_} in {[(e.type, e.trigger.text) for e in doc.events]}"
    return hits[-1]


@pytest.mark.parametrize(
    "text, type_, source, target",
    [
        # the clause names its recipient, a party of no nationality: no counterpart fills it
        ("Washington imposed new tariffs on Brazilian steel on Monday. Brazil condemned the tariffs. "
         "Brazilian President Luiz Inacio Lula da Silva urged Western allies to resist the pressure.",
         "REQUEST", {"BRA"}, set()),
        ("Iran accused Israel of sabotage at the Natanz plant on Sunday. Tehran continued to arm militias "
         "across the region.", "AID", {"IRN"}, set()),
        ("Russia accused Estonia of provoking a naval standoff on Friday. Estonian authorities seized a "
         "cargo ship in the Baltic on Saturday.", "COERCE", {"EST"}, set()),
        # the clause has an agent of its own, only not a coded one: no counterpart as source
        ("India accused Pakistan of shelling villages on Monday. Militants attacked an Indian army post "
         "on Tuesday.", "ASSAULT", set(), {"IND"}),
        ("The United States accused Venezuela of election fraud on Monday. Unidentified gunmen attacked "
         "a Venezuelan army convoy on Tuesday.", "ASSAULT", set(), {"VEN"}),
        # between the article's two sides the counterpart is still the recipient
        ("The United States raised tariffs on Chinese steel on Tuesday. Beijing vowed resolute "
         "countermeasures.", "THREATEN", {"CHN"}, {"USA"}),
    ],
)
def test_event_article_args_counterpart_only_between_the_sides(nlp, text, type_, source, target):
    e = _last(text, type_, nlp)
    assert (_codes(e.source), _codes(e.target)) == (source, target), e.rule


@pytest.mark.parametrize(
    "text, type_, source, target",
    [
        # a statement noun refers back to the latest earlier statement of its kind by someone else
        ("Washington warned Caracas on Monday that it would impose new sanctions. Venezuelan officials "
         "dismissed the warning.", "REJECT", {"VEN"}, {"USA"}),
        ("Egypt and Qatar called on Israel to open more crossings into Gaza. Israel rejected the call.",
         "REJECT", {"ISR"}, {"EGY", "QAT"}),
        # of two earlier accusations, the one aimed at the side that rejects them
        ("Poland accused Belarus of pushing migrants across the border on Monday, and Lithuania condemned "
         "Russian military drills near its border. Minsk rejected the accusations.", "REJECT", {"BLR"}, {"POL"}),
        # with no statement of its kind, a warning or a criticism refers to an act or a demand aimed at
        # the reacting side
        ("The United States could impose new sanctions on Iran next month, officials said. Tehran "
         "dismissed the warning.", "REJECT", {"IRN"}, {"USA"}),
        ("Egypt and Qatar urged Israel to open more border crossings on Monday. Israel rejected the "
         "criticism.", "REJECT", {"ISR"}, {"EGY", "QAT"}),
        # an act told by the same word beats a later act of its type
        ("North Korea launched two ballistic missiles on Monday. South Korea put its military on high alert "
         "on Tuesday. Japan condemned the launches.", "ACCUSE", {"JPN"}, {"PRK"}),
        # an agreement is aimed at all its parties, an act at its author
        ("Japan and the Philippines signed two defence agreements in Manila on Tuesday. Australia welcomed "
         "the agreements.", "SUPPORT", {"AUS"}, {"JPN", "PHL"}),
        ("Ghana released 40 detained fishermen from Togo on Friday. The European Union welcomed the "
         "releases.", "SUPPORT", {"EU"}, {"GHA"}),
    ],
)
def test_event_article_args_reaction_aims_at_the_author_of_what_it_reacts_to(nlp, text, type_, source, target):
    e = _last(text, type_, nlp)
    assert (_codes(e.source), _codes(e.target)) == (source, target), e.rule


def test_event_article_args_joint_signing_is_no_reaction(nlp):
    """'Merz and Zelensky signed the agreement' after talks: the signing parties are not their own target."""
    text = ("German and Ukrainian officials held talks in Berlin on Monday. Chancellor Merz and President "
            "Zelensky signed the agreement after the talks.")
    e = _last(text, "SUPPORT", nlp)
    assert _codes(e.target) == set(), e.rule


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        # a determiner on the head the trigger modifies ("the tariff increase"); not the reporter's act
        ("The United States raised tariffs on Chinese solar panels on Tuesday. The tariff increase hit "
         "exporters in Jiangsu, Chinese officials said.", "SANCTION", "tariff", {"USA"}, {"CHN"}),
        # an earlier event named by the same word wins over a later one of another word
        ("Russia attacked Ukrainian ports on Monday. Ukraine struck a Russian refinery on Tuesday. The "
         "attacks damaged grain terminals.", "ASSAULT", "attacks", {"RUS"}, {"UKR"}),
        # the same word in another form ("withdrew" … "the withdrawal") beats a later event of the family
        ("Israel withdrew its troops from southern Lebanon on Sunday. A ceasefire between Israel and "
         "Hezbollah took effect on Monday. The withdrawal showed that diplomacy works, the French envoy said.",
         "RETREAT", "withdrawal", {"ISR"}, {"LBN"}),
        # a reacted-to re-mention resumes the earlier event aimed at the reacting side
        ("Estonia accused Russia of cutting an undersea cable on Monday. Finland opened an investigation into "
         "the tanker's crew on Tuesday. Moscow rejected the allegations.", "ACCUSE", "allegations", {"EST"}, {"RUS"}),
        # … and keeps the target the article counterpart gave that event
        ("The United States raised tariffs on Chinese steel on Tuesday. Beijing vowed resolute countermeasures. "
         "The White House dismissed the threat.", "THREATEN", "threat", {"CHN"}, {"USA"}),
        # a bare plural subject re-mentions the earlier measures
        ("The European Union imposed sanctions on Belarus in March. Sanctions could also target potash "
         "exports, diplomats said.", "SANCTION", "Sanctions", {"EU"}, {"BLR"}),
        # a re-mention reported by someone is still the earlier actor's act
        ("Israel withdrew its troops from southern Lebanon on Sunday. The withdrawal showed that diplomacy "
         "works, the French foreign minister said.", "RETREAT", "withdrawal", {"ISR"}, {"LBN"}),
    ],
)
def test_event_article_args_definite_event_noun_resumes_the_earlier_event(nlp, text, type_, trigger, source, target):
    doc = extract(text, published="2026-05-04", nlp=nlp)
    hits = [e for e in doc.events if e.type == type_ and e.trigger.text == trigger]
    assert hits, [(e.type, e.trigger.text) for e in doc.events]
    assert (_codes(hits[-1].source), _codes(hits[-1].target)) == (source, target), hits[-1].rule


@pytest.mark.parametrize(
    "text, source, target",
    [
        # a move answers the latest hostile act of an earlier sentence aimed at the mover
        ("China began large-scale drills around Taiwan on Monday. Taiwan put its forces on high alert on "
         "Tuesday.", {"TWN"}, {"CHN"}),
        ("Israel shelled Lebanese villages on Monday. Lebanese soldiers deployed to the border on Tuesday.",
         {"LBN"}, {"ISR"}),
        # … unless that side has cooperated with the mover since
        ("Israel shelled Lebanese villages on Monday. Israel withdrew its troops from southern Lebanon on "
         "Tuesday. Lebanese soldiers deployed to the vacated positions on Wednesday.", {"LBN"}, set()),
        # the other side's act the sentence gives as the cause
        ("Poland will deploy 4,000 more soldiers to its eastern border, citing Belarusian military exercises.",
         {"POL"}, {"BLR"}),
        ("Japan put its forces on high alert following North Korean missile launches.", {"JPN"}, {"PRK"}),
        ("Taiwan deployed warships in response to Chinese drills on Monday.", {"TWN"}, {"CHN"}),
        # a verb of response over a noun: the latest hostile act aimed at the mover
        ("Ethiopia moved troops toward its border with Eritrea on Monday. Eritrea responded by ordering a "
         "general mobilization.", {"ERI"}, {"ETH"}),
        # the side across the border a move goes toward
        ("Ethiopia has moved thousands of soldiers toward its northern border with Eritrea.", {"ETH"}, {"ERI"}),
        # a friendly host or a destination as such is no target
        ("Germany will send 500 more soldiers to its brigade in Lithuania.", {"DEU"}, set()),
        ("Kenyan police officers landed in Port-au-Prince on Friday.", {"KEN"}, set()),
        ("Brazil sent 2,000 soldiers to the Venezuelan border on Friday.", {"BRA"}, {"VEN"}),
        ("France will send 300 more soldiers to its base in Chad.", {"FRA"}, set()),
        # forces do not enter their own ground: "its" is the other side's
        ("Taiwan protested on Monday after 12 Chinese warplanes entered its air defence zone.", {"CHN"}, {"TWN"}),
    ],
)
def test_event_article_args_military_move_aims_at_the_adversary(nlp, text, source, target):
    doc = extract(text, published="2026-05-04", nlp=nlp)
    moves = [e for e in doc.events if e.type == "MOBILIZE" and _codes(e.source) == source]
    assert moves, [(e.type, e.trigger.text, _codes(e.source)) for e in doc.events]
    assert _codes(moves[-1].target) == target, moves[-1].rule


def test_event_article_args_repression_abroad_falls_on_the_country_of_the_place(nlp):
    """Forces detaining people in another country act on that country, not on their own people."""
    e = _last("Israeli troops raided two villages near Quneitra overnight and detained four men, SANA reported.",
              "COERCE", nlp)
    assert (_codes(e.source), _codes(e.target)) == ({"ISR"}, {"SYR"}), e.rule


@pytest.mark.parametrize(
    "text, type_, trigger, target",
    [
        # a party the sentence names outside the clause beats the article's counterpart
        ("Ethiopia accused Eritrea of arming rebels on Sunday, and Eritrea rejected the accusation. Qatar "
         "offered to host talks between the two neighbours in Doha, and Ethiopia said on Monday it would attend.",
         "AGREE", "attend", {"QAT"}),
        # … but not a country that only qualifies a thing ("the UN-administered trust fund")
        ("Kenya sent 400 more police officers to Haiti on Monday, and Haiti thanked Kenya. The UN-administered "
         "trust fund has received only $110 million, and Nairobi warned that it could pull its contingent out.",
         "CONCEDE", "pull", {"HTI"}),
    ],
)
def test_event_article_args_sentence_third_party_beats_the_counterpart(nlp, text, type_, trigger, target):
    doc = extract(text, published="2026-05-04", nlp=nlp)
    hits = [e for e in doc.events if e.type == type_ and e.trigger.text == trigger]
    assert hits, [(e.type, e.trigger.text) for e in doc.events]
    assert _codes(hits[-1].target) == target, hits[-1].rule


def test_event_article_args_unowned_arrest_noun_is_the_act_of_the_state_where_it_happened(nlp):
    """'the arrest of two Canadian citizens in China': an arrest named by a noun with no owner and no
    'by' phrase is the act of the state of its place."""
    doc = extract("Canada protested the arrest of two Canadian citizens in China on Monday.",
                  published="2026-05-04", nlp=nlp)
    e = [e for e in doc.events if e.type == "COERCE"][-1]
    assert (_codes(e.source), _codes(e.target)) == ({"CHN"}, {"CAN"}), e.rule


@pytest.mark.parametrize(
    "text, target",
    [
        # a government's own council is no counterpart of its meeting
        ("Polish Prime Minister Donald Tusk spoke to reporters in Warsaw after a meeting of the National "
         "Security Council.", set()),
        # … but another country is
        ("The Egyptian foreign minister held talks with his Jordanian counterpart in Amman.", {"JOR"}),
    ],
)
def test_event_article_args_own_council_is_no_meeting_counterpart(nlp, text, target):
    e = _last(text, "CONSULT", nlp)
    assert _codes(e.target) == target, e.rule
