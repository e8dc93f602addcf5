"""Test helpers: local services, throwaway clusters, `pgstitch serve` processes, raw wire I/O."""
