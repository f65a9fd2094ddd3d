"""Pieces of the LinkedIn preview: the avatar, an eliding label, the post's card, colour helpers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QWidget

# Muted avatar colours; the name picks one, so a person always gets the same colour.
_AVATAR_COLOURS = ("#0a66c2", "#057642", "#915907", "#8f5849", "#5f4b8b", "#b24020", "#1f6f78")


def blend(foreground: QColor, background: QColor, amount: float) -> QColor:
    """`amount` of `foreground` over `background`: LinkedIn's greys are black at 60 % opacity."""
    return QColor.fromRgbF(
        foreground.redF() * amount + background.redF() * (1 - amount),
        foreground.greenF() * amount + background.greenF() * (1 - amount),
        foreground.blueF() * amount + background.blueF() * (1 - amount),
    )


def initials(name: str) -> str:
    """"Anna de Vries" → "AV"; one name gives one letter; no name gives ""."""
    words = [word for word in name.split() if word[:1].isalpha()]
    if not words:
        return ""
    if len(words) == 1:
        return words[0][0].upper()
    return (words[0][0] + words[-1][0]).upper()


class Avatar(QWidget):
    """A coloured circle with the author's initials, like a profile picture placeholder."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = ""
        self.set_diameter(48)

    def set_name(self, name: str) -> None:
        self._name = name
        self.update()

    def set_diameter(self, diameter: int) -> None:
        self.setFixedSize(diameter, diameter)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        letters = initials(self._name)
        if letters:
            colour = QColor(_AVATAR_COLOURS[sum(map(ord, self._name)) % len(_AVATAR_COLOURS)])
        else:
            palette = self.palette()
            colour = blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(self.rect())
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(8, round(self.height() * 0.38)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, letters or "?")


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when it does not fit, like LinkedIn's headline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(0, self.fontMetrics().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.fontMetrics().horizontalAdvance(self.text()), self.fontMetrics().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)


class PostFrame(QFrame):
    """The white (or dark) rounded card a LinkedIn post sits on."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        border = blend(palette.color(QPalette.ColorRole.Text), base, 0.15)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.fillPath(path, base)
        painter.setPen(QPen(border, 1))
        painter.drawPath(path)
