"""`ownvoice-cli rewrite`, `tones` and `angles`."""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from pathlib import Path
from typing import Any

from app.checks import CardChecker, load_guidelines
from app.checks.text_report import format_report
from app.cli.common import EXIT_MODEL, EXIT_OK, CliError, SubParsers, read_input
from app.cli.drafts import add_unlock_arguments, passphrase_from_args, save_draft_model
from app.draft.generation import ModelEvents, choose_model_path, draft_job, prompt_request
from app.draft.model import DraftModel
from app.language import detect_language
from app.options import LANGUAGES, Length, PersonalNotes, PostOptions
from app.paths import AppPaths, default_paths
from app.presets import PresetCatalog, load_catalog
from app.prompt import PromptInput
from app.rewrite import InTaskOrder, PostResult, run_job
from app.model_preferences import ModelPreferences
from app.settings import SettingsStore
from app.story_io import require_text
from app.story_length import check_story_length
from app.voice import MAX_POSTS, MIN_POSTS, SPLIT_RULE, VoiceProfile, split_samples
from app.voice_prompt import MY_VOICE_TONE_ID, catalog_with_voice
from models.catalog import default_model_path
from models.contract import ChatBackend, ModelError


def add_parser(subparsers: SubParsers) -> None:
    rewrite = subparsers.add_parser(
        "rewrite",
        help="draft LinkedIn posts from a company story",
        description="Draft one LinkedIn post per angle from a company story, with the local model.",
    )
    rewrite.add_argument("story", metavar="STORY_FILE", help="the company story (.txt, .md, .docx) or - for stdin")
    rewrite.add_argument("--tone", default="warm", help="tone preset id (see `ownvoice-cli tones`); default: warm")
    rewrite.add_argument(
        "--angle",
        dest="angles",
        action="append",
        metavar="ANGLE",
        help="angle id, repeatable (see `ownvoice-cli angles`); default: learned",
    )
    rewrite.add_argument(
        "--lang",
        default="auto",
        choices=["auto", *LANGUAGES],
        help="language of the posts; default: the story's language",
    )
    rewrite.add_argument(
        "--notes",
        metavar="FILE",
        help='personal notes: lines "role: …", "why: …", "detail: …" (or free text)',
    )
    rewrite.add_argument(
        "--samples",
        metavar="FILE",
        help=f"your own earlier posts, to match your style ({SPLIT_RULE}); with 3 to 20 posts "
        f"OwnVoice builds a voice profile and the tone '{MY_VOICE_TONE_ID}' becomes available",
    )
    rewrite.add_argument("--length", default="medium", choices=[length.value for length in Length])
    rewrite.add_argument("--model", metavar="PATH", help="a .gguf model file; default: the starter model")
    rewrite.add_argument(
        "--backend",
        choices=["local", "server"],
        default="local",
        help="local: the model on this computer (default, nothing leaves it); server: your "
        "organisation's OpenAI-compatible model server (the story is sent there)",
    )
    rewrite.add_argument("--base-url", metavar="URL", help="the server's address, e.g. https://llm.example.com/v1")
    rewrite.add_argument("--server-model", metavar="NAME", help="the model on the server (see its /v1/models)")
    rewrite.add_argument("--seed", type=int, help="fix the random seed for repeatable drafts")
    rewrite.add_argument(
        "--no-number-guard",
        action="store_true",
        help="let the model write numbers the story and notes do not have (by default the local model "
        "can only write theirs; a server backend is never guarded)",
    )
    rewrite.add_argument("--json", action="store_true", help="print JSON with text and timings per angle")
    rewrite.add_argument("--check", action="store_true", help="print the writing hints under each post")
    rewrite.add_argument("--guidelines", metavar="FILE", help="company guidelines (TOML) for --check")
    rewrite.add_argument("--save", action="store_true", help="store the posts as a new draft in your library")
    add_unlock_arguments(rewrite)
    rewrite.set_defaults(func=run_rewrite)

    tones = subparsers.add_parser("tones", help="list the tone presets")
    tones.add_argument("--lang", default="en", choices=list(LANGUAGES), help="language of the labels")
    tones.set_defaults(func=run_tones)

    angles = subparsers.add_parser("angles", help="list the angles")
    angles.add_argument("--lang", default="en", choices=list(LANGUAGES), help="language of the labels")
    angles.set_defaults(func=run_angles)


# ---------------------------------------------------------------- backend (tests replace this)


API_KEY_ENV = "OWNVOICE_API_KEY"


