"""Finding numbers with their units in raw text and normalising value, bounds, qualifier, unit."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from claimx.units import (
    CURRENCY_CODES,
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    MEASURE_SYMBOLS,
    MEASURE_WORDS,
    RATE_DENOMINATORS,
    WRITTEN_CODES,
    unit_kind,
)


@dataclass(frozen=True)
class Quantity:
    """A quantity mention found in text; offsets index the text given to find_quantities."""

    start: int  # mention start, qualifier words and currency symbol included
    end: int  # mention end (exclusive), scale word and unit included
    text: str  # text[start:end]
    value: float
    number_start: int  # span of the numeric core ("1.5 million" in "Over 1.5 million")
    number_end: int
    value_low: float | None = None
    value_high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None  # canonical unit (units.py), None for a bare count
    unit_text: str | None = None  # the unit as written
    kind: str = "count"  # count | money | percent | measure | duration | fraction | vague


# Horizontal white space, no line breaks: a number never joins its unit across lines.
_S = r"[^\S\r\n]"
# Runs of it, bounded: news never pads a figure with more, and a bound keeps a failed match
# from backtracking through a hostile run of blanks.
_SP = _S + "{1,4}"
_SQ = _S + "{0,4}"
# Longer digit runs are identifiers, hashes or hostile input, never news figures.
_MAX_DIGITS = 21


def _alternation(words: Iterable[str]) -> str:
    """Regex alternation of literal phrases, longest first, internal spaces as any h-space."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", _SP) for w in ordered)


_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "crore": 1e7,
}
_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
_NUMWORD = _alternation(list(_SMALL) + list(_TENS))
_ANYWORD = _alternation(list(_SMALL) + list(_TENS) + list(_SCALES) + ["dozen"])

# Vague amounts: (low, high) per gold/GUIDELINES.md, the pattern "2 to 9 of the unit".
_VAGUE = {
    "dozens": (24.0, 108.0), "hundreds": (200.0, 900.0), "thousands": (2e3, 9e3),
    "millions": (2e6, 9e6), "billions": (2e9, 9e9), "decades": (20.0, 90.0),
    "several": (3.0, 9.0), "tens of thousands": (2e4, 9e4),
    "hundreds of thousands": (2e5, 9e5), "tens of millions": (2e7, 9e7),
    "hundreds of millions": (2e8, 9e8), "tens of billions": (2e10, 9e10),
    "hundreds of billions": (2e11, 9e11),
}

# Units that "a"/"an" can count as one, said with a qualifier: "under a hectare", "nearly a
# decade", "more than a year".
_ARTICLE_UNITS = (
    "year|month|week|day|hour|minute|decade|century|mile|kilometre|kilometer|hectare|acre"
    "|metre|meter|foot|tonne|ton|barrel|litre|gallon|dollar|pound|euro"
)
# Every alternative of _CORE starts with a digit, a decimal point or one of these letters at the
# start of a word; checking that first keeps the scan over ordinary text cheap.
_FIRST_LETTERS = "".join(sorted({
    ch for w in [*_SMALL, *_TENS, *_VAGUE, "a", "an", "half", "quarter"]
    for ch in (w[0], w[0].upper())
}))
_CORE = re.compile(
    rf"""
    (?=\d|\.\d|(?<![^\W\d_])[{_FIRST_LETTERS}])
    (?:(?P<phrase>\b(?:(?:a|an){_SP}(?:hundred|thousand|million|billion|trillion|dozen)
        |(?:a{_SP})?(?:half|quarter){_SP}(?:(?:of{_SP})?an?{_SP})?(?:million|billion|trillion)
        |half{_SP}an?{_SP}dozen)\b
        (?:(?:-|{_SP}(?:and{_SP})?)(?:{_ANYWORD})\b){{0,12}})
    |(?P<frac>\b(?P<fnum>a|an|one|two|three|four|five|six|seven|eight|nine|\d)(?P<fsep>-|{_SP})
        (?P<fden>{_alternation(_DENOMINATORS)})\b)
    |(?P<half>\bhalf\b(?!-(?!hour\b)))
    |(?P<article>\b(?:a|an)(?={_SP}(?:{_ARTICLE_UNITS})\b))
    |(?P<vague>\b(?:(?:tens|hundreds){_SP}of{_SP}(?:thousands|millions|billions)
        |several(?:{_SP}(?:hundred|thousand|million|billion))?
        |dozens|hundreds|thousands|millions|billions|decades)\b)
    |(?P<words>\b(?:{_NUMWORD})\b(?:(?:-|{_SP}(?:and{_SP})?)(?:{_ANYWORD})\b){{0,12}})
    |(?P<slash>(?<![\d.,/])(?P<sn>\d{{1,2}})/(?P<sd>\d{{1,2}})(?![\d/]))
    |(?P<digits>(?<![\d_])(?<!\d[.,])
        (?:\d{{1,3}}(?:[,\u202f\u00a0'’]\d{{3}})+(?![\d])
        |\d{{1,3}}(?:\ \d{{3}})+(?!\d|[,.]\d|-\d)
        |\d+
        |(?<![\w.])(?=\.\d))
        (?:\.\d+)?))
    """,
    re.X | re.I,
)

