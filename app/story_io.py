"""Reading user-supplied text files (stories, notes, samples, posts) safely.

Every failure is an `InputError` with a sentence the user can act on: a missing or
unreadable file, a binary file, a file that is not UTF-8, or an empty one.
Nothing here ever modifies the file.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

MAX_INPUT_BYTES = 5 * 1024 * 1024  # far beyond any story; protects against opening a video by mistake
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
DOCX_SUFFIX = ".docx"


class InputError(ValueError):
    """Bad input from the user. `str(err)` is the message to show."""

    exit_code = 2


def decode_text(data: bytes, source: str) -> str:
    """Decode bytes as UTF-8 (BOM allowed), refusing binary data with a clear message."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{source} looks like a binary file, not text. Save the story as .txt, .md or .docx.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} is not UTF-8 text (undecodable byte at position {exc.start}). "
            "Save it as UTF-8 (most editors offer this under 'Save as'), or paste the text instead."
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_docx_bytes(data: bytes, source: str) -> str:
    try:
        import docx  # python-docx; imported lazily because it is only needed for .docx files
    except ImportError:  # pragma: no cover - it is a declared dependency
        raise InputError("Opening .docx files needs python-docx, which is not installed.") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{source} is not a readable Word document ({exc}).") from None
    except Exception as exc:  # python-docx raises assorted errors for damaged packages
        raise InputError(f"{source} is not a readable Word document ({type(exc).__name__}).") from None
    return "\n\n".join(p.text for p in document.paragraphs if p.text.strip())


def read_text_file(path: Path, what: str = "The file") -> str:
    """Read a .txt/.md/.docx file as text. Raises InputError with a user-facing message."""
    source = f"{what} {path}"
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(f"{source} is a folder, not a file.")
        if size > MAX_INPUT_BYTES:
            raise InputError(
                f"{source} is {size / 1_048_576:.1f} MB; OwnVoice reads text files up to "
                f"{MAX_INPUT_BYTES // 1_048_576} MB. Is this the right file?"
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{source} does not exist.") from None
    except PermissionError:
        raise InputError(f"{source} cannot be read: permission denied.") from None
    except IsADirectoryError:
        raise InputError(f"{source} is a folder, not a file.") from None
    except OSError as exc:
        raise InputError(f"{source} cannot be read: {exc.strerror or exc}.") from None
    if path.suffix.lower() == DOCX_SUFFIX:
        return read_docx_bytes(data, source)
    return decode_text(data, source)


def require_text(text: str, what: str) -> str:
    """Refuse empty or whitespace-only input."""
    if not text.strip():
        raise InputError(f"{what} is empty. Paste or open some text first.")
    return text.strip("\n")
