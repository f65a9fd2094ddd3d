"""One card's version history: pick a version, compare it word by word with another, restore it.

The older of the two versions is always on the left with its removed words struck through,
the newer on the right with its added words underlined, so the panes read like "before → after"
whichever one the user picked first. Colours come from the palette and follow a theme switch.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.library import Card, CardVersion, DiffKind, DiffSegment, Library, LibraryError, VersionSource, word_diff
from ui.banner import MessageBanner
from ui.drafts_list import local_time_text
from ui.ops import LibraryOps, OpChanges
from ui.post_card import tweak_labels
from ui.preview_parts import blend

VersionIdRole = Qt.ItemDataRole.UserRole + 1

# Tints mixed into the pane's background: red-ish for removed words, green-ish for added ones.
REMOVED_TINT = QColor("#d11124")
ADDED_TINT = QColor("#1a7f37")


def diff_html(segments: tuple[DiffSegment, ...], palette: QPalette) -> str:
    """One side of a word diff as HTML: text escaped, white space kept, changes marked."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    tint = 0.35 if base.lightness() < 128 else 0.2  # a dark background needs more colour to show it
    styles = {
        DiffKind.DELETE: f"background-color: {blend(REMOVED_TINT, base, tint).name()};"
        f" color: {blend(REMOVED_TINT, text, 0.3).name()}; text-decoration: line-through;",
        DiffKind.INSERT: f"background-color: {blend(ADDED_TINT, base, tint).name()};"
        f" color: {blend(ADDED_TINT, text, 0.3).name()}; text-decoration: underline;",
    }
    parts = []
    for segment in segments:
        escaped = html.escape(segment.text, quote=False)
        style = styles.get(segment.kind)
        parts.append(f'<span style="{style}">{escaped}</span>' if style else escaped)
    return f'<div style="white-space: pre-wrap;">{"".join(parts)}</div>'


