"""When each figure holds: the document's reference date, time expressions, their scope."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

# --- Lexicon ---------------------------------------------------------------------------------

_MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4}  # fmt: skip

# Capitalised month names only: "may" and "march" are common English words.
_MONTH_FULL = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH = _MONTH_FULL[:-1] + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d%])"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"  # noqa: E501
_UNIT = r"(?:day|week|month|year|decade)s?"

# One alternative a form; named groups tell the normaliser which form matched.
_CORE = "|".join(
    [
        rf"(?:{_WEEKDAY},?\s+)?(?P<md_m>{_MONTH})\s+(?P<md_d>{_DAY}),?\s+(?P<md_y>{_YEAR})",
        rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<dm_d>{_DAY})\s+(?:of\s+)?(?P<dm_m>{_MONTH}),?\s+(?P<dm_y>{_YEAR})",
        r"(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])(?!\d)",
        rf"(?:(?i:the\s+)?(?P<span_n>three|six|nine|twelve|3|6|9|12)\s+months|(?i:the\s+)?(?:financial\s+|fiscal\s+)?(?P<span_y>year))\s+to\s+(?:the\s+end\s+of\s+)?(?P<span_m>{_MONTH})(?:\s+(?P<span_d>{_DAY}))?(?:,?\s+(?P<span_yr>{_YEAR}))?",  # noqa: E501
        rf"(?P<my_m>{_MONTH}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})",
        rf"(?P<dr_a>{_DAY})\s*(?:-|–|to|and)\s*(?P<dr_b>{_DAY})\s+(?P<dr_m>{_MONTH})(?:,?\s+(?P<dr_y>{_YEAR}))?",  # noqa: E501
        rf"(?P<rd_m>{_MONTH})\s+(?P<rd_a>{_DAY})\s*(?:-|–|to|and)\s*(?P<rd_b>{_DAY})(?:,?\s+(?P<rd_y>{_YEAR}))?",  # noqa: E501
        rf"(?:{_WEEKDAY},?\s+)?(?P<pmd_m>{_MONTH})\s+(?P<pmd_d>{_DAY})(?![\d,.]\d)",
        rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<pdm_d>{_DAY})\s+(?:of\s+)?(?P<pdm_m>{_MONTH})",
        rf"(?:Q(?P<q_n>[1-4])|(?P<q_w>(?i:first|second|third|fourth|1st|2nd|3rd|4th|final))[-\s]quarter)(?:\s+(?:of\s+)?(?P<q_y>{_YEAR}))?",  # noqa: E501
        rf"(?P<yq_y>{_YEAR})\s*-?\s*Q(?P<yq_n>[1-4])",
        rf"(?:H(?P<h_n>[12])|(?P<h_w>(?i:first|second))[-\s]half)\s+(?:of\s+)?(?:(?P<h_y>{_YEAR})|(?P<h_rel>(?i:this|last|next|the))\s+year)",  # noqa: E501
        rf"(?:(?i:fiscal|financial)\s+(?:(?i:year)\s+)?|FY\s?)(?P<fy_y>{_YEAR}|\d\d(?!\d))(?:\s*[-/–]\s*(?P<fy_y2>{_YEAR}|\d\d(?!\d)))?",  # noqa: E501
        rf"(?P<yr_a>{_YEAR})\s*[-–/]\s*(?P<yr_b>{_YEAR}|\d\d(?![\d%]))",
        r"(?P<dec>(?:1[89]|20)\d0)'?s\b",
        rf"(?P<mly_m>{_MONTH_FULL})\s+(?P<mly_w>(?i:last|this|next))\s+year",
        rf"(?P<mo>{_MONTH_FULL})\b",
        rf"(?P<y>{_YEAR})",
        rf"(?P<wd_mod>(?i:last|this|next|past)\s+)?(?P<wd>{_WEEKDAY})(?:'s)?(?:\s+(?i:morning|afternoon|evening|night))?",  # noqa: E501
        rf"(?P<rel_mod>(?i:last|this|next))\s+(?P<rel_mo>{_MONTH_FULL})",
        r"(?P<today>(?i:(?:earlier\s+|later\s+)?today|tonight|currently|at\s+present|presently|this\s+(?:morning|afternoon|evening))|now)",  # noqa: E501
        r"(?P<yday>(?i:yesterday))",
        r"(?P<dayrel>(?i:the\s+(?:previous|next|following)\s+day|the\s+day\s+(?:before|after)))",
        r"(?P<tmrw>(?i:tomorrow))",
        r"(?P<per_mod>(?i:(?:earlier|later)\s+this|this|last|next|the\s+previous|the\s+past|the\s+coming|the\s+following))\s+(?P<per>(?i:week|weekend|month|quarter|year))(?!-)",  # noqa: E501
        r"(?P<sfty>(?i:so\s+far\s+this\s+year|year\s+to\s+date))",
        rf"(?P<ago_n>(?i:{_NUM}))\s+(?P<ago_u>(?i:{_UNIT}))\s+(?P<ago_w>(?i:ago|earlier|before|later))",  # noqa: E501
        r"(?P<yago>(?i:(?:a|the)\s+year\s+(?:ago|earlier|before)|year[-\s]earlier|the\s+(?:previous|prior)\s+year|the\s+year\s+before|the\s+same\s+(?:period|quarter|month|time)\s+(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|a\s+year)))",  # noqa: E501
        rf"(?P<win>(?i:(?:in|over|during|within)\s+the\s+(?:past|last|previous|preceding))\s+(?:(?P<win_n>(?i:{_NUM}))\s+)?(?P<win_u>(?i:hours?|days?|weeks?|months?|years?))(?P<win_half>(?i:\s+and\s+a\s+half))?)",  # noqa: E501
        r"(?P<vague>(?i:(?:in|over|during|within)\s+(?:the\s+)?(?:past|last|previous|recent|coming|next)\s+(?:(?:few|several|couple\s+of|[a-z]+)\s+)?(?:days|weeks|months|years|decades)|in\s+recent\s+(?:days|weeks|months|years|decades)|in\s+last\s+years|(?:the\s+)?(?:past|last)\s+(?:few|several)\s+(?:days|weeks|months|years)|at\s+(?:the|that)\s+time)|Meanwhile)",  # noqa: E501
    ]
)
_MOD = r"(?P<mod>(?i:early|mid|late|the\s+end\s+of|end|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of|the\s+turn\s+of))[-\s]+"  # noqa: E501
_EXPRESSION = re.compile(rf"(?<![\w$£€¥.,/-])(?:{_MOD})?(?:{_CORE})(?![\w%])")
_CORE_ONLY = re.compile(rf"(?:{_MOD})?(?:{_CORE})")
_RANGE_SIDE = (
    rf"(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY}\s+{_MONTH},?\s+{_YEAR}|{_MONTH},?\s+{_YEAR}"
    rf"|{_MONTH_FULL}|Q[1-4]\s+{_YEAR}|{_YEAR})"
)
_RANGE = re.compile(
    rf"\b(?P<p>(?i:from|between))\s+(?P<a>{_RANGE_SIDE})\s*(?:to|and|until|till|through|-|–)\s*"
    rf"(?P<b>{_RANGE_SIDE})(?![\w%])"
)
_PREP_BEFORE = re.compile(
    r"(?i:\b(?P<prep>as\s+of|as\s+at|by|since|from|until|till|through|throughout|in|on|at|during"
    r"|for|before|after|following|up\s+to|ending|ended)\s+(?:the\s+)?(?:period\s+)?)$"
)
_COMPARISON_BEFORE = re.compile(r"\b(?i:than|compared\s+(?:with|to)|against|versus)\s+$")
_SINCE_BEFORE = re.compile(r"\b(?i:since|following)\b[^,;:.!?\d\n]{0,70}$")
_YEAR_CONTEXT = re.compile(
    r"(?i:\b(?:as\s+of|as\s+at|in|since|by|from|until|till|through|during|before|after|for"
    r"|around|circa|year|ending|ended)\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?|(?:early|mid|late|end)[-\s]+|the\s+(?:end|start|beginning|middle|turn)\s+of\s+)$"  # noqa: E501
)
_MONTH_CONTEXT = re.compile(
    r"(?i:\b(?:as\s+of|in|since|by|from|until|till|through|during|before|after|of|early|mid|late"
    r"|end|since)[-\s]+)$"
)
_NOT_YEAR_AFTER = re.compile(
    r"\s*(?i:GMT|UTC|BST|EST|EDT|CET|hrs|hours|h\b|am\b|pm\b|a\.m\.|p\.m\.)"
)
_NOT_WEEKDAY_BEFORE = re.compile(
    r"\b(?:Black|Good|Cyber|Super|Ash|Palm|Holy|Bloody|Easter|Mail\s+on|Independent\s+on)\s+$"
)
# Newspaper names, and a weekday that is the subject of a clause ("with Sunday being ...").
_NOT_WEEKDAY_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Post|Mail|Star|being|is|was|will)\b"
)
_CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:rose|fell|rise|fall|up|down|grew|increased?|decreased?|dropped|declined|jumped|"
    r"climbed|slipped|gained|lost|cut|raised|reduced|boosted)\s+by\s+)$"
)
_OPENING = re.compile(
    r"""[\s"'“‘(\[]*(?:(?:And|But|However|Yet|So|Also|Still|Overall|Then)\s*,?\s+)?"""
    r"(?:According\s+to\s+[^,;:.]{1,60},\s*)?"
)
# A duration or age: "nearly 30 years", "a three-day voyage", "45-year-old", "within 48 hours".
_DURATION = re.compile(
    r"(?i:(?:second|minute|hour|day|week|month|year|decade)s?(?:[-\s]old)?|aged)(?![\w-])"
)
# A figure compared against: "from $639m", "against $66m", "compared with 5%".
_BASELINE_BEFORE = re.compile(
    r"\b(?i:from|against|compared\s+(?:with|to)|versus|than)\s+(?:(?:a|the)\s+)?"
    r"(?:previous\s+|earlier\s+)?$"
)
# Forms that "since" or "following" can reach across words to: "since the end of the war in 2020".
_ABSOLUTE = frozenset({"y", "my_m", "dec", "md_m", "dm_m", "pmd_m", "pdm_m", "mo"})
# Phrases that state when a tally stands, and so end a "since" in the same paragraph.
_STATUS_PREPS = frozenset({"as of", "as at", "by"})
_DAY_FORMS = frozenset({"md_m", "dm_m", "iso_y", "pmd_m", "pdm_m", "wd"})
_OFFSET_BEFORE = re.compile(
    rf"\b(?P<n>(?i:{_NUM}))\s+(?P<u>(?i:days?|weeks?))\s+(?P<w>(?i:after|before))\s+(?:the\s+)?$"
)
_PHRASE_END = re.compile(r"[,;:()!?\n]|\.(?:\s|$)|\s[-–—]\s")
# A report's date is the date of the tally it reports, so it can end a "since".
_REPORTING = frozenset(
    {"say", "report", "announce", "state", "tell", "confirm", "add", "show", "publish"}
)
_NAMED = re.compile(rf"{_MONTH}|{_WEEKDAY}")
_NOT_NOW_BEFORE = re.compile(r"(?i:\bby\s+|\bfrom\s+|\buntil\s+)$")  # "by now" is no date
_MID_SENTENCE = re.compile(r"[\w,;'’]\s*$")
_NUMERIC_ENTS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})

