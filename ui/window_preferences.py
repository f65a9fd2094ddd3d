"""The user's voice profile and company guidelines in the window: edit, forget (after asking), use.

Both are private: they are stored in the encrypted library (app.private_preferences), never in
the settings file. The checks and the "My voice" tone follow them through the draft model.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from app.checks import Guidelines
from app.private_preferences import save_guidelines, save_voice_profile
from app.voice import VoiceProfile
from app.voice_prompt import catalog_with_voice, my_voice_tone

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WindowPreferences:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.voice_profile: VoiceProfile | None = None
        self.guidelines: Guidelines | None = None

    def edit_voice_profile(self) -> None:
        from ui.voice_dialog import VoiceProfileDialog

        dialog = VoiceProfileDialog(self.voice_profile, self.window)
        if dialog.exec():
            self.set_voice_profile(dialog.profile())

    def forget_voice_profile(self) -> None:
        """Ask first: the profile was built from the user's own posts."""
        if self.voice_profile is not None and self.confirm_forget_voice():
            self.set_voice_profile(None)

    def confirm_forget_voice(self) -> bool:
        window = self.window
        answer = QMessageBox.question(
            window,
            window.tr("Forget your voice profile?"),
            window.tr(
                "OwnVoice forgets the posts you gave it and how you write. The My voice tone goes away "
                "until you make a new profile. Your drafts stay."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def set_voice_profile(self, profile: VoiceProfile | None) -> None:
        """Use (and store, privately) the user's voice profile; None forgets it."""
        self.use_voice_profile(profile)
        model = self.window.model
        if profile is not None:
            model.set_options(replace(model.options, tone=my_voice_tone().id))
        self.window.library.store_privately(save_voice_profile, profile)

    def use_voice_profile(self, profile: VoiceProfile | None) -> None:
        window = self.window
        self.voice_profile = profile
        window.catalog = catalog_with_voice(window.base_catalog, profile)
        window.angle_panel.set_catalog(window.catalog)
        window.actions_.forget_voice_action.setEnabled(profile is not None)
        window.model.set_check_context(profile, self.guidelines)

    def edit_guidelines(self) -> None:
        from ui.dialogs import guidelines_dialog

        guidelines_dialog(self.guidelines, self.set_guidelines, self.window).exec()

    def set_guidelines(self, guidelines: Guidelines | None) -> None:
        self.use_guidelines(guidelines)
        self.window.library.store_privately(save_guidelines, guidelines)

    def use_guidelines(self, guidelines: Guidelines | None) -> None:
        self.guidelines = guidelines
        self.window.model.set_check_context(self.voice_profile, guidelines)
