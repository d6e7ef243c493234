"""Where, when and how much: an event's location, date and quantities from its clause."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.extract.dates import anchored_offset, date_phrase, resolve_date, shift_date, when_antecedent
from tidings.extract.event_compose import Candidate
from tidings.extract.event_index import EventIndex
from tidings.extract.event_syntax import VERB_POS, clause_verb, has_subject
from tidings.models import Place, Quantity


def _clause_members(c: Candidate) -> list[Token]:
    """The words heading the event's clause: the anchor verb, the trigger, the wrapped complement."""
    heads = [clause_verb(c.anchor), c.token]
    if c.inner is not None:
        heads.append(c.inner)
    return heads


def _attached_to(tok: Token, heads: list[Token]) -> bool:
    """True when ``tok`` hangs under one of ``heads`` without crossing another clause's verb."""
    t = tok
    for _ in range(12):
        if any(t == h for h in heads):
            return True
        if t.head == t:
            return False
        if t != tok and t.pos_ in VERB_POS and t.dep_ not in ("xcomp", "aux", "auxpass"):
            return False
        t = t.head
    return False


def event_date(c: Candidate, index: EventIndex, *, future: bool, reporter: Token | None = None) -> tuple[str | None, str]:
    """(date, how it was found): a time expression of the event's own clause, else of the clause
    it is coordinated with ("visited Beirut on Monday and met Aoun"), else, for an announced
    event, the date of the announcement; the publication date when nothing better."""
    found = _clause_date(_clause_members(c), c, index, future)
    if found is not None:
        return found[0], f"date '{found[1]}'"
    found = _anchored_date(c, index, future, reporter) or _when_date(c, index, future)
    if found is not None:
        return found
    for up in _sharing_clauses(clause_verb(c.anchor)):
        found = _clause_date([up], c, index, future)
        if found is not None:
            return found[0], f"date '{found[1]}' of the coordinated clause"
    if reporter is not None:
        found = _clause_date([reporter], c, index, False)
        if found is not None:
            return found[0], f"date '{found[1]}' of the report"
    if index.published:
        return index.published, "publication date"
    return None, "no date"


def _anchored_date(c: Candidate, index: EventIndex, future: bool, reporter: Token | None) -> tuple[str, str] | None:
    """'…, a week after Tehran curbed …', '… the following day': the date of the clause above,
    moved by the interval the expression names."""
    heads = _clause_members(c)
    for ent in index.sentence_dates(c.token):
        found = anchored_offset(ent)
        if found is None or not any(found[0] == h for h in heads):
            continue
        verb, days = found
        anchor = _clause_date([verb.head], c, index, future) if verb.head != verb else None
        if anchor is None and reporter is not None:
            anchor = _clause_date([reporter], c, index, False)
        if anchor is not None:
            return shift_date(anchor[0], days), f"'{ent.text}' from date '{anchor[1]}'"
        if index.published:
            return shift_date(index.published, days), f"'{ent.text}' from the publication date"
    return None


def _when_date(c: Candidate, index: EventIndex, future: bool) -> tuple[str, str] | None:
    """'met in Geneva in March, when they agreed …': the date the 'when' clause elaborates."""
    ent = when_antecedent(clause_verb(c.anchor), index.sentence_dates(c.token))
    value = resolve_date(date_phrase(ent)[1], published=index.published, future=future) if ent is not None else None
    return (value, f"date '{ent.text}' of the 'when' clause") if value else None


_NOT_ADJUNCT = frozenset({"compound", "amod", "poss", "nummod", "appos"})


def _clause_date(heads: list[Token], c: Candidate, index: EventIndex, future: bool) -> tuple[str, str] | None:
    best: tuple[int, str, str] | None = None
    for ent in index.sentence_dates(c.token):
        root, phrase = date_phrase(ent)
        names_event = root.dep_ in ("poss", "compound") and root.head == c.token  # "Sunday's attack"
        if (root.dep_ in _NOT_ADJUNCT and not names_event) or _in_dateline(ent, index) or _since(ent, index):
            continue
        if not _attached_to(root, heads):
            continue
        value = resolve_date(phrase, published=index.published, future=future)
        if value is None:
            continue
        distance = abs(root.i - c.token.i)
        if best is None or distance < best[0]:
            best = (distance, value, phrase)
    return (best[1], best[2]) if best is not None else None


def _in_dateline(ent, index: EventIndex) -> bool:
    """'WARSAW, July 14, 2026 — …': the dateline dates the article, not the event."""
    dash = index.dateline_end
    return dash is not None and ent.start_char < dash


