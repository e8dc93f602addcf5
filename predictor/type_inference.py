"""Type and default of a column from its name, learned from one project's own history.

In order: the same column seen before; an enum of the project's own naming template
(`EvalTemplateType` for `eval_templates.type`) when the project gives that name an enum of its own
on each table; the same name elsewhere in the project; a key's referenced table (or, for a table
not seen yet, the key type of recent tables); the project's own suffix habits (`*_at` →
`timestamp(3)` in one project, `timestamptz` in another); for a name no pattern recognises, the
kind its table gives such names (a table of counters or of flags); universal name patterns mapped
to the concrete type of that kind the project gave names with the same last word (`json` for
`*_schema` where the rest is `jsonb`), else to its favourite of that kind; finally generic types.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from predictor.schema_state import TypedName
from predictor.words import is_plural, name_tokens, singular, table_words

MIN_SUPPORT = 2
MIN_SHARE = 0.6

ALIASES = {
    "integer": "int4",
    "int": "int4",
    "smallint": "int2",
    "bigint": "int8",
    "boolean": "bool",
    "real": "float4",
    "double precision": "float8",
    "character varying": "varchar",
    "timestamp with time zone": "timestamptz",
    "timestamp without time zone": "timestamp",
    "character": "bpchar",
    "char": "bpchar",
    "decimal": "numeric",
}


def normalize_type(type_name: str) -> str:
    """A canonical spelling of a type, so `integer` and `int4` compare equal."""
    text = " ".join(type_name.strip().split())
    if text.lower().startswith("pg_catalog."):
        text = text[len("pg_catalog.") :]
    match = re.fullmatch(r"([A-Za-z_][\w ]*?)\s*(\(.*\))?\s*((?:\[\])*)", text)
    if not match:
        return text
    base, modifiers, arrays = match.group(1), match.group(2) or "", match.group(3)
    base = ALIASES.get(base.lower(), base)
    return f"{base}{modifiers.replace(' ', '')}{arrays}"


def type_kind(type_name: str) -> str:
    """The broad kind of a type: timestamp, bool, int, uuid, json, number, text, array…"""
    text = normalize_type(type_name).lower()
    if text.endswith("[]"):
        return "array"
    base = text.split("(")[0]
    kinds = {
        "timestamp": "timestamp", "timestamptz": "timestamp", "date": "date",
        "bool": "bool", "int2": "int", "int4": "int", "int8": "int", "serial": "serial",
        "bigserial": "serial", "smallserial": "serial", "uuid": "uuid", "json": "json", "jsonb": "json",
        "numeric": "number", "float4": "float", "float8": "float", "money": "number",
        "text": "text", "varchar": "text", "bpchar": "text", "citext": "text", "inet": "inet",
        "cidr": "inet", "bytea": "bytes",
    }  # fmt: skip
    return kinds.get(base, "other")


TIME_WORDS = {"at", "time", "timestamp", "until", "since", "expiry", "expires", "deadline"}
VALIDITY_WORDS = {"valid", "active", "effective", "available", "visible"}
BOOL_PREFIXES = {
    "is", "has", "can", "should", "allow", "allows", "enable", "use", "needs", "include", "show",
    "hide", "require", "skip", "disable", "force",
}  # fmt: skip
INT_PREFIXES = {"max", "min", "num"}
BOOL_WORDS = {
    "enabled", "disabled", "active", "archived", "public", "verified", "locked", "hidden",
    "bookmarked", "deleted", "confirmed", "approved", "visible", "default", "admin", "flag",
    "compressed", "published", "internal", "required", "optional", "pinned", "featured", "blocked",
    "banned", "muted",
}  # fmt: skip
INT_WORDS = {
    "count", "counter", "tokens", "number", "num", "size", "days", "hours", "minutes", "seconds",
    "retries", "attempts", "position", "rank", "priority", "order", "index", "limit", "quantity",
    "version", "age", "year", "port", "level", "in", "ms", "quota",
}  # fmt: skip
NUMBER_WORDS = {"cost", "price", "amount", "rate", "ratio", "score", "balance", "total", "weight"}
JSON_WORDS = {
    "data", "metadata", "config", "configuration", "payload", "headers", "settings", "options",
    "attributes", "params", "parameters", "json", "properties", "context", "details", "request",
    "response", "schema",
}  # fmt: skip
ARRAY_WORDS = {"tags", "labels", "ids", "scopes", "roles", "groups", "emails", "keys", "urls"}

NOT_PARTICIPLES = {"speed", "embed", "breed", "feed", "seed", "need", "shed", "bred", "hundred"}


def is_participle(word: str) -> bool:
    """A word in `-ed` (`completed`, `stickied`, `distinguished`): a state, so a flag."""
    return len(word) >= 5 and word.endswith("ed") and word not in NOT_PARTICIPLES


def pattern_kind(tokens: list[str]) -> str:
    """The kind a column name suggests in most projects, from universal naming habits."""
    if not tokens:
        return "text"
    first, last = tokens[0], tokens[-1]
    if last in TIME_WORDS or (
        last in ("from", "to") and len(tokens) > 1 and tokens[-2] in VALIDITY_WORDS
    ):
        return "timestamp"
    if last == "date" or last == "on":
        return "date"
    if first in BOOL_PREFIXES or last in BOOL_WORDS:
        return "bool"
    if last in ("id", "uuid", "guid"):
        return "id"
    if last in ARRAY_WORDS:
        return "array"
    if last in INT_WORDS or (first in INT_PREFIXES and len(tokens) > 1):
        return "int"
    if last in NUMBER_WORDS:
        return "number"
    if last in JSON_WORDS:
        return "json"
    if last in ("ip", "addr"):
        return "inet"
    if is_participle(last):
        return "bool"
    if len(tokens) > 1 and is_participle(first) and last != "by" and not is_plural(last):
        # a state with its complement (`featured_community`, `deleted_by_recipient`); not the
        # agent of an action (`created_by`) nor a collection (`allowed_origins`)
        return "bool"
    return "text"


GENERIC_TYPES = {
    "timestamp": "timestamptz", "date": "date", "bool": "bool", "id": "int8", "array": "text[]",
    "int": "int4", "number": "numeric", "json": "jsonb", "inet": "inet", "text": "text",
}  # fmt: skip


@dataclass(frozen=True)
class TypeGuess:
    """An inferred type and default, and which rule produced them."""

    type: str
    default: str
    rule: str
    new_type: bool = False  # a type the history never showed: an enum not created yet


RECENCY_DAYS = 365.0


class Tally:
    """Votes for types: recency-weighted shares, raw counts for support."""

    def __init__(self) -> None:
        self.weights: Counter[str] = Counter()
        self.counts: Counter[str] = Counter()

    def add(self, value: str, weight: float) -> None:
        """Count one observation of `value`."""
        self.weights[value] += weight
        self.counts[value] += 1

    def __bool__(self) -> bool:
        return bool(self.counts)

    def best(self) -> str:
        """The value with the most recency-weighted votes."""
        return max(self.weights.items(), key=lambda item: (item[1], self.counts[item[0]]))[0]

    def confident(self, support: int = MIN_SUPPORT, share: float = MIN_SHARE) -> str | None:
        """The best value when it has `support` observations and `share` of the weight."""
        if not self.counts:
            return None
        value = self.best()
        total = sum(self.weights.values())
        if self.counts[value] >= support and self.weights[value] / max(total, 1e-12) >= share:
            return value
        return None

    def merged(self, other: Tally) -> Tally:
        """Both tallies together."""
        both = Tally()
        both.weights = self.weights + other.weights
        both.counts = self.counts + other.counts
        return both


PLURAL = "+plural"
MIN_TEMPLATE_MATCHES = 3
MIN_TEMPLATE_SHARE = 0.25


def _pascal(words: list[str]) -> str:
    return "".join(w[:1].upper() + w[1:] for w in words)


def _table_and_column(table: str, column: str) -> list[str]:
    """Words of the singular table name then the column's, an overlap said once.

    (`oauth_clients`, `client_type`) → oauth, client, type.
    """
    words = table_words(table)
    if words:
        words = [*words[:-1], singular(words[-1])]
    tokens = name_tokens(column)
    overlap = 0
    for k in range(min(len(words), len(tokens)), 0, -1):
        if words[-k:] == tokens[:k]:
            overlap = k
            break
    return [*words, *tokens[overlap:]]


ENUM_TEMPLATES = {
    "TableColumn": lambda t, c: _pascal(_table_and_column(t, c)),
    "Column": lambda t, c: _pascal(name_tokens(c)),
    "table_column": lambda t, c: "_".join(_table_and_column(t, c)),
    "column": lambda t, c: "_".join(name_tokens(c)),
    "column_enum": lambda t, c: "_".join(name_tokens(c)) + "_enum",
}


def learn_enum_template(enums: dict[str, tuple[str, str]]) -> tuple[str | None, float, str]:
    """How this project names its enums (`ApiKeyScope` for `api_keys.scope`), when it is clear.

    `enums` maps each custom type to the (table, column) that used it first: the moment it was
    named (later uses of a shared enum were not). Each template of ENUM_TEMPLATES is tried on
    those; the one reproducing the most names wins when it reproduces at least
    MIN_TEMPLATE_MATCHES of them and MIN_TEMPLATE_SHARE of all. Returns the template and the
    share of the names it reproduces (its accuracy for a new enum), and the schema the project
    qualifies its enums with (`auth.` in `auth.factor_type`), if most of them are.
    """
    if not enums:
        return None, 0.0, ""
    unqualified = {ty.rpartition(".")[2]: where for ty, where in enums.items()}
    scores = {
        name: sum(normalize_type(make(t, c)) == ty for ty, (t, c) in unqualified.items())
        for name, make in ENUM_TEMPLATES.items()
    }
    best = max(scores, key=lambda name: scores[name])
    schemas = Counter(ty.rpartition(".")[0] for ty in enums)
    schema, count = schemas.most_common(1)[0]
    prefix = f"{schema}." if schema and count * 2 > len(enums) else ""
    if scores[best] >= MIN_TEMPLATE_MATCHES and scores[best] >= MIN_TEMPLATE_SHARE * len(enums):
        return best, scores[best] / len(enums), prefix
    return None, 0.0, ""


MIN_TABLE_SUPPORT = 3
MIN_TABLE_SHARE = 0.5

SERIAL_KEYS = {"serial": "int4", "bigserial": "int8", "smallserial": "int2"}


def _squash(table: str) -> str:
    """A table name without schema, case or separators, to match `user_id` with `User`."""
    return "".join(name_tokens(table.rpartition(".")[2]))


def key_types(tables: dict[str, dict[str, str]]) -> dict[str, str]:
    """The type of each table's `id` column, from {table: {column: type}}."""
    return {t: columns["id"] for t, columns in tables.items() if columns.get("id")}


