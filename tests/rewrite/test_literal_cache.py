"""The masked-text cache: a statement differing from a cached one only in its constants gets
exactly the rewrite the cold path gives it, and shapes where that cannot hold are rewritten cold."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.rewrite import (
    LiteralParkedSource,
    Rewrite,
    RewriteCache,
    RewriteError,
    Rewriter,
    SessionParkedSource,
    TableParkedSource,
)
from proxy.rewrite import rewriter as rewriter_module
from proxy.rewrite.literal_template import LiteralTemplate
from proxy.rewrite.masking import BITS, NUMBER, mask_literals
from proxy.rewrite.rewriter import MASKED, UNUSABLE, SeenShape
from proxy.rewrite.template import RenderedSql
from tests.rewrite import model
from tests.rewrite.conftest import CORPUS_DIR, SEARCH_PATH, DifferentialDatabases
from tests.rewrite.differential import load_corpus, load_scenarios

SOURCES = (
    TableParkedSource(),
    SessionParkedSource(),
    LiteralParkedSource({("public", "accounts"): {"1": {"loyalty": "7"}}}),
)


def assert_same_rewrite(actual: Rewrite | None, expected: Rewrite | None) -> None:
    """The same text for every parked source, every position mapping to the same place, the
    same errors (with their positions), parked tables and written columns."""
    if expected is None:
        assert actual is None
        return
    assert actual is not None
    assert actual.errors == expected.errors
    assert actual.written_columns == expected.written_columns
    assert actual.parked_tables == expected.parked_tables
    for source in SOURCES:
        try:
            want = expected.render_mapped(source)
        except ValueError:  # a write, and the source takes none
            with pytest.raises(ValueError):
                actual.render_mapped(source)
            continue
        got = actual.render_mapped(source)
        assert got.sql == want.sql
        positions = _probes(got, want)
        assert [got.original_position(p) for p in positions] == [
            want.original_position(p) for p in positions
        ]


def _probes(*renderings: RenderedSql) -> list[int]:
    """Positions at which the position maps of renderings of one text must agree for them to
    agree everywhere: each map is, between the starts of its pieces, either the identity shifted
    (a verbatim piece) or a constant, so two maps equal at the first two positions of every
    stretch where neither starts a piece are equal on all of it."""
    length = len(renderings[0].sql)
    starts = {0, length, length + 1}
    for rendered in renderings:
        starts.update(rendered._starts)
    return sorted({p for start in starts for p in (start, start + 1, start + 2)})


class Pair:
    """A rewriter whose cache keeps masked templates, and one that always rewrites cold."""

    def __init__(self, catalog, schema) -> None:
        self.warm = Rewriter(catalog, schema, RewriteCache())
        self.cold_rewriter = Rewriter(catalog, schema, RewriteCache())

    def cold(self, sql: str, path=SEARCH_PATH) -> Rewrite | None:
        self.cold_rewriter.cache.clear()
        return self.cold_rewriter.rewrite(sql, path)

    def entry(self, sql: str, path=SEARCH_PATH):
        """What the warm cache holds for the masked shape of `sql`."""
        masked = mask_literals(sql)
        rw = self.warm
        key = (masked.key, rw.shadow.version, rw.catalog.version, tuple(path), MASKED)
        return rw.cache.get(key)


def model_pair() -> Pair:
    return Pair(model.catalog(), model.schema())


def other_constants(sql: str) -> str:
    """`sql` with other constants of the same kinds."""
    masked = mask_literals(sql)
    kinds = [masked.key[i : i + 2] for i in range(len(masked.key)) if masked.key[i] == "\x00"]
    replacement = {NUMBER: "424242", BITS: "B'1'"}
    parts = []
    position = 0
    for (start, end), kind in zip(masked.spans, kinds, strict=True):
        parts += [sql[position:start], replacement.get(kind, "'zz-other'")]
        position = end
    parts.append(sql[position:])
    assert "".join(parts) != sql
    return "".join(parts)


def prime(pair: Pair, sql: str, path=SEARCH_PATH) -> None:
    """Two statements of the shape of `sql` through the warm rewriter: the second one builds
    the shape's template (or finds it unusable)."""
    pair.warm.rewrite(sql, path)
    pair.warm.rewrite(other_constants(sql), path)


