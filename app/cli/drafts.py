"""`ownvoice-cli drafts …`: list, show, export, import and wipe the drafts library from a shell.

Unlocking follows the app's rules: the key in the system keyring, or a passphrase from
`--passphrase-file FILE` or typed at a prompt (only when standard input is a terminal).
A locked, missing or busy library ends with exit code 2 and a sentence saying what to do.
Reading commands also work while the app is open: they then read a snapshot, read-only.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from app.atomic import atomic_write_text
from app.cli.common import EXIT_BAD_INPUT, EXIT_OK, CliError, SubParsers
from app.draft.model import DraftModel
from app.draft.store import DraftRecorder, snapshot
from app.library import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    DraftStatus,
    DraftSummary,
    Library,
    LibraryError,
    LibraryWriteError,
    PassphraseRequiredError,
    WeakPassphraseError,
    WrongPassphraseError,
    library_exists,
    open_library,
    set_aside_damaged_library,
)
from app.library.transfer import MAX_IMPORT_BYTES
from app.paths import AppPaths, default_paths
from app.story_io import decode_text, read_stream_limited, read_text_file
from app.wipe import delete_all_data

EXIT_FAILED = 1  # the command ran but could not finish (disk full, some files not deleted)
PASSPHRASE_ATTEMPTS = 3

T = TypeVar("T")


# -- for other commands (rewrite --save) ---------------------------------------------------------


def add_unlock_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="read the library's passphrase from the first line of FILE (only needed where there "
        "is no system keyring); without it you are asked in the terminal",
    )


def passphrase_from_args(args: argparse.Namespace) -> str | None:
    name: str | None = getattr(args, "passphrase_file", None)
    if not name:
        return None
    path = Path(name)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise CliError(f"Cannot read the passphrase file {path}: {getattr(exc, 'strerror', None) or exc}.") from None
    if not lines or not lines[0]:
        raise CliError(f"The passphrase file {path} is empty; put the passphrase on its first line.")
    return lines[0]


def save_draft_model(paths: AppPaths, model: DraftModel, passphrase: str | None = None) -> int:
    """Store the draft (as the app's autosave does) and return its id. Raises CliError (exit 2) if locked."""
    with open_for_cli(paths, passphrase, write=True) as library:
        try:
            return DraftRecorder().save(library, snapshot(model)).draft_id
        except LibraryError as exc:
            raise cli_error(exc) from None


def open_for_cli(paths: AppPaths, passphrase: str | None, *, write: bool) -> Library:
    """Open with the CLI's unlock rules; every failure becomes a CliError with an exit code.

    Writing commands create the library if needed; reading ones require it and fall back to a
    read-only snapshot while the app has it open.
    """
    typed = 0  # passphrases typed at the prompt; one from a file is not asked for again
    while True:
        try:
            return open_library(paths, passphrase, create=write, allow_read_only=not write)
        except PassphraseRequiredError as exc:
            passphrase, typed = _ask_passphrase(str(exc), creating=exc.creating), typed + 1
        except (WrongPassphraseError, WeakPassphraseError) as exc:
            if not typed or typed == PASSPHRASE_ATTEMPTS:
                raise cli_error(exc) from None
            print(f"ownvoice-cli: {exc}", file=sys.stderr)
            passphrase = _ask_passphrase("", creating=isinstance(exc, WeakPassphraseError))
            typed += 1
        except LibraryError as exc:
            raise cli_error(exc) from None


# -- the command ---------------------------------------------------------------------------------


def add_parser(subparsers: SubParsers) -> None:
    parser = subparsers.add_parser(
        "drafts",
        help="list, show, export, import or wipe your saved drafts",
        description="Work with the encrypted drafts library that the OwnVoice app uses.",
    )
    actions = parser.add_subparsers(dest="drafts_action", metavar="ACTION", required=True)
    unlock = argparse.ArgumentParser(add_help=False)
    add_unlock_arguments(unlock)

    listing = actions.add_parser("list", parents=[unlock], help="list drafts, newest first")
    listing.add_argument("--status", choices=[s.value for s in DraftStatus], help="only drafts with this status")
    listing.add_argument("--search", default="", metavar="WORDS", help="only drafts whose story or posts contain WORDS")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(func=_list)

    show = actions.add_parser("show", parents=[unlock], help="print one draft as Markdown")
    show.add_argument("id", type=int, metavar="ID", help="the draft's number, as in `drafts list`")
    show.add_argument("--json", action="store_true", help="print it as JSON (with the version history)")
    show.set_defaults(func=_show)

    export = actions.add_parser("export", parents=[unlock], help="export drafts (all by default)")
    export.add_argument("ids", type=int, nargs="*", metavar="ID", help="drafts to export; none means all")
    export.add_argument("--format", choices=["md", "json"], default="md", help="md to read, json to back up (default: md)")
    export.add_argument("--out", metavar="FILE", help="write to FILE (replaced atomically) instead of the screen")
    export.set_defaults(func=_export)

    importing = actions.add_parser("import", parents=[unlock], help="import a JSON export (skips drafts already here)")
    importing.add_argument("file", metavar="FILE", help="a file from `drafts export --format json`, or - for standard input")
    importing.set_defaults(func=_import)

    set_aside = actions.add_parser(
        "set-aside",
        help="move a damaged library aside (kept, renamed) so that a new one can start",
        description="Rename the drafts library and its companion files to drafts.damaged-<time>.*: "
        "nothing is deleted, and the next save starts a new, empty library. Then import your latest "
        "export with `ownvoice-cli drafts import FILE`.",
    )
    set_aside.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    set_aside.set_defaults(func=_set_aside)

    wipe = actions.add_parser(
        "wipe", help="delete all your OwnVoice data: drafts, their key in the keyring, settings, logs"
    )
    wipe.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    wipe.set_defaults(func=_wipe)


def _list(args: argparse.Namespace) -> int:
    with _open(args, write=False) as library:
        drafts = library.list_drafts(args.search, args.status)
    if args.json:
        print(json.dumps([_summary_json(d) for d in drafts], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not drafts:
        print("No drafts found." if args.search or args.status else "No drafts yet.")
        return EXIT_OK
    width = max(2, *(len(str(d.id)) for d in drafts))
    print(f"{'ID':>{width}}  {'STATUS':<17}  {'UPDATED':<16}  TITLE")
    for d in drafts:
        print(f"{d.id:>{width}}  {_status_text(d):<17}  {_minute(d.updated_at):<16}  {d.title}")
        if d.snippet:
            snippet = d.snippet.replace(HIGHLIGHT_START, "**").replace(HIGHLIGHT_END, "**")
            print(" " * (width + 2) + " ".join(snippet.split()))
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    with _open(args, write=False) as library:
        text = _run(lambda: library.export_json([args.id]) if args.json else library.export_markdown([args.id]))
    sys.stdout.write(text)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    ids = args.ids or None
    with _open(args, write=False) as library:
        if args.format == "json":
            text = _run(lambda: library.export_json(ids))
        else:
            text = _run(lambda: library.export_markdown(ids))
    if not args.out:
        sys.stdout.write(text)
        return EXIT_OK
    out = Path(args.out)
    try:
        atomic_write_text(out, text)
    except OSError as exc:
        raise CliError(f"Could not write {out}: {exc.strerror or exc}. Nothing was written.", EXIT_FAILED) from None
    print(f"Exported to {out}. Note: this file is not encrypted; keep it somewhere safe.", file=sys.stderr)
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    text = _read_import_file(args.file)
    with _open(args, write=True) as library:
        report = _run(lambda: library.import_json(text))
    print(report.summary())
    return EXIT_OK


def _set_aside(args: argparse.Namespace) -> int:
    paths = default_paths()
    if not library_exists(paths.library_file):
        raise CliError(f"There is no drafts library at {paths.library_file}; nothing to set aside.")
    if not args.yes:
        if not _interactive():
            raise CliError("Refusing to set the library aside without confirmation: run this in a terminal, or add --yes.")
        print(
            f"This renames your drafts library {paths.library_file} (it is kept, not deleted) so that "
            "a new, empty one starts.",
            file=sys.stderr,
        )
        if input("Type 'set aside' to confirm: ").strip().lower() != "set aside":
            print("Nothing was changed.", file=sys.stderr)
            return EXIT_BAD_INPUT
    result = _run(lambda: set_aside_damaged_library(paths))
    print(f"The library was moved to {result.library_file}. The next save starts a new library.")
    print("Restore your drafts from an export with: ownvoice-cli drafts import FILE")
    return EXIT_OK


def _wipe(args: argparse.Namespace) -> int:
    paths = default_paths()
    if not args.yes:
        if not _interactive():
            raise CliError("Refusing to delete your data without confirmation: run this in a terminal, or add --yes.")
        print(
            "This deletes all your OwnVoice drafts, their key in the system keyring, your settings "
            "and logs. It cannot be undone.",
            file=sys.stderr,
        )
        if input("Type 'delete' to confirm: ").strip().lower() != "delete":
            print("Nothing was deleted.", file=sys.stderr)
            return EXIT_BAD_INPUT
    report = _run(lambda: delete_all_data(paths))
    print(f"Deleted {len(report.removed_files)} files and {len(report.removed_secrets)} keyring entries.")
    for problem in report.problems:
        print(f"ownvoice-cli: {problem}", file=sys.stderr)
    return EXIT_OK if report.complete else EXIT_FAILED


# -- helpers -------------------------------------------------------------------------------------


def _open(args: argparse.Namespace, *, write: bool) -> Library:
    return open_for_cli(default_paths(), passphrase_from_args(args), write=write)


def _run(action: Callable[[], T]) -> T:
    try:
        return action()
    except LibraryError as exc:
        raise cli_error(exc) from None


def cli_error(exc: LibraryError) -> CliError:
    """A library problem as the CLI reports it: a failed write exits 1, anything else 2."""
    if isinstance(exc, LibraryWriteError):
        return CliError(f"Could not save: {exc.cause}. Nothing was changed.", EXIT_FAILED)
    return CliError(str(exc), EXIT_BAD_INPUT)


def _interactive() -> bool:
    return sys.stdin.isatty()


def _ask_passphrase(explanation: str, *, creating: bool) -> str:
    if not _interactive():
        raise CliError(
            f"{explanation} Pass it with --passphrase-file FILE, or run this command in a terminal "
            "to type it.".strip(),
            EXIT_BAD_INPUT,
        )
    if explanation:
        print(explanation, file=sys.stderr)
    passphrase = getpass.getpass("New passphrase: " if creating else "Passphrase: ")
    if creating and getpass.getpass("Repeat the passphrase: ") != passphrase:
        raise CliError("The two passphrases differ; nothing was created. Please try again.")
    return passphrase


def _read_import_file(name: str) -> str:
    if name == "-":
        source = "The import file (standard input)"
        return decode_text(read_stream_limited(sys.stdin.buffer, source, MAX_IMPORT_BYTES), source)
    return read_text_file(Path(name), "The import file", max_bytes=MAX_IMPORT_BYTES)


def _status_text(summary: DraftSummary) -> str:
    if summary.status is DraftStatus.POSTED and summary.posted_at:
        return f"posted {summary.posted_at:%Y-%m-%d}"
    return summary.status.value


def _minute(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _summary_json(summary: DraftSummary) -> dict[str, object]:
    return {
        "id": summary.id,
        "uid": summary.uid,
        "title": summary.title,
        "status": summary.status.value,
        "posted_at": summary.posted_at.isoformat() if summary.posted_at else None,
        "created_at": summary.created_at.isoformat(),
        "updated_at": summary.updated_at.isoformat(),
        "cards": summary.card_count,
        "snippet": summary.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, ""),
    }


__all__ = [
    "add_parser",
    "add_unlock_arguments",
    "cli_error",
    "open_for_cli",
    "passphrase_from_args",
    "save_draft_model",
]