class TypeModel:
    """Name → type rules learned from one project's history; recent habits weigh more."""

    def __init__(
        self,
        typed_names: Iterable[TypedName],
        key_types: dict[str, str] | None = None,
        tables: dict[str, dict[str, str]] | None = None,
    ) -> None:
        self._tables = tables or {}
        self._table_kinds: dict[str, str | None] = {}
        self._key_types = {_squash(t): normalize_type(k) for t, k in (key_types or {}).items()}
        seen_all = [t for t in typed_names if t.type]
        latest = max((t.ts for t in seen_all), default=None)
        self._by_table_name: dict[tuple[str, str], str] = {}
        self._by_name: dict[str, Tally] = defaultdict(Tally)
        self._name_type_tables: dict[tuple[str, str], set[str]] = defaultdict(set)
        self._by_last: dict[str, Tally] = defaultdict(Tally)
        self._by_kind: dict[str, Tally] = defaultdict(Tally)
        self._id_types = Tally()
        self._primary_keys = Tally()
        self._seen_types = {normalize_type(t.type) for t in seen_all}
        self._defaults: dict[tuple[str, str], Tally] = defaultdict(Tally)
        self._type_defaults: dict[str, Tally] = defaultdict(Tally)
        enums: dict[str, tuple[str, str]] = {}  # each custom type: where it was first used
        for seen in seen_all:
            age = (latest - seen.ts).total_seconds() / 86400.0 if latest else 0.0
            weight = math.exp(-age / RECENCY_DAYS)
            type_name = normalize_type(seen.type)
            tokens = name_tokens(seen.column)
            self._by_table_name[(seen.table, seen.column)] = type_name
            self._by_name[seen.column].add(type_name, weight)
            self._name_type_tables[(seen.column, type_name)].add(seen.table)
            self._defaults[(seen.column, type_name)].add(seen.default, weight)
            self._type_defaults[type_name].add(seen.default, weight)
            if type_kind(type_name) == "other":
                enums.setdefault(type_name, (seen.table, seen.column))
                continue  # an enum or domain belongs to its table: no habit to learn from it
            if tokens:
                self._by_last[tokens[-1]].add(type_name, weight)
                if is_plural(tokens[-1]):
                    self._by_last[PLURAL].add(type_name, weight)
            if pattern_kind(tokens) == "id":
                self._id_types.add(type_name, weight)
                if len(tokens) == 1:
                    self._primary_keys.add(SERIAL_KEYS.get(type_name, type_name), weight)
            self._by_kind[type_kind(type_name)].add(type_name, weight)

        self._enum_template, self._enum_accuracy, self._enum_schema = learn_enum_template(enums)

    def infer(self, table: str, column: str) -> TypeGuess:
        """The most likely type and default of `table.column` given the project's habits."""
        type_name, rule = self._infer_type(table, column)
        # a column added to an existing table is never proposed as serial (`predict` never did)
        type_name = SERIAL_KEYS.get(type_name, type_name)
        new_type = rule == "project-enum" and normalize_type(type_name) not in self._seen_types
        return TypeGuess(type_name, self._infer_default(column, type_name), rule, new_type)

    def _infer_type(self, table: str, column: str) -> tuple[str, str]:
        if (table, column) in self._by_table_name:
            return self._by_table_name[(table, column)], "same-column"
        tokens = name_tokens(column)
        if self._enum_template is not None and self._takes_enum(column, tokens):
            named = ENUM_TEMPLATES[self._enum_template](table, column)
            return self._enum_schema + named, "project-enum"
        if column in self._by_name:
            return self._same_name(column), "same-name"
        kind = pattern_kind(tokens)
        if kind == "id" and len(tokens) > 1:
            referenced = self._referenced_key(tokens[:-1])
            if referenced:
                return referenced, "foreign-key"
            if self._primary_keys:
                # a key to a table the history does not show yet: tables created lately
                # have the project's current key type
                return self._primary_keys.best(), "new-key"
        if kind == "bool" and tokens and tokens[0] in BOOL_PREFIXES:
            found = self._project_types("bool")
            return (found.best() if found else "bool"), "name-pattern"
        if tokens:
            learned = self._by_last.get(tokens[-1])
            if learned and learned.confident():
                return learned.best(), "project-suffix"
        if kind == "text" and tokens and not is_plural(tokens[-1]):
            found = self._table_kind(table)
            if found:
                return found, "table-kind"
        project = self._project_types(kind)
        if kind == "text" and tokens and is_plural(tokens[-1]):
            plural = self._by_last.get(PLURAL)
            if plural and plural.confident(share=0.5):
                return plural.best(), "project-plural"
        if tokens and kind not in ("text", "id"):
            spelled = self._word_spelling(tokens[-1], kind)
            if spelled:
                return spelled, "word-spelling"
        if project:
            return project.best(), "name-pattern"
        return GENERIC_TYPES[kind], "generic-pattern"

    def _word_spelling(self, word: str, kind: str) -> str | None:
        """The concrete type of `kind` this project gives names ending in `word`, if any.

        The name pattern gives the kind (`input_schema` is JSON); a project with two types of
        that kind chooses between them by what the column holds, and names ending in the same
        word hold the same thing: langfuse keeps JSON schemas in `json` (which keeps key order)
        and everything else in `jsonb`. Even one earlier use of the word decides, the most
        recent weighing most; other kinds the word was used for are passed over.
        """
        learned = self._by_last.get(word)
        if not learned:
            return None
        kinds = {kind, "float"} if kind == "number" else {kind}
        same_kind = Tally()
        for type_name, weight in learned.weights.items():
            if type_kind(type_name) in kinds:
                same_kind.weights[type_name] = weight
                same_kind.counts[type_name] = learned.counts[type_name]
        return same_kind.best() if same_kind else None

    def _table_kind(self, table: str) -> str | None:
        """The type a table gives names no pattern recognises, when it is not text.

        Some tables hold one kind of thing: counters (`site_aggregates.users_active_day`,
        `int8` like the table's other counters), flags (settings tables), positions and sizes
        (`Field.height` beside `page`, `positionX`, `positionY`). When at least
        MIN_TABLE_SUPPORT of the table's columns with such names, and half of them, share a kind
        other than text, a new one takes that kind, in the concrete type the table uses for it.
        """
        if table not in self._table_kinds:
            self._table_kinds[table] = self._learn_table_kind(table)
        return self._table_kinds[table]

    def _learn_table_kind(self, table: str) -> str | None:
        kinds = Tally()
        concrete: Counter[str] = Counter()
        for column, type_name in self._tables.get(table, {}).items():
            if not type_name or pattern_kind(name_tokens(column)) != "text":
                continue
            type_name = normalize_type(type_name)
            kind = type_kind(type_name)
            if kind in ("other", "serial"):
                continue
            kinds.add(kind, 1.0)
            concrete[type_name] += 1
        kind = kinds.confident(support=MIN_TABLE_SUPPORT, share=MIN_TABLE_SHARE)
        if kind is None or kind == "text":
            return None
        return max((t for t in concrete if type_kind(t) == kind), key=lambda t: concrete[t])

    def _takes_enum(self, column: str, tokens: list[str]) -> bool:
        """Whether an enum named by the project's template is the likelier right answer.

        Only for a name the project already uses: when most of its uses are enums private to one
        table (`type`: `ObservationType`, `ActionType`…), a new table likely gets its own. The
        template names the enum right only part of the time (its accuracy over the history's
        enums), so it is proposed when P(enum) times accuracy beats P(not an enum). A name the
        project has not used is never given an enum from its last word or from category words
        (`status`, `mode`…): enums are mostly born with their tables, and for added columns
        that generalisation was wrong far more often than right (docs/prediction.md).
        """
        if not tokens or column not in self._by_name:
            return False
        tally = self._by_name[column]
        private = sum(
            w
            for t, w in tally.weights.items()
            if type_kind(t) == "other" and len(self._name_type_tables[(column, t)]) == 1
        )
        p_enum = private / max(sum(tally.weights.values()), 1e-12)
        return p_enum * self._enum_accuracy > 1.0 - p_enum

    def _same_name(self, column: str) -> str:
        """The usual type of this name elsewhere, passing over enums private to one table.

        A custom type (an enum, say) that only one table uses for this name is that table's own
        vocabulary; another table's `status` is likelier to use a shared type.
        """
        tally = self._by_name[column]
        shared = Tally()
        for type_name, weight in tally.weights.items():
            private = type_kind(type_name) == "other"
            if not private or len(self._name_type_tables[(column, type_name)]) > 1:
                shared.weights[type_name] = weight
                shared.counts[type_name] = tally.counts[type_name]
        return shared.best() if shared else tally.best()

    def _referenced_key(self, words: list[str]) -> str | None:
        """The key type of the table a `<table>_id` name points at (`user_id` → `users.id`)."""
        for size in range(len(words), 0, -1):
            stem = "".join(words[-size:])
            for candidate in (
                stem,
                stem + "s",
                stem + "es",
                stem[:-1] + "ies" if stem.endswith("y") else "",
            ):
                if candidate and candidate in self._key_types:
                    return SERIAL_KEYS.get(self._key_types[candidate], self._key_types[candidate])
        return None

    def _project_types(self, kind: str) -> Tally:
        """The concrete types this project uses for names of one kind."""
        if kind == "id":
            return self._id_types
        found = self._by_kind.get(kind, Tally())
        if kind == "number":
            found = found.merged(self._by_kind.get("float", Tally()))
        fallbacks = {"timestamp": "date", "date": "timestamp"}
        if not found and kind in fallbacks:
            found = self._by_kind.get(fallbacks[kind], Tally())
        return found

    def _infer_default(self, column: str, type_name: str) -> str:
        same = self._defaults.get((column, type_name))
        if same:
            return same.confident(support=1, share=0.5) or ""
        if type_kind(type_name) == "bool":
            usual = self._type_defaults.get(type_name)
            if usual:
                return usual.confident(support=2, share=0.5) or ""
        return ""
