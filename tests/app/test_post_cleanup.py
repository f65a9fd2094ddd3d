"""The clean-up of model replies, on replies the models really wrote (bench/quality.py runs with
Qwen2.5-Coder-1.5B and the starter model SmolLM2-135M), shortened where the middle does not matter."""

from __future__ import annotations

import pytest

from app.post_cleanup import (
    ECHO,
    NOTES,
    PLACEHOLDER,
    PREAMBLE,
    TITLE,
    clean_post,
    end_at_last_sentence,
    ends_mid_sentence,
    find_meta_text,
)

# (what the model wrote, what the card should show)
CLEANED = [
    pytest.param(  # Qwen, Dutch: the assistant's answer, then a separator, before the post
        "Als een eigenaar van Bakkerij Van der Linde, ben ik verstaan dat je de team van deze nieuwe winkel "
        "nodig hebt om te bedanken. Hier is een post die in je eigen voice laat zien hoe je het tevoel stelt "
        "met de team en waarom dit zo interessant is:\n\n---\n\nIk ben trots op ons team in Amersfoort.",
        "Ik ben trots op ons team in Amersfoort.",
        id="nl-hier-is-een-post",
    ),
    pytest.param(
        "Hier is de LinkedIn post:\n\nDatavonk haalt 4,5 miljoen euro op bij Rabo Investments.",
        "Datavonk haalt 4,5 miljoen euro op bij Rabo Investments.",
        id="nl-hier-is-de-linkedin-post",
    ),
    pytest.param(  # SmolLM2
        "Here's a rewritten version of the original post with some suggestions:\n\nToday we unveil Ledgerly 3.0.",
        "Today we unveil Ledgerly 3.0.",
        id="en-rewritten-version",
    ),
    pytest.param(
        "Sure! Here's a draft post for you:\nHello world.", "Hello world.", id="en-sure-heres-a-draft"
    ),
    pytest.param(  # Qwen, Dutch: a note in English after the post, the post in quotes
        '"Als we de duurzaamste reclame maken, maar niet de duurzaamste fiets, kunnen we het duurzaamste '
        'resultaat maken."\n\nThis post highlights a concrete lesson about the importance of using recycled '
        "materials and reducing waste in manufacturing.",
        "Als we de duurzaamste reclame maken, maar niet de duurzaamste fiets, kunnen we het duurzaamste resultaat maken.",
        id="nl-quoted-post-with-english-note",
    ),
    pytest.param(
        '"Als ik deze nieuwe app RegioLijn Reis probeer, zie ik hoe het veranderd."\n\n'
        "This post effectively illustrates a concrete lesson learned from the company story.",
        "Als ik deze nieuwe app RegioLijn Reis probeer, zie ik hoe het veranderd.",
        id="nl-effectively-illustrates",
    ),
    pytest.param(  # Qwen copied the prompt's triple quotes, and gave the post a headline
        '"""\nZorgSamen Twente: Een jaar met verkleidte cliënten\n\nIn 25 jaar groeide ZorgSamen Twente.',
        "In 25 jaar groeide ZorgSamen Twente.",
        id="nl-triple-quotes-and-headline",
    ),
    pytest.param(  # hashtags first: they go to the end
        "#ZorgSamenTwente #JubileumInHengelo\n\nIk ben wijkverpleegkundige in Enschede-Zuid.",
        "Ik ben wijkverpleegkundige in Enschede-Zuid.\n\n#ZorgSamenTwente #JubileumInHengelo",
        id="nl-hashtags-first",
    ),
    pytest.param(  # Qwen: hashtags on the line of the last sentence
        "Are you interested in learning more about Sorta robots? #FernhillRobotics #ParcelSorting",
        "Are you interested in learning more about Sorta robots?\n\n#FernhillRobotics #ParcelSorting",
        id="en-inline-hashtags-get-their-own-line",
    ),
    pytest.param(  # Qwen: the angle's label in front of the post
        "Invalshoek: Ik leerde hoe een reiziger met een app uit de bus kan vertrekken.",
        "Ik leerde hoe een reiziger met een app uit de bus kan vertrekken.",
        id="nl-angle-label",
    ),
    pytest.param("We love C# and our #1 fans.", "We love C# and our #1 fans.", id="no-hashtags-to-move"),
    pytest.param(  # Qwen: hashtags split over two lines, one with a hyphen
        "Thank you, all of you.\n\n#SolarFarms\n\n#Zuid-Limburg #GridConnection",
        "Thank you, all of you.\n\n#SolarFarms #ZuidLimburg #GridConnection",
        id="one-hashtag-line-without-hyphens",
    ),
    pytest.param(  # Qwen: an apostrophe and a space inside hashtags
        "Thank you for making this day possible. #Healthcare #StAidan'sHospital\n\n#Supply Chain\n\n#Europe",
        "Thank you for making this day possible.\n\n#Healthcare #StAidansHospital #SupplyChain #Europe",
        id="hashtags-with-apostrophe-and-space",
    ),
    pytest.param(  # Qwen looping: the same paragraph again
        "It supplies 14,000 homes.\n\nThis project matters because clean power and farming can share land.\n\n"
        "Larkfield pays £250,000 a year.\n\nThis project matters because clean power and farming can share land.",
        "It supplies 14,000 homes.\n\nThis project matters because clean power and farming can share land.\n\n"
        "Larkfield pays £250,000 a year.",
        id="en-repeated-paragraph",
    ),
    pytest.param(  # Qwen: a sentence of the first paragraph inside a later one
        "Het Utrechtse bedrijf Datavonk maakt Wobby, software voor gemeenten. Dat helpt.\n\n"
        "Datavonk maakt Wobby, software voor gemeenten. En nu groeien we.",
        "Het Utrechtse bedrijf Datavonk maakt Wobby, software voor gemeenten. Dat helpt.\n\nEn nu groeien we.",
        id="nl-repeated-sentence",
    ),
    pytest.param(  # Qwen (final benchmark run): a repeated sentence with "12.000" lost all but "000 cliënten …"
        "ZorgSamen Twente heeft 1.800 medewerkers, die elk jaar zo'n 12.000 cliënten thuis verzorgen. Mooi.\n\n"
        "Het is een feest.\n\nZorgSamen Twente heeft 1.800 medewerkers, die elk jaar zo'n 12.000 cliënten thuis "
        "verzorgen.",
        "ZorgSamen Twente heeft 1.800 medewerkers, die elk jaar zo'n 12.000 cliënten thuis verzorgen. Mooi.\n\n"
        "Het is een feest.",
        id="nl-repeated-sentence-with-thousands",
    ),
    pytest.param(
        "The round of 2.4 million euros is in. We hire 12 people. The round of 2.4 million euros is in.",
        "The round of 2.4 million euros is in. We hire 12 people.",
        id="en-repeated-sentence-with-a-decimal",
    ),
    pytest.param("Thank you. Thank you.", "Thank you. Thank you.", id="short-repeats-are-emphasis"),
    pytest.param(  # Qwen: markdown headings LinkedIn shows literally
        "I'm thrilled to share some good news.\n\n### The Big Picture\n\nClean energy matters.",
        "I'm thrilled to share some good news.\n\nThe Big Picture\n\nClean energy matters.",
        id="en-markdown-heading-in-body",
    ),
    pytest.param(
        "**I am proud to announce that St Aidan's Hospital has reached another milestone.",
        "I am proud to announce that St Aidan's Hospital has reached another milestone.",
        id="en-stray-bold-marker",
    ),
    pytest.param(  # SmolLM2 echoes a heading of the prompt
        "The company story:\nMosaic Insurance staff gave 5,600 hours to charity in 2024.",
        "Mosaic Insurance staff gave 5,600 hours to charity in 2024.",
        id="en-company-story-echo",
    ),
    pytest.param(  # SmolLM2: the end marker of the story, echoed in the middle of the post
        "1,000 knee replacements made a difference.\n(End of the company story.)\n\nDr Helen Okafor led it.",
        "1,000 knee replacements made a difference.\n\nDr Helen Okafor led it.",
        id="en-story-end-marker-in-the-middle",
    ),
    pytest.param(
        "Invalshoek voor dit bericht: Schrijf over mijn trots op het team.\n\nIk ben trots op het team.",
        "Ik ben trots op het team.",
        id="nl-angle-heading-echo",
    ),
    pytest.param(
        "**Celebrating 1,000 Knee Replacements**\n\nThis week we did our 1,000th operation.\n\n"
        "#Healthcare #Robotics\n\nNote: I kept it under 150 words.",
        "This week we did our 1,000th operation.\n\n#Healthcare #Robotics",
        id="en-bold-title-note-after-hashtags",
    ),
    pytest.param(
        "We did it.\n\nBest regards,\n[Your Name]", "We did it.", id="en-signature-placeholder"
    ),
    pytest.param("```\nProud of the team!\n```", "Proud of the team!", id="code-fence"),
    pytest.param("“Trots op het team!”", "Trots op het team!", id="nl-curly-quotes"),
    # Not wrappers: left alone.
    pytest.param('He said "wow" and "yes"', 'He said "wow" and "yes"', id="inner-quotes"),
    pytest.param("Here is what I learned: patience.", "Here is what I learned: patience.", id="en-here-is-what"),
    pytest.param(
        "Big news: we did it\n\nMore text here.\n\nLet me know what you think in the comments!",
        "Big news: we did it\n\nMore text here.\n\nLet me know what you think in the comments!",
        id="en-hook-without-full-stop-and-cta",
    ),
    pytest.param(  # Qwen: a real closing wish, not assistant talk
        "Dank je allen.\n\nIk hoop dat deze jubileum een positief beeld geeft voor onze gemeente.",
        "Dank je allen.\n\nIk hoop dat deze jubileum een positief beeld geeft voor onze gemeente.",
        id="nl-real-closing-wish",
    ),
    pytest.param(
        "Great to see this update from our team in Doncaster!\n\nWe switched on 92,000 panels.",
        "Great to see this update from our team in Doncaster!\n\nWe switched on 92,000 panels.",
        id="en-great-to-see-this-update",
    ),
    pytest.param(
        "Best regards,\nJan de Vries", "Best regards,\nJan de Vries", id="en-real-signature"
    ),
    pytest.param("  spaced  \n", "spaced", id="white-space"),
]


