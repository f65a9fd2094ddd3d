from __future__ import annotations

import threading

import pytest

from app.options import Length
from app.presets import load_catalog
from app.prompt import PromptInput
from app.rewrite import stream_posts
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


class RecordingEvents:
    def __init__(self) -> None:
        self.log: list[tuple[str, str, str]] = []

    def task_started(self, card_id: str) -> None:
        self.log.append(("start", card_id, ""))

    def chunk(self, card_id: str, text: str) -> None:
        self.log.append(("chunk", card_id, text))

    def task_finished(self, card_id: str, result: object) -> None:
        from app.rewrite import PostResult

        assert isinstance(result, PostResult)
        self.log.append(("done", card_id, result.text))


def test_run_job_reports_every_card_start_chunks_and_result() -> None:
    from app.rewrite import DraftJob, DraftTask, run_job

    backend = ScriptedBackend(replies=["one two", "three"])
    job = DraftJob(1, REQUEST, (DraftTask("c1", CATALOG.angle("team")), DraftTask("c2", CATALOG.angle("learned"))))
    events = RecordingEvents()
    run_job(backend, job, NeverCancel(), events)
    done = [(card, text) for kind, card, text in events.log if kind == "done"]
    assert done == [("c1", "one two"), ("c2", "three")]
    for card in ("c1", "c2"):
        kinds = [kind for kind, c, _ in events.log if c == card]
        assert kinds[0] == "start" and kinds[-1] == "done" and kinds.count("done") == 1


def test_run_job_stops_starting_cards_after_a_cancel() -> None:
    from app.rewrite import DraftJob, DraftTask, run_job

    cancel = threading.Event()
    backend = ScriptedBackend(replies=["a b c"])
    job = DraftJob(1, REQUEST, (DraftTask("c1", CATALOG.angle("team")), DraftTask("c2", CATALOG.angle("learned"))))
    events = RecordingEvents()

    class CancelAfterFirst(RecordingEvents):
        def task_finished(self, card_id: str, result: object) -> None:
            super().task_finished(card_id, result)
            cancel.set()

    events = CancelAfterFirst()
    run_job(backend, job, cancel, events)
    assert [card for kind, card, _ in events.log if kind == "start"] == ["c1"]


def test_a_post_cut_off_by_the_token_limit_ends_at_its_last_full_sentence() -> None:
    from app.rewrite import DraftTask, run_task

    endless = " ".join(f"Sentence number {n} is about the new plant." for n in range(200))
    backend = ScriptedBackend(replies=[f"Sure! Here's a LinkedIn post:\n\n{endless}"])
    result = run_task(backend, REQUEST, DraftTask("team", CATALOG.angle("team")), NeverCancel())
    assert result.stats.finish_reason == "length"
    assert result.text.startswith("Sentence number 0")
    assert result.text.endswith("about the new plant.")
