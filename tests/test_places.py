"""Places on the real model: locative use vs. metonymy, datelines, curated places, disambiguation."""

from __future__ import annotations

import pytest

from tidings.extract.places import extract_places
from tidings.ontology import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _places(nlp, gazetteer, text):
    places = extract_places(nlp(text), gazetteer=gazetteer)
    for place in places:
        assert text[place.start : place.end] == place.text
    return places


def _find(places, text):
    found = [p for p in places if p.text == text]
    assert found, f"{text!r} not in {[p.text for p in places]}"
    return found[0]


@pytest.mark.parametrize(
    "text, span, country, kind",
    [
        ("Ministers met in Berlin on Monday.", "Berlin", "DEU", "city"),
        ("The convoy drove to Moscow overnight.", "Moscow", "RUS", "city"),
        ("Shelling continued near Kharkiv on Sunday.", "Kharkiv", "UKR", "city"),
        ("The US will move 5,000 troops out of Germany and into Poland.", "Poland", "POL", "country"),
        ("Shares fell in Shenzhen after the announcement.", "Shenzhen", "CHN", "city"),
        ("RSF fighters shelled a camp west of El Fasher on Saturday.", "El Fasher", "SDN", "city"),
        ("Steel mills in Ohio and Pennsylvania have closed.", "Pennsylvania", "USA", "admin"),
        ("Electric vehicle shipments to the United States are small.", "United States", "USA", "country"),
    ],
)
def test_places_locative_use(nlp, gazetteer, text, span, country, kind):
    place = _find(_places(nlp, gazetteer, text), span)
    assert (place.country, place.kind) == (country, kind)
    assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    "text, name",
    [
        ("Berlin said it would respond.", "Berlin"),
        ("Washington imposed new tariffs on Chinese steel.", "Washington"),
        ("Beijing's threat carried weight.", "Beijing"),
        ("Germany agreed to the plan.", "Germany"),
        ("US troops will leave by the end of the year.", "US"),
        ("The decision was welcomed by Moscow.", "Moscow"),
        ("The European Union pledged aid to Niger.", "Niger"),
        ("The Bank of England raised rates.", "England"),
        ("Police said the crowd dispersed.", "Police"),
        ("María Corina Machado spoke in Caracas. Machado called for calm.", "Machado"),
    ],
)
def test_places_metonymy_and_names_are_not_places(nlp, gazetteer, text, name):
    assert name not in [p.text for p in _places(nlp, gazetteer, text)]


@pytest.mark.parametrize(
    "text, span, country",
    [
        ("BERLIN, 4 May 2026 — The government said on Monday that it would act.", "BERLIN", "DEU"),
        ("PORT SUDAN, 17 May 2026 — Aid agencies scrambled on Sunday.", "PORT SUDAN", "SDN"),
        ("WASHINGTON, May 12, 2026 — The United States raised tariffs.", "WASHINGTON", "USA"),
    ],
)
def test_places_dateline(nlp, gazetteer, text, span, country):
    place = _find(_places(nlp, gazetteer, text), span)
    assert (place.country, place.kind) == (country, "city")


@pytest.mark.parametrize(
    "text, span, country, kind",
    [
        ("Tankers slowed in the Strait of Hormuz.", "Strait of Hormuz", None, "water"),
        ("Fighting intensified in the Donbas.", "Donbas", "UKR", "region"),
        ("Russia annexed Crimea in 2014, and troops remain in Crimea.", "Crimea", "UKR", "region"),
        ("Aid convoys entered Darfur on Monday.", "Darfur", "SDN", "region"),
        ("Planes landed at Ramstein Air Base near Kaiserslautern.", "Ramstein Air Base", "DEU", "facility"),
        ("Troops trained at the Grafenwöhr training area in Bavaria.", "Grafenwöhr training area", "DEU", "facility"),
        ("Bombers flew from Al Udeid Air Base in Qatar.", "Al Udeid Air Base", "QAT", "facility"),
        ("US jets are stationed at Incirlik Air Base.", "Incirlik Air Base", "TUR", "facility"),
        ("Marines returned to Kadena Air Base on Okinawa.", "Kadena Air Base", "JPN", "facility"),
        ("A ship sank in the Red Sea.", "Red Sea", None, "water"),
        ("Ships are diverted around the Cape of Good Hope.", "Cape of Good Hope", "ZAF", "water"),
        ("Steelmakers in Hebei province fear a slump.", "Hebei province", "CHN", "admin"),
    ],
)
def test_places_curated(nlp, gazetteer, text, span, country, kind):
    place = _find(_places(nlp, gazetteer, text), span)
    assert (place.country, place.kind) == (country, kind)
    assert place.lat is not None


