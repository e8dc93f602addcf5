"""Sub-commands of the `pgstitch` command line, one module each."""