_QUALIFIERS = {
    "about": "approx", "approximately": "approx", "around": "approx", "nearly": "approx",
    "almost": "approx", "roughly": "approx", "some": "approx", "an estimated": "approx",
    "estimated": "approx", "close to": "approx", "circa": "approx", "~": "approx",
    "over": "over", "more than": "over", "above": "over", "in excess of": "over",
    "upwards of": "over", "just over": "over", "well over": "over", "just above": "over",
    "greater than": "over", "larger than": "over", "higher than": "over", "exceeded": "over",
    "exceeding": "over", "exceeds": "over", "exceed": "over", "surpassed": "over",
    "surpasses": "over", "surpass": "over",
    "surpassing": "over", "near": "approx", "smaller than": "under", "lower than": "under",
    "within": "at_most",
    "under": "under", "less than": "under", "fewer than": "under", "below": "under",
    "just under": "under", "just below": "under", "well under": "under",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least",
    "a minimum of": "at_least", "up to": "at_most", "at most": "at_most",
    "no more than": "at_most", "a maximum of": "at_most",
    # the size a figure could reach: "as many as 500 people", "could last as long as a year";
    # or fall to: "for as little as 70p"
    "as many as": "at_most", "as much as": "at_most", "as long as": "at_most",
    "as high as": "at_most", "as few as": "at_least", "as little as": "at_least",
    "as low as": "at_least",
}
_QUAL_LEFT = re.compile(
    rf"(?:(?<![\w])(?P<q>(?i:{_alternation(set(_QUALIFIERS) - {'~'})})){_SP}|(?P<t>~){_SQ})$"
)
_PREFIX_LEFT = re.compile(
    rf"(?:(?<![^\W\d_])(?P<p>{_alternation(CURRENCY_PREFIXES)})|(?<![\w])(?P<c>[Cc]){_S}?\$"
    rf"|(?<![\w])(?P<hk>(?i:hk|nt|nz|mex)){_S}?\$|(?<![\w])(?P<code>{_alternation(WRITTEN_CODES)}))"
    rf"{_S}?$"
)
_PREFIX_RIGHT = re.compile(rf"(?:{_alternation(CURRENCY_PREFIXES)}){_S}?")
_SIGN_LEFT = re.compile(rf"(?:(?<![\w\d.,])[-−]|(?<![\w])(?i:minus|negative){_SP})$")
_MAGNITUDE_LEFT = re.compile(rf"(?<![\w])(?i:magnitude)(?:{_SP}of{_SP}|{_SP}|-)$")
_QUAKE_RIGHT = re.compile(rf"{_SP}(?i:earthquake|quake|tremor|aftershock)s?\b")
# Race and record times: h:mm:ss, or m:ss.xx (clock times never carry fractions of a second).
_HMS = re.compile(
    r"(?:(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)"
    r"|(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d+))(?![\d:])"
)
# "aged 27", "at the age of 27" (not "a retirement age of 65": a threshold, named by its noun)
_AGED_LEFT = re.compile(
    rf"(?<![\w])(?:(?i:aged|age|(?<=[Tt]he )ages?{_SP}of)(?P<between>{_SP}between)?){_SP}$"
)
_BETWEEN_LEFT = re.compile(rf"(?<![\w])(?i:between){_SP}$")
_BETWEEN_THE_LEFT = re.compile(rf"(?<![\w])(?i:between){_SP}(?i:the){_SP}$")
# Boeing's airliners go by number: "the 747", "a 777 jet".
_AIRLINER = re.compile(r"7[0-8]7")
_THE_LEFT = re.compile(rf"(?<![\w])(?i:the|a|its|their|\w+['’]s){_SP}$")  # "Boeing's 787"
_MODEL_RIGHT = re.compile(
    rf"(?:{_SQ}[,.;:)]|{_SP}(?i:and|or|which|that|was|is|has|had|will|jet|jets|jumbo|airliner"
    rf"|aircraft|plane|planes|freighter|fleet|dreamliner)\b|{_SQ}\Z)"
)
_LENGTH_LEFT = re.compile(
    rf"(?<![\w])(?i:take|takes|took|taking|taken|last|lasts|lasted|lasting|for"
    rf"|(?:delayed|extended|postponed|cut|shortened|lengthened){_SP}by){_SP}$"
)
_RELATIVE_RIGHT = re.compile(rf"{_SP}(?i:ago|later|earlier|before|after|from|since)\b")
_FROM_LEFT = re.compile(rf"(?<![\w])(?i:from){_SP}$")
# "range from ten to 32 pages" spans a range; "rose from 10 to 32" is a change.
_SPREAD_FROM_LEFT = re.compile(
    rf"(?<![\w])(?i:range|ranges|ranged|ranging|vary|varies|varied|varying){_SP}(?P<from>(?i:from)){_SP}$"
)
_CHANGE_LEFT = re.compile(
    rf"(?<![\w])(?i:rose|rise|rises|rising|risen|fell|fall|falls|falling|fallen|grew|grow|grows"
    rf"|growing|grown|jumped|jump|jumps|increased|increase|increases|decreased|decrease|dropped"
    rf"|drop|drops|climbed|climb|slipped|slid|gained|gain|lost|declined|decline|slumped|surged"
    rf"|soared|plunged|tumbled|cut|raised|raise|lowered|added|adding|adds|shed|sheds|shedding"
    rf"|gaining|losing|by|up|down)"
    # with the words that size a change between it and the figure: "lost more than $2 to
    # $43.25", "rose a higher than expected 17,000 to 4.483 million" (a change, then a level)
    rf"(?:{_SP}(?i:(?:more|less|fewer){_SP}than|about|around|almost|nearly|just|only|another"
    rf"|an?{_SP}(?:higher|lower|bigger|smaller|larger|better|worse)[-\s]than[-\s]"
    rf"(?:expected|forecast|anticipated)))?{_SP}$"
)
_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
# "December 12", "Dec. the 12th"; not "In January, 40% said" (a comma ends the date).
_MONTH_LEFT = re.compile(rf"(?<![\w])(?:{_MONTHS})\.?{_SP}(?:the{_SP})?$")
# ... also the first day of a span: "from 6 to 9 January", "on 6 and 7 May".
_MONTH_RIGHT = re.compile(
    rf"(?:st|nd|rd|th)?(?:(?:[-–]|{_SP}(?:to|and|or|until|till){_SP})\d{{1,2}}(?:st|nd|rd|th)?)?"
    rf"(?:{_SP}of)?{_SP}(?:{_MONTHS})\b"
)
_TIME_RIGHT = re.compile(
    rf"(?:{_S}?(?i:[ap]\.m\.|[ap]m\b|[ap]\.m\b)|{_SP}(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET)\b"
    rf"|{_SP}(?i:o'clock|o’clock|local time)\b)"
)
_MILITARY_RIGHT = re.compile(rf"{_S}?h(?:rs)?\b")  # 1200h, 0900 hrs
_COLON_RIGHT = re.compile(r":\d")  # 3:30, and ratios such as 3:1
_IDENT_RIGHT = re.compile(r"(?:[./:]\d+(?:[./:-]\d+)*|-\d+-\d+)")
_YEAR_RANGE = re.compile(rf"{_SQ}[-–/]{_SQ}(?:1[89]|20)\d\d(?!\d)")
_AGE_UNITS = frozenset(("year", "month", "week", "day"))
_DURATION_UNITS = frozenset(
    ("year", "month", "week", "day", "working_day", "hour", "minute", "second")
)
_TOKEN_TAIL = re.compile(r"[\w'’.,:/-]*\w")
_AGO_RIGHT = re.compile(rf"{_SP}(?i:ago)\b")  # deictic: "three years ago" is a date
_EARLIER_RIGHT = re.compile(rf"{_SP}(?i:earlier)\b")
# "and a half", spaced or hyphenated as one compound ("two-and-a-half years").
_AND_HALF = re.compile(
    rf"(?:{_SP}and{_SP}(?:(?:a|one){_SP}(?P<part>half|third|quarter)|three{_SP}quarters)"
    r"|-and-(?:(?:a|one)-(?P<hpart>half|third|quarter)|three-quarters))\b", re.I
)
# Currencies news writes cents of: "22 euro cents", "65 Canadian cents".
_CENTED = {
    "euro": "EUR", "euros": "EUR", "canadian": "CAD", "australian": "AUD",
    "new zealand": "NZD", "hong kong": "HKD", "singapore": "SGD",
}
_FOREIGN_CENTS = re.compile(
    rf"{_SP}(?P<cur>(?i:{'|'.join(name.replace(' ', _SP) for name in _CENTED)}))"
    rf"{_SP}(?i:cents?)\b"
)
_COUNTED_PER = re.compile(rf"(?:{_SP}[a-z][a-z-]*){{1,3}}(?={_SP}per{_SP})")
_PARTS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, None: 0.75}
_MIXED = re.compile(rf"{_SP}(?P<n>\d)/(?P<d>\d{{1,2}})(?![\d/])")
_IN_FRACTION = re.compile(
    rf"{_SP}(?:in{_SP}(?:every{_SP})?|out{_SP}of{_SP}(?:every{_SP})?|(?P<per>per){_SP})"
    rf"(?:a{_SP}|one{_SP})?(?P<den>\d{{1,3}}(?:,\d{{3}})+(?![\d])|\d{{1,7}}(?![\d,.])"
    rf"|{_NUMWORD}|hundred|thousand|million)\b",
    re.I,
)
_SCALE = re.compile(
    rf"(?P<gap>{_S}?|-)(?:(?P<word>(?i:thousand|million|billion|trillion|lakh|crore))\b"
    rf"|(?P<abbr>bn|Bn|BN|bln|mn|mln|Mn|MM|tn|trn|Tn|k|K|m|M|b|B)(?![^\W_]))"
)
_TIMES_YEAR = {"decade": 10, "century": 100}


def _time_unit(word: str) -> tuple[str, float]:
    """A unit of time as records give it, and what one of it is in that unit: decades and
    centuries are counted in years, as gold/GUIDELINES.md does ("four decades" -> 40 years)."""
    word = word.lower()
    return ("year", float(_TIMES_YEAR[word])) if word in _TIMES_YEAR else (word, 1.0)

_ABBR_SCALE = {
    "bn": 1e9, "Bn": 1e9, "BN": 1e9, "bln": 1e9, "b": 1e9, "B": 1e9, "mn": 1e6, "mln": 1e6,
    "Mn": 1e6, "MM": 1e6,
    "m": 1e6, "M": 1e6, "tn": 1e12, "trn": 1e12, "Tn": 1e12, "k": 1e3, "K": 1e3,
}

