"""The "Your angle" panel: tone, angles, language, length and the "Make it personal" answers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.options import LANGUAGES, Length, PersonalNotes, PostOptions
from app.presets import PresetCatalog
from app.prompt import LENGTH_WORDS
from ui.flow_layout import FlowLayout
from ui.widgets import ComboBox, section_title

__all__ = ["AnglePanel", "section_title"]


class AnglePanel(QWidget):
    changed = Signal()
    chipsRebuilt = Signal()  # the angle chips were made anew: the window puts them back in the Tab order

    def __init__(self, catalog: PresetCatalog, ui_language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._ui_language = ui_language

        self.tone_combo = ComboBox()
        self.tone_combo.setAccessibleName(self.tr("Tone"))
        self.tone_description = QLabel()
        self.tone_description.setObjectName("ToneDescription")
        self.tone_description.setWordWrap(True)

        self.chips: dict[str, QToolButton] = {}
        chips_box = QWidget()
        self._chips_layout = FlowLayout(chips_box, spacing=6)

        self.language_combo = ComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the posts"))
        for code, name in (("en", self.tr("English")), ("nl", self.tr("Dutch (Nederlands)"))):
            if code in LANGUAGES:
                self.language_combo.addItem(name, code)

        self.length_group = QButtonGroup(self)
        length_row = QHBoxLayout()
        labels = {Length.SHORT: self.tr("Short"), Length.MEDIUM: self.tr("Medium"), Length.LONG: self.tr("Long")}
        for length, label in labels.items():
            button = QRadioButton(label)
            words = self._words_text(length)
            button.setAccessibleName(self.tr("Length: %1, %2").replace("%1", label).replace("%2", words))
            button.setToolTip(words)
            button.setProperty("length", length.value)
            self.length_group.addButton(button)
            length_row.addWidget(button)
        length_row.addStretch(1)
        self.length_words = QLabel()  # the limit in words, as the post will be asked for
        self.length_words.setObjectName("Hint")
        self.length_group.buttonToggled.connect(lambda *_: self._show_length_words())

        self.role_edit = QLineEdit()
        self.role_edit.setPlaceholderText(self.tr("e.g. I led the testing of the new line"))
        self.role_edit.setAccessibleName(self.tr("Your role in this"))
        self.why_edit = QLineEdit()
        self.why_edit.setPlaceholderText(self.tr("e.g. my grandfather worked in this town's factory"))
        self.why_edit.setAccessibleName(self.tr("Why it matters to you"))
        self.detail_edit = QLineEdit()
        self.detail_edit.setPlaceholderText(self.tr("e.g. the first battery was signed by the whole team"))
        self.detail_edit.setAccessibleName(self.tr("One detail only you know"))
        self.personal_toggle = QToolButton()
        self.personal_toggle.setText(self.tr("Make it personal"))
        self.personal_toggle.setCheckable(True)
        self.personal_toggle.setChecked(True)
        self.personal_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.personal_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.personal_toggle.setAutoRaise(True)
        self.personal_toggle.setObjectName("SectionTitle")
        self.personal_toggle.setAccessibleName(self.tr("Show or hide the personal questions"))
        personal = QWidget()
        personal_form = QFormLayout(personal)
        personal_form.setContentsMargins(0, 0, 0, 0)
        personal_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        personal_form.addRow(self.tr("Your role in this"), self.role_edit)
        personal_form.addRow(self.tr("Why it matters to you"), self.why_edit)
        personal_form.addRow(self.tr("One detail only you know"), self.detail_edit)
        self.personal_toggle.toggled.connect(personal.setVisible)
        self.personal_toggle.toggled.connect(
            lambda on: self.personal_toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        )

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_title(self.tr("Tone")))
        layout.addWidget(self.tone_combo)
        layout.addWidget(self.tone_description)
        layout.addWidget(section_title(self.tr("Angles (choose one or more)")))
        layout.addWidget(chips_box)
        language_row = QFormLayout()
        language_row.addRow(self.tr("Write in"), self.language_combo)
        language_row.addRow(self.tr("Length"), length_row)
        language_row.addRow("", self.length_words)
        layout.addLayout(language_row)
        layout.addWidget(self.personal_toggle)
        layout.addWidget(personal)

        self.set_catalog(catalog)
        self.tone_combo.currentIndexChanged.connect(self._on_tone_changed)
        self.language_combo.currentIndexChanged.connect(self.changed)
        self.length_group.buttonToggled.connect(lambda *_: self.changed.emit())
        for edit in (self.role_edit, self.why_edit, self.detail_edit):
            edit.textChanged.connect(self.changed)
        self.set_post_options(PostOptions(tone="warm", angles=("learned", "team")))

    # ---------------------------------------------------------------- presets

    def set_catalog(self, catalog: PresetCatalog) -> None:
        """(Re)build the tone list and angle chips, keeping the current choices."""
        current = self.post_options() if self.chips else None
        self._catalog = catalog
        self.tone_combo.blockSignals(True)
        self.tone_combo.clear()
        for tone in catalog.tones:
            self.tone_combo.addItem(tone.label(self._ui_language), tone.id)
            self.tone_combo.setItemData(
                self.tone_combo.count() - 1, tone.description(self._ui_language), Qt.ItemDataRole.ToolTipRole
            )
        self.tone_combo.blockSignals(False)
        for chip in self.chips.values():
            self._chips_layout.removeWidget(chip)
            chip.deleteLater()
        self.chips = {}
        for angle in catalog.angles:
            chip = QToolButton()
            chip.setObjectName("AngleChip")
            chip.setText(angle.label(self._ui_language))
            chip.setToolTip(angle.description(self._ui_language))
            chip.setCheckable(True)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.setAccessibleName(self.tr("Angle: %1").replace("%1", angle.label(self._ui_language)))
            chip.setAccessibleDescription(angle.description(self._ui_language))
            chip.toggled.connect(lambda *_: self.changed.emit())
            self._chips_layout.addWidget(chip)
            chip.show()  # at once, not at the next layout pass: Tab must find it right away
            self.chips[angle.id] = chip
        if current is not None:
            self.set_post_options(current)
        self._on_tone_changed()
        self.chipsRebuilt.emit()

    def focus_chain(self) -> list[QWidget]:
        """Tone, angles, language, length and the personal questions, in the order of the work."""
        return [
            self.tone_combo,
            *self.chips.values(),
            self.language_combo,
            *self.length_group.buttons(),
            self.personal_toggle,
            self.role_edit,
            self.why_edit,
            self.detail_edit,
        ]

    def _words_text(self, length: Length) -> str:
        low, high = LENGTH_WORDS[length]
        return self.tr("%1–%2 words").replace("%1", str(low)).replace("%2", str(high))

    def _show_length_words(self) -> None:
        checked = self.length_group.checkedButton()
        if checked is not None:
            self.length_words.setText(self._words_text(Length(checked.property("length"))))

    def _on_tone_changed(self) -> None:
        tone_id = self.tone_combo.currentData()
        if tone_id:
            self.tone_description.setText(self._catalog.tone(tone_id).description(self._ui_language))
        self.changed.emit()

    # ---------------------------------------------------------------- values

    def selected_angles(self) -> tuple[str, ...]:
        return tuple(angle_id for angle_id, chip in self.chips.items() if chip.isChecked())

    def post_options(self) -> PostOptions:
        checked = self.length_group.checkedButton()
        length = Length(checked.property("length")) if checked is not None else Length.MEDIUM
        return PostOptions(
            tone=str(self.tone_combo.currentData() or "warm"),
            angles=self.selected_angles(),
            language=str(self.language_combo.currentData() or "en"),
            length=length,
            notes=PersonalNotes(
                role=self.role_edit.text(), why=self.why_edit.text(), detail=self.detail_edit.text()
            ),
        )

    def set_post_options(self, options: PostOptions) -> None:
        index = self.tone_combo.findData(options.tone)
        self.tone_combo.setCurrentIndex(index if index >= 0 else 0)
        for angle_id, chip in self.chips.items():
            chip.setChecked(angle_id in options.angles)
        language_index = self.language_combo.findData(options.language)
        if language_index >= 0:
            self.language_combo.setCurrentIndex(language_index)
        for button in self.length_group.buttons():
            button.setChecked(button.property("length") == options.length.value)
        self.role_edit.setText(options.notes.role)
        self.why_edit.setText(options.notes.why)
        self.detail_edit.setText(options.notes.detail)
