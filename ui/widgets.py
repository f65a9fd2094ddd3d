"""Small widgets the window's parts share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QWheelEvent
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QStyledItemDelegate, QWidget


class ComboBox(QComboBox):
    """A combo box the mouse wheel changes only when it has the keyboard focus, with a readable
    highlighted item in its list.

    Scrolling a panel with the wheel must never change a choice the pointer happens to pass
    over (it switched "Write in" to Dutch unseen); the wheel then scrolls the panel instead.
    Qt's default pop-up delegate draws the highlighted item as a menu item, which the app's
    style sheet turns white on white (dark on dark); an item-view delegate follows the style
    sheet's `QComboBox QAbstractItemView::item:selected` rule instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus: the wheel gives no focus
        self.setItemDelegate(QStyledItemDelegate(self))

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area around it scrolls


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("SectionTitle")
    return label


def set_tab_order(chain: list[QWidget]) -> None:
    """Tab visits these widgets in this order."""
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


def text_button(text: str, on_click: Callable[[], object], *, primary: bool = False) -> QPushButton:
    """A push button in the app's primary or secondary style that calls `on_click()`."""
    button = QPushButton(text)
    button.setObjectName("PrimaryButton" if primary else "SecondaryButton")
    button.clicked.connect(lambda _checked=False: on_click())
    return button


class ElidedLabel(QLabel):
    """A one-line label that gives up room when the window is narrow: its text is then shortened
    in the middle with "…" (text() stays whole; set a tooltip with the whole text where it matters).
    A plain QLabel in the status bar insists on its full width and pushes its neighbours out."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("Wwwwww…")), hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), text, QPalette.ColorRole.WindowText
        )


def shortened(text: str, limit: int) -> str:
    """`text` with its middle replaced by "…" when it is longer than `limit` characters."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head] + "…" + text[len(text) - (limit - 1 - head) :]
