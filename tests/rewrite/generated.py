"""Random read statements over the differential schema, for tests/rewrite/test_generated_reads.py.

`statement(seed)` composes one SELECT from a small grammar: FROM items (tables, joins of every
kind, derived tables, LATERAL), expressions of each type over live and shadow columns (casts,
CASE, COALESCE, arrays, enums, scalar and EXISTS sub-queries), and query shapes (DISTINCT,
grouping with HAVING, window functions, UNION/INTERSECT/EXCEPT, CTEs, derived tables, ORDER BY
every output with LIMIT). Row order is asked for only where every output column orders it, so
the twin and the rewritten statement may take different plans and still answer alike.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Columns by alias: name -> type ("int", "text", "bool", "date", "num", "mood", "labels").
TABLE_COLUMNS = {
    "accounts": {
        "id": "int",
        "name": "text",
        "email": "text",
        "created_on": "date",
        "loyalty": "int",
        "tier": "text",
        "mood": "mood",
        "labels": "labels",
    },
    "bills": {
        "id": "int",
        "account_id": "int",
        "amount": "num",
        "note": "text",
        "paid": "bool",
        "due": "date",
    },
    "line_items": {
        "order_id": "int",
        "line": "int",
        "product": "text",
        "qty": "int",
        "discount": "num",
    },
    "tags": {"id": "int", "label": "text", "loyalty": "int"},
}


@dataclass
class Scope:
    """The FROM items a query level sees: alias -> its columns."""

    items: dict[str, dict[str, str]]

    def columns(self, kind: str) -> list[str]:
        return [
            f"{alias}.{name}"
            for alias, columns in self.items.items()
            for name, typ in columns.items()
            if typ == kind
        ]


class Generator:
    """One random statement's worth of choices."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.sub = 0

    def pick(self, *options):
        return self.r.choice(options)

    def alias(self, stem: str) -> str:
        self.sub += 1
        return f"{stem}{self.sub}"

    # -- FROM ------------------------------------------------------------------------------

    def from_clause(self) -> tuple[str, Scope]:
        accounts = TABLE_COLUMNS["accounts"]
        bills = TABLE_COLUMNS["bills"]
        choice = self.r.randrange(17)
        if choice >= 10:
            return self._more_from(choice)
        if choice == 0:
            return "accounts a JOIN bills b ON b.account_id = a.id", Scope(
                {"a": accounts, "b": bills}
            )
        if choice == 1:
            return "accounts a LEFT JOIN bills b ON b.account_id = a.id", Scope(
                {"a": accounts, "b": bills}
            )
        if choice == 2:
            return "bills b RIGHT JOIN accounts a ON a.id = b.account_id", Scope(
                {"a": accounts, "b": bills}
            )
        if choice == 3:
            inner = self.bool_expr(Scope({"accounts": accounts}), 1).replace("accounts.", "")
            return f"(SELECT * FROM accounts WHERE {inner}) a", Scope({"a": accounts})
        if choice == 4:
            return "accounts a JOIN tags t ON t.id = a.id", Scope(
                {"a": accounts, "t": TABLE_COLUMNS["tags"]}
            )
        if choice == 5:
            lateral = (
                "accounts a CROSS JOIN LATERAL (SELECT count(*)::int AS n,"
                " coalesce(bool_or(paid), false) AS any_paid, max(due) AS last_due"
                " FROM bills WHERE account_id = a.id) s"
            )
            return lateral, Scope(
                {"a": accounts, "s": {"n": "int", "any_paid": "bool", "last_due": "date"}}
            )
        if choice == 6:
            return "line_items l", Scope({"l": TABLE_COLUMNS["line_items"]})
        if choice == 7:
            return "accounts a FULL JOIN bills b ON b.id = a.id", Scope({"a": accounts, "b": bills})
        if choice == 8:
            cte_cols = {"id": "int", "loyalty": "int", "tier": "text"}
            return "(SELECT id, loyalty, tier FROM accounts) c JOIN accounts a USING (id)", Scope(
                {"c": {k: v for k, v in cte_cols.items() if k != "id"}, "a": accounts}
            )
        if choice == 9 and self.r.random() < 0.5:
            return "accounts a JOIN tags t USING (loyalty)", Scope(
                {"a": {k: v for k, v in accounts.items() if k != "loyalty"}, "t": {"label": "text"}}
            )
        return "accounts a", Scope({"a": accounts})

    def _more_from(self, choice: int) -> tuple[str, Scope]:
        """Self-joins on a shadow column, VALUES, LATERAL unnest, grouped and windowed derived
        tables, a derived table of a join's star, NATURAL JOIN."""
        accounts = TABLE_COLUMNS["accounts"]
        if choice == 10:
            return "accounts a JOIN accounts a2 ON a2.loyalty = a.loyalty AND a2.id <> a.id", Scope(
                {"a": accounts, "a2": accounts}
            )
        if choice == 11:
            values = "(VALUES (0, 'gold'), (5, 'silver'), (NULL::int, 'x')) v(k, s)"
            return f"accounts a JOIN {values} ON v.k = a.loyalty", Scope(
                {"a": accounts, "v": {"k": "int", "s": "text"}}
            )
        if choice == 12:
            return (
                "accounts a LEFT JOIN LATERAL unnest(a.labels) WITH ORDINALITY u(label, n) ON true",
                Scope({"a": accounts, "u": {"label": "text", "n": "int"}}),
            )
        if choice == 13:
            grouped = (
                "(SELECT tier, sum(loyalty)::int AS total, count(*)::int AS cnt FROM accounts"
                " GROUP BY tier) g"
            )
            return f"{grouped} JOIN accounts a ON a.tier IS NOT DISTINCT FROM g.tier", Scope(
                {"a": accounts, "g": {"tier": "text", "total": "int", "cnt": "int"}}
            )
        if choice == 14:
            ranked = (
                "(SELECT id, loyalty, rank() OVER (ORDER BY loyalty NULLS FIRST)::int AS r"
                " FROM accounts) w"
            )
            return f"{ranked} JOIN accounts a USING (id)", Scope(
                {"a": accounts, "w": {"loyalty": "int", "r": "int"}}
            )
        if choice == 15:
            joined = (
                "(SELECT a0.*, b0.amount FROM accounts a0 LEFT JOIN bills b0"
                " ON b0.account_id = a0.id AND b0.paid) a"
            )
            return joined, Scope({"a": {**accounts, "amount": "num"}})
        return "accounts a NATURAL JOIN tags t", Scope({"a": accounts, "t": TABLE_COLUMNS["tags"]})

    # -- expressions -------------------------------------------------------------------------

    def expr(self, kind: str, scope: Scope, depth: int) -> str:
        return getattr(self, f"{kind}_expr")(scope, depth)

    def _column(self, scope: Scope, kind: str) -> str | None:
        columns = scope.columns(kind)
        return self.r.choice(columns) if columns else None

    def int_expr(self, scope: Scope, depth: int) -> str:
        column = self._column(scope, "int")
        options = [lambda: column or "1"] * 3
        if depth > 0:
            options += [
                lambda: f"coalesce({self.int_expr(scope, depth - 1)}, {self.r.randint(-1, 9)})",
                lambda: f"({self.int_expr(scope, depth - 1)} + {self.r.randint(0, 5)})",
                lambda: f"length({self.text_expr(scope, depth - 1)})",
                lambda: (
                    f"CASE WHEN {self.bool_expr(scope, depth - 1)} THEN"
                    f" {self.int_expr(scope, depth - 1)} ELSE {self.int_expr(scope, depth - 1)} END"
                ),
                lambda: f"greatest({self.int_expr(scope, depth - 1)}, 2)",
            ]
            if "a" in scope.items and "labels" in scope.items["a"]:
                options.append(lambda: "coalesce(array_length(a.labels, 1), 0)")
                options.append(
                    lambda: (
                        "(SELECT count(*)::int FROM bills bx WHERE bx.account_id = a.id"
                        f" AND bx.amount > {self.r.randint(0, 50)})"
                    )
                )
                options.append(
                    lambda: "(SELECT max(t2.loyalty) FROM tags t2 WHERE t2.id <= a.loyalty)"
                )
                options.append(
                    lambda: (
                        "(SELECT min(a2.loyalty) FROM accounts a2 WHERE a2.tier = a.tier"
                        " AND a2.id <> a.id)"
                    )
                )
                options += [
                    lambda: "CASE a.mood WHEN 'happy' THEN 1 WHEN 'sad' THEN 2 ELSE 0 END",
                    lambda: "cardinality(a.labels)",
                    lambda: (
                        "(SELECT count(*)::int FROM accounts a3"
                        " WHERE a3.loyalty IS NOT DISTINCT FROM a.loyalty)"
                    ),
                ]
            options += [
                lambda: f"nullif({self.int_expr(scope, depth - 1)}, 0)",
                lambda: f"abs({self.int_expr(scope, depth - 1)} - 3)",
                lambda: f"({self.int_expr(scope, depth - 1)} % 3)",
            ]
        return self.r.choice(options)()

    def text_expr(self, scope: Scope, depth: int) -> str:
        column = self._column(scope, "text")
        options = [lambda: column or "'x'"] * 3
        if depth > 0:
            options += [
                lambda: f"upper({self.text_expr(scope, depth - 1)})",
                lambda: f"coalesce({self.text_expr(scope, depth - 1)}, 'none')",
                lambda: f"({self.text_expr(scope, depth - 1)} || '!')",
                lambda: f"{self.int_expr(scope, depth - 1)}::text",
                lambda: f"left({self.text_expr(scope, depth - 1)}, 2)",
            ]
            if "a" in scope.items and "mood" in scope.items["a"]:
                options += [
                    lambda: "a.mood::text",
                    lambda: "a.labels[1]",
                    lambda: "concat_ws('-', a.tier, a.mood, a.loyalty)",
                    lambda: "array_to_string(a.labels, ',')",
                    lambda: "coalesce(a.tier, a.name)",
                ]
            options += [
                lambda: (
                    f"format('%s/%s', {self.text_expr(scope, depth - 1)},"
                    f" {self.int_expr(scope, depth - 1)})"
                ),
                lambda: f"jsonb_build_object('v', {self.int_expr(scope, depth - 1)})::text",
            ]
        return self.r.choice(options)()

    def bool_expr(self, scope: Scope, depth: int) -> str:
        column = self._column(scope, "bool")
        k = self.r.randint(-1, 8)
        options = [
            lambda: f"{self.int_expr(scope, depth)} > {k}",
            lambda: f"{self.text_expr(scope, depth)} IS NULL",
            lambda: f"{self.int_expr(scope, depth)} IS DISTINCT FROM {k}",
        ]
        if column:
            options.append(lambda: column)
        if "a" in scope.items and "mood" in scope.items["a"]:
            options += [
                lambda: f"a.mood {self.pick('=', '>', '<>')} '{self.pick('happy', 'sad')}'",
                lambda: f"'{self.pick('new', 'vip', 'x')}' = ANY (a.labels)",
                lambda: (
                    "EXISTS (SELECT 1 FROM bills bx WHERE bx.account_id = a.id"
                    f" AND bx.amount > {self.r.randint(0, 60)})"
                ),
                lambda: "a.id IN (SELECT account_id FROM bills WHERE note IS NOT NULL)",
                lambda: f"a.tier LIKE '{self.pick('g%', '%o%', 's_lver')}'",
                lambda: "a.loyalty IN (SELECT loyalty FROM accounts WHERE tier IS NOT NULL)",
                lambda: f"a.loyalty = ANY (ARRAY[{k}, 0, 5])",
                lambda: "a.loyalty > ALL (SELECT t3.loyalty FROM tags t3 WHERE t3.id < 3)",
                lambda: f"(a.loyalty, a.tier) = ({k}, '{self.pick('gold', 'silver')}')",
                lambda: f"(a.loyalty, a.id) > ({k}, 2)",
                lambda: f"a.tier {self.pick('ILIKE', '~', '!~')} '{self.pick('G%', '^s', 'o')}'",
                lambda: (
                    f"a.labels {self.pick('@>', '&&', '<@')} ARRAY['{self.pick('new', 'vip')}']"
                ),
                lambda: (
                    "NOT EXISTS (SELECT 1 FROM accounts a4 WHERE a4.tier = a.tier"
                    " AND a4.loyalty > a.loyalty)"
                ),
            ]
        if "b" in scope.items:
            options += [
                lambda: f"b.paid IS {self.pick('TRUE', 'NOT FALSE', 'UNKNOWN')}",
                lambda: f"b.due {self.pick('>', '<=')} DATE '2024-06-01'",
            ]
        if depth > 0:
            options += [
                lambda: f"NOT ({self.bool_expr(scope, depth - 1)})",
                lambda: (
                    f"({self.bool_expr(scope, depth - 1)} {self.pick('AND', 'OR')}"
                    f" {self.bool_expr(scope, depth - 1)})"
                ),
                lambda: f"{self.int_expr(scope, depth - 1)} BETWEEN 0 AND {k + 3}",
            ]
        return self.r.choice(options)()

    def date_expr(self, scope: Scope, depth: int) -> str:
        column = self._column(scope, "date") or "DATE '2024-01-01'"
        if depth > 0 and self.r.random() < 0.4:
            return self.pick(
                f"({column} + 1)",
                f"date_trunc('month', {column})::date",
                f"coalesce({column}, DATE '2000-01-01')",
            )
        return column

    def num_expr(self, scope: Scope, depth: int) -> str:
        column = self._column(scope, "num")
        return f"round({column} * 2, 1)" if column and self.r.random() < 0.3 else column or "1.5"

    def mood_expr(self, scope: Scope, depth: int) -> str:
        return self._column(scope, "mood") or "'sad'::mood"

    def labels_expr(self, scope: Scope, depth: int) -> str:
        column = self._column(scope, "labels")
        if column and self.r.random() < 0.3:
            return f"({column} || 'z'::text)"
        return column or "'{a}'::text[]"

    # -- queries ---------------------------------------------------------------------------

    KINDS = ("int", "text", "bool", "date", "num", "mood", "labels")

    def items(self, scope: Scope, count: int) -> list[tuple[str, str]]:
        out = []
        for _ in range(count):
            kind = self.r.choice(self.KINDS)
            out.append((kind, self.expr(kind, scope, self.r.randint(0, 2))))
        return out

    def select(self, count: int | None = None, plain: bool = False) -> tuple[str, list[str]]:
        """One query level; returns its text and the kinds of its outputs. `plain`: no
        grouping nor window function."""
        from_sql, scope = self.from_clause()
        count = count or self.r.randint(1, 4)
        where = f" WHERE {self.bool_expr(scope, 2)}" if self.r.random() < 0.6 else ""
        shape = self.r.randrange(2, 6) if plain else self.r.randrange(15)
        whole_accounts = scope.items.get("a") is TABLE_COLUMNS["accounts"]
        derived = from_sql.startswith("(SELECT * FROM accounts")
        if shape >= 6 and whole_accounts and not (shape == 6 and derived):
            return self.special(shape, from_sql, scope, where)
        if shape == 0:
            key_kind = self.r.choice(("int", "text", "bool", "mood"))
            key = self.expr(key_kind, scope, 1)
            aggregate_kind = self.r.choice(("int", "text", "bool"))
            aggregate = {
                "int": f"sum({self.int_expr(scope, 1)})",
                "text": f"max({self.text_expr(scope, 1)})",
                "bool": f"bool_and({self.bool_expr(scope, 1)})",
            }[aggregate_kind]
            having = f" HAVING count(*) > {self.r.randint(0, 2)}" if self.r.random() < 0.4 else ""
            sql = (
                f"SELECT {key} AS g, count(*) AS n, {aggregate} AS agg FROM {from_sql}{where}"
                f" GROUP BY 1{having}"
            )
            return sql, [key_kind, "bigint", aggregate_kind]
        items = self.items(scope, count)
        if shape == 1:
            partition = self.expr(self.r.choice(("int", "text", "mood")), scope, 1)
            window = self.pick(
                f"sum({self.int_expr(scope, 1)}) OVER (PARTITION BY {partition})",
                f"count(*) OVER (PARTITION BY {partition})",
                f"max({self.text_expr(scope, 1)}) OVER (PARTITION BY {partition})",
            )
            items.append(("window", window))
        distinct = "DISTINCT " if shape == 2 else ""
        sql = f"SELECT {distinct}{', '.join(e for _, e in items)} FROM {from_sql}{where}"
        return sql, [k for k, _ in items]

    def special(self, shape: int, from_sql: str, scope: Scope, where: str) -> tuple[str, list[str]]:
        """Shapes that need the accounts alias `a` with its key: grouping by the key (the
        other columns then depend on it), aggregates with FILTER and ORDER BY, grouping sets,
        DISTINCT ON, whole rows."""
        if shape == 6:
            extra = self.pick("a.loyalty", "a.tier", "a.name, a.mood", "a.labels")
            kinds = {"a.loyalty": ["int"], "a.tier": ["text"], "a.labels": ["labels"]}
            sql = f"SELECT a.id, {extra}, count(*) AS n FROM {from_sql}{where} GROUP BY a.id"
            return sql, ["int", *kinds.get(extra, ["text", "mood"]), "bigint"]
        if shape == 7:
            condition = self.bool_expr(scope, 1)
            text = self.text_expr(scope, 1)
            sql = (
                f"SELECT count(*) FILTER (WHERE {condition}) AS f,"
                f" string_agg({text}, ',' ORDER BY {text}, a.id) AS s FROM {from_sql}{where}"
            )
            return sql, ["bigint", "text"]
        if shape == 8:
            first = self.pick("a.mood", "a.tier", "a.loyalty > 2")
            second = self.pick("a.tier", "(a.loyalty % 2)", "a.email IS NULL")
            sets = self.pick(
                f"ROLLUP ({first}, {second})",
                f"CUBE ({first}, {second})",
                f"GROUPING SETS (({first}), ({second}), ())",
            )
            sql = (
                f"SELECT {first} AS x, {second} AS y, count(*), sum(a.loyalty),"
                f" grouping({first}, {second}) FROM {from_sql}{where} GROUP BY {sets}"
            )
            return sql, ["x", "y", "bigint", "int", "int"]
        if shape >= 10:
            return self.more_special(shape, from_sql, scope, where)
        whole = self.pick(
            "to_jsonb(a)::text", "row_to_json(a)::text", "(a).loyalty", "a.*", "a IS NULL"
        )
        sql = (
            f"SELECT DISTINCT ON (a.mood) a.mood, {whole} FROM {from_sql}{where}"
            " ORDER BY a.mood, a.id"
        )
        return sql, ["mood", "whole"]

    def more_special(
        self, shape: int, from_sql: str, scope: Scope, where: str
    ) -> tuple[str, list[str]]:
        """Ordered window functions and a named window, ordered and hypothetical-set
        aggregates, ORDER BY with NULLS, LIMIT and OFFSET, WITH TIES, recursive CTEs. Orders
        that could tie name the key (`a.id`) or only values of `a` itself (the other FROM
        items repeat a row of `a` with the same values)."""
        if shape == 10:
            if from_sql != "accounts a":
                shape = 11  # other FROM items repeat `a.id`: the window's order would tie
            else:
                frame = self.pick(
                    "ROWS BETWEEN 1 PRECEDING AND CURRENT ROW",
                    "ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING",
                    "RANGE UNBOUNDED PRECEDING",
                )
                sql = (
                    f"SELECT a.id, lag(a.tier) OVER w AS prev, sum(a.loyalty) OVER (w {frame}) AS s,"
                    " row_number() OVER (PARTITION BY a.mood ORDER BY a.loyalty NULLS LAST, a.id)"
                    f" AS rn, first_value(a.labels) OVER w AS fl FROM {from_sql}{where}"
                    " WINDOW w AS (ORDER BY a.id)"
                )
                return sql, ["int", "text", "bigint", "bigint", "labels"]
        if shape == 11:
            sql = (
                "SELECT array_agg(a.loyalty ORDER BY a.id)::text AS l,"
                " json_agg(a.tier ORDER BY a.id, a.tier)::text AS t, count(DISTINCT a.tier) AS d,"
                " percentile_cont(0.5) WITHIN GROUP (ORDER BY a.loyalty) AS p,"
                " mode() WITHIN GROUP (ORDER BY a.mood) AS m,"
                f" rank({self.r.randint(0, 6)}) WITHIN GROUP (ORDER BY a.loyalty) AS r"
                f" FROM {from_sql}{where}"
            )
            return sql, ["text", "text", "bigint", "num", "mood", "bigint"]
        if shape == 12:
            order = self.pick(
                "a.loyalty DESC NULLS LAST, a.tier NULLS FIRST, a.id",
                "a.tier, a.mood DESC, a.id",
                "coalesce(a.loyalty, -1), a.labels, a.id",
            )
            limit = self.pick(
                f" LIMIT {self.r.randint(1, 5)}",
                f" LIMIT {self.r.randint(1, 5)} OFFSET {self.r.randint(0, 3)}",
                f" OFFSET {self.r.randint(1, 3)}",
            )
            sql = f"SELECT a.id, a.loyalty, a.tier FROM {from_sql}{where} ORDER BY {order}{limit}"
            return sql, ["int", "int", "text", "ordered"]
        if shape == 13:
            ties = (
                f"SELECT a.id, a.loyalty FROM {from_sql}{where} ORDER BY a.loyalty NULLS FIRST"
                f" FETCH FIRST {self.r.randint(1, 4)} ROWS WITH TIES"
            )
            return f"SELECT * FROM ({ties}) ft", ["int", "int"]
        sql = (
            "WITH RECURSIVE r(id, l, depth) AS (SELECT a.id, a.loyalty, 0"
            f" FROM {from_sql}{where} UNION ALL SELECT r.id, r.l + 1, r.depth + 1 FROM r"
            " WHERE r.depth < 2) SELECT id, l, depth FROM r"
        )
        return sql, ["int", "int", "int"]

    def statement(self) -> str:
        """A whole statement: a query, maybe wrapped, combined or ordered."""
        form = self.r.randrange(8)
        if form == 0:
            left, kinds = self.select(1, plain=True)
            right, right_kinds = self.select(1, plain=True)
            while right_kinds != kinds or kinds[0] == "labels":
                left, kinds = self.select(1, plain=True)
                right, right_kinds = self.select(1, plain=True)
            operator = self.pick("UNION", "UNION ALL", "INTERSECT", "EXCEPT")
            return f"{left} {operator} {right}"
        query, kinds = self.select()
        if form == 1 and not query.startswith("WITH"):
            return f"WITH q AS ({query}) SELECT * FROM q"
        if form == 2:
            return f"SELECT count(*) FROM ({query}) s"
        if form == 3:
            return f"SELECT * FROM ({query}) s"
        if form in (4, 5) and not {"labels", "window", "whole", "ordered"} & set(kinds):
            positions = ", ".join(str(n) for n in range(1, len(kinds) + 1))
            limit = f" LIMIT {self.r.randint(1, 6)}" if form == 5 else ""
            return f"{query} ORDER BY {positions}{limit}"
        return query


def statement(seed: int) -> str:
    """The random statement of this seed (the same one every time)."""
    return Generator(seed).statement()
