"""The Drafts dialog on a real encrypted library: search, filter, delete/undo, status, export, import."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.library import HIGHLIGHT_END, HIGHLIGHT_START, DraftStatus, Library, open_library
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import OPTIONS, PASSPHRASE, FakeClock
from tests.library_fixtures import clock, library, no_keyring  # noqa: F401 - fixtures
from ui.drafts_view import DraftsDialog, snippet_html
from ui.message_bridge import MessageBridge
from ui.ops import LibraryOps

DialogFactory = Callable[..., DraftsDialog]
ROTTERDAM = "Our Rotterdam line ships its first crate"
SOLAR = "A solar park in Zeeland powers 4,000 homes"


@pytest.fixture
def drafts(library: Library, clock: FakeClock) -> dict[str, int]:
    """Two drafts; "welders" appears only in a post of the first one."""
    rotterdam = library.create_draft(ROTTERDAM, OPTIONS, "smol", {"learned": "The welders sang while they packed it."})
    clock.advance(minutes=5)
    solar = library.create_draft(SOLAR, OPTIONS, "smol", {"team": "Panels, panels everywhere.", "learned": "Sun works."})
    return {ROTTERDAM: rotterdam.id, SOLAR: solar.id}


@pytest.fixture
def make_dialog(qtbot: QtBot, library: Library) -> Iterator[DialogFactory]:
    made: list[LibraryOps] = []

    def factory(lib: Library = library, **kwargs: object) -> DraftsDialog:
        ops = LibraryOps(MessageBridge())
        ops.library = lib
        made.append(ops)
        dialog = DraftsDialog(ops, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        settle(dialog)
        return dialog

    yield factory
    for ops in made:
        ops.runner.shutdown()


def settle(dialog: DraftsDialog) -> None:
    """Let the library work the dialog asked for finish, and its results show."""
    for _ in range(3):  # a change's result may ask for a fresh list
        dialog.ops.drain()


def focus(qtbot: QtBot, dialog: DraftsDialog, widget: QWidget) -> None:
    """Keyboard shortcuts only reach an active window."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    widget.setFocus()


def titles(dialog: DraftsDialog) -> list[str]:
    return [dialog.model.summary(row).title for row in range(dialog.model.rowCount())]


def test_search_finds_a_draft_by_a_word_in_one_of_its_posts(
    qtbot: QtBot, make_dialog: DialogFactory, drafts: dict[str, int]
) -> None:
    dialog = make_dialog()
    assert titles(dialog) == [SOLAR, ROTTERDAM]  # newest change first

    qtbot.keyClicks(dialog.search_edit, "welders")
    qtbot.waitUntil(lambda: titles(dialog) == [ROTTERDAM])

    snippet = dialog.model.summary(0).snippet
    assert f"{HIGHLIGHT_START}welders{HIGHLIGHT_END}" in snippet
    accessible = dialog.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert ROTTERDAM in accessible and "1 post" in accessible


def test_a_search_without_matches_says_so(qtbot: QtBot, make_dialog: DialogFactory, drafts: dict[str, int]) -> None:
    dialog = make_dialog()
    qtbot.keyClicks(dialog.search_edit, "zebra")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert "No drafts match “zebra”" in dialog.empty_label.text()
    assert dialog.empty_label.isVisible() and not dialog.open_button.isEnabled()


