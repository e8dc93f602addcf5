"""Rewriter speed on ORM-style queries: cold rewrite, cache hit, render, and passthrough.

Run by hand from the repository root (after `pip install -e '.[test]'`):

    python bench/rewriter_bench.py [--repeat N]

Targets (issue 3): median cold rewrite <= 200 us, median cache hit <= 5 us. Results go to
docs/rewriting.md. No database is needed: the catalog is built in memory.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time

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
# Ten served shadow columns, as in the passthrough benchmark.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=300, help="timed calls per query")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")

    snapshot = catalog()
    schema = ShadowSchema(1, tuple(SHADOW))
    cache = RewriteCache()
    rewriter = Rewriter(snapshot, schema, cache)
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
    return 0 if cold <= 200 and hit <= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
