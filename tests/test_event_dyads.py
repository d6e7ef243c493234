"""Source/target rules of the event coder, event ids and event locations, on the real model.

Sentences written for these tests in news style (not taken from examples/).
"""

from __future__ import annotations

import pytest

from tidings.api import extract
from tidings.extract.events import extract_events
from tidings.ontology import load_ontology


def _codes(actors) -> set[str]:
    return {a.country or a.code for a in actors}


def _event(doc, type_):
    hits = [e for e in doc.events if e.type == type_]
    assert hits, f"no {type_} in {[(e.type, e.trigger.text) for e in doc.events]}"
    return hits[0]


DYADS = [
    # an adjective predicate takes its copula's subject, not the reporter
    ("The foreign minister said Canada was ready to send doctors to Haiti.", "AGREE", {"CAN"}, {"HTI"}),
    # the by-agent of a participle is the source
    ("The prisoner exchange, brokered by Qatar, freed 40 detainees.", "CONSULT", {"QAT"}, set()),
    # support verbs lend their clause to a complaint noun
    ("Seoul lodged a formal protest with Tokyo over the textbook.", "ACCUSE", {"KOR"}, {"JPN"}),
    # a mediator acts towards the parties it stands between
    ("Egypt has mediated between Israel and Hamas for months.", "CONSULT", {"EGY"}, {"ISR", "PSE"}),
    # the country of the place attacked is the target, the attacker's own included (civil war)
    ("Russian drones struck an energy facility in Odesa overnight.", "ASSAULT", {"RUS"}, {"UKR"}),
    ("Sudanese army jets bombed a market in Nyala on Sunday.", "ASSAULT", {"SDN"}, {"SDN"}),
    # a truce folded into "agreed to" still gives the mediator its parties
    ("Israel and Hamas agreed to a ceasefire brokered by Qatar and Egypt.", "CONSULT", {"QAT", "EGY"}, {"ISR", "PSE"}),
    # a withdrawal from a place of another country is a concession to that country
    ("Russia withdrew its troops from the Kherson region.", "RETREAT", {"RUS"}, {"UKR"}),
    # forces moved to a border are aimed at no one the sentence names (annotation guide, MOBILIZE target)
    ("Russia moved troops to the border near Narva on Friday.", "MOBILIZE", {"RUS"}, set()),
    # "whose" stands for the noun the relative clause hangs on
    ("Analysts point to Iran, whose advisers are taking part in the Syrian offensive.", "COOPERATE", {"IRN"}, {"SYR"}),
    # a participle's by-agent is the source of the event noun it qualifies
    ("A convoy reached Gaza on Monday, the latest of the deliveries funded by Kuwait.", "AID", {"KWT"}, {"PSE"}),
    # a noun trigger under a light verb's preposition keeps the actor it names itself
    ("Russian units took part in the Belarusian drills.", "MOBILIZE", {"BLR"}, set()),
    # a possessive pronoun stands for its clause's subject, all of a coordinated one
    ("Armenia and Azerbaijan completed their first prisoner exchange in years.", "RETREAT", {"ARM", "AZE"}, set()),
    # a warning conveys the threat of the actor named in its content clause
    ("In a televised speech, he warned Hanoi that Beijing was prepared to act.", "THREATEN", {"CHN"}, {"VNM"}),
    # passive with a by-agent
    ("New tariffs were imposed on Canada by the United States on Friday.", "SANCTION", {"USA"}, {"CAN"}),
    # reported speech: the source is the actor of the reported clause, not the speaker
    ("Foreign Minister Sikorski said Russia had deployed troops near the border.", "MOBILIZE", {"RUS"}, set()),
    # coordinated modifiers name one actor each
    ("Oman's foreign minister held phone calls with his British and Iranian counterparts.", "CONSULT", {"OMN"}, {"GBR", "IRN"}),
    ("The Swedish navy will operate alongside Finnish, Estonian and Danish ships.", "AGREE", {"SWE"}, {"FIN", "EST", "DNK"}),
    # an apposition of the source is not its target
    ("Serbia, Russia's closest partner in the Balkans, called for restraint on Monday.", "REQUEST", {"SRB"}, set()),
    # aid sent to a place of another country goes to that country, not to where it came from
    ("The World Food Programme delivered food aid from Chad to displaced families in Darfur on Monday.", "AID", {"WFP"}, {"SDN"}),
    # an event noun in a phrase of reason does not borrow the light verb's subject
    ("The European Union imposed new sanctions on Belarus over the crackdown.", "SANCTION", {"EU"}, {"BLR"}),
    # a place the model tags as a time ("Kyiv overnight") still names the target
    ("Russian forces launched a massive drone attack on Kyiv overnight.", "ASSAULT", {"RUS"}, {"UKR"}),
    # protest addresses the protesters' own government
    ("Thousands of teachers marched in Nairobi on Tuesday.", "PROTEST", {"KEN"}, {"KEN"}),
    # the parties of an event named as object ("a truce between …") are the act's target
    ("Qatar brokered a truce between Israel and Hamas on Sunday.", "CONSULT", {"QAT"}, {"ISR", "PSE"}),
    ("Kenya welcomed the agreement signed between Ethiopia and Eritrea.", "SUPPORT", {"KEN"}, {"ETH", "ERI"}),
    ("Norway mediated a prisoner swap between Russia and Ukraine.", "CONSULT", {"NOR"}, {"RUS", "UKR"}),
    # a broker is a third party: the parties of what it brokered are its target
    ("The ceasefire between Armenia and Azerbaijan, brokered by Moscow, held overnight.", "CONSULT", {"RUS"}, {"ARM", "AZE"}),
    # repression told in the passive without an agent is the act of the state where it happens
    ("Three journalists were arrested in Istanbul on Monday.", "COERCE", {"TUR"}, {"TUR"}),
    ("More than 300 people detained in Minsk after the vote remain in custody.", "COERCE", {"BLR"}, {"BLR"}),
    # the noun a passive relative clause hangs on is what the act is done to
    ("A French aid worker has been held in Tehran since January.", "COERCE", {"IRN"}, {"FRA"}),
    ("Canberra raised the case of an Australian engineer who was arrested in Beijing last month.", "COERCE", {"CHN"}, {"AUS"}),
    # a reporter is the agent of an agentless clause about things, not of one about people done
    # to, nor of an event that merely happens
    ("The Pentagon said new tariffs on Chinese steel would be imposed next month.", "SANCTION", {"USA"}, {"CHN"}),
    ("The Red Cross said its delegates were granted access to the prison on Monday.", "RETREAT", set(), {"ICRC"}),
    ("Egypt's foreign ministry said the ceasefire would take effect at midnight.", "RETREAT", set(), set()),
    # "both governments", "the two sides" after a preposition: the article's two sides, one
    # country when they are two parties of it
    ("Ethiopia accused Eritrea of massing troops on the border. The African Union called on both "
     "governments to show restraint.", "REQUEST", {"AU"}, {"ETH", "ERI"}),
    ("Armenia and Azerbaijan exchanged fire on the border overnight. Russia appealed to the two sides "
     "to return to talks.", "REQUEST", {"RUS"}, {"ARM", "AZE"}),
    ("Sudan's army and the Rapid Support Forces agreed to a truce on Saturday. The UN secretary-general "
     "called on both parties to allow aid into Darfur.", "REQUEST", {"UN"}, {"SDN"}),
    # a definite event noun as object refers back to the latest earlier event of its kind
    ("Israeli commandos raided a village near Quneitra overnight. Syria condemned the raid as a flagrant "
     "violation.", "ACCUSE", {"SYR"}, {"ISR"}),
    ("China's navy launched large-scale drills around Taiwan on Monday. Taiwan's opposition leader "
     "criticized the drills.", "ACCUSE", {"TWN"}, {"CHN"}),
    # a word of an amount ("Australian dollars") is no party of the event
    ("Canada pledged 25 million Canadian dollars to Haiti's national police.", "AGREE", {"CAN"}, {"HTI"}),
    ("Japan pledged 500 million Australian dollars for the reconstruction of the port.", "AGREE", {"JPN"}, set()),
    ("India accused Pakistan of shelling villages in Kashmir. The foreign ministers of the two countries "
     "spoke by phone on Sunday.", "CONSULT", {"IND", "PAK"}, set()),
    ("Ethiopia accused Eritrea of massing troops on the border. Saudi Arabia offered talks between the two "
     "neighbours.", "AGREE", {"SAU"}, {"ETH", "ERI"}),
    # a mediation whose parties the sentence leaves implicit is between the article's two sides
    ("Russia accused Ukraine of shelling Belgorod, and Ukraine accused Russia of striking Kharkiv. The swap, "
     "mediated by the United Arab Emirates, freed 150 soldiers on each side.", "CONSULT", {"ARE"}, {"RUS", "UKR"}),
    # a protest is aimed at the owner of what it is against, not at the protesters' government
    ("Several hundred truck drivers blocked a bridge in Ciudad Juárez to protest against US customs "
     "inspections.", "PROTEST", {"MEX"}, {"USA"}),
    ("The United States raised tariffs on Chinese cars to 100 percent on Monday. In Wuhan, several hundred "
     "people gathered outside a Tesla showroom, chanting slogans against the tariffs.", "PROTEST", {"CHN"}, {"USA"}),
    # where something happens is no party of it
    ("Brazil lodged a complaint at the World Trade Organization on Monday.", "ACCUSE", {"BRA"}, set()),
    ("Kenya endorsed the plan at a summit in Ethiopia on Sunday.", "SUPPORT", {"KEN"}, set()),
    # … but the place of a ceasefire or a mission is its other side
    ("Israel agreed to a 60-day truce in Lebanon on Tuesday.", "CONCEDE", {"ISR"}, {"LBN"}),
    # the named object of "warned X against …ing" does the act (object control)
    ("Lithuania warned Belarus against moving troops to the border.", "MOBILIZE", {"BLR"}, set()),
    ("Kenya cautioned Uganda against deploying soldiers near the disputed island.", "MOBILIZE", {"UGA"}, set()),
    # a word of a longer place name is no party of the event
    ("The Iranian navy seized a tanker in the Gulf of Oman.", "COERCE", {"IRN"}, set()),
    # coordinated nationality modifiers name one actor each: both sides of a reciprocal act
    ("Polish and Lithuanian troops exchanged fire with smugglers along the border overnight.", "ASSAULT",
     {"POL", "LTU"}, set()),
    # an agentless passive attack takes its agent from the attack noun that caused it
    ("Three Syrian soldiers were wounded in a Turkish drone strike near Kobani on Friday.", "ASSAULT", {"TUR"}, {"SYR"}),
    # the place people are deported to is no party: the target is whose people they are
    ("Italy deported 40 Tunisian migrants to Albania last week.", "COERCE", {"ITA"}, {"TUN"}),
    # a noun trigger in the "of" phrase of a head naming no act belongs to the head's possessor
    ("Germany's foreign ministry criticized the EU's new package of tariffs on Chinese cars.", "SANCTION", {"EU"}, {"CHN"}),
    # an announced visit (coded AGREE) still goes to the country of the place visited
    ("Japan's prime minister will travel to Canberra next month, officials said.", "AGREE", {"JPN"}, {"AUS"}),
    # an event noun as subject acts through the parties it names
    ("A ceasefire between Armenia and Azerbaijan took effect at noon on Sunday.", "RETREAT", {"ARM", "AZE"}, set()),
    # a conjunct hanging on the name in apposition is a second subject
    ("Kenya's defence chief Charles Kahariri and Ugandan President Yoweri Museveni discussed border security in "
     "Kampala.", "CONSULT", {"KEN", "UGA"}, set()),
    # who threatens is who would carry out the act threatened
    ("The threat of new Chinese tariffs on Australian wine rattled exporters.", "THREATEN", {"CHN"}, {"AUS"}),
    # a response to another side's act is aimed at that side
    ("Japan scrambled fighter jets after four Chinese drones flew near Yonaguni.", "MOBILIZE", {"JPN"}, {"CHN"}),
    ("Estonia put its border guards on high alert after Russian troops massed near Narva.", "MOBILIZE", {"EST"}, {"RUS"}),
    # an object with an owner of its own is aimed at the owner, not at its topic
    ("The Arab League endorsed Egypt's reconstruction plan for Gaza on Tuesday.", "SUPPORT", {"ARAB_LEAGUE"}, {"EGY"}),
    ("France vetoed a Security Council resolution on Mali on Friday.", "REJECT", {"FRA"}, {"UNSC"}),
    # the summit a meeting happens at is no party of it
    ("Modi did not meet Xi Jinping on the sidelines of the BRICS summit in Kazan.", "CONSULT", {"IND"}, {"CHN"}),
    # what forces move into belongs to the other side; only the forces moved are the mover's
    ("Russian drones violated Polish airspace overnight.", "MOBILIZE", {"RUS"}, {"POL"}),
    # "the two armies" deep inside the subject's "of" phrases still names the article's two sides
    ("Armenia accused Azerbaijan of shelling border villages. The chiefs of staff of the two armies spoke over a "
     "hotline on Sunday.", "CONSULT", {"ARM", "AZE"}, set()),
    # the one judged for an act did it
    ("Amnesty International criticised Egyptian authorities for the arrest of two journalists.", "COERCE",
     {"EGY"}, {"EGY"}),
    # a denied act has no victim to infer at home
    ("Iranian drones did not strike civilian areas, the army said.", "ASSAULT", {"IRN"}, set()),
    # a meeting owned by "their" is between the clause's subject and its object
    ("Macron praised Lula after their two-hour meeting in Brasilia.", "CONSULT", {"FRA"}, {"BRA"}),
    # a cancelled visit still names the country visited
    ("The Saudi crown prince cancelled a planned trip to Tokyo on Monday.", "REJECT", {"SAU"}, {"JPN"}),
    # police deployed against domestic protesters have no target (annotation guide, MOBILIZE target)
    ("Riot police were deployed across central Minsk before the opposition march.", "MOBILIZE", {"BLR"}, set()),
    # the sentence's other actor comes with those coordinated with it
    ("Qatar's foreign minister held phone calls with his Egyptian and Jordanian counterparts and offered to "
     "mediate.", "AGREE", {"QAT"}, {"EGY", "JOR"}),
    # the one an act is blamed on did it
    ("Lithuania expelled a Russian diplomat over an attack on a warehouse that Vilnius blamed on Russian military "
     "intelligence.", "ASSAULT", {"RUS"}, {"LTU"}),
    # the body a complaint is brought before is the forum, not the accused
    ("The US imposed tariffs on Canadian lumber. Ottawa said it would file a complaint with the World Trade "
     "Organization.", "ACCUSE", {"CAN"}, {"USA"}),
]


