"""Attacks a clause only reacts to or supposes (event_unclaimed), on the real model.

Short articles written for these tests (not taken from examples/): an attack named only as the
cause a clause answers ("after the bombing", "over the killing") or as a condition ("if it is
attacked"), with no doer told, keeps no source, even when the article pairs its target with
another side. A clause that names the accused beside its own subject still lends them.
"""

from __future__ import annotations

import pytest

from event_lookup import last_event_named as _event, codes


@pytest.mark.parametrize(
    "text, trigger, source",
    [
        # the clause only reacts to the attack
        ("Armenia accused Azerbaijan of shelling border villages on Monday. Baku denied the charge. "
         "Yerevan closed two crossings after the attack near Jermuk.", "attack", set()),
        ("Serbia and Kosovo traded accusations over the arrest of a police officer. Officials in "
         "Pristina said nobody had been detained over the killing of a Kosovo journalist.", "killing", set()),
        ("Egypt and Sudan held talks on the Nile dam on Tuesday. Cairo tightened security around its "
         "embassies following a series of bombings near army barracks in Egypt.", "bombings", set()),
        # the clause only supposes it
        ("Greece and Cyprus signed a defence pact on Friday, under which Athens will come to the aid "
         "of Nicosia if it is ever attacked.", "attacked", set()),
        ("Japan protested to China over the incursion of coast guard ships. Tokyo said it would "
         "respond firmly if attacks on its fishing boats continued.", "attacks", set()),
        # near misses: the reacting clause names the accused beside its subject
        ("Russia and Ukraine exchanged prisoners on Sunday. Russian prosecutors opened a case against "
         "four Ukrainian officers over the incursion into the Bryansk region.", "incursion", {"UKR"}),
        ("Georgia and Russia have no diplomatic relations. Tbilisi expelled two Russian journalists "
         "over the attack on its border post.", "attack", {"RUS"}),
    ],
)
def test_event_unclaimed_attacks_keep_no_guessed_doer(nlp, text, trigger, source):
    e = _event(text, "ASSAULT", trigger, nlp)
    assert codes(e.source) == source, e.rule
