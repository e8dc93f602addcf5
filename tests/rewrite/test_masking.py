"""The constant scanner: it finds exactly the constants Postgres's lexer reads, and nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pglast.parser import scan

from proxy.rewrite.masking import BITS, NUMBER, STRING, mask_literals

CONSTANT_TOKENS = {"ICONST", "FCONST", "SCONST", "USCONST", "BCONST", "XCONST"}

# Text Postgres can hold: no NUL, no lone surrogates.
PG_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=20,
)
TRICKY_TEXT = st.lists(
    st.one_of(
        PG_TEXT,
        st.sampled_from(["'", "''", "\\", '"', "$", "$$", "$a$", "--", "/*", "*/", "\n", "é東🙂"]),
    ),
    max_size=6,
).map("".join)
DIGITS = st.integers(min_value=0, max_value=10**30).map(str)
NUMBERS = st.one_of(
    DIGITS,
    st.tuples(DIGITS, DIGITS).map(".".join),
    DIGITS.map(lambda d: "." + d),
    st.tuples(DIGITS, st.sampled_from(["e", "E", "e+", "e-", "E-"]), DIGITS).map("".join),
    st.integers(min_value=0, max_value=2**64).map(lambda n: f"0x{n:X}"),
    st.integers(min_value=0, max_value=2**64).map(lambda n: f"0o{n:o}"),
    st.integers(min_value=0, max_value=2**64).map(lambda n: f"0b{n:b}"),
    st.integers(min_value=1000, max_value=10**9).map(lambda n: f"{n:_}"),
)
STANDARD = TRICKY_TEXT.map(lambda t: "'" + t.replace("'", "''") + "'")
ESCAPED = st.lists(
    st.one_of(TRICKY_TEXT, st.sampled_from(["\\n", "\\t", "\\b", "\\f", "\\r", "\\q", "\\'"]))
).map(lambda parts: "E'" + "".join(p.replace("\\", "\\\\").replace("'", "''") for p in parts) + "'")
DOLLAR = (
    st.tuples(st.sampled_from(["", "x", "tag", "_a1", "é"]), TRICKY_TEXT)
    .filter(lambda t: f"${t[0]}$" not in t[1] + "$")
    .map(lambda t: f"${t[0]}${t[1]}${t[0]}$")
)
UNICODE = TRICKY_TEXT.filter(lambda t: "\\" not in t).map(
    lambda t: "U&'" + t.replace("'", "''") + "'"
)
BIT_STRINGS = st.one_of(
    st.text("01", max_size=12).map(lambda t: f"B'{t}'"),
    st.text("0123456789abcdefABCDEF", max_size=12).map(lambda t: f"X'{t}'"),
)
LITERALS = st.one_of(
    NUMBERS.map(lambda n: (n, NUMBER)),
    STANDARD.map(lambda s: (s, STRING)),
    ESCAPED.map(lambda s: (s, STRING)),
    DOLLAR.map(lambda s: (s, STRING)),
    UNICODE.map(lambda s: (s, STRING)),
    BIT_STRINGS.map(lambda s: (s, BITS)),
)
# Code between constants, none of it a constant; each piece is surrounded by spaces. None is
# only space and comments: a string, a newline, then a string is one constant in Postgres.
CODE = st.sampled_from(
    [
        "SELECT",
        "a",
        "u1_0",
        "x1.y2",
        "a$b",
        "(",
        ")",
        ",",
        "+",
        "-",
        "=",
        "::int",
        "||",
        '"q""x1"',
        '"it\'s 1"',
        'U&"d1"',
        "/* c 'x' 1 */",
        "/* /* nested 2 */ 'y' $$ */",
        "-- 'c' 1 $$\n,",
        "$1",
        "$23",
        "t.*",
        "café1",
        "AND",
        "\n,",
    ]
)
STATEMENTS = st.tuples(st.lists(st.tuples(CODE, LITERALS), min_size=1, max_size=8), CODE)


def build(parts: list[tuple[str, tuple[str, str]]], tail: str) -> str:
    return " ".join(f"{code} {literal}" for code, (literal, _kind) in parts) + f" {tail}"


def refill(key: str, texts: list[str]) -> str:
    """The masked key with its markers replaced by `texts`, in order."""
    out = key
    for text in texts:
        marker = min((m for m in (NUMBER, STRING, BITS) if m in out), key=lambda m: out.index(m))
        out = out.replace(marker, text, 1)
    return out


@settings(max_examples=400, deadline=None)
@given(STATEMENTS)
def test_masks_exactly_the_constants_and_fills_back_to_the_input(statement):
    parts, tail = statement
    sql = build(parts, tail)
    masked = mask_literals(sql)
    assert masked is not None
    texts = [sql[start:end] for start, end in masked.spans]
    assert texts == [literal for _code, (literal, _kind) in parts]
    kinds = [masked.key[i : i + 2] for i in range(len(masked.key)) if masked.key[i] == "\x00"]
    assert kinds == [kind for _code, (_literal, kind) in parts]
    assert refill(masked.key, texts) == sql


@settings(max_examples=400, deadline=None)
@given(STATEMENTS)
def test_masked_spans_are_constant_tokens_and_placeholders_lex_as_parameters(statement):
    sql = build(*statement)
    masked = mask_literals(sql)
    tokens = list(scan(sql))
    constants = {(t.start, t.end + 1) for t in tokens if t.name in CONSTANT_TOKENS}
    assert set(masked.spans) <= constants
    # The placeholder text lexes as the original with each constant turned into a parameter.
    placeholder_sql = masked.placeholder_sql(sql)
    masked_starts = {start for start, _end in masked.spans}
    expected = ["PARAM" if t.start in masked_starts else t.name for t in tokens]
    assert [t.name for t in scan(placeholder_sql)] == expected


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(TRICKY_TEXT, CODE, LITERALS.map(lambda lit: lit[0])), max_size=10))
def test_on_any_text_masked_spans_are_whole_constant_tokens(pieces):
    """Whatever the text, a masked span is exactly one constant of Postgres's lexer."""
    sql = "".join(pieces)
    masked = mask_literals(sql)
    if masked is None:
        return
    try:
        tokens = list(scan(sql))
    except Exception:  # the lexer rejects the text: Postgres will, whatever is masked
        return
    constants = {(t.start, t.end + 1) for t in tokens if t.name in CONSTANT_TOKENS}
    assert set(masked.spans) <= constants, (sql, masked.spans)
    placeholder_tokens = list(scan(masked.placeholder_sql(sql)))
    masked_starts = {start for start, _end in masked.spans}
    assert [t.name for t in placeholder_tokens] == [
        "PARAM" if t.start in masked_starts else t.name for t in tokens
    ]


