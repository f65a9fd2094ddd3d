"""The draft model: cards, the running job (interleaved, several cards at once), protection of
the user's words, and what it tells its listeners."""

from __future__ import annotations

import pytest

from app.checks import CardChecker
from app.draft.model import CardStatus, Change, DraftChange, DraftModel, StoredCard, StoredVersion
from app.draft.progress import Phase
from app.options import Length, PersonalNotes, PostOptions

STORY = "Northwind opened a battery factory in Groningen. It employs 140 people."


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def model(clock: FakeClock) -> DraftModel:
    model = DraftModel(example_story="The example story.", clock=clock)
    model.set_story(STORY)
    model.set_options(PostOptions(tone="warm", angles=("learned", "team")))
    return model


def changes_of(model: DraftModel) -> list[DraftChange]:
    seen: list[DraftChange] = []
    model.subscribe(seen.append)
    return seen


def generate(model: DraftModel, job_id: int, replies: dict[str, str], angles: tuple[str, ...] = ("learned", "team")) -> list[str]:
    """A whole sequential job: every card started, written and finished in turn."""
    plans = model.plan_generation(angles)
    model.begin_job(job_id, plans)
    for plan in plans:
        model.task_started(job_id, plan.key)
        for word in replies[plan.angle].split(" "):
            model.chunk(job_id, plan.key, word + " ")
        model.task_finished(job_id, plan.key, replies[plan.angle], cancelled=False)
    model.job_finished(job_id, cancelled=False)
    return [plan.key for plan in plans]


def test_a_generation_fills_one_card_per_angle_and_selects_the_first(model: DraftModel) -> None:
    keys = generate(model, 1, {"learned": "What I learned.", "team": "Proud of the team."})
    assert keys == ["learned", "team"] and model.keys == keys
    assert [c.text for c in model.cards] == ["What I learned.", "Proud of the team."]
    assert all(c.status is CardStatus.IDLE and not c.hand_edited for c in model.cards)
    assert model.selected_key == "learned" and not model.generating
    assert [v.source for v in model.cards[0].versions] == ["generated"]


def test_chunks_of_several_cards_interleave_and_every_card_can_be_writing_at_once(
    model: DraftModel, clock: FakeClock
) -> None:
    """The engine may write all angles at once, tagged by card (issue 11)."""
    plans = model.plan_generation(("learned", "team", "customers"))
    model.begin_job(1, plans)
    for plan in plans:
        model.task_started(1, plan.key)
    assert {c.status for c in model.cards} == {CardStatus.READING}
    for step in range(4):
        clock.now += 0.1
        for plan in reversed(plans):
            model.chunk(1, plan.key, f"{plan.angle}{step} ")
    assert {c.status for c in model.cards} == {CardStatus.WRITING}
    assert model.card("team").text == "team0 team1 team2 team3 "  # type: ignore[union-attr]
    for plan in plans:
        estimate = model.estimate(plan.key)
        assert estimate is not None and estimate.phase is Phase.WRITING
    model.task_finished(1, "team", "Team post.", cancelled=False)
    assert model.card("team").status is CardStatus.IDLE  # type: ignore[union-attr]
    assert model.card("learned").status is CardStatus.WRITING  # type: ignore[union-attr]
    model.task_finished(1, "learned", "Learned post.", cancelled=False)
    model.task_finished(1, "customers", "Customers post.", cancelled=False)
    model.job_finished(1, cancelled=False)
    assert [c.text for c in model.cards] == ["Learned post.", "Team post.", "Customers post."]


def test_events_of_another_job_change_nothing(model: DraftModel) -> None:
    generate(model, 1, {"learned": "Old one.", "team": "Old two."})
    plans = model.plan_generation(("learned",))
    model.begin_job(2, plans)
    model.task_started(1, "learned")
    model.chunk(1, "learned", "stale ")
    model.task_finished(1, "learned", "Stale text.", cancelled=False)
    model.job_finished(1, cancelled=False)
    card = model.card("learned")
    assert card is not None and card.text == "Old one." and card.status is CardStatus.WAITING
    assert model.generating


def test_stop_keeps_what_was_written_and_marks_the_waiting_cards(model: DraftModel) -> None:
    plans = model.plan_generation(("learned", "team"))
    model.begin_job(1, plans)
    model.task_started(1, "learned")
    model.chunk(1, "learned", "Half a ")
    assert model.request_stop() == ["learned", "team"]
    model.task_finished(1, "learned", "Half a", cancelled=True)
    model.job_finished(1, cancelled=True)
    learned, team = model.cards
    assert (learned.text, learned.status) == ("Half a", CardStatus.STOPPED)
    assert (team.text, team.status) == ("", CardStatus.NOT_WRITTEN)
    assert [v.text for v in learned.versions] == ["Half a"]


def test_a_card_rewritten_without_result_keeps_its_old_text(model: DraftModel) -> None:
    generate(model, 1, {"learned": "The first post.", "team": "Team."})
    plan = model.plan_regenerate("learned")
    assert plan is not None and plan.key == "learned"
    model.begin_job(2, [plan])
    model.task_started(2, "learned")
    assert model.card("learned").text == ""  # type: ignore[union-attr]
    model.job_finished(2, cancelled=False, failed=True)  # the engine crashed before a word
    card = model.card("learned")
    assert card is not None and card.text == "The first post." and card.status is CardStatus.NOT_WRITTEN


