"""The app icon: PNGs at every size drawn from their SVG sources (and up to date with them),
readable at 16 px, and on the app's windows."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.desktop_entry import APP_ID, ICON_SIZES, icon_png_name, icon_svg_name, icons_folder
from ui.render_icons import render_icon

MAX_CHANNEL_DIFFERENCE = 3  # renderer rounding between Qt versions, not a changed drawing


def png(size: int) -> QImage:
    image = QImage(str(icons_folder() / "png" / icon_png_name(size)))
    assert not image.isNull(), f"{icon_png_name(size)} is missing or unreadable"
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def largest_difference(first: QImage, second: QImage) -> int:
    """The largest difference of any colour channel of any pixel (both images ARGB32, same size)."""
    a, b = bytes(first.constBits()), bytes(second.constBits())
    assert len(a) == len(b)
    return max(abs(p - q) for p, q in zip(a, b, strict=True))


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_png_is_its_svg_drawn_at_that_size(qapp: QApplication, size: int) -> None:
    image = png(size)
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    fresh = render_icon(icons_folder() / icon_svg_name(size), size)
    assert largest_difference(image, fresh) <= MAX_CHANNEL_DIFFERENCE, "run `make icons` after editing the SVG"


def test_the_16_px_icon_reads_as_a_white_bubble_on_a_coloured_tile(qapp: QApplication) -> None:
    image = png(16)

    def colour(x: int, y: int) -> QColor:
        return image.pixelColor(x, y)

    tile = [colour(1, 14), colour(14, 14), colour(14, 1), colour(8, 15)]
    bubble = [colour(3, 3), colour(12, 4), colour(12, 9), colour(4, 9)]
    assert all(c.alpha() == 255 and c.saturation() > 100 for c in tile)
    assert all(c.alpha() == 255 and c.lightness() > 240 for c in bubble)
    line = colour(6, 5)  # the first line of text in the bubble: a whole, dark pixel
    assert line.lightness() < 100
    assert colour(0, 0).alpha() < 128  # rounded corners


def test_the_app_names_its_desktop_entry_and_gives_its_windows_the_icon(
    qtbot: QtBot, app_identity: QApplication
) -> None:
    from PySide6.QtWidgets import QWidget

    assert app_identity.desktopFileName() == APP_ID
    assert app_identity.applicationName() == "OwnVoice"  # Qt's WM_CLASS: the entry's StartupWMClass
    window = QWidget()
    qtbot.addWidget(window)
    sizes = {size.width() for size in window.windowIcon().availableSizes()}
    assert sizes == set(ICON_SIZES)
