"""Reading user-supplied text files (stories, notes, samples, posts, guidelines, imports) safely.

Every failure is an `InputError` with a sentence the user can act on: a missing or unreadable
file, a folder, a device or pipe, a binary file, a file that is not text in a known encoding,
or one larger than OwnVoice reads. Limits apply while reading, never after: a 2 MB .docx that
unpacks to a gigabyte is refused after a few megabytes. Nothing here ever modifies the file.
"""

from __future__ import annotations

import codecs
import io
import os
import stat
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, BinaryIO
from xml.parsers import expat

MAX_INPUT_BYTES = 5 * 1024 * 1024  # far beyond any story; protects against opening a video by mistake
MAX_EXTRACTED_CHARS = MAX_INPUT_BYTES  # text taken out of a .docx: as much as a text file may hold
MAX_DOCX_XML_BYTES = 8 * 1024 * 1024  # unpacked document.xml: Word's markup is ~5-20x its text, so any
# story short enough for a model fits, and parsing the most markup allowed stays near a second
MAX_DOCX_PART_BYTES = 1024 * 1024  # the package's small index files (_rels/.rels)
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
DOCX_SUFFIX = ".docx"
_CHUNK = 64 * 1024

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class InputError(ValueError):
    """Bad input from the user. `str(err)` is the message to show."""

    exit_code = 2


# -- decoding -----------------------------------------------------------------------------------


