"""The look of the hints: colours that follow the theme, the signs, the own-words bar, small helpers.

Offsets: `Finding.start`/`end` count Python characters (code points) in `CheckReport.post`;
Qt's documents count UTF-16 units, so an emoji before a finding shifts it by one. `qt_position`
converts.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPaintEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from app.checks import CheckReport
from ui.preview_parts import blend

# Text presentation selector: "⚠" drawn in our amber, not as a yellow colour emoji.
WARNING_SIGN = "\u26a0\ufe0e"
INFO_SIGN = "\u2022"
ALL_CLEAR_SIGN = "\u2714\ufe0e"


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
    """The share of the card not copied word for word (from the story, or from the user's own
    earlier posts), as a whole percentage."""
    return round((1 - report.copied_share) * 100)


def tooltip_html(lines: list[str]) -> str:
    """Model text inside a tooltip must never be read as HTML: escape, then join."""
    return "<p style='white-space:pre-wrap'>" + "<br>".join(html.escape(line) for line in lines if line) + "</p>"


def plain_label(text: str = "", parent: QWidget | None = None, *, muted: bool = False) -> QLabel:
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

class Sign(QWidget):
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

class Meter(QProgressBar):
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
