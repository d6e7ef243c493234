"""The human summary printed after `make run` and by `tidings summary`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def print_summary(data: dict, where: str) -> None:
    console = Console()
    console.print(f"[bold]tidings store[/bold] {where}")
    console.print(
        f"{data['articles']} articles, {data['sentences']} sentences, {data['events']} events, "
        f"{data['quotes']} quotes, {data['quantities']} quantities, {data['places']} places, "
        f"{data['failures']} failed inputs"
    )
    for title, rows, label in (
        ("Events by type", data["events_by_type"], "type"),
        ("Top actors", data["top_actors"], "actor"),
        ("Top speakers", data["top_speakers"], "speaker"),
    ):
        table = Table(title=title)
        table.add_column(label)
        table.add_column("count", justify="right")
        for name, count in rows:
            table.add_row(str(name), str(count))
        if rows:
            console.print(table)
