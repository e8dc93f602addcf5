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
_TEXTS = st.lists(st.one_of(_PIECES, st.integers(0, 3_000_000_000).map(str)), max_size=14).map(
    "".join
)


# What may stand where a remembered constant stood: integers, and tokens that only look like one.
_STAND_INS = st.one_of(
    st.integers(0, 3_000_000_000).map(str),
    st.sampled_from(["1.5", "1e5", "1_0", "0x1", "0o7", "0b1", "1a", "1$", "1.", ".5", "'1'", ""]),
)


@settings(max_examples=400, deadline=None)
@given(remembered=_TEXTS, others=st.lists(st.one_of(_TEXTS, _STAND_INS), min_size=1, max_size=6))
def test_a_match_is_exactly_what_masking_would_find(remembered: str, others: list[str]) -> None:
    """Whenever a text matches a remembered shape, `mask_literals` gives both the same masked
    text and the matched constants are the integer constants it finds; the texts tried are
    random, and the remembered one with its constants replaced by integers or look-alikes."""
    masked = mask_literals(remembered)
    if masked is None or integer_constants(remembered, masked.spans) is None:
        return
    shapes: QueryShapes[str] = QueryShapes(8)
    shapes.remember(remembered, masked.spans, "x")
    replaced, position = [], 0
    for number, (start, end) in enumerate(masked.spans):
        replaced += [remembered[position:start], others[number % len(others)]]
        position = end
    replaced.append(remembered[position:])
    for other in (others[0], "".join(replaced)):
        found = shapes.find(m.encode_query(other))
        if found is None:
            continue
        other_masked = mask_literals(other)
        assert other_masked is not None and other_masked.key == masked.key
        expected = integer_constants(other, other_masked.spans)
        assert expected is not None and found[1] == tuple(v.encode() for v in expected)


@settings(max_examples=200, deadline=None)
@given(remembered=_TEXTS, numbers=st.lists(st.integers(0, 2**31 - 1), min_size=1, max_size=6))
def test_the_shape_with_other_integers_always_matches(remembered: str, numbers: list[int]) -> None:
    masked = mask_literals(remembered)
    if masked is None or integer_constants(remembered, masked.spans) is None:
        return
    shapes: QueryShapes[str] = QueryShapes(8)
    shapes.remember(remembered, masked.spans, "x")
    replaced, position = [], 0
    for number, (start, end) in enumerate(masked.spans):
        replaced += [remembered[position:start], str(numbers[number % len(numbers)])]
        position = end
    replaced.append(remembered[position:])
    assert shapes.find(m.encode_query("".join(replaced))) is not None
