"""Quotes on the real model: direct, split, inverted, colon, medium, mixed, indirect; speakers."""

from __future__ import annotations

import logging

import pytest

from tidings.extract.quote_marks import quoted_stretches
from tidings.extract.quotes import extract_quotes
from tidings.ontology.quotes import load_quote_tables
from tidings.ontology.speech import load_reporting_verbs


def _quotes(nlp, text):
    doc = nlp(text)
    quotes = extract_quotes(doc, actors=doc._.actors or [])
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return quotes


def _find(quotes, start_of_text):
    found = [q for q in quotes if q.text.startswith(start_of_text)]
    assert found, f"{start_of_text!r} not in {[q.text for q in quotes]}"
    return found[0]


def _speaker(quote):
    return quote.speaker.name if quote.speaker else None


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ('"We will not accept this," Defense Minister Boris Pistorius said on Monday.', "We will not accept this", "Boris Pistorius"),
        ("“We will not accept this,” Defense Minister Boris Pistorius said on Monday.", "We will not accept this", "Boris Pistorius"),
        ('"The door is not closed," said Defense Minister Boris Pistorius.', "The door is not closed", "Boris Pistorius"),
        (
            'Defense Minister Boris Pistorius spoke in Berlin. "We are ready. We will act," he told reporters.',
            "We are ready. We will act",
            "Boris Pistorius",
        ),
        ("CDU defence expert Henning Otte warned: “This is a dangerous gap for Europe.”", "This is a dangerous gap", "Henning Otte"),
        (
            '"Europe must grow up," Chancellor Friedrich Merz said in comments to Der Spiegel.',
            "Europe must grow up",
            "Friedrich Merz",
        ),
        ('"We stand with our allies," Foreign Minister Annalena Baerbock wrote on X.', "We stand with our allies", "Annalena Baerbock"),
    ],
)
def test_quotes_direct_with_speaker(nlp, text, quote, speaker):
    found = _find(_quotes(nlp, text), quote)
    assert found.kind == "direct"
    assert _speaker(found) == speaker
    assert found.cue is not None


def test_quotes_split_by_cue_are_two_with_one_speaker(nlp):
    text = "Defense Minister Boris Pistorius visited the troops. “We are growing up,” he said, “and we are building an army.”"
    quotes = _quotes(nlp, text)
    first, second = _find(quotes, "We are growing up"), _find(quotes, "and we are building")
    assert first.kind == second.kind == "direct"
    assert _speaker(first) == _speaker(second) == "Boris Pistorius"


def test_quotes_pronoun_speaker_is_the_earlier_subject(nlp):
    text = (
        "President Volodymyr Zelensky urged Western allies to speed up deliveries of Patriot systems. "
        '"Every delay is measured in lives," he said.'
    )
    assert _speaker(_find(_quotes(nlp, text), "Every delay")) == "Volodymyr Zelensky"


def test_quotes_institution_speaker(nlp):
    text = "In a statement, the US embassy in Baghdad said Washington was ready to help Iraq."
    found = _find(_quotes(nlp, text), "Washington was ready")
    assert found.speaker is not None and "embassy" in found.speaker.name.lower()


def test_quotes_continue_in_the_same_paragraph(nlp):
    text = '"China has flooded the world with cheap steel," US Trade Representative Jamieson Greer told reporters. "This is about fairness."'
    assert _speaker(_find(_quotes(nlp, text), "This is about fairness")) == "Jamieson Greer"


@pytest.mark.parametrize(
    "text, quote, speaker",
    [
        ("CDU defence expert Henning Otte called the withdrawal “a bad signal” for Europe.", "a bad signal", "Henning Otte"),
        ("The Foreign Ministry spokesperson Lin Jian accused Washington of “weaponising trade”.", "weaponising trade", "Lin Jian"),
    ],
)
def test_quotes_mixed(nlp, text, quote, speaker):
    found = _find(_quotes(nlp, text), quote)
    assert found.kind == "mixed"
    assert _speaker(found) == speaker


