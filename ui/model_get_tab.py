"""The model manager's "Get models" tab: the curated catalogue grouped by laptop memory, what fits
this computer and where files go, downloads from the catalogue or a link, and a row per download
with its progress, pause/resume and cancel. A mixin of ModelManagerDialog (ui/model_manager.py),
which provides `paths`, `downloads` and `refresh`."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.paths import AppPaths
from models.curated import CatalogueEntry, CatalogueError, load_catalogue
from models.download import DownloadRequest, file_name_from_url
from models.memory import format_bytes, total_ram_bytes
from ui.downloads import FAILED, PAUSED, RUNNING, DownloadController, DownloadState
from ui.model_table import FIT_TEXT
from ui.widgets import text_button


class DownloadRow(QWidget):
    """One download: title, progress bar, what it is doing, pause/resume and cancel."""

    def __init__(self, state: DownloadState, controller: DownloadController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = state.key
        self._controller = controller
        self.title = QLabel(state.title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.detail = QLabel()
        self.detail.setObjectName("Hint")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: controller.cancel(self.key))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.pause_button)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        self.update_state(state)

    def update_state(self, state: DownloadState) -> None:
        progress = state.progress
        if progress is not None and progress.total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(progress.fraction * 1000))
        else:
            self.bar.setRange(0, 0 if state.status == RUNNING else 1000)
        text = progress.describe() if progress is not None else self.tr("Starting…")
        if state.status == PAUSED:
            text = self.tr("Paused · %1").replace("%1", text)
        elif state.status == FAILED:
            text = state.error
        self.detail.setText(text)
        self.pause_button.setText(self.tr("Pause") if state.status == RUNNING else self.tr("Resume"))

    def _pause_or_resume(self) -> None:
        state = self._controller.state(self.key)
        if state is None:
            return
        if state.status == RUNNING:
            self._controller.pause(self.key)
        else:
            self._controller.resume(self.key)


class GetModelsTab:
    """The tab's widgets and actions, mixed into ModelManagerDialog (a QDialog, for `tr` and parents)."""

    paths: AppPaths
    downloads: DownloadController
    refresh: Callable[[], None]

    def _build_get_tab(self) -> QWidget:
        self.catalogue_tree = QTreeWidget()
        self.catalogue_tree.setColumnCount(5)
        self.catalogue_tree.setHeaderLabels([self.tr("Model"), self.tr("Parameters"), self.tr("Download"),
                                             self.tr("Memory on this computer"), self.tr("Licence")])  # fmt: skip
        self.catalogue_tree.setAccessibleName(self.tr("Models you can download"))
        self.catalogue_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.catalogue_tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.catalogue_tree.header().setStretchLastSection(False)
        self.catalogue_tree.currentItemChanged.connect(self._show_catalogue_details)
        self.catalogue_details = QLabel()
        self.catalogue_details.setWordWrap(True)
        self.catalogue_details.setTextFormat(Qt.TextFormat.RichText)
        self.catalogue_details.setOpenExternalLinks(True)
        self.download_button = text_button(self.tr("Download"), self.download_selected, primary=True)
        self.url_button = text_button(self.tr("Download from a link…"), self._ask_url)
        self.downloads_box = QVBoxLayout()
        self.downloads_box.setContentsMargins(0, 0, 0, 0)
        self.download_rows: dict[str, DownloadRow] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.url_button)
        buttons.addStretch(1)
        self.machine_hint = QLabel(self._machine_hint())
        self.machine_hint.setObjectName("Hint")
        self.machine_hint.setWordWrap(True)
        self.machine_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.machine_hint)
        layout.addWidget(self.catalogue_tree, 1)
        layout.addWidget(self.catalogue_details)
        layout.addLayout(buttons)
        layout.addLayout(self.downloads_box)
        self._fill_catalogue()
        return tab

    def _machine_hint(self) -> str:
        """What fits this laptop and where model files go (also for a GGUF the user brings)."""
        ram = total_ram_bytes()
        memory = (
            self.tr("This computer has %1 of memory: models marked “fits” run well on it.").replace("%1", format_bytes(ram))
            if ram
            else self.tr("OwnVoice could not read how much memory this computer has.")
        )
        where = self.tr(
            "Downloads go to %1 and run offline from then on. You can also put any instruction-tuned .gguf "
            "model there yourself (Q4_K_M files balance size and quality) and use it from My models."
        ).replace("%1", str(self.paths.models_dir))
        return f"{memory} {where}"

    def _fill_catalogue(self) -> None:
        try:
            catalogue = load_catalogue()
        except CatalogueError as exc:
            self.catalogue_details.setText(html.escape(str(exc)))
            catalogue = []
        self.catalogue: dict[str, CatalogueEntry] = {e.id: e for e in catalogue}
        ram = total_ram_bytes()
        self.catalogue_tree.clear()
        for tier in sorted({e.laptop_gb for e in catalogue}):
            group = QTreeWidgetItem([self.tr("For %1 GB laptops").replace("%1", str(tier))])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.catalogue_tree.addTopLevelItem(group)
            for entry in (e for e in catalogue if e.laptop_gb == tier):
                name = entry.name + (self.tr(" (recommended)") if entry.recommended else "")
                if (self.paths.models_dir / entry.file_name).exists():
                    name += self.tr(" · downloaded")
                size = ("" if entry.size_exact else "≈") + format_bytes(entry.size_bytes)
                memory = f"{format_bytes(entry.memory_need)}: {self.tr(FIT_TEXT[entry.fit(ram)])}"
                licence = entry.licence + (self.tr(" (accept first)") if entry.needs_acceptance else "")
                item = QTreeWidgetItem([name, entry.parameters, size, memory, licence])
                item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
                group.addChild(item)
            group.setExpanded(True)

    def selected_catalogue_entry(self) -> CatalogueEntry | None:
        item = self.catalogue_tree.currentItem()
        entry_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return self.catalogue.get(str(entry_id)) if entry_id else None

    def select_catalogue_entry(self, entry_id: str) -> bool:
        for index in range(self.catalogue_tree.topLevelItemCount()):
            group = self.catalogue_tree.topLevelItem(index)
            for child in range(group.childCount()):
                item = group.child(child)
                if item.data(0, Qt.ItemDataRole.UserRole) == entry_id:
                    self.catalogue_tree.setCurrentItem(item)
                    return True
        return False

    def _show_catalogue_details(self) -> None:
        entry = self.selected_catalogue_entry()
        self.download_button.setEnabled(entry is not None)
        if entry is None:
            self.catalogue_details.clear()
            return
        hash_note = (self.tr("checked against the SHA-256 the catalogue lists") if entry.sha256
                     else self.tr("checked against the SHA-256 the server gives"))  # fmt: skip
        self.catalogue_details.setText(
            f"<p>{html.escape(entry.why)}</p><p><b>{self.tr('Licence')}:</b> {html.escape(entry.licence)}. "
            f"{html.escape(entry.licence_note)} <a href='{html.escape(entry.licence_url)}'>{self.tr('Read it')}</a> · "
            f"<a href='{html.escape(entry.page)}'>{self.tr('Model page')}</a></p>"
            f"<p>{self.tr('The download is %1.').replace('%1', hash_note)}</p>"
        )

    def download_selected(self, accept_licence: Callable[[QWidget, CatalogueEntry], bool] | None = None) -> str | None:
        entry = self.selected_catalogue_entry()
        if entry is None:
            return None
        if entry.needs_acceptance and not (accept_licence or ask_to_accept_licence)(self, entry):
            return None
        return self.downloads.start(entry.download_request(self.paths.models_dir), entry.name)

    def _ask_url(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Download from a link"), self.tr("Link to a .gguf file (https://…):"))
        if ok and url.strip():
            self.download_url(url.strip())

    def download_url(self, url: str, sha256: str = "") -> str | None:
        if not url.startswith(("https://", "http://")):
            self.catalogue_details.setText(html.escape(self.tr("'%1' is not a web link.").replace("%1", url)))
            return None
        request = DownloadRequest(url, self.paths.models_dir / file_name_from_url(url), sha256.lower())
        if request.target.exists():
            self.catalogue_details.setText(html.escape(self.tr("%1 is already in your models folder.").replace("%1", request.target.name)))
            return None
        return self.downloads.start(request, request.target.name)

    def _add_download_row(self, state: DownloadState) -> None:
        row = DownloadRow(state, self.downloads, self)
        self.download_rows[state.key] = row
        self.downloads_box.addWidget(row)

    def _on_download_changed(self, key: str) -> None:
        state = self.downloads.state(key)
        if state is None:
            return
        row = self.download_rows.get(key)
        if row is None:
            self._add_download_row(state)
        else:
            row.update_state(state)

    def _on_download_removed(self, key: str) -> None:
        row = self.download_rows.pop(key, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()

    def _on_download_completed(self, _target: object) -> None:
        self._fill_catalogue()
        self.refresh()


def ask_to_accept_licence(parent: QWidget, entry: CatalogueEntry) -> bool:
    text = parent.tr("%1 is under the %2. %3\n\nRead the licence at %4. Do you accept it?")
    for marker, value in (("%1", entry.name), ("%2", entry.licence), ("%3", entry.licence_note), ("%4", entry.licence_url)):
        text = text.replace(marker, value)
    answer = QMessageBox.question(parent, parent.tr("Licence"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes
