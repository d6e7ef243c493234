"""The sentence sets convert cleanly: the development set (examples/sentences/*.yaml →
examples/sentences.jsonl), the blind held-out check set (examples/checks/*.yaml →
examples/checks.jsonl) and the second development set (examples/wire/*.yaml → examples/wire.jsonl).

Not a test of scores: every trigger is found in its sentence, every type, status and actor code
is known, and the committed JSONL is the conversion of the YAML files.
"""

from collections import Counter

import pytest

from paths import EXAMPLES
from tidings.evaluation.annotations import AnchorErrors, dumps_gold, locate
from tidings.evaluation.metrics import load_gold
from tidings.evaluation.sentences import build_checks, build_sentence, build_sentences, build_wire, event_types, known_codes

RECORDS, ERRORS = build_sentences(EXAMPLES)
CHECKS, CHECK_ERRORS = build_checks(EXAMPLES)
WIRE, WIRE_ERRORS = build_wire(EXAMPLES)


def test_sentences_set_converts_without_errors():
    assert ERRORS == []
    assert dumps_gold(RECORDS) == (EXAMPLES / "sentences.jsonl").read_text(encoding="utf-8"), (
        "run: python -m tidings.evaluation.annotations examples --sentences"
    )


def test_sentences_set_triggers_sit_in_their_sentence():
    for record in load_gold(EXAMPLES / "sentences.jsonl"):
        for event in record["events"]:
            trigger = event["trigger"]
            assert record["text"][trigger["start"]:trigger["end"]] == trigger["text"], record["id"]


def test_sentences_set_covers_every_type_and_non_events():
    per_type = Counter(e["type"] for r in RECORDS for e in r["events"])
    assert set(per_type) == event_types()
    assert min(per_type.values()) >= 10, per_type
    assert sum(1 for r in RECORDS if not r["events"]) >= 25


@pytest.mark.parametrize(
    "event, message",
    [
        ({"type": "ASSAULT", "trigger": "struck", "occurrence": 1, "source": ["RUS"], "target": ["UKR"]}, None),
        ({"type": "ATTACK", "trigger": "struck", "source": ["RUS"]}, "unknown type"),
        ({"type": "ASSAULT", "trigger": "struck", "source": ["RUSSIA"]}, "unknown source code"),
        ({"type": "ASSAULT", "trigger": "struck", "target": ["UKR"], "status": "done"}, "unknown status"),
        ({"type": "ASSAULT", "trigger": "strike", "source": ["RUS"]}, "not found"),
        ({"type": "ASSAULT", "trigger": "struck", "occurrence": 3}, "no occurrence 3"),
    ],
)
def test_sentences_set_rejects_bad_gold(event, message):
    errors = AnchorErrors()
    entry = {"text": "Russian drones struck Kyiv and struck Odesa.", "events": [event]}
    record = build_sentence(entry, sid="t", file="t.yaml", published="2026-01-01", errors=errors,
                            codes=known_codes(), types=event_types())
    if message is None:
        assert errors.messages == [] and record["events"][0]["trigger"]["start"] == 15
    else:
        assert any(message in m for m in errors.messages), errors.messages


@pytest.mark.parametrize(
    "span, occurrence, whole_words, start",
    [("struck", 2, False, 31), ("struck", None, False, None), ("strike", None, True, None), ("Kyiv", None, True, 22)],
)
def test_sentences_set_locate_occurrence_and_whole_words(span, occurrence, whole_words, start):
    text = "Russian drones struck Kyiv and struck Odesa."
    errors = AnchorErrors()
    found = locate(text, span, None, where="t", errors=errors, occurrence=occurrence, whole_words=whole_words)
    assert (found[0] if found else None) == start


def test_sentences_set_checks_convert_without_errors():
    assert CHECK_ERRORS == []
    assert dumps_gold(CHECKS) == (EXAMPLES / "checks.jsonl").read_text(encoding="utf-8"), (
        "run: python -m tidings.evaluation.annotations examples --checks"
    )


def test_sentences_set_checks_triggers_sit_in_their_sentence():
    for record in load_gold(EXAMPLES / "checks.jsonl"):
        assert record["id"].startswith("c-"), record["id"]
        for event in record["events"]:
            trigger = event["trigger"]
            assert record["text"][trigger["start"]:trigger["end"]] == trigger["text"], record["id"]


def test_sentences_set_checks_cover_every_type_and_non_events():
    per_type = Counter(e["type"] for r in CHECKS for e in r["events"])
    assert set(per_type) == event_types()
    assert min(per_type.values()) >= 10, per_type
    assert sum(1 for r in CHECKS if not r["events"]) >= 25


def test_sentences_set_checks_share_no_sentence_with_the_development_set():
    assert not {r["text"] for r in CHECKS} & {r["text"] for r in RECORDS}


def test_sentences_set_wire_converts_without_errors():
    assert WIRE_ERRORS == []
    assert dumps_gold(WIRE) == (EXAMPLES / "wire.jsonl").read_text(encoding="utf-8"), (
        "run: python -m tidings.evaluation.annotations examples --wire"
    )


def test_sentences_set_wire_covers_every_type_and_shares_no_sentence():
    per_type = Counter(e["type"] for r in WIRE for e in r["events"])
    assert set(per_type) == event_types()
    assert min(per_type.values()) >= 10, per_type
    assert sum(1 for r in WIRE if not r["events"]) >= 20
    assert not {r["text"] for r in WIRE} & ({r["text"] for r in RECORDS} | {r["text"] for r in CHECKS})


@pytest.mark.parametrize(
    "date, ok",
    [("2026-05-03", True), ("2026-05", True), ("2026", True), ("May 3", False), ("2026-5-3", False)],
)
def test_sentences_set_checks_refuse_bad_event_dates(tmp_path, date, ok):
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "t.yaml").write_text(
        "sentences:\n  - text: Russian drones struck Kyiv.\n    published: 2026-05-04\n    events:\n"
        f"      - {{type: ASSAULT, trigger: struck, source: [RUS], target: [UKR], date: '{date}'}}\n",
        encoding="utf-8",
    )
    records, errors = build_checks(tmp_path)
    assert records[0]["id"] == "c-t-01"
    assert (errors == []) is ok, errors
