""""Delete all my data" from the app: the confirmation, what goes, and what a cancel leaves."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.library import Library
from app.paths import AppPaths
from app.secrets import SecretStore, service_for
from app.settings import Settings, SettingsStore
from app.wipe import WipeReport
from tests.app.library.helpers import OPTIONS
from tests.library_fixtures import clock, library, no_keyring  # noqa: F401 - fixtures
from ui.wipe import WipeConfirmDialog, confirm_and_wipe


@pytest.fixture
def user_data(ownvoice_home: AppPaths, library: Library) -> AppPaths:
    """A draft in the library, saved settings and a log file: what a real user has."""
    library.create_draft("Our Rotterdam line ships its first crate", OPTIONS)
    SettingsStore(ownvoice_home.settings_file).save(Settings(display_name="Sam"))
    ownvoice_home.log_dir.mkdir(parents=True, exist_ok=True)
    ownvoice_home.log_file.write_text("started\n", encoding="utf-8")
    return ownvoice_home


def run_wipe(
    paths: AppPaths, close_library: Callable[[], None], store: SecretStore, *, answer: bool
) -> tuple[WipeReport | None, list[WipeReport]]:
    shown: list[WipeReport] = []
    report = confirm_and_wipe(
        None, paths, close_library, lambda _paths: answer, show_result=shown.append, secret_store=store
    )
    return report, shown


def test_confirmed_wipe_closes_the_library_then_removes_database_settings_and_logs(
    user_data: AppPaths, library: Library, no_keyring: SecretStore
) -> None:
    events: list[str] = []

    def close_library() -> None:
        events.append("closed")
        library.close()

    report, shown = run_wipe(user_data, close_library, no_keyring, answer=True)

    assert events == ["closed"]
    assert report is not None and report.complete and shown == [report]
    assert not user_data.library_file.exists()
    assert not user_data.settings_file.exists()
    assert not user_data.log_file.exists()
    assert user_data.library_file in report.removed_files and user_data.settings_file in report.removed_files


def test_cancel_touches_nothing_and_keeps_the_library_open(
    user_data: AppPaths, library: Library, no_keyring: SecretStore
) -> None:
    report, shown = run_wipe(user_data, pytest.fail, no_keyring, answer=False)

    assert report is None and shown == []
    assert user_data.library_file.exists() and user_data.settings_file.exists() and user_data.log_file.exists()
    assert [d.title for d in library.list_drafts()] == ["Our Rotterdam line ships its first crate"]


def test_a_library_held_by_another_window_is_reported_and_nothing_is_deleted(
    user_data: AppPaths, no_keyring: SecretStore
) -> None:
    # The `library` fixture plays the other window: this one's close_library has nothing to close.
    report, shown = run_wipe(user_data, lambda: None, no_keyring, answer=True)

    assert report is not None and not report.complete and shown == [report]
    assert "already open in another OwnVoice window" in report.problems[0]
    assert user_data.library_file.exists() and user_data.settings_file.exists()


def test_the_confirmation_names_what_goes_and_needs_delete_typed(qtbot: QtBot, ownvoice_home: AppPaths) -> None:
    dialog = WipeConfirmDialog(ownvoice_home)
    qtbot.addWidget(dialog)
    dialog.show()

    details = dialog.details_label.text()
    for named in (ownvoice_home.library_file, ownvoice_home.settings_file, ownvoice_home.log_dir, ownvoice_home.models_dir):
        assert str(named) in details
    assert service_for(ownvoice_home) in details
    assert not dialog.delete_button.isEnabled()

    qtbot.keyClicks(dialog.confirm_edit, "delete")
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert not dialog.delete_button.isEnabled() and dialog.isVisible()

    dialog.confirm_edit.clear()
    qtbot.keyClicks(dialog.confirm_edit, "DELETE")
    assert dialog.delete_button.isEnabled()
    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Return)
    assert dialog.result() == WipeConfirmDialog.DialogCode.Accepted and not dialog.isVisible()


def test_escape_cancels_the_confirmation(qtbot: QtBot, ownvoice_home: AppPaths) -> None:
    dialog = WipeConfirmDialog(ownvoice_home)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.confirm_edit, "DELETE")

    qtbot.keyClick(dialog.confirm_edit, Qt.Key.Key_Escape)

    assert dialog.result() == WipeConfirmDialog.DialogCode.Rejected and not dialog.isVisible()
