"""Instructions per loop of a benchmark's inner loop, counted with valgrind's callgrind.

The inner loop runs twice as a subprocess, with two loop counts; the difference of callgrind's
totals over the difference of the counts is what one loop costs, start-up and set-up left out.
Counts stay put on a busy machine, unlike times.
"""

from __future__ import annotations

import re
import subprocess


def instructions_per_loop(command: list[str], low: int, high: int) -> float:
    """Instructions one loop of `command` costs; the loop count is appended as its last argument."""

    def total(count: int) -> int:
        argv = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
        argv += [*command, str(count)]
        result = subprocess.run(argv, capture_output=True, text=True, check=True)
        found = re.search(r"Collected : (\d+)", result.stderr)
        if found is None:
            raise SystemExit(f"no instruction count from callgrind:\n{result.stderr[-2000:]}")
        return int(found.group(1))

    return (total(high) - total(low)) / (high - low)
