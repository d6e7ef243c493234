"""The subject of a clause of time, cause or contrast ("after North Korean troops crossed the border") or of a
relative clause ("a move that Madrid condemned") does not set the scene for the bare institutions of the next
sentences; a main clause's subject does. Real model; sentences written for these tests."""

from __future__ import annotations

import pytest

from actor_lookup import actors_in


# (text, bare institution of the second sentence, its country)
SCENES = [
    ("Seoul put its forces on high alert after North Korean troops crossed the border. The military said the "
     "soldiers later retreated.", "military", "KOR"),
    ("Thailand closed two crossings because Cambodian troops had laid new mines. The army said patrols would "
     "continue.", "army", "THA"),
    ("Armenia's government said talks would resume after Azerbaijani troops withdrew from the border. The defence "
     "ministry said three soldiers were wounded overnight.", "defence ministry", "ARM"),
    # nor does the subject of a relative clause
    ("Caracas expelled two Spanish diplomats in a move that Madrid condemned as hostile. The foreign ministry said the "
     "envoys had 72 hours to leave.", "foreign ministry", "VEN"),
    ("Manila said it would file a protest over the drills that Chinese warships held near the shoal. The foreign "
     "ministry summoned the ambassador.", "foreign ministry", "PHL"),
    # a national body named in such a clause leads no executive body after it
    ("Bogota kept the border open although Venezuelan police had detained 20 Colombians. The foreign ministry called "
     "for calm.", "foreign ministry", "COL"),
    ("Warsaw reinforced the frontier after the Belarusian border guard reported new crossings. The interior ministry "
     "said 300 more officers were sent.", "interior ministry", "POL"),
    # near misses: the subject of the main clause sets the scene, and a body named there leads the next
    ("The Lithuanian foreign ministry summoned the Russian envoy. The defence ministry said the drone fell near "
     "Vilnius.", "defence ministry", "LTU"),
    ("Azerbaijani troops withdrew from the border on Monday. The defence ministry said the pullback was complete.",
     "defence ministry", "AZE"),
]


@pytest.mark.parametrize("text,mention,country", SCENES)
def test_actor_scene_subordinate_subject_sets_no_scene(nlp, text, mention, country):
    found = [a for a in actors_in(nlp, text) if a.text == mention]
    assert found, [a.text for a in actors_in(nlp, text)]
    assert found[0].country == country
