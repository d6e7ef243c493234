"""Human-readable evidence for every event of a Document (``tidings explain DOC_ID``).

For each event: its sentence with the trigger in ``[[…]]``, source actors in ``{S …}`` and
target actors in ``{T …}``, then the coded fields and the lexicon rows and rules that fired.
"""

from __future__ import annotations

from tidings.models import Actor, Document, Event


def render_explanation(doc: Document) -> str:
    lines = [f"document {doc.id}" + (f" — {doc.title}" if doc.title else ""),
             f"published {doc.published or 'unknown'}; {len(doc.events)} events", ""]
    for n, event in enumerate(doc.events, 1):
        lines += _event_block(n, event, doc)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _codes(actors: list[Actor]) -> str:
    return "[" + ", ".join(a.country or a.code or a.name for a in actors) + "]"


def _event_block(n: int, e: Event, doc: Document) -> list[str]:
    head = f"{n}. {e.type}" + (f"/{e.mode}" if e.mode else "")
    head += f"  {_codes(e.source)} -> {_codes(e.target)}  status={e.status}  confidence={e.confidence}"
    facts = [f"cameo {e.cameo} (goldstein {e.goldstein}, quad {e.quad_class})", f"date {e.date or '-'}"]
    if e.location:
        facts.append(f"location {e.location.name}")
    if e.attributed_to:
        facts.append(f"attributed to {e.attributed_to.name}")
    if e.quantities:
        facts.append("quantities " + ", ".join(q.text for q in e.quantities))
    if e.contexts:
        facts.append("contexts " + ", ".join(e.contexts))
    out = [head, f"   sentence {e.sentence}: {marked_sentence(e, doc)}", "   " + "; ".join(facts)]
    for part in (e.rule or "").split("; "):
        if part:
            out.append(f"   rule: {part}")
    return out


def marked_sentence(e: Event, doc: Document) -> str:
    """The event's sentence with trigger, source and target spans bracketed."""
    if e.sentence < len(doc.sentences):
        start, end = doc.sentences[e.sentence].start, doc.sentences[e.sentence].end
    else:
        start, end = e.trigger.start, e.trigger.end
    marks: list[tuple[int, int, str, str]] = [(e.trigger.start, e.trigger.end, "[[", "]]")]
    marks += [(a.start, a.end, "{S ", "}") for a in e.source]
    marks += [(a.start, a.end, "{T ", "}") for a in e.target]
    inserts: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for s, t, left, right in marks:
        if s < start or t > end or any(s < b and a < t and (s, t) != (a, b) for a, b in taken):
            continue
        if (s, t) in taken:
            continue
        taken.append((s, t))
        inserts += [(s, 1, left), (t, 0, right)]
    text = doc.text
    out, cursor = [], start
    for pos, _, mark in sorted(inserts, key=lambda x: (x[0], x[1])):
        out.append(text[cursor:pos])
        out.append(mark)
        cursor = pos
    out.append(text[cursor:end])
    return "".join(out).replace("\n", " ")