_FULL_DATE = re.compile(
    rf"(?<![\w-])(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})"
    rf"|(?P<m3>{_MONTH})\s+(?P<d3>{_DAY})(?![\d,.]\d)(?!,?\s+{_YEAR})"
    rf"|(?P<d4>{_DAY})\s+(?:of\s+)?(?P<m4>{_MONTH})(?!,?\s+{_YEAR}))(?![\w%])"
)
_DATELINE = re.compile(
    rf"\s*(?:{_WEEKDAY},?\s+)?(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}),?\s+(?P<y1>{_YEAR})"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}))\s*"
)
_DATELINE_LINES = 5

# Dependency labels that start a clause; "conj" only between verbs.
_CLAUSE_DEPS = frozenset(
    {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis"}
)
# A trailing time phrase stays in its clause: it does not reach into noun modifiers.
_OPAQUE_DEPS = frozenset({"relcl", "acl", "parataxis", "appos"})
# Clauses that keep a trailing time only when told in the same tense ("bought it in 2001,
# which employs 300 people"); a reported clause (ccomp) is dated by its report.
_TENSED_DEPS = frozenset({"relcl", "acl", "advcl", "parataxis"})
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})
_FUTURE_GOVERNORS = frozenset({"plan", "expect", "aim", "intend", "hope", "set", "due", "schedule"})
_EVENT_PREPS = frozenset(
    {"during", "throughout", "amid", "amidst", "since", "following", "before", "after"}
)
_SINCE_PREPS = frozenset({"since", "following"})


