"""Where a rendered rewrite finds parked values, and where its writes park them.

Reads see a relation `(row_key text, vals jsonb)` per table; `vals` maps a column name to the
value's text form (Postgres text I/O) or JSON null for NULL. Writes upsert rows shaped like
`pgstitch.parked(schema_name, table_name, row_key, vals)` into a *write relation*:

- the postgres store keeps the values in `pgstitch.parked` itself (`TableParkedSource`), so
  parked writes commit and roll back with the client's own transaction;
- the memory and redis stores hold them outside the database: reads render them as literals
  (`LiteralParkedSource`), and writes go to a per-session table shaped like `pgstitch.parked`
  (`staged_setup_sql`) that the proxy moves to the store at COMMIT. There, a row whose `vals`
  holds the key "" (no column has an empty name) means "the row was deleted: drop what the
  store holds for it first".
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping

from proxy.rewrite.sqltext import quote_literal
from shadow.store.literal import parked_values_sql
from shadow.store.pg_layout import write_helpers_sql

# A table's parked rows: row key -> {column -> text or None}.
ParkedRows = Mapping[str, Mapping[str, str | None]]

_ALIAS = '"pgstitch_parked"'
# Aliases of the staged and copy tables in sub-selects around a row key expression, which names
# the client's own aliases: names no client uses.
_STAGED_ALIAS = '"pgstitch_staged"'
_COPY_ALIAS = '"pgstitch_copy"'
STAGED_RELATION = "pg_temp.pgstitch_staged"
# The committed versions of staged rows that a later transaction of the session changed while
# they were not yet in the store (see `session_setup_sql`).
STAGED_COMMITTED_RELATION = "pg_temp.pgstitch_staged_committed"
# The session's copy of an outside store's values (see `SessionParkedSource`).
COPY_RELATION = "pg_temp.pgstitch_store"
# Advisory-lock namespace of staged rows ("pgst" + 2; see `session_setup_sql`).
ROW_LOCK_NAMESPACE = 0x70677374 + 2
# The key of a staged row's vals that says "drop the store's values of this row first".
DELETED_MARK = ""


def staged_setup_sql(relation: str = STAGED_RELATION) -> str:
    """DDL for a session of a memory or redis store: the staged table and the helper functions.

    The table has the columns and primary key of `pgstitch.parked`; the functions live in
    pg_temp, so nothing is created outside the session. Every role may use the table: after
    `SET ROLE` the client's statements write it as that role, and no other session can reach
    a temporary table whatever its privileges.
    """
    return (
        f"CREATE TEMP TABLE IF NOT EXISTS {relation.removeprefix('pg_temp.')} ("
        " schema_name text, table_name text, row_key text,"
        " vals jsonb NOT NULL DEFAULT '{}', PRIMARY KEY (schema_name, table_name, row_key));"
        f" GRANT ALL ON TABLE {relation} TO PUBLIC;" + write_helpers_sql("pg_temp", relation)
    )


# Whether a staged row version whose xmin is `{0}` was written by a transaction that committed:
# not "in progress" (the open transaction or one of its subtransactions; the staged table is
# the session's own, so no other transaction writes it). pg_xact_status takes a full
# transaction id, made here from the 32-bit xmin and the snapshot's xmax (the nearest id with
# those low bits). Frozen and other special ids are committed.
STAGED_XMIN_COMMITTED = (
    "({0}::text::bigint < 3 OR pg_xact_status(((SELECT pg_snapshot_xmax(pg_current_snapshot())"
    "::text::bigint) + ((({0}::text::bigint - (SELECT pg_snapshot_xmax(pg_current_snapshot())"
    "::text::bigint) % 4294967296) % 4294967296 + 6442450944) % 4294967296 - 2147483648))"
    "::text::xid8) IS DISTINCT FROM 'in progress')"
)


def session_setup_sql(
    copy_relation: str = COPY_RELATION,
    staged_relation: str = STAGED_RELATION,
    committed_relation: str = STAGED_COMMITTED_RELATION,
) -> str:
    """DDL for a session of a memory or redis store read through `SessionParkedSource`: the
    copy of the store's values, the staged table and the helper functions, all in pg_temp.

    Staging a row takes a session-level advisory lock on it (`ROW_LOCK_NAMESPACE`, a hash of
    schema, table and key), which the proxy releases with `pg_temp.pgstitch_release_rows()`
    only once the row's value is in the store: a later transaction writing the same row waits
    until then, so the store takes the writes of a row in the order they committed.

    A row is locked when it enters the staged table, and a sequence (not undone by a
    rollback, like the locks) counts the locks taken since the last release. When the count
    equals the staged rows and each of them is found locked, unlocking each once leaves
    nothing held. Otherwise a write was rolled back after taking its lock, or rows were kept
    from a failed hand-over, and the release looks up in pg_locks every lock of the namespace
    this session holds and unlocks it. So it does when asked to (`pgstitch_release_rows(true)`,
    run at the end of this DDL: tables made again after a DISCARD start a new count).

    The DDL runs as the session user (`SET LOCAL ROLE NONE`, to the end of its implicit
    transaction), who made the objects before, whatever role the client set since; the
    client's statements use them as the role it set: every role may (a temporary object is
    the session's own). It runs read-write in a session whose transactions are read-only by
    default (`default_transaction_read_only`): writes to temporary objects are allowed in a
    read-only transaction, their DDL is not.

    A transaction that committed inside a query string (`…; COMMIT; BEGIN; …`, `COMMIT AND
    CHAIN`) leaves its staged rows for the proxy to hand over while the next transaction is
    open; when that one changes such a row first, the committed version would no longer be
    visible to the proxy's read. A trigger keeps it in `committed_relation` (numbered, the last
    one kept is the newest), which rolls back with the change that made the copy.
    """
    row_hash = "hashtext({0}schema_name || '.' || {0}table_name || '.' || {0}row_key)"
    return f"""
