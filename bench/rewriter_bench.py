"""Rewriter speed on ORM-style queries: cold rewrite, cache hit, render, and passthrough.

Run by hand from the repository root (after `pip install -e '.[test]'`):

    python bench/rewriter_bench.py [--repeat N] [--instructions]

Targets (issue 3): median cold rewrite <= 200 us, median cache hit <= 5 us. Results go to
docs/rewriting.md. No database is needed: the catalog is built in memory.

Statements with constants, as the simple protocol sends them, are also measured as a *masked
hit*: a new text (other constants) whose shape an earlier statement's template serves. Next to
it: the cold rewrite (a rewriter that does not mask constants), the first statement of a shape
(the cold rewrite plus the scan) and the second (which also builds and checks the template).
`--instructions` counts instructions per call with callgrind instead of timing, for a cold
rewrite and a masked hit.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time

from callgrind import instructions_per_loop
from pglast.parser import parse_sql_json

from proxy.rewrite import RewriteCache, Rewriter, TableParkedSource
from shadow.catalog import snapshot_from_rows
from shadow.columns import ShadowColumn
from shadow.schema import ShadowSchema

TABLES = {
    "users": ["id", "email", "name", "created_at", "updated_at"],
    "orders": ["id", "user_id", "status", "total", "created_at"],
    "order_items": ["id", "order_id", "product_id", "qty", "price"],
    "products": ["id", "title", "price", "stock"],
    "tags": ["id", "label"],
}
# Ten served shadow columns, as in the issue's passthrough benchmark.
SHADOW = [
    ShadowColumn("public", "users", "loyalty", "integer", "0"),
    ShadowColumn("public", "users", "tier", "text", "'basic'"),
    ShadowColumn("public", "users", "locale", "text"),
    ShadowColumn("public", "orders", "channel", "text", "'web'"),
    ShadowColumn("public", "orders", "gift", "boolean", "false"),
    ShadowColumn("public", "order_items", "discount", "numeric(5,2)", "0"),
    ShadowColumn("public", "products", "rating", "real"),
    ShadowColumn("public", "products", "sku", "varchar(32)"),
    ShadowColumn("public", "products", "archived", "boolean", "false"),
    ShadowColumn("public", "users", "referrer_id", "integer"),
]

# What ORMs send when the new application version reads the new columns.
ORM_QUERIES = [
    # Django
    'SELECT "users"."id", "users"."email", "users"."name", "users"."loyalty", "users"."tier"'
    ' FROM "users" WHERE "users"."id" = $1 LIMIT 21',
    'SELECT "orders"."id", "orders"."status", "orders"."channel" FROM "orders"'
    ' WHERE ("orders"."user_id" = $1 AND "orders"."gift") ORDER BY "orders"."created_at" DESC',
    'SELECT "users"."id", "users"."loyalty", COUNT("orders"."id") AS "orders__count" FROM "users"'
    ' LEFT OUTER JOIN "orders" ON ("users"."id" = "orders"."user_id") GROUP BY "users"."id"',
    # Rails
    'SELECT "users".* FROM "users" WHERE "users"."id" = $1 LIMIT $2',
    'SELECT "products".* FROM "products" WHERE "products"."archived" = $1 ORDER BY "products"."id"'
    " ASC LIMIT $2",
    'SELECT "order_items".* FROM "order_items" WHERE "order_items"."order_id" IN ($1, $2, $3)',
    # SQLAlchemy
    "SELECT users.id AS users_id, users.email AS users_email, users.tier AS users_tier"
    " FROM users WHERE users.id = $1::INTEGER",
    "SELECT orders.id AS orders_id, orders.total AS orders_total, orders.channel AS orders_channel,"
    " users_1.id AS users_1_id, users_1.loyalty AS users_1_loyalty FROM orders"
    " LEFT OUTER JOIN users AS users_1 ON users_1.id = orders.user_id WHERE orders.status = $1",
    # Hibernate
    "select u1_0.id,u1_0.email,u1_0.loyalty,u1_0.referrer_id from users u1_0 where u1_0.id=$1",
    "select p1_0.id,p1_0.rating,p1_0.sku from products p1_0 join order_items o1_0"
    " on p1_0.id=o1_0.product_id where o1_0.order_id=$1",
    # Prisma
    'SELECT "public"."users"."id", "public"."users"."locale", "public"."users"."tier" FROM'
    ' "public"."users" WHERE "public"."users"."id" = $1 LIMIT $2 OFFSET $3',
    # A three-table join with a filter on a shadow column
    "SELECT u.id, u.name, o.id, o.total, i.qty, i.discount FROM users u"
    " JOIN orders o ON o.user_id = u.id JOIN order_items i ON i.order_id = o.id"
    " WHERE u.loyalty > $1 AND o.gift ORDER BY o.created_at DESC LIMIT 50",
    # Subquery and CTE
    "WITH big AS (SELECT user_id, sum(total) AS spent FROM orders WHERE channel = 'app'"
    " GROUP BY user_id) SELECT u.email, u.tier, b.spent FROM users u JOIN big b ON b.user_id = u.id",
    "SELECT p.id FROM products p WHERE p.rating > (SELECT avg(rating) FROM products)",
    # Writes that read shadow columns
    "UPDATE users SET updated_at = now() WHERE id = $1 RETURNING id, loyalty, tier",
    "DELETE FROM order_items WHERE order_id = $1 AND discount > 0 RETURNING *",
]

# Statements with constants, as the simple protocol sends them; {n} varies between calls.
LITERAL_QUERIES = [
    # issue 4's write: UPDATE pgbench_accounts SET c = c + 1 WHERE aid = :id
    "UPDATE users SET loyalty = loyalty + 1 WHERE id = {n}",
    "SELECT id, email, loyalty, tier FROM users WHERE id = {n}",
    "INSERT INTO orders (user_id, status, total, channel) VALUES ({n}, 'paid', 12.50, 'app')",
    "SELECT u.id, u.name, o.total, o.channel FROM users u JOIN orders o ON o.user_id = u.id"
    " WHERE u.id = {n} AND o.status = 'paid' AND o.gift = false ORDER BY o.created_at DESC"
    " LIMIT 20",
    "DELETE FROM order_items WHERE order_id = {n} AND discount > 0.5",
]
ISSUE_4 = LITERAL_QUERIES[0]

# Queries on tables with shadow columns that name none: parsed once, then cached as "forward".
UNTOUCHED = [
    'SELECT "users"."id", "users"."email" FROM "users" WHERE "users"."id" = $1',
    "INSERT INTO orders (user_id, status, total) VALUES ($1, $2, $3) RETURNING id",
]
# Queries on other tables: the text check alone sends them on.
PASSTHROUGH = ["SELECT id, label FROM tags WHERE id = $1", "BEGIN", "COMMIT", "SELECT 1"]


def catalog():
    rows = []
    for table, columns in TABLES.items():
        for attnum, column in enumerate(columns, 1):
            rows.append(("public", table, "r", column, "integer", 23, attnum, ["id"]))
    return snapshot_from_rows(rows, 1)


def median_ns(action, repeat: int) -> float:
    """Median over `repeat` timed batches of one call each (perf_counter_ns)."""
    samples = []
    for _ in range(repeat):
        started = time.perf_counter_ns()
        action()
        samples.append(time.perf_counter_ns() - started)
    return statistics.median(samples)


def median_each_ns(action, arguments) -> float:
    """Median of one timed call of `action` per argument."""
    samples = []
    for argument in arguments:
        started = time.perf_counter_ns()
        action(argument)
        samples.append(time.perf_counter_ns() - started)
    return statistics.median(samples)


def texts(shape: str, count: int, start: int = 1) -> list[str]:
    """`count` statements of one shape, each with other constants."""
    return [shape.format(n=n) for n in range(start, start + count)]


def literal_rows(repeat: int) -> list[tuple[str, float, float, float, float, float]]:
    """(shape, cold, first of a shape, second of a shape, exact hit, masked hit) in ns for each
    of LITERAL_QUERIES."""
    snapshot = catalog()
    schema = ShadowSchema(1, tuple(SHADOW))
    cache = RewriteCache()
    masking = Rewriter(snapshot, schema, cache)
    cold_cache = RewriteCache()
    plain = Rewriter(snapshot, schema, cold_cache, mask_constants=False)
    rows = []
    for shape in LITERAL_QUERIES:

        def cold(sql: str) -> None:
            cold_cache.clear()
            plain.rewrite(sql)

        def first(sql: str) -> None:
            cache.clear()
            masking.rewrite(sql)

        def second(sql: str, shape: str = shape) -> int:
            cache.clear()
            masking.rewrite(shape.format(n=0))
            started = time.perf_counter_ns()
            masking.rewrite(sql)
            return time.perf_counter_ns() - started

        sample = texts(shape, repeat)
        cold_ns = median_each_ns(cold, sample)
        first_ns = median_each_ns(first, sample)
        second_ns = statistics.median(second(sql) for sql in sample)
        masking.rewrite(shape.format(n=0))
        masking.rewrite(shape.format(n=-1))
        masked_ns = median_each_ns(masking.rewrite, texts(shape, repeat, start=10**6))
        exact = shape.format(n=7)
        masking.rewrite(exact)
        exact_ns = median_ns(lambda sql=exact: masking.rewrite(sql), repeat)
        rows.append((shape, cold_ns, first_ns, second_ns, exact_ns, masked_ns))
    return rows


def inner_loop(kind: str, count: int) -> None:
    """Rewrite `count` statements of issue 4's shape, each with another aid (for callgrind)."""
    snapshot = catalog()
    schema = ShadowSchema(1, tuple(SHADOW))
    rewriter = Rewriter(snapshot, schema, RewriteCache(), mask_constants=kind == "masked")
    rewriter.rewrite(ISSUE_4.format(n=0))
    for sql in texts(ISSUE_4, count):
        if kind == "cold":
            rewriter.cache.clear()
        rewriter.rewrite(sql)


