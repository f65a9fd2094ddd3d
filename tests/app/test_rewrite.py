from __future__ import annotations

import threading

import pytest

from app.options import Length
from app.presets import load_catalog
from app.prompt import PromptInput
from app.rewrite import clean_post, stream_posts
from models.contract import EngineCrashedError, NeverCancel
from models.fake import ScriptedBackend

CATALOG = load_catalog()
REQUEST = PromptInput(story="A story.", tone=CATALOG.tone("warm"), length=Length.SHORT)


def test_each_angle_streams_in_order_with_chunks_reported() -> None:
    backend = ScriptedBackend(replies=["one two three", "four five"])
    seen: list[tuple[str, str]] = []
    results = stream_posts(
        backend, REQUEST, [CATALOG.angle("team"), CATALOG.angle("learned")], NeverCancel(), lambda a, c: seen.append((a, c))
    )
    assert [r.text for r in results] == ["one two three", "four five"]
    assert [a for a, _ in seen] == ["team"] * 3 + ["learned"] * 2
    assert results[0].stats.generated_tokens == 3


def test_cancel_keeps_partial_text_and_skips_remaining_angles() -> None:
    cancel = threading.Event()
    backend = ScriptedBackend(replies=["a b c d e f g h"])

    def on_chunk(angle: str, chunk: str) -> None:
        if chunk.strip() == "c":
            cancel.set()

    results = stream_posts(backend, REQUEST, [CATALOG.angle("team"), CATALOG.angle("learned")], cancel, on_chunk)
    assert len(results) == 1
    assert results[0].text == "a b c"
    assert results[0].cancelled


def test_errors_propagate_as_model_errors() -> None:
    backend = ScriptedBackend(fail_after_chunks=(1, EngineCrashedError("killed by SIGKILL")))
    with pytest.raises(EngineCrashedError):
        stream_posts(backend, REQUEST, [CATALOG.angle("team")], NeverCancel())


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Here is your LinkedIn post:\n\nProud of the team!", "Proud of the team!"),
        ("Sure! Here's a draft post for you:\nHello world", "Hello world"),
        ('"Proud of the team!"', "Proud of the team!"),
        ("“Trots op het team!”", "Trots op het team!"),
        ('He said "wow" and "yes"', 'He said "wow" and "yes"'),
        ("Here is what I learned: patience.", "Here is what I learned: patience."),
        ("  spaced  \n", "spaced"),
    ],
)
def test_clean_post_removes_only_wrappers(raw: str, clean: str) -> None:
    assert clean_post(raw) == clean


def test_a_job_with_a_voice_profile_gets_style_notes_and_fitting_samples() -> None:
    from app.rewrite import DraftJob, DraftTask, prepared_request
    from app.voice import VoiceProfile

    posts = [
        "Short one today. Our team shipped the new app. Proud of them.",
        "Big week. We moved to a new office. Coffee is better now.",
        "Quick thought. Good tools save time. Bad tools waste it.",
    ]
    profile = VoiceProfile.from_posts(posts)
    backend = ScriptedBackend(context_length=4096)
    job = DraftJob(1, REQUEST, (DraftTask("team", CATALOG.angle("team")),), profile=profile)
    request = prepared_request(backend, job)
    assert set(profile.style_notes()) <= set(request.style_notes)
    assert request.samples and set(request.samples) <= set(posts)
    tiny = ScriptedBackend(context_length=300)  # no room for samples: the notes still apply
    squeezed = prepared_request(tiny, job)
    assert squeezed.samples == () and squeezed.style_notes


def test_apply_voice_without_profile_fits_loose_samples_in_order() -> None:
    from app.voice_prompt import apply_voice

    backend = ScriptedBackend()
    request = apply_voice(
        REQUEST, [CATALOG.angle("team")], None, 4096, backend.count_tokens, loose_samples=["one post", "two"]
    )
    assert request.samples == ("one post", "two")
    assert apply_voice(REQUEST, [CATALOG.angle("team")], None, 4096, backend.count_tokens) is REQUEST
