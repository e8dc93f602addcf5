"""Build settings pyproject.toml cannot hold: the optional compiled message scanner.

`optional=True` makes a failed compilation (no C compiler, no Python headers) a warning: the
package then installs without it and `proxy.protocol.scanner` uses its Python scanner.
"""

import hashlib
from pathlib import Path

from setuptools import Extension, setup

SOURCE = "proxy/protocol/_cscanner.c"
# Kept in the module, so that a test notices a build older than its source.
SOURCE_SHA256 = hashlib.sha256((Path(__file__).parent / SOURCE).read_bytes()).hexdigest()

setup(
    ext_modules=[
        Extension(
            "proxy.protocol._cscanner",
            sources=[SOURCE],
            define_macros=[("SOURCE_SHA256", f'"{SOURCE_SHA256}"')],
            optional=True,
        )
    ]
)
