"""`ownvoice-cli models`: list, inspect, import and download models."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from pathlib import Path
from types import FrameType

from app.cli.common import EXIT_BAD_INPUT, EXIT_MODEL, EXIT_OK, CliError, SubParsers
from app.model_preferences import ModelPreferences
from app.paths import default_paths
from app.settings import SettingsStore
from models.catalog import HeaderCache, ModelEntry, available_models, describe, display_path, is_starter_model
from models.curated import CatalogueEntry, load_catalogue
from models.display_name import display_name
from models.download import Download, DownloadError, DownloadRequest, Outcome, Progress, file_name_from_url
from models.engine.threads import AUTO_THREADS
from models.engine_settings import default_settings
from models.library import ModelFileError, import_model
from models.memory import format_bytes, judge_fit, model_memory_need, total_ram_bytes


def add_parser(subparsers: SubParsers) -> None:
    models = subparsers.add_parser(
        "models",
        help="list, inspect, import and download models",
        description="List your models (the default), show a model file's details, add one to your "
        "models folder, or download one from the catalogue or any GGUF link.",
    )
    models.set_defaults(func=run_list)
    actions = models.add_subparsers(dest="models_command", metavar="ACTION")

    listing = actions.add_parser("list", help="list the models OwnVoice can use (the default)")
    listing.set_defaults(func=run_list)

    info = actions.add_parser("info", help="show what a model file is, without loading it")
    info.add_argument("path", metavar="PATH", help="a .gguf file")
    info.set_defaults(func=run_info)

    add = actions.add_parser("import", help="copy (or link) a .gguf file into your models folder")
    add.add_argument("path", metavar="PATH", help="a .gguf file")
    add.add_argument("--link", action="store_true", help="link to the file instead of copying it")
    add.set_defaults(func=run_import)

    download = actions.add_parser(
        "download",
        help="download a model from the catalogue (by id) or from a GGUF link; run again to resume",
    )
    download.add_argument("source", metavar="NAME|URL", nargs="?", help="a catalogue id (see --list) or an https:// link")
    download.add_argument("--list", action="store_true", help="show the catalogue")
    download.add_argument("--sha256", metavar="HEX", default="", help="the SHA-256 the file must have")
    download.add_argument(
        "--accept-licence", action="store_true", help="you read and accept the model's licence (needed for some models)"
    )
    download.set_defaults(func=run_download)


# ---------------------------------------------------------------- list and info


def run_list(args: argparse.Namespace) -> int:
    paths = default_paths()
    prefs = ModelPreferences.of(SettingsStore(paths.settings_file).load().settings)
    entries = available_models(paths.models_dir, prefs.folders, HeaderCache())
    if not entries:
        print(f"No models found. Put .gguf files in: {paths.models_dir}")
        return EXIT_OK
    ram = total_ram_bytes()
    for entry in entries:
        print(f"{entry.label}\n    {entry.display_path}\n    {_summary(entry, ram)}")
    print(f"\nYour models folder: {paths.models_dir}")
    for folder in prefs.folders:
        print(f"Also listed: {folder}")
    return EXIT_OK


def _summary(entry: ModelEntry, ram: int) -> str:
    if not entry.usable or entry.info is None:
        return f"unusable: {entry.problem}"
    info = entry.info
    need = model_memory_need(info, min(info.context_length or 4096, 8192), entry.size_bytes)
    return (
        f"{info.architecture}, {info.size_label}, {info.quantisation}, {format_bytes(entry.size_bytes)}, "
        f"{info.context_length:,}-token context, needs ≈{format_bytes(need)}: {judge_fit(need, ram).value}"
    )


def run_info(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    entry = describe(path)
    print(f"File:          {entry.display_path}")
    if not entry.usable or entry.info is None:
        print(f"Unusable:      {entry.problem}")
        return EXIT_MODEL
    info = entry.info
    ram = total_ram_bytes()
    defaults = default_settings(info, threads=AUTO_THREADS, total_ram=ram)
    need = model_memory_need(info, defaults.context, entry.size_bytes)
    rows = [
        ("Name", display_name(info.metadata, path, is_starter=is_starter_model(path))),
        ("Architecture", info.architecture),
        ("Parameters", info.size_label),
        ("Quantisation", info.quantisation),
        ("File size", format_bytes(entry.size_bytes)),
        ("Trained context", f"{info.context_length:,} tokens" if info.context_length else "not stated"),
        ("Chat template", "yes" if info.has_chat_template else "no (OwnVoice falls back to ChatML)"),
        ("Licence", info.licence or "not stated in the file"),
        ("Memory need", f"≈{format_bytes(need)} with a {defaults.context:,}-token window"),
        ("This computer", f"{format_bytes(ram)} RAM: {judge_fit(need, ram).value}"),
    ]
    for label, value in rows:
        print(f"{label + ':':<15}{value}")
    return EXIT_OK


# ---------------------------------------------------------------- import


def run_import(args: argparse.Namespace) -> int:
    paths = default_paths()
    source = Path(args.path).expanduser()
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= 0.2 or done == total:
            last[0] = now
            _bar(done / total if total else 1.0, f"{format_bytes(done)} of {format_bytes(total)}")

    try:
        target = import_model(source, paths.models_dir, link=args.link, on_progress=progress)
    except ModelFileError as exc:
        raise CliError(str(exc), EXIT_MODEL) from None
    _end_bar()
    how = "Linked" if args.link else "Copied"
    print(f"{how} into your models folder: {display_path(target)}")
    return EXIT_OK


# ---------------------------------------------------------------- download


def run_download(args: argparse.Namespace) -> int:
    paths = default_paths()
    catalogue = load_catalogue()
    if args.list or not args.source:
        _print_catalogue(catalogue)
        return EXIT_OK
    request, entry = _request_for(args.source, args.sha256, catalogue, paths.models_dir)
    if entry is not None and entry.needs_acceptance and not args.accept_licence:
        raise CliError(
            f"{entry.name} is under the {entry.licence}. {entry.licence_note} Read it at {entry.licence_url} "
            "and run again with --accept-licence.",
            EXIT_BAD_INPUT,
        )
    if request.target.exists():
        print(f"Already downloaded: {display_path(request.target)}")
        return EXIT_OK
    if request.partial.exists():
        print(f"Resuming the download of {request.target.name}…", file=sys.stderr)
    else:
        print(f"Downloading {request.target.name} from {request.url}", file=sys.stderr)
    download = Download(request, _print_progress)
    outcome = _run_pausable(download)
    _end_bar()
    if outcome is Outcome.PAUSED:
        print("Paused. Run the same command again to resume where it stopped.", file=sys.stderr)
        return 130
    print(f"Downloaded and verified: {display_path(request.target)}")
    return EXIT_OK


def _request_for(
    source: str, sha256: str, catalogue: list[CatalogueEntry], models_dir: Path
) -> tuple[DownloadRequest, CatalogueEntry | None]:
    for entry in catalogue:
        if source == entry.id:
            request = entry.download_request(models_dir)
            if sha256:
                request = DownloadRequest(request.url, request.target, sha256.lower(), request.size)
            return request, entry
    if source.startswith(("https://", "http://")):
        return DownloadRequest(source, models_dir / file_name_from_url(source), sha256.lower()), None
    ids = ", ".join(e.id for e in catalogue)
    raise CliError(f"'{source}' is neither a catalogue model ({ids}) nor an https:// link.", EXIT_BAD_INPUT)


def _run_pausable(download: Download) -> Outcome:
    """Run in a worker thread so Ctrl-C pauses cleanly (the part is kept for a resume)."""
    result: list[Outcome] = []
    failure: list[DownloadError] = []

    def work() -> None:
        try:
            result.append(download.run())
        except DownloadError as exc:
            failure.append(exc)

    def pause(_signum: int, _frame: FrameType | None) -> None:
        download.pause()

    previous = signal.signal(signal.SIGINT, pause)
    try:
        worker = threading.Thread(target=work, name="download")
        worker.start()
        while worker.is_alive():
            worker.join(0.2)
    finally:
        signal.signal(signal.SIGINT, previous)
    if failure:
        _end_bar()
        raise CliError(str(failure[0]), EXIT_MODEL)
    return result[0]


def _print_catalogue(catalogue: list[CatalogueEntry]) -> None:
    ram = total_ram_bytes()
    print(f"This computer: {format_bytes(ram)} RAM\n")
    for tier in sorted({e.laptop_gb for e in catalogue}):
        print(f"For {tier} GB laptops:")
        for entry in (e for e in catalogue if e.laptop_gb == tier):
            star = " (recommended)" if entry.recommended else ""
            approx = "" if entry.size_exact else "≈"
            print(f"  {entry.id:<24} {entry.name}{star}")
            print(f"  {'':<24} {approx}{format_bytes(entry.size_bytes)} download, needs ≈{format_bytes(entry.memory_need)}: "
                  f"{entry.fit(ram).value} here; licence {entry.licence}"
                  f"{' (needs acceptance)' if entry.needs_acceptance else ''}")  # fmt: skip
        print()
    print("Download one with: ownvoice-cli models download ID   (or a GGUF https:// link)")


def _print_progress(progress: Progress) -> None:
    _bar(progress.fraction, progress.describe())


def _bar(fraction: float, text: str, width: int = 28) -> None:
    filled = int(max(0.0, min(fraction, 1.0)) * width)
    line = f"\r[{'#' * filled}{'.' * (width - filled)}] {fraction * 100:5.1f}%  {text}"
    sys.stderr.write(line[:160].ljust(100))
    sys.stderr.flush()


def _end_bar() -> None:
    sys.stderr.write("\n")
    sys.stderr.flush()
