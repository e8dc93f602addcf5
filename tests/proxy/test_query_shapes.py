"""Query shapes recognised from a Query message's bytes, checked against `mask_literals`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from proxy.protocol import messages as m
from proxy.query_shapes import QueryShapes
from proxy.rewrite.masking import mask_literals
from proxy.rewrite.rewriter import integer_constants

SHAPE = "select loyalty from accounts where id = {} and bid = {};"


def _remembered(sql: str, value: str = "kept") -> QueryShapes[str]:
    masked = mask_literals(sql)
    assert masked is not None and integer_constants(sql, masked.spans) is not None
    shapes: QueryShapes[str] = QueryShapes(8)
    shapes.remember(sql, masked.spans, value)
    return shapes


def test_other_integers_find_the_shape_with_their_digits() -> None:
    shapes = _remembered(SHAPE.format(1, 2))
    assert shapes.find(m.encode_query(SHAPE.format(12345, 7))) == ("kept", (b"12345", b"7"))
    assert shapes.find(m.encode_query(SHAPE.format(2147483647, 0))) is not None


def test_constants_that_are_not_integers_of_the_integer_range_find_nothing() -> None:
    shapes = _remembered(SHAPE.format(1, 2))
    for constant in ("2147483648", "99999999999", "1.5", "1e5", "0x1F", "1_000", "'1'", "-1"):
        assert shapes.find(m.encode_query(SHAPE.format(constant, 2))) is None, constant
    assert shapes.find(m.encode_query(SHAPE.format("00000000001", 2))) is not None


def test_digits_outside_the_constants_must_be_the_same() -> None:
    shapes = _remembered("select c1 from t2 where id = 5")
    assert shapes.find(m.encode_query("select c1 from t2 where id = 6")) is not None
    assert shapes.find(m.encode_query("select c3 from t2 where id = 6")) is None
    assert shapes.find(m.encode_query("select c1 from t2 where id = 6 ")) is None


def test_text_beyond_ascii_is_matched_on_its_bytes() -> None:
    shapes = _remembered('select loyalty as "café" from accounts where id = 3')
    found = shapes.find(m.encode_query('select loyalty as "café" from accounts where id = 40'))
    assert found == ("kept", (b"40",))
    other = m.encode_query('select loyalty as "cafe" from accounts where id = 4')
    assert shapes.find(other) is None


def test_remembering_a_shape_again_replaces_what_it_gets() -> None:
    shapes = _remembered(SHAPE.format(1, 2), "first")
    masked = mask_literals(SHAPE.format(3, 4))
    assert masked is not None
    shapes.remember(SHAPE.format(3, 4), masked.spans, "second")
    assert shapes.find(m.encode_query(SHAPE.format(5, 6))) == ("second", (b"5", b"6"))


def test_sessions_share_the_compiled_pattern_of_a_shape() -> None:
    first, second = _remembered(SHAPE.format(1, 2)), _remembered(SHAPE.format(3, 4))
    ((pattern, _value),) = next(iter(first._by_skeleton.values()))
    ((other, _value),) = next(iter(second._by_skeleton.values()))
    assert pattern is other


def test_past_the_limit_it_starts_afresh() -> None:
    shapes: QueryShapes[int] = QueryShapes(2)
    for number in range(3):
        sql = f"select c{number} from t where id = 1"
        masked = mask_literals(sql)
        assert masked is not None
        shapes.remember(sql, masked.spans, number)
    assert shapes.find(m.encode_query("select c0 from t where id = 2")) is None
    assert shapes.find(m.encode_query("select c2 from t where id = 2")) == (2, (b"2",))
    shapes.clear()
    assert not shapes


# Pieces of SQL text around constants, chosen to sit next to them in every way the lexer cares
# about: identifier characters, dots, exponents, quotes, comments, dollar quotes, parameters.
_PIECES = st.sampled_from(
    [
        "=",
        "(",
        ")",
        ",",
        "+",
        "-",
        "*",
        "/",
        "<",
        "a",
        "_",
        "x",
        "e",
        "E",
        ".",
        "..",
        "$",
        "$1",
        "'",
        "''",
        "'s'",
        "E'",
        "B'",
        "X'",
        '"',
        '"q"',
        "--",
        "/*",
        "*/",
        "$$",
        "$t$",
        "::",
        "é",
        "u&",
        "0",
        "1",
        ";",
        " ",
        "\n",
    ]
)
# Well-formed string constants, with quotes, comment and dollar signs inside.
_STRINGS = st.text(st.sampled_from(list("ab'é\n-/*$0 ")), max_size=4).map(
    lambda text: "'" + text.replace("'", "''") + "'"
)
_TEXTS = st.lists(
    st.one_of(_PIECES, _STRINGS, st.integers(0, 3_000_000_000).map(str)), max_size=14
).map("".join)


# What may stand where a remembered constant stood: integers, strings, and tokens that only
# look like one.
_STAND_INS = st.one_of(
    st.integers(0, 3_000_000_000).map(str),
    _STRINGS,
    st.sampled_from(
        [
            *("1.5", "1e5", "1_0", "0x1", "0o7", "0b1", "1a", "1$", "1.", ".5", "", "'1'", "''"),
            *("'it''s'", "E'x'", "'a' 'b'", "'a'\n'b'", "'x''", "'é'", "'--'", "'/*'", "n'x'"),
        ]
    ),
)


def _remembered_shape(sql: str) -> tuple[QueryShapes[str], tuple[tuple[int, int], ...]] | None:
    """Shapes holding the shape of `sql`, and its constants' spans; None when not remembered."""
    masked = mask_literals(sql)
    if masked is None:
        return None
    shapes: QueryShapes[str] = QueryShapes(8)
    if not shapes.remember(sql, masked.spans, "x"):
        return None
    return shapes, masked.spans


