"""From the draft model to a job for the model, and the job's events back into the draft model.

The window and the CLI both write posts through here, so the prompt request, the user's
voice and the choice of model file are decided in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.draft.model import DraftModel, TaskPlan
from app.presets import PresetCatalog
from app.prompt import PromptInput, prompt_input_for
from app.rewrite import DraftJob, DraftTask, PostResult
from app.tweaks import tweak
from app.voice import VoiceProfile


def prompt_request(model: DraftModel, catalog: PresetCatalog) -> PromptInput:
    """The shared prompt input for the draft's story and choices. Raises InputError for an unknown tone."""
    return prompt_input_for(model.story, model.options, catalog)


def draft_job(
    job_id: int,
    request: PromptInput,
    plans: Sequence[TaskPlan],
    catalog: PresetCatalog,
    profile: VoiceProfile | None,
    seed: int | None = None,
) -> DraftJob:
    """The job for these cards. The voice profile travels along; app.voice_prompt decides where it
    goes (only into the "My voice" tone)."""
    tasks = tuple(
        DraftTask(
            plan.key,
            catalog.angle(plan.angle),
            tweak=tweak(plan.tweak) if plan.tweak else None,
            current_text=plan.current_text,
        )
        for plan in plans
    )
    return DraftJob(job_id, request, tasks, seed=seed, profile=profile)


class ModelEvents:
    """`app.rewrite.JobEvents` that update a draft model (used as is by the CLI; the window
    receives the same three events as signals and calls the same methods)."""

    def __init__(self, model: DraftModel, job_id: int) -> None:
        self._model = model
        self._job_id = job_id

    def task_started(self, card_id: str) -> None:
        self._model.task_started(self._job_id, card_id)

    def chunk(self, card_id: str, text: str) -> None:
        self._model.chunk(self._job_id, card_id, text)

    def task_finished(self, card_id: str, result: PostResult) -> None:
        self._model.task_finished(self._job_id, card_id, result.text, result.cancelled)


@dataclass(frozen=True)
class ModelChoice:
    path: Path | None  # None: no model at all
    note: str = ""  # why another model than the configured one is used, for the user


def choose_model_path(explicit: str | None, configured: str, starter: Path | None) -> ModelChoice:
    """The model file to use: the one asked for, else the one chosen before (if it is still
    there), else the bundled starter model."""
    if explicit:
        return ModelChoice(Path(explicit).expanduser())
    if configured:
        chosen = Path(configured)
        if chosen.is_file():
            return ModelChoice(chosen)
        if starter is not None:
            return ModelChoice(
                starter, f"The model you chose before, {chosen}, is no longer there; using the starter model."
            )
        return ModelChoice(chosen)
    return ModelChoice(starter)
