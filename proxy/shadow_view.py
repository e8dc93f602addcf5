"""What one proxy process knows of the shadow: the shadow schema, the live catalog and the rewriter.

It follows the store's change events and reloads the catalog when told DDL went by (and every
`catalog_interval` seconds), so sessions always rewrite against a current pair of versions. It also
reports this proxy's heartbeat, with the shadow-schema version it has taken in, to the store.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
import weakref
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol

import psycopg

from proxy.protocol import messages as m
from shadow.catalog import CatalogSnapshot, load_catalog
from shadow.columns import ColumnState, ShadowColumn
from shadow.schema import ShadowSchema
from shadow.store.base import ShadowStore, StoreUnavailable
from shadow.waiting import wait_event

log = logging.getLogger("pgstitch.shadow")

# Words of statements that change name resolution: DDL, and search_path settings. Sessions follow
# the statements that contain one.
SETTINGS_WORDS = ("alter", "create", "drop", "rename", "comment", "search_path")
# Every word a session follows statements by: the settings words, "discard" (DISCARD ALL/TEMP
# drop the tables of sessions of an outside store), "deallocate" (DISCARD ALL and DEALLOCATE
# ALL drop the statements sessions keep prepared), "reset" (RESET ALL resets search_path), and
# "role" and "authorization" (SET ROLE and SET SESSION AUTHORIZATION change whom "$user" in
# search_path stands for).
FOLLOWED_WORDS = (*SETTINGS_WORDS, "discard", "deallocate", "reset", "role", "authorization")
# What PlainStatements remembers of Parse messages, at most (bytes of the messages kept; most
# applications prepare a few hundred texts). Past that it starts afresh.
_PLAIN_PARSE_BYTES = 4 * 1024 * 1024
# Rewrites kept rendered against the database's own parked values (emptied when full).
_RENDERED_KEPT = 1024


class _StartingSession(Protocol):
    def catalog_read(self) -> None:
        """The catalog was read after the session began."""


class ShadowView:
    """The current shadow schema, live catalog and rewriter of this proxy process."""

    def __init__(
        self,
        store: ShadowStore,
        upstream_dsn: str,
        declared: Iterable[ShadowColumn] = (),
        catalog_interval: float = 5.0,
        heartbeat_interval: float = 1.0,
        ready_timeout: float = 10.0,
        hold_timeout: float = 4.0,
    ) -> None:
        self.store = store
        self.proxy_id = f"proxy-{uuid.uuid4().hex[:12]}"
        self.schema = ShadowSchema()
        self.catalog = CatalogSnapshot()
        self.rewriter = None
        self.ready = asyncio.Event()
        # Some shadow column is served: statements must be checked.
        self.active = False
        # Sessions have nothing to do: loaded, and no shadow column is served. Sessions check
        # statements: loaded, and some column served. Loaded: `ready` is set. (Attributes, not
        # properties: sessions read them for every chunk or statement they relay.)
        self.dormant = False
        self.serving = False
        self.loaded = False
        # Sessions that began before the catalog was read: told when it is (`catalog_read`).
        self._sessions_before_load: weakref.WeakSet[_StartingSession] = weakref.WeakSet()
        # Grows whenever the shadow schema, the catalog or the rewriter change: sessions work out
        # again which messages they must see.
        self.changes = 0
        self.ready_timeout = ready_timeout
        self.hold_timeout = hold_timeout
        # The landing fence: columns being landed, how many sessions have open transactions
        # that wrote each shadow column, and the schema version this proxy acknowledges.
        self.landing: frozenset[tuple[str, str, str]] = frozenset()
        self._open_writes: Counter[tuple[str, str, str]] = Counter()
        self._acknowledged = 0
        self._changed = asyncio.Event()
        self._heartbeat_now = asyncio.Event()
        self._dsn = upstream_dsn
        self._declared = list(declared)
        self._catalog_interval = catalog_interval
        self._heartbeat_interval = heartbeat_interval
        self._catalog_wanted = asyncio.Event()
        self._catalog_loaded = asyncio.Event()
        self._catalog_versions = 0
        # DDL reports from sessions (`catalog_changed`), and how many of them the loaded catalog
        # was read after.
        self._ddl_reports = 0
        self._catalog_covers = 0
        self._tasks: list[asyncio.Task[None]] = []
        self._schema_loaded = False
        self._static_source = None
        self._empty_source = None
        self._rendered = KeptByIdentity()
        self.parameter_texts = ParameterTexts()
        self._reported: set[str] = set()
        self._unknown_types: set[tuple[str, str, str, str]] = set()
        self._refused_columns: set[tuple[str, str, str, str]] = set()
        self.plain = PlainStatements(None)
        from proxy.rewrite import RewriteCache

        self._cache = RewriteCache()
        # Stores that keep parked values outside the database: this proxy's copy of them.
        self.mirror = None
        if store.parked_relation_sql("", "") is None:
            from proxy.parked_mirror import ParkedMirror

            self.mirror = ParkedMirror(store)

    async def start(self) -> None:
        """Begin following the store and the catalog (retrying in the background until reachable)."""
        loop = asyncio.get_running_loop()
        self._tasks = [
            loop.create_task(self._follow_schema()),
            loop.create_task(self._follow_catalog()),
            loop.create_task(self._heartbeat()),
        ]
        if self.mirror is not None:
            await self.mirror.start()
            self._tasks.append(loop.create_task(self._when_mirror_loaded()))

    async def _when_mirror_loaded(self) -> None:
        assert self.mirror is not None
        await self.mirror.loaded.wait()
        self._rebuild()

    async def close(self) -> None:
        """Stop following; leave the store's connections to its owner."""
        if self.mirror is not None:
            await self.mirror.close()
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        with contextlib.suppress(Exception):
            await self.store.forget_proxy(self.proxy_id)

    def catalog_changed(self) -> int:
        """DDL went through a session: reload the catalog now, and tell the sync leader. Returns
        the report's number, for `catalog_covers` and `wait_for_catalog`."""
        self._ddl_reports += 1
        self._catalog_wanted.set()
        task = asyncio.get_running_loop().create_task(self.store.announce_ddl())
        task.add_done_callback(_log_failure)
        return self._ddl_reports

    def catalog_covers(self, report: int) -> bool:
        """Whether the loaded catalog was read after DDL report `report` (`catalog_changed`)."""
        return self._catalog_covers >= report

    async def wait_for_catalog(self, report: int) -> bool:
        """Wait until the loaded catalog was read after DDL report `report`, for at most
        `ready_timeout` seconds; False when it was not in time (the catalog's database is
        unreachable, say)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.ready_timeout
        while self._catalog_covers < report:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            await wait_event(self._catalog_loaded, remaining)
        return True

    # -- following -----------------------------------------------------------------------------

    async def declare_again(self, declared: Iterable[ShadowColumn]) -> None:
        """The configuration file was read again: put its declarations in the store (as at
        start, a column declared before and no longer in the file stays)."""
        self._declared = list(declared)
        await self._declare()

    async def _declare(self) -> None:
        current = await self.store.load_schema()
        for column in self._declared:
            existing = current.get(*column.key)
            if existing is None or (existing.served and existing != column):
                current = await self.store.put_column(column)
                log.info("declared shadow column %s.%s.%s", *column.key)

    async def _follow_schema(self) -> None:
        declared = False
        while True:
            try:
                if not declared:
                    await self._declare()
                    declared = True
                await self._take_in(await self.store.load_schema())
                async for _change in self.store.subscribe(self.schema.version):
                    await self._take_in(await self.store.load_schema())
            except asyncio.CancelledError:
                raise
            except StoreUnavailable as exc:
                log.warning("shadow store unavailable, retrying: %s", exc)
            except Exception:
                log.exception("following the shadow schema failed, retrying")
            await asyncio.sleep(1.0)

    async def _take_in(self, schema: ShadowSchema) -> None:
        """Apply a new shadow schema; a column that started landing exists live now, so the
        catalog is reloaded first (bounded), lest a live and a shadow column collide."""
        landing = {c.key for c in schema.columns if c.state is ColumnState.LANDING}
        new = landing - self.landing
        if new and self.catalog.version:
            # A reload already under way may have read the catalog before the migration
            # committed: reload until the catalog shows every new landing column (bounded).
            # Read with a catalog that lacks it, a landing column would read its default once
            # its parked values are drained.
            deadline = time.monotonic() + self.ready_timeout
            while not self._all_live(new):
                left = deadline - time.monotonic()
                if left <= 0:
                    break
                loaded = self._catalog_loaded
                self._catalog_wanted.set()
                await wait_event(loaded, left)
        self._set_schema(schema)

    def _all_live(self, columns: set[tuple[str, str, str]]) -> bool:
        """True when the catalog snapshot shows each of these columns as a real column."""
        for schema, table, column in columns:
            live = self.catalog.get(schema, table)
            if live is None or live.column(column) is None:
                return False
        return True

    async def _follow_catalog(self) -> None:
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._dsn, autocommit=True, connect_timeout=10
                ) as conn:
                    while True:
                        self._catalog_versions += 1
                        self._catalog_wanted.clear()
                        covers = self._ddl_reports
                        self._set_catalog(await load_catalog(conn, self._catalog_versions))
                        self._catalog_covers = covers
                        self._catalog_loaded.set()
                        self._catalog_loaded = asyncio.Event()
                        await wait_event(self._catalog_wanted, self._catalog_interval)
            except asyncio.CancelledError:
                raise
            except (psycopg.Error, OSError) as exc:
                log.warning("cannot read the live catalog, retrying: %s", exc)
            await asyncio.sleep(1.0)

    async def _heartbeat(self) -> None:
        while True:
            self._heartbeat_now.clear()
            try:
                await self.store.heartbeat(self.proxy_id, self.acknowledged_version)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.debug("heartbeat failed: %s", exc)
            await wait_event(self._heartbeat_now, self._heartbeat_interval)

    @property
    def acknowledged_version(self) -> int:
        """The newest shadow-schema version this proxy fully obeys.

        A version that puts columns in LANDING is acknowledged only once no open transaction
        of this proxy has written any of them: from then on their writes are held here, so the
        sync leader may drain their parked values.
        """
        if not any(self._open_writes[key] for key in self.landing):
            self._acknowledged = self.schema.version
        return self._acknowledged

    # -- the landing fence -----------------------------------------------------------------------

    def writes_begin(self, columns: Iterable[tuple[str, str, str]]) -> None:
        """A session's open transaction wrote these shadow columns (first time in it)."""
        self._open_writes.update(columns)

    def writes_end(self, columns: Iterable[tuple[str, str, str]]) -> None:
        """A session's transaction that wrote these columns ended."""
        self._open_writes.subtract(columns)
        if any(key in self.landing for key in columns):
            self._heartbeat_now.set()

    async def wait_until_landed(self, columns: frozenset[tuple[str, str, str]]) -> bool:
        """Wait (at most hold_timeout) until none of these columns is LANDING; False on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.hold_timeout
        while columns & self.landing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            await wait_event(self._changed, remaining)
        return True

    # -- parked values -------------------------------------------------------------------------

    def static_parked_source(self):
        """The parked-values source when values live in the database itself, else None."""
        if self._static_source is None and self.store.parked_relation_sql("", "") is not None:
            from proxy.rewrite.parked import TableParkedSource

            self._static_source = TableParkedSource()
        return self._static_source

    def rendered(self, rewrite, source):
        """`rewrite` rendered against `source`. Against a source whose text never depends on
        the values (the database's own parked values, a session's copy of an outside store) it
        is made once per rewrite (a statement prepared without a name again and again is
        rewritten once, and now rendered once)."""
        if source.slot_texts is None:
            return rewrite.render_mapped(source)
        rendered = self._rendered.get(rewrite, source)
        if rendered is _NOT_KEPT:
            rendered = rewrite.render_mapped(source)
            self._rendered.put(rewrite, rendered, source)
        return rendered

    def empty_parked_source(self):
        """A source with nothing parked (statements whose tables have no primary key)."""
        if self._empty_source is None:
            from proxy.rewrite.parked import NoParkedValues

            self._empty_source = NoParkedValues()
        return self._empty_source

    def parameterized(self, sql: str, search_path, source, shape=None) -> ParameterizedQuery | None:
        """A Query that can run as a prepared statement with its integer constants bound
        (`Rewriter.parameterized`, or `shape` when that was asked already), rendered against
        `source`, whose text must not depend on the values."""
        rewriter = self.rewriter
        if rewriter is None or source.slot_texts is None:
            return None
        return self.parameter_texts.query(rewriter, sql, search_path, source, shape)

    async def fetch_parked_source(self, tables):
        """Parked values of these tables, fetched from an outside store, as literals."""
        from proxy.rewrite.parked import LiteralParkedSource

        rows = {table: await self.store.parked_rows(*table) for table in tables}
        return LiteralParkedSource(rows)

    # -- telemetry -----------------------------------------------------------------------------

    @property
    def unknown_fingerprints(self) -> int:
        """How many query fingerprints named an unknown column since start."""
        return len(self._reported)

    def report_unknown_column(self, fields: dict[str, str], sql: str | None) -> None:
        """Count a 42703 (unknown column) for the predictor; log it once per query fingerprint."""
        from proxy.rewrite.analyze import ROW_ALIAS
        from proxy.telemetry import unknown_column_from_error

        # Postgres's message for a column of a table's derived table names the rewriter's alias.
        if "column " + ROW_ALIAS.strip('"') + "." in fields.get("M", ""):
            # A live column the rewriter listed in a table's derived table is gone: DDL that
            # did not go through this proxy. Read the catalog now rather than in 5 s.
            self._catalog_wanted.set()
            return
        sighting = unknown_column_from_error(fields, sql, self.catalog)
        if sighting is None:
            return
        if sighting.fingerprint not in self._reported:
            self._reported.add(sighting.fingerprint)
            log.info(
                "unknown column %s", sighting.qualified_name, extra={"query": sighting.fingerprint}
            )
        task = asyncio.get_running_loop().create_task(
            self.store.record_unknown_column(
                sighting.schema,
                sighting.table,
                sighting.column,
                sighting.fingerprint,
                sighting.inferred_type,
            )
        )
        task.add_done_callback(_log_failure)

    def _set_schema(self, schema: ShadowSchema) -> None:
        if schema.version != self.schema.version or not self.ready.is_set():
            log.info(
                "shadow schema version %d, %d served columns", schema.version, len(schema.served)
            )
        self.schema = schema
        self._schema_loaded = True
        self.landing = frozenset(c.key for c in schema.columns if c.state is ColumnState.LANDING)
        self._rebuild()
        self._changed.set()
        self._changed = asyncio.Event()
        self._heartbeat_now.set()

    def begins_before_load(self, session: _StartingSession) -> None:
        """Tell `session` when the catalog has been read (before any statement can see the
        view loaded): what it took from the catalog at its start, such as its search_path
        default, must be taken again."""
        self._sessions_before_load.add(session)

    def _set_catalog(self, catalog: CatalogSnapshot) -> None:
        if (
            catalog.tables != self.catalog.tables
            or catalog.row_functions != self.catalog.row_functions
            or catalog.table_functions != self.catalog.table_functions
            or catalog.set_returning != self.catalog.set_returning
            or catalog.row_returning != self.catalog.row_returning
            or catalog.visible_types != self.catalog.visible_types
            or catalog.type_path != self.catalog.type_path
            or catalog.path_defaults != self.catalog.path_defaults
        ):
            log.info("live catalog reloaded: %d relations", len(catalog.tables))
            self.catalog = catalog
            self._rebuild()
        elif not self.ready.is_set():
            self.catalog = catalog
            self._rebuild()

    def _rebuild(self) -> None:
        from proxy.rewrite import InvalidShadowColumn, Rewriter

        self.changes += 1
        try:
            self.rewriter = Rewriter(self.catalog, self.schema, self._cache, skip_invalid=True)
        except InvalidShadowColumn as exc:
            log.error("shadow schema %d not applied: %s", self.schema.version, exc)
            return
        self.plain = PlainStatements(self.rewriter)
        self._report_refused_columns()
        self._report_unknown_types()
        mirror_loaded = self.mirror is None or self.mirror.loaded.is_set()
        if self.catalog.version and self._schema_loaded and mirror_loaded and not self.loaded:
            self.loaded = True
            for session in list(self._sessions_before_load):
                session.catalog_read()
            self._sessions_before_load.clear()
            self.ready.set()
        self.active = bool(self.schema.served)
        self.dormant = self.loaded and not self.active
        self.serving = self.loaded and self.active

    def _report_refused_columns(self) -> None:
        """Log, once per column and reason, a column the store holds that is not served
        because its declaration is not acceptable (the others are served)."""
        assert self.rewriter is not None
        for column, reason in self.rewriter.refused_columns:
            key = (column.schema, column.table, column.column, reason)
            if key in self._refused_columns:
                continue
            self._refused_columns.add(key)
            log.error("%s; the column is not served until its declaration is fixed", reason)

    def _report_unknown_types(self) -> None:
        """Warn, once per column and type, of a served column whose type the catalog lacks."""
        assert self.rewriter is not None
        for served in self.rewriter.served.values():
            for column in served.columns:
                key = (column.schema, column.table, column.name, column.type_sql)
                if column.type_found or key in self._unknown_types:
                    continue
                self._unknown_types.add(key)
                log.warning(
                    "shadow column %s.%s.%s: type %s does not exist in search_path %s;"
                    " statements using the column fail with 42704 until it is created",
                    *key,
                    ", ".join(self.catalog.type_path) or "(empty)",
                )


class KeptByIdentity:
    """Values made from objects that are kept elsewhere too (rewrites and templates, in the
    rewrite cache), found by the object's identity, and by that of a second object they were
    made with; at most `_RENDERED_KEPT` of them (emptied when full). An object's id is its own
    while it lives, and the value keeps it alive."""

    def __init__(self) -> None:
        self._values: dict[int, tuple[object, object, object]] = {}

    def get(self, key: object, made_with: object = None) -> object:
        """The value kept for `key` (made with `made_with`), or `_NOT_KEPT`."""
        kept = self._values.get(id(key))
        if kept is None or kept[0] is not key or kept[1] is not made_with:
            return _NOT_KEPT
        return kept[2]

    def put(self, key: object, value: object, made_with: object = None) -> None:
        """Keep `value` for `key` (made with `made_with`)."""
        if len(self._values) >= _RENDERED_KEPT:
            self._values.clear()
        self._values[id(key)] = (key, made_with, value)


_NOT_KEPT = object()


@dataclass(frozen=True, slots=True)
class ParameterizedQuery:
    """A Query's rewrite with its constants as parameters: the text to prepare, the constants
    to bind, and the rewrite again with its map of error positions (made when asked)."""

    text: str
    values: tuple[str, ...]
    mapped: Callable[[], object]


class ParameterTexts:
    """The parameterized text of each statement shape, rendered once (it is the same for every
    statement of the shape); see `Rewriter.parameterized`."""

    def __init__(self) -> None:
        self._texts = KeptByIdentity()

    def query(
        self, rewriter, sql: str, search_path, source, found=None
    ) -> ParameterizedQuery | None:
        """`sql` parameterized (`found`: what `Rewriter.parameterized` said already) and
        rendered against `source`, or None when it cannot be."""
        if found is None:
            found = rewriter.parameterized(sql, search_path)
        if found is None:
            return None
        shape, values, spans = found

        def rewrite():
            return shape.fill_parameters(sql, spans) if values else shape

        text = self._texts.get(shape, source)
        if text is _NOT_KEPT:
            first = rewrite()
            text = None if first is None else first.render(source)
            self._texts.put(shape, text, source)
        if text is None:
            return None
        return ParameterizedQuery(text, values, lambda: rewrite().render_mapped(source))


class PlainStatements:
    """Which statements sessions pass on as they are, for one rewriter: those whose text shows
    (by the cheap text checks of the rewriter and of the settings sessions follow) that they can
    neither involve a shadow column nor change how names resolve."""

    def __init__(self, rewriter) -> None:
        self._blockers = None if rewriter is None else (*FOLLOWED_WORDS, *rewriter.needles)
        # The same words for message scanners, which look at the undecoded text.
        self.needles = None if self._blockers is None else tuple(w.encode() for w in self._blockers)
        # Parse messages seen: the decoded Parse when its text is plain, else False. Looked up
        # directly by sessions' hot path; `parse` fills it.
        self.parses: dict[bytes, m.Parse | bool] = {}
        self._parse_bytes = 0

    def text(self, sql: str) -> bool:
        """True when `sql` is plain: no word the checks look for is in it."""
        blockers = self._blockers
        if blockers is None:
            return False
        lowered = sql.lower()
        for word in blockers:  # noqa: SIM110 (a loop is cheaper than all() and a generator)
            if word in lowered:
                return False
        return True

    def parse(self, raw: bytes) -> m.Parse | None:
        """The Parse message `raw`, decoded, when its text is plain, else None.

        Remembered per message: clients send the same Parse again and again (the unnamed
        statements of the extended protocol, named ones on every new connection).
        """
        parse = self.parses.get(raw)
        if parse is None:
            parse = m.decode_parse(raw[5:])
            if not self.text(parse.query):
                parse = False
            self._parse_bytes += len(raw)
            if self._parse_bytes > _PLAIN_PARSE_BYTES:
                self.parses.clear()
                self._parse_bytes = len(raw)
            self.parses[raw] = parse
        return parse or None


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.debug("recording telemetry failed: %s", task.exception())
