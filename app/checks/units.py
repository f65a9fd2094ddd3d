"""Units of measurement people put after a number, in symbols and words, English and Dutch.

Each unit maps to a dimension and a factor to that dimension's base unit, so "12,000 m²" =
"12.000 vierkante meter" = "1.2 hectares", "5 kg" = "5 kilo" = "5000 gram", "3 MW" = "3 megawatt".
Symbols are case-sensitive ("MW" is a megawatt, "mW" a milliwatt); words are not.
"""

from __future__ import annotations

import re

LENGTH, AREA, VOLUME, MASS, ENERGY, POWER, SPEED, TEMPERATURE, DATA = (
    "length", "area", "volume", "mass", "energy", "power", "speed", "temperature", "data",
)  # fmt: skip

# Symbols, glued to the number or after a space: case matters.
SYMBOLS: dict[str, tuple[str, float]] = {
    "mm": (LENGTH, 0.001), "cm": (LENGTH, 0.01), "m": (LENGTH, 1), "km": (LENGTH, 1000),
    "mi": (LENGTH, 1609.344), "ft": (LENGTH, 0.3048),
    "m²": (AREA, 1), "m2": (AREA, 1), "km²": (AREA, 1e6), "km2": (AREA, 1e6), "ha": (AREA, 1e4),
    "sqm": (AREA, 1), "sq m": (AREA, 1), "sq ft": (AREA, 0.09290304), "sq. ft.": (AREA, 0.09290304),
    "m³": (VOLUME, 1), "m3": (VOLUME, 1), "l": (VOLUME, 0.001), "L": (VOLUME, 0.001), "ml": (VOLUME, 1e-6),
    "g": (MASS, 0.001), "kg": (MASS, 1), "t": (MASS, 1000), "kt": (MASS, 1e6), "Mt": (MASS, 1e9),
    "lb": (MASS, 0.45359237), "lbs": (MASS, 0.45359237),
    "Wh": (ENERGY, 1), "kWh": (ENERGY, 1e3), "MWh": (ENERGY, 1e6), "GWh": (ENERGY, 1e9), "TWh": (ENERGY, 1e12),
    "W": (POWER, 1), "kW": (POWER, 1e3), "MW": (POWER, 1e6), "GW": (POWER, 1e9),
    "kWp": (POWER, 1e3), "MWp": (POWER, 1e6),
    "km/h": (SPEED, 1 / 3.6), "mph": (SPEED, 0.44704),
    "°C": (TEMPERATURE, 1), "ºC": (TEMPERATURE, 1),
    "MB": (DATA, 1e6), "GB": (DATA, 1e9), "TB": (DATA, 1e12), "PB": (DATA, 1e15),
}  # fmt: skip

# Words, in any case, singular and plural, British and American spelling.
WORDS: dict[str, tuple[str, float]] = {
    "millimetre": (LENGTH, 0.001), "millimeter": (LENGTH, 0.001), "centimetre": (LENGTH, 0.01),
    "centimeter": (LENGTH, 0.01), "metre": (LENGTH, 1), "meter": (LENGTH, 1), "kilometre": (LENGTH, 1000),
    "kilometer": (LENGTH, 1000), "mile": (LENGTH, 1609.344), "foot": (LENGTH, 0.3048), "feet": (LENGTH, 0.3048),
    "square metre": (AREA, 1), "square meter": (AREA, 1), "vierkante meter": (AREA, 1),
    "square kilometre": (AREA, 1e6), "square kilometer": (AREA, 1e6), "vierkante kilometer": (AREA, 1e6),
    "square foot": (AREA, 0.09290304), "square feet": (AREA, 0.09290304),
    "hectare": (AREA, 1e4), "acre": (AREA, 4046.8564224),
    "cubic metre": (VOLUME, 1), "cubic meter": (VOLUME, 1), "kubieke meter": (VOLUME, 1),
    "litre": (VOLUME, 0.001), "liter": (VOLUME, 0.001),
    "gram": (MASS, 0.001), "gramme": (MASS, 0.001), "kilogram": (MASS, 1), "kilogramme": (MASS, 1),
    "kilo": (MASS, 1), "tonne": (MASS, 1000), "ton": (MASS, 1000), "pound": (MASS, 0.45359237),
    "kilowatt hour": (ENERGY, 1e3), "kilowatt-hour": (ENERGY, 1e3), "kilowattuur": (ENERGY, 1e3),
    "megawatt hour": (ENERGY, 1e6), "megawatt-hour": (ENERGY, 1e6), "megawattuur": (ENERGY, 1e6),
    "gigawatt hour": (ENERGY, 1e9), "gigawattuur": (ENERGY, 1e9),
    "watt": (POWER, 1), "kilowatt": (POWER, 1e3), "megawatt": (POWER, 1e6), "gigawatt": (POWER, 1e9),
    "kilometres per hour": (SPEED, 1 / 3.6), "kilometers per hour": (SPEED, 1 / 3.6),
    "kilometer per uur": (SPEED, 1 / 3.6),
    "degrees celsius": (TEMPERATURE, 1), "degrees": (TEMPERATURE, 1), "graden": (TEMPERATURE, 1),
    "gigabyte": (DATA, 1e9), "terabyte": (DATA, 1e12),
}  # fmt: skip
# Plural endings the words above take: "metres", "kilo's", "hectares", "tonnes", "liters", "tons".
_PLURAL = r"(?:s|es|'s|’s)?"

_SYMBOL = "|".join(re.escape(symbol) for symbol in sorted(SYMBOLS, key=len, reverse=True))
_WORD = "|".join(re.escape(word).replace(r"\ ", r"[\s\u00a0]+") for word in sorted(WORDS, key=len, reverse=True))
SYMBOL_AFTER = re.compile(rf"[\s\u00a0]?(?P<unit>{_SYMBOL})(?![\w²³/])")
WORD_AFTER = re.compile(rf"[\s\u00a0-]+(?P<unit>{_WORD}){_PLURAL}\b", re.IGNORECASE)
# Adjectives after a metre figure that show a bare "m" is a length, not a million.
LENGTH_WORDS = frozenset({"high", "long", "wide", "tall", "deep", "hoog", "lang", "breed", "diep", "lengte", "hoogte"})


def unit_at(text: str, end: int, glued: str = "") -> tuple[str, float, int] | None:
    """The unit right after a number ending at `end` (or glued to it): (dimension, factor, new end)."""
    if glued:
        found = SYMBOLS.get(glued)
        return (found[0], found[1], end) if found else None
    symbol = SYMBOL_AFTER.match(text, end)
    if symbol:
        dimension, factor = SYMBOLS[symbol.group("unit")]
        return dimension, factor, symbol.end()
    word = WORD_AFTER.match(text, end)
    if word:
        key = re.sub(r"[\s\u00a0]+", " ", word.group("unit").lower())
        dimension, factor = WORDS[key]
        return dimension, factor, word.end()
    return None
