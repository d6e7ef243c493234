"""Sources at home: the state whose own people an act by no one named falls on.

- Demands on and criticism of a government named only by a common noun ("the Greens asked the
  government to explain") come from inside its country.
- Arrests, trials and sentences by no one named ("Lissu was sentenced", "a judge barred her from
  leaving the country") are the state's own, unless they happen abroad or are seizures.
- A concession with no one named to receive it, in a story about one country, is made to that
  country's own people ("the junta pardoned 19 soldiers").
"""

from __future__ import annotations

from collections import Counter

from tidings.extract.event_index import EventIndex, side_codes as _codes
from tidings.extract.event_recipients import trigger_token
from tidings.extract.event_syntax import VERB_POS, has_word, nearest_subject
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
