"""The actor tables: valid codes, no duplicates that would shadow each other, loader behaviour."""

from __future__ import annotations

import csv
from importlib import resources

import pycountry
import pytest

from tidings.ontology.actors import load_actor_tables

SECTORS = {"GOV", "MIL", "LEG", "JUD", "PTY", "BUS", "MED", "CVL", "REB", "OPP", "COP", "IGO", "NGO", "EDU", "REL",
           "LAB", "REF", "SPY", "ELI", "CRM"}
USER_ASSIGNED = {"XKX"}  # Kosovo


def rows(name):
    path = resources.files("tidings.ontology").joinpath("data", "actors", name)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def tables():
    return load_actor_tables()


@pytest.mark.parametrize("name,column", [("countries.csv", "iso3"), ("seats.csv", "country"),
                                         ("organizations.csv", "country"), ("holders.csv", "country")])
def test_actors_tables_country_codes_are_iso(name, column):
    for row in rows(name):
        code = row[column]
        if code and code not in USER_ASSIGNED:
            assert pycountry.countries.get(alpha_3=code) is not None, f"{name}: {code}"


@pytest.mark.parametrize("name,column", [("seats.csv", "sector"), ("organizations.csv", "sector"),
                                         ("institutions.csv", "sector"), ("groups.csv", "sector"),
                                         ("titles.csv", "sector"), ("holders.csv", "sector")])
def test_actors_tables_sectors_are_cameo_agents(name, column):
    for row in rows(name):
        assert not row[column] or row[column] in SECTORS, f"{name}: {row}"


def test_actors_tables_every_data_file_is_in_the_readme():
    folder = resources.files("tidings.ontology").joinpath("data", "actors")
    readme = folder.joinpath("README.md").read_text(encoding="utf-8")
    for item in folder.iterdir():
        if item.name.endswith(".csv"):
            assert f"`{item.name}`" in readme, item.name


def test_actors_tables_country_names_are_unique(tables):
    clashes = {}
    for row in rows("countries.csv"):
        for phrase in [row["name"], *row["aliases"].split("|"), *row["demonyms"].split("|")]:
            if phrase:
                clashes.setdefault(phrase.lower(), set()).add(row["iso3"])
    assert {k: v for k, v in clashes.items() if len(v) > 1} == {}


@pytest.mark.parametrize("phrase,source,country", [
    ("Germany", "country", "DEU"), ("German", "demonym", "DEU"), ("U.S.", "country", "USA"),
    ("Kiev", "capital", "UKR"), ("Kremlin", "seat", "RUS"), ("Bundeswehr", "org", "DEU"),
    ("Pistorius", "holder", "DEU"),
])
def test_actors_tables_name_lookup(tables, phrase, source, country):
    entry = next(e for e in tables.names.get(phrase) if e.source == source)
    assert entry.country == country


@pytest.mark.parametrize("phrase,kind,sector", [
    ("defence minister", "person", "GOV"), ("foreign ministers", "group", "GOV"), ("generals", "group", "MIL"),
    ("protesters", "group", "CVL"), ("the army", None, None), ("army", "organization", "MIL"),
])
def test_actors_tables_noun_lookup(tables, phrase, kind, sector):
    entries = tables.nouns.get(phrase)
    if kind is None:
        assert entries == []
    else:
        assert (entries[0].kind, entries[0].sector) == (kind, sector)


def test_actors_tables_holder_by_office(tables):
    assert tables.holder("DEU", "Chancellor").name == "Friedrich Merz"
    assert tables.holder("NATO", "secretary general").name == "Mark Rutte"


@pytest.mark.parametrize("phrase,source,role", [
    ("transport minister", "title", "Transport Minister"), ("minister of tourism", "title", "Tourism Minister"),
    ("minister for migration", "title", "Migration Minister"), ("ministry of petroleum", "institution", None),
    ("housing ministry", "institution", None), ("foreign minister", "title", "Foreign Minister"),
    ("energy secretary", "title", "Energy Secretary"),
])
def test_actors_tables_portfolios_give_titles_and_ministries(tables, phrase, source, role):
    entry = tables.nouns.get(phrase)[0]
    assert (entry.source, entry.role, entry.sector) == (source, role, "GOV")


def test_actors_tables_portfolio_commissioners_take_their_institutions_sector(tables):
    entry = tables.nouns.get("trade commissioner")[0]
    assert (entry.source, entry.role, entry.sector) == ("title", "Trade Commissioner", None)


@pytest.mark.parametrize("phrase", ["Chancellery", "National Security Council", "Supreme National Security Council"])
def test_actors_tables_ambiguous_or_national_names_are_not_seats_or_igos(tables, phrase):
    assert all(e.source not in ("seat", "igo") for e in tables.names.get(phrase))


def test_actors_tables_commission_is_the_eu_body(tables):
    assert tables.bodies["commission"][0] == "EU"
