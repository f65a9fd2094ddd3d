"""The CLI shows what the card keeps and says when a post failed: `rewrite` (with --check) and `check`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.cli import rewrite as rewrite_cli
from models.fake import ScriptedBackend
from tests.app.checks.stories import STORY_EN, STORY_NL


def use_replies(monkeypatch: pytest.MonkeyPatch, *replies: str) -> None:
    fake = ScriptedBackend(replies=list(replies))
    monkeypatch.setattr(rewrite_cli, "make_backend", lambda model, paths: fake)


@pytest.fixture
def story_nl(tmp_path: Path) -> Path:
    path = tmp_path / "verhaal.txt"
    path.write_text(STORY_NL, encoding="utf-8")
    return path


def test_rewrite_shows_the_cleaned_up_post_when_the_model_wrapped_it(
    monkeypatch: pytest.MonkeyPatch, story_nl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use_replies(monkeypatch, "Hier is de LinkedIn post:\n\nOnze nieuwe fabriek in Eindhoven is open.")
    assert main(["rewrite", str(story_nl), "--angle", "team"]) == 0
    out = capsys.readouterr().out
    assert "Hier is de LinkedIn post:" in out  # streamed as it came
    assert out.rstrip().endswith("[cleaned up]\nOnze nieuwe fabriek in Eindhoven is open.")


def test_rewrite_check_names_a_post_in_the_wrong_language(
    monkeypatch: pytest.MonkeyPatch, story_nl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    use_replies(monkeypatch, "I am so proud of our new plant in Eindhoven and of the 120 people who work there.")
    assert main(["rewrite", str(story_nl), "--lang", "nl", "--check", "--json"]) == 0
    check = json.loads(capsys.readouterr().out)["posts"][0]["check"]
    assert check["language"] == "en"  # the checks read the post as the English it is
    [finding] = [f for f in check["findings"] if f["check"] == "post"]
    assert finding["message"] == "This post is in English, not Dutch."


@pytest.mark.parametrize(
    ("post", "args", "expected", "not_expected"),
    [
        (
            "I am proud of our new plant in Eindhoven and the 120 people who will work there.",
            ["--lang", "nl"],
            "This post is in English, not Dutch.",
            "No hints",
        ),
        (
            "Acme opens its new plant in Eindhoven: 120 jobs. Read more on https://acme.example/eindhoven",
            [],
            "put it in the first comment",
            "No hints",
        ),
        ("#Acme #Robots #Eindhoven #Jobs", [], "This post is mostly hashtags.", "No hints"),
        (
            "Sure! Here's a LinkedIn post about the plant:\n\nAcme opens its new plant in Eindhoven with 120 jobs.",
            [],
            "The model talks to you here",
            "No hints",
        ),
        ("I am proud of our new plant in Eindhoven and the 120 people who will work there.", [], "No hints", "Before you post"),
    ],
)
def test_check_says_why_a_post_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], post: str, args: list[str], expected: str, not_expected: str
) -> None:
    post_file, story_file = tmp_path / "post.txt", tmp_path / "story.txt"
    post_file.write_text(post, encoding="utf-8")
    story_file.write_text(STORY_EN, encoding="utf-8")
    assert main(["check", str(post_file), "--story", str(story_file), *args]) == 0
    out = capsys.readouterr().out
    assert expected in out
    assert not_expected not in out