# Units written after a number. "pounds" is decided in context (money or weight).
_WORD_UNITS = {
    **MEASURE_WORDS, **CURRENCY_WORDS, "percentage": "percent", "magnitude": "magnitude",
    "pounds": "?pound", "pound": "?pound",
}
_SUFFIX_SYMBOLS = {
    **MEASURE_SYMBOLS, "p": "GBX", "元": "CNY", "€": "EUR", "₡": "CRC", "₾": "GEL", "₭": "LAK",
    "ரூ": "LKR", "₹": "INR", "₦": "NGN", "₽": "RUB",
}
# Single letters and other symbols that are English words or punctuation when spaced out.
_GLUED_ONLY = {"in", "t", "l", "L", "g", "W", "C", "F", "mi", "p", "pp", "bp", "pc"}
_UNIT_RIGHT = re.compile(
    rf"(?P<gap>{_S}?|-)(?:(?P<word>(?i:{_alternation(_WORD_UNITS)}))(?![^\W_])"
    rf"|(?P<sym>{_alternation(_SUFFIX_SYMBOLS)})(?![^\W_])"
    rf"|(?P<code>{_alternation(WRITTEN_CODES)})\b)"
)
_ADDRESS_RIGHT = re.compile(
    rf"{_SP}[A-Z][a-z]+{_SP}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Square|Place)\b"
)
_AGE_RIGHT = re.compile(rf"(?:{_SP}old|-old|{_SP}of{_SP}age)\b", re.I)
_RATE_RIGHT = re.compile(
    rf"{_SQ}(?:(?<![\w])(?i:per|a|an|each|every){_SP}|/{_SQ})"
    rf"(?P<den>(?i:{_alternation(RATE_DENOMINATORS)}))(?![^\W_])"
    rf"(?!{_SP}(?i:ago|earlier|later|before|after|on|old)\b)"
)
_PROPER_UNITS = frozenset(("celsius", "fahrenheit", "centigrade", "celcius", "farenheit"))
_POUND_MONEY_RIGHT = re.compile(
    # "pounds sterling"; a rate against another currency: "one pound buying $1.91"
    rf"{_SP}(?i:sterling\b|(?:buying|bought|buys|worth|fetching|fetched|=){_SP}[$€¥])")
# A verb or noun of paying right before the number: "pay five pounds for a ticket", "cost just
# two pounds" (weights are weighed, lost or gained, never paid).
_POUND_MONEY_LEFT = re.compile(
    r"\b(?i:pay|pays|paid|paying|cost|costs|costing|charge[ds]?|charging|spen[dt]|spending"
    r"|fined?|fines|earn(?:s|ed|ing)?|priced?|fee|fees|worth|sold|bought|donated?|wages?"
    r"|salary|salaries)"
    rf"(?:{_SP}(?i:of|just|only|around|about|some|nearly|almost|over|under|up{_SP}to|less{_SP}than"
    rf"|more{_SP}than|an{_SP}extra|a{_SP}further|another))?{_SP}\Z")
_SCALED_WON = re.compile(rf"{_SP}won\b")
_PLUS_RIGHT = re.compile(r"-plus\b", re.I)
# "half a percentage point", "a quarter of a percentage point", "a quarter point rise",
# "a half-point cut": a part of a point (a bare "point" is a percentage point).
_POINT_PART = re.compile(
    rf"(?i)(?:{_SP}(?:of{_SP})?an?{_SP}|{_SP}|-)"
    rf"(?P<unit>(?:percentage|basis){_SP}point|point)\b(?!s|-?\d)"
)
# A number right before a plural scale or period word ("three decades") owns that word.
_COUNTING_WORDS = "two three four five six seven eight nine ten".split()
_COUNTED_BEFORE = re.compile(rf"(?i)(?:\d|\b(?:{'|'.join(_COUNTING_WORDS)})){_SP}\Z")
_PHRASE_LEAD = re.compile(r"(?i)(?:a\s+)?(?P<part>half|quarter)\s+(?:(?:of\s+)?an?\s+)?|an?\s+")
_SLASH_DENOMINATORS = frozenset((2, 3, 4, 5, 6, 8, 10, 12, 16))
_SPACES = re.compile(r"\s+")
_WORD_TOKENS = re.compile(r"[A-Za-z]+|[-\s]+")
_SEPARATORS = re.compile(r"[,\u202f\u00a0'’ ]")
_ARTICLE_NEXT = re.compile(rf"{_SP}an?\b")
# A length of time of which "half" is taken: "half an hour", "half a century", "a half-hour
# programme"; not a point or stretch of a match ("on the half-hour", "the half-hour mark",
# "the first half-hour").
_HALF_TIME = re.compile(
    rf"(?i)(?:{_SP}an?{_SP}|-)(?P<u>second|minute|hour|day|week|month|year|decade|century)\b"
    rf"(?!-|{_SP}mark\b)")
_HALF_HOUR_POINT = re.compile(
    rf"(?i)\b(?:on{_SP}the|first|second|last|opening|final|closing){_SP}\Z")
# A currency word that names an area: "the 12 euro zone countries".
_ZONE_RIGHT = re.compile(r"(?i)[ -]?zone\b")
# What follows a bare "half" that takes a share of a whole: "half of", "half the", "half its".
_SHARE_NEXT = re.compile(rf"(?i){_SP}(?:of|the|its|their|his|her|our|your|all|these|those)\b")
# Words before "half" that make it a period or a part of a match: "the first half of 2004".
_HALF_OF_TIME = re.compile(
    rf"(?i)\b(?:first|second|latter|former|last|next|this|that|the|a|one|each|every|in)"
    rf"{_SP}\Z"
)
_OF_NEXT = re.compile(rf"{_SP}of\b")
_LEADING_ZERO = re.compile(r"0\d")
_DASHED_ID = re.compile(r"-\d+-\d")
_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
_MONTH_WORD = re.compile(rf"(?:{_MONTHS})\.?")
# "twenty-first", "ninety-ninth"; not "three-month", "two-length", "four-strength".
_ORDINAL_TAIL = re.compile(
    r"-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|[a-z]+teenth|[a-z]+tieth|hundredth|thousandth|millionth|billionth)\b",
    re.I,
)
_MINOR_UNITS = {"USD": "USX", "GBP": "GBX"}
_MINOR_SEP = re.compile(rf",?{_SP}(?:and{_SP})?")
_CONVERSION_GAP = re.compile(rf"{_SQ}[(\[;]{_SQ}")
_RANGE_SEP = re.compile(rf"(?:{_SQ}(?P<dash>[-–—]){_SQ}|{_SP}(?P<w>(?i:to|and|or)){_SP})")
_NEXT_WORD = re.compile(rf"{_SQ}(?P<w>[A-Za-z]+)")
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}[\s.-]?(?:\(\d{1,5}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,5}){1,4}"
    r"|\(\d{2,5}\)[\s.-]?\d{3,4}[\s.-]?\d{3,4}|0\d{2,4}[\s-]\d{3,4}[\s-]?\d{3,4}"
    r"|\d{3}-\d{3}-\d{4})(?![\w])"
)
_PREV_WORD = re.compile(r"(?P<w>[A-Za-z][\w&'’.-]*)" + _S + r"$")
# A number closing its phrase: "... and 10 respectively.", "... and 10,".
_NUMBER_END = re.compile(r"\d+(?:" + _S + r"+respectively)?" + _S + r"*(?:[,.;:)]|$)")
# A label word with its number, right before "and"/"or": "number eight and 10".
_PREV_LABELLED = re.compile(r"(?P<w>[A-Za-z][\w&'’.-]*)" + _S + r"(?:\d+|[a-z]+)" + _S + r"$")
_SENTENCE_START = re.compile(rf"(?:^|[.!?:;\"“”(\n]){_SQ}$")
# Words that name a numbered thing: "page 12", "exit 436", "No 10".
_LABEL_WORDS = frozenset(
    """
    page pages chapter section article clause number no no. route flight room exit highway
    junction platform gate line level grade tier phase stage season series episode version
    vol volume part rule act category class type model bus track lane block item figure
    day week round game match lap leg heat group
    table step option question row seat district ward zone sector camp apartment suite
    channel squad shirt resolution paragraph amendment hall terminal bay pier
    """.split()
)
# Capitalised words that are grammar, not names, before a number.
_NOT_NAMES = frozenset(
    """
    the a an in on at of by for from to with and but or only just all some about over under
    around nearly almost roughly approximately another its their his her our my your last
    next this that these those every each since after before during until between up down
    even still so then when while if as than now yet both more less fewer into across among
    against within without per via also there here where what which who whose how why we
    they he she it i you plus minus including total same top estimated aged age barely
    monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr perhaps maybe
    exactly precisely fully meanwhile however overall altogether today yesterday tomorrow
    instead already nevertheless moreover furthermore additionally separately elsewhere
    later earlier currently recently
    """.split()
)
_PLURAL_IRREGULAR = frozenset(
    "people children men women staff police cattle sheep fish livestock personnel".split()
)
_MILLION_NEXT = frozenset("more fewer extra additional new other".split())


def _norm(phrase: str) -> str:
    """A phrase with each run of white space as one plain space, as the tables spell it."""
    return _SPACES.sub(" ", phrase)