@pytest.mark.parametrize("text, type_, source, target", DYADS)
def test_event_dyads_source_and_target(nlp, text, type_, source, target):
    e = _event(extract(text, published="2026-05-04", nlp=nlp), type_)
    assert (_codes(e.source), _codes(e.target)) == (source, target), e.rule


@pytest.mark.parametrize(
    "text, type_",
    [
        ("Hundreds of students rallied in Belgrade against the government on Sunday, and Serbia's president "
         "dismissed their demands.", "PROTEST"),
        ("Thousands of farmers protested in Warsaw, and Polish officials met their leaders.", "PROTEST"),
    ],
)
def test_event_dyads_own_government_is_another_mention(nlp, text, type_):
    e = _event(extract(text, published="2026-05-04", nlp=nlp), type_)
    assert e.target, e.rule
    assert {a.start for a in e.target}.isdisjoint({a.start for a in e.source})
    assert _codes(e.target) == _codes(e.source)


def test_event_dyads_reason_phrase_keeps_its_own_event(nlp):
    doc = extract("The European Union imposed new sanctions on Belarus over the crackdown.", published="2026-05-04", nlp=nlp)
    crackdown = _event(doc, "COERCE")
    assert "EU" not in _codes(crackdown.source), crackdown.rule


def test_event_dyads_place_actors_are_named_for_their_country(nlp):
    e = _event(extract("Russian drones struck an energy facility in Odesa overnight.", published="2026-05-04", nlp=nlp),
               "ASSAULT")
    (target,) = e.target
    assert (target.text, target.kind, target.name, target.country) == ("Odesa", "country", "Ukraine", "UKR")