def test_searching_runs_off_the_gui_thread(
    qtbot: QtBot, make_dialog: DialogFactory, library: Library, drafts: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    searched_on: list[str] = []
    real = library.list_drafts

    def list_drafts(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        searched_on.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library, "list_drafts", list_drafts)
    dialog = make_dialog()
    qtbot.keyClicks(dialog.search_edit, "welders")
    qtbot.waitUntil(lambda: titles(dialog) == [ROTTERDAM])
    assert searched_on and threading.main_thread().name not in searched_on


def test_snippets_are_escaped_before_the_hits_are_highlighted() -> None:
    snippet = f"<script>alert(1)</script> the {HIGHLIGHT_START}crate{HIGHLIGHT_END} & more"
    rendered = snippet_html(snippet, "font-weight: 600")
    assert rendered == '&lt;script&gt;alert(1)&lt;/script&gt; the <span style="font-weight: 600">crate</span> &amp; more'


def test_the_status_filter_shows_only_drafts_with_that_status(
    make_dialog: DialogFactory, library: Library, drafts: dict[str, int]
) -> None:
    library.mark_posted(drafts[SOLAR])
    dialog = make_dialog()

    dialog.set_status_filter(DraftStatus.POSTED)
    settle(dialog)
    assert titles(dialog) == [SOLAR]
    dialog.set_status_filter(DraftStatus.DRAFT)
    settle(dialog)
    assert titles(dialog) == [ROTTERDAM]
    dialog.set_status_filter(DraftStatus.ARCHIVED)
    settle(dialog)
    assert titles(dialog) == [] and dialog.empty_label.text() == "No drafts with this status."
    dialog.set_status_filter(None)
    settle(dialog)
    assert titles(dialog) == [SOLAR, ROTTERDAM]


def test_mark_as_posted_shows_the_date(make_dialog: DialogFactory, drafts: dict[str, int]) -> None:
    dialog = make_dialog()
    assert dialog.select_draft(drafts[ROTTERDAM])

    dialog.mark_posted_action.trigger()
    settle(dialog)

    summary = dialog.selected_summary()
    assert summary is not None and summary.status is DraftStatus.POSTED
    day = QLocale().toString(QDate(2026, 3, 2), "d MMM yyyy")  # the fake clock's day
    assert dialog.model.status_text(summary) == f"Posted {day}"
    dialog.mark_draft_action.trigger()
    settle(dialog)
    assert dialog.model.status_text(dialog.selected_summary()) == "Draft"  # type: ignore[arg-type]
    dialog.archive_action.trigger()
    settle(dialog)
    assert dialog.model.status_text(dialog.selected_summary()) == "Archived"  # type: ignore[arg-type]


def test_delete_then_undo_brings_the_draft_back(
    qtbot: QtBot, make_dialog: DialogFactory, library: Library, drafts: dict[str, int]
) -> None:
    dialog = make_dialog()
    dialog.select_draft(drafts[SOLAR])
    focus(qtbot, dialog, dialog.list_view)

    qtbot.keyClick(dialog.list_view, Qt.Key.Key_Delete)
    assert titles(dialog) == [ROTTERDAM]  # gone from the list at once
    settle(dialog)

    assert titles(dialog) == [ROTTERDAM]
    assert dialog.undo_bar.isVisible() and f"Deleted “{SOLAR}”" in dialog.undo_bar.label.text()
    assert [d.id for d in library.list_drafts(deleted=True)] == [drafts[SOLAR]]

    with qtbot.assertNotEmitted(dialog.draftsPurged):
        qtbot.mouseClick(dialog.undo_bar.undo_button, Qt.MouseButton.LeftButton)
        settle(dialog)
        dialog.reject()  # closing afterwards has nothing left to purge
        settle(dialog)

    assert titles(dialog) == [SOLAR, ROTTERDAM] and dialog.selected_id() == drafts[SOLAR]
    assert not dialog.undo_bar.isVisible()
    assert library.list_drafts(deleted=True) == []


def test_a_delete_becomes_final_when_the_undo_bar_times_out(
    qtbot: QtBot, make_dialog: DialogFactory, library: Library, drafts: dict[str, int]
) -> None:
    dialog = make_dialog(undo_timeout_ms=50)
    dialog.select_draft(drafts[ROTTERDAM])

    with qtbot.waitSignal(dialog.draftsPurged, timeout=5000) as purged:
        dialog.delete_button.click()

    settle(dialog)
    assert purged.args == [[drafts[ROTTERDAM]]]
    assert not dialog.undo_bar.isVisible()
    assert library.list_drafts(deleted=True) == [] and [d.title for d in library.list_drafts()] == [SOLAR]


def test_closing_the_dialog_makes_pending_deletes_final(
    qtbot: QtBot, make_dialog: DialogFactory, library: Library, drafts: dict[str, int]
) -> None:
    dialog = make_dialog()
    dialog.select_draft(drafts[ROTTERDAM])
    dialog.delete_selected()
    settle(dialog)
    dialog.delete_selected()  # the next one moved into its place
    settle(dialog)
    assert dialog.undo_bar.label.text() == "Deleted 2 drafts."

    with qtbot.waitSignal(dialog.draftsPurged) as purged:
        dialog.reject()

    assert sorted(purged.args[0]) == sorted(drafts.values())
    assert library.list_drafts() == [] and library.list_drafts(deleted=True) == []


def test_duplicate_selects_the_copy(make_dialog: DialogFactory, library: Library, drafts: dict[str, int]) -> None:
    dialog = make_dialog()
    dialog.select_draft(drafts[ROTTERDAM])

    dialog.duplicate_button.click()
    settle(dialog)

    assert titles(dialog).count(ROTTERDAM) == 2
    copy_id = dialog.selected_id()
    assert copy_id not in drafts.values()
    assert library.get_draft(copy_id).cards[0].text == "The welders sang while they packed it."  # type: ignore[arg-type]


def test_enter_opens_the_selected_draft_and_closes(
    qtbot: QtBot, make_dialog: DialogFactory, drafts: dict[str, int]
) -> None:
    dialog = make_dialog()
    dialog.select_draft(drafts[ROTTERDAM])
    dialog.list_view.setFocus()

    with qtbot.waitSignal(dialog.openRequested) as opened:
        qtbot.keyClick(dialog.list_view, Qt.Key.Key_Return)

    assert opened.args == [drafts[ROTTERDAM]]
    assert not dialog.isVisible()


def test_ctrl_f_focuses_the_search_field(qtbot: QtBot, make_dialog: DialogFactory, drafts: dict[str, int]) -> None:
    dialog = make_dialog()
    focus(qtbot, dialog, dialog.list_view)

    qtbot.keyClick(dialog.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    assert dialog.focusWidget() is dialog.search_edit


def test_export_all_as_json_and_import_it_back(
    tmp_path: Path, make_dialog: DialogFactory, library: Library, drafts: dict[str, int]
) -> None:
    chosen: list[tuple[str, Path, str]] = []

    def save_path(title: str, suggested: Path, name_filter: str) -> Path:
        chosen.append((title, suggested, name_filter))
        return tmp_path / "backup"  # no suffix typed: the format's is added

    dialog = make_dialog(save_path=save_path, open_path=lambda _title, _filter: tmp_path / "backup.json")

    written = dialog.export_drafts("json", selected_only=False)
    settle(dialog)

    assert written is not None and written == tmp_path / "backup.json"
    assert chosen[0][1].name == "ownvoice-drafts-" + QDate.currentDate().toString("yyyy-MM-dd") + ".json"
    assert len(json.loads(written.read_text(encoding="utf-8"))["drafts"]) == 2
    assert "not encrypted" in dialog.banner.text

    for draft_id in drafts.values():
        library.delete_draft(draft_id)
    library.purge_deleted()
    dialog.refresh()
    settle(dialog)
    assert titles(dialog) == []

    dialog.import_button.click()
    settle(dialog)

    assert dialog.banner.text == "Imported 2 drafts."
    assert sorted(titles(dialog)) == sorted([ROTTERDAM, SOLAR])


def test_export_one_draft_as_markdown(tmp_path: Path, make_dialog: DialogFactory, drafts: dict[str, int]) -> None:
    suggested: list[Path] = []

    def save_path(_title: str, path: Path, _filter: str) -> Path:
        suggested.append(path)
        return tmp_path / path.name

    dialog = make_dialog(save_path=save_path)
    dialog.select_draft(drafts[ROTTERDAM])

    dialog.export_selected_md_action.trigger()
    settle(dialog)

    assert suggested[0].name == "our-rotterdam-line-ships-its-first-crate.md"
    text = (tmp_path / suggested[0].name).read_text(encoding="utf-8")
    assert ROTTERDAM in text and "The welders sang while they packed it." in text and SOLAR not in text


def test_an_export_that_cannot_be_written_says_so_inline(
    tmp_path: Path, make_dialog: DialogFactory, drafts: dict[str, int]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    dialog = make_dialog(save_path=lambda *_: blocker / "export.md")

    assert dialog.export_drafts("md", selected_only=False) == blocker / "export.md"
    settle(dialog)

    assert dialog.banner.level == "error" and "Could not write" in dialog.banner.text
    assert dialog.isVisible()


def test_importing_a_file_that_is_no_export_changes_nothing(
    tmp_path: Path, make_dialog: DialogFactory, drafts: dict[str, int]
) -> None:
    bogus = tmp_path / "notes.json"
    bogus.write_text('{"hello": "world"}', encoding="utf-8")
    dialog = make_dialog(open_path=lambda *_: bogus)

    dialog.import_from_file()
    settle(dialog)

    assert dialog.banner.level == "error" and dialog.banner.text
    assert len(titles(dialog)) == 2


def test_importing_a_fifo_is_refused_without_blocking_the_library_thread(
    tmp_path: Path, make_dialog: DialogFactory, drafts: dict[str, int]
) -> None:
    """Opened for reading, a FIFO waits for a writer forever: the library thread would hang for good."""
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    dialog = make_dialog(open_path=lambda *_: fifo)

    dialog.import_from_file()
    settle(dialog)

    assert dialog.banner.level == "error" and "not a regular file" in dialog.banner.text
    assert len(titles(dialog)) == 2


def test_a_read_only_library_disables_changes_and_says_why(
    make_dialog: DialogFactory, ownvoice_home: AppPaths, no_keyring: SecretStore, drafts: dict[str, int]
) -> None:
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, allow_read_only=True) as reader:
        dialog = make_dialog(reader)

        assert titles(dialog) == [SOLAR, ROTTERDAM]
        assert "another OwnVoice window" in dialog.read_only_banner.text
        assert dialog.open_button.isEnabled() and dialog.export_button.isEnabled()
        for button in (dialog.duplicate_button, dialog.delete_button, dialog.status_button, dialog.import_button):
            assert not button.isEnabled()
        dialog.delete_selected()  # the Delete key does nothing either
        settle(dialog)
        assert len(titles(dialog)) == 2 and not dialog.undo_bar.isVisible()
        dialog.close()
