"""Property tests over the extractors: any Unicode text gives a valid Document.

For arbitrary text (and for news-like text salted with odd characters): no exception, every
offset inside the text with ``text[start:end] == span.text`` for every actor, event trigger and
argument, quote, quantity and place, sentence indexes in range, and the output valid against
docs/schema.json. ``make test`` runs a few dozen examples (derandomized); ``make fuzz`` runs
thousands (fuzz/run.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tidings.config import Settings
from tidings.ingest.text import normalize
from tidings.models import Article, Document, Span
from tidings.nlp.run import process

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "docs" / "schema.json").read_text(encoding="utf-8"))
ACCEPT_ALL = Settings(languages=(), max_seconds=120)
CI = settings(max_examples=40, deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# News-like building blocks, so the extractors get past their first checks; mixed with odd characters.
WORDS = [
    "Germany", "Russia", "NATO", "the United Nations", "President", "Defense Minister Boris Pistorius", "Pistorius",
    "said", "told", "accused", "attacked", "agreed", "sanctions", "troops", "withdraw", "protested", "met", "in",
    "Kyiv", "Berlin", "the Strait of Hormuz", "on Monday", "4 May 2026", "from 15 to 25 percent", "$3.5 billion",
    "1,200", "two", "dozens of", "he", "she", "they", "would", "not", "will", "threatened", "to", "and", "the", ".",
    ",", '"', "“", "”", "'", "—", "-", "(", ")", ":", ";", "\n", "\n\n", "?", "!", "%", "€", "km",
]
ODD = st.sampled_from(["\u200b", "\u202e", "\ufeff", "\u00a0", "\t", "🙂", "👨‍👩‍👧", "e\u0301", "ﬁ", "Ⅻ", "٣", "\u2028", "\x85",
                       "\ud7ff", "\U0010fffd", "İ", "ß", "Σ", "\x00", "\r", "<b>", "&amp;"])
NEWSY = st.lists(st.one_of(st.sampled_from(WORDS), ODD, st.text(max_size=6)), max_size=80).map(" ".join)
ANY_TEXT = st.text(max_size=400)


def _spans(doc: Document):
    """Every (where, span) in the Document that must point into its text."""
    for i, actor in enumerate(doc.actors):
        yield f"actors[{i}]", actor
    for i, place in enumerate(doc.places):
        yield f"places[{i}]", place
    for i, quantity in enumerate(doc.quantities):
        yield f"quantities[{i}]", quantity
    for i, quote in enumerate(doc.quotes):
        yield f"quotes[{i}]", quote
        if quote.speaker:
            yield f"quotes[{i}].speaker", quote.speaker
    for i, event in enumerate(doc.events):
        yield f"events[{i}].trigger", event.trigger
        for side in ("source", "target"):
            for j, actor in enumerate(getattr(event, side)):
                yield f"events[{i}].{side}[{j}]", actor
        for j, quantity in enumerate(event.quantities):
            yield f"events[{i}].quantities[{j}]", quantity
        for name in ("location", "attributed_to"):
            if getattr(event, name) is not None:
                yield f"events[{i}].{name}", getattr(event, name)


def check_document(doc: Document, text: str) -> None:
    assert doc.text == text
    for where, span in _spans(doc):
        assert isinstance(span, Span)
        assert 0 <= span.start <= span.end <= len(text), (where, span)
        assert text[span.start : span.end] == span.text, (where, span)
    for sentence in doc.sentences:
        assert 0 <= sentence.start <= sentence.end <= len(text)
    for item in doc.events + doc.quotes:
        assert 0 <= item.sentence < max(1, len(doc.sentences)), item
    jsonschema.validate(doc.model_dump(mode="json"), SCHEMA)


def extract_checked(nlp, text: str) -> Document:
    [result] = list(process([Article(id="p", text=text)], nlp, ACCEPT_ALL))
    assert isinstance(result, Document), result.reason
    check_document(result, text)
    return result


@CI
@given(text=ANY_TEXT)
def test_properties_any_unicode_text_gives_a_valid_document(nlp, text):
    extract_checked(nlp, text)


@CI
@given(text=NEWSY)
def test_properties_newsy_text_gives_valid_offsets(nlp, text):
    extract_checked(nlp, text)


@CI
@given(text=NEWSY)
def test_properties_normalized_text_is_a_fixed_point(nlp, text):
    clean = normalize(text)
    assert normalize(clean) == clean
    extract_checked(nlp, clean)


@pytest.mark.parametrize("text", ["", " ", "\n\n", ".", '"', "“", "1", "\x00", "\ufeff", "a" * 5000, "Germany. " * 300])
def test_properties_edge_texts_give_valid_documents(nlp, text):
    extract_checked(nlp, text)