SET LOCAL transaction_read_only = off;
SET LOCAL ROLE NONE;
CREATE TEMP TABLE IF NOT EXISTS {copy_relation.removeprefix("pg_temp.")} (
    schema_name text, table_name text, row_key text,
    vals jsonb NOT NULL, PRIMARY KEY (schema_name, table_name, row_key));
GRANT ALL ON TABLE {copy_relation} TO PUBLIC;
{staged_setup_sql(staged_relation)}
CREATE TEMP SEQUENCE IF NOT EXISTS pgstitch_rows_locked;
GRANT ALL ON SEQUENCE pg_temp.pgstitch_rows_locked TO PUBLIC;
CREATE OR REPLACE FUNCTION pg_temp.pgstitch_lock_row() RETURNS trigger
LANGUAGE plpgsql AS $pgstitch$
BEGIN
    IF NOT EXISTS (SELECT FROM {staged_relation} AS s WHERE s.schema_name = NEW.schema_name
                   AND s.table_name = NEW.table_name AND s.row_key = NEW.row_key) THEN
        PERFORM pg_advisory_lock({ROW_LOCK_NAMESPACE}, {row_hash.format("NEW.")});
        PERFORM nextval('pg_temp.pgstitch_rows_locked');
    END IF;
    RETURN NEW;
END
$pgstitch$;
CREATE OR REPLACE FUNCTION pg_temp.pgstitch_release_rows(p_all boolean DEFAULT false)
RETURNS void LANGUAGE plpgsql AS $pgstitch$
DECLARE
    taken bigint := nextval('pg_temp.pgstitch_rows_locked') - 1;
    held record;
BEGIN
    PERFORM setval('pg_temp.pgstitch_rows_locked', 1, false);
    IF NOT p_all AND taken = (SELECT count(*) FROM {staged_relation}) THEN
        -- All held and each unlocked once: nothing is left. One not held: some row was not
        -- locked by its own staging, so some other lock may be left: look them all up.
        IF (SELECT bool_and(pg_advisory_unlock({ROW_LOCK_NAMESPACE}, {row_hash.format("")}))
            FROM {staged_relation}) IS NOT FALSE THEN
            RETURN;
        END IF;
    END IF;
    FOR held IN SELECT objid::bigint AS id FROM pg_locks
        WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objsubid = 2
          AND classid = {ROW_LOCK_NAMESPACE}
    LOOP
        -- Locks stack; unlocking one not held would warn, so count them down.
        LOOP
            PERFORM pg_advisory_unlock({ROW_LOCK_NAMESPACE},
                (CASE WHEN held.id > 2147483647 THEN held.id - 4294967296 ELSE held.id END)::integer);
            EXIT WHEN NOT EXISTS (SELECT FROM pg_locks
                WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objsubid = 2
                  AND classid = {ROW_LOCK_NAMESPACE} AND objid::bigint = held.id);
        END LOOP;
    END LOOP;
