"""The tuned prompts still share one byte-identical prefix across angles: with the real starter
model, the 2nd and 3rd angle of a story evaluate only their own tail, in English and in Dutch,
with the worked example and the notes in the prompt."""

from __future__ import annotations

import pytest

from app.options import Length, PersonalNotes
from app.presets import load_catalog
from app.prompt import PromptInput, build_messages, wording
from models.contract import ChatMessage, GenerationOptions, NeverCancel
from models.engine.client import LocalEngineBackend

pytestmark = pytest.mark.engine

STORIES = {
    "en": "Today Acme Robotics opened its second factory in Eindhoven. The new site employs 120 people.",
    "nl": "Vandaag opende Acme Robotics een tweede fabriek in Eindhoven. Er werken 120 mensen.",
}
TINY = GenerationOptions(max_tokens=8, temperature=0.0, seed=3)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_later_angles_evaluate_only_their_tail(engine: LocalEngineBackend, language: str) -> None:
    catalog = load_catalog()
    request = PromptInput(
        story=STORIES[language],
        tone=catalog.tone("warm"),
        language=language,
        length=Length.SHORT,
        notes=PersonalNotes(role="I lead the assembly team."),
    )
    angles = [catalog.angle(angle_id) for angle_id in ("learned", "team", "question")]
    prompts = [build_messages(request, angle) for angle in angles]
    heading = wording(language).angle_heading
    last = prompts[0][-1]
    shared = engine.count_tokens([*prompts[0][:-1], ChatMessage("user", last.content.rsplit(heading, 1)[0])])
    stats = []
    for messages in prompts:
        stream = engine.stream(messages, TINY, NeverCancel())
        "".join(stream)
        stats.append(stream.stats)
    assert stats[0].prompt_tokens > 400  # system, worked example, story and notes
    for later in stats[1:]:
        tail = later.prompt_tokens - shared
        assert later.prompt_tokens_evaluated <= tail + 3, (later, shared)
        assert later.prompt_tokens_evaluated < later.prompt_tokens / 8


def test_the_starter_model_spends_more_tokens_on_a_dutch_word(engine: LocalEngineBackend) -> None:
    from app.prompt import measure_tokens_per_word

    english = measure_tokens_per_word(engine.count_tokens, "en")
    dutch = measure_tokens_per_word(engine.count_tokens, "nl")
    assert 1.2 < english < 1.6 and 2.0 < dutch < 2.6  # measured: 1.36 and 2.38