def _since(ent, index: EventIndex) -> bool:
    """'the first since August': a time bound, not the event's date."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in index.tables.vocab("time_bounds")


def _sharing_clauses(verb: Token) -> list[Token]:
    """Clauses whose time adjunct the event shares: the verb it is coordinated with or
    depends on as a participle ("visited Beirut on Monday and met Aoun", "responded at the
    weekend by ordering"), then a later conjunct without a subject of its own ("seized the
    drugs and arrested a dozen suspects on Saturday"), then a participle on its subject
    ("ministers, meeting in Manila on Tuesday, called for …")."""
    out, t = [], verb
    for _ in range(3):
        if t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN")):
            t = t.head
        elif t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep" and t.head.head.pos_ in VERB_POS:
            t = t.head.head
        else:
            break
        out.append(t)
    out += [ch for ch in verb.children if ch.dep_ == "conj" and ch.pos_ in VERB_POS and not has_subject(ch)]
    subjects = [ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")]
    out += [g for s in subjects for g in s.children if g.dep_ == "acl" and g.tag_ == "VBG"]  # "ministers, meeting on Tuesday, called"
    return out


def event_location(c: Candidate, index: EventIndex) -> tuple[Place | None, str]:
    """Where the event happened, or None: a place in a locative phrase of the event's clause;
    else the sentence's only place when it stands in a locative phrase; else, for events that
    happen where the reporter is (types.csv ``at_dateline``), the dateline city when the
    event is told in the lede and its sentence names no place."""
    heads = _clause_members(c)
    locative: list[tuple[Place, str]] = []
    seen: set[int] = set()
    origin: Place | None = None
    outer = _outer_subjects(c)
    for tok in _ordered_clause_tokens(c, index):
        place = index.place(tok)
        if place is None or any(s.left_edge.i <= tok.i <= s.right_edge.i for s in outer):
            continue
        seen.add(place.start)
        prep = _governing_prep(tok)
        if tok.dep_ in ("nsubj", "nsubjpass", "poss") or prep is None or prep not in index.tables.vocab("location_preps"):
            continue
        if _attached_to(tok, heads):
            if prep != "from":
                return place, f"place after '{prep}'"
            origin = origin or place  # "flew in from Okinawa": only when nothing names where it happened
            continue
        locative.append((place, prep))
    if origin is not None:
        return origin, "place after 'from'"
    own = seen - ({index.dateline_place.start} if index.dateline_place is not None else set())
    if len(own) == 1 and locative and locative[0][0].start in own:
        return locative[0][0], f"the sentence's only place, after '{locative[0][1]}'"
    if not own and _at_dateline(c, index):
        return index.dateline_place, "dateline"
    return None, "no place"


def _outer_subjects(c: Candidate) -> list[Token]:
    """Subjects of the clauses above the event's own ("the defence ministry [in Moscow] said"):
    where a reporter sits is not where the event happened."""
    out: list[Token] = []
    t = clause_verb(c.anchor)
    for _ in range(6):
        if t.head == t:
            break
        t = t.head
        if t.pos_ in VERB_POS:
            out += [ch for ch in t.children if ch.dep_ in ("nsubj", "nsubjpass")]
    return out


def _at_dateline(c: Candidate, index: EventIndex) -> bool:
    """The dateline places only lede events of types that happen where the reporter is."""
    return (
        index.dateline_place is not None
        and c.type in index.tables.at_dateline
        and index.sentence(c.token) <= 1
    )


def _ordered_clause_tokens(c: Candidate, index: EventIndex) -> list[Token]:
    start, end = index.sent_bounds[c.token.i]
    doc, i = index.doc, c.token.i
    order = sorted(range(start, end), key=lambda j: abs(j - i))
    return [doc[j] for j in order if index.place_at[j] is not None]


def _governing_prep(tok: Token) -> str | None:
    """The preposition a place hangs on, looking through "the city of [Wuhan]", "the streets
    of [Belgrade]"."""
    t = tok
    for _ in range(6):
        if t.dep_ == "pobj":
            prep = t.head
            if prep.lower_ == "of" and prep.head.pos_ in ("NOUN", "PROPN") and prep.head.dep_ in ("pobj", "appos"):
                t = prep.head  # "in the central city of Wuhan"
                continue
            outer = prep.head
            if outer.dep_ == "pobj" and outer.head.lower_ == "from":
                return "from"  # "a C-17 from Kadena Air Base [in Okinawa]": where it came from
            return prep.lower_
        if t.dep_ not in ("compound", "conj", "appos", "amod", "pobj") or t.head == t:
            return None
        t = t.head
    return None


def event_quantities(c: Candidate, index: EventIndex) -> list[Quantity]:
    if not index.quantities:
        return []
    heads = _clause_members(c)
    sent = index.sent(c.token)
    out = []
    for q in index.quantities:
        if not (sent.start_char <= q.start < sent.end_char):
            continue
        tok = index.doc.char_span(q.start, q.end, alignment_mode="expand")
        if tok is not None and _attached_to(tok.root, heads):
            out.append(q)
    return out
