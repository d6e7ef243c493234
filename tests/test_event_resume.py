"""Which earlier event a definite re-mention resumes, and the date it takes from it (real model)."""

import pytest

from event_lookup import last_event_named as _event, sides


@pytest.mark.parametrize(
    "text, type_, trigger, source, target",
    [
        # a re-mention told as done names an act that was done, not a later one only announced
        ("The United States raised tariffs on Chinese steel on Monday. China said on Tuesday it would halt "
         "imports of American soybeans. The tariff increase drew criticism from Washington's allies in Asia.",
         "SANCTION", "tariff", {"USA"}, {"CHN"}),
        ("The European Union said on Monday it would impose sanctions on Iranian drone makers. Britain froze "
         "the assets of four Iranian companies on Tuesday. The sanctions hit firms that supply drones to Russia.",
         "SANCTION", "sanctions", {"GBR"}, {"IRN"}),
        # with no word in common, the act the article leads with, not the latest one of its kind
        ("Israeli jets struck Hezbollah positions in southern Lebanon on Monday. Hezbollah fired rockets at "
         "northern Israel on Tuesday. The raids killed 12 people, Lebanese officials said.",
         "ASSAULT", "raids", {"ISR"}, {"LBN"}),
        # an act whose target was named before one whose target was not
        ("Houthi rebels attacked two cargo ships in the Red Sea on Sunday, the group said. US warplanes struck "
         "Houthi positions in Yemen on Monday. The raids killed 12 people, the Houthis said.",
         "ASSAULT", "raids", {"USA"}, {"YEM"}),
        # … but an earlier act told by the same word comes first
        ("Iran seized a British-flagged tanker in the Strait of Hormuz on Friday. Britain's navy detained an "
         "Iranian cargo ship off Gibraltar on Sunday, officials said. The seizure rattled oil markets.",
         "COERCE", "seizure", {"IRN"}, {"GBR"}),
        ("Nigerian soldiers arrested 30 protesters in Lagos on Saturday. Police in Abuja detained two "
         "journalists on Sunday. The arrests drew condemnation from Amnesty International.",
         "COERCE", "arrests", {"NGA"}, {"NGA"}),
        # a date as possessor marks a re-mention too
        ("Pakistani troops shelled Indian border posts in Kashmir on Sunday, killing two soldiers. India's foreign "
         "ministry condemned Sunday's shelling as unprovoked.", "ASSAULT", "shelling", {"PAK"}, {"IND"}),
        ("Japan and South Korea held talks in Tokyo on Monday. Japan's prime minister met the Chinese premier "
         "on Tuesday. The talks focused on North Korea's missile programme.", "CONSULT", "talks", {"JPN", "KOR"}, set()),
    ],
)
def test_event_resume_referent(nlp, text, type_, trigger, source, target):
    e = _event(text, type_, trigger, nlp)
    assert sides(e) == (source, target), e.rule


@pytest.mark.parametrize(
    "text, type_, trigger, date",
    [
        # a re-mention with no date of its own is dated as the act it names, even in a new paragraph
        ("Chinese coast guard vessels seized a Philippine supply boat near Second Thomas Shoal on Saturday.\n\n"
         "Manila condemned the seizure.", "COERCE", "seizure", "2026-05-02"),
        ("Kenya deployed 400 police officers to Haiti on Saturday.\n\nThe deployment is the first of a UN-backed "
         "mission, officials said.", "MOBILIZE", "deployment", "2026-05-02"),
        ("Indian and Chinese commanders met at the border on Friday. Officials said the meeting ended without "
         "agreement.", "CONSULT", "meeting", "2026-05-01"),
        # one that tells its own date keeps it
        ("Chinese coast guard vessels seized a Philippine supply boat on Saturday.\n\nVietnam said Chinese ships "
         "would block its fishing boats. The blockade ended on Sunday.", "COERCE", "blockade", "2026-05-03"),
    ],
)
def test_event_resume_date_of_the_act_resumed(nlp, text, type_, trigger, date):
    e = _event(text, type_, trigger, nlp)
    assert e.date == date, e.rule


def test_event_resume_reaction_to_the_lede_agreement(nlp):
    """'welcomed the deal': the agreement the article leads with, not a later one of the family."""
    text = ("Israel and Hamas agreed to a ceasefire in Gaza on Sunday. Egypt agreed on Monday to reopen the Rafah "
            "crossing to Palestinians. UN Secretary-General António Guterres welcomed the deal.")
    e = _event(text, "SUPPORT", "welcomed", nlp)
    assert sides(e) == ({"UN"}, {"ISR", "PSE"}), e.rule
