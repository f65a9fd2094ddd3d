"""The domain's sentences (models.messages.Message: check findings, errors) in the interface language.

app/ and models/ stay free of Qt: they hand the UI English sentences that carry a message id and
arguments; here the id goes through the same Qt catalogues as the UI's own texts, and whole
numbers are written the locale's way (3.000 in Dutch). Plain strings pass through unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.messages import Message
from ui.locale_format import number_text


def shown(text: str) -> str:
    """`text` as the user should read it: translated when it is a domain message."""
    if not isinstance(text, Message):
        return text
    return text.render(QCoreApplication.translate, number_text)


def error_text(error: BaseException) -> str:
    """An error's sentence for a dialog or banner, translated when the domain gave a message id."""
    first = error.args[0] if len(error.args) == 1 else None
    return shown(first) if isinstance(first, Message) else str(error)