@pytest.mark.parametrize(
    "text, clause, speaker",
    [
        (
            "Defense Minister Boris Pistorius declared that Germany would increase its defence budget.",
            "Germany would increase its defence budget",
            "Boris Pistorius",
        ),
        (
            "Defense Minister Boris Pistorius spoke in Berlin. The minister said the US would withdraw 5,000 troops.",
            "the US would withdraw 5,000 troops",
            "Boris Pistorius",
        ),
        ("Chancellor Friedrich Merz told reporters that the alliance was strong.", "the alliance was strong", "Friedrich Merz"),
    ],
)
def test_quotes_indirect(nlp, text, clause, speaker):
    found = _find(_quotes(nlp, text), clause)
    assert found.kind == "indirect"
    assert found.text == clause
    assert _speaker(found) == speaker


@pytest.mark.parametrize(
    "text, quote",
    [
        ('"Nobody wants this to spiral," a person familiar with the plans said.', "Nobody wants this to spiral"),
        ("Analysts said Beijing could also halt purchases of soybeans.", "Beijing could also halt purchases"),
        ('"Both armies have used every pause to rearm," a Western diplomat said.', "Both armies have used every pause"),
    ],
)
def test_quotes_unnamed_speaker_is_null(nlp, text, quote):
    assert _find(_quotes(nlp, text), quote).speaker is None


def test_quotes_sentence_index(nlp):
    text = 'The talks ended. "We are ready," Chancellor Friedrich Merz said.'
    assert _find(_quotes(nlp, text), "We are ready").sentence == 1


@pytest.mark.parametrize(
    "text",
    [
        'He said "this is not closed and nobody knows why',
        '"""""""""""',
        "“Unbalanced open quote here\n\nand a new paragraph” that closes oddly.",
        "” closing first “",
    ],
)
def test_quotes_unbalanced_marks_never_crash(nlp, text, caplog):
    with caplog.at_level(logging.INFO):
        _quotes(nlp, text)


def test_quotes_unclosed_quote_closes_at_paragraph_end(caplog):
    with caplog.at_level(logging.INFO):
        stretches = quoted_stretches('He said: "We will fight on and we will win\nNext paragraph.')
    assert [s.closed for s in stretches] == [False]
    assert "not closed" in caplog.text


def test_quotes_straight_single_quotes(nlp):
    text = "'We cannot be complacent,' Defence Secretary John Healey told the BBC. 'It's growing.'"
    found = _find(_quotes(nlp, text), "We cannot be complacent")
    assert (found.kind, _speaker(found)) == ("direct", "John Healey")


def test_quotes_reported_clause_skips_the_dateline(nlp):
    text = "LONDON (Reuters) - Britain will spend more on air defence, Defence Secretary John Healey said on Monday."
    found = _find(_quotes(nlp, text), "Britain will spend")
    assert found.kind == "indirect"


def test_quotes_apostrophes_are_not_quote_marks():
    assert quoted_stretches("Iran’s minister said the country’s position was clear.") == []
    assert quoted_stretches("The farmers' union said it's the '90s again.") == []


# Every reporting verb of ontology/data/speech/reporting_verbs.csv, in the past tense, in a
# sentence that reports a clause; tests/test_events_status.py uses the same sentences.
_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "think": "thought"}
_NEEDS_OBJECT = {"tell", "inform", "notify", "assure", "brief", "ask"}


def reporting_past(lemma: str) -> str:
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def reporting_sentence(lemma: str) -> str:
    obj = " reporters" if lemma in _NEEDS_OBJECT else ""
    return f"Defence Minister Boris Pistorius {reporting_past(lemma)}{obj} on Monday that Russian troops had attacked the Ukrainian army near Kharkiv."


REPORTING_LEMMAS = sorted(load_reporting_verbs().lemmas)


@pytest.mark.parametrize("lemma", REPORTING_LEMMAS)
def test_quotes_every_reporting_verb_is_a_cue(nlp, lemma):
    quotes = _quotes(nlp, reporting_sentence(lemma))
    clause = _find(quotes, "Russian troops had attacked")
    assert clause.kind == "indirect" and clause.cue == reporting_past(lemma)
    assert _speaker(clause) == "Boris Pistorius"


def test_quotes_cue_verbs_are_the_reporting_verbs():
    assert load_quote_tables().cue_verbs == load_reporting_verbs().lemmas
