"""Gentle hints on a card: a one-line summary that opens to the findings, the own-words meter and
the voice score; quiet underlines in the text (ui.hint_marks); a pause (never a wall) before copying
unchecked facts (ui.copy_check).

Presentation only: what counts as a finding, its wording and every threshold come from
`app.checks`. Nothing here blocks the user or changes the card's text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QEnterEvent, QFont, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.checks import CHECK_ORDER, CHECK_TITLES
from app.checks.findings import FACT, OWN_WORDS, POST, VOICE
from ui.domain_text import shown
from ui.copy_check import build_copy_confirmation, copy_confirmation
from ui.hint_marks import FindingHighlighter
from ui.hint_style import (
    ALL_CLEAR_SIGN,
    INFO_SIGN,
    WARNING_SIGN,
    Meter,
    Sign,
    hint_colours,
    own_words_percent,
    plain_label,
    qt_position,
)

if TYPE_CHECKING:
    from app.checks import CheckReport, Finding

__all__ = [
    "CardHints",
    "FindingHighlighter",
    "build_copy_confirmation",
    "copy_confirmation",
    "hint_colours",
    "qt_position",
]


class _FindingRow(QAbstractButton):
    """One finding: sign, message, the story's nearest fact, and why. Click or Enter selects it."""

    def __init__(self, finding: Finding, hint: str, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("FindingRow")
        warning = finding.severity == "warning"
        self._sign = Sign(self)
        self._sign.set_sign(
            WARNING_SIGN if warning else INFO_SIGN, warning, self.tr("Please check") if warning else self.tr("Hint")
        )
        self._message = plain_label(shown(finding.message), self)
        self._hint = plain_label(hint, self) if hint else None
        self._why = plain_label(why, self, muted=True) if why else None
        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(self._message)
        for label in (self._hint, self._why):
            if label is not None:
                texts.addWidget(label)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(6, 3, 6, 3)
        self._layout.setSpacing(4)
        self._layout.addWidget(self._sign, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(texts, 1)
        if finding.located:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(self.tr("Select it in the text"))
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # about the whole card: nothing to select
        self.setAccessibleName(shown(finding.message))
        self.setAccessibleDescription(" ".join(part for part in (hint, why) if part))

    def sign(self) -> Sign:
        return self._sign

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.finding.located:
            self.click()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event: QEnterEvent) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        self.update()
        super().leaveEvent(event)

    # QAbstractButton knows no size of its own; the labels' layout has it.
    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._layout.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.finding.located or not (self.underMouse() or self.hasFocus()):
            return
        colours = hint_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.fillPath(path, colours.row_hover)
        if self.hasFocus():
            painter.setPen(QPen(colours.focus, 1.5))
            painter.drawPath(path)


class CardHints(QWidget):
    """The hints under one card: a summary line that opens to the findings, grouped by check.

    Call `show_report(report)` whenever the card's report changes (None hides the panel).
    `findingActivated(start, end)` carries the finding's offsets in `report.post` (Python
    characters); `FindingHighlighter.select_range` selects them in the editor.
    """

    findingActivated = Signal(int, int)  # noqa: N815 (Qt signal naming)
    expandedChanged = Signal(bool)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CardHints")
        self._report: CheckReport | None = None
        self._shown: tuple[object, ...] | None = None
        self._details_stale = True
        self._expanded = False
        self._rows: list[_FindingRow] = []
        self._build()
        self.setAccessibleName(self.tr("Hints about this draft"))
        self.hide()

    # -- public API -------------------------------------------------------------------------

    def show_report(self, report: CheckReport | None) -> None:
        """Show the hints of `report` (None or an empty card: hide)."""
        if report is None or not report.post.strip():
            self._report = None
            self._shown = None
            self.hide()
            return
        self._report = report
        shown = (report.findings, report.own_words, report.voice)
        if shown != self._shown:  # most keystrokes change no hint: rebuild only when they differ
            self._shown = shown
            self._show_summary(report)
            self._details_stale = True
            if self.is_expanded():
                self._rebuild_details()
        self.show()

    def report(self) -> CheckReport | None:
        return self._report

    def is_expanded(self) -> bool:
        return self._expanded

    def set_expanded(self, expanded: bool) -> None:
        """Open (True) or close the list of hints; the summary line always shows."""
        if expanded == self._expanded:
            return
        self._expanded = expanded
        if expanded and self._details_stale:
            self._rebuild_details()
        self._details.setVisible(expanded)
        self._retitle_toggle()
        self.expandedChanged.emit(expanded)

    def summary_text(self) -> str:
        return self._summary.text()

    @property
    def toggle(self) -> QToolButton:
        """The summary's open/close button (keyboard users reach the hints through it)."""
        return self._toggle

    def finding_rows(self) -> list[_FindingRow]:
        """The rows on show, in order (for tests and keyboard navigation)."""
        return list(self._rows)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._toggle = QToolButton(self)
        self._toggle.setObjectName("HintsToggle")
        self._toggle.setAutoRaise(True)
        self._toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        line = self.fontMetrics().height()
        self._toggle.setFixedSize(line + 4, line + 2)  # one text line high: the arrow sits beside it
        self._toggle.setIconSize(QSize(line - 4, line - 4))
        self._toggle.clicked.connect(lambda: self.set_expanded(not self._expanded))
        self._sign = Sign(self)
        self._summary = plain_label(parent=self)
        self._summary.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, False)
        self._summary.setCursor(Qt.CursorShape.PointingHandCursor)
        self._summary.installEventFilter(self)  # a click on the sentence opens the hints too

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._sign, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._summary, 1)

        self._details = QWidget(self)
        self._details.setObjectName("HintDetails")
        self._details_layout = QVBoxLayout(self._details)
        self._details_layout.setContentsMargins(22, 0, 0, 2)
        self._details_layout.setSpacing(2)
        self._details.hide()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.setSpacing(2)
        outer.addLayout(row)
        outer.addWidget(self._details)
        self._retitle_toggle()

    def _show_summary(self, report: CheckReport) -> None:
        parts = self._summary_parts(report)
        text = " \u00b7 ".join(parts)
        self._summary.setText(text)
        self._summary.setAccessibleName(text)
        warned = bool(report.warnings)
        if warned:
            self._sign.set_sign(WARNING_SIGN, True, self.tr("Please check"))
        else:
            self._sign.set_sign(ALL_CLEAR_SIGN, False, self.tr("All clear"))
        self._toggle.setAccessibleDescription(text)
        # A screen reader hears every hint, folded or not (hidden rows are not read): the summary
        # and each message, on the hint box and, through PostCard, on the card's text.
        parts = [text, *(shown(f.message) for f in report.findings)]
        spoken = ". ".join(part.rstrip(". ") for part in parts if part) + "."
        if spoken != self.accessibleDescription():
            self.setAccessibleDescription(spoken)

    def spoken_hints(self) -> str:
        """What a screen reader hears about this card's hints ("" without hints)."""
        return self.accessibleDescription() if self._report is not None else ""

    def _summary_parts(self, report: CheckReport) -> list[str]:
        """Warnings first, then the meter, the count of other hints, and the voice score."""
        parts = []
        if not report.findings:
            parts.append(self.tr("No hints \u2014 it reads like you."))
        # A card that is not (only) a post says why, in the check's own short words.
        parts.extend(dict.fromkeys(shown(f.message) for f in report.by_check(POST)))
        facts = len(report.unmatched_facts)
        if facts:
            parts.append(
                self.tr("1 fact not in the story")
                if facts == 1
                else self.tr("{count} facts not in the story").format(count=facts)
            )
        for check in CHECK_ORDER:
            if check in (POST, FACT, OWN_WORDS, VOICE):  # said by their own parts
                continue
            warnings = sum(1 for f in report.warnings if f.check == check)
            if warnings:
                parts.append(self.tr("{title}: {count} to check").format(title=shown(CHECK_TITLES[check]), count=warnings))
        percent = own_words_percent(report)
        if report.own_words.reads_like_press_release:
            parts.append(self.tr("Own words {percent}%: reads like the press release").format(percent=percent))
        elif any(f.kind == "own_post" for f in report.findings):
            parts.append(self.tr("Own words {percent}%: repeats your earlier post").format(percent=percent))
        else:
            parts.append(self.tr("Own words {percent}%").format(percent=percent))
        infos = sum(1 for f in report.findings if f.severity == "info" and f.check not in (POST, VOICE))
        if infos:
            parts.append(self.tr("1 hint") if infos == 1 else self.tr("{count} hints").format(count=infos))
        if report.voice is not None:
            parts.append(self.tr("{label} ({score})").format(label=shown(report.voice.label), score=report.voice.score))
        return parts

    def _rebuild_details(self) -> None:
        self._details_stale = False
        while self._details_layout.count():
            item = self._details_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._rows = []
        report = self._report
        if report is None:
            return
        for check in CHECK_ORDER:
            findings = report.by_check(check)
            if check == OWN_WORDS:
                self._add_own_words(report, findings)
            elif check == VOICE and report.voice is not None:
                title = self.tr("{title} \u2014 {label} ({score} of 100)").format(
                    title=shown(CHECK_TITLES[VOICE]), label=shown(report.voice.label), score=report.voice.score
                )
                self._add_group(title, findings)
            elif findings:
                self._add_group(CHECK_TITLES[check], findings)

    def _add_group(self, title: str, findings: tuple[Finding, ...]) -> None:
        self._add_title(title)
        whys = {f.why for f in findings}
        shared_why = whys.pop() if len(findings) > 1 and len(whys) == 1 else ""
        if shared_why:  # e.g. every voice difference: say why once, not on every line
            self._add_note(shown(shared_why))
        for finding in findings:
            self._add_row(finding, "" if shared_why else finding.why)

    def _add_title(self, title: str) -> None:
        if self._details_layout.count():
            self._details_layout.addSpacing(4)
        label = plain_label(shown(title), self._details)
        label.setObjectName("HintGroupTitle")
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        self._details_layout.addWidget(label)

    def _add_note(self, text: str) -> QLabel:
        label = plain_label(text, self._details, muted=True)
        self._details_layout.addWidget(label)
        return label

    def _add_row(self, finding: Finding, why: str) -> None:
        hint = self.tr("Story says: {fact}").format(fact=finding.hint) if finding.check == FACT and finding.hint else ""
        row = _FindingRow(finding, hint, shown(why), self._details)
        row.clicked.connect(lambda _=False, f=finding: self._activate(f))
        self._details_layout.addWidget(row)
        self._rows.append(row)

    def _add_own_words(self, report: CheckReport, findings: tuple[Finding, ...]) -> None:
        meter = report.own_words
        percent = own_words_percent(report)
        self._add_title(CHECK_TITLES[OWN_WORDS])
        bar = Meter(self._details)
        bar.setObjectName("OwnWordsMeter")
        bar.setValue(percent)
        copies_own_post = any(f.kind == "own_post" for f in findings)
        bar.set_warning(meter.reads_like_press_release or copies_own_post)
        copied = 100 - percent
        source = self.tr("your earlier posts") if copies_own_post else self.tr("the story")
        description = self.tr("{percent}% in your own words; {copied}% repeats {source} word for word.").format(
            percent=percent, copied=copied, source=source
        )
        bar.setAccessibleName(self.tr("Own words meter"))
        bar.setAccessibleDescription(description)
        bar.setToolTip(description)
        caption = self.tr("{percent}% your own words").format(percent=percent)
        longest = max(meter.longest_run_words, report.own_posts.longest_run_words if report.own_posts else 0)
        if longest:
            caption += " \u00b7 " + self.tr("longest copied run: {words} words").format(words=longest)
        line = QWidget(self._details)
        layout = QHBoxLayout(line)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(bar, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(plain_label(caption, line, muted=True), 3)
        self._details_layout.addWidget(line)
        for finding in findings:
            self._add_row(finding, finding.why)

    def _activate(self, finding: Finding) -> None:
        if finding.start is not None and finding.end is not None:
            self.findingActivated.emit(finding.start, finding.end)

    # -- state ------------------------------------------------------------------------------

    def _retitle_toggle(self) -> None:
        expanded = self._expanded
        self._toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        name = self.tr("Hide hints") if expanded else self.tr("Show hints")
        self._toggle.setAccessibleName(name)
        self._toggle.setToolTip(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self._summary and event.type() == QEvent.Type.MouseButtonRelease:
            if isinstance(event, QMouseEvent) and event.button() == Qt.MouseButton.LeftButton:
                self.set_expanded(not self._expanded)
                return True
        return super().eventFilter(watched, event)
