"""Settings: a JSON file written atomically; a damaged file is kept aside and defaults are used."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.paths import AppPaths
from app.settings import Settings, SettingsStore
from tests.app.library.fs_faults import fill_up, remount, small_tmpfs
from tests.app.library.helpers import REPO_ROOT


@pytest.fixture
def store(ownvoice_home: AppPaths) -> SettingsStore:
    return SettingsStore(ownvoice_home.settings_file)


def test_no_file_means_defaults_without_a_warning(store: SettingsStore) -> None:
    loaded = store.load()
    assert loaded.settings == Settings() and loaded.warning is None


def test_round_trip(store: SettingsStore) -> None:
    settings = Settings(display_name="Ada Lovelace", angles=["team"], unicode_styling=False, extra={"x": [1, 2]})
    store.save(settings)
    assert store.load().settings == settings
    assert json.loads(store.path.read_text())["version"] == 1


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2, 3]", b"\xff\xfe garbage", b""],
    ids=["broken-json", "not-an-object", "not-utf8", "empty"],
)
def test_a_damaged_file_is_kept_aside_and_defaults_are_used(store: SettingsStore, content: bytes) -> None:
    store.path.parent.mkdir(parents=True)
    store.path.write_bytes(content)

    loaded = store.load()

    assert loaded.settings == Settings()
    (kept,) = store.path.parent.glob("settings.json.corrupt-*")
    assert kept.read_bytes() == content
    assert loaded.warning is not None
    assert "damaged" in loaded.warning and kept.name in loaded.warning
    assert not store.path.exists()
    store.save(Settings(display_name="fresh"))  # the next save starts a clean file
    assert store.load().settings.display_name == "fresh"
    assert kept.exists()


def test_wrongly_typed_fields_fall_back_one_by_one(store: SettingsStore) -> None:
    store.path.parent.mkdir(parents=True)
    data = {
        "display_name": "Grace",  # fine
        "tone": 5,  # should be text
        "unicode_styling": "yes",  # should be a bool
        "preview_mobile": 1,  # an int is not a bool
        "angles": ["team", 3],  # not all text
        "extra": [],  # should be an object
        "theme": "dark",  # fine
        "unknown_future_field": True,  # ignored
    }
    store.path.write_text(json.dumps(data))

    loaded = store.load()

    defaults = Settings()
    assert loaded.warning is None
    assert (loaded.settings.display_name, loaded.settings.theme) == ("Grace", "dark")
    assert loaded.settings.tone == defaults.tone
    assert loaded.settings.unicode_styling is defaults.unicode_styling
    assert loaded.settings.preview_mobile is defaults.preview_mobile
    assert loaded.settings.angles == defaults.angles
    assert loaded.settings.extra == {}


def test_an_unreadable_file_warns_and_is_left_where_it_is(store: SettingsStore) -> None:
    store.path.mkdir(parents=True)  # a folder where the file should be: reading fails
    loaded = store.load()
    assert loaded.settings == Settings()
    assert loaded.warning is not None and loaded.warning.startswith("Could not read your settings")
    assert store.path.is_dir()


def test_saving_on_a_full_disk_fails_and_keeps_the_old_file(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", size_kb=512) as disk:
        store = SettingsStore(disk / "config" / "settings.json")
        store.save(Settings(display_name="old"))
        before = store.path.read_bytes()
        filler = fill_up(disk)

        with pytest.raises(OSError):
            store.save(Settings(display_name="new " * 5000))

        assert store.path.read_bytes() == before
        assert [p.name for p in store.path.parent.iterdir()] == ["settings.json"]  # no temp file left
        filler.unlink()
        store.save(Settings(display_name="new"))
        assert store.load().settings.display_name == "new"


def test_saving_in_a_read_only_folder_fails_and_keeps_the_old_file(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "disk", size_kb=512) as disk:
        store = SettingsStore(disk / "config" / "settings.json")
        store.save(Settings(display_name="old"))
        remount(disk, "ro")
        try:
            with pytest.raises(OSError):
                store.save(Settings(display_name="new"))
            assert store.load().settings.display_name == "old"
        finally:
            remount(disk, "rw")


SAVE_LOOP = """
import sys
from pathlib import Path
from app.settings import Settings, SettingsStore
store = SettingsStore(Path(sys.argv[1]))
n = 0
while True:
    n += 1
    store.save(Settings(display_name=f"save {n} " + "x" * 20000))
    print(n, flush=True)
"""


def test_a_kill_during_saving_never_leaves_a_damaged_file(store: SettingsStore) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", SAVE_LOOP, str(store.path)], cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    try:
        for _ in range(25):
            last = int(child.stdout.readline())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()

    loaded = store.load()
    assert loaded.warning is None
    assert int(loaded.settings.display_name.split()[1]) >= last
