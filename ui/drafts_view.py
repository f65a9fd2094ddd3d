"""The Drafts dialog: find, open, duplicate, delete (with undo), mark and export saved drafts.

Every change goes through the open `Library`; this module only shows what it returns and
turns its errors into inline messages. Deleting is soft: the drafts wait, undoable, until the
undo bar times out or the dialog closes, and only then are they purged for good.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QStandardPaths,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QKeySequence, QPainter, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QStackedLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QDialog,
    QVBoxLayout,
    QWidget,
)

from app.atomic import atomic_write_text
from app.cli.drafts import MAX_IMPORT_BYTES
from app.library import HIGHLIGHT_END, HIGHLIGHT_START, DraftStatus, DraftSummary, Library, LibraryError
from app.story_io import InputError, read_text_file
from ui.banner import MessageBanner
from ui.preview import blend

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 200  # typing pauses shorter than this do not search yet
UNDO_TIMEOUT_MS = 10_000
SummaryRole = Qt.ItemDataRole.UserRole + 1
# The banner is light in both themes (see ownvoice.qss), so its button has fixed colours too.
UNDO_BUTTON_STYLE = (
    "QPushButton { color: #0a66c2; background: transparent; border: 1px solid #0a66c2;"
    " border-radius: 14px; padding: 4px 16px; font-weight: 600; }"
    "QPushButton:focus { border: 2px solid #0a66c2; }"
    "QPushButton:hover { background: #d3e5f7; }"
)

SavePathChooser = Callable[[str, Path, str], "Path | None"]  # title, suggested file, name filter
OpenPathChooser = Callable[[str, str], "Path | None"]  # title, name filter


# -- words and times ---------------------------------------------------------------------------


DATE_PATTERN = "d MMM yyyy"  # unambiguous in every locale (month by name), unlike 2/3/26


def local_date_text(moment: datetime) -> str:
    """The day of a moment in the user's time zone, month named in the user's language."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), DATE_PATTERN)


def local_time_text(moment: datetime) -> str:
    """The day and the minute of a moment, in the user's time zone and clock style."""
    local = moment.astimezone()
    locale = QLocale()
    clock = locale.toString(QTime(local.hour, local.minute), locale.timeFormat(QLocale.FormatType.ShortFormat))
    return f"{local_date_text(moment)}, {clock}"


def snippet_html(snippet: str, mark_style: str) -> str:
    """The search snippet as HTML: the text escaped first, then the hit marks made into spans."""
    text = html.escape(" ".join(snippet.split()), quote=False)
    return text.replace(HIGHLIGHT_START, f'<span style="{mark_style}">').replace(HIGHLIGHT_END, "</span>")


def suggested_file_name(title: str | None, suffix: str, today: QDate) -> str:
    """One draft: its title as a file name; all drafts: a dated backup name."""
    if title is None:
        return f"ownvoice-drafts-{today.toString('yyyy-MM-dd')}{suffix}"
    slug = re.sub(r"[^\w]+", "-", title.casefold()).strip("-")[:60].rstrip("-")
    return (slug or "draft") + suffix


# -- the list ----------------------------------------------------------------------------------