END
$pgstitch$;
CREATE TEMP TABLE IF NOT EXISTS {committed_relation.removeprefix("pg_temp.")} (
    schema_name text, table_name text, row_key text, vals jsonb NOT NULL,
    seq bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);
GRANT ALL ON TABLE {committed_relation} TO PUBLIC;
CREATE OR REPLACE FUNCTION pg_temp.pgstitch_keep_committed() RETURNS trigger
LANGUAGE plpgsql AS $pgstitch$
BEGIN
    IF EXISTS (SELECT FROM {staged_relation} AS s WHERE s.schema_name = OLD.schema_name
               AND s.table_name = OLD.table_name AND s.row_key = OLD.row_key
               AND {STAGED_XMIN_COMMITTED.format("s.xmin")}) THEN
        INSERT INTO {committed_relation} (schema_name, table_name, row_key, vals)
            VALUES (OLD.schema_name, OLD.table_name, OLD.row_key, OLD.vals);
    END IF;
    RETURN NEW;
END
$pgstitch$;
DROP TRIGGER IF EXISTS pgstitch_keep_committed ON {staged_relation};
CREATE TRIGGER pgstitch_keep_committed BEFORE UPDATE ON {staged_relation}
    FOR EACH ROW EXECUTE FUNCTION pg_temp.pgstitch_keep_committed();
DELETE FROM {committed_relation};
DROP TRIGGER IF EXISTS pgstitch_lock_row ON {staged_relation};
CREATE TRIGGER pgstitch_lock_row BEFORE INSERT ON {staged_relation}
    FOR EACH ROW EXECUTE FUNCTION pg_temp.pgstitch_lock_row();
-- Also under `session_replication_role = replica`, which the client may set to skip its own
-- triggers.
ALTER TABLE {staged_relation} ENABLE ALWAYS TRIGGER pgstitch_lock_row,
    ENABLE ALWAYS TRIGGER pgstitch_keep_committed;
