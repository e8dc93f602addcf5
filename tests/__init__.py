"""pgstitch's test suite: a package, so that tests/<name>/ never shadows the package <name>."""
