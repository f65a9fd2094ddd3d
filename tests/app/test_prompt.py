from __future__ import annotations

import pytest

from app.options import Length, PersonalNotes
from app.presets import load_catalog
from app.presets import Preset
from app.prompt import (
    ANGLE_HEADING,
    DUTCH,
    PromptInput,
    build_all,
    build_messages,
    generation_options,
    reply_max_tokens,
    tweak_messages,
)

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


@pytest.mark.parametrize(("language", "heading"), [("en", ANGLE_HEADING), ("nl", DUTCH.angle_heading)])
def test_everything_but_the_angle_is_a_byte_identical_prefix(language: str, heading: str) -> None:
    angles = CATALOG.angles
    rendered = [flatten(messages) for messages in build_all(make_request(language=language), angles)]
    for angle, text in zip(angles, rendered, strict=True):
        prefix, tail = text.rsplit(heading, 1)
        assert tail.strip() == angle.instruction_in(language)
        assert prefix == rendered[0].rsplit(heading, 1)[0]


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
        "At most 3 hashtags",
        "at most 2 emoji",
        "80 to 150 words",
        "Write in English.",
        "Use no hashtags.",
        "Reply with the text of the post only",
    ],
)
def test_system_message_carries_the_rules(rule: str) -> None:
    assert rule in build_messages(make_request(), CATALOG.angle("team"))[0].content


def test_a_dutch_post_gets_its_instructions_in_dutch() -> None:
    system, user = build_messages(make_request(tone=CATALOG.tone("witty"), language="nl"), CATALOG.angle("team"))
    assert CATALOG.tone("witty").instruction_in("nl") in system.content
    assert "Schrijf in het Nederlands" in system.content
    assert "Verzin nooit getallen, namen" in system.content
    assert "Write" not in system.content and "Rules" not in system.content
    assert user.content.startswith("Bedrijfsverhaal:")
    assert user.content.endswith(CATALOG.angle("team").instruction_in("nl"))


def test_a_preset_without_a_translation_falls_back_to_english() -> None:
    own = Preset("pirate", {"en": "Pirate", "nl": "Piraat"}, {"en": "Arr", "nl": "Arr"}, "Talk like a pirate.")
    system = build_messages(make_request(tone=own, language="nl"), CATALOG.angle("team"))[0].content
    assert "Toon: Talk like a pirate." in system


def test_another_language_is_asked_for_in_english() -> None:
    system = build_messages(make_request(language="fr"), CATALOG.angle("team"))[0].content
    assert system.startswith("Write a LinkedIn post for me") and "Write in fr." in system


@pytest.mark.parametrize(
    ("length", "target"),
    [
        (Length.SHORT, "40 to 80 words, so at least 40: 2 short paragraphs, 3 or 4 sentences in all."),
        (Length.LONG, "150 to 250 words, so at least 150: 4 or 5 paragraphs of 2 or 3 sentences each."),
    ],
)
def test_length_target_in_words_and_paragraphs(length: Length, target: str) -> None:
    system = build_messages(make_request(length=length), CATALOG.angle("team"))[0].content
    assert target in system


@pytest.mark.parametrize("length", list(Length))
def test_the_token_limit_is_90_percent_of_the_longest_post_asked_for_in_the_models_tokens(length: Length) -> None:
    high = {Length.SHORT: 80, Length.MEDIUM: 150, Length.LONG: 250}[length]
    assert reply_max_tokens(length, "nl", tokens_per_word=2.4) == round(high * 0.9 * 2.4)
    # Without a measurement: Dutch words take more tokens than English ones.
    assert reply_max_tokens(length, "nl") > reply_max_tokens(length, "en") >= high * 0.9 * 1.3
    assert generation_options(length, "nl", tokens_per_word=2.0).max_tokens == round(high * 0.9 * 2)


def test_tokens_per_word_is_measured_with_the_models_own_count() -> None:
    from app.prompt import measure_tokens_per_word

    def two_tokens_a_word(messages: object) -> int:
        return 5 + sum(2 * len(m.content.split()) for m in messages)  # type: ignore[attr-defined]

    assert measure_tokens_per_word(two_tokens_a_word, "nl") == 2.0
    assert measure_tokens_per_word(lambda messages: 7, "en") == 1.35  # no usable count: the default


def test_optional_parts_are_left_out_when_empty() -> None:
    user = build_messages(make_request(notes=PersonalNotes(), samples=()), CATALOG.angle("team"))[-1].content
    assert "About me" not in user
    assert "Earlier posts" not in user
    assert "Company story:" in user


def test_tweak_keeps_the_shared_system_prompt_and_puts_the_draft_last() -> None:
    request = make_request()
    messages = tweak_messages(request, "My draft text.", "Make it shorter.")
    assert messages[0] == build_messages(request, CATALOG.angle("team"))[0]
    assert messages[1].content.index("My draft text.") > messages[1].content.index(STORY)
    assert "add no new ones" in messages[1].content


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("length", list(Length))
def test_a_worked_example_of_the_requested_length_comes_before_the_story(language: str, length: Length) -> None:
    from app.post_quality import is_wrong_language, within_length
    from app.prompt import worked_examples

    messages = build_messages(make_request(language=language, length=length, samples=()), CATALOG.angle("team"))
    assert [m.role for m in messages] == ["system", "user", "assistant", "user"]
    example = worked_examples()[language]
    assert example.story in messages[1].content and STORY not in messages[1].content
    post = messages[2].content
    assert post == example.posts[length]
    assert within_length(post, length) and not is_wrong_language(post, language)


def test_the_worked_example_only_states_facts_from_its_story() -> None:
    from app.checks import run_checks
    from app.prompt import worked_examples

    for language, example in worked_examples().items():
        for length, post in example.posts.items():
            report = run_checks(post, example.story, example.role, language=language)
            assert report.unmatched_facts == (), (language, length, [report.excerpt(f) for f in report.unmatched_facts])
            assert report.by_check("post") == ()


def test_the_users_own_posts_replace_the_worked_example() -> None:
    messages = build_messages(make_request(), CATALOG.angle("team"))
    assert [m.role for m in messages] == ["system", "user"]
