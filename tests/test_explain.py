"""`tidings explain`: every event with its sentence marked and the rules that fired."""

from tidings.api import extract
from tidings.explain import marked_sentence, render_explanation


def test_explain_marks_trigger_source_and_target(nlp):
    doc = extract("Germany delivered drones to Ukraine on Sunday.", published="2026-05-04", nlp=nlp)
    e = [x for x in doc.events if x.type == "AID"][0]
    marked = marked_sentence(e, doc)
    assert "[[delivered]]" in marked and "{S Germany}" in marked and "{T Ukraine}" in marked


def test_explain_lists_every_event_with_its_rules(nlp):
    doc = extract(
        "Russia shelled Kharkiv on Sunday. The EU condemned the attack and called for a ceasefire.",
        published="2026-05-04", nlp=nlp,
    )
    text = render_explanation(doc)
    assert text.count("triggers.csv:") >= len(doc.events) >= 2
    for e in doc.events:
        assert e.type in text
    assert "status=" in text and "cameo" in text


def test_explain_document_without_events(nlp):
    doc = extract("The weather was mild in Berlin.", published="2026-05-04", nlp=nlp)
    assert "0 events" in render_explanation(doc)
