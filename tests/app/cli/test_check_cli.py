"""`ownvoice-cli check`: hints as text or JSON; exit 0 whatever it finds, 2 for bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from app.cli import main
from tests.app.checks.stories import NOTES, STORY_EN
from tests.app.voice.samples import PUNCHY_EN

POST = (
    "I'm excited to announce that Acme opens its new plant in Rotterdam!\n"
    "The €3 million investment creates 120 jobs. Project Falcon is next. Thanks @Sanne.\n"
    "#robots #acme #jobs"
)
GUIDELINES = 'name = "Acme"\nforbidden_terms = ["Project Falcon"]\nmax_hashtags = 2\n'


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    contents = {
        "post": POST,
        "story": STORY_EN,
        "notes": NOTES,
        "samples": "\n---\n".join(PUNCHY_EN),
        "guidelines": GUIDELINES,
        "empty": "  \n",
    }
    paths = {}
    for name, text in contents.items():
        paths[name] = tmp_path / f"{name}.txt"
        paths[name].write_text(text, encoding="utf-8")
    return paths


def test_prints_grouped_hints_and_exits_0(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(files["post"]), "--story", str(files["story"]), "--notes", str(files["notes"])])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Own words:")
    assert "Facts (" in out and "LinkedIn limits (" in out and "Clichés and AI tells (" in out
    assert "2:5" in out  # €3 million: line 2, column 5
    assert "Nearest in the story: €2.5 million" in out


def test_json_has_every_finding_with_offsets_and_the_meters(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["check", str(files["post"]), "--story", str(files["story"]), "--notes", str(files["notes"])]
    args += ["--profile", str(files["samples"]), "--guidelines", str(files["guidelines"]), "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["meters"]["voice"]["score"] < 80
    assert 0 <= data["meters"]["own_words"]["shared_share"] <= 1
    checks = {finding["check"] for finding in data["findings"]}
    assert {"fact", "guideline", "limit", "cliche", "voice"} <= checks
    for finding in data["findings"]:
        if finding["start"] is not None:
            assert POST[finding["start"] : finding["end"]] == finding["excerpt"]
    forbidden = next(f for f in data["findings"] if f["kind"] == "forbidden_term")
    assert (forbidden["excerpt"], forbidden["line"], forbidden["column"]) == ("Project Falcon", 2, 45)


def test_a_clean_post_exits_0_too(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    files["post"].write_text("Our Eindhoven plant opens in March. I will help train the 120 new colleagues.", encoding="utf-8")
    assert main(["check", str(files["post"]), "--story", str(files["story"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["warning"] == 0


def test_reads_the_post_from_standard_input(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(POST.encode("utf-8"))))
    assert main(["check", "-", "--story", str(files["story"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["characters"] == len(POST)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{empty}", "--story", "{story}"], "The post is empty"),
        (["{post}", "--story", "{empty}"], "The story is empty"),
        (["{missing}", "--story", "{story}"], "does not exist"),
        (["{post}", "--story", "{story}", "--notes", "{missing}"], "does not exist"),
        (["{post}", "--story", "{story}", "--profile", "{post}"], "at least 3 of your own posts"),
        (["{post}", "--story", "{story}", "--guidelines", "{post}"], "line 1"),
        (["{post}", "--story", "{story}", "--guidelines", "{missing}"], "does not exist"),
    ],
)
def test_bad_input_exits_2_with_a_clear_message(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    paths = {name: str(path) for name, path in files.items()} | {"missing": str(tmp_path / "missing.txt")}
    assert main(["check", *(arg.format(**paths) for arg in args)]) == 2
    assert message in capsys.readouterr().err


def test_a_malformed_guidelines_file_names_the_file_and_line(
    files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    files["guidelines"].write_text('name = "Acme"\nmax_hashtags = "two"\n', encoding="utf-8")
    args = ["check", str(files["post"]), "--story", str(files["story"]), "--guidelines", str(files["guidelines"])]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert str(files["guidelines"]) in err and "line 2" in err and "max_hashtags" in err


def test_a_binary_post_exits_2(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    files["post"].write_bytes(b"\x00\x01binary")
    assert main(["check", str(files["post"]), "--story", str(files["story"])]) == 2
    assert "binary" in capsys.readouterr().err


def test_the_story_is_required(files: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["check", str(files["post"])])
    assert exited.value.code == 2
    assert "--story" in capsys.readouterr().err


def test_a_story_no_model_could_take_is_refused_before_the_checks(
    files: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    story = tmp_path / "huge.txt"  # the report: 4.9 MB, and `check` ran for 87 s
    story.write_text(STORY_EN * (4_900_000 // len(STORY_EN)), encoding="utf-8")
    assert main(["check", str(files["post"]), "--story", str(story)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "far more than a model can read" in captured.err and "a few paragraphs" in captured.err
