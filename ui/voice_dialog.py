"""The "My voice" dialog: paste or import a few of your own posts, see what OwnVoice measured,
and edit the style notes the model gets.

Step 1 takes the posts (split by `app.voice.split_samples`); step 2 shows the profile's summary
and its style notes, editable one per line. All measuring happens in `app.voice`, on this
computer; this module only presents it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.story_io import InputError, read_text_file
from app.voice import MAX_POSTS, MIN_POSTS, SPLIT_RULE, VoiceProfile, split_samples
from ui.banner import MessageBanner
from ui.domain_text import error_text, shown

SAMPLE_SEPARATOR = "\n\n---\n\n"
COUNT_DELAY_MS = 150  # recount the pasted posts at most this often while the user types


def replace_text_undoably(edit: QPlainTextEdit, text: str) -> None:
    """Replace all text as one edit the user can undo (setPlainText would wipe the undo stack)."""
    cursor = QTextCursor(edit.document())
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.insertText(text)


def _label(text: str, object_name: str = "", *, plain: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if plain:
        label.setTextFormat(Qt.TextFormat.PlainText)
    if object_name:
        label.setObjectName(object_name)
    return label


def _button(text: str, tooltip: str, on_click: Callable[[], object], *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("PrimaryButton" if primary else "SecondaryButton")
    button.setToolTip(tooltip)
    button.clicked.connect(on_click)
    return button


class VoiceProfileDialog(QDialog):
    """Build or edit the voice profile. After `exec()` returns Accepted, `profile()` has the result.

    With an existing profile the dialog opens on what it says, with "Analyse new posts…" to start
    again from the same posts; without one it opens on pasting posts.
    """

    PASTE_PAGE = 0
    PROFILE_PAGE = 1

    def __init__(self, profile: VoiceProfile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My voice"))
        self.setAccessibleName(self.tr("My voice profile"))
        self._measured: VoiceProfile | None = profile  # the numbers; the notes live in the editor
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._update_count)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_paste_page())
        self.pages.addWidget(self._build_profile_page())
        privacy = _label(self.tr("Your posts stay on this computer."), "Hint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this voice"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(privacy, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        if profile is not None:
            self.samples_edit.setPlainText(SAMPLE_SEPARATOR.join(profile.samples))
            self._show_profile(profile, profile.style_notes())
        else:
            self._show_page(self.PASTE_PAGE)
        self._update_count()
        self.resize(640, 600)

    # -- public API -------------------------------------------------------------------------

    def profile(self) -> VoiceProfile | None:
        """The measured profile with the notes as they stand in the editor (None before "Analyse")."""
        if self._measured is None:
            return None
        notes = [line.strip() for line in self.notes_edit.toPlainText().splitlines() if line.strip()]
        measured = self._measured.with_style_notes(None)
        if notes == measured.style_notes():
            return measured  # unchanged: keep following the numbers
        return measured.with_style_notes(notes)

    def current_page(self) -> int:
        return self.pages.currentIndex()

    def analyse(self) -> bool:
        """Measure the posts in the text box; on a problem, say so above the text and stay."""
        try:
            profile = VoiceProfile.from_posts(split_samples(self.samples_edit.toPlainText()))
        except InputError as exc:
            self.paste_banner.show_message(error_text(exc), "warning")
            return False
        self.paste_banner.dismiss()
        self._show_profile(profile, profile.style_notes())
        return True

    def import_file(self, path: Path) -> bool:
        """Put a text file's posts in the text box (undoable); a problem shows inline, the text stays."""
        try:
            text = read_text_file(path, "The file")
        except InputError as exc:
            self.paste_banner.show_message(error_text(exc), "warning")
            return False
        self.paste_banner.dismiss()
        replace_text_undoably(self.samples_edit, text.strip("\n"))
        self._update_count()
        return True

    def reset_notes(self) -> None:
        """Back to the notes measured from the posts (undoable)."""
        if self._measured is not None:
            replace_text_undoably(self.notes_edit, "\n".join(self._measured.with_style_notes(None).style_notes()))

    # -- pages ------------------------------------------------------------------------------

    def _build_paste_page(self) -> QWidget:
        page = QWidget()
        title = _label(self.tr("Your own posts"), "SectionTitle")
        intro = _label(
            self.tr(
                "Paste {low} to {high} LinkedIn posts you wrote yourself. OwnVoice measures how you write "
                "(length, sentences, line breaks, emoji, hashtags, how you open and close) and asks the "
                "model to write the same way."
            ).format(low=MIN_POSTS, high=MAX_POSTS)
        )
        rule = _label(shown(SPLIT_RULE), "Hint")
        self.paste_banner = MessageBanner(page)
        self.samples_edit = QPlainTextEdit()
        self.samples_edit.setAccessibleName(self.tr("Your earlier posts"))
        self.samples_edit.setAccessibleDescription(shown(SPLIT_RULE))
        self.samples_edit.setPlaceholderText(
            self.tr("My first post…\n\n---\n\nAnother post of mine…\n\n---\n\nA third one…")
        )
        self.samples_edit.setTabChangesFocus(True)
        self.samples_edit.textChanged.connect(self._count_timer.start)
        self.samples_edit.textChanged.connect(self.paste_banner.hide)  # a reason about the old text is stale
        self.count_label = _label("", "Hint")
        self.count_label.setAccessibleName(self.tr("Posts found"))

        self.import_button = _button(
            self.tr("Import text file…"),
            self.tr("A .txt, .md or .docx file, posts separated as described above"),
            self._choose_file,
        )
        self.back_button = _button(
            self.tr("Back to my profile"),
            self.tr("Keep the profile you have"),
            lambda: self._show_page(self.PROFILE_PAGE),
        )
        self.analyse_button = _button(
            self.tr("Analyse"), self.tr("Measure how these posts are written"), self.analyse, primary=True
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.analyse_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(rule)
        layout.addWidget(self.paste_banner)
        layout.addWidget(self.samples_edit, 1)
        layout.addLayout(buttons)
        return page

    def _build_profile_page(self) -> QWidget:
        page = QWidget()
        title = _label(self.tr("What your posts say"), "SectionTitle")
        self.measured_label = _label("", "Hint")
        self.summary_form = QFormLayout()
        self.summary_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.summary_form.setHorizontalSpacing(16)
        self.summary_form.setVerticalSpacing(3)
        notes_title = _label(self.tr("Style notes for the model"), "SectionTitle")
        notes_hint = _label(
            self.tr("One per line. Change, add or remove any of them: they go into every draft."), "Hint"
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Style notes, one per line"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMinimumHeight(120)
        self.reset_button = _button(
            self.tr("Reset to measured"),
            self.tr("Replace the notes with the ones measured from your posts"),
            self.reset_notes,
        )
        self.reanalyse_button = _button(
            self.tr("Analyse new posts…"),
            self.tr("Paste or import posts and measure again"),
            lambda: self._show_page(self.PASTE_PAGE),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.reanalyse_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.measured_label)
        layout.addLayout(self.summary_form)
        layout.addSpacing(6)
        layout.addWidget(notes_title)
        layout.addWidget(notes_hint)
        layout.addWidget(self.notes_edit, 1)
        layout.addLayout(buttons)
        return page

    def _show_profile(self, profile: VoiceProfile, notes: list[str]) -> None:
        self._measured = profile
        count = len(profile.samples)
        self.measured_label.setText(
            self.tr("Measured from 1 of your posts.")
            if count == 1
            else self.tr("Measured from {count} of your posts.").format(count=count)
        )
        while self.summary_form.rowCount():
            self.summary_form.removeRow(0)
        for name, value in profile.summary():
            shown = _label(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(name)
            label = _label(name)
            label.setWordWrap(False)  # wrapped form labels get clipped rows; the names are short
            self.summary_form.addRow(label, shown)
        self.notes_edit.setPlainText("\n".join(notes))
        self._show_page(self.PROFILE_PAGE)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        on_profile = page == self.PROFILE_PAGE
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(on_profile and self._measured is not None)
        self.back_button.setVisible(self._measured is not None)
        (self.notes_edit if on_profile else self.samples_edit).setFocus()
        self.analyse_button.setDefault(not on_profile)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(on_profile)

    def _update_count(self) -> None:
        self._count_timer.stop()
        count = len(split_samples(self.samples_edit.toPlainText()))
        if count == 0:
            text = ""
        elif count < MIN_POSTS:
            text = self.tr("{count} of at least {low} posts").format(count=count, low=MIN_POSTS)
        elif count > MAX_POSTS:
            text = self.tr("{count} posts: keep at most {high}").format(count=count, high=MAX_POSTS)
        else:
            text = self.tr("{count} posts found").format(count=count)
        self.count_label.setText(text)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import your posts"),
            "",
            self.tr("Text files (*.txt *.md *.markdown *.docx);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))
