"""Typed loaders for the event tables in data/events/ (sources in data/events/README.md).

Everything the event coder knows about PLOVER and CAMEO lives in those files; this module only
reads them once, validates them against each other and builds the lookups the coder needs
(trigger rows by head lemma, wrapper rules by kind, Goldstein scores by CAMEO code).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from importlib import resources

from tidings.errors import ConfigError
from tidings.ontology.csvfiles import read_csv

_DATA = "tidings.ontology.data.events"
_CAMEO_LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?(?:#\s*(.*))?$")


@dataclass(frozen=True)
class TypeInfo:
    name: str
    quad_class: int
    score: float
    recipient_required: bool
    cameo: str
    implicit_recipient: bool = True  # a missing target may come from the sentence's other actor
    counterpart_recipient: bool = True  # … or from the article's counterpart


@dataclass(frozen=True)
class CameoRow:
    code: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Constraint:
    """One condition of a trigger row: ``obj=troops``, ``subj!=crowd``, ``noobj``, ``for``..."""

    key: str
    words: frozenset[str] = frozenset()
    negate: bool = False
    actor: bool = False
    place: bool = False
    igo: bool = False     # "@igo": an international organization ("withdrew from ECOWAS")
    held: bool = False    # "@held": people a clause of their own says are held ("gendarmes it had detained")


@dataclass(frozen=True)
class TriggerEntry:
    row: int
    pattern: str
    pos: str
    head: str
    extra: tuple[str, ...]
    type: str | None
    mode: str | None
    cameo: str | None
    contexts: tuple[str, ...]
    constraints: tuple[Constraint, ...]
    wraps: str | None
    weight: float

    @property
    def label(self) -> str:
        when = f" [{'; '.join(_show(c) for c in self.constraints)}]" if self.constraints else ""
        return f"triggers.csv:{self.row} {self.pos} '{self.pattern}'{when}"


@dataclass(frozen=True)
class WrapperRule:
    kind: str
    embedded: frozenset[str]
    result: str
    mode: str | None
    status: str | None
    keep: str | None  # also code the complement: with this status, or "own" for its own

    def matches(self, type_: str, mode: str | None) -> bool:
        return "*" in self.embedded or type_ in self.embedded or f"{type_}:{mode}" in self.embedded


@dataclass(frozen=True)
class EventTables:
    types: dict[str, TypeInfo] = field(default_factory=dict)
    modes: dict[tuple[str, str], float] = field(default_factory=dict)
    contexts: frozenset[str] = frozenset()
    cameo_plover: dict[str, CameoRow] = field(default_factory=dict)
    goldstein: dict[str, float] = field(default_factory=dict)
    cameo_modes: dict[tuple[str, str], str] = field(default_factory=dict)
    classes: dict[str, frozenset[str]] = field(default_factory=dict)
    triggers: dict[tuple[str, str], tuple[TriggerEntry, ...]] = field(default_factory=dict)
    light_verbs: frozenset[str] = frozenset()
    light_nouns: frozenset[str] = frozenset()
    wrappers: dict[str, tuple[WrapperRule, ...]] = field(default_factory=dict)
    planned_remap: tuple[tuple[str, str | None, str], ...] = ()
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    roles: tuple[tuple[str, str | None, dict[str, str]], ...] = ()
    at_dateline: frozenset[str] = frozenset()  # types located at the dateline city when nothing better
    vocabulary: dict[str, frozenset[str]] = field(default_factory=dict)  # vocabulary.csv by set name
    vocabulary_order: tuple[str, ...] = ()

    def vocab(self, name: str) -> frozenset[str]:
        """A set of vocabulary.csv (types, sectors or words) by name."""
        try:
            return self.vocabulary[name]
        except KeyError:
            raise ConfigError(f"vocabulary.csv has no set {name!r}") from None

    def vocab_classes(self, name: str) -> frozenset[str]:
        """The words of all classes.csv classes a vocabulary.csv set of kind "classes" names."""
        return frozenset().union(*(self.classes.get(k, frozenset()) for k in self.vocab(name)))

    def vocab_group(self, prefix: str) -> list[tuple[str, frozenset[str]]]:
        """The sets named ``prefix:<name>``, in file order, as (name, members)."""
        return [(n.split(":", 1)[1], self.vocabulary[n]) for n in self.vocabulary_order if n.startswith(prefix + ":")]

    def role(self, type_: str, mode: str | None, slot: str) -> str:
        """'source' or 'target': whose actors a verb's object ("theme"), a noun's "of" phrase
        ("of") or a "from" phrase ("from") name."""
        for t, m, slots in self.roles:
            if t == type_ and m in (None, mode):
                return slots[slot]
        return "target"

    def entries(self, pos: str, lemma: str) -> tuple[TriggerEntry, ...]:
        return self.triggers.get((pos, lemma), ())

    def cue(self, kind: str) -> frozenset[str]:
        return self.cues.get(kind, frozenset())

    def wrapper_rule(self, kind: str, type_: str, mode: str | None) -> WrapperRule | None:
        return next((r for r in self.wrappers.get(kind, ()) if r.matches(type_, mode)), None)

    def remap_planned(self, type_: str, mode: str | None) -> str:
        for from_type, from_mode, to in self.planned_remap:
            if from_type == type_ and from_mode in (None, mode):
                return to
        return type_

    def cameo_code(self, cameo: str | None, type_: str, mode: str | None) -> str:
        """The entry's CAMEO code refined by mode when the entry gives only a root."""
        code = cameo or self.types[type_].cameo
        if len(code) == 2 and mode:
            return self.cameo_modes.get((code, mode), code)
        return code

    def goldstein_for(self, code: str | None) -> float | None:
        while code:
            if code in self.goldstein:
                return self.goldstein[code]
            code = code[:-1] if len(code) > 2 else ""
        return None