def test_an_error_mid_card_keeps_the_words_and_says_interrupted(model: DraftModel) -> None:
    plans = model.plan_generation(("team",))
    model.begin_job(1, plans)
    model.task_started(1, "team")
    model.chunk(1, "team", "one ")
    model.chunk(1, "team", "two")
    model.job_finished(1, cancelled=False, failed=True)
    card = model.card("team")
    assert card is not None and (card.text, card.status) == ("one two", CardStatus.INTERRUPTED)
    assert [v.text for v in card.versions] == ["one two"]


def test_one_card_can_be_stopped_alone(model: DraftModel) -> None:
    plans = model.plan_generation(("learned", "team"))
    model.begin_job(1, plans)
    model.task_started(1, "learned")
    model.task_started(1, "team")
    model.chunk(1, "team", "partial ")
    assert model.request_stop("team") == ["team"]
    assert model.card("team").stop_requested and not model.card("learned").stop_requested  # type: ignore[union-attr]
    model.task_finished(1, "team", "partial", cancelled=True)
    model.chunk(1, "learned", "still writing")
    model.task_finished(1, "learned", "Still writing.", cancelled=False)
    model.job_finished(1, cancelled=False)
    assert model.card("team").status is CardStatus.STOPPED  # type: ignore[union-attr]
    assert model.card("learned").status is CardStatus.IDLE  # type: ignore[union-attr]


@pytest.mark.parametrize("protect", ["kept", "edited", "restored"])
def test_generate_never_writes_over_a_kept_or_edited_card(model: DraftModel, protect: str) -> None:
    generate(model, 1, {"learned": "Generated.", "team": "Team."})
    if protect == "kept":
        model.set_kept("learned", True)
    elif protect == "edited":
        model.edit_card("learned", "My own words.")
    else:
        model.restore_text("learned", "An older version.")
    mine = model.card("learned").text  # type: ignore[union-attr]
    keys = generate(model, 2, {"learned": "A new one.", "team": "Team again."})
    assert keys == ["learned~2", "team"]
    assert model.keys == ["learned", "learned~2", "team"]  # the new card goes beside it
    assert model.card("learned").text == mine  # type: ignore[union-attr]
    assert model.card("learned~2").text == "A new one."  # type: ignore[union-attr]
    assert model.card("team").text == "Team again."  # type: ignore[union-attr]


def test_regenerating_a_protected_card_writes_beside_it_and_selects_the_new_card(model: DraftModel) -> None:
    generate(model, 1, {"learned": "Generated.", "team": "Team."})
    model.select("team")
    model.edit_card("team", "Edited team.")
    plan = model.plan_regenerate("team")
    assert plan is not None and plan.key == "team~2" and model.selected_key == "team~2"
    assert model.keys == ["learned", "team", "team~2"]


def test_regenerate_and_tweak_keep_the_selection(model: DraftModel) -> None:
    generate(model, 1, {"learned": "Generated.", "team": "Team."})
    model.select("team")
    for plan in (model.plan_regenerate("team"), model.plan_tweak("team", "shorter")):
        assert plan is not None and plan.key == "team"
        model.begin_job(9, [plan])
        model.task_started(9, "team")
        model.task_finished(9, "team", "Short.", cancelled=False)
        model.job_finished(9, cancelled=False)
        assert model.selected_key == "team"
    assert [v.source for v in model.card("team").versions] == ["generated", "generated", "tweak:shorter"]  # type: ignore[union-attr]


def test_edits_fold_into_one_version_until_a_generation(model: DraftModel) -> None:
    generate(model, 1, {"learned": "Generated.", "team": "Team."})
    for text in ("G", "Ge", "Gen"):
        model.edit_card("learned", text)
    sources = [(v.source, v.text) for v in model.card("learned").versions]  # type: ignore[union-attr]
    assert sources == [("generated", "Generated."), ("edited", "Gen")]
    assert model.card("learned").hand_edited  # type: ignore[union-attr]


def test_a_busy_card_ignores_edits(model: DraftModel) -> None:
    plans = model.plan_generation(("team",))
    model.begin_job(1, plans)
    model.edit_card("team", "typed while waiting")
    assert model.card("team").text == ""  # type: ignore[union-attr]


def test_opening_a_story_with_posts_starts_a_new_draft(model: DraftModel) -> None:
    generate(model, 1, {"learned": "Post.", "team": "Team."})
    model.set_options(PostOptions(tone="witty", angles=("team",), notes=PersonalNotes(role="I led it")))
    token = model.token
    saved: list[int] = []
    model.before_switch(lambda: saved.append(len(model.cards)))
    assert model.open_story("Another story.") is True
    assert saved == [2]  # the old draft could be saved before it was let go
    assert model.token != token and model.cards == [] and model.story == "Another story."
    assert model.options.tone == "witty" and model.options.notes.is_empty()
    assert model.open_story("A third story.") is False  # no posts yet: the same draft
    assert model.story == "A third story."


