"""Words of identifiers: `lastChallengedAt`, `last_challenged_at` and `LastChallengedAt` agree."""

from __future__ import annotations

import re


def name_tokens(name: str) -> list[str]:
    """Words of a column name, lower case: `lastChallengedAt` and `last_challenged_at` agree."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return [t for t in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if t]


def is_plural(word: str) -> bool:
    """A rough English plural test, for last words such as `tags` or `examples`."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "ous"))


def singular(word: str) -> str:
    """A rough English singular: `users` → `user`, `entries` → `entry`, `status` unchanged."""
    if not is_plural(word):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


def table_words(table: str) -> list[str]:
    """Words of a table name without its schema."""
    return name_tokens(table.rpartition(".")[2])
