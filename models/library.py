"""Adding a model file to the models folder (copy or link) and removing one.

The header is checked before a single byte is copied, so a truncated download or a file
that is not a model never lands in the folder. Copies go through `<name>.gguf.part` and a
rename: the model list never shows half a copy.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from models.catalog import PARTIAL_SUFFIX, display_path, starter_model_path
from models.gguf import GgufError, GgufInfo, read_gguf
from models.memory import format_bytes

COPY_CHUNK_BYTES = 8 * 1024 * 1024
_SPLIT = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)


class ModelFileError(Exception):
    """Importing or removing failed. `str(err)` says why and what to do."""


class ImportCancelled(Exception):
    pass


def check_importable(source: Path) -> GgufInfo:
    """The header of a file about to be imported. Raises ModelFileError."""
    name = display_path(source.name)
    try:
        info = read_gguf(source)
    except GgufError as exc:
        raise ModelFileError(f"{name} cannot be added: {exc.reason}") from None
    except OSError as exc:
        raise ModelFileError(f"{name} cannot be read ({exc.strerror or exc}).") from None
    kind = str(info.metadata.get("general.type", "model"))
    if kind == "adapter" or info.architecture == "clip":
        raise ModelFileError(f"{name} cannot be added: it is an add-on file, not a chat model.")
    return info


def import_model(
    source: Path,
    models_dir: Path,
    *,
    link: bool = False,
    on_progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Path:
    """Copy (or link) `source` into `models_dir`; returns the new path. Raises ModelFileError,
    ImportCancelled. Every part of a split model comes along."""
    check_importable(source)
    sources = _all_parts(source)
    models_dir.mkdir(parents=True, exist_ok=True)
    targets = [models_dir / (part.name if part.name.lower().endswith(".gguf") else part.name + ".gguf") for part in sources]
    for part, target in zip(sources, targets, strict=True):
        if target.exists() or target.is_symlink():
            if _same_file(part, target):
                raise ModelFileError(f"{display_path(target.name)} is already in your models folder.")
            raise ModelFileError(
                f"Your models folder already has a different file called {display_path(target.name)}. "
                "Rename one of them first."
            )
    if link:
        for part, target in zip(sources, targets, strict=True):
            try:
                os.symlink(part.resolve(), target)
            except OSError as exc:
                raise ModelFileError(
                    f"A link to {display_path(part.name)} could not be made ({exc.strerror or exc}). Copy the file instead."
                ) from None
        return targets[0]
    total = sum(part.stat().st_size for part in sources)
    free = shutil.disk_usage(models_dir).free
    if free < total:
        raise ModelFileError(
            f"Not enough free disk space to copy the model: it needs {format_bytes(total)} and "
            f"{format_bytes(free)} is free. Free some space, or add it as a link instead."
        )
    done = 0
    for part, target in zip(sources, targets, strict=True):
        done = _copy(part, target, done, total, on_progress, cancelled)
    return targets[0]


def _copy(
    source: Path,
    target: Path,
    done: int,
    total: int,
    on_progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool],
) -> int:
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        with source.open("rb") as src, partial.open("wb") as dst:
            for block in iter(lambda: src.read(COPY_CHUNK_BYTES), b""):
                if cancelled():
                    raise ImportCancelled()
                dst.write(block)
                done += len(block)
                if on_progress is not None:
                    on_progress(done, total)
            dst.flush()
            os.fsync(dst.fileno())
        os.replace(partial, target)
    except ImportCancelled:
        _discard(partial)
        raise
    except OSError as exc:
        _discard(partial)
        raise ModelFileError(f"The model could not be copied ({exc.strerror or exc}); nothing was added.") from None
    return done


def _discard(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def _same_file(a: Path, b: Path) -> bool:
    """The same file, or a copy of it (same size, same first and last 64 kB)."""
    try:
        if os.path.samefile(a, b):
            return True
        size = a.stat().st_size
        if not stat.S_ISREG(b.stat().st_mode) or size != b.stat().st_size:
            return False  # never open a FIFO or device that took the name
        with a.open("rb") as one, b.open("rb") as other:
            for offset in (0, max(size - 65536, 0)):
                one.seek(offset)
                other.seek(offset)
                if one.read(65536) != other.read(65536):
                    return False
        return True
    except OSError:
        return False


def _all_parts(first: Path) -> list[Path]:
    match = _SPLIT.match(first.name)
    if match is None:
        return [first]
    count = int(match["count"])
    parts = [first.with_name(f"{match['base']}-{i:05d}-of-{count:05d}.gguf") for i in range(1, count + 1)]
    missing = [p for p in parts if not p.is_file()]
    if missing:
        raise ModelFileError(f"Part {display_path(missing[0].name)} of this split model is missing next to it.")
    return parts


def removable(path: Path, folders: Sequence[Path]) -> str:
    """Why `path` may not be removed ("" when it may): only model files in the user's
    folders, never the bundled starter model."""
    starter = starter_model_path()
    if starter is not None and _same_path(path, starter):
        return "The starter model comes with OwnVoice and cannot be removed."
    if not path.name.lower().endswith(".gguf"):
        return "Only .gguf model files can be removed here."
    if not any(_same_path(path.parent, folder) for folder in folders):
        return "Only models in your models folders can be removed here."
    return ""


def remove_model(path: Path, folders: Sequence[Path]) -> None:
    """Delete a model file (for a link: the link only). Call after the user confirmed.
    Raises ModelFileError."""
    reason = removable(path, folders)
    if reason:
        raise ModelFileError(reason)
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise ModelFileError(f"{display_path(path.name)} could not be removed ({exc.strerror or exc}).") from None


def _same_path(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() if not a.is_symlink() else a.absolute() == b.absolute()
    except OSError:
        return a == b
