from __future__ import annotations

import pytest

from app.options import Length, PersonalNotes
from app.presets import load_catalog
from app.prompt import ANGLE_HEADING, PromptInput, build_all, build_messages, generation_options, tweak_messages

CATALOG = load_catalog()
STORY = "Acme opened a new factory in Eindhoven with 120 jobs."


def make_request(**changes: object) -> PromptInput:
    base: dict[str, object] = {
        "story": STORY,
        "tone": CATALOG.tone("warm"),
        "language": "en",
        "length": Length.MEDIUM,
        "notes": PersonalNotes(role="I run the night shift.", why="My father worked here.", detail="The cake was blue."),
        "samples": ("My first post. Short and sweet.", "Another post of mine!"),
        "style_notes": ("Use no hashtags.",),
    }
    base.update(changes)
    return PromptInput(**base)  # type: ignore[arg-type]


def flatten(messages: list) -> str:  # type: ignore[type-arg]
    return "".join(f"<{m.role}>{m.content}" for m in messages)


def test_everything_but_the_angle_is_a_byte_identical_prefix() -> None:
    angles = CATALOG.angles
    rendered = [flatten(messages) for messages in build_all(make_request(), angles)]
    for angle, text in zip(angles, rendered, strict=True):
        prefix, tail = text.rsplit(ANGLE_HEADING, 1)
        assert tail.strip() == angle.instruction
        assert prefix == rendered[0].rsplit(ANGLE_HEADING, 1)[0]


def test_the_angle_instruction_is_the_last_text() -> None:
    messages = build_messages(make_request(), CATALOG.angle("question"))
    assert messages[-1].role == "user"
    assert messages[-1].content.endswith(CATALOG.angle("question").instruction)
    assert CATALOG.angle("question").instruction not in messages[0].content


def test_shared_parts_all_come_before_the_angle() -> None:
    user = build_messages(make_request(), CATALOG.angle("team"))[1].content
    angle_at = user.index(ANGLE_HEADING)
    for part in (STORY, "I run the night shift.", "My father worked here.", "The cake was blue.", "My first post."):
        assert 0 <= user.index(part) < angle_at


@pytest.mark.parametrize(
    "rule",
    [
        "first person",
        "Never invent numbers, names",
        "at most 3 hashtags",
        "at most 2 emoji",
        "80 to 150 words",
        "Write the post in English",
        "Use no hashtags.",
    ],
)
def test_system_message_carries_the_rules(rule: str) -> None:
    assert rule in build_messages(make_request(), CATALOG.angle("team"))[0].content


def test_tone_and_language_reach_the_model() -> None:
    system = build_messages(make_request(tone=CATALOG.tone("witty"), language="nl"), CATALOG.angle("team"))[0].content
    assert CATALOG.tone("witty").instruction in system
    assert "Write the post in Dutch" in system


@pytest.mark.parametrize(("length", "words"), [(Length.SHORT, "40 to 80"), (Length.LONG, "150 to 250")])
def test_length_target(length: Length, words: str) -> None:
    system = build_messages(make_request(length=length), CATALOG.angle("team"))[0].content
    assert f"{words} words" in system
    assert generation_options(length).max_tokens >= {"40 to 80": 110, "150 to 250": 350}[words]


def test_optional_parts_are_left_out_when_empty() -> None:
    user = build_messages(make_request(notes=PersonalNotes(), samples=()), CATALOG.angle("team"))[1].content
    assert "About me" not in user
    assert "Earlier posts" not in user


def test_tweak_keeps_the_shared_system_prompt_and_puts_the_draft_last() -> None:
    request = make_request()
    messages = tweak_messages(request, "My draft text.", "Make it shorter.")
    assert messages[0] == build_messages(request, CATALOG.angle("team"))[0]
    assert messages[1].content.index("My draft text.") > messages[1].content.index(STORY)
    assert "add no new ones" in messages[1].content
