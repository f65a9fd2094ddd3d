"""The drafts list: one row per draft (title, status, details, search snippet), and the words it uses."""

from __future__ import annotations

import html
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QDate, QLocale, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, QTime, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.library import HIGHLIGHT_END, HIGHLIGHT_START, DraftStatus, DraftSummary
from ui.preview_parts import blend

SummaryRole = Qt.ItemDataRole.UserRole + 1
# The banner is light in both themes (see ownvoice.qss), so its button has fixed colours too.
UNDO_BUTTON_STYLE = (
    "QPushButton { color: #0a66c2; background: transparent; border: 1px solid #0a66c2;"
    " border-radius: 14px; padding: 4px 16px; font-weight: 600; }"
    "QPushButton:focus { border: 2px solid #0a66c2; }"
    "QPushButton:hover { background: #d3e5f7; }"
)


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

    def remove(self, draft_id: int) -> None:
        row = self.row_of(draft_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._drafts[row]
            self.endRemoveRows()

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