def _show(c: Constraint) -> str:
    words = sorted(c.words)
    shown = "|".join(words[:4]) + ("|…" if len(words) > 4 else "")
    if c.actor:
        shown = "@actor" + ("|" + shown if shown else "")
    if c.igo:
        shown = "@igo" + ("|" + shown if shown else "")
    return f"{c.key}{'!=' if c.negate else '='}{shown}" if (c.words or c.actor or c.place or c.igo) else c.key


def _rows(name: str) -> list[dict[str, str]]:
    return read_csv(f"events/{name}")


def _numbered_rows(name: str) -> list[tuple[int, dict[str, str]]]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    numbered = [(i + 1, line) for i, line in enumerate(text.splitlines()) if line.strip() and not line.startswith("#")]
    header = next(csv.reader([numbered[0][1]]))
    return [(n, dict(zip(header, (v.strip() for v in next(csv.reader([line])))))) for n, line in numbered[1:]]


def _split(value: str, sep: str = "|") -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(sep) if v.strip())


def load_types() -> dict[str, TypeInfo]:
    return {
        r["type"]: TypeInfo(
            r["type"], int(r["quad_class"]), float(r["score"]), r["recipient_required"] == "yes", r["cameo"],
            r.get("implicit_recipient", "yes") != "no", r.get("implicit_recipient", "yes") == "yes",
        )
        for r in _rows("types.csv")
    }


