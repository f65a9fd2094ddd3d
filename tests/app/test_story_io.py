from __future__ import annotations

import codecs
import os
import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import docx
import pytest

from app.story_io import InputError, read_text_file, require_text


def test_reads_utf8_text_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("\ufeffCafé opened.\r\nGroß.\r\n".encode())
    assert read_text_file(path) == "Café opened.\nGroß.\n"


def test_reads_docx_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("First paragraph with ë.")
    document.add_paragraph("")
    document.add_paragraph("Second paragraph.")
    path = tmp_path / "story.docx"
    document.save(str(path))
    assert read_text_file(path) == "First paragraph with ë.\n\nSecond paragraph."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("latin1.txt", "Caf\xe9 au lait".encode("latin-1"), "not UTF-8"),
        ("fake.docx", b"this is not a zip", "not a readable Word document"),
    ],
)
def test_bad_files_give_clear_messages(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as caught:
        read_text_file(path, "The story")
    assert str(path) in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_text_file(tmp_path)


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * (5 * 1024 * 1024 + 1))
    with pytest.raises(InputError, match="MB"):
        read_text_file(path)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t"])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(InputError, match="empty"):
        require_text(text, "The story")


# -- hostile and unusual files ------------------------------------------------------------------


def write_docx(path: Path, document_xml: bytes, *, compress: int = zipfile.ZIP_DEFLATED) -> Path:
    """A minimal Word package around `document_xml` (what Word itself would zip up)."""
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    with zipfile.ZipFile(path, "w", compression=compress, compresslevel=9) as package:
        package.writestr("_rels/.rels", rels)
        package.writestr("word/document.xml", document_xml)
    return path


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def zip_bomb(path: Path, head: bytes, block: bytes, repeats: int, tail: bytes) -> Path:
    """A .docx whose document.xml is head + block * repeats + tail, deflated without compressing
    every copy: after a full flush the compressor starts afresh, so one block's bytes repeat."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    middle = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = compressor.compress(tail) + compressor.flush()
    crc = zlib.crc32(head)
    for _ in range(repeats):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(block) * repeats + len(tail)
    packed = len(first) + len(middle) * repeats + len(last)
    name = b"word/document.xml"
    with path.open("wb") as out:
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, packed, size, len(name), 0) + name)
        out.write(first)
        for _ in range(repeats):
            out.write(middle)
        out.write(last)
        directory = out.tell()
        entry = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, packed, size, len(name), 0, 0, 0, 0, 0, 0)
        out.write(entry + name)
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(entry) + len(name), directory, 0))
    return path


def test_a_docx_that_unpacks_to_a_gigabyte_is_refused_after_a_few_megabytes(tmp_path: Path) -> None:
    paragraph = b"<w:p><w:r><w:t>" + b"a" * 4000 + b"</w:t></w:r></w:p>"
    block = paragraph * 256  # ~1 MB
    path = zip_bomb(tmp_path / "bomb.docx", b"<w:document " + W + b"><w:body>", block, 1024, b"</w:body></w:document>")
    with zipfile.ZipFile(path) as package:
        assert package.getinfo("word/document.xml").file_size > 1_000_000_000
    assert path.stat().st_size < 5 * 1024 * 1024
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(InputError, match="far more than a story") as caught:
            read_text_file(path, "The story")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(path) in str(caught.value)
    assert peak < 64 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
    assert time.perf_counter() - started < 30  # generous for a busy machine; it takes well under a second


def test_an_xml_bomb_in_a_docx_is_refused_without_expanding_it(tmp_path: Path) -> None:
    entities = b"".join(
        b'<!ENTITY e%d "%s">' % (n, b"&e%d;" % (n - 1) * 10 if n else b"ha") for n in range(10)
    )
    xml = b"<?xml version='1.0'?><!DOCTYPE w:document [" + entities + b"]><w:document " + W
    xml += b"><w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>"
    with pytest.raises(InputError, match="not a readable Word document"):
        read_text_file(write_docx(tmp_path / "laughs.docx", xml), "The story")


def test_markup_without_text_is_bounded_too(tmp_path: Path) -> None:
    xml = b"<w:document " + W + b"><w:body>" + b"<w:p/>" * 5_000_000 + b"</w:body></w:document>"
    with pytest.raises(InputError, match="unpacks to more than"):
        read_text_file(write_docx(tmp_path / "empty-paragraphs.docx", xml), "The story")


def test_docx_text_in_tables_text_boxes_and_breaks_is_read_once(tmp_path: Path) -> None:
    mc = b'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
    xml = (
        b"<w:document " + W + b" " + mc + b"><w:body>"
        b"<w:p><w:r><w:t>Acme opens</w:t><w:tab/><w:t xml:space='preserve'> a plant</w:t><w:br/><w:t>today.</w:t></w:r></w:p>"
        b"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>120 jobs</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
        b"<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>In a box</w:t></w:r></w:p>"
        b"</w:txbxContent></mc:Choice><mc:Fallback><w:p><w:r><w:t>In a box</w:t></w:r></w:p></mc:Fallback>"
        b"</mc:AlternateContent></w:r></w:p>"
        b"<w:p><w:r><w:delText>deleted</w:delText><w:instrText>PAGE</w:instrText></w:r></w:p>"
        b"</w:body></w:document>"
    )
    text = read_text_file(write_docx(tmp_path / "story.docx", xml), "The story")
    assert text == "Acme opens\t a plant\ntoday.\n\n120 jobs\n\nIn a box"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_text_with_or_without_a_byte_order_mark_is_read_as_text(tmp_path: Path, encoding: str) -> None:
    story = "Café Übersee opened.\r\nWe hired 12 people — and a robot 🤖.\r\n"
    path = tmp_path / "notepad.txt"
    path.write_bytes(story.encode(encoding))
    if encoding in ("utf-16-le", "utf-16-be"):  # no mark: only the Latin text is told by its zero bytes
        path.write_bytes("Café opened.\nWe hired 12 people.\n".encode(encoding))
        assert read_text_file(path) == "Café opened.\nWe hired 12 people.\n"
        return
    assert read_text_file(path) == story.replace("\r\n", "\n")


def test_damaged_utf16_says_so(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + "Café".encode("utf-16-le") + b"\x00")  # an odd byte count
    with pytest.raises(InputError, match="UTF-16 text but is damaged"):
        read_text_file(path, "The story")


def test_a_pipe_or_device_is_refused_without_waiting_for_it(tmp_path: Path) -> None:
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_text_file(fifo, "The story")  # opening it blocking would wait for a writer forever
    with pytest.raises(InputError, match="not a regular file"):
        read_text_file(Path("/dev/zero"), "The story")


def test_the_limit_is_applied_while_reading(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"a" * 100)
    assert read_text_file(path, max_bytes=100) == "a" * 100
    with pytest.raises(InputError, match="larger than 99 bytes"):
        read_text_file(path, max_bytes=99)
