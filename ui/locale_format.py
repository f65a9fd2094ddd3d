"""Numbers and sizes the way the user's locale writes them (QLocale(): the system's, or the
interface language's when the user chose another): 3.000 tekens and 4,7 GB in Dutch."""

from __future__ import annotations

from PySide6.QtCore import QLocale

SIZE_UNITS = (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3))  # decimal, as file managers show them


def user_locale() -> QLocale:
    """QLocale(), except that the bare "C" locale (no LANG set) writes numbers as English does."""
    locale = QLocale()
    return QLocale("en_US") if locale.language() == QLocale.Language.C else locale


def number_text(value: int) -> str:
    return user_locale().toString(value)


def size_text(count: int) -> str:
    """"98 MB", "4.7 GB" ("4,7 GB" in Dutch): one decimal below 10 of a unit, as models.memory.format_bytes."""
    locale = user_locale()
    for unit, scale in SIZE_UNITS:
        if count >= scale:
            value = count / scale
            return f"{locale.toString(value, 'f', 1 if value < 10 else 0)} {unit}"
    return f"{locale.toString(count)} B"
