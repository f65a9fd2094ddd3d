"""The engine opens models whatever their file name, and tells templates to answer directly."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from models.contract import ChatMessage, GenerationOptions, ModelMissingError, NeverCancel
from models.engine.client import LocalEngineBackend
from models.engine.model_path import TEMPLATE_VARIABLES, openable_path

QWEN3_STYLE_TEMPLATE = (
    "{%- for message in messages %}{{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}"
    "{%- endfor %}{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}{{- '<think>\\n\\n</think>\\n\\n' }}{%- endif %}"
    "{%- endif %}"
)


def non_utf8_link(tmp_path: Path, target: Path) -> Path:
    link = tmp_path / os.fsdecode(b"mod\xe9l-\xff.gguf")
    os.symlink(target, link)
    return link


def test_openable_path_leaves_ordinary_names_alone(tmp_path: Path) -> None:
    plain = tmp_path / "model é.gguf"
    plain.write_bytes(b"x")
    with openable_path(plain) as text:
        assert text == str(plain)
    odd = tmp_path / os.fsdecode(b"\xe9.gguf")
    odd.write_bytes(b"GGUF")
    with openable_path(odd) as text:
        text.encode("utf-8")
        assert Path(text).read_bytes() == b"GGUF"


def test_thinking_models_are_asked_to_answer_directly() -> None:
    from llama_cpp.llama_chat_format import Jinja2ChatFormatter

    formatter = Jinja2ChatFormatter(template=QWEN3_STYLE_TEMPLATE, eos_token="<|im_end|>", bos_token="")
    prompt = formatter(messages=[{"role": "user", "content": "Hi"}], **TEMPLATE_VARIABLES).prompt
    assert prompt.endswith("<|im_start|>assistant\n<think>\n\n</think>\n\n")


def test_missing_model_message_shows_a_readable_name() -> None:
    message = str(ModelMissingError(os.fsdecode(b"/models/mod\xe9l.gguf")))
    assert "/models/mod\ufffdl.gguf" in message
    message.encode("utf-8")


@pytest.mark.engine
def test_engine_loads_a_model_whose_file_name_is_not_utf8(tmp_path: Path, starter_model: Path) -> None:
    backend = LocalEngineBackend(non_utf8_link(tmp_path, starter_model), n_threads=1, log_file=tmp_path / "engine.log")
    try:
        info = backend.load()
        assert info.context_length > 0
        text = "".join(backend.stream([ChatMessage("user", "Say hi.")], GenerationOptions(max_tokens=8), NeverCancel()))
        assert text.strip()
    finally:
        backend.close()


@pytest.mark.engine
def test_engine_given_a_fifo_says_so_instead_of_hanging(tmp_path: Path) -> None:
    from models.contract import ModelFormatError

    fifo = tmp_path / "pipe.gguf"
    os.mkfifo(fifo)
    backend = LocalEngineBackend(fifo, n_threads=1, log_file=tmp_path / "engine.log")
    try:
        with pytest.raises(ModelFormatError, match="named pipe"):
            backend.load()
        backend.config = type(backend.config)(model_path=str(tmp_path / "gone.gguf"), n_threads=1)
        with pytest.raises(ModelMissingError):
            backend.load()
    finally:
        backend.close()