def _float(digits: str) -> float | None:
    """A float from a digit string with separators; None when too long to be a figure."""
    clean = _SEPARATORS.sub("", digits)
    if sum(ch.isdigit() for ch in clean) > _MAX_DIGITS:
        return None
    try:
        value = float(clean)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _parse_words(text: str) -> tuple[float, int] | None:
    """Value of spelled-out number words at the start of `text` and how many chars they use."""
    total = 0.0
    current = 0.0
    last = ""  # kind of the last word: small, tens, scale, and
    used = 0
    for m in _WORD_TOKENS.finditer(text):
        token = m.group().lower()
        if not token.isalpha():
            continue
        if token == "and":
            if last != "scale":
                break
            last = "and"
            continue
        if token in _SMALL:
            if last in ("small",) or (last == "tens" and current % 10):
                break
            current += _SMALL[token]
            last = "small"
        elif token in _TENS:
            if last in ("small", "tens"):
                break
            current += _TENS[token]
            last = "tens"
        elif token in _SCALES or token == "dozen":
            if last == "and":
                break
            factor = 12.0 if token == "dozen" else _SCALES[token]
            if last == "scale" and not current and total:
                total *= factor  # "three lakh crore", "a thousand million"
            elif token == "hundred":
                current = (current or 1.0) * factor
            else:
                total += (current or 1.0) * factor
                current = 0.0
            last = "scale"
        else:
            break
        used = m.end()
    if not used:
        return None
    value = total + current
    return (value, used) if math.isfinite(value) else None


@dataclass
class _Part:
    """One number with what follows it: the working state of a mention being read."""

    value: float
    num_start: int
    num_end: int
    end: int
    scaled: bool = False
    unit: str | None = None
    unit_text: str | None = None
    spelled: bool = False
    digits: str = ""
    titled: bool = False


def _read_core(text: str, pos: int, anchored: bool) -> tuple[re.Match[str], _Part] | None:
    """The next number core at (anchored) or after pos, parsed; None when there is none."""
    m = _CORE.match(text, pos) if anchored else _CORE.search(text, pos)
    if m is None:
        return None
    s, e = m.span()
    if m.group("digits"):
        value = _float(m.group("digits"))
        if value is None:
            return m, _Part(math.nan, s, e, e)
        part = _Part(value, s, e, e, digits=m.group("digits"))
        mixed = _MIXED.match(text, e)
        if mixed and 0 < int(mixed["n"]) < int(mixed["d"]):
            part.value += int(mixed["n"]) / int(mixed["d"])
            part.num_end = part.end = mixed.end()
        return m, part
    if m.group("slash"):
        num, den = int(m["sn"]), int(m["sd"])
        # Only the denominators news writes fractions with: "9/11" and "24/7" are names.
        value = num / den if 0 < num < den and den in _SLASH_DENOMINATORS else math.nan
        return m, _Part(value, s, e, e)
    if m.group("article"):
        return m, _Part(1.0, s, e, e, spelled=True)
    if m.group("words") or m.group("phrase"):
        phrase = m.group()
        lead = _PHRASE_LEAD.match(phrase)
        parsed = _parse_words(phrase[lead.end():] if lead else phrase)
        if parsed is None:
            return m, _Part(math.nan, s, e, e)
        value, used = parsed
        if lead and lead["part"]:
            value *= 0.5 if lead["part"].lower() == "half" else 0.25
        end = s + (lead.end() if lead else 0) + used
        return m, _Part(value, s, end, end, spelled=True, scaled=value >= 1000)
    return m, _Part(math.nan, s, e, e)


def _is_plural_noun(word: str) -> bool:
    """Whether a lower-case word reads as a plural count noun ("shares", "people")."""
    w = word.lower()
    if w in _PLURAL_IRREGULAR or w in _MILLION_NEXT:
        return True
    return len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))


def _currency_follows(text: str, pos: int) -> bool:
    """Whether a currency word or code starts at pos (after optional space)."""
    u = _UNIT_RIGHT.match(text, pos)
    if u is None or u.group("gap") == "-":
        return False
    name = _unit_name(u)
    return name is not None and name in CURRENCY_CODES


def _unit_name(u: re.Match[str]) -> str | None:
    """Canonical unit for a _UNIT_RIGHT match (money/weight "pounds" left as '?pound')."""
    if u.group("word"):
        return _WORD_UNITS[_norm(u.group("word").lower())]
    if u.group("sym"):
        return _SUFFIX_SYMBOLS.get(_norm(u.group("sym")))
    return u.group("code")


def _half_share(half: re.Match[str]) -> float:
    """The part an _AND_HALF match adds: a half, third or quarter, or three quarters."""
    part = half["part"] or half["hpart"]
    return _PARTS[part and part.lower()]


def _read_tail(text: str, part: _Part, currency: str | None) -> None:
    """Extend part over "and a half", a scale word and a unit written after the number."""
    half = _AND_HALF.match(text, part.end) if not part.scaled else None
    if half:  # "one and a half million": the part joins the number before the scale
        part.value += _half_share(half)
        part.num_end = part.end = half.end()
    sc = _SCALE.match(text, part.end)
    if sc and not (part.spelled and sc.group("abbr")):
        factor = _scale_factor(text, sc, currency, part)
        if factor:
            part.value *= factor
            part.scaled = True
            part.num_end = part.end = sc.end()
    half = _AND_HALF.match(text, part.end) if part.scaled and not half else None
    if half:  # "3 million and a half", "one billion and a half million": a part of a scale
        share = _half_share(half)
        after = _SCALE.match(text, half.end())
        if after and after.group("word"):
            part.value += share * _SCALES[after.group("word").lower()]
            part.num_end = part.end = after.end()
        else:
            part.value += share * 1000 ** math.floor(math.log10(part.value) / 3)
            part.num_end = part.end = half.end()
    won = _SCALED_WON.match(text, part.end) if part.scaled and currency is None else None
    if won:
        # "a one trillion won bail-out": after a scale word, "won" is Korea's currency, not
        # the verb (which a bare number can come before: "of the 12, 7 won").
        part.unit, part.unit_text, part.end = "KRW", "won", won.end()
        return
    u = _UNIT_RIGHT.match(text, part.end)
    if u is None or currency is not None:
        return
    if _ZONE_RIGHT.match(text, u.end()):
        return  # "the 12 euro zone countries": the currency names an area, not money
    name = _unit_name(u)
    gap = u.group("gap")
    sym = u.group("sym")
    if name is None or (gap and sym in _GLUED_ONLY) or (gap and sym == "m" and part.scaled):
        return
    head = u.group("word").split()[-1] if u.group("word") else ""
    if head[:1].isupper() and head.lower() not in _PROPER_UNITS and not part.scaled:
        # "50 Cent", "127 Hours", "21 Grams": a capitalised unit word makes a title, except
        # plural money, which some papers capitalise ("885,000 Euros")
        if not (name in CURRENCY_CODES and head.endswith("s")):
            part.titled = True
            return
    if gap == "-" and (u.group("code") or sym in ("%", "°")):
        return
    if name == "?pound":
        money = part.scaled or _POUND_MONEY_RIGHT.match(text, u.end()) or (
            _POUND_MONEY_LEFT.search(text, max(0, part.num_start - 40), part.num_start))
        name = "GBP" if money else "pound_mass"
    if sym == "p" and not part.digits:
        return
    if name in _TIMES_YEAR:
        name, years = _time_unit(name)
        part.value *= years
    part.unit, part.unit_text = name, u.group()[len(gap):]
    part.end = u.end()
    smaller = _SMALLER_UNIT.get(name)
    rest = smaller[0].match(text, part.end) if smaller else None
    if rest:  # "6ft 6in", "7lb 2oz": one measure in two units
        part.value += int(rest["n"]) / smaller[1]
        part.end = rest.end()


# A measure written in two imperial units, the smaller after the larger: "a 6ft 6in lock",
# "weighing 7lb 2oz"; the smaller unit's number and how many of it make one larger unit.
_SMALLER_UNIT = {
    "foot": (re.compile(r" (?P<n>1[01]|\d)(?:in|ins| inches)\b"), 12),
    "pound_mass": (re.compile(r" (?P<n>1[0-5]|\d)(?:oz| ounces)\b"), 16),
}


