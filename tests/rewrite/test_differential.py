"""Every corpus statement gives the same answer on the twin database and through the rewriter."""

from __future__ import annotations

import pytest

from proxy.rewrite import NoParkedValues
from tests.rewrite.conftest import (
    CORPUS_DIR,
    PARKED_SOURCES,
    DifferentialDatabases,
    ShadowExecutors,
    TwinAnswers,
    rewriting_transform,
)
from tests.rewrite.differential import CorpusEntry, LibpqExecutor, compare, load_corpus

CORPUS = load_corpus(CORPUS_DIR / "reads.sql")


def _protocols(entry: CorpusEntry, source: str) -> tuple[str, ...]:
    """Every protocol for the parked-value table; one for the other sources (the first for
    literals, the last for the session copy), since the protocol and the way parked values are
    read are independent, and the proxy-level corpus runs every protocol again."""
    if source == "table":
        return entry.protocols
    if source == "literal":
        return entry.protocols[:1]
    return entry.protocols[-1:]


CASES = [
    pytest.param(source, entry, protocol, id=f"{source}-{entry.name}-{protocol}")
    for source in sorted(PARKED_SOURCES)
    for entry in CORPUS
    for protocol in _protocols(entry, source)
]


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 150


@pytest.mark.parametrize(("source", "entry", "protocol"), CASES)
def test_same_answer_as_twin(
    source: str,
    entry,
    protocol: str,
    twin_answers: TwinAnswers,
    shadow_executors: ShadowExecutors,
    differential_dbs: DifferentialDatabases,
):
    original = twin_answers.run(entry.sql, entry.params, protocol)
    rewritten = shadow_executors[source].run(entry.sql, entry.params, protocol)
    if source == "copy":
        # What the proxy does when a transaction ends: the row locks a write staged in the
        # session (and kept past its ROLLBACK) are released, or later write scenarios of
        # other sessions would wait for them.
        shadow_executors[source].conn.execute("SELECT pg_temp.pgstitch_release_rows(true)")
    problems = compare(entry, original, rewritten, differential_dbs.row_types)
    assert not problems, "\n".join(problems)


def test_the_harness_sees_a_difference(
    twin_executor: LibpqExecutor, differential_dbs: DifferentialDatabases
):
    """Without pgstitch the shadow database errors; with no parked values, rows differ."""
    entry = CorpusEntry("probe", "SELECT id, loyalty FROM accounts ORDER BY id")
    original = twin_executor.run(entry.sql)
    bare = LibpqExecutor(differential_dbs.shadow)
    unparked = LibpqExecutor(
        differential_dbs.shadow,
        rewriting_transform(differential_dbs.rewriter(), NoParkedValues()),
    )
    try:
        assert any("42703" in p for p in compare(entry, original, bare.run(entry.sql)))
        assert any("rows" in p for p in compare(entry, original, unparked.run(entry.sql)))
    finally:
        bare.close()
        unparked.close()


@pytest.mark.parametrize("source", sorted(PARKED_SOURCES))
def test_an_entry_marked_refused_must_be_refused(
    source: str, twin_executor: LibpqExecutor, shadow_executors: ShadowExecutors
):
    """`-- refused` entries pass only when pgstitch answers 0A000, whatever the twin says."""
    shadow_executor = shadow_executors[source]
    entry = CorpusEntry("probe", "SELECT id, loyalty FROM accounts", refused=True)
    answered = compare(entry, twin_executor.run(entry.sql), shadow_executor.run(entry.sql))
    assert answered and "did not refuse" in answered[0]
    entry = CorpusEntry("probe", "SELECT NULL::accounts", refused=True)
    assert not compare(entry, twin_executor.run(entry.sql), shadow_executor.run(entry.sql))
    assert any(e.refused for e in CORPUS)