@pytest.mark.parametrize(
    ("sql", "masked"),
    [
        ("UPDATE t SET c = c + 1 WHERE aid = 42", ["1", "42"]),
        ("SELECT 'it''s', E'a\\'b\\\\', $$x$$, $q$a$$b$q$", ["'it''s'", "E'a\\'b\\\\'", "$$x$$"]),
        ("SELECT 1_000, 1e5, .5, 1.5E-3, 0x1F, 0o17, 0b101", None),
        ("SELECT b'101', X'1F', U&'abc'", ["b'101'", "X'1F'", "U&'abc'"]),
        # Not masked: typed literal without a space, trailing junk, dots, escapes that can fail.
        ("SELECT date'2024-01-01', 1abc, a.5, 1..5, 1e, 0x", []),
        ("SELECT E'\\x41', E'\\101', E'\\u0041', U&'d\\0061t', N'x', b'102', x'1g'", []),
        # Constants inside comments, quoted identifiers and dollar quotes are not constants.
        ("SELECT \"it's 1\" /* '2' /* 3 */ 4 */ -- '5'\n, $a$ '6' $a$", ["$a$ '6' $a$"]),
        ("SELECT $1, $23, u1_0, a$b, café1, x1.y2", []),
    ],
)
def test_what_is_masked(sql, masked):
    result = mask_literals(sql)
    if masked is None:
        assert result is not None and len(result.spans) == 7
        return
    spans = [] if result is None else [sql[start:end] for start, end in result.spans]
    assert spans[: len(masked)] == masked
    if not masked:
        assert result is None


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT 'unterminated",
        "SELECT E'unterminated\\'",
        "SELECT 1 /* unterminated",
        'SELECT "unterminated, 1',
        "SELECT $x$ unterminated, 1",
        "SELECT 'a'\n'b'",  # one constant in Postgres
        "SELECT 'a' -- c\n 'b'",
        "SELECT U&'d!0061t' UESCAPE '!'",
        "SELECT 1, 'a\x00b'",
        "SELECT $1999000001, 1",  # the placeholders' prefix
        "SELECT x.0$$$$0e+0",  # .0, then an empty dollar-quoted string, then 0e+0
        "SELECT name FROM t",  # nothing to mask
    ],
)
def test_gives_up_when_unsure(sql):
    assert mask_literals(sql) is None


def test_same_shape_same_key():
    first = mask_literals("UPDATE t SET c = c + 1 WHERE aid = 42 AND n = 'x'")
    second = mask_literals("UPDATE t SET c = c + 7 WHERE aid = 123456 AND n = E'y\\'z'")
    other_kind = mask_literals("UPDATE t SET c = c + 1 WHERE aid = '42' AND n = 'x'")
    assert first.key == second.key
    assert other_kind.key != first.key
