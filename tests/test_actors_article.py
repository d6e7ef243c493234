"""Mentions whose identity comes from earlier in the article, on the real model: short names of
organizations named before ("the Guards"), generic nouns for a named organization ("the group"),
institutions without a country after a full mention with the same head ("the Treasury"), words that
name a country only in an article about it ("the North"), and "UN inspectors" in an IAEA story."""

from __future__ import annotations

import pytest

from tidings.api import extract

from test_actors import actors_of, check, find

# (text, mention, occurrence, country, code, sector)
REFERENCES = [
    # a short name repeats a word of an organization named before
    ("Iran's Islamic Revolutionary Guard Corps seized a Greek-owned tanker on Friday. The Guards said the ship "
     "had violated maritime rules.", "Guards", 0, "IRN", None, "MIL"),
    # a generic noun after "the" stands for the latest named organization of a sector it may mean
    ("Colombia's government resumed talks with the National Liberation Army on Monday. Officials said warrants "
     "could be suspended if the group released its hostages.", "group", 0, "COL", None, "REB"),
    ("Yemen's Houthi rebels launched drones at a cargo ship on Sunday. The group said it had targeted vessels "
     "linked to Israel.", "group", 0, "YEM", None, "REB"),
    ("Lebanon's Hezbollah fired rockets into northern Israel overnight. The movement said the strikes answered "
     "an Israeli raid.", "movement", 0, "LBN", None, "REB"),
    # an institution no context may place takes the country of an earlier full mention with its head noun
    ("US Treasury Secretary Scott Bessent announced sanctions on Iranian oil on Tuesday. The Treasury said the "
     "measures targeted a network of tankers.", "Treasury", 0, "USA", None, "GOV"),
    # a subject in the owner's own sentence does not move the scene away from it
    ("BEIJING, 12 May 2026 — China's Commerce Ministry threatened to curb exports of rare earths, hours after "
     "Washington raised tariffs on Chinese cars. In a statement, the ministry warned of countermeasures.",
     "ministry", 0, "CHN", None, "GOV"),
    # "the North" and "the South" in an article about Korea
    ("Pyongyang fired two ballistic missiles into the sea on Monday, South Korea's military said. The North "
     "has not conducted a nuclear test since 2017.", "North", 0, "PRK", None, "GOV"),
    ("North Korea warned of retaliation over the drills. The South said the exercises were defensive.", "South",
     0, "KOR", None, "GOV"),
    # "UN inspectors" in an article that named the IAEA are the IAEA's
    ("Iran met Rafael Grossi, head of the International Atomic Energy Agency, in Vienna. Tehran later barred UN "
     "inspectors from two enrichment sites.", "UN", 0, None, "IAEA", "IGO"),
    # the agency may be named after
    ("Washington said sanctions would follow unless Tehran restored access for UN nuclear inspectors. The IAEA "
     "said it had not been informed.", "UN", 0, None, "IAEA", "IGO"),
    # people the scene places, in a clause a speaker of a stated country reports, are the speaker's
    ("LONDON, 3 May 2026 — Britain and France signed a deal on Channel crossings. The French Interior Ministry said "
     "police had detained 32 smugglers near Calais.", "police", 0, "FRA", None, "COP"),
    ("NAIROBI, 3 May 2026 — Haitian gangs attacked a police station. Haiti's prime minister said protesters "
     "would not be arrested.", "protesters", 0, "HTI", None, "CVL"),
    # a definite descriptor is the latest country named before that it can describe
    ("Saudi Arabia raised its oil output in May. The kingdom said it would keep prices stable.", "kingdom", 0,
     "SAU", None, "GOV"),
    ("Qatar hosted the negotiations. The Gulf state has mediated between Israel and Hamas since 2023.",
     "Gulf state", 0, "QAT", None, "GOV"),
    ("Taiwan's defence ministry said it detected 20 Chinese aircraft. The island's military was on alert.",
     "island", 0, "TWN", None, "GOV"),
    ("Fighting in Sudan spread to the east in March. The country has been at war since 2023.", "country", 0,
     "SDN", None, "GOV"),
    # a hyphenated link to a name does not stop a generic noun from referring back
    ("The Houthis fired a missile at Israel. The Iran-aligned group said it had targeted an airport.", "group", 0,
     "YEM", None, "REB"),
    # soldiers of no stated country, subject of a clause a speaker reports, are the speaker's
    ("Mexico's Security Minister Omar Garcia Harfuch said soldiers arrested 20 cartel members in Sinaloa.",
     "soldiers", 0, "MEX", None, "MIL"),
    # criminal gangs are of the scene's country
    ("PORT-AU-PRINCE, 3 May 2026 — Heavily armed gangs attacked two police stations in the capital on Sunday.",
     "gangs", 0, "HTI", None, "CRM"),
    ("QUITO, 3 May 2026 — Gang members stormed a television station in Guayaquil on Monday.", "Gang members", 0,
     "ECU", None, "CRM"),
    ("Mexican police arrested 12 suspected gang members in Sinaloa.", "gang members", 0, "MEX", None, "CRM"),
    # people named by what they do or are (critics, pensioners, pupils, nurses) are of the scene's country
    ("BELGRADE, 3 May 2026 — Critics accused the government of covering up the collapse.", "Critics", 0, "SRB",
     None, "CVL"),
    ("PARIS, 3 May 2026 — Thousands of pensioners marched through the capital on Saturday.", "pensioners", 0,
     "FRA", None, "CVL"),
    ("BERLIN, 3 May 2026 — Several thousand pupils took to the streets against compulsory military service.",
     "pupils", 0, "DEU", None, "EDU"),
    ("ATHENS, 3 May 2026 — Striking teachers and nurses rallied outside parliament on Monday.", "nurses", 0,
     "GRC", None, "LAB"),
    ("SANTIAGO, 3 May 2026 — Student unions called a national strike against the education reform.",
     "Student unions", 0, "CHL", None, "EDU"),
    # criminal groups too; aid workers are of no country the scene could give
    ("ABUJA, 3 May 2026 — Bandits abducted 40 villagers in Zamfara state on Sunday.", "Bandits", 0, "NGA", None,
     "CRM"),
    ("ROME, 3 May 2026 — Italian police arrested 12 suspected smugglers in Sicily.", "smugglers", 0, "ITA", None,
     "CRM"),
    ("GAZA, 3 May 2026 — Three aid workers were killed in an air strike on Sunday.", "aid workers", 0, None, None,
     "NGO"),
    # supporters of a party no table knows are of the scene's country
    ("BISSAU, 3 March 2026 — Guinea-Bissau's junta promised elections. Several hundred supporters of the PAIGC "
     "marched through the capital.", "supporters", 0, "GNB", None, "CVL"),
]


