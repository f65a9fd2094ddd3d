"""The list of CLI command modules. Add a module here to add a command."""

from __future__ import annotations

import importlib
from types import ModuleType

COMMAND_MODULES = (
    "app.cli.rewrite",  # rewrite, tones, angles, models
    "app.cli.check",  # check
    "app.cli.drafts",  # drafts …
)


def all_commands() -> list[ModuleType]:
    modules = []
    for name in COMMAND_MODULES:
        try:
            modules.append(importlib.import_module(name))
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a real missing dependency inside the module: surface it
                raise
    return modules
