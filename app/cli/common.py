"""Helpers shared by the CLI commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.story_io import InputError, decode_text, read_stream_limited, read_text_file

EXIT_OK = 0
EXIT_BAD_INPUT = 2
EXIT_MODEL = 3


class CliError(Exception):
    """Ends the command with `message` on stderr and `exit_code`."""

    def __init__(self, message: str, exit_code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def read_input(arg: str, what: str) -> str:
    """Read a file argument, or standard input for "-". Raises InputError."""
    if arg == "-":
        source = f"{what} (standard input)"
        return decode_text(read_stream_limited(sys.stdin.buffer, source), source)
    return read_text_file(Path(arg), what)


# argparse's subparsers action, named for command modules' signatures (argparse has no public alias).
if TYPE_CHECKING:
    SubParsers = argparse._SubParsersAction[argparse.ArgumentParser]
else:
    SubParsers = argparse._SubParsersAction

__all__ = ["CliError", "InputError", "SubParsers", "read_input", "EXIT_OK", "EXIT_BAD_INPUT", "EXIT_MODEL"]
