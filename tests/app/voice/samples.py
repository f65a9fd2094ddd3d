"""Sample posts in clearly different voices, shared by the voice tests."""

from __future__ import annotations

# Short lines, one sentence a line, an emoji, one hashtag at the end, "I" everywhere.
PUNCHY_EN = [
    "Shipped it. 🚀\nSmall team, big week.\nI am proud of these people.\n#engineering",
    "New job today. 🙌\nI start at Acme on Monday.\nNervous? A bit.\n#newjob",
    "I ran 10k before work.\nSlow, but I did it. 😅\nWho else runs in the dark?\n#running",
    "Three things I learned this week.\nShip small.\nAsk early.\nSleep more. 💤\n#lessons",
    "My first conference talk.\nI shook the whole time.\nNobody noticed. 🎤\n#speaking",
]

# Long, formal sentences in one block, no emoji, no hashtags, no "I".
FORMAL_EN = [
    "Our organisation has completed a comprehensive programme of modernisation across the region, which "
    "will allow colleagues to serve customers with greater efficiency and care in the coming years.",
    "The annual partner meeting brought together representatives from across the sector to discuss the "
    "opportunities and challenges that the transition to sustainable production presents for all of us.",
    "Following a thorough review of the available options, the board has decided to invest in a new "
    "training centre that will support the professional development of employees at every level.",
    "The results of the customer satisfaction survey show a steady improvement over the previous period, "
    "which reflects the dedication of the service teams and the investments made in their tools.",
]

PUNCHY_POST = "Big day. 🎉\nI joined the robotics team.\nStill learning names.\n#robots"
FORMAL_POST = (
    "It is with great pleasure that the organisation announces the opening of a new production facility, "
    "which has been realised in close collaboration with regional partners and which will provide a "
    "considerable number of positions for qualified professionals over the coming period of time."
)

INFORMAL_NL = [
    "Vandaag mijn eerste dag bij Acme.\nJe merkt meteen hoe open iedereen is.\nHeb jij dat ook gehad?",
    "Wat een week.\nAls je ooit twijfelt of je moet beginnen: doe het gewoon.\nJij kunt dit.",
    "Ik leerde vandaag iets nieuws.\nJe hoeft niet alles alleen te doen.\nVraag hulp aan je team.",
]
FORMAL_NL = [
    "Graag nodigen wij u uit voor de opening van onze nieuwe vestiging. Wij hopen u daar te mogen begroeten.",
    "Heeft u vragen over onze dienstverlening? Neem gerust contact met ons op, wij helpen u graag verder.",
    "Wij danken u voor het vertrouwen in onze organisatie en kijken uit naar een mooie samenwerking met u.",
]
