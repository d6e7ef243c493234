"""tidings_attributes: the model's attribute ruler matched faster, with the same annotations."""

from __future__ import annotations

import numpy
import pytest
import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

from tidings.config import Settings
from tidings.nlp.attributes import FastAttributes

ANNOTATIONS = [POS, TAG, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def parsed():
    """The model up to its attribute ruler, and the ruler."""
    model = spacy.load(Settings().model)
    names = model.pipe_names
    before = names[: names.index("attribute_ruler")]

    def parse(text: str):
        with model.select_pipes(enable=before):
            return model(text)

    return parse, model.get_pipe("attribute_ruler")


@pytest.mark.parametrize("text", [
    "The coastguard towed the trawler back to port on Thursday, officials said.",
    "There were protests outside the embassy, and there's talk of more.",
    "Y'all ain't seen nothing yet, he said; they're gonna let us go, so c'mon.",
    "We gotta leave. Let's go.  She gets it and he got it too.",
    "Prices rose 3.5 % in May \n\n  while the minister's aides said  that  it was 'temporary'.",
    "That is the plan those who wrote this did not expect: an , odd — set of tokens !",
    "",
    "   ",
])
def test_nlp_attributes_match_and_annotate_as_the_ruler(parsed, text):
    parse, ruler = parsed
    fast = FastAttributes(ruler)
    doc = parse(text)
    assert fast.match(doc) == ruler.match(doc)
    by_ruler, by_fast = ruler(doc.copy()), fast(doc.copy())
    assert numpy.array_equal(by_ruler.to_array(ANNOTATIONS), by_fast.to_array(ANNOTATIONS))
    assert [str(t.morph) for t in by_ruler] == [str(t.morph) for t in by_fast]


def test_nlp_attributes_take_the_rulers_place_in_the_pipeline(nlp):
    names = nlp.pipe_names
    assert "attribute_ruler" not in names
    assert names.index("parser") < names.index("tidings_attributes") < names.index("lemmatizer")
    doc = nlp("The talks collapsed and the envoys were recalled.")
    assert [(t.pos_, t.lemma_) for t in doc][:3] == [("DET", "the"), ("NOUN", "talk"), ("VERB", "collapse")]
