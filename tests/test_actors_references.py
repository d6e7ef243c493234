"""Actors named by pattern or by reference, on the real model: parties no table lists, generic nouns for
an IGO named before ("the alliance"), and surnames that look like pronouns."""

from __future__ import annotations

import pytest

from test_actors import ANY, actors_of, check, find

# (text, mention, kind, country, code, sector)
PARTIES = [
    ("VIENNA, 3 June 2026 — Austria's chancellor faced a revolt. The Greens said they would leave the coalition.",
     "Greens", "organization", "AUT", None, "PTY"),
    ("SEOUL, 3 June 2026 — Leaders of the Rebuilding Korea Party met on Monday.", "Rebuilding Korea Party",
     "organization", "KOR", None, "PTY"),
    ("ZAGREB, 3 June 2026 — Croatia's government lost the vote. The opposition Homeland Renewal Party demanded "
     "new elections.", "Homeland Renewal Party", "organization", "HRV", None, "PTY"),
    ("The Ukrainian Green Party called for a ceasefire.", "Ukrainian Green Party", "organization", "UKR", None,
     "PTY"),
    ("ANKARA, 3 June 2026 — Turkey's Nationalist Movement Party backed the bill.", "Nationalist Movement Party",
     "organization", "TUR", None, "PTY"),
    ("LONDON, 3 June 2026 — Britain's Labour Party won the seat.", "Labour Party", "organization", "GBR", None,
     "PTY"),
    ("Kenya's Orange Democratic Movement walked out of parliament.", "Orange Democratic Movement", "organization",
     "KEN", None, "PTY"),
    # party politics is national news: the dateline's country beats a foreign subject of the last sentence
    ("STOCKHOLM, 3 June 2026 — The US will cut its troops in Europe, Washington said. The Greens called the plan "
     "reckless.", "Greens", "organization", "SWE", None, "PTY"),
]


@pytest.mark.parametrize("text,mention,kind,country,code,sector", PARTIES)
def test_actors_references_parties_by_pattern(nlp, text, mention, kind, country, code, sector):
    check(find(actors_of(nlp, text), mention), kind=kind, country=country, code=code, sector=sector)


def test_actors_references_party_words_need_a_name(nlp):
    texts = [a.text for a in actors_of(nlp, "The party said it would vote against the budget.")]
    assert "party" not in texts


# (text, mention, kind, country, code, sector)
IGO_NOUNS = [
    ("NATO leaders met in The Hague. The alliance agreed to raise spending.", "alliance", "igo", None, "NATO",
     "IGO"),
    ("NATO warned Moscow. The alliance's secretary general said the drills were a provocation.",
     "alliance's secretary general", "person", None, "NATO", "IGO"),
    ("NATO's chief spoke on Friday. Allied defense ministers will meet in Brussels next week.",
     "Allied defense ministers", "group", None, "NATO", "GOV"),
    ("NATO's chief spoke on Friday. Foreign ministers of the 32 allies will meet in Oslo.", "Foreign ministers",
     "group", None, "NATO", "GOV"),
    ("ASEAN foreign ministers gathered in Kuala Lumpur. The bloc urged Myanmar to end the violence.", "bloc", "igo",
     None, "ASEAN", "IGO"),
    # the IGO may be named later in the same sentence
    ("The bloc's top diplomat said the EU would keep its sanctions on Russia.", "bloc's top diplomat", "person",
     None, "EU", "IGO"),
    ("Iran let IAEA inspectors return. The agency said they reached the site on Monday.", "agency", "igo", None,
     "IAEA", "IGO"),
    # office holders of several countries gathered by an IGO of the same sentence are that IGO's, not the host's
    ("Most EU governments backed the duties at a meeting of finance ministers in Prague.", "finance ministers",
     "group", None, "EU", "GOV"),
    ("The African Union chairperson will host foreign ministers in Addis Ababa.", "foreign ministers", "group", None,
     "AU", "GOV"),
    ("Foreign ministers of Ghana and Togo met at the African Union headquarters.", "Foreign ministers", "group",
     "GHA", None, "GOV"),
]


@pytest.mark.parametrize("text,mention,kind,country,code,sector", IGO_NOUNS)
def test_actors_references_generic_nouns_for_an_igo_named_before(nlp, text, mention, kind, country, code, sector):
    check(find(actors_of(nlp, text), mention), kind=kind, country=country, code=code, sector=sector)


@pytest.mark.parametrize("text,noun", [
    ("The alliance between the two parties collapsed.", "alliance"),  # no IGO named before
    ("Iran criticised the IAEA, the Fars news agency reported. The agency said the talks failed.", "agency"),
])
def test_actors_references_generic_noun_without_igo_antecedent_is_no_igo(nlp, text, noun):
    assert all(a.kind != "igo" for a in actors_of(nlp, text) if a.text == noun)


