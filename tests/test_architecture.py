"""The layers stay apart: app/ and models/ never import Qt; only models/ imports llama_cpp."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def sources(package: str) -> list[Path]:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"no sources found in {package}/"
    return files


@pytest.mark.parametrize("package", ["app", "models"])
def test_domain_and_backends_never_import_qt(package: str) -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for p in sources(package)
        if imported_modules(p) & {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
    ]
    assert offenders == []


@pytest.mark.parametrize("package", ["app", "ui", "resources"])
def test_only_models_import_llama_cpp(package: str) -> None:
    offenders = [str(p.relative_to(ROOT)) for p in sources(package) if "llama_cpp" in imported_modules(p)]
    assert offenders == []


def test_inside_models_only_the_engine_process_imports_llama_cpp() -> None:
    engine_process = {ROOT / "models/engine/child.py", *sorted((ROOT / "models/engine/native").glob("*.py"))}
    offenders = [
        str(p.relative_to(ROOT))
        for p in sources("models")
        if "llama_cpp" in imported_modules(p) and p not in engine_process
    ]
    assert offenders == []


def test_importing_app_does_not_pull_in_qt_or_llama() -> None:
    """Import-time check, not just source text: a transitive import would also be caught."""
    import subprocess
    import sys

    code = (
        "import sys, pkgutil, importlib, app, models\n"
        "for pkg in (app, models):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if m.name.endswith(('.__main__', '.engine.child')) or '.engine.native' in m.name:\n"
        "            continue  # entry points / the engine process itself\n"
        "        importlib.import_module(m.name)\n"
        "bad = [n for n in ('PySide6', 'llama_cpp') if n in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