def test_event_dyads_people_in_a_city_are_a_group_of_its_country(nlp):
    e = _event(extract("Thousands of teachers marched in Nairobi on Tuesday.", published="2026-05-04", nlp=nlp), "PROTEST")
    (source,) = e.source  # named by the place ("teachers in Nairobi") or, from groups.csv, by the scene's country
    assert (source.kind, source.country) == ("group", "KEN")


def test_event_dyads_ids_depend_on_the_document_id(nlp):
    """Two wire copies of one text, stored under different ids, never share event ids."""
    text = "Germany imposed sanctions on Iran. Iran condemned the sanctions."
    doc = nlp(text)

    def ids(doc_id):
        events = extract_events(doc, ontology=load_ontology(), actors=doc._.actors, places=doc._.places,
                                quantities=doc._.quantities, quotes=doc._.quotes, published="2026-05-04", doc_id=doc_id)
        return [e.id for e in events]

    a, b = ids("wire-copy-a"), ids("wire-copy-b")
    assert a and len(a) == len(b) == len(set(a))
    assert set(a).isdisjoint(b)
    assert ids("wire-copy-a") == a


@pytest.mark.parametrize(
    "text, type_, place",
    [
        # a place of the event's own clause
        ("NAIROBI, 4 May 2026 — Uganda deployed troops to Goma on Monday.", "MOBILIZE", "Goma"),
        # a lede arrest with no place of its own happens where the reporter files from
        ("NAIROBI, 4 May 2026 — Kenyan police arrested 12 opposition activists on Monday.", "COERCE", "NAIROBI"),
        # a place inside a "from" phrase is where something came from, not where the event is
        ("A US Air Force C-17 from Kadena Air Base in Okinawa delivered tents to Jakarta on Wednesday.", "AID", "Jakarta"),
        # a statement is not located at the dateline
        ("NAIROBI, 4 May 2026 — Kenya criticized the new Ugandan tariffs on Monday.", "ACCUSE", None),
        # nor where the one reporting it sits
        ("Rebels shelled the airport overnight, an army spokesman in Khartoum said.", "ASSAULT", None),
        # nor is an event told later in the article
        ("NAIROBI, 4 May 2026 — Talks resumed on Monday. The minister spoke to reporters. Later, Kenyan police "
         "arrested 12 opposition activists.", "COERCE", None),
    ],
)
def test_event_dyads_location_only_when_tied_to_the_event(nlp, text, type_, place):
    e = _event(extract(text, published="2026-05-04", nlp=nlp), type_)
    assert (e.location.text if e.location is not None else None) == place, e.rule


