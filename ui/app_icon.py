"""The app's icon for its windows (the desktop entry installs the same files for menus and docks)."""

from __future__ import annotations

from PySide6.QtGui import QIcon, QPixmap

from app.desktop_entry import ICON_SIZES, icon_png_name, icons_folder


def app_icon() -> QIcon:
    """Every drawn size, so Qt picks a sharp one for the title bar, the task switcher and the dock."""
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap()
        # Read in Python (not by file name in Qt): the bundle's data check sees what is read.
        if pixmap.loadFromData((icons_folder() / "png" / icon_png_name(size)).read_bytes(), "PNG"):
            icon.addPixmap(pixmap)
    return icon