def _find(actors, text, occurrence):
    hits = [a for a in actors if a.text == text]
    assert len(hits) > occurrence, f"no mention {text!r} #{occurrence} in {[a.text for a in actors]}"
    return hits[occurrence]


@pytest.mark.parametrize("text,mention,occurrence,country,code,sector", REFERENCES)
def test_actors_article_references(nlp, text, mention, occurrence, country, code, sector):
    check(_find(actors_of(nlp, text), mention, occurrence), country=country, code=code, sector=sector)


# (text, word that must not become an actor)
NOT_REFERENCES = [
    # "a group" introduces someone new: "the group" is then not the organization named before
    ("Colombia's government resumed talks with the National Liberation Army. A group of farmers blocked the road "
     "to the venue, and the group later dispersed.", "group"),
    # "the group of seven": described, not referring back
    ("The Houthis fired a missile at a tanker. The group of seven industrial nations condemned the attack.",
     "group"),
    # "the North" means Korea only in an article naming a Korea
    ("Floods hit Italy on Monday. The North was the worst affected region.", "North"),
    # a describing modifier: "the student movement" is not the party named before
    ("Serbia's ruling Progressive Party won the vote. The student movement called for new protests.", "movement"),
    # "the country" needs a country named in the last sentences
    ("Sudan's army retook the capital in March. Aid agencies warned of famine. Donors met in London. Prices rose "
     "again. The country has been at war since 2023.", "country"),
    # "the kingdom" does not describe a republic
    ("France raised its defence budget. The kingdom said it would follow.", "kingdom"),
    # objects of the reported clause are not the speaker's
    ("Polish air defences shot down two drones near the border, the Polish military said.", "drones"),
    # "the North Atlantic" is another name
    ("South Korea's navy joined the exercise in the North Atlantic.", "North"),
]


@pytest.mark.parametrize("text,word", NOT_REFERENCES)
def test_actors_article_not_references(nlp, text, word):
    found = [a for a in actors_of(nlp, text) if a.text == word]
    assert not found or not (found[-1].country or found[-1].code), f"{word!r} coded as {found[-1]}"


# (text, mention, country): weapons take no side from the speaker who reports them; soldiers still do, and a
# side the text states stays
WEAPONS = [
    ("Two drones struck a fuel depot in the Belgorod region overnight, the Russian governor said.", "drones", None),
    ("Missiles hit an apartment block in Dnipro, Ukraine's interior minister said.", "Missiles", None),
    ("Warplanes bombed a market in the town on Friday, the Sudanese army said.", "Warplanes", None),
    ("Russian drones struck a power plant in Odesa, the Ukrainian governor said.", "Russian drones", "RUS"),
    ("Soldiers detained 14 suspects near the border, Pakistan's interior minister said.", "Soldiers", "PAK"),
]


