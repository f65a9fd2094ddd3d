"""The list of CLI command modules. Add a module here to add a command."""

from __future__ import annotations

import importlib
from types import ModuleType

COMMAND_MODULES = (
    "app.cli.rewrite",  # rewrite, tones, angles
    "app.cli.models",  # models [list | info | import | download]
    "app.cli.check",  # check
    "app.cli.drafts",  # drafts …
)


def all_commands() -> list[ModuleType]:
    return [importlib.import_module(name) for name in COMMAND_MODULES]
