"""Gentle, local checks on a card: fact lock, own words, clichés and AI tells, company
guidelines, LinkedIn limits and voice match. Pure functions: no Qt, no model, no network.

Public API:
- `run_checks(post, story, notes="", profile=None, guidelines=None, language=None) -> CheckReport`
- `CardChecker.for_story(story, notes, profile, guidelines).check(post)`: the same, with the
  story read once for many cards.
- `CheckReport`: `findings` (each a `Finding`), `own_words` meter, `voice` match, `fold_offset`,
  `copy_warning()`, `to_dict()` / `to_json()`.
- `load_guidelines(path)` / `parse_guidelines(text)` -> `Guidelines`; `GuidelinesError`.
- `format_report(report)`: the plain-text rendering the CLI prints.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_names import lazy_names

if TYPE_CHECKING:
    from app.checks.findings import CHECK_ORDER, CHECK_TITLES, Finding, Severity
    from app.checks.guidelines import Guidelines, GuidelinesError, load_guidelines, parse_guidelines
    from app.checks.own_words import OwnWordsMeter
    from app.checks.report import CardChecker, CheckReport, run_checks
    from app.checks.text_report import format_report

# Each name loads with its own module on first use (app.lazy_names).
_HOMES = {
    "CHECK_ORDER": "app.checks.findings",
    "CHECK_TITLES": "app.checks.findings",
    "Finding": "app.checks.findings",
    "Severity": "app.checks.findings",
    "Guidelines": "app.checks.guidelines",
    "GuidelinesError": "app.checks.guidelines",
    "load_guidelines": "app.checks.guidelines",
    "parse_guidelines": "app.checks.guidelines",
    "OwnWordsMeter": "app.checks.own_words",
    "CardChecker": "app.checks.report",
    "CheckReport": "app.checks.report",
    "run_checks": "app.checks.report",
    "format_report": "app.checks.text_report",
}

__all__ = [
    "CHECK_ORDER",
    "CHECK_TITLES",
    "CardChecker",
    "CheckReport",
    "Finding",
    "Guidelines",
    "GuidelinesError",
    "OwnWordsMeter",
    "Severity",
    "format_report",
    "load_guidelines",
    "parse_guidelines",
    "run_checks",
]


if not TYPE_CHECKING:  # mypy sees the imports above, so a misspelt name stays an error
    __getattr__ = lazy_names(__name__, _HOMES)
