"""Gentle hints on a card: a one-line summary that opens to the findings, the own-words meter and
the voice score; quiet underlines in the text; a pause (never a wall) before copying unchecked facts.

Presentation only: what counts as a finding, its wording and every threshold come from
`app.checks`. Nothing here blocks the user or changes the card's text.

Offsets: `Finding.start`/`end` count Python characters (code points) in `CheckReport.post`;
Qt's documents count UTF-16 units, so an emoji before a finding shifts it by one. `qt_position`
converts; `FindingHighlighter.select_range` takes the Python offsets `CardHints` emits.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPaintEvent,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.checks import CHECK_ORDER, CHECK_TITLES, CheckReport, Finding
from app.checks.findings import FACT, OWN_WORDS, POST, VOICE
from ui.preview import blend

# Text presentation selector: "⚠" drawn in our amber, not as a yellow colour emoji.
WARNING_SIGN = "\u26a0\ufe0e"
INFO_SIGN = "\u2022"
ALL_CLEAR_SIGN = "\u2714\ufe0e"
# Marks the extra selections this module owns, so other extra selections on the editor survive.
_OWNED_BY_HINTS = int(QTextFormat.Property.UserProperty.value) + 0x4F56


# -- colours ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class HintColours:
    """Amber for "please check", the palette's muted grey for "worth knowing"; never red."""

    warning: QColor  # warning signs and the press-release bar
    warning_line: QColor  # wavy underline under a warning in the text
    copied_tint: QColor  # faint background behind words copied from the story
    warning_tint: QColor  # fainter still, behind a warning, so it is found at a glance
    muted: QColor  # infos and secondary text
    meter_fill: QColor
    meter_track: QColor
    row_hover: QColor
    focus: QColor


def hint_colours(palette: QPalette) -> HintColours:
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    dark = base.lightness() < 128
    # Amber shades readable on the card (≥ 4.5:1 on #ffffff and on #24292e).
    warning = QColor("#e6ac45" if dark else "#8a5700")
    line = QColor("#e0a43a" if dark else "#c98512")
    tint = QColor(line)
    tint.setAlpha(55 if dark else 45)
    faint = QColor(line)
    faint.setAlpha(30 if dark else 22)
    return HintColours(
        warning=warning,
        warning_line=line,
        copied_tint=tint,
        warning_tint=faint,
        muted=palette.color(QPalette.ColorRole.PlaceholderText),
        meter_fill=palette.color(QPalette.ColorRole.Highlight),
        meter_track=blend(text, base, 0.14),
        row_hover=palette.color(QPalette.ColorRole.AlternateBase),
        focus=palette.color(QPalette.ColorRole.Highlight),
    )


# -- small pure helpers ----------------------------------------------------------------------


def qt_position(text: str, offset: int) -> int:
    """A Python offset into `text` as a Qt document position (UTF-16: astral characters count twice)."""
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)


def own_words_percent(report: CheckReport) -> int:
    """The share of the card not copied word for word from the story, as a whole percentage."""
    return round((1 - report.own_words.shared_share) * 100)


def _tooltip_html(lines: list[str]) -> str:
    """Model text inside a tooltip must never be read as HTML: escape, then join."""
    return "<p style='white-space:pre-wrap'>" + "<br>".join(html.escape(line) for line in lines if line) + "</p>"


def _plain_label(text: str = "", parent: QWidget | None = None, *, muted: bool = False) -> QLabel:
    """A wrapped plain-text label; `muted` ones are smaller and grey (the app style's "Hint")."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # findings quote the model's text
    label.setWordWrap(True)
    label.setText(text)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    if muted:
        label.setObjectName("Hint")
        font = QFont(label.font())
        font.setPointSizeF(max(6.0, label.font().pointSizeF() * 0.9))
        label.setFont(font)
    return label


class _Sign(QWidget):
    """⚠ in amber, • or ✔ in grey. Painted with the colours of the palette at paint time: the
    app's style sheet re-applies palettes on a theme switch, which would undo colours set earlier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign = ""
        self._warning = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFixedSize(self.fontMetrics().horizontalAdvance("\u26a0") + 6, self.fontMetrics().height())

    def set_sign(self, sign: str, warning: bool, accessible_name: str) -> None:
        self._sign, self._warning = sign, warning
        self.setAccessibleName(accessible_name)
        self.update()

    def sign(self) -> str:
        return self._sign

    def colour(self) -> QColor:
        colours = hint_colours(self.palette())
        return colours.warning if self._warning else colours.muted

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(self.colour())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), self._sign)