def load_cameo_plover() -> dict[str, CameoRow]:
    """CAMEO2PLOVER-2021.txt: ``CODE: TYPE, mode, context # description`` per line."""
    text = resources.files(_DATA).joinpath("CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    out: dict[str, CameoRow] = {}
    for line in text.splitlines():
        m = _CAMEO_LINE.match(line.strip())
        if not m:
            continue
        code, type_, mode, contexts, description = m.groups()
        mode = (mode or "").strip() or None
        ctx = tuple(c.strip() for c in (contexts or "").split(";") if c.strip())
        out.setdefault(code, CameoRow(code, type_, mode, ctx, (description or "").strip()))
    return out


def _classes() -> dict[str, frozenset[str]]:
    return {r["class"]: frozenset(_split(r["words"])) for r in _rows("classes.csv")}


def _constraint(spec: str, classes: dict[str, frozenset[str]]) -> Constraint:
    if spec in ("noobj", "noxcomp", "inverse"):
        return Constraint(spec)
    if spec.startswith(("noprep=", "dep=")):
        key, _, values = spec.partition("=")
        return Constraint(key, frozenset(_split(values)))
    if "=" not in spec:
        return Constraint("child", _expand(_split(spec), classes))
    key, _, values = spec.partition("=")
    negate = key.endswith("!")
    key = key.rstrip("!")
    words = _split(values)
    return Constraint(
        key, _expand((w for w in words if not w.startswith("@")), classes), negate, "@actor" in words, "@place" in words,
        "@igo" in words, "@held" in words,
    )


def _expand(words, classes: dict[str, frozenset[str]]) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        out |= classes.get(w, {w})
    return frozenset(out)


def _trigger(n: int, r: dict[str, str], classes: dict[str, frozenset[str]]) -> TriggerEntry:
    words = r["pattern"].lower().split()
    if r["pos"] == "noun" and "of" in words:
        head, extra = words[0], tuple(w for w in words[1:] if w != "of")
    elif r["pos"] == "noun":
        head, extra = words[-1], tuple(words[:-1])
    else:
        head, extra = words[0], tuple(words[1:])
    cons = tuple(_constraint(s.strip(), classes) for s in r["when"].split(";") if s.strip())
    return TriggerEntry(
        row=n, pattern=r["pattern"], pos=r["pos"], head=head, extra=extra,
        type=None if r["type"] in ("", "-") else r["type"], mode=r["mode"] or None, cameo=r["cameo"] or None,
        contexts=_split(r["contexts"]), constraints=cons, wraps=r["wraps"] or None, weight=float(r["weight"] or 1),
    )


def _wrapper_rules() -> dict[str, tuple[WrapperRule, ...]]:
    out: dict[str, list[WrapperRule]] = {}
    for r in _rows("wrappers.csv"):
        rule = WrapperRule(
            r["kind"], frozenset(_split(r["embedded"])), r["result"], r["mode"] or None, r["status"] or None,
            None if r["keep"] in ("", "no") else r["keep"],
        )
        out.setdefault(rule.kind, []).append(rule)
    return {k: tuple(v) for k, v in out.items()}


def _validate(tables: EventTables) -> None:
    problems = []
    for entries in tables.triggers.values():
        for e in entries:
            if e.type and e.type not in tables.types:
                problems.append(f"{e.label}: unknown type {e.type}")
            if e.type and e.mode and (e.type, e.mode) not in tables.modes:
                problems.append(f"{e.label}: mode {e.mode!r} is not a PLOVER mode of {e.type}")
            problems += [f"{e.label}: unknown context {c!r}" for c in e.contexts if c not in tables.contexts]
            if e.wraps and e.wraps != "light" and e.wraps not in tables.wrappers:
                problems.append(f"{e.label}: unknown wrapper kind {e.wraps!r}")
    problems += _vocabulary_problems(tables)
    if problems:
        raise ConfigError("invalid event tables:\n" + "\n".join(problems))


def _vocabulary_problems(tables: EventTables, rows: list[dict[str, str]] | None = None) -> list[str]:
    """Sets of types in vocabulary.csv (or ``rows`` of its shape) name PLOVER types; sets of wrapper
    kinds name kinds; sets of classes name classes.csv classes; no set is defined twice."""
    problems, seen = [], set()
    for r in _rows("vocabulary.csv") if rows is None else rows:
        if r["set"] in seen:  # a second row would silently replace the first set
            problems.append(f"vocabulary.csv {r['set']}: the set is defined twice")
        seen.add(r["set"])
        members = set(_split(r["members"]))
        known = {"types": set(tables.types), "wrappers": set(tables.wrappers), "classes": set(tables.classes)}.get(r["kind"])
        if r["kind"] not in ("types", "sectors", "words", "wrappers", "classes"):
            problems.append(f"vocabulary.csv {r['set']}: unknown kind {r['kind']!r}")
        elif known is not None and {m.split(":")[0] for m in members} - known:  # TYPE or TYPE:mode
            problems.append(f"vocabulary.csv {r['set']}: unknown {r['kind']} {sorted(members - known)}")
    return problems


def load_event_tables() -> EventTables:
    classes = _classes()
    triggers: dict[tuple[str, str], list[TriggerEntry]] = {}
    light: dict[str, set[str]] = {"verb": set(), "noun": set()}
    for n, r in _numbered_rows("triggers.csv"):
        entry = _trigger(n, r, classes)
        if entry.wraps == "light":
            light[entry.pos].add(entry.head)
            continue
        triggers.setdefault((entry.pos, entry.head), []).append(entry)
    vocab = _rows("vocabulary.csv")
    cues: dict[str, set[str]] = {}
    for r in _rows("status_cues.csv"):
        cues.setdefault(r["kind"], set()).add(r["word"])
    tables = EventTables(
        types=load_types(),
        modes={(r["type"], r["mode"]): float(r["score"]) for r in _rows("modes.csv")},
        contexts=frozenset(r for r in _context_names()),
        cameo_plover=load_cameo_plover(),
        goldstein={r["cameo"]: float(r["goldstein"]) for r in _rows("goldstein.csv")},
        cameo_modes={(r["root"], r["mode"]): r["cameo"] for r in _rows("cameo_modes.csv")},
        classes=classes,
        triggers={k: tuple(v) for k, v in triggers.items()},
        light_verbs=frozenset(light["verb"]),
        light_nouns=frozenset(light["noun"]),
        wrappers=_wrapper_rules(),
        planned_remap=tuple((r["type"], r["mode"] or None, r["to"]) for r in _rows("planned_remap.csv")),
        cues={k: frozenset(v) for k, v in cues.items()},
        roles=tuple(
            (r["type"], r["mode"] or None, {"theme": r["theme"], "from": r["from"], "of": r["of"]}) for r in _rows("roles.csv")
        ),
        at_dateline=frozenset(r["type"] for r in _rows("types.csv") if r.get("at_dateline") == "yes"),
        vocabulary={r["set"]: frozenset(_split(r["members"])) for r in vocab},
        vocabulary_order=tuple(r["set"] for r in vocab),
    )
    _validate(tables)
    return tables


def _context_names() -> list[str]:
    text = resources.files(_DATA).joinpath("contexts.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
