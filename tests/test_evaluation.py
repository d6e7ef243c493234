import pytest

from factories import make_document
from tidings.evaluation.annotations import AnchorErrors, locate
from tidings.evaluation.matching import Counts, greedy_match
from tidings.evaluation.metrics import evaluate, km_between, speaker_matches
from tidings.models import Actor


def _gold(doc, **event):
    trigger = doc.events[0].trigger
    base = {"type": "SANCTION", "source": ["DEU"], "target": ["BRA"], "status": "asserted",
            "trigger": {"text": trigger.text, "start": trigger.start, "end": trigger.end}}
    base.update(event)
    return {"id": doc.id, "text": doc.text, "events": [base],
            "quotes": [{"text": "It is fair.", "start": doc.quotes[0].start, "end": doc.quotes[0].end,
                        "kind": "direct", "speaker": "Angela Merkel"}]}


def test_evaluation_perfect_prediction_scores_one():
    doc = make_document()
    report = evaluate([_gold(doc)], {doc.id: doc})
    assert report.events.f1 == 1.0 and report.events_dyad.f1 == 1.0
    assert report.quote_speaker.value == 1.0 and report.quotes.f1 == 1.0


@pytest.mark.parametrize(
    "change, type_f1, dyad_f1",
    [
        ({"type": "AID"}, 0.0, 0.0),
        ({"target": ["FRA"]}, 1.0, 0.0),
        ({"source": ["DEU", "FRA"]}, 1.0, 0.0),
        ({"status": "reported"}, 1.0, 1.0),
    ],
)
def test_evaluation_event_matching_needs_type_and_codes(change, type_f1, dyad_f1):
    doc = make_document()
    report = evaluate([_gold(doc, **change)], {doc.id: doc})
    assert report.events.f1 == type_f1
    assert report.events_dyad.f1 == dyad_f1


def test_evaluation_event_in_another_sentence_does_not_match():
    doc = make_document()
    gold = _gold(doc, trigger={"text": "said", "start": doc.text.index("said"), "end": doc.text.index("said") + 4})
    report = evaluate([gold], {doc.id: doc})
    assert (report.events.tp, report.events.fp, report.events.fn) == (0, 1, 1)


@pytest.mark.parametrize(
    "gold, name, ok",
    [
        ("Angela Merkel", "Angela Merkel", True),
        ("Angela Merkel", "Merkel", True),
        ("Boris Pistorius", "Angela Merkel", False),
        (None, None, True),
        (None, "Angela Merkel", False),
        ("Angela Merkel", None, False),
    ],
)
def test_evaluation_speaker_matching(gold, name, ok):
    speaker = Actor(text="x", start=0, end=1, name=name, kind="person") if name else None
    assert speaker_matches(gold, speaker) is ok


def test_evaluation_greedy_match_pairs_each_item_once():
    result = greedy_match([1, 2], [2, 1, 3], lambda g, p: 1.0 if g == p else None)
    assert sorted(result.pairs) == [(1, 1), (2, 2)] and result.spurious == [3] and result.missed == []


def test_evaluation_counts_handle_zero():
    assert Counts().f1 == 0.0 and Counts(tp=1, fp=1, fn=0).precision == 0.5


def test_evaluation_km_between_berlin_and_potsdam():
    assert 25 < km_between(52.52, 13.405, 52.39, 13.065) < 30


@pytest.mark.parametrize(
    "span, within, ok",
    [("troops", None, True), ("the", None, False), ("the", "the US would", True), ("tanks", None, False)],
)
def test_annotations_anchor_must_be_unique(span, within, ok):
    text = "the US would withdraw troops from the base"
    errors = AnchorErrors()
    assert (locate(text, span, within, where="t", errors=errors) is not None) is ok
    assert bool(errors.messages) is not ok


@pytest.mark.parametrize(
    "change, kinds",
    [
        ({}, []),
        ({"target": ["FRA"]}, ["dyad"]),
        ({"type": "AID"}, ["missed", "spurious"]),
    ],
)
def test_evaluation_failures_lists_event_errors(change, kinds):
    from tidings.evaluation.failures import event_errors

    doc = make_document()
    assert [e.kind for e in event_errors(_gold(doc, **change), doc)] == kinds


@pytest.mark.parametrize(
    "skip, kept",
    [
        ([], ["w-a-01", "w-c-01", "w-c-02", "s-01"]),
        (["w-c-"], ["w-a-01", "s-01"]),
        (["w-c-", "s-"], ["w-a-01"]),
        (["w-c-01"], ["w-a-01", "w-c-02", "s-01"]),
    ],
)
def test_evaluation_failures_keep_skipped_batches_unread(skip, kept):
    from tidings.evaluation.failures import unread

    records = [{"id": i} for i in ("w-a-01", "w-c-01", "w-c-02", "s-01")]
    assert [r["id"] for r in unread(records, skip)] == kept


@pytest.mark.parametrize(
    "change, missed, dyad, spurious",
    [
        ({}, {}, {}, {}),
        ({"target": ["FRA"]}, {}, {("ok", "wrong (not in sentence)"): 1}, {}),
        ({"target": []}, {}, {("ok", "extra"): 1}, {}),
        ({"source": ["DEU", "BRA"]}, {}, {("partial", "ok"): 1}, {}),
        ({"source": ["BRA"], "target": ["DEU"]}, {}, {("swapped",): 1}, {}),
        ({"type": "AID"}, {"another type at the trigger": 1}, {}, {"another type at a gold trigger": 1}),
    ],
)
def test_evaluation_kinds_count_each_error_once(change, missed, dyad, spurious):
    from tidings.evaluation.kinds import error_kinds

    doc = make_document()
    kinds = error_kinds([_gold(doc, **change)], {doc.id: doc})
    assert (dict(kinds.missed), dict(kinds.dyad), dict(kinds.spurious)) == (missed, dyad, spurious)


def test_evaluation_kinds_tell_a_lost_second_event_from_an_empty_sentence():
    from tidings.evaluation.kinds import error_kinds

    doc = make_document()
    second = {"type": "ACCUSE", "source": ["DEU"], "target": [], "status": "asserted",
              "trigger": {"text": "said", "start": doc.text.index("said"), "end": doc.text.index("said") + 4}}
    other = {"type": "SANCTION", "source": ["DEU"], "target": ["BRA"], "status": "asserted",
             "trigger": {"text": "on", "start": doc.text.index(" on ") + 1, "end": doc.text.index(" on ") + 3}}
    record = {"id": doc.id, "text": doc.text, "events": [_gold(doc)["events"][0], other, second]}
    kinds = error_kinds([record], {doc.id: doc})
    assert dict(kinds.missed) == {"other events in the sentence, none at the trigger": 1, "no event in the sentence": 1}


@pytest.mark.parametrize(
    "gold, predicted, present, kind",
    [
        ({"DEU"}, {"DEU"}, set(), "ok"),
        ({"DEU"}, set(), {"DEU"}, "missing"),
        ({"DEU"}, set(), set(), "missing (not in sentence)"),
        (set(), {"DEU"}, {"DEU"}, "extra"),
        ({"DEU"}, {"FRA"}, {"DEU", "FRA"}, "wrong"),
        ({"DEU", "FRA"}, {"FRA"}, {"DEU", "FRA"}, "partial"),
    ],
)
def test_evaluation_kinds_side(gold, predicted, present, kind):
    from tidings.evaluation.kinds import side_kind

    assert side_kind(frozenset(gold), frozenset(predicted), frozenset(present)) == kind
