"""A package's public names, loaded on first use (PEP 562).

`from app.checks import Guidelines` then imports only the module that defines `Guidelines`, not
every check and its word lists: the window imports a few light names of such packages and must
be on screen before the heavy parts load (issue 11, part 5).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` for `package` that imports each name from its home module on first use."""
    namespace = importlib.import_module(package).__dict__

    def load(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(home), name)
        namespace[name] = value  # the next use is a plain attribute
        return value

    return load
