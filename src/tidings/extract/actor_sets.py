"""Plural references to a set of parties the article named before: "the two leaders", "both sides",
"the mediators", a sentence-initial "They".

A definite plural noun of ``set_nouns.csv`` ("the leaders", "the two countries", "both governments") with no
party of its own stands for:

1. its fixed members, for a noun that names them ("the two Koreas" → PRK, KOR);
2. else the parties of its earlier full form, when the article named them together with the same noun
   ("Saudi and US mediators … the mediators");
3. else, for people ("the two leaders", "the men"), the two people of different countries named in another
   clause of the noun's sentence before it, or in the sentence before ("Pezeshkian spoke with Macron … The
   two leaders");
4. else, for a counted pair ("the two countries", "both central banks"), the two codes of a coordination before
   it in its own sentence ("Brazil and China began …, after the two central banks signed");
5. else, for a pair ("the two countries", "both governments", "the two men") or people ("the leaders"), the
   article's main pair: the two codes the article named most often as parties before the noun, when both were
   named at least twice and no third code comes near them ("thanked both governments" in a story about Israel and Lebanon in which France
   and the US appear too). A story with no clear pair leaves the noun to the event coder.

A noun with a describing modifier ("the West African leaders", "the rival delegations") is left alone, but the
name of a fixed group of countries (``named_sets.csv``: "the Baltic states", "the Nordic countries") stands for its
members wherever it is written.

A sentence-initial "They" stands for the previous sentence's subject when that is such a set or a
coordination of parties of two or more codes ("Ethiopia and Eritrea fought … They signed").

The set is given as one mention per member, all on the noun's span (``extra["member"]``), so that the
event coder can take them together as a compound source or target. Linear in the tokens.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from tidings.extract.actor_context import SentenceIndex, clause_verb
from tidings.extract.actor_mention import Mention
from tidings.ontology.actor_refs import ReferenceTables, SetNoun
from tidings.ontology.actors import ActorTables

_BACK = 1  # sentences before the noun's own that may hold the set of people
_PAIR_MIN = 2  # mentions each side of the article's main pair needs before the noun
_PAIR_LEAD = 2  # the second side is named at least this many times as often as any third code
_PAIR_SHARE = 4  # and at least a quarter as often as the first (else a one-country story: "both delegations")
_DETERMINERS = ("det", "predet", "nummod", "quantmod", "amod")
_NOT_PARTIES = ("MED",)  # the media quoted are no party
_QUOTES = set("\"“”")
_PARTITIVE = ("other", "some", "several", "many", "few", "most")  # "the other Nordic countries": not all of them


def resolve_sets(doc: Doc, mentions: list[Mention], *, tables: ActorTables, lower: list[str],
                 sentences: SentenceIndex) -> list[Mention]:
    """``mentions`` with each set noun or pronoun resolved replaced by its members (``lower``: the lower-cased
    token texts)."""
    nouns, words, named = tables.refs.set_nouns, tables.refs.set_words, tables.refs.named_sets
    if not nouns:
        return mentions
    cover = {i: m for m in mentions for i in range(m.start, m.end)}
    parties = _parties_by_sentence(doc, mentions, sentences)
    forms = _earlier_forms(doc, mentions)
    resolved: dict[int, list[Mention]] = {}  # noun token → its members, for a later "They"
    dropped, added = set(), []
    for i, word in enumerate(lower):
        if word not in nouns and word not in named and words.get(word) != "pronoun":
            continue
        found, token = cover.get(i), doc[i]
        if found is not None and (found.country or found.code) and found.extra.get("explicit_country") is not False:
            continue  # "the ministers" with only the article's country (explicit_country False) may still be a set
        if (fixed := _named_set(token, lower, named.get(word, []), tables)) is not None:
            start, members = fixed
            added += [_member(m, start, i + 1, None, tables) for m in members]
            continue
        noun = nouns.get(word) if token.tag_ in ("NNS", "NNPS") else None
        if noun is not None:
            members = _noun_members(token, noun, tables.refs, parties, forms, sentences, tables)
        elif words.get(token.lower_) == "pronoun" and _sentence_initial(doc, token, sentences):
            members = _subject_set(doc, token, cover, resolved, sentences)
        else:
            continue
        if not members:
            continue
        resolved[token.i] = members
        start, end = (found.start, found.end) if found is not None else (token.i, token.i + 1)
        if found is not None:
            dropped.add(id(found))
        added += [_member(m, start, end, noun, tables) for m in members]
    return [m for m in mentions if id(m) not in dropped] + added


def _named_set(token: Token, lower: list[str], names: list[tuple[tuple[str, ...], tuple[str, ...]]],
               tables: ActorTables) -> tuple[int, list[Mention]] | None:
    """A name for a fixed group of countries ending at ``token`` ("the Baltic states", "the Nordic countries"):
    where it starts, and one mention per country; not when counted or taken in part ("two Baltic states", "other
    Nordic countries")."""
    if any(ch.dep_ == "nummod" or ch.lower_ in _PARTITIVE for ch in token.children):
        return None
    i = token.i
    for before, codes in names:
        start = i - len(before)
        if start >= 0 and tuple(lower[start:i]) == before:
            return start, [Mention(start=start, end=i + 1, kind="country", country=code, sector="GOV",
                                   name=tables.countries.get(code, code)) for code in codes]
    return None


def _noun_members(token: Token, noun: SetNoun, refs: ReferenceTables, parties, forms, sentences: SentenceIndex,
                   tables: ActorTables) -> list[Mention]:
    children = [ch for ch in token.children if ch.dep_ in _DETERMINERS + ("compound",)]
    uses = [refs.set_words.get(ch.lower_) for ch in children]
    if not any("definite" in use.split("|") for use in uses if use):
        return []  # "two leaders": someone new
    size = max((refs.set_sizes.get(ch.lower_, 0) for ch in children), default=0)
    if None in uses and not _counted(children, uses):
        return []  # "the West African leaders", "the rival delegations": described
    if noun.members:
        return [Mention(start=token.i, end=token.i + 1, kind="country", country=code,
                        name=tables.countries.get(code, code), sector="GOV") for code in noun.members]
    earlier = forms.get(token.lemma_.lower(), [])
    before = [group for head, group in earlier if head < token.i]
    if before:
        return before[-1]
    if size > 2:  # "the three capitals": only a coordination of three names counts them
        return _sentence_set(token, size, parties, sentences)
    if noun.people:
        chosen = _people_pair(token, parties, sentences)
        if chosen:
            return chosen
    if size and (chosen := _sentence_set(token, size, parties, sentences)):
        return chosen  # "Brazil and China began …, after the two central banks signed"; "… the three capitals"
    if noun.people or size == 2:  # "the two countries", "the leaders"
        return _main_pair(token, parties)
    return []


def _sentence_set(token: Token, size: int, parties, sentences: SentenceIndex) -> list[Mention]:
    """A counted set ("the two countries", "both central banks", "the three capitals") after a coordination of as
    many codes in its own sentence ("Brazil and China", "Pakistani and Saudi forces", "Spain, Ireland and Norway"):
    the latest such coordination before it."""
    before = [m for m in parties.get(sentences.of_token(token), []) if m.end <= token.i]
    for m in reversed(before):
        joined, grown = [m], True
        while grown:  # the whole coordination: "Egypt, Qatar and Turkey" is no pair
            more = [o for o in before if o not in joined and any(_coordinated(token.doc, j, o) for j in joined)]
            joined, grown = joined + more, bool(more)
        if len(joined) > 1:
            return _sides(joined, size)
    return []


def _coordinated(doc: Doc, one: Mention, other: Mention) -> bool:
    """One mention's token is a conjunct of the other's ("Brazil and [China]", "Pakistani and [Saudi] forces")."""
    mine, theirs = range(one.start, one.end), range(other.start, other.end)
    return any((doc[i].dep_ == "conj" and doc[i].head.i in theirs) for i in mine) or any(
        (doc[j].dep_ == "conj" and doc[j].head.i in mine) for j in theirs)


def _counted(children: list[Token], uses: list[str | None]) -> bool:
    """"the two regional rivals", "both nuclear-armed neighbours", "the three Baltic states": a counting word before
    adjectives still counts the set ("the rival delegations", "the West African leaders" stay a described group of
    their own)."""
    pair = [ch.i for ch, use in zip(children, uses) if use and {"pair", "count"} & set(use.split("|"))]
    described = [ch for ch, use in zip(children, uses) if use is None]
    return bool(pair) and all(ch.dep_ == "amod" and ch.i > max(pair) for ch in described)


def _people_pair(token: Token, parties, sentences: SentenceIndex) -> list[Mention]:
    """Two people of different countries in another clause of the noun's sentence before it, or in the sentence
    before."""
    here, verb = sentences.of_token(token), clause_verb(token).i
    for n in range(here, max(-1, here - _BACK - 1), -1):
        pool = [m for m in parties.get(n, []) if m.end <= token.i and m.kind == "person"]
        if n == here:  # "Saudi and US mediators hosted the rival delegations": not the noun's own clause
            pool = [m for m in pool if clause_verb(token.doc[m.end - 1]).i != verb]
        chosen = _two_sides(pool)
        if chosen:
            return chosen
    return []


def _main_pair(token: Token, parties) -> list[Mention]:
    """The latest mention of each of the article's two most named parties before the noun, when they stand out."""
    counts: Counter[str] = Counter()
    latest: dict[str, Mention] = {}
    for n in sorted(parties):
        for mention in parties[n]:
            if mention.end <= token.i:
                code = mention.code or mention.country
                counts[code] += 1
                latest[code] = mention
    ranked = counts.most_common(3) + [("", 0)] * 3
    (first, n_first), (second, n_second), (_, n_third) = ranked[:3]
    if n_second < _PAIR_MIN or n_second < _PAIR_LEAD * n_third or n_second * _PAIR_SHARE < n_first:
        return []
    return sorted((latest[first], latest[second]), key=lambda m: m.start)


def _two_sides(pool: list[Mention]) -> list[Mention]:
    """The latest mention of each code, when the pool names exactly two codes."""
    return _sides(pool, 2)


def _sides(pool: list[Mention], size: int) -> list[Mention]:
    """The latest mention of each code, when the pool names exactly ``size`` codes."""
    latest: dict[str, Mention] = {}
    for mention in pool:
        latest[mention.code or mention.country] = mention
    return sorted(latest.values(), key=lambda m: m.start) if len(latest) == size else []


def _parties_by_sentence(doc: Doc, mentions: list[Mention], sentences: SentenceIndex) -> dict[int, list[Mention]]:
    """Coded mentions that act as parties (not a place, a modifier or the media), by sentence, in text order."""
    out: dict[int, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if not (mention.country or mention.code) or mention.sector in _NOT_PARTIES:
            continue
        if mention.sector is None and mention.kind != "person":
            continue
        out.setdefault(sentences.of_token(doc[mention.start]), []).append(mention)
    return out


def _earlier_forms(doc: Doc, mentions: list[Mention]) -> dict[str, list[tuple[int, list[Mention]]]]:
    """Noun lemma → (noun token, its parties) for nouns that carried two or more coded parties ("Saudi and US
    mediators")."""
    groups: dict[int, list[Mention]] = {}
    for mention in mentions:
        head = mention.extra.get("head")
        if head is not None and (mention.country or mention.code):
            groups.setdefault(head, []).append(mention)
    out: dict[str, list[tuple[int, list[Mention]]]] = {}
    for head in sorted(groups):
        members = groups[head]
        if len({m.code or m.country for m in members}) >= 2:
            out.setdefault(doc[head].lemma_.lower(), []).append((head, sorted(members, key=lambda m: m.start)))
    return out


def _sentence_initial(doc: Doc, token: Token, sentences: SentenceIndex) -> bool:
    """"They" opening a sentence of the author's (not inside a quote)."""
    if token.dep_ != "nsubj" or token.i == 0 or doc[token.i - 1].text in _QUOTES:
        return False
    return token.is_sent_start or doc[token.i - 1].is_space


def _subject_set(doc: Doc, token: Token, cover: dict[int, Mention], resolved: dict[int, list[Mention]],
                 sentences: SentenceIndex) -> list[Mention]:
    """The previous sentence's subject, when it is a set or a coordination of two or more codes."""
    previous = doc[token.i - 1]
    while previous.i > 0 and previous.is_space:
        previous = doc[previous.i - 1]
    root = previous.sent.root
    subjects = [ch for ch in root.children if ch.dep_ in ("nsubj", "nsubjpass")]
    subject = max(subjects, key=lambda ch: ch.i) if subjects else None  # "ADDIS ABABA, … — Ethiopia and …"
    if subject is None:
        return []
    if subject.i in resolved:
        return resolved[subject.i]
    parts, stack = [], [subject]
    while stack:  # the subject and its conjuncts: "Ethiopia and Eritrea" (an apposition when a dateline spoils
        part = stack.pop()  # the parse: "ADDIS ABABA, 3 May — Ethiopia and Eritrea fought")
        parts.append(part)
        stack += [ch for ch in part.children if ch.dep_ in ("conj", "appos")]
    found: list[Mention] = []
    for part in parts:
        mention = cover.get(part.i)
        if mention is not None and (mention.country or mention.code) and mention not in found:
            found.append(mention)
    return found if len({m.code or m.country for m in found}) >= 2 else []


def _member(member: Mention, start: int, end: int, noun: SetNoun | None, tables: ActorTables) -> Mention:
    """One member of the set, on the set's span; for a noun of parties, the member's country (or IGO) itself."""
    if noun is not None and not noun.people and member.kind == "person":
        if member.code:
            out = Mention(start=start, end=end, kind="igo" if member.sector == "IGO" else "organization",
                          name=member.code, code=member.code, sector=member.sector)
        else:
            out = Mention(start=start, end=end, kind="country", country=member.country, sector="GOV",
                          name=tables.countries.get(member.country, member.country))
    else:
        out = Mention(start=start, end=end, kind=member.kind, name=member.name, country=member.country,
                      code=member.code, sector=member.sector, role=member.role)
    out.extra["member"] = True
    return out
