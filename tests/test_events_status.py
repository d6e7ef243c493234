"""Status, attribution, dates and places of events, sentence by sentence on the real model."""

from __future__ import annotations

import pytest

from tidings.extract.event_index import EventIndex
from tidings.extract.event_status import find_reporter
from tidings.extract.events import extract_events
from tidings.models import Place
from tidings.ontology import load_ontology
from test_events import code_events, find, table_actors
from test_quotes import REPORTING_LEMMAS, reporting_past, reporting_sentence

STATUS_CASES = [
    ("Germany deployed troops to Lithuania.", "MOBILIZE", "asserted"),
    ("Germany did not deploy troops to Lithuania.", "MOBILIZE", "negated"),
    ("Germany never deployed troops to Lithuania.", "MOBILIZE", "negated"),
    ("No troops were deployed to Lithuania by Germany.", "MOBILIZE", "negated"),
    ("Germany could deploy troops to Lithuania.", "MOBILIZE", "hypothetical"),
    ("Germany might impose sanctions on Russia.", "SANCTION", "hypothetical"),
    ("If Russia attacks, NATO will deploy troops to Poland.", "MOBILIZE", "hypothetical"),
    ("Germany will deploy troops to Lithuania.", "MOBILIZE", "planned"),
    ("Germany plans to deploy troops to Lithuania.", "MOBILIZE", "planned"),
    ("Germany is to deploy troops to Lithuania next year.", "MOBILIZE", "planned"),
    ("Germany is set to deploy troops to Lithuania.", "MOBILIZE", "planned"),
    ("Pistorius said Germany would deploy troops to Lithuania.", "MOBILIZE", "planned"),
    ("Pistorius said Germany had deployed troops to Lithuania.", "MOBILIZE", "reported"),
    ("Germany deployed troops to Lithuania, Pistorius said.", "MOBILIZE", "reported"),
    ("Germany deployed troops to Lithuania, according to NATO.", "MOBILIZE", "reported"),
    ("China threatened to impose tariffs on the EU.", "THREATEN", "threatened"),
    ("China threatened to impose tariffs on the EU.", "SANCTION", "threatened"),
    ("Iran refused to release the French citizens.", "REJECT", "asserted"),
    ("Iran did not release the French citizens.", "RETREAT", "negated"),
    ("Russia failed to withdraw its troops from Kherson.", "RETREAT", "negated"),
    # the act a plan or intention noun names: planned, negated when the noun is denied
    ("Putin said he had no plans to meet Zelensky in Istanbul.", "AGREE", "negated"),
    ("Israel has no intention to withdraw its troops from the Golan Heights, Netanyahu said.", "CONCEDE", "negated"),
    ("Japan unveiled plans to deploy long-range missiles on the island of Kyushu.", "MOBILIZE", "planned"),
    # a decision or a commitment to act is not yet the act
    ("Germany welcomed Poland's decision to deploy troops to its border with Belarus.", "MOBILIZE", "planned"),
    # (a commitment to send forces is AGREE: tests/test_event_senses_content.py)
    ("Lithuania praised Germany's plan to station a brigade near Vilnius.", "MOBILIZE", "planned"),
]


@pytest.mark.parametrize("text, type_, status", STATUS_CASES)
def test_events_status_follows_the_clause(nlp, text, type_, status):
    hits = find(code_events(nlp, text), type_)
    assert hits, f"no {type_}"
    assert hits[0].status == status, hits[0].rule


@pytest.mark.parametrize(
    "text, type_, expected",
    [
        ("Pistorius said the US would withdraw 5,000 troops from Germany.", "CONCEDE", "Pistorius"),
        ("Russia shelled Kyiv overnight, Zelensky said.", "ASSAULT", "Zelensky"),
        ("Trump said China had agreed to buy soybeans.", "AGREE", "Trump"),
    ],
)
def test_events_reported_speech_is_attributed(nlp, text, type_, expected):
    e = find(code_events(nlp, text), type_)[0]
    assert e.attributed_to is not None and e.attributed_to.text == expected


