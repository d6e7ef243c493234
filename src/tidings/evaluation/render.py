"""The `tidings eval` tables."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from tidings.evaluation.kinds import ErrorKinds
from tidings.evaluation.matching import Accuracy, Counts
from tidings.evaluation.metrics import Report


def _row(table: Table, name: str, c: Counts) -> None:
    table.add_row(name, str(c.tp + c.fn), str(c.tp + c.fp), str(c.tp), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")


def _table(title: str) -> Table:
    table = Table(title=title)
    for col in ("", "gold", "predicted", "matched", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col else "left")
    return table


def _acc(a: Accuracy) -> str:
    return f"{a.value:.3f} ({a.right}/{a.total})"


def print_report(report: Report, console: Console | None = None) -> None:
    console = console or Console()
    console.print(f"[bold]tidings eval[/bold]: {report.articles} articles")
    extractors = _table("Per extractor")
    _rows = [
        ("events: type", report.events),
        ("events: type+source+target", report.events_dyad),
        ("quotes: span", report.quotes),
        ("quantities: span", report.quantity_span),
        ("quantities: span+value+unit", report.quantities),
        ("places: span", report.places),
    ]
    for name, counts in _rows:
        if counts.tp or counts.fp or counts.fn:  # sections a gold set does not annotate stay out
            _row(extractors, name, counts)
    console.print(extractors)
    accuracy = Table(title="Accuracy of matched items")
    accuracy.add_column("")
    accuracy.add_column("accuracy", justify="right")
    for name, value in (
        ("event source+target (type matched)", report.dyad),
        ("event status", report.event_status),
        ("event date", report.event_date),
        ("quote speaker", report.quote_speaker),
        ("quote kind", report.quote_kind),
        ("place country", report.place_country),
        ("place within 50 km", report.place_within_50km),
    ):
        if value.total:
            accuracy.add_row(name, _acc(value))
    console.print(accuracy)
    by_type = _table("Events per PLOVER type (type / type+source+target F1)")
    by_type.add_column("F1 dyad", justify="right")
    for name in sorted(set(report.by_type) | set(report.by_type_dyad)):
        c, d = report.by_type[name], report.by_type_dyad[name]
        by_type.add_row(name, str(c.tp + c.fn), str(c.tp + c.fp), str(c.tp), f"{c.precision:.3f}", f"{c.recall:.3f}",
                        f"{c.f1:.3f}", f"{d.f1:.3f}")
    console.print(by_type)
    console.print(recall_table(report))


def recall_table(report: Report) -> Table:
    """Recall per type as the acceptance check measures it: type, and type+source+target."""
    table = Table(title="Recall per PLOVER type (acceptance measure)")
    for col in ("", "gold", "type recall", "type+source+target recall"):
        table.add_column(col, justify="right" if col else "left")
    for name in sorted(set(report.by_type) | set(report.by_type_dyad)):
        c, d = report.by_type[name], report.by_type_dyad[name]
        if c.tp + c.fn:
            table.add_row(name, str(c.tp + c.fn), f"{c.recall:.3f}", f"{d.recall:.3f}")
    e, d = report.events, report.events_dyad
    table.add_row("all", str(e.tp + e.fn), f"{e.recall:.3f}", f"{d.recall:.3f}", style="bold")
    return table


def _counts_table(title: str, counter, *, label=str, top: int | None = None) -> Table:
    """One row per kind, most frequent first (the first ``top``), and the total of all kinds."""
    table = Table(title=title)
    table.add_column("")
    table.add_column("events", justify="right")
    for kind, n in counter.most_common(top):
        table.add_row(label(kind), str(n))
    table.add_row("all", str(sum(counter.values())), style="bold")
    return table


def print_kinds(kinds: ErrorKinds, console: Console | None = None, *, top: int = 12) -> None:
    """The ``tidings eval --kinds`` tables: missed, dyad and spurious event errors by kind."""
    console = console or Console()
    pair = " / ".join
    console.print(_counts_table("Missed gold events by kind", kinds.missed))
    if kinds.confusions:
        console.print(_counts_table("Type confusions at the gold trigger (gold / predicted)", kinds.confusions,
                                    label=pair, top=top))
    console.print(_counts_table("Wrong source/target of type-matched events (source / target)", kinds.dyad,
                                label=pair, top=top))
    console.print(_counts_table("Spurious events by kind", kinds.spurious))
