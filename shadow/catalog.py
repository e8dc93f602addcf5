"""The live catalog: an immutable snapshot of every user relation, its columns and primary key.

The proxy resolves table names against it (honouring the session's search_path) and the rewriter
learns from it which columns are real. Built from `CATALOG_SQL` by the pure `snapshot_from_rows`,
so it can be tested without a database; `load_catalog` runs the query.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from shadow.types import ResolvedType, resolve_type

if TYPE_CHECKING:
    import psycopg

# Schemas that never hold application tables.
HIDDEN_SCHEMAS = ("pg_catalog", "information_schema", "pg_toast", "pgstitch")

# One row per column (a relation without columns gives one row with NULL column fields):
# schema, relation, relkind, column name, formatted type, type OID, attnum, primary key columns,
# relation OID, the OIDs of its parents (a partition's partitioned table, an inheritance child's
# parents), whether the column takes only DEFAULT (generated, or identity GENERATED ALWAYS), the
# OID of the relation's row type, and the schema to write in front of the formatted type for a
# session whose search_path lacks it (NULL for pg_catalog's types, and for types format_type
# already qualifies, not being visible under this connection's search_path), and for a column
# whose type is a domain, the OID of the type the domain (through domains over domains) stands
# for, which decides how a key column is printed in a row key (NULL for other types), and
# whether the relation's primary key is DEFERRABLE (Postgres then takes no functional dependency
# on it in GROUP BY).
CATALOG_SQL = """
SELECT n.nspname,
       c.relname,
       c.relkind::text,
       a.attname,
       format_type(a.atttypid, a.atttypmod),
       a.atttypid::bigint,
       a.attnum::integer,
       ARRAY(
           SELECT pa.attname
           FROM pg_index i
           CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
           JOIN pg_attribute pa ON pa.attrelid = i.indrelid AND pa.attnum = k.attnum
           WHERE i.indrelid = c.oid AND i.indisprimary
           ORDER BY k.ord
       )::text[],
       c.oid::bigint,
       ARRAY(
           SELECT h.inhparent::bigint FROM pg_inherits h
           WHERE h.inhrelid = c.oid ORDER BY h.inhseqno
       ),
       (a.attgenerated <> '' OR a.attidentity = 'a'),
       c.reltype::bigint,
       CASE WHEN en.nspname <> 'pg_catalog' AND pg_type_is_visible(e.oid)
            THEN quote_ident(en.nspname) END,
       CASE WHEN t.typtype = 'd' THEN (
           WITH RECURSIVE d (oid, base) AS (
               SELECT t.oid, t.typbasetype
               UNION ALL
               SELECT b.oid, b.typbasetype FROM d JOIN pg_type b ON b.oid = d.base
           )
           SELECT d.oid::bigint FROM d WHERE d.base = 0
       ) END,
       EXISTS (
           SELECT FROM pg_constraint k
           WHERE k.conrelid = c.oid AND k.contype = 'p' AND k.condeferrable
       )
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_attribute a
       ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type e
       ON e.oid = CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN t.typelem ELSE t.oid END
LEFT JOIN pg_namespace en ON en.oid = e.typnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'pgstitch')
  AND n.nspname NOT LIKE 'pg\\_temp\\_%'
  AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
ORDER BY n.nspname, c.relname, a.attnum
"""

# Functions taking the row type of a user relation as an argument (PostgREST's and Hasura's
# computed columns): function name, and the relation's schema and name.
ROW_FUNCTIONS_SQL = """
SELECT DISTINCT p.proname, tn.nspname, t.relname
FROM pg_proc p
CROSS JOIN LATERAL unnest(p.proargtypes::oid[]) AS a(type_oid)
JOIN pg_type ty ON ty.oid = a.type_oid
JOIN pg_class t ON t.oid = ty.typrelid AND t.relkind IN ('r', 'p', 'v', 'm', 'f')
JOIN pg_namespace tn ON tn.oid = t.relnamespace
WHERE tn.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'pgstitch')
  AND tn.nspname NOT LIKE 'pg\\_temp\\_%'
