"""The relations index as a chart: the cooperation–conflict index on top, events per quad class
below, and the most telling events written on the chart."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")  # files only, never a window

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from .index import QUADS, period_key  # noqa: E402

COLOURS = {
    "verbal cooperation": "#8fc98f",
    "material cooperation": "#2e8b57",
    "neutral": "#b0b0b0",
    "verbal conflict": "#f4a582",
    "material conflict": "#c0392b",
}
MAX_NOTES = 6
MAX_TICKS = 16


def draw_index(
    rows: list[dict[str, Any]], path: Path, *, dyad: str, events: list[Mapping[str, Any]]
) -> None:
    fig, (top, bottom) = plt.subplots(
        2, 1, figsize=(13, 7.5), sharex=True, gridspec_kw={"height_ratios": [3, 2]}
    )
    positions = list(range(len(rows)))
    labels = [r["period"] for r in rows]
    _draw_index_line(top, rows, positions)
    _draw_counts(bottom, rows, positions)
    _annotate(top, rows, events)
    freq = _freq_of(labels)
    top.set_title(f"{dyad} relations index by {freq}", fontsize=14, loc="left")
    step = max(1, len(labels) // MAX_TICKS)
    bottom.set_xticks(positions[::step], labels[::step], rotation=45, ha="right")
    bottom.set_xlabel("period")
    fig.text(
        0.01,
        0.005,
        "Index = summed event intensity (-10 conflict .. +10 cooperation) per document covering "
        "the dyad; empty circles: periods without events.",
        fontsize=8,
        color="#555555",
    )
    fig.tight_layout(rect=(0, 0.02, 1, 1))
    fig.savefig(path, format=path.suffix.lstrip(".").lower() or "png", dpi=120)
    plt.close(fig)


def _draw_index_line(ax: Any, rows: list[dict[str, Any]], positions: list[int]) -> None:
    values = [r["cc_index"] for r in rows]
    have = [(p, v) for p, v in zip(positions, values, strict=True) if v is not None]
    ax.axhline(0, color="#333333", linewidth=0.8)
    if have:
        xs, ys = zip(*have, strict=True)
        ax.plot(
            xs, ys, color="#1f4e79", linewidth=2, marker="o", label="cooperation–conflict index"
        )
        up = [y >= 0 for y in ys]
        down = [y <= 0 for y in ys]
        ax.fill_between(xs, ys, 0, where=up, interpolate=True, color="#2e8b57", alpha=0.15)
        ax.fill_between(xs, ys, 0, where=down, interpolate=True, color="#c0392b", alpha=0.15)
        # Room for the notes above positive values and below negative ones.
        span = max(abs(min(ys)), abs(max(ys)), 1.0)
        lower = min(ys) - 0.6 * span if min(ys) < 0 else -0.15 * span
        upper = max(ys) + 0.6 * span if max(ys) > 0 else 0.15 * span
        ax.set_ylim(lower, upper)
    empty = [p for p, r in zip(positions, rows, strict=True) if not r["n_events"]]
    ax.scatter(empty, [0] * len(empty), facecolors="none", edgecolors="#999999", zorder=3)
    ax.set_ylabel("index (intensity per document)")
    ax.grid(axis="y", alpha=0.3)
    if have:
        ax.legend(loc="upper left", bbox_to_anchor=(1.005, 1), fontsize=8, frameon=False)


def _draw_counts(ax: Any, rows: list[dict[str, Any]], positions: list[int]) -> None:
    bottom = [0] * len(rows)
    for quad in QUADS:
        counts = [r[quad.replace(" ", "_")] for r in rows]
        if not any(counts):
            continue
        ax.bar(positions, counts, bottom=bottom, color=COLOURS[quad], label=quad, width=0.8)
        bottom = [b + c for b, c in zip(bottom, counts, strict=True)]
    ax.set_ylabel("events")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", alpha=0.3)
    if any(bottom):
        ax.legend(loc="upper left", bbox_to_anchor=(1.005, 1), fontsize=8, frameon=False)


def _annotate(ax: Any, rows: list[dict[str, Any]], events: list[Mapping[str, Any]]) -> None:
    """Write the strongest events (by |intensity| × sources) at their period, spread out so
    that labels do not cover each other: at most one note per stretch of periods."""
    if not rows or not events:
        return
    freq = _freq_of([r["period"] for r in rows])
    where = {r["period"]: i for i, r in enumerate(rows)}
    candidates = []
    for event in events:
        key = period_key(event.get("date"), event.get("date_precision"), freq)
        if key in where:
            weight = abs(float(event.get("intensity") or 0)) * (event.get("source_count") or 1)
            candidates.append((weight, where[key], event))
    candidates.sort(key=lambda c: -c[0])
    spacing = max(1, len(rows) // MAX_NOTES)
    chosen: list[tuple[int, Mapping[str, Any]]] = []
    for _, x, event in candidates:
        if all(abs(x - other) >= spacing for other, _ in chosen):
            chosen.append((x, event))
        if len(chosen) == MAX_NOTES:
            break
    low, high = ax.get_ylim()
    for n, (x, event) in enumerate(sorted(chosen, key=lambda c: c[0])):
        y = rows[x]["cc_index"] or 0
        # Labels sit in fixed bands at the top (or bottom) of the panel, staggered, with a
        # line to their point: they never depend on where the line happens to be.
        band = 0.96 - 0.08 * (n % 3)
        height = band if y >= 0 else 1 - band
        ax.annotate(
            _label(event),
            xy=(x, y),
            xytext=(x, height),
            textcoords=("data", "axes fraction"),
            ha="left" if x < len(rows) * 0.6 else "right",
            va="top" if height > 0.5 else "bottom",
            fontsize=8,
            arrowprops={"arrowstyle": "-", "color": "#999999", "linewidth": 0.6},
            bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "#cccccc"},
        )


def _label(event: Mapping[str, Any]) -> str:
    actors = list(event.get("source") or []) + list(event.get("target") or [])
    names = [a.get("name") or a.get("text") or a.get("country") for a in actors]
    who = "–".join(dict.fromkeys(n for n in names if n))[:40]
    head = f"{event.get('date') or ''} {event.get('event_type', '')}"
    return f"{head}: {who}" if who else head


def _freq_of(labels: list[str]) -> str:
    sample = labels[0] if labels else ""
    if "-W" in sample:
        return "week"
    if "-Q" in sample:
        return "quarter"
    return {4: "year", 7: "month", 10: "day"}.get(len(sample), "period")
