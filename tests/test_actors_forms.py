"""Actor forms of news English on the real model: sentence → expected mention (text, kind, country or IGO code, sector).

Sentences written for these tests (not taken from the example corpus), one actor form each: titles with
and without names, institutions, militaries, rebel groups, parties, media, IGO bodies, coordinated
demonyms, hyphenated names ("-based", "-backed", "EU-China"), possessives and located people.
"""

from __future__ import annotations

import pytest

from tidings.extract.actor_context import build_context
from tidings.extract.actor_locative import dateline_end
from tidings.extract.actor_match import TokenView, match_phrases
from tidings.ontology import load_ontology

ANY = object()


def actors_of(nlp, text):
    return nlp(text)._.actors


def find(actors, text):
    hits = [a for a in actors if a.text == text]
    assert hits, f"no mention {text!r} in {[(a.text, a.country, a.code, a.sector) for a in actors]}"
    return hits[0]


def check(actor, kind=ANY, where=ANY, sector=ANY):
    got = (actor.kind, actor.country or actor.code, actor.sector)
    want = (kind, where, sector)
    assert all(w is ANY or g == w for g, w in zip(got, want)), f"{actor.text!r}: {got}, want {want}"


FORMS = [
    # titles, with and without names, possessive owners
    ("Sri Lanka's new president dissolved parliament on Tuesday.", "Sri Lanka's new president", "person", "LKA",
     "GOV"),
    ("Pakistan's former prime minister Imran Khan was sentenced to 14 years in prison.",
     "Pakistan's former prime minister Imran Khan", "person", "PAK", "GOV"),
    ("Japan's foreign minister summoned the Chinese ambassador.", "Chinese ambassador", "person", "CHN", "GOV"),
    ("Canada's foreign minister Mélanie Joly condemned the attack.", "Canada's foreign minister Mélanie Joly",
     "person", "CAN", "GOV"),
    ("The Tunisian president dissolved parliament.", "parliament", "organization", "TUN", "LEG"),
    ("Venezuelan opposition leader María Corina Machado called for protests.",
     "Venezuelan opposition leader María Corina Machado", "person", "VEN", "OPP"),
    ("A senior Israeli official told Reuters the operation would continue.", "senior Israeli official", "person",
     "ISR", "GOV"),
    # institutions, governments in a capital, courts, legislatures
    ("The government in Kabul banned the protests.", "government", "country", "AFG", "GOV"),
    ("The military government in Niamey expelled the French ambassador.", "government", "country", "NER", "GOV"),
    ("Myanmar's military junta extended the state of emergency.", "Myanmar's military junta", "organization", "MMR",
     "MIL"),
    ("The Indian Supreme Court suspended the law.", "Indian Supreme Court", "organization", "IND", "JUD"),
    ("The Brazilian Senate approved the bill on Wednesday.", "Brazilian Senate", "organization", "BRA", "LEG"),
    ("South Korea's National Assembly voted to impeach the president.", "South Korea's National Assembly",
     "organization", "KOR", "LEG"),
    ("The Chinese embassy in Manila rejected the accusations.", "Chinese embassy", "organization", "CHN", "GOV"),
    ("Polish border guards detained 30 migrants crossing from Belarus.", "Polish border guards", "group", "POL",
     "COP"),
    ("Chinese coast guard ships fired water cannon at a Philippine vessel.", "Chinese coast guard",
     "organization", "CHN", "MIL"),
    ("Officials in Tehran said the talks would resume next week.", "Officials", "group", "IRN", "GOV"),
    # "its"/"their" and "from" say whose a group is
    ("Russia's defence ministry said its troops captured a village in the Donetsk region.", "troops", "group",
     "RUS", "MIL"),
    ("Rebel fighters from the M23 group seized the town of Sake.", "fighters", "group", "COD", "REB"),
    ("Diplomats met officials from the Chinese commerce ministry on Monday.", "officials", "group", "CHN", "GOV"),
    # coordinated demonyms: one actor each
    ("Thai and Cambodian troops exchanged fire along the border on Thursday.", "Thai", "group", "THA", "MIL"),
    ("Thai and Cambodian troops exchanged fire along the border on Thursday.", "Cambodian troops", "group", "KHM",
     "MIL"),
    ("Indian and Chinese troops clashed in the Galwan valley.", "Indian", "group", "IND", "MIL"),
    ("Armenian and Azerbaijani foreign ministers initialled a peace deal.", "Armenian", "group", "ARM", "GOV"),
    ("US, British and French officials met in Geneva.", "British", "group", "GBR", "GOV"),
    ("US, British and French officials met in Geneva.", "US", "group", "USA", "GOV"),
    # hyphenated names
    ("The London-based Syrian Observatory for Human Rights said 12 people were killed.",
     "Syrian Observatory for Human Rights", "organization", "SYR", None),
    ("The Indonesian Red Cross distributed food in Palu.", "Indonesian Red Cross", "organization", "IDN", "NGO"),
    ("The Red Cross said its teams had visited the prison.", "Red Cross", "igo", "ICRC", "IGO"),
    ("The European Commission fined Apple 1.8 billion euros.", "Apple", "organization", "USA", "BUS"),  # firms: their seat
    ("Iran-backed militias attacked a US base in Syria.", "Iran", "country", "IRN", None),
    ("The Kremlin-backed candidate won the election.", "Kremlin", "country", "RUS", None),
    ("EU-China talks ended without agreement.", "China", "country", "CHN", "GOV"),
    ("North Korea test-fired two short-range ballistic missiles into the sea.", "North Korea", "country", "PRK",
     "GOV"),
    ("The EU-Mercosur trade deal was signed in Montevideo.", "Mercosur", "igo", "MERCOSUR", "IGO"),
    ("Russian drones attacked the port of Odesa overnight.", "Russian drones", "group", "RUS", "MIL"),
    # IGO bodies and members
    ("European lawmakers called for sanctions on Georgia.", "European lawmakers", "group", "EU", "LEG"),
    ("Venezuela refused entry to a delegation of European lawmakers.", "European lawmakers", "group", "EU", "LEG"),
    ("EU foreign ministers approved a new sanctions package against Russia.", "EU foreign ministers", "group", "EU",
     "GOV"),
    ("The head of the IAEA, Rafael Grossi, visited the Zaporizhzhia nuclear plant.", "Rafael Grossi", "person",
     "IAEA", "IGO"),
    # armed groups, parties, media
    ("Al-Shabaab militants attacked a hotel in Mogadishu.", "Al-Shabaab militants", "group", "SOM", "REB"),
    ("Sudan's paramilitary Rapid Support Forces shelled El Fasher.", "Rapid Support Forces", "group", "SDN", "REB"),
    ("Germany's opposition Christian Democrats criticised the budget.", "Christian Democrats", "organization", "DEU",
     "PTY"),
    ("The Ukrainian air force said Russia launched 120 drones.", "Ukrainian air force", "organization", "UKR",
     "MIL"),
    # located people take the place's country only when nothing else says who they are
    ("Protesters in Paris clashed with police on Saturday.", "Protesters", "group", "FRA", "CVL"),
    ("Thousands of people marched through central Madrid on Sunday.", "people", "group", "ESP", "CVL"),
    ("Protesters stormed the Saudi embassy in Tehran.", "Protesters", "group", "IRN", "CVL"),
    ("Iranian students demonstrated outside the embassy in Paris.", "Iranian students", "group", "IRN", "EDU"),
    ("Greek Cypriot police arrested two men near the buffer zone.", "Greek Cypriot police", "group", "CYP", "COP"),
]


