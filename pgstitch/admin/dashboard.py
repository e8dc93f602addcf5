"""`/`: a dashboard page of the proxy's state, the shadow columns and the forecasts (no
scripts; it reloads itself every 10 seconds)."""

from __future__ import annotations

from html import escape
from typing import Any

_BAR_WIDTH = 240


def render(status: dict[str, Any], shadow: dict[str, Any], predictions: dict[str, Any]) -> bytes:
    """The dashboard page."""
    store = status["store"]
    schema = status["shadow_schema"]
    facts = [
        ("version", status["version"]),
        ("uptime", f"{status['uptime_seconds']:.0f} s"),
        ("listening on", status["listen"]),
        ("upstream", status["upstream"]),
        ("sessions open / accepted", f"{status['sessions']} / {status['sessions_accepted']}"),
        ("store", f"{store['name']}: {'reachable' if store['reachable'] else 'UNREACHABLE'}"),
        ("shadow schema version", schema["version"]),
        ("columns served", schema["served"]),
        ("sync", _sync_role(status["sync"])),
    ]
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        "<meta http-equiv='refresh' content='10'><title>pgstitch</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{padding:.2em .8em;text-align:left;border-bottom:1px solid #ddd}"
        ".bad{color:#b00}</style></head><body>",
        "<h1>pgstitch</h1>",
        _table(None, facts),
        "<h2>Shadow columns by state</h2>",
        _bars([(name, count, f"{count}") for name, count in schema["columns_by_state"].items()]),
        "<h2>Shadow columns</h2>",
        _table(
            ("column", "type", "default", "state", "probability", "sources"),
            [
                (
                    f"{c['schema']}.{c['table']}.{c['column']}",
                    c["type"],
                    c["default"] or "",
                    c["state"],
                    f"{c['probability']:.2f}",
                    ", ".join(c["sources"]),
                )
                for c in shadow["columns"]
            ],
        ),
        "<h2>Forecast: predicted columns</h2>",
        _bars(
            [
                (
                    f"{c['schema']}.{c['table']}.{c['column']}",
                    c["probability"],
                    f"{c['probability']:.2f}" + (f", ETA {c['eta'][:10]}" if c["eta"] else ""),
                )
                for c in predictions["columns"]
            ]
        )
        if predictions["columns"]
        else "<p>No predictions in the store.</p>",
        "</body></html>",
    ]
    return "".join(parts).encode()


def _sync_role(sync: dict[str, Any]) -> str:
    if sync["leading"]:
        return "leading"
    return "following" if sync["enabled"] else "off"


def _table(columns: tuple[str, ...] | None, rows: list[tuple[Any, ...]]) -> str:
    """An HTML table of `rows`, with a header row of `columns` unless None."""
    head = "<tr>" + "".join(f"<th>{escape(c)}</th>" for c in columns) + "</tr>" if columns else ""
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(cell))}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table>{head}{body}</table>"


def _bars(items: list[tuple[str, float, str]]) -> str:
    """A horizontal bar chart (inline SVG): one bar per (label, value, caption), scaled to the
    largest value."""
    if not items:
        return "<p>None.</p>"
    top = max(value for _, value, _ in items) or 1
    row_height = 22
    label_width = 260
    height = row_height * len(items)
    width = label_width + _BAR_WIDTH + 160
    rows = []
    for index, (label, value, caption) in enumerate(items):
        y = index * row_height
        bar = max(1, round(_BAR_WIDTH * value / top)) if value else 0
        rows.append(
            f"<text x='0' y='{y + 15}'>{escape(label)}</text>"
            f"<rect x='{label_width}' y='{y + 4}' width='{bar}' height='14' fill='#4a7'/>"
            f"<text x='{label_width + bar + 6}' y='{y + 15}'>{escape(caption)}</text>"
        )
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}'"
        f" font-size='13'>{''.join(rows)}</svg>"
    )
