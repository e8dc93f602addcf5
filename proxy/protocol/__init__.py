"""The Postgres wire protocol, sans I/O: bytes in, typed messages and events out, and back."""
