"""A check report as plain text, grouped by check, with line:column positions (for the CLI)."""

from __future__ import annotations

from app.checks.findings import CHECK_ORDER, CHECK_TITLES, Finding
from app.checks.limits import MAX_CHARACTERS
from app.checks.report import CheckReport
from app.linkedin.format import linkedin_length
from app.voice.text import line_column

_LOCATION_WIDTH = 7
_SEVERITY_WIDTH = 8


def format_report(report: CheckReport, indent: str = "", show_why: bool = True) -> str:
    """Meters first, then the findings grouped by check; every line starts with `indent`."""
    lines = _meter_lines(report)
    if not report.findings:
        lines.append("No hints: nothing to check before you post.")
    for check in CHECK_ORDER:
        group = report.by_check(check)
        if not group:
            continue
        lines.append("")
        lines.append(f"{CHECK_TITLES[check]} ({len(group)})")
        for finding in group:
            lines.extend(_finding_lines(report, finding, show_why))
    return "\n".join(f"{indent}{line}" if line else "" for line in lines)


def _meter_lines(report: CheckReport) -> list[str]:
    meter = report.own_words
    own = f"Own words: {meter.shared_share:.0%} of the card's phrases come from the story"
    if meter.longest_run_words:
        own += f"; longest copied run {meter.longest_run_words} words"
    lines = [own + "."]
    if report.voice is not None:
        lines.append(f"Voice match: {report.voice.score}/100 ({report.voice.label}).")
    characters = f"Length: {linkedin_length(report.post):,} of {MAX_CHARACTERS:,} characters"
    if report.fold_offset is not None:
        line, column = line_column(report.post, report.fold_offset)
        characters += f"; \u2018…see more\u2019 after {line}:{column}"
    lines.append(characters + ".")
    return lines


def _finding_lines(report: CheckReport, finding: Finding, show_why: bool) -> list[str]:
    if finding.start is not None:
        line, column = line_column(report.post, finding.start)
        location = f"{line}:{column}"
    else:
        location = "-"
    lead = f"  {location:<{_LOCATION_WIDTH}}{finding.severity:<{_SEVERITY_WIDTH}}"
    pad = " " * len(lead)
    lines = [f"{lead}{finding.message}"]
    if finding.hint and finding.check == "fact":
        lines.append(f"{pad}Nearest in the story: {finding.hint}")
    if show_why and finding.why:
        lines.append(f"{pad}Why: {finding.why}")
    return lines
