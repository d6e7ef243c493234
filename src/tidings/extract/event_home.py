"""Sources at home: the state whose own people an act by no one named falls on.

- Demands on and criticism of a government named only by a common noun ("the Greens asked the
  government to explain") come from inside its country.
- Arrests, trials and sentences by no one named ("Lissu was sentenced", "a judge barred her from
  leaving the country") are the state's own, unless they happen abroad or are seizures.
- A concession with no one named to receive it, in a story about one country, is made to that
  country's own people ("the junta pardoned 19 soldiers").
- Power seized by no one coded ("soldiers seized power in Bissau") is seized by people of the country
  whose power it is.
- A protest named by a noun with no side named, in a sentence about one country, is that country's
  people's, against their own state ("the government resigned after weeks of street protests").
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from tidings.extract.event_claims import judges
from tidings.extract.event_index import EventIndex, side_codes as _codes
from tidings.extract.event_recipients import trigger_token
from tidings.extract.event_syntax import VERB_POS, direct_object, has_word, nearest_subject
from tidings.models import Actor, Event


def latest_mention(code: str, at: int, index: EventIndex, exclude: set[int] = frozenset()) -> Actor | None:
    """The latest mention of a code before ``at`` (else the first one), as the evidence."""
    mentions = [a for a in index.actors if (a.code or a.country) == code and a.start not in exclude]
    before = [a for a in mentions if a.start < at]
    return (before[-1] if before else mentions[0]) if mentions else None


def home_critic(e: Event, index: EventIndex) -> Actor | None:
    """'the Greens asked [the government] to explain': demands on and criticism of a government
    named only by a common noun ("the government", "the authorities") come from inside its
    country; the source is that country, evidenced by its latest earlier mention."""
    if not index.tables.types[e.type].implicit_recipient or index.tables.types[e.type].quad_class != 3:
        return None
    codes = _codes(e.target)
    if len(codes) != 1 or not all(a.sector == "GOV" and a.text[:1].islower() for a in e.target):
        return None
    return latest_mention(next(iter(codes)), e.trigger.start, index, exclude={a.start for a in e.target})


def home_repression(e: Event, index: EventIndex) -> Actor | None:
    """'Hasina was sentenced to death', 'a judge barred the former president from leaving': arrests,
    trials and sentences by no one named of a country's political figures (vocabulary.csv
    home_figure_sectors) are its own state's, unless they happen abroad or are seizures."""
    if e.type not in index.tables.vocab("repression") or e.mode == "seize":
        return None
    codes = _codes(e.target)
    figures = index.tables.vocab("home_figure_sectors")
    if len(codes) != 1 or any(a.code or a.kind == "country" or a.sector not in figures for a in e.target):
        return None  # not "a British aid worker was detained": a foreigner held has no known captor
    code = next(iter(codes))
    if e.location is not None and e.location.country and e.location.country != code:
        return None
    found = latest_mention(code, e.trigger.start, index, exclude={a.start for a in e.target})
    if found is None:  # "a judge barred the former Peruvian president": its state, evidenced by the target mention
        mention = e.target[0]
        found = Actor(text=mention.text, start=mention.start, end=mention.end, name=index.country_names.get(code, code),
                      kind="country", country=code, sector="GOV")
    return found


def state_organ_subject(e: Event, index: EventIndex) -> bool:
    """'a judge barred her from leaving the country': the clause's subject is an organ of the state
    (vocabulary.csv state_organ_nouns), the state's own act though no country is named."""
    tok = trigger_token(e, index)
    subj = nearest_subject(tok) if tok is not None and tok.pos_ in VERB_POS else None
    return subj is not None and has_word(subj, index.tables.vocab("state_organ_nouns"))


def home_concession(e: Event, salience: Counter, index: EventIndex) -> Actor | None:
    """'Mali's junta pardoned 19 soldiers', 'Sri Lanka's president apologised for abuses': a
    concession (vocabulary.csv home_concession_types) by one state, in a story naming no other
    country (``salience``: mentions per code), is made at home; its government stands for the
    people, evidenced by another mention of the country or else by the source mention."""
    codes = _codes(e.source)
    if e.type not in index.tables.vocab("home_concession_types") or len(codes) != 1 or e.status == "negated":
        return None
    if any(a.code or not a.country for a in e.source):
        return None  # not an international body's
    code = next(iter(codes))
    if salience[code] < 0.6 * (sum(salience.values()) or 1):
        return None
    mention = latest_mention(code, e.trigger.start, index, exclude={a.start for a in e.source}) or e.source[0]
    return Actor(text=mention.text, start=mention.start, end=mention.end, name=index.country_names.get(code, code),
                 kind="country", country=code, sector="GOV")


def home_protest(e: Event, index: EventIndex) -> Actor | None:
    """'Bulgaria's government resigned after ten days of street protests', 'the president bowed to
    months of student-led protests': a protest named by a noun (vocabulary.csv home_protest_types)
    with neither side named, in a sentence whose coded actors are all of one country, is made by
    people in that country (the actor-code rule: "protesters in it") against their own state. A
    sentence naming a second country or an international body leaves it open, and so does a judgement
    of the protests ("the State Department condemned the crackdown on the protests")."""
    if e.source or e.target or e.type not in index.tables.vocab("home_protest_types"):
        return None
    tok = trigger_token(e, index)
    if tok is None or tok.pos_ in VERB_POS or judges(_clause_verb(tok), index):
        return None
    here = index.sentence_actors(tok)
    codes = _codes(here)
    if len(codes) != 1 or any(a.code or not a.country for a in here):
        return None
    code = next(iter(codes))
    mention = latest_mention(code, e.trigger.start, index)
    if mention is None:
        return None
    return Actor(text=mention.text, start=mention.start, end=mention.end, name=index.country_names.get(code, code),
                 kind="country", country=code, sector="GOV")


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds the noun ("condemned the repression of [the protests]")."""
    while token.pos_ not in VERB_POS and token.head != token:
        token = token.head
    return token


def home_takeover(e: Event, index: EventIndex) -> Actor | None:
    """'ECOWAS suspended Guinea-Bissau after soldiers seized power in Bissau': power (vocabulary.csv
    power_nouns) seized by no one coded is seized from within the country whose power it is, the
    act's one country target; not the article's other party."""
    tok = trigger_token(e, index)
    obj = direct_object(tok) if tok is not None and tok.pos_ in VERB_POS else None
    if obj is None or not has_word(obj, index.tables.vocab("power_nouns")):
        return None
    codes = _codes(e.target)
    if len(codes) != 1 or any(a.code for a in e.target):
        return None
    code = next(iter(codes))
    return latest_mention(code, e.trigger.start, index, exclude={a.start for a in e.target}) or e.target[0]
