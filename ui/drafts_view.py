"""The Drafts dialog: find, open, duplicate, delete (with undo), mark and export saved drafts.

Every read and change goes through the library operations (ui.ops), off the GUI thread; this
module shows what they return and turns their errors into inline messages. Deleting is soft:
the drafts wait, undoable, until the undo bar times out or the dialog closes, and only then
are they purged for good.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.library import DraftStatus, DraftSummary, Library, LibraryError
from ui.banner import MessageBanner
from ui.drafts_deletes import DraftDeletes
from ui.drafts_files import DraftFiles, OpenPathChooser, SavePathChooser
from ui.drafts_list import DraftItemDelegate, DraftListModel, UndoBar, snippet_html
from ui.ops import LibraryOps, OpChanges
from ui.widgets import ComboBox

__all__ = ["DraftsDialog", "snippet_html"]

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200  # typing pauses shorter than this do not search yet
UNDO_TIMEOUT_MS = 10_000
class DraftsDialog(DraftFiles, DraftDeletes, QDialog):
    openRequested = Signal(int)  # draft id: the user wants to continue this draft in the window
    draftsChanged = Signal()  # something in the library changed (status, copies, deletes, imports)
    draftsPurged = Signal(list)  # ids of drafts now erased for good: let go of them if one is open
    listed = Signal()  # the list shows the result of the latest search

    def __init__(
        self,
        ops: LibraryOps,
        parent: QWidget | None = None,
        *,
        save_path: SavePathChooser | None = None,
        open_path: OpenPathChooser | None = None,
        undo_timeout_ms: int = UNDO_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        assert ops.library is not None, "the Drafts dialog needs an open library"
        self.ops = ops
        self.library: Library = ops.library
        self._save_path = save_path or self._ask_save_path
        self._open_path = open_path or self._ask_open_path
        self._pending_deletes: list[int] = []
        self._searches = 0  # only the newest search's result is shown
        self._select_after: int | None = None
        self.setWindowTitle(self.tr("Your drafts"))
        self.setObjectName("DraftsDialog")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(undo_timeout_ms)
        self.undo_timer.timeout.connect(self.purge_pending_deletes)

        self._build_widgets()
        self._build_shortcuts()
        self._apply_read_only()
        ops.changed.connect(self._on_library_changed)
        self.refresh()
        self.resize(720, 560)

    # ================================================================ construction

    def _build_widgets(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search your stories and posts"))
        self.search_edit.setAccessibleName(self.tr("Search drafts"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.installEventFilter(self)

        self.status_combo = ComboBox()
        self.status_combo.setAccessibleName(self.tr("Show drafts with status"))
        for label, status in (
            (self.tr("All"), None),
            (self.tr("Drafts"), DraftStatus.DRAFT),
            (self.tr("Posted"), DraftStatus.POSTED),
            (self.tr("Archived"), DraftStatus.ARCHIVED),
        ):
            self.status_combo.addItem(label, status.value if status else "")
        self.status_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        status_label = QLabel(self.tr("&Show"))
        status_label.setBuddy(self.status_combo)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(status_label)
        top.addWidget(self.status_combo)

        self.banner = MessageBanner()
        self.read_only_banner = MessageBanner()

        self.model = DraftListModel(self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(DraftItemDelegate(self.model, self.list_view))
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.setAlternatingRowColors(False)
        self.list_view.setAccessibleName(self.tr("Drafts"))
        self.list_view.doubleClicked.connect(lambda _index: self.open_selected())
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.empty_label = QLabel()
        self.empty_label.setObjectName("EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self._list_stack = QStackedLayout()
        self._list_stack.addWidget(self.list_view)
        self._list_stack.addWidget(self.empty_label)

        self.undo_bar = UndoBar()
        self.undo_bar.undoRequested.connect(self.undo_deletes)

        self.open_button = self._button(self.tr("&Open"), self.tr("Continue this draft in the main window (Enter)"))
        self.open_button.setObjectName("PrimaryButton")
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button = self._button(self.tr("D&uplicate"), self.tr("Make a copy to work on"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = self._button(self.tr("&Delete"), self.tr("Delete this draft (Del); you can undo it"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.status_button = self._button(self.tr("&Mark as"), self.tr("Change the draft's status"))
        status_menu = QMenu(self.status_button)
        self.mark_posted_action = status_menu.addAction(self.tr("Posted (today)"), self.mark_selected_posted)
        self.mark_draft_action = status_menu.addAction(self.tr("Draft"), lambda: self.set_selected_status(DraftStatus.DRAFT))
        self.archive_action = status_menu.addAction(self.tr("Archived"), lambda: self.set_selected_status(DraftStatus.ARCHIVED))
        self.status_button.setMenu(status_menu)

        self.export_button = self._button(self.tr("&Export"), self.tr("Save drafts as a file (not encrypted)"))
        export_menu = QMenu(self.export_button)
        self.export_selected_md_action = export_menu.addAction(
            self.tr("This draft as Markdown…"), lambda: self.export_drafts("md", selected_only=True)
        )
        self.export_selected_json_action = export_menu.addAction(
            self.tr("This draft as JSON…"), lambda: self.export_drafts("json", selected_only=True)
        )
        export_menu.addSeparator()
        self.export_all_md_action = export_menu.addAction(
            self.tr("All drafts as Markdown…"), lambda: self.export_drafts("md", selected_only=False)
        )
        self.export_all_json_action = export_menu.addAction(
            self.tr("All drafts as JSON (a backup)…"), lambda: self.export_drafts("json", selected_only=False)
        )
        self.export_button.setMenu(export_menu)
        self.import_button = self._button(self.tr("&Import JSON…"), self.tr("Add drafts from an OwnVoice JSON export"))
        self.import_button.clicked.connect(self.import_from_file)
        self.close_button = self._button(self.tr("Close"), self.tr("Close the drafts list (Esc)"))
        self.close_button.clicked.connect(self.reject)

        draft_actions = QHBoxLayout()
        for button in (self.open_button, self.duplicate_button, self.delete_button, self.status_button):
            draft_actions.addWidget(button)
        draft_actions.addStretch(1)
        for button in (self.export_button, self.import_button, self.close_button):
            draft_actions.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.banner)
        layout.addLayout(self._list_stack, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(draft_actions)

    def _button(self, text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setAccessibleDescription(tip)
        return button

    def _build_shortcuts(self) -> None:
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_search)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    def _apply_read_only(self) -> None:
        reason = self.library.read_only_reason
        if reason is None:
            return
        text = self.tr("Read-only: %1 You can search, open and export drafts here.").replace("%1", reason)
        self.read_only_banner.show_message(text, "warning")
        for widget in (self.duplicate_button, self.delete_button, self.status_button, self.import_button):
            widget.setToolTip(text)

    # ================================================================ reading

    @property
    def query(self) -> str:
        return self.search_edit.text()

    @property
    def status_filter(self) -> DraftStatus | None:
        value = self.status_combo.currentData()
        return DraftStatus(value) if value else None

    def set_status_filter(self, status: DraftStatus | None) -> None:
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(status.value if status else "")))

    def refresh(self, select: int | None = None) -> None:
        """Search in the background; the list then shows the drafts for the current search and
        filter, keeping the selected one (or `select`) selected."""
        self._search_timer.stop()
        self._searches += 1
        search, query, status = self._searches, self.query, self.status_filter
        if select is not None:
            self._select_after = select

        def show(drafts: list[DraftSummary]) -> None:
            if search == self._searches:  # an older search, overtaken by typing: not shown
                self._show_list(drafts)

        def failed(exc: LibraryError) -> None:
            self._show_error(str(exc))
            show([])

        self.ops.query(lambda library: library.list_drafts(query, status), show, failed)

    def _show_list(self, drafts: list[DraftSummary]) -> None:
        keep = self._select_after if self._select_after is not None else self.selected_id()
        self._select_after = None
        self.model.set_drafts(drafts)
        row = self.model.row_of(keep) if keep is not None else None
        if drafts:
            self.list_view.setCurrentIndex(self.model.index(row if row is not None else 0))
        self._list_stack.setCurrentWidget(self.list_view if drafts else self.empty_label)
        self.empty_label.setText(self._empty_text())
        self._update_actions()
        self.listed.emit()

    def _empty_text(self) -> str:
        if self.query.strip():
            return self.tr("No drafts match “%1”.").replace("%1", self.query.strip())
        if self.status_filter is not None:
            return self.tr("No drafts with this status.")
        return self.tr("No drafts yet. Drafts you keep in the main window appear here.")

    def selected_id(self) -> int | None:
        index = self.list_view.currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(index.row()).id

    def selected_summary(self) -> DraftSummary | None:
        index = self.list_view.currentIndex()
        return self.model.summary(index.row()) if index.isValid() else None

    def select_draft(self, draft_id: int) -> bool:
        row = self.model.row_of(draft_id)
        if row is None:
            return False
        self.list_view.setCurrentIndex(self.model.index(row))
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _update_actions(self) -> None:
        selected = self.selected_summary()
        writable = not self.library.read_only
        self.open_button.setEnabled(selected is not None)
        for widget in (self.duplicate_button, self.delete_button, self.status_button):
            widget.setEnabled(selected is not None and writable)
        self.import_button.setEnabled(writable)
        self.export_selected_md_action.setEnabled(selected is not None)
        self.export_selected_json_action.setEnabled(selected is not None)
        if selected is not None:
            self.mark_draft_action.setEnabled(selected.status is not DraftStatus.DRAFT)
            self.archive_action.setEnabled(selected.status is not DraftStatus.ARCHIVED)

    # ================================================================ actions

    def open_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id is None:
            return
        self.openRequested.emit(draft_id)
        self.accept()

    def duplicate_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id is None:
            return

        def made(copy: Any) -> None:
            self._select_after = copy.id  # the list the change notice brings selects the copy
            self.ops.bridge.info(self.tr("Made a copy: “%1”.").replace("%1", copy.title))

        self._change(lambda library: library.duplicate_draft(draft_id), made)

    def mark_selected_posted(self) -> None:
        draft_id = self.selected_id()
        if draft_id is not None:
            self._change(lambda library: library.mark_posted(draft_id))

    def set_selected_status(self, status: DraftStatus) -> None:
        draft_id = self.selected_id()
        if draft_id is not None:
            self._change(lambda library: library.set_status(draft_id, status))

    def _change(self, action: Callable[[Library], Any], done: Callable[[Any], None] | None = None) -> None:
        """Run a library change in the background; then refresh and announce it (or say why it failed)."""

        def changed(result: Any) -> None:
            self.banner.hide()
            if done is not None:
                done(result)
            self.draftsChanged.emit()  # then the ops' change notice refreshes the list

        def failed(exc: LibraryError) -> None:
            self._show_error(str(exc))
            self.refresh()

        self.ops.change(action, OpChanges(drafts=True), changed, failed)

    def _show_error(self, text: str) -> None:
        self.ops.bridge.error(text)

    def _on_library_changed(self, changes: OpChanges) -> None:
        """The one "what changed" notice: the list follows every change to the drafts, this
        dialog's own and the window's (an autosave of the open draft)."""
        if changes.drafts and self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.ops.bridge.push_sink(self.banner)  # messages show here while the dialog is open
        super().showEvent(event)

    # ================================================================ events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Down in the search field moves to the results, as in a browser's address bar.
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            if isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def done(self, result: int) -> None:
        self.purge_pending_deletes()
        self.ops.bridge.pop_sink(self.banner)
        super().done(result)
