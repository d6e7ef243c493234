"""The event tables: PLOVER types, modes, contexts, CAMEO mapping, Goldstein and the lexicon."""

import pytest

from tidings.ontology.events import load_event_tables


@pytest.fixture(scope="module")
def tables():
    return load_event_tables()


def test_events_tables_have_the_16_plover_types_and_37_contexts(tables):
    assert len(tables.types) == 16 and len(tables.contexts) == 37
    assert {t.quad_class for t in tables.types.values()} == {1, 2, 3, 4}


@pytest.mark.parametrize("type_", ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                                   "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"])
def test_events_tables_every_type_has_verbal_and_nominal_triggers(tables, type_):
    rows = [e for entries in tables.triggers.values() for e in entries if e.type == type_ and e.weight > 0]
    assert {e.pos for e in rows} == {"verb", "noun"}, type_


def test_events_tables_cameo_mapping_read_from_the_plover_file(tables):
    assert tables.cameo_plover["0841"].type == "RETREAT" and tables.cameo_plover["0841"].mode == "release"
    assert tables.cameo_plover["173"].type == "COERCE"


@pytest.mark.parametrize("code, score", [("04", 1.0), ("042", 1.9), ("0874", 10.0), ("1831", -10.0), ("195", -10.0), ("19", -10.0)])
def test_events_tables_goldstein_falls_back_to_prefixes(tables, code, score):
    assert tables.goldstein_for(code) == score


def test_events_tables_mode_refines_cameo_root(tables):
    assert tables.cameo_code("02", "REQUEST", "yield") == "025"
    assert tables.cameo_code("10", "REQUEST", "meet") == "106"
    assert tables.cameo_code(None, "SANCTION", None) == "16"


def test_events_tables_planned_cooperation_is_agree(tables):
    assert tables.remap_planned("CONSULT", None) == "AGREE"
    assert tables.remap_planned("RETREAT", "withdraw") == "CONCEDE"
    assert tables.remap_planned("SANCTION", None) == "SANCTION"


@pytest.mark.parametrize(
    "name, member",
    [("acts", "SANCTION"), ("domestic_sectors", "OPP"), ("target_preps", "against"), ("location_preps", "near"),
     ("quantifiers", "dozens"), ("ccomp_wrappers", "threat"), ("reported_by_others", "ASSAULT")],
)
def test_events_tables_vocabularies_come_from_the_data_file(tables, name, member):
    assert member in tables.vocab(name)


def test_events_tables_vocabulary_groups_keep_file_order(tables):
    assert [n for n, _ in tables.vocab_group("refers")][0] == "anaphor_accuse"
    assert ("withdrawal", frozenset({"RETREAT", "CONCEDE"})) in tables.vocab_group("family")


def test_events_tables_unknown_vocabulary_is_a_config_error(tables):
    from tidings.errors import ConfigError

    with pytest.raises(ConfigError):
        tables.vocab("no such set")


@pytest.mark.parametrize(
    "kind, members, problem",
    [
        ("classes", "persons|no_such_class", "unknown classes"),
        ("types", "ACCUSE|NOT_A_TYPE", "unknown types"),
        ("colours", "red", "unknown kind"),
        ("classes", "persons|crowd", None),
    ],
)
def test_events_tables_vocabulary_sets_must_name_known_members(tables, kind, members, problem):
    from tidings.ontology.events import _vocabulary_problems

    found = _vocabulary_problems(tables, [{"set": "probe", "kind": kind, "members": members}])
    assert (problem in found[0]) if problem else found == []


def test_events_tables_vocabulary_set_defined_twice_is_a_problem(tables):
    from tidings.ontology.events import _vocabulary_problems

    rows = [{"set": "probe", "kind": "words", "members": "a|b"}, {"set": "probe", "kind": "words", "members": "c"}]
    assert _vocabulary_problems(tables, rows) == ["vocabulary.csv probe: the set is defined twice"]


def test_events_tables_dateline_types(tables):
    assert {"PROTEST", "CONSULT", "COERCE"} <= tables.at_dateline and "ACCUSE" not in tables.at_dateline
