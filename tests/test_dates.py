"""Relative dates resolved against fixed publication dates."""

import pytest

from tidings.extract.dates import resolve_date

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