"""

# Functions returning rows of a user relation (`RETURNS SETOF t` or `RETURNS t`, as PostgREST's
# and Hasura's RPC functions do), and every other function of the same name, which a call could
# find instead: function name, its schema, and the relation's schema and name (NULL for a
# function returning something else).
TABLE_FUNCTIONS_SQL = """
SELECT p.proname, pn.nspname, tn.nspname, t.relname, p.proretset
FROM pg_proc p
JOIN pg_namespace pn ON pn.oid = p.pronamespace
LEFT JOIN pg_type ty ON ty.oid = p.prorettype
LEFT JOIN pg_class t ON t.oid = ty.typrelid AND t.relkind IN ('r', 'p', 'v', 'm', 'f')
LEFT JOIN pg_namespace tn ON tn.oid = t.relnamespace
WHERE p.proname IN (
    SELECT f.proname
    FROM pg_proc f
    JOIN pg_type ft ON ft.oid = f.prorettype
    JOIN pg_class fc ON fc.oid = ft.typrelid AND fc.relkind IN ('r', 'p', 'v', 'm', 'f')
    JOIN pg_namespace fn ON fn.oid = fc.relnamespace
    WHERE fn.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast', 'pgstitch')
      AND fn.nspname NOT LIKE 'pg\\_temp\\_%'
)
"""


# The types a bare type name finds under the search_path of the catalog connection (the managed
# database's default for pgstitch's role): type name and schema, one row per name, as Postgres
# resolves the name in a statement of that connection. A shadow column's type declared by its
# bare name is resolved with these (`CatalogSnapshot.resolve_type`, shadow/types.py).
VISIBLE_TYPES_SQL = """
SELECT t.typname, n.nspname
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE n.nspname = ANY (current_schemas(true))
  AND pg_type_is_visible(t.oid)
"""

# The schemas that search_path stands for, in order, pg_catalog included.
TYPE_PATH_SQL = "SELECT current_schemas(true)::text[]"
# The search_path sessions of the database start with when their startup packet gives none:
# (role name, '' for every role; rank; setting) from ALTER ROLE/DATABASE … SET, ranked as
# Postgres applies them (role in this database, role, database, every role in this database,
# every role), and the server's own (postgresql.conf, command line; rank -1) unless this
# connection's value comes from elsewhere.
PATH_DEFAULTS_SQL = r"""
SELECT coalesce(r.rolname, ''),
       2 * (s.setrole <> 0)::int + (s.setdatabase <> 0)::int,
       substr(c, length('search_path=') + 1)
FROM pg_db_role_setting s
LEFT JOIN pg_roles r ON r.oid = s.setrole
CROSS JOIN LATERAL unnest(s.setconfig) AS c
WHERE s.setdatabase IN (0, (SELECT oid FROM pg_database WHERE datname = current_database()))
  AND c LIKE 'search\_path=%'
UNION ALL
SELECT '', -1, reset_val FROM pg_settings
WHERE name = 'search_path'
  AND source IN ('configuration file', 'command line', 'environment variable')
"""


@dataclass(frozen=True, slots=True)
class LiveColumn:
    """A real column of a relation."""

    name: str
    type_name: str
    type_oid: int
    attnum: int
    # Generated, or an identity column GENERATED ALWAYS: an UPDATE may set it only to DEFAULT.
    only_default: bool = False
    # The schema of its type (of its elements for an array), quoted, when `type_name` leaves it
    # out but a session whose search_path lacks it needs it.
    type_schema: str | None = None
    # For a domain, the type it stands for (through domains over domains).
    base_type_oid: int | None = None

    @property
    def key_type_oid(self) -> int:
        """The type OID that decides how the column is printed in a row key: a domain's base
        type, else the column's own type."""
        return self.type_oid if self.base_type_oid is None else self.base_type_oid

    @property
    def qualified_type(self) -> str:
        """The type as a statement must name it whatever the session's search_path."""
        if self.type_schema is None:
            return self.type_name
        return f"{self.type_schema}.{self.type_name}"


