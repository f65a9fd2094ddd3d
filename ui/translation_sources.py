"""The translation sources: which files hold user-visible texts, and running pyside6-lupdate on them.

`python -m ui.translation_sources update` (make translations-update) refreshes
resources/translations/ownvoice_*.ts from the code; translate the new texts in Qt Linguist
(pyside6-linguist) or by hand, and tests/ui/test_translations.py fails while a Dutch one is missing.
ui/ marks its texts with tr() / QCoreApplication.translate(); app/ and models/ with
`models.messages.msg(context, template)`, which lupdate reads as QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
SOURCE_FOLDERS = ("ui", "app", "models")
LANGUAGES = ("nl", "en")
DOMAIN_MARKER = "msg"  # models.messages.msg


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"ownvoice_{language}.ts"


def source_files() -> list[Path]:
    return sorted(path for folder in SOURCE_FOLDERS for path in (ROOT / folder).rglob("*.py"))


def lupdate_program() -> str:
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    if not found:
        raise FileNotFoundError("pyside6-lupdate not found: run `make setup`")
    return found


def run_lupdate(ts_files: list[Path], language: str) -> str:
    """Merge the code's texts into these .ts files (dropping texts the code no longer has)."""
    files = [str(path.relative_to(ROOT)) for path in source_files()]
    command = [
        lupdate_program(),
        "-tr-function-alias", f"QT_TRANSLATE_NOOP+={DOMAIN_MARKER}",
        "-no-obsolete", "-locations", "none",
        "-source-language", "en", "-target-language", language,
        *files, "-ts", *[str(path) for path in ts_files],
    ]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return done.stdout + done.stderr


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        print(run_lupdate([ts_path(language)], language), end="")


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: python -m ui.translation_sources update")
    update()