# -- constants of each kind, for variants ----------------------------------------------------

NASTY_TEXT = [
    "",
    "x",
    "it's",
    "back\\slash",
    "$$",
    "$a$",
    "-- not a comment",
    "/* nor this */",
    "é東🙂",
    "\n",
    "$1999000001",
    "'; DROP TABLE accounts; --",
]


def random_constant(rng: random.Random, kind: str) -> str:
    """A constant of the kind masked as `kind`, in one of the forms Postgres reads."""
    if kind == NUMBER:
        return rng.choice(
            [
                str(rng.randint(0, 10**6)),
                f"{rng.randint(0, 999)}.{rng.randint(0, 99)}",
                f".{rng.randint(1, 9)}",
                f"{rng.randint(1, 9)}e{rng.randint(0, 5)}",
                f"0x{rng.randint(0, 4095):X}",
                f"{rng.randint(1000, 10**7):_}",
                "99999999999999999999",
            ]
        )
    if kind == BITS:
        return rng.choice([f"B'{rng.randint(0, 255):b}'", f"X'{rng.randint(0, 4095):X}'"])
    text = rng.choice(NASTY_TEXT)
    form = rng.randrange(4)
    if form == 0 or ("\\" in text and form == 3):
        return "'" + text.replace("'", "''") + "'"
    if form == 1:
        return "E'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"
    if form == 2 and "$q$" not in text:
        return f"$q${text}$q$"
    return "U&'" + text.replace("'", "''") + "'" if "\\" not in text else "'x'"


def variant(sql: str, rng: random.Random) -> str:
    """`sql` with every masked constant replaced by a random one of the same kind."""
    masked = mask_literals(sql)
    kinds = [masked.key[i : i + 2] for i in range(len(masked.key)) if masked.key[i] == "\x00"]
    parts = []
    position = 0
    for (start, end), kind in zip(masked.spans, kinds, strict=True):
        parts += [sql[position:start], random_constant(rng, kind)]
        position = end
    parts.append(sql[position:])
    return "".join(parts)


# -- the differential property over the corpus -------------------------------------------------


def corpus_statements() -> list[str]:
    reads = [entry.sql for entry in load_corpus(CORPUS_DIR / "reads.sql")]
    writes = [
        step.sql
        for scenario in load_scenarios(CORPUS_DIR / "writes.sql")
        for step in scenario.steps
    ]
    return [sql for sql in dict.fromkeys(reads + writes) if mask_literals(sql) is not None]


CORPUS = corpus_statements()


@pytest.fixture(scope="module")
def corpus_pair(differential_dbs: DifferentialDatabases) -> Pair:
    return Pair(differential_dbs.catalog, differential_dbs.schema)


def test_corpus_has_statements_with_constants():
    assert len(CORPUS) >= 200


SLICES = 8


