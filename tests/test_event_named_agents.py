"""Agents named outside the subject (event_source_repairs.hung_agent and uncoded_agent): a passive's
"by" phrase the parser hung on a plain noun of the verb's own prepositional phrase is the verb's
agent ("was charged with crimes against humanity [by the ICC]"); a passive "by" agent, or an act
noun's "from" party, named but not coded leaves the source open rather than the article's
counterpart. Sentences written for these tests, on the real model."""

from __future__ import annotations

import pytest

from event_lookup import event_at, sides

CASES = [
    # the "by" phrase hung on the noun of the verb's own "with" phrase is the agent
    ("A former Liberian warlord, who was arrested in Monrovia last year, was charged with crimes against humanity by the "
     "International Criminal Court, his lawyers said.", "ACCUSE", "charged", ({"ICC"}, {"LBR"})),
    ("A Venezuelan general was charged with crimes against humanity by Argentine prosecutors on Thursday.",
     "ACCUSE", "charged", ({"ARG"}, {"VEN"})),
    # a passive agent named but not coded: no counterpart guessed
    ("The detention of three Turkish reporters by Azerbaijani police was condemned by media watchdogs on Tuesday.",
     "ACCUSE", "condemned", (set(), {"TUR"})),
    # an act noun's "from" party named but not coded: no counterpart guessed
    ("The Turkish football federation declined an invitation from the European governing body to meetings with Greek "
     "officials in Zurich.", "AGREE", "invitation", (set(), {"TUR"})),
    # near misses: an agent the parser hung right stays; a coded agent or "from" party is the source
    ("A former militia leader from Congo was charged with war crimes in Ituri by the International Criminal Court on "
     "Monday, his lawyers said.", "ACCUSE", "charged", ({"ICC"}, {"COD"})),
    ("The detention of three Turkish reporters by Azerbaijani police was condemned by Ankara on Tuesday.",
     "ACCUSE", "condemned", ({"TUR"}, {"AZE"})),
    ("Georgia's foreign ministry declined an invitation from Austria to a conference with Russian diplomats in Vienna.",
     "AGREE", "invitation", ({"AUT"}, {"GEO"})),
    ("Serbia turned down an invitation from Hungary to join talks in Budapest on energy.",
     "AGREE", "invitation", ({"HUN"}, {"SRB"})),
]


@pytest.mark.parametrize(("text", "type_", "trigger", "expected"), CASES)
def test_event_named_agents(text, type_, trigger, expected):
    assert sides(event_at(text, type_, trigger)) == expected
