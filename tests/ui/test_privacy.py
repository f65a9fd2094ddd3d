"""Nothing the user writes, and nothing written for them, reaches a file outside the encrypted
library: not the logs, the settings, temporary files, caches or crash files. Only an export,
which the user chose to make, holds it in plain text.

A full round of work in the real app (a child process whose home, XDG folders and temp folder all
live in one sandbox): a story, personal notes and company guidelines; Generate (scripted model);
an edit; Keep; the history (restoring a version); Copy; an export as JSON and Markdown; closing.
Then every file in the sandbox is searched for each piece of text, in UTF-8 and UTF-16.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.library import open_library
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import PASSPHRASE, REPO_ROOT
from tests.library_fixtures import no_keyring  # noqa: F401 - fixture

# Made-up words that appear nowhere else, one per kind of private text.
STORY = "Northwind quietly buys Blauwkraai Logistics; the deal closes on Friday."
NOTES = "I negotiated with Marrowind Partners for months."
REPLY = "Proud of the team behind the Zephyrine deal. #logistics"
EDIT = "Proud of the team. The Quillback terminal is next."
GUIDELINES = 'forbidden_terms = ["Gravelock"]\n'
SECRETS = ("Blauwkraai", "Marrowind", "Zephyrine", "Quillback", "Gravelock")


def occurrences(path: Path) -> list[str]:
    data = path.read_bytes()
    return [secret for secret in SECRETS for codec in ("utf-8", "utf-16-le", "utf-16-be") if secret.encode(codec) in data]


def test_no_draft_text_reaches_any_file_outside_the_encrypted_library(tmp_path: Path, no_keyring: SecretStore) -> None:
    sandbox = tmp_path / "sandbox"
    folders = {name: sandbox / name for name in ("home", "config", "cache", "data", "state", "tmp", "runtime", "ownvoice")}
    for folder in folders.values():
        folder.mkdir(parents=True, mode=0o700)
    export = folders["home"] / "Documents" / "my-drafts.json"
    export.parent.mkdir()
    env = dict(
        os.environ,
        HOME=str(folders["home"]),
        XDG_CONFIG_HOME=str(folders["config"]),
        XDG_CACHE_HOME=str(folders["cache"]),
        XDG_DATA_HOME=str(folders["data"]),
        XDG_STATE_HOME=str(folders["state"]),
        XDG_RUNTIME_DIR=str(folders["runtime"]),
        TMPDIR=str(folders["tmp"]),
        OWNVOICE_HOME=str(folders["ownvoice"]),
        OWNVOICE_TEST_PASSPHRASE=PASSPHRASE,
        OWNVOICE_TEST_ACTION="full-round",
        OWNVOICE_TEST_STORY=STORY,
        OWNVOICE_TEST_NOTES=NOTES,
        OWNVOICE_TEST_REPLY=REPLY,
        OWNVOICE_TEST_EDIT=EDIT,
        OWNVOICE_TEST_GUIDELINES=GUIDELINES,
        OWNVOICE_TEST_EXPORT=str(export),
    )
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.app_child"], cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stderr
    assert 'state "round done"' in result.stdout

    # The round really happened: the library and the export hold every piece of text.
    paths = AppPaths.under(folders["ownvoice"])
    with open_library(paths, PASSPHRASE, secret_store=no_keyring) as library:
        everything = library.export_json()
    assert all(secret in everything for secret in ("Blauwkraai", "Marrowind", "Zephyrine", "Quillback"))
    assert set(occurrences(export)) >= {"Blauwkraai", "Zephyrine", "Quillback"}

    chosen = {export, export.with_suffix(".md")}
    files = [path for path in sandbox.rglob("*") if path.is_file() and path not in chosen]
    assert paths.log_file in files and paths.settings_file in files and paths.library_file in files
    leaks = {str(path.relative_to(sandbox)): found for path in files if (found := occurrences(path))}
    assert leaks == {}