class HistoryDialog(QDialog):
    restored = Signal(int, str)  # card id, the restored text (now the card's text)

    def __init__(self, ops: LibraryOps, card_id: int, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert ops.library is not None, "the history needs an open library"
        self.ops = ops
        self.library: Library = ops.library
        self.card_id = card_id
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("History: %1").replace("%1", title) if title else self.tr("History"))
        self._versions: list[CardVersion] = []
        self._build_widgets()
        self.reload()
        self.resize(980, 600)

    # ================================================================ construction

    def _build_widgets(self) -> None:
        self.version_list = QListWidget()
        self.version_list.setAccessibleName(self.tr("Versions, newest first"))
        self.version_list.setSpacing(2)
        self.version_list.currentRowChanged.connect(lambda _row: self._show_comparison())
        versions_title = QLabel(self.tr("&Versions"))
        versions_title.setObjectName("SectionTitle")
        versions_title.setBuddy(self.version_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(versions_title)
        left_layout.addWidget(self.version_list, 1)

        self.compare_combo = QComboBox()
        self.compare_combo.setAccessibleName(self.tr("Compare with version"))
        self.compare_combo.currentIndexChanged.connect(lambda _index: self._show_comparison())
        compare_label = QLabel(self.tr("&Compare with"))
        compare_label.setBuddy(self.compare_combo)
        compare_row = QHBoxLayout()
        compare_row.addWidget(compare_label)
        compare_row.addWidget(self.compare_combo, 1)

        self.older_title = QLabel()
        self.older_title.setObjectName("CardTitle")
        self.newer_title = QLabel()
        self.newer_title.setObjectName("CardTitle")
        self.older_view = self._pane(self.tr("Older version, removed words struck through"))
        self.newer_view = self._pane(self.tr("Newer version, added words underlined"))
        panes = QGridLayout()
        panes.addWidget(self.older_title, 0, 0)
        panes.addWidget(self.newer_title, 0, 1)
        panes.addWidget(self.older_view, 1, 0)
        panes.addWidget(self.newer_view, 1, 1)
        panes.setRowStretch(1, 1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("Hint")
        self.summary_label.setWordWrap(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(compare_row)
        right_layout.addLayout(panes, 1)
        right_layout.addWidget(self.summary_label)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 730])
        splitter.setChildrenCollapsible(False)

        self.banner = MessageBanner()
        self.restore_button = QPushButton(self.tr("&Restore this version"))
        self.restore_button.setObjectName("PrimaryButton")
        self.restore_button.setAccessibleName(self.tr("Restore the selected version"))
        self.restore_button.clicked.connect(self.restore_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.version_list.setFocus()

    def _pane(self, accessible_name: str) -> QTextBrowser:
        pane = QTextBrowser()
        pane.setOpenLinks(False)
        pane.setAccessibleName(accessible_name)
        return pane

    # ================================================================ content

    def reload(self) -> None:
        """Read the versions again (in the background); then select the previous one and compare it
        with the current one."""

        def failed(exc: LibraryError) -> None:
            self.banner.show_message(str(exc), "error")
            self._show_versions([])

        self.ops.query(lambda library: library.card_versions(self.card_id), self._show_versions, failed)

    def _show_versions(self, versions: list[CardVersion]) -> None:
        self._versions = versions
        newest_first = list(reversed(self._versions))
        self.version_list.blockSignals(True)
        self.compare_combo.blockSignals(True)
        self.version_list.clear()
        self.compare_combo.clear()
        for position, version in enumerate(newest_first):
            label = self.version_label(version, current=position == 0)
            item = QListWidgetItem(label)
            item.setData(VersionIdRole, version.id)
            if version.model:
                item.setToolTip(self.tr("Written by %1").replace("%1", version.model))
            self.version_list.addItem(item)
            self.compare_combo.addItem(label, version.id)
        self.version_list.setCurrentRow(1 if len(newest_first) > 1 else 0)
        self.compare_combo.setCurrentIndex(0)
        self.version_list.blockSignals(False)
        self.compare_combo.blockSignals(False)
        self._show_comparison()

    def version_label(self, version: CardVersion, *, current: bool = False) -> str:
        label = f"{local_time_text(version.saved_at)} · {self.source_text(version.source)}"
        return self.tr("%1 (current)").replace("%1", label) if current else label

    def source_text(self, source: str) -> str:
        if source.startswith(VersionSource.TWEAK_PREFIX):
            name = source.removeprefix(VersionSource.TWEAK_PREFIX)
            return self.tr("Tweak: %1").replace("%1", tweak_labels(self).get(name, name))
        names = {
            VersionSource.GENERATED: self.tr("Generated"),
            VersionSource.EDITED: self.tr("Your edit"),
            VersionSource.RESTORED: self.tr("Restored"),
            VersionSource.IMPORTED: self.tr("Imported"),
        }
        return names.get(source, source)

    def selected_version(self) -> CardVersion | None:
        """The version picked in the list: the one "Restore this version" restores."""
        item = self.version_list.currentItem()
        return self._version(item.data(VersionIdRole)) if item is not None else None

    def compared_version(self) -> CardVersion | None:
        return self._version(self.compare_combo.currentData())

    def select_versions(self, selected_id: int, compared_id: int) -> None:
        """Pick the version to look at (and restore) and the one to compare it with."""
        for row in range(self.version_list.count()):
            if self.version_list.item(row).data(VersionIdRole) == selected_id:
                self.version_list.setCurrentRow(row)
        self.compare_combo.setCurrentIndex(self.compare_combo.findData(compared_id))

    def _version(self, version_id: object) -> CardVersion | None:
        return next((v for v in self._versions if v.id == version_id), None)

    def _show_comparison(self) -> None:
        selected, compared = self.selected_version(), self.compared_version()
        current = self._versions[-1] if self._versions else None
        self.restore_button.setEnabled(
            selected is not None and current is not None and selected.text != current.text and not self.library.read_only
        )
        if selected is None or compared is None:
            for pane in (self.older_view, self.newer_view):
                pane.clear()
            self.older_title.clear()
            self.newer_title.clear()
            self.summary_label.setText(self.tr("This post has no saved versions yet."))
            return
        older, newer = sorted((selected, compared), key=lambda v: v.id)
        diff = word_diff(older.text, newer.text)
        palette = self.older_view.palette()
        self.older_view.setHtml(diff_html(diff.old_side, palette))
        self.newer_view.setHtml(diff_html(diff.new_side, palette))
        self.older_title.setText(self.tr("Before: %1").replace("%1", self._label(older)))
        self.newer_title.setText(self.tr("After: %1").replace("%1", self._label(newer)))
        if self.library.read_only:
            self.restore_button.setToolTip(self.tr("Read-only: %1").replace("%1", self.library.read_only_reason or ""))
        else:
            self.restore_button.setToolTip(self.tr("Make %1 the post's text again").replace("%1", self._label(selected)))
        if older.id == newer.id:
            self.summary_label.setText(self.tr("You are comparing a version with itself."))
        elif not diff.changed:
            self.summary_label.setText(self.tr("These two versions have the same text."))
        else:
            self.summary_label.setText(
                self.tr("Left: the older version, removed words struck through. Right: the newer one, added words underlined.")
            )

    def _label(self, version: CardVersion) -> str:
        return self.version_label(version, current=version is self._versions[-1])

    # ================================================================ actions

    def restore_selected(self) -> None:
        version = self.selected_version()
        if version is None:
            return

        def restored(card: Card) -> None:
            self.restored.emit(card.id, card.text)
            self.accept()

        self.ops.change(
            lambda library: library.restore_version(version.id),
            OpChanges(draft_id=0),
            restored,
            lambda exc: self.banner.show_message(str(exc), "error"),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PaletteChange:
            self._show_comparison()
        elif event.type() == QEvent.Type.ApplicationPaletteChange:
            # The new application palette reaches the panes after this event: recolour once it has.
            QTimer.singleShot(0, self, self._show_comparison)
        super().changeEvent(event)