class DraftListModel(QAbstractListModel):
    """The drafts the last search found, newest change (or best match) first."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[DraftSummary] = []

    def set_drafts(self, drafts: list[DraftSummary]) -> None:
        self.beginResetModel()
        self._drafts = list(drafts)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._drafts)

    def summary(self, row: int) -> DraftSummary:
        return self._drafts[row]

    def row_of(self, draft_id: int) -> int | None:
        for row, draft in enumerate(self._drafts):
            if draft.id == draft_id:
                return row
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._drafts):
            return None
        draft = self._drafts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return draft.title
        if role == SummaryRole:
            return draft
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{draft.title}. {self.status_text(draft)}. {self.details_text(draft)}"
        return None

    def status_text(self, draft: DraftSummary) -> str:
        if draft.status is DraftStatus.POSTED:
            if draft.posted_at is None:
                return self.tr("Posted")
            return self.tr("Posted %1").replace("%1", local_date_text(draft.posted_at))
        if draft.status is DraftStatus.ARCHIVED:
            return self.tr("Archived")
        return self.tr("Draft")

    def details_text(self, draft: DraftSummary) -> str:
        cards = self.tr("1 post") if draft.card_count == 1 else self.tr("%1 posts").replace("%1", str(draft.card_count))
        updated = self.tr("updated %1").replace("%1", local_time_text(draft.updated_at))
        return f"{cards} · {updated}"


class DraftItemDelegate(QStyledItemDelegate):
    """Paints a row as title, status and details, and the search snippet with its hits marked."""

    PADDING = 8

    def __init__(self, model: DraftListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        draft = index.data(SummaryRole)
        if not isinstance(draft, DraftSummary):
            super().paint(painter, option, index)
            return
        panel = QStyleOptionViewItem(option)
        self.initStyleOption(panel, index)
        panel.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, panel, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        document = self._document(draft, option, selected, option.rect.width())
        rect = option.rect
        painter.save()
        # A hairline between rows, so the entries read as separate items.
        painter.setPen(blend(option.palette.color(QPalette.ColorRole.Mid), option.palette.color(QPalette.ColorRole.Base), 0.6))
        painter.drawLine(rect.left() + self.PADDING, rect.bottom(), rect.right() - self.PADDING, rect.bottom())
        painter.translate(rect.left() + self.PADDING, rect.top() + self.PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(option.palette)  # PaintContext.palette is handed out as a copy: set it whole
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        palette.setColor(QPalette.ColorRole.Text, option.palette.color(text_role))
        context.palette = palette
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        draft = index.data(SummaryRole)
        if not isinstance(draft, DraftSummary):
            return super().sizeHint(option, index)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        document = self._document(draft, option, False, width)
        return QSize(width, int(document.size().height()) + 2 * self.PADDING)

    def _document(self, draft: DraftSummary, option: QStyleOptionViewItem, selected: bool, width: int) -> QTextDocument:
        palette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        background = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        muted = blend(text, background, 0.65).name()
        mark = f"background-color: {blend(palette.color(QPalette.ColorRole.Highlight), background, 0.28).name()};"
        mark += " font-weight: 600;"
        status = self._model.status_text(draft)
        parts = [
            f'<table width="100%" cellspacing="0" cellpadding="0"><tr>'
            f'<td><b>{html.escape(draft.title)}</b></td>'
            f'<td align="right" style="color: {muted}">{html.escape(status)}</td></tr></table>',
            f'<div style="color: {muted}">{html.escape(self._model.details_text(draft))}</div>',
        ]
        if draft.snippet:
            parts.append(f'<div style="margin-top: 3px">{snippet_html(draft.snippet, mark)}</div>')
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)
        document.setHtml("".join(parts))
        document.setTextWidth(max(80, width - 2 * self.PADDING))
        return document


# -- the dialog --------------------------------------------------------------------------------


class UndoBar(QFrame):
    """"Deleted …  [Undo]" under the list, for a few seconds."""

    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("level", "info")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo delete"))
        self.undo_button.setStyleSheet(UNDO_BUTTON_STYLE)
        self.undo_button.clicked.connect(self.undoRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        self.setAccessibleName(self.tr("Deleted drafts"))
        self.hide()

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()


class DraftsDialog(QDialog):
    openRequested = Signal(int)  # draft id: the user wants to continue this draft in the window
    draftsChanged = Signal()  # something in the library changed (status, copies, deletes, imports)
    draftsPurged = Signal(list)  # ids of drafts now erased for good: let go of them if one is open

    def __init__(
        self,
        library: Library,
        parent: QWidget | None = None,
        *,
        save_path: SavePathChooser | None = None,
        open_path: OpenPathChooser | None = None,
        undo_timeout_ms: int = UNDO_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._save_path = save_path or self._ask_save_path
        self._open_path = open_path or self._ask_open_path
        self._pending_deletes: list[int] = []
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

        self.status_combo = QComboBox()
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

    def refresh(self) -> None:
        """List the drafts for the current search and filter, keeping the selected one selected."""
        self._search_timer.stop()
        keep = self.selected_id()
        try:
            drafts = self.library.list_drafts(self.query, self.status_filter)
        except LibraryError as exc:
            self.banner.show_message(str(exc), "error")
            drafts = []
        self.model.set_drafts(drafts)
        row = self.model.row_of(keep) if keep is not None else None
        if drafts:
            self.list_view.setCurrentIndex(self.model.index(row if row is not None else 0))
        self._list_stack.setCurrentWidget(self.list_view if drafts else self.empty_label)
        self.empty_label.setText(self._empty_text())
        self._update_actions()

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
        copy = self._change(lambda: self.library.duplicate_draft(draft_id))
        if copy is not None:
            self.select_draft(copy.id)
            self.banner.show_message(self.tr("Made a copy: “%1”.").replace("%1", copy.title), "info")

    def delete_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None or self.library.read_only:
            return
        row = self.list_view.currentIndex().row()
        if self._change(lambda: self.library.delete_draft(summary.id)) is None:
            return
        self._pending_deletes.append(summary.id)
        if len(self._pending_deletes) == 1:
            text = self.tr("Deleted “%1”.").replace("%1", summary.title)
        else:
            text = self.tr("Deleted %1 drafts.").replace("%1", str(len(self._pending_deletes)))
        self.undo_bar.show_text(text)
        self.undo_timer.start()
        if self.model.rowCount():  # the next draft takes the deleted one's place
            self.list_view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self.list_view.setFocus()

    def undo_deletes(self) -> None:
        restored = [draft_id for draft_id in self._pending_deletes if self._undo_one(draft_id)]
        self._pending_deletes = [draft_id for draft_id in self._pending_deletes if draft_id not in restored]
        if not self._pending_deletes:
            self.undo_timer.stop()
            self.undo_bar.hide()
        self.refresh()
        if restored:
            self.select_draft(restored[-1])
            self.draftsChanged.emit()
        self.list_view.setFocus()

    def _undo_one(self, draft_id: int) -> bool:
        try:
            self.library.undo_delete(draft_id)
        except LibraryError as exc:
            self.banner.show_message(str(exc), "error")
            return False
        return True

    def purge_pending_deletes(self) -> None:
        """Erase the deleted drafts for good: the undo bar timed out or the dialog closes."""
        self.undo_timer.stop()
        self.undo_bar.hide()
        if not self._pending_deletes:
            return
        purged, self._pending_deletes = self._pending_deletes, []
        try:
            self.library.purge_deleted()
        except LibraryError as exc:
            # They stay in the deleted list, out of sight; the next purge takes them.
            log.warning("could not purge deleted drafts: %s", exc)
            self.banner.show_message(str(exc), "error")
            return
        self.draftsPurged.emit(purged)

    def mark_selected_posted(self) -> None:
        draft_id = self.selected_id()
        if draft_id is not None:
            self._change(lambda: self.library.mark_posted(draft_id))

    def set_selected_status(self, status: DraftStatus) -> None:
        draft_id = self.selected_id()
        if draft_id is not None:
            self._change(lambda: self.library.set_status(draft_id, status))

    def _change(self, action: Callable[[], Any]) -> Any:
        """Run a library change; refresh and announce it, or show why it failed (None then)."""
        try:
            result = action()
        except LibraryError as exc:
            self.banner.show_message(str(exc), "error")
            return None
        self.banner.hide()
        self.refresh()
        self.draftsChanged.emit()
        return True if result is None else result

    # ================================================================ files

    def export_drafts(self, file_format: str, *, selected_only: bool) -> Path | None:
        """Ask where, write the export atomically and say where it went; None when nothing was written."""
        summary = self.selected_summary() if selected_only else None
        if selected_only and summary is None:
            return None
        suffix = ".json" if file_format == "json" else ".md"
        name_filter = self.tr("JSON files (*.json)") if file_format == "json" else self.tr("Markdown files (*.md)")
        suggested = suggested_file_name(summary.title if summary else None, suffix, QDate.currentDate())
        title = self.tr("Export this draft") if selected_only else self.tr("Export all drafts")
        path = self._save_path(title, self._documents_folder() / suggested, name_filter)
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(suffix)
        ids = [summary.id] if summary is not None else None
        try:
            text = self.library.export_json(ids) if file_format == "json" else self.library.export_markdown(ids)
            atomic_write_text(path, text)
        except LibraryError as exc:
            self.banner.show_message(str(exc), "error")
            return None
        except OSError as exc:
            self.banner.show_message(
                self.tr("Could not write %1: %2. Nothing was written.").replace("%1", str(path)).replace(
                    "%2", exc.strerror or str(exc)
                ),
                "error",
            )
            return None
        self.banner.show_message(
            self.tr("Exported to %1. This file is not encrypted: keep it somewhere safe.").replace("%1", str(path)),
            "info",
        )
        return path

    def import_from_file(self) -> None:
        path = self._open_path(self.tr("Import drafts"), self.tr("OwnVoice JSON export (*.json)"))
        if path is None:
            return
        try:
            text = self._read_import_file(path)
        except InputError as exc:
            self.banner.show_message(str(exc), "error")
            return
        report = self._change(lambda: self.library.import_json(text))
        if report is not None:
            self.banner.show_message(report.summary(), "info")

    def _read_import_file(self, path: Path) -> str:
        return read_text_file(path, self.tr("The import file"), max_bytes=MAX_IMPORT_BYTES)

    def _documents_folder(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) if folder else Path.home()

    def _ask_save_path(self, title: str, suggested: Path, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), name_filter)
        return Path(name) if name else None

    def _ask_open_path(self, title: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(self._documents_folder()), name_filter)
        return Path(name) if name else None

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
        super().done(result)