def _replaced(sql: str, spans: tuple[tuple[int, int], ...], constants: list[str]) -> str:
    """`sql` with its constants replaced by `constants`, in turn."""
    parts, position = [], 0
    for number, (start, end) in enumerate(spans):
        parts += [sql[position:start], constants[number % len(constants)]]
        position = end
    return "".join([*parts, sql[position:]])


@settings(max_examples=600, deadline=None)
@given(remembered=_TEXTS, others=st.lists(st.one_of(_TEXTS, _STAND_INS), min_size=1, max_size=6))
def test_a_match_is_exactly_what_masking_would_find(remembered: str, others: list[str]) -> None:
    """Whenever a text matches a remembered shape, `mask_literals` gives both the same masked
    text, and the integers matched are the integer constants it finds; the texts tried are
    random, and the remembered one with its constants replaced by others or look-alikes."""
    found_shape = _remembered_shape(remembered)
    if found_shape is None:
        return
    shapes, spans = found_shape
    key = mask_literals(remembered).key  # type: ignore[union-attr]
    for other in (others[0], _replaced(remembered, spans, others)):
        found = shapes.find(m.encode_query(other))
        if found is None:
            continue
        other_masked = mask_literals(other)
        assert other_masked is not None and other_masked.key == key
        digits = [other[a:b] for a, b in other_masked.spans if other[a:b].isdigit()]
        assert found[1] == tuple(d.encode() for d in digits)


@settings(max_examples=300, deadline=None)
@given(
    remembered=_TEXTS,
    constants=st.lists(
        st.one_of(
            st.integers(0, 2**31 - 1).map(str),
            st.text(
                st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=5
            ).map(lambda t: "'" + t.replace("'", "''") + "'"),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_the_shape_with_other_constants_of_each_kind_matches(
    remembered: str, constants: list[str]
) -> None:
    found_shape = _remembered_shape(remembered)
    if found_shape is None:
        return
    shapes, spans = found_shape
    kinds = [remembered[a] == "'" for a, _b in spans]
    same_kind = [c for c in constants if (c[0] == "'") == kinds[0]] or None
    if len(set(kinds)) != 1 or same_kind is None:
        return  # one kind of constant at a time keeps the replacement simple
    again = _replaced(remembered, spans, same_kind)
    assert shapes.find(m.encode_query(again)) is not None
    assert mask_literals(again).key == mask_literals(remembered).key  # type: ignore[union-attr]
