from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from app.options import Length
from app.presets import load_catalog
from app.prompt import PromptInput
from app.rewrite import DraftJob, DraftTask, PostResult, run_job, stream_posts
from app.voice_prompt import my_voice_tone
from models.contract import EngineCrashedError, MultiStreamBackend, NeverCancel
from models.fake import OneAtATimeBackend, ScriptedBackend

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
    my_voice = replace(REQUEST, tone=my_voice_tone())
    backend = ScriptedBackend(context_length=4096)
    job = DraftJob(1, my_voice, (DraftTask("team", CATALOG.angle("team")),), profile=profile)
    request = prepared_request(backend, job)
    assert set(profile.style_notes()) <= set(request.style_notes)
    assert request.samples and set(request.samples) <= set(posts)
    tiny = ScriptedBackend(context_length=300)  # no room for samples: the notes still apply
    squeezed = prepared_request(tiny, job)
    assert squeezed.samples == () and squeezed.style_notes


@pytest.mark.parametrize("tone", [tone.id for tone in CATALOG.tones])
def test_samples_and_style_notes_go_only_into_the_my_voice_tone(tone: str) -> None:
    """A preset tone writes in its own way: the user's posts never reach its prompt."""
    from app.prompt import build_messages
    from app.rewrite import DraftJob, DraftTask, prepared_request
    from app.voice import VoiceProfile

    posts = [
        "Short one today. Our team shipped the new app. Proud of them.",
        "Big week. We moved to a new office. Coffee is better now.",
        "Quick thought. Good tools save time. Bad tools waste it.",
    ]
    request = replace(REQUEST, tone=CATALOG.tone(tone))
    job = DraftJob(1, request, (DraftTask("team", CATALOG.angle("team")),), profile=VoiceProfile.from_posts(posts))
    prepared = prepared_request(ScriptedBackend(context_length=4096), job)
    assert prepared == request
    prompt = " ".join(m.content for m in build_messages(prepared, CATALOG.angle("team")))
    assert not any(post in prompt for post in posts)


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
    assert sorted(done) == [("c1", "one two"), ("c2", "three")]
    for card in ("c1", "c2"):
        kinds = [kind for kind, c, _ in events.log if c == card]
        assert kinds[0] == "start" and kinds[-1] == "done" and kinds.count("done") == 1


def test_run_job_without_multi_streams_runs_one_card_after_another_and_stops_after_a_cancel() -> None:
    from app.rewrite import DraftJob, DraftTask, run_job

    cancel = threading.Event()
    backend = OneAtATimeBackend(ScriptedBackend(replies=["a b c"]))
    assert not isinstance(backend, MultiStreamBackend)
    job = DraftJob(1, REQUEST, (DraftTask("c1", CATALOG.angle("team")), DraftTask("c2", CATALOG.angle("learned"))))

    class CancelAfterFirst(RecordingEvents):
        def task_finished(self, card_id: str, result: object) -> None:
            super().task_finished(card_id, result)
            assert isinstance(result, PostResult) and result.stats.path == "sequential"
            assert result.stats.path_note == "this model writes one post at a time"  # the status bar's reason
            cancel.set()

    events = CancelAfterFirst()
    run_job(backend, job, cancel, events)
    assert [card for kind, card, _ in events.log if kind == "start"] == ["c1"]


def test_a_post_cut_off_by_the_token_limit_ends_at_its_last_full_sentence() -> None:
    from app.rewrite import run_task

    endless = " ".join(f"Sentence number {n} is about the new plant." for n in range(200))
    backend = ScriptedBackend(replies=[f"Sure! Here's a LinkedIn post:\n\n{endless}"])
    result = run_task(backend, REQUEST, DraftTask("team", CATALOG.angle("team")), NeverCancel())
    assert result.stats.finish_reason == "length"
    assert result.text.startswith("Sentence number 0")
    assert result.text.endswith("about the new plant.")


@pytest.mark.parametrize("backend_kind", ["at once", "one after another"])
def test_cards_that_reach_the_token_limit_end_at_their_last_full_sentence_on_both_paths(backend_kind: str) -> None:
    endless = " ".join(f"Sentence {n} is about the new plant." for n in range(200))  # 7 words: 80 ends mid-sentence
    scripted = ScriptedBackend(replies=[f"Sure! Here's a LinkedIn post:\n\n{endless}", "A short post. #plant"])
    backend = scripted if backend_kind == "at once" else OneAtATimeBackend(scripted)
    results: dict[str, PostResult] = {}

    class Keep(RecordingEvents):
        def task_finished(self, card_id: str, result: object) -> None:
            assert isinstance(result, PostResult)
            results[card_id] = result

    run_job(backend, job_of(("c1", "team"), ("c2", "learned")), NeverCancel(), Keep())
    long, short = results["c1"], results["c2"]
    assert long.stats.finish_reason == "length" and short.stats.finish_reason == "stop"
    assert long.text.startswith("Sentence 0 ") and long.text.endswith("about the new plant.")
    # The limit is the longest post asked for (80 words for a short one) in this backend's tokens.
    assert len(long.text.split()) <= 80
    assert short.text == "A short post.\n\n#plant"


