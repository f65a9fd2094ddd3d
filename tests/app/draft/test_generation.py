"""The job for a draft, its events back into the model, and which model file is used."""

from __future__ import annotations

from pathlib import Path

from app.draft.generation import ModelEvents, choose_model_path, draft_job, prompt_request
from app.draft.model import CardStatus, DraftModel
from app.options import PostOptions
from app.presets import load_catalog
from app.rewrite import run_job
from app.voice import VoiceProfile
from app.voice_prompt import catalog_with_voice
from models.contract import NeverCancel
from models.fake import ScriptedBackend

MY_POSTS = [
    "Short one today. Our team shipped the new app. Proud of them.",
    "Big week. We moved to a new office. Coffee is better now.",
    "Quick thought. Good tools save time. Bad tools waste it.",
]


def test_a_job_runs_through_the_model_events_into_the_cards() -> None:
    catalog = load_catalog()
    model = DraftModel()
    model.set_story("Northwind opened a factory.")
    model.set_options(PostOptions(tone="warm", angles=("team", "learned")))
    plans = model.plan_generation(model.options.angles)
    model.begin_job(1, plans)
    backend = ScriptedBackend(replies=["Team post here.", "Learned post here."])
    run_job(backend, draft_job(1, prompt_request(model, catalog), plans, catalog, None), NeverCancel(), ModelEvents(model, 1))
    model.job_finished(1, cancelled=False)
    assert [(c.key, c.text, c.status) for c in model.cards] == [
        ("team", "Team post here.", CardStatus.IDLE),
        ("learned", "Learned post here.", CardStatus.IDLE),
    ]


def test_the_voice_profile_reaches_only_a_my_voice_prompt() -> None:
    profile = VoiceProfile.from_posts(MY_POSTS)
    catalog = catalog_with_voice(load_catalog(), profile)
    for tone, expect_samples in (("warm", False), ("my-voice", True)):
        model = DraftModel()
        model.set_story("Northwind opened a factory.")
        model.set_options(PostOptions(tone=tone, angles=("team",)))
        plans = model.plan_generation(("team",))
        backend = ScriptedBackend()
        model.begin_job(1, plans)
        job = draft_job(1, prompt_request(model, catalog), plans, catalog, profile)
        run_job(backend, job, NeverCancel(), ModelEvents(model, 1))
        prompt = " ".join(m.content for m in backend.calls[0])
        assert any(post in prompt for post in MY_POSTS) is expect_samples, tone


def test_the_model_file_asked_for_then_the_one_chosen_before_then_the_starter(tmp_path: Path) -> None:
    starter = tmp_path / "starter.gguf"
    mine = tmp_path / "mine.gguf"
    mine.write_bytes(b"GGUF")
    assert choose_model_path("~/x.gguf", str(mine), starter).path == Path("~/x.gguf").expanduser()
    assert choose_model_path(None, str(mine), starter).path == mine
    assert choose_model_path(None, "", starter).path == starter
    gone = choose_model_path(None, str(tmp_path / "deleted.gguf"), starter)
    assert gone.path == starter and "deleted.gguf" in gone.note and "no longer there" in gone.note
    assert choose_model_path(None, "", None).path is None