def test_user_work_is_a_post_notes_or_a_story_of_ones_own(model: DraftModel) -> None:
    fresh = DraftModel(example_story="The example story.")
    assert not fresh.holds_user_work  # the untouched example
    fresh.set_story("The example story.\n")
    assert not fresh.holds_user_work
    fresh.set_story("")
    fresh.set_options(PostOptions(tone="warm", angles=("team",), notes=PersonalNotes(why="My town")))
    assert fresh.holds_user_work
    assert model.holds_user_work  # its own story
    failed = DraftModel(example_story="The example story.")
    failed.begin_job(1, failed.plan_generation(("team",)))
    failed.job_finished(1, cancelled=False, failed=True)
    assert not failed.holds_user_work  # a failed attempt on the example leaves nothing worth storing


def test_a_report_is_kept_only_for_this_draft_this_text_and_this_story(model: DraftModel) -> None:
    generate(model, 1, {"learned": "We hired 500 people.", "team": "Team."})
    checker = CardChecker.for_story(model.story)
    token, context = model.token, model.context_revision
    report = checker.check("We hired 500 people.", "en")
    model.edit_card("learned", "We hired 140 people.")
    assert not model.set_report(token, "learned", "We hired 500 people.", context, report)  # another text
    model.set_story(STORY + " Updated.")
    text = model.card("learned").text  # type: ignore[union-attr]
    assert not model.set_report(token, "learned", text, context, checker.check(text, "en"))  # another story
    assert model.set_report(token, "learned", text, model.context_revision, checker.check(text, "en"))
    other = model.token
    model.new_draft()
    assert not model.set_report(other, "learned", text, model.context_revision, report)  # another draft


def test_every_card_of_an_opened_draft_needs_checking(model: DraftModel) -> None:
    cards = [
        StoredCard(1, "learned", "Mine.", kept=False, versions=(StoredVersion("Gen.", "generated"), StoredVersion("Mine.", "edited"))),
        StoredCard(2, "team", "Team.", kept=True, versions=(StoredVersion("Team.", "generated", "m"),)),
    ]
    seen = changes_of(model)
    model.load(7, "A stored story.", PostOptions(tone="modest", angles=("team",), length=Length.SHORT), cards)
    assert seen[-1].what & Change.DRAFT
    assert model.draft_id == 7 and model.story == "A stored story." and not model.unsaved
    assert [c.key for c in model.cards_to_check()] == ["learned", "team"]
    learned, team = model.cards
    assert learned.hand_edited and not team.hand_edited and team.kept
    assert all(v.stored for card in model.cards for v in card.versions)
    assert model.selected_key == "learned"


def test_progress_says_waiting_reading_writing_with_time_left_from_measured_speed(
    model: DraftModel, clock: FakeClock
) -> None:
    model.set_options(PostOptions(tone="warm", angles=("learned", "team"), length=Length.SHORT))
    plans = model.plan_generation(("learned", "team"))
    model.begin_job(1, plans)
    clock.now += 2
    first = model.estimate("learned")
    assert first is not None and first.phase is Phase.WAITING and first.elapsed_s == 2
    assert first.remaining_s is None  # nothing measured yet: no guess
    model.task_started(1, "learned")
    clock.now += 3
    reading = model.estimate("learned")
    assert reading is not None and reading.phase is Phase.READING and reading.elapsed_s == 3
    for _ in range(11):
        model.chunk(1, "learned", "w ")
        clock.now += 0.5  # 2 chunks a second
    writing = model.estimate("learned")
    assert writing is not None and writing.phase is Phase.WRITING
    expected = model.card("learned").progress.expected_chunks  # type: ignore[union-attr]
    assert writing.remaining_s == pytest.approx((expected - 11) / 2, rel=0.1)
    waiting = model.estimate("team")
    assert waiting is not None and waiting.phase is Phase.WAITING
    # it waits for the rest of the first card, then reads (3 s measured) and writes its own
    assert waiting.remaining_s == pytest.approx(writing.remaining_s + 3 + expected / 2, rel=0.1)
    model.task_finished(1, "learned", "done", cancelled=False)
    assert model.estimate("learned") is None


def test_another_model_forgets_the_measured_speed(model: DraftModel) -> None:
    model.speed.record_read(2.0)
    model.speed.record_writing(20, 10.0)
    model.set_model_name("Another model")
    assert model.speed.read_s is None and model.speed.chunks_per_s is None


def test_listeners_hear_which_cards_changed(model: DraftModel) -> None:
    seen = changes_of(model)
    plans = model.plan_generation(("team",))
    model.begin_job(3, plans)
    model.task_started(3, "team")
    model.chunk(3, "team", "hi")
    chunk_change = seen[-1]
    assert chunk_change.cards == {"team"} and chunk_change.what & Change.TEXT
    model.task_finished(3, "team", "hi", cancelled=False)
    assert seen[-1].what & Change.GENERATED
    model.job_finished(3, cancelled=False)
    assert seen[-1].what & Change.JOB
