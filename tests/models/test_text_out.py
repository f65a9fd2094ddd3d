"""Token pieces to text: split UTF-8 characters and stop strings."""

from __future__ import annotations

from models.engine.text_out import TextAssembler


def feed(assembler: TextAssembler, *pieces: bytes) -> list[str]:
    return [assembler.add(piece) for piece in pieces]


def test_a_character_split_over_two_tokens_is_shown_once_complete() -> None:
    euro = "€".encode()
    out = TextAssembler()
    assert feed(out, b"costs ", euro[:2], euro[2:], b"5") == ["costs ", "", "€", "5"]
    assert out.shown == "costs €5"


def test_a_stop_string_ends_the_text_and_is_not_shown() -> None:
    out = TextAssembler(["<|im_end|>"])
    shown = feed(out, b"Done", b" now<|im", b"_end|>", b"more")
    assert "".join(shown) == "Done now"
    assert out.stopped and out.finish() == ""


def test_text_that_only_looks_like_the_start_of_a_stop_string_is_released() -> None:
    out = TextAssembler(["<|im_end|>"])
    assert feed(out, b"a <", b"b") == ["a ", "<b"]
    out2 = TextAssembler(["<|im_end|>"])
    assert feed(out2, b"ends with <|") == ["ends with "]
    assert out2.finish() == "<|"


def test_broken_utf8_becomes_a_replacement_character_at_the_end() -> None:
    out = TextAssembler()
    assert out.add(b"ok \xe2\x82") == "ok "
    assert out.finish() == "\ufffd"