@dataclass(frozen=True, slots=True)
class LiveTable:
    """A relation as the database has it: kind is pg_class.relkind (r, p, v, m or f); the OID
    identifies it across renames."""

    schema: str
    name: str
    kind: str
    columns: tuple[LiveColumn, ...]
    primary_key: tuple[str, ...] = ()
    oid: int = 0
    # The OIDs of the relations it inherits from: a partition's partitioned table, or the
    # parents named by INHERITS.
    parents: tuple[int, ...] = ()
    # The OID of its row type (pg_class.reltype): the type of a whole-row reference to it.
    row_type: int = 0
    # A DEFERRABLE primary key: no column is functionally dependent on it in GROUP BY.
    key_deferrable: bool = False

    @property
    def key(self) -> tuple[str, str]:
        """(schema, name)."""
        return (self.schema, self.name)

    @property
    def column_names(self) -> tuple[str, ...]:
        """The column names in attnum order."""
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> LiveColumn | None:
        """The column with this exact (case-folded) name."""
        for col in self.columns:
            if col.name == name:
                return col
        return None

    def at(self, attnum: int) -> LiveColumn | None:
        """The column at this position (a renamed column keeps its attnum)."""
        for col in self.columns:
            if col.attnum == attnum:
                return col
        return None


@dataclass(frozen=True)
class CatalogSnapshot:
    """Every user relation at one moment; `version` changes whenever the snapshot is reloaded."""

    tables: dict[tuple[str, str], LiveTable] = field(default_factory=dict)
    version: int = 0
    # Function name -> the relations (schema, name) whose row type it takes as an argument.
    row_functions: dict[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    # Type name -> the schema of the type it finds under the catalog connection's search_path
    # (`VISIBLE_TYPES_SQL`), and that search_path (`TYPE_PATH_SQL`): where a shadow column's
    # type declared by its bare name is looked up.
    visible_types: dict[str, str] = field(default_factory=dict)
    type_path: tuple[str, ...] = ()
    # Function name -> (its schema, the relation (schema, name) whose rows it returns, or None)
    # for every function of a name that some function returning a relation's rows has
    # (`TABLE_FUNCTIONS_SQL`).
    table_functions: dict[str, tuple[tuple[str, tuple[str, str] | None], ...]] = field(
        default_factory=dict
    )
    # The name of the database the snapshot describes (None: not known), which a column
    # reference `db.schema.t.c` must name.
    database: str | None = None
    # (schema, name) of the functions among `table_functions` of which some overload returns a
    # set of rows (`RETURNS SETOF`, `RETURNS TABLE`).
    set_returning: frozenset[tuple[str, str]] = frozenset()
    # (schema, name) of the functions among `table_functions` of which some overload returns
    # one row.
    row_returning: frozenset[tuple[str, str]] = frozenset()
    # The search_path defaults of the database's sessions (`PATH_DEFAULTS_SQL`).
    path_defaults: tuple[tuple[str, int, str], ...] = ()
    _by_oid: dict[int, LiveTable] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_oid", {t.oid: t for t in self.tables.values()})

    def search_path_default(self, user: str) -> str | None:
        """The search_path a session of `user` starts with when its startup packet gives none
        (as a setting's text), or None for the server's built-in `"$user", public`."""
        best: tuple[int, str] | None = None
        for role, rank, value in self.path_defaults:
            if role in ("", user) and (best is None or rank > best[0]):
                best = (rank, value)
        return None if best is None else best[1]

    def get(self, schema: str, name: str) -> LiveTable | None:
        """The relation schema.name, if it exists."""
        return self.tables.get((schema, name))

    def by_oid(self, oid: int) -> LiveTable | None:
        """The relation with this OID, whatever it is called now."""
        return self._by_oid.get(oid)

    def of_kinds(self, kinds: str) -> CatalogSnapshot:
        """The same snapshot narrowed to relations of these relkinds (e.g. "rp": tables)."""
        return CatalogSnapshot(
            {k: t for k, t in self.tables.items() if t.kind in kinds},
            self.version,
            self.row_functions,
            self.visible_types,
            self.type_path,
            self.table_functions,
            self.database,
            self.set_returning,
            self.row_returning,
            self.path_defaults,
        )

    @property
    def types_loaded(self) -> bool:
        """Whether the snapshot knows the visible types (one loaded from a database does)."""
        return bool(self.visible_types)

    def resolve_type(self, type_sql: str) -> ResolvedType:
        """A declared type name (validated) as the declaring session resolves it: a bare name
        with the schema of the type it finds (`app.mood[]` for `mood[]`), see shadow/types.py."""
        return resolve_type(type_sql, self.visible_types)

    def rows_returned_by(
        self, name: str, search_path: Sequence[str], schema: str | None = None
    ) -> tuple[str, str] | None:
        """The relation whose rows a call of function `name` returns, when every function of
        that name the call could find (in `schema`, else in pg_catalog and on `search_path`)
        returns that relation's rows; None otherwise."""
        entries = self.table_functions.get(name)
        if not entries:
            return None
        schemas = (schema,) if schema is not None else ("pg_catalog", *search_path)
        found = {relation for where, relation in entries if where in schemas}
        if len(found) != 1:
            return None
        return found.pop()

    def returns_one_row(
        self, name: str, search_path: Sequence[str], schema: str | None = None
    ) -> bool:
        """Whether a call of function `name` returns one row of a relation (`RETURNS t`): every
        function of that name it could find returns that relation's rows, none of them a set."""
        return self._returns_rows_but_not(name, search_path, schema, self.set_returning)

    def returns_row_set(
        self, name: str, search_path: Sequence[str], schema: str | None = None
    ) -> bool:
        """Whether a call of function `name` returns a set of rows of a relation (`RETURNS
        SETOF t`): every function of that name it could find returns a set of them."""
        return self._returns_rows_but_not(name, search_path, schema, self.row_returning)

    def _returns_rows_but_not(
        self,
        name: str,
        search_path: Sequence[str],
        schema: str | None,
        other_kind: frozenset[tuple[str, str]],
    ) -> bool:
        """Whether every function `name` a call could find returns one relation's rows and
        none of them is in `other_kind` (the (schema, name) pairs of the other way)."""
        if self.rows_returned_by(name, search_path, schema) is None:
            return False
        schemas = (schema,) if schema is not None else ("pg_catalog", *search_path)
        return not any((where, name) in other_kind for where in schemas)

    def resolve(
        self, name: str, search_path: Sequence[str], schema: str | None = None
    ) -> LiveTable | None:
        """The relation an identifier names: schema-qualified, or the first hit on search_path.

        `search_path` holds schema names already resolved (no "$user"); pg_catalog holds no
        application tables, so its implicit place in front of the path changes nothing here.
        """
        if schema is not None:
            return self.tables.get((schema, name))
        for candidate in search_path:
            table = self.tables.get((candidate, name))
            if table is not None:
                return table
        return None


def snapshot_from_rows(
    rows: Iterable[Sequence[Any]],
    version: int = 0,
    function_rows: Iterable[Sequence[str]] = (),
    type_rows: Iterable[Sequence[str]] = (),
    type_path: Sequence[str] = (),
    table_function_rows: Iterable[Sequence[str | None]] = (),
    database: str | None = None,
) -> CatalogSnapshot:
    """Build a snapshot from the rows of `CATALOG_SQL`, `ROW_FUNCTIONS_SQL`,
    `VISIBLE_TYPES_SQL` and `TABLE_FUNCTIONS_SQL` (in their column order), and the schemas of
    `TYPE_PATH_SQL`."""
    columns: dict[tuple[str, str], list[LiveColumn]] = {}
    kinds: dict[tuple[str, str], str] = {}
    keys: dict[tuple[str, str], tuple[str, ...]] = {}
    oids: dict[tuple[str, str], int] = {}
    parents: dict[tuple[str, str], tuple[int, ...]] = {}
    row_types: dict[tuple[str, str], int] = {}
    deferrable: dict[tuple[str, str], bool] = {}
    for schema, relname, kind, attname, type_name, type_oid, attnum, pk, *rest in rows:
        ident = (schema, relname)
        if ident not in kinds:
            kinds[ident] = kind
            keys[ident] = tuple(pk or ())
            oids[ident] = int(rest[0]) if rest else 0
            parents[ident] = tuple(int(o) for o in rest[1] or ()) if len(rest) > 1 else ()
            row_types[ident] = int(rest[3] or 0) if len(rest) > 3 else 0
            deferrable[ident] = bool(rest[6]) if len(rest) > 6 else False
            columns[ident] = []
        if attname is not None:
            only_default = bool(rest[2]) if len(rest) > 2 else False
            type_schema = rest[4] if len(rest) > 4 else None
            base = int(rest[5]) if len(rest) > 5 and rest[5] is not None else None
            columns[ident].append(
                LiveColumn(
                    attname, type_name, int(type_oid), int(attnum), only_default, type_schema, base
                )
            )
    tables = {
        ident: LiveTable(
            ident[0],
            ident[1],
            kinds[ident],
            tuple(sorted(cols, key=lambda c: c.attnum)),
            keys[ident],
            oids[ident],
            parents[ident],
            row_types[ident],
            deferrable[ident],
        )
        for ident, cols in columns.items()
    }
    functions: dict[str, set[tuple[str, str]]] = {}
    for function, schema, relname in function_rows:
        functions.setdefault(function, set()).add((schema, relname))
    returning: dict[str, list[tuple[str, tuple[str, str] | None]]] = {}
    set_returning: set[tuple[str, str]] = set()
    row_returning: set[tuple[str, str]] = set()
    for function, function_schema, rel_schema, relname, *retset in table_function_rows:
        relation = (rel_schema, relname) if rel_schema and relname else None
        returning.setdefault(str(function), []).append((str(function_schema), relation))
        if not retset or retset[0]:
            # A row without proretset is taken to return a set: never served as one row.
            set_returning.add((str(function_schema), str(function)))
        if not retset or not retset[0]:
            row_returning.add((str(function_schema), str(function)))
    return CatalogSnapshot(
        tables,
        version,
        {name: frozenset(rels) for name, rels in functions.items()},
        dict(type_rows),
        tuple(type_path),
        {name: tuple(entries) for name, entries in returning.items()},
        database,
        frozenset(set_returning),
        frozenset(row_returning),
    )


async def load_catalog(conn: psycopg.AsyncConnection, version: int) -> CatalogSnapshot:
    """Read the live catalog of the connected database."""
    async with conn.cursor() as cur:
        await cur.execute(CATALOG_SQL)
        rows = await cur.fetchall()
        await cur.execute(ROW_FUNCTIONS_SQL)
        function_rows = await cur.fetchall()
        await cur.execute(VISIBLE_TYPES_SQL)
        type_rows = await cur.fetchall()
        await cur.execute(TYPE_PATH_SQL)
        path_row = await cur.fetchone()
        await cur.execute(TABLE_FUNCTIONS_SQL)
        table_function_rows = await cur.fetchall()
        await cur.execute(PATH_DEFAULTS_SQL)
        path_defaults = tuple((role, rank, value) for role, rank, value in await cur.fetchall())
    type_path = tuple(path_row[0]) if path_row else ()
    snapshot = snapshot_from_rows(
        rows,
        version,
        function_rows,
        type_rows,
        type_path,
        table_function_rows,
        conn.info.dbname,
    )
    return replace(snapshot, path_defaults=path_defaults)
