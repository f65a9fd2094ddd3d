"""Keep user text from turning into model control tokens, for backends that cannot see the
model's vocabulary (a model behind a server).

Prompts are tokenised with special tokens enabled (the chat template needs them), so a
story containing "<|im_end|>" would end the user's turn early and let pasted text steer
the model. We break such strings with a zero-width space: they still read the same,
but no longer match a control token. This fixed list only knows the common families; the
local engine uses the loaded model's own list instead (models/engine/native/vocabulary.py).
"""

from __future__ import annotations

import re

_ZERO_WIDTH_SPACE = "\u200b"

_CONTROL_TOKEN = re.compile(
    r"<\|[^<>|\s]{1,40}\|>"  # ChatML / Llama 3 / Phi: <|im_start|>, <|eot_id|>, <|end|>
    r"|</?s>"  # Llama / Mistral BOS/EOS
    r"|\[/?INST\]|\[/?SYS\]|<<SYS>>|<</SYS>>"  # Llama 2 / Mistral instruction markers
    r"|<(?:start|end)_of_turn>"  # Gemma
    r"|<(?:bos|eos|pad|unk|mask)>",
    re.IGNORECASE,
)


def neutralise_control_tokens(text: str) -> str:
    return _CONTROL_TOKEN.sub(lambda m: m.group(0)[0] + _ZERO_WIDTH_SPACE + m.group(0)[1:], text)
