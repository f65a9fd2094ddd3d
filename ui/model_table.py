"""The model manager's "My models" table: one row per model file, with what its header says and
whether it fits this computer's memory. Pure presentation: the rows come from ModelListing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QWidget

from models.catalog import ModelEntry
from models.memory import Fit, format_bytes, judge_fit, model_memory_need, total_ram_bytes

DEFAULT_CONTEXT_FOR_ESTIMATE = 8192
FIT_TEXT = {Fit.FITS: "fits", Fit.TIGHT: "tight", Fit.TOO_BIG: "too big"}


class ModelTable(QAbstractTableModel):
    """Rows of ModelEntry with what the table shows. Pure presentation."""

    COLUMNS = ("Model", "Parameters", "Quantisation", "File size", "Trained context", "Chat template", "Licence",
               "Memory on this computer")  # fmt: skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ModelEntry] = []
        self.active: Path | None = None
        self.total_ram = total_ram_bytes()

    def set_entries(self, entries: list[ModelEntry], active: Path | None) -> None:
        self.beginResetModel()
        self.entries, self.active = entries, active
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def fit_of(self, entry: ModelEntry) -> tuple[int, Fit] | None:
        if entry.info is None:
            return None
        context = min(entry.info.context_length or 4096, DEFAULT_CONTEXT_FOR_ESTIMATE)
        need = model_memory_need(entry.info, context, entry.size_bytes)
        return need, judge_fit(need, self.total_ram)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not entry.usable:
                return self.tr("Cannot be used: %1").replace("%1", entry.problem)
            return entry.display_path
        if role == Qt.ItemDataRole.FontRole and self.active is not None and entry.path == self.active and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not entry.usable:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, entry: ModelEntry, column: int) -> str:
        info = entry.info
        if column == 0:
            active = self.active is not None and entry.path == self.active
            return entry.label + (self.tr(" (in use)") if active else "")
        if not entry.usable or info is None:
            if column == 7:
                return self.tr("Unusable: %1").replace("%1", entry.problem)
            return format_bytes(entry.size_bytes) if column == 3 and entry.size_bytes else ""
        if column == 1:
            return info.size_label
        if column == 2:
            return info.quantisation
        if column == 3:
            return format_bytes(entry.size_bytes)
        if column == 4:
            return f"{info.context_length:,}" if info.context_length else self.tr("not stated")
        if column == 5:
            return self.tr("yes") if info.has_chat_template else self.tr("no")
        if column == 6:
            return info.licence or self.tr("not stated")
        fit = self.fit_of(entry)
        if fit is None:
            return ""
        need, verdict = fit
        return self.tr("%1: %2").replace("%1", format_bytes(need)).replace("%2", self.tr(FIT_TEXT[verdict]))
