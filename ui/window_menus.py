"""The main window's actions and menus (File, Draft, Model, View, Profile, Help) and their shortcuts.

Every action is added to the window too, so its shortcut works wherever the focus is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from ui.text_zoom import TextZoom
from ui.theme import THEMES

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WindowActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        controller = window.controller
        menu = window.menuBar()

        file_menu = menu.addMenu(window.tr("&File"))
        self.new_action = self._action(window.tr("&New draft"), controller.new_draft, QKeySequence.StandardKey.New)
        self.open_action = self._action(window.tr("&Open story…"), window.choose_story_file, QKeySequence.StandardKey.Open)
        self.drafts_action = self._action(window.tr("My &drafts…"), window.show_drafts, "Ctrl+Shift+O")
        self.quit_action = self._action(window.tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)
        for action in (self.new_action, self.open_action, self.drafts_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.file_menu = file_menu

        draft_menu = menu.addMenu(window.tr("&Draft"))
        self.generate_action = self._action(window.tr("&Generate"), controller.generate, "Ctrl+Return")
        self.generate_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.stop_action = self._action(window.tr("&Stop"), controller.stop, "Esc")
        self.copy_action = self._action(
            window.tr("&Copy selected draft for LinkedIn"), controller.copy_selected, "Ctrl+Shift+C"
        )
        self.next_card_action = self._action(window.tr("Next draft"), lambda: window.cycle_card(1), "Ctrl+]")
        self.previous_card_action = self._action(window.tr("Previous draft"), lambda: window.cycle_card(-1), "Ctrl+[")
        for action in (
            self.generate_action,
            self.stop_action,
            self.copy_action,
            self.next_card_action,
            self.previous_card_action,
        ):
            draft_menu.addAction(action)

        self.model_menu = menu.addMenu(window.tr("&Model"))
        window.models.attach_menu(self.model_menu)
        self.better_model_action = self._action(window.tr("Get a &better model…"), window.open_better_model)

        view_menu = menu.addMenu(window.tr("&View"))
        theme_menu = view_menu.addMenu(window.tr("&Theme"))
        self.theme_group = QActionGroup(window)
        names = {"system": window.tr("Follow the system"), "light": window.tr("Light"), "dark": window.tr("Dark")}
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = QAction(names[theme], window, checkable=True)
            action.setChecked(theme == window.settings.theme)
            action.triggered.connect(lambda _=False, name=theme: window.view.set_theme(name))
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.preview_action = self._action(window.tr("Show LinkedIn &preview"), window.view.show_preview, "F9")
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.mobile_action = self._action(window.tr("&Mobile preview"), window.preview.set_mobile, "Ctrl+M")
        self.mobile_action.setCheckable(True)
        self.mobile_action.setChecked(window.settings.preview_mobile)
        self.styling_action = self._action(window.tr("Copy **bold** as Unicode bold letters"), window.view.set_unicode_styling)
        self.styling_action.setCheckable(True)
        self.styling_action.setChecked(window.settings.unicode_styling)
        self.styling_action.setToolTip(window.tr("Screen readers read these letters badly; turn off for plain text."))
        for action in (self.preview_action, self.mobile_action, self.styling_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.text_zoom = TextZoom(window, window.settings.text_zoom)  # Ctrl+Plus/Minus/0 for the text areas
        self.text_zoom.stepChanged.connect(lambda _: window.bridge.note(self.text_zoom.describe(), 3000))
        view_menu.addActions(self.text_zoom.actions())

        profile_menu = menu.addMenu(window.tr("&Profile"))
        self.profile_action = self._action(window.tr("Your name and &headline…"), window.view.edit_profile, "Ctrl+,")
        self.voice_action = self._action(window.tr("My &voice…"), window.prefs.edit_voice_profile, "Ctrl+Shift+V")
        self.forget_voice_action = self._action(window.tr("Forget my voice profile…"), window.prefs.forget_voice_profile)
        self.guidelines_action = self._action(window.tr("Company &guidelines…"), window.prefs.edit_guidelines)
        self.wipe_action = self._action(window.tr("Delete all my data…"), window.delete_all_data)
        for action in (self.profile_action, self.voice_action, self.forget_voice_action, self.guidelines_action):
            profile_menu.addAction(action)
        profile_menu.addSeparator()
        profile_menu.addAction(self.wipe_action)
        self.profile_menu = profile_menu

        help_menu = menu.addMenu(window.tr("&Help"))
        self.shortcuts_action = self._action(window.tr("&Keyboard shortcuts"), window.view.show_shortcuts, "F1")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.better_model_action)
        help_menu.addAction(self._action(window.tr("Open the &log folder"), window.view.open_log_folder))
        help_menu.addAction(self._action(window.tr("&About OwnVoice"), window.view.show_about))

    def _action(self, text: str, slot: Callable[..., object], shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work wherever the focus is in this window
        return action

    def set_generating(self, generating: bool, blocked_reason: str) -> None:
        self.generate_action.setEnabled(not generating and not blocked_reason)
        self.stop_action.setEnabled(generating)
