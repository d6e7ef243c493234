"""Sides named inside the sentence that the clause reading missed: the subject a passive conjunct
shares with the verb before it. Sentences written for these tests in wire style (not taken from
examples/); each class has near-miss negatives next to it."""

from __future__ import annotations

import pytest

from event_lookup import codes as _codes, event_at as _event, sides


SHARED_PASSIVE = [
    # "X did A and was V-ed": the shared subject is what the passive conjunct is done to
    ("Two Turkish reporters crossed into Syria on Monday and were detained by Kurdish fighters.",
     "COERCE", "detained", set(), {"TUR"}),
    ("A Lebanese fishing crew strayed off the coast and were seized by Israeli naval forces.",
     "COERCE", "seized", {"ISR"}, {"LBN"}),
    ("The UN monitors reached the prison on Tuesday and were granted access to the inmates.",
     "RETREAT", "granted", set(), {"UN"}),
    # near misses: a conjunct with a subject of its own keeps it; an active conjunct is done by the subject
    ("Police in Ankara detained two journalists, and three Syrian activists were deported the same day.",
     "COERCE", "deported", {"TUR"}, {"SYR"}),
    ("Egyptian forces crossed the border and detained three Sudanese smugglers.",
     "COERCE", "detained", {"EGY"}, {"SDN"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), SHARED_PASSIVE)
def test_event_dyads_inside_shared_passive_subject(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


SUMMONED_TO = [
    # with no agent, the ministry one is summoned to is the side that summons
    ("The Turkish ambassador was summoned to the Greek Foreign Ministry on Thursday over the airspace violations.",
     "ACCUSE", "summoned", {"GRC"}, {"TUR"}),
    ("Beijing's envoy in Manila was summoned to the Philippine foreign ministry after the water cannon incident.",
     "ACCUSE", "summoned", {"PHL"}, {"CHN"}),
    # near misses: the active voice and a passive with its own agent keep their subject and agent
    ("Lithuania summoned the Belarusian charge d'affaires to its foreign ministry on Friday.",
     "ACCUSE", "summoned", {"LTU"}, {"BLR"}),
    ("The Dutch ambassador was summoned by Turkey's foreign ministry on Sunday.", "ACCUSE", "summoned", {"TUR"}, {"NLD"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), SUMMONED_TO)
def test_event_dyads_inside_summoned_to_the_summoner(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


HOME_CONCESSION = [
    # a state's concession in a story of that one country, with no one named to receive it, is made at home
    ("Guinea's military government pardoned 40 opposition activists and promised to restore the right to protest.",
     "CONCEDE", "pardoned", {"GIN"}, {"GIN"}),
    ("Bolivia's president apologised on Sunday for the killings of miners by soldiers in 2003.",
     "CONCEDE", "apologised", {"BOL"}, {"BOL"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), HOME_CONCESSION)
def test_event_dyads_inside_concession_at_home(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


NOT_AT_HOME = [
    # near misses: another country named in the story, a refusal, a resignation
    ("Venezuela's government pardoned 40 opposition activists, a step Brazil's president welcomed.",
     "CONCEDE", "pardoned", "VEN"),
    ("Venezuela's government did not pardon the opposition activists, officials said.", "CONCEDE", "pardon", "VEN"),
    ("Peru's prime minister resigned on Friday after weeks of protests.", "RETREAT", "resigned", "PER"),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "code"), NOT_AT_HOME)
def test_event_dyads_inside_concession_not_made_at_home(nlp, text, type_, trigger, code):
    assert code not in _codes(_event(text, type_, trigger).target)


ANSWERED_IN_SENTENCE = [
    # a move said to answer, naming no act after the response word, answers the hostile act told before it
    ("Azerbaijani troops shelled Armenian border posts overnight, and Yerevan responded by moving two battalions to Jermuk.",
     "MOBILIZE", "moving", {"ARM"}, {"AZE"}),
    ("Chinese warships sailed into Taiwan's contiguous zone, and Taipei put its navy on high alert in response.",
     "MOBILIZE", "put", {"TWN"}, {"CHN"}),
    # near misses: the response names its own cause, or no other side acted before it
    ("Russian drones struck Kyiv overnight, and Poland put its air force on alert in response to the drills in Belarus.",
     "MOBILIZE", "put", {"POL"}, set()),
    ("Finland put its air force on alert in response, the defence ministry said.", "MOBILIZE", "put", {"FIN"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), ANSWERED_IN_SENTENCE)
def test_event_dyads_inside_move_answers_earlier_clause(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


VOTING_BODY = [
    # a vote against with no one named is cast against the body whose decision the sentence tells
    ("The UN Human Rights Council adopted the resolution on Friday, with China and Cuba voting against.",
     "REJECT", "voting", {"CHN", "CUB"}, {"UN"}),
    ("NATO foreign ministers approved the new strategy in Brussels, while Turkey voted against it.",
     "REJECT", "voted", {"TUR"}, {"NATO"}),
    # near misses: an object of the vote that names a party, and a vote with no body above it
    ("Hungary voted against the sanctions on Russia at the meeting, diplomats said.", "REJECT", "voted", {"HUN"}, {"RUS"}),
    ("Slovakia and Hungary voted against, officials in Bratislava said.", "REJECT", "voted", {"HUN", "SVK"}, set()),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), VOTING_BODY)
def test_event_dyads_inside_vote_cast_in_body(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


AT_THE_REQUEST = [
    # "at the request of X": X asks; the one asked is whoever does the act the clause tells
    ("The IAEA board will meet in Vienna next week at the request of Iran.", "REQUEST", "request", {"IRN"}, {"IAEA"}),
    ("Turkish troops entered the border town on Sunday at the request of the Iraqi government.",
     "REQUEST", "request", {"IRQ"}, {"TUR"}),
    # near misses: a request owned by a possessive, and one the clause turns down
    ("Kenya turned down Haiti's request for more police officers.", "REQUEST", "request", {"HTI"}, {"KEN"}),
    ("Germany rejected the demand of Poland for war reparations.", "REQUEST", "demand", {"POL"}, {"DEU"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), AT_THE_REQUEST)
def test_event_dyads_inside_at_the_request_of(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


ASKED_BY_PHRASE = [
    # one called on or appealed to, coded or not, is the one asked; the content's parties are not
    ("Kyiv called on Western partners to tighten sanctions on Russian banks.", "REQUEST", "called", {"UKR"}, set()),
    ("Chad appealed to Gulf donors to fund food deliveries to Sudanese refugees.", "REQUEST", "appealed", {"TCD"}, set()),
    ("Poland called on the European Union to tighten sanctions on Russian banks.", "REQUEST", "called", {"POL"}, {"EU"}),
    ("Tehran called on European capitals to resume talks on its nuclear programme, as American envoys toured the Gulf.",
     "REQUEST", "called", {"IRN"}, set()),
    # near misses: one asked as the object is the target; a date after "on" asks no one
    ("Lithuania urged Germany to tighten sanctions on Russian banks.", "REQUEST", "urged", {"LTU"}, {"DEU"}),
    ("Hungary refused on Monday to back new EU sanctions against Russia.", "REJECT", "refused", {"HUN"}, {"EU"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), ASKED_BY_PHRASE)
def test_event_dyads_inside_asked_by_phrase(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


SIGNED_DEAL = [
    # a deal signed by no one named: its parties are the sides of the clause acting under it
    ("Greece and Egypt will hold joint naval drills under a defence pact signed in Athens last year.",
     "SUPPORT", "signed", {"GRC", "EGY"}, set()),
    ("Hungary bought Russian gas from Gazprom under a contract signed in 2021.", "SUPPORT", "signed", {"HUN", "RUS"}, set()),
    # near misses: the signer is named, or the clause names only one side
    ("Greece and Egypt will hold joint naval drills under a pact signed by a former prime minister.",
     "SUPPORT", "signed", set(), set()),
    ("Egypt resumed gas exports under a deal signed in 2019.", "SUPPORT", "signed", set(), set()),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), SIGNED_DEAL)
def test_event_dyads_inside_parties_of_deal_signed(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


HYPHENED_SIDES = [
    # two nationality words joined by a hyphen name two sides
    ("Moscow dismissed the Turkish-Qatari proposal for a prisoner swap.", "REJECT", "dismissed", {"RUS"}, {"TUR", "QAT"}),
    ("Beijing condemned the Japanese-Philippine naval drills near Scarborough Shoal.", "ACCUSE", "condemned", {"CHN"}, {"JPN", "PHL"}),
    # near misses: one nationality word, and a hyphened word that is no nationality
    ("Moscow dismissed the Turkish proposal for a prisoner swap.", "REJECT", "dismissed", {"RUS"}, {"TUR"}),
    ("Moscow dismissed the long-delayed Turkish proposal for a prisoner swap.", "REJECT", "dismissed", {"RUS"}, {"TUR"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), HYPHENED_SIDES)
def test_event_dyads_inside_hyphened_sides(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)


RESTRAINT = [
    # a call for restraint or calm with no one named goes to the article's two sides
    ("Armenian and Azerbaijani troops traded fire along the border on Sunday. Iran called for restraint.",
     "REQUEST", "called", {"IRN"}, {"ARM", "AZE"}),
    ("Thai and Cambodian forces clashed near the temple overnight. Malaysia, which chairs ASEAN, urged calm.",
     "REQUEST", "urged", {"MYS"}, {"KHM", "THA"}),
    # near miss: a named addressee is the one asked
    ("Armenian and Azerbaijani troops traded fire along the border on Sunday. Iran urged Baku to show restraint.",
     "REQUEST", "urged", {"IRN"}, {"AZE"}),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "source", "target"), RESTRAINT)
def test_event_dyads_inside_restraint_asked_of_both_sides(nlp, text, type_, trigger, source, target):
    event = _event(text, type_, trigger)
    assert sides(event) == (source, target)
