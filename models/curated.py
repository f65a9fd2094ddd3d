"""The curated catalogue of downloadable models (resources/models/catalogue.toml).

Plain data plus what the app asks of it: how much memory an entry needs, whether it fits
this laptop, and which entry to offer first.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from models.download import DownloadRequest, file_name_from_url
from models.memory import Architecture, Fit, judge_fit, memory_need

LAPTOP_TIERS_GB = (8, 16, 32)


class CatalogueError(ValueError):
    """The catalogue file is damaged. `str(err)` names the entry and field."""


@dataclass(frozen=True)
class CatalogueEntry:
    id: str
    name: str
    parameters: str
    quantisation: str
    url: str
    page: str
    size_bytes: int
    size_exact: bool
    sha256: str
    licence: str
    licence_url: str
    licence_note: str
    needs_acceptance: bool
    laptop_gb: int
    recommended: bool
    context: int
    architecture: Architecture
    languages: tuple[str, ...]
    thinking: bool
    why: str

    @property
    def file_name(self) -> str:
        return file_name_from_url(self.url)

    @property
    def memory_need(self) -> int:
        return memory_need(self.size_bytes, self.architecture, self.context)

    def fit(self, total_ram: int) -> Fit:
        return judge_fit(self.memory_need, total_ram)

    def download_request(self, models_dir: Path) -> DownloadRequest:
        """Sizes that are not exact are not enforced; the SHA-256 then comes from the server."""
        return DownloadRequest(
            self.url,
            models_dir / self.file_name,
            self.sha256,
            size=self.size_bytes if self.size_exact else 0,
            size_hint=self.size_bytes,
        )


_STR_FIELDS = ("id", "name", "parameters", "quantisation", "url", "page", "sha256", "licence", "licence_url",
               "licence_note", "why")  # fmt: skip
_INT_FIELDS = ("size_bytes", "laptop_gb", "context", "layers", "kv_heads", "head_dim")
_BOOL_FIELDS = ("size_exact", "needs_acceptance", "recommended", "thinking")


def load_catalogue(path: Path | None = None) -> list[CatalogueEntry]:
    """The built-in catalogue (or `path`). Raises CatalogueError."""
    try:
        if path is None:
            text = (resources.files("resources") / "models" / "catalogue.toml").read_text(encoding="utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"The model catalogue cannot be read ({exc}).") from exc
    raw = data.get("model")
    if not isinstance(raw, list):
        raise CatalogueError("The model catalogue lists no models.")
    entries = [_entry(item, index) for index, item in enumerate(raw, start=1)]
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise CatalogueError("The model catalogue lists a model id twice.")
    return entries


def _entry(item: Any, index: int) -> CatalogueEntry:
    if not isinstance(item, dict):
        raise CatalogueError(f"Model {index} in the catalogue is not a table.")
    where = f"model {item.get('id', index)!s}"
    values: dict[str, Any] = {}
    for name, kind in [*((n, str) for n in _STR_FIELDS), *((n, int) for n in _INT_FIELDS),
                       *((n, bool) for n in _BOOL_FIELDS)]:  # fmt: skip
        value = item.get(name)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise CatalogueError(f"The catalogue's {where} has no valid '{name}'.")
        values[name] = value
    languages = item.get("languages")
    if not isinstance(languages, list) or not all(isinstance(x, str) for x in languages):
        raise CatalogueError(f"The catalogue's {where} has no valid 'languages'.")
    if not values["url"].startswith("https://"):
        raise CatalogueError(f"The catalogue's {where} must download over https.")
    sha = values["sha256"].lower()
    if sha and (len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha)):
        raise CatalogueError(f"The catalogue's {where} has a malformed sha256.")
    if values["laptop_gb"] not in LAPTOP_TIERS_GB:
        raise CatalogueError(f"The catalogue's {where} has laptop_gb outside {LAPTOP_TIERS_GB}.")
    architecture = Architecture(values.pop("layers"), values.pop("kv_heads"), values["head_dim"], values.pop("head_dim"))
    return CatalogueEntry(**{**values, "sha256": sha}, architecture=architecture, languages=tuple(languages))


def tier_for(total_ram: int) -> int:
    """The laptop tier (8, 16, 32 GB) this machine belongs to; machines below 8 GB count as 8."""
    gigabytes = total_ram / 1024**3
    tier = LAPTOP_TIERS_GB[0]
    for candidate in LAPTOP_TIERS_GB:
        if gigabytes >= candidate * 0.9:  # "16 GB" laptops report a little less
            tier = candidate
    return tier


def best_for_machine(entries: list[CatalogueEntry], total_ram: int) -> CatalogueEntry | None:
    """The entry to offer in one click: the recommended one for the largest tier this laptop
    reaches, else the largest that fits; never one that is tight, and never one that needs a
    licence accepted first (that cannot be one click)."""
    tier = tier_for(total_ram)
    fitting = [e for e in entries if not e.needs_acceptance and e.fit(total_ram) is Fit.FITS]
    recommended = [e for e in fitting if e.recommended and e.laptop_gb <= tier]
    candidates = recommended or [e for e in fitting if e.laptop_gb <= tier]
    if not candidates:
        return None
    return max(candidates, key=lambda e: (e.laptop_gb, e.size_bytes))
