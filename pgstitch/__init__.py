"""pgstitch's composition root: command line, configuration and process wiring."""

__version__ = "0.1.0"
