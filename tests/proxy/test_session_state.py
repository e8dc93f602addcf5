"""The session state machine: what counts as idle for a graceful shutdown."""

from proxy.protocol.state import SessionState


def test_fresh_session_is_idle():
    assert SessionState().idle


def test_outstanding_query_is_not_idle_until_ready():
    state = SessionState()
    state.sync_points_sent = 2  # two pipelined queries
    state.server_ready(b"I")
    assert not state.idle
    state.server_ready(b"I")
    assert state.idle


def test_open_or_failed_transaction_is_not_idle():
    state = SessionState(sync_points_sent=1)
    state.server_ready(b"T")
    assert state.in_transaction and not state.idle
    state.sync_points_sent = 2
    state.server_ready(b"E")
    assert not state.idle
    state.sync_points_sent = 3
    state.server_ready(b"I")
    assert state.idle
