"""`ownvoice-cli drafts …` and `save_draft_model` (rewrite --save), on the same encrypted library as the app."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.cli import main
from app.cli.common import CliError
from app.cli.drafts import save_draft_model
from app.draft.model import DraftModel
from app.options import PostOptions
from app.library import open_library
from app.library.schema import CURRENT_VERSION
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.damaging import PAGE, truncate, words, zero_bytes
from tests.app.library.helpers import OPTIONS, PASSPHRASE, REPO_ROOT, finish_child, raw_connect, read_line, start_child
from tests.app.library.keyring_env import real_secret_store  # noqa: F401 - fixture

STORY = "Acme opens a factory in Eindhoven\n\nIt runs on solar power."


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process has no keyring, like a bare Linux desktop."""
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "passphrase.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.fixture
def seeded(ownvoice_home: AppPaths, no_keyring: None) -> dict[str, int]:
    with open_library(ownvoice_home, PASSPHRASE) as library:
        factory = library.create_draft(STORY, OPTIONS, "SmolLM2", {"learned": "Solar lessons.", "team": "Go team."})
        library.mark_posted(factory.id)
        hiring = library.create_draft("We are hiring engineers", OPTIONS, "SmolLM2", {"team": "Join us."})
    return {"factory": factory.id, "hiring": hiring.id}


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal, with the lines a user would type."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Makes stdin a terminal; the test appends what getpass should return, in order."""
    answers: list[str] = []
    monkeypatch.setattr(sys, "stdin", _Terminal("delete\n"))
    monkeypatch.setattr("getpass.getpass", lambda prompt="": answers.pop(0))
    yield answers
    assert answers == [], "not every prepared answer was asked for"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- missing and locked libraries: exit 2 -----------------------------------------------------


def test_no_library_yet_is_exit_2_with_a_clear_message(no_keyring: None, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "drafts", "list")
    assert code == 2 and out == ""
    assert "There is no drafts library yet" in err


def test_a_locked_library_without_a_passphrase_is_exit_2(
    seeded: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "drafts", "list")
    assert code == 2
    assert "encrypted with the passphrase you chose" in err and "--passphrase-file FILE" in err


