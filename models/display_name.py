"""Readable model names from GGUF metadata: "Qwen2.5 Coder 1.5B Instruct, Q4_K_M".

`general.name` is often a converter's artefact ("Smollm2 135M 8k Lc100K Mix1 Ep2",
"Qwen2.5 Coder 1.5B Instruct GGUF"), so the name is put together from the finer keys:
`general.basename` (the family), `general.size_label`, the variant found in
`general.finetune` (or the file name) and the quantisation from `general.file_type`.
The family keeps the spelling of the file name where it has one ("SmolLM2", not "smollm2").
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STARTER_SUFFIX = "(starter)"

# llama.cpp's `enum llama_ftype` (general.file_type): the quantisation of most tensors.
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0", 38: "MXFP4",
}
_QUANT_IN_FILE_NAME = re.compile(r"(?<![A-Za-z0-9])(I?Q\d(?:_[A-Z0-9]+)*|[FB]F?16|F32)(?![A-Za-z0-9])", re.IGNORECASE)

# Variant words worth showing, in their usual spelling; everything else in a finetune
# label ("8k-lc100k-mix1-ep2", "GGUF") is training or packaging detail.
_VARIANTS = {"instruct": "Instruct", "chat": "Chat", "it": "it", "base": "Base", "thinking": "Thinking"}
# Family names whose usual spelling cannot be guessed from lower case.
_FAMILY_SPELLINGS = {
    "smollm": "SmolLM", "smollm2": "SmolLM2", "smollm3": "SmolLM3", "qwen": "Qwen", "llama": "Llama",
    "gemma": "Gemma", "phi": "Phi", "mistral": "Mistral", "tinyllama": "TinyLlama", "olmo": "OLMo",
}
_SEPARATORS = re.compile(r"[-_\s]+")
_VERSION = re.compile(r"v\d[\d.]*")


@dataclass(frozen=True)
class ModelName:
    """The parts of a model's name, for lists that show more than the short name."""

    family: str  # "Qwen2.5 Coder"
    size: str  # "1.5B"
    variant: str  # "Instruct"
    quantisation: str  # "Q4_K_M"
    organisation: str  # "HuggingFaceTB"

    @property
    def model(self) -> str:
        """Family, size and variant: "Qwen2.5 Coder 1.5B Instruct"."""
        words = [self.family]
        if self.size and self.size.lower() not in self.family.lower():
            words.append(self.size)
        if self.variant:
            words.append(self.variant)
        return " ".join(word for word in words if word)

    def display(self, *, is_starter: bool = False) -> str:
        """ "Qwen2.5 Coder 1.5B Instruct, Q4_K_M"; the bundled model: "SmolLM2 135M Instruct (starter)"."""
        if is_starter:
            return f"{self.model} {STARTER_SUFFIX}"
        return f"{self.model}, {self.quantisation}" if self.quantisation else self.model


def model_name(metadata: Mapping[str, Any], path: Path) -> ModelName:
    """The readable parts of a model's name from its GGUF metadata and file name."""
    # A file name that is not UTF-8 keeps lone surrogates in Python, which Qt and JSON cannot hold.
    stem = os.fsencode(path.name).decode("utf-8", errors="replace").removesuffix(".gguf")
    basename = _text(metadata, "general.basename")
    size = _text(metadata, "general.size_label")
    family = _spelled_as_in(_words(basename), stem) if basename else _family_from(metadata, stem, size)
    variant = _variant(_text(metadata, "general.finetune")) or _variant(stem) or _variant(_text(metadata, "general.name"))
    return ModelName(
        family=family,
        size=size,
        variant=variant if variant.lower() not in family.lower().split() else "",
        quantisation=_quantisation(metadata, stem),
        organisation=_text(metadata, "general.organization"),
    )


def display_name(metadata: Mapping[str, Any], path: Path, *, is_starter: bool = False) -> str:
    return model_name(metadata, path).display(is_starter=is_starter)


def _text(metadata: Mapping[str, Any], key: str) -> str:
    value = metadata.get(key)
    return value.strip() if isinstance(value, str) else ""


def _words(text: str) -> str:
    return " ".join(part for part in _SEPARATORS.split(text) if part)


def _spelled_as_in(family: str, stem: str) -> str:
    """Each word of the family as the file name spells it, else a known or capitalised spelling."""
    stem_words = {word.lower(): word for word in _SEPARATORS.split(stem) if word}
    spelled = []
    for word in family.split():
        lowered = word.lower()
        if lowered in stem_words and not stem_words[lowered].islower():
            spelled.append(stem_words[lowered])
        elif word.islower() and not _VERSION.fullmatch(word):
            spelled.append(_FAMILY_SPELLINGS.get(lowered, word[:1].upper() + word[1:]))
        else:
            spelled.append(word)
    return " ".join(spelled)


def _family_from(metadata: Mapping[str, Any], stem: str, size: str) -> str:
    """Without a basename: the general name (or file name) up to its size label or variant."""
    source = _words(_text(metadata, "general.name") or stem)
    kept: list[str] = []
    for word in source.split():
        lowered = word.lower()
        if lowered in _VARIANTS or (size and lowered == size.lower()) or _QUANT_IN_FILE_NAME.fullmatch(word):
            break
        if lowered in {"gguf", "ggml"}:
            continue
        kept.append(word)
    return _spelled_as_in(" ".join(kept) or source, stem)


def _variant(text: str) -> str:
    for word in _SEPARATORS.split(text.replace(".", " ")):
        found = _VARIANTS.get(word.lower())
        if found and (word.lower() != "it" or word == "it"):  # "it" only in lower case ("gemma-2-it")
            return found
    return ""


def _quantisation(metadata: Mapping[str, Any], stem: str) -> str:
    file_type = metadata.get("general.file_type")
    if isinstance(file_type, int) and not isinstance(file_type, bool) and file_type in FILE_TYPES:
        return FILE_TYPES[file_type]
    match = _QUANT_IN_FILE_NAME.search(stem.replace(".", "-"))
    return match.group(1).upper() if match else ""
