"""Quantities on the real model: every form listed in issue 4 and what is not a quantity."""

from __future__ import annotations

import pytest

from tidings.extract.quantities import extract_quantities


def _quantities(nlp, text):
    return extract_quantities(nlp(text))


def _only(nlp, text, span):
    found = [q for q in _quantities(nlp, text) if q.text == span]
    assert found, f"{span!r} not found in {[q.text for q in _quantities(nlp, text)]}"
    quantity = found[0]
    assert text[quantity.start : quantity.end] == quantity.text
    return quantity


@pytest.mark.parametrize(
    "text, span, value, about",
    [
        ("The US will withdraw 5,000 US troops from Germany.", "5,000", 5000, "troops"),
        ("Russia launched 12 drones overnight.", "12", 12, "drones"),
        ("Five thousand soldiers crossed the border.", "Five thousand", 5000, "soldiers"),
        ("Rebels released a dozen hostages on Friday.", "a dozen", 12, "hostages"),
        ("China placed orders for two dozen Boeing jets.", "two dozen", 24, "Boeing jets"),
        ("Two truces collapsed within days.", "Two", 2, "truces"),
        ("One hundred and fifty people were arrested.", "One hundred and fifty", 150, "people"),
        ("The army moved twenty-five tanks north.", "twenty-five", 25, "tanks"),
        ("The army ordered 3m rounds of ammunition.", "3m", 3e6, "rounds"),
    ],
)
def test_quantities_cardinal_with_counted_noun(nlp, text, span, value, about):
    quantity = _only(nlp, text, span)
    assert quantity.value == value
    assert quantity.about == about
    assert quantity.unit is None


@pytest.mark.parametrize(
    "text, span, value, low, high",
    [
        ("Almost 40,000 people fled the city.", "Almost 40,000", 40000, None, None),
        ("Some 300 protesters gathered outside.", "Some 300", 300, None, None),
        ("Russia fired thousands of drones at Kyiv.", "thousands", 2000, 2000, 9000),
        ("Tens of thousands of people marched.", "Tens of thousands", 20000, 20000, 90000),
        ("Several hundred people gathered outside the embassy.", "Several hundred", 300, 200, 900),
        ("The fighting killed at least 14 civilians.", "at least 14", 14, 14, None),
        ("The war has killed more than 150,000 people.", "more than 150,000", 150000, 150000, None),
        ("Up to 2,000 troops could be deployed.", "Up to 2,000", 2000, None, 2000),
    ],
)
def test_quantities_approximation(nlp, text, span, value, low, high):
    quantity = _only(nlp, text, span)
    assert quantity.approximate
    assert (quantity.value, quantity.low, quantity.high) == (value, low, high)


def test_quantities_vague_money_scale(nlp):
    quantity = _only(nlp, "Sanctions could target several hundred million euros in assets.", "several hundred million euros")
    assert (quantity.value, quantity.unit, quantity.approximate) == (300_000_000, "EUR", True)


@pytest.mark.parametrize(
    "text, span, value, low, high, unit",
    [
        ("Prices were between 10 and 20 percent below market.", "between 10 and 20 percent", 15, 10, 20, "percent"),
        ("Between 200,000 and 250,000 civilians remain.", "Between 200,000 and 250,000", 225000, 200000, 250000, None),
        ("Officials expect 10 to 20 people to be released.", "10 to 20", 15, 10, 20, None),
        ("The fund will need between 2 and 3 million euros.", "between 2 and 3 million euros", 2_500_000, 2_000_000, 3_000_000, "EUR"),
    ],
)
def test_quantities_range(nlp, text, span, value, low, high, unit):
    quantity = _only(nlp, text, span)
    assert (quantity.value, quantity.low, quantity.high, quantity.unit) == (value, low, high, unit)