def test_a_wrong_passphrase_file_is_exit_2(
    seeded: dict[str, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    code, _, err = run(capsys, "drafts", "list", "--passphrase-file", str(wrong))
    assert code == 2 and "That passphrase does not open your drafts library" in err
    code, _, err = run(capsys, "drafts", "list", "--passphrase-file", str(tmp_path / "missing.txt"))
    assert code == 2 and "Cannot read the passphrase file" in err


@pytest.mark.keyring
def test_a_missing_keyring_key_is_exit_2(
    ownvoice_home: AppPaths, real_secret_store: SecretStore, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_library(ownvoice_home) as library:
        library.create_draft(STORY, OPTIONS)
    for name in real_secret_store.stored_names():
        real_secret_store.delete(name)
    code, _, err = run(capsys, "drafts", "list")
    assert code == 2 and "missing from the system keyring" in err


def test_a_newer_library_is_exit_2(
    seeded: dict[str, int], ownvoice_home: AppPaths, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = raw_connect(ownvoice_home.library_file)
    db.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    db.close()
    code, _, err = run(capsys, "drafts", "list", "--passphrase-file", str(passphrase_file))
    assert code == 2 and "newer OwnVoice" in err


# -- a damaged library: exit 2 with what to do, never a traceback ----------------------------


DAMAGE_ADVICE = ("is damaged", "OwnVoice has not changed the file", "ownvoice-cli drafts set-aside", "drafts import FILE")


@pytest.mark.parametrize("damage", ["cut short", "bytes changed mid-file", "first page"])
def test_a_damaged_library_is_exit_2_with_what_to_do(
    seeded: dict[str, int],
    ownvoice_home: AppPaths,
    passphrase_file: Path,
    capsys: pytest.CaptureFixture[str],
    damage: str,
) -> None:
    with open_library(ownvoice_home, PASSPHRASE) as library:  # enough pages for damage to land mid-file
        for n in range(30):
            library.create_draft(f"Filler {n} " + words(300, seed=n), OPTIONS)
    library_file = ownvoice_home.library_file
    pages = library_file.stat().st_size // PAGE
    if damage == "cut short":
        truncate(library_file, (pages // 2) * PAGE)
    elif damage == "bytes changed mid-file":
        zero_bytes(library_file, (pages // 2) * PAGE + 300)
    else:
        zero_bytes(library_file, 200)
    before = library_file.read_bytes()

    failed = 0
    commands = (["list"], ["export", "--format", "json"], ["show", str(seeded["factory"])], ["list", "--search", "solar"])
    for command in commands:
        code, _, err = run(capsys, "drafts", *command, "--passphrase-file", str(passphrase_file))
        if code == 0:
            continue  # this command never read the damaged page (reading what is sound is a rescue)
        failed += 1
        assert code == 2, err
        assert f"Your drafts library at {library_file}" in err
        for advice in DAMAGE_ADVICE:
            assert advice in err
    assert failed == len(commands) or damage == "bytes changed mid-file"
    assert library_file.read_bytes() == before


def test_set_aside_keeps_the_damaged_library_and_lets_a_new_one_start(
    seeded: dict[str, int], ownvoice_home: AppPaths, passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    zero_bytes(ownvoice_home.library_file, 200)
    damaged = ownvoice_home.library_file.read_bytes()
    code, _, err = run(capsys, "drafts", "set-aside")
    assert code == 2 and "without confirmation" in err and ownvoice_home.library_file.exists()

    code, out, _ = run(capsys, "drafts", "set-aside", "--yes")
    assert code == 0 and "ownvoice-cli drafts import FILE" in out
    kept = sorted(ownvoice_home.data_dir.glob("drafts.damaged-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    code, _, err = run(capsys, "drafts", "list", "--passphrase-file", str(passphrase_file))
    assert code == 2 and "There is no drafts library yet" in err


# -- list, show, export ----------------------------------------------------------------------


def test_list_shows_a_table_and_filters(
    seeded: dict[str, int], passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "drafts", "list", "--passphrase-file", str(passphrase_file))
    assert code == 0
    header, first, second = out.splitlines()
    assert header.split() == ["ID", "STATUS", "UPDATED", "TITLE"]
    assert first.split()[0] == str(seeded["hiring"]) and first.endswith("We are hiring engineers")
    assert "posted 20" in second and second.endswith("Acme opens a factory in Eindhoven")

    code, out, _ = run(capsys, "drafts", "list", "--status", "posted", "--passphrase-file", str(passphrase_file))
    assert [line.split()[0] for line in out.splitlines()[1:]] == [str(seeded["factory"])]

    code, out, _ = run(capsys, "drafts", "list", "--search", "sol", "--passphrase-file", str(passphrase_file))
    lines = out.splitlines()
    assert lines[1].split()[0] == str(seeded["factory"]) and "**solar**" in lines[2].lower()

    code, out, _ = run(capsys, "drafts", "list", "--search", "nothing-like-this", "--passphrase-file", str(passphrase_file))
    assert out == "No drafts found.\n"


def test_list_json(seeded: dict[str, int], passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "drafts", "list", "--json", "--passphrase-file", str(passphrase_file))
    rows = json.loads(out)
    assert code == 0 and [r["id"] for r in rows] == [seeded["hiring"], seeded["factory"]]
    assert rows[1]["status"] == "posted" and rows[1]["posted_at"] and rows[1]["cards"] == 2


def test_show_prints_markdown_or_json(
    seeded: dict[str, int], passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "drafts", "show", str(seeded["factory"]), "--passphrase-file", str(passphrase_file))
    assert code == 0 and out.startswith("# Acme opens a factory in Eindhoven\n")
    assert "### learned\n\nSolar lessons." in out

    code, out, _ = run(capsys, "drafts", "show", str(seeded["factory"]), "--json", "--passphrase-file", str(passphrase_file))
    (draft,) = json.loads(out)["drafts"]
    assert draft["cards"][0]["versions"][0]["source"] == "generated"

    code, _, err = run(capsys, "drafts", "show", "999", "--passphrase-file", str(passphrase_file))
    assert code == 2 and "There is no draft 999" in err


def test_export_to_a_file_then_import_elsewhere_round_trips(
    seeded: dict[str, int],
    passphrase_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = tmp_path / "backup.json"
    code, out, err = run(
        capsys, "drafts", "export", "--format", "json", "--out", str(backup), "--passphrase-file", str(passphrase_file)
    )
    assert code == 0 and out == "" and "not encrypted" in err
    assert len(json.loads(backup.read_text())["drafts"]) == 2

    monkeypatch.setenv("OWNVOICE_HOME", str(tmp_path / "new-laptop"))
    code, out, _ = run(capsys, "drafts", "import", str(backup), "--passphrase-file", str(passphrase_file))
    assert code == 0 and out == "Imported 2 drafts.\n"
    code, out, _ = run(capsys, "drafts", "import", str(backup), "--passphrase-file", str(passphrase_file))
    assert out == "Imported 0 drafts. 2 drafts already in your library, left unchanged.\n"
    code, out, _ = run(capsys, "drafts", "export", "--passphrase-file", str(passphrase_file))
    assert "# We are hiring engineers" in out and "# Acme opens a factory" in out


def test_export_chosen_drafts_as_markdown(
    seeded: dict[str, int], passphrase_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "drafts", "export", str(seeded["hiring"]), "--passphrase-file", str(passphrase_file))
    assert code == 0 and out.startswith("# We are hiring engineers") and "Acme" not in out


@pytest.mark.parametrize(
    ("content", "message"),
    [('{"format": "other"}', "not an OwnVoice drafts export"), (None, "does not exist")],
)
def test_import_problems_are_exit_2(
    seeded: dict[str, int],
    passphrase_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | None,
    message: str,
) -> None:
    path = tmp_path / "in.json"
    if content is not None:
        path.write_text(content)
    code, _, err = run(capsys, "drafts", "import", str(path), "--passphrase-file", str(passphrase_file))
    assert code == 2 and message in err


# -- prompting in a terminal -------------------------------------------------------------------


def test_in_a_terminal_the_passphrase_is_asked_for_with_retries(
    seeded: dict[str, int], terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    terminal += ["wrong one", PASSPHRASE]
    code, out, err = run(capsys, "drafts", "list")
    assert code == 0 and "We are hiring engineers" in out
    assert "Enter it to open them" in err and "does not open your drafts library" in err


def test_a_new_library_in_a_terminal_asks_to_choose_a_passphrase_twice(
    no_keyring: None, terminal: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "empty.json"
    backup.write_text('{"format": "ownvoice-drafts", "version": 1, "drafts": []}')
    terminal += ["short", "short", "long enough now", "long enough now"]
    code, out, err = run(capsys, "drafts", "import", str(backup))
    assert code == 0 and out == "Imported 0 drafts.\n"
    assert "Choose a passphrase" in err and "at least 8 characters" in err


def test_two_different_new_passphrases_create_nothing(
    no_keyring: None, terminal: list[str], tmp_path: Path, ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    backup = tmp_path / "empty.json"
    backup.write_text('{"format": "ownvoice-drafts", "version": 1, "drafts": []}')
    terminal += ["first passphrase", "second passphrase"]
    code, _, err = run(capsys, "drafts", "import", str(backup))
    assert code == 2 and "differ" in err
    assert not ownvoice_home.library_file.exists()


# -- wipe ------------------------------------------------------------------------------------


def test_wipe_without_a_terminal_needs_yes(
    seeded: dict[str, int], ownvoice_home: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "drafts", "wipe")
    assert code == 2 and "--yes" in err and ownvoice_home.library_file.exists()
    code, out, _ = run(capsys, "drafts", "wipe", "--yes")
    assert code == 0 and out.startswith("Deleted ")
    assert not ownvoice_home.library_file.exists()


def test_wipe_in_a_terminal_asks_to_type_delete(
    seeded: dict[str, int], ownvoice_home: AppPaths, terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "drafts", "wipe")  # the terminal "types" delete
    assert code == 0 and "cannot be undone" in err
    assert not ownvoice_home.library_file.exists()


def test_wipe_in_a_terminal_keeps_everything_unless_confirmed(
    seeded: dict[str, int], ownvoice_home: AppPaths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", _Terminal("no\n"))
    code, _, err = run(capsys, "drafts", "wipe")
    assert code == 2 and "Nothing was deleted" in err
    assert ownvoice_home.library_file.exists()


# -- with the app open ------------------------------------------------------------------------


def test_while_the_app_has_the_library_reading_works_and_writing_is_refused(
    ownvoice_home: AppPaths, passphrase_file: Path, tmp_path: Path, no_keyring: None, capsys: pytest.CaptureFixture[str]
) -> None:
    app = start_child("hold", ownvoice_home.data_dir.parent)
    try:
        read_line(app)
        assert read_line(app) == "ready"
        code, out, _ = run(capsys, "drafts", "list", "--passphrase-file", str(passphrase_file))
        assert code == 0 and "Kill test story" in out
        backup = tmp_path / "b.json"
        backup.write_text('{"format": "ownvoice-drafts", "version": 1, "drafts": []}')
        code, _, err = run(capsys, "drafts", "import", str(backup), "--passphrase-file", str(passphrase_file))
        assert code == 2 and "already open in another OwnVoice window" in err
        code, _, err = run(capsys, "drafts", "wipe", "--yes")
        assert code == 2 and "already open" in err
    finally:
        assert finish_child(app) == 0


# -- rewrite --save -----------------------------------------------------------------------------


def generated(story: str, options: PostOptions, model_name: str, posts: dict[str, str]) -> DraftModel:
    """A draft model as a finished rewrite leaves it: one generated card per angle."""
    model = DraftModel()
    model.set_story(story)
    model.set_options(options)
    model.set_model_name(model_name)
    plans = model.plan_generation(list(posts))
    model.begin_job(1, plans)
    for plan in plans:
        model.task_started(1, plan.key)
        model.task_finished(1, plan.key, posts[plan.angle], cancelled=False)
    model.job_finished(1, cancelled=False)
    return model


def test_save_draft_model_stores_a_new_draft(ownvoice_home: AppPaths, no_keyring: None) -> None:
    posts = {"learned": "What I learned.", "team": "Proud of the team."}
    draft_id = save_draft_model(ownvoice_home, generated(STORY, OPTIONS, "SmolLM2", posts), passphrase=PASSPHRASE)

    with open_library(ownvoice_home, PASSPHRASE) as library:
        draft = library.get_draft(draft_id)
    assert (draft.story, draft.options, draft.model) == (STORY, OPTIONS, "SmolLM2")
    assert {c.angle: c.text for c in draft.cards} == posts


def test_save_draft_model_without_a_way_to_unlock_is_exit_2(ownvoice_home: AppPaths, no_keyring: None) -> None:
    with pytest.raises(CliError) as caught:
        save_draft_model(ownvoice_home, generated(STORY, OPTIONS, "m", {"team": "x"}))
    assert caught.value.exit_code == 2 and "Choose a passphrase" in str(caught.value)


@pytest.mark.keyring
def test_with_a_keyring_no_passphrase_is_ever_needed(
    ownvoice_home: AppPaths, real_secret_store: SecretStore, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_id = save_draft_model(ownvoice_home, generated(STORY, OPTIONS, "m", {"team": "Go team."}))
    code, out, _ = run(capsys, "drafts", "show", str(draft_id))
    assert code == 0 and "Go team." in out
    assert real_secret_store.stored_names()  # the library key went to this home's keyring service


# -- the real entry point ------------------------------------------------------------------------


def test_the_installed_entry_point_exits_2_for_a_missing_library(ownvoice_home: AppPaths) -> None:
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "drafts", "list"], cwd=REPO_ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 2
    assert "There is no drafts library yet" in result.stderr


def test_three_wrong_passphrases_in_a_terminal_give_up_with_exit_2(
    seeded: dict[str, int], terminal: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    terminal += ["wrong 1", "wrong 2", "wrong 3"]
    code, _, err = run(capsys, "drafts", "list")
    assert code == 2 and err.count("does not open your drafts library") == 3
