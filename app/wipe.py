""""Delete all my data": the drafts library, its key in the keyring, the settings and the logs.

The keyring secrets go first: once the key is gone, any copy of the encrypted database (a
backup, a file-recovery tool) is unreadable. The user's own model files are not touched.
Needs no passphrase, so a user who forgot theirs can still start over.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.crash_file import CRASH_PREFIX, CRASH_SUFFIX
from app.library.damage import set_aside_files
from app.library.errors import LibraryBusyError
from app.library.instance_lock import InstanceLock, LockHeldError
from app.library.opening import BUSY_MESSAGE, lock_file_for
from app.library.unlock import UnlockMethod, read_unlock_info, unlock_info_path
from app.paths import AppPaths
from app.secrets import SecretStore, SecretStoreUnavailableError


@dataclass(frozen=True)
class WipeReport:
    removed_files: tuple[Path, ...]
    removed_secrets: tuple[str, ...]
    problems: tuple[str, ...]  # sentences about what could not be removed

    @property
    def complete(self) -> bool:
        return not self.problems


def delete_all_data(paths: AppPaths, *, secret_store: SecretStore | None = None) -> WipeReport:
    """Remove everything OwnVoice stored about the user. Close any open `Library` first.

    Raises LibraryBusyError when another OwnVoice window or command has the library open.
    Anything that cannot be removed is listed in `WipeReport.problems`; the rest still goes.
    """
    store = secret_store if secret_store is not None else SecretStore.for_paths(paths)
    lock = _lock_if_present(paths.library_file)
    try:
        secrets_removed, problems = _delete_secrets(paths.library_file, store)
        removed: list[Path] = []
        for path in _data_files(paths):
            try:
                path.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                problems.append(f"Could not delete {path}: {exc.strerror or exc}.")
                continue
            removed.append(path)
    finally:
        if lock is not None:
            lock.release()
    lock_file = lock_file_for(paths.library_file)
    lock_file.unlink(missing_ok=True)
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        _remove_if_empty(folder)
    return WipeReport(tuple(removed), tuple(secrets_removed), tuple(problems))


def _lock_if_present(library_file: Path) -> InstanceLock | None:
    if not library_file.parent.is_dir():
        return None
    try:
        return InstanceLock.acquire(lock_file_for(library_file))
    except LockHeldError:
        raise LibraryBusyError(BUSY_MESSAGE) from None
    except OSError:
        return None  # a read-only folder: deleting will report its own problems


def _delete_secrets(library_file: Path, store: SecretStore) -> tuple[list[str], list[str]]:
    libraries = [library_file, *(p for p in set_aside_files(library_file) if p.suffix == library_file.suffix)]
    infos = [read_unlock_info(library) for library in libraries]
    library_key = tuple(info.keyring_name for info in infos if info and info.method is UnlockMethod.KEYRING)
    try:
        return store.delete_all(also=library_key), []
    except SecretStoreUnavailableError as exc:
        if not library_key:
            return [], []  # passphrase mode and no keyring: nothing of ours can be in one
        return [], [
            f"Could not remove the drafts key from the system keyring: {exc} Once the library "
            "is deleted the key opens nothing, but you can delete the \"OwnVoice\" entry yourself."
        ]


def _data_files(paths: AppPaths) -> Iterator[Path]:
    library = paths.library_file
    for suffix in ("", "-wal", "-shm", "-journal"):
        yield Path(f"{library}{suffix}")
    yield unlock_info_path(library)
    yield from set_aside_files(library)  # damaged libraries kept aside, with their companions
    yield from paths.data_dir.glob(f".{unlock_info_path(library).name}.*.tmp")
    settings = paths.settings_file
    yield settings
    yield from paths.config_dir.glob(f"{settings.name}.corrupt-*")
    yield from paths.config_dir.glob(f".{settings.name}.*.tmp")
    for log in (paths.log_file, paths.engine_log_file):
        yield from paths.log_dir.glob(f"{log.name}*")
    yield from paths.log_dir.glob(f"{CRASH_PREFIX}*{CRASH_SUFFIX}")


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty (e.g. the user's own models), or already gone
