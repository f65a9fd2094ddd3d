"""Quiet underlines in a card's text for the findings of its report, with the hint on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip

from app.checks import CheckReport, Finding
from app.checks.findings import FACT, OWN_WORDS
from ui.hint_style import HintColours, hint_colours, qt_position, tooltip_html

# Marks the extra selections this module owns, so other extra selections on the editor survive.
_OWNED_BY_HINTS = int(QTextFormat.Property.UserProperty.value) + 0x4F56


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
        return tooltip_html(lines)

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