@pytest.mark.parametrize(
    "text, span, country",
    [
        ("BERLIN, 4 May 2026 — Chancellor Merz spoke in Munich. Flights from Frankfurt were cancelled.", "Frankfurt", "DEU"),
        ("Leaders gathered in Paris for the summit.", "Paris", "FRA"),
        ("The band played a concert in Paris, Texas, on Friday.", "Paris", "USA"),
        ("The two men last met in Geneva in March.", "Geneva", "CHE"),
        # a big city known by an alternate name is no "tiny namesake abroad"
        ("Demonstrators gathered outside the Israeli consulate in New York on Friday.", "New York", "USA"),
        ("Hundreds of workers marched through Bombay on Monday.", "Bombay", "IND"),
        ("The envoy flew from Cairo to Peking for talks.", "Peking", "CHN"),
        # a province or county of a country the article names, by name or demonym
        ("Colombian troops clashed with rebels in Antioquia on Sunday.", "Antioquia", "COL"),
        ("British farmers blocked roads in Kent on Sunday.", "Kent", "GBR"),
        ("LONDON, 3 May 2026 — Hundreds of protesters gathered in Westminster on Sunday.", "Westminster", "GBR"),
        # no such country in the article, or a qualifier that says otherwise
        ("Farmers blocked roads in Kent on Sunday.", "Kent", "USA"),
        ("British farmers blocked roads in Kent, Ohio, on Sunday.", "Kent", "USA"),
        ("US officials flew back to Washington on Sunday.", "Washington", "USA"),
    ],
)
def test_places_disambiguation(nlp, gazetteer, text, span, country):
    assert _find(_places(nlp, gazetteer, text), span).country == country


def test_places_fill_geonameid_for_cities(nlp, gazetteer):
    place = _find(_places(nlp, gazetteer, "Talks were held in Jeddah."), "Jeddah")
    assert place.geonameid and abs(place.lat - 21.5) < 0.5 and abs(place.lon - 39.2) < 0.5


def test_places_capital_naming_an_event(nlp, gazetteer):
    assert _find(_places(nlp, gazetteer, "Officials said the Vienna meeting was the last chance."), "Vienna").country == "AUT"


def test_places_without_gazetteer_is_empty(nlp):
    assert extract_places(nlp("Ministers met in Berlin."), gazetteer=None) == []


@pytest.mark.parametrize(
    "text, span, country",
    [
        # an unknown village takes the country of the known place beside it, not the dateline's
        ("NAIROBI, 3 May 2026 — Gunmen attacked a police post near Ngorotwe, in northern Tanzania, on Sunday. Kenya closed the border.", "Ngorotwe", "TZA"),
        ("KAMPALA, 3 May 2026 — Rebels raided a camp outside Ngorotwe, near Arusha, on Sunday. Uganda condemned it.", "Ngorotwe", "TZA"),
        # alone in its sentence it takes the article's country
        ("NAIROBI, 3 May 2026 — Kenyan officials met in Mombasa. Gunmen attacked a police post in the village of Ngorotwe on Sunday.", "Ngorotwe", "KEN"),
    ],
)
def test_places_unknown_name_takes_the_country_of_its_sentence(nlp, gazetteer, text, span, country):
    place = _find(_places(nlp, gazetteer, text), span)
    assert (place.country, place.lat) == (country, None)


@pytest.mark.parametrize(
    "text, span, country, located",
    [
        # a natural feature named like a town abroad is that feature, in the story's country
        ("Sri Lankan sailors detained 12 Indian fishermen near Delft island, west of Jaffna, on Monday.", "Delft", "LKA", False),
        # near misses: no feature word, or the town of that name lies in a country the story names
        ("Dutch police detained two men near Delft on Friday.", "Delft", "NLD", True),
        ("Kenyan police arrested six men on Lamu island on Sunday.", "Lamu", "KEN", True),
    ],
)
def test_places_natural_feature_is_not_a_town_abroad(nlp, gazetteer, text, span, country, located):
    place = _find(_places(nlp, gazetteer, text), span)
    assert (place.country, place.lat is not None) == (country, located)
