"""Event coding, sentence by sentence, on the real spaCy model.

Actors are given by a small fixed table here, so that these tests measure the event coder
alone (trigger, type, dyad, status); test_events_pipeline.py runs the whole pipeline.
"""

from __future__ import annotations

import re

import pytest

from tidings.extract.events import extract_events
from tidings.models import Actor
from tidings.ontology import load_ontology

# name → (kind, country, code)
ACTORS = {
    "United States": ("country", "USA", None), "US": ("country", "USA", None), "U.S.": ("country", "USA", None),
    "Washington": ("country", "USA", None), "American": ("country", "USA", None), "Trump": ("person", "USA", None),
    "Greer": ("person", "USA", None), "Rubio": ("person", "USA", None), "the Pentagon": ("organization", "USA", None),
    "Germany": ("country", "DEU", None), "German": ("country", "DEU", None), "Berlin": ("country", "DEU", None),
    "Pistorius": ("person", "DEU", None), "Merz": ("person", "DEU", None), "the Bundeswehr": ("organization", "DEU", None),
    "China": ("country", "CHN", None), "Chinese": ("country", "CHN", None), "Beijing": ("country", "CHN", None),
    "Russia": ("country", "RUS", None), "Russian": ("country", "RUS", None), "Moscow": ("country", "RUS", None),
    "the Kremlin": ("country", "RUS", None), "Putin": ("person", "RUS", None),
    "Ukraine": ("country", "UKR", None), "Ukrainian": ("country", "UKR", None), "Kyiv": ("country", "UKR", None),
    "Zelensky": ("person", "UKR", None),
    "Iran": ("country", "IRN", None), "Iranian": ("country", "IRN", None), "Tehran": ("country", "IRN", None),
    "Araghchi": ("person", "IRN", None),
    "Israel": ("country", "ISR", None), "Israeli": ("country", "ISR", None),
    "Serbia": ("country", "SRB", None), "Serbian": ("country", "SRB", None),
    "France": ("country", "FRA", None), "French": ("country", "FRA", None), "Macron": ("person", "FRA", None),
    "Britain": ("country", "GBR", None), "British": ("country", "GBR", None), "UK": ("country", "GBR", None),
    "Poland": ("country", "POL", None), "Polish": ("country", "POL", None), "Warsaw": ("country", "POL", None),
    "Japan": ("country", "JPN", None), "Japanese": ("country", "JPN", None),
    "Sudan": ("country", "SDN", None), "Sudanese": ("country", "SDN", None),
    "Saudi Arabia": ("country", "SAU", None), "Turkey": ("country", "TUR", None), "Turkish": ("country", "TUR", None),
    "Belarus": ("country", "BLR", None), "Hamas": ("group", "PSE", None), "Hezbollah": ("group", "LBN", None),
    "Lebanon": ("country", "LBN", None), "Venezuela": ("country", "VEN", None),
    "Denmark": ("country", "DNK", None), "Egypt": ("country", "EGY", None), "Qatar": ("country", "QAT", None),
    "NATO": ("igo", None, "NATO"), "EU": ("igo", None, "EU"), "European Union": ("igo", None, "EU"),
    "UN": ("igo", None, "UN"), "IAEA": ("igo", None, "IAEA"), "the Security Council": ("igo", None, "UNSC"),
}
_PATTERN = re.compile(r"(?<![\w.])(" + "|".join(re.escape(n) for n in sorted(ACTORS, key=len, reverse=True)) + r")(?![\w])")


def table_actors(text: str) -> list[Actor]:
    out = []
    for m in _PATTERN.finditer(text):
        kind, country, code = ACTORS[m.group(1)]
        out.append(Actor(text=m.group(1), start=m.start(), end=m.end(), name=m.group(1), kind=kind, country=country, code=code))
    return out


def code_events(nlp, text: str, published: str = "2026-05-04"):
    doc = nlp(text)
    return extract_events(
        doc, ontology=load_ontology(), actors=table_actors(text), places=[], quantities=[], quotes=[], published=published
    )


