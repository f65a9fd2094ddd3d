"""The window's view and settings: theme, preview, Unicode styling, the LinkedIn profile shown in
the preview, the settings file, and the small Help dialogs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from app.options import Length, PostOptions
from app.settings import Settings

if TYPE_CHECKING:
    from ui.main_window import MainWindow

log = logging.getLogger(__name__)


def options_from_settings(settings: Settings) -> PostOptions:
    return PostOptions(
        tone=settings.tone,
        angles=tuple(settings.angles) or ("learned",),
        language=settings.language,
        length=Length.parse(settings.length),
    )


class WindowView:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.preview_wanted = True  # the user's choice; a narrow window hides the preview anyway

    def set_theme(self, theme: str) -> None:
        from ui.theme import apply_theme

        self.window.settings.theme = theme
        app = QGuiApplication.instance()
        if app is not None:
            apply_theme(app, theme)  # type: ignore[arg-type]
        # The preview colours its labels from the palette; it must look once the new one has landed.
        QTimer.singleShot(0, self.window.preview, self.window.preview.refresh_colours)
        self.window.actions_.theme_actions[theme].setChecked(True)

    def on_system_colour_scheme_changed(self) -> None:
        if self.window.settings.theme == "system":
            self.set_theme("system")

    def show_preview(self, visible: bool) -> None:
        self.preview_wanted = visible
        self.window.preview_panel.setVisible(visible)  # asked for explicitly: shown even in a narrow window

    def on_preview_mobile_changed(self, mobile: bool) -> None:
        self.window.settings.preview_mobile = mobile
        self.window.actions_.mobile_action.setChecked(mobile)

    def set_unicode_styling(self, enabled: bool) -> None:
        self.window.settings.unicode_styling = enabled
        self.window.preview.set_unicode_styling(enabled)
        self.window.cards_view.set_unicode_styling(enabled)
        self.window.controller.unicode_styling = enabled

    def edit_profile(self) -> None:
        from ui.dialogs import ProfileDialog

        dialog = ProfileDialog(self.window.settings.display_name, self.window.settings.headline, self.window)
        if dialog.exec():
            self.window.settings.display_name, self.window.settings.headline = dialog.values()
            self.window.preview.set_author(self.window.settings.display_name, self.window.settings.headline)
            self.save_settings()

    def show_shortcuts(self) -> None:
        from ui.dialogs import ShortcutsDialog

        ShortcutsDialog([a for a in self.window.actions() if not a.shortcut().isEmpty()], self.window).exec()

    def show_about(self) -> None:
        from ui.dialogs import about_text

        QMessageBox.about(self.window, self.window.tr("About OwnVoice"), about_text(self.window))

    def open_log_folder(self) -> None:
        self.window.paths.log_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.window.paths.log_dir)))

    def current_settings(self) -> Settings:
        """The window's own Settings, brought up to date with the draft's choices and the window's
        place. Updated in place: the model status and the model manager hold the same object, and
        whatever they wrote into it (the model in use, model preferences) stays."""
        settings, options = self.window.settings, self.window.model.options
        settings.tone = options.tone
        settings.angles = list(options.angles)
        settings.language = options.language
        settings.length = options.length.value
        settings.text_zoom = self.window.actions_.text_zoom.step
        settings.window_geometry = bytes(self.window.saveGeometry().toBase64().data()).decode("ascii")
        return settings

    def save_settings(self) -> bool:
        self.current_settings()
        try:
            self.window.settings_store.save(self.window.settings)
        except OSError as exc:
            log.warning("saving settings failed: %s", exc)
            self.window.bridge.note(
                self.window.tr("Your settings could not be saved (%1).").replace("%1", exc.strerror or str(exc)), 8000
            )
            return False
        return True