def _scale_factor(text: str, sc: re.Match[str], currency: str | None, part: _Part) -> float:
    """Multiplier for a scale match, 0 when the letters are a unit instead ("75m yacht")."""
    if sc.group("word"):
        return _SCALES[sc.group("word").lower()]
    abbr = sc.group("abbr")
    if sc.group("gap") == "-" or not part.digits:
        return 0.0
    money = currency is not None or _currency_follows(text, sc.end())
    if abbr in ("m", "M", "b", "B", "k", "K") and sc.group("gap") and not money:
        return 0.0
    if abbr in ("b", "B", "MM") and not money:
        return 0.0
    if abbr in ("m", "M", "k", "K") and not money:
        nxt = _NEXT_WORD.match(text, sc.end())
        if nxt is None or nxt.start("w") == sc.end() or not (
            _is_plural_noun(nxt["w"]) or nxt["w"] == "bpd"  # "1.5m bpd" of oil
        ):
            return 0.0
    return _ABBR_SCALE[abbr]


def _left(pattern: re.Pattern[str], text: str, pos: int, floor: int) -> re.Match[str] | None:
    """pattern matched so that it ends exactly at pos, looking back at most 40 chars."""
    return pattern.search(text, max(floor, pos - 40), pos)


def find_quantities(text: str) -> list[Quantity]:
    """Every numeric claim mention in `text`, in order; dates, times, ordinals, names left out."""
    found: list[Quantity] = []
    phones = [m.span() for m in _PHONE.finditer(text)]
    phone_starts = [a for a, _ in phones]
    pos = 0
    floor = 0  # end of the last mention: nothing may reach back over it
    while True:
        read = _read_core(text, pos, anchored=False)
        if read is None:
            break
        m, part = read
        pos = max(part.end, m.start() + 1)
        i = bisect_right(phone_starts, m.start()) - 1
        if i >= 0 and m.start() < phones[i][1]:
            pos = max(pos, phones[i][1])
            continue
        q = _mention(text, m, part, floor)
        if q is None:
            if m.group("digits"):
                tail = _TOKEN_TAIL.match(text, part.num_end)
                pos = max(pos, tail.end() if tail else pos)
            continue
        if found and q.qualifier == "exact" and found[-1].qualifier not in ("exact", "range"):
            gap = _CONVERSION_GAP.fullmatch(text, found[-1].end, q.start)
            if q.unit and found[-1].unit and gap:
                # "up to 30 inches (76 cm)": a conversion in brackets restates the bound
                q = replace(q, qualifier=found[-1].qualifier)
        found.append(q)
        pos = floor = q.end
    return _with_words(text, found)


# "twice": a count of times or a multiple written as one word ("won it twice", "twice as
# many"), but not the idiom "think twice".
_TWICE = re.compile(r"(?i)(?<!\bthink )(?<!\bthinks )(?<!\bthought )\btwice\b")
# A multiplication verb states a ratio (gold/GUIDELINES.md: "halving its staff" -> 0.5
# fraction): its inflected forms, or its base form after a modal or "to" ("will double");
# not the nouns "doubles" and "halves" or the adjective in "a double act"; gold/GUIDELINES.md
# leaves out a verb narrating a score change ("Lukaku doubled the lead").
_RATIOS = {"double": 2.0, "triple": 3.0, "treble": 3.0, "quadruple": 4.0, "halve": 0.5}
MULTIPLYING_VERBS = frozenset(_RATIOS)
_BASES = "|".join(_RATIOS)
# (a qualifier can stand between a modal and its verb: "should more than double")
_BETWEEN = r"(?:(?:more than|nearly|almost|roughly|about|at least|only|easily) )?"
_MULTIPLYING = re.compile(
    rf"(?i)\b(?:(?P<w>(?P<done>{'|'.join(v[:-1] for v in _RATIOS)})(?:ed|ing))"
    rf"|(?:will|would|could|might|shall|should|can|must|may) {_BETWEEN}(?P<b>(?P<base>{_BASES}))"
    # after "to" only before what it multiplies or when: "to double Iraq's output", "is
    # expected to double by 2010", not "stormed to double Olympic gold"
    rf"|to {_BETWEEN}(?P<t>(?P<to>{_BASES}))(?=\s+(?:the|a|an|its|their|his"
    r"|her|our|this|that|these|those|by|from|\w+['’]s|\d)\b)"
    # a multiple set before what it is compared with: "more than double the total", "double
    # that of Spain" (not a noun's modifier: "the double the club won")
    r"|(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bits )"
    rf"(?P<p>(?P<pre>{_BASES}))(?=\s+(?:the|that|this|those)\b))\b"
    # not "doubled up", "doubling as", nor a score told again ("doubled their lead")
    r"(?!-|\s+(?:up|as)\b|\s+(?:the|their|his|her|its|our)\s+(?:lead|advantage)\b)"
)


# A multiple written with "-fold": "tenfold", "a 10-fold rise", "four-fold" (a ratio too).
_FOLD_WORD = re.compile(
    r"(?i)\b(?P<n>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold\b")
_FOLD_AFTER = re.compile(r"(?i)-?fold\b")
# A length of one unit of time written as a modifier: "its decade-long peg", "a year-long
# inquiry" (a number before it is read with it: "a three-year-long dispute").
_LONG_WORD = re.compile(r"(?i)(?<![\w-])(?P<u>hour|day|week|month|year|decade|century)-long\b")
_FOLDS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
          "eight": 8.0, "nine": 9.0, "ten": 10.0, "twenty": 20.0, "hundred": 100.0}


def _with_words(text: str, found: list[Quantity]) -> list[Quantity]:
    """`found` with the figures written as words added in text order, with the qualifier
    before them ("almost twice", "more than doubled", "more than tenfold"): each "twice",
    multiplication verb ("doubled", "will halve") and multiple in "-fold"; a number before
    "-fold" ("a 10-fold rise") becomes the same ratio."""
    found = [_as_fold(text, q) if q.unit is None and _FOLD_AFTER.match(text, q.end) else q
             for q in found]
    words = [(m.span(), 2.0, None) for m in _TWICE.finditer(text)] + [
        (m.span(), length, unit)
        for m in _LONG_WORD.finditer(text) for unit, length in [_time_unit(m["u"])]] + [
        (m.span("w") if m["w"] else m.span("b") if m["b"] else m.span("t") if m["t"]
         else m.span("p"),
         _RATIOS[(m["done"] + "e" if m["done"] else m["base"] or m["to"] or m["pre"]).lower()],
         "fraction")
        for m in _MULTIPLYING.finditer(text)] + [
        (m.span(), _FOLDS[m["n"].lower()], "fraction") for m in _FOLD_WORD.finditer(text)]
    added = []
    starts = [q.start for q in found]
    for (s, e), value, unit in words:
        last = bisect_right(starts, e - 1) - 1  # the last mention starting before the word ends
        if last >= 0 and found[last].end > s:
            continue  # inside a mention already found
        floor = found[last].end if last >= 0 else 0
        qual = _left(_QUAL_LEFT, text, s, floor)
        start = qual.start() if qual else s
        added.append(Quantity(
            start=start, end=e, text=text[start:e], value=value, number_start=s, number_end=e,
            qualifier=_QUALIFIERS[_norm((qual["q"] or qual["t"]).lower())] if qual else "exact",
            unit=unit, kind=unit_kind(unit) if unit else "count",
        ))
    return sorted(found + added, key=lambda q: q.start) if added else found


def _as_fold(text: str, q: Quantity) -> Quantity:
    """A number before "-fold" as the ratio it states: "a 10-fold rise" -> 10.0 fraction."""
    end = _FOLD_AFTER.match(text, q.end).end()  # type: ignore[union-attr]
    return replace(q, end=end, text=text[q.start:end], unit="fraction", kind="fraction")