def instructions(kind: str, low: int = 200, high: int = 1200) -> float:
    """Instructions per call: callgrind's total at two loop counts, differenced."""
    return instructions_per_loop([sys.executable, __file__, "--inner", kind], low, high)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=300, help="timed calls per query")
    parser.add_argument(
        "--instructions", action="store_true", help="callgrind counts for issue 4's UPDATE"
    )
    parser.add_argument("--inner", nargs=2, metavar=("KIND", "COUNT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.inner:
        inner_loop(args.inner[0], int(args.inner[1]))
        return 0
    if args.instructions:
        if shutil.which("valgrind") is None:
            parser.error("valgrind is not installed")
        print(f"instructions per call, {ISSUE_4.format(n='<aid>')}")
        for kind in ("cold", "masked"):
            print(f"  {kind:6} {instructions(kind):12,.0f}", flush=True)
        return 0

    snapshot = catalog()
    schema = ShadowSchema(1, tuple(SHADOW))
    cache = RewriteCache()
    rewriter = Rewriter(snapshot, schema, cache, mask_constants=False)
    parked = TableParkedSource()

    rows = []
    for sql in ORM_QUERIES + UNTOUCHED:

        def cold(sql: str = sql) -> None:
            cache.clear()
            rewriter.rewrite(sql)

        cold_ns = median_ns(cold, args.repeat)
        rewriter.rewrite(sql)
        hit_ns = median_ns(lambda sql=sql: rewriter.rewrite(sql), args.repeat)
        rewrite = rewriter.rewrite(sql)
        render_ns = median_ns(lambda r=rewrite: r.render(parked), args.repeat) if rewrite else 0
        parse_ns = median_ns(lambda sql=sql: parse_sql_json(sql), args.repeat)
        rows.append((sql, cold_ns, hit_ns, render_ns, parse_ns, rewrite is not None))
    passthrough = [
        median_ns(lambda sql=sql: rewriter.rewrite(sql), args.repeat) for sql in PASSTHROUGH
    ]

    print(f"{'cold us':>8} {'hit us':>7} {'render us':>9} {'parse us':>8}  query")
    for sql, cold_ns, hit_ns, render_ns, parse_ns, rewritten in rows:
        mark = "" if rewritten else "  (forwarded)"
        print(
            f"{cold_ns / 1e3:8.1f} {hit_ns / 1e3:7.2f} {render_ns / 1e3:9.2f}"
            f" {parse_ns / 1e3:8.1f}  {sql[:70]}{mark}"
        )
    rewritten_rows = [r for r in rows if r[5]]
    cold = statistics.median(r[1] for r in rewritten_rows) / 1e3
    hit = statistics.median(r[2] for r in rewritten_rows) / 1e3
    render = statistics.median(r[3] for r in rewritten_rows) / 1e3
    print()
    print(f"queries rewritten: {len(rewritten_rows)}, forwarded after parsing: {len(UNTOUCHED)}")
    print(f"median cold rewrite: {cold:.1f} us (target <= 200)")
    print(f"median cache hit:    {hit:.2f} us (target <= 5)")
    print(f"median render:       {render:.2f} us")
    print(f"median passthrough (text check only): {statistics.median(passthrough) / 1e3:.2f} us")

    literal = literal_rows(args.repeat)
    print()
    print("statements with constants (simple protocol), a new text each call:")
    print(f"{'cold us':>8} {'first':>8} {'second':>8} {'exact':>8} {'masked':>8}  query")
    for shape, cold_ns, first_ns, second_ns, exact_ns, masked_ns in literal:
        print(
            f"{cold_ns / 1e3:8.1f} {first_ns / 1e3:8.1f} {second_ns / 1e3:8.1f}"
            f" {exact_ns / 1e3:8.2f} {masked_ns / 1e3:8.2f}  {shape[:60]}"
        )
    masked = statistics.median(row[5] for row in literal) / 1e3
    print(f"median masked hit:   {masked:.2f} us")
    return 0 if cold <= 200 and hit <= 5 else 1


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
