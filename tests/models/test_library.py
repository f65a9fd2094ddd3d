"""Adding and removing model files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models.catalog import available_models
from models.library import ImportCancelled, ModelFileError, import_model, remove_model, removable
from tests.app.library.fs_faults import small_tmpfs


def test_remove_deletes_only_what_it_should(starter_model: Path, tmp_path: Path) -> None:
    folder = tmp_path / "models"
    folder.mkdir()
    link = import_model(starter_model, folder, link=True)
    assert "comes with OwnVoice" in removable(starter_model, [folder, starter_model.parent])
    with pytest.raises(ModelFileError):
        remove_model(starter_model, [folder, starter_model.parent])
    outside = tmp_path / "elsewhere.gguf"
    outside.write_bytes(b"x")
    assert "in your models folders" in removable(outside, [folder])
    remove_model(link, [folder])
    assert not os.path.lexists(link) and starter_model.exists()  # the link went, not the file


def test_cancelled_copy_leaves_nothing(starter_model: Path, tmp_path: Path) -> None:
    folder = tmp_path / "models"
    with pytest.raises(ImportCancelled):
        import_model(starter_model, folder, cancelled=lambda: True)
    assert list(folder.iterdir()) == []


def test_copy_onto_a_full_disk_is_refused_before_copying(starter_model: Path, tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "small", 20 * 1024) as folder:
        with pytest.raises(ModelFileError, match="Not enough free disk space"):
            import_model(starter_model, folder)
        assert list(folder.iterdir()) == []


def test_a_fifo_with_the_same_name_is_never_opened(starter_model: Path, tmp_path: Path) -> None:
    folder = tmp_path / "models"
    folder.mkdir()
    os.mkfifo(folder / starter_model.name)
    with pytest.raises(ModelFileError, match="different file"):
        import_model(starter_model, folder)
    assert [e.problem for e in available_models(folder, include_starter=False)][0].startswith("it is a named pipe")
