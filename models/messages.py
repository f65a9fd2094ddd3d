"""User-facing sentences of app/ and models/, translatable without Qt: a message id plus its arguments.

It lives in models/, the lower layer, so both app/ and models/ can use it.

`msg(context, template)` marks an English template (the message id, as in gettext) with named
fields; `.with_args(name=value)` fills them. The result is a `Message`: a `str` holding the
English sentence (so logs, the CLI and JSON output read as before) that also carries its context,
template and arguments, which the UI translates (ui/domain_text.py) through the same Qt
catalogues as its own texts. `pyside6-lupdate` reads `msg(...)` as QT_TRANSLATE_NOOP, so the
template must be a literal string (tests/app/test_messages.py checks every call).

Arguments are plain values: text (itself a Message, translated in turn), or whole numbers, which
each side writes in its own way (English: 3,000; the UI: per locale).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any, Union

Argument = Union[str, int]
Translate = Callable[[str, str], str]  # (context, English template) -> the template in the language shown
NumberFormat = Callable[[int], str]


class Message(str):
    """A sentence in English that the UI can show in another language."""

    context: str
    template: str
    args: Mapping[str, Argument]

    def __new__(cls, context: str, template: str, args: Mapping[str, Argument] | None = None) -> Message:
        values = dict(args or {})
        text = _fill(template, {name: english(value) for name, value in values.items()}) if values else template
        message = super().__new__(cls, text)
        message.context, message.template, message.args = context, template, values
        return message

    def with_args(self, **args: Argument) -> Message:
        return Message(self.context, self.template, {**self.args, **args})

    def render(self, translate: Translate, number: NumberFormat) -> str:
        """This sentence through a translation function and a way to write numbers; English when the
        translated template does not fit the arguments (a bad catalogue never hides the message)."""
        template = translate(self.context, self.template) or self.template
        values = {name: _rendered(value, translate, number) for name, value in self.args.items()}
        try:
            return _fill(template, values)
        except (KeyError, IndexError, ValueError):
            return _fill(self.template, values)

    def __reduce__(self) -> tuple[object, ...]:  # pickles (engine process) keep the id
        return (Message, (self.context, self.template, dict(self.args)))


class _Formatter(string.Formatter):
    """str.format with one more conversion: {name!u} starts the value with a capital (a fragment
    that opens a sentence in one language may not in another)."""

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "u":
            text = str(value)
            return text[:1].upper() + text[1:]
        return super().convert_field(value, conversion)


_FORMATTER = _Formatter()


def _fill(template: str, values: Mapping[str, str]) -> str:
    return _FORMATTER.vformat(template, (), values)


def english(value: Argument) -> str:
    if isinstance(value, bool) or not isinstance(value, int):
        return str(value)
    return f"{value:,}"


def _rendered(value: Argument, translate: Translate, number: NumberFormat) -> str:
    if isinstance(value, Message):
        return value.render(translate, number)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return str(value)


def msg(context: str, template: str) -> Message:
    """Mark a translatable sentence; the context groups it for translators (e.g. "Facts")."""
    return Message(context, template)
