"""A company story in English and Dutch, and personal notes, shared by the check tests."""

from __future__ import annotations

STORY_EN = (
    "Acme Robotics opens its new plant in Eindhoven on 12 March 2026. The €2.5 million investment "
    "creates 120 jobs over 18 months. Revenue grew 30% last year, to 2,347 customers. "
    'CEO Jan de Vries: "This is a big step for Brabant." Every new colleague gets two weeks of training. '
    "The plant covers 12,000 square metres and runs 3 shifts. Acme was founded in 1998."
)

STORY_NL = (
    "Acme Robotics opent op 12 maart 2026 een nieuwe fabriek in Eindhoven. De investering van €2,5 miljoen "
    "levert in anderhalf jaar 120 banen op. De omzet groeide vorig jaar met 30 procent, naar 2.347 klanten. "
    'Directeur Jan de Vries: "Dit is een grote stap voor Brabant." Elke nieuwe collega krijgt twee weken '
    "training. De fabriek is 12.000 vierkante meter groot en draait 3 ploegen. Acme werd in 1998 opgericht."
)

NOTES = "I lead the welding team of 14 people. My manager Sanne Bakker asked me to write this."