@pytest.mark.parametrize("text,mention,country", WEAPONS)
def test_actors_article_weapons_are_not_the_speakers(nlp, text, mention, country):
    check(_find(actors_of(nlp, text), mention, 0), country=country)


# (text, mention, country): an executive body follows a foreign executive body named just before it, not a foreign
# medium ("the Russian state news agency"), which does not move the story
FOLLOWERS = [
    ("BAKU, 3 May 2026 — Azerbaijan detained two reporters of the Russian state news agency, the interior ministry "
     "said.", "interior ministry", "AZE"),
    ("CAIRO, 3 May 2026 — Egypt arrested a correspondent of the Qatari broadcaster Al Jazeera on Monday, the "
     "interior ministry said.", "interior ministry", "EGY"),
    ("ANKARA, 3 May 2026 — The Greek navy intercepted a Turkish fishing boat off Lesbos. The defence ministry said "
     "the crew was released.", "defence ministry", "GRC"),
]


@pytest.mark.parametrize("text,mention,country", FOLLOWERS)
def test_actors_article_executive_bodies_do_not_follow_the_media(nlp, text, mention, country):
    check(_find(actors_of(nlp, text), mention, 0), country=country)


# (text, type, source codes, target codes) through the whole pipeline
EVENTS = [
    ("Yemen's Houthi rebels launched drones at a cargo ship on Sunday. On Monday the group seized a Greek "
     "tanker in the Red Sea.", "COERCE", {"YEM"}),
    ("North Korea test-fired a cruise missile on Tuesday. The North also threatened to strike US bases.",
     "THREATEN", {"PRK"}),
]


@pytest.mark.parametrize("text,type_,source", EVENTS)
def test_actors_article_references_give_event_sources(nlp, text, type_, source):
    doc = extract(text, published="2026-05-04", nlp=nlp)
    sources = [{a.code or a.country for a in e.source} for e in doc.events if e.type == type_]
    assert source in sources, [(e.type, [a.code or a.country for a in e.source]) for e in doc.events]


# (text, mention, occurrence, country, code): first person inside a quote is the speaker's side
FIRST_PERSON = [
    # the cue after the quote, an unnamed speaker with a stated country
    ("ISLAMABAD, 3 May 2026 — Pakistan accused India of shelling villages. \"Our forces responded with full "
     "strength,\" a Pakistani army spokesman said.", "Our", 0, "PAK", None),
    ("ISLAMABAD, 3 May 2026 — Pakistan accused India of shelling villages. \"Our forces responded with full "
     "strength,\" a Pakistani army spokesman said.", "forces", 0, "PAK", None),
    # a quote-only sentence takes the speaker of the sentence before it
    ("CANBERRA, 3 May 2026 — Australian Prime Minister Anthony Albanese said on Monday that trade with China was "
     "improving. \"We will keep talking to Beijing, even where we disagree.\"", "We", 0, "AUS", None),
    # the cue before the quote; an IGO speaker
    ("NATO Secretary General Mark Rutte told reporters in Brussels: \"We will defend every inch of allied "
     "territory.\"", "We", 0, None, "NATO"),
    # "I" is the speaker
    ("\"I will not sign this deal,\" French President Emmanuel Macron said on Friday.", "I", 0, "FRA", None),
]


@pytest.mark.parametrize("text,mention,occurrence,country,code", FIRST_PERSON)
def test_actors_article_first_person_in_quotes(nlp, text, mention, occurrence, country, code):
    check(_find(actors_of(nlp, text), mention, occurrence), country=country, code=code)


NO_FIRST_PERSON = [
    # no quote: the author's "we" is nobody's
    "Pakistan accused India of shelling villages. We do not know how many people died.",
    # a speaker whose country only the scene suggests is too weak to speak for
    ("NAIROBI, 3 May 2026 — Kenyan President William Ruto said on Sunday that 600 more officers would deploy. "
     "\"We thank Kenya for standing by us,\" Prime Minister Jean Dubois said as he greeted the officers."),
]


@pytest.mark.parametrize("text", NO_FIRST_PERSON)
def test_actors_article_first_person_needs_a_speaker(nlp, text):
    assert not [a for a in actors_of(nlp, text) if a.text.lower() in ("we", "us", "our")]


def test_actors_article_quote_we_gives_the_event_source(nlp):
    text = ("CANBERRA, 3 May 2026 — Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang on "
            "Monday, Albanese told reporters. \"We will keep talking, including about the things we disagree on.\"")
    doc = extract(text, published="2026-05-04", nlp=nlp)
    talks = [e for e in doc.events if e.trigger.text == "talking"]
    assert talks and {a.country for a in talks[0].source} == {"AUS"}, [(e.type, e.source) for e in doc.events]
