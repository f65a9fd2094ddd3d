"""`ownvoice-cli rewrite`, `tones`, `angles` and `models`."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.checks import CardChecker, load_guidelines
from app.checks.text_report import format_report
from app.cli.common import EXIT_MODEL, EXIT_OK, CliError, SubParsers, read_input
from app.cli.drafts import add_unlock_arguments, passphrase_from_args, save_generated_draft
from app.language import detect_language
from app.options import LANGUAGES, Length, PersonalNotes, PostOptions
from app.paths import AppPaths, default_paths
from app.presets import PresetCatalog, load_catalog
from app.prompt import PromptInput, prompt_input_for
from app.rewrite import PostResult, stream_post
from app.settings import SettingsStore
from app.story_io import require_text
from app.voice import MIN_POSTS, SPLIT_RULE, VoiceProfile, split_samples
from app.voice_prompt import MY_VOICE_TONE_ID, apply_voice, my_voice_tone
from models.catalog import available_models, default_model_path
from models.contract import ChatBackend, ModelError
from models.display_name import model_name


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
    rewrite.add_argument("--seed", type=int, help="fix the random seed for repeatable drafts")
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

    models = subparsers.add_parser("models", help="list the available models")
    models.set_defaults(func=run_models)


# ---------------------------------------------------------------- backend (tests replace this)


def make_backend(model_path: Path, paths: AppPaths) -> ChatBackend:
    from models.engine.client import LocalEngineBackend

    return LocalEngineBackend(model_path, log_file=paths.engine_log_file)


def resolve_model(arg: str | None, paths: AppPaths) -> Path:
    if arg:
        return Path(arg).expanduser()
    configured = SettingsStore(paths.settings_file).load().settings.model_path
    if configured:
        return Path(configured)
    starter = default_model_path()
    if starter is None:
        raise CliError(
            "No model found: the starter model is not installed. Run `make run` once, or pass --model FILE.gguf.",
            EXIT_MODEL,
        )
    return starter


# ---------------------------------------------------------------- rewrite


def run_rewrite(args: argparse.Namespace) -> int:
    paths = default_paths()
    catalog = load_catalog(paths.config_dir / "presets")
    story = require_text(read_input(args.story, "The story"), "The story")
    notes = PersonalNotes.parse(read_input(args.notes, "The notes file")) if args.notes else PersonalNotes()
    posts = split_samples(read_input(args.samples, "The samples file")) if args.samples else []
    profile = VoiceProfile.from_posts(posts) if len(posts) >= MIN_POSTS else None
    if profile is not None:
        catalog = catalog.with_tone(my_voice_tone())
    guidelines = load_guidelines(Path(args.guidelines)) if args.guidelines else None
    tone = catalog.tone(args.tone)
    angles = [catalog.angle(angle_id) for angle_id in dict.fromkeys(args.angles or ["learned"])]
    language = args.lang if args.lang != "auto" else (detect_language(story) or "en")
    options = PostOptions(
        tone=tone.id, angles=tuple(a.id for a in angles), language=language, length=Length(args.length), notes=notes
    )
    passphrase = passphrase_from_args(args) if args.save else None
    request = prompt_input_for(story, options, catalog)
    checker = CardChecker.for_story(story, notes.all_text(), profile, guidelines) if args.check else None

    model_path = resolve_model(args.model, paths)
    backend = make_backend(model_path, paths)
    cancel = threading.Event()
    results: list[PostResult] = []
    try:
        info = backend.load()
        request = apply_voice(
            request, angles, profile, info.context_length, backend.count_tokens, loose_samples=() if profile else posts
        )
        for index, angle in enumerate(angles):
            if not args.json:
                _print_heading(angle.label(language), first=index == 0)
            streamed: list[str] = []
            on_chunk = None if args.json else _echo_into(streamed)
            result = stream_post(backend, request, angle, cancel, on_chunk, seed=args.seed)
            results.append(result)
            if not args.json:
                print(flush=True)
                if result.text != "".join(streamed).strip():
                    # What the card keeps: without the model's "Here is…", notes or a cut-off end.
                    print(f"\n[cleaned up]\n{result.text}", flush=True)
                if checker is not None:
                    print("\n" + format_report(checker.check(result.text, language), indent="    "), flush=True)
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
    if args.save:
        draft_id = save_generated_draft(
            paths, story, options, info.name, {r.angle.id: r.text for r in results}, passphrase=passphrase
        )
        if not args.json:
            print(f"\nSaved as draft {draft_id}. See it with: ownvoice-cli drafts show {draft_id}", file=sys.stderr)
    if args.json:
        report = _json_report(info.name, request, results)
        if checker is not None:
            for post, result in zip(report["posts"], results, strict=True):
                post["check"] = checker.check(result.text, language).to_dict()
        if draft_id is not None:
            report["draft_id"] = draft_id
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return EXIT_OK


def _echo_into(streamed: list[str]) -> Callable[[str, str], None]:
    """Print each chunk as it arrives, and keep it to compare with the cleaned-up post."""

    def echo(_angle_id: str, chunk: str) -> None:
        streamed.append(chunk)
        sys.stdout.write(chunk)
        sys.stdout.flush()

    return echo


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


def run_models(args: argparse.Namespace) -> int:
    paths = default_paths()
    entries = available_models(paths.models_dir)
    if not entries:
        print("No models found. Put .gguf files in:", paths.models_dir)
        return EXIT_OK
    for entry in entries:
        size = f"{entry.size_bytes / 1_048_576:,.0f} MB"
        if entry.usable and entry.info is not None:
            name = model_name(entry.info.metadata, entry.path)
            made_by = f" by {name.organisation}" if name.organisation else ""
            quantisation = f", {name.quantisation}" if name.quantisation else ""
            detail = f"{entry.info.architecture}{made_by}{quantisation}, {entry.info.context_length:,}-token context, {size}"
        else:
            detail = f"unusable: {entry.problem}"
        print(f"{entry.label}\n    {entry.path}\n    {detail}")
    print(f"\nYour models folder: {paths.models_dir}")
    return EXIT_OK