SCENES = [
    # a visitor acting in a foreign place sets no scene for the untitled officials named next
    ("JERUSALEM — US Secretary of State Marco Rubio met Israeli Prime Minister Benjamin Netanyahu in Jerusalem. "
     "Government spokesman David Mencer said the meeting had been productive.",
     "Government spokesman David Mencer", "ISR"),
    # "visiting": no country from the place of the scene
    ("In Beijing, visiting Foreign Minister Maria Lindqvist called for calm.", "visiting Foreign Minister Maria Lindqvist",
     None),
    ("In Beijing, visiting Australian Foreign Minister Penny Wong called for calm.",
     "visiting Australian Foreign Minister Penny Wong", "AUS"),
]


SCENES += [
    # the other party of one's own clause is not one's country
    ("Chancellor Olaf Scholz visited Kyiv on Monday.", "Chancellor Olaf Scholz", None),
    ("The nation's top diplomat travelled to Riyadh.", "top diplomat", None),
    # but a country the person speaks about in a reported clause may be
    ("Prime Minister Ana Brnabic said Serbia would not impose sanctions.", "Prime Minister Ana Brnabic", "SRB"),
]


@pytest.mark.parametrize("text,mention,country", SCENES)
def test_actors_forms_people_abroad_keep_their_country(nlp, text, mention, country):
    assert find(actors_of(nlp, text), mention).country == country