# --- Reference date --------------------------------------------------------------------------


def _month(s: str) -> int:
    return _MONTHS[s.rstrip(".").lower()]


def _day(s: str) -> int:
    return int(s.rstrip("stndrh"))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def infer_reference_date(text: str) -> tuple[dt.date | None, str]:
    """The date the article was written, from its dateline or the latest full date it states.

    Returns (date, how) with how in {"dateline", "inferred", "none"}.
    """
    nonblank = 0
    start = 0
    while nonblank < _DATELINE_LINES and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.strip():
            nonblank += 1
            m = _DATELINE.fullmatch(line)
            if m:
                if m["m1"]:
                    found = _safe_date(int(m["y1"]), _month(m["m1"]), _day(m["d1"]))
                else:
                    found = _safe_date(int(m["y2"]), _month(m["m2"]), _day(m["d2"]))
                if found:
                    return found, "dateline"
        start = end + 1
    full: list[dt.date] = []
    partial: list[tuple[int, int]] = []
    for m in _FULL_DATE.finditer(text):
        if m["y1"] or m["y2"]:
            y, mo, d = (m["y1"], m["m1"], m["d1"]) if m["y1"] else (m["y2"], m["m2"], m["d2"])
            found = _safe_date(int(y), _month(mo), _day(d))
            if found:
                full.append(found)
        else:
            mo, d = (m["m3"], m["d3"]) if m["m3"] else (m["m4"], m["d4"])
            partial.append((_month(mo), _day(d)))
    if not full:
        return None, "none"
    latest = max(full)
    for mo, d in partial:
        found = _safe_date(latest.year, mo, d)
        if found and found > latest:
            latest = found
    return latest, "inferred"


# --- Time expressions ------------------------------------------------------------------------


@dataclass
class _Time:
    """A time phrase: its words, and what it means once resolved against the reference."""

    start: int  # phrase start, preposition included ("By November 30, 2024")
    end: int
    core_start: int  # the time expression itself ("November 30, 2024")
    kind: str  # point | since | range | event (no date) | baseline ("than last year": no date)
    match: re.Match[str] | None = None  # the core match, resolved lazily (needs tense)
    prep: str | None = None  # "as of", "by", "in", ...
    shift: int = 0  # days to add: "two days after the January 7 quake"
    range_sides: tuple[str, str] | None = None
    value: str | None = None
    resolved: bool = False
    anchor: Token | None = field(default=None, repr=False)


