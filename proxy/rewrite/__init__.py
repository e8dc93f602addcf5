"""The SQL rewriter: makes served shadow columns look like real columns, for reads and writes.

See docs/rewriting.md for the technique and its limits.
"""

from proxy.rewrite.cache import RewriteCache
from proxy.rewrite.parked import (
    COPY_RELATION,
    STAGED_RELATION,
    LiteralParkedSource,
    NoParkedValues,
    ParkedSource,
    SessionParkedSource,
    TableParkedSource,
    session_setup_sql,
    staged_setup_sql,
)
from proxy.rewrite.rewriter import Rewriter
from proxy.rewrite.served import (
    InvalidShadowColumn,
    row_key_sql,
    validate_default,
    validate_type_name,
)
from proxy.rewrite.template import (
    RaiseSlot,
    RenderedSql,
    Rewrite,
    RewriteError,
    ValueSlot,
    WriteSlot,
)

__all__ = [
    "COPY_RELATION",
    "STAGED_RELATION",
    "InvalidShadowColumn",
    "LiteralParkedSource",
    "NoParkedValues",
    "ParkedSource",
    "RaiseSlot",
    "RenderedSql",
    "Rewrite",
    "RewriteCache",
    "RewriteError",
    "Rewriter",
    "SessionParkedSource",
    "TableParkedSource",
    "ValueSlot",
    "WriteSlot",
    "row_key_sql",
    "session_setup_sql",
    "staged_setup_sql",
    "validate_default",
    "validate_type_name",
]