ARTICLES = [
    # national bodies and office holders count, the dateline's country wins when the text names it
    ("BERLIN, 4 May 2026 — The Bundestag's defence committee criticised the US decision. The Bundeswehr lacks "
     "soldiers, the committee said. Washington announced the cut of US troops on Sunday. US officials said the "
     "American soldiers would leave Germany by December. Pistorius called the move regrettable.", "DEU"),
    # a Myanmar story datelined in Bangkok stays Burmese
    ("BANGKOK, 2 March 2026 — Myanmar's junta arrested three journalists in Yangon. Myanmar's military said the "
     "reporters had spread false news. Thailand said it was concerned.", "MMR"),
    # the media quoted do not make a story British
    ("Kenya's parliament passed the finance bill, the BBC reported. The BBC said Kenyan police fired tear gas. "
     "Reuters and the Guardian also reported the vote.", "KEN"),
]


@pytest.mark.parametrize("text,country", ARTICLES)
def test_actors_forms_article_country(nlp, text, country):
    doc = nlp(text)
    tables = load_ontology().actors
    view = TokenView.of(doc, doc.text)
    names = [m for m in match_phrases(view, tables.names, proper=True) if m.entry.source != "block"]
    dateline = dateline_end(doc.text)
    context = build_context(doc, names, tables=tables, places=doc._.places, dateline=dateline)
    assert context.article == country


MORE_FORMS = [
    ("Mexico sent 10,000 National Guard troops to the border.", "National Guard troops", "group", "MEX", "MIL"),
    ("Serbian President Aleksandar Vucic accused foreign intelligence services of financing the protests.",
     "intelligence services", "organization", None, "SPY"),
    ("Hezbollah's leaders would be hunted down, Israel's defence minister said.", "Hezbollah's leaders", "group",
     "LBN", "REB"),
    ("Shopkeepers in Tehran's Grand Bazaar closed their stalls.", "Shopkeepers", "group", "IRN", "BUS"),
    ("Taiwan scrambled fighter jets after 30 Chinese military aircraft entered its air defence zone.",
     "Chinese military aircraft", "group", "CHN", "MIL"),
    ("The Metropolitan Police said it had made four arrests.", "Metropolitan Police", "organization", "GBR", "COP"),
    ("The Treasury imposed sanctions on three Chinese refineries.", "Chinese refineries", "group", "CHN", "BUS"),
]


MORE_FORMS += [
    ("A spokesman for the Israeli military said troops had returned fire.", "spokesman for the Israeli military",
     "person", "ISR", "MIL"),
    ("A spokeswoman for the German foreign ministry said Berlin was concerned.",
     "spokeswoman for the German foreign ministry", "person", "DEU", "GOV"),
    ("The Pakistani Taliban claimed the bombing in Peshawar.", "Pakistani Taliban", "group", "PAK", "REB"),
    ("Russia's Africa Corps replaced Wagner in Mali.", "Africa Corps", "group", "RUS", "MIL"),
    ("Maduro's government accused Washington of piracy.", "government", "country", "VEN", "GOV"),
]


MORE_FORMS += [
    ("A government spokesman in Kabul denied the report.", "government spokesman", "person", "AFG", "GOV"),
    ("North Korean state media KCNA said the test was a success.", "North Korean state media", "organization",
     "PRK", "MED"),
    ("Seoul's unification ministry said the talks would resume.", "Seoul's unification ministry", "organization",
     "KOR", "GOV"),
    ("Authorities in Myanmar arrested 20 people.", "Authorities", "country", "MMR", "GOV"),
    ("Pyongyang's state media accused Washington of provocations.", "Pyongyang's state media", "organization", "PRK",
     "MED"),
    ("Beijing's top diplomat Wang Yi met his Russian counterpart.", "Russian counterpart", "person", "RUS", "GOV"),
]


