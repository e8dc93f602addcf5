"""The shared model of pgstitch: shadow columns, the shadow schema, the live catalog and the store.

`proxy`, `predictor` and `sync` never import each other; they meet here.
"""