# (text, pronoun or surname mention, occurrence, expected person)
PRONOUNS = [
    # a subject pronoun prefers the subject of the last sentence over the people it met
    ("Spanish Foreign Minister José Manuel Albares visited Rabat and met Prime Minister Aziz Akhannouch. "
     "He pledged new funds for border patrols.", "He", 0, "José Manuel Albares"),
    ("Mexican President Claudia Sheinbaum, who spoke with Canadian Prime Minister Mark Carney on Monday, "
     "criticised the tariffs. She also called on Washington to negotiate.", "She", 0, "Claudia Sheinbaum"),
    # a pronoun is not a person named later in its own sentence
    ("Japanese Foreign Minister Takeshi Iwaya and US Secretary of State Marco Rubio spoke on Monday. "
     "He told Rubio that Tokyo would not accept the duties.", "He", 0, "Takeshi Iwaya"),
    # the surname He, capitalised inside a sentence, is a name and not a pronoun
    ("Chinese Vice Premier He Lifeng met Jamieson Greer in Geneva. Greer said he hoped to meet He again in July.",
     "He", 0, "He Lifeng"),
    ("Chinese Commerce Ministry spokesman He Yadong spoke on Thursday. \"We will respond,\" He said.", "He", 0,
     "He Yadong"),
]


@pytest.mark.parametrize("text,mention,occurrence,name", PRONOUNS)
def test_actors_references_pronouns_and_surnames(nlp, text, mention, occurrence, name):
    check(find(actors_of(nlp, text), mention, occurrence), name=name, kind="person")


@pytest.mark.parametrize("text,name", [
    ("Greek coast guards boarded the cargo ship Marina Star near Crete.", "Marina Star"),
    ("The destroyer USS Carl Levin sailed through the strait.", "USS Carl Levin"),
    ("Exports rose, according to the ship-tracking firm Vortexa Analytics.", "Vortexa Analytics"),
    ("The minister spoke on the talk show Anne Will on Sunday.", "Anne Will"),
])
def test_actors_references_names_of_vessels_media_and_firms_are_no_people(nlp, text, name):
    assert all(a.kind != "person" for a in actors_of(nlp, text) if name in a.text)


# (text, mention, kind, country, code, sector)
OWNED = [
    ("The UN special representative in Libya, Hanna Tetteh, urged both sides to talk.", "Hanna Tetteh", "person",
     None, "UN", "IGO"),
    ("Russia's Northern Fleet began exercises in the Barents Sea.", "Northern Fleet", "organization", "RUS", None,
     ANY),
]


@pytest.mark.parametrize("text,mention,kind,country,code,sector", OWNED)
def test_actors_references_owners_and_appositions(nlp, text, mention, kind, country, code, sector):
    check(find(actors_of(nlp, text), mention), kind=kind, country=country, code=code, sector=sector)


# (text, mention, kind, country, sector)
NATIONALITY = [
    ("Turkish Cypriot leader Tufan Erhürman met the UN envoy.", "Turkish Cypriot leader Tufan Erhürman", "person",
     "CYP", "GOV"),
    ("Kenyan President William Ruto congratulated Ghana's new president.", "Ghana's new president", "person", "GHA",
     "GOV"),
    ("Anti-American protesters in Karachi burned flags on Friday.", "protesters", "group", "PAK", "CVL"),
    # a model place on an organization's name ("Hamas") sets no scene
    ("The truce between Israel and Hamas held overnight, officials on both sides said.", "officials", "group", "ISR",
     "GOV"),
]


# national politics belongs to the dateline's country before a foreign subject of the last sentence
DOMESTIC = [
    ("HARARE, 3 June 2026 — Britain imposed sanctions on two generals. Opposition leader Nelson Chamisa called "
     "the move overdue.", "Opposition leader Nelson Chamisa", "person", "ZWE", "OPP"),
    ("LIMA, 3 June 2026 — Washington praised the vote. The opposition said the count was rigged.", "opposition",
     "organization", "PER", "OPP"),
    ("SEOUL, 3 June 2026 — President Lee Jae-myung met Trump. Lee's Democratic Party backed the deal.",
     "Democratic Party", "organization", "KOR", "PTY"),
    ("ABUJA, 3 June 2026 — The speaker read the bill to the House of Representatives on Tuesday.",
     "House of Representatives", "organization", "NGA", "LEG"),
    # a foreign ministry just named does not lend its country to the opposition or parliament
    ("TBILISI, 3 June 2026 — The French Foreign Ministry said it was concerned. The opposition announced a boycott "
     "of parliament.", "parliament", "organization", "GEO", "LEG"),
    # "Foreign Office" names the foreign ministry of several countries (Britain's, Pakistan's)
    ("In Islamabad, Foreign Office spokesperson Zahid Hafeez rejected the claims.",
     "Foreign Office spokesperson Zahid Hafeez", "person", "PAK", "GOV"),
    ("LONDON, 3 June 2026 — The Foreign Office summoned the Russian ambassador.", "Foreign Office", "organization",
     "GBR", "GOV"),
]


@pytest.mark.parametrize("text,mention,kind,country,sector", DOMESTIC)
def test_actors_references_domestic_politics(nlp, text, mention, kind, country, sector):
    check(find(actors_of(nlp, text), mention), kind=kind, country=country, sector=sector)


@pytest.mark.parametrize("text,mention,kind,country,sector", NATIONALITY)
def test_actors_references_nationality(nlp, text, mention, kind, country, sector):
    check(find(actors_of(nlp, text), mention), kind=kind, country=country, sector=sector)
