"""The cards, side by side in a grid that reflows to the window's width."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.post_card import PostCard

MIN_CARD_WIDTH = 320


class CardsArea(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards reflow instead
        self.setAccessibleName(self.tr("Drafts"))
        self._page = QWidget()
        self._page.setObjectName("CardsPage")
        outer = QVBoxLayout(self._page)
        outer.setContentsMargins(4, 4, 4, 4)
        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        outer.addLayout(self._grid)
        self.empty_label = QLabel(
            self.tr("Your drafts appear here.\nChoose a tone and one or more angles, then press Generate (Ctrl+Enter).")
        )
        self.empty_label.setObjectName("EmptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        outer.addWidget(self.empty_label)
        outer.addStretch(1)
        self.setWidget(self._page)
        self._cards: list[PostCard] = []
        self._columns = 0
        self.viewport().installEventFilter(self)

    @property
    def cards(self) -> list[PostCard]:
        return list(self._cards)

    def card(self, card_id: str) -> PostCard | None:
        return next((c for c in self._cards if c.card_id == card_id), None)

    def set_cards(self, cards: list[PostCard]) -> None:
        """Show exactly these cards, in this order (others are removed and deleted)."""
        for old in self._cards:
            if old not in cards:
                self._grid.removeWidget(old)
                old.deleteLater()
        for card in cards:
            card.installEventFilter(self)  # a card that needs more room (hints appeared) reflows the grid
        self._cards = list(cards)
        self._columns = 0  # force a relayout
        self._relayout()
        self.empty_label.setVisible(not self._cards)

    def _relayout(self) -> None:
        width = self.viewport().width()
        count = len(self._cards)
        card_width = max([MIN_CARD_WIDTH] + [c.minimumSizeHint().width() for c in self._cards])
        columns = max(1, min(count, (width + self._grid.spacing()) // (card_width + self._grid.spacing()))) if count else 1
        if columns == self._columns and all(self._grid.indexOf(c) >= 0 for c in self._cards):
            return
        self._columns = columns
        for card in self._cards:
            self._grid.removeWidget(card)
        for index, card in enumerate(self._cards):
            self._grid.addWidget(card, index // columns, index % columns)
            card.show()
        for column in range(self._grid.columnCount()):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.viewport() and event.type() == QEvent.Type.Resize:
            self._relayout()
        elif event.type() == QEvent.Type.LayoutRequest and watched in self._cards:
            QTimer.singleShot(0, self, self._relayout)  # cancelled if this widget goes first
        return super().eventFilter(watched, event)