def make_backend(model_path: Path, paths: AppPaths) -> ChatBackend:
    """The local engine with the user's settings for this model (threads: every core the
    machine's load leaves free, unless the user fixed a number)."""
    from app.backends import local_backend
    from models.engine.threads import AUTO_THREADS

    prefs = ModelPreferences.of(SettingsStore(paths.settings_file).load().settings)
    return local_backend(model_path, paths, prefs, threads=AUTO_THREADS)


def make_server_backend(args: argparse.Namespace, paths: AppPaths) -> ChatBackend:
    """The organisation's server. Its API key comes from the keyring (stored by the app) or
    from the OWNVOICE_API_KEY environment variable; it is never a command-line argument,
    which other users of the computer could read."""
    from app.backends import server_api_key
    from models.server import ServerBackend, ServerConfig, ServerError, normalise_base_url

    if not args.base_url or not args.server_model:
        raise CliError("--backend server needs --base-url URL and --server-model NAME.")
    try:
        base_url = normalise_base_url(args.base_url)
    except ServerError as exc:
        raise CliError(str(exc)) from None
    api_key = os.environ.get(API_KEY_ENV, "") or server_api_key(paths, base_url)
    print(f"Using the model server at {base_url}: the story is sent there.", file=sys.stderr)
    return ServerBackend(ServerConfig(base_url, args.server_model, api_key))


def resolve_model(arg: str | None, paths: AppPaths) -> Path:
    """The model file: --model, else the one chosen in the app (if still there), else the starter model."""
    configured = SettingsStore(paths.settings_file).load().settings.model_path
    choice = choose_model_path(arg, configured, default_model_path())
    if choice.path is None:
        raise CliError(
            "No model found: the starter model is not installed. Run `make run` once, or pass --model FILE.gguf.",
            EXIT_MODEL,
        )
    if choice.note:
        print(f"ownvoice-cli: {choice.note}", file=sys.stderr)
    return choice.path


# ---------------------------------------------------------------- rewrite


class _CliEvents(ModelEvents):
    """The job's events: into the draft model, and as text on the terminal. The engine writes the
    cards at once, so their chunks interleave: `run_rewrite` hands these events over in task order
    (app.rewrite.InTaskOrder), one card under its heading after another."""

    def __init__(self, model: DraftModel, job_id: int, labels: dict[str, str], checker: CardChecker | None, *, quiet: bool) -> None:
        super().__init__(model, job_id)
        self._labels = labels
        self._checker = checker
        self._quiet = quiet
        self._model = model
        self._streamed: dict[str, list[str]] = {}
        self.results: list[PostResult] = []

    def task_started(self, card_id: str) -> None:
        super().task_started(card_id)
        if not self._quiet:
            _print_heading(self._labels[card_id], first=not self.results)

    def chunk(self, card_id: str, text: str) -> None:
        super().chunk(card_id, text)
        self._streamed.setdefault(card_id, []).append(text)
        if not self._quiet:
            sys.stdout.write(text)
            sys.stdout.flush()

    def task_finished(self, card_id: str, result: PostResult) -> None:
        super().task_finished(card_id, result)
        self.results.append(result)
        if not self._quiet:
            print(flush=True)
            if result.text != "".join(self._streamed.pop(card_id, [])).strip():
                # What the card keeps: without the model's "Here is…", notes or a cut-off end.
                print(f"\n[cleaned up]\n{result.text}", flush=True)
            if self._checker is not None:
                report = self._checker.check(result.text, self._model.options.language)
                print("\n" + format_report(report, indent="    "), flush=True)


