"""The first-run offer: when only the starter model is there, offer (once, and again from
the starter model's notice) the catalogue model that fits this laptop best, one click to
download it. Skipping keeps the starter model."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app.model_preferences import ModelPreferences
from app.settings import Settings, SettingsStore
from models.catalog import model_files
from models.curated import CatalogueEntry, CatalogueError, best_for_machine, load_catalogue
from models.download import pending_downloads
from models.memory import format_bytes, total_ram_bytes
from ui.downloads import DownloadController


def only_the_starter_model(models_dir: Path, prefs: ModelPreferences) -> bool:
    """No model file of the user's own and no download under way (file names only: nothing
    is opened, so this is safe on the GUI thread at start-up)."""
    folders = [models_dir, *prefs.folders]
    return not any(model_files(folder) for folder in folders) and not pending_downloads(models_dir)


def first_run_offer_due(models_dir: Path, prefs: ModelPreferences) -> bool:
    return not prefs.first_run_offer_done and prefs.backend == "local" and only_the_starter_model(models_dir, prefs)


def recommended_model(total_ram: int | None = None) -> CatalogueEntry | None:
    try:
        catalogue = load_catalogue()
    except CatalogueError:
        return None
    return best_for_machine(catalogue, total_ram_bytes() if total_ram is None else total_ram)


class FirstRunOffer(QDialog):
    def __init__(self, entry: CatalogueEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Get a better model"))
        text = self.tr(
            "<p>OwnVoice came with a tiny starter model: it shows how everything works, but its "
            "posts are weak.</p>"
            "<p><b>%1</b> writes much better English and Dutch and fits this computer. "
            "It is a %2 download, once; after that it runs offline.</p>"
            "<p>%3</p><p>Licence: %4. %5</p>"
        )
        for marker, value in (("%1", entry.name), ("%2", ("≈" if not entry.size_exact else "") + format_bytes(entry.size_bytes)),
                              ("%3", entry.why), ("%4", entry.licence), ("%5", entry.licence_note)):  # fmt: skip
            text = text.replace(marker, _escape(value))
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.download_button = buttons.addButton(self.tr("Download"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.skip_button = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.download_button.setObjectName("PrimaryButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("You can download it later under Model → Manage models."))
        note.setObjectName("Hint")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)


def offer_better_model(
    parent: QWidget,
    models_dir: Path,
    store: SettingsStore,
    settings: Settings,
    downloads: DownloadController,
    *,
    again: bool = False,
) -> str | None:
    """Show the offer if it is due (or `again`, from the starter model's notice). Returns the
    download's key when the user chose to download. The offer is recorded as made either way."""
    prefs = ModelPreferences.of(settings)
    if not again and not first_run_offer_due(models_dir, prefs):
        return None
    entry = recommended_model()
    if entry is None:
        return None
    dialog = FirstRunOffer(entry, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    prefs.first_run_offer_done = True
    prefs.store_in(settings)
    try:
        store.save(settings)
    except OSError:
        pass  # asked again next time: harmless
    if not accepted:
        return None
    return downloads.start(entry.download_request(models_dir), entry.name)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