@pytest.mark.parametrize(
    "text, published, type_, date",
    [
        ("Germany and Ukraine signed a partnership on Sunday.", "2026-05-04", "SUPPORT", "2026-05-03"),
        ("Germany and Ukraine signed a partnership on Monday.", "2026-05-04", "SUPPORT", "2026-05-04"),
        ("Germany and Ukraine will sign a partnership on Monday.", "2026-05-04", "AGREE", "2026-05-11"),
        ("Russia shelled Kharkiv yesterday.", "2026-05-04", "ASSAULT", "2026-05-03"),
        ("The US raised tariffs on China at the end of April.", "2026-05-04", "SANCTION", "2026-04"),
        ("On May 1, Poland expelled Russian diplomats.", "2026-05-12", "SANCTION", "2026-05-01"),
        ("Iran released two French citizens last week.", "2026-05-12", "RETREAT", "2026-05"),
        ("Russia shelled Kharkiv.", "2026-05-04", "ASSAULT", "2026-05-04"),
        ("Washington first imposed duties on Chinese cars in 2024.", "2026-05-04", "SANCTION", "2024"),
    ],
)
def test_events_dates_resolve_against_publication(nlp, text, published, type_, date):
    e = find(code_events(nlp, text, published=published), type_)[0]
    assert e.date == date, e.rule


def test_events_date_belongs_to_the_clause_of_the_event(nlp):
    events = code_events(nlp, "Pistorius said on Monday that Russia had shelled Kharkiv in March.", published="2026-05-12")
    assert find(events, "ASSAULT")[0].date == "2026-03"


def test_events_location_and_quantities_come_from_the_clause(nlp):
    text = "Germany deployed 300 soldiers to Lithuania."
    doc = nlp(text)
    start = text.index("Lithuania")
    place = Place(text="Lithuania", start=start, end=start + 9, name="Lithuania", country="LTU", kind="country")
    events = extract_events(
        doc, ontology=load_ontology(), actors=table_actors(text), places=[place],
        quantities=doc._.quantities or [], quotes=[], published="2026-05-04",
    )
    e = find(events, "MOBILIZE")[0]
    assert e.location is not None and e.location.name == "Lithuania"
    assert [q.text for q in e.quantities] == ["300"]


@pytest.mark.parametrize("lemma", REPORTING_LEMMAS)
def test_events_status_every_reporting_verb_reports(nlp, lemma):
    """The shared reporting verbs (ontology/data/speech/reporting_verbs.csv) all make a reporter."""
    text = reporting_sentence(lemma)
    doc = nlp(text)
    index = EventIndex.build(
        doc, tables=load_ontology().events, actors=table_actors(text), places=[], quantities=[], quotes=[], published=None
    )
    trigger = next(t for t in doc if t.text == "attacked")
    reporter = find_reporter(trigger, trigger, index)
    assert reporter is not None and reporter.verb is not None and reporter.verb.text == reporting_past(lemma)
    assert reporter.speaker is not None and reporter.speaker.text == "Pistorius"


@pytest.mark.parametrize("lemma", ["say", "confirm", "write", "believe", "reveal"])
def test_events_status_past_event_under_a_reporting_verb_is_reported(nlp, lemma):
    e = find(code_events(nlp, reporting_sentence(lemma)), "ASSAULT")[0]
    assert e.status == "reported", e.rule
    assert e.attributed_to is not None and e.attributed_to.text in ("Pistorius", "Boris Pistorius")


# Dates shared with a conjunct, a 'by doing' phrase, a participle on the subject, or anchored to
# another clause ('a week after …', 'the following day').
@pytest.mark.parametrize(
    "text, type_, date",
    [
        ("Pistorius spoke with Rubio by telephone on Sunday evening.", "CONSULT", "2026-05-03"),
        ("On Saturday night, Russia shelled Kharkiv with drones.", "ASSAULT", "2026-05-02"),
        ("Poland expelled two Russian diplomats and closed the consulate in Gdansk on Friday.", "SANCTION", "2026-05-01"),
        ("Macron met Zelensky on Friday, a day after Russia shelled Kyiv.", "ASSAULT", "2026-04-30"),
        ("Iran held talks with France on Saturday, and Israel attacked Hezbollah the following day.", "ASSAULT", "2026-05-03"),
        ("Germany responded on Friday by deploying more troops to Lithuania.", "MOBILIZE", "2026-05-01"),
        ("Putin and Macron last met in March, when Russia agreed to release two French citizens.", "CONCEDE", "2026-03"),
        ("The talks were the first since January, when Israel attacked Hezbollah near Tyre.", "ASSAULT", "2026-01"),
        ("NATO ministers, meeting in Brussels on Thursday, condemned Russia.", "ACCUSE", "2026-04-30"),
        ("Sunday's attack on Kharkiv by Russia killed nine people.", "ASSAULT", "2026-05-03"),
    ],
)
def test_events_status_dates_from_day_parts_conjuncts_and_anchors(nlp, text, type_, date):
    e = find(code_events(nlp, text, published="2026-05-04"), type_)[0]
    assert e.date == date, e.rule
