"""Domain messages: English text that carries a message id and arguments for the UI to translate."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

from app.checks import run_checks
from models.messages import Message, msg

ROOT = Path(__file__).resolve().parents[2]


def dutch(context: str, template: str) -> str:
    return {("T", "{count} facts in {where}."): "{count} feiten in {where}.", ("T", "the story"): "het verhaal"}.get(
        (context, template), template
    )


def test_a_message_is_its_english_sentence_and_keeps_its_id() -> None:
    message = msg("T", "{count} facts in {where}.").with_args(count=3000, where=msg("T", "the story"))
    assert message == "3,000 facts in the story."
    assert isinstance(message, str)
    assert (message.context, message.template) == ("T", "{count} facts in {where}.")
    assert message.render(dutch, lambda n: f"{n:,}".replace(",", ".")) == "3.000 feiten in het verhaal."


def test_a_broken_translation_shows_the_english_sentence() -> None:
    message = msg("T", "{count} facts in {where}.").with_args(count=2, where="x")
    assert message.render(lambda c, t: "{aantal} feiten", str) == "2 facts in x."


def test_messages_survive_pickling_to_and_from_the_engine_process() -> None:
    message = msg("T", "{count} facts in {where}.").with_args(count=2, where="x")
    copy = pickle.loads(pickle.dumps(message))
    assert isinstance(copy, Message) and copy == message and copy.args == message.args


def test_check_findings_carry_message_ids() -> None:
    report = run_checks("We hired 75 people in Utrecht — and — more — dashes.", "We hired 60 people in Groningen.")
    assert report.findings
    for finding in report.findings:
        assert isinstance(finding.message, Message), finding.message
        assert isinstance(finding.why, Message) or finding.why == "", finding.why


def test_every_msg_call_has_literal_context_and_template() -> None:
    """lupdate extracts msg("Context", "template") only from literal strings (an f-string would
    reach the catalogue with its braces unfilled and never match)."""
    problems = []
    for folder in ("app", "models"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
                    literal = len(node.args) == 2 and all(
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args
                    )
                    if not literal:
                        problems.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not problems, problems


def test_every_finding_on_the_evaluation_sets_is_translatable() -> None:
    """Every kind of finding the checks give (the fact lock's evaluation sets raise all of its
    classes) carries a message id, so none stays English in a Dutch window."""
    from bench.bench_factlock import load

    from app.checks import CardChecker

    english: set[str] = set()
    for data in sorted((ROOT / "bench" / "data").glob("factlock*")):
        for story in load(data):
            checker = CardChecker.for_story(story.story, story.notes)
            for post in (*story.faithful, *(item.text for item in story.invented)):
                for finding in checker.check(post, story.asked_language).findings:
                    for text in (finding.message, finding.why):
                        if text and not isinstance(text, Message):
                            english.add(f"{finding.check}/{finding.kind}: {text}")
    assert not english, "\n".join(sorted(english))


def test_every_failed_post_finding_is_translatable() -> None:
    """The hints for a card that is not a post (wrong or mixed language, talk around the post, a
    title, mostly hashtags, off the subject, a link) carry message ids too."""
    from app.checks import CardChecker

    story = "Northwind Energy opens its first battery factory in Groningen. The plant employs 140 people."
    checker = CardChecker.for_story(story)
    posts = {
        "nl": "Northwind Energy opent vandaag haar eerste batterijfabriek in Groningen en daar ben ik trots op.",
        "en": "Sure! Here is your post:\n\nTitle: A New Factory\n\nWe opened a factory today and it feels great "
        "to be part of it. More at https://example.com/news\n\n#energy #battery #groningen #proud #team #future",
    }
    posts["mixed"] = "Ik ben so proud of het team and de fabriek is open, we did it samen met iedereen van ons."
    posts["hashtags"] = "#energy #battery #groningen #proud #team"
    posts["off"] = " ".join(["I spent the weekend baking bread with my children and it was lovely."] * 3)
    kinds: set[str] = set()
    for language, post in (("en", posts["nl"]), ("en", posts["en"]), ("nl", posts["mixed"]), ("en", posts["hashtags"]), ("en", posts["off"])):
        for finding in checker.check(post, language).findings:
            if finding.check == "post":
                kinds.add(finding.kind)
                assert isinstance(finding.message, Message), finding.message
                assert isinstance(finding.why, Message), finding.why
    assert {"language", "link", "mostly_hashtags", "off_subject"} <= kinds
