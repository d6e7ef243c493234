"""Events through the whole pipeline: actors found by the actor extractor, then coded."""

from __future__ import annotations

import pytest

from tidings.api import extract


def codes(actors) -> set[str]:
    return {a.code or a.country for a in actors}


@pytest.mark.parametrize(
    "text, type_, source, target",
    [
        ("Defense Minister Boris Pistorius said the US would withdraw 5,000 troops from Germany.", "CONCEDE", {"USA"}, {"DEU"}),
        ("The United States on Tuesday raised tariffs on Chinese electric vehicles.", "SANCTION", {"USA"}, {"CHN"}),
        ("Germany and Ukraine signed a strategic partnership in Berlin on Sunday.", "SUPPORT", {"DEU", "UKR"}, set()),
        ("Washington imposed new sanctions on Iran on Monday.", "SANCTION", {"USA"}, {"IRN"}),
        ("Moscow accused Kyiv of shelling the Zaporizhzhia nuclear plant.", "ACCUSE", {"RUS"}, {"UKR"}),
        ("The Kremlin rejected the proposal.", "REJECT", {"RUS"}, set()),
        ("NATO deployed additional jets to Poland.", "MOBILIZE", {"NATO"}, set()),
        ("Iranian Foreign Minister Abbas Araghchi met the head of the IAEA, Rafael Grossi, in Vienna on Tuesday for talks about the nuclear programme.", "CONSULT", {"IRN"}, {"IAEA"}),
        ("Serbian police arrested dozens of protesters in Belgrade.", "COERCE", {"SRB"}, {"SRB"}),
        ("Russian forces shelled Kharkiv overnight.", "ASSAULT", {"RUS"}, set()),
        ("The EU called on Russia to withdraw its troops.", "REQUEST", {"EU"}, {"RUS"}),
        ("China threatened export controls on rare earths against the United States.", "THREATEN", {"CHN"}, {"USA"}),
    ],
)
def test_events_pipeline_codes_dyads_with_extracted_actors(nlp, text, type_, source, target):
    doc = extract(text, published="2026-05-04", nlp=nlp)
    hits = [e for e in doc.events if e.type == type_]
    assert hits, [(e.type, e.trigger.text) for e in doc.events]
    e = hits[0]
    assert codes(e.source) >= source, e.rule
    assert not target or codes(e.target) >= target, e.rule


def test_events_pipeline_offsets_point_into_the_text(nlp):
    text = "Germany deployed a minesweeper to the Baltic Sea on Sunday. Russia condemned the deployment."
    doc = extract(text, published="2026-05-04", nlp=nlp)
    assert doc.events
    for e in doc.events:
        assert doc.text[e.trigger.start:e.trigger.end] == e.trigger.text
        for a in e.source + e.target:
            assert doc.text[a.start:a.end] == a.text
        assert 0 <= e.sentence < len(doc.sentences)
        assert 0.0 <= e.confidence <= 1.0 and e.rule


def test_events_pipeline_anaphoric_object_points_back(nlp):
    text = "Washington imposed sanctions on Iran on Monday. Tehran condemned the decision."
    doc = extract(text, published="2026-05-04", nlp=nlp)
    accuse = [e for e in doc.events if e.type == "ACCUSE"][0]
    assert codes(accuse.source) == {"IRN"} and codes(accuse.target) == {"USA"}


def test_events_pipeline_implicit_recipient_is_the_counterpart(nlp):
    text = (
        "The United States raised tariffs on Chinese steel on Tuesday. "
        "Beijing vowed resolute countermeasures."
    )
    doc = extract(text, published="2026-05-12", nlp=nlp)
    threat = [e for e in doc.events if e.type == "THREATEN"][0]
    assert codes(threat.source) == {"CHN"} and codes(threat.target) == {"USA"}
    assert "counterpart" in threat.rule


def test_events_pipeline_wire_copies_get_their_own_event_ids(nlp, tmp_path):
    from tidings.store import open_store

    text = "Poland accused Belarus on Monday of pushing migrants across the border."
    copies = [extract(text, id=name, published="2026-03-02", nlp=nlp) for name in ("wire-1", "wire-2")]
    first, second = ({e.id for e in doc.events} for doc in copies)
    assert first and second and not first & second
    with open_store(str(tmp_path / "copies.duckdb")) as store:
        store.write(copies)
        assert store.fetch("SELECT count(*) FROM events")[0][0] == len(first) + len(second)