def run_rewrite(args: argparse.Namespace) -> int:
    paths = default_paths()
    catalog = load_catalog(paths.config_dir / "presets")
    story = require_text(read_input(args.story, "The story"), "The story")
    check_story_length(story)  # before any check or prompt is built
    notes = PersonalNotes.parse(read_input(args.notes, "The notes file")) if args.notes else PersonalNotes()
    posts = split_samples(read_input(args.samples, "The samples file")) if args.samples else []
    profile = VoiceProfile.from_posts(posts) if len(posts) >= MIN_POSTS else None
    catalog = catalog_with_voice(catalog, profile)
    guidelines = load_guidelines(Path(args.guidelines)) if args.guidelines else None
    tone = catalog.tone(args.tone)
    angles = [catalog.angle(angle_id) for angle_id in dict.fromkeys(args.angles or ["learned"])]
    language = args.lang if args.lang != "auto" else (detect_language(story) or "en")
    if posts and (profile is None or tone.id != MY_VOICE_TONE_ID):
        print(f"ownvoice-cli: {_samples_note(len(posts))}", file=sys.stderr)
    model = DraftModel()
    model.set_story(story)
    model.set_options(
        PostOptions(
            tone=tone.id,
            angles=tuple(a.id for a in angles),
            language=language,
            length=Length(args.length),
            notes=notes,
            number_guard=not args.no_number_guard,
        )
    )
    model.set_check_context(profile, guidelines)
    passphrase = passphrase_from_args(args) if args.save else None
    request = prompt_request(model, catalog)
    checker = CardChecker.for_story(story, notes.all_text(), profile, guidelines) if args.check else None

    if args.backend == "server":
        backend = make_server_backend(args, paths)
    else:
        backend = make_backend(resolve_model(args.model, paths), paths)
    cancel = threading.Event()
    plans = model.plan_generation(model.options.angles)
    labels = {plan.key: catalog.angle(plan.angle).label(language) for plan in plans}
    events = _CliEvents(model, 1, labels, checker, quiet=args.json)
    in_order = InTaskOrder(events, [plan.key for plan in plans])  # a terminal cannot show cards side by side
    try:
        info = backend.load()
        check_story_length(story, info.context_length)
        model.set_model_name(info.name)
        model.begin_job(1, plans)
        try:
            run_job(backend, draft_job(1, request, plans, catalog, profile, seed=args.seed), cancel, in_order)
        finally:
            in_order.flush()  # after an error or Ctrl-C too: what the other cards wrote is shown, in order
        model.job_finished(1, cancelled=False)
    except ModelError as exc:
        if not args.json:
            print(file=sys.stdout, flush=True)
        print(f"ownvoice-cli: {exc}", file=sys.stderr)
        return EXIT_MODEL
    except KeyboardInterrupt:
        cancel.set()
        raise
    finally:
        backend.close()
    draft_id = None
    save_error: CliError | None = None
    if args.save:
        try:
            draft_id = save_draft_model(paths, model, passphrase=passphrase)
        except CliError as exc:  # the posts are printed all the same; the failure is reported after them
            save_error = CliError(f"The posts were not saved: {exc}", exc.exit_code)
        if draft_id is not None and not args.json:
            print(f"\nSaved as draft {draft_id}. See it with: ownvoice-cli drafts show {draft_id}", file=sys.stderr)
    if args.json:
        report = _json_report(info.name, request, events.results)
        if checker is not None:
            for post, result in zip(report["posts"], events.results, strict=True):
                post["check"] = checker.check(result.text, language).to_dict()
        if draft_id is not None:
            report["draft_id"] = draft_id
        if save_error is not None:
            report["save_error"] = str(save_error)
        print(json.dumps(report, ensure_ascii=False, indent=2), flush=True)
    if save_error is not None:
        raise save_error
    return EXIT_OK


def _samples_note(count: int) -> str:
    if count < MIN_POSTS:
        return (
            f"Your samples file holds {count} post(s); OwnVoice needs {MIN_POSTS} to {MAX_POSTS} to learn your "
            f"voice, so it was not used."
        )
    return f"Your samples shape only the '{MY_VOICE_TONE_ID}' tone (--tone {MY_VOICE_TONE_ID}); this tone writes in its own way."


def _print_heading(label: str, *, first: bool) -> None:
    if not first:
        print()
    print(f"## {label}\n", flush=True)


def _json_report(model_name: str, request: PromptInput, results: list[PostResult]) -> dict[str, Any]:
    return {
        "model": model_name,
        "tone": request.tone.id,
        "language": request.language,
        "length": request.length.value,
        "posts": [
            {
                "angle": result.angle.id,
                "label": result.angle.label(request.language),
                "text": result.text,
                "prompt_tokens": result.stats.prompt_tokens,
                "prompt_tokens_evaluated": result.stats.prompt_tokens_evaluated,
                "generated_tokens": result.stats.generated_tokens,
                "time_to_first_token_s": round(result.stats.time_to_first_token_s, 4),
                "total_time_s": round(result.stats.total_time_s, 4),
                "tokens_per_second": round(result.stats.tokens_per_second, 2),
                "finish_reason": result.stats.finish_reason,
            }
            for result in results
        ],
    }


# ---------------------------------------------------------------- listings


def _print_presets(catalog: PresetCatalog, kind: str, language: str) -> None:
    presets = catalog.tones if kind == "tone" else catalog.angles
    width = max(len(p.id) for p in presets)
    for preset in presets:
        print(f"{preset.id:<{width}}  {preset.label(language)} — {preset.description(language)}")


def run_tones(args: argparse.Namespace) -> int:
    _print_presets(load_catalog(default_paths().config_dir / "presets"), "tone", args.lang)
    return EXIT_OK


def run_angles(args: argparse.Namespace) -> int:
    _print_presets(load_catalog(default_paths().config_dir / "presets"), "angle", args.lang)
    return EXIT_OK