@pytest.mark.parametrize(("raw", "clean"), CLEANED)
def test_clean_post(raw: str, clean: str) -> None:
    assert clean_post(raw) == clean


# (reply that hit the token limit, what the card shows)
CUT_OFF = [
    pytest.param(  # Qwen, English short post that ran past its limit
        "A key feature of Ledgerly 3.0 is automatic bank matching. This means that when a payment comes in, "
        "Ledgerly automatically matches it to an open invoice by itself. This not only saves time but",
        "A key feature of Ledgerly 3.0 is automatic bank matching. This means that when a payment comes in, "
        "Ledgerly automatically matches it to an open invoice by itself.",
        id="en-mid-sentence",
    ),
    pytest.param(  # Qwen, Dutch
        "Ik heb een andere fiets bij Stadsrijder gekocht, die ik verdiene voor mijn eigen project. Ik ben zo ver "
        "weg van de mark",
        "Ik heb een andere fiets bij Stadsrijder gekocht, die ik verdiene voor mijn eigen project.",
        id="nl-mid-word",
    ),
    pytest.param(
        "We thank the team. Dr. Okafor said we", "We thank the team.", id="abbreviation-is-no-sentence-end"
    ),
    pytest.param(
        "Proud of this team 🎉 We built it in 11 months and", "Proud of this team 🎉", id="emoji-ends-a-sentence"
    ),
    pytest.param(
        "We built it in 11 months.\n\n#Solar #CleanEnergy #Donc", "We built it in 11 months.\n\n#Solar #CleanEnergy",
        id="cut-inside-the-hashtags",
    ),
    pytest.param("no full sentence at all and", "no full sentence at all and", id="nothing-to-cut-back-to"),
]