SELECT pg_temp.pgstitch_release_rows(true);
"""


def _table_filter(schema: str, table: str, alias: str = "") -> str:
    prefix = f"{alias}." if alias else ""
    return (
        f"{prefix}schema_name = {quote_literal(schema)}"
        f" AND {prefix}table_name = {quote_literal(table)}"
    )


class ParkedSource(ABC):
    """The parked values a rendered statement reads, and where its writes go."""

    # Schema of the helper functions (`raise_error`, `parked_vals`) rewritten writes call.
    helpers_schema = "pgstitch"
    # The text of each slot rendered against this source, for sources whose text for a slot
    # never changes (None: render every time).
    slot_texts: dict | None = None

    @abstractmethod
    def relation_sql(self, schema: str, table: str) -> str | None:
        """A FROM item yielding `(row_key text, vals jsonb)`, or None: nothing parked."""

    def vals_sql(self, schema: str, table: str, row_key_sql: str) -> str | None:
        """A scalar jsonb expression: the parked `vals` of the row whose key `row_key_sql` is."""
        relation = self.relation_sql(schema, table)
        if relation is None:
            return None
        return (
            f"(SELECT {_ALIAS}.vals FROM {relation} AS {_ALIAS}"
            f" WHERE {_ALIAS}.row_key = {row_key_sql})"
        )

    def fresh_vals_sql(self, schema: str, table: str, row_key_sql: str) -> str | None:
        """Like `vals_sql`, but the last committed values even when the statement's snapshot
        is older: what a write reads after locking the row. Defaults to `vals_sql`."""
        return self.vals_sql(schema, table, row_key_sql)

    def written_vals_sql(
        self, schema: str, table: str, row_key_sql: str | None, upserted_sql: str
    ) -> str:
        """The parked values of a row after a write upserted its row `upserted_sql` (jsonb) into
        the write relation: that row itself when the write relation holds all of them."""
        return upserted_sql

    @property
    def write_relation(self) -> str:
        """The relation writes upsert parked rows into; ValueError when there is none."""
        raise ValueError(f"{type(self).__name__} cannot take writes to shadow columns")

    def remove_rows_sql(self, schema: str, table: str, keys_sql: str) -> str:
        """A data-modifying statement dropping the parked values of the rows `keys_sql` yields."""
        return (
            f"DELETE FROM {self.write_relation} WHERE {_table_filter(schema, table)}"
            f" AND row_key IN ({keys_sql})"
        )

    def moved_vals_sql(self, schema: str, table: str, old_key_sql: str, assigned_sql: str) -> str:
        """The `vals` to write under a row's new key when an UPDATE changes its primary key:
        every value of the old key (read fresh, after the row was locked), then the assigned
        ones. They replace what the write relation holds for the new key."""
        old = self.fresh_vals_sql(schema, table, old_key_sql) or "NULL::jsonb"
        mark = quote_literal(DELETED_MARK)
        return f"((COALESCE({old}, '{{}}'::jsonb) - {mark}) || ({assigned_sql}))"


class NoParkedValues(ParkedSource):
    """Nothing parked anywhere: every shadow column reads its default."""

    def __init__(self) -> None:
        self.slot_texts = {}

    def relation_sql(self, schema: str, table: str) -> str | None:
        return None


class TableParkedSource(ParkedSource):
    """Values in a table shaped like `pgstitch.parked(schema_name, table_name, row_key, vals)`.

    `tables`, when given, lists the tables that have parked values; reads of the others use
    defaults without looking. Writes, and the fresh reads of writes, always look.
    """

    def __init__(
        self,
        tables: Iterable[tuple[str, str]] | None = None,
        relation: str = "pgstitch.parked",
        helpers_schema: str = "pgstitch",
    ) -> None:
        self._tables = None if tables is None else frozenset(tables)
        self.slot_texts = {}
        self._relation = relation
        self.helpers_schema = helpers_schema

    def relation_sql(self, schema: str, table: str) -> str | None:
        if self._tables is not None and (schema, table) not in self._tables:
            return None
        return f"(SELECT row_key, vals FROM {self._relation} WHERE {_table_filter(schema, table)})"

    def fresh_vals_sql(self, schema: str, table: str, row_key_sql: str) -> str:
        return (
            f"{self.helpers_schema}.parked_vals({quote_literal(schema)},"
            f" {quote_literal(table)}, {row_key_sql})"
        )

    @property
    def write_relation(self) -> str:
        return self._relation


class LiteralParkedSource(ParkedSource):
    """Values held outside the database, written into the statement as escaped literals.

    With `staged_relation` (see `staged_setup_sql`) writes go to that per-session table, and
    reads see the staged rows over the literal ones. Raises ValueError for text Postgres
    cannot hold (NUL, lone surrogates).
    """

    def __init__(
        self,
        rows: Mapping[tuple[str, str], ParkedRows],
        staged_relation: str | None = None,
        helpers_schema: str = "pg_temp",
    ) -> None:
        self._rows = {key: value for key, value in rows.items() if value}
        self._staged = staged_relation
        self.helpers_schema = helpers_schema
        self._relations: dict[tuple[str, str], str] = {}
        self._documents: dict[tuple[str, str], str] = {}
        for key, table_rows in self._rows.items():
            # Validates every key, column and value, and renders once.
            self._relations[key] = parked_values_sql(table_rows)
            document = json.dumps(table_rows, ensure_ascii=True, separators=(",", ":"))
            self._documents[key] = f"{quote_literal(document)}::jsonb"

    def _base_relation(self, schema: str, table: str) -> str | None:
        """The store's rows of a table as a FROM item, or None: nothing there."""
        return self._relations.get((schema, table))

    def _base_vals(self, schema: str, table: str, row_key_sql: str) -> str | None:
        """The store's `vals` of one row as a jsonb expression, or None: nothing there."""
        document = self._documents.get((schema, table))
        return None if document is None else f"({document} -> {row_key_sql})"

    def relation_sql(self, schema: str, table: str) -> str | None:
        base = self._base_relation(schema, table)
        if self._staged is None:
            return base
        staged = f"(SELECT row_key, vals FROM {self._staged} WHERE {_table_filter(schema, table)})"
        if base is None:
            base = "(SELECT NULL::text AS row_key, NULL::jsonb AS vals WHERE false)"
        return (
            f"(SELECT COALESCE(s.row_key, l.row_key) AS row_key, {_merged('l.vals', 's.vals')}"
            f" AS vals FROM {base} AS l FULL JOIN {staged} AS s ON s.row_key = l.row_key)"
        )

    def vals_sql(self, schema: str, table: str, row_key_sql: str) -> str | None:
        """A direct lookup by key, cheaper than searching the relation row by row."""
        base = self._base_vals(schema, table, row_key_sql)
        if self._staged is None:
            return base
        # The key expression names the client's own aliases (`UPDATE t AS s … WHERE s.c`):
        # the sub-select's aliases must be names no client uses.
        staged = (
            f"(SELECT {_merged(base or 'NULL::jsonb', f'{_STAGED_ALIAS}.vals')}"
            f" FROM {self._staged} AS {_STAGED_ALIAS}"
            f" WHERE {_table_filter(schema, table, _STAGED_ALIAS)}"
            f" AND {_STAGED_ALIAS}.row_key = {row_key_sql})"
        )
        return staged if base is None else f"COALESCE({staged}, {base})"

    def written_vals_sql(
        self, schema: str, table: str, row_key_sql: str | None, upserted_sql: str
    ) -> str:
        """Staged rows hold what this session wrote: the store's values show through."""
        base = None if row_key_sql is None else self._base_vals(schema, table, row_key_sql)
        if base is None:
            return upserted_sql
        return _merged(base, upserted_sql)

    @property
    def write_relation(self) -> str:
        if self._staged is None:
            raise ValueError("writes to shadow columns need a staged relation")
        return self._staged

    def moved_vals_sql(self, schema: str, table: str, old_key_sql: str, assigned_sql: str) -> str:
        """Staged with the deletion mark: the store drops what it held for the new key first."""
        moved = super().moved_vals_sql(schema, table, old_key_sql, assigned_sql)
        return f"(jsonb_build_object({quote_literal(DELETED_MARK)}, true) || {moved})"

    def remove_rows_sql(self, schema: str, table: str, keys_sql: str) -> str:
        """Deleted rows are staged with the deletion mark, for the store to drop at COMMIT."""
        return (
            f"INSERT INTO {self.write_relation} AS p (schema_name, table_name, row_key, vals)"
            f" SELECT DISTINCT {quote_literal(schema)}, {quote_literal(table)}, k.row_key,"
            f" jsonb_build_object({quote_literal(DELETED_MARK)}, true)"
            f" FROM ({keys_sql}) AS k (row_key)"
            " ON CONFLICT (schema_name, table_name, row_key) DO UPDATE SET vals = EXCLUDED.vals"
        )


