"""The Linux desktop entry: valid by freedesktop's own validator, starting the right executable
whatever its path holds, and installed and removed without touching anything else."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app.desktop_entry import (
    APP_ID,
    ICON_NAME,
    ICON_SIZES,
    entry_for,
    install,
    installed_files,
    quote_exec_argument,
    template_text,
    uninstall,
    xdg_data_home,
)

VALIDATOR = shutil.which("desktop-file-validate")
needs_validator = pytest.mark.skipif(
    VALIDATOR is None, reason="desktop-file-validate is not installed (Debian: desktop-file-utils; .ci/run installs it)"
)


def validate(path: Path) -> str:
    assert VALIDATOR is not None
    result = subprocess.run([VALIDATOR, str(path)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout + result.stderr


def fake_executable(folder: Path, name: str = "OwnVoice") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def entry_keys(text: str) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def exec_arguments(exec_value: str) -> list[str]:
    """How a launcher reads an Exec value: the string escapes first, then the Exec quoting rules
    (inside double quotes a backslash escapes " ` $ and itself), then "%%" is a literal percent."""
    text = exec_value.replace("\\\\", "\x00").replace("\\n", "\n").replace("\x00", "\\")
    arguments: list[str] = []
    current, quoted, index = "", False, 0
    while index < len(text):
        char = text[index]
        if quoted and char == "\\" and text[index + 1 : index + 2] in ('"', "`", "$", "\\"):
            current, index = current + text[index + 1], index + 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments.append(current)
            current = ""
        else:
            current += char
        index += 1
    arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments if argument]


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@needs_validator
def test_the_template_is_a_valid_desktop_entry(tmp_path: Path) -> None:
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(template_text(), encoding="utf-8")
    assert validate(path).strip() == ""  # no hints either


def test_the_template_names_what_the_app_and_installer_use() -> None:
    keys = entry_keys(template_text())
    assert keys["Icon"] == ICON_NAME  # the name the icon is installed under
    assert keys["StartupWMClass"] == "OwnVoice"  # Qt's WM_CLASS class: the application name
    assert keys["Exec"].endswith(" %f")  # the app opens one story file
    assert "Office;" in keys["Categories"] and keys["Terminal"] == "false"
    assert keys["Comment[nl]"] and keys["GenericName[nl]"]  # the first users are Dutch


@needs_validator
@pytest.mark.parametrize("folder", ["plain", "with space", "it's $HOME \"quoted\" 100%", "back\\slash`tick"])
def test_the_installed_entry_is_valid_and_starts_exactly_that_executable(tmp_path: Path, folder: str) -> None:
    executable = fake_executable(tmp_path / folder)
    data_home = tmp_path / "share"
    install(executable, data_home)
    entry = data_home / "applications" / f"{APP_ID}.desktop"
    validate(entry)
    keys = entry_keys(entry.read_text(encoding="utf-8"))
    assert exec_arguments(keys["Exec"]) == [str(executable.resolve()), "%f"]
    assert keys["TryExec"].replace("\\\\", "\\") == str(executable.resolve())


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/opt/OwnVoice/OwnVoice", "/opt/OwnVoice/OwnVoice"),
        ("/home/an b/OwnVoice", '"/home/an b/OwnVoice"'),
        ('/x/"$`\\', '"/x/\\"\\$\\`\\\\"'),
        ("/x/100%", "/x/100%%"),
    ],
)
def test_exec_arguments_are_quoted_by_the_spec(argument: str, quoted: str) -> None:
    assert quote_exec_argument(argument) == quoted


def test_install_puts_every_icon_size_in_the_hicolor_theme(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    written = install(fake_executable(tmp_path / "app"), data_home)
    assert written == installed_files(data_home)
    hicolor = data_home / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png") == (size, size)
    assert (hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg").read_text(encoding="utf-8").startswith("<svg")


def test_uninstall_removes_what_install_wrote_and_nothing_else(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    neighbour = data_home / "applications" / "other.desktop"
    other_icon = data_home / "icons" / "hicolor" / "48x48" / "apps" / "other.png"
    for path in (neighbour, other_icon):
        path.parent.mkdir(parents=True)
        path.write_text("not ours", encoding="utf-8")
    written = install(fake_executable(tmp_path / "app"), data_home)
    assert sorted(uninstall(data_home)) == sorted(written)
    assert not any(path.exists() for path in written)
    assert neighbour.read_text(encoding="utf-8") == other_icon.read_text(encoding="utf-8") == "not ours"
    assert uninstall(data_home) == []  # twice is harmless


def test_install_refuses_a_missing_or_non_executable_file(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    not_executable = tmp_path / "OwnVoice"
    not_executable.write_text("", encoding="utf-8")
    for executable in (tmp_path / "missing", not_executable):
        with pytest.raises(FileNotFoundError, match="build or set up OwnVoice first"):
            install(executable, data_home)
    assert not data_home.exists()


def test_the_data_home_follows_xdg_and_ignores_a_relative_value(tmp_path: Path) -> None:
    assert xdg_data_home({"XDG_DATA_HOME": str(tmp_path), "HOME": "/home/x"}) == tmp_path
    assert xdg_data_home({"XDG_DATA_HOME": "relative/share", "HOME": "/home/x"}) == Path("/home/x/.local/share")
    assert xdg_data_home({"HOME": "/home/x"}) == Path("/home/x/.local/share")


def test_the_command_line_installs_and_removes(tmp_path: Path) -> None:
    executable = fake_executable(tmp_path / "app")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "app.desktop_entry", *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)

    installed = run("install", "--exec", str(executable))
    assert installed.returncode == 0, installed.stderr
    assert (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    removed = run("uninstall")
    assert removed.returncode == 0 and f"removed {len(installed_files(tmp_path))} files" in removed.stdout
    refused = run("install", "--exec", str(tmp_path / "nowhere"))
    assert refused.returncode == 1 and "build or set up OwnVoice first" in refused.stderr


def test_the_ownvoice_command_adds_itself_to_the_menu_and_removes_it(tmp_path: Path) -> None:
    command = Path(sys.executable).parent / "ownvoice"  # the script `make setup` installs
    if not command.is_file():
        pytest.skip("no `ownvoice` script next to this Python (not a `make setup` virtualenv)")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "QT_QPA_PLATFORM": "offscreen"}
    added = subprocess.run([str(command), "--install-desktop-entry"], capture_output=True, text=True, env=env, timeout=60)
    assert added.returncode == 0, added.stderr
    entry = tmp_path / "share" / "applications" / f"{APP_ID}.desktop"
    assert exec_arguments(entry_keys(entry.read_text(encoding="utf-8"))["Exec"]) == [str(command.resolve()), "%f"]
    removed = subprocess.run([str(command), "--uninstall-desktop-entry"], capture_output=True, text=True, env=env, timeout=60)
    assert removed.returncode == 0 and not entry.exists()


def test_a_menu_entry_cannot_point_at_a_python_module(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "--install-desktop-entry"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 1 and "start OwnVoice with its `ownvoice` command" in result.stderr
    assert not (tmp_path / "share").exists()


def test_install_leaves_no_icon_cache_of_its_own(tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    install(fake_executable(tmp_path / "app"), data_home)
    uninstall(data_home)
    assert not (data_home / "icons" / "hicolor" / "icon-theme.cache").exists()
