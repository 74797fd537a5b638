"""Tests for finding quantities in raw news text: values, bounds, qualifiers, units, non-claims."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.quantities import Quantity, find_quantities
from claimx.units import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    MEASURE_SYMBOLS,
    MEASURE_WORDS,
    RATE_DENOMINATORS,
    UNITS,
    is_known_unit,
)

ROOT = Path(__file__).resolve().parents[1]

# (sentence, mention text, value, value_low, value_high, qualifier, unit)
CASES = [
    # plain counts and digit separators
    ("The company employs 12,000 people.", "12,000", 12000, None, None, "exact", None),
    ("Police arrested 382 protesters.", "382", 382, None, None, "exact", None),
    # after a chart place and "and", a count with its noun is still a count
    ("Bowie was at number one and 12 new entries followed.", "12", 12, None, None, "exact",
     None),
    ("A total of 1 500 homes were damaged.", "1 500", 1500, None, None, "exact", None),
    ("Some 1\u202f500 troops were sent.", "Some 1\u202f500", 1500, None, None, "approx", None),
    ("Prices in Zurich reached 1'000'000 francs.", "1'000'000 francs", 1e6, None, None,
     "exact", "CHF"),
    ("The index closed at 7,512.45.", "7,512.45", 7512.45, None, None, "exact", None),
    ("The register lists 12 345 678 voters.", "12 345 678", 12345678, None, None, "exact", None),
    ("The region recorded 4,000 cases.", "4,000", 4000, None, None, "exact", None),
    # a count after a plural possessive name is no part of a name; "euro zone" is no money
    ("Labour removed all but 92 of the Lords' 750 hereditary peers.", "750", 750, None, None,
     "exact", None),
    ("The 12 Euro zone countries will grow by only 1.8%.", "12", 12, None, None, "exact", None),
    ("It is one of Japan's 23,000 centenarians.", "23,000", 23000, None, None, "exact", None),
    ("Meanwhile 70 singers recorded a song.", "70", 70, None, None, "exact", None),
    ("Just 2,000 tickets were sold.", "2,000", 2000, None, None, "exact", None),
    ("Over 2000 people signed.", "Over 2000", 2000, None, None, "over", None),
    ("The survey polled ٣٠٠ families.", "٣٠٠", 300, None, None, "exact", None),
    # spelled-out and mixed numbers
    ("Seven people were injured.", "Seven", 7, None, None, "exact", None),
    ("The crash killed twenty-five passengers.", "twenty-five", 25, None, None, "exact", None),
    ("There were one hundred and sixteen entries.", "one hundred and sixteen", 116, None, None,
     "exact", None),
    ("A dozen eggs cost more now.", "A dozen", 12, None, None, "exact", None),
    ("The town has half a million residents.", "half a million", 5e5, None, None, "exact", None),
    ("They sold one and a half million copies.", "one and a half million", 1.5e6, None, None,
     "exact", None),
    ("The ministry hired a thousand nurses.", "a thousand", 1000, None, None, "exact", None),
    ("The ship carries six crew members.", "six", 6, None, None, "exact", None),
    ("The party won two hundred seats.", "two hundred", 200, None, None, "exact", None),
    ("Almost 1.5 million jobs were lost.", "Almost 1.5 million", 1.5e6, None, None, "approx",
     None),
    ("The fund holds 2.4 billion shares.", "2.4 billion", 2.4e9, None, None, "exact", None),
    ("About 3 million people voted.", "About 3 million", 3e6, None, None, "approx", None),
    ("The network has 5.2mn subscribers.", "5.2mn", 5.2e6, None, None, "exact", None),
    ("The site draws 10k visitors a week.", "10k", 1e4, None, None, "exact", None),
    ("The recall affects 2.3m vehicles.", "2.3m", 2.3e6, None, None, "exact", None),
    ("Investors bought 600m shares.", "600m", 6e8, None, None, "exact", None),
    ("It took two and a half years.", "two and a half years", 2.5, None, None, "exact", "year"),
    ("The party has had two-and-a-half years to act.", "two-and-a-half years", 2.5, None, None,
     "exact", "year"),
    ("a three-and-a-half-hour meeting", "three-and-a-half-hour", 3.5, None, None, "exact", "hour"),
    # a unit of time written as a length ("-long") is one of it
    ("The peso lost its decade-long peg to the dollar.", "decade-long", 10, None, None, "exact",
     "year"),
    ("The report followed a year-long inquiry.", "a year", 1, None, None, "exact", "year"),
    # half of a length of time is a length of time
    ("Within half an hour, clips were online.", "Within half an hour", 0.5, None, None,
     "at_most", "hour"),
    ("It aired throughout the half-hour programme.", "half-hour", 0.5, None, None, "exact",
     "hour"),
    ("It took about half a century to build.", "about half a century", 50, None, None,
     "approx", "year"),
    ("The crowd of five thousand cheered.", "five thousand", 5000, None, None, "exact", None),
    ("The city has 3 million and a half people.", "3 million and a half", 3.5e6, None, None,
     "exact", None),
    ("A quarter of a million people fled.", "A quarter of a million", 2.5e5, None, None,
     "exact", None),
    ("The budget is three lakh crore rupees.", "three lakh crore rupees", 3e12, None, None,
     "exact", "INR"),
    ("Exports fell to 10 bln euros.", "10 bln euros", 1e10, None, None, "exact", "EUR"),
    ("A thousand million people lack water.", "A thousand million", 1e9, None, None, "exact",
     None),
    # money
    ("The deal is worth $1.13bn.", "$1.13bn", 1.13e9, None, None, "exact", "USD"),
    ("The club paid £600m for the stadium.", "£600m", 6e8, None, None, "exact", "GBP"),
    ("It won a $48.2 million contract.", "$48.2 million", 48.2e6, None, None, "exact", "USD"),
    ("The grant is 5 million manat.", "5 million manat", 5e6, None, None, "exact", "AZN"),
    ("Profits reached £5.7bn last year.", "£5.7bn", 5.7e9, None, None, "exact", "GBP"),
    ("The fine was €250,000.", "€250,000", 2.5e5, None, None, "exact", "EUR"),
    ("Sales hit ¥3.2tn in Japan.", "¥3.2tn", 3.2e12, None, None, "exact", "JPY"),
    ("The scheme costs ₹4,000 crore.", "₹4,000 crore", 4e10, None, None, "exact", "INR"),
    ("It raised Rs 500 crore.", "Rs 500 crore", 5e9, None, None, "exact", "INR"),
    ("The bond raised US$2bn.", "US$2bn", 2e9, None, None, "exact", "USD"),
    ("The mine cost A$700m.", "A$700m", 7e8, None, None, "exact", "AUD"),
    ("Its stake is worth HK$2.5 billion.", "HK$2.5 billion", 2.5e9, None, None, "exact", "HKD"),
    ("The chipmaker earned NT$30bn.", "NT$30bn", 3e10, None, None, "exact", "TWD"),
    ("The pipeline cost C$1.2bn.", "C$1.2bn", 1.2e9, None, None, "exact", "CAD"),
    ("The budget is AZN 5 million.", "AZN 5 million", 5e6, None, None, "exact", "AZN"),
    ("The loan totals 5bn USD.", "5bn USD", 5e9, None, None, "exact", "USD"),
    ("Each share pays 20 pence.", "20 pence", 20, None, None, "exact", "GBX"),
    ("Shares closed at 312p.", "312p", 312, None, None, "exact", "GBX"),
    ("The stock fell 30 cents.", "30 cents", 30, None, None, "exact", "USX"),
    ("The offer is 323 million euros.", "323 million euros", 3.23e8, None, None, "exact",
     "EUR"),
    ("The bank lent 100 billion yuan.", "100 billion yuan", 1e11, None, None, "exact", "CNY"),
    # Space-grouped thousands stop before a model number: "10 737-800 planes" is ten planes.
    ("The airline ordered 10 737-800 planes.", "10", 10, None, None, "exact", None),
    ("Tokyo paid five million yen.", "five million yen", 5e6, None, None, "exact", "JPY"),
    ("The budget rises to 1,546 trillion rials.", "1,546 trillion rials", 1.546e15, None, None,
     "exact", "IRR"),
    ("Prague spent 2bn Czech crowns.", "2bn Czech crowns", 2e9, None, None, "exact", "CZK"),
    # After a scale word "won" is Korea's currency, not the verb.
    ("The lender got a three trillion won bail-out.", "three trillion won", 3e12, None, None,
     "exact", "KRW"),
    ("He won 5,000 votes.", "5,000", 5000, None, None, "exact", None),
    ("He was fined 10,000 Swiss francs.", "10,000 Swiss francs", 1e4, None, None, "exact",
     "CHF"),
    ("The fund raised 125 million Australian dollars.", "125 million Australian dollars",
     1.25e8, None, None, "exact", "AUD"),
    ("Exports earned 361 million pounds.", "361 million pounds", 3.61e8, None, None, "exact",
     "GBP"),
    ("It sold for 10 pounds sterling.", "10 pounds sterling", 10, None, None, "exact", "GBP"),
    # A pound priced in another currency is sterling: an exchange rate.
    ("The dollar fell, with one pound worth $1.94.", "one pound", 1, None, None, "exact",
     "GBP"),
    ("The tender was 200 billion naira.", "200 billion naira", 2e11, None, None, "exact", "NGN"),
    ("Warsaw set aside 900 million złotys.", "900 million złotys", 9e8, None, None, "exact",
     "PLN"),
    ("Turkey spent 40bn lira.", "40bn lira", 4e10, None, None, "exact", "TRY"),
    ("The firm lost 5 billion rubles.", "5 billion rubles", 5e9, None, None, "exact", "RUB"),
    ("Refunds cost 45bn rupees.", "45bn rupees", 4.5e10, None, None, "exact", "INR"),
    ("It cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, None, None, "exact", "USD"),
    ("The bid was $70 a share.", "$70", 70, None, None, "exact", "USD"),
    ("Tickets cost $5.", "$5", 5, None, None, "exact", "USD"),
    ("Revenue was $ 254 million.", "$ 254 million", 2.54e8, None, None, "exact", "USD"),
    ("The market is worth $2B.", "$2B", 2e9, None, None, "exact", "USD"),
    ("A $5M grant was approved.", "$5M", 5e6, None, None, "exact", "USD"),
    ("The founders hold 1,000 bitcoin.", "1,000 bitcoin", 1000, None, None, "exact", "BTC"),
    ("The actress earned 885,000 Euros.", "885,000 Euros", 885000, None, None, "exact", "EUR"),
    # cents of a currency without a minor-unit code, in the major unit
    ("The stock fell to 22 euro cents.", "22 euro cents", 0.22, None, None, "exact", "EUR"),
    ("Shares lost 65 Canadian cents.", "65 Canadian cents", 0.65, None, None, "exact", "CAD"),
    # currency conversions in brackets: one claim each
    ("The club paid 77m euros (£53m; $100m).", "77m euros", 7.7e7, None, None, "exact", "EUR"),
    ("The club paid 77m euros (£53m; $100m).", "£53m", 5.3e7, None, None, "exact", "GBP"),
    ("The club paid 77m euros (£53m; $100m).", "$100m", 1e8, None, None, "exact", "USD"),
    ("Rainfall of up to 30 inches (76 cm) is forecast.", "76 cm", 76, None, None, "at_most",
     "centimetre"),
    # percentages and points
    ("Shares fell 10% on Monday.", "10%", 10, None, None, "exact", "percent"),
    ("Turnout was 67.5 per cent.", "67.5 per cent", 67.5, None, None, "exact", "percent"),
    ("Sales rose 12 percent.", "12 percent", 12, None, None, "exact", "percent"),
    ("Approval rose 2 percentage points.", "2 percentage points", 2, None, None, "exact",
     "percentage_point"),
    ("The bank raised rates by 50 basis points.", "50 basis points", 50, None, None, "exact",
     "basis_point"),
    ("Growth slowed to 0.3%.", "0.3%", 0.3, None, None, "exact", "percent"),
    ("Output shrank by -1.2%.", "-1.2%", -1.2, None, None, "exact", "percent"),
    ("Prices changed by −3.2%.", "−3.2%", -3.2, None, None, "exact", "percent"),
    ("Support is at twenty percent.", "twenty percent", 20, None, None, "exact", "percent"),
    ("Nearly 40% of adults smoke.", "Nearly 40%", 40, None, None, "approx", "percent"),
    ("Inflation rose above 5%.", "above 5%", 5, None, None, "over", "percent"),
    ("Costs rose 5 %.", "5 %", 5, None, None, "exact", "percent"),
    # ranges
    ("Officials said 3-5 percent of the crop was lost.", "3-5 percent", 3, 3, 5, "range",
     "percent"),
    ("Prices rose 5-10%.", "5-10%", 5, 5, 10, "range", "percent"),
    ("The forecast is between 2% and 2.5%.", "between 2% and 2.5%", 2, 2, 2.5, "range",
     "percent"),
    ("Between 5 and 10 people were hurt.", "Between 5 and 10", 5, 5, 10, "range", None),
    ("The plan covers 5 to 10 million people.", "5 to 10 million", 5e6, 5e6, 1e7, "range", None),
    # an age range: "aged" gives both ends their unit
    ("The club is open to pupils aged 11 to 14.", "aged 11 to 14", 11, 11, 14, "range",
     "year"),
    ("It will cost $5-10m to fix.", "$5-10m", 5e6, 5e6, 1e7, "range", "USD"),
    ("Walls were eight to 10 feet tall.", "eight to 10 feet", 8, 8, 10, "range", "foot"),
    ("A stay of two or three days is typical.", "two or three days", 2, 2, 3, "range", "day"),
    ("Tickets cost £20–£30.", "£20–£30", 20, 20, 30, "range", "GBP"),
    ("The drug cuts risk by 30-40 per cent.", "30-40 per cent", 30, 30, 40, "range", "percent"),
    ("Between $3bn and $4bn was spent.", "Between $3bn and $4bn", 3e9, 3e9, 4e9, "range", "USD"),
    ("Estimates range from 3 to 5 percent.", "from 3 to 5 percent", 3, 3, 5, "range",
     "percent"),
    ("Salaries ranged from £20,000 to £35,000.", "from £20,000 to £35,000", 2e4, 2e4, 3.5e4,
     "range", "GBP"),
    # "a"/"an" with a unit is a claim when it is the length of something (gold/GUIDELINES.md)
    ("The plant will take a year to fix.", "a year", 1, None, None, "exact", "year"),
    ("Flights were delayed by an hour.", "an hour", 1, None, None, "exact", "hour"),
    ("Prices hit a three-month high.", "three-month", 3, None, None, "exact", "month"),
    ("The Fed raised rates by a quarter percentage point.", "a quarter percentage point", 0.25,
     None, None, "exact", "percentage_point"),
    # a bound on one is a claim ("one day" alone is not)
    ("At least one person died.", "At least one", 1, None, None, "at_least", None),
    # a rate naming what it counts
    ("There were 11 road deaths per 100,000 people.", "11 road deaths per 100,000", 1.1e-4,
     None, None, "exact", "fraction"),
    ("Revenue rose from $38m to $77m.", "$38m", 3.8e7, None, None, "exact", "USD"),
    ("Revenue rose from $38m to $77m.", "$77m", 7.7e7, None, None, "exact", "USD"),
    ("Prices rose 5% to $10m.", "5%", 5, None, None, "exact", "percent"),
    ("Prices rose 5% to $10m.", "$10m", 1e7, None, None, "exact", "USD"),
    # qualifiers
    ("Over 1.5 million landmines were found.", "Over 1.5 million", 1.5e6, None, None, "over",
     None),
    ("More than 700,000 people fled.", "More than 700,000", 7e5, None, None, "over", None),
    ("The occupation lasted nearly 30 years.", "nearly 30 years", 30, None, None, "approx",
     "year"),
    ("Approximately 176,237 hectares were cleared.", "Approximately 176,237 hectares", 176237,
     None, None, "approx", "hectare"),
    ("Up to 5,000 jobs could go.", "Up to 5,000", 5000, None, None, "at_most", None),
    ("At least 14 people died.", "At least 14", 14, None, None, "at_least", None),
    ("Fewer than 100 remain.", "Fewer than 100", 100, None, None, "under", None),
    ("Less than 2% of the land is forest.", "Less than 2%", 2, None, None, "under", "percent"),
    ("It has around 80 members.", "around 80", 80, None, None, "approx", None),
    ("The estate is roughly 400 acres.", "roughly 400 acres", 400, None, None, "approx", "acre"),
    ("An estimated 2,000 homes were lost.", "An estimated 2,000", 2000, None, None, "approx",
     None),
    ("No more than 50 guests are allowed.", "No more than 50", 50, None, None, "at_most", None),
    ("No fewer than 30 ships took part.", "No fewer than 30", 30, None, None, "at_least", None),
    ("Children under 5 travel free.", "under 5", 5, None, None, "under", None),
    ("The fire burned in excess of 10,000 acres.", "in excess of 10,000 acres", 10000, None,
     None, "over", "acre"),
    ("Winds reached ~90 mph.", "~90 mph", 90, None, None, "approx", "mile/hour"),
    # "bpd", the oil trade's barrels per day, also after a scale: "1.5m bpd"
    ("Exports fell to 474,000 bpd.", "474,000 bpd", 474000, None, None, "exact", "barrel/day"),
    ("Opec pumps 30m bpd.", "30m bpd", 30e6, None, None, "exact", "barrel/day"),
    ("It costs close to $1bn.", "close to $1bn", 1e9, None, None, "approx", "USD"),
    ("Cases surpassed one million.", "surpassed one million", 1e6, None, None, "over", None),
    # "-plus" after a figure is a lower bound, like "+".
    ("Chelsea made a £30m-plus bid.", "£30m-plus", 3e7, None, None, "at_least", "GBP"),
    ("The 60-plus members voted.", "60-plus", 60, None, None, "at_least", None),
    ("It happened in a magnitude 2+ tremor.", "magnitude 2+", 2, None, None, "at_least",
     "magnitude"),
    # vague amounts
    ("Tens of thousands of people marched.", "Tens of thousands", 2e4, 2e4, 9e4, "approx", None),
    ("Hundreds were arrested.", "Hundreds", 200, 200, 900, "approx", None),
    ("Dozens of homes were destroyed.", "Dozens", 24, 24, 108, "approx", None),
    ("Thousands gathered in the square.", "Thousands", 2000, 2000, 9000, "approx", None),
    ("The conflict lasted decades.", "decades", 20, 20, 90, "approx", "year"),
    ("Millions watched the final.", "Millions", 2e6, 2e6, 9e6, "approx", None),
    ("Hundreds of thousands fled.", "Hundreds of thousands", 2e5, 2e5, 9e5, "approx", None),
    ("It cost hundreds of millions of dollars.", "hundreds of millions of dollars", 2e8, 2e8,
     9e8, "approx", "USD"),
    ("Several hundred homes flooded.", "Several hundred", 300, 300, 900, "approx", None),
    ("The talks took several years.", "several years", 3, 3, 9, "approx", "year"),
    ("Millions of pounds were wasted.", "Millions of pounds", 2e6, 2e6, 9e6, "approx", "GBP"),
    # "a" counting one unit under a qualifier
    ("The plot covers under a hectare.", "under a hectare", 1, None, None, "under", "hectare"),
    ("The inquiry took nearly a decade.", "nearly a decade", 10, None, None, "approx", "year"),
    ("Repairs may take more than a year.", "more than a year", 1, None, None, "over", "year"),
    # fractions
    ("Some 3/4 of voters agreed.", "Some 3/4", 0.75, None, None, "approx", "fraction"),
    ("The track is a 1/4 mile oval.", "1/4 mile", 0.25, None, None, "exact", "mile"),
    ("Two-thirds of voters backed the plan.", "Two-thirds", 0.666667, None, None, "exact",
     "fraction"),
    ("One in five adults smokes.", "One in five", 0.2, None, None, "exact", "fraction"),
    ("It bought a third of Seagram.", "a third", 0.333333, None, None, "exact", "fraction"),
    ("Nearly half of staff are women.", "Nearly half", 0.5, None, None, "approx", "fraction"),
    ("Half of the world's people lack a phone.", "Half", 0.5, None, None, "exact", "fraction"),
    ("In January, 40% said they would vote.", "40%", 40.0, None, None, "exact", "percent"),
    ("The bank will close half its branches.", "half", 0.5, None, None, "exact", "fraction"),
    ("Rates rose by half a percentage point.", "half a percentage point", 0.5, None, None,
     "exact", "percentage_point"),
    ("A rise of a quarter of a percentage point is expected.",
     "a quarter of a percentage point", 0.25, None, None, "exact", "percentage_point"),
    ("About a quarter of homes lack power.", "About a quarter", 0.25, None, None, "approx",
     "fraction"),
    ("Three out of four experts agree.", "Three out of four", 0.75, None, None, "exact",
     "fraction"),
    ("The rate is seven per 100,000 people.", "seven per 100,000", 7e-5, None, None, "exact",
     "fraction"),
    ("Roughly three quarters of firms cut jobs.", "Roughly three quarters", 0.75, None, None,
     "approx", "fraction"),
    # measures
    ("The estate covers 176,237 hectares.", "176,237 hectares", 176237, None, None, "exact",
     "hectare"),
    ("The reserve spans 5 sq km.", "5 sq km", 5, None, None, "exact", "square_kilometre"),
    ("The park is 30 square kilometres.", "30 square kilometres", 30, None, None, "exact",
     "square_kilometre"),
    ("The road runs 20 km.", "20 km", 20, None, None, "exact", "kilometre"),
    ("It flew 6,000 nautical miles.", "6,000 nautical miles", 6000, None, None, "exact",
     "nautical_mile"),
    ("A 75m yacht was seized.", "75m", 75, None, None, "exact", "metre"),
    ("The 100m final was fast.", "100m", 100, None, None, "exact", "metre"),
    ("The wave was 23 m high.", "23 m", 23, None, None, "exact", "metre"),
    ("The tower is 330 metres tall.", "330 metres", 330, None, None, "exact", "metre"),
    ("Snow reached 40cm in places.", "40cm", 40, None, None, "exact", "centimetre"),
    ("It rained 200mm overnight.", "200mm", 200, None, None, "exact", "millimetre"),
    ("The jet flew at 35,000 ft.", "35,000 ft", 35000, None, None, "exact", "foot"),
    ("It stands 75 ft tall.", "75 ft", 75, None, None, "exact", "foot"),
    ("The tanker carries 300,000 tonnes of crude.", "300,000 tonnes", 3e5, None, None, "exact",
     "tonne"),
    ("The harvest was 5m tonnes.", "5m tonnes", 5e6, None, None, "exact", "tonne"),
    ("The baby weighed 3.2kg.", "3.2kg", 3.2, None, None, "exact", "kilogram"),
    ("He lost 25 pounds in a month.", "25 pounds", 25, None, None, "exact", "pound_mass"),
    ("The bag weighs 200lbs.", "200lbs", 200, None, None, "exact", "pound_mass"),
    # Bare "pounds" is money when it is paid or charged, and weight otherwise.
    ("Fans will have to pay five pounds for a ticket.", "five pounds", 5, None, None, "exact",
     "GBP"),
    ("The service will cost just two pounds.", "two pounds", 2, None, None, "exact", "GBP"),
    ("The salmon weighed 30 pounds.", "30 pounds", 30, None, None, "exact", "pound_mass"),
    ("Output reached 1.5 million barrels a day.", "1.5 million barrels a day", 1.5e6, None,
     None, "exact", "barrel/day"),
    ("The tank holds 500 litres.", "500 litres", 500, None, None, "exact", "litre"),
    ("It reached 40.3C on Tuesday.", "40.3C", 40.3, None, None, "exact", "degree_celsius"),
    ("It was 30°C in Rome.", "30°C", 30, None, None, "exact", "degree_celsius"),
    ("Phoenix hit 118 degrees Fahrenheit.", "118 degrees Fahrenheit", 118, None, None, "exact",
     "degree_fahrenheit"),
    ("Lows of -5C are expected.", "-5C", -5, None, None, "exact", "degree_celsius"),
    ("Winds of up to 120mph hit the coast.", "up to 120mph", 120, None, None, "at_most",
     "mile/hour"),
    # "as many as", "as much as", "as long as": the size a figure could reach; "as little
    # as": the size it could fall to.
    ("As many as 300 workers could lose their jobs.", "As many as 300", 300, None, None,
     "at_most", None),
    ("The hearing could last as long as a year.", "as long as a year", 1, None, None, "at_most",
     "year"),
    ("Boxes are on sale for as little as 60 euros.", "as little as 60 euros", 60, None, None,
     "at_least", "EUR"),
    ("Trains run at 300 km/h.", "300 km/h", 300, None, None, "exact", "kilometre/hour"),
    ("A magnitude 6.3 quake struck.", "magnitude 6.3", 6.3, None, None, "exact", "magnitude"),
    ("A 7.8-magnitude earthquake hit.", "7.8-magnitude", 7.8, None, None, "exact", "magnitude"),
    ("The 5.0 earthquake caused a landslide.", "5.0", 5.0, None, None, "exact", "magnitude"),
    ("The plant produces 400 megawatts.", "400 megawatts", 400, None, None, "exact", "megawatt"),
    ("Homes use 2,700 kWh a year.", "2,700 kWh a year", 2700, None, None, "exact",
     "kilowatt_hour/year"),
    ("The plant makes 10 GW.", "10 GW", 10, None, None, "exact", "gigawatt"),
    # line speeds and clock rates: a number glued to "Mbps" is no identifier like "5G"
    ("Homes will get 8Mbps broadband.", "8Mbps", 8, None, None, "exact", "megabit/second"),
    ("The standard speed is 512kbps.", "512kbps", 512, None, None, "exact", "kilobit/second"),
    ("The links carry up to 1.25gbps.", "up to 1.25gbps", 1.25, None, None, "at_most",
     "gigabit/second"),
    ("The chip runs at 3.8 GHz.", "3.8 GHz", 3.8, None, None, "exact", "gigahertz"),
    ("The new supercomputer reached 135.5 teraflops.", "135.5 teraflops", 135.5, None, None,
     "exact", "teraflop"),
    # One measure in two imperial units.
    ("The 6ft 6in lock was named captain.", "6ft 6in", 6.5, None, None, "exact", "foot"),
    ("Their son was born weighing 7lb 2oz.", "7lb 2oz", 7.125, None, None, "exact",
     "pound_mass"),
    ("Rates were cut by 25bps.", "25bps", 25, None, None, "exact", "basis_point"),
    ("A 45-acre farm was sold.", "45-acre", 45, None, None, "exact", "acre"),
    # rates
    ("Gas sold at $3 per gigajoule.", "$3 per gigajoule", 3, None, None, "exact",
     "USD/gigajoule"),
    ("The tax raises £5bn a year.", "£5bn a year", 5e9, None, None, "exact", "GBP/year"),
    ("Oil traded at $80 a barrel.", "$80 a barrel", 80, None, None, "exact", "USD/barrel"),
    ("Wheat fetched €250 per tonne.", "€250 per tonne", 250, None, None, "exact", "EUR/tonne"),
    ("Nurses work 60 hours a week.", "60 hours a week", 60, None, None, "exact", "hour/week"),
    # durations and ages
    ("Police said a 34-year-old man was held.", "34-year-old", 34, None, None, "exact", "year"),
    ("The trip is a three-day voyage.", "three-day", 3, None, None, "exact", "day"),
    ("She was jailed for 12 years.", "12 years", 12, None, None, "exact", "year"),
    ("The strike lasted 18 months.", "18 months", 18, None, None, "exact", "month"),
    ("He is 29 years old.", "29 years old", 29, None, None, "exact", "year"),
    ("He retired at the age of 65.", "age of 65", 65, None, None, "exact", "year"),
    # a change "added" or "shed" and the level it reached are two figures, not a range
    ("Brent crude rose, adding $1.89 to $48.62 at the close.", "$1.89", 1.89, None, None,
     "exact", "USD"),
    ("Brent crude rose, adding $1.89 to $48.62 at the close.", "$48.62", 48.62, None, None,
     "exact", "USD"),
    # ... so too with the words sizing the change between its verb and its figure
    ("US crude lost more than $3 to $41.50 on Friday.", "more than $3", 3, None, None, "over",
     "USD"),
    ("US crude lost more than $3 to $41.50 on Friday.", "$41.50", 41.5, None, None, "exact",
     "USD"),
    ("The jobless total rose a higher than expected 21,000 to 4.2 million.", "21,000", 21000,
     None, None, "exact", None),
    # an age range written with "between": one range in years, not two bare counts
    ("Pupils between the ages of 16 and 18 get the grant.", "between the ages of 16 and 18",
     16, 16, 18, "range", "year"),
    ("Children aged between five and 11 took part.", "aged between five and 11", 5, 5, 11,
     "range", "year"),
    ("A retirement age of 65 applies.", "65", 65, None, None, "exact", None),
    ("Talks lasted 36 hours.", "36 hours", 36, None, None, "exact", "hour"),
    ("The strike lasted 5 hrs.", "5 hrs", 5, None, None, "exact", "hour"),
    ("A decision is due within twenty working days.", "within twenty working days", 20, None,
     None, "at_most", "working_day"),
    ("The ban is for two decades.", "two decades", 20, None, None, "exact", "year"),
    ("The race was won in 2:05:45.", "2:05:45", 7545, None, None, "exact", "second"),
    ("She finished third in 7:46.78.", "7:46.78", 466.78, None, None, "exact", "second"),
    ("She ran 100m in 10.49 seconds.", "10.49 seconds", 10.49, None, None, "exact", "second"),
    ("A one-year ban was imposed.", "one-year", 1, None, None, "exact", "year"),
    ("Pupils aged 11 sat the test.", "aged 11", 11, None, None, "exact", "year"),
]

# (sentence, text that must not be read as a quantity)
NOT_CLAIMS = [
    ("He left the country three decades ago.", "decades"),
    ("Profits fell in the first half of 2004.", "half"),
    ("The second half was goalless.", "half"),
    ("The plan would cut the deficit in half.", "half"),
    # a point or stretch of a match's clock
    ("He scored just before the half-hour mark.", "half-hour"),
    ("He might have scored on the half-hour.", "half-hour"),
    ("The letter is dated December 12, 2024.", "12"),
    ("The letter is dated December 12, 2024.", "2024"),
    ("The plant opened in 2020.", "2020"),
    ("Growth was 9.5%, well above 2003's 9.1%.", "2003"),
    ("Figures for 2012-13 were revised.", "2012"),
    ("Figures for 2012-13 were revised.", "13"),
    ("Prices peaked in mid-2004.", "2004"),
    ("The vote is on 5 May.", "5"),
    ("The summit ends on 12 December 2024.", "12"),
    ("The strike begins at 1200 GMT.", "1200"),
    ("Troops moved at 0600 hrs.", "0600"),
    ("The curfew starts at 2200h.", "2200"),
    ("The train left at 2.15pm.", "2.15"),
    ("Doors open at 3:30.", "3"),
    ("Doors open at 3:30.", "30"),
    ("The raid began at 3 a.m.", "3"),
    ("The curfew starts at 10pm.", "10"),
    ("He scored the 18th goal.", "18"),
    ("It finished first.", "first"),
    ("The G20 met in Rome.", "20"),
    ("Covid-19 cases fell.", "19"),
    ("SARS-CoV-2 spread fast.", "2"),
    ("The airline ordered a Boeing 737.", "737"),
    ("The Boeing 737-800 skidded off the runway.", "737"),
    ("Support for Internet Explorer 6 ended.", "6"),
    ("The STS-1 mission flew in April.", "1"),
    ("The A380 is the largest airliner.", "380"),
    ("It became a Category 5 storm.", "5"),
    ("The UK triggered Article 50.", "50"),
    ("The story ran on page 12.", "12"),
    # the second of a pair of places in a chart is a label too
    ("The two singles entered at number eight and 10 respectively.", "10"),
    ("The games debuted at number 11 and 12.", "12"),
    ("Call 020 7946 0000 for details.", "7946"),
    ("Call +44 20 7946 0958 now.", "44"),
    ("The law changed three years ago.", "three"),
    ("Sales were higher than a year earlier.", "a year"),
    ("The show runs from 6 to 9 January.", "6"),
    ("It was one of the largest fires.", "one"),
    ("One day he left.", "One"),
    ("The 1990s were good years.", "1990"),
    ("It has a 5G network.", "5"),
    ("Flight 370 vanished.", "370"),
    ("He lives at 10 Downing Street.", "10"),
    ("It was the Big Four auditor.", "Four"),
    ("He works on Formula One cars.", "One"),
    ("Results for 2019-20 are due.", "2019"),
    ("Data cover 2000 - 2050 in the model.", "2000"),
    ("The iPhone 15 went on sale.", "15"),
    ("It was the twenty-first attempt.", "twenty"),
    ("He won a third term.", "a third"),
    ("Day five of the trial began.", "five"),
    ("The price was 1e999 units.", "1e999"),
    ("The talks on 5-6 March failed.", "5"),
    ("The 9/11 attacks changed aviation.", "9/11"),
    ("The shop sells a 4K TV.", "4"),
    ("The charity chartered a Boeing 777F.", "777"),
    ("See example.com/search?q=30%25%2020% now.", "2020"),
    ("He visited a week later.", "a week"),
    ("Sixty shops had closed within a year.", "a year"),
    ("The 747, which carried shuttles for decades, was retired.", "747"),
    ("The 777-200LR can fly non-stop from London to Sydney.", "777"),
    ("Boeing's 787 Dreamliner is due to fly in 2008.", "787"),
    ("The airline ordered 10 737-800 planes.", "737"),
    ("The airline ordered 10 737-800 planes.", "800"),
    ("Halo 2 sells five million copies", "2"),
    ("Listeners tune in at four o'clock.", "four"),
    ("Rapper 50 Cent topped the chart.", "50"),
    ("The film 127 Hours won praise.", "127"),
]


def _mention(sentence: str, text: str) -> Quantity:
    """The quantity found in sentence whose text is exactly `text`."""
    found = find_quantities(sentence)
    matches = [q for q in found if q.text == text]
    assert matches, f"{text!r} not found; got {[q.text for q in found]}"
    return matches[0]


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-6)


@pytest.mark.parametrize("sentence,text,value,low,high,qualifier,unit", CASES)
def test_quantity_is_read_as_news_writes_it(sentence, text, value, low, high, qualifier, unit):
    """Each news phrasing gives the mention, value, bounds, qualifier and unit a reader expects."""
    q = _mention(sentence, text)
    assert sentence[q.start:q.end] == q.text
    assert _close(q.value, value), q
    assert _close(q.value_low, low) and _close(q.value_high, high), q
    assert q.qualifier == qualifier, q
    assert q.unit == unit, q


def test_table_is_large_enough():
    """The case table covers at least 150 news phrasings."""
    assert len(CASES) >= 150


@pytest.mark.parametrize("sentence,text", NOT_CLAIMS)
def test_not_a_claim(sentence, text):
    """Dates, times, ordinals, names, phone numbers and determiners give no quantity."""
    at = sentence.index(text)
    span = (at, at + len(text))
    found = find_quantities(sentence)
    assert not [q for q in found if q.start < span[1] and span[0] < q.end], found


@pytest.mark.parametrize(
    "text",
    [
        "1" * 5000,
        ",".join(["123"] * 3000),
        "9" * 400 + " billion dollars",
        "one " * 3000,
        "million " * 3000,
        "$" + "1," * 3000,
        "5 to " * 2000,
        "tens of " * 2000,
        "1e999 and 1e308 and 10e400",
    ],
)
def test_hostile_input_gives_finite_values(text):
    """Huge digit runs, repeated words and exponent strings yield no infinite or NaN value."""
    for q in find_quantities(text):
        assert math.isfinite(q.value)
        assert q.value_high is None or math.isfinite(q.value_high)


def test_huge_digit_run_is_skipped():
    """A 5,000-digit number is not a figure."""
    assert find_quantities("The code is " + "7" * 5000 + ".") == []


@pytest.mark.parametrize(
    "text",
    [
        "The club paid 77m euros (£53m; $100m) for 5-10% of a 75m yacht in 2020.",
        "Between 5 and 10 people, tens of thousands of fans and two-thirds of 600m shares.",
        "Over 1.5 million landmines, 3-5 percent, $3 per gigajoule and 1200 GMT.",
    ],
)
def test_mentions_are_exact_sorted_and_disjoint(text):
    """Offsets slice the input exactly; mentions come in order and never overlap."""
    found = find_quantities(text)
    assert found
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.start <= q.number_start < q.number_end <= q.end
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


_NEWSY = st.lists(
    st.sampled_from([
        "5", "1,500", "2.5", "2020", "£", "$", "US$", "m", "bn", "k", "million", "%", " ",
        "per cent", "-", "–", " to ", " and ", "between ", "about ", "over ", "one", "a",
        "third", "half", "tens of thousands", "years", " ago", "C", "(", ")", ";", ".", ",",
        "\u202f", "000", "/", ":", "pm", "th", "G", "Covid-", "a day", "per", "0", "\n",
    ]),
    max_size=40,
).map("".join)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(st.one_of(_NEWSY, st.text(max_size=80)))
def test_any_text_gives_exact_disjoint_finite_mentions(text):
    """Whatever the input, mentions slice it exactly, in order, without overlap, finite."""
    found = find_quantities(text)
    for q in found:
        assert text[q.start:q.end] == q.text
        assert math.isfinite(q.value)
        assert q.value_high is None or q.value_low is not None and q.value_low < q.value_high
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


@pytest.mark.parametrize(
    "table", [CURRENCY_PREFIXES, CURRENCY_WORDS, MEASURE_WORDS, MEASURE_SYMBOLS, RATE_DENOMINATORS]
)
def test_every_written_form_maps_to_a_known_unit(table):
    """Every alias in the unit tables resolves to a canonical unit."""
    assert [name for name in table.values() if not is_known_unit(name)] == []


# Units whose name alone does not state them: decades and centuries are read in years, a
# fraction and a magnitude are written differently ("3 in 10", "magnitude 6.3").
_NOT_WRITTEN_BY_NAME = {"century", "decade", "fraction", "magnitude"}


@pytest.mark.parametrize("unit", sorted(UNITS - _NOT_WRITTEN_BY_NAME))
def test_every_unit_is_read_by_its_singular_name(unit):
    """'1 gigabyte', '1 millisecond', 'a 100 watt bulb': the singular of every unit."""
    name = "pound" if unit == "pound_mass" else unit.replace("_", " ")
    text = f"It came to 1 {name} in all."
    assert [(q.text, q.unit) for q in find_quantities(text)] == [(f"1 {name}", unit)]


@pytest.mark.parametrize(
    "name,known",
    [
        ("USD", True), ("GBX", True), ("percent", True), ("square_kilometre", True),
        ("barrel/day", True), ("USD/gigajoule", True), ("dollar bit newton", False),
        ("USD/widget", False), ("", False), (None, False), ("metre/", False),
    ],
)
def test_is_known_unit(name, known):
    """Canonical names and rates of them are known; compounds of unrelated words are not."""
    assert is_known_unit(name) is known


def _seed_gold() -> list[dict]:
    path = ROOT / "gold" / "azerbaijan-landmines.jsonl"
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in rows if not r.get("optional")]


@pytest.mark.parametrize("gold", _seed_gold(), ids=lambda g: f"{g['start']}:{g['text']}")
def test_seed_article_figures(gold):
    """Every required figure of the seed article is found with its gold value, unit, qualifier."""
    text = (ROOT / "corpus" / "azerbaijan-landmines.txt").read_text(encoding="utf-8")
    found = [
        q for q in find_quantities(text)
        if q.start < gold["end"] and gold["start"] < q.end and _close(q.value, gold["value"])
    ]
    assert found, gold["text"]
    q = found[0]
    assert (q.unit, q.qualifier) == (gold["unit"], gold["qualifier"])
    assert _close(q.value_low, gold["value_low"]) and _close(q.value_high, gold["value_high"])
    assert q.text == gold["text"]


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("Shells hit the area near police posts 542 and 543 on Friday.", []),
        ("He scored in games 3 and 4 of the final series.", []),
        ("The band sold 6 million copies.", [6e6]),
        ("In the following years 30 people died in the camps.", [30.0]),
        ("The death toll 33 was confirmed by police.", [33.0]),
        # a score's first side right after what was won is no label ("game 3")
        ("Rovers, who won the match 4-0, went top.", [4.0, 0.0]),
        ("Spurs 2-1 Hearts", [2.0, 1.0]),
        ("He has won the league title twice.", [2.0]),  # "twice" never labels a noun
        # a bare number a word of naming introduces is a name
        ("The firm dropped a diabetes drug, known as '504, after poor trial results.", []),
        ("The new chip, codenamed 486, ships next year.", []),
        ("The club has called 12 players into the squad.", [12.0]),
    ],
)
def test_number_after_a_noun_labels_it(nlp, sentence, values):
    """A bare number right after a common noun names the thing (posts 542), not a count."""
    from claimx.quantities import drop_labels

    kept = drop_labels(nlp(sentence), find_quantities(sentence))
    assert [q.value for q in kept] == values


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Tunisia lost 1 – 2 to England in the second half.", [("1", None), ("2", None)]),
        ("Group F — Sweden 1 – 0 Korea Republic", [("1", None), ("0", None)]),
        ("Chelsea won 2-1 at home.", [("2", None), ("1", None)]),
        ("Groups of 4-6 people met.", [("4-6", 4.0)]),
        ("He scored 1-2 goals a game.", [("1-2", 1.0)]),
        # one of a run of set scores, or a tie-break after its set, with no word of a match
        # report near: "3-6" is a lost set, not three to six
        ("Jones edged past Smith 6-4 3-6 7-6.",
         [("6", None), ("4", None), ("3", None), ("6", None), ("7", None), ("6", None)]),
        ("Lee outlasted Park 6-7 (2-7) 6-1.",
         [("6", None), ("7", None), ("2", None), ("7", None), ("6", None), ("1", None)]),
    ],
)
def test_a_score_is_two_counts_a_range_of_things_is_one(sentence, expected):
    """Small numbers joined by a dash in a match report are the two sides of a score."""
    assert [(q.text, q.value_low) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rates rose twice last year.", [("twice", 2.0, "exact")]),
        ("Sales were almost twice as high as forecast.", [("almost twice", 2.0, "approx")]),
        ("Savers will think twice before they deposit cash.", []),
    ],
)
def test_twice_is_a_count_of_two(sentence, expected):
    """"twice" is a figure of two (times, or a multiple), with its qualifier; the idiom
    "think twice" is not."""
    assert [(q.text, q.value, q.qualifier) for q in find_quantities(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Earnings more than doubled in 2004.", [("more than doubled", 2.0, "over")]),
        ("The bank is halving its dividend.", [("halving", 0.5, "exact")]),
        ("Costs could triple by 2010.", [("triple", 3.0, "exact")]),
        ("They hope to quadruple the firm's output.", [("quadruple", 4.0, "exact")]),
        # a qualifier between the modal or "to" and the verb; "to" before when or from what
        ("Exports should more than double in value.", [("more than double", 2.0, "over")]),
        ("Sales are expected to double by 2010.", [("double", 2.0, "exact")]),
        # a multiple before what it is compared with
        ("Its debt is almost double that figure.", [("almost double", 2.0, "approx")]),
        ("Prices rose to triple the level of 1995.", [("triple", 3.0, "exact")]),
        # not a modifier after a determiner: "the double the club won"
        ("They won the double the year before.", []),
        # not a noun, an adjective, a phrasal verb, or a score told again
        ("She won the doubles title and stormed to double gold.", []),
        ("The two halves were tense.", []),
        ("The hall is doubling as a gym.", []),
        ("Smith doubled their lead.", []),
        # a multiple in "-fold", written out or with a number
        ("Downloads rose more than tenfold.", [("more than tenfold", 10.0, "over")]),
        ("It reported a 10-fold rise in sales.", [("10-fold", 10.0, "exact")]),
    ],
)
def test_a_multiplication_verb_states_a_ratio(sentence, expected):
    """"doubled", "halving", "could triple", "tenfold": a ratio (gold/GUIDELINES.md,
    `fraction`)."""
    found = find_quantities(sentence)
    assert [(q.text, q.value, q.qualifier) for q in found] == expected
    assert all(q.unit == "fraction" for q in found)
