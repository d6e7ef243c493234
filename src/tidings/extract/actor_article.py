"""The country an article is mostly about, for mentions whose country the text leaves open.

Every name that points to a country counts once ("marks": countries, demonyms, capitals and seats,
national bodies such as the Bundestag or the Houthis, office holders, and the places the gazetteer
found; not the media quoted), a mark in the lead sentence twice. The dateline's country, when the
lead names it or one of its places too, adds three and wins ties: a Berlin story about a US decision
stays German, a Myanmar story datelined BANGKOK that names Thailand only later stays Burmese.
Among equals, the country whose own name (not its bodies, people or places) comes most often wins;
else there is none ("officials in Srinagar and Muzaffarabad").
"""

from __future__ import annotations

from collections import Counter

_LEAD_WEIGHT = 2  # a mark in the lead sentence counts double
_DATELINE_WEIGHT = 3  # the dateline's country adds as much as three marks, when the lead names it


def article_country(marks: list[tuple[int, str, bool]], *, lead: int, dateline_country: str | None) -> str | None:
    """``marks``: (sentence index, country, is the country's own name) of every name; ``lead``: the index of
    the lead sentence. Without any mark, the dateline's country."""
    scores: Counter[str] = Counter()
    states: Counter[str] = Counter()
    in_lead = set()
    for sentence, country, state in marks:
        in_lead.update([country] if sentence == lead else [])
        scores[country] += _LEAD_WEIGHT if sentence == lead else 1
        states[country] += state
    if not scores:
        return dateline_country
    if dateline_country in in_lead:
        scores[dateline_country] += _DATELINE_WEIGHT
    top = max(scores.values())
    if dateline_country and scores[dateline_country] == top:
        return dateline_country
    best = [country for country, score in scores.items() if score == top]
    if len(best) > 1:
        most = max(states[country] for country in best)
        best = [country for country in best if states[country] == most]
    return best[0] if len(best) == 1 else None
