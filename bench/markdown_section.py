"""Regenerate one marked section of a Markdown file and keep everything else in it intact.

A section lies between `<!-- NAME:begin -->` and `<!-- NAME:end -->`; when the file or the
markers do not exist yet, the section is appended.
"""

from __future__ import annotations

from pathlib import Path


def replace_section(path: Path, name: str, body: str, title: str = "# Benchmarks") -> None:
    """Write body as section NAME of the Markdown file at path."""
    begin, end = f"<!-- {name}:begin -->", f"<!-- {name}:end -->"
    block = f"{begin}\n{body.strip()}\n{end}\n"
    text = path.read_text() if path.exists() else f"{title}\n\n"
    if begin in text and end in text:
        before, rest = text.split(begin, 1)
        after = rest.split(end, 1)[1].lstrip("\n")
        text = before + block + ("\n" + after if after else "")
    else:
        text = text.rstrip("\n") + "\n\n" + block
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
