"""Entry point and dispatch. Each command lives in its own module with `add_parser(subparsers)`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.cli.common import EXIT_BAD_INPUT, CliError, InputError
from app.library.errors import LibraryError


def build_parser() -> argparse.ArgumentParser:
    from app.cli import commands

    parser = argparse.ArgumentParser(
        prog="ownvoice-cli",
        description="Turn a company story into LinkedIn posts in your own voice, offline.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in commands.all_commands():
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except LibraryError as exc:  # e.g. a library found damaged while listing: a sentence, not a traceback
        from app.cli.drafts import cli_error

        error = cli_error(exc)
        print(f"ownvoice-cli: {error}", file=sys.stderr)
        return error.exit_code
    except (CliError, InputError) as exc:
        print(f"ownvoice-cli: {exc}", file=sys.stderr)
        return getattr(exc, "exit_code", EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        print("ownvoice-cli: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