class SessionParkedSource(LiteralParkedSource):
    """Values of an outside store copied into a per-session table (`session_setup_sql`).

    The proxy keeps `copy_relation` equal to the store's values between transactions, so a
    statement's text does not depend on the values (prepared statements stay valid) and reads
    look a row up by key instead of parsing every parked value. Writes are staged as with
    `LiteralParkedSource` and handed to the store after COMMIT.
    """

    def __init__(
        self, copy_relation: str = COPY_RELATION, staged_relation: str = STAGED_RELATION
    ) -> None:
        super().__init__({}, staged_relation)
        self._copy = copy_relation
        self.slot_texts = {}  # its text names the copy table, never a value

    def _base_relation(self, schema: str, table: str) -> str | None:
        return f"(SELECT row_key, vals FROM {self._copy} WHERE {_table_filter(schema, table)})"

    def _base_vals(self, schema: str, table: str, row_key_sql: str) -> str | None:
        return (
            f"(SELECT {_COPY_ALIAS}.vals FROM {self._copy} AS {_COPY_ALIAS}"
            f" WHERE {_table_filter(schema, table, _COPY_ALIAS)}"
            f" AND {_COPY_ALIAS}.row_key = {row_key_sql})"
        )


def _merged(literal: str, staged: str) -> str:
    """Staged values over literal ones, unless the staged row says the row was deleted."""
    mark = quote_literal(DELETED_MARK)
    return (
        f"CASE WHEN {staged} IS NULL THEN {literal} WHEN {staged} ? {mark} THEN {staged}"
        f" ELSE COALESCE({literal}, '{{}}'::jsonb) || {staged} END"
    )