@pytest.mark.parametrize("part", range(SLICES))
def test_variants_of_corpus_statements_render_as_the_cold_rewrite(corpus_pair: Pair, part: int):
    # One slice of the corpus a test, so that parallel runs share the work out.
    statements = CORPUS[part::SLICES]
    rng = random.Random(20261127 + part)
    templates = 0
    for sql in statements:
        # The first of a shape is rewritten cold, the second builds the template, the others
        # use it.
        assert_same_rewrite(corpus_pair.warm.rewrite(sql, SEARCH_PATH), corpus_pair.cold(sql))
        for _ in range(3):
            other = variant(sql, rng)
            try:
                assert_same_rewrite(
                    corpus_pair.warm.rewrite(other, SEARCH_PATH), corpus_pair.cold(other)
                )
            except AssertionError as exc:
                raise AssertionError(f"{sql!r} -> {other!r}") from exc
        templates += type(corpus_pair.entry(sql)) is LiteralTemplate
    # The test is only worth something if most shapes are served from templates.
    assert templates >= len(statements) * 0.6, (templates, len(statements))


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        [
            "SELECT loyalty, {s} AS label FROM accounts WHERE id = {n} AND tier <> {s}",
            "UPDATE accounts SET loyalty = loyalty + {n}, tier = {s} WHERE id = {n} RETURNING *",
            "INSERT INTO accounts (id, name, tier) VALUES ({n}, {s}, {s}) RETURNING loyalty",
            "DELETE FROM accounts WHERE name = {s} AND loyalty > {n}; SELECT {s}, tier FROM"
            " accounts a WHERE a.id IN ({n}, {n})",
            "UPDATE events SET seen = true WHERE kind = {s}",  # refused: no primary key
        ]
    ),
    st.lists(
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            max_size=12,
        ),
        min_size=8,
        max_size=8,
    ),
    st.lists(st.integers(min_value=0, max_value=10**12), min_size=8, max_size=8),
)
def test_any_string_and_number_constants_give_the_cold_rewrite(shape, texts, numbers):
    pair = model_pair()
    first = shape.replace("{s}", "'a'").replace("{n}", "1")
    prime(pair, first)
    assert type(pair.entry(first)) is LiteralTemplate
    strings = iter("E'" + t.replace("\\", "\\\\").replace("'", "\\'") + "'" for t in texts)
    values = iter(str(n) for n in numbers)
    sql = shape
    while "{s}" in sql or "{n}" in sql:
        sql = sql.replace("{s}", next(strings), 1).replace("{n}", next(values), 1)
    assert_same_rewrite(pair.warm.rewrite(sql, SEARCH_PATH), pair.cold(sql))


# -- hits ---------------------------------------------------------------------------------------


def test_a_statement_differing_only_in_constants_is_a_masked_hit(monkeypatch):
    pair = model_pair()
    prime(pair, "UPDATE accounts SET loyalty = loyalty + 1 WHERE id = 5")

    def no_cold_rewrite(*_args):
        raise AssertionError("rewritten cold")

    monkeypatch.setattr(pair.warm, "_attempt", no_cold_rewrite)
    sql = "UPDATE accounts SET loyalty = loyalty + 250 WHERE id = 123456"
    hit = pair.warm.rewrite(sql)
    monkeypatch.undo()
    assert_same_rewrite(hit, pair.cold(sql))
    assert "+ 250" in hit.render(TableParkedSource())
    # The exact text is cached too.
    assert pair.warm.rewrite(sql) is hit


def test_forwarded_shapes_are_hits_too(monkeypatch):
    pair = model_pair()
    prime(pair, "SELECT name FROM accounts WHERE id = 1")
    assert pair.entry("SELECT name FROM accounts WHERE id = 1") is None
    monkeypatch.setattr(pair.warm, "_attempt", lambda *_args: pytest.fail("rewritten cold"))
    assert pair.warm.rewrite("SELECT name FROM accounts WHERE id = 99") is None


def test_parameters_and_several_statements_keep_their_place():
    pair = model_pair()
    shape = (
        "SELECT loyalty FROM accounts WHERE id = {0}; "
        "UPDATE accounts SET tier = $1, loyalty = {1} WHERE id = $2 AND name <> {2}"
    )
    prime(pair, shape.format(1, 2, "'x'"))
    sql = shape.format(77777, 0.5, "'longer ''name'' é'")
    assert type(pair.entry(sql)) is LiteralTemplate
    rewrite = pair.warm.rewrite(sql)
    assert_same_rewrite(rewrite, pair.cold(sql))
    rendered = rewrite.render_mapped(TableParkedSource())
    for needle in ("77777", "'longer ''name'' é'", "$2"):
        at = rendered.sql.index(needle) + 1
        assert rendered.original_position(at) == sql.index(needle) + 1


def test_refusal_positions_point_into_the_clients_text():
    pair = model_pair()
    prime(pair, "SELECT 'a', loyalty FROM accounts; UPDATE events SET seen = true")
    sql = (
        "SELECT 'a much longer constant 東京', loyalty FROM accounts; UPDATE events SET seen = true"
    )
    rewrite = pair.warm.rewrite(sql)
    assert type(pair.entry(sql)) is LiteralTemplate
    assert_same_rewrite(rewrite, pair.cold(sql))
    assert rewrite.errors[0].position == sql.index("seen") + 1


# -- fallbacks ----------------------------------------------------------------------------------