def codes(actors: list[Actor]) -> set[str]:
    return {a.country or a.code for a in actors}


def find(events, type_):
    return [e for e in events if e.type == type_]


CASES = [
    # AGREE
    ("China and the US agreed to resume talks next month.", "AGREE", {"CHN", "USA"}, set(), "asserted"),
    ("Iran offered to host a new round of negotiations.", "AGREE", {"IRN"}, set(), "asserted"),
    ("Germany pledged to deliver more air defence systems to Ukraine.", "AGREE", {"DEU"}, {"UKR"}, "asserted"),
    ("Putin promised to cooperate with the investigation.", "AGREE", {"RUS"}, set(), "asserted"),
    ("Washington and Tehran reached a deal on prisoner releases.", "AGREE", {"USA", "IRN"}, set(), "asserted"),
    # CONSULT
    ("Macron met Zelensky in Paris on Friday.", "CONSULT", {"FRA"}, {"UKR"}, "asserted"),
    ("Pistorius visited Kyiv on Monday.", "CONSULT", {"DEU"}, {"UKR"}, "asserted"),
    ("Trump held a phone call with Putin.", "CONSULT", {"USA"}, {"RUS"}, "asserted"),
    ("Greer spoke with Chinese officials by phone.", "CONSULT", {"USA"}, {"CHN"}, "asserted"),
    ("Iran and the IAEA held talks in Vienna.", "CONSULT", {"IRN", "IAEA"}, set(), "asserted"),
    ("Araghchi will travel to Moscow for talks with Russian officials.", "AGREE", {"IRN"}, {"RUS"}, "planned"),
    ("Saudi Arabia mediated talks between the two sides.", "CONSULT", {"SAU"}, set(), "asserted"),
    # SUPPORT
    ("Germany and Ukraine signed a strategic partnership on Sunday.", "SUPPORT", {"DEU", "UKR"}, set(), "asserted"),
    ("The EU welcomed the agreement.", "SUPPORT", {"EU"}, set(), "asserted"),
    ("Macron praised Germany for its leadership.", "SUPPORT", {"FRA"}, {"DEU"}, "asserted"),
    ("NATO endorsed the Polish plan.", "SUPPORT", {"NATO"}, {"POL"}, "asserted"),
    # CONCEDE
    ("Pistorius said the US would withdraw 5,000 troops from Germany.", "CONCEDE", {"USA"}, {"DEU"}, "planned"),
    ("Russia announced it would release 200 Ukrainian prisoners.", "CONCEDE", {"RUS"}, {"UKR"}, "planned"),
    ("Israel agreed to a ceasefire with Hezbollah.", "CONCEDE", {"ISR"}, {"LBN"}, "asserted"),
    ("Turkey apologized to Russia for the incident.", "CONCEDE", {"TUR"}, {"RUS"}, "asserted"),
    # COOPERATE
    ("China bought 24 million tonnes of US soybeans last year.", "COOPERATE", {"CHN"}, {"USA"}, "asserted"),
    ("Britain and France will share intelligence.", "AGREE", {"GBR", "FRA"}, set(), "planned"),
    ("Poland and Germany conducted joint exercises near the border.", "COOPERATE", {"POL", "DEU"}, set(), "asserted"),
    ("France shared intelligence with Ukraine.", "COOPERATE", {"FRA"}, {"UKR"}, "asserted"),
    # AID
    ("Germany delivered drones to Ukraine.", "AID", {"DEU"}, {"UKR"}, "asserted"),
    ("The EU sent humanitarian aid to Sudan.", "AID", {"EU"}, {"SDN"}, "asserted"),
    ("Washington provided $2 billion in military assistance to Kyiv.", "AID", {"USA"}, {"UKR"}, "asserted"),
    # RETREAT
    ("Russia withdrew its troops from Kherson.", "RETREAT", {"RUS"}, set(), "asserted"),
    ("Iran released two French citizens on Friday.", "RETREAT", {"IRN"}, {"FRA"}, "asserted"),
    ("The withdrawal of US troops from Germany began on Monday.", "RETREAT", {"USA"}, {"DEU"}, "asserted"),
    ("Washington lifted sanctions on Venezuela.", "RETREAT", {"USA"}, {"VEN"}, "asserted"),
    # REQUEST
    ("The EU called for a ceasefire in Gaza.", "REQUEST", {"EU"}, set(), "asserted"),
    ("Japan urged China to settle the dispute through dialogue.", "REQUEST", {"JPN"}, {"CHN"}, "asserted"),
    ("Zelensky called on NATO to send more air defence.", "REQUEST", {"UKR"}, {"NATO"}, "asserted"),
    ("Iran demanded the release of its diplomats.", "REQUEST", {"IRN"}, set(), "asserted"),
    ("Poland asked Germany to deploy Patriot batteries.", "REQUEST", {"POL"}, {"DEU"}, "asserted"),
    # ACCUSE
    ("China criticized the US decision.", "ACCUSE", {"CHN"}, {"USA"}, "asserted"),
    ("Washington accused Beijing of funneling subsidies to its carmakers.", "ACCUSE", {"USA"}, {"CHN"}, "asserted"),
    ("Russia condemned the Ukrainian drone strikes.", "ACCUSE", {"RUS"}, {"UKR"}, "asserted"),
    ("The IAEA is investigating Iran.", "ACCUSE", {"IAEA"}, {"IRN"}, "asserted"),
    # REJECT
    ("China refused to meet the US delegation.", "REJECT", {"CHN"}, {"USA"}, "asserted"),
    ("Iran rejected the European proposal.", "REJECT", {"IRN"}, set(), "asserted"),
    ("Russia vetoed the resolution.", "REJECT", {"RUS"}, set(), "asserted"),
    ("Trump cancelled his meeting with Putin.", "REJECT", {"USA"}, {"RUS"}, "asserted"),
    # THREATEN
    ("China threatened export controls on rare earths.", "THREATEN", {"CHN"}, set(), "threatened"),
    ("Trump threatened to impose tariffs on the EU.", "THREATEN", {"USA"}, {"EU"}, "threatened"),
    ("Russia warned NATO of serious consequences.", "THREATEN", {"RUS"}, {"NATO"}, "threatened"),
    ("Beijing vowed resolute countermeasures against Washington.", "THREATEN", {"CHN"}, {"USA"}, "threatened"),
    # PROTEST
    ("Thousands of Serbian protesters gathered in Belgrade.", "PROTEST", {"SRB"}, {"SRB"}, "asserted"),
    ("French farmers protested against the trade deal.", "PROTEST", {"FRA"}, {"FRA"}, "asserted"),
    # people striking in a place are of its country (ANNOTATION.md, actor codes: "protesters in it")
    ("Workers went on strike in Berlin.", "PROTEST", {"DEU"}, {"DEU"}, "asserted"),
    # SANCTION
    ("The United States raised tariffs on Chinese electric vehicles.", "SANCTION", {"USA"}, {"CHN"}, "asserted"),
    ("Washington imposed duties on Chinese steel.", "SANCTION", {"USA"}, {"CHN"}, "asserted"),
    ("The EU imposed new sanctions on Russia.", "SANCTION", {"EU"}, {"RUS"}, "asserted"),
    ("Tariffs on cars from the EU would be raised from 15 to 25 percent, Trump said.", "SANCTION", {"USA"}, {"EU"}, "planned"),
    ("Poland expelled Russian diplomats.", "SANCTION", {"POL"}, {"RUS"}, "asserted"),
    ("Germany suspended military cooperation with Israel.", "SANCTION", {"DEU"}, {"ISR"}, "asserted"),
    # MOBILIZE
    ("Germany deployed a minesweeper to the Baltic Sea.", "MOBILIZE", {"DEU"}, set(), "asserted"),
    ("Russia massed troops on the Ukrainian border.", "MOBILIZE", {"RUS"}, {"UKR"}, "asserted"),
    ("Germany announced the reintroduction of conscription.", "MOBILIZE", {"DEU"}, set(), "asserted"),
    ("Poland will send 10,000 troops to the border with Belarus.", "MOBILIZE", {"POL"}, {"BLR"}, "planned"),
    # COERCE
    ("Serbian police arrested 30 protesters.", "COERCE", {"SRB"}, set(), "asserted"),
    ("Iran seized a British tanker in the Strait of Hormuz.", "COERCE", {"IRN"}, {"GBR"}, "asserted"),
    ("Turkish authorities detained the mayor of Istanbul.", "COERCE", {"TUR"}, set(), "asserted"),
    ("Russia imposed a curfew in the occupied city.", "COERCE", {"RUS"}, set(), "asserted"),
    # ASSAULT
    ("Russian forces shelled Kharkiv overnight.", "ASSAULT", {"RUS"}, set(), "asserted"),
    ("Israel launched air strikes on Hezbollah positions.", "ASSAULT", {"ISR"}, {"LBN"}, "asserted"),
    ("Ukrainian drones attacked a Russian refinery.", "ASSAULT", {"UKR"}, {"RUS"}, "asserted"),
    ("Hamas fighters killed two Israeli soldiers.", "ASSAULT", {"PSE"}, {"ISR"}, "asserted"),
    # actor forms: capitals, persons, IGOs, possessives, nominal modifiers
    ("Berlin condemned the Russian strike on Kyiv.", "ACCUSE", {"DEU"}, {"RUS"}, "asserted"),
    ("Moscow rejected the EU proposal.", "REJECT", {"RUS"}, {"EU"}, "asserted"),
    ("Putin met Trump in Alaska.", "CONSULT", {"RUS"}, {"USA"}, "asserted"),
    ("NATO condemned Russia.", "ACCUSE", {"NATO"}, {"RUS"}, "asserted"),
    ("The UN demanded that Israel allow aid into Gaza.", "REQUEST", {"UN"}, {"ISR"}, "asserted"),
    ("Germany's deployment of a minesweeper to the Baltic Sea drew praise.", "MOBILIZE", {"DEU"}, set(), "asserted"),
    ("The withdrawal of Russian troops from Kherson surprised analysts.", "RETREAT", {"RUS"}, set(), "asserted"),
    ("Iranian protesters rallied against the government.", "PROTEST", {"IRN"}, {"IRN"}, "asserted"),
    ("US sanctions on Iran took effect on Monday.", "SANCTION", {"USA"}, {"IRN"}, "asserted"),
    # passives and agents
    ("Sanctions on Russia were imposed by the EU.", "SANCTION", {"EU"}, {"RUS"}, "asserted"),
    ("Kyiv was shelled by Russian forces.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ("Two Ukrainian drones were shot down by Russia.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ("The French diplomats were expelled by Iran.", "SANCTION", {"IRN"}, {"FRA"}, "asserted"),
    # compound actors and shared subjects
    ("Britain and France imposed sanctions on Iran.", "SANCTION", {"GBR", "FRA"}, {"IRN"}, "asserted"),
    ("Russia and China vetoed the resolution.", "REJECT", {"RUS", "CHN"}, set(), "asserted"),
    ("Germany met Poland and signed a defence pact.", "SUPPORT", {"DEU"}, {"POL"}, "asserted"),
    ("Israel struck Hezbollah and Hamas positions.", "ASSAULT", {"ISR"}, {"LBN", "PSE"}, "asserted"),
    ("Trump criticized Germany and France.", "ACCUSE", {"USA"}, {"DEU", "FRA"}, "asserted"),
    # negation, refusal
    ("China did not meet the US delegation.", "CONSULT", {"CHN"}, {"USA"}, "negated"),
    ("Iran refused to allow the inspectors back.", "REJECT", {"IRN"}, set(), "asserted"),
    ("Russia declined to attend the talks in Geneva.", "REJECT", {"RUS"}, set(), "asserted"),
    ("Poland cancelled the visit of the Russian delegation.", "REJECT", {"POL"}, {"RUS"}, "asserted"),
    # reported speech
    ("Zelensky said Russia had launched an offensive against Ukraine.", "ASSAULT", {"RUS"}, {"UKR"}, "reported"),
    ("Tehran said it would release the French citizens.", "CONCEDE", {"IRN"}, {"FRA"}, "planned"),
    ("Washington imposed sanctions on Venezuela, Rubio said.", "SANCTION", {"USA"}, {"VEN"}, "reported"),
    # nominal and light-verb triggers
    ("Germany held talks with Poland on Monday.", "CONSULT", {"DEU"}, {"POL"}, "asserted"),
    ("Russia carried out air strikes on Ukrainian cities.", "ASSAULT", {"RUS"}, {"UKR"}, "asserted"),
    ("Putin made a phone call to Macron.", "CONSULT", {"RUS"}, {"FRA"}, "asserted"),
    ("Germany announced the reintroduction of conscription.", "MOBILIZE", {"DEU"}, set(), "asserted"),
    ("Trump issued new tariff threats against the EU.", "THREATEN", {"USA"}, {"EU"}, "threatened"),
    ("Poland staged military exercises near the Belarusian border.", "MOBILIZE", {"POL"}, set(), "asserted"),
    ("Iran's seizure of a British tanker angered London.", "COERCE", {"IRN"}, {"GBR"}, "asserted"),
    ("The arrest of two French citizens by Iran drew protests.", "COERCE", {"IRN"}, {"FRA"}, "asserted"),
    # inverse verbs, subjects on auxiliaries, quantified crowds, threats about a clause
    ("Ukraine received fighter jets from Denmark.", "AID", {"DNK"}, {"UKR"}, "asserted"),
    # PLOVER third-party mode: the mediator acts towards the parties it stands between
    ("Egypt and Qatar are mediating between Israel and Hamas.", "CONSULT", {"EGY", "QAT"}, {"ISR", "PSE"}, "asserted"),
    ("Thousands of Serbian students rallied in Belgrade.", "PROTEST", {"SRB"}, {"SRB"}, "asserted"),
    ("Moscow warned that any deployment of French troops in Ukraine would be a legitimate target.", "THREATEN", {"RUS"}, {"FRA"}, "threatened"),
    ("Israel and Hamas agreed to stop fighting.", "CONCEDE", {"ISR", "PSE"}, set(), "asserted"),
    ("Britain recalled its ambassador to Iran.", "SANCTION", {"GBR"}, {"IRN"}, "asserted"),
]


@pytest.mark.parametrize("text, type_, source, target, status", CASES)
def test_events_code_type_dyad_and_status(nlp, text, type_, source, target, status):
    events = code_events(nlp, text)
    hits = find(events, type_)
    assert hits, f"no {type_} in {[(e.type, e.trigger.text) for e in events]}"
    e = hits[0]
    assert (codes(e.source), codes(e.target), e.status) == (source, target, status), e.rule


@pytest.mark.parametrize(
    "text",
    [
        "Pistorius said the minister was tired.",
        "Greer told reporters the weather was fine.",
        "The chancellor spoke at length about the economy.",
    ],
)
def test_events_statements_alone_are_not_events(nlp, text):
    assert code_events(nlp, text) == []


def test_events_carry_cameo_goldstein_quad_and_deterministic_id(nlp):
    text = "Russian forces shelled Kharkiv overnight."
    first, second = code_events(nlp, text), code_events(nlp, text)
    e = first[0]
    assert (e.cameo, e.goldstein, e.quad_class, e.mode) == ("194", -10.0, 4, "heavy-weapons")
    assert [x.id for x in first] == [x.id for x in second]
    assert e.rule and "shell" in e.rule
