"""The read-path SQL rewriter: makes served shadow columns look like real columns.

See docs/rewriting.md for the technique and its limits.
"""

from proxy.rewrite.cache import RewriteCache
from proxy.rewrite.parked import (
    LiteralParkedSource,
    NoParkedValues,
    ParkedSource,
    TableParkedSource,
)
from proxy.rewrite.rewriter import Rewriter
from proxy.rewrite.served import (
    InvalidShadowColumn,
    row_key_sql,
    validate_default,
    validate_type_name,
)
from proxy.rewrite.template import RenderedSql, Rewrite, RewriteError, ValueSlot

__all__ = [
    "InvalidShadowColumn",
    "LiteralParkedSource",
    "NoParkedValues",
    "ParkedSource",
    "RenderedSql",
    "Rewrite",
    "RewriteCache",
    "RewriteError",
    "Rewriter",
    "TableParkedSource",
    "ValueSlot",
    "row_key_sql",
    "validate_default",
    "validate_type_name",
]