def _mention(text: str, m: re.Match[str], part: _Part, floor: int) -> Quantity | None:
    """The Quantity read around one number core, or None when it is not a claim."""
    s = m.start()
    if m.group("vague"):
        return _vague(text, m)
    if m.group("frac"):
        return _fraction(text, m, floor)
    if m.group("half"):
        if _HALF_TIME.match(text, m.end()):
            if _HALF_HOUR_POINT.search(text, max(floor, s - 12), s):
                return None
            return _qualified_fraction(text, s, m.end(), 0.5, floor)  # "half an hour"
        if _ARTICLE_NEXT.match(text, m.end()) and not _POINT_PART.match(text, m.end()):
            return None  # "half a loaf" is a measure, not a share
        if not _left(_QUAL_LEFT, text, s, floor) and not _POINT_PART.match(text, m.end()) and (
            not _SHARE_NEXT.match(text, m.end()) or _HALF_OF_TIME.search(text, floor, s)
        ):
            # "the second half", "in half": a share needs a qualifier ("about half") or
            # the whole it is taken of ("half of the staff", "half its shops").
            return None
        return _qualified_fraction(text, s, m.end(), 0.5, floor)
    if math.isnan(part.value):
        return None
    prev = text[s - 1] if s > 0 else " "
    before = text[s - 2] if s > 1 else " "
    currency: str | None = None
    start = s
    pre = _left(_PREFIX_LEFT, text, s, floor)
    if pre:
        currency = _prefix_code(pre)
        start = pre.start()
    elif m.group("digits") and (prev.isalpha() or (prev == "-" and before.isalpha())):
        return None  # G20, A380, Covid-19, STS-1, mid-2004
    elif m.group("digits") and prev in "#£$€¥%=/?&@_":
        return None
    if m.group("digits") and _LEADING_ZERO.match(part.digits):
        return None  # 0800 numbers, 0900 GMT
    if m.group("words") and m.group()[0].isupper() and not _at_sentence_start(text, s):
        return None  # Channel Four, Formula One, the Big Four
    if part.spelled and _ORDINAL_TAIL.match(text, part.num_end):
        return None  # twenty-first, ninety-ninth
    hms = _HMS.match(text, s) if m.group("digits") else None
    if hms and not _TIME_RIGHT.match(text, hms.end()):
        seconds = (
            int(hms["h"]) * 3600 + int(hms["m"]) * 60 + float(hms["s"]) if hms["h"]
            else int(hms["m2"]) * 60 + float(hms["s2"])
        )
        return Quantity(
            start=s, end=hms.end(), text=hms.group(), value=round(seconds, 6), number_start=s,
            number_end=hms.end(), unit="second", unit_text=None, kind="duration",
        )
    if m.group("digits"):
        if _COLON_RIGHT.match(text, part.num_end):
            return None
    if (m.group("digits") or part.spelled) and _TIME_RIGHT.match(text, part.num_end):
        return None  # 10pm, 1200 GMT, three o'clock
    if len(part.digits) == 4 and _MILITARY_RIGHT.match(text, part.num_end):
        return None
    if m.group("digits"):
        if _IDENT_RIGHT.match(text, part.num_end) and not text.startswith("-", part.num_end):
            return None
        if _DASHED_ID.match(text, part.num_end):
            return None
        if len(part.digits) <= 2 and part.digits.isdigit() and int(part.digits) <= 31 and (
            _MONTH_LEFT.search(text, max(0, s - 14), s) or _MONTH_RIGHT.match(text, part.num_end)
        ):
            return None
        if _ORDINAL_SUFFIX.match(text, part.num_end):
            return None
    sign = None if pre else _left(_SIGN_LEFT, text, start, floor)
    if sign:
        part.value = -part.value
        start = sign.start()
    unit: str | None = currency
    unit_text: str | None = pre.group().strip() if pre else None
    magnitude = _left(_MAGNITUDE_LEFT, text, start, floor)
    if magnitude and not currency:
        unit, unit_text, start = "magnitude", magnitude.group().strip(" -"), magnitude.start()
    _read_tail(text, part, currency)
    if part.titled:
        return None
    if part.unit == "magnitude" and "." not in part.digits and text[part.num_end] != "-":
        part.unit = part.unit_text = None  # "400 magnitude 2+ quakes": a count before a class
        part.end = part.num_end
    if part.unit and unit is None:
        unit, unit_text = part.unit, part.unit_text
    if m.group("slash") and unit is None:
        unit = "fraction"  # "3/4 of voters"
    if part.unit in _MINOR_UNITS and not part.scaled:
        _read_minor(text, part, _MINOR_UNITS[part.unit])
    if not part.scaled and not currency and unit in (None, *_CENTED.values()):
        # "22 euro cents", "65 Canadian cents": cents of a currency with no minor-unit code
        # are read in the major unit (0.22 EUR), as "3 dollars 50 cents" is.
        cents = _FOREIGN_CENTS.match(text, part.num_end)
        if cents is not None:
            unit = part.unit = _CENTED[_norm(cents["cur"].lower())]
            unit_text = part.unit_text = text[part.num_end:cents.end()].strip()
            part.value /= 100
            part.end = cents.end()
    if unit is None and "." in part.digits and _QUAKE_RIGHT.match(text, part.end):
        unit = "magnitude"
    if _is_year(part) and not currency and (
        _YEAR_RANGE.match(text, part.num_end)
        or unit in _DURATION_UNITS and not (part.unit_text or "").endswith("s")
        and not _AGE_RIGHT.match(text, part.end)  # "World Cup 2018 day five"
    ):
        return None
    fraction = _IN_FRACTION.match(text, part.end) if not (unit or part.scaled) else None
    if fraction is None and not (unit or part.scaled):
        # "four premature deaths per 100,000": the counted noun inside the rate.
        counted = _COUNTED_PER.match(text, part.end)
        fraction = _IN_FRACTION.match(text, counted.end()) if counted else None
        if fraction is not None and not fraction["per"]:
            fraction = None
    if fraction:
        den_word = fraction["den"].lower()
        den = _float(den_word) if den_word[0].isdigit() else (
            _SMALL.get(den_word) or _TENS.get(den_word) or _SCALES.get(den_word))
        if fraction["per"] and den not in (100, 1e3, 1e4, 1e5, 1e6):
            den = None  # "5 per 100,000" is a rate; "5 per cent" or "5 per day" are not
        if den and part.value < den and not (1800 <= den <= 2100 and "," not in den_word):
            part.value = round(part.value / den, 6)
            unit, unit_text = "fraction", None
            part.end = fraction.end()
    aged = _left(_AGED_LEFT, text, start, floor)
    # "aged between five and 11", "between the ages of 16 and 18": one range of ages
    between_the = _left(_BETWEEN_THE_LEFT, text, aged.start(), floor) if aged else None
    aged_between = aged is not None and (aged["between"] is not None or between_the is not None)
    if aged and unit is None:
        unit, unit_text, start = "year", None, aged.start()
    age = _AGE_RIGHT.match(text, part.end) if unit in _AGE_UNITS else None
    if age:
        part.end = age.end()
    elif unit in _DURATION_UNITS and _AGO_RIGHT.match(text, part.end) and not part.scaled:
        return None  # "three years ago" is a date
    elif (unit in _DURATION_UNITS and text[part.num_start:part.num_end].lower() in ("a", "an")
          and _EARLIER_RIGHT.match(text, part.end)):
        return None  # "9.1% higher than a year earlier": "a year earlier" is a date
    if unit and unit != "fraction" and "/" not in unit and unit_kind(unit) != "percent":
        rate = _RATE_RIGHT.match(text, part.end)
        if rate:
            per = RATE_DENOMINATORS[_norm(rate["den"].lower())]
            if per != unit:
                unit = f"{unit}/{per}"
                unit_text = f"{unit_text} {rate.group().strip()}" if unit_text else rate.group()
                part.end = rate.end()
    qual_at = start
    between = _left(_BETWEEN_LEFT, text, qual_at, floor) or between_the
    spread = _left(_SPREAD_FROM_LEFT, text, qual_at, floor)
    high = None
    if unit != "fraction" and not (_is_year(part) and unit is None and not between):
        high = _range_end(text, part, unit, currency, between is not None or aged_between,
                          aged is not None,
                          spread is None and (
                              _left(_FROM_LEFT, text, qual_at, floor) is not None
                              or _left(_CHANGE_LEFT, text, qual_at, floor) is not None))
    qualifier = "exact"
    if high is not None:
        high_part, high_unit, high_text = high
        if unit is None and high_unit is not None:
            unit, unit_text = high_unit, high_text
        qualifier = "range"
        if between:
            start = between.start()
        elif spread:
            start = spread.start("from")
    else:
        qual = _left(_QUAL_LEFT, text, start, floor)
        if qual:
            qualifier = _QUALIFIERS[_norm((qual["q"] or qual["t"]).lower())]
            start = qual.start()
    if m.group("article") and (unit is None or qualifier in ("exact", "range")) and not (
        unit in _DURATION_UNITS and qualifier == "exact" and _left(_LENGTH_LEFT, text, start, floor)
        and not _RELATIVE_RIGHT.match(text, part.end)
    ) and not (unit in _DURATION_UNITS and text.startswith("-long", part.end)):
        # "a year" alone is a determiner; "more than a year" states a bound, and so does the
        # length of something ("may take a year", "delayed by an hour", "jailed for a year",
        # "a decade-long trough").
        return None
    if m.group("article") and text[start:start + 6].lower() == "within":
        return None  # "had closed within a year" places an event in time (a date, not a claim)
    if (unit is None and not part.scaled and not currency and high is None and _is_year(part)
            and text[part.end:part.end + 2] in ("'s", "’s")):
        return None  # "well above 2003's 9.1%": a year's figure follows; the year is a date
    bare = unit is None and not part.scaled and qualifier == "exact" and not currency
    if bare and high is None:
        if _is_year(part) or (part.spelled and part.value == 1):
            return None
        if part.value == 0 and part.spelled:
            return None
        side = _SCORE_RIGHT.match(text, part.end)
        score_side = side is not None and part.value <= 30 and int(side["n"]) <= 30
        if _is_label_number(text, s) and not score_side:
            return None
        if _AIRLINER.fullmatch(part.digits) and (
            (_left(_THE_LEFT, text, s, floor) and _MODEL_RIGHT.match(text, part.end))
            or re.match(r"-\d+[A-Z]*\b", text[part.end:part.end + 8])
        ):
            # "the 747, which has carried shuttles", "the 777-200LR": a Boeing model, a name
            return None
        if part.digits and not score_side and (
            _is_name_number(text, s) or _ADDRESS_RIGHT.match(text, part.end)
        ):
            return None  # but "Sweden 1 – 0 Korea Republic" is a score after a team's name
    if (high is not None and unit is None and not part.scaled and part.digits
            and text[part.end:part.end + 1] == "-"
            and (_is_name_number(text, s) or _AIRLINER.fullmatch(part.digits))):
        return None  # "Boeing 737-800", "10 737-800 planes": a model name, not a range
    if (unit is None and part.spelled and part.value == 1 and not part.scaled and high is None
            and qualifier == "exact"):
        return None  # "one of the", "one day"; but "at least one shell" states a bound
    if unit in _DURATION_UNITS and part.spelled and part.value == 1 and not m.group("article"):
        hyphen = text[part.num_end:part.num_end + 1] == "-"
        if not hyphen and qualifier == "exact" and not age:
            return None  # "one day" is a determiner use
    end = part.end
    if part.digits and high is None and text[end:end + 1] == "+" and qualifier == "exact":
        qualifier, end = "at_least", end + 1  # "magnitude 2+", "18+"
    plus = _PLUS_RIGHT.match(text, end)
    if plus and high is None and qualifier == "exact":
        qualifier, end = "at_least", plus.end()  # "a £30m-plus bid", "the 60-plus members"
    if text[end:end + 1].isalnum() and part.digits:
        return None  # 18th, 5G, 1990s, 4x4
    if part.unit_text in ("C", "F") and _is_name_number(text, s):
        return None  # a Boeing 777F is a model, not a temperature
    low = part.value
    value_low = value_high = None
    if high is not None:
        value_low, value_high = low, high[0].value
        end = high[0].end
    kind = unit_kind(unit) if unit else "count"
    if not all(math.isfinite(v) for v in (low, value_high or 0.0)):
        return None
    return Quantity(
        start=start, end=end, text=text[start:end], value=low,
        number_start=part.num_start, number_end=high[0].num_end if high else part.num_end,
        value_low=value_low, value_high=value_high, qualifier=qualifier,
        unit=unit, unit_text=unit_text, kind=kind,
    )


