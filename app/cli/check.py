"""`ownvoice-cli check`: every hint about a post (facts, own words, clichés, guidelines, limits, voice).

Hints, not rules: the exit code is 0 whatever the checks find, and 2 for bad input.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.checks import format_report, load_guidelines, run_checks
from app.checks.guidelines import Guidelines
from app.cli.common import EXIT_OK, SubParsers, read_input
from app.options import LANGUAGES
from app.story_io import require_text
from app.story_length import check_story_length
from app.voice import MAX_POSTS, MIN_POSTS, VoiceProfile, split_samples
from app.voice.samples import SPLIT_RULE


def add_parser(subparsers: SubParsers) -> None:
    check = subparsers.add_parser(
        "check",
        help="check a post against the story: is it a post, facts, own words, clichés, guidelines, limits, voice",
        description=(
            "Print every hint about a LinkedIn post: whether it is a post at all (the language asked for, "
            "no chatbot talk or echoed instructions, not only hashtags, about the story, links), facts not in "
            "the story, text copied from the story, clichés and AI tells, company guidelines, LinkedIn limits "
            "and, with --profile, how much it sounds like you. Exit code 0 whatever it finds (hints, not rules); 2 for bad input."
        ),
    )
    check.add_argument("post", metavar="POST_FILE", help="the post to check (.txt, .md, .docx) or - for stdin")
    check.add_argument("--story", metavar="STORY_FILE", required=True, help="the company story the post is based on")
    check.add_argument("--notes", metavar="FILE", help="your personal notes: facts in them count as known")
    check.add_argument(
        "--profile",
        metavar="SAMPLES_FILE",
        help=f"{MIN_POSTS} to {MAX_POSTS} of your own earlier posts, for the voice match. {SPLIT_RULE}",
    )
    check.add_argument(
        "--guidelines", metavar="FILE", help="company guidelines (TOML; see resources/examples/guidelines.toml)"
    )
    check.add_argument(
        "--lang",
        default="auto",
        choices=["auto", *LANGUAGES],
        help="the language the post should be in (a post in another language gets a hint); default: any. "
        "The checks read the post in the language it is written in, and in this one when that cannot be told",
    )
    check.add_argument("--json", action="store_true", help="print JSON with character offsets and the meters")
    check.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    post = require_text(read_input(args.post, "The post"), "The post")
    story = require_text(read_input(args.story, "The story"), "The story")
    check_story_length(story)  # a story no model could take is refused before the checks read it
    notes = read_input(args.notes, "The notes file") if args.notes else ""
    profile = _profile(args.profile) if args.profile else None
    guidelines = _guidelines(args.guidelines) if args.guidelines else None
    language = None if args.lang == "auto" else args.lang
    report = run_checks(post, story, notes, profile, guidelines, language)
    print(report.to_json() if args.json else format_report(report))
    return EXIT_OK


def _profile(samples_arg: str) -> VoiceProfile:
    text = read_input(samples_arg, "The samples file")
    return VoiceProfile.from_posts(split_samples(text))


def _guidelines(path_arg: str) -> Guidelines:
    return load_guidelines(Path(path_arg))
