"""Relative dates resolved against fixed publication dates; the date tables; date phrases."""

from importlib import resources

import pytest

from tidings.extract.dates import anchored_offset, date_phrase, resolve_date, shift_date, when_antecedent
from tidings.ontology.dates import load_date_tables

MONDAY = "2026-05-04"
TUESDAY = "2026-05-12"


@pytest.mark.parametrize(
    "text, published, future, expected",
    [
        ("on Sunday", MONDAY, False, "2026-05-03"),
        ("on Monday", MONDAY, False, "2026-05-04"),
        ("on Monday", MONDAY, True, "2026-05-11"),
        ("last Monday", MONDAY, False, "2026-04-27"),
        ("next Monday", MONDAY, False, "2026-05-11"),
        ("on Friday", MONDAY, False, "2026-05-01"),
        ("Friday", MONDAY, True, "2026-05-08"),
        ("late on Saturday", MONDAY, False, "2026-05-02"),
        ("Saturday morning", MONDAY, False, "2026-05-02"),
        ("on Tuesday", TUESDAY, False, "2026-05-12"),
        ("on Wednesday", TUESDAY, True, "2026-05-13"),
        ("on Wednesday", TUESDAY, False, "2026-05-06"),
        ("On May 1", MONDAY, False, "2026-05-01"),
        ("May 1", MONDAY, True, "2027-05-01"),
        ("June 1", TUESDAY, True, "2026-06-01"),
        ("1 June", TUESDAY, True, "2026-06-01"),
        ("May 20, 2025", MONDAY, False, "2025-05-20"),
        ("at the end of April", MONDAY, False, "2026-04"),
        ("the end of January", TUESDAY, False, "2026-01"),
        ("in December", MONDAY, False, "2025-12"),
        ("in December", MONDAY, True, "2026-12"),
        ("in October 2025", MONDAY, False, "2025-10"),
        ("March", TUESDAY, False, "2026-03"),
        ("last week", TUESDAY, False, "2026-05"),
        ("last week", MONDAY, False, "2026-04"),
        ("next week", MONDAY, True, "2026-05"),
        ("yesterday", MONDAY, False, "2026-05-03"),
        ("today", MONDAY, False, "2026-05-04"),
        ("tomorrow", MONDAY, True, "2026-05-05"),
        ("earlier this month", MONDAY, False, "2026-05"),
        ("last month", TUESDAY, False, "2026-04"),
        ("last month", "2026-01-15", False, "2025-12"),
        ("next month", "2026-12-15", True, "2027-01"),
        ("last year", MONDAY, False, "2025"),
        ("earlier this year", MONDAY, False, "2026"),
        ("in 2024", MONDAY, False, "2024"),
        ("two days ago", MONDAY, False, "2026-05-02"),
        ("three months ago", MONDAY, False, "2026-02"),
        ("2026-04-30", MONDAY, False, "2026-04-30"),
        ("Sunday evening", MONDAY, False, "2026-05-03"),
        ("Thursday night", TUESDAY, False, "2026-05-07"),
        ("Tuesday morning", MONDAY, True, "2026-05-05"),
        ("previous Friday", TUESDAY, False, "2026-05-08"),
        ("this coming Friday", MONDAY, False, "2026-05-08"),
        ("a couple of days ago", TUESDAY, False, "2026-05-10"),
        ("twelve years ago", MONDAY, False, "2014"),
        ("the day after tomorrow", MONDAY, True, "2026-05-06"),
        ("the day before yesterday", TUESDAY, False, "2026-05-10"),
        ("Sept. 3", MONDAY, False, "2025-09-03"),
        ("3rd of Feb 2026", MONDAY, False, "2026-02-03"),
        ("late Nov", TUESDAY, False, "2025-11"),
        ("the weekend", TUESDAY, False, "2026-05"),
        ("later this year", MONDAY, True, "2026"),
        ("last autumn", "2026-03-12", False, "2025"),
        ("last summer", "2026-11-02", False, "2026"),
        ("next spring", MONDAY, True, "2027"),
        ("the summer of 2025", MONDAY, False, "2025"),
    ],
)
def test_dates_resolve_relative_to_publication(text, published, future, expected):
    assert resolve_date(text, published=published, future=future) == expected


@pytest.mark.parametrize("text", ["overnight", "recently", "for decades", ""])
def test_dates_unplaceable_expressions_give_none(text):
    assert resolve_date(text, published=MONDAY) is None


def test_dates_past_weekday_never_after_publication():
    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        assert resolve_date(f"on {day}", published=MONDAY, future=False) <= MONDAY


def test_dates_without_publication_only_absolute():
    assert resolve_date("on Sunday", published=None) is None
    assert resolve_date("May 20, 2025", published=None) == "2025-05-20"


