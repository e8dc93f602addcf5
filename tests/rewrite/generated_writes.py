"""Random write scenarios over the differential schema, for tests/rewrite/test_generated_writes.py.

`scenario(seed)` is a sequence of query strings on one session: INSERTs (VALUES, SELECT, ON
CONFLICT DO NOTHING / DO UPDATE), UPDATEs (expressions over live and shadow columns, FROM
lists, RETURNING), DELETEs, reads of what they wrote, values that fail their casts or checks,
transaction control (BEGIN, SAVEPOINT, ROLLBACK TO, COMMIT, ROLLBACK) and restarts of
pgstitch, on tables with single and composite keys. Failures inside a transaction leave it
failed, as on the twin.
"""

from __future__ import annotations

import random

from tests.rewrite.differential import Scenario, Step

READS = (
    "SELECT id, name, loyalty, tier, mood, labels FROM accounts ORDER BY id",
    "SELECT id, account_id, amount, paid, due FROM bills ORDER BY id",
    "SELECT order_id, line, qty, discount FROM line_items ORDER BY 1, 2",
    "SELECT mood, count(*), sum(loyalty), max(tier) FROM accounts GROUP BY mood ORDER BY mood",
)


class WriteGenerator:
    """One random scenario's worth of choices."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)

    def pick(self, *options):
        return self.r.choice(options)

    def key(self) -> int:
        return self.r.randint(1, 12)

    def account_predicate(self) -> str:
        return self.pick(
            f"id = {self.key()}",
            f"id IN ({self.key()}, {self.key()})",
            f"loyalty > {self.r.randint(-1, 8)}",
            "tier IS NULL",
            f"mood = '{self.pick('happy', 'sad', 'grumpy')}'",
            "'vip' = ANY (labels)",
            f"id > {self.r.randint(3, 9)} AND tier IS NOT NULL",
        )

    def loyalty_value(self) -> str:
        return self.pick(
            str(self.r.randint(-2, 20)),
            "loyalty + 1",
            "coalesce(loyalty, 0) * 2",
            "NULL",
            "DEFAULT",
            "length(name)",
            "(SELECT count(*)::int FROM bills WHERE bills.account_id = accounts.id)",
            "'12'",
            "'x'",  # fails: 22P02
        )

    def tier_value(self) -> str:
        return self.pick(
            "'gold'", "upper(coalesce(tier, 'none'))", "name || '*'", "NULL", "tier || mood::text"
        )

    def returning(self, columns: str) -> str:
        return f" RETURNING {columns}" if self.r.random() < 0.5 else ""

    def insert(self) -> str:
        key = self.key()
        form = self.r.randrange(5)
        if form == 0:
            return (
                f"INSERT INTO accounts (id, name, loyalty, tier) VALUES ({key}, 'n{key}',"
                f" {self.r.randint(0, 9)}, {self.tier_value().replace('tier', 'NULL')})"
                + self.returning("id, loyalty, tier, mood, labels")
            )
        if form == 1:
            conflict = self.pick(
                "DO NOTHING",
                "DO UPDATE SET loyalty = EXCLUDED.loyalty + coalesce(accounts.loyalty, 0)",
                "DO UPDATE SET tier = EXCLUDED.tier, labels = accounts.labels || 'again'",
                "DO UPDATE SET loyalty = accounts.loyalty - 1 WHERE accounts.tier IS NOT NULL",
            )
            return (
                f"INSERT INTO accounts AS accounts (id, name, loyalty, tier) VALUES"
                f" ({key}, 'u{key}', {self.r.randint(0, 9)}, 't{key}'),"
                f" ({key + 20}, 'v', 1, NULL) ON CONFLICT (id) {conflict}"
                + self.returning("id, loyalty, tier")
            )
        if form == 2:
            return (
                "INSERT INTO accounts (id, name, loyalty, mood, labels) SELECT id + 100, name,"
                f" loyalty, mood, labels || 'copy' FROM accounts WHERE {self.account_predicate()}"
                + self.returning("*")
            )
        if form == 3:
            return (
                f"INSERT INTO bills (id, account_id, amount, paid) VALUES ({key + 30},"
                f" {self.pick(key, 1, 99)}, {self.r.randint(1, 50)}.5, {self.pick('true', 'NULL')})"
                + self.returning("id, paid, due")
            )
        return (
            f"INSERT INTO line_items (order_id, line, product, discount) VALUES"
            f" ({self.r.randint(1, 4)}, {self.r.randint(1, 4)}, 'p', {self.r.randint(0, 9)}.25)"
            " ON CONFLICT (order_id, line) DO UPDATE SET discount = line_items.discount + 1"
            + self.returning("order_id, line, discount")
        )

    def composed(self) -> Step:
        """Writes that read the table they write, join it, or sit in a WITH query."""
        key = self.key()
        form = self.r.randrange(14)
        if form >= 7:
            return Step(self.orm_write(form, key))
        if form == 0:
            return Step(
                "UPDATE accounts SET loyalty = (SELECT max(a2.loyalty) FROM accounts a2 WHERE"
                f" a2.tier = accounts.tier OR a2.id = {key}) WHERE {self.account_predicate()}"
                + self.returning("id, loyalty")
            )
        if form == 1:
            return Step(
                "UPDATE accounts SET tier = t.label, mood = 'sad' FROM tags t"
                " WHERE t.loyalty = accounts.loyalty" + self.returning("accounts.id, t.label")
            )
        if form == 2:
            return Step(
                "WITH u AS (UPDATE accounts SET loyalty = coalesce(loyalty, 0) + 1 WHERE"
                f" {self.account_predicate()} RETURNING id, loyalty, tier) SELECT * FROM u"
                " ORDER BY id"
            )
        if form == 3:
            return Step(
                "INSERT INTO accounts (id, name, tier, loyalty) SELECT b.id + 200, b.note,"
                " a.tier, a.loyalty FROM bills b JOIN accounts a ON a.id = b.account_id"
                " WHERE b.note IS NOT NULL ON CONFLICT (id) DO UPDATE SET tier = EXCLUDED.tier,"
                " loyalty = accounts.loyalty + 1" + self.returning("id, tier, loyalty")
            )
        if form == 4:
            return Step(
                "DELETE FROM accounts a USING tags t WHERE t.id = a.id AND t.loyalty"
                f" {self.pick('IS NULL', '> 0', '= a.loyalty')}" + self.returning("a.*")
            )
        if form == 5:
            return Step(
                "UPDATE accounts SET (loyalty, tier) = (SELECT count(*)::int, max(note) FROM bills"
                f" WHERE account_id = accounts.id) WHERE {self.account_predicate()}"
                + self.returning("id, loyalty, tier")
            )
        params = [self.pick(str(self.r.randint(0, 9)), None, "x"), str(key), self.pick("p", None)]
        return Step(
            "UPDATE accounts SET loyalty = $1, labels = labels || $3::text WHERE id = $2"
            + self.returning("loyalty, labels"),
            params,
        )

    def orm_write(self, form: int, key: int) -> str:
        """Writes as ORMs and query builders spell them: bulk updates by CASE and by a VALUES
        list, INSERT … SELECT from a sentinel-ordered VALUES list, upserts of every column,
        counters, schema-qualified quoted names, DEFAULT in VALUES."""
        other = key % 12 + 1
        if form == 7:
            return (
                'UPDATE "accounts" SET "loyalty" = CASE WHEN ("accounts"."id" = '
                f'{key}) THEN {self.r.randint(0, 9)} WHEN ("accounts"."id" = {other}) THEN'
                f' {self.pick("NULL", "3")} ELSE NULL END, "tier" = CASE WHEN ("accounts"."id" ='
                f' {key}) THEN \'bulk\' ELSE "accounts"."tier" END'
                f' WHERE "accounts"."id" IN ({key}, {other})'
            )
        if form == 8:
            return (
                "INSERT INTO accounts (id, name, loyalty, tier) SELECT p0::INTEGER, p1::TEXT,"
                f" p2::INTEGER, p3::TEXT FROM (VALUES ({key + 40}, 'a', {self.r.randint(0, 9)},"
                f" 'x', 0), ({key + 60}, 'b', NULL, NULL, 1)) AS imp_sen(p0, p1, p2, p3,"
                " sen_counter) ORDER BY sen_counter RETURNING accounts.id, accounts.id AS id__1,"
                " accounts.loyalty"
            )
        if form == 9:
            return (
                "UPDATE accounts AS a SET loyalty = v.l, tier = v.t FROM (VALUES"
                f" ({key}, {self.r.randint(0, 9)}, 'v1'), ({other}, NULL, NULL))"
                " AS v(id, l, t) WHERE a.id = v.id" + self.returning("a.id, a.loyalty, a.tier")
            )
        if form == 10:
            return (
                'INSERT INTO "accounts" ("id","name","loyalty","tier") VALUES'
                f" ({key}, 'r{key}', {self.r.randint(0, 9)}, 'g'), ({key + 80}, 'r', 5, NULL)"
                ' ON CONFLICT ("id") DO UPDATE SET "name"=excluded."name",'
                '"loyalty"=excluded."loyalty","tier"=excluded."tier" RETURNING "id"'
            )
        if form == 11:
            return (
                f'UPDATE "accounts" SET "loyalty" = COALESCE("loyalty", 0) + {self.pick(1, -1)}'
                f' WHERE "accounts"."id" = {key}'
            )
        if form == 12:
            return (
                f'UPDATE "public"."accounts" SET "loyalty" = {self.r.randint(0, 9)},'
                f' "mood" = \'sad\' WHERE ("public"."accounts"."id" = {key} AND 1=1)'
                ' RETURNING "public"."accounts"."id", "public"."accounts"."loyalty",'
                ' "public"."accounts"."mood"'
            )
        return (
            "INSERT INTO accounts (id, name, loyalty, mood, labels) VALUES"
            f" ({key}, 'd', DEFAULT, DEFAULT, DEFAULT), ({key + 90}, 'e', DEFAULT, 'sad', DEFAULT)"
            " ON CONFLICT DO NOTHING" + self.returning("*")
        )

    def update(self) -> str:
        form = self.r.randrange(5)
        if form == 0:
            sets = [f"loyalty = {self.loyalty_value()}"]
            if self.r.random() < 0.5:
                sets.append(f"tier = {self.tier_value()}")
            if self.r.random() < 0.3:
                sets.append(f"mood = '{self.pick('happy', 'sad', 'grumpy')}'")
            if self.r.random() < 0.3:
                sets.append("name = name || '.'")
            return (
                f"UPDATE accounts SET {', '.join(sets)} WHERE {self.account_predicate()}"
                + self.returning("id, loyalty, tier, mood")
            )
        if form == 1:
            return (
                "UPDATE accounts a SET tier = b.note, loyalty = a.loyalty + 1 FROM bills b"
                f" WHERE b.account_id = a.id AND b.id = {self.r.randint(1, 9)}"
                + self.returning("a.id, a.tier, b.paid")
            )
        if form == 2:
            return (
                "UPDATE bills SET paid = NOT coalesce(paid, false), due = due + 1 WHERE"
                f" account_id = {self.key()}" + self.returning("id, paid, due")
            )
        if form == 3:
            return (
                f"UPDATE line_items SET discount = discount + 1.5 WHERE order_id = {self.key() % 4}"
                + self.returning("*")
            )
        if form == 4 and self.r.random() < 0.5:
            # Keys move (accounts with bills fail with 23503, as on the twin).
            return (
                f"UPDATE accounts SET id = id + {self.pick(50, 1000)}, loyalty = {self.loyalty_value()}"
                f" WHERE {self.account_predicate()}" + self.returning("id, loyalty, tier")
            )
        return f"UPDATE accounts SET labels = labels || tier WHERE {self.account_predicate()}"

    def delete(self) -> str:
        return self.pick(
            f"DELETE FROM bills WHERE account_id = {self.key()}" + self.returning("id, paid"),
            f"DELETE FROM accounts WHERE {self.account_predicate()}"
            + self.returning("id, loyalty, tier"),
            "DELETE FROM line_items WHERE discount > 1" + self.returning("order_id, line"),
            f"DELETE FROM accounts WHERE id > 100 AND loyalty > {self.r.randint(0, 5)}",
        )

    def steps(self) -> list[Step]:
        out: list[Step] = []
        open_transaction = False
        savepoint = False
        for _ in range(self.r.randint(4, 12)):
            roll = self.r.random()
            if roll < 0.12 and not open_transaction:
                out.append(Step("BEGIN"))
                open_transaction = True
            elif roll < 0.18 and open_transaction and not savepoint:
                out.append(Step("SAVEPOINT s"))
                savepoint = True
            elif roll < 0.22 and savepoint:
                out.append(Step(self.pick("ROLLBACK TO SAVEPOINT s", "RELEASE SAVEPOINT s")))
                savepoint = False
            elif roll < 0.28 and open_transaction:
                out.append(Step(self.pick("COMMIT", "ROLLBACK", "COMMIT")))
                open_transaction = savepoint = False
            elif roll < 0.33:
                out.append(Step(self.r.choice(READS)))
            elif roll < 0.37:
                key = self.key()
                out.append(Step(f"DELETE FROM bills WHERE account_id = {key}"))
                out.append(Step(f"DELETE FROM accounts WHERE id = {key}"))
                out.append(
                    Step(f"INSERT INTO accounts (id, name, tier) VALUES ({key}, 'again', 'new')")
                )
            elif roll < 0.4:
                out.append(Step(f"{self.update()}; {self.insert()}"))
            elif roll < 0.55:
                out.append(self.composed())
            elif roll < 0.58:
                # The session is lost and pgstitch restarted: an open transaction rolls back.
                out.append(Step("", restart=True))
                open_transaction = savepoint = False
            else:
                write = self.r.choice((self.insert, self.update, self.update, self.delete))
                out.append(Step(write()))
        if open_transaction:
            out.append(Step(self.pick("COMMIT", "ROLLBACK")))
        out += [Step(READS[0]), Step(READS[1])]
        return out


def scenario(seed: int) -> Scenario:
    """The random write scenario of this seed (the same one every time)."""
    return Scenario(f"generated_{seed}", WriteGenerator(seed).steps())
