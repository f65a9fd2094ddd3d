"""LinkedIn preview: the selected draft as a LinkedIn feed post, folded where LinkedIn folds it.

The text shown is exactly what "Copy for LinkedIn" copies (app.linkedin.format), so the
employee sees the Unicode bold, the bullets and the "…see more" place before posting.
Colours come from the widget palette, so the card follows the light or dark theme; only the
hashtag blue is LinkedIn's own (its light- or dark-mode shade).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.linkedin.render import (
    LINKEDIN_BLUE,
    LINKEDIN_BLUE_ON_DARK,
    SEE_MORE_HREF,
    SHOW_LESS_HREF,
    PreviewLook,
    PreviewRender,
    render_preview,
)
from ui.preview_parts import Avatar, ElidedLabel, PostFrame, blend, initials

DESKTOP_WIDTH = 555  # LinkedIn's desktop feed column
MOBILE_WIDTH = 360  # a common phone width in CSS pixels
UPDATE_DELAY_MS = 60  # at most one re-render per this many ms while the user types
BODY_LINE_HEIGHT_PERCENT = 125

__all__ = ["DESKTOP_WIDTH", "MOBILE_WIDTH", "LinkedInPreview", "blend", "initials"]

class LinkedInPreview(QWidget):
    """The selected draft as a LinkedIn feed post, with a Desktop/Mobile toggle.

    `set_text` is cheap: call it on every keystroke; renders are throttled to one per
    UPDATE_DELAY_MS and always show the latest text.
    """

    mobileChanged = Signal(bool)  # noqa: N815 (Qt signal naming)
    expandedChanged = Signal(bool)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._name = ""
        self._headline = ""
        self._mobile = False
        self._unicode_styling = True
        self._expanded = False
        self._render: PreviewRender | None = None

        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(UPDATE_DELAY_MS)
        self._update_timer.timeout.connect(self.update_now)

        self._build()
        self._retranslate()
        self._apply_mode()
        self._apply_colours()
        self.update_now()

    # -- public API -------------------------------------------------------------------------

    def set_author(self, name: str, headline: str) -> None:
        """The display name and headline from the settings (empty ones show a hint)."""
        self._name, self._headline = name.strip(), headline.strip()
        self._show_author()

    def set_text(self, text: str) -> None:
        """The draft's text (model markdown); shown converted, as LinkedIn will show it."""
        if text == self._text:
            return
        self._text = text
        if not self._update_timer.isActive():
            self._update_timer.start()

    def text(self) -> str:
        return self._text

    def set_mobile(self, mobile: bool) -> None:
        """Show the post as the mobile app does (narrower, folds at about 140 characters)."""
        if mobile == self._mobile:
            return
        self._mobile = mobile
        self._apply_mode()
        self.update_now()
        self.mobileChanged.emit(mobile)

    def is_mobile(self) -> bool:
        return self._mobile

    def set_unicode_styling(self, enabled: bool) -> None:
        """Bold/italic as Unicode letters (as copied) or plain text, like the copy setting."""
        if enabled != self._unicode_styling:
            self._unicode_styling = enabled
            self.update_now()

    def set_expanded(self, expanded: bool) -> None:
        """Open the post past "…see more" (True) or fold it again (False)."""
        if expanded != self._expanded:
            self._expanded = expanded
            self.update_now()
            self.expandedChanged.emit(expanded)

    def is_expanded(self) -> bool:
        return self._expanded

    def is_folded(self) -> bool:
        """True when the post is longer than the feed shows, whether expanded or not."""
        return self._render is not None and self._render.fold.folded

    def post_text(self) -> str:
        """The whole post as LinkedIn gets it (what "Copy for LinkedIn" copies)."""
        return self._render.post_text if self._render is not None else ""

    def shown_text(self) -> str:
        """The part of the post visible now: up to the fold unless expanded."""
        return self._render.shown_text if self._render is not None else ""

    def update_now(self) -> None:
        """Render the latest text at once instead of after the short typing delay."""
        self._update_timer.stop()
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        look = PreviewLook(
            link_color=LINKEDIN_BLUE_ON_DARK if base.lightness() < 128 else LINKEDIN_BLUE,
            muted_color=self._muted().name(),
            see_more=self.tr("…see more"),
            show_less=self.tr("…show less"),
            placeholder=self.tr("Your post preview appears here"),
        )
        self._render = render_preview(
            self._text,
            unicode_styling=self._unicode_styling,
            mobile=self._mobile,
            expanded=self._expanded,
            look=look,
        )
        # LinkedIn sets posts with airy lines (line-height ≈ 1.4); Qt takes it as a percentage.
        self._body.setText(f'<div style="line-height:{BODY_LINE_HEIGHT_PERCENT}%">{self._render.html}</div>')
        self._body.setAccessibleDescription(self._render.shown_text or look.placeholder)

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)

        self._desktop_button = self._mode_button()
        self._mobile_button = self._mode_button()
        self._mode_group = QButtonGroup(self)
        self._mode_group.setExclusive(True)
        self._mode_group.addButton(self._desktop_button)
        self._mode_group.addButton(self._mobile_button)
        self._desktop_button.setChecked(True)
        self._mobile_button.toggled.connect(self.set_mobile)
        mode_row = QHBoxLayout()
        mode_row.setSpacing(0)
        mode_row.addStretch(1)
        mode_row.addWidget(self._desktop_button)
        mode_row.addWidget(self._mobile_button)
        mode_row.addStretch(1)
        outer.addLayout(mode_row)

        self._card = PostFrame(self)
        self._card.setObjectName("linkedInPostCard")
        card_layout = QVBoxLayout(self._card)
        card_layout.setContentsMargins(16, 12, 16, 4)
        card_layout.setSpacing(10)
        card_layout.addLayout(self._build_header())

        self._body = QLabel(self._card)
        self._body.setObjectName("postBody")
        self._body.setTextFormat(Qt.TextFormat.RichText)  # always: the HTML is built escaped
        self._body.setWordWrap(True)
        self._body.setOpenExternalLinks(False)
        self._body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._body.linkActivated.connect(self._on_link)
        card_layout.addWidget(self._body)

        self._rule = QFrame(self._card)
        self._rule.setFixedHeight(1)
        self._rule.setAutoFillBackground(True)
        card_layout.addWidget(self._rule)
        card_layout.addLayout(self._build_footer())

        card_row = QHBoxLayout()
        card_row.addStretch(1)
        card_row.addWidget(self._card, 100)  # takes the room up to its maximum width
        card_row.addStretch(1)
        outer.addLayout(card_row)
        outer.addStretch(1)

    def _mode_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setCheckable(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setMinimumWidth(84)
        return button

    def _build_header(self) -> QHBoxLayout:
        self._avatar = Avatar(self._card)
        self._name_label = QLabel(self._card)
        self._name_label.setTextFormat(Qt.TextFormat.PlainText)
        name_font = QFont(self.font())
        name_font.setBold(True)
        self._name_label.setFont(name_font)
        self._headline_label = ElidedLabel(self._card)
        self._meta_label = QLabel(self._card)
        self._meta_label.setTextFormat(Qt.TextFormat.PlainText)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, self.font().pointSizeF() * 0.88))
        self._headline_label.setFont(small)
        self._meta_label.setFont(small)
        self._menu_label = QLabel("•••", self._card)

        names = QVBoxLayout()
        names.setSpacing(1)
        names.addWidget(self._name_label)
        names.addWidget(self._headline_label)
        names.addWidget(self._meta_label)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self._avatar, 0, Qt.AlignmentFlag.AlignTop)
        header.addLayout(names, 1)
        header.addWidget(self._menu_label, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_footer(self) -> QHBoxLayout:
        footer = QHBoxLayout()
        footer.setContentsMargins(0, 0, 0, 0)
        self._footer_labels: list[QLabel] = []
        for _ in range(4):
            label = QLabel(self._card)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setMinimumHeight(36)
            label.setEnabled(False)  # decorative: OwnVoice never posts or reacts
            footer.addWidget(label, 1)
            self._footer_labels.append(label)
        return footer

    # -- state to widgets -------------------------------------------------------------------

    def _retranslate(self) -> None:
        self._desktop_button.setText(self.tr("Desktop"))
        self._desktop_button.setToolTip(self.tr("Show the post as in LinkedIn's desktop feed"))
        self._desktop_button.setAccessibleName(self.tr("Desktop preview"))
        self._mobile_button.setText(self.tr("Mobile"))
        self._mobile_button.setToolTip(self.tr("Show the post as in LinkedIn's mobile app"))
        self._mobile_button.setAccessibleName(self.tr("Mobile preview"))
        self._card.setAccessibleName(self.tr("LinkedIn post preview"))
        self._body.setAccessibleName(self.tr("Post text"))
        self._meta_label.setText(self.tr("now") + " · 🌐")
        self._meta_label.setAccessibleName(self.tr("Posted now, visible to anyone"))
        self._menu_label.setAccessibleName(self.tr("Post menu (decorative)"))
        actions = (
            ("👍", self.tr("Like")),
            ("💬", self.tr("Comment")),
            ("🔁", self.tr("Repost")),
            ("➤", self.tr("Send")),
        )
        for label, (icon, word) in zip(self._footer_labels, actions):
            label.setText(f"{icon} {word}")
            label.setAccessibleName(self.tr("{action} (preview only)").format(action=word))
        self._show_author()

    def _show_author(self) -> None:
        self._name_label.setText(self._name or self.tr("Your name"))
        self._headline_label.setText(self._headline or self.tr("Your headline (set it in your profile)"))
        self._headline_label.setToolTip(self._headline)
        self._avatar.set_name(self._name)
        self._avatar.setAccessibleName(
            self.tr("Profile picture of {name}").format(name=self._name) if self._name else self.tr("Profile picture")
        )
        self._name_label.setAccessibleName(self.tr("Author: {name}").format(name=self._name_label.text()))
        self._headline_label.setAccessibleName(self.tr("Headline: {headline}").format(headline=self._headline_label.text()))

    def _apply_mode(self) -> None:
        for button, checked in ((self._mobile_button, self._mobile), (self._desktop_button, not self._mobile)):
            button.blockSignals(True)
            button.setChecked(checked)
            button.blockSignals(False)
        if self._mobile:
            self._card.setFixedWidth(MOBILE_WIDTH)
            self._avatar.set_diameter(40)
        else:
            # The real width where the panel allows it; a narrower panel squeezes the card
            # (the fold does not move: it depends on characters, not pixels).
            self._card.setMinimumWidth(MOBILE_WIDTH)
            self._card.setMaximumWidth(DESKTOP_WIDTH)
            self._avatar.set_diameter(48)
        self._card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def _muted(self) -> QColor:
        palette = self.palette()
        return blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.6)

    def _apply_colours(self) -> None:
        """Text colours for the labels, from the current palette (light or dark theme)."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        for label, colour in (
            (self._name_label, text),
            (self._body, text),
            (self._headline_label, self._muted()),
            (self._meta_label, self._muted()),
            (self._menu_label, self._muted()),
        ):
            label_palette = label.palette()
            label_palette.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(label_palette)
        for label in self._footer_labels:
            label_palette = label.palette()
            label_palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, self._muted())
            label.setPalette(label_palette)
        self._style_mode_buttons(palette)
        rule_palette = self._rule.palette()
        rule_palette.setColor(QPalette.ColorRole.Window, blend(text, base, 0.12))
        self._rule.setPalette(rule_palette)

    def _style_mode_buttons(self, palette: QPalette) -> None:
        """A two-part segmented switch in the theme's colours (re-applied when the theme changes)."""
        base = palette.color(QPalette.ColorRole.Base).name()
        text = palette.color(QPalette.ColorRole.Text).name()
        border = blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.3).name()
        accent = palette.color(QPalette.ColorRole.Highlight).name()
        on_accent = palette.color(QPalette.ColorRole.HighlightedText).name()
        common = (
            f"QToolButton {{ background: {base}; color: {text}; border: 1px solid {border}; padding: 3px 14px; }}"
            f"QToolButton:checked {{ background: {accent}; color: {on_accent}; border-color: {accent}; font-weight: 600; }}"
            f"QToolButton:focus {{ border-color: {accent}; }}"
        )
        self._desktop_button.setStyleSheet(
            common + "QToolButton { border-top-left-radius: 12px; border-bottom-left-radius: 12px; border-right: none; }"
        )
        self._mobile_button.setStyleSheet(
            common + "QToolButton { border-top-right-radius: 12px; border-bottom-right-radius: 12px; }"
        )

    # -- events -----------------------------------------------------------------------------

    def _on_link(self, href: str) -> None:
        if href == SEE_MORE_HREF:
            self.set_expanded(True)
        elif href == SHOW_LESS_HREF:
            self.set_expanded(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.update_now()
        elif event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        elif event.type() == QEvent.Type.ApplicationPaletteChange:
            # The application palette reaches this widget after this event: recolour once it has.
            QTimer.singleShot(0, self, self._recolour)  # cancelled if this widget goes first
        super().changeEvent(event)

    def refresh_colours(self) -> None:
        """Recolour from the current palette (after a theme switch re-applied the style sheet)."""
        self._recolour()

    def _recolour(self) -> None:
        self._apply_colours()
        self.update_now()