@pytest.mark.parametrize(
    "text, type_, source, target",
    [
        ("Ukraine asked Germany for more air defence systems on Monday, and Germany agreed to send two Patriot "
         "batteries to Ukraine. Critics urged the government to explain the delay.", "REQUEST", {"DEU"}, {"DEU"}),
        ("Russia expelled two Estonian diplomats on Friday, and Estonia condemned Russia. Columnists accused the "
         "government of silence.", "ACCUSE", {"EST"}, {"EST"}),
        # the passive subject of an attack is the place attacked; the agentless attack is the act of
        # the side that attacked before
        ("Russia launched a new offensive in the east on Monday. Kharkiv was shelled overnight, regional "
         "officials said.", "ASSAULT", {"RUS"}, {"UKR"}),
    ],
)
def test_event_dyads_last_event_of_the_article(nlp, text, type_, source, target):
    """Sides of the article's last event of a type: demands on and criticism of "the government"
    with no named critic come from its own country, not from the foreign counterpart the
    article pairs it with; a place shelled in the passive is the target, and the side that
    attacked before is the source."""
    doc = extract(text, published="2026-05-04", nlp=nlp)
    e = [e for e in doc.events if e.type == type_][-1]
    assert (_codes(e.source), _codes(e.target)) == (source, target), e.rule


def test_event_dyads_definite_event_subject_refers_back(nlp):
    """'the truce took effect': a verb whose subject is a definite event noun naming no actor is
    carried by both sides of the earlier event of its kind."""
    text = "Thailand and Cambodia agreed to a ceasefire on Monday. The truce took effect at midnight."
    e = [e for e in extract(text, published="2026-05-04", nlp=nlp).events if e.type == "RETREAT"][-1]
    assert (_codes(e.source), _codes(e.target)) == ({"THA", "KHM"}, set()), e.rule


def test_event_dyads_plural_possessive_after_a_single_subject(nlp):
    """'their' after a single subject stands for the nearest coordinated actors before it."""
    text = "Beijing protested to Japan and the Philippines over their joint naval exercises in the South China Sea."
    e = _event(extract(text, published="2026-05-04", nlp=nlp), "COOPERATE")
    assert _codes(e.source) == {"JPN", "PHL"}, e.rule
