"""SQL literals for parked values that live outside the database (memory and redis stores).

The rewriter puts `parked_values_sql(rows)` in a FROM clause where the postgres store would put
its `pgstitch.parked` sub-select; both yield `(row_key text, vals jsonb)`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping


def sql_string_literal(text: str) -> str:
    """`text` as an escape-string constant (E'…') that reads back the same whatever the settings.

    Backslashes and single quotes are doubled; text Postgres cannot hold is refused.
    """
    _check_text(text)
    return "E'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def parked_values_sql(rows: Mapping[str, Mapping[str, str | None]]) -> str:
    """A relation `(row_key text, vals jsonb)` holding exactly these parked rows."""
    for text in _texts(rows):
        _check_text(text)
    document = json.dumps(rows, ensure_ascii=True, separators=(",", ":"))
    literal = sql_string_literal(document)
    return f"(SELECT key AS row_key, value AS vals FROM jsonb_each({literal}::jsonb))"


def _texts(rows: Mapping[str, Mapping[str, str | None]]) -> Iterator[str]:
    """Every string in `rows`, checking the shape on the way."""
    for row_key, values in rows.items():
        if not isinstance(row_key, str) or not isinstance(values, Mapping):
            raise ValueError("parked rows must map a text row key to a mapping of values")
        yield row_key
        for column, value in values.items():
            if not isinstance(column, str) or not (value is None or isinstance(value, str)):
                raise ValueError("parked values must map a column name to text or None")
            yield column
            if value is not None:
                yield value


def _check_text(text: str) -> None:
    if "\0" in text:
        raise ValueError("Postgres text cannot contain the NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError("text is not valid Unicode (lone surrogate)") from exc