@pytest.mark.parametrize(("raw", "clean"), CUT_OFF)
def test_a_reply_that_hit_the_limit_ends_at_its_last_full_sentence(raw: str, clean: str) -> None:
    assert clean_post(raw, hit_token_limit=True) == clean


def test_a_reply_that_stopped_by_itself_is_never_cut() -> None:
    assert clean_post("So proud of this team") == "So proud of this team"


@pytest.mark.parametrize(
    ("post", "cut"),
    [
        ("We did it.", False),
        ("So proud of this team 🎉", False),
        ("What would you ask them?", False),
        ('"Every one of these operations was a team effort."', False),
        ("Great (really).", False),
        ("Question?\n\n#Robotics #Sorta", False),
        ("Are you interested in Sorta? #FernhillRobotics #ParcelSorting", False),
        ("and then we", True),
        ("Here is what I learned:", True),
        ("Brackenmoor Solar Farm has been a significant achievement for our team and the wider solar industry", True),
        ("", False),
    ],
)
def test_ends_mid_sentence(post: str, cut: bool) -> None:
    assert ends_mid_sentence(post) is cut


def test_end_at_last_sentence_keeps_a_finished_post() -> None:
    assert end_at_last_sentence("One. Two!") == "One. Two!"


# (card text, the kinds of meta text in it) — true and false cases, both languages.
META = [
    pytest.param("Sure!\n\nWe did it.", [PREAMBLE], id="en-sure"),
    pytest.param("Natuurlijk! Hier is een LinkedIn-bericht over de opening:\n\nWe zijn open.", [PREAMBLE], id="nl-natuurlijk"),
    pytest.param(  # SmolLM2
        "#Bristol #Healthcare #Innovation #Rewards \nPremise: Write about your pride in the team and their innovation.",
        [ECHO],
        id="en-premise-echo",
    ),
    pytest.param("A: I am happy to share a story from my company, in English.", [ECHO], id="en-answer-label"),
    pytest.param(  # Qwen, echoing "write as the employee"
        "As an employee at Mosaic Insurance, I learned a valuable lesson about volunteerism.", [ECHO], id="en-as-an-employee"
    ),
    pytest.param("Write about what you learned from this:\n\nI learned a lot.", [ECHO], id="en-write-about-echo"),
    pytest.param(  # SmolLM2 under the Dutch prompt: a numbered rule, repeated
        "2. Schrijf in het Nederlands, ook als het verhaal in een andere taal is. Gebruik alleen met de tekst.",
        [ECHO],
        id="nl-numbered-rule-echo",
    ),
    pytest.param(
        "Invalshoek: ik schrijf over wat dit betekent voor onze klanten: het concrete verschil dat het maakt.",
        [ECHO],
        id="nl-angle-instruction-echo",
    ),
    pytest.param(  # SmolLM2 talking about the post
        "In this post: 1) Make sure your writing is clear and easy to read.", [NOTES], id="en-in-this-post"
    ),
    pytest.param(
        "The story behind this post is about a team that did something extraordinary.", [NOTES], id="en-story-behind"
    ),
    pytest.param("We did it.\n\n(98 words)", [NOTES], id="en-word-count"),
    pytest.param("We zijn open.\n\nOpmerking: ik heb het kort gehouden.", [NOTES], id="nl-opmerking"),
    pytest.param("**Brackenmoor Is Live**\n\nWe did it.", [TITLE], id="en-bold-title"),
    pytest.param("# Kringloop C1\n\nWe zijn trots.", [TITLE], id="nl-heading-title"),
    pytest.param("Title: A big day\n\nWe did it.", [TITLE], id="en-title-label"),
    pytest.param("Thanks, [Your Name]", [PLACEHOLDER], id="en-placeholder"),
    pytest.param("Groet, [jouw naam]", [PLACEHOLDER], id="nl-placeholder"),
    # Posts, not meta.
    pytest.param("Here's what I learned from switching on 92,000 panels: patience pays.", [], id="en-heres-what"),
    pytest.param("In this post I want to thank the 160 people who built Brackenmoor.", [], id="en-in-this-post-i"),
    pytest.param("Als medewerker ben ik trots op ons team.", [], id="nl-als-medewerker"),
    pytest.param("**We did it!**\n\n92,000 panels are live.", [], id="en-bold-hook-sentence"),
    pytest.param("Let me know what you think in the comments!", [], id="en-cta"),
    pytest.param("Laat het me weten in de reacties!", [], id="nl-cta"),
    pytest.param("Our company: proud of what 160 people built.", [], id="en-our-company"),
    pytest.param("Dit bericht is een bedankje aan ons team.", [], id="nl-dit-bericht-is"),
]


@pytest.mark.parametrize(("post", "kinds"), META)
def test_find_meta_text(post: str, kinds: list[str]) -> None:
    assert [meta.kind for meta in find_meta_text(post)] == kinds


def test_meta_text_is_located() -> None:
    post = "We did it.\n\nNote: this keeps to 80 words."
    [meta] = find_meta_text(post)
    assert post[meta.start : meta.end] == "Note: this keeps to 80 words."


def test_a_finished_post_comes_through_unchanged() -> None:
    from app.prompt import worked_examples

    for example in worked_examples().values():
        for post in example.posts.values():
            assert clean_post(post) == post
            assert find_meta_text(post) == []