FALLBACKS = [
    # ordinals: an integer constant names a column of the result
    ("SELECT loyalty, name FROM accounts WHERE id > {0} ORDER BY {1}", ("1", "1"), ("1", "2")),
    ("SELECT loyalty, count(*) FROM accounts GROUP BY {0}", ("1",), ("2",)),
    ("SELECT DISTINCT ON ({0}) loyalty, tier FROM accounts", ("1",), ("2",)),
    ("SELECT loyalty FROM accounts GROUP BY ROLLUP ({0})", ("1",), ("2",)),
    # -1 is the constant -1 to Postgres's grammar, (1, 2) in GROUP BY a list of items
    ("SELECT loyalty, tier FROM accounts ORDER BY -{0}", ("1",), ("2",)),
    ("SELECT loyalty, tier FROM accounts ORDER BY - -{0}", ("1",), ("2",)),
    ("SELECT loyalty, tier FROM accounts GROUP BY (loyalty, {0})", ("2",), ("1",)),
    ("SELECT loyalty, tier FROM accounts GROUP BY ROLLUP ((tier, {0}))", ("1",), ("2",)),
    ("SELECT loyalty, tier FROM accounts GROUP BY GROUPING SETS (CUBE ({0}))", ("1",), ("2",)),
    # a type modifier cannot be a parameter
    ("SELECT tier::varchar({0}) FROM accounts", ("10",), ("3",)),
    # numeric, bit and other types' modifiers parse as expressions, and Postgres's analysis
    # then wants constants (42601 for a parameter)
    (
        "SELECT loyalty::numeric({0}, {1}) FROM accounts WHERE id = {2}",
        ("10", "2", "1"),
        ("6", "1", "4"),
    ),
    ("SELECT CAST(loyalty AS bit({0})) FROM accounts", ("8",), ("4",)),
    # a search_path set by a constant changes how later names resolve
    ("SET search_path = {0}; SELECT score FROM accounts", ("'sales'",), ("'public'",)),
    # the text does not parse, with or without the constant
    ("SELECT loyalty FROM accounts WHERE id = {0} +", ("1",), ("2",)),
]


@pytest.mark.parametrize(("shape", "first", "second"), FALLBACKS)
def test_shapes_a_template_cannot_serve_are_rewritten_cold(shape, first, second, monkeypatch):
    pair = model_pair()
    sql = shape.format(*first)
    assert_same_rewrite(pair.warm.rewrite(sql), pair.cold(sql))
    again = other_constants(sql)
    assert_same_rewrite(pair.warm.rewrite(again), pair.cold(again))
    assert pair.entry(sql) is UNUSABLE
    # Remembered: the next statement of the shape goes straight to the cold rewrite.
    monkeypatch.setattr(
        pair.warm,
        "_rewrite_with_template",
        lambda *_args: pytest.fail("the template was tried again"),
    )
    other = shape.format(*second)
    assert_same_rewrite(pair.warm.rewrite(other), pair.cold(other))


@pytest.mark.parametrize(
    ("shape", "first", "second"),
    [
        ("SELECT loyalty FROM accounts WHERE name > DATE {0}", "'2024-01-01'", "'2025-12-31'"),
        ("SELECT loyalty FROM accounts WHERE INTERVAL {0} DAY > now() - now()", "'1'", "'22'"),
        ("SELECT loyalty FROM accounts WHERE id = int4 {0}", "'1'", "'7'"),
    ],
)
def test_typed_constants_are_served_by_templates(shape, first, second):
    """libpg_query reads `DATE $n` as it reads `DATE '…'`: a cast of the value."""
    pair = model_pair()
    prime(pair, shape.format(first))
    sql = shape.format(second)
    assert type(pair.entry(sql)) is LiteralTemplate
    assert_same_rewrite(pair.warm.rewrite(sql), pair.cold(sql))


def test_a_shape_seen_once_builds_no_template(monkeypatch):
    pair = model_pair()
    monkeypatch.setattr(
        pair.warm, "_rewrite_with_template", lambda *_args: pytest.fail("template built")
    )
    sql = "SELECT loyalty FROM accounts WHERE id = 3"
    assert_same_rewrite(pair.warm.rewrite(sql), pair.cold(sql))
    assert type(pair.entry(sql)) is SeenShape


