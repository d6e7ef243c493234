"""Paragraphs: blank lines separate them in plain text (hard-wrapped lines stay one paragraph);
in text with no blank line at all, as HTML extraction gives, every line is one."""

import pytest

from tidings.nlp.sentences import paragraph_index, paragraph_starts


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("One.\n\nTwo.\n \nThree.", [0, 6, 13]),
        ("Title\n\nKYIV — One wrapped\nline goes on.\n\nTwo.", [0, 7, 41]),
        ("Title\nFirst paragraph.\nSecond paragraph.", [0, 6, 23]),
        ("A single paragraph.", [0]),
    ],
    ids=["blank-lines", "hard-wrapped", "one-per-line", "no-break"],
)
def test_paragraphs_start_after_breaks(text, starts):
    assert paragraph_starts(text) == starts


@pytest.mark.parametrize(("char", "index"), [(0, 0), (5, 0), (6, 1), (12, 1), (13, 2), (99, 2)])
def test_paragraphs_index_of_a_character(char, index):
    assert paragraph_index([0, 6, 13], char) == index
