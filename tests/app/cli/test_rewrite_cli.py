from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from app.cli import main
from app.cli import rewrite as rewrite_cli
from app.library import open_library
from app.paths import AppPaths
from models.contract import ContextTooLongError, EngineCrashedError, ModelError
from models.fake import ScriptedBackend
from tests.app.library.damaging import words, zero_bytes
from tests.app.library.helpers import OPTIONS, PASSPHRASE


@pytest.fixture
def backend(monkeypatch: pytest.MonkeyPatch) -> ScriptedBackend:
    fake = ScriptedBackend(replies=["First draft about the factory.", "Second draft, for the team."])
    monkeypatch.setattr(rewrite_cli, "make_backend", lambda model, paths: fake)
    return fake


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text("Acme opened a new factory in Eindhoven today. It employs 120 people.", encoding="utf-8")
    return path


def test_rewrite_streams_each_angle_under_a_heading(
    backend: ScriptedBackend, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rewrite", str(story), "--tone", "warm", "--angle", "learned", "--angle", "team"]) == 0
    out = capsys.readouterr().out
    assert out.index("## What I learned") < out.index("First draft about the factory.")
    assert out.index("## Proud of my team") < out.index("Second draft, for the team.")
    assert len(backend.calls) == 2
    assert backend.closed


def test_cards_written_at_once_are_printed_one_after_another(
    monkeypatch: pytest.MonkeyPatch, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The engine writes all cards at once (the scripted backend interleaves their words like it):
    the terminal still shows each card whole under its own heading, in the order asked for."""
    fake = ScriptedBackend(replies=["one two three four five", "six seven eight", "nine ten eleven twelve"])
    monkeypatch.setattr(rewrite_cli, "make_backend", lambda model, paths: fake)
    args = ["rewrite", str(story), "--angle", "learned", "--angle", "team", "--angle", "customers", "--check"]
    assert main(args) == 0
    out = capsys.readouterr().out
    learned, team, customers = out.index("## What I learned"), out.index("## Proud of my team"), out.index("## What it means")
    assert learned < out.index("one two three four five") < team < out.index("six seven eight") < customers
    assert customers < out.index("nine ten eleven twelve")
    # Each card's hints follow its own text, before the next heading.
    assert out.count("\n\n##") == 2


def test_a_model_failure_while_writing_at_once_shows_each_card_so_far_in_order(
    monkeypatch: pytest.MonkeyPatch, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = ScriptedBackend(replies=["a1 a2 a3 a4", "b1 b2 b3 b4"], fail_after_chunks=(5, EngineCrashedError("killed by SIGKILL")))
    monkeypatch.setattr(rewrite_cli, "make_backend", lambda model, paths: fake)
    assert main(["rewrite", str(story), "--angle", "learned", "--angle", "team"]) == 3
    captured = capsys.readouterr()
    out = captured.out
    # Five words were written (a1 b1 a2 b2 a3) before the engine died: each card's part stays whole.
    assert out.index("## What I learned") < out.index("a1 a2 a3") < out.index("## Proud of my team") < out.index("b1 b2")
    assert "a4" not in out and "b3" not in out
    assert "killed by SIGKILL" in captured.err


def test_rewrite_json_reports_text_and_timings(
    backend: ScriptedBackend, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rewrite", str(story), "--angle", "team", "--angle", "question", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [p["angle"] for p in report["posts"]] == ["team", "question"]
    first = report["posts"][0]
    assert first["text"] == "First draft about the factory."
    for key in ("prompt_tokens", "generated_tokens", "time_to_first_token_s", "total_time_s"):
        assert key in first
    assert first["generated_tokens"] == 5
    assert first["prompt_tokens"] > 0


def test_language_nl_and_notes_reach_the_prompt_and_too_few_samples_are_named(
    backend: ScriptedBackend, story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("role: ik leid het team\nwhy: mijn opa werkte hier\n", encoding="utf-8")
    samples = tmp_path / "samples.txt"
    samples.write_text("Mijn eerste post.\n---\nMijn tweede post!\n", encoding="utf-8")
    code = main(
        ["rewrite", str(story), "--lang", "nl", "--notes", str(notes), "--samples", str(samples), "--length", "short"]
    )
    assert code == 0
    system, user = backend.calls[0][0], backend.calls[0][-1]  # the worked example in between
    assert "Schrijf in het Nederlands" in system.content
    assert "40 tot 80 woorden" in system.content
    assert "ik leid het team" in user.content and "mijn opa werkte hier" in user.content
    # Two posts are too few for a voice; they are not pasted into another tone's prompt.
    assert "Mijn eerste post." not in user.content and "Mijn tweede post!" not in user.content
    assert "holds 2 post(s)" in capsys.readouterr().err


def test_story_from_stdin(backend: ScriptedBackend, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("A story from a pipe.".encode())))
    assert main(["rewrite", "-", "--json"]) == 0
    assert "A story from a pipe." in backend.calls[0][-1].content


def test_story_language_is_detected_when_not_given(
    backend: ScriptedBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "verhaal.txt"
    story.write_text(
        "Vandaag opent ons bedrijf een nieuwe fabriek in Eindhoven. Er werken 120 mensen en we zijn er trots op.",
        encoding="utf-8",
    )
    assert main(["rewrite", str(story), "--json"]) == 0
    assert "Schrijf in het Nederlands" in backend.calls[0][0].content


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tone", "grumpy"], "Unknown tone 'grumpy'. Valid tones: warm"),
        (["--angle", "gossip"], "Unknown angle 'gossip'. Valid angles: learned"),
    ],
)
def test_unknown_presets_exit_2_listing_valid_ones(
    backend: ScriptedBackend, story: Path, args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rewrite", str(story), *args]) == 2
    assert message in capsys.readouterr().err
    assert backend.calls == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"   \n\n", "The story is empty"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        ("Caf\xe9".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_story_files_exit_2(
    backend: ScriptedBackend, tmp_path: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(content)
    assert main(["rewrite", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert "Traceback" not in err


def test_missing_story_file_exits_2(backend: ScriptedBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rewrite", str(tmp_path / "nope.txt")]) == 2
    assert "does not exist" in capsys.readouterr().err


@pytest.mark.parametrize(
    "error",
    [ContextTooLongError(9000, 8192, 300), EngineCrashedError("killed by SIGKILL")],
)
def test_model_problems_exit_3_with_the_typed_message(
    monkeypatch: pytest.MonkeyPatch, story: Path, error: ModelError, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = ScriptedBackend(fail_after_chunks=(0, error))
    monkeypatch.setattr(rewrite_cli, "make_backend", lambda model, paths: fake)
    assert main(["rewrite", str(story)]) == 3
    assert str(error) in capsys.readouterr().err
    assert fake.closed


def test_tones_angles_and_models_listings(capsys: pytest.CaptureFixture[str], ownvoice_home: AppPaths) -> None:
    assert main(["tones"]) == 0
    tones = capsys.readouterr().out
    assert "warm" in tones and "Warm and personal" in tones
    assert main(["angles", "--lang", "nl"]) == 0
    assert "Trots op mijn team" in capsys.readouterr().out
    ownvoice_home.models_dir.mkdir(parents=True)
    (ownvoice_home.models_dir / "broken.gguf").write_bytes(b"nope")
    assert main(["models"]) == 0
    models = capsys.readouterr().out
    assert "SmolLM2 135M Instruct (starter)" in models
    assert "broken.gguf" in models and "unusable" in models


def test_missing_model_file_exits_3(story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rewrite", str(story), "--model", str(tmp_path / "missing.gguf")]) == 3
    assert "does not exist" in capsys.readouterr().err


def test_the_clis_engine_follows_the_machines_load_unless_pinned(
    ownvoice_home: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For a user the CLI's engine uses every core the machine's load leaves free (threads 0,
    "Automatic"); only the engine's THREADS_ENV (set by the test suite) pins it."""
    from models.catalog import starter_model_path
    from models.engine.client import LocalEngineBackend

    starter = starter_model_path()
    assert starter is not None
    backend = rewrite_cli.make_backend(starter, ownvoice_home)
    engine = getattr(backend, "backend")
    assert isinstance(engine, LocalEngineBackend)
    assert engine.config.n_threads == 0 and engine.config.n_threads_batch == 0


@pytest.mark.engine
def test_rewrite_end_to_end_with_the_starter_model(story: Path, ownvoice_home: AppPaths) -> None:
    import os
    import subprocess
    import sys

    from models.engine.threads import THREADS_ENV

    # Like every real-engine test, the CLI's engine runs on one thread: on a busy CI machine the
    # CLI's default (every core the load leaves free) once took this test past its time limit.
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "rewrite", str(story), "--angle", "team", "--angle", "learned",
         "--length", "short", "--seed", "3", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, THREADS_ENV: "1"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    report = json.loads(result.stdout)
    assert report["model"] == "SmolLM2 135M Instruct (starter)"
    team, learned = report["posts"]
    assert team["text"].strip() and learned["text"].strip()
    assert team["generated_tokens"] > 0 and team["time_to_first_token_s"] > 0
    # The shared prompt prefix is evaluated once, not once per angle.
    assert learned["prompt_tokens_evaluated"] < learned["prompt_tokens"] / 4
    engine_log = ownvoice_home.engine_log_file.read_text(encoding="utf-8")
    assert "threads fixed: 1 for prompts, 1 for decoding" in engine_log  # the pin reached the CLI's engine


MY_POSTS = "\n---\n".join(
    [
        "Short one today. Our team shipped the new app. Proud of them.",
        "Big week. We moved to a new office. Coffee is better now.",
        "Quick thought. Good tools save time. Bad tools waste it.",
        "New month, new goals. I want to learn more about design.",
    ]
)


def test_samples_make_a_voice_profile_with_my_voice_tone(
    backend: ScriptedBackend, story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    samples = tmp_path / "mine.txt"
    samples.write_text(MY_POSTS, encoding="utf-8")
    assert main(["rewrite", str(story), "--samples", str(samples), "--tone", "my-voice", "--json"]) == 0
    system, user = backend.calls[0][0], backend.calls[0][-1]  # the worked example in between
    assert "My own voice: sound exactly like my earlier posts" in system.content
    assert "Use no hashtags." in system.content  # a style note measured from the samples
    assert "Earlier posts I wrote myself" in user.content
    assert "Short one today." in user.content or "Big week." in user.content


def test_samples_stay_out_of_other_tones(
    backend: ScriptedBackend, story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    samples = tmp_path / "mine.txt"
    samples.write_text(MY_POSTS, encoding="utf-8")
    assert main(["rewrite", str(story), "--samples", str(samples), "--tone", "warm", "--json"]) == 0
    system, user = backend.calls[0][0], backend.calls[0][-1]  # the worked example in between
    assert "Earlier posts I wrote myself" not in user.content
    assert "Short one today." not in user.content and "Use no hashtags." not in system.content
    assert "--tone my-voice" in capsys.readouterr().err


def test_my_voice_tone_needs_samples(backend: ScriptedBackend, story: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rewrite", str(story), "--tone", "my-voice"]) == 2
    assert "Unknown tone 'my-voice'" in capsys.readouterr().err


def test_check_prints_hints_under_each_post(
    monkeypatch: pytest.MonkeyPatch, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = ScriptedBackend(replies=["We hired 500 people in Eindhoven today. Excited to announce it!"])
    monkeypatch.setattr(rewrite_cli, "make_backend", lambda model, paths: fake)
    assert main(["rewrite", str(story), "--angle", "team", "--check"]) == 0
    out = capsys.readouterr().out
    post_at = out.index("We hired 500 people")
    assert out.index("500", post_at + 30) > post_at  # the invented number is named in the hints
    assert "not in the story" in out.lower() or "not in your story" in out.lower()


def test_check_json_includes_findings_with_offsets(
    monkeypatch: pytest.MonkeyPatch, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "We hired 500 people in Eindhoven today."
    fake = ScriptedBackend(replies=[text])
    monkeypatch.setattr(rewrite_cli, "make_backend", lambda model, paths: fake)
    assert main(["rewrite", str(story), "--check", "--json"]) == 0
    post = json.loads(capsys.readouterr().out)["posts"][0]
    facts = [f for f in post["check"]["findings"] if f["check"] == "fact"]
    assert any(text[f["start"] : f["end"]] == "500" for f in facts)


def test_check_judges_a_post_by_the_language_it_is_written_in(
    monkeypatch: pytest.MonkeyPatch, story: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Asked for Dutch, the model answered in English: the post is checked as English ("six" is a number)."""
    text = "We are so proud of the new factory in Eindhoven. It employs 120 people and six teams of them."
    fake = ScriptedBackend(replies=[text])
    monkeypatch.setattr(rewrite_cli, "make_backend", lambda model, paths: fake)
    story.write_text("Acme opened a new factory in Eindhoven today. It employs 120 people in five teams.", encoding="utf-8")
    assert main(["rewrite", str(story), "--lang", "nl", "--check", "--json"]) == 0
    check = json.loads(capsys.readouterr().out)["posts"][0]["check"]
    assert check["language"] == "en"
    assert [text[f["start"] : f["end"]] for f in check["findings"] if f["check"] == "fact"] == ["six"]


def test_save_stores_the_posts_as_a_draft(
    backend: ScriptedBackend, story: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n", encoding="utf-8")
    code = main(["rewrite", str(story), "--angle", "team", "--save", "--passphrase-file", str(secret), "--json"])
    assert code == 0, capsys.readouterr().err
    draft_id = json.loads(capsys.readouterr().out)["draft_id"]
    assert main(["drafts", "show", str(draft_id), "--passphrase-file", str(secret)]) == 0
    shown = capsys.readouterr().out
    assert "First draft about the factory." in shown
    assert "Acme opened a new factory" in shown


@pytest.mark.parametrize("problem", ["busy", "damaged"])
def test_a_failed_save_still_prints_the_posts_first(
    backend: ScriptedBackend,
    story: Path,
    tmp_path: Path,
    ownvoice_home: AppPaths,
    capsys: pytest.CaptureFixture[str],
    problem: str,
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    other_window = open_library(ownvoice_home, PASSPHRASE)
    if problem == "damaged":
        for n in range(20):
            other_window.create_draft(f"Filler {n} " + words(300, seed=n), OPTIONS)
        other_window.close()
        zero_bytes(ownvoice_home.library_file, 200)
    try:
        code = main(["rewrite", str(story), "--angle", "team", "--save", "--passphrase-file", str(secret), "--json"])
        out, err = capsys.readouterr()
        assert code == 2
        report = json.loads(out)  # the posts reached standard output before the failure was told
        assert report["posts"][0]["text"] == "First draft about the factory."
        assert "draft_id" not in report and "not saved" in report["save_error"]
        assert "The posts were not saved" in err
        assert ("already open in another OwnVoice window" if problem == "busy" else "is damaged") in err

        code = main(["rewrite", str(story), "--angle", "team", "--save", "--passphrase-file", str(secret)])
        out, err = capsys.readouterr()
        assert code == 2
        assert "Second draft, for the team." in out and "The posts were not saved" in err
    finally:
        other_window.close()


def test_a_story_no_model_could_take_is_refused_before_the_model_starts(
    backend: ScriptedBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "huge.txt"
    story.write_text("Acme opened a plant. " * 230_000, encoding="utf-8")  # 4.8 MB
    assert main(["rewrite", str(story), "--check", "--json"]) == 2
    assert "far more than a model can read" in capsys.readouterr().err
    assert backend.loads == 0 and backend.calls == []


def test_a_story_too_long_for_the_loaded_model_is_refused_before_any_prompt(
    backend: ScriptedBackend, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backend.context_length = 2048
    story = tmp_path / "long.txt"
    story.write_text("Acme opened a plant. " * 1000, encoding="utf-8")  # 21,000 characters
    assert main(["rewrite", str(story)]) == 2
    assert "This model reads at most 2,048 tokens" in capsys.readouterr().err
    assert backend.calls == [] and backend.closed


def test_the_number_guard_is_on_unless_switched_off(backend: ScriptedBackend, story: Path) -> None:
    """The story's numbers (120) travel to the backend as the guard's allowed forms; --no-number-guard
    sends none, so the engine writes unguarded."""
    assert main(["rewrite", str(story), "--angle", "team"]) == 0
    allowed = backend.options[-1].allowed_numbers
    assert allowed is not None and "120" in allowed and "121" not in allowed
    assert main(["rewrite", str(story), "--angle", "team", "--no-number-guard"]) == 0
    assert backend.options[-1].allowed_numbers is None