def _find_times(text: str, doc: Doc, claims: Sequence[tuple[int, int]]) -> list[_Time]:
    """Every time phrase in the text, longest first where they overlap."""
    candidates: list[_Time] = []
    for m in _RANGE.finditer(text):
        candidates.append(
            _Time(m.start(), m.end(), m.start("a"), "range", range_sides=(m["a"], m["b"]))
        )
    for m in _EXPRESSION.finditer(text):
        start = m.start()
        before = text[max(0, start - 40) : start]
        if not _acceptable(m, text, doc, before):
            continue
        kind = "point"
        phrase_start = start
        prep = _PREP_BEFORE.search(before)
        word = None
        offset = _OFFSET_BEFORE.search(before)
        if offset and _DAY_FORMS.intersection(k for k, v in m.groupdict().items() if v):
            days = (int(n) if (n := offset["n"].lower()).isdigit() else _NUMBER_WORDS[n]) * (
                7 if offset["u"].lower().startswith("week") else 1
            )
            shift = -days if offset["w"].lower() == "before" else days
            start_at = start - (len(before) - offset.start())
            candidates.append(_Time(start_at, m.end(), start, "point", match=m, shift=shift))
            continue
        if m["vague"] is None and prep:
            phrase_start = start - (len(before) - prep.start())
            word = " ".join(prep["prep"].lower().split())
            # "from 2007" alone is as often an origin ("the camera from 1900") as a start.
            if word in ("since", "following"):
                kind = "since"
            elif word in ("before", "after", "up to"):
                kind = "event"  # an open period the figure does not sit in
        if text.startswith(("'s ", "’s "), m.end()):
            kind = "point"  # "recovering from 2017's Hurricane Maria": the year of a thing
        if kind == "point" and _ABSOLUTE.intersection(k for k, v in m.groupdict().items() if v):
            since = _SINCE_BEFORE.search(text, max(0, phrase_start - 80), phrase_start)
            if since:
                phrase_start, kind = since.start(), "since"
        if m["vague"]:
            kind = "event"
        if _COMPARISON_BEFORE.search(text, max(0, phrase_start - 20), phrase_start):
            kind = "baseline"  # "144% larger than last year": what the figure is measured against
        candidates.append(_Time(phrase_start, m.end(), start, kind, match=m, prep=word))
    for token in doc:
        # Only a noun phrase names an event ("during the strike"); "after rising 5%" is a
        # sequence of figures, not a time.
        if (
            token.lower_ in _EVENT_PREPS
            and token.dep_ == "prep"
            and any(c.dep_ == "pobj" for c in token.rights)
        ):
            # The event is the noun phrase, not a clause the parser hung after it.
            right = max((c.right_edge for c in token.rights if c.dep_ == "pobj"), key=lambda r: r.i)
            while right.is_punct and right.i > token.i:
                right = right.nbor(-1)
            kind = "since" if token.lower_ in _SINCE_PREPS else "event"
            candidates.append(_Time(token.idx, right.idx + len(right), token.idx, kind))
    # Dates before the parse's event phrases: an event phrase holding a date is that date's.
    candidates.sort(key=lambda t: (t.match is None and t.range_sides is None, t.start - t.end))
    chosen: list[_Time] = []
    for t in candidates:
        if t.match is None and t.range_sides is None:
            # An event phrase holding a date is that date's phrase, not an event.
            if any(c.core_start >= t.start and c.end <= t.end for c in chosen):
                continue
        if any(c.start < t.end and t.start < c.end for c in chosen):
            continue
        if (
            t.match is not None
            and not _has_name(t.match)
            and any(s < t.end and t.core_start < e for s, e in claims)
        ):
            continue  # those digits are a quantity, not a year
        chosen.append(t)
    chosen.sort(key=lambda t: t.start)
    return chosen


def _has_name(m: re.Match[str]) -> bool:
    """Whether the expression names a month or weekday (so digits in it are a date)."""
    return _NAMED.search(m.group()) is not None


def _acceptable(m: re.Match[str], text: str, doc: Doc, before: str) -> bool:
    """Filters for the forms that are dates only in some contexts."""
    if m["y"] or m["yr_a"] or m["fy_y"]:
        possessive = text.startswith(("'s ", "’s "), m.end())  # "2017's Hurricane Maria"
        if m["y"] and m["mod"] is None and not possessive and not _YEAR_CONTEXT.search(before):
            return False
        if _NOT_YEAR_AFTER.match(text, m.end()) or _CHANGE_BEFORE.search(before):
            return False
        if m["yr_a"]:
            a, b = int(m["yr_a"]), _full_year(m["yr_b"], int(m["yr_a"]))
            if not 0 < b - a <= 50:
                return False
        token = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if token is not None and token.root.ent_type_ in _NUMERIC_ENTS:
            return False
    if m["mo"] and m["mod"] is None and not _MONTH_CONTEXT.search(before):
        return False
    if m["wd"]:
        if _NOT_WEEKDAY_BEFORE.search(before) or _NOT_WEEKDAY_AFTER.match(text, m.end()):
            return False
        # "with Monday being the Labor Day holiday": a weekday as a subject names the day
        span = doc.char_span(m.start("wd"), m.end("wd"))
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
            return False
    if m["today"] and m["today"].startswith("Today") and _MID_SENTENCE.search(before):
        return False  # "told BBC Radio 4's Today programme": a name, not a day
    return not (m["today"] == "now" and _NOT_NOW_BEFORE.search(before))


def _full_year(s: str, after: int) -> int:
    """A year written with two or four digits, the two-digit one read after `after`."""
    if len(s) == 4:
        return int(s)
    year = after // 100 * 100 + int(s)
    return year + 100 if year < after else year


# --- Resolution ------------------------------------------------------------------------------


def _tense(token: Token | None) -> str:
    """past | present | future of the clause a token sits in."""
    if token is None:
        return "present"
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))):
        if t.lower_ in _FUTURE_AUX:
            return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_GOVERNORS:
        return "future"
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        # "expected 150,000 shoppers to have visited by Saturday": planned, not done
        return "future" if verb.head.lemma_ in _FUTURE_GOVERNORS else "present"
    for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))):
        if t.tag_ == "VBD" or (t.tag_ == "VBN" and t.i == verb.i):
            return "past"
    return "present"


