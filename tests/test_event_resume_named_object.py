"""A re-mention that repeats the noun an earlier verb acted on ("raised tariffs" … "the tariffs")
resumes that act; a definite object is itself a re-mention, so the verb that keeps or judges it is
not the act named again (real model)."""

import pytest

from event_lookup import last_event_named as _event, sides


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        # the noun was the object (or passive subject) of the earlier verb; reacted to, not told as done
        ("Washington announced on Monday that tariffs on Brazilian coffee would be raised to 40 percent. On "
         "Tuesday Brazil added six American firms to a trade blacklist. Farmers in Minas Gerais marched "
         "against the tariffs on Wednesday.", "SANCTION", "tariffs", {"USA"}, {"BRA"}),
        ("The European Union said it would impose sanctions on Belarusian potash exporters. Belarus banned "
         "imports of Polish apples on Tuesday. Lithuanian port workers protested against the sanctions.",
         "SANCTION", "sanctions", {"EU"}, {"BLR"}),
        ("Turkey said it would launch strikes on Kurdish militants in northern Syria. Syrian forces shelled "
         "rebel positions near Idlib on Tuesday. Kurdish leaders condemned the strikes.",
         "ASSAULT", "strikes", {"TUR"}, {"SYR"}),
        # near miss: told as done, the re-mention still names the act that was done
        ("The European Union said on Monday it would impose sanctions on Belarusian potash exporters. Poland "
         "froze the assets of three Belarusian banks on Tuesday. The sanctions cut Minsk off from its main "
         "lenders.", "SANCTION", "sanctions", {"POL"}, {"BLR"}),
        # near miss: 'the truce' kept by one side is the earlier truce, not that side's own act
        ("Israel and Hamas agreed to a ceasefire on Sunday. Hamas said on Monday that it would respect the "
         "truce as long as Israel did. Aid agencies said no shelling had been heard since the truce took "
         "effect.", "RETREAT", "took effect", {"ISR", "PSE"}, set()),
    ],
)
def test_event_resume_named_object(nlp, text, type_, trigger, source, target):
    e = _event(text, type_, trigger, nlp)
    assert sides(e) == (source, target), e.rule