def decode_text(data: bytes, source: str) -> str:
    """Decode text: UTF-8, or UTF-16/UTF-32 with a byte-order mark (what Windows Notepad calls
    "Unicode"), or UTF-16 without one. Binary data is refused with a clear message."""
    encoding, start = _encoding_of(data)
    if encoding == "utf-8" and b"\x00" in data[start : start + 8192]:
        raise InputError(f"{source} looks like a binary file, not text. Save the story as .txt, .md or .docx.")
    try:
        text = data[start:].decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding != "utf-8":
            raise InputError(
                f"{source} says it is {encoding.upper()[:6]} text but is damaged (undecodable bytes at "
                f"position {exc.start + start}). Save it again, or paste the text instead."
            ) from None
        raise InputError(
            f"{source} is not UTF-8 text (undecodable byte at position {exc.start}). "
            "Save it as UTF-8 (most editors offer this under 'Save as'), or paste the text instead."
        ) from None
    if "\x00" in text:
        raise InputError(f"{source} looks like a binary file, not text. Save the story as .txt, .md or .docx.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _encoding_of(data: bytes) -> tuple[str, int]:
    """(codec, where the text starts): from a byte-order mark, else UTF-16 by its zero bytes, else UTF-8."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    sample = data[:4096]
    if len(sample) >= 8:
        even, odd = sample[0::2], sample[1::2]
        # Latin-script text in UTF-16 without a mark: every other byte is zero, the others never.
        if odd.count(0) >= 0.9 * len(odd) and even.count(0) == 0:
            return "utf-16-le", 0
        if even.count(0) >= 0.9 * len(even) and odd.count(0) == 0:
            return "utf-16-be", 0
    return "utf-8", 0


# -- reading files ------------------------------------------------------------------------------


def read_limited(path: Path, source: str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `max_bytes`; reads no more than that plus one.

    Folders, devices, pipes and sockets are refused without being read (opening a pipe for
    reading would wait forever for a writer, so it is opened non-blocking and looked at first).
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError(f"{source} does not exist.") from None
    except PermissionError:
        raise InputError(f"{source} cannot be read: permission denied.") from None
    except IsADirectoryError:
        raise InputError(f"{source} is a folder, not a file.") from None
    except OSError as exc:
        raise InputError(f"{source} cannot be read: {exc.strerror or exc}.") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise InputError(f"{source} is a folder, not a file.")
        if not stat.S_ISREG(mode):
            raise InputError(f"{source} is not a regular file (it is a device, a pipe or a socket).")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = _read_at_most(handle, max_bytes, source)
    except OSError as exc:
        raise InputError(f"{source} cannot be read: {exc.strerror or exc}.") from None
    finally:
        os.close(fd)
    return data


def read_stream_limited(stream: BinaryIO, source: str, max_bytes: int = MAX_INPUT_BYTES) -> bytes:
    """Up to `max_bytes` from a stream (standard input); more is refused, not read."""
    try:
        return _read_at_most(stream, max_bytes, source)
    except OSError as exc:
        raise InputError(f"{source} cannot be read: {exc.strerror or exc}.") from None


def _read_at_most(stream: BinaryIO, max_bytes: int, source: str) -> bytes:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(
            f"{source} is larger than {_size(max_bytes)}; OwnVoice reads text files up to that size. "
            "Is this the right file?"
        )
    return data


def _size(count: int) -> str:
    if count >= 1_048_576:
        return f"{count // 1_048_576} MB"
    return f"{count // 1024} KB" if count >= 1024 else f"{count} bytes"


def read_text_file(path: Path, what: str = "The file", *, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Read a .txt/.md/.docx file as text. Raises InputError with a user-facing message."""
    source = f"{what} {path}"
    data = read_limited(path, source, max_bytes)
    if path.suffix.lower() == DOCX_SUFFIX:
        return read_docx_bytes(data, source)
    return decode_text(data, source)


def require_text(text: str, what: str) -> str:
    """Refuse empty or whitespace-only input."""
    if not text.strip():
        raise InputError(f"{what} is empty. Paste or open some text first.")
    return text.strip("\n")


# -- Word documents -----------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"  # the end of the main part's relationship type (strict or transitional)
_STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_BREAKS = {"br": "\n", "cr": "\n", "tab": "\t"}


def read_docx_bytes(data: bytes, source: str, max_chars: int = MAX_EXTRACTED_CHARS) -> str:
    """The paragraphs of a Word document (body, tables, text boxes), blank ones left out.

    The main part is unpacked and parsed as a stream, so neither a zip bomb nor an XML bomb is
    ever held in memory: reading stops at MAX_DOCX_XML_BYTES of markup or `max_chars` of text.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            name = _main_part_name(package)
            with package.open(name) as part:
                return _paragraph_text(_chunks(part, MAX_DOCX_XML_BYTES, source), source, max_chars)
    except InputError:
        raise
    except KeyError:
        raise InputError(f"{source} is not a readable Word document (it has no main text).") from None
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise InputError(f"{source} is not a readable Word document ({exc}).") from None
    except expat.ExpatError as exc:
        raise InputError(f"{source} is not a readable Word document (damaged text: {exc}).") from None
    except (RuntimeError, NotImplementedError, ValueError, OSError) as exc:  # encrypted, odd compression
        raise InputError(f"{source} is not a readable Word document ({exc}).") from None


def _chunks(part: IO[bytes], limit: int, source: str) -> Iterator[bytes]:
    read = 0
    while chunk := part.read(_CHUNK):
        read += len(chunk)
        if read > limit:
            raise InputError(
                f"{source} unpacks to more than {_size(limit)} of document text, far more than a story. "
                "Is this the right file?"
            )
        yield chunk


def _main_part_name(package: zipfile.ZipFile) -> str:
    """The main document part, as the package's relationships name it (word/document.xml)."""
    try:
        with package.open("_rels/.rels") as rels:
            targets = _relationship_targets(_chunks(rels, MAX_DOCX_PART_BYTES, "_rels/.rels"))
    except KeyError:
        targets = []
    for kind, target in targets:
        if kind.endswith(_OFFICE_DOCUMENT):
            return target.lstrip("/")
    return "word/document.xml"


def _relationship_targets(chunks: Iterator[bytes]) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    parser = _safe_parser()

    def start(name: str, attributes: dict[str, str]) -> None:
        if name == f"{_RELATIONSHIPS} Relationship":
            found.append((attributes.get("Type", ""), attributes.get("Target", "")))

    parser.StartElementHandler = start
    for chunk in chunks:
        parser.Parse(chunk, False)
    parser.Parse(b"", True)
    return found


def _safe_parser() -> expat.XMLParserType:
    """Expat with namespaces, refusing any DTD: Word never writes one, and a DTD is how an
    "XML bomb" (entities that expand a billion times) gets in."""
    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse(*_args: object) -> None:
        raise ValueError("the document declares a DTD, which Word documents never do")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    return parser


def _paragraph_text(chunks: Iterator[bytes], source: str, max_chars: int) -> str:
    paragraphs: list[str] = []
    open_paragraphs: list[list[str]] = []  # a text box's paragraphs sit inside another paragraph
    in_text = 0  # inside <w:t>
    skipping = 0  # inside <mc:Fallback>: a second copy of content shown by <mc:Choice>
    total = 0

    def local(name: str) -> tuple[str, str]:
        namespace, _, tag = name.rpartition(" ")
        return namespace, tag

    def add(text: str) -> None:
        nonlocal total
        if open_paragraphs and not skipping:
            open_paragraphs[-1].append(text)
            total += len(text)
            if total > max_chars:
                raise InputError(
                    f"{source} holds more than {max_chars:,} characters of text, far more than a story. "
                    "Is this the right file?"
                )

    def start(name: str, _attributes: dict[str, str]) -> None:
        nonlocal in_text, skipping
        namespace, tag = local(name)
        if skipping or (namespace == _MC and tag == "Fallback"):
            skipping += 1
        elif namespace in (_W, _STRICT_W):
            if tag == "p":
                open_paragraphs.append([])
            elif tag == "t":
                in_text += 1
            elif tag in _BREAKS:
                add(_BREAKS[tag])

    def end(name: str) -> None:
        nonlocal in_text, skipping
        if skipping:
            skipping -= 1
            return
        namespace, tag = local(name)
        if namespace in (_W, _STRICT_W):
            if tag == "p" and open_paragraphs:
                text = "".join(open_paragraphs.pop())
                if text.strip():
                    paragraphs.append(text)
            elif tag == "t":
                in_text = max(0, in_text - 1)

    def characters(text: str) -> None:
        if in_text:
            add(text)

    parser = _safe_parser()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.buffer_text = True
    for chunk in chunks:
        parser.Parse(chunk, False)
    parser.Parse(b"", True)
    return "\n\n".join(paragraphs)
