"""Reading a directory of SQL migrations into a change log (`pgstitch history`)."""

from predictor.migrations.reader import read_migrations

__all__ = ["read_migrations"]
