"""One draft card: the post for one angle, editable, with its actions and character count."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.linkedin.format import LINKEDIN_MAX_CHARS, linkedin_length, to_linkedin_text
from app.checks import CheckReport
from app.tweaks import TWEAKS
from ui.hint_marks import FindingHighlighter
from ui.hints import CardHints


def tweak_labels(widget: QWidget) -> dict[str, str]:
    return {
        "shorter": widget.tr("Shorter"),
        "personal": widget.tr("More personal"),
        "informal": widget.tr("Less formal"),
        "question": widget.tr("Add a question at the end"),
    }


class PostCard(QFrame):
    regenerateRequested = Signal(str)  # card id
    stopRequested = Signal(str)  # card id: stop writing this card
    tweakRequested = Signal(str, str)  # card id, tweak id
    copyRequested = Signal(str)
    keepRequested = Signal(str)
    historyRequested = Signal(str)
    textEdited = Signal(str)
    activated = Signal(str)  # the user is working in this card (the preview follows it)

    def __init__(self, card_id: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_id = card_id
        self.setObjectName("PostCard")
        self.setProperty("selected", False)
        self.setAccessibleName(self.tr("Draft: %1").replace("%1", title))
        self._streaming = False
        self._unicode_styling = True
        self.kept = False

        self.title_label = QLabel(title)
        self.title_label.setObjectName("CardTitle")
        self.status_label = QLabel()
        self.status_label.setObjectName("CardStatus")
        self.status_label.setAccessibleName(self.tr("Draft status"))

        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumHeight(200)
        self.editor.setPlaceholderText(self.tr("The draft appears here."))
        self.editor.setAccessibleName(self.tr("Post text: %1").replace("%1", title))
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.installEventFilter(self)

        self.count_label = QLabel()
        self.count_label.setObjectName("CharCount")
        self.count_label.setAccessibleName(self.tr("Character count"))

        self.regenerate_button = self._button("↻ " + self.tr("Regenerate"), self.tr("Write this angle again"))
        self.regenerate_button.clicked.connect(self._regenerate_or_stop)
        self.tweak_button = self._button(self.tr("Tweak"), self.tr("Rewrite the current text"))
        self.tweak_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.tweak_button)
        for item in TWEAKS:
            action = menu.addAction(tweak_labels(self)[item.id])
            action.triggered.connect(lambda _=False, tweak_id=item.id: self.tweakRequested.emit(self.card_id, tweak_id))
        self.tweak_button.setMenu(menu)
        self.copy_button = self._button(self.tr("Copy"), self.tr("Copy as LinkedIn text"))
        self.copy_button.clicked.connect(lambda: self.copyRequested.emit(self.card_id))
        self.keep_button = self._button("☆ " + self.tr("Keep"), self.tr("Keep this draft"))
        self.keep_button.clicked.connect(lambda: self.keepRequested.emit(self.card_id))
        self.history_button = self._button("🕘", self.tr("Version history: compare and restore"))
        self.history_button.clicked.connect(lambda: self.historyRequested.emit(self.card_id))

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.count_label)
        footer = QHBoxLayout()
        footer.setSpacing(0)
        # The status may be cut short on a narrow card; the buttons never are.
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        footer.addWidget(self.status_label, 1)
        for button in self.buttons():
            footer.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.editor, 1)
        self.hints = CardHints()
        self.highlighter = FindingHighlighter(self.editor)
        self.hints.findingActivated.connect(self.highlighter.select_range)
        layout.addWidget(self.hints)
        layout.addLayout(footer)
        self._update_count()

    def _button(self, text: str, tooltip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("CardButton")
        button.setText(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(tooltip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # ---------------------------------------------------------------- text

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        if text != self.text():
            self.editor.setPlainText(text)

    def linkedin_text(self) -> str:
        return to_linkedin_text(self.text(), unicode_styling=self._unicode_styling)

    def set_unicode_styling(self, enabled: bool) -> None:
        self._unicode_styling = enabled
        self._update_count()

    @property
    def streaming(self) -> bool:
        return self._streaming

    def set_busy(self, busy: bool) -> None:
        """Being written: the text is read-only and Regenerate becomes Stop (for this card).

        Focus inside the card stays inside it, so the selection never jumps to another card
        when the button the user pressed is disabled."""
        if busy == self._streaming:
            return
        focused = QApplication.focusWidget()
        if busy and focused is not None and focused in self.buttons()[1:]:
            # Before it is disabled: Qt would hand the focus to the next card, selecting it.
            self.regenerate_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._streaming = busy
        self.editor.setReadOnly(busy)
        for button in (self.tweak_button, self.copy_button, self.keep_button, self.history_button):
            button.setEnabled(not busy)
        if busy:
            self.regenerate_button.setText("■ " + self.tr("Stop"))
            self.regenerate_button.setToolTip(self.tr("Stop writing this card; the text so far stays"))
            self.regenerate_button.setAccessibleName(self.tr("Stop writing this card"))
        else:
            self.regenerate_button.setText("↻ " + self.tr("Regenerate"))
            self.regenerate_button.setToolTip(self.tr("Write this angle again"))
            self.regenerate_button.setAccessibleName(self.tr("Write this angle again"))

    def _regenerate_or_stop(self) -> None:
        (self.stopRequested if self._streaming else self.regenerateRequested).emit(self.card_id)

    def begin_stream(self, status: str) -> None:
        """Clear the card for a new draft; the text is read-only until the stream ends."""
        self.set_busy(True)
        self.editor.clear()
        self.show_report(None)
        self.set_status(status)

    def show_report(self, report: CheckReport | None) -> None:
        """Writing hints for the current text (None: none yet, e.g. while streaming)."""
        self.hints.show_report(report)
        if report is None:
            self.highlighter.clear()
        else:
            self.highlighter.set_report(report)

    def append_text(self, text: str) -> None:
        cursor = QTextCursor(self.editor.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)
        bar = self.editor.verticalScrollBar()
        bar.setValue(bar.maximum())

    def end_stream(self, final_text: str | None, status: str) -> None:
        """Stop streaming; `final_text` (cleaned) replaces the raw stream when given."""
        if final_text is not None:
            self.set_text(final_text)
        self.set_busy(False)
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)  # read a finished draft from its start
        self.editor.ensureCursorVisible()
        self.set_status(status)

    def set_status(self, status: str) -> None:
        if status != self.status_label.text():
            self.status_label.setText(status)
            self.status_label.setToolTip(status)  # it may be cut short on a narrow card

    def restore_text(self, text: str) -> None:
        """Put back a text the library already holds (no new edit is recorded)."""
        self.blockSignals(True)
        self.set_text(text)
        self.blockSignals(False)

    def set_kept(self, kept: bool) -> None:
        self.kept = kept
        self.keep_button.setText(("★ " + self.tr("Kept")) if kept else ("☆ " + self.tr("Keep")))

    def set_selected(self, selected: bool) -> None:
        self.setProperty("selected", selected)
        self.style().unpolish(self)
        self.style().polish(self)

    def buttons(self) -> list[QToolButton]:
        return [self.regenerate_button, self.tweak_button, self.copy_button, self.keep_button, self.history_button]

    def focus_chain(self) -> list[QWidget]:
        """The card's controls in the order Tab visits them."""
        return [self.editor, self.hints.toggle, *self.buttons()]

    def _on_text_changed(self) -> None:
        self._update_count()
        if not self._streaming:
            self.textEdited.emit(self.card_id)

    def _update_count(self) -> None:
        count = linkedin_length(self.linkedin_text())
        over = count > LINKEDIN_MAX_CHARS
        words = len(self.text().split())
        self.count_label.setText(
            self.tr("%1 words · %2 / %3").replace("%1", f"{words:,}").replace("%2", f"{count:,}").replace(
                "%3", f"{LINKEDIN_MAX_CHARS:,}"
            )
        )
        self.count_label.setToolTip(
            self.tr("%1 characters over LinkedIn's limit").replace("%1", f"{count - LINKEDIN_MAX_CHARS:,}")
            if over
            else self.tr("Characters as LinkedIn counts them")
        )
        if bool(self.count_label.property("over")) != over:
            self.count_label.setProperty("over", over)
            self.count_label.style().unpolish(self.count_label)
            self.count_label.style().polish(self.count_label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.editor and event.type() == QEvent.Type.FocusIn:
            self.activated.emit(self.card_id)
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: object) -> None:  # type: ignore[override]  # noqa: N802
        self.activated.emit(self.card_id)
        super().mousePressEvent(event)  # type: ignore[arg-type]