class CardCancel:
    """A job cancel token that can also stop single cards (what the UI worker gives)."""

    def __init__(self) -> None:
        self.all = False
        self.cards: set[str] = set()

    def is_set(self) -> bool:
        return self.all

    def card_is_set(self, card_id: str) -> bool:
        return card_id in self.cards


def job_of(*cards: tuple[str, str]) -> DraftJob:
    return DraftJob(1, REQUEST, tuple(DraftTask(card, CATALOG.angle(angle)) for card, angle in cards))


def test_run_job_writes_all_cards_at_once_when_the_backend_can() -> None:
    backend = ScriptedBackend(replies=["one two three four", "five six"])
    assert isinstance(backend, MultiStreamBackend)
    events = RecordingEvents()
    run_job(backend, job_of(("c1", "team"), ("c2", "learned")), NeverCancel(), events)
    kinds = [(kind, card) for kind, card, _ in events.log]
    # Both cards start before any text arrives, and their chunks interleave.
    assert kinds[:2] == [("start", "c1"), ("start", "c2")]
    chunk_cards = [card for kind, card in kinds if kind == "chunk"]
    assert chunk_cards[:4] == ["c1", "c2", "c1", "c2"]
    # The short card is finished while the long one is still writing.
    assert kinds.index(("done", "c2")) < max(i for i, k in enumerate(kinds) if k == ("chunk", "c1"))
    done = {card: text for kind, card, text in events.log if kind == "done"}
    assert done == {"c1": "one two three four", "c2": "five six"}
    assert [kind for kind, _ in kinds].count("done") == 2


def test_run_job_reports_the_path_and_stats_per_card() -> None:
    results: dict[str, PostResult] = {}

    class Keep(RecordingEvents):
        def task_finished(self, card_id: str, result: object) -> None:
            assert isinstance(result, PostResult)
            results[card_id] = result

    backend = ScriptedBackend(replies=["one two three", "four"])
    run_job(backend, job_of(("c1", "team"), ("c2", "learned")), NeverCancel(), Keep())
    assert results["c1"].stats.generated_tokens == 3 and results["c2"].stats.generated_tokens == 1
    assert {r.stats.path for r in results.values()} == {"parallel"}
    assert results["c1"].stats.finish_reason == "stop" and not results["c1"].cancelled


def test_stopping_one_card_lets_the_others_finish() -> None:
    cancel = CardCancel()
    backend = ScriptedBackend(replies=["a b c d e f", "g h i j k l"])

    class StopSecondEarly(RecordingEvents):
        def chunk(self, card_id: str, text: str) -> None:
            super().chunk(card_id, text)
            if card_id == "c2" and text.strip() == "h":
                cancel.cards.add("c2")

    events = StopSecondEarly()
    run_job(backend, job_of(("c1", "team"), ("c2", "learned")), cancel, events)
    done = {card: text for kind, card, text in events.log if kind == "done"}
    assert done == {"c1": "a b c d e f", "c2": "g h"}


def test_stopping_one_card_skips_it_when_cards_run_one_after_another() -> None:
    cancel = CardCancel()
    cancel.cards.add("c1")
    backend = OneAtATimeBackend(ScriptedBackend(replies=["a b"]))
    events = RecordingEvents()
    run_job(backend, job_of(("c1", "team"), ("c2", "learned")), cancel, events)
    assert [(kind, card) for kind, card, _ in events.log if kind != "chunk"] == [("start", "c2"), ("done", "c2")]


def test_cancelling_the_job_ends_every_card_with_its_partial_text() -> None:
    cancel = threading.Event()
    backend = ScriptedBackend(replies=["a b c d", "e f g h"])
    results: dict[str, PostResult] = {}

    class CancelAtC(RecordingEvents):
        def chunk(self, card_id: str, text: str) -> None:
            super().chunk(card_id, text)
            if text.strip() == "c":
                cancel.set()

        def task_finished(self, card_id: str, result: object) -> None:
            assert isinstance(result, PostResult)
            results[card_id] = result

    run_job(backend, job_of(("c1", "team"), ("c2", "learned")), cancel, CancelAtC())
    assert {card: r.text for card, r in results.items()} == {"c1": "a b c", "c2": "e f"}
    assert all(r.cancelled for r in results.values())