def _is_past(token: Token) -> bool | None:
    """Whether a clause is told in a past tense (simple or pluperfect, not "has risen").

    None for a clause with no finite verb ("and at least 30 injured"), which takes the
    tense of the clause it hangs on.
    """
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    if not any(f.tag_ in ("VBD", "VBZ", "VBP", "MD") for f in forms):
        return None
    return any(f.tag_ == "VBD" for f in forms) and not any(f.tag_ == "MD" for f in forms)


def _week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + month - 1 + n
    return total // 12, total % 12 + 1


def _pick(candidates: list[dt.date], ref: dt.date, tense: str) -> dt.date:
    """Of dates a year apart: the latest so far (past), the next (future), else the nearest.

    The present tense is both "Sales are up 5% since March 3" and "The ballot closes on
    2 April", so it takes whichever is closer to the reference date.
    """
    if tense == "future":
        return min((c for c in candidates if c >= ref), default=candidates[-1])
    if tense == "past":
        return max((c for c in candidates if c <= ref), default=candidates[0])
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def _period_start(year: int, kind: str, n: int) -> dt.date:
    months = {"q": 3, "h": 6, "m": 1}[kind]
    return dt.date(year, (n - 1) * months + 1, 1)


def _pick_year(kind: str, n: int, ref: dt.date, tense: str) -> int:
    """The year of a quarter, half or month given without one, chosen by the tense."""
    months = {"q": 3, "h": 6, "m": 1}[kind]
    first = (n - 1) * months + 1
    if tense == "future":
        return ref.year if first + months - 1 >= ref.month else ref.year + 1
    if tense == "past":
        return ref.year if (first, 1) < (ref.month, ref.day) else ref.year - 1
    here = ref.year * 12 + ref.month - 1

    def distance(year: int) -> int:
        start = year * 12 + first - 1
        return max(start - here, here - (start + months - 1), 0)

    return min((ref.year - 1, ref.year, ref.year + 1), key=distance)


def _shift_years(iso: str, n: int) -> str:
    return re.sub(r"\b(\d{4})", lambda m: str(int(m[1]) + n), iso).replace("-02-29", "-02-28")


def _resolve(t: _Time, ref: dt.date | None, anchor_iso: str | None) -> str | None:
    """The ISO value of a time phrase (None when it cannot be placed)."""
    if t.range_sides is not None:
        a_side, b_side = t.range_sides
        b = _core_value(_CORE_ONLY.fullmatch(b_side), ref, "past", None)
        a_match = _CORE_ONLY.fullmatch(a_side)
        if a_match is not None and a_match["mo"] and b:
            year = int(b[:4]) - (1 if _month(a_match["mo"]) > int(b[5:7] or 0) else 0)
            a: str | None = f"{year}-{_month(a_match['mo']):02d}"
        else:
            a = _core_value(a_match, ref, "past", None)
        return f"{a}/{b}" if a and b else None
    if t.match is None:
        return None
    # What a figure has counted since X lies in the past, whatever the verb's form.
    tense = "past" if t.kind == "since" else _tense(t.anchor)
    return _core_value(t.match, ref, tense, anchor_iso)


