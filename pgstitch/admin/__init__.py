"""The admin HTTP API of `pgstitch serve`: health, Prometheus metrics, status, shadow columns,
predictions and a dashboard (docs/admin.md)."""