@pytest.mark.parametrize(
    "text, span, value, previous, unit",
    [
        ("Washington raised tariffs from 15 to 25 percent.", "from 15 to 25 percent", 25, 15, "percent"),
        ("Hunger has risen from 18 million to almost 25 million people.", "from 18 million to almost 25 million", 25e6, 18e6, None),
        ("The central bank cut rates to 4% from 4.5%.", "to 4% from 4.5%", 4, 4.5, "percent"),
    ],
)
def test_quantities_change(nlp, text, span, value, previous, unit):
    quantity = _only(nlp, text, span)
    assert (quantity.value, quantity.previous, quantity.unit) == (value, previous, unit)


@pytest.mark.parametrize(
    "text, span, value, unit",
    [
        ("The EU pledged €2.5 billion in aid.", "€2.5 billion", 2.5e9, "EUR"),
        ("Oil traded at $84.50 a barrel.", "$84.50", 84.5, "USD"),
        ("The union approved 300 million euros for Ukraine.", "300 million euros", 3e8, "EUR"),
        ("Imports worth about $18 billion are affected.", "about $18 billion", 18e9, "USD"),
        ("The deal is worth £3m to the club.", "£3m", 3e6, "GBP"),
        ("Beijing spent $18bn on chips.", "$18bn", 18e9, "USD"),
        ("The bank lent US$500 million to Kenya.", "US$500 million", 5e8, "USD"),
        ("Japan pledged 1.5 trillion yen for defence.", "1.5 trillion yen", 1.5e12, "JPY"),
    ],
)
def test_quantities_money(nlp, text, span, value, unit):
    quantity = _only(nlp, text, span)
    assert (quantity.value, quantity.unit) == (value, unit)
    assert quantity.about is None


@pytest.mark.parametrize(
    "text, span, value, unit, about",
    [
        ("Shares fell 3.4 percent in Shenzhen.", "3.4 percent", 3.4, "percent", None),
        ("Inflation reached 7.1% in March.", "7.1%", 7.1, "percent", None),
        ("Spending rose roughly 40pc on last year.", "roughly 40pc", 40, "percent", None),
        ("Support fell by two percentage points.", "two percentage points", 2, "percentage points", None),
        ("Heavy weapons must be pulled back at least 10 km from the line.", "at least 10 km", 10, "km", None),
        ("The convoy carried 900 tonnes of flour.", "900 tonnes", 900, "tonnes", "flour"),
        ("China bought 24 million tonnes of US soybeans.", "24 million tonnes", 24e6, "tonnes", "soybeans"),
        ("Police seized 40 kilograms of cocaine.", "40 kilograms", 40, "kg", "cocaine"),
        ("The ship sailed 200 nautical miles south.", "200 nautical miles", 200, "nautical miles", None),
        ("They agreed to extend the truce for another six months.", "six months", 6, "months", None),
        ("Police dispersed the crowd after about an hour.", "about an hour", 1, "hours", None),
        ("The value has been cut by more than half.", "more than half", 50, "percent", None),
    ],
)
def test_quantities_units(nlp, text, span, value, unit, about):
    quantity = _only(nlp, text, span)
    assert (quantity.value, quantity.unit, quantity.about) == (value, unit, about)


@pytest.mark.parametrize(
    "text",
    [
        "The war began in April 2023 and escalated in 2024.",
        "The truce takes effect at 6 a.m. on June 1.",
        "The Security Council adopted Resolution 2231 at the G7 summit.",
        "It was the first meeting this year and the second in May.",
        "The benchmark CSI 300 index closed lower.",
        "One diplomat said the talks were tense.",
        "The two sides met in Geneva.",
        "Two-way trade has grown.",
        "Protesters gathered outside Air Base 101 on Saturday.",
        "He said one of them had left.",
        "SINGAPORE, 2026-05-13 — Talks resumed.",
        "The attack happened two years ago.",
        "The court issued a 5-4 ruling and Chelsea won 2-1.",
        "The prime minister returned to No. 10 on Friday.",
    ],
)
def test_quantities_not_quantities(nlp, text):
    assert _quantities(nlp, text) == []


def test_quantities_offsets_match_text(nlp):
    text = "Some 5,000 troops and €2.5 billion, between 10 and 20 percent, from 15 to 25 percent."
    for quantity in _quantities(nlp, text):
        assert text[quantity.start : quantity.end] == quantity.text
