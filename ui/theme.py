"""Light and dark palettes. "system" follows the OS colour scheme and its changes."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

THEMES = ("system", "light", "dark")

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f2ee",
    QPalette.ColorRole.WindowText: "#1d1d1d",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#eef3f8",
    QPalette.ColorRole.Text: "#1d1d1d",
    QPalette.ColorRole.PlaceholderText: "#666666",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1d1d1d",
    QPalette.ColorRole.Highlight: "#0a66c2",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0a66c2",
    QPalette.ColorRole.Mid: "#c8c8c8",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1d1d1d",
}

_DARK = {
    QPalette.ColorRole.Window: "#1b1f23",
    QPalette.ColorRole.WindowText: "#e9e9e9",
    QPalette.ColorRole.Base: "#24292e",
    QPalette.ColorRole.AlternateBase: "#2f353b",
    QPalette.ColorRole.Text: "#e9e9e9",
    QPalette.ColorRole.PlaceholderText: "#a0a4a8",
    QPalette.ColorRole.Button: "#2b3137",
    QPalette.ColorRole.ButtonText: "#e9e9e9",
    QPalette.ColorRole.Highlight: "#71b7fb",
    QPalette.ColorRole.HighlightedText: "#0b1620",
    QPalette.ColorRole.Link: "#71b7fb",
    QPalette.ColorRole.Mid: "#4a5056",
    QPalette.ColorRole.ToolTipBase: "#2b3137",
    QPalette.ColorRole.ToolTipText: "#e9e9e9",
}


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def palette_for(dark: bool) -> QPalette:
    palette = QPalette()
    for role, colour in (_DARK if dark else _LIGHT).items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#7c8186") if dark else QColor("#9a9a9a")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def is_dark(theme: str) -> bool:
    return theme == "dark" or (theme == "system" and system_prefers_dark())


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion style + our palette + the stylesheet (which refers to palette roles)."""
    app.setStyle("Fusion")
    app.setPalette(palette_for(is_dark(theme)))
    sheet = (resources.files("resources") / "styles" / "ownvoice.qss").read_text(encoding="utf-8")
    app.setStyleSheet(sheet)
