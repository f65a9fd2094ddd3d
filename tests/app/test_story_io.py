from __future__ import annotations

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