def _read_minor(text: str, part: _Part, minor: str) -> None:
    """Add "50 cents" in "3 dollars 50 cents" to the major amount, as one sum of money."""
    sep = _MINOR_SEP.match(text, part.end)
    if sep is None:
        return
    read = _read_core(text, sep.end(), anchored=True)
    if read is None or not (read[0].group("digits") or read[0].group("words")):
        return
    cents = read[1]
    if not 0 < cents.value < 100 or cents.value != int(cents.value):
        return
    u = _UNIT_RIGHT.match(text, cents.end)
    if u is None or u.group("gap") == "-" or _unit_name(u) != minor:
        return
    part.value += cents.value / 100
    part.end = u.end()


def _prefix_code(pre: re.Match[str]) -> str:
    """ISO code of a currency written before the number."""
    if pre["c"]:
        return "CAD"
    if pre["hk"]:
        return {"hk": "HKD", "nt": "TWD", "nz": "NZD", "mex": "MXN"}[pre["hk"].lower()]
    if pre["code"]:
        return pre["code"]
    return CURRENCY_PREFIXES[_norm(pre["p"])]


def _is_year(part: _Part) -> bool:
    """A bare four-digit number 1800-2100 without separators reads as a year."""
    return len(part.digits) == 4 and part.digits.isdigit() and 1800 <= part.value <= 2100


def _is_label_number(text: str, s: int) -> bool:
    """Whether the bare number at s numbers a thing rather than counting (page 12, day five),
    also as the second of a pair ("at number eight and 10", "pages 12 and 13")."""
    prev = _PREV_WORD.search(text, max(0, s - 40), s)
    if prev is None:
        return False
    if prev["w"].lower() in ("and", "or"):
        # (ending its phrase: "at number one and 12 new entries" counts entries)
        end = _NUMBER_END.match(text, s)
        before = _PREV_LABELLED.search(text, max(0, prev.start() - 40), prev.start())
        return end is not None and before is not None and before["w"].lower() in _LABEL_WORDS
    return prev["w"].lower() in _LABEL_WORDS


def _at_sentence_start(text: str, pos: int) -> bool:
    """Whether only sentence punctuation and space stand between the last sentence and pos."""
    return _SENTENCE_START.search(text, max(0, pos - 20), pos) is not None


def _is_name_number(text: str, s: int) -> bool:
    """Whether the bare number at s is part of a name (Boeing 737, Internet Explorer 6)."""
    prev = _PREV_WORD.search(text, max(0, s - 40), s)
    if prev is None:
        return False
    word = prev["w"]
    if word.endswith((".", "'s", "’s", "s'", "s’")) or word.islower() or (
            word.lower() in _NOT_NAMES):
        # "... on Wednesday. 76 villages", "Unison's 800,000 workers", "the Lords' 750 peers"
        return False
    return True  # "Boeing 737", and "Halo 2 sells ..." opening a headline

def _range_end(
    text: str, part: _Part, unit: str | None, currency: str | None, between: bool,
    aged: bool, no_to: bool,
) -> tuple[_Part, str | None, str | None] | None:
    """The high end of a range written after part ("-10%", "to 10 million", "aged nine to
    11"), if any."""
    sep = _RANGE_SEP.match(text, part.end)
    if sep is None:
        return None
    word = (sep["w"] or "").lower()
    if word == "and" and not between or word == "to" and no_to or sep["dash"] and between:
        return None
    pos = sep.end()
    currency2 = None
    pre = _PREFIX_RIGHT.match(text, pos)
    if pre and currency:
        currency2 = currency
        pos = pre.end()
    read = _read_core(text, pos, anchored=True)
    if read is None:
        return None
    m, high = read
    if not (m.group("digits") or m.group("words")) or math.isnan(high.value):
        return None
    if m.group("digits") and (_TIME_RIGHT.match(text, high.num_end) or _is_year(high)):
        return None
    written = high.value
    _read_tail(text, high, currency2 or currency)
    high_unit = currency2 or high.unit
    if unit is not None and high_unit is not None and unit.split("/")[0] != high_unit:
        return None
    if unit is not None and high_unit is None and not sep["dash"] and not aged:
        return None
    if text[high.end:high.end + 1].isalnum():
        return None
    if high.scaled and not part.scaled:
        factor = high.value / (written or 1.0)
        if part.value * factor <= high.value:
            part.value *= factor
    if not part.value < high.value:
        return None
    if sep["dash"] and _is_score(text, part, high, unit, high_unit):
        return None  # "Tunisia lost 1 – 2 to England": two sides of a score, not a range
    if "/" in (unit or "") and high_unit and "/" not in high_unit:
        rate = _RATE_RIGHT.match(text, high.end)
        if rate:
            high.end = rate.end()
    age = _AGE_RIGHT.match(text, high.end) if high_unit in _AGE_UNITS else None
    if age:
        high.end = age.end()
    return high, high_unit, high.unit_text