MORE_FORMS += [
    ("The Ukrainian side said it was ready for talks.", "Ukrainian side", "country", "UKR", "GOV"),
    ("Chinese hackers breached government computers.", "Chinese hackers", "group", "CHN", "SPY"),
    ("The African Union's Peace and Security Council suspended Mali.", "Security Council", "igo", "AU", "IGO"),
    ("The US-led coalition struck Islamic State targets.", "US-led coalition", "organization", "USA", "GOV"),
    ("G7 finance ministers agreed to use frozen Russian assets.", "G7 finance ministers", "group", "G7", "GOV"),
    # an owner before "-installed", "-appointed" owns the group, wherever it is
    ("Russian-installed officials in Zaporizhzhia said Ukrainian drones hit a substation.",
     "Russian-installed officials", "group", "RUS", "GOV"),
    ("Kremlin-appointed authorities in Crimea detained five activists.", "Kremlin-appointed authorities",
     "country", "RUS", "GOV"),
    ("The Quad foreign ministers met in Tokyo on Tuesday.", "Quad foreign ministers", "group", "QUAD", "GOV"),
    ("Hamas' armed wing, the Qassam Brigades, released a video of the hostages.", "Qassam Brigades", "group",
     "PSE", "REB"),
    ("Baloch Liberation Army militants hijacked a train in Balochistan.", "Baloch Liberation Army militants",
     "group", "PAK", "REB"),
    ("Premier Li Qiang told visiting German business leaders that China would open its markets.",
     "German business leaders", "group", "DEU", "BUS"),
    ("LONDON, 3 May 2026 — The plan was criticised by Conservative politicians.", "politicians", "group", "GBR",
     "GOV"),
]


@pytest.mark.parametrize("sentence,text,kind,where,sector", FORMS + MORE_FORMS)
def test_actors_forms_news_sentences(nlp, sentence, text, kind, where, sector):
    check(find(actors_of(nlp, sentence), text), kind=kind, where=where, sector=sector)


LOCATED = [
    # a place in another clause says nothing about an official's nationality
    ("JERUSALEM — Israel's army said it had struck Hezbollah sites. The army also placed units in the Golan Heights "
     "on high alert, a military spokesman said.", "military spokesman", "ISR"),
    # people pushed somewhere are not where they are pushed to
    ("Amnesty International accused border guards of pushing migrants back into Belarus.", "border guards", None),
    # rescuers belong to the article's country, not to the last subject's
    ("KYIV — Russian forces shelled Kharkiv overnight, Ukrainian officials said. Ukraine's emergency service said "
     "the attack hit a school. Rescue workers pulled some 20 people from the rubble.", "workers", "UKR"),
]


@pytest.mark.parametrize("text,mention,country", LOCATED)
def test_actors_forms_located_people(nlp, text, mention, country):
    hits = [a for a in actors_of(nlp, text) if a.text == mention or a.text.endswith(mention)]
    assert hits, mention
    assert hits[0].country == country


CONTEXT_FORMS = [
    # a fronted place sets where the police of the next sentence are
    ("TOKYO — Japan and South Korea signed a deal. In Seoul, some 2,000 protesters gathered outside the Japanese "
     "Embassy on Friday. Police deployed about 800 officers to seal off the building.", "Police", "KOR"),
    # a place in another clause does not locate civilians
    ("YANGON — Myanmar's military detained three journalists. Foreign ministers of the Association of Southeast "
     "Asian Nations, meeting in Manila on Tuesday, called for an end to violence against civilians.", "civilians",
     "MMR"),
    # a body other countries name alike belongs to the article before the table
    ("CARACAS — Venezuela's opposition called for protests. National Guard troops fired tear gas at the crowd.",
     "National Guard troops", "VEN"),
    # exiled people take no country from where they are
    ("Exiled activists staged a protest outside the embassy in Bangkok.", "activists", None),
]


@pytest.mark.parametrize("text,mention,country", CONTEXT_FORMS)
def test_actors_forms_context_countries(nlp, text, mention, country):
    assert find(actors_of(nlp, text), mention).country == country


def test_actors_forms_dateline_is_no_actor(nlp):
    actors = actors_of(nlp, "SINGAPORE, 2026-05-13 — Chinese and US trade chiefs held a phone call on Wednesday.")
    assert "SINGAPORE" not in [a.text for a in actors]


def test_actors_forms_armed_group_delegation_keeps_its_sector(nlp):
    check(find(actors_of(nlp, "The ELN delegation rejected any preconditions."), "ELN delegation"), where="COL",
          sector="REB")
