"""The Linux desktop entry and app icon, installed for the current user (`make install-desktop`).

The entry (resources/desktop/ownvoice.desktop) goes to `$XDG_DATA_HOME/applications`, the icon to
the hicolor theme under `$XDG_DATA_HOME/icons` (PNGs per size plus the scalable SVG), as the
freedesktop.org desktop entry and icon theme specifications lay out. The installed entry starts
the executable it was installed for (the built bundle or a checkout's virtualenv) by absolute path,
quoted by the Exec rules, so it works without OwnVoice on PATH.

    ownvoice --install-desktop-entry       (the built app: OwnVoice --install-desktop-entry)
    ownvoice --uninstall-desktop-entry
    python -m app.desktop_entry install --exec /path/to/OwnVoice
    python -m app.desktop_entry uninstall
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

INSTALL_FLAG = "--install-desktop-entry"
UNINSTALL_FLAG = "--uninstall-desktop-entry"
APP_ID = "ownvoice"  # the desktop file's name and Qt's desktopFileName (the Wayland app id)
ICON_NAME = "ownvoice"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # the hicolor sizes we ship PNGs for
SMALL_ICON_SIZE = 16  # drawn from its own SVG on the pixel grid

# Characters that make an Exec argument need quotes, and those escaped inside the quotes
# (Desktop Entry Specification, "The Exec key").
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = set('"`$\\')


def icon_png_name(size: int) -> str:
    return f"{ICON_NAME}-{size}.png"


def icon_svg_name(size: int | None = None) -> str:
    """The SVG a PNG of `size` is drawn from; None: the scalable icon."""
    return f"{ICON_NAME}-{SMALL_ICON_SIZE}.svg" if size == SMALL_ICON_SIZE else f"{ICON_NAME}.svg"


def icons_folder() -> Path:
    return Path(str(resources.files("resources") / "icons"))


def template_text() -> str:
    return (resources.files("resources") / "desktop" / f"{APP_ID}.desktop").read_text(encoding="utf-8")


def xdg_data_home(environ: Mapping[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    value = env.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):  # the spec says to ignore a relative path
        return Path(value)
    return Path(env.get("HOME") or Path.home()) / ".local" / "share"


def quote_exec_argument(argument: str) -> str:
    """One argument of an Exec line: quoted when needed, '%' doubled (a literal percent sign)."""
    argument = argument.replace("%", "%%")
    if argument and not _EXEC_RESERVED.intersection(argument):
        return argument
    return '"' + "".join("\\" + c if c in _EXEC_ESCAPED_IN_QUOTES else c for c in argument) + '"'


def escape_string_value(value: str) -> str:
    """A desktop entry string value: backslash and control characters escaped."""
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


def entry_for(executable: Path) -> str:
    """The desktop entry that starts `executable` (absolute) with the file the user opened."""
    path = str(executable.resolve())
    lines = []
    for line in template_text().splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + escape_string_value(quote_exec_argument(path)) + " %f"
        elif line.startswith("TryExec="):
            line = "TryExec=" + escape_string_value(path)
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(data_home: Path) -> list[Path]:
    """Every file `install` writes, the desktop entry first."""
    hicolor = data_home / "icons" / "hicolor"
    files = [data_home / "applications" / f"{APP_ID}.desktop"]
    files += [hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png" for size in ICON_SIZES]
    files.append(hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg")
    return files


def install(executable: Path, data_home: Path) -> list[Path]:
    if not executable.is_file() or not os.access(executable, os.X_OK):
        raise FileNotFoundError(f"{executable} is not an executable file: build or set up OwnVoice first.")
    entry, *pngs, svg = installed_files(data_home)
    sources = [icons_folder() / "png" / icon_png_name(size) for size in ICON_SIZES]
    for source, target in zip(sources, pngs, strict=True):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icons_folder() / icon_svg_name(), svg)
    entry.parent.mkdir(parents=True, exist_ok=True)
    entry.write_text(entry_for(executable), encoding="utf-8")
    _refresh_caches(data_home)
    return [entry, *pngs, svg]


def uninstall(data_home: Path) -> list[Path]:
    """Remove what `install` wrote (and nothing else); returns the files that were there."""
    removed = []
    for path in installed_files(data_home):
        if path.is_file():
            path.unlink()
            removed.append(path)
    _refresh_caches(data_home)
    return removed


def _refresh_caches(data_home: Path) -> None:
    """Menus and docks read caches; refresh them where the tools exist (nothing breaks without).
    The icon cache is rebuilt only where one exists: a new folder's changed time is enough for
    the desktop to look again, and a cache we made would go stale when other apps add icons."""
    hicolor = data_home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)
    commands = [["update-desktop-database", "-q", str(data_home / "applications")]]
    if (hicolor / "icon-theme.cache").is_file():
        commands.append(["gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor)])
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False, capture_output=True, timeout=60)


def this_executable() -> Path | None:
    """The program the user started: the frozen app itself, or an installation's `ownvoice`
    script; None when started some other way (`python -m ui.main`), which a menu cannot start."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable)
    started = Path(sys.argv[0])
    if started.suffix != ".py" and started.is_file() and os.access(started, os.X_OK):
        return started
    return None


def run_flag(flag: str) -> int:
    """`ownvoice --install-desktop-entry` / `--uninstall-desktop-entry`."""
    if flag == UNINSTALL_FLAG:
        return main(["uninstall"])
    executable = this_executable()
    if executable is None:
        print("error: start OwnVoice with its `ownvoice` command (or the built app) to add it to the menu", file=sys.stderr)
        return 1
    return main(["install", "--exec", str(executable)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.desktop_entry", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("install", help="install the desktop entry and icon for this user")
    add.add_argument("--exec", dest="executable", required=True, type=Path, help="the OwnVoice executable")
    sub.add_parser("uninstall", help="remove them again")
    args = parser.parse_args(argv)
    data_home = xdg_data_home()
    try:
        done = install(args.executable, data_home) if args.command == "install" else uninstall(data_home)
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    verb = "installed" if args.command == "install" else "removed"
    print(f"{verb} {len(done)} files under {data_home}")
    if args.command == "install":
        print(f"the menu entry starts {args.executable.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
