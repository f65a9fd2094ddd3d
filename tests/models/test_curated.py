"""The curated model catalogue: valid, honest, and right for each laptop size."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.curated import CatalogueError, best_for_machine, load_catalogue, tier_for
from models.memory import Fit

GB = 1024**3
NON_COMMERCIAL = ("nc", "non-commercial", "research", "noncommercial")


def test_catalogue_loads_and_covers_every_laptop_size() -> None:
    entries = load_catalogue()
    assert {e.laptop_gb for e in entries} == {8, 16, 32}
    sizes = [e.parameters for e in entries]
    assert any(s.startswith("1.") for s in sizes) and any(s.startswith("4B") for s in sizes)
    assert any(s.startswith("8B") for s in sizes)
    for tier in (8, 16, 32):
        assert any(e.recommended and not e.needs_acceptance for e in entries if e.laptop_gb == tier), tier


def test_every_model_fits_the_laptops_it_is_offered_to() -> None:
    for entry in load_catalogue():
        assert entry.fit(entry.laptop_gb * GB) is Fit.FITS, (entry.id, entry.memory_need / GB)


def test_licences_allow_work_and_acceptance_is_flagged() -> None:
    for entry in load_catalogue():
        licence = entry.licence.lower()
        assert not any(word in licence.split() or word in licence for word in NON_COMMERCIAL), entry.id
        assert entry.licence_note and entry.licence_url.startswith("https://")
        if "gemma" in licence:
            assert entry.needs_acceptance and "accept" in entry.licence_note


def test_unverified_numbers_are_never_enforced(tmp_path: Path) -> None:
    for entry in load_catalogue():
        request = entry.download_request(tmp_path)
        assert request.target.name.endswith(".gguf")
        assert request.size == (entry.size_bytes if entry.size_exact else 0)
        assert request.sha256 == entry.sha256
        assert entry.url.startswith("https://huggingface.co/")


@pytest.mark.parametrize(("ram_gb", "tier", "offered"), [
    (4, 8, None),  # nothing fits with room to spare: keep the starter model
    (6, 8, "qwen3-1.7b"),  # the recommended 4B would be tight
    (8, 8, "qwen3-4b-instruct-2507"),
    (15.5, 16, "qwen3-8b"),
    (32, 32, "qwen3-14b"),
    (64, 32, "qwen3-14b"),
])  # fmt: skip
def test_first_offer_matches_the_laptop(ram_gb: float, tier: int, offered: str | None) -> None:
    ram = int(ram_gb * GB)
    assert tier_for(ram) == tier
    best = best_for_machine(load_catalogue(), ram)
    assert (best.id if best else None) == offered


def test_a_damaged_catalogue_names_the_problem(tmp_path: Path) -> None:
    path = tmp_path / "catalogue.toml"
    path.write_text('[[model]]\nid = "x"\nname = 3\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="model x has no valid 'name'"):
        load_catalogue(path)
    path.write_text("not toml [", encoding="utf-8")
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_catalogue(path)
