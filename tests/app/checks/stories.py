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

# A second pair with the forms issue 12 names: news-style dates, hedged figures, fractions in
# words, an apostrophe year, ordinals, spelled-out words with common abbreviations and units.
NEWS_EN = (
    "PORTLAND, Ore., Sept. 4 — Harbor Freight Lines said on Tuesday it will move its headquarters to a "
    "new distribution centre in Salem, Oregon, on Feb. 1, 2027. The company, founded in '88 by Carla "
    "Jimenez, employs about 70 people and operates five terminals. Chief financial officer Mark Olsen said "
    "about two-thirds of its 1.2 million annual deliveries now run on electric trucks. The site covers "
    "12,000 square metres; solar panels on the roof produce 2.4 megawatts, about 3 million kilowatt hours "
    "a year. Trucks will drive 15 kilometres less per trip and each pallet weighs at most 800 kilograms. "
    "It is the third time in a decade that Harbor Freight Lines Inc. has moved. The new address is "
    "4500 Mission Street. Doors open at 8 a.m. A typical route takes 45 minutes."
)

NEWS_NL = (
    "Transportbedrijf Van Gelder Logistiek uit Tilburg opent op zaterdag 4 september een nieuw "
    "distributiecentrum in Waalwijk. Het bedrijf, in 1988 opgericht door Els van Gelder, heeft ongeveer "
    "zeventig medewerkers en meer dan drieduizend klanten. Ruim de helft van de ritten is elektrisch. Het is "
    "de 3e keer dat het bedrijf verhuist. Het pand van 8.500 vierkante meter staat aan de Industrieweg 21 "
    "en heeft 1,2 miljoen euro gekost. De zonnepanelen leveren 900 kilowattuur per dag. Directeur Jeroen "
    "de Wit: \"Dit najaar willen we ook in Breda beginnen.\""
)
