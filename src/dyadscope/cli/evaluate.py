"""`dyadscope eval`: score predictions against gold (SPEC section 7)."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..eval import score_documents, score_sentences
from ..eval.gold import gold_kind, read_jsonl


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate)


def evaluate(
    gold: Annotated[str, typer.Option("--gold", help="Gold JSONL (document or sentence gold).")],
    pred: Annotated[str, typer.Option("--pred", help="Predicted events JSONL (SPEC section 3).")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Per-type figures.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Score predicted events against gold: precision, recall, F1 (or sentence accuracies)."""
    rows = list(read_jsonl(gold))
    preds = list(read_jsonl(pred))
    console = Console()
    if rows and gold_kind(rows[0]) == "sentences":
        score = score_sentences(rows, preds)
        _print(console, "sentence gold", score.summary(), as_json)
        if verbose and not as_json:
            console.print(_confusion_table(score.confusion))
        return
    score = score_documents(rows, preds)
    _print(console, "document gold", score.summary(), as_json)
    if verbose and not as_json:
        console.print(_per_type_table(score.per_type))


def _print(console: Console, title: str, summary: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(summary))
        return
    table = Table(title=f"dyadscope eval — {title}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in summary.items():
        table.add_row(key, f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)


def _per_type_table(per_type: dict) -> Table:
    table = Table(title="per event type")
    for col in ("type", "hit", "miss", "false_positive", "recall"):
        table.add_column(col, justify="right" if col != "type" else "left")
    for name in sorted(per_type):
        c = per_type[name]
        total = c["hit"] + c["miss"]
        recall = f"{c['hit'] / total:.2f}" if total else "-"
        table.add_row(name, str(c["hit"]), str(c["miss"]), str(c["false_positive"]), recall)
    return table


def _confusion_table(confusion: dict) -> Table:
    predicted = sorted({p for row in confusion.values() for p in row})
    table = Table(title="confusion (rows: gold, columns: predicted)")
    table.add_column("gold")
    for name in predicted:
        table.add_column(name[:7], justify="right")
    table.add_column("acc", justify="right")
    for gold in sorted(confusion):
        row = confusion[gold]
        total = sum(row.values())
        cells = [str(row.get(p, "")) for p in predicted]
        table.add_row(gold, *cells, f"{row.get(gold, 0) / total:.2f}" if total else "-")
    return table
