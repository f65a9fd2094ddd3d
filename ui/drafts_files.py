"""The Drafts dialog's files: export (Markdown or JSON) and import, written and read off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from app.atomic import atomic_write_text
from app.library.transfer import MAX_IMPORT_BYTES
from app.library import ImportReport, Library
from app.story_io import InputError, read_text_file
from ui.drafts_list import suggested_file_name

SavePathChooser = Callable[[str, Path, str], "Path | None"]  # title, suggested file, name filter
OpenPathChooser = Callable[[str, str], "Path | None"]  # title, name filter


@dataclass(frozen=True)
class _Written:
    path: Path
    problem: str = ""  # why the file could not be written


class DraftFiles:
    """Export and import for the Drafts dialog: a mixin using the dialog's `selected_summary`,
    `banner`, `ops`, `refresh`, `_change`, `_show_error` and its path choosers."""

    _save_path: SavePathChooser
    _open_path: OpenPathChooser
    ops: Any
    banner: Any

    def export_drafts(self, file_format: str, *, selected_only: bool) -> Path | None:
        """Ask where, then write the export (atomically, in the background) and say where it went.
        Returns the file asked for; None when the user chose none."""
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
        chosen = path

        def write(library: Library) -> _Written:
            text = library.export_json(ids) if file_format == "json" else library.export_markdown(ids)
            try:
                atomic_write_text(chosen, text)
            except OSError as exc:
                return _Written(chosen, exc.strerror or str(exc))
            return _Written(chosen)

        def written(result: _Written) -> None:
            if result.problem:
                self._show_error(
                    self.tr("Could not write %1: %2. Nothing was written.")
                    .replace("%1", str(result.path))
                    .replace("%2", result.problem)
                )
                return
            self.ops.bridge.info(
                self.tr("Exported to %1. This file is not encrypted: keep it somewhere safe.").replace("%1", str(path))
            )

        self.ops.query(write, written, lambda exc: self._show_error(str(exc)))
        return path

    def import_from_file(self) -> None:
        path = self._open_path(self.tr("Import drafts"), self.tr("OwnVoice JSON export (*.json)"))
        if path is None:
            return
        what = self.tr("The import file")

        def load(library: Library) -> ImportReport | str:
            try:  # bounded and regular files only (a FIFO would block the library thread for good)
                text = read_text_file(path, what, max_bytes=MAX_IMPORT_BYTES)
            except InputError as exc:
                return str(exc)
            return library.import_json(text)

        def done(report: ImportReport | str) -> None:
            if isinstance(report, str):
                self._show_error(report)
            else:
                self.ops.bridge.info(report.summary())

        self._change(load, done)

    def _documents_folder(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(folder) if folder else Path.home()

    def _ask_save_path(self, title: str, suggested: Path, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(suggested), name_filter)
        return Path(name) if name else None

    def _ask_open_path(self, title: str, name_filter: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(self._documents_folder()), name_filter)
        return Path(name) if name else None
