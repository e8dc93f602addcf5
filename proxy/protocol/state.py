"""The state of one established session, as far as the proxy needs to know it (pure)."""

from __future__ import annotations

from dataclasses import dataclass

# Messages after which the server owes one ReadyForQuery: Query, Sync, FunctionCall.
SYNC_POINT_TYPES = frozenset(b"QSF")


@dataclass(slots=True)
class SessionState:
    """Transaction status and how many ReadyForQuery the server still owes the client."""

    transaction_status: bytes = b"I"
    sync_points_sent: int = 0
    ready_received: int = 0
    fatal_seen: bool = False

    def server_ready(self, status: bytes) -> None:
        """The server sent ReadyForQuery with this transaction status (I, T or E)."""
        self.ready_received += 1
        self.transaction_status = status

    @property
    def in_transaction(self) -> bool:
        """True inside a transaction block (open or failed)."""
        return self.transaction_status != b"I"

    @property
    def idle(self) -> bool:
        """True when nothing is in flight and no transaction is open: the session may be closed."""
        return self.sync_points_sent <= self.ready_received and not self.in_transaction