def _vague(text: str, m: re.Match[str]) -> Quantity | None:
    """A vague amount ("tens of thousands", "dozens", "several hundred") with its bounds."""
    phrase = _norm(m.group().lower())
    start, end = m.span()
    if phrase in ("decades", "hundreds", "thousands", "millions", "billions", "dozens") and (
        _COUNTED_BEFORE.search(text, max(0, start - 24), start)
    ):
        return None  # "three decades ago", "two dozens": the number before counts them
    if phrase.startswith("several "):
        scale = _SCALES[phrase.split()[1]]
        low, high = 3 * scale, 9 * scale
    else:
        low, high = _VAGUE[phrase]
    unit: str | None = "year" if phrase == "decades" else None
    unit_text: str | None = None
    tail = re.compile(rf"{_SP}of{_SP}").match(text, end)
    u = _UNIT_RIGHT.match(text, tail.end() if tail else end)
    if u and not u.group("sym") and u.group("gap") != "-" and (tail or phrase == "several"):
        name = _unit_name(u)
        if name == "?pound":
            name = "GBP"
        if name and (name in CURRENCY_CODES or unit_kind(name) == "duration"
                     or phrase == "several"):
            unit, unit_text, end = name, u.group().strip(), u.end()
    return Quantity(
        start=start, end=end, text=text[start:end], value=low, number_start=m.start(),
        number_end=m.end(), value_low=low, value_high=high, qualifier="approx",
        unit=unit, unit_text=unit_text, kind="vague",
    )


def _fraction(text: str, m: re.Match[str], floor: int) -> Quantity | None:
    """A fraction of a whole ("two-thirds", "a third of"), value as a fraction."""
    num_word = m["fnum"].lower()
    den_word = m["fden"].lower()
    den = _DENOMINATORS[den_word]
    num = 1 if num_word in ("a", "an") else _SMALL.get(num_word) or _float(num_word)
    if not num or num >= den:
        return None
    plural = den_word.endswith("s")
    if num == 1 and plural or num > 1 and not plural and den_word != "half":
        return None
    start, end = m.span()
    if den_word == "half" and _HALF_TIME.match(text, end):
        return _qualified_fraction(text, start, end, 0.5, floor)  # "a half-hour programme"
    if (not plural and m["fsep"] != "-" or num_word in ("a", "an")) and not _left(
        _QUAL_LEFT, text, start, floor
    ):
        if not _OF_NEXT.match(text, end) and not _POINT_PART.match(text, end):
            return None  # "a third time", "one quarter" of a year: ordinals and periods
    if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha() and not plural:
        return None
    return _qualified_fraction(text, start, end, round(num / den, 6), floor)


# Words of match reports around a score: "won 2-1", "a 3-2 win", "1 – 0 up at half-time".
_SCORE_WORDS = re.compile(
    r"(?i)\b(?:win|wins|won|beat|beats|lost|lose|loses|defeat|defeated|defeats|draw|drew|"
    r"victory|lead|led|score|scored|scoring|scoreline|goals?|half|half-time|match|game|"
    r"final|ended|set|sets|tie|equaliser|penalty|penalties)\b"
)


# The other side of a score after a number: "1 – 0", "2-1".
_SCORE_RIGHT = re.compile(r"\s?[-–]\s?(?P<n>\d{1,2})(?![\d%]|[.,]\d)")
# A set score just before or after another, or a tie-break's after its set: "6-4 3-6 7-6 (7-5)".
_SET_BEFORE = re.compile(r"\b\d{1,2}[-–]\d{1,2}(?: \(\d{1,2}[-–/]\d{1,2}\))? \(?$")
_SET_AFTER = re.compile(r"(?: \(\d{1,2}[-–/]\d{1,2}\))? \d{1,2}[-–]\d{1,2}\b")
# Words that follow a score rather than name what a range counts.
_SCORE_FOLLOWERS = frozenset(
    "win wins victory defeat defeats lead draw loss up down at in on to with after before "
    "and against over away home aggregate scoreline thrashing triumph the".split()
)


def _is_score(
    text: str, low: _Part, high: _Part, unit: str | None, high_unit: str | None
) -> bool:
    """Two small whole numbers joined by a dash in a match report: a score, each side its own
    count ("Sweden 1 – 0 Korea Republic", "lost 1 – 2 to England")."""
    if unit or high_unit or low.scaled or high.scaled:
        return False
    if not all(p.value.is_integer() and 0 <= p.value <= 30 for p in (low, high)):
        return False
    after = _NEXT_WORD.match(text, high.end)
    before = _PREV_WORD.search(text, max(0, low.num_start - 40), low.num_start)
    if after and after["w"].islower() and after["w"] not in _SCORE_FOLLOWERS:
        return False  # "1-2 goals a game", "4-6 people": a range of things counted
    if after and before and after["w"][:1].isupper() and before["w"][:1].isupper():
        return True  # "Group F — Sweden 1 – 0 Korea Republic"
    if _SET_BEFORE.search(text, max(0, low.num_start - 16), low.num_start) or _SET_AFTER.match(
            text, high.end):
        return True  # one of a run of set scores: "outlasting Mantilla 6-4 3-6 7-6"
    window = text[max(0, low.num_start - 80):high.end + 80]
    return _SCORE_WORDS.search(window) is not None


def _qualified_fraction(text: str, start: int, end: int, value: float, floor: int) -> Quantity:
    """A fraction Quantity with the qualifier written before it ("roughly two thirds"); a
    fraction of a point is a measure in points ("a quarter of a percentage point")."""
    qualifier = "exact"
    qual = _left(_QUAL_LEFT, text, start, floor)
    number_start = start
    if qual:
        qualifier = _QUALIFIERS[_norm((qual["q"] or qual["t"]).lower())]
        start = qual.start()
    unit, unit_text, number_end = "fraction", None, end
    point = _POINT_PART.match(text, end)
    time = _HALF_TIME.match(text, end) if value == 0.5 else None
    if point:
        unit = "basis_point" if point["unit"].lower().startswith("basis") else "percentage_point"
        unit_text, end = point["unit"], point.end()
    elif time:
        # "half an hour", "a half-hour programme": a length of time (half a decade in years)
        unit_text, end = time["u"], time.end()
        unit, units = _time_unit(unit_text)
        value *= units
    return Quantity(
        start=start, end=end, text=text[start:end], value=value, number_start=number_start,
        number_end=number_end, qualifier=qualifier, unit=unit, unit_text=unit_text,
        kind=unit_kind(unit),
    )



# Nouns after which a bare number is the amount, not a label ("a death toll 33" in headlines).
_AMOUNT_NOUNS = frozenset(("number", "total", "toll", "tally", "count", "score", "turnout"))
# Words that introduce a name: a bare number after them names something ("a drug known as
# '771", "a chip codenamed 486"), it counts nothing.
_NAMING = re.compile(
    r"(?i)\b(?:(?:known|referred to) as|called|named|dubbed|code-?named|nicknamed)\s*['\"‘“]?\Z")


def drop_labels(doc: Doc, quantities: Sequence[Quantity]) -> list[Quantity]:
    """The quantities without bare numbers that label a thing named by the noun before them
    or by a word that introduces a name ("known as '771").

    English puts a count before its noun ("36 shells"); a bare number right after a common
    noun, with no noun of its own, numbers that noun instead ("posts 542 and 543", "games 3
    and 4"). The text alone cannot tell a noun from a verb ("sold 5"), so this reads the tags.
    """
    kept = []
    label_end = -1  # token index after the last label, so "543" in "posts 542 and 543" goes too
    text = doc.text  # (rebuilt from the tokens at every access)
    for q in quantities:
        span = doc.char_span(q.number_start, q.number_end, alignment_mode="expand")
        if (span is not None and 0 < span.start and span.end < len(doc)
                and q.unit is None and q.kind == "count" and q.qualifier == "exact"
                and doc[span.end].pos_ not in ("NOUN", "PROPN", "ADJ")
                # a score's first side after what was won: "lost the match 3-0"
                and not _SCORE_RIGHT.match(text, q.number_end)
                and not _TWICE.fullmatch(text, q.number_start, q.number_end)):  # "won it twice"
            if _NAMING.search(text, max(0, q.number_start - 30), q.number_start):
                continue
            before = doc[span.start - 1]
            if (before.tag_ in ("NN", "NNS") and before.lower_ not in _AMOUNT_NOUNS) or (
                    span.start - 2 == label_end - 1 and before.lower_ in ("and", "or", ",")):
                label_end = span.end
                continue
        kept.append(q)
    return kept