def test_a_model_error_while_writing_together_propagates() -> None:
    backend = ScriptedBackend(replies=["a b c"], fail_after_chunks=(3, EngineCrashedError("killed by SIGKILL")))
    events = RecordingEvents()
    with pytest.raises(EngineCrashedError):
        run_job(backend, job_of(("c1", "team"), ("c2", "learned")), NeverCancel(), events)
    assert [kind for kind, _, _ in events.log].count("done") == 0


def test_in_task_order_reports_cards_written_at_once_one_after_another() -> None:
    from app.rewrite import InTaskOrder

    backend = ScriptedBackend(replies=["a b c", "d e f g", "h"])
    events = RecordingEvents()
    job = job_of(("c1", "team"), ("c2", "learned"), ("c3", "customers"))
    ordered = InTaskOrder(events, [task.card_id for task in job.tasks])
    run_job(backend, job, NeverCancel(), ordered)
    ordered.flush()
    assert events.log == [
        ("start", "c1", ""), ("chunk", "c1", "a"), ("chunk", "c1", " b"), ("chunk", "c1", " c"), ("done", "c1", "a b c"),
        ("start", "c2", ""), ("chunk", "c2", "d"), ("chunk", "c2", " e"), ("chunk", "c2", " f"), ("chunk", "c2", " g"),
        ("done", "c2", "d e f g"),
        ("start", "c3", ""), ("chunk", "c3", "h"), ("done", "c3", "h"),
    ]  # fmt: skip


def test_in_task_order_flushes_what_an_error_or_a_skipped_card_left_behind() -> None:
    from app.rewrite import InTaskOrder

    events = RecordingEvents()
    ordered = InTaskOrder(events, ["c1", "c2", "c3"])
    ordered.task_started("c3")
    ordered.chunk("c3", "late")
    ordered.task_started("c1")
    ordered.chunk("c1", "x")
    ordered.task_finished("c3", PostResult(CATALOG.angle("team"), "late"))
    assert events.log == [("start", "c1", ""), ("chunk", "c1", "x")]  # c3 waits for its turn
    ordered.flush()  # c1 never finished (an error), c2 never started (stopped)
    assert events.log[2:] == [("start", "c3", ""), ("chunk", "c3", "late"), ("done", "c3", "late")]


def test_the_number_guard_gets_the_storys_and_notes_numbers_and_is_off_when_the_draft_says_so() -> None:
    from app.options import PersonalNotes
    from app.tweaks import tweak

    request = replace(
        REQUEST, story="We hired 12 people in 2026.", notes=PersonalNotes(detail="I was number 7.")
    )
    tasks = (DraftTask("c1", CATALOG.angle("team")), DraftTask("c2", CATALOG.angle("learned")))
    for backend in (ScriptedBackend(), OneAtATimeBackend()):
        run_job(backend, DraftJob(1, request, tasks), NeverCancel(), RecordingEvents())
        recorded = backend.options if isinstance(backend, ScriptedBackend) else backend.scripted.options
        for options in recorded:
            assert options.allowed_numbers is not None
            assert {"12", "2026", "7"} <= options.allowed_numbers and "13" not in options.allowed_numbers
    # A tweak keeps the numbers of the card's current text the user has seen.
    tweaked = DraftTask("c1", CATALOG.angle("team"), tweak=tweak("shorter"), current_text="All 40 of us cheered.")
    backend = ScriptedBackend()
    run_job(backend, DraftJob(2, request, (tweaked,)), NeverCancel(), RecordingEvents())
    assert backend.options[-1].allowed_numbers is not None and "40" in backend.options[-1].allowed_numbers
    backend = ScriptedBackend()
    run_job(backend, DraftJob(3, replace(request, number_guard=False), tasks), NeverCancel(), RecordingEvents())
    assert [options.allowed_numbers for options in backend.options] == [None]


def test_the_number_guard_choice_is_saved_with_the_draft_and_on_by_default() -> None:
    from app.options import PostOptions

    off = PostOptions(tone="warm", angles=("team",), number_guard=False)
    assert PostOptions.from_dict(off.to_dict()) == off
    assert PostOptions.from_dict({"tone": "warm"}).number_guard  # drafts saved before the guard existed