def _core_value(
    m: re.Match[str] | None, ref: dt.date | None, tense: str, anchor_iso: str | None
) -> str | None:
    """ISO 8601 for one matched expression; relative ones need the reference date."""
    if m is None:
        return None
    g = m.groupdict()
    if g["md_m"] or g["dm_m"] or g["iso_y"]:
        if g["iso_y"]:
            y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
        elif g["md_m"]:
            y, mo, d = int(g["md_y"]), _month(g["md_m"]), _day(g["md_d"])
        else:
            y, mo, d = int(g["dm_y"]), _month(g["dm_m"]), _day(g["dm_d"])
        found = _safe_date(y, mo, d)
        return found.isoformat() if found else None
    if g["my_m"]:
        return f"{int(g['my_y'])}-{_month(g['my_m']):02d}"
    if g["y"]:
        return g["y"]
    if g["dec"]:
        return f"{g['dec']}/{int(g['dec']) + 9}"
    if g["yr_a"]:
        a = int(g["yr_a"])
        return f"{a}/{_full_year(g['yr_b'], a)}"
    if g["fy_y"]:
        a = _full_year(g["fy_y"], 1950)
        return f"{a}/{_full_year(g['fy_y2'], a)}" if g["fy_y2"] else str(a)
    if g["yq_y"]:
        return f"{g['yq_y']}-Q{g['yq_n']}"
    if g["q_n"] or g["q_w"]:
        n = int(g["q_n"]) if g["q_n"] else _ORDINALS[g["q_w"].lower()]
        if g["q_y"]:
            return f"{g['q_y']}-Q{n}"
        return f"{_pick_year('q', n, ref, tense)}-Q{n}" if ref else None
    if g["h_n"] or g["h_w"]:
        n = int(g["h_n"]) if g["h_n"] else _ORDINALS[g["h_w"].lower()]
        if g["h_y"]:
            year = int(g["h_y"])
        elif ref is None:
            return None
        elif g["h_rel"].lower() == "the":
            year = _pick_year("h", n, ref, tense)
        else:
            year = ref.year + {"this": 0, "last": -1, "next": 1}[g["h_rel"].lower()]
        return f"{year}-{6 * n - 5:02d}/{year}-{6 * n:02d}"
    if g["span_m"]:
        last = _month(g["span_m"])
        if g["span_yr"]:
            year = int(g["span_yr"])
        elif ref:
            year = _pick_year("m", last, ref, "past" if tense != "future" else tense)
        else:
            return None
        months = 12 if g["span_y"] else int(_NUMBER_WORDS.get(g["span_n"], 0) or g["span_n"])
        sy, sm = _add_months(year, last, 1 - months)
        return f"{sy}-{sm:02d}/{year}-{last:02d}"
    if ref is None:
        return None
    if g["dr_m"] or g["rd_m"]:
        # "from 6 to 9 January", "March 3-5, 2024": days of one month
        p = "dr" if g["dr_m"] else "rd"
        month, first, last = _month(g[f"{p}_m"]), _day(g[f"{p}_a"]), _day(g[f"{p}_b"])
        if g[f"{p}_y"]:
            year = int(g[f"{p}_y"])
        elif ref is not None:
            ends = [x for y in (-1, 0, 1) if (x := _safe_date(ref.year + y, month, last))]
            year = _pick(ends, ref, tense).year if ends else ref.year
        else:
            return None
        since, until = _safe_date(year, month, first), _safe_date(year, month, last)
        if since is None or until is None or since >= until:
            return None
        return f"{since.isoformat()}/{until.isoformat()}"
    if g["pmd_m"] or g["pdm_m"]:
        month_name, day = (g["pmd_m"], g["pmd_d"]) if g["pmd_m"] else (g["pdm_m"], g["pdm_d"])
        options = [
            x for y in (-1, 0, 1) if (x := _safe_date(ref.year + y, _month(month_name), _day(day)))
        ]
        return _pick(options, ref, tense).isoformat() if options else None
    if g["mo"]:
        mo = _month(g["mo"])
        return f"{_pick_year('m', mo, ref, tense)}-{mo:02d}"
    if g["rel_mo"]:
        mo, word = _month(g["rel_mo"]), g["rel_mod"].lower()
        if word == "last":
            year = ref.year if mo < ref.month else ref.year - 1
        elif word == "next":
            year = ref.year if mo > ref.month else ref.year + 1
        else:
            year = ref.year
        return f"{year}-{mo:02d}"
    if g["mly_m"]:
        shift = {"last": -1, "this": 0, "next": 1}[g["mly_w"].lower()]
        return f"{ref.year + shift}-{_month(g['mly_m']):02d}"
    if g["wd"]:
        wd = _WEEKDAYS[g["wd"].lower()]
        back = (ref.weekday() - wd) % 7
        word = (g["wd_mod"] or "").strip().lower()
        if word in ("last", "past"):
            back = back or 7
        elif word == "next" or tense == "future":
            return (ref + dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)).isoformat()
        return (ref - dt.timedelta(days=back)).isoformat()
    if g["today"]:
        return ref.isoformat()
    if g["yday"]:
        return (ref - dt.timedelta(days=1)).isoformat()
    if g["dayrel"]:
        if anchor_iso is None or len(anchor_iso) != 10:
            return None  # "the previous day" needs the day it counts from
        words = g["dayrel"].lower()
        step = -1 if "previous" in words or words.endswith("before") else 1
        return (dt.date.fromisoformat(anchor_iso) + dt.timedelta(days=step)).isoformat()
    if g["tmrw"]:
        return (ref + dt.timedelta(days=1)).isoformat()
    if g["sfty"]:
        return str(ref.year)
    if g["per"]:
        word, unit = g["per_mod"].lower().split()[-1], g["per"].lower()
        if word in ("following", "previous") and unit == "year" and anchor_iso:
            # "a loss in 2000 ... a profit the following year": counted from the last date
            return _shift_years(anchor_iso, 1 if word == "following" else -1)
        n = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1, "following": 1}.get(
            word, 0
        )
        if unit == "year":
            return str(ref.year + n)
        if unit == "month":
            y, mo = _add_months(ref.year, ref.month, n)
            return f"{y}-{mo:02d}"
        if unit == "quarter":
            y, mo = _add_months(ref.year, ref.month, 3 * n)
            return f"{y}-Q{(mo - 1) // 3 + 1}"
        if unit == "week":
            if g["per_mod"].lower().startswith("earlier"):
                monday = ref - dt.timedelta(days=ref.weekday())
                return f"{monday.isoformat()}/{ref.isoformat()}"
            return _week(ref + dt.timedelta(weeks=n))
        saturday = ref + dt.timedelta(days=(5 - ref.weekday()) % 7 + 7 * n)
        if n < 0:
            saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7 or 7)
        sunday = saturday + dt.timedelta(days=1)
        return f"{saturday.isoformat()}/{sunday.isoformat()}"
    if g["win"]:
        word = (g["win_n"] or "one").lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        unit = g["win_u"].lower().rstrip("s")
        hours = n * {"hour": 1, "day": 24, "week": 168, "month": 730, "year": 8760}[unit]
        if g["win_half"]:
            hours += hours // (2 * n)
        if unit in ("month", "year"):
            y, mo = _add_months(ref.year, ref.month, -round(hours / 730))
            return f"{y}-{mo:02d}/{ref.year}-{ref.month:02d}"
        start = ref - dt.timedelta(days=max(1, hours // 24))
        return f"{start.isoformat()}/{ref.isoformat()}"
    if g["ago_n"]:
        word = g["ago_n"].lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        unit = g["ago_u"].lower().rstrip("s")
        direction = g["ago_w"].lower()
        if direction in ("earlier", "before", "ago"):
            n = -n
        years = n * (10 if unit == "decade" else 1)
        if direction != "ago":
            # "three years later", "a day later": counted from the last date given, if any
            if anchor_iso is None:
                return None
            if unit in ("year", "decade"):
                return _shift_years(anchor_iso, years)
            if len(anchor_iso) != 10 or unit == "month":
                return None
            days = n * (7 if unit == "week" else 1)
            return (dt.date.fromisoformat(anchor_iso) + dt.timedelta(days=days)).isoformat()
        if unit in ("year", "decade"):
            return str(ref.year + years)
        if unit == "month":
            y, mo = _add_months(ref.year, ref.month, n)
            return f"{y}-{mo:02d}"
        if unit == "week":
            return _week(ref + dt.timedelta(weeks=n))
        return (ref + dt.timedelta(days=n)).isoformat()
    if g["yago"]:
        if anchor_iso and "ago" not in g["yago"].lower():
            return _shift_years(anchor_iso, -1)
        return str(ref.year - 1)
    return None


# --- Scope -----------------------------------------------------------------------------------


def _clause_head(token: Token) -> Token:
    while token.dep_ not in _CLAUSE_DEPS and not (
        token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")
    ):
        if token.head.i == token.i:
            break
        token = token.head
    return token


def _anchor(doc: Doc, t: _Time) -> Token | None:
    span = doc.char_span(t.core_start, t.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _attachment(anchor: Token) -> Token:
    """The word a time phrase hangs from: the head of its preposition, else its own head."""
    return anchor.head.head if anchor.dep_ == "pobj" else anchor.head


def _governs(t: _Time, claim: Token, text: str) -> tuple[int, int] | None:
    """(clause depth, tree distance) from the claim up to where `t` hangs; None: `t` stops short."""
    if t.anchor is None:
        return None
    attached = _attachment(t.anchor)
    head = _clause_head(t.anchor.head if t.anchor.dep_ == "pobj" else t.anchor)
    if head.i != claim.i and not head.is_ancestor(claim):
        # A clause's time describes the noun it modifies: "900 migrants crossing last year",
        # "a 6.4 quake that hit on January 7".
        if head.dep_ in ("acl", "relcl") and claim.head.i == head.head.i:
            return 0, 1
        return None
    if t.anchor.is_ancestor(claim):
        return 0, 0  # "on 2 April, when 9,000 members will have voted"
    fronted = t.start < head.idx
    # "They estimated by 2050, demand would rise 50%": a time set off by a comma opens
    # the clause after it, whatever the parser hung it on.
    opens_next = not fronted and text.startswith(",", t.end) and claim.idx > t.end
    depth = hops = 0
    near = None
    token = claim
    while token.i != head.i:
        if token.i == attached.i and near is None:
            near = hops
        verb_conj = token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")
        if token.dep_ in _CLAUSE_DEPS or verb_conj:
            depth += 1
            # An opener governs its whole sentence but a coordinated clause in another tense
            # ("At the time, the firm invested ..., but X reports only 0.5%"), and nothing
            # told in the past can hold at a future time ("From Monday, prices will be quoted
            # in the ariary, which was trading at 1,893").
            tensed = verb_conj or (token.dep_ in _TENSED_DEPS and not fronted)
            relative = token.dep_ == "relcl" or any(c.tag_ in ("WDT", "WP") for c in token.children)
            told, frame = _is_past(token), _is_past(head)
            if tensed and not (opens_next and not relative):
                if told is not None and frame is not None and told != frame:
                    return None  # "was founded in 1990 and employs 500 people"
            if told and _tense(head) == "future":
                return None
            if not fronted and token.dep_ in _OPAQUE_DEPS:
                return None
        token = token.head
        hops += 1
    return depth, hops if near is None else near


def resolve_dates(
    doc: Doc, spans: Sequence[tuple[int, int]], reference: dt.date | None
) -> list[tuple[str | None, str | None]]:
    """For each claim span (char offsets into doc.text): (ISO date or None, date_text or None)."""
    text = doc.text
    results: list[tuple[str | None, str | None]] = [(None, None)] * len(spans)
    if not spans:
        return results
    times = _find_times(text, doc, spans)
    if not times:
        return results
    units = _sentence_units(doc, text)
    unit_starts = [u[0] for u in units]
    time_starts = [t.start for t in times]
    openers: dict[int, _Time | None] = {}

    def times_in(i: int) -> list[_Time]:
        lo, hi = units[i][0], units[i][1]
        a = bisect.bisect_left(time_starts, lo)
        b = bisect.bisect_left(time_starts, hi)
        return [t for t in times[a:b] if t.end <= hi]

    def opener(i: int) -> _Time | None:
        if i not in openers:
            found = None
            lo = units[i][0]
            for t in times_in(i):
                if _OPENING.fullmatch(text, lo, t.start):
                    found = t
                    t.anchor = t.anchor or _anchor(doc, t)
                break
            openers[i] = found
        return openers[i]

    def value(t: _Time) -> str | None:
        if not t.resolved:
            i = max(bisect.bisect_right(unit_starts, t.start) - 1, 0)
            if t.anchor is None:
                t.anchor = _anchor(doc, t)
            t.resolved = True  # set first: anchors below never come back to `t`
            anchor_iso = None
            j = i
            while j > 0 and units[j - 1][2] == units[i][2]:
                j -= 1
            for k in range(j, i + 1):
                for other in times_in(k):
                    if other.start >= t.start:
                        break
                    if other.kind == "point" and other.match is not None:
                        anchor_iso = value(other) or anchor_iso
            if t.kind not in ("event", "baseline"):
                t.value = _resolve(t, reference, anchor_iso)
            if t.shift and t.value and len(t.value) == 10:
                t.value = (dt.date.fromisoformat(t.value) + dt.timedelta(days=t.shift)).isoformat()
        return t.value

    # A time right after a baseline figure is that figure's ("against $66m a year earlier").
    baselines = [
        (e, min(_next_claim(spans, n, len(text)), _phrase_end(text, e)))
        for n, (s, e) in enumerate(spans)
        if _BASELINE_BEFORE.search(text, max(0, s - 30), s)
    ]

    for n, (s, e) in enumerate(spans):
        i = bisect.bisect_right(unit_starts, s) - 1
        if i < 0 or s >= units[i][1] or _DURATION.search(text, s, e):
            continue  # durations and ages hold whenever they are stated
        inside = times_in(i)
        if any(t.start <= s and e <= t.end for t in inside):
            continue  # a figure inside a time phrase ("following the 5.0 quake") names the event
        claim_span = doc.char_span(s, e, alignment_mode="expand")
        claim = claim_span.root if claim_span is not None and len(claim_span) else None
        baseline = _BASELINE_BEFORE.search(text, max(units[i][0], s - 30), s) is not None
        governing: list[tuple[tuple[int, int], int, _Time]] = []
        for t in inside:
            if t.start < e and s < t.end:
                continue  # a claim is never dated by its own words
            if t.anchor is None:
                t.anchor = _anchor(doc, t)
            where = _governs(t, claim, text) if claim is not None else None
            if where is None:
                continue
            if baseline and not s < t.start < _next_claim(spans, n, units[i][1]):
                continue  # "from five to six" under a dated opener: only six takes its date
            if not baseline and any(lo < t.start < hi for lo, hi in baselines):
                continue
            governing.append((where, abs(t.start - s), t))
        chain = [t for _, _, t in sorted(governing, key=lambda g: (g[0], g[1]))]
        own = frame = None
        if not baseline:
            own = opener(i)
            if own is not None and claim is None and not own.start < e:
                chain.append(own)  # the parse lost the figure; its sentence's opener holds
            frame = _paragraph_frame(i, units, opener)
            if frame is not None and own is None:
                chain.append(frame)  # a sentence's own opener replaces the paragraph's
        if not chain:
            continue
        chosen = chain[0]
        if chosen.kind == "event":
            # An event the sentence itself dates ("on February 1, 2003 when it broke up
            # during re-entry, killing all seven") takes that date.
            dated = (t for t in chain[1:] if t is not frame and t.kind == "point" and value(t))
            chosen = next(dated, chosen)
        date = value(chosen)
        if chosen.kind == "since" and date is not None:
            # The end of a "since" is the time its sentence opens with, or the date a
            # paragraph's "As of ..." states; an interval there leaves the reference date.
            ends = [t for t in (own, frame) if t is not None and t is not chosen]
            ends = [t for t in ends if t.kind == "point" and (t is own or _states_when(t))]
            end = next((v for t in ends if (v := value(t)) and "/" not in v), None)
            if end is None:
                end = reference.isoformat() if reference else ".."
            if end != ".." and date[:10] > end[:10]:
                end = ".."  # "from next year": open towards the future
            date = f"{date}/{end}"
        results[n] = (date, text[chosen.start : chosen.end])
    return results


def _states_when(t: _Time) -> bool:
    """Whether an opening time dates a tally ("As of X", "On X, reports said"), not an event."""
    if t.prep in _STATUS_PREPS:
        return True
    return t.anchor is not None and _attachment(t.anchor).lemma_ in _REPORTING


def _phrase_end(text: str, pos: int) -> int:
    """Where the phrase running at `pos` ends: the next comma, dash, bracket or sentence end."""
    found = _PHRASE_END.search(text, pos)
    return found.start() if found else len(text)


def _next_claim(spans: Sequence[tuple[int, int]], n: int, limit: int) -> int:
    """Where the claim after claim `n` starts, or `limit`."""
    later = [s for s, _ in spans if s > spans[n][1]]
    return min([*later, limit])


def _paragraph_frame(
    i: int, units: list[tuple[int, int, int]], opener: Callable[[int], _Time | None]
) -> _Time | None:
    """The time phrase opening the paragraph, when sentence `i` is not its first."""
    paragraph = units[i][2]
    j = i
    while j > 0 and units[j - 1][2] == paragraph:
        j -= 1
    if j == i:
        return None
    frame = opener(j)
    return frame if frame is not None and frame.kind != "since" else None


def _sentence_units(doc: Doc, text: str) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) of each sentence piece; a newline always ends a piece."""
    units: list[tuple[int, int, int]] = []
    paragraph = 0
    counted = 0
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        paragraph += text.count("\n", counted, start)
        for piece in text[start:end].split("\n"):
            if piece.strip():
                units.append((start, start + len(piece), paragraph))
            start += len(piece) + 1
            paragraph += 1
        paragraph -= 1
        counted = end
    return units