# -- the card's hints panel ------------------------------------------------------------------


class _Meter(QProgressBar):
    """A slim bar: the share of the card in the user's own words. Painted so it follows the theme."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.setFixedHeight(6)
        self._warning = False

    def set_warning(self, warning: bool) -> None:
        self._warning = warning
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(120, 6)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(40, 6)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        colours = hint_colours(self.palette())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        painter.setBrush(colours.copied_tint if self._warning else colours.meter_track)
        painter.drawRoundedRect(rect, radius, radius)
        filled = QRectF(rect)
        filled.setWidth(rect.width() * (self.value() - self.minimum()) / max(1, self.maximum() - self.minimum()))
        if filled.width() > 0:
            painter.setBrush(colours.warning if self._warning else colours.meter_fill)
            painter.drawRoundedRect(filled, radius, radius)


class _FindingRow(QAbstractButton):
    """One finding: sign, message, the story's nearest fact, and why. Click or Enter selects it."""

    def __init__(self, finding: Finding, hint: str, why: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finding = finding
        self.setObjectName("FindingRow")
        warning = finding.severity == "warning"
        self._sign = _Sign(self)
        self._sign.set_sign(
            WARNING_SIGN if warning else INFO_SIGN, warning, self.tr("Please check") if warning else self.tr("Hint")
        )
        self._message = _plain_label(finding.message, self)
        self._hint = _plain_label(hint, self) if hint else None
        self._why = _plain_label(why, self, muted=True) if why else None
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
        self.setAccessibleName(finding.message)
        self.setAccessibleDescription(" ".join(part for part in (hint, why) if part))

    def sign(self) -> _Sign:
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
        self._sign = _Sign(self)
        self._summary = _plain_label(parent=self)
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

    def _summary_parts(self, report: CheckReport) -> list[str]:
        """Warnings first, then the meter, the count of other hints, and the voice score."""
        parts = []
        if not report.findings:
            parts.append(self.tr("No hints \u2014 it reads like you."))
        # A card that is not (only) a post says why, in the check's own short words.
        parts.extend(dict.fromkeys(f.message for f in report.by_check(POST)))
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
                parts.append(self.tr("{title}: {count} to check").format(title=CHECK_TITLES[check], count=warnings))
        percent = own_words_percent(report)
        if report.own_words.reads_like_press_release:
            parts.append(self.tr("Own words {percent}%: reads like the press release").format(percent=percent))
        else:
            parts.append(self.tr("Own words {percent}%").format(percent=percent))
        infos = sum(1 for f in report.findings if f.severity == "info" and f.check not in (POST, VOICE))
        if infos:
            parts.append(self.tr("1 hint") if infos == 1 else self.tr("{count} hints").format(count=infos))
        if report.voice is not None:
            parts.append(self.tr("{label} ({score})").format(label=report.voice.label, score=report.voice.score))
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
                    title=CHECK_TITLES[VOICE], label=report.voice.label, score=report.voice.score
                )
                self._add_group(title, findings)
            elif findings:
                self._add_group(CHECK_TITLES[check], findings)

    def _add_group(self, title: str, findings: tuple[Finding, ...]) -> None:
        self._add_title(title)
        whys = {f.why for f in findings}
        shared_why = whys.pop() if len(findings) > 1 and len(whys) == 1 else ""
        if shared_why:  # e.g. every voice difference: say why once, not on every line
            self._add_note(shared_why)
        for finding in findings:
            self._add_row(finding, "" if shared_why else finding.why)

    def _add_title(self, title: str) -> None:
        if self._details_layout.count():
            self._details_layout.addSpacing(4)
        label = _plain_label(title, self._details)
        label.setObjectName("HintGroupTitle")
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        self._details_layout.addWidget(label)

    def _add_note(self, text: str) -> QLabel:
        label = _plain_label(text, self._details, muted=True)
        self._details_layout.addWidget(label)
        return label

    def _add_row(self, finding: Finding, why: str) -> None:
        hint = self.tr("Story says: {fact}").format(fact=finding.hint) if finding.check == FACT and finding.hint else ""
        row = _FindingRow(finding, hint, why, self._details)
        row.clicked.connect(lambda _=False, f=finding: self._activate(f))
        self._details_layout.addWidget(row)
        self._rows.append(row)

    def _add_own_words(self, report: CheckReport, findings: tuple[Finding, ...]) -> None:
        meter = report.own_words
        percent = own_words_percent(report)
        self._add_title(CHECK_TITLES[OWN_WORDS])
        bar = _Meter(self._details)
        bar.setObjectName("OwnWordsMeter")
        bar.setValue(percent)
        bar.set_warning(meter.reads_like_press_release)
        copied = 100 - percent
        description = self.tr("{percent}% in your own words; {copied}% repeats the story word for word.").format(
            percent=percent, copied=copied
        )
        bar.setAccessibleName(self.tr("Own words meter"))
        bar.setAccessibleDescription(description)
        bar.setToolTip(description)
        caption = self.tr("{percent}% your own words").format(percent=percent)
        if meter.longest_run_words:
            caption += " \u00b7 " + self.tr("longest copied run: {words} words").format(words=meter.longest_run_words)
        line = QWidget(self._details)
        layout = QHBoxLayout(line)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(bar, 2, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(_plain_label(caption, line, muted=True), 3)
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


# -- underlines in the text ------------------------------------------------------------------


class FindingHighlighter(QObject):
    """Underlines the located findings of a report in a QPlainTextEdit, with the hint on hover.

    Uses extra selections only: the document, its undo stack and other extra selections are
    left alone. The marks hold live text cursors, so they move with the user's edits until the
    next report arrives. A report for other text than the editor's is not shown (its offsets
    would point at the wrong words).
    """

    def __init__(self, editor: QPlainTextEdit) -> None:
        super().__init__(editor)
        self._editor = editor
        self._report: CheckReport | None = None
        self._marks: list[tuple[QTextCursor, Finding]] = []
        self._viewport = editor.viewport()
        self._viewport.installEventFilter(self)
        editor.installEventFilter(self)

    def set_report(self, report: CheckReport | None) -> None:
        self._report = report
        self._marks = []
        if report is not None and report.post == self._editor.toPlainText():
            self._marks = self._marks_for(report)
        self._apply()

    def clear(self) -> None:
        self.set_report(None)

    def marks(self) -> list[tuple[int, int, Finding]]:
        """Our marks as (start, end, finding) in document positions, as they stand now."""
        return [(cursor.selectionStart(), cursor.selectionEnd(), finding) for cursor, finding in self._marks]

    def findings_at(self, position: int) -> list[Finding]:
        """The findings whose mark covers document position `position`, warnings first."""
        hits = [f for start, end, f in self.marks() if start < end and start <= position <= end]
        unique = list(dict.fromkeys(hits))
        return sorted(unique, key=lambda f: f.severity != "warning")

    def tooltip_at(self, point: QPoint) -> str:
        """The tooltip for a point in the viewport, or "" when no mark is under it."""
        cursor = self._editor.cursorForPosition(point)
        caret = self._editor.cursorRect(cursor)
        reach = self._editor.fontMetrics().averageCharWidth() * 1.5
        if abs(caret.center().x() - point.x()) > reach or not caret.top() - 2 <= point.y() <= caret.bottom() + 2:
            return ""  # beside the text (past a line's end, below the last line)
        findings = self.findings_at(cursor.position())
        if not findings:
            return ""
        lines: list[str] = []
        for finding in findings:
            lines.append(finding.message)
            if finding.check == FACT and finding.hint:
                lines.append(self.tr("Story says: {fact}").format(fact=finding.hint))
        return _tooltip_html(lines)

    def select_range(self, start: int, end: int) -> None:
        """Select a finding's text (Python offsets in the report's post) and show it."""
        cursor = next(
            (QTextCursor(c) for c, f in self._marks if (f.start, f.end) == (start, end) and c.hasSelection()), None
        )
        if cursor is None:
            text = self._editor.toPlainText()
            if self._report is None or self._report.post != text:
                return  # the text moved on since the report; the next report will be right
            cursor = self._cursor(text, start, end)
        self._editor.setTextCursor(cursor)
        self._editor.ensureCursorVisible()
        self._editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals --------------------------------------------------------------------------

    def _marks_for(self, report: CheckReport) -> list[tuple[QTextCursor, Finding]]:
        text = report.post
        marks = []
        # The copied runs first, so the underlines of other findings paint over their tint.
        for finding in report.by_check(OWN_WORDS):
            for start, end in report.own_words.copied_runs:
                marks.append((self._cursor(text, start, end), finding))
        for finding in report.findings:
            if finding.located and finding.check != OWN_WORDS:
                assert finding.start is not None and finding.end is not None
                marks.append((self._cursor(text, finding.start, finding.end), finding))
        return marks

    def _cursor(self, text: str, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self._editor.document())
        cursor.setPosition(qt_position(text, start))
        cursor.setPosition(qt_position(text, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _apply(self) -> None:
        colours = hint_colours(self._editor.palette())
        others = [s for s in self._editor.extraSelections() if not s.format.hasProperty(_OWNED_BY_HINTS)]
        ours = [self._selection(cursor, finding, colours) for cursor, finding in self._marks]
        self._editor.setExtraSelections(others + ours)

    @staticmethod
    def _selection(cursor: QTextCursor, finding: Finding, colours: HintColours) -> QTextEdit.ExtraSelection:
        char_format = QTextCharFormat()
        char_format.setProperty(_OWNED_BY_HINTS, True)
        if finding.check == OWN_WORDS:  # long stretches: a tint reads calmer than lines of waves
            char_format.setBackground(colours.copied_tint)
        elif finding.severity == "warning":
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            char_format.setUnderlineColor(colours.warning_line)
            char_format.setBackground(colours.warning_tint)
        else:
            char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            char_format.setUnderlineColor(colours.muted)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = char_format
        return selection

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # The event type first: while the editor is being destroyed its viewport still sends
        # events here, and touching the half-deleted editor then would raise.
        kind = event.type()
        if kind == QEvent.Type.ToolTip and watched is self._viewport and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self._viewport)
                return True
        elif kind == QEvent.Type.PaletteChange and watched is self._editor:
            self._apply()  # the amber and grey of the new theme
        return super().eventFilter(watched, event)


# -- a pause before copying ------------------------------------------------------------------


def build_copy_confirmation(parent: QWidget | None, report: CheckReport) -> QMessageBox | None:
    """The question to ask before copying a card with unmatched facts, or None when all is well.

    "Copy anyway" is always there: the facts may well be right (the user knows things the story
    does not say). "Go back and check" is the default, so a reflexive Enter does not skip the pause.
    """
    warning = report.copy_warning()
    if warning is None:
        return None
    box = QMessageBox(parent)
    box.setObjectName("CopyConfirmation")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(box.tr("Check the facts before you post"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # the facts quote the model's text
    lines = [warning, ""]
    for finding in report.unmatched_facts:
        fact = f"\u2022 \u201c{report.excerpt(finding)}\u201d"
        if finding.hint:
            fact += "  \u2014  " + box.tr("story says: {fact}").format(fact=finding.hint)
        lines.append(fact)
    box.setText("\n".join(lines))
    box.setInformativeText(
        box.tr(
            "If they are right, copy anyway: nothing is posted until you paste it. "
            "Adding a fact to your notes stops this question for it."
        )
    )
    copy_button = box.addButton(box.tr("&Copy anyway"), QMessageBox.ButtonRole.AcceptRole)
    copy_button.setObjectName("CopyAnyway")
    back_button = box.addButton(box.tr("&Go back and check"), QMessageBox.ButtonRole.RejectRole)
    back_button.setObjectName("GoBack")
    box.setDefaultButton(back_button)
    box.setEscapeButton(back_button)
    box.setAccessibleName(box.tr("Check the facts before you post"))
    box.setAccessibleDescription(warning)
    return box


def copy_confirmation(
    parent: QWidget | None, report: CheckReport | None, run: Callable[[QMessageBox], object] = QMessageBox.exec
) -> bool:
    """True to copy: at once when no fact needs checking, else when the user chose "Copy anyway".

    `run` shows the box modally (tests pass a function that clicks a button instead).
    """
    if report is None:
        return True
    box = build_copy_confirmation(parent, report)
    if box is None:
        return True
    try:
        run(box)
        clicked = box.clickedButton()
        return clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
    finally:
        box.deleteLater()