@pytest.mark.parametrize("text", ["it may rain", "we will mar the day", "the mayor"])
def test_dates_ordinary_words_are_no_months(text):
    assert resolve_date(text, published=MONDAY) is None


@pytest.mark.parametrize("published", ["2026-01-01", "2026-03-31", "2026-12-31", "2024-02-29"])
@pytest.mark.parametrize("day", ["Monday", "Wednesday", "Sunday", "last Friday", "Saturday night"])
def test_dates_past_weekday_within_a_week_before_publication(published, day):
    from datetime import date

    pub, got = date.fromisoformat(published), date.fromisoformat(resolve_date(day, published=published))
    assert 0 <= (pub - got).days <= 7


def test_dates_tables_cover_every_month_and_weekday():
    tables = load_date_tables()
    assert set(tables.months.values()) == set(range(1, 13))
    assert set(tables.weekdays.values()) == set(range(7))
    assert tables.framed_months <= set(tables.months)
    assert {"may"} <= tables.framed_months


def test_dates_every_data_file_is_in_the_readme():
    folder = resources.files("tidings.ontology").joinpath("data", "dates")
    readme = folder.joinpath("README.md").read_text(encoding="utf-8")
    for item in folder.iterdir():
        if item.name.endswith(".csv"):
            assert f"`{item.name}`" in readme, item.name


@pytest.mark.parametrize(
    "text, phrase, head",
    [
        ("Pistorius spoke with Hegseth by telephone on Sunday evening.", "Sunday evening", "evening"),
        ("On Saturday night, Polish air defences shot down two drones.", "Saturday night", "night"),
        ("The truce would take effect on Tuesday morning.", "Tuesday morning", "morning"),
        ("Russia shelled Kharkiv on Monday.", "Monday", "Monday"),
    ],
)
def test_dates_phrase_joins_a_weekday_to_its_part_of_day(nlp, text, phrase, head):
    doc = nlp(text)
    ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    found = [date_phrase(e) for e in ents]
    assert (doc[found[0][0].i].text, found[0][1]) == (head, phrase), [(e.text, e.label_) for e in ents]


@pytest.mark.parametrize(
    "text, expression, verb, days",
    [
        ("The ministers held talks on Tuesday, a week after Tehran curbed the access of inspectors.", "a week", "curbed", -7),
        ("Greer held a phone call on Wednesday, a day after Washington raised duties on steel.", "a day", "raised", -1),
        ("Seoul lodged a protest on Tuesday, and the navy staged a drill near the islets the following day.", "the following day", "staged", 1),
        ("The army shelled the town the next day.", "the next day", "shelled", 1),
        ("Police detained the organisers on Friday, two days before the protest began.", "two days", "began", 2),
    ],
)
def test_dates_anchored_offset_dates_a_clause_from_the_one_above(nlp, text, expression, verb, days):
    doc = nlp(text)
    ent = next(e for e in doc.ents if e.text == expression)
    found = anchored_offset(ent)
    assert found is not None and (found[0].text, found[1]) == (verb, days)


@pytest.mark.parametrize("text", ["Russia shelled Kharkiv on Monday.", "Russia shelled Kharkiv two days ago."])
def test_dates_anchored_offset_ignores_dates_of_publication(nlp, text):
    doc = nlp(text)
    assert all(anchored_offset(e) is None for e in doc.ents if e.label_ == "DATE")


@pytest.mark.parametrize("text", ["the following day", "The next day", "the same day"])
def test_dates_anchored_expressions_are_not_resolved_from_publication(text):
    assert resolve_date(text, published=MONDAY) is None


@pytest.mark.parametrize(
    "value, days, expected",
    [("2026-03-10", -7, "2026-03-03"), ("2026-03-01", -1, "2026-02-28"), ("2026-05", 1, "2026-05"), ("2026", -7, "2026")],
)
def test_dates_shift_keeps_the_precision(value, days, expected):
    assert shift_date(value, days) == expected


@pytest.mark.parametrize(
    "text, verb, expression",
    [
        ("The two ministers last met in Geneva in March, when they agreed to extend the truce.", "agreed", "March"),
        ("The drills were the largest since December, when China held exercises near Taiwan.", "held", "December"),
        ("The fighting began on Friday, when troops shelled villages near the border.", "shelled", "Friday"),
        ("Troops shelled villages near the border when the talks collapsed.", "collapsed", None),
    ],
)
def test_dates_when_clause_takes_the_date_it_elaborates(nlp, text, verb, expression):
    doc = nlp(text)
    ents = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
    found = when_antecedent(next(t for t in doc if t.text == verb), ents)
    assert (found.text if found is not None else None) == expression