def test_a_template_must_reproduce_both_statements_it_was_built_from(monkeypatch):
    """Were a constant read for its value without the rewriter saying so, the two statements
    a template is checked against would differ (here: the search_path a SET gives)."""
    pair = model_pair()
    monkeypatch.setattr(rewriter_module, "placeholders_read_as_values", lambda _tree: False)
    shape = "SET search_path = {0}; SELECT score FROM accounts WHERE score > {1}"
    pair.warm.rewrite(shape.format("'sales'", 1))
    assert pair.warm.rewrite(shape.format("'public'", 1)) is None
    assert pair.entry(shape.format("'x'", 1)) is UNUSABLE
    sql = shape.format("'sales'", 2)
    assert_same_rewrite(pair.warm.rewrite(sql), pair.cold(sql))
    assert pair.warm.rewrite(sql) is not None


def test_search_path_set_by_a_constant_still_applies():
    pair = model_pair()
    rewrite = pair.warm.rewrite("SET search_path = 'sales'; SELECT score FROM accounts")
    assert '"sales"."accounts"' in rewrite.render(TableParkedSource())
    # public.accounts has no shadow column "score": forwarded, as the cold rewrite does.
    assert pair.warm.rewrite("SET search_path = 'public'; SELECT score FROM accounts") is None


def test_a_template_whose_error_message_holds_a_placeholder_is_refused():
    rewrite = Rewrite(
        (("SELECT $1999000000", 0, True),),
        (RewriteError("0A000", "cannot use $1999000000 here", 8, 0),),
    )
    assert LiteralTemplate.build(rewrite, "SELECT $1999000000", 1) is None


def test_a_template_cutting_a_placeholder_is_refused():
    rewrite = Rewrite((("SELECT $1999", 0, True), ("000000", 12, True)))
    assert LiteralTemplate.build(rewrite, "SELECT $1999000000", 1) is None
    whole = Rewrite((("SELECT ", 0, True), ("$1999000000", 7, True)))
    assert LiteralTemplate.build(whole, "SELECT $1999000000", 1) is not None


def test_masked_entries_are_bounded_like_the_rest():
    cache = RewriteCache(max_entries=8, max_chars=60_000)
    rw = model.rewriter(cache)
    for n in range(40):
        rw.rewrite(f"SELECT loyalty AS l{n} FROM accounts WHERE id = {n} AND name = 'n{n}'")
        assert len(cache) <= 8 and cache.chars <= 60_000


@pytest.mark.parametrize(
    "shape",
    [
        "SELECT loyalty + {0}, count(*) FROM accounts GROUP BY loyalty + {1}",
        "SELECT DISTINCT loyalty % {0} FROM accounts ORDER BY loyalty % {1}",
        "SELECT DISTINCT ON (loyalty / {0}) id FROM accounts ORDER BY loyalty / {1}, id",
    ],
)
def test_equal_integer_constants_are_not_made_parameters(shape: str):
    """Postgres matches `c + 1` with `c + 1`, never `c + $1` with `c + $2`: a statement whose
    constants repeat a number runs with its constants."""
    pair = model_pair()
    prime(pair, shape.format(2, 3))
    assert type(pair.entry(shape.format(4, 5))) is LiteralTemplate
    assert pair.warm.parameterized(shape.format(4, 5)) is not None
    assert pair.warm.parameterized(shape.format(4, 4)) is None
    assert pair.warm.parameterized(shape.format(4, "04")) is None


@pytest.mark.parametrize(
    "shape",
    [
        "SELECT loyalty FROM accounts WHERE id = {0} AND loyalty > $1",
        "SELECT loyalty FROM accounts WHERE id = {0} LIMIT $2",
    ],
)
def test_a_text_with_parameters_is_not_made_parameters(shape: str):
    """A Query naming `$1` fails with 42P02 in Postgres: its constants must not become
    parameters the client's `$n` would then refer to."""
    pair = model_pair()
    prime(pair, shape.format(2))
    assert type(pair.entry(shape.format(4))) is LiteralTemplate
    assert pair.warm.parameterized(shape.format(4)) is None
