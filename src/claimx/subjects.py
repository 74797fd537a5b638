"""What each number counts or measures, read off the dependency parse."""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from claimx.quantities import MULTIPLYING_VERBS, Quantity
from claimx.sources import QUOTE_CHARS, opens_quote
from claimx.units import AREA_UNITS, unit_kind

Subject = tuple[str | None, str | None]
_NONE: Subject = (None, None)

# Nouns that only count, size or portion out what their "of" phrase names:
# "the number of victims rose", "a 4% share of the retail market".
_CONTAINERS = frozenset(
    "number numbers total tally amount level levels count figure figures sum volume "
    "share proportion percentage portion fraction worth rate rates pace "
    # A dimension word is not the subject: "the total cost of the project will be $40m".
    "cost costs value average capitalisation capitalization size "

    # Units of trade measure their "of" phrase: "a barrel of crude closed up $2.80".
    "barrel barrels ounce ounces tonne tonnes ton tons gallon gallons litre litres".split()
)
# Pieces and packages measure their "of" phrase ("10,000 pieces of baggage"), but alone are
# what is counted ("broke into two pieces").
_PACKAGES = frozenset(
    "piece pieces item items bottle bottles can cans bag bags box boxes sack sacks crate "
    "crates carton cartons packet packets pair pairs".split()
)
# Vehicle loads measure their "of" phrase as packages do (not "downloads of TV programmes").
_LOADS = re.compile(r"(?:coach|bus|truck|lorry|boat|ship|plane|car|van|train|wagon)loads?")
# Kinds name what their "of" phrase is ("this kind of analysis takes 12 hours"), but a count
# of kinds counts kinds ("two types of chancellor").
_KINDS = frozenset("kind kinds type types sort sorts".split())
# Nouns that frame what their "of" phrase names.
# Portions name their "of" phrase ("the majority of people surveyed (52%)"), but alone are
# what is measured ("has a 6,932 majority").
_PORTIONS = frozenset("majority minority bulk".split())
_FRAMES = _CONTAINERS | _PACKAGES | _KINDS | _PORTIONS
# Verbs whose subject undergoes the change they take as object: "profits showed a 5% rise".
_UNDERGOING_VERBS = frozenset(
    "show see post record register enjoy suffer experience achieve deliver notch log book "
    "have make report announce reveal".split()
)
# Objects of idioms of movement, which name nothing measured: "gained ground", "broke records".
_EMPTY_OBJECTS = frozenset("ground momentum steam traction hands place".split())
_IDIOM_OBJECTS = _EMPTY_OBJECTS | {"records", "record"}  # "broke records, topping $50"
# Words leaving a figure open: "5% or more", "three or so".
_OPEN_ENDS = frozenset("more less so above over fewer greater higher lower".split())
# Participles that stand for the people they describe: "five dead and 30 injured".
_HARMED = frozenset(
    "injure wound kill hurt maim arrest detain jail convict charge displace rescue evacuate "
    "strand infect hospitalise hospitalize sicken trap".split()
)
# Verbs taking a reported clause: "found reduction of crop yields exceeded 10%".
_FINDING_VERBS = frozenset(
    "find show say report reveal suggest indicate estimate predict expect believe think "
    "conclude warn claim note calculate argue forecast project".split()
)
# Words that make a bare count refer back to a group counted before: "the three", "all 20",
# "the remaining two", "these five".
_DEFINITE_COUNTERS = frozenset("the all these those remaining other".split())
# Nouns keeping a running count: "the death toll rose from five people to six".
_TALLIES = frozenset("toll tally total count number".split())
# Nouns naming a change: a percentage on them measures what changed ("a 43% rise in net
# profits" -> net profits; "profits, which showed a 5.5% rise" -> profits).
_CHANGE_NOUNS = frozenset(
    "rise rises increase increases fall falls drop drops decline declines jump gain gains cut "
    "cuts reduction reductions surge slump climb dip slide slides slip hike hikes plunge leap "
    "improvement deterioration decrease decreases "
    "rebound uplift upturn downturn".split()
)
# Nouns that forecast a figure for what their "for"/"of" phrase names.
_FORECASTS = frozenset(
    "forecast forecasts estimate estimates projection projections expectation expectations".split()
)
# Measures economies compare other amounts with: "debt at 60% of GDP" measures the debt.
_RATIO_BASES = frozenset(("GDP", "gdp", "GNP", "gnp"))
# Who forecasts, in a compound before a forecast noun ("analyst expectations").
_FORECASTERS = frozenset("analyst market consensus city economist government official".split())
# Verbs whose subject tells a change rather than undergoes it: in "Nationwide reported a rise
# of 0.4%" the subject is a source.
_TELLING_VERBS = frozenset("report announce forecast predict expect project estimate say".split())
# Landmarks a figure names: "broke through the $4 trillion mark", "at a six-year high" measure
# what the clause is about.
_THRESHOLD_NOUNS = frozenset(
    "mark barrier threshold level milestone high low peak record close finish end "
    "highs lows peaks".split()
)
# Verbs whose subject speaks about someone else rather than being the one talked about.
_SPEAKING_VERBS = _FINDING_VERBS | frozenset(
    "tell add insist admit explain describe praise criticise criticize urge ask confirm deny "
    "stress announce".split())
# Units of length: "from six yards" says where an action started.
_LENGTHS = frozenset("yard metre kilometre mile foot".split())
# Words between a currency unit and its price in another: "one euro worth $1.32", "one
# pound buying $1.91", "one dollar fetched 102 yen".
_RATE_WORDS = frozenset("worth buy fetch be = at".split())
# Nouns naming how fast something changes: "grew at an annual rate of 3.7%" measures what grew.
_PACE_NOUNS = frozenset("rate pace speed".split())
# Nouns naming a money measure as such: "the units held a value of £681m" measures the units.
_MEASURE_NOUNS = frozenset(
    "value worth price cost sum total capitalisation capitalization".split()
)
# Prepositions that open a restrictive post-modifier worth keeping in the subject ("members of
# the union", "stake in the airline"); "from", "near" and "around" mostly add provenance or
# place ("employees from Tesco"), "including" and "like" start lists and examples.
_KEEP_PREPS = frozenset(
    "of in at on for inside outside within under over into to aboard between with".split()
)
# Verbs handing money over, or promising to: "donate $8m to victims", "pledged £960m to the
# scheme" name the payee, "pay 72% more for iron ore" what is paid for.
_GIVING_VERBS = frozenset(
    "pay repay donate give return award grant lend refund contribute pledge offer commit"
    " promise".split()
)
# Verbs whose first object is who pays or gains, not what the figure sizes ("costs Africa
# $5bn", "earned the firm $2m").
_TWO_OBJECT_VERBS = frozenset(
    "cost charge save owe earn win bring give pay lend offer grant send make net fine".split()
)
_TIME_ZONES = frozenset("GMT BST UTC EST EDT CET ET PT".split())
# Where a sentence is served: "seven years in jail".
_CUSTODY = frozenset("jail prison custody detention gaol".split())
# Verbs whose object is the subject of the infinitive after it: "expects sales to rise".
# Verbs putting a price on a thing: "a collection valued at $30,000".
_VALUING_VERBS = frozenset("value price estimate put".split())
_EXPECTING_VERBS = frozenset(
    "expect predict forecast project see want allow cause help need".split()
)
# Verbs by whose "by" margin the subject outdoes the object.
_OUTDOING_VERBS = frozenset(
    "outstrip outpace exceed beat outperform outsell top lead trail".split()
)
# Verbs whose subject has the price: "the car costs £9,000", "the house fetched £2m".
_PRICE_VERBS = frozenset("cost fetch sell retail trade".split())
# Verbs spending money or time on what a participle after them does.
_CUTTING_VERBS = frozenset("cut shave slash trim wipe knock chop".split())
# Verbs changing how many of a thing there are: "cut six regiments to five".
_RESIZING_VERBS = _CUTTING_VERBS | frozenset("reduce increase expand raise boost double".split())
_SPENDING_VERBS = frozenset("spend invest waste devote use need take".split())
# What ranks entries: an amount "with" which something tops or enters one is the entry's.
_TABLES = frozenset("chart charts list table league poll rankings standings".split())
# Participles of takings: "entered the chart at number three, taking $9m".
_EARNING_VERBS = frozenset("take earn gross make".split())
# Bare nouns of adverbial phrases a preposition can follow: "up front for the star".
_ADVERBIAL_NOUNS = frozenset("front advance cash full total".split())
# Words a phrase cannot end with: "for the", "rather than", "his".
_NEEDS_NOUN = frozenset("the a an than his her its their my our your this that these".split())
# Particles of phrasal verbs: "buy back shares", "pay off debts".
_PARTICLES = frozenset("back up down off out in over away".split())
# Nouns naming a deal, whose "of" phrase is what a price "for" pays for.
_TRANSACTIONS = frozenset("sale purchase acquisition takeover disposal sell-off".split())
# Verbs of selling, whose object is what the money received "from" them pays for.
_SELLING_VERBS = frozenset("sell dispose offload divest auction".split())
# Sales of securities that raise money: "raise $100m from the offering".
_OFFERINGS = frozenset("offering flotation float listing issue auction privatisation "
                       "privatization ipo".split())
# Verbs of a price or level moving: their "on" phrase is a cause ("fell 50p on fears").
_MOVING_VERBS = frozenset(
    "rise fall lose gain drop climb slip slide jump add shed close end finish trade "
    "surge soar plunge tumble rally ease dip edge sink".split()
)
# Holders whose "in"/"of" phrase names what a percentage of it they hold: "a 30% shareholder
# in Mitsubishi Motors".
_HOLDERS = frozenset("shareholder shareholders stakeholder owner owners holder partner".split())
# Verbs taking money in: their "from" phrase is the giver, not what the money is for.
_RECEIVING_VERBS = frozenset(
    "receive get obtain raise borrow win collect earn secure bank pocket net gross take make"
    .split())
# Verbs of punishment, whose "for" phrase is the offence, not what the money buys (by word
# as well as lemma: the lemmatiser makes "fined" "fin").
_PENALTY_VERBS = frozenset("fine fined fines fining penalise penalize punish".split())
# Verbs whose object or "in" phrase is a racer's time: "clocked 6.56 seconds", "won in 21.07".
_RACING_VERBS = frozenset("clock win finish run record complete take claim clinch".split())
# Events a time is set in, never who set it: "the race was won in 2:10:05".
_EVENT_NOUNS = frozenset("race final heat event title record time course marathon".split())
# What a race distance can name: "the 800m indoor title", "the 60m hurdles", "his 400m heat".
_RACE_EVENTS = frozenset("race final heat heats event title record hurdles relay semi-final "
                         "semi-finals sprint".split())
# Verbs of a height or length an athlete makes ("cleared 4.88m"; not "won the 1,000m").
_LEAPING_VERBS = frozenset("clear jump throw leap vault".split())
# Verbs whose object or complement is a span of time the subject lasts ("the strike lasted 3 days").
_LASTING_VERBS = frozenset("last take span run continue".split())
# Verbs of holding a post or place, and of leaving one: a time they take is the holder's.
_POST_VERBS = frozenset("top head lead captain chair skipper".split())
_LEAVING_VERBS = frozenset("leave quit exit depart".split())
# Copulas and state verbs: the figure describes the state named by their complement.
_STATE_VERBS = frozenset("be remain stay become sit".split())
# Prepositions placing a duration before or after an event: "73 seconds after liftoff".
_TIME_RELATIONS = frozenset("after before since later earlier".split())
# Words introducing a figure compared with an earlier one, which measures the same thing.
_COMPARISON_HEADS = frozenset("compared compare against versus vs vs. than".split())
_NAME_ENTITIES = frozenset(
    "PERSON ORG GPE LOC NORP FAC PRODUCT EVENT WORK_OF_ART LAW LANGUAGE".split()
)
# Entities an "a" or "an" can be the number of: "by an hour", "a million dollars".
_AMOUNT_ENTITIES = frozenset("TIME DATE QUANTITY MONEY PERCENT CARDINAL".split())
# Verbs whose bare count object is people harmed: "the quake, which killed 150,000".
_HARMING_VERBS = frozenset("kill injure wound hurt maim displace evacuate infect".split())
_DIMENSIONS = frozenset("strong long high tall wide deep thick old heavy".split())
# The act of selling a price is set for: "on sale for 79p", "available for download at 79p".
_SALE_NOUNS = frozenset("sale download purchase rent rental hire order pre-order".split())
_TIME_NOUNS = frozenset(
    "year month week day quarter decade century season period hour minute time".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_RELATIVE_PRONOUNS = frozenset("whom which who that".split())
_ANAPHORIC_PRONOUNS = frozenset("them these those they it this".split())
# Speakers and whom they address, who name no one in the text by themselves.
_FIRST_PERSONS = frozenset("i we you".split())
# Pronouns standing for no one: "done nothing for eight years" is the doer's time.
_NO_ONE = frozenset("nothing something anything everything".split())
# Words placing a figure as a lead or gap: "0.02 seconds behind Gatlin", "nine points clear".
_MARGINS = frozenset("behind ahead clear adrift".split())
_DROP_LEFT = frozenset("det predet nummod quantmod punct cc preconj case aux auxpass".split())
_NOUN_POS = frozenset(("NOUN", "PROPN"))
# Mass nouns after "in" that name a form of payment or an aspect, not what the money is for.
# "hit $1.35 in thin trade": the market session a price was seen in.
_IN_ASPECTS = frozenset("value total terms cash all trade trading dealings session".split())
# Words before a time noun that make a figure a rate: "94 billion a year", "$5 per day".
_PER = frozenset("a an per each every".split())
# Roles in which a bare figure stands for a noun said before it ("lost 42", "27 ratified").
_ELIDED_ROLES = frozenset("dobj appos conj dep npadvmod".split())
# A figure right after another, in brackets, after a dash or a semicolon/slash, restates it
# (currency conversions "77m euros (£53m; $100m)", "nearly half - some 47%").
_RESTATEMENT_GAP = re.compile(r"\s*(?:\(|\[|;|/|or|-|–|—)\s*\Z")
# A sum given again in another currency after "or": "$4, or three euros".
_CONVERSION_OR = re.compile(r",?\s{1,2}or\s{1,2}")
# Between an amount (and its noun) and the share restating it: "600 jobs, or 4%".
_OR_GAP = re.compile(r"(?:\s+[a-z][a-z-]*){0,3}\s*,?\s*or\s*")


def find_subjects(
    doc: Doc, quantities: Sequence[Quantity], speakers: Sequence[str | None] | None = None
) -> list[Subject]:
    """For each quantity (offsets into doc.text): (subject noun phrase, its head word).

    `speakers`, one per quantity where known (the attributed source), stand for "I" in what
    they are quoted as saying: "I've only been here five months," Sturrock said."""
    finder = _SubjectFinder(doc, quantities, speakers)
    return [finder.subject(i) for i in range(len(quantities))]


class _SubjectFinder:
    """Resolves subjects quantity by quantity, memoising so restatements can share one."""

    def __init__(
        self, doc: Doc, quantities: Sequence[Quantity], speakers: Sequence[str | None] | None
    ):
        self.doc = doc
        self.speakers = speakers
        self.text = doc.text  # Doc.text is rebuilt from the tokens at every access
        self.quantities = quantities
        self.spans: list[Span | None] = [figure_span(doc, q) for q in quantities]
        # Which quantity each of their tokens belongs to: lets a walk up the parse notice
        # that it went from one figure into another ("30 years and $25 billion").
        self.owner: dict[int, int] = {}
        for index, span in enumerate(self.spans):
            if span is not None:
                for token in span:
                    self.owner.setdefault(token.i, index)
        self.starts = [span.start if span is not None else -1 for span in self.spans]
        self.memo: dict[int, Subject] = {}
        self.pending: set[int] = set()  # figures whose subject is being worked out
        self.unsettled = False  # whether the one being worked out met an open one
        self.capitalised: tuple[set[str], set[str]] | None = None
        # Figures that pre-modify their own noun, with that noun's first token and head:
        # later bare figures ("36 in North Cotabato") borrow the noun.
        self.counted: dict[int, tuple[int, Token]] = {}
        self.score_sides: set[int] = set()
        # Figures that name what they measure with "of" or "in" ("50GB of data"): a bare
        # figure in a parallel clause borrows it ("while the other will hold 30GB").
        self.measured: set[int] = set()
        # Bare shares that took the whole an earlier share named ("only 34% said").
        self.surveyed: set[int] = set()
        line_end = self.text.find("\n")
        # (a quotation closing a headline is no sentence end: "Gazprom 'in $36m claim'")
        first_line = self.text[:max(line_end, 0)].rstrip().rstrip("\"'’”")
        sentence_like = first_line.endswith((".", "!", "?"))
        self.headline_end = line_end if line_end > 0 and not sentence_like else 0

    def subject(self, index: int) -> Subject:
        if index in self.memo:
            return self.memo[index]
        if index in self.pending:
            self.unsettled = True  # a cycle through restatements: no subject this way
            return _NONE
        self.pending.add(index)
        outer, self.unsettled = self.unsettled, False
        try:
            found = _tidy(_without_figure(self._resolve(index), self.spans[index]))
        finally:
            self.pending.discard(index)
        # Teams are names whatever the sentence's first word looks like.
        found = found if index in self.score_sides else self._cased(found)
        if not self.unsettled or not self.pending:
            # A subject worked out while an earlier figure's was still open (a later figure
            # asked about from inside it) may rest on that gap: it is kept only once settled.
            self.memo[index] = found
        self.unsettled = outer or (self.unsettled and bool(self.pending))
        return found

    def _known(self, index: int) -> Subject:
        """The subject already found for figure `index`, or _NONE if it is not settled yet."""
        if index in self.memo:
            return self.memo[index]
        self.unsettled = True
        return _NONE

    def _cased(self, found: Subject) -> Subject:
        """Lower-case a common noun capitalised only because it opens a sentence ("Voter
        turnout was down" -> "voter turnout"); a word the text also capitalises mid-sentence
        or that names an entity is a name and keeps its capital ("Brent crude")."""
        text, word = found
        if not text or not text[:1].isupper():
            return found
        first, _, rest = text.partition(" ")
        if first.isupper() or (word is not None and word != first and word[:1].isupper()):
            return found  # "MPC", or a title before a name: "Dr Greenspan"
        if rest.isdigit():
            return found  # a name closed by its number: "Quake 4"
        if self.capitalised is None:
            openers, names = set(), set()
            for token in self.doc:
                if token.text[:1].isupper():
                    if token.is_sent_start and token.ent_type_ not in _NAME_ENTITIES:
                        openers.add(token.text)
                    elif not token.is_sent_start:
                        names.add(token.text)
            self.capitalised = (openers, names)
        openers, names = self.capitalised
        if first not in openers or first in names:
            return found
        lowered = text[:1].lower() + text[1:]
        return lowered, (word[:1].lower() + word[1:] if word == first else word)

    def _resolve(self, index: int) -> Subject:
        span = self.spans[index]
        if span is None:
            return _NONE
        quantity = self.quantities[index]
        side = self._score_side(span, quantity)
        if side is not None:
            self.score_sides.add(index)
            return side if side[0] else _NONE
        share = self._share_restated(index, quantity)
        if share is not None:
            return share
        previous = self._restated(index)
        if previous is not None:
            return self.subject(previous)
        anchor = figure_anchor(span)
        after = self._after(span)
        if _shot_distance(span, anchor, quantity):
            return _NONE
        race = _race_distance(span, quantity)
        if race is not None:
            return race
        found = (
            (quantity.kind == "fraction" and (
                _multiplied(span, self.owner) or self._multiple_of_figure_before(span)))
            or self._exchange_rate(index, span)
            or self._result_after_name(index, span)
            or _age_of(span, quantity)
            or _times_title(span)
            or (quantity.kind == "duration" and self._owned_time(span))
            or _placed_at(span, quantity)
            or self._area_occupied(span, anchor, quantity)
            or (quantity.kind == "money" and _spent_on(span))
            or (quantity.kind == "money" and _fee_for_move(anchor, span))
            or (quantity.kind == "duration" and _out_for(anchor, span))
            or self._instead_of(span, quantity)
            or self._out_of(span, quantity)
            or self._gapped(span, anchor)
            or self._same_number_again(index, span, quantity)
            or _times_as_many(span)
            or self._that_of(anchor)
            or self._located(span, quantity)
            or self._partitive(span)
            or self._qualified_after_noun(span)
            or self._fronted_at(span)
            # "the money - $1.2bn in grants -", "axing 90 jobs - 17% of their staff": a figure
            # naming what it measures says so even when set off by a dash.
            or self._measured(index, span, anchor, after, quantity)
            or self._after_dash(span, anchor)
            or self._counted_noun(span, anchor, after, index, quantity)
            or _sentence_partitive(span)
            or (quantity.kind == "duration" and self._time_relation(anchor, after))
            or (quantity.kind == "duration" and _custody_for(anchor))
            or self._record_span(span, quantity)
            or _best_named(span)
            or (_spent(quantity) and _purpose_object(anchor, anchor))
            or self._more_of_before(span, anchor, quantity)
            or self._listed_by_place(index, span)
            or (quantity.kind == "money" and (_paid_by(anchor) or _put_to_use(anchor)))
            or (quantity.kind == "money" and self._price_on_sale(anchor))
            or self._from_after_to(index, span, anchor)
            or (quantity.kind == "count" and _counted_in_with_clause(span, anchor, self.owner))
            or self._from_governor(span, anchor, quantity, index)
            or self._listed(index, span)
            or self._parallel(index, span)
            or self._surveyed(index, span, anchor, quantity)
            or self._repeated(index)
            or self._pronoun_subject(index, span, anchor, quantity)
        )
        if found and found[1] and found[1].lower() in _RESTATING_NOUNS:
            pointer = next((t for t in span.sent if t.text == found[1] and _points_back(t)), None)
            earlier = self._previous_subject(span, reach_back=True) if pointer else None
            if earlier is not None and earlier[0] is not None:
                # the measure, not the place it was for: "growth in Malaysia" -> "growth"
                text, _, place = earlier[0].partition(" in ")
                return (text if place[:1].isupper() else earlier[0]), earlier[1]
        if _time_left(span, quantity):
            # "cut the gap to 18-12 with 10 minutes left": the time left on the clock is the
            # game's, if the sentence names it, and no team's, score's or kick's.
            # (a game named after it is another: "... to book a home tie with Middlesbrough")
            game = next((t for t in self.doc[span.sent.start:span.start]
                         if t.lemma_.lower() in _GAME_NOUNS and t.pos_ == "NOUN"), None)
            return _noun_phrase(game) if game is not None else _NONE
        if found and _match_offset(span, quantity) and _names_side(found, span):
            # "volleyed Liverpool ahead after 45 seconds", "went ahead 11 minutes later": a
            # point on the match clock places the event; no team or player lasts that long.
            return _NONE
        return (found or self._age_standing_for(span, anchor, quantity)
                or _attributive_by_order(span, quantity) or _NONE)

    def _age_standing_for(self, span: Span, anchor: Token, quantity: Quantity) -> Subject | None:
        """`The 28-year-old cleared 1.76m`: a clause whose subject is an age standing alone
        is about the person the age stands for."""
        if quantity.kind == "duration" or anchor.dep_ == "pobj":
            # "Five days later, the 34-year-old ...": a time; "made it double gold in the
            # 1500m": an event. Neither is the person's measure.
            return None
        # the verb above the figure (the tagger can call its "m" a verb: "1.76m")
        verb = next((a for a in anchor.ancestors if a.pos_ in ("VERB", "AUX")
                     and not span.start <= a.i < span.end), None)
        if verb is None:
            return None
        subj = _subject_in_line(verb)
        while subj is None and verb.dep_ in ("conj", "xcomp"):
            verb = verb.head  # "cleared 1.76m to win the high jump and threw 13.86m"
            subj = _subject_in_line(verb)
        age = self.owner.get(subj.i) if subj is not None else None
        if age is None or not _AGE_NOUN.search(self.spans[age].text) or (
            subj.i + 1 < len(self.doc) and self.doc[subj.i + 1].pos_ in _NOUN_POS
        ):
            return None  # not an age, or one before its own noun ("the 28-year-old striker")
        found = self.subject(age)
        # a name, as the age found it ("more personal bests" is a misread name)
        return found if found[1] is not None and found[1][:1].isupper() else None

    def _same_number_again(self, index: int, span: Span, quantity: Quantity) -> Subject | None:
        """"Three executives were arrested ... the three had been detained", "all 130,000 for
        the event had been sold": a bare count made definite ("the", "all", "the remaining")
        with no noun of its own points back to the group an earlier figure of the same value
        counted ("the top ten", "the last 16" are places and rounds)."""
        if quantity.kind != "count" or not all(_numeric(t) for t in span):
            return None
        anchor = figure_anchor(span)
        if anchor.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "ROOT"):
            return None  # "the three victims", "the two of them"
        before = self.doc[span.start - 1] if span.start > span.sent.start else None
        if before is None or before.lower_ not in _DEFINITE_COUNTERS:
            return None  # not "the top ten", "the last 16", "the next two": places and rounds
        if span.end < len(self.doc) and self.doc[span.end].lower_ in ("of", "per", "'s", "’s"):
            return None
        for earlier in range(index - 1, -1, -1):
            other = self.quantities[earlier]
            if other.kind == "count" and other.value == quantity.value:
                found = self.subject(earlier)
                return found if found != _NONE else None
        return None

    def _instead_of(self, span: Span, quantity: Quantity) -> Subject | None:
        """`on one bit of silicon instead of two`, `on one mount instead of two`: a bare
        count after "instead of" measures what the figure it replaces measured, or counts
        the noun a "one" before it counted."""
        doc = span.doc
        if quantity.kind != "count" or span.start < 2 or [
            t.lower_ for t in doc[span.start - 2:span.start]
        ] != ["instead", "of"] or (span.end < len(doc) and doc[span.end].pos_ in _NOUN_POS):
            return None
        replaced = self._previous_subject(span)
        if replaced is not None:
            return replaced
        single = next((t for t in reversed(doc[span.sent.start:span.start - 2])
                       if t.lower_ in ("one", "single") and t.head.pos_ == "NOUN"
                       and t.head.i > t.i), None)
        return _noun_phrase(single.head) if single is not None else None

    def _gapped(self, span: Span, anchor: Token) -> Subject | None:
        """`the disabled will make up 16% and the elderly nearly a third`: a figure standing
        for the verb of a clause that leaves the verb out measures that clause's own
        subject, which the parse hangs on the figure."""
        if anchor.dep_ != "conj" or anchor.head.pos_ not in ("VERB", "AUX"):
            return None
        subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.i < span.start and c.i not in self.owner), None)
        if subj is None or subj.pos_ == "PRON" or not (
            subj.pos_ in _NOUN_POS or subj.tag_ == "JJ"
        ):
            return None
        return _noun_phrase(_unwrap_container(subj))

    def _that_of(self, anchor: Token) -> Subject | None:
        """`Liquidity was about half that of a normal working day`: a fraction of "that of"
        something compares the clause's subject with it, and measures the subject."""
        that = anchor.head
        if anchor.dep_ != "predet" or that.lower_ not in ("that", "those") or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in that.children
        ):
            return None
        verb = _governing_verb(that)
        return _clause_subject(verb, self.owner) if verb is not None else None

    def _out_of(self, span: Span, quantity: Quantity) -> Subject | None:
        """`the survey found 39 nations out of 65 questioned`, `64 respondents out of 146`: a
        bare count after "out of" counts what the count before it counted."""
        doc = span.doc
        if quantity.kind != "count" or span.start < 3 or [
            t.lower_ for t in doc[span.start - 2:span.start]
        ] != ["out", "of"] or (span.end < len(doc) and doc[span.end].pos_ in _NOUN_POS):
            return None
        counted = doc[span.start - 3]
        if counted.pos_ != "NOUN" or counted.lower_ == "times" or not any(
            c.dep_ == "nummod" and c.i in self.owner for c in counted.children
        ):
            return None  # "nine times out of ten": no count of anything
        return _noun_phrase(counted)

    def _exchange_rate(self, index: int, span: Span) -> Subject | None:
        """`one euro worth $1.3218`, `One dollar bought 102.55 yen`: a price in one currency
        of a single unit of another is that currency's rate; the single unit itself
        measures nothing."""
        if self.quantities[index].kind != "money":
            return None
        if index + 1 < len(self.quantities) and self._rate_of(index, index + 1):
            return _NONE
        if index > 0 and self._rate_of(index - 1, index):
            unit = self.quantities[index - 1].unit_text or ""
            return unit, unit
        return None

    def _rate_of(self, unit_index: int, price_index: int) -> bool:
        """Whether figure `price_index` prices the single unit of currency `unit_index`."""
        unit, price = self.quantities[unit_index], self.quantities[price_index]
        before, after = self.spans[unit_index], self.spans[price_index]
        if (before is None or after is None or before.sent != after.sent
                or unit.kind != "money" or price.kind != "money" or unit.value != 1
                or unit.unit == price.unit or not (unit.unit_text or "").isalpha()):
            return False
        between = self.doc[before.end:after.start]
        return len(between) <= 2 and all(t.lemma_.lower() in _RATE_WORDS for t in between)

    def _pronoun_subject(
        self, index: int, span: Span, anchor: Token, quantity: Quantity
    ) -> Subject | None:
        """Last resort: a figure in a clause whose subject is a pronoun, by the pronoun: "I"
        is the quote's speaker, "he" or "she" the person named before, "it" or "they" after
        "X said" the reporter."""
        verb = _governing_verb(anchor) if anchor.pos_ not in ("VERB", "AUX") else anchor
        subj = _raised_subject(verb) if verb is not None else None
        if verb is None or subj is None:
            return None
        if subj.text == "I":
            return self._speaker(index, anchor, verb)
        if subj.lower_ in ("he", "she"):
            if verb.lemma_.lower() in (_RACING_VERBS if quantity.unit == "second" else
                                       _LEAPING_VERBS if quantity.unit == "metre" else ()):
                # "after she cleared 4.88m", "he ran 10.02 seconds": the athlete's mark.
                return _person_before(span, described=False)
            return _pronoun_lasting(span, subj, verb, quantity)
        return self._reported_it(verb, subj)

    def _speaker(self, index: int, anchor: Token, verb: Token) -> Subject | None:
        """A time, a measure or an age in a clause whose subject is "I" is the speaker's ("I had
        five years there as a coach", "I was 91kg", "I was 18"), when the figure's source is
        known."""
        speaker = self.speakers[index] if self.speakers is not None else None
        if speaker is None:
            return None
        kind = self.quantities[index].kind
        # "Last year I was 91kg", "I cleared 2.30m": the speaker's own measure; "I feel 100%
        # again", "I am 100%": the speaker's own state (not "I gave 100%", an effort given)
        state = (kind == "percent" and verb.lemma_.lower() in ("be", "feel")
                 and anchor.dep_ in ("attr", "acomp", "npadvmod"))
        if kind not in ("duration", "measure") and not state and not (  # "I was 18": an age
                kind == "count" and verb.lemma_ == "be" and anchor.dep_ in ("attr", "acomp")):
            return None  # "I have 50, 60, 70,000 listeners": they count something else
        return speaker, speaker.split()[-1]

    def _reported_it(self, verb: Token, subj: Token) -> Subject | None:
        """"Media Lab Europe said it spent 8.16 million euros": what "it" or "they" did in a
        reported clause, the reporter did (but what it pays names the payee or the purchase,
        not the payer)."""
        if verb.lemma_.lower() in _GIVING_VERBS:
            return None
        reporter = _reporter_of(verb, subj)
        if reporter is None or reporter.i in self.owner:
            return None
        return _noun_phrase(reporter)

    def _surveyed(
        self, index: int, span: Span, anchor: Token, quantity: Quantity
    ) -> Subject | None:
        """Last resort: a bare share that is a clause's subject ("However, only 34% said
        ...") is a share of the whole an earlier share named ("65% of the 1,000 people
        interviewed said ..."; "40% of the market ... Only 10% is left"), up to two
        sentences back."""
        if quantity.kind not in ("percent", "fraction") or anchor.dep_ not in (
            "nsubj", "nsubjpass"
        ):
            return None
        for earlier in self._earlier(span, _sentences_back(span, 2)):
            if (earlier in self.measured or earlier in self.surveyed) and self.quantities[
                earlier
            ].kind in ("percent", "fraction"):
                found = self._known(earlier)
                if found == _NONE:
                    return None
                self.surveyed.add(index)  # "Furthermore, 16% said ...": the same whole again
                return found
        return None

    def _repeated(self, index: int) -> Subject | None:
        """Last resort: a figure written again word for word ("within 48 hours" in the lead
        and again in the body) that nothing else names repeats the earlier claim."""
        here = self.quantities[index]
        # Not counts or measures: "two" or "800m" (a race) recur for different things.
        if here.kind in ("count", "measure") or not any(ch.isdigit() for ch in here.text):
            return None
        for earlier in range(index - 1, -1, -1):
            other = self.quantities[earlier]
            if other.text.lower() == here.text.lower() and other.kind == here.kind:
                found = self.subject(earlier)
                return found if found != _NONE else None
        return None

    def _parallel(self, index: int, span: Span) -> Subject | None:
        """Last resort: a figure nothing else names takes the subject of the nearest earlier
        figure of the same kind in its sentence ("margins were 14.1%, which it said could
        reach 14.8%")."""
        kind = self.quantities[index].kind
        earlier = self._nearest_of_kind(span, (kind,))
        if earlier is not None:
            return earlier if earlier != _NONE else None
        # "it earned $10m, down from a profit of $133m": a later figure that names its noun.
        for later in range(index + 1, len(self.quantities)):
            other = self.spans[later]
            if other is None or other.sent != span.sent:
                break
            if self.quantities[later].kind == kind and self._restated(later) is None:
                found = self.subject(later)
                anchor = figure_anchor(other)
                own_noun = later in self.counted or (
                    anchor.dep_ == "pobj" and anchor.head.lower_ == "of"
                    and anchor.head.head.pos_ == "NOUN"
                    # "cleared 6.70m to better Smith's mark of 6.61m": a record is its
                    # holder's, not a measure the earlier figure shares
                    and not _held_record(anchor.head.head))
                return found if own_noun and found != _NONE else None
        return None

    def _owned_time(self, span: Span) -> Subject | None:
        """`in the prize's 20 years`, `despite his 69 years`, `its first three days in
        cinemas`: a stretch of time a possessive gives is its owner's (not "its five-year
        plan", where the time describes the plan)."""
        unit = span[-1]
        owner = next((c for c in unit.children if c.dep_ == "poss"), None)
        if unit.tag_ != "NNS" or owner is None:
            return None
        if owner.pos_ in _NOUN_POS:
            return _noun_phrase(owner)
        if owner.lower_ not in ("his", "her", "its", "their"):
            return None
        # the subject of the clause the time belongs to ("The film took £788,439 in its first
        # three days", "Mr Kennedy said during his 22 years in Parliament ..."), else the
        # person or thing named before
        verb = next((t for t in unit.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = _raised_subject(verb) if verb is not None else None
        person = owner.lower_ in ("his", "her")
        if (subject is not None and subject.pos_ in _NOUN_POS
                and (subject.ent_type_ == "PERSON") == person):
            return _noun_phrase(subject)
        if person:
            return _person_before(span, described=False)
        return self._previous_subject(span, reach_back=True)

    def _price_on_sale(self, anchor: Token) -> Subject | None:
        """`The single is now on sale for 79p`, `Weekend tickets are on sale priced at £125`,
        `A copy is available for download at 79p`: a price of a sale is what is sold, the
        clause's subject (or the object put on sale), not "sale"."""
        if anchor.dep_ != "pobj" or anchor.head.lower_ not in ("for", "at"):
            return None
        sale = anchor.head.head
        if sale.tag_ == "VBN" and sale.dep_ == "acl" and sale.lemma_.lower() == "price":
            sale = sale.head  # "on sale priced at £125"
        if not (sale.lemma_.lower() in _SALE_NOUNS and sale.dep_ == "pobj"
                and sale.head.lower_ in ("on", "for")):
            return None
        verb = sale.head.head
        if verb.pos_ == "ADJ" and verb.dep_ in ("acomp", "amod"):
            verb = verb.head  # "is available for download"
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        sold = _object(verb, anchor, self.owner)  # "put the shares on sale at 300p"
        return _noun_phrase(sold) if sold is not None else _clause_subject(verb, self.owner)

    def _from_after_to(self, index: int, span: Span, anchor: Token) -> Subject | None:
        """`earnings slid to $1.1bn (£581m), from $1.4bn a year earlier`: a level "from" which
        a change started, set off right after the level it went "to", is the same measure's,
        wherever the parse hung the "from"."""
        doc = span.doc
        if not (anchor.dep_ == "pobj" and anchor.head.lower_ == "from"
                and anchor.head.i == span.start - 1 and span.start >= 3
                and doc[span.start - 2].text == ","):
            return None
        kind = self.quantities[index].kind
        for earlier in range(index - 1, -1, -1):
            other = self.spans[earlier]
            if other is None or other.sent != span.sent:
                return None
            if self._restated(earlier) is not None:
                continue  # the conversion of the level: "$1.1bn (£581m)"
            gap = doc[other.end:span.start - 2]
            level = figure_anchor(other)
            if (self.quantities[earlier].kind == kind and level.dep_ == "pobj"
                    and level.head.lower_ == "to" and all(t.is_punct or t.i in self.owner
                                                          or t.like_num for t in gap)):
                found = self.subject(earlier)
                return found if found != _NONE else None
            return None
        return None

    def _score_side(self, span: Span, quantity: Quantity) -> Subject | None:
        """For one side of a score, the team whose goals, games or votes it counts: `Sweden
        1 – 0 Korea Republic`, `Sweden defeated South Korea 1 – 0`, `lost 1 – 2 to
        England`; or the result it is written before (`a 3-2 win over Cotonsport`); (None,
        None) when the report does not say (`it ended 0 – 0`); None when the figure is not a
        score side at all."""
        if quantity.kind != "count" or not quantity.value.is_integer() or quantity.value > 30:
            return None
        left = _SCORE_AFTER.match(self.text, quantity.end) is not None
        right = _SCORE_BEFORE.search(self.text, max(0, quantity.start - 6), quantity.start)
        if not left and right is None:
            return None
        doc = self.doc
        # A fixture line names both teams around the score: "Sweden 1 – 0 Korea Republic".
        pair = span.end + 1 if left else span.start - 2  # the other side, past the dash
        first, second = (span.start, pair + 1) if left else (pair, span.end)
        home, away = _name_before(doc, first), _name_after(doc, second)
        if home is not None and away is not None:
            return home if left else away
        return self._score_team(span, left) or _NONE

    def _score_team(self, span: Span, left: bool) -> Subject | None:
        """A score side's team from the clause: the subject wins or loses, the object or the
        "to"/"over" phrase is the other side; or the result a score is written before."""
        doc, verb = span.doc, span[-1]
        while verb.head != verb and verb.pos_ not in ("VERB", "AUX") and (
            verb.lower_ not in _RESULT_NOUNS
        ):
            if verb.lower_ in _VOTE_NOUNS:
                return _noun_phrase(verb)  # "rejected in a 2-1 decision": both sides
            verb = verb.head
        if verb.lemma_.lower() in _VOTING_VERBS:
            # "the board voted 8-1", "was passed 8-1 by the committee": the body voting.
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            voters = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
            if voters is not None and voters.pos_ in _NOUN_POS:
                return _noun_phrase(voters)
            return _clause_subject(verb, self.owner)
        if verb.lower_ in _RESULT_NOUNS and verb.pos_ == "NOUN":
            # "a 3-2 win over X", "Chelsea's 1-0 defeat", "a 2-0 lead": a score written
            # before a result measures that result, as readers take it (104 of 106 blind
            # annotations of such scores name the result, 2 a team). The phrase starts
            # after the score ("their 3-0 Cup win" -> "Cup win").
            after = span.end
            while after < verb.i and (doc[after].text.isdigit() or doc[after].text in "-–()/"):
                after += 1
            return _noun_phrase(verb, after)
        if verb.lower_ in _RESULT_NOUNS and not left:
            # The tagger's verb "win" in "the 11-9 Six Nations win over England": the loser
            # follows "over".
            beaten = _prep_object(verb, "over") or _prep_object(verb, "against")
            if beaten is not None:
                return beaten
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        contest = next((c for c in verb.children if c.dep_ == "dobj" and c.i < span.start
                        and c.lemma_.lower() in _CONTEST_NOUNS), None)
        if contest is None and verb.dep_ == "relcl" and any(
                c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in verb.children):
            # "the match which the Blues won 1-0": the contest the relative clause is about.
            contest = verb.head if verb.head.lemma_.lower() in _CONTEST_NOUNS else None
        if contest is not None:
            # "won the deciding set 6-3", "lost the match 3-0", "take the match 7-5 6-1": a
            # score after the contest won or lost measures that contest, as readers take it
            # (10 of 12 blind annotations of such scores name it).
            return _noun_phrase(contest)
        if verb.lemma_.lower() in ("put", "send", "take", "edge", "move"):
            # "putting Sweden 1 – 0 up": the object leads; the other side is not named.
            leader = _object(verb, span[-1], self.owner)
            if leader is not None and leader.i < span.start:
                return _noun_phrase(leader) if left else None
        if left:
            winner = _clause_subject(verb, self.owner)
            # Only a team can score: "the first half ended 1 – 1" names none.
            return winner if winner is not None and _teamlike(winner[1]) else None
        beaten = _object(verb, span[-1], self.owner)
        if beaten is not None and verb.lemma_.lower() in _BEATING_VERBS:
            return _noun_phrase(beaten)
        # "Chelsea beat Arsenal 2-1", however the parse attached "Arsenal".
        named = _name_before(self.doc, span.start - 2)
        return named or _prep_object(verb, "to") or _prep_object(verb, "against")

    def _result_after_name(self, index: int, span: Span) -> Subject | None:
        """`followed by Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48`: a measure set off
        after a person's name in a list of results is the same measure as the figure that
        opened the list ("posted a time of 2:05:45")."""
        quantity, doc = self.quantities[index], self.doc
        if quantity.kind not in ("duration", "measure") or span.start < 2 or (
            doc[span.start - 1].text != ","
        ):
            return None
        if span.end < len(doc) and doc[span.end].text not in (",", ".", ";"):
            return None
        name = doc[span.start - 2]
        if name.ent_type_ != "PERSON":
            return None
        for earlier in self._earlier(span, _sentences_back(span, 1)):
            other = self.quantities[earlier]
            if (other.kind, other.unit) == (quantity.kind, quantity.unit):
                found = self.subject(earlier)
                word = found[1]
                # Only a measure named by a common noun ("time"), not another runner.
                if word and word[:1].islower():
                    return found
                return None
        return None

    def _area_occupied(self, span: Span, anchor: Token, quantity: Quantity) -> Subject | None:
        """`the butterflies occupied roughly 6.05 hectares ... The hibernation area was as
        large as 21 hectares`, `a search mission involving three helicopters covering 160
        square miles`: an area that many things occupy or cover is no measure of those
        things but of an area: the one the text names nearby, measured in the same
        dimension, else the activity the things take part in."""
        if quantity.unit not in AREA_UNITS or anchor.dep_ != "dobj" or (
            anchor.head.lemma_.lower() not in _COVERING_VERBS
        ):
            return None
        verb = anchor.head
        occupant = verb.head if verb.dep_ == "acl" else next(
            (c for c in verb.children if c.dep_ == "nsubj"), None)
        if occupant is None or occupant.tag_ != "NNS":
            return None  # "the farm covers 200 hectares": the farm's own area
        doc, end = self.doc, span.sent.end
        end = doc[end].sent.end if end < len(doc) else end
        # the sentence before, this one and the one after
        areas = [t for t in doc[_sentences_back(span, 1):end]
                 if t.lemma_.lower() in _AREA_NOUNS and t.pos_ == "NOUN"
                 and t.dep_ in ("nsubj", "nsubjpass")]
        measured = [t for t in areas if any(
            other is not None and other.sent == t.sent and other.start > t.i
            and self.quantities[k].unit in AREA_UNITS
            for k, other in enumerate(self.spans))]
        if measured:
            return _noun_phrase(min(measured, key=lambda t: abs(t.i - span.start)))
        if occupant.dep_ in ("dobj", "pobj") and occupant.head.lower_ in _TAKING_PART and (
            occupant.head.head.pos_ == "NOUN"
        ):
            # "a mission involving three helicopters": the mission covers the area (not a
            # figure of its own before it: "a 24-hour search mission").
            activity = occupant.head.head
            figures = [t.i for t in activity.lefts for t in t.subtree if t.i in self.owner]
            return _noun_phrase(activity, max(figures) + 1 if figures else None)
        return None

    def _fronted_at(self, span: Span) -> Subject | None:
        """`At about 80% of GDP, Turkey's gross debt is double that`, `At 101, he feels
        fine`: a figure fronted with "at" describes the subject after the comma."""
        doc, sent = self.doc, span.sent
        i = span.start - 1
        while i >= sent.start and doc[i].pos_ == "ADV":
            i -= 1  # "At about 80%"
        if i < sent.start or doc[i].lower_ != "at" or any(
            not doc[k].is_punct for k in range(sent.start, i)
        ):
            return None
        comma = next((j for j in range(span.end, min(sent.end, span.end + 6))
                      if doc[j].text == ","), None)
        if comma is None or comma + 1 >= sent.end:
            return None
        first = doc[comma + 1]
        if first.pos_ == "PRON":
            return _person_before(span, described=False) if first.lower_ in ("he", "she") else None
        end = comma + 1
        while end < sent.end and end not in self.owner and (
            doc[end].pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PART")
        ):
            end += 1
        nouns = [t for t in doc[comma + 1:end] if t.pos_ in _NOUN_POS]
        return _noun_phrase(nouns[-1]) if nouns else None

    def _qualified_after_noun(self, span: Span) -> Subject | None:
        """`face a fine up to 200,000 yuan`: a qualified figure right after a common noun
        sizes that noun (the parse often makes them two objects of the verb)."""
        first = span[0]
        if span.start == 0 or not first.is_alpha or _numeric(first) or first.pos_ == "PROPN":
            return None  # no qualifier written before the figure ("up to", "about")
        noun = self.doc[span.start - 1]
        if (noun.pos_ != "NOUN" or noun.i in self.owner or _when(noun)
                or noun.lemma_.lower() in _TIME_NOUNS or noun.lower_ in _CHANGE_NOUNS
                or not any(c.lower_ in ("a", "an") for c in noun.lefts)):
            return None  # "a fine up to", not "gave farmers about $5m"
        return _noun_phrase(_unwrap_container(noun))

    def _multiple_of_figure_before(self, span: Span) -> Subject | None:
        """`making 210bn yuan in profits, almost double the figure in 2000`, `reached £3.3
        trillion - triple the value 10 years earlier`: a multiple set off after a figure
        compares that figure with another, so it measures what that figure measures."""
        word = span[-1]
        if word.lemma_.lower() not in MULTIPLYING_VERBS or word.pos_ == "VERB" or span.start < 2:
            return None
        if self.doc[span.start - 1].text not in (",", "-", "–", "—"):
            return None
        earlier = next(self._earlier(span, span.sent.start), None)
        found = self._known(earlier) if earlier is not None else _NONE
        return found if found != _NONE else None

    def _after_dash(self, span: Span, anchor: Token) -> Subject | None:
        """`its additional fuel costs - a predicted extra £250m`: a figure set off by a dash
        after a noun restates that noun's amount."""
        i = span.start - 1
        while i > 0 and (self.doc[i].pos_ in ("DET", "ADJ", "ADV")
                         or (self.doc[i].tag_ == "VBN" and self.doc[i].dep_ == "amod")):
            i -= 1
        separators: tuple[str, ...] = ("-", "–", "—")
        if i > 1 and self.doc[i].lower_ == "at" and span.end < len(self.doc) and (
            self.doc[span.end].text in (",", *separators)
        ):
            # "Wednesday's earthquake, at 6.3, was the strongest": set off by commas too.
            i -= 1
            separators = (",", *separators)
        if i < 1 or self.doc[i].text not in separators:
            return None
        if self.doc[i].text == "-" and not (self.doc[i - 1].whitespace_ or self.doc[i].whitespace_):
            return None  # a hyphen inside a word: "to a career-best 24"
        if (span.end < len(self.doc) and self.doc[span.end].tag_ == "NNS"
                and self.doc[span.end].lower_ not in _RANK_STEPS | {"points"}
                and any(t.head.i == span.end for t in span)):
            # "One in 10 US adults - 22 million people -" counts the people; but "the side -
            # 17 places inferior -" is a gap in a table, not a count.
            return None
        own = anchor.head
        if (own.i >= span.end and own.pos_ == "NOUN" and own.i not in self.owner
                and own.lower_ not in _RANK_STEPS | {"points"} and own.left_edge.i <= span.start
                and not any(_spaced_dash(t) for t in self.doc[span.end:own.i])):
            return None  # "a rival - the 530 pence-a-share offer": the figure's own noun
        noun = self.doc[i - 1]
        if noun.tag_ in ("VBN", "VBD") and noun.dep_ == "acl":
            noun = noun.head  # "the 246,570 cases reported - almost 30% -"
        elif noun.tag_ == "VBN" and noun.i > 0 and self.doc[noun.i - 1].tag_ in ("NN", "NNS"):
            noun = self.doc[noun.i - 1]  # the same, when the parse made "received" the verb
        while (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ != "of"
               and noun.head.head.pos_ == "NOUN" and noun.head.head.i not in self.owner):
            noun = noun.head.head  # "the price tag on a hybrid - upwards of $3,000 -": the tag
        if noun.pos_ not in _NOUN_POS or noun.i in self.owner or _when(noun) or (
            noun.ent_type_ == "DATE" and noun.pos_ == "PROPN"  # "on 22 February - five days"
        ):
            return None
        return _noun_phrase(_unwrap_container(noun))

    def _listed(self, index: int, span: Span) -> Subject | None:
        """`Sixty percent of the funds go to A, 30% to B and 10% to C`: a bare share in a
        list of shares, which the parse did not link, takes the subject of the one before."""
        shares = ("percent", "fraction")
        if index == 0 or self.quantities[index].kind not in shares:
            return None
        before = self.spans[index - 1]
        if (before is None or before.sent != span.sent
                or self.quantities[index - 1].kind not in shares):
            return None
        if self.doc[span.start - 1].text not in (",", ";"):
            return None
        return self.subject(index - 1) if self.subject(index - 1)[0] else None

    def _listed_by_place(self, index: int, span: Span) -> Subject | None:
        """`the average price was £192,713 in England; £139,544 in Wales`: a figure after a
        semicolon that follows a figure of the same kind and its phrase of place or time
        lists the same measure again."""
        if index == 0 or span.start == 0 or self.doc[span.start - 1].text != ";":
            return None
        before = self.spans[index - 1]
        if (before is None or before.sent != span.sent
                or self.quantities[index - 1].kind != self.quantities[index].kind
                or self.doc[before.end].pos_ != "ADP"
                or any(t.pos_ in ("VERB", "AUX") for t in self.doc[before.end:span.start])):
            return None
        return self.subject(index - 1) if self.subject(index - 1)[0] else None

    def _after(self, span: Span) -> Token | None:
        """The first token after the figure, past "each" and a bracketed restatement of it."""
        doc, i = self.doc, span.end
        if i < len(doc) and doc[i].lower_ == "each":
            i += 1  # "will own 13% each of the hub"
        if i + 1 < len(doc) and doc[i].lower_ == "or" and doc[i + 1].lower_ in _OPEN_ENDS:
            i += 2  # "holders of 5% or more of the firm's shares"
        if i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ == "worth":
            i += 1  # "2.4bn euros-worth of debts"
        if i + 1 < len(doc) and doc[i].lower_ == "worth" and doc[i + 1].lower_ == "of":
            i += 1  # "£5m worth of goods"
        if i + 1 < len(doc) and doc[i].lower_ == "to" and doc[i + 1].i in self.owner:
            # "from 19% to 37% of households": the range's end names the whole of both.
            j = i + 1
            while j < len(doc) and j in self.owner:
                j += 1
            if j < len(doc) and doc[j].lower_ == "of":
                i = j
        if i + 1 < len(doc) and doc[i].is_quote and doc[i + 1].lower_ == "of":
            i += 1  # 'revealed that "about a third" of Asbos were breached
        if i < len(doc) and doc[i].text in ("(", "["):
            close = next(
                (j for j in range(i + 1, min(i + 12, len(doc))) if doc[j].text in (")", "]")),
                None,
            )
            if close is not None and any(j in self.owner for j in range(i + 1, close)):
                i = close + 1
        elif i + 1 < len(doc) and _spaced_dash(doc[i]) and i + 1 in self.owner:
            # "Nearly half - 48% - of the workers": past a figure restating it between dashes.
            j = i + 1
            while j < len(doc) and j in self.owner:
                j += 1
            if j + 1 < len(doc) and _spaced_dash(doc[j]):
                i = j + 1
        return doc[i] if i < len(doc) else None

    def _share_restated(self, index: int, quantity: Quantity) -> Subject | None:
        """`cut production by 10,000 vehicles, or 1.2%`, `closed down 0.89 points, or
        0.01%`: a share restating an amount measures what the amount changed, not the
        amount's own noun."""
        if index == 0 or quantity.kind != "percent":
            return None
        before, span = self.quantities[index - 1], self.spans[index - 1]
        if span is None or before.kind == "percent" or before.end > quantity.start:
            return None
        if not _OR_GAP.fullmatch(self.text[before.end:quantity.start]):
            return None
        if self.text.startswith(" of ", quantity.end):
            return None  # "5.2 million people, or 12.6% of the working-age population"
        anchor = figure_anchor(span)
        if (anchor.head.i >= span.end and anchor.head.pos_ == "NOUN"
                and anchor.head.i not in self.owner):
            anchor = anchor.head  # from the noun the amount counts ("vehicles")
        return self._from_governor(span, anchor, before, index - 1)

    def _restated(self, index: int) -> int | None:
        """The quantity this one restates in brackets right after it, if any."""
        if index == 0:
            return None
        here, before = self.quantities[index], self.quantities[index - 1]
        gap = self.text[before.end:here.start]
        if before.end <= here.start and len(gap) <= 4 and _RESTATEMENT_GAP.fullmatch(gap):
            if gap.strip() in ("(", "[", "-", "–", "—"):
                return index - 1
            # After ";" or "/" only inside the same brackets: "(£53m; $100m)".
            earlier = self._restated(index - 1)
            return index - 1 if earlier is not None else None
        if (before.end <= here.start and _CONVERSION_OR.fullmatch(gap) and here.kind == "money"
                and before.kind == "money" and here.unit != before.unit):
            return index - 1  # "less than $4, or three euros, a day": the same sum again
        return None

    def _located(self, span: Span, quantity: Quantity) -> Subject | None:
        """A place located by its distance from another: "close to Bouira, about 100 km (60
        miles) south of the capital" -> Bouira (a distance in apposition to a name)."""
        if quantity.kind != "measure" or not _WHERE_FROM.match(self.text, quantity.end):
            return None
        comma = span.start - 1
        while comma > 0 and self.doc[comma].dep_ in ("advmod", "quantmod"):
            comma -= 1  # "Bouira, about 100 km ..."
        if comma < 1 or self.doc[comma].text != "," or self.doc[comma - 1].pos_ != "PROPN":
            return None
        place = self.doc[comma - 1]
        # A name the tagger may file under any label ("Bouira" as a person).
        entity = next((e for e in self.doc.ents if e.start <= place.i < e.end), None)
        return (entity.text, place.text) if entity is not None else (place.text, place.text)

    def _partitive(self, span: Span) -> Subject | None:
        """`45 survivors, of whom 12 needed treatment` -> `survivors who needed treatment`."""
        if span.start < 2 or self.doc[span.start - 2].lower_ != "of":
            return None
        relative = self.doc[span.start - 1]
        if relative.lower_ not in ("whom", "which"):
            return None
        antecedent = None
        token = relative
        for _ in range(6):
            if token.dep_ in ("relcl", "acl") and token.head.pos_ in _NOUN_POS:
                antecedent = token.head
                break
            if token.head == token:
                break
            token = token.head
        if antecedent is None:
            return None
        word = antecedent.text
        whole = self.owner.get(antecedent.i)
        if whole is not None and whole != self.owner.get(span.start):
            # "Revenue was $3bn, of which $1bn came from China": the clause hangs on a
            # figure, so the part is of what that figure measured.
            word = self.subject(whole)[1] or ""
            if not word:
                return None
        # The clause that says what the part did, up to the next part or the sentence's end.
        sent_end, end = span.sent.end, span.end
        while end < sent_end and self.doc[end].dep_ != "cc" and not self.doc[end].is_punct:
            end += 1
        predicate = self.doc[span.end:end].text
        pronoun = "who" if relative.lower_ == "whom" else "that"
        return f"{word} {pronoun} {predicate}", word

    def _measured(
        self, index: int, span: Span, anchor: Token, after: Token | None, quantity: Quantity
    ) -> Subject | None:
        found = self._measured_stuff(span, anchor, after, quantity)
        if found is not None:
            self.measured.add(index)
            plural = anchor.head
            of = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"),
                      None)
            if (of is not None and anchor.dep_ == "nsubj" and _plural_as_verb(plural)
                    and any(g.dep_ == "pobj" and g.pos_ == "PROPN" and g.i + 1 == plural.i
                            for g in of.children)):
                # "all four of their Davis Cup matches": the tagger took the plural ending
                # the "of" phrase for a verb whose subject is the figure; a name before it
                # modifies it (not "half of the population lives").
                first = of.i + 1
                while first < plural.i and self.doc[first].tag_ in ("DT", "PRP$"):
                    first += 1  # "their", "the"
                return self.doc[first:plural.i + 1].text, plural.text
        return found

    def _parallel_measure(self, verb: Token, span: Span, kind: str) -> Subject | None:
        """The stuff an earlier figure of the same kind measured in the clause this one
        parallels: "exported £16.9bn worth of goods, but imported £21.5bn" (the goods); but
        "serve nine years in prison and be fined $7,500" pays no prison."""
        if verb.dep_ not in ("conj", "advcl"):
            return None
        for index in self._earlier(span, span.sent.start):
            other = self.spans[index]
            governor = _governing_verb(figure_anchor(other)) if other is not None else None
            # "will be able to store 50GB of data, while the rival will hold 30GB"
            if index in self.measured and governor is not None and (
                    self.quantities[index].kind == kind) and (
                    governor == verb.head or verb.head in governor.ancestors):
                return self.subject(index)
        return None

    def _measured_stuff(
        self, span: Span, anchor: Token, after: Token | None, quantity: Quantity
    ) -> Subject | None:
        """`176,237 hectares of land`, `a third of Seagram`, `£51.6m in losses`."""
        if after is None:
            return None
        if quantity.kind == "money" and after.ent_type_ == "DATE":
            # "are owed about $5bn this year in debt repayments": past the date.
            i = after.i
            while i < len(self.doc) and self.doc[i].ent_type_ == "DATE":
                i += 1
            if i < len(self.doc) and self.doc[i].lower_ == "in":
                after = self.doc[i]
        if (after.lower_ in ("more", "fewer", "less") and after.i + 1 < len(self.doc)
                and self.doc[after.i + 1].lower_ == "of"):
            after = self.doc[after.i + 1]  # "an option to buy 10 more of the aircraft"
        elif (after.lower_ == "out" and after.i + 1 < len(self.doc)
              and self.doc[after.i + 1].lower_ == "of" and quantity.kind == "count"
              and not _portion_of(anchor)):  # "smartphones will make up 117m out of ..."
            after = self.doc[after.i + 1]  # "lost four out of their six games"
        word = after.lower_
        if word == "in" and quantity.kind == "duration":
            place = next((c for c in after.children if c.dep_ == "pobj"), None)
            if place is not None and place.lemma_.lower() in _CUSTODY:
                return _noun_phrase(place)  # "up to seven years in jail"
        if (word in ("relating", "related", "linked", "tied", "attributable")
                and after.i + 1 < len(self.doc) and self.doc[after.i + 1].lower_ == "to"
                and not (anchor.dep_ == "pobj" and anchor.head.lower_ == "of")):
            # "to return 136m euros relating to a 2003 bond deal": what the money concerns.
            to = self.doc[after.i + 1]
            about = next((c for c in to.children if c.dep_ == "pobj"), None) or (
                _noun_run_end(to))
            if about is not None and about.pos_ in _NOUN_POS and not _when(about):
                return _noun_phrase(about)
        if word == "into" and quantity.kind == "duration":
            # "four years into the process": how far along it is.
            place = next((c for c in after.children if c.dep_ == "pobj"), None)
            if place is not None and place.pos_ in _NOUN_POS and not _when(place):
                return _noun_phrase(place)
        if word == "for" and quantity.kind == "money" and span.start <= after.head.i < span.end:
            # "the club £3m for the striker": what the money buys, when the parse hangs the
            # "for" phrase on the figure itself; not "a deal worth $1bn for Airbus to sell
            # planes", whose "for" opens a clause.
            pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
            clause = pobj is not None and pobj.right_edge.i + 2 < len(self.doc) and (
                self.doc[pobj.right_edge.i + 1].lower_ == "to"
                and self.doc[pobj.right_edge.i + 2].tag_ == "VB")
            # Nor what something costs: "disks costing $30 for new titles", "the service
            # costs $15 a month for unlimited downloads" price the verb's subject.
            verb = _governing_verb(anchor)
            if verb is not None and verb.lemma_.lower() == "cost":
                return None
            if (pobj is not None and pobj.pos_ in _NOUN_POS and not _numeric(pobj) and not clause
                    # nor a stretch of time the sum is reckoned over: "from $2.8bn for the
                    # same period in 2003"
                    and pobj.ent_type_ not in ("DATE", "TIME")
                    and pobj.lemma_.lower() not in _TIME_NOUNS):
                return _noun_phrase(pobj)
            return None
        if word != "of" and not (word == "in" and _measured_kind(quantity) == "money"):
            return None
        if (word == "of" and quantity.kind in ("percent", "fraction") and anchor.dep_ == "pobj"
                and anchor.head.lower_ == "by" and anchor.head.dep_ == "prep"
                and anchor.head.head.pos_ in ("VERB", "AUX", "ADV", "ADJ")):
            # "turnout was down by 1.5% of the electorate": the "of" phrase is the base the
            # change is reckoned on; the figure measures what changed.
            return None
        pobj = next((c for c in after.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None and word == "of":
            pobj = _noun_run_end(after)  # the parse lost the object: "half of the X's market"
        if pobj is not None:
            pobj = _hyphen_end(pobj)  # "10% of the co-founders", split by the tokenizer
        whole = self.owner.get(pobj.i) if pobj is not None and word == "of" and (
            quantity.kind in ("percent", "fraction")) else None
        if whole is not None and whole != self.owner.get(anchor.i):
            # "47% of the £1.34bn spent on games", "half of the 300": a share of another
            # figure measures what that figure measured (not a count or a sum: "four of the 12
            # whose backgrounds were known", "repay its creditors $220m of the $550m it lost").
            found = self.subject(whole)
            return found if found != _NONE else None
        task = pobj is not None and pobj.dep_ == "pcomp" and pobj.tag_ == "VBG"
        if pobj is not None and (task or (pobj.dep_ == "pcomp" and pobj.pos_ in ("VERB", "AUX"))):
            # "invest $48m in renovating parts of the hotel": what the task acts on; "half of
            # what car makers consider sufficient numbers": what the clause names.
            pobj = next((c for c in pobj.children if c.dep_ == "dobj"), None)
        if pobj is None or pobj.like_num or (
            # "two of the busiest months" counts months; "10% of 2004" names a date.
            pobj.ent_type_ in ("DATE", "TIME") and not (word == "of" and pobj.tag_ == "NNS")
        ):
            return None
        if any(c.ent_type_ == "DATE" and c.pos_ in ("NUM", "PROPN", "NOUN")
               # a name's possessive is an owner: "$6bn of May's debt"
               and not (c.dep_ == "poss" and c.pos_ == "PROPN")
               # what the money is: "$40.8m in weekend ticket sales"
               and not (word == "in" and c.dep_ == "compound" and c.pos_ == "NOUN")
               for c in pobj.lefts) and not _age_group(pobj):
            return None  # "exceeded 10% of 2000 levels" compares with a year, names nothing
        if (word == "in" and pobj.lower_ == "order" and pobj.i + 1 < len(self.doc)
                and self.doc[pobj.i + 1].lower_ == "to"):
            # "raise $10bn a year in order to sustain the public finances": the purpose's
            # object, as for "needs $25bn to resolve demining-related issues".
            purpose = next((c for c in pobj.children if c.dep_ in ("acl", "relcl", "xcomp")),
                           None)
            aim = purpose and next((c for c in purpose.children if c.dep_ == "dobj"), None)
            return _noun_phrase(aim) if aim is not None and aim.pos_ in _NOUN_POS else None
        # "£51.6m in losses" names what the money is; "£681m in the books" says where it is.
        if word == "in" and not task and (
            pobj.lemma_.lower() in _IN_ASPECTS
            or pobj.pos_ == "PROPN"
            # a place the tagger took for a plural: "the average rent was £950 in Leeds"
            or (pobj.is_title and not pobj.is_sent_start)
            or any(c.dep_ in ("det", "poss") for c in pobj.lefts)
        ):
            return None
        if pobj.lower_ == "those" and (
            any(c.dep_ in ("acl", "amod", "relcl") for c in pobj.rights)
            # "a quarter of those with broadband"; but in "16,000 deaths, 91% of those from
            # coal" the pronoun stands for what the figure before counted
            or (any(c.dep_ == "prep" for c in pobj.rights)
                and self._previous_subject(span) is None)
        ):
            return _noun_phrase(pobj)  # a group its modifier names: "14% of those aged 65"
        if pobj.pos_ == "PRON":
            return self._named_part(pobj) or self._pronoun_antecedent(pobj, span)
        if (word == "of" and pobj.lower_ in ("value", "worth")
                and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in pobj.children)
                and (verb := _governing_verb(anchor)) is not None
                and (owner := _clause_subject(verb, self.owner)) is not None):
            # "shares, which have lost 40% of their value": a share of a thing's own value
            # measures the thing.
            return owner
        if (word == "of" and pobj.lower_ in ("total", "whole")
                and not any(c.dep_ == "prep" for c in pobj.children)):
            # "comprised 16.5% of the total": the total of what the figures before counted.
            earlier = self._previous_subject(span, reach_back=True)
            if earlier is not None:
                return earlier
        if quantity.kind == "percent" and word == "of" and not _portion_of(anchor) and (
            pobj.lower_ in _RATIO_BASES or pobj.text in _RATIO_BASES
            or pobj.lower_ in ("level", "levels")
            or (pobj.lower_ == "product"
                and any(c.lower_ in ("domestic", "national") for c in pobj.lefts))
        ):
            # "a deficit below 3% of GDP" sizes the deficit against GDP; "output is at 80% of
            # pre-war levels" sizes the output.
            return None
        owned = self._owned_after(pobj) if word == "of" else None
        if owned is not None:
            return owned
        text, head = _noun_phrase(pobj)
        # A passive predicate on a measure restricts what was measured: "hectares of land
        # have been cleared of mines" -> "land cleared of mines" (a count's predicate is news
        # about the things counted, not part of their name).
        verb = anchor.head
        if quantity.kind == "measure" and anchor.dep_ == "nsubjpass" and verb.tag_ == "VBN":
            text = f"{text} {_reduced_predicate(verb)}"
        return text, head

    def _owned_after(self, owner: Token) -> Subject | None:
        """`two of the All Blacks' seven tries`: the parse can take the owner for the object
        of "of" and the counted noun after the owner's figure for a verb; the noun is what
        the part is of."""
        doc = self.doc
        if owner.i + 2 >= len(doc) or doc[owner.i + 1].tag_ != "POS":
            return None
        i = owner.i + 2
        while i < len(doc) and i in self.owner:
            i += 1
        if i == owner.i + 2 or i >= len(doc) or not (doc[i].is_alpha and doc[i].is_lower):
            return None
        return _noun_phrase(doc[i]) if doc[i].pos_ == "NOUN" else (doc[i].text, doc[i].text)

    def _named_part(self, pronoun: Token) -> Subject | None:
        """`190 people on board, six of them crew members`: a noun phrase right after the
        pronoun says what the part is."""
        doc = pronoun.doc
        if pronoun.lower_ not in ("them", "these", "those", "us") or pronoun.i + 1 >= len(doc):
            return None
        following = doc[pronoun.i + 1]
        if following.pos_ not in ("NOUN", "ADJ") or following.i in self.owner:
            return None
        noun = _adjacent_noun(following)
        if noun is None or noun.tag_ != "NNS" or noun.i in self.owner:
            return None
        return _noun_phrase(noun, start=following.i)

    def _pronoun_antecedent(self, pronoun: Token, span: Span) -> Subject | None:
        """`of whom 70 died` -> the noun the relative clause hangs on; `39% of these` -> the
        set an earlier figure counted."""
        if pronoun.lower_ in _RELATIVE_PRONOUNS:
            clause = _clause_of(pronoun)
            if clause is not None and clause.dep_ in ("relcl", "acl"):
                if clause.head.pos_ in _NOUN_POS:
                    return _noun_phrase(clause.head)
            return None
        if pronoun.lower_ in ("those", "these") and any(
            c.dep_ in ("acl", "relcl") for c in pronoun.rights
        ):
            return _noun_phrase(pronoun)  # "12% of those surveyed": a group named by a clause
        if pronoun.lower_ == "them":
            # "... revealed that Brazilians were the most likely to read spam. A third of them
            # read ...": a group the sentence before goes on to make its subject, after its
            # last figure, is nearer than the group that figure counted.
            earlier = next(self._earlier(span, _sentences_back(span, 1)), None)
            earlier_span = self.spans[earlier] if earlier is not None else None
            after = earlier_span.end if earlier_span is not None else 0
            group = _group_after(span, after, self.owner)
            if group is not None:
                return group
        if pronoun.lower_ in _ANAPHORIC_PRONOUNS:
            return self._previous_subject(span, reach_back=True) or (
                _group_before(span) if pronoun.lower_ == "them" else None)
        return None

    def _counted_noun(
        self, span: Span, anchor: Token, after: Token | None, index: int, quantity: Quantity
    ) -> Subject | None:
        """The noun the figure pre-modifies: `34,996 anti-personnel mines`, `a 15 m high pig`."""
        population = self._rate_population(span, quantity)
        if population is not None:
            return population
        if quantity.kind == "money" and self._in_headline(quantity):
            # A headline's telegraphic syntax misleads the parser; its words do not.
            named = _noun_run_after(span)
            if named is not None:
                return named
        if quantity.kind == "fraction":
            # A rate naming what it counts: "four premature deaths per 100,000".
            inner = next((t for t in span if t.tag_ == "NNS" and t.lower_ != "per"), None)
            # not the denominator of a fraction written with a hyphen: "Three-quarters said"
            if (inner is not None and inner.i > span.start and _numeric(span[0])
                    and span[1].text != "-"):
                return self.doc[span.start + 1:inner.i + 1].text, inner.text
        if (quantity.kind == "count" and span.text.lower() not in ("1", "one")
                and after is not None and after.i == span.end and _plural_as_verb(after)
                and anchor.head == after and anchor.dep_ in ("nsubj", "nsubjpass", "nummod")):
            # Many do not take a singular verb, and no verb takes a number: in "analysts see
            # two spurs to growth" the parse took the counted plural for a verb.
            return after.text, after.text
        token = anchor
        while token.head != token and token.head.i > token.i:
            head = token.head
            last_part = _hyphen_end(head)
            if (head.is_alpha and head.i == token.i + 1 and last_part != head
                    and last_part.head.i > last_part.i):
                # "six re-issued singles": the parse hung the figure on the first part of a
                # word split at its hyphen; the word's last part leads on to the noun.
                token = last_part
                continue
            if (head.dep_ in ("compound", "amod") and head.pos_ == "VERB" and head.i == token.i + 2
                    and self.doc[token.i + 1].text == "-" and not token.whitespace_
                    and not self.doc[token.i + 1].whitespace_
                    and head.head.i > head.i and head.head.pos_ in _NOUN_POS):
                # "a three-set thriller": the word hyphened to the figure, whatever the
                # tagger made of it, is a modifier like "three-judge"; on to the noun.
                token = head
                continue
            if (head.lower_ == "number" and head.i + 2 < len(self.doc)
                    and _numeric(self.doc[head.i + 1]) and self.doc[head.i + 2].tag_ == "NNS"
                    and self.doc[head.i + 2].i not in self.owner):
                # "Elvis's 18 number one singles": a chart place before a noun describes it,
                # however the parse hung the words.
                return self._counted(index, span, self.doc[head.i + 2])
            # "BBC One's one-hour special": an adjective with an owner fills a noun's slot.
            owned_adjective = head.pos_ == "ADJ" and head.dep_ in ("pobj", "dobj") and any(
                c.dep_ == "poss" for c in head.lefts)
            if ((_nominal(head) or owned_adjective) and head.i not in self.owner
                    and not _gerund_clause(head) and not _rank_label(head)):
                spanned = _of_object(head) if head.tag_ == "NNS" and (
                    head.lemma_.lower() in _TIME_NOUNS) else None
                if spanned is not None:
                    # "four consecutive quarters of double-digit growth": what went on that long
                    return _noun_phrase(spanned)
                if _when(head):
                    break  # "35,000 last year": a misparse hangs the figure on a date
                if head.dep_ == "poss" and head.head.i > head.i:
                    token = head  # "a $1.7bn donors' aid package" counts the package
                    continue
                if (head.pos_ == "PROPN" and after is not None and after.tag_ == "NNS"
                        and after.pos_ == "NOUN" and after.head == head and after.i < head.i):
                    # "its three marques - BMW, Mini and Rolls-Royce": the parse hung the
                    # count on the names that list what it counts.
                    return self._counted(index, span, after)
                return self._counted(index, span, head)
            # Only adjectives and further figure tokens stand between a figure and its noun.
            if head.pos_ not in ("ADJ", "NUM", "ADV") and head.i not in self.owner:
                break
            token = head
        if after is None or after.i in self.owner:
            return None
        if span[-1].lower_ == "plus" and after.pos_ in _NOUN_POS and after.is_lower:
            # "a £30m-plus bid": the parse reads "plus" as a conjunction; the noun after it
            # is what the figure pre-modifies.
            return _noun_phrase(_compound_head(after), start=after.i)
        if (quantity.kind == "money" and after.pos_ in ("ADJ", "VERB") and after.is_lower
                and span.start > 0
                and (self.doc[span.start - 1].lower_ in ("a", "an")
                     or self.doc[span.start - 1].tag_ in ("POS", "PRP$"))
                and (after.i + 1 >= len(self.doc)
                     or self.doc[after.i + 1].pos_ in ("ADP", "PUNCT", "CCONJ"))):
            # "pay a $125m fine after ...", "received an £8m bid from Spurs", "Arsenal's £100m
            # deal with Emirates": tagged as an adjective or a verb, the word between the
            # article's (or owner's) figure and a preposition is the noun.
            return _noun_phrase(after, start=after.i)
        if after.lower_ in _PER and after.i + 1 < len(self.doc) and (
            self.doc[after.i + 1].lemma_.lower() in _TIME_NOUNS
        ):
            # "94 billion a year" is a rate: the year is not what is counted; but a rate can
            # pre-modify a noun: "a £20 a month wi-fi tariff".
            priced = self.doc[after.i + 1].head
            if (priced.pos_ == "NOUN" and priced.i > after.i + 1
                    and self.doc[after.i + 1].dep_ in ("nmod", "compound", "npadvmod")
                    and priced.i not in self.owner):
                return _noun_phrase(priced, start=after.i + 2)
            return None
        if (after.lower_ in _PER and after.i + 2 < len(self.doc)
                and self.doc[after.i + 1].lower_ == "share"
                and self.doc[after.i + 2].pos_ == "NOUN"):
            bid = self.doc[after.i + 2]
            while bid.dep_ == "compound" and bid.head.i > bid.i and bid.head.pos_ == "NOUN":
                bid = bid.head  # "the 533p a share closing price"
            return _noun_phrase(bid)  # "a 300p a share bid": the bid
        bare = quantity.kind in ("count", "vague", "fraction")
        # "five dead and 30 injured": an adjective standing for the people it describes.
        # An earlier noun wins: "3 soldiers dead and 30 injured" counts soldiers.
        if (bare and (after.tag_ == "JJ" or (after.tag_ == "VBN"
                                             and after.lemma_.lower() in _HARMED))
                and not after.is_title
                # "Two other outside former directors": "other" stands for no one
                and after.lower_ not in ("other", "more", "such", "same", "further", "additional")
                and after.lower_ not in _COMPARISON_HEADS
                and after.lemma_.lower() not in _TELLING_VERBS):
            following = after.nbor() if after.i + 1 < len(self.doc) else None
            if following is None or following.pos_ not in _NOUN_POS | {"ADJ"}:
                return self._elided(span, anchor, reach_back=False) or (after.text, after.text)
        # The parse can lose the link to an adjacent noun ("of 1709 schoolchildren - aged");
        # a count, or a measure used as a modifier ("a 12 year cycle"), still names it.
        # After a bracketed restatement any figure can pre-modify: "a $2bn (£1bn) settlement".
        bracketed = (
            after.i > span.end
            and self.doc[span.end].text in ("(", "[")
            # not "8 km (5 miles) southwest"; but "the government's $280bn (£155bn) claim"
            and (not span.start <= after.head.i < span.end
                 or (after.pos_ == "NOUN" and quantity.kind == "money"))
        )
        # The figure's last token may hang on the next noun though the figure as a whole
        # hangs elsewhere: "a magnitude 6.3 earthquake".
        modifier = (
            (span[-1].tag_ in ("NN", "JJ") and span[-1].is_alpha)
            or bracketed
            or (span[-1].dep_ == "nummod" and span[-1].head == after)
        )
        # A bracket opening after the figure ("157 miles per hour (mph)") glosses it. The
        # tagger reads "a four year consultation period" as one date: a common noun after
        # the time unit is still what lasts.
        dated = after.ent_type_ in ("DATE", "TIME") and not (
            quantity.kind == "duration" and span[-1].lemma_.lower() in _TIME_NOUNS
            and after.pos_ == "NOUN" and after.is_lower
            and after.lemma_.lower() not in _TIME_NOUNS)
        if (bare or modifier) and not dated and not after.is_punct:
            noun = _adjacent_noun(after)
            if (noun is not None and noun.i not in self.owner and not _gerund_clause(noun)
                    and not _rank_label(noun)):
                return self._counted(index, span, noun)
        if (bracketed and after.is_alpha and after.is_lower and span.start > 0
                and self.doc[span.start - 1].lower_ in ("a", "an", "the")):
            # "a $6.75bn (£3.6bn) buyout": between the article and the noun, whatever tag
            # the word after the brackets got.
            return self._counted(index, span, after)
        return None

    def _in_headline(self, quantity: Quantity) -> bool:
        """Whether the figure is in a headline: a first line, with text after it, that does
        not end as a sentence does."""
        return quantity.start < self.headline_end

    def _rate_population(self, span: Span, quantity: Quantity) -> Subject | None:
        """`for black Americans, at a rate of seven per 100,000`, `followed by white Americans
        at six per 100,000`: a rate per head is the rate of the group named before it."""
        if quantity.kind != "fraction" or " per " not in f" {quantity.text} ":
            return None
        doc = self.doc
        for i in range(span.start - 1, max(span.sent.start, span.start - 14) - 1, -1):
            token = doc[i]
            if token.dep_ != "pobj" or token.pos_ not in _NOUN_POS or token.i in self.owner:
                continue
            if token.head.lower_ in ("for", "by", "among"):
                if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in _NOUN_POS
                       for t in doc[token.i + 1:span.start]):
                    return None  # "Among men, the suicide rate is 20 per 100,000"
                return _noun_phrase(token)
            if token.head.lower_ not in ("at", "of", "in"):
                return None
        return None

    def _counted(self, index: int, span: Span, noun: Token) -> Subject | None:
        """The subject for a figure pre-modifying `noun`, unless the noun only frames it
        (multiplier, landmark, container, change compared with an earlier figure)."""
        if noun.i <= span.end and _unit_word(noun):
            # "£3bn pounds a year", "£22 billions worth of savings", "a nine per cent rise":
            # the figure's unit written twice, or its own last word, counts nothing; nor
            # does a unit the figures do not read as one ("2.5 billion pixels in size").
            rated = self.doc[noun.i + 3] if noun.i + 3 < len(self.doc) else None
            if (rated is not None and self.doc[noun.i + 1].lower_ in _PER
                    and rated.pos_ == "NOUN" and rated.i not in self.owner):
                return _noun_phrase(rated, start=rated.i)  # "300 dots per inch resolution"
            return None
        shared = _shared_head(noun)
        if shared is not None:
            self.counted[index] = (span.end, shared)
            return f"{noun.text} {shared.text}", shared.text
        tally = self._tally_of_change(noun)
        if tally is not None:
            return tally
        if (self.quantities[index].kind == "count" and span.text.lower() not in ("1", "one")
                # not an attributive figure: "the 17-million population lives"
                and "-" not in span.text and not (
                    span.start > 0 and self.doc[span.start - 1].dep_ in ("det", "poss"))
                and noun.tag_ in ("NN", "NNP") and noun.whitespace_
                and noun.i + 1 < len(self.doc)):
            # Many of a singular noun do not agree: "2 million page views a month", "all three
            # Zurich Premiership matches", where the parse took the plural for a verb, count
            # views and matches.
            plural = self.doc[noun.i + 1]
            if _plural_as_verb(plural):
                noun = plural
                following = self.doc[noun.i + 1] if noun.i + 1 < len(self.doc) else None
                if following is not None and following.tag_ == "NNS" and noun.whitespace_:
                    noun = following  # "five Wimbledon doubles titles"
        if (noun.lower_ in ("home", "abroad", "overseas") and noun.dep_ == "dobj"
                and noun.head.pos_ == "VERB"):
            # "sent $16bn home": a direction the parse took for a noun; the money is the
            # senders', the text names nothing else it measures.
            return _clause_subject(noun.head, self.owner)
        if (noun.lower_ == "time" and noun.i > 0 and self.doc[noun.i - 1].text == "-"
                and noun.head.pos_ in _NOUN_POS and noun.head.i > noun.i):
            # "a five-time Olympic gold medallist", "four-time champion Monica Seles": how
            # often a title was won; the phrase names its holder.
            noun = noun.head
            while noun.dep_ == "compound" and noun.head.pos_ in _NOUN_POS and noun.head.i > noun.i:
                noun = noun.head  # "three-time world cross country 4km champion"
            named = _described_name(noun)
            if named is not None:
                return _noun_phrase(named)
        margin = self._margin_holder(noun)
        if margin is not None:
            return margin
        written, noun = noun, _compound_head(noun)
        moved = _index_move(noun)
        if moved is not None:
            return _clause_subject(moved, self.owner)
        if noun.lower_ == "points" and not any(c.dep_ in ("compound", "amod") for c in noun.lefts):
            index_named = _index_before(span)
            if index_named is not None:
                # "somewhere up to 27,000 points," said a trader: the index the report is about
                return _noun_phrase(index_named)
        valued = _valued_measure(noun, self.owner)
        if valued is not None:
            return valued
        if noun.lower_ in _HOLDERS and self.quantities[index].kind == "percent":
            held = _prep_object(noun, "in") or _prep_object(noun, "of")
            if held is not None:
                return held
        if _unnamed_stretch(noun, span.end - 1):
            if noun.dep_ in ("nsubj", "nsubjpass") and noun.lower_ not in ("times",):
                # "An 11 hour stretch isn't surprising": the stretch is what the clause is
                # about, and what lasts.
                return _noun_phrase(noun, start=span.end)
            # "thirty times cheaper", "won the title six times", "over a two-year period":
            # a multiplier, a frequency or a stretch of time; the clause names what is
            # compared, repeated or lasts.
            return None
        if (noun.lower_ in _CHANGE_NOUNS and noun.dep_ == "pobj"
                and noun.head.lower_ in ("from", "than") and _unwrap_container(noun) == noun):
            # "rose by £7.1bn, up from a £6.4bn rise": the same measure as the figure before.
            return self._previous_subject(span)
        if noun.lower_ in _THRESHOLD_NOUNS:
            if noun.dep_ == "appos" and noun.i > 1 and _spaced_dash(self.doc[noun.left_edge.i - 1]):
                # "added 337,000 jobs in October - a seven-month high": the figure before
                # is what stands at that landmark.
                earlier = self._previous_subject(span)
                if earlier is not None:
                    return earlier
            return self._threshold_subject(noun)
        inner = _unwrap_container(noun) if noun.lower_ not in _KINDS else noun
        kind = self.quantities[index].kind
        if inner.dep_ == "compound" and inner.head == noun and kind != "percent":
            inner = noun  # "£4bn tax cuts" are cuts; "a 2% price drop" is a change in price
        if inner != noun:
            return _noun_phrase(inner)
        if noun.lower_ in _CONTAINERS and _compared(noun):
            # "a 4% share of the retail market, compared to its 16% share in Hungary": a
            # share of nothing named, set against an earlier one, is a share of the same.
            earlier = self._previous_subject(span)
            if earlier is not None:
                return earlier
        changed = next((c for c in noun.lefts if c.dep_ == "poss" and c.pos_ != "PRON"
                        and not _when(c) and c.ent_type_ != "DATE"), None)  # "Monday's 4% gain"
        if noun.lower_ in _CHANGE_NOUNS and changed is not None:
            return _noun_phrase(changed)  # "the FTSE 100's 0.3% decline": the FTSE changed
        if noun.lower_ in _CHANGE_NOUNS and kind in ("percent", "money"):
            # "after a 31% decline in 2003", "expectations of a 0.3% rise": a change naming
            # nothing is a change in what the figure before measured.
            earlier = self._previous_subject(span, reach_back=True)
            if earlier is not None:
                return earlier
        if (noun.lower_ in _CONTAINERS or noun.lower_ in _FORECASTS) and noun.dep_ in (
            "pobj", "dobj", "attr"
        ) and not any(c.dep_ == "compound" for c in noun.lefts) and not (  # "the 3.5% growth rate"
                # a count of the plural counts it: "Labour's two most powerful figures"
                kind == "count" and noun.tag_ == "NNS"):
            # "compared with 2003's 784m euro figure": a figure naming nothing measures what
            # its clause is about.
            found = self._threshold_subject(noun)
            if found is not None and found[1] != noun.text:
                return found
        text, head = _noun_phrase(noun, start=span.end)
        if text is not None and written.i + 1 < noun.i and self.doc[written.i + 1].text == "-":
            # A hyphened word the tokenizer split ("other ex-managers"): one head word, the
            # left part keeping its own modifiers.
            left, _ = _noun_phrase(written, start=span.end)
            text = (left or "") + self.doc[written.i + 1:noun.i + 1].text + text[len(noun.text):]
            head = self.doc[written.i:noun.i + 1].text
        elif text is not None and written.i + 1 == noun.i and written.head != noun:
            # The parse did not join the compound: the left part keeps its own modifiers.
            left, _ = _noun_phrase(written, start=span.end)
            text = f"{left} {text}"
        self.counted[index] = (span.end, noun)
        return text, head

    def _margin_holder(self, noun: Token) -> Subject | None:
        """`Real slipped to 13 points behind leaders Barcelona`, `put Ireland nine points
        clear`, `Chelsea are on 52 points`: a lead, gap or standing counted in points is the
        one who holds it (what the verb puts there, else the clause subject), not the
        points."""
        doc = self.doc
        if (noun.lower_ == "points" and noun.dep_ == "pobj" and noun.head.lower_ == "on"
                and noun.head.head.pos_ in ("VERB", "AUX", "ADJ")
                and not any(c.dep_ in ("amod", "compound") for c in noun.lefts)):
            # "leaves Ferguson's side fourth on 31 points", "are tied on five points": a
            # standing in points is the side's the verb leaves there, else its subject's.
            verb = noun.head.head
            if verb.pos_ == "ADJ" and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            placed = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in _NOUN_POS
                           and c.i not in self.owner), None)
            return _noun_phrase(placed) if placed is not None else _clause_subject(
                verb, self.owner)
        if noun.tag_ != "NNS" or noun.i + 1 >= len(doc) or not (
                doc[noun.i + 1].lower_ in _MARGINS
                # "184 places below Henman in the world rankings": a gap in a ranking
                or (doc[noun.i + 1].lower_ in ("below", "above")
                    and noun.lemma_.lower() in ("place", "spot", "position"))):
            return None
        verb = doc[noun.i + 1].head
        if verb.pos_ not in ("VERB", "AUX"):
            verb = noun.head.head if noun.head.pos_ == "ADP" else noun.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        # (what a verb in the clause puts there, however the parse hung the gap: "lashed
        # home a shot to take Arsenal back into second spot, five points behind Chelsea")
        placed = next((t for t in reversed(doc[verb.i + 1:noun.i]) if t.dep_ == "dobj"
                       and t.pos_ == "PROPN" and t.i not in self.owner and verb in t.ancestors),
                      None)
        if placed is not None:
            return _noun_phrase(placed)
        return _clause_subject(verb, self.owner)

    def _tally_of_change(self, noun: Token) -> Subject | None:
        """`raised the death toll from five people to six`: the end points of a change in a
        tally measure the tally, whatever noun they count."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("from", "to") or prep.dep_ != "prep":
            return None
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        tally = next((c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")
                      and c.i < prep.i and c.lower_ in _TALLIES and c.i not in self.owner), None)
        return _noun_phrase(_unwrap_container(tally)) if tally is not None else None

    def _threshold_subject(self, noun: Token) -> Subject | None:
        """What reaches a landmark: what the verb puts there ("put the trade surplus at a
        six-year high"), else its subject ("sales broke through the $4 trillion mark",
        "imports rose to a new record of £27.9bn")."""
        crossing = _pobj(noun, "for")
        if (crossing is not None and crossing.pos_ == "NOUN" and not _holds_figure(crossing)
                and crossing.lemma_.lower() not in _TIME_NOUNS):
            # "reaching the seven million barrier for UK sales": what the landmark is for.
            return _noun_phrase(_unwrap_container(crossing))
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" and not _when(c) and c.ent_type_ != "DATE"
               for c in noun.children):
            # "moved him within 12 of Milburn's club record of 200": a landmark someone
            # else holds is its own figure's, not what the verb moves towards it.
            return _noun_phrase(noun)
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if verb.pos_ not in ("VERB", "AUX"):
            # "..., but down on the record high of $55.67": the sentence's main clause.
            root = noun.sent.root
            if root.pos_ not in ("VERB", "AUX") or root == noun:
                return None
            return _clause_subject(root, self.owner)
        obj = _object(verb, noun, self.owner)
        if obj is not None and obj.i < noun.i:
            return _noun_phrase(_unwrap_container(obj))
        # "The jobless rate has been falling since April, when it reached a peak of 13.1%":
        # what the pronoun stands for.
        found = _antecedent(verb) if _stand_in_subject(verb) else None
        return found or _clause_subject(verb, self.owner)

    def _record_span(self, span: Span, quantity: Quantity) -> Subject | None:
        """`its highest level in six months`, `the steepest fall for seven years`: the
        record a span of time qualifies, however the parse attached the preposition."""
        doc, i = self.doc, span.start - 1
        if quantity.kind != "duration" or i < 2 or doc[i].lower_ not in ("in", "for"):
            return None
        noun = doc[i - 1]
        if noun.pos_ != "NOUN" or noun.i in self.owner:
            return None
        record = any(c.tag_ == "JJS" for c in noun.lefts) or any(
            doc[k].tag_ == "JJS" for k in range(max(noun.left_edge.i, i - 5), noun.i)
        )
        return _noun_phrase(noun) if record else None

    def _time_relation(self, anchor: Token, after: Token | None) -> Subject | None:
        """`exploded 73 seconds after liftoff` -> liftoff."""
        if after is None or after.lower_ not in _TIME_RELATIONS:
            return None
        if anchor.head != after and after.head not in (anchor, anchor.head):
            return None
        if anchor.dep_ == "pobj" and anchor.head.lower_ == "for":
            # "pay of £170 a week for the first six months after the birth": how long a thing
            # lasts, which the event only dates.
            return None
        pobj = next((c for c in after.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME") and not pobj.like_num:
            return _noun_phrase(pobj)
        return None

    def _from_governor(
        self, span: Span, anchor: Token, quantity: Quantity, index: int
    ) -> Subject | None:
        """Climb through prepositions, adverbs and adjectives to the verb or noun the figure
        describes, then read the subject off that: predicates, objects, purposes."""
        if anchor.pos_ == "VERB" and span.start <= anchor.i < span.end:
            # A qualifying verb inside the figure ("surpassed one million", "exceeded 10%"):
            # the figure measures that verb's subject.
            found = _clause_subject(anchor, self.owner)
            if found is not None:
                return found
        start = _change_start(anchor, self.owner, index)
        if start is not None:
            # "increase the number of colleges from 350 to 400", parsed as one phrase whose
            # head is the end figure: the end measures what the start does.
            return self.subject(start)
        # A qualifier can head the figure ("over 150,000" under "drove"): it acts as a preposition.
        token, prep = anchor, (anchor if anchor.pos_ == "ADP" else None)
        elided_role = anchor.dep_ in _ELIDED_ROLES or (
            anchor.dep_ == "pobj" and anchor.head.lower_ in ("with", "at", "from")
        ) or _range_end(anchor, self.owner) or (
            # "the status of a further 40,000": more of what was counted before
            anchor.dep_ == "pobj" and any(c.lower_ in ("further", "another", "additional")
                                          for c in anchor.lefts)
        )
        if anchor.pos_ == "NUM" and quantity.kind in ("count", "vague"):
            # "The owners - two from Taiwan, two from China": a figure in apposition counts
            # the noun it stands beside.
            if anchor.dep_ == "appos" and anchor.head.pos_ == "NOUN":
                if anchor.head.i not in self.owner:
                    return _noun_phrase(anchor.head)
        if elided_role and _changes_object(anchor, self.owner):
            # "increase the number of colleges from 350 to 400": the object changes.
            elided_role = False
        multiple = span.end < len(self.doc) and self.doc[span.end].lower_ == "times"
        if (anchor.pos_ == "NUM" and elided_role and quantity.kind in ("count", "vague")
                and not multiple):  # "1.9 times more likely" counts nothing
            # "closed at 642.80" is a level, which borrows no noun from the sentence before.
            at = anchor.dep_ == "pobj" and anchor.head.lower_ == "at"
            elided = self._elided(span, anchor, reach_back=not at)
            if elided is not None:
                return elided
        if (anchor.dep_ == "appos" and span.start > 0 and self.doc[span.start - 1].text == "("
                and anchor.head.pos_ in _NOUN_POS and anchor.head.i not in self.owner):
            # "Germany's DaimlerChrysler (30%)": a figure in brackets after a noun is its own;
            # after a portion, of what it portions out ("the majority of people (52%)").
            return _noun_phrase(_unwrap_container(anchor.head))
        if anchor.dep_ in ("conj", "appos", "dep") and (anchor.pos_ == "NUM" or anchor.text == "%"):
            # A list of bare figures shares one subject: "38.4% reside in Argentina, 15.6% in
            # Italy, 10.3% in Switzerland".
            earlier = self._previous_subject(span)
            if earlier is not None:
                return earlier
        while True:
            head = token.head
            host = _clause_after_relative(token)
            if host is not None:
                # "sent shares in SSL, which also makes Scholl footwear, up more than 6%": a
                # direction after a relative clause set off by commas is the clause's around
                # it, however the parse hung it (as a phrase after a dashed aside is, below).
                head = host
            elif token.dep_ == "prep" and head.i < token.i:
                # "valued Ferrari - which owns the Maserati brand - at 2.3bn euros": a phrase
                # after an aside belongs to the clause around it, not to the aside's last noun.
                closing = next((t for t in self.doc[head.i + 1:token.i] if _spaced_dash(t)),
                               None)
                opening = _aside_opening(closing) if closing is not None else None
                if opening is not None and 0 < opening.i < head.i:
                    host = self.doc[opening.i - 1]
                    head = host.head if host.dep_ in ("dobj", "pobj") else host
                elif head.lemma_.lower() in _SPEAKING_VERBS:
                    # "said it would double the number of its hotspots - places where ... -
                    # from 12,300 to 20,000": a phrase after an aside the parse hung on the
                    # reporting verb belongs to the reported clause the aside interrupts.
                    dashes = [t for t in self.doc[head.i + 1:token.i] if _spaced_dash(t)]
                    host = self.doc[dashes[0].i - 1] if len(dashes) >= 2 else None
                    clause = _governing_verb(host) if host is not None else None
                    if clause is not None and head in clause.ancestors:
                        head = clause
            if head.lower_ == "worth" and token.dep_ in ("npadvmod", "pobj"):
                valued = _worth_of(head, self.owner)
                if valued is not None:
                    return _noun_phrase(valued)
            if head == token:
                # "Of the firm's shareholders, 38.4% live in France": an opening partitive.
                return _opening_partitive(token, anchor)
            if head.i in self.owner and self.owner[head.i] != index:
                # Coordinated or apposed to another figure: same role, same subject.
                other = self.owner[head.i]
                if token.dep_ in ("conj", "appos") and other < index:
                    return self.subject(other)
            if (token.dep_ in ("conj", "appos") and head.pos_ == "NOUN"
                    and head.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")):
                # "were down a single penny, or 0.03%": an amount no claim was made of is
                # still an amount, in the same role; read on from it.
                token = head
                continue
            if (_gerund_clause(head) and head.head.lower_ == "with"
                    and quantity.kind in ("fraction", "percent")
                    # not "with the yen strengthening 0.7%", which says whose share it is
                    and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)):
                # "a shortage of flight attendants, with nearly a fifth saying they were
                # sick": a share of nothing named is a share of the group just named.
                group = _word_before(head.head)
                if group is not None and group.tag_ == "NNS" and group.i not in self.owner:
                    return _noun_phrase(group)
            absolute = _with_absolute(head)
            if absolute is not None:
                # "..., with closest rival JFE Holdings down 3.4%": the noun of "with".
                return _noun_phrase(absolute)
            # "including 165" is a preposition whatever its tag: it leads to the whole counted.
            if (head.lower_ == "for" and head.dep_ == "prep" and quantity.kind == "money"
                    and head.head.lower_ in _TRANSACTIONS):
                # "the sale of the 33% stake for £146m": what changes hands.
                sold = _of_object(head.head)
                return _noun_phrase(sold) if sold is not None else _noun_phrase(head.head)
            if (head.dep_ == "mark" and head.lower_ in _TIME_RELATIONS
                    and head.head.dep_ == "advcl" and quantity.kind == "duration"):
                # "The warning came 24 hours after the bank had upped its target": the time
                # between the clauses is the main event's.
                found = _clause_subject(head.head.head, self.owner)
                if found is not None:
                    return found
            if head.pos_ == "ADP" and head.dep_ == "conj":
                # "prices rose 15.1% in 2004, but by only 2.8% in the second half": the verb
                # is elided; the figure measures what the one before did.
                earlier = self._previous_subject(span)
                if earlier is not None:
                    return earlier
            if head.pos_ == "ADP" or head.dep_ == "prep" or head.lower_ in _COMPARISON_HEADS:
                if head.lower_ in _COMPARISON_HEADS:
                    # "0.5% of turnover, compared to 7% in the UK": same measure as before;
                    # with nothing before ("inflation is higher than 3%") read on up.
                    earlier = self._previous_subject(span)
                    if earlier is not None:
                        return earlier
                prep = head
            elif (_unnamed_stretch(head, token.i) and head.pos_ == "NOUN"
                  and token.dep_ in ("nummod", "amod", "compound")):
                # "won the title six times", "over a two-year period": read on.
                pass
            elif (head.lower_ in ("average", "maximum", "minimum") and head.dep_ in ("pobj", "dobj")
                  and not any(c.dep_ in ("compound", "amod", "poss") for c in head.lefts)):
                # "cut prices by an average of 24%": read on to what was cut; "worked an
                # average of 18 hours a day": to who worked; but "above the eurozone average
                # of 2%" and "2004's average" are averages of their own.
                pass
            elif (head.lower_ in _CONTAINERS and prep is not None and prep.lower_ == "of"
                  and head.dep_ in ("appos", "npadvmod")
                  and (earlier := self._previous_subject(span)) is not None):
                # "Output grew 0.1%, an annual rate of 0.3%": a container set beside the
                # clause restates the change before it, in other terms.
                return earlier
            elif head.lower_ == "time" and any(
                c.lower_ in ("first", "last", "any") for c in head.lefts
            ):
                # "fell below 10% for the first time in 30 years", "grew slower than at any
                # time in 17 months": read on to what fell or grew.
                pass
            elif head.lower_ in ("up", "down") and prep is not None and prep.lower_ == "from":
                # "18% more likely in 2000 - up from 6% in 1994": the same measure as the
                # figure before, however the parse tagged "up".
                earlier = self._previous_subject(span)
                if earlier is not None:
                    return earlier
            elif head.lower_ in ("best", "bests") and head.dep_ in ("pobj", "dobj", "attr"):
                return _noun_phrase(head)  # "climbed to a season's best of 2.20m" ("best" JJS)
            elif _unit_word(head) and span.start <= head.i <= span.end:
                pass  # "save countries £3bn pounds a year": the unit again; read on
            elif head.lower_ == "tune" and head.dep_ == "pobj":
                pass  # "to the tune of £1.1m": read on to what costs that much
            elif head.ent_type_ == "TIME" or head.text in _TIME_ZONES:
                pass  # "at 0950 GMT, 0.5% stronger": a clock time names nothing measured
            elif head.ent_type_ == "DATE" and head.pos_ == "PROPN":
                # "a loss for the three months to December of 7.5bn yen": a month or day
                # names when, not what; read on to the noun the period belongs to.
                pass
            elif (head.dep_ == "ROOT" and head.i > 0
                  and (head.lower_ in ("cost", "costs") or (
                      head.lower_ in _VERBS_TAKEN_FOR_PLURALS and span.start == head.i + 1
                      # no verb before it: "... spans 10 years and they have enjoyed ..."
                      and not any(t.pos_ in ("VERB", "AUX") for t in head.sent if t.i < head.i)))
                  and self.doc[head.i - 1].pos_ in _NOUN_POS | {"ADJ"}
                  and self.doc[head.i - 1].head == head):
                # "the cheapest Mini cost just more than £10,000", "OutKast's career spans 10
                # years", parsed as one noun phrase with no verb: the last word is the verb,
                # the words before it what costs or spans that much.
                return _words_before(head)
            elif (head.tag_ == "NN" and head.lemma_.lower() in _MOVING_VERBS | {"sink", "grow"}
                  and head.i > 0 and self.doc[head.i - 1].tag_ == "NNS"
                  and self.doc[head.i - 1].dep_ == "compound"):
                # "saw its same store sales sink by 8.8%": the verb after "saw" taken for the
                # head of the noun phrase before it.
                return _words_before(head)
            elif (head.tag_ == "NN" and head.i == span.start - 1 and head.i > 0
                  and self.doc[head.i - 1].lower_ in ("a", "an")
                  and token.dep_ in ("npadvmod", "nummod", "amod")
                  and head.dep_ in ("pobj", "dobj", "attr")):
                # "expanded by a breakneck 9.5%": a word between the article and the figure
                # describes the figure, whatever the tagger made of it.
                pass
            elif (head.lower_ in ("place", "position", "spot")
                  and (head.dep_ == "pobj" or (head.dep_ == "dobj" and token.dep_ == "conj"))
                  and any(c.ent_type_ == "ORDINAL" for c in head.lefts)):
                # "was in third position with $10.85m", "took fourth place and $42.7m": a place
                # in a chart holds nothing; what is in that place took the money.
                pass
            elif head.pos_ in _NOUN_POS and head.i not in self.owner and not _when(head):
                if token.dep_ == "conj" and token.i in self.owner:
                    # "71 years for a manual worker and 79 years for a professional": the
                    # parse hangs the second figure on the first one's noun; same measure.
                    sized = next((self.owner[a.i] for a in head.ancestors
                                  if a.i in self.owner and self.owner[a.i] < index), None)
                    if sized is not None:
                        return self.subject(sized)
                nearer = [c for c in head.rights if c.dep_ == "conj" and c.pos_ == "NOUN"
                          and c.i < token.i and c.i not in self.owner]
                if prep is not None and token == prep and nearer:
                    # "a sharing of the profits and economic growth of just 2%": the figure
                    # sizes the conjunct it follows, whatever the parse hung it on.
                    head = nearer[-1]
                if (head.lower_ in ("total", "sum") and token.lower_ == "of"
                        and head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB"):
                    # "A total of 24.2 trillion pesos is earmarked for subsidies": the total
                    # is the figure itself, standing as the clause's subject.
                    found = self._bare_subject(head.head, span)
                    if found is not None:
                        return found
                # A figure after its noun: "turnout rate of 58%", "a value of £681m".
                noun = _unwrap_container(head)
                if _held_record(noun):
                    return _noun_phrase(noun)  # "set a personal best of 20.94"
                if (noun.lower_ in _THRESHOLD_NOUNS and noun.dep_ in ("pobj", "dobj", "attr")) or (
                    noun.lower_ in _PACE_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "at"
                ) or (  # "inflation, hitting an annual rate of 1.6%"
                    noun.lower_ in _PACE_NOUNS and noun.dep_ == "dobj"
                    and noun.head.lemma_.lower() in ("hit", "reach", "touch")
                ):
                    found = self._threshold_subject(noun)
                    if found is not None:
                        return found
                if noun.lower_ in _FORECASTS and not _revision(noun):
                    # "profits were below analyst expectations of $45m": the figure is the
                    # expectation's, a benchmark the clause is measured against.
                    return _noun_phrase(_unwrap_container(noun))
                if noun.lower_ in _FORECASTS or (noun.lower_ in _CHANGE_NOUNS and (
                    noun.dep_ != "dobj" or noun.head.lemma_.lower() in _TELLING_VERBS
                )):
                    # "a rise of 0.4%", "down from a previous estimate of 12%" with nothing
                    # named: the change or estimate of what the figure before measured.
                    earlier = self._previous_subject(span)
                    if earlier is not None:
                        return earlier
                if (noun.lower_ in ("total", "sum") and noun.dep_ == "dobj" and _spent(quantity)
                        and (purpose := _purpose_object(noun.head, anchor)) is not None):
                    # "agreed to pay a total of $14.5m to settle a lawsuit": the figure is
                    # the total, spent on the task as a bare figure would be.
                    return purpose
                if (noun.lower_ in _MEASURE_NOUNS and noun.dep_ == "dobj"
                        # "Activision has a stock market capitalisation of $2.95bn": what it
                        # has is named; "cut the cost by $5m" measures the subject's cost
                        and noun.head.lemma_.lower() != "have"):
                    found = _clause_subject(noun.head, self.owner)
                    if found is not None:
                        return found
                if (noun.lower_ in _MEASURE_NOUNS and noun.dep_ == "pobj" and token.lower_ == "of"
                        and noun.head.lower_ == "with" and noun.head.head.pos_ in _NOUN_POS):
                    # "stocks with a total capitalisation of £1.4tn": what has that value;
                    # but "the area with the highest price at £262,825" gives the price.
                    return _noun_phrase(noun.head.head)
                return _noun_phrase(noun)
            elif _shares_as_verb(head):
                # "sent Reynolds shares up 4.5% and Altria shares up 5.11%": a plural noun
                # the tagger took for a verb.
                name = self.doc[head.i - 1]
                return self.doc[name.left_edge.i:head.i + 1].text, head.text
            elif head.pos_ in ("VERB", "AUX"):
                return self._from_verb(head, token, prep, span, anchor, quantity)
            elif head.pos_ == "PRON":
                # "five hard drives, each of $200": "each" stands for the noun it follows.
                if head.lower_ == "each" and head.head.pos_ in _NOUN_POS:
                    return _noun_phrase(head.head)
                return None
            elif head.pos_ == "ADJ":
                # A small clause: "economies worth $3.4tn", "sales 5% higher".
                subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.pos_ in _NOUN_POS:
                    return _noun_phrase(_unwrap_container(subj))
                first = head
                while first.dep_ == "conj" and first.head.tag_ == "JJR":
                    first = first.head
                if (head.tag_ == "JJR" and first.dep_ == "advmod" and first.left_edge.i > 0
                        and self.doc[first.left_edge.i - 1].text == ","):
                    # "produced 14.27m tonnes of crops, 24% higher than in 2003": a comparative
                    # set off after a figure compares that figure's measure.
                    earlier = self._previous_subject(span)
                    if earlier is not None:
                        return earlier
                before = self.doc[head.i - 1] if head.i > 0 else None
                if (head.lower_ == "worth" and before is not None and before.pos_ in _NOUN_POS
                        and before.i not in self.owner):
                    return _noun_phrase(before)  # "buy back shares worth 1bn francs"
            token = head

    def _from_verb(
        self,
        verb: Token,
        child: Token,
        prep: Token | None,
        span: Span,
        anchor: Token,
        quantity: Quantity,
    ) -> Subject | None:
        """The subject read off the verb the figure hangs on (through `child`, perhaps via the
        preposition `prep`): a purpose or payee for money and time, a changed object, else the
        clause subject."""
        if (quantity.kind == "money" and prep is not None and prep.lower_ == "for"
                and verb.dep_ == "relcl" and verb.head.dep_ == "pobj"
                and verb.head.head.lower_ == "to" and verb.head.head.head.pos_ == "VERB"):
            # "a mill sold to a group which included his son, for $800m": the relative clause
            # ends before the price, which is the sale's.
            verb = verb.head.head.head
        if child.dep_ in ("nsubj", "nsubjpass") and _stand_in_subject(verb) and (
            _raised_subject(verb) != child
        ):
            # "Magnitude 6.3 according to X, it was recorded as ...": a fronted figure
            # describes what the pronoun stands for.
            return _antecedent(verb)
        if (child.dep_ == "nsubjpass" and verb.lemma_.lower() in ("need", "require")
                and _spent(quantity)):
            # "£500,000 is needed to buy the building": what the money is needed for.
            purpose = _purpose_object(verb, anchor)
            if purpose is not None:
                return purpose
        if child.dep_ in ("nsubj", "nsubjpass"):
            # A bare figure as subject: a partitive ("of whom 70 died") or an elided noun
            # ("54 nations signed, only 27 ratified").
            return self._bare_subject(verb, span)
        table_verb = _table_verb(verb, prep, quantity)
        if table_verb is not None:
            # "it led the non-US chart with an estimated $17.7m", "entered the chart at number
            # three, taking $9m": a chart or table holds the entries; the entry took the money.
            found = _clause_subject(table_verb, self.owner)
            if found is None and _stand_in_subject(table_verb):
                found = self._previous_subject(span) or _antecedent(table_verb)
            return found  # never the table itself
        racer = _racer(verb, child, prep) if quantity.unit == "second" else None
        if racer is not None and racer.i not in self.owner:
            return _noun_phrase(racer)
        if prep is not None and prep.lower_ == "to" and child == prep:
            # "voted for a quarter point rise in interest rates to 5%": the level the change
            # named beside it reaches, whatever the parse hung "to" on.
            change = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                           for g in c.children if g.dep_ == "pobj"
                           and g.lower_ in _CHANGE_NOUNS), None)
            changed = _prep_object(change, "in") if change is not None else None
            if changed is not None:
                return changed
        if quantity.kind == "money" and (verb.lemma_.lower() == "cost" or (
                verb.lemma_.lower() == "set" and any(
                    c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children))):
            # "the repairs set the council back £2m", "his trial will cost the county up to
            # $4m": the price of the subject, not the payer (whatever the figure hangs on).
            priced = _clause_subject(verb, self.owner)
            if priced is not None:
                return priced
        if child.dep_ == "dobj" and quantity.kind in ("money", "measure"):
            parallel = self._parallel_measure(verb, span, quantity.kind)
            if parallel is not None:
                return parallel
        if (child.dep_ == "dobj" and quantity.kind in ("percent", "money", "measure")
                and (verb.lemma_.lower() not in _TWO_OBJECT_VERBS
                     # "bringing total savings to £100m", the parse's object
                     or (span.start > 0 and self.doc[span.start - 1].lower_ == "to"))):
            # A figure as a second object: "pushed rates up to 2.25%" sizes the first, as
            # "boost speeds up to 75 megabits per second" does.
            first = _object(verb, child, self.owner, uncounted=True)
            if first is not None and first.i < child.i and not _when(first):
                return _noun_phrase(_unwrap_container(first))
        if (quantity.kind == "money" and prep is not None and prep.lower_ == "for"
                and verb.lemma_.lower() in ("sue", "countersue")):
            # "sued the government for $28bn": damages the text does not name; neither
            # party is what the money measures.
            return _NONE
        if (quantity.kind == "count" and child.dep_ == "dobj" and child.pos_ == "NUM"
                and verb.lemma_.lower() in _HARMING_VERBS):
            # "The attack, which killed five": the people harmed, whom no noun names (an
            # earlier one would have been borrowed); never what did the harm.
            return _NONE
        if (child.dep_ == "dobj" and prep is None and quantity.kind != "money"
                and verb.lemma_.lower() in _CUTTING_VERBS | {"take"}):
            # "knock 5% off the price of bread", "took two seconds off the record": what the
            # cut comes off (money cut "from" something is read with what it pays below).
            cut = _prep_object(verb, "off")
            if cut is not None:
                return cut
        if _spent(quantity) and not (
            # "may sell a 25% stake for about $50m to help finance the expansion": a price
            # is the price of what changes hands, whatever the deal is for.
            quantity.kind == "money" and prep is not None and prep.lower_ == "for"
            and verb.lemma_.lower() in _TRADING_VERBS
        ) and not (
            # "shortened by an hour to suit Western audiences", "delayed by two weeks to allow
            # tests": a margin is the change's, whatever the change is for.
            prep is not None and prep.lower_ == "by"
        ):
            purpose = _purpose_object(verb, anchor)
            if purpose is not None:
                return purpose
            if child.dep_ == "dobj" and prep is None and verb.lemma_.lower() == "spend":
                where = _spent_where(verb, child, quantity)
                if where is not None:
                    return _noun_phrase(where)
        if prep is None and (quantity.kind == "money" or (
            verb.lemma_.lower() in _GIVING_VERBS and span.end < len(self.doc)
            and self.doc[span.end].lower_ in ("more", "less")
        )):
            # "paid £45m for the striker", "spent $6bn on fuel subsidies", "shave $48m from
            # its costs".
            if verb.lemma_.lower() in _PRICE_VERBS:
                # "the Mini costs up to £15,690 for the top model": the price of the subject.
                priced = _clause_subject(verb, self.owner)
                if priced is not None:
                    return priced
            if verb.lemma_.lower() == "save":
                # "the plans could save the average pensioner £100", "insulation could save
                # £100 a year for pensioner households": a saving is what makes it; whom it
                # is made for, an object or "for", is not what it measures ("save £4bn on
                # waste" is what it is cut from).
                saver = _prep_object(verb, "on") or _clause_subject(verb, self.owner)
                if saver is not None:
                    return saver
            # "received $11m from the US" names the giver; "raise $100m from the sale" the
            # deal that brings the money in, wherever the parse hung it ("raise 25bn euros
            # from privatisations" can hang it on the sum).
            sold = _pobj(child, "from") if child.dep_ == "dobj" else None
            if sold is not None and sold.lemma_.lower() in _TRANSACTIONS | _OFFERINGS:
                return _noun_phrase(sold)
            source = _pobj(verb, "from")
            selling = any(g.dep_ == "pcomp" and g.lemma_.lower() in _SELLING_VERBS
                          for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                          for g in c.children)  # "got A$846m from selling Lensworth"
            receiving = verb.lemma_.lower() in _RECEIVING_VERBS and not selling and not (
                source is not None and source.lemma_.lower() in _TRANSACTIONS | _OFFERINGS)
            moved = verb.lemma_.lower() in _MOVING_VERBS  # "lost 65 cents on the news"
            # "earned $778m on sales of $3.27bn": an "on" phrase with its own figure is the
            # base the amount is reckoned on, not what it is spent on.
            base = _pobj(verb, "on")
            based = base is not None and any(
                g.i in self.owner for c in base.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.subtree)
            paid_for = (
                # "cut A$68m from profit targets for Wembley": what the cut is taken from
                (_prep_object(verb, "from") or _prep_object(verb, "off")
                 if verb.lemma_.lower() in _CUTTING_VERBS else None)
                or _prep_object(verb, "for")
                # (money taken "on release", "on its opening weekend" was earned then, not
                # spent on it)
                or (None if moved or based or verb.lemma_.lower() in _EARNING_VERBS
                    else _prep_object(verb, "on"))
                or (None if receiving else _prep_object(verb, "from"))
                or _prep_object(verb, "into")  # "pump billions into pensions"
            )
            if paid_for is None and verb.lemma_.lower() in _GIVING_VERBS:
                # "will donate $8m to victims", "repay its creditors $220m": the payee.
                paid_for = _prep_object(verb, "to") or _dative(verb) or _payee_in_object(span)
            if paid_for is not None:
                return paid_for
        lemma = verb.lemma_.lower()
        if child.lower_ in _MARGINS:
            # "Greene crossed the line 0.02 seconds behind Gatlin": a margin is the
            # subject's, whatever the verb's object.
            found = _clause_subject(verb, self.owner)
            if found is not None:
                return found
        if quantity.kind == "duration" and lemma == "be" and child.dep_ == "attr":
            # "With IPTV, the speed is 15 milliseconds": a length stated of the subject.
            found = _clause_subject(verb, self.owner)
            if found is not None:
                return found
        if quantity.kind == "duration":
            if lemma in _STATE_VERBS:
                # (not the time it took to get there: "The book, which has become an
                # international best-seller in little over two years" measures the book)
                complement = None if lemma == "become" and prep is not None and (
                    prep.lower_ in ("in", "within")) else _complement(verb, child)
                if complement is not None:
                    return complement
            elif not (lemma in _LASTING_VERBS and child.dep_ in ("dobj", "npadvmod", "attr")):
                # An event lasting that long: a non-restrictive relative clause describes its
                # antecedent ("the 747, which has carried shuttles for 30 years"); else what
                # the event acts on ("patients who took the drug for 18 months"), nothing when
                # that is only a pronoun ("interrogated him for two hours"); else who acts.
                # "The strike lasted 11 days" measures the subject.
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if (verb.dep_ == "relcl" and subj is not None and subj.i > 1
                        and subj.lower_ in _RELATIVE_PRONOUNS and self.doc[subj.i - 1].text == ","
                        and verb.head.pos_ in _NOUN_POS):
                    # The antecedent is what stands right before the comma, whatever noun
                    # the parse hung the clause on ("the home of air travel and the 747,
                    # which has carried shuttles for 30 years").
                    before = _word_before(subj)
                    if (before is not None and before.dep_ == "conj" and before.pos_ == "PROPN"
                            and verb.head in before.ancestors
                            and not any(c.dep_ == "det" for c in before.children)):
                        # "Sony, IBM and Toshiba, who have been": a list of names (not "air
                        # travel and the 747, which has")
                        while before.dep_ == "conj" and before.head.pos_ == "PROPN":
                            before = before.head
                    if before is not None and before.i not in self.owner and (
                        before.pos_ in _NOUN_POS or before.tag_ == "CD"
                    ):
                        return _noun_phrase(before)
                    return _noun_phrase(verb.head)
                held = self._time_holder(verb, span) if _spent_by_subject(
                    verb, prep, self.owner) else None
                if held is not None:
                    return held
                obj = _object(verb, child, self.owner)
                if obj is not None:
                    return _noun_phrase(_unwrap_container(obj))
                if any(c.dep_ == "dobj" and c.pos_ == "PRON" and c.lower_ not in _NO_ONE
                       for c in verb.children):
                    return None  # (but "a government that had done nothing for eight years")
        elif lemma in _OUTDOING_VERBS and prep is not None and prep.lower_ == "by":
            # "production is outstripping demand by 30%": the margin of the subject.
            found = _clause_subject(verb, self.owner)
            if found is not None:
                return found
        elif prep is not None or child.dep_ == "npadvmod" or child.lower_ in ("up", "down") or (
            child.tag_ in ("JJR", "RBR")  # "leaving its sales 5% higher"
        ) or any(c.lower_ in ("up", "down") for c in child.children) or (  # "trade up threefold"
            child.dep_ == "dobj" and any(c.lower_ in ("up", "down") for c in verb.children)
        ):
            # ... and "leaves GDP up 2.3%", where the figure is a second object.
            # "increase world food needs by 50%": the changed object, not the agent. An object
            # after the figure is a comment on it ("widened to $60bn, an all-time record").
            obj = _object(verb, child, self.owner, uncounted=quantity.kind == "count")
            if (obj is None and quantity.kind == "count" and prep is not None
                    and prep.lower_ == "to" and verb.lemma_.lower() in _RESIZING_VERBS):
                # "cutting Scotland's six regiments to five": the new count of what was cut.
                obj = _object(verb, child, self.owner)
            if obj is None and verb.tag_ == "VBN" and verb.dep_ in ("advcl", "xcomp"):
                # "raised the stake holding allowed to 49%": a participle the parse hung on
                # the verb describes the object just before it.
                obj = _object(verb.head, child, self.owner) or next(
                    (c for c in verb.head.children if c.dep_ == "dobj" and c.i == verb.i - 1),
                    None,
                )
            if obj is not None and obj.i < child.i:
                # "buy its former parent and phone pioneer AT&T for $16bn": the name
                return _noun_phrase(_unwrap_container(_described_name(obj) or obj))
            bought = self._figure_bought(verb, prep, quantity)
            if bought is not None:
                return bought
        if verb.dep_ == "relcl" and verb.head.i in self.owner:
            # "by around 10%, which is about 1bn euros": the same thing as that figure.
            other = self.owner[verb.head.i]
            return self.subject(other) if other != self.owner[span.start] else None
        if quantity.kind == "duration" and lemma == "take" and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children
        ):
            # "it took 10 years for the first service to be launched": what took that long.
            waited = _prep_object(verb, "for") or next(
                (_noun_phrase(g) for c in verb.children
                 if c.dep_ == "advcl" and any(m.lower_ == "for" for m in c.children)
                 for g in c.children if g.dep_ in ("nsubj", "nsubjpass") and g.pos_ in _NOUN_POS),
                None,
            )
            if waited is not None:
                return waited
        found = _clause_subject(verb, self.owner)
        if found is None and _stand_in_subject(verb):
            # "it rose to 56%", "the second showing 1.1%": the subject stands for what an
            # earlier figure measured, else for the nearest subject before it.
            # "This/That is 9.1% higher": a demonstrative points back to the figure before,
            # even in the sentence before.
            demonstrative = _raised_subject(verb)
            reach_back = demonstrative is not None and demonstrative.lower_ in ("this", "that")
            beaten = _mark_beaten(anchor) if reach_back else None
            if beaten is not None:
                # "This was 81 seconds faster than Radcliffe's mark": a margin over a mark
                # is the mark's, when the subject only points back.
                return beaten
            return self._previous_subject(span, reach_back=reach_back) or _antecedent(verb)
        if found is None and (
            # money a person takes in ("she earned $54.9m"), not money sought or set aside
            (quantity.kind == "money" and prep is None and lemma in _RECEIVING_VERBS)
            # not a time between two events ("three days before he meets") or a window
            # ("the last two years")
            or (quantity.kind == "duration" and (child.dep_ == "dobj" or (
                prep is not None and prep.lower_ in ("for", "in"))))
        ):
            person = _raised_subject(verb)
            if person is not None and person.lower_ in ("he", "she"):
                # "she earned $54.9m", "He has been playing for the Blues for two years": the
                # person the pronoun stands for.
                return _person_before(span, described=False)
        return found

    def _time_holder(self, verb: Token, span: Span) -> Subject | None:
        """Whom a stretch of time the subject spent belongs to: the clause subject, or what
        its pronoun stands for ("It has sold eight million copies in two years": the book
        before; "He left Capital FM after 17 years": the man named before)."""
        pronoun = _raised_subject(verb)
        if pronoun is not None and pronoun.lower_ in ("he", "she"):
            # (not the place a "where" clause hangs on: "in Sheffield, where he led the
            # council for seven years")
            return _pronoun_person(verb, span)
        found = _clause_subject(verb, self.owner)
        if found is None and _stand_in_subject(verb):
            return _antecedent(verb)
        return found

    def _figure_bought(self, verb: Token, prep: Token | None, quantity: Quantity) -> Subject | None:
        """`buy 15% of the unit for $2bn`, `sold 200 shares for $5,000`: a price "for" an
        object that is itself a share or a count is paid for what that figure counts (not
        for a measure, which describes the thing sold: "one offering 512mb for $99")."""
        if prep is None or prep.lower_ != "for" or quantity.kind != "money":
            return None
        # (the price hangs on the verb through its "for": the object comes before it)
        bought = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i
                       and c.i in self.owner), None)
        if bought is None or (
            self.quantities[self.owner[bought.i]].kind not in ("count", "percent", "fraction")
        ):
            return None
        found = self.subject(self.owner[bought.i])
        return found if found[1] else None

    def _bare_subject(self, verb: Token, span: Span) -> Subject | None:
        """A figure standing alone as a subject: `of whom ... and 312 sustained injuries`,
        `Of the 120 applicants, 35 were offered`, or a noun elided from an earlier figure."""
        for clause in _conj_chain(verb):
            for c in clause.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    whole = self.owner.get(pobj.i)
                    if whole is not None and whole != self.owner[span.start]:
                        # "Of the $18.4bn in reconstruction funds, less than $2bn has been
                        # spent": the part measures what the whole did.
                        return self.subject(whole)
                    if pobj.lower_ in _RELATIVE_PRONOUNS:
                        antecedent = self._pronoun_antecedent(pobj, span)
                        if antecedent is not None:
                            pronoun = "who" if pobj.lower_ == "whom" else "that"
                            word = antecedent[1]
                            return f"{word} {pronoun} {_predicate(verb)}", word
                    elif pobj.pos_ in _NOUN_POS:
                        return _noun_phrase(pobj)
        if self.quantities[self.owner[span.start]].kind == "money":
            # "80bn rupees will be spent on building rural infrastructure".
            spent_on = _prep_object(verb, "on") or _prep_object(verb, "for")
            if spent_on is not None:
                return spent_on
        after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if (verb.tag_ == "VBN" and verb.i == span.end and verb.dep_ != "ROOT"
                and (after is None or after.is_punct or after.dep_ == "cc")
                and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)):
            # "15% interest rates, 250,000 repossessed and ...": a participle standing as a
            # noun in a list names the people counted.
            return verb.text, verb.text
        found = self._elided(span, span[-1])
        shared = self.quantities[self.owner[span.start]].kind in ("fraction", "percent")
        if found is None and shared:
            found = self._share_of_group(span)
        return found

    def _share_of_group(self, span: Span) -> Subject | None:
        """What a bare share standing as a subject is a share of: the things just counted or
        shared out in its sentence ("the number of blogs has exceeded 4.8 million, although
        less than a quarter are maintained"), else the group the sentence before was about
        ("Computer users ignore warnings ... More than a quarter have bought software")."""
        # (or the whole an earlier share in it was of: "44% of searchers use one engine, 48%
        # use two")
        counted = self._nearest_of_kind(span, ("count", "vague", "percent", "fraction"))
        if counted is not None:
            return counted if counted != _NONE else None
        sent = span.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent.root
        if any(index in self.owner for index in range(before.sent.start, before.sent.end)):
            # A figure there measured the group ("Sales rose 5% in March. Only 10% came from
            # exports"): whatever it was a share of, it was said there, not here.
            return None
        if before.lemma_.lower() in _SPEAKING_VERBS:
            # "Shoppers ignore warnings, a report suggests": the reported clause's group
            before = next((c for c in before.children if c.dep_ == "ccomp"), before)
        group = next((c for c in before.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        # (a group of people or things, not named parties: "Both the Tories and the Lib Dems
        # are keen ... 61% said" is a share of those polled, not of the parties)
        if group is not None and group.tag_ == "NNS" and group.i not in self.owner:
            return _noun_phrase(group)
        return None

    def _elided(self, span: Span, anchor: Token, reach_back: bool = True) -> Subject | None:
        """A bare figure borrows the noun of the nearest earlier figure that had one, in this
        sentence or the one before: `21 injured individuals in Davao, 36 in Cotabato`."""
        kind = self.quantities[self.owner[span.start]].kind
        for index in self._earlier(span, _sentences_back(span, 1 if reach_back else 0)):
            # (a length lends its noun only to a length: "the one-hour special averaged 13.7
            # million" counts no specials)
            if index not in self.counted:
                continue
            first, noun = self.counted[index]
            if (self.quantities[index].kind == "duration" and kind != "duration"
                    and noun.lower_ != "olds"):  # but "11-year-olds" are people
                continue
            if self.quantities[index].kind == "percent" and kind != "percent":
                continue  # nor a rate to a count: "15% interest rates, 250,000 repossessed"
            text = self.doc[first:noun.i + 1].text.strip()
            own = _own_modifier(anchor)
            return (f"{text} {own}" if own else text), noun.text
        return None

    def _more_of_before(self, span: Span, anchor: Token, quantity: Quantity) -> Subject | None:
        """A figure whose noun is left out because the sentence just counted it: a price
        for each ("30 of the aircraft, at $120m each", not "a share worth £52 each") or more
        of them ("the option to buy 20 more")."""
        if span.end >= len(self.doc):
            return None
        after = self.doc[span.end]
        following = self.doc[after.i + 1] if after.i + 1 < len(self.doc) else None
        priced = (after.lower_ in ("each", "apiece") and quantity.kind == "money"
                  and anchor.dep_ == "pobj" and anchor.head.lower_ in ("at", "for"))
        if not priced and not (
                after.lower_ in ("more", "fewer") and after in (anchor.head, *anchor.children)
                and quantity.kind in ("count", "vague")
                and (following is None or following.lower_ not in ("of", "than"))):
            return None
        for earlier in self._earlier(span, _sentences_back(span, 1)):
            if self.quantities[earlier].kind == "count":
                found = self.subject(earlier)
                return found if found != _NONE else None
        return None

    def _previous_subject(self, span: Span, reach_back: bool = False) -> Subject | None:
        """The subject of the nearest earlier figure in the same sentence (or the one before)."""
        for index in self._earlier(span, _sentences_back(span, 1 if reach_back else 0)):
            found = self._known(index)
            if found != _NONE:
                return found
        return None

    def _nearest_of_kind(self, span: Span, kinds: tuple[str, ...]) -> Subject | None:
        """The subject found for the nearest earlier figure of one of `kinds` in this sentence
        (_NONE when it has none), or None when there is no such figure."""
        for index in self._earlier(span, span.sent.start):
            if self.quantities[index].kind in kinds:
                return self._known(index)
        return None

    def _earlier(self, span: Span, earliest: int) -> Iterator[int]:
        """Indices of the figures before `span` back to token `earliest`, nearest first
        (quantities come in text order, so this walks back only as far as it must)."""
        index = bisect.bisect_left(self.starts, span.start) - 1
        while index >= 0:
            other = self.spans[index]
            if other is not None:
                if other.start < earliest:
                    return
                if other.start < span.start:
                    yield index
            index -= 1


def figure_span(doc: Doc, quantity: Quantity) -> Span | None:
    return doc.char_span(quantity.start, quantity.end, alignment_mode="expand")


def figure_anchor(span: Span) -> Token:
    """The token linking the figure to the rest of the sentence (its syntactic head).

    A misparse can hang several tokens of one figure outside it ("157 miles per hour (mph)"
    puts "hour" under "mph"); the one nearest the root is the figure's real link.
    """
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
    linked = [t for t in outside if t.dep_ not in ("punct", "advmod", "quantmod", "cc", "prep")
              # "by almost four-fold": the number's link, wherever the parse hung "fold"
              and not (t.lower_ == "fold" and t.i > span.start)]
    candidates = linked or outside or [span[-1]]
    return min(reversed(candidates), key=_depth)


def _run_noun(token: Token, closes: bool) -> bool:
    """Whether a word can be one of the nouns a headline's sum sizes, whatever its tag; a
    gerund or an "adjective" only when it `closes` the run ("Air China in $1bn London
    listing", "Enron bosses in $168m payout"), and never "high" or "low" ("$5 high")."""
    if not token.is_alpha or token.is_stop or token.pos_ not in ("NOUN", "PROPN", "VERB", "ADJ"):
        return False
    if token.tag_ in ("VBD", "VBN", "VBZ", "MD", "JJR", "JJS"):
        return False
    if token.tag_ in ("VBG", "JJ") and not closes:
        return False
    if token.tag_ == "JJ" and token.lower_ in ("high", "low"):
        return False
    return (token.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL")
            and token.lower_ not in _WEEKDAYS and token.lemma_.lower() not in _TIME_NOUNS)


def _noun_run_after(span: Span) -> Subject | None:
    """The nouns an amount sizes when they end the clause right after it, read off the words
    whatever the tagger made of them: "Union members' £42m windfall", "News Corp makes $5.4bn
    Fox offer"."""
    doc = span.doc
    i = span.end
    words: list[Token] = []
    while i < len(doc) and len(words) < 4:
        token = doc[i]
        if (token.text == "-" and words and not token.whitespace_ and i + 1 < len(doc)
                and not doc[i - 1].whitespace_):
            words.append(token)  # "top-up"
        elif (token.is_alpha and not token.whitespace_ and i + 2 < len(doc)
              and doc[i + 1].text == "-" and not doc[i + 1].whitespace_):
            words.append(token)  # "back-tax claim": the first part of a hyphened word
        elif _run_noun(token, closes=i + 1 == len(doc) or doc[i + 1].is_punct
                       or doc[i + 1].is_space):
            words.append(token)
        else:
            break  # a line break is a token of its own, which ends the run too
        i += 1
    if not words or words[-1].text == "-" or not words[-1].is_lower or (
            words[-1].dep_ in ("advmod", "npadvmod") or words[-1].lower_ == "home"):
        return None  # "send $16bn home"
    end = words[-1]
    following = doc[end.i + 1] if end.i + 1 < len(doc) else None
    if following is not None and not (
        following.is_punct or following.is_space or following.pos_ in ("CCONJ", "SCONJ")
        or (following.pos_ == "ADP" and following.lower_ != "of")
    ):
        return None
    return doc[words[0].i:end.i + 1].text, _head_word(end)


def _mark_beaten(anchor: Token) -> Subject | None:
    """The noun after "than" in a comparison the figure measures the margin of."""
    for comparative in [anchor.head, anchor.head.head]:
        if comparative.tag_ in ("JJR", "RBR"):
            than = _prep_object(comparative, "than")
            if than is not None:
                return than
    return None


def _range_end(anchor: Token, owner: dict[int, int]) -> bool:
    """The "to" figure of a change whose "from" figure came first: "from 90 planes to 53"."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "to":
        return False
    to = anchor.head
    start = to.head if to.head.lower_ == "from" else next(
        (c for c in to.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return start is not None and start.i < to.i and any(
        g.i in owner for c in start.children if c.dep_ == "pobj" for g in c.subtree)


def _table_verb(verb: Token, prep: Token | None, quantity: Quantity) -> Token | None:
    """The verb placing its subject in a chart or table, when an amount "with" it (or a
    participle "taking" it) is what the subject scored there, not the table's; or a time
    "for" which it stayed there ("topped the charts for three weeks")."""
    if quantity.kind == "duration":
        if prep is None or prep.lower_ != "for":
            return None
    elif quantity.kind not in ("money", "percent", "count"):
        return None
    elif prep is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj") and (
            verb.lemma_.lower() in _EARNING_VERBS):
        verb = verb.head  # "..., taking $9m"
    elif prep is None or prep.lower_ != "with":
        return None
    placed = [c for c in verb.children if c.dep_ in ("dobj", "attr")] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return verb if any(t.lemma_.lower() in _TABLES for t in placed) else None


def _worth_of(worth: Token, owner: dict[int, int]) -> Token | None:
    """What "worth" values when the parse hung it elsewhere: the noun right before it ("by
    signing a deal worth 1bn euros for planes"), or what an existential clause counts
    ("there were 922 cases of fraud in 2003, worth £38.5m")."""
    doc = worth.doc
    valued = next((c for c in worth.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if valued is not None and valued.pos_ in _NOUN_POS:
        return valued  # "with the combined economies of the countries worth $3.4 trillion"
    before = doc[worth.i - 1] if worth.i > 0 else None
    if (before is not None and before.pos_ in _NOUN_POS and before.i not in owner
            and not _when(before) and before.ent_type_ not in ("DATE", "TIME")):
        return before
    verb = worth.head
    if worth.dep_ in ("acomp", "advcl", "dep") and any(c.dep_ == "expl" for c in verb.children):
        return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in _NOUN_POS
                     and c.i not in owner), None)
    return None


def _changes_object(anchor: Token, owner: dict[int, int]) -> bool:
    """Whether a bare "from" or "to" figure is a level of the object its verb changes."""
    prep = anchor.head
    while prep.dep_ == "prep" and prep.head.lower_ in ("from", "to"):
        prep = prep.head  # "from 350 to 400", the parse's "to" under "from"
    if anchor.dep_ != "pobj" or prep.lower_ not in ("from", "to") or prep.head.pos_ != "VERB":
        return False
    start = prep if prep.lower_ == "from" else next(
        (c for c in prep.head.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if start is not None and any(g.dep_ == "pobj" and g.pos_ in _NOUN_POS for g in start.children):
        return False  # "from 90 planes to 53": the end counts what the start did
    return any(c.dep_ == "dobj" and c.pos_ in _NOUN_POS and c.i not in owner and c.i < prep.i
               for c in prep.head.children)


def _change_start(anchor: Token, owner: dict[int, int], index: int) -> int | None:
    """The earlier figure a "from A to B" change hangs under B as a modifier ("from" A "to"
    B read as one number phrase), if B is such an end."""
    if not (anchor.dep_ == "pobj" and anchor.head.lower_ == "from"):
        return None
    for child in anchor.lefts:
        other = owner.get(child.i)
        if (other is not None and other < index and child.dep_ in ("quantmod", "nummod")
                and any(t.lower_ == "to" for t in anchor.doc[child.i + 1:anchor.i])):
            return other
    return None


def _clause_after_relative(word: Token) -> Token | None:
    """The verb of the clause a direction word ("up", "down") goes back to after a relative
    clause set off by commas that the parse hung it in: "sent shares in SSL, which also makes
    Scholl footwear, up more than 6%" -> sent."""
    doc = word.doc
    if word.lower_ not in ("up", "down") or word.i < 1 or doc[word.i - 1].text != ",":
        return None
    clause = next((a for a in word.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return None
    relative = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.lower_ in ("which", "who")), None)
    if relative is None or relative.i < 1 or doc[relative.i - 1].text != ",":
        return None
    return _governing_verb(clause.head)


def _governing_verb(token: Token) -> Token | None:
    """The nearest verb above a token."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def _depth(token: Token) -> int:
    depth = 0
    while token.head != token and depth < 50:
        token, depth = token.head, depth + 1
    return depth


def _adjacent_noun(token: Token) -> Token | None:
    """The noun heading the phrase that starts at `token`, if one does within a few words."""
    start = token.i
    doc = token.doc
    # Nouns written together form one compound whatever the parse says ("storm surge").
    while token.tag_ in ("NN", "NNP") and token.i + 1 < len(doc):
        if doc[token.i + 1].pos_ != "NOUN":
            break
        token = doc[token.i + 1]
    for _ in range(4):
        if token.pos_ in _NOUN_POS and (token.tag_ in ("NNS", "NNPS") or token.head.i < token.i
                                        or token.dep_ not in ("compound", "amod", "nmod")):
            return token
        if token.head.i <= token.i or token.head.i - start > 4:
            break
        token = token.head
    return token if _nominal(token) else None


def _placed_at(span: Span, quantity: Quantity) -> Subject | None:
    """`Newcomers included Julia Davis at seven and Tamsin Greig at 19`, `in at number 12`:
    a bare whole number right after a name and "at" is the place the name holds in a chart or
    list, however the parse joined the names and numbers."""
    doc = span.doc
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "number":
        i -= 1
    if not (quantity.kind == "count" and quantity.unit is None and quantity.value.is_integer()
            and i >= 1 and doc[i].lower_ == "at" and len(span) == 1):
        return None
    if span.end < len(doc) and doc[span.end].pos_ in _NOUN_POS:
        return None  # "at 20 stores": a count of what follows
    end = i - 1 if doc[i - 1].lower_ != "in" else i - 2  # "Dizzee Rascal in at number 12"
    if end < 0 or doc[end].pos_ != "PROPN" or doc[end].ent_type_ not in (
            "PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "NORP", ""):
        return None
    start = end
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or (
            doc[start - 1].tag_ in ("POS", "CC") and start > 1
            and doc[start - 2].pos_ == "PROPN")):
        start -= 1  # "Green Wing's Sam Hart", "Ant and Dec"
    before = [t.lower_ for t in doc[max(start - 2, 0):start]]
    if not doc[end].ent_type_ and before[-1:] != ["the"]:
        return None  # "got a part time Job at 16"; but "The Zutons at 20" is a name
    if before[-1:] in (["a"], ["an"]) or "of" in before:
        return None  # "became an MP at 27 and Leader of the Opposition at 36": ages
    name = doc[start:end + 1].text
    for word in (doc[end], doc[start]):
        phrase = _noun_phrase(word)  # "presenting duo Ant and Dec", when parsed whole
        if phrase[0] is None or not phrase[0].endswith(name):
            continue
        opens = doc[end].idx + len(doc[end].text) - len(phrase[0])
        if not any(t.pos_ in ("ADP", "ADV", "VERB") for t in doc[span.sent.start:start]
                   if t.idx >= opens):
            return phrase  # (not "just ahead of Oscar favourite Million Dollar Baby")
    return _name(doc[start:end + 1])


# Verbs of a move from one club or firm to another, whose "for" names the fee the mover went
# for (not _MOVING_VERBS, which move an index or a price).
_TRANSFER_VERBS = frozenset("move join switch transfer defect".split())


def _fee_for_move(anchor: Token, span: Span) -> Subject | None:
    """`when he moved to Arsenal for £4.5m`, `joined Chelsea for £5m`: money a move was made
    "for" is the fee for whoever moved."""
    prep = anchor.head
    verb = prep.head
    if not (anchor.dep_ == "pobj" and prep.lower_ == "for" and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in _TRANSFER_VERBS
        # "He was signed for £4.6m from AC Milan": the one signed (not "Chelsea signed")
        or (verb.lemma_.lower() == "sign" and any(c.dep_ == "nsubjpass" for c in verb.children))
    )):
        return None
    return _actor(verb, span)


def _multiplied(span: Span, owner: dict[int, int]) -> Subject | None:
    """`halving GM's stake to 10%`, `double Iraq's output`: what a multiplication verb
    multiplies, its object; else its subject (`profits more than doubled`); `a doubling in
    profit`: what the noun's "in" names."""
    word = span[-1]
    if word.lemma_.lower() not in MULTIPLYING_VERBS and (
            word.lower_.removesuffix("ing") + "e" not in MULTIPLYING_VERBS):  # "a doubling"
        return None
    if word.pos_ == "NOUN":
        return _prep_object(word, "in")
    if word.pos_ == "ADJ" and any(c.dep_ in ("nsubj", "aux") for c in word.children):
        # "revenues should more than double to $21bn": the tagger's adjective is the verb
        return _clause_subject(word, owner)
    if word.pos_ != "VERB":
        # "PS2 sales were more than double that": a multiple stated of the subject
        compared = word.head
        if compared.dep_ in ("attr", "acomp") and compared.head.lemma_ == "be":
            return _clause_subject(compared.head, owner)
        return None
    obj = next((c for c in word.children if c.dep_ == "dobj" and c.pos_ in _NOUN_POS), None)
    if obj is not None:
        return _noun_phrase(_unwrap_container(obj))
    return _clause_subject(word, owner)


def _counted_in_with_clause(span: Span, anchor: Token, owner: dict[int, int]) -> Subject | None:
    """`Americans are becoming avid blog readers, with 32 million getting hooked`, `the
    console proved popular, with 50,000 sold in its first week`: a bare count that is the
    subject of a participle in an absolute "with" clause counts what the main clause is
    about."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].tag_ not in ("VBG", "VBN"):
        return None  # "with 100 people killed" counts its own noun
    participle = doc[span.end]
    if anchor.head == participle and anchor.dep_ in ("nummod", "nsubj", "nsubjpass"):
        clause = participle  # the parse took the participle for the noun
    elif participle.head == anchor and participle.dep_ == "acl":
        clause = anchor
    else:
        return None
    if clause.dep_ not in ("pobj", "pcomp") or clause.head.lower_ != "with":
        return None
    verb = clause.head.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "proved popular with gamers, with ...": the clause's verb
    return _clause_subject(verb, owner)


def _out_for(anchor: Token, span: Span) -> Subject | None:
    """`Barry could be out for six weeks`, `will be out of action for four to six weeks`,
    `faces three weeks out`, `returned after four months out`: how long someone is out is
    theirs, not the injury's or the action's."""
    prep = anchor.head
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ == "out" and (
            anchor.dep_ == "npadvmod" or (anchor.dep_ == "pobj" and prep.lower_ == "after")):
        if anchor.dep_ == "pobj" and prep.head.pos_ == "NOUN" and prep.head.dep_ in (
                "nsubj", "nsubjpass", "pobj"):
            return None  # "the return of Darius Vassell after four months out": not whoever acts
        verb = _governing_verb(anchor)  # "makes her return after two years out": her own
        return _actor(verb, span) if verb is not None else None
    if not (anchor.dep_ == "pobj" and prep.lower_ == "for"):
        return None
    holder = prep.head
    if holder.lower_ == "action" and holder.head.lower_ == "of":
        holder = holder.head.head  # "out of action for ..."
    if holder.lower_ == "out":
        holder = holder.head
    if not (holder.lemma_ == "be" and any(c.lower_ == "out" for c in holder.children)):
        return None
    return _actor(holder, span)


def _actor(verb: Token, span: Span) -> Subject | None:
    """The verb's subject, with "he" or "she" read as the person it stands for."""
    subj = _raised_subject(verb)
    if subj is None:
        return None
    if subj.lower_ in ("he", "she"):
        return _pronoun_person(verb, span)
    return _noun_phrase(subj) if subj.pos_ in _NOUN_POS else None


def _pronoun_person(verb: Token, span: Span) -> Subject | None:
    """Who "he" or "she", the subject of `verb`, stands for. In a clause hanging on the main
    one, the main clause's named subject, whether or not the tagger knew the name for a
    person's ("Rowlands won a scholarship when she was just 15"), or else the sentence's
    ("By the time he was 40, Lee had decided ...", "Babayaro has been in the Premiership
    since 1997 when he moved"); but not a speaker's ("Moore said ..., when she will be 34"
    speaks of someone else). Otherwise the person named before."""
    main = verb
    while main.dep_ in ("advcl", "conj") and main.head != main:
        main = main.head
    named = _raised_subject(main) if main != verb else None
    if named is None and verb != verb.sent.root:
        main = verb.sent.root
        named = _raised_subject(main)
    if (named is not None and named.pos_ == "PROPN" and named.ent_type_ in ("PERSON", "")
            and main.lemma_.lower() not in _SPEAKING_VERBS):
        return _noun_phrase(named)
    return _person_before(span, described=False)


def _rank_label(token: Token) -> bool:
    """Whether a noun is the "number" of a place in a chart or table ("moved from 13 to number
    four", "at number eight and 10"): a label, which counts nothing."""
    return token.lower_ == "number" and token.i + 1 < len(token.doc) and (
        token.doc[token.i + 1].like_num)


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger took for a verb though it fills a noun's slot with a
    determiner ("signed a $6bn deal" tagged "deal" VBP) or, a plural, with a count ("contains
    34 John Wayne films" tagged "films" VBZ)."""
    if token.pos_ in _NOUN_POS or _mistagged_name(token):
        return True
    return token.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass") and any(
        c.dep_ == "det" or (c.dep_ == "nummod" and _plural_as_verb(token)) for c in token.lefts
    )


def _payee_in_object(span: Span) -> Subject | None:
    """The payee the parse folded into the amount's noun phrase: "the courts awarded Varig
    2bn reais" (Varig as a compound of "reais"), "had to pay former partner Fiat 1.55bn
    euros" (both nouns as modifiers of "euros")."""
    doc = span.doc
    start = span.start
    while start > 0:
        word = doc[start - 1]
        if word.dep_ in ("compound", "nmod") and (
            word.pos_ == "PROPN" or (word.pos_ == "NOUN" and start < span.start)
        ):
            start -= 1  # a common noun only before a name: "partner Fiat", not "cash 2bn"
        elif word.dep_ == "amod" and word.pos_ == "ADJ" and start < span.start:
            start -= 1  # "former partner Fiat"
        else:
            break
    if start == span.start or not any(span.start <= t.head.i < span.end
                                      for t in doc[start:span.start]):
        return None
    return doc[start:span.start].text, _head_word(doc[span.start - 1])


def _mistagged_name(token: Token) -> bool:
    """A capitalised word heading noun compounds is a name whatever its tag: the small
    tagger can take the last word of "firm BRL Hardy" for an adverb."""
    return token.is_title and not token.is_sent_start and any(
        c.dep_ == "compound" and c.pos_ in _NOUN_POS for c in token.lefts)


def _plural_as_verb(token: Token) -> bool:
    """A word tagged as a present-tense verb that can be a plural noun ("page views", "two
    spurs"), unlike the auxiliaries."""
    return token.tag_ == "VBZ" and token.lower_ not in ("is", "has", "was", "does")


def _compound_head(noun: Token) -> Token:
    """The head of the compound a singular noun opens: `seven member states`, or of a hyphened
    word split by the tokenizer: `three ex-managers`."""
    doc = noun.doc
    if _attributive_count(noun):
        # "a six-storey New York townhouse", "a 200-page, tabloid-size book": a count
        # hyphened to a singular noun describes the noun the phrase is about, however far.
        return _compound_head(noun.head)
    if (noun.tag_ == "NN" and noun.i + 1 < len(doc) and doc[noun.i + 1].tag_ == "NNS"
            and doc[noun.i + 1].pos_ == "NOUN" and noun.whitespace_):
        # A singular before a plural is a compound whatever the parse says: "two veteran
        # politicians Lee and Fung" (the parse hangs the plural on the names).
        return doc[noun.i + 1]
    if (noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_
            and not doc[noun.i + 1].whitespace_ and doc[noun.i + 2].pos_ in _NOUN_POS):
        return doc[noun.i + 2]
    if (noun.pos_ == "PROPN" and noun.dep_ in ("compound", "nmod") and noun.head.tag_ == "NNS"
            and noun.head.i == noun.right_edge.i + 1):
        # "Five Bank of America subsidiaries": a name with its own "of" before the plural
        # the count is of.
        return noun.head
    described = noun.head
    if (noun.dep_ == "npadvmod" and described.dep_ == "amod" and described.i == noun.i + 1
            and (described.tag_ == "VBN" or described.lower_ in _COMPOUND_PARTICIPLES)
            and described.head.pos_ == "NOUN" and described.head.i > described.i
            and all(t.head == described.head and t.dep_ in ("amod", "compound")
                    for t in doc[described.i + 1:described.head.i])):
        return described.head  # "120 flu related deaths", "a 5GB pocket sized hard drive"
    for _ in range(3):
        head = noun.head
        if noun.dep_ not in ("compound", "nmod") or head.pos_ not in _NOUN_POS:
            break
        if noun.tag_ not in ("NN", "NNP") and not (
            noun.tag_ == "NNS" and head.pos_ == "NOUN" and head.lemma_.lower() not in _TIME_NOUNS
        ):
            break  # a plural opens a compound of common nouns: "seven members states"; but
            # "12 year zodiac cycles year of the pig" runs two phrases together
        if not 0 < head.i - noun.i <= 3 or any(
            not (doc[k].head == head and doc[k].dep_ in ("amod", "compound"))
            # a modifier coordinated with the noun: "3,000 business and political leaders"
            and not (doc[k].head == noun and doc[k].dep_ in ("cc", "conj"))
            # the hyphen of one word split by the tokenizer: "a five-month injury lay-off"
            and not (doc[k].text == "-" and not doc[k].whitespace_ and not doc[k - 1].whitespace_)
            for k in range(noun.i + 1, head.i)
        ) or (head.i - noun.i == 3 and doc[noun.i + 1].dep_ != "cc"):
            break  # only the head's own modifiers between: "53 measles related deaths"
        noun = head
    return noun


def _attributive_count(noun: Token) -> bool:
    """Whether `noun` is the singular a count is hyphened to in front of the noun it
    describes: "six-storey" in "a six-storey townhouse", not "the four-piece were"."""
    doc = noun.doc
    return (noun.tag_ == "NN" and noun.i >= 2 and doc[noun.i - 1].text == "-"
            and not doc[noun.i - 1].whitespace_ and not doc[noun.i - 2].whitespace_
            and doc[noun.i - 2].like_num
            and noun.dep_ in ("compound", "nmod", "amod") and noun.head.i > noun.i
            and noun.head.pos_ in _NOUN_POS)


def _shared_head(modifier: Token) -> Token | None:
    """The noun a nationality or adjective shares with a coordinated figure after it:
    `2000 Thai and 74 Malaysian stores` (the parse takes "Thai" for the counted noun), down
    a longer list: `about 100 Muslim, 100 Evangelical Christian and 50 Jewish schools`. The
    last item's noun must carry a modifier of its own, as the elided ones did: in "22 Maori
    and four pakiha" each noun is counted itself."""
    if modifier.ent_type_ != "NORP" and modifier.pos_ != "ADJ" and not (
            # a name as a modifier ("30 Dell and 20 HP computers"), not a name in the plural
            # ("three Grammys and four MTV awards")
            modifier.tag_ == "NNP" and not modifier.lower_.endswith("s")):
        return None
    conj = next((c for c in modifier.rights if c.dep_ in ("conj", "appos")), None)
    while conj is not None and conj.tag_ in ("NNP", "JJ") and any(
            c.dep_ == "nummod" for c in conj.lefts):
        # a middle item the parse also took for a noun: "100 Evangelical Christian"
        conj = next((c for c in conj.rights if c.dep_ in ("conj", "appos")), None)
    if conj is None or conj.pos_ != "NOUN" or conj.tag_ not in ("NNS", "NN"):
        return None
    lefts = [c.dep_ for c in conj.lefts]
    if "nummod" not in lefts or not {"amod", "compound", "nmod"} & set(lefts):
        return None  # "Thai and Malaysian stores" without a second figure: one noun phrase
    return conj


def _own_modifier(anchor: Token) -> str:
    """The prepositional phrase a bare figure carries: `36 in North Cotabato`, `150 to Glasgow`
    (the parse may hang it on the verb, but right after the figure it belongs to the figure)."""
    doc = anchor.doc
    following = doc[anchor.i + 1] if anchor.i + 1 < len(doc) else None
    if (
        following is not None
        and following.dep_ == "prep"
        and following.lower_ in _KEEP_PREPS
        and following.head in (anchor, anchor.head)
        # "up from 250 in 2003": a date says when, not which
        and not any(g.ent_type_ in ("DATE", "TIME") for g in following.children)
    ):
        return doc[following.i:following.right_edge.i + 1].text
    return ""


def _unwrap_container(noun: Token) -> Token:
    """`the total number of mine victims` -> victims; `a 43% rise in net profits` -> profits;
    `profits, which showed a 5.5% rise` -> profits."""
    lower = noun.lower_
    if lower in _CHANGE_NOUNS or lower in _FORECASTS or lower in ("average", "total"):
        # "a 2% price drop": the compound names what changes; "the jobless rate average";
        # "5% growth forecast".
        compound = next((c for c in noun.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                         and c.is_alpha and c.ent_type_ not in ("DATE", "TIME")
                         and c.lemma_.lower() not in _FORECASTERS
                         # the figure's own unit: "a quarter point rise", "a nine per cent rise"
                         and c.lemma_.lower() not in ("point", "percentage", "basis", "cent",
                                                      "percent")
                         # not the tail of a figure: the "m" of "a $697m improvement"
                         and not any(_numeric(g) for g in c.children)), None)
        if compound is not None and lower == "average" and (
                compound.lower_ not in _CONTAINERS | _MEASURE_NOUNS):
            compound = None  # "the jobless rate average", but "the eurozone average"
        if compound is not None:
            return compound
    # "three coachloads of people", "a shipload of grain": a load measures its contents
    framing = lower in _FRAMES or _LOADS.fullmatch(lower) is not None
    if framing or lower in _CHANGE_NOUNS or lower in _FORECASTS:
        preps = ("of",) if framing else ("of", "in", "for")
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    pobj = _before_aside(c, pobj)
                if (pobj is not None and pobj.is_alpha and pobj.pos_ in _NOUN_POS
                        and pobj.ent_type_ not in ("DATE", "TIME")
                        and not any(_numeric(g) and g.ent_type_ != "DATE" for g in pobj.lefts)):
                    # "a fall in the rate of inflation": through both frames.
                    return _unwrap_container(pobj) if pobj.lower_ in _CONTAINERS else pobj
    # "profits, which showed a 5.5% rise"; "contributions increased ..., a rise of 49.7%".
    if lower in _CHANGE_NOUNS and noun.dep_ in ("dobj", "npadvmod", "appos"):
        verb = noun.head
        if verb.lemma_.lower() in _TELLING_VERBS:
            return noun
        if noun.dep_ in ("appos", "dobj"):
            # "sold 2.4 million vehicles, an increase of 4%": the change is in what the
            # verb counted, not in who sold.
            counted = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                            and c.i < noun.i and _sized(c)), None)
            if counted is not None:
                return counted
        if noun.dep_ == "dobj" and verb.lemma_.lower() not in _UNDERGOING_VERBS | _MOVING_VERBS:
            return noun  # "the government has rejected the 60% rise": not the government's
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None and verb.dep_ == "acl":
            subj = verb.head  # "Reynolds showing gains of 4.5%"
        elif subj is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "stocks performed well, recording an 8% rise": the main clause's subject.
            subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ in _NOUN_POS:
            return subj
    return noun


def _before_aside(prep: Token, pobj: Token) -> Token:
    """The object a preposition takes before an aside the parse ran it into: "a 22% share of
    the UK mortgage market - said ..." is a share of the market."""
    dash = next((t for t in prep.doc[prep.i + 1:pobj.i] if _spaced_dash(t)), None)
    if dash is not None and prep.doc[dash.i - 1].pos_ in _NOUN_POS:
        return prep.doc[dash.i - 1]
    return pobj


def _hyphen_end(token: Token) -> Token:
    """The last part of a word the tokenizer split at its hyphens ("co-founders" -> "founders")."""
    doc = token.doc
    while (token.i + 2 < len(doc) and not token.whitespace_ and doc[token.i + 1].text == "-"
           and not doc[token.i + 1].whitespace_ and doc[token.i + 2].is_alpha):
        token = doc[token.i + 2]
    return token


def _split_word_end(token: Token) -> bool:
    """The last part of a word the tokenizer split at a hyphen ("productions" of
    "co-productions")."""
    doc = token.doc
    return (token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_
            and not doc[token.i - 2].whitespace_ and doc[token.i - 2].is_alpha)


def _noun_phrase(head: Token, start: int | None = None) -> Subject:
    """The head with its modifiers as written: no determiner, figure or trailing clause."""
    if head.lower_ in _PLACE_ADVERBS and head.i > 0 and head.doc[head.i - 1].head == head and (
            head.doc[head.i - 1].dep_ == "compound"):
        # "four days of football indoors": an adverb of place the tagger took for the noun
        # the word before modifies.
        return _noun_phrase(head.doc[head.i - 1], start)
    first = head.i
    for c in reversed(list(head.lefts)):
        if start is not None and c.left_edge.i < start:
            if c.i >= start and c.dep_ not in _DROP_LEFT:
                first = start  # a modifier the figure itself hangs on: "53 measles deaths"
            break
        if c.text == "-" and not c.whitespace_ and c.i > 0 and not head.doc[c.i - 1].whitespace_:
            continue  # the hyphen of one word split by the tokenizer: "film-maker"
        # (a number in a name or word that carries no figure of its own: "one-off £200")
        named = _named_number(c) and not any(
            _numeric(t) and not _same_word(t, c) for t in c.subtree)
        if (c.dep_ in _DROP_LEFT and not named and not _title_article(c)) or (
            c.dep_ == "poss" and c.pos_ == "PRON"
        ) or (_numeric(c) and not _ordinal(c) and not named) or any(
            # a verb the parse took for a modifier: "should more than double Acme's output"
            g.dep_ in ("aux", "auxpass") for g in c.subtree
        ):
            break
        first = c.left_edge.i
    last = _right_end(head, top=True)
    doc = head.doc
    # A misparse can hang an aside's words on the head ("the figures - revised after an
    # audit - showed revenue"): the phrase starts after the dash that closes the aside, and
    # after the verb of the clause the aside interrupted ("showed").
    aside_end = next((t.i for t in reversed(doc[first:head.i]) if _spaced_dash(t)), None)
    if aside_end is not None:
        first = aside_end + 1
        while first < head.i and doc[first].tag_.startswith("VB"):
            first += 1
    if last > head.i and doc[last].lower_ == "aged":
        last -= 1  # the ages follow: "children aged", "those aged 30-39"
    # Nor does it run past a dash that sets off an aside or a restatement: "the figures -
    # revised after an audit - showed", "a 26% stake in IPCL - India's second-largest ...".
    dash_after = next((t.i for t in doc[head.i + 1:last + 1] if _spaced_dash(t)), None)
    if dash_after is not None:
        last = dash_after - 1
    # Trim stray edges a misparse can leave ("the", a bracket, a relative pronoun, a figure).
    trimmed_from = first
    while first < head.i and (
        doc[first].is_punct
        or doc[first].lower_ in _FOCUS_ADVERBS  # "specifically airborne particles"
        # the particle of a phrasal verb the parse hung on its object: "buy back shares"
        # (whatever its tag: the tagger calls that "back" an adjective as often as not)
        or (doc[first].lower_ in _PARTICLES and doc[first].pos_ not in _NOUN_POS
            and first > 0 and doc[first - 1].pos_ == "VERB")
        or doc[first].text in _TIME_ZONES  # "by 1300 GMT Carnival's shares"
        # (a number in a name or word stays: "FTSE 250 index", "one-off charges")
        or (not _named_number(doc[first]) and (
            (doc[first].dep_ in ("det", "quantmod", "nummod") and not _title_article(doc[first]))
            or doc[first].tag_ in ("WP$", "WDT", "WP", "CD", "$", "IN")
            or (_numeric(doc[first]) and not _ordinal(doc[first]))))
        # "its 386 strong Netto chain", "a 75 ft long boat": the adjective belongs to the
        # figure ("N strong", "N ft long"), it does not describe the noun.
        or (start is not None and doc[first].lower_ in _DIMENSIONS
            and not any(c.dep_ == "conj" for c in doc[first].children))  # "deep and surface"
        # The rest of a hyphened figure: "the four-year project" -> "project", and
        # "16-year-old Smith" -> "Smith" (a hyphen already trimmed continues the figure).
        or (first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_
            and (_numeric(doc[first - 2]) or first - 1 > trimmed_from))
        # the "m" of "$17m profit", which the tokenizer splits off the figure
        or _unit_letter(doc[first])
    ):
        first += 1
    if _unit_letter(head):
        # The "m" of a figure is no noun ("80m" split as "80", "m"); a word the parse hung
        # on it is the noun ("the $3.5m fine" with "fine" read as an adjective).
        after = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if after is not None and after.head == head and after.pos_ in _NOUN_POS | {"ADJ"}:
            return after.text, after.text
        return _NONE
    while (first >= 2 and (start is None or start <= first - 2 < head.i - 2)
           and doc[first - 1].text == "-"
           and not doc[first - 1].whitespace_ and not doc[first - 2].whitespace_
           and doc[first - 2].is_alpha and not doc[first - 2].like_num):
        # a word the tokenizer split at its hyphen, whose first part the parse hung
        # elsewhere: "co-founders", "six re-released tracks" (after a figure, only a modifier's
        # word: a split head is rejoined by _counted)
        first -= 2
    if _age_group(head):
        # "16 to 20-year-olds": the group is named by its ages, which stay in the phrase.
        first = min(first, doc[head.i - 2].left_edge.i)
    if last == head.i and _head_first(head):
        last = _hyphen_end(head).i  # "runners-up"
    text = doc[first:last + 1].text
    if "\n" in text:
        # A headline run into the first sentence: keep the line holding the head.
        offset = head.idx - doc[first].idx
        line_start = text.rfind("\n", 0, offset) + 1
        line_end = text.find("\n", offset)
        text = text[line_start:line_end if line_end >= 0 else None].strip()
    # A name kept right after its description heads the phrase: "actress Sara Forestier".
    name = next((doc[min(c.right_edge.i, last)] for c in head.rights
                 if _close_name(c, head.i) and c.i <= last), None)
    # A title after the word for its work that the parse left out of the phrase, or cut
    # short, is the phrase: "comedy sequel Meet the Fockers", "movie Assault On Precinct 13".
    work = head if last == head.i else None
    if head.is_title and not head.is_sent_start:
        work = next((t for t in reversed(doc[first:head.i]) if t.lemma_.lower() in _WORKS
                     or not (t.is_title or t.text == "-" or t.lower_ in _TITLE_SMALL_WORDS)),
                    None)
    title = _title_after(work) if name is None and work is not None else None
    if title is not None and title.start <= head.i < title.end and title.end - 1 > last:
        return title.text, _head_word(head)  # the parse cut the title short
    if title is not None and work == head:
        # the title's last word heads it, as after "actress" a surname does
        return title.text, next(t.text for t in reversed(title) if t.is_alpha)
    return text, _head_word(name or _modified_by_pair(head) or head)


def _title_after(work: Token) -> Span | None:
    """The title written right after a word for a work, which the parser reads as words of
    the sentence: "comedy sequel Meet the Fockers", "horror movie Cursed, about ...",
    "police action movie Assault On Precinct 13"."""
    doc = work.doc
    if work.pos_ != "NOUN" or work.lemma_.lower() not in _WORKS or work.i + 1 >= len(doc):
        return None
    end = work.i + 1
    while end < len(doc):
        token = doc[end]
        if token.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
            break
        if token.is_title or (token.like_num and end > work.i + 1):
            end += 1
        elif (token.text == "-" and end > work.i + 1 and not token.whitespace_
              and not doc[end - 1].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_title):
            end += 2  # "Winn-Dixie"
        elif token.lower_ in _TITLE_SMALL_WORDS and end > work.i + 1:
            # "Meet the Fockers", "Return to the Forest": small words before a capital
            words = end
            while words < len(doc) and doc[words].lower_ in _TITLE_SMALL_WORDS:
                words += 1
            if words == len(doc) or not doc[words].is_title or words - end > 2:
                break
            end = words
        else:
            break
    if end == work.i + 1 or doc[work.i + 1].is_sent_start:
        return None
    following = doc[end] if end < len(doc) else None
    if following is not None and not (following.is_punct or following.pos_ in (
            "VERB", "AUX", "ADP", "CCONJ", "ADV")):
        return None  # not a title standing alone: "the film Sony paid for"
    return doc[work.i + 1:end]


# Loose ends a phrase cut at the wrong place can open or close with: a conjunction, a
# possessive ending, a hyphened fragment, a comma or bracket; a dangling "of" or "which".
_LOOSE_START = re.compile(r"(?:(?:and|or|but|to|['’]s|[-,()])(?=\s|\Z)|-\S*|[,)]|[^\s(]*\)\S*)\s*",
                          re.IGNORECASE)
_LOOSE_END = re.compile(r"\s*(?:(?:\A|(?<=\s))(?:of|which|whose|and|or|to)|[-,(])\Z",
                        re.IGNORECASE)


def _without_figure(found: Subject, span: Span | None) -> Subject:
    """A phrase closing with its own figure ("in the Top 40", "a growth rate of -0.1%")
    without it: a figure is never part of its own subject; but where the words before it
    need it ("reimbursement for the billions"), the phrase stays."""
    text, head = found
    if span is None or not text or not text.endswith(" " + span.text):
        return found
    rest = text[:-len(span.text)].rstrip()
    last = rest.rsplit(" ", 1)[-1].lower()
    if last in _NEEDS_NOUN or last.endswith(("'s", "'", "’s")):
        return found
    return rest, head


def _tidy(found: Subject) -> Subject:
    """The phrase without the loose ends a misparse can leave: the tail of a hyphened figure
    ("-cylinder engine" after "six"), a conjunction or possessive ending before it ("and
    Black Books' Tamsin Greig", "'s Confessions album"), a bracket opened or closed outside
    it ("metre) plasma"), a dangling "of" or "which" after it. Nothing left, or the head cut
    off: no subject."""
    text, head = found
    if text is None:
        return found
    tidy = text
    while loose := (_LOOSE_START.match(tidy) or (
            re.match(r"\(\s*", tidy) if ")" not in tidy else None)):
        tidy = tidy[loose.end():]
    while loose := _LOOSE_END.search(tidy):
        tidy = tidy[:loose.start()]
    if tidy == text:
        return found
    if not tidy or head is None or head not in tidy:
        return _NONE
    return tidy, head


def _unit_letter(token: Token) -> bool:
    """The scale letter the tokenizer splits off a figure: "m" in "$17m" or "60m"."""
    return (token.lower_ in ("m", "bn", "k") and token.i > 0
            and not token.doc[token.i - 1].whitespace_ and token.doc[token.i - 1].like_num)


def _modified_by_pair(noun: Token) -> Token | None:
    """The noun a bare noun modifies together with the noun it is coordinated with, which the
    parse took for its own conjunct: "the cops and robbers comedy" is a comedy."""
    conj = next((c for c in reversed(list(noun.rights)) if c.dep_ == "conj"), None)
    if conj is None or conj.pos_ != "NOUN" or conj.i < 3:
        return None
    partner, cc = noun.doc[conj.i - 1], noun.doc[conj.i - 2]
    # "the swords and sandals epic" may also come out as three conjuncts.
    attached = (partner.head == conj and partner.dep_ == "compound") or (
        partner.head == noun and partner.dep_ == "conj" and conj.tag_ != noun.tag_)
    if (cc.dep_ != "cc" or cc.head != noun or not attached or partner.tag_ != noun.tag_
            or any(c.dep_ not in ("det", "poss", "case") for c in noun.lefts)):
        return None
    return conj


# Words of a name that are not its distinctive part: "Mitsubishi Motors" -> Mitsubishi,
# "South Korea" -> Korea, "Bank of England" -> England.
_GENERIC_NAME_WORDS = frozenset(
    """north south east west northern southern eastern western new united republic kingdom
    national
    states state group holdings holding corp corporation co company inc plc ltd limited
    motors airways airlines bank banks bancorp international industries systems partners
    networks foods party
    association council committee department ministry agency office union federation""".split()
)


def _age_group(head: Token) -> bool:
    """The "olds" of "20-year-olds", which the tokenizer splits off."""
    doc = head.doc
    return (head.lower_ in ("olds", "old") and head.i >= 2 and doc[head.i - 1].text == "-"
            and doc[head.i - 2].lower_ in ("year", "years"))


_HEAD_FIRST_TAILS = frozenset("up by in on out off".split())


def _head_first(head: Token) -> bool:
    """A hyphened noun whose head comes first, split by the tokenizer: "runners-up",
    "passers-by"."""
    doc = head.doc
    return (head.i + 2 < len(doc) and not head.whitespace_ and doc[head.i + 1].text == "-"
            and not doc[head.i + 1].whitespace_ and doc[head.i + 2].lower_ in _HEAD_FIRST_TAILS)


def _head_word(head: Token) -> str:
    """The subject's head word; for a name of several words, its distinctive word: the
    name's head (a person's surname, "Exchange" of "London Stock Exchange"), or where that
    is generic, the first word before it that is not ("Korea Republic" -> Korea)."""
    doc = head.doc
    if _age_group(head):
        return doc[head.i - 2:head.i + 1].text  # "year-olds"
    if (_split_word_end(head)
            and not doc[head.i - 2].like_num  # "a three-judge panel": the figure is no part
            and (head.i < 3 or doc[head.i - 3].text != "-")):
        # One word split by the tokenizer ("film-maker"), not a figure's tail ("a
        # billion-year-contract" counts contracts).
        return doc[head.i - 2:head.i + 1].text
    if _head_first(head):
        return doc[head.i:_hyphen_end(head).i + 1].text
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return head.text
    entity = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    if entity is None or len(entity) < 2 or entity.label_ not in ("ORG", "GPE", "NORP", "LOC"):
        return head.text
    if head.lower_ not in _GENERIC_NAME_WORDS and len(head.text) > 1:
        # The name's own head ("London Stock Exchange", a person the tagger took for a place:
        # "Rafael Nadal"), unless that is a generic word ("Mitsubishi Motors") or a letter
        # ("Cooper S"), which the word before it distinguishes.
        return head.text
    # (before the head, else after it: "Department of Justice" -> Justice)
    words = sorted((t for t in entity if t != head and (t.is_alpha and t.is_title or t.is_upper)),
                   key=lambda t: (t.i > head.i, t.i))
    distinctive = [t for t in words if t.lower_ not in _GENERIC_NAME_WORDS
                   and t.pos_ != "DET" and not t.is_stop]  # not "The" of "The Mini Convertible"
    return distinctive[0].text if distinctive else head.text


def _when(noun: Token) -> bool:
    """A noun naming a point or stretch of time within a date expression ("last year"), or a
    weekday, which the tagger may not mark as a date ("before ending Friday 0.2% lower")."""
    return (noun.ent_type_ in ("DATE", "TIME") and noun.lemma_.lower() in _TIME_NOUNS) or (
        noun.pos_ == "PROPN" and noun.lower_ in _WEEKDAYS)


def _ordinal(token: Token) -> bool:
    """An ordinal word describing a noun ("the first quake"), not a figure; the tagger can
    fold it into a date ("fourth quarter operating profits")."""
    return token.tag_ in ("JJ", "RB") and (
        (token.is_alpha and token.ent_type_ == "ORDINAL")
        or (token.like_num and _ORDINAL_WORD.search(token.lower_) is not None))


def _same_word(token: Token, other: Token) -> bool:
    """Whether two tokens are parts of one written word ("737-800", "one-off")."""
    low, high = sorted((token.i, other.i))
    return not any(t.whitespace_ for t in token.doc[low:high])


def _title_article(token: Token) -> bool:
    """The "The" of a title or name, capitalised mid-sentence: "The Incredibles"."""
    doc = token.doc
    return (token.text == "The" and not token.is_sent_start and token.i > 0
            and not doc[token.i - 1].is_punct and not doc[token.i - 1].is_space
            and token.head.pos_ == "PROPN" and token.i + 1 < len(doc)
            and doc[token.i + 1].pos_ == "PROPN" and doc[token.i + 1].is_title)


def _named_number(token: Token) -> bool:
    """A number that is part of a name or a word, not a figure: "the FTSE 100 index", "the
    Three Gorges dam", "one-off charges", "a one-way fare"."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None:
        return False
    if (token.lower_ in ("one", "two", "three") and after.text == "-" and not token.whitespace_
            and token.i + 2 < len(doc) and doc[token.i + 2].lower_ in _NUMBER_WORD_TAILS):
        return True
    if (token.is_alpha and token.like_num and token.is_title and not token.is_sent_start
            and after.pos_ == "PROPN" and after.is_title):
        return True
    before = doc[token.i - 1] if token.i > 0 else None
    return (token.is_digit and token.dep_ == "nummod" and before is not None
            and before.pos_ == "PROPN" and before.head == token.head)


def _numeric(token: Token) -> bool:
    """A figure's token, including shorthand the tagger calls a noun ("0.9bn", "£5m")."""
    return token.like_num or token.tag_ in ("CD", "$") or token.text[:1].isdigit()


def _right_end(head: Token, top: bool, depth: int = 2) -> int:
    """Where the head's restrictive post-modifiers end: coordinated heads, PPs, participles."""
    last = head.i
    rights = list(head.rights)
    for pos, c in enumerate(rights):
        dep = c.dep_
        if dep == "prep" and c.lower_ in _KEEP_PREPS and depth > 0:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME") or _holds_figure(pobj):
                # A phrase holding a figure is another claim or a date ("a fine of $2m").
                break
            if pobj.pos_ == "PRON":
                break  # "six shells of them": the partitive's pronoun adds nothing
            last = _right_end(pobj, False, depth - 1)
        elif dep == "conj" and c.pos_ in _NOUN_POS:
            own = [t for g in c.children if g.dep_ not in ("relcl", "acl", "conj", "cc", "punct")
                   for t in g.subtree]
            if _numeric(c) or any(t.like_num for t in own) or (c.pos_ == "PROPN") != (
                head.pos_ == "PROPN"
            ) or (c.pos_ == "NOUN" and any(g.dep_ in ("det", "poss") for g in c.lefts)):
                # Another item of a list, not part of one coordinated head: a figure the
                # parse took for a name ("Smith and Jones clocked 7.62secs"), one with its own
                # figure ("2 million voters and turnout rate of 58%"), a name after a common
                # noun ("13 seats and Liberal Democrats lost 10"), or a common noun with its
                # own determiner ("two distribution centers and the head office").
                break
            last = _right_end(c, False, depth - 1)
        elif dep in ("cc", "punct"):
            following = rights[pos + 1] if pos + 1 < len(rights) else None
            if following is None or following.dep_ != "conj" or following.pos_ not in _NOUN_POS:
                break
            continue
        elif dep == "acl" and c.tag_ == "VBN" and top:
            end = _reduced_end(c)
            if end == c.i and (_tells_what_happened(c, head) or (
                    c.lemma_.lower() in _VALUING_VERBS
                    and any(_holds_figure(g) for g in c.rights if g.i == c.i + 1))):
                # (nor a valuation whose complement is the figure: "letters valued at £8m")
                break
            last = end
        elif _close_name(c, last):
            last = c.i
        elif _name_number_after(c, head, last):
            last = c.i  # "the FTSE 100", "Metal Slug 3": the number is part of the name
        elif dep in ("compound", "amod", "nmod"):
            if _holds_figure(c):
                break  # "an offer worth 3.1bn dollars": the figure is the claim
            last = c.right_edge.i
        else:
            break
    return last


def _name_number_after(number: Token, head: Token, last: int) -> bool:
    """A bare number closing a name right after it ("the FTSE 100 rose", "Metal Slug 3 is
    cheap"), which the figures left out as part of the name; not a score ("Leeds 2-1") nor a
    result before another name ("Chelsea 1 Arsenal 0")."""
    doc = number.doc
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and (
            (not number.whitespace_ and after.tag_ != "POS")  # "800m", but "FTSE 100's"
            or (after.text == "," and number.i + 2 < len(doc) and doc[number.i + 2].like_num)):
        return False  # "Henry 2, 29": minutes of goals, not a name
    # (a name the tagger took for a common noun where it opens a sentence: "Doom 3 was
    # developed over four years")
    return (number.is_digit and number.i == last + 1
            and (head.pos_ == "PROPN" or (head.is_title and head.is_sent_start))
            and (doc[last].pos_ == "PROPN" or doc[last] == head)
            and number.dep_ in ("nummod", "appos", "npadvmod", "dep")
            and (after is None or not (after.text in ("-", "–", "%") or after.pos_ == "PROPN"
                                       or after.like_num or after.tag_ == "NNS")))


def _close_name(name: Token, last: int) -> bool:
    """A name in apposition right after the phrase's word `last`, which it belongs to:
    "giant TimeWarner", "actress Sara Forestier"; not "(GDP)", nor the first of a list
    ("three children Nora, Hasna and Guy")."""
    return (name.dep_ == "appos" and name.pos_ == "PROPN" and name.left_edge.i == last + 1
            and not name.doc[last + 1].is_punct and not _holds_figure(name)
            and not any(g.dep_ == "conj" for g in name.children))


def _tells_what_happened(participle: Token, noun: Token) -> bool:
    """A bare participle after its noun that tells what happened to the thing, not which
    things are meant: "the settlement reached", "104,000 workers axed". One can define a
    population ("the people interviewed", "votes cast", "40% of the complaints received"),
    and a form that is also a noun may be one ("the passenger number forecast")."""
    return (noun.pos_ in _NOUN_POS and not _numeric(noun)
            and participle.lower_ != participle.lemma_.lower()
            and participle.lemma_.lower() not in _POPULATION_VERBS
            and not (noun.dep_ == "pobj" and noun.head.lower_ == "of"))


def _spent_by_subject(verb: Token, prep: Token | None, owner: dict[int, int]) -> bool:
    """Whether a stretch of time hung on `verb` by `prep` is the subject's, not what the verb
    acts on: a total piled up over it ("sold eight million copies in two years", "paid out
    £25m in four years"), a post held through it ("captained Neath for seven seasons",
    "topped the US charts for three weeks"), or a stay ended after it ("left Capital FM after
    17 years")."""
    subject = _raised_subject(verb)
    if prep is None or (subject is not None and subject.lower_ in _FIRST_PERSONS):
        return False  # "We've had three policy positions in three months": no one named
    lemma, word = verb.lemma_.lower(), prep.lower_
    if word in ("in", "within"):
        # (not a window ahead: "could cut up to 45,000 jobs over the next five years")
        return any(c.dep_ == "dobj" and (c.i in owner or any(
            t.dep_ == "nummod" and t.i in owner for t in c.lefts)) for c in verb.children)
    if word == "for":
        return lemma in _POST_VERBS
    return word == "after" and lemma in _LEAVING_VERBS


def _holds_figure(token: Token) -> bool:
    """Whether a phrase holds a figure ("of $2m", "of 5bn yen", "by an hour"); "third-party"
    is a word."""
    return any(t.tag_ in ("CD", "$") or t.text[:1].isdigit() or (
        t.lower_ in ("a", "an") and t.ent_type_ in _AMOUNT_ENTITIES) for t in token.subtree)


def _reduced_end(verb: Token) -> int:
    """End of a participle and the prepositional phrases right after it."""
    doc, end = verb.doc, verb.i
    for c in verb.rights:
        if c.dep_ in ("prep", "agent", "advmod", "xcomp", "prt") and c.i == end + 1:
            if _holds_figure(c):
                break  # "a deal valued at $6.75bn": the figure is the claim, not its subject
            end = c.right_edge.i
            # "gas imported by Ukraine, which has no gas fields": a clause set off by a comma
            # describes, it does not restrict.
            aside = next((k for k in range(c.i, end) if doc[k].text == ","
                          and doc[k + 1].tag_ in ("WDT", "WP", "WP$", "WRB")), None)
            if aside is not None:
                return aside - 1
        else:
            break
    return end


def _reduced_predicate(verb: Token) -> str:
    """`have been cleared of mines and UXO` -> `cleared of mines and UXO`."""
    return verb.doc[verb.i:_reduced_end(verb) + 1].text


def _predicate(verb: Token) -> str:
    """The verb with its objects, for `victims who lost their lives`."""
    end = verb.i
    for c in verb.rights:
        if c.dep_ in ("dobj", "attr", "acomp", "prt", "prep", "oprd", "agent", "xcomp"):
            end = c.right_edge.i
        else:
            break
    # Up to a comma: "sustained severe injuries, including 359 children" lists parts.
    end = next((t.i - 1 for t in verb.doc[verb.i + 1:end + 1] if t.text in (",", ";", "(")), end)
    return verb.doc[verb.i:end + 1].text


def _clause_of(token: Token) -> Token | None:
    """The verb of the clause a token sits in."""
    while token.head != token:
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            while token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX"):
                token = token.head
            return token
    return None


def _conj_chain(verb: Token) -> list[Token]:
    chain = [verb]
    while chain[-1].dep_ == "conj" and chain[-1].head.pos_ in ("VERB", "AUX"):
        chain.append(chain[-1].head)
    return chain


def _object(
    verb: Token, child: Token, owner: dict[int, int], uncounted: bool = False
) -> Token | None:
    """The verb's noun object; with `uncounted`, not one another figure counts: a bare level
    in "gained 45.4 points to 10,360" is not a number of points."""
    found = next(
        (c for c in verb.children if c.dep_ == "dobj" and c != child
         and c.i not in owner and (c.pos_ in _NOUN_POS or _mistagged_name(c))
         and c.ent_type_ not in ("DATE", "TIME")
         and c.lower_ not in _EMPTY_OBJECTS  # "changing hands at 372 riyals"
         and not (uncounted and any(g.i in owner for g in c.lefts))),
        None,
    )
    relative = next((c for c in verb.children if c.dep_ == "dobj"
                     and c.lower_ in ("which", "that")), None)
    if found is None and relative is not None and verb.dep_ == "relcl" and (
        verb.head.pos_ in _NOUN_POS and verb.head.i not in owner
    ):
        return verb.head  # "the claims, which the company put at $640m": the antecedent
    return found


# What a participle after a sum says it went on: "£1.34bn spent on games".
_SPENT_ON = {"spend": "on", "pay": "for", "invest": "in", "earmark": "for", "allocate": "to",
             "need": "for", "require": "for"}


def _spent_on(span: Span) -> Subject | None:
    """`the £1.34bn spent on games`, `$2m paid for the rights`, `£5m invested in new
    plant`, `100bn rupees to be spent on roads`, `the $50,000 needed for an advert`: a sum
    the participle after it says went (or is to go) on something measures that thing."""
    # (the clause can hang on any word of the figure: "up to 100bn rupees to be spent")
    for acl in (c for t in span for c in t.children if c.i >= span.end):
        prep_word = _SPENT_ON.get(acl.lemma_.lower())
        if acl.dep_ not in ("acl", "relcl") or acl.tag_ != "VBN" or prep_word is None:
            continue
        thing = _pobj(acl, prep_word)
        if thing is not None and thing.pos_ in _NOUN_POS and not _numeric(thing):
            return _noun_phrase(thing)
    return None


def _paid_by(anchor: Token) -> Subject | None:
    """`The remaining $36m will be paid by the directors' insurers`: a sum as the passive
    subject is the agent's, as in the active "the insurers will pay $36m"."""
    if anchor.dep_ != "nsubjpass":
        return None
    agent = next((c for c in anchor.head.children if c.dep_ == "agent"), None)
    payer = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent else None
    if payer is None or payer.pos_ not in _NOUN_POS or _numeric(payer):
        return None
    return _noun_phrase(_unwrap_container(payer))


def _purpose_object(verb: Token, anchor: Token) -> Subject | None:
    """`needs 30 years and $25 billion to resolve demining-related issues` -> the issues."""
    for owner in (anchor, verb):
        for c in owner.children:
            # "to resolve ...", or after spending a participle: "spent billions propping up
            # their pensions" (but not "fell to £178,906, reflecting figures").
            if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and (
                any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                or (c.tag_ == "VBG" and c.i > anchor.i
                    and verb.lemma_.lower() in _SPENDING_VERBS
                    # but a participle set off by a comma is an aside: "spent four years
                    # at Everton, making 125 appearances" spent them at Everton.
                    and not any(t.text == "," for t in anchor.doc[anchor.i + 1:c.i]))
            ):
                task = c
                if task.lemma_.lower() in ("become", "remain"):
                    # "took 20bn yen to become the biggest film in Japan": a result, whose
                    # complement names the subject itself, not what the money bought
                    continue
                if task.lemma_.lower() == "help":  # "to help pay for relief", "to help fund it"
                    task = next((g for g in c.children if g.dep_ in ("xcomp", "ccomp")), c)
                    if any(g.dep_ == "prt" for g in task.children):
                        continue  # "sold for $9bn to help Yukos pay off its bill": the sale's
                obj = next((g for g in task.children if g.dep_ in ("dobj", "attr")), None)
                if obj is None and task.lemma_.lower() in ("pay", "account", "provide"):
                    obj = _pobj(task, "for")  # "borrow £5bn to pay for new hospitals"
                if obj is not None and obj.pos_ == "NUM":
                    obj = _of_object(obj)  # "to buy one of South Korea's biggest banks"
                if obj is not None and obj.pos_ in _NOUN_POS:
                    return _noun_phrase(obj)
    return None


def _noun_run_end(prep: Token) -> Token | None:
    """The last noun of the words right after `prep` that can make up one noun phrase."""
    doc, last = prep.doc, None
    for token in doc[prep.i + 1:prep.i + 8]:
        if token.pos_ in _NOUN_POS:
            last = token
        elif token.pos_ not in ("DET", "ADJ", "PART") and token.tag_ != "POS":
            break
    return last


def _sized(noun: Token) -> bool:
    """Whether a figure sizes `noun`: "2.4 million vehicles", "a profit of $90m"."""
    return any(g.dep_ == "nummod" for g in noun.lefts) or any(
        c.dep_ == "prep" and c.lower_ == "of" and any(_numeric(g) for g in c.subtree)
        for c in noun.children
    )


def _of_object(noun: Token) -> Token | None:
    """The noun of `noun`'s "of" phrase, if it names something (not a figure or a date)."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if (pobj is not None and pobj.pos_ in _NOUN_POS and not _numeric(pobj)
                    and pobj.ent_type_ not in ("DATE", "TIME")):
                return pobj
    return None


def _dative(verb: Token) -> Subject | None:
    """The indirect object of a giving verb: "repay its creditors $220m" -> creditors; "will
    be given to the winner" -> winner (the parse marks that "to" a dative too)."""
    for c in verb.children:
        if c.dep_ != "dative":
            continue
        given = next((g for g in c.children if g.dep_ == "pobj"), None) if c.lower_ == "to" else c
        if given is not None and given.pos_ in _NOUN_POS and not _numeric(given):
            return _noun_phrase(given)
    return None


def _verb_preps(verb: Token) -> Iterator[Token]:
    """The verb's prepositions, with one the parse hung inside its object's aside: in "spent
    more than £3bn - or £140 per household - on asylum", "on" follows the closing dash."""
    for c in verb.children:
        if c.dep_ == "prep":
            yield c
            # "offered £500,000 up front for the star": a preposition after an adverbial
            # phrase of a bare noun ("up front", "in advance", "in cash") is the verb's.
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in _ADVERBIAL_NOUNS and not any(
                        d.dep_ in ("det", "poss") for d in g.lefts):
                    yield from (d for d in g.children if d.dep_ == "prep")
        elif c.dep_ == "dobj":
            dashes = [t for t in c.subtree if t.i > c.i and _spaced_dash(t)]
            if len(dashes) >= 2:
                after = dashes[1].i + 1
                if after < len(verb.doc) and verb.doc[after].dep_ == "prep":
                    yield verb.doc[after]


def _put_to_use(anchor: Token) -> Subject | None:
    """`£12bn will be used to plug the gap`, `around £6bn will be available for tax cuts`,
    `$150,000 will be given to the winner`: a sum a clause is about measures what the clause
    puts it to (as `spent on` does), not nothing."""
    if anchor.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = anchor.head
    if verb.lemma_ == "be":
        verb = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ == "available"),
                    None)
        if verb is None:
            return None
    elif anchor.dep_ != "nsubjpass" or verb.lemma_.lower() not in _PUT_TO_USE:
        return None
    return (_purpose_object(verb, anchor) or _prep_object(verb, "for")
            or _prep_object(verb, "on") or _prep_object(verb, "to") or _dative(verb))


# What a sum can be put to in the passive: "will be used to", "was earmarked for".
_PUT_TO_USE = frozenset("use spend earmark allocate give pay invest provide award hand".split())


def _prep_object(verb: Token, word: str) -> Subject | None:
    """The noun after the verb's preposition `word`, or the object of a gerund there
    ("spent on building rural infrastructure")."""
    if word == "for" and (verb.lemma_.lower() in _PENALTY_VERBS or verb.lower_ in _PENALTY_VERBS):
        return None  # "fined £15,000 for accusing a striker of cheating": an offence
    for c in _verb_preps(verb):
        if c.lower_ == word:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                # "spent £2.36m on the campaign - second only to ...": the parse can join
                # the words either side of a spaced dash into one noun; the object ends there.
                pobj = max((m for m in pobj.lefts if m.dep_ == "compound" and any(
                    _spaced_dash(t) for t in verb.doc[m.i + 1:pobj.i])),
                    key=lambda m: m.i, default=pobj)
            if pobj is not None and (
                _time_frame(pobj) or pobj.lemma_.lower() in ("pocket", "time")
            ):
                # "For the whole of 2004, GM earned $3.7bn", "for the first time": when, not
                # what for; "will pay $13m from their own pockets": who pays, not what for.
                continue
            gerund = next((g for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
            if pobj is None and gerund is not None:
                pobj = next((g for g in gerund.children if g.dep_ == "dobj"), None)
            if pobj is not None and pobj.lower_ in ("which", "whom"):
                # "operations, for which it will seek $80bn": the relative clause's antecedent.
                clause = _clause_of(pobj)
                pobj = clause.head if clause is not None and clause.dep_ == "relcl" else None
            if pobj is not None and _numeric(pobj):
                # "into two of its largest banks": the whole the figure picks from.
                of = next((g for g in pobj.children if g.dep_ == "prep" and g.lower_ == "of"),
                          None)
                pobj = next((g for g in of.children if g.dep_ == "pobj"), None) if of else None
            if (pobj is not None and pobj.pos_ in _NOUN_POS and not _numeric(pobj)
                    and pobj.ent_type_ not in ("DATE", "TIME")):
                return _noun_phrase(pobj)
    return None


def _time_frame(noun: Token) -> bool:
    """A stretch of time named by a part of a date: "the whole of 2004", "the rest of the
    year"."""
    if noun.lower_ not in ("whole", "rest", "remainder", "bulk", "course", "end", "start"):
        return False
    return any(g.ent_type_ == "DATE" or g.lemma_.lower() in _TIME_NOUNS
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def _complement(verb: Token, child: Token) -> Subject | None:
    """What a state verb says its subject is or lies under: `remained under illegal
    occupation`. Not where it is: a time "in" or "at" a place or state is the subject's own
    ("has been in limbo for a year", "has been at the club for 10 years")."""
    for c in verb.children:
        if c == child:
            continue
        if c.dep_ in ("attr", "acomp") and c.pos_ in _NOUN_POS and not (
                # "The target is 12 months for adults, but three months for children":
                # another length of time is no state
                c.lemma_.lower() in _TIME_NOUNS and any(_numeric(t) for t in c.children)):
            return _noun_phrase(c)
        if c.dep_ == "prep" and c.lower_ not in (
                "for", "over", "during", "within", "since", "in", "at"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if (pobj is not None and pobj.pos_ in _NOUN_POS and pobj.ent_type_ != "DATE"
                    # "by which time he will have been at the club for 10 years"
                    and pobj.lemma_.lower() not in _TIME_NOUNS
                    # "complete in three weeks in a deal worth £17m": a noun with a figure of
                    # its own is what that figure measures
                    and not any(_numeric(t) for t in pobj.subtree)):
                return _noun_phrase(pobj)
    return None


def _reporter_of(verb: Token, subj: Token) -> Token | None:
    """The noun that reports what "it" or "they" did in the reported clause: the firm in
    "the firm said it spent $5m" or "the banks said they had lent and raised ..."."""
    if subj.lower_ not in ("it", "they") or (verb.lemma_.lower() == "take" and _takes_time(verb)):
        return None  # "said it would take three years": a dummy "it"
    clause = verb
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SPEAKING_VERBS | {"say"}:
        return None
    reporter = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.pos_ not in ("NOUN", "PROPN") or (
        reporter.ent_type_ == "PERSON" or (reporter.tag_ == "NNS") != (subj.lower_ == "they")
    ):
        return None  # a person's "it" is something else: "Mr Brown said it would cost £1bn"
    return reporter


def _stand_in_subject(verb: Token) -> bool:
    """A subject that only points back: a pronoun or an ordinal ("the second showing 1.1%")."""
    subj = _raised_subject(verb)
    return subj is not None and (
        subj.lower_ in _ANAPHORIC_PRONOUNS or subj.ent_type_ == "ORDINAL"
        or (subj.lower_ == "that" and subj.tag_ == "DT")  # "That is 9.1% higher", not "which"
    )


def _raised_subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the verb it complements ("It is set to slip")."""
    for _ in range(3):
        # The subject nearest the verb: "Magnitude 6.3 according to X, it was recorded as
        # ..." (the parse gives the verb the fronted figure as a second subject).
        subj = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("nsubj", "nsubjpass")),
                    None) or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
                                  None)
        # "Pitched at 300p a share, it ...": an opening participle shares the main subject.
        opening = verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < verb.head.i
        # "They were trading 84% higher, changing hands at 372 riyals": so does a trailing one.
        opening = opening or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i)
        if subj is not None or (verb.dep_ not in ("xcomp", "conj") and not opening) or (
            verb.head == verb
        ):
            return subj
        verb = verb.head
    return None


def _antecedent(verb: Token, chain: int = 0) -> Subject | None:
    """What a pronoun subject stands for: the nearest noun subject before it, in its sentence
    or the one before ("The jobless rate is improving: it is set to slip below 13%"); for
    "it" that earned money, through up to three sentences before it that did too (`chain`
    counts them)."""
    pronoun = _raised_subject(verb)
    if pronoun is None or pronoun.pos_ != "PRON" or (
        pronoun.lower_ == "it" and verb.lemma_.lower() in ("take", "cost") and (any(
            c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "advcl" and c.tag_ != "VBG")
            or (c.dep_ == "prep" and c.lower_ == "for")
            for c in verb.children) or _takes_time(verb))
    ):
        # "it takes about three years from ...", "it would cost millions to ...": "it"
        # names nothing; but in "The film was a hit. It took £7.2m" it is the film, and
        # so in "It took $42.8m at the weekend, making its takings $163m".
        return None
    earning = verb.lemma_.lower() in _EARNING_VERBS
    doc = pronoun.doc
    sent = pronoun.sent
    earliest = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    singular = pronoun.lower_ in ("it", "this")
    for i in range(pronoun.i - 1, earliest - 1, -1):
        token = doc[i]
        # (a noun the same in both numbers is no plural: "The yen dropped ... It later
        # strengthened")
        # (nor is a title money is earned by: "Meet The Fockers has held on to the number one
        # spot ... It took $42.8m")
        plural = (token.tag_ == "NNPS" and not earning) or (
            token.tag_ == "NNS" and token.lemma_.lower() != token.lower_)
        # (a plural name is no one person: "Meet The Fockers")
        plural_or_person = plural or (token.ent_type_ == "PERSON" and token.tag_ != "NNPS")
        speaker = any(c.dep_ == "ccomp" and c.i > token.i for c in token.head.children)
        if (token.dep_ in ("nsubj", "nsubjpass") and token.pos_ in _NOUN_POS
                and not (singular and plural_or_person)
                and not any(c.dep_ == "nummod" and _numeric(c) for c in token.children)
                # "..., the government recommending tools": an absolute participle's subject
                and not (token.head.tag_ == "VBG"
                         and not any(c.dep_ in ("aux", "auxpass") for c in token.head.children))
                and not speaker):  # "The IBGE said it fell": the speaker is not "it"
            return _noun_phrase(_described_name(token) or _unwrap_container(token))
        if singular and token.dep_ == "csubj":
            title = _title_clause(token)
            if title is not None:
                return title
    if pronoun.lower_ == "it" and earning and sent.start > 0:
        # "Hill co-wrote the 1978 film ... Directed by John Carpenter, it made over $60m":
        # what earns is no person; with none the subject, the thing the sentence before
        # acted on.
        before = doc[sent.start - 1].sent.root
        earlier = _raised_subject(before)
        if (earlier is not None and earlier.lower_ == "it"
                and before.lemma_.lower() in _EARNING_VERBS and chain < 3):
            # "It took $42.8m at the weekend ... It took $19.1m on Christmas Day": the same
            # earner as the sentence before (a few sentences back at most).
            return _antecedent(before, chain + 1)
        thing = next((c for c in before.children if c.dep_ == "dobj"), None)
        if (thing is not None and thing.pos_ == "NOUN" and thing.tag_ == "NN"
                and thing.ent_type_ not in ("PERSON", "DATE", "TIME", "MONEY")):
            return _noun_phrase(thing)
    return None


def _times_title(span: Span) -> Subject | None:
    """`a five-time Olympic gold medallist`, `two-time London Marathon runner-up`: a count of
    times written before a title counts the title, as an attributive figure describes its
    noun; a name after the title is who holds it, and the count is theirs."""
    doc = span.doc
    i = span.end
    if not (i + 1 < len(doc) and doc[i].text == "-" and doc[i + 1].lower_ in ("time", "times")):
        return None
    last = end = None
    k = i + 2
    while k < len(doc):
        token = doc[k]
        if token.ent_type_ == "PERSON" and end is not None:
            # "three-time world champion Edith Masai": the holder named, as an age before a
            # name is the person's
            name_end = next(e.end for e in doc.ents if e.start <= token.i < e.end)
            return doc[end.i + 1:name_end].text, _head_word(doc[name_end - 1])
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            break
        if token.pos_ == "NOUN":
            last, end = token, _hyphen_end(token)  # "two-time London Marathon runner-up"
            k = end.i
        k += 1
    if last is None:
        return None
    return doc[i + 2:end.i + 1].text, doc[last.i:end.i + 1].text


def _attributive_by_order(span: Span, quantity: Quantity) -> Subject | None:
    """`The 6ft 6in player`, `a 6ft 4in Sherwood`: a measure between an article and a noun
    describes the noun, as an attributive measure does, where the parse broke the phrase."""
    doc = span.doc
    if quantity.kind != "measure" or span.start == 0 or span.end >= len(doc):
        return None
    after = doc[span.end]
    if doc[span.start - 1].lower_ not in ("the", "a", "an") or after.pos_ not in _NOUN_POS:
        return None
    return _noun_phrase(after)


def _title_clause(verb: Token) -> Subject | None:
    """A title the parse read as a clause ("Meet the Fockers also broke the records"): a
    capitalised verb whose object is capitalised too, the whole span its name."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not (verb.is_title and obj is not None and obj.is_title):
        return None
    words = verb.doc[verb.left_edge.i:verb.right_edge.i + 1]
    if not all(t.is_title or t.is_stop or t.is_punct for t in words):
        return None
    return words.text, _head_word(obj)


def _shot_distance(span: Span, anchor: Token, quantity: Quantity) -> bool:
    """`scored from six yards`, `shooting over from eight yards out`: how far away an action
    started names no thing measured, unless the verb names the thing sent that far ("drove
    an angled shot from 20 yards"); "rose from 2 metres to 3 metres" is a level."""
    if quantity.unit not in _LENGTHS or quantity.unit_text == "m":  # "up from 38m": millions
        return False
    prep = anchor.head
    if anchor.dep_ == "npadvmod" and prep.lower_ == "out" and prep.dep_ == "pcomp":
        prep = prep.head  # "from eight yards out"
    elif anchor.dep_ != "pobj":
        return False
    if prep.lower_ != "from":
        return False
    governor = prep.head
    # "drove an angled shot from 20 yards": the shot is what the distance measures
    thing = any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in governor.children)
    return governor.pos_ in ("VERB", "ADV", "ADP") and not thing and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in governor.children) and (
        governor.lemma_.lower() not in _MOVING_VERBS | {"increase", "reduce", "cut", "raise"})


def _points_back(noun: Token) -> bool:
    """Whether a noun that restates a measure points back to the figure before it: "It aims to
    extend this figure to 99.4%", "that figure is lower at 0.1%", and "the figure" with
    nothing of its own ("In 2003 the figure was 29%"; 5 of 6 blind annotations of it)."""
    article = next((c.lower_ for c in noun.children if c.dep_ == "det"), None)
    if article in ("this", "that"):
        return True
    return article == "the" and noun.lower_ == "figure" and not any(
        c.dep_ in ("amod", "compound", "prep", "poss", "relcl", "acl") for c in noun.children)


def _race_distance(span: Span, quantity: Quantity) -> Subject | None:
    """A length naming a race measures the event it names ("won the 800m indoor title", "in
    the women's 60m final"), and a race called by its length alone ("took silver in the
    800m", "seventh in the men's 3000m") measures nothing the text names, however its
    runners are placed (14 of 15 blind annotations of such lengths name no subject)."""
    if quantity.unit not in _LENGTHS or span.start == 0:
        return None
    doc, i = span.doc, span.end
    while i < len(doc) and doc[i].pos_ in ("ADJ", "NOUN", "PROPN") and doc[i].is_alpha:
        i += 1
    last = doc[i - 1]
    if i > span.end:
        if last.lower_ not in _RACE_EVENTS:
            return None
        # ("hurdles" can be tagged a verb)
        return _noun_phrase(last, span.end) if last.pos_ in _NOUN_POS else (last.text, last.text)
    before = doc[span.start - 1]
    named_by_length = before.lower_ == "the" or (
        before.tag_ == "POS" and doc[before.i - 1].lower_ in ("men", "women"))
    # (not a size: "the 1.3m (4.2ft) Emiew")
    sized = span.end < len(doc) and doc[span.end].text in ("-", "(")
    return _NONE if named_by_length and span.end < len(doc) and not sized else None


def _takes_time(verb: Token) -> bool:
    """Whether a time follows the verb ("it takes about three years from ...")."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ in ("ADV", "DET", "NUM", "ADJ"):
        i += 1
    return i < len(doc) and doc[i].lemma_.lower() in _TIME_NOUNS


# The scale a measure is read on: "3.9 million units", "a lead of nine points", "an unbeaten
# run of 12 games".
_PLAYED_NOUNS = frozenset("games matches races".split())
_SCALE_NOUNS = frozenset("units points".split()) | _PLAYED_NOUNS
_VALUE_VERBS = frozenset("total reach hit top be stand".split())


def _valued_measure(noun: Token, owner: dict[int, int]) -> Subject | None:
    """`Sales totalled 3.9 million units`, `cut Chelsea's lead to nine points`: units,
    points and games are the scale a measure is read on, and the clause names the measure:
    the object brought to the figure, else the subject that reaches it (not a person or a
    pronoun: "Roddick won four points" counts points; nor a gap: "slipped to 13 points
    behind")."""
    if noun.lower_ not in _SCALE_NOUNS or any(c.dep_ in ("compound", "amod") for c in noun.lefts):
        return None
    if noun.lower_ in _PLAYED_NOUNS and not (noun.dep_ == "pobj" and noun.head.lower_ == "to"):
        return None  # "five points from three matches" counts the matches played
    if noun.i + 1 < len(noun.doc) and noun.doc[noun.i + 1].lower_ in _MARGINS:
        return None
    governor = noun.head.head
    if (noun.dep_ == "pobj" and noun.head.lower_ in ("to", "from") and governor.pos_ == "NOUN"
            and governor.i not in owner and governor.dep_ in ("dobj", "conj", "ROOT")):
        # "cut Leeds' lead to nine points", with "to" hung on the measure it brings there
        return _noun_phrase(governor)
    if (noun.dep_ == "pobj" and noun.head.lower_ in ("to", "from")
            and governor.pos_ in ("VERB", "AUX")):
        verb = governor
        brought = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                        and c.i not in owner), None)
        if brought is not None:
            return _noun_phrase(brought)
    elif noun.dep_ in ("dobj", "attr") and noun.head.lemma_.lower() in _VALUE_VERBS:
        verb = noun.head
    else:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (subject is None or subject.pos_ not in _NOUN_POS or subject.ent_type_ == "PERSON"
            or subject.i in owner):
        return None
    return _noun_phrase(subject)


def _unnamed_stretch(noun: Token, figure_end: int) -> bool:
    """A multiplier, frequency or stretch of time that names nothing ("six times", "over a
    two-year period"); "a 90-day consultation period" is a named period, which the figure
    measures."""
    return noun.lower_ in ("times", "period", "periods", "spell", "stretch") and not any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.i > figure_end for c in noun.lefts)


def _described_name(noun: Token) -> Token | None:
    """The name right after a description, the specific thing it describes: "Japan's
    biggest steel company Nippon Steel", "Veteran comedian and broadcaster Cyril Fletcher"."""
    # (Not a name set off by commas: "The mill, Krivorizhstal, was sold": annotators keep
    # the description.)
    if noun.pos_ != "NOUN" or noun.i + 1 >= len(noun.doc) or noun.doc[noun.i + 1].is_punct:
        return None
    # right after the noun, or after the last noun joined to it ("Veteran comedian and
    # broadcaster Cyril Fletcher")
    ends = {noun.i + 1} | {c.i + 1 for c in noun.rights if c.dep_ == "conj" and c.pos_ == "NOUN"}
    named = next((c for c in noun.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.left_edge.i in ends), None)
    if named is None:
        # "its former parent and phone pioneer AT&T": the parse can make the name, after
        # a second description, the last conjunct.
        named = next((c for c in noun.rights if c.dep_ == "conj" and c.pos_ == "PROPN"
                      and any(g.dep_ == "compound" and g.pos_ == "NOUN" for g in c.lefts)), None)
    return named


_TITLES = frozenset("mr mrs ms miss dr sir lord lady professor prof".split())
# Currency and scale words: what a figure is written in, never what it counts.
_UNIT_WORDS = frozenset(
    "pound pounds dollar dollars euro euros yen rupee rupees peso pesos cent cents percent "
    "pence billion billions million millions thousand thousands".split()
)
# Units of picture size: "2.5 billion pixels in size" measures the picture.
_PICTURE_UNITS = frozenset("pixel pixels megapixel megapixels".split())


def _unit_word(noun: Token) -> bool:
    """A word after a figure that is its unit, not what it counts: a currency or scale word
    ("£3bn pounds"), a unit of picture size, or a rate's unit ("30 frames a second", "300
    dots per inch")."""
    if noun.lower_ in _UNIT_WORDS:
        return True
    if noun.lower_ in _PICTURE_UNITS:
        # but pixels a picture is "made up of" are counted as its parts
        whole = noun
        while whole.dep_ == "conj":
            whole = whole.head
        return not (whole.dep_ == "pobj" and whole.head.lower_ == "of")
    doc = noun.doc
    return (noun.lower_ in ("frames", "dots") and noun.i + 2 < len(doc)
            and doc[noun.i + 1].lower_ in _PER
            and doc[noun.i + 2].lower_ in ("second", "inch"))


# Words for works whose titles follow them: "the horror movie Cursed", "his single So High".
_WORKS = frozenset(
    "film movie sequel prequel comedy thriller drama album single song track book novel show "
    "series sitcom musical play opera documentary blockbuster biopic remake adaptation "
    "cartoon".split()
)
# Small words a title keeps lower-case between its capitalised ones.
_TITLE_SMALL_WORDS = frozenset("the of on in a an and to at for with from".split())
# Ordinal words by their form: "first", "twenty-second", "third", "fourth", "fiftieth".
_ORDINAL_WORD = re.compile(r"(?:\A|-)(?:first|second|third|\w+th)\Z|\A\d+(?:st|nd|rd|th)\Z")
# What follows "one-" or "two-" in a word that holds no figure: "one-off", "two-way".
_NUMBER_WORD_TAILS = frozenset("off way stop sided".split())
_AGE_NOUN = re.compile(r"(?i)[-\s]years?[-\s]olds?\Z")


def _age_of(span: Span, quantity: Quantity) -> Subject | None:
    """Whose age a figure is: `Alan Greenspan, 79, said` (an age in apposition to a name),
    `the 17-year-old received ...` (an age standing for a person named before)."""
    doc = span.doc
    start, end = span.start, span.end
    if (quantity.kind == "count" and 0 < quantity.value <= 120 and quantity.value.is_integer()
            and start >= 2 and end < len(doc) and doc[start - 1].text == ","
            and doc[end].text in (",", ".", ";") and doc[start - 2].pos_ in _NOUN_POS):
        # "Mr Tanzi, 66,", "the veteran film-maker, 68,": a person, by name or by role.
        name = doc[start - 2]
        entity = next((e for e in doc.ents if e.start <= name.i < e.end), None)
        titled = name.i > 0 and doc[name.i - 1].lower_ in _TITLES
        # "Kenteris, 31, and Thanou, 30,": a name coordinated with a person's, or with a name
        # that has its own figure set off the same way, is the figure's, whatever the tagger
        # took it for.
        paired = name.pos_ == "PROPN" and name.dep_ == "conj" and (
            name.head.ent_type_ == "PERSON" or any(
                c.dep_ == "appos" and c.like_num for c in name.head.children))
        # "where Thanou, 29, won silver": a name whose figure is set off before it acts is a
        # person's, whatever the tagger took the name for.
        acting = (name.pos_ == "PROPN" and doc[end].text == "," and end + 1 < len(doc)
                  and (doc[end + 1].tag_ in ("VBD", "VBZ", "VBP", "MD")
                       or doc[end + 1].lower_ == "who"))
        if (entity is not None and entity.label_ == "PERSON") or titled or paired or acting or (
            name.pos_ == "NOUN" and name.tag_ == "NN" and entity is None and doc[end].text == ","
        ):
            return _noun_phrase(name)
    before = start - 1
    while before > 0 and doc[before].dep_ == "advmod":
        before -= 1  # "at the age of just 28"
    age = next((t for t in span if t.lower_ in ("age", "ages")), None) or (
        doc[before - 1] if before >= 1 and doc[before].lower_ == "of"
        and doc[before - 1].lower_ in ("age", "ages") else None)
    if (age is not None and age.dep_ == "pobj"
            and age.head.lower_ in ("between", "over", "under", "above", "below")):
        # "Children in the UK between the ages of 10 and 17", "people over the age of 65",
        # "pupils, between the ages of 16 and 18,": the people the phrase follows, whatever
        # the parse hung it on.
        people = age.head.head if age.head.head.pos_ in _NOUN_POS else _word_before(age.head)
        if people is not None and people.pos_ in _NOUN_POS:
            return _noun_phrase(people)
    if age is not None and age.dep_ == "pobj" and age.head.lower_ in ("at", "by", "since"):
        event = age.head.head
        holder = next((c for c in event.lefts if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if event.pos_ == "NOUN" and holder is not None:
            return _noun_phrase(holder)  # "Charles' death in June 2004 at the age of 73"
        if event.pos_ in ("VERB", "AUX") and not any(
            c.dep_ in ("amod", "compound") for c in age.lefts
        ):
            # "gain the right at age 18", "he retired at the age of 65", "by the age of 40, I
            # had ...": the clause's subject ("at the retirement age of 65" is no person's).
            # With no one found, the age is still no one else's: never "age" itself.
            return _whose_age(event, span) or _NONE
    if (age is not None and age.dep_ == "dobj" and age.i < start
            and age.head.lemma_.lower() in ("reach", "hit", "turn", "celebrate")):
        # "Yahoo has reached the grand old age of 10": whoever reached it.
        return _whose_age(age.head, span) or _NONE
    if age is not None and age.dep_ == "pobj" and age.head.lower_ in ("from", "until", "after"):
        # "compulsory sex education from the age of seven": an age limit, held by no one
        # named; but "He lived in Norfolk from the age of eight": the age a person was then.
        event = age.head.head
        if event.dep_ == "advcl" and event.tag_ == "VBG" and event.i > event.head.i:
            event = event.head  # "He began his career, performing magic from the age of 14"
        if event.pos_ == "ADJ" and event.dep_ == "acomp":
            event = event.head  # "Mr Wong has been blind from the age of seven"
        person = next((c for c in event.children if c.dep_ == "nsubj"), None)
        if person is not None and (person.lower_ in ("he", "she", "i") or (
                person.pos_ == "PROPN" and person.ent_type_ in ("PERSON", ""))):
            return _whose_age(event, span) or _NONE
        return _NONE
    reached = (end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "age"
               ) or quantity.text.lower().endswith(" of age")
    if reached and span.root.head.pos_ == "VERB":
        # "before they reach 65 years of age": whoever reaches it.
        return _whose_age(span.root.head, span)
    if span[0].lower_ == "aged":
        return _aged(span)
    verb = _bare_age_verb(span, quantity)
    if verb is not None:
        # "when she was just 15", "Hingis was 22 when she retired", "before he turns 35": a
        # bare number a person is, or turns, is their age.
        return _whose_age(verb, span)
    if not _AGE_NOUN.search(quantity.text):
        return None
    if end < len(doc) and doc[end].tag_ == "POS":
        return _person_before(span) or _NONE  # "from the 24-year-old's Confessions album"
    name_end = end
    while name_end < len(doc) and doc[name_end].pos_ == "PROPN":
        name_end += 1
    if name_end > end and (name_end == len(doc) or doc[name_end].pos_ not in _NOUN_POS):
        # "18-year-old Smith runs", "Nineteen-year-old Maria Lopez's title": the person named
        # right after the age (but "the 25-year-old Chelsea midfielder" is the midfielder).
        return doc[end:name_end].text, _head_word(doc[name_end - 1])
    role = next((t.head for t in span if t.head.i >= end), None)
    while role is not None and role.dep_ in ("amod", "compound") and role.head.i > role.i:
        role = role.head
    if (role is not None and role.dep_ == "pobj" and role.head.lower_ == "as"
            and role.head.head.pos_ in ("VERB", "AUX")):
        # "Joining the company as a 15-year-old part-time worker, Mr Bell rose ...": the role
        # is the one the clause's subject plays.
        return _whose_age(role.head.head, span)
    stop = role.i + 1 if role is not None else end
    owner = next((t for t in doc[end:stop] if t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "POS"),
                 None)
    if owner is not None and owner.pos_ in _NOUN_POS and all(
            t.pos_ in _NOUN_POS | {"ADJ"} for t in doc[end:owner.i + 1]):
        # "The 34-year-old Leicester lock's final match": the age is the owner's, not the
        # owned thing's, however the parse hung it.
        return doc[end:owner.i + 1].text, _head_word(owner)
    if any(t.head.i >= end and t.head.pos_ in _NOUN_POS
           # "The 62-year-old sang Hey Jude": a "noun" with an object is a verb, and a
           # verb between the age and its "noun" makes the age stand alone
           and not _takes_object(t.head)
           # ("The 25-year-old shocked Pete Sampras", the verb tagged an adjective of a name
           # the parse made the sentence's root; "The 31-year-old admitted interest ... was
           # immense": a verb of saying is never an adjective)
           and not any(w.tag_ in ("VBD", "VBZ", "VBP") or (w.tag_ == "VBN" and (
               w.dep_ == "compound" or t.head.dep_ == "ROOT"
               or w.lemma_.lower() in _SPEAKING_VERBS)) or (
               w.tag_ == "JJ" and w.lower_.endswith("ed") and t.head.dep_ == "ROOT")
               for w in doc[end:t.head.i])
           for t in span):
        # "a 45-year-old man": the noun it modifies, found the usual way; but "Kate Nash,
        # the 19-year-old singer," describes the person named.
        return _described_person(span)
    if role is not None and _takes_object(role):
        # The age stands alone before a verb the tagger took for its noun: whoever it is,
        # never the verb.
        return _person_before(span) or _NONE
    return _person_before(span)


def _takes_object(noun: Token) -> bool:
    """A "noun" with an object or a quote as its complement is a verb the tagger mistook:
    "The 62-year-old sang Hey Jude", '"...," the 23-year-old wrote'."""
    return any(c.dep_ in ("dobj", "ccomp") for c in noun.children)


def _bare_age_verb(span: Span, quantity: Quantity) -> Token | None:
    """The verb of which a whole number with no unit and nothing counted is what a person is
    ("she was 15") or turns ("he turns 35"): "be" with the number as its complement, or "turn"
    with it as its object, and "he", "she" or a name as the subject."""
    if not (quantity.kind == "count" and quantity.unit is None and quantity.value.is_integer()
            and 1 <= quantity.value <= 120 and len(span) == 1 + sum(
                t.dep_ == "advmod" for t in span)):
        return None
    number = figure_anchor(span)
    verb = number.head
    if not ((number.dep_ in ("attr", "acomp") and verb.lemma_ == "be")
            or (number.dep_ == "dobj" and verb.lemma_.lower() == "turn")):
        return None
    if any(c.dep_ in ("prep", "nummod", "quantmod", "amod") and c.i > number.i
           for c in number.children):
        return None  # "he was 22 of 30", "she was 5 in the world"
    subj = _raised_subject(verb)
    # ("I was 18": the speaker's, which the quote's attribution gives, not this clause)
    if subj is None or not (subj.lower_ in ("he", "she") or subj.ent_type_ == "PERSON"):
        return None
    return verb


def _aged(span: Span) -> Subject | None:
    """Who "aged 44" describes: the people it follows ("children aged 5 to 11"), or the
    clause's subject when the parse hung it on a thing or a date ("Peel died of cancer aged
    65", "committed suicide in 1980 aged 23")."""
    subj = next((c for c in span[0].children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and any(c.dep_ == "auxpass" and c.lemma_ == "be"
                                for c in span[0].children):
        # "Most of the victims were aged between 18 and 25", "one in four Turks will be aged
        # 14 or less": "aged" as a clause's verb describes its subject, or those the
        # subject picks from.
        if subj.pos_ == "PRON":
            return _whose_age(span[0], span)  # "She was aged 19 when ...": who "she" is
        group = _of_object(subj) or _pobj(subj, "in")
        if group is not None and (subj.like_num or subj.pos_ != "NOUN"):
            subj = group
        return _noun_phrase(subj) if subj.pos_ in _NOUN_POS else None
    noun = span[0].head
    if noun.i >= span.start:
        return None  # the parse lost what "aged" hangs on
    before = span.doc[span.start - 1]
    if before.tag_ == "NNS" and noun.i < before.i and noun in before.ancestors:
        noun = before  # "a vote of readers aged nine to 11": the people right before it
    elif noun.like_num or noun.text == "%":
        # "15% of Britons aged 65 or over", with "aged" hung on the share: those it is of
        noun = _pobj(noun, "of") or noun
    thing = (noun.pos_ == "NOUN" and noun.tag_ == "NN" and noun.dep_ == "pobj"
             and not any(c.dep_ == "det" for c in noun.children))  # "of cancer", "at home"
    if (noun.pos_ in _NOUN_POS or noun.lower_ == "those") and not thing:
        return _noun_phrase(noun)
    if not thing and noun.ent_type_ != "DATE":
        return None
    verb = noun
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return _whose_age(verb, span) if verb.pos_ in ("VERB", "AUX") else None


def _described_person(span: Span) -> Subject | None:
    """The person a description in apposition names: "Kate Nash, the 19-year-old singer"."""
    noun = next((t.head for t in span if t.head.i >= span.end), None)
    while noun is not None and noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:
        noun = noun.head
    if noun is None or noun.pos_ != "NOUN" or noun.dep_ != "appos":
        return None
    name = noun.head
    if name.pos_ == "PROPN" and name.ent_type_ == "PERSON" and name.i < span.start:
        return _noun_phrase(name)
    return None


def _times_as_many(span: Span) -> Subject | None:
    """`hold six times as much data as DVDs`, `three times as many people trying to leave`,
    `twice as many viewers`: a multiple counts the noun its "as much/many" phrase names."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].lower_ == "times":
        i += 1
    elif not (span[-1].lower_ in ("twice", "times") or span[-1].lower_.endswith("fold")):
        return None
    if i + 2 >= len(doc) or doc[i].lower_ != "as" or doc[i + 1].lower_ not in _AS_MUCH:
        return None
    noun = doc[i + 1].head
    if noun.i <= i + 1 or noun.pos_ not in _NOUN_POS or noun.i > i + 5:
        return None
    return _noun_phrase(noun, i + 2)  # "twice as many jobs", "as much data": from the noun on


# Adverbs of place the tagger can take for plural nouns ("football indoors").
_PLACE_ADVERBS = frozenset("indoors outdoors abroad overseas upstairs downstairs offshore".split())
_AS_MUCH = frozenset("much many few little".split())
# The verbs that give an area to what occupies or covers it, the nouns naming an area, and
# the words tying things to the activity they take part in ("a search involving boats").
_COVERING_VERBS = frozenset("cover occupy span scour search patrol sweep".split())
_AREA_NOUNS = frozenset("area zone territory habitat region".split())
_TAKING_PART = frozenset("involving including using with".split())
# Verbs of measure the tagger can take for plural nouns: "the career spans 10 years".
_VERBS_TAKEN_FOR_PLURALS = frozenset(
    "spans totals tops exceeds nears reaches hits equals numbers".split())
# Nouns that only restate a measure named before: "this figure", "that total".
_RESTATING_NOUNS = frozenset("figure total number level".split())


def _match_offset(span: Span, quantity: Quantity) -> bool:
    """Whether minutes or seconds place an event on a clock rather than last: "after 45
    seconds", "11 minutes later", "with six minutes remaining"."""
    if quantity.unit not in ("minute", "second"):
        return False
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = [t.lower_ for t in doc[span.end:span.end + 2]]
    return before in ("after", "within", "inside") or after[:1] in (["later"], ["earlier"]) or (
        before != "for" and after[:1] in (["remaining"], ["left"]) or after == ["to", "go"])


def _time_left(span: Span, quantity: Quantity) -> bool:
    """Whether minutes or seconds are what is left of a game: "with 11 minutes left", "with
    seven minutes remaining", "with two minutes to go" (a match offset opened by "with")."""
    return (span.start > 0 and span.doc[span.start - 1].lower_ == "with"
            and _match_offset(span, quantity))


_GAME_NOUNS = frozenset("game match contest tie final semi-final quarter-final".split())


def _names_side(found: Subject, span: Span) -> bool:
    """Whether a subject found in the figure's sentence names a team or player: a proper name
    ("Liverpool", "Cech") or "side", "hosts"...; not a common noun capitalised because it
    opens the sentence ("Talks ... ended after 90 minutes")."""
    head = next((t for t in span.sent if t.text == found[1]), None)
    if head is None:  # a person named before: "The 19-year-old ... with five minutes left"
        return _teamlike(found[1])
    return head.pos_ == "PROPN" or head.lower_ in _TEAM_NOUNS or (
        head.is_title and not head.is_sent_start)  # "put Sable ahead", tagged a noun


def _pronoun_lasting(
    span: Span, subj: Token, verb: Token, quantity: Quantity
) -> Subject | None:
    """A time that "he" or "she" (`subj` of `verb`) spent doing something with no object
    ("had not played for the club for three months", "she worked for the singer for less
    than a week") is that person's; with an object ("interrogated him for two hours") it is
    the act's, and names no one."""
    if quantity.kind != "duration":
        return None
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if before not in ("for", "in"):
        return None  # not a length of the act: "three years later", "the 30 seconds on air"
    if any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp") for c in verb.children):
        return None
    if _quoted(span.doc, subj.i):
        return None  # "he" in a quote is not who is quoted: "I reckon ... before he is back"
    person = _person_before(span, described=False)
    # A name with a digit is an agency the tagger took for a person: "spied for MI6".
    if person is None or any(ch.isdigit() for ch in person[0] or ""):
        return None
    return person


def _whose_age(verb: Token, span: Span) -> Subject | None:
    """The subject of the clause an age is reached or held in; a pronoun stands for the
    person named before, or for the noun of the relative clause it sits in ("people who have
    died before they reach 65 years of age")."""
    subj = _raised_subject(verb)
    if subj is not None and subj.lower_ in ("he", "she"):
        return _pronoun_person(verb, span)
    if subj is not None and subj.lower_ == "i":
        return _person_before(span, described=False)
    if subj is not None and subj.lower_ in ("they", "them"):
        clause = verb
        while clause.dep_ in ("advcl", "conj", "xcomp") and clause.head != clause:
            clause = clause.head
        if clause.dep_ == "relcl" and clause.head.pos_ in _NOUN_POS:
            return _noun_phrase(clause.head)
    return _clause_subject(verb, {})


def _person_before(span: Span, described: bool = True) -> Subject | None:
    """The person a description (`described`: "the 22-year-old") or a pronoun ("he")
    before `span` stands for: named within the last few sentences, or for a description
    the story's protagonist."""
    doc = span.doc
    # A pronoun's person is named within the last few sentences; a description's can be
    # the story's protagonist, named further back (see below).
    earliest = _sentences_back(span, 3)
    # "Spurs made bids for the 22-year-old": a description in the clause does not stand
    # for that clause's own subject.
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    own = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    # A name used as a modifier ("Janet Jackson-style controversies") names no one present.
    # Nor does a "person" one is in or at: "joined Diaghilev in Monte Carlo" names a place.
    named = [e for e in doc.ents if e.label_ == "PERSON" and e.end <= span.start
             and e.root.i not in own
             and e.root.dep_ not in ("compound", "amod", "nmod")
             and not (e.root.dep_ == "pobj" and e.root.head.lower_ in ("in", "at"))]
    people = [e for e in named if e.start >= earliest]
    # In its own sentence, the main clause's subject is who the sentence is about: "Reid
    # rejected a move after Forest accepted an offer ... for the 22-year-old".
    # A speaker is not who they speak of: "Liz Yelling revealed the 30-year-old is aware".
    # ("Fletcher said he had made a living since the age of 22": a pronoun can be the speaker.)
    people = [e for e in people if not (described and e.start >= span.sent.start
                                        and _speaks(e.root))]
    # Names in a quotation are the speaker's to mention, not the story's to go on about:
    # '"My whole belief about Victor is ...," White said. The 27-year-old believes ...'.
    if not _quoted(doc, span.start):
        people = [e for e in people if not _quoted(doc, e.start)] or people
        named = [e for e in named if not _quoted(doc, e.start)] or named
    topic = [e for e in people if e.root.dep_ == "nsubj" and e.root.head == span.sent.root]
    # Else a person named earlier in its own sentence: "lie to Daniel ... with a 19 year old".
    here = topic or [e for e in people if e.start >= span.sent.start]
    if here:
        person = _without_possessive(here[-1])
        return person.text, person[-1].text
    # The person the sentence before was about, as the subject of what they did or said
    # ('"..." said Yelling. The 32-year-old will race'), is who the description goes on
    # about; else the one the article has named most ("Blues boss Jose Mourinho had
    # promised to pick Cudicini. The 31-year-old will now serve a suspension" is no
    # sentence about the 31-year-old's name, but the story is Cudicini's). A description
    # takes that protagonist from the whole story: news names its subject once or twice,
    # then calls them "the 87-year-old" after quoting others ("Ossie Davis ... died ...
    # said Mr Clinton. ... The 87-year-old was found dead").
    actors = [e for e in people if _acts(e.root) and not _speaks(e.root)]
    last = _sentences_back(span, 1)
    recent = [e for e in actors if e.start >= last]
    if recent:
        person = _without_possessive(recent[-1])
        return person.text, person[-1].text
    pool = named if described and _definite(span) else people
    if pool:
        person = _protagonist([_without_possessive(e) for e in pool], span,
                              {e.start for e in pool if _acts(e.root) and not _speaks(e.root)})
        return person.text, person[-1].text
    return None


def _definite(span: Span) -> bool:
    """Whether a figure opens a definite description: "the 87-year-old", "the battling
    35-year-old" (not "a 16-year-old", nor "was just 36 years old")."""
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ == "ADJ":
        i -= 1
    return i >= 0 and span.doc[i].lower_ == "the"


def _quoted(doc: Doc, i: int) -> bool:
    """Whether token `i` stands inside a quotation opened in its paragraph: the last mark
    before it opens one. (Marks are not paired off: writers leave a run of quoted sentences
    unclosed, '"That would have ... again. "But when I got ... fantastic." Jamie had'.)"""
    text = doc.text
    at = doc[i].idx
    paragraph = text.rfind("\n", 0, at) + 1
    last = None
    for mark in QUOTE_CHARS.finditer(text, paragraph, at):
        last = mark.start()
    return last is not None and opens_quote(text, last)


def _acts(name: Token) -> bool:
    """Whether a name is its clause's subject, itself or in apposition to it ("Edinburgh
    architect, Dominic Stephenson, became ...")."""
    if name.dep_ == "appos" and name.head.dep_ in ("nsubj", "nsubjpass"):
        if any(c.dep_ == "poss" for c in name.head.children):
            return False  # "Her coach, Tom Reid, praised the win": someone else's
        name = name.head
    return name.dep_ in ("nsubj", "nsubjpass")


def _speaks(name: Token) -> bool:
    """Whether a name is the subject of a verb of speaking, itself or in apposition to it
    ("his friend, Liz Yelling, revealed ...")."""
    if name.dep_ == "appos" and name.head.dep_ == "nsubj":
        name = name.head
    return name.dep_ == "nsubj" and name.head.lemma_.lower() in _SPEAKING_VERBS


def _without_possessive(name: Span) -> Span:
    return name[:-1] if name[-1].tag_ == "POS" and len(name) > 1 else name  # "Villalba's"


def _protagonist(names: list[Span], span: Span, acting: Container[int] = ()) -> Span:
    """Of the people named lately (in text order), the one the article has named most so
    far, as they were last named: "The 66-year-old" is more often the story's protagonist
    than a name mentioned in passing. One person can be named several ways ("Daniel
    Montalvo", "Montalvo", "Daniel"): each counts for the fullest name holding its words."""
    doc = span.doc
    full = [_without_possessive(e) for e in doc.ents if e.label_ == "PERSON"]

    def fullest(name: Span) -> tuple[str, ...]:
        words = {t.text for t in name}
        best = max((f for f in full if words <= {t.text for t in f}), key=len, default=name)
        return tuple(t.text for t in best)

    people = [fullest(n) for n in names]
    mentions = dict.fromkeys(people, 0)
    # one pass over the words before: a surname, or a first name on its own ("Daniel was
    # picked up"), counts for its person
    by_last: dict[str, list[tuple[str, ...]]] = {}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for person in mentions:
        by_last.setdefault(person[-1], []).append(person)
        if len(person) > 1:
            by_first.setdefault(person[0], []).append(person)
    for token in doc[:span.start]:
        if token.i > 0 and doc[token.i - 1].lower_ in ("a", "an"):
            continue  # "nominated for an Oscar": a thing named after a person is no person
        following = doc[token.i + 1].text if token.i + 1 < len(doc) else None
        counted = set(by_last.get(token.text, ()))
        counted.update(p for p in by_first.get(token.text, ()) if following != p[1])
        for person in counted:
            mentions[person] += 1
    # (between people named as often, one who did something, as a subject, over one named
    # in passing: "Maria Lopez won ... Her coach, Tom Reid, said ...")
    acted = {p for n, p in zip(names, people, strict=True) if n.start in acting}
    chosen = max(reversed(people), key=lambda p: (mentions[p], p in acted))
    return next(n for n, p in zip(reversed(names), reversed(people), strict=True) if p == chosen)


# One side of a score: "1" before "– 0", "0" after "1 –".
_SCORE_AFTER = re.compile(r"\s?[-–]\s?\d{1,2}(?![\d%]|[.,]\d)")
_SCORE_BEFORE = re.compile(r"(?<![\d.,])\d{1,2}\s?[-–]\s?\Z")
# Nouns naming a result a score belongs to: "a 3-2 win over Cotonsport".
_RESULT_NOUNS = frozenset("win victory defeat lead loss draw triumph".split())
# What a score can be won or lost in: "won the deciding set 6-3", "lost the match 3-0".
_CONTEST_NOUNS = frozenset(
    "set match game contest final semi-final decider tie tie-break tiebreak rubber frame "
    "leg series clash encounter fixture replay".split()
)
# A vote's tally: "a 2-1 decision", "voted 8-1", "passed 8-1 by the committee".
_VOTE_NOUNS = frozenset("decision vote ruling verdict majority split".split())
_VOTING_VERBS = frozenset("vote pass approve reject back rule".split())


_BEATING_VERBS = frozenset("beat defeat thrash overcome edge rout crush stun upset".split())
_TEAM_NOUNS = frozenset("side team club hosts visitors champions holders squad".split())


def _teamlike(head: str | None) -> bool:
    """Whether a subject's head word can name a team: a name, or "side", "hosts"..."""
    return head is not None and (head[:1].isupper() or head.lower() in _TEAM_NOUNS)


def _name_before(doc: Doc, i: int) -> Subject | None:
    """A proper name written right before token i ("Sweden 1 – 0"), if any."""
    j = i
    while j > 0 and doc[j - 1].pos_ == "PROPN":
        j -= 1
    return _name(doc[j:i])


def _name_after(doc: Doc, i: int) -> Subject | None:
    """A proper name written right after token i ("1 – 0 Korea Republic"), if any."""
    j = i
    while j < len(doc) and doc[j].pos_ == "PROPN":
        j += 1
    return _name(doc[i:j])


def _name(name: Span) -> Subject | None:
    return (name.text, _head_word(name[-1])) if len(name) else None


def _measured_kind(quantity: Quantity) -> str:
    """What a figure measures: its own kind, or for a vague amount written with a unit
    ("millions of dollars", "several months") the unit's kind."""
    if quantity.kind == "vague" and quantity.unit is not None:
        return unit_kind(quantity.unit)
    return quantity.kind


def _custody_for(anchor: Token) -> Subject | None:
    """`sent to prison for three years`, `has been in jail for more than a year`: a time in
    custody measures the custody the verb puts someone in, as "three years in prison" does."""
    pobj = anchor if anchor.dep_ == "pobj" else anchor.head
    if pobj.dep_ != "pobj" or pobj.head.lower_ != "for":
        return None
    verb = pobj.head.head
    place = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to", "into")
                  for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in _CUSTODY), None)
    return _noun_phrase(place) if place is not None else None


def _spent(quantity: Quantity) -> bool:
    """Money or time, which can be spent on a task: "$25bn", "30 years", "several months"."""
    if quantity.kind == "duration" and ":" in quantity.text:
        return False  # a race or clock time ("across the finish in 1:50.87") is a result
    return _measured_kind(quantity) in ("money", "duration")


def _spent_where(verb: Token, spent: Token, quantity: Quantity) -> Token | None:
    """Where time or money is spent, the only thing the verb gives it to measure: "spent
    two days in Tanzania", "spending four days in hospital", "spend the next three months on
    the Aurora", "could spend up to $35bn in the aviation market" (money spent "on" something
    is read with what money pays for). Not a state: "spent two years in the red"."""
    money = _measured_kind(quantity) == "money"
    for prep in (*verb.children, *spent.children):  # "in hospital" may hang on "days"
        # Not "at": "spent four years at Everton" is a player's stint, not the club's.
        if prep.dep_ != "prep" or prep.i < spent.i or prep.lower_ not in (
                ("in",) if money else ("in", "on")):
            continue
        place = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if (place is not None and place.pos_ in _NOUN_POS and not _numeric(place)
                and place.ent_type_ not in ("DATE", "TIME") and place.lower_ not in _STATES):
            return place
    return None


# Nouns of "in the red", "in total", "in cash", "in limbo": how, not where, it was spent.
_STATES = frozenset("red black total all cash limbo advance".split())


def _sentence_partitive(span: Span) -> Subject | None:
    """`Of the immediate payment, the firm said it would pay $30m`: a sentence opening with
    "Of the ...," names the whole its later bare figures take a part of; so does "Among
    ...," or "In ...," before a bare share ("In homes with broadband, 40% said")."""
    sent = span.sent
    opener = sent[0]
    among = opener.lower_ in ("among", "in") and all(
        t.pos_ in ("NUM", "SYM", "NOUN") and (t.like_num or t.text in ("%", "percent"))
        for t in span if not t.is_punct) and span[-1].dep_ in ("nsubj", "nsubjpass")
    if (opener.lower_ != "of" and not among) or opener.dep_ != "prep" or (
        opener.head.pos_ not in ("VERB", "AUX")
    ):
        return None
    pobj = next((c for c in opener.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in _NOUN_POS or any(_numeric(t) for t in pobj.subtree):
        return None  # "Of the $9bn in aid, ..." is a figure of its own, with its own subject
    if among and (pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC") or pobj.pos_ == "PROPN"):
        return None  # "In January, 40% said ...", "In Italy, ...": a time or place, not a whole
    comma = pobj.right_edge.i + 1
    if comma >= span.start or sent.doc[comma].text != ",":
        return None
    return _noun_phrase(pobj)


def _opening_partitive(root: Token, anchor: Token) -> Subject | None:
    """The whole named by an "Of the ..." phrase opening the figure's clause."""
    for c in root.children:
        if c.dep_ == "prep" and c.lower_ == "of" and c.i < anchor.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in _NOUN_POS:
                return _noun_phrase(pobj)
    return None


def _clause_subject(verb: Token, owner: dict[int, int]) -> Subject | None:
    """The subject of a verb's clause, through coordination, relative clauses and participles."""
    for _ in range(4):
        subj = _subject_in_line(verb)
        shared = _participle_subject(verb, subj)
        if shared is not None:
            subj = shared
        if subj is not None and subj.i in owner and subj.i > verb.i and verb.lemma_ == "be":
            subj = None  # "were £2bn": the parse took the figure's symbol for the subject
        reported = _reported_object(verb)
        if subj is not None and reported is not None and subj.i < reported.i:
            subj = reported
        if subj is None and verb.tag_ == "VBG":
            # "rising inflation - reaching 0.7% in January -": the noun before the dash,
            # which the parse took for a modifier of the participle.
            subj = next((c for c in verb.lefts if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                         and all(t.is_punct for t in verb.doc[c.i + 1:verb.i])), None)
        if subj is not None:
            if subj.i in owner:
                # A figure as subject (often a headline run into the sentence) names nothing,
                # unless it picks from a group: "five of the directors will pay $13m".
                group = _of_object(subj)
                return _noun_phrase(group) if group is not None and group.tag_ == "NNS" else None
            if subj.dep_ == "csubj":
                # "fixing the power plant may take a year": the clause is about its object;
                # "spending on roads will rise" is a gerund used as a noun.
                obj = next((c for c in subj.children if c.dep_ == "dobj"), None) or next(
                    # "fixing the plant, which ..., may take a year": the parse can make the
                    # gerund's object a second subject of the verb.
                    (c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i), None)
                if obj is not None and obj.pos_ in _NOUN_POS:
                    return _noun_phrase(obj)
                return _noun_phrase(subj) if subj.tag_ == "VBG" else None
            if subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "ccomp" and (
                    verb.head.dep_ == "relcl" and subj.i < verb.head.i):
                # "the budget deficit, which he said would be 4.5% of GDP": the relative
                # clause runs through "he said".
                verb = verb.head
            if (subj.lower_ in ("which", "who") and verb.dep_ in ("advcl", "ccomp", "conj")
                    and subj.i > 0 and subj.doc[subj.i - 1].text == ","):
                # "the hit Shrek 2, which took $458m": a relative clause after a comma that the
                # parse hung on a verb is still about the name or noun before the comma.
                before = _word_before(subj)
                if (before is not None and before.like_num and before.i > 0
                        and subj.doc[before.i - 1].pos_ == "PROPN"):
                    before = subj.doc[before.i - 1]  # a number in a title: "Shrek 2"
                # (not a noun ending a phrase of place, which the clause may be about or not:
                # "15 oil fields in the east of Venezuela, which could produce ...")
                if (before is not None and before.pos_ in _NOUN_POS and before.i not in owner
                        and before.dep_ != "pobj"):
                    return _noun_phrase(_unwrap_container(before))
            if subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # The antecedent is the noun right before the pronoun ("risks posed by
                # personal debt - which is rising"), whatever the parse attached it to.
                before = _word_before(subj)
                if before is not None and before.i not in owner and (before.pos_ == "NOUN" or (
                        # "The Incredibles - now in its fourth week - which took $24m"
                        before.pos_ == "PROPN" and _spaced_dash(subj.doc[subj.i - 1])) or (
                        # "its predecessor, Ocean's Eleven, which took $38.1m": the name
                        # the description stands beside
                        before.pos_ == "PROPN" and before.dep_ == "appos"
                        and before.head == verb.head)):
                    return _noun_phrase(_unwrap_container(before))
                if verb.head.i in owner:
                    return None  # "were 14.1%, which it said could reach 14.8%": a figure
                antecedent = verb.head
                if subj.lower_ == "which" and antecedent.ent_type_ == "PERSON":
                    # "a trumpet which belonged to Dizzy Gillespie, which is expected to fetch
                    # $500,000": "which" stands for no person, but for the thing the clause
                    # the name sits in is about.
                    antecedent = next((a.head for a in antecedent.ancestors
                                       if a.dep_ in ("relcl", "acl") and a.head.pos_ in _NOUN_POS
                                       and a.head.ent_type_ != "PERSON"), antecedent)
                return _noun_phrase(_unwrap_container(antecedent))
            shown = next((g for c in subj.rights if c.dep_ == "acl" and c.tag_ == "VBG"
                          and c.lemma_.lower() in _FINDING_VERBS
                          for g in c.children if g.dep_ == "dobj" and g.right_edge.i + 1 == verb.i),
                         None)
            if shown is not None and shown.pos_ in _NOUN_POS and shown.i not in owner:
                # "released figures showing Malaysia's economy expanded 7.1%": the parse
                # made the reported clause's subject the object of the participle.
                return _noun_phrase(_unwrap_container(shown))
            name = _described_name(subj)
            if name is not None:
                return _noun_phrase(name)
            if subj.pos_ in _NOUN_POS or _nominal_verb(subj) or _capitals_name(subj) or (
                # "The duchy last year generated £12m": a noun the tagger took for an
                # adjective, as its article shows ("the poor", "the rich" are nouns too)
                subj.tag_ == "JJ" and any(c.dep_ == "det" for c in subj.children)
                # but "the second", "the latter" point elsewhere
                and subj.ent_type_ != "ORDINAL" and not _ORDINAL_WORD.search(subj.lower_)
                and subj.lower_ not in ("latter", "former", "other", "same")
            ):
                return _noun_phrase(_unwrap_container(subj))
            if (verb.dep_ == "relcl" and verb.head.pos_ in _NOUN_POS and subj.pos_ == "PRON"
                    # "the third quarter, when it fell 3%": a time is not what fell, whatever
                    # noun the parse hung the "when" clause on ("the most money taken on New
                    # Year's Eve, when it made $12.2m")
                    and verb.head.lemma_.lower() not in _TIME_NOUNS
                    and not any(c.lower_ == "when" for c in verb.children)):
                # "a cell where he sat for 30 hours": the clause is about its antecedent.
                return _noun_phrase(verb.head)
            return None
        if verb.dep_ in ("acl", "relcl") and (
            verb.head.pos_ in _NOUN_POS or verb.head.lower_ == "those"  # "those earning $1m"
        ):
            noun = verb.head
            if noun.i in owner:
                return None  # "down from the 5.9% estimated in November to 3.2%": a figure
            if (verb.dep_ == "acl" and noun.dep_ == "pobj" and (
                    (verb.lemma_.lower() in _EXPECTING_VERBS | {"set"} and noun.head.lower_ == "of")
                    # "tax rebates for many exporters totalling 420bn yuan": amounts add up
                    or verb.lemma_.lower() in ("total", "amount"))
                    and noun.head.head.pos_ == "NOUN" and noun.head.head.i not in owner):
                # "shipments of consumer technologies expected to grow by 11%": what is
                # expected is the whole phrase, whatever noun the parse hung it on.
                noun = noun.head.head
            while (verb.dep_ == "acl" and verb.lemma_.lower() in _VALUING_VERBS
                   and noun.dep_ == "pobj" and noun.head.lower_ == "of"
                   and noun.head.head.pos_ == "NOUN" and noun.head.head.i not in owner):
                # "a collection of six recordings of Presley valued at $30,000": what is
                # valued is the whole phrase, not the last noun of its "of" chain.
                noun = noun.head.head
            return _noun_phrase(_unwrap_container(noun))
        if verb.dep_ == "ccomp":
            # "the advisory indicated Dorian's winds were near 180 mph" is often parsed with
            # the subject as the reporting verb's object.
            obj = _misplaced_subject(verb)
            if obj is not None and obj.pos_ in _NOUN_POS:
                return _noun_phrase(_unwrap_container(obj))
        if verb.dep_ == "advcl" and verb.tag_ == "VBG":
            # "forecast growth of 3.6%, slipping to 2.9%": the participle goes on about the
            # main clause's object; but an idiom's object names nothing ("prices have broken
            # records, topping $50", "gained ground, reaching $1.88").
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if (obj is not None and obj.pos_ in _NOUN_POS and obj.lower_ not in _IDIOM_OBJECTS
                    # "output drove the increase, surging 2.1%": a change surges no further
                    and obj.lower_ not in _CHANGE_NOUNS
                    and obj.i not in owner  # not the "m" of "saved £75m"
                    # "fell two places to number four, taking $8m": an object a figure of
                    # its own counts or measures is no more than that figure
                    and not any(t.i in owner for t in verb.doc[obj.left_edge.i:obj.i])):
                return _noun_phrase(_unwrap_container(obj))
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "slipping to 2.9% before recovering to 3.1%"
            continue
        if verb.dep_ == "conj" and _tensed(verb) and (
            verb.head.lemma_.lower() in _FINDING_VERBS
        ) and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.head.children):
            # No "and" joins them: a reported clause the parse took for a second verb, its
            # subject for the first verb's object ("found reduction of crop yields by 2050
            # exceeded 10%").
            obj = _misplaced_subject(verb)
            if obj is not None and obj.pos_ in _NOUN_POS and obj.i not in owner:
                return _noun_phrase(_unwrap_container(obj))
        if verb.dep_ in ("conj", "advcl") and verb.tag_ in ("VBD", "VBZ", "VBP"):
            # A tensed verb has a subject of its own, even one the parse hung elsewhere
            # ("in line with expectations and shares in GM rose by 1%").
            found = _noun_before(verb, reach=4)
            if found is not None:
                return found
        if verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.lemma_ == "be"):
            # "predicting profits to rise 50%", "calculated food needs to be 387,500 tonnes":
            # the object of the verb above is the subject.
            raised = next((c for c in verb.head.children if c.dep_ == "dobj"
                           and c.i < verb.i and c.pos_ == "NOUN"
                           and (verb.head.lemma_.lower() in _EXPECTING_VERBS
                                or (verb.lemma_ == "be" and any(
                                    a.lower_ == "to" for a in verb.lefts)))), None)
            if raised is not None and raised.i not in owner:
                return _noun_phrase(_unwrap_container(raised))
        if verb.dep_ in ("conj", "xcomp", "advcl", "dep", "acomp") and verb.head != verb:
            if (verb.dep_ == "dep" and (_tensed(verb) or verb.tag_ == "VBN")
                    and verb.head.pos_ == "NOUN"
                    and verb.head.dep_ == "ROOT" and verb.head.i < verb.i):
                # "The swords and sandals blockbuster, rumoured to ..., earned $13.5m": the
                # parse hung the verb on the noun it has for a subject.
                return _noun_phrase(_unwrap_container(verb.head))
            verb = verb.head
            if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
                verb = verb.head  # "revenues were likely to be £6bn below estimates"
            continue
        return _noun_before(verb)
    return None


def _misplaced_subject(verb: Token) -> Token | None:
    """The subject of a reported clause the parse hung on the reporting verb before it: as
    its object ("indicated Dorian's winds were near 180 mph"), or as the subject of a clause
    made of the subject's own modifier ("said the number of Britons dead or missing have
    reached 440")."""
    reporting = verb.head
    obj = next((c for c in reporting.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is not None:
        return obj
    clause = next((c for c in reporting.children if c.dep_ == "ccomp"
                   and reporting.i < c.i < verb.i and (
                       c.pos_ == "ADJ"
                       # "announced the population counted over-wintering in Mexico was 144%
                       # greater": a participle taken for the verb of a clause of its own,
                       # running right up to the real verb
                       or (c.tag_ == "VBD" and c.right_edge.i + 1 == verb.i))), None)
    return None if clause is None else next(
        (c for c in clause.lefts if c.dep_ == "nsubj"), None)


def _participle_subject(copula: Token, subj: Token | None) -> Token | None:
    """The subject of a reduced relative the parse took for the main verb, with the real
    verb, a copula, as its complement: "the population counted in the survey was 30% higher",
    "the population counted over-wintering in Mexico was 144% greater". Only where the copula
    has no subject of its own, or only an -ing word right after the participle; a verb that
    takes a clause ("said trading was 5% higher") keeps its clause's subject."""
    participle = copula.head
    if (copula.lemma_ != "be" or copula.dep_ != "ccomp" or participle.tag_ not in ("VBD", "VBN")
            or participle.i > copula.i or participle.lemma_.lower() in _SPEAKING_VERBS):
        return None
    if subj is not None and not (subj.lower_.endswith("ing") and subj.head == copula
                                 and subj.left_edge.i == participle.i + 1):
        return None
    return next((c for c in participle.children if c.dep_ == "nsubj" and c.pos_ in _NOUN_POS
                 and c.i < participle.i), None)


def _reported_object(verb: Token) -> Token | None:
    """The object of a reporting verb right before `verb`'s clause, which the parse took for
    an object though it is the clause's subject ("... and forecasts export earnings will
    fall 10.7%")."""
    first = min([verb.i] + [c.i for c in verb.lefts if c.dep_ in ("aux", "auxpass", "neg")])
    before = verb.doc[first - 1] if first > 0 else None
    if (before is not None and before.dep_ == "dobj" and before.pos_ == "NOUN"
            and before.head.lemma_.lower() in _FINDING_VERBS and before.head.i < before.i):
        return before
    return None


def _tensed(verb: Token) -> bool:
    """A finite verb, alone ("rose") or with a finite auxiliary ("have reached")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children)


def _credited_source(subj: Token) -> Token | None:
    """What a source the parse made the subject stands beside: in "According to research firm
    Technorati, the blogosphere has doubled", the parse can take the source for the subject
    and the real subject for its apposition."""
    doc = subj.doc
    opening = doc[subj.sent.start:subj.left_edge.i]
    if not any(t.lower_ == "according" and doc[t.i + 1].lower_ == "to" for t in opening) or any(
            t.text == "," for t in opening):
        return None
    return next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def _participle_noun(subject: Token) -> Token:
    """The noun a reduced relative clause follows, when the parse made the clause's participle
    the subject: in "the number of tracks downloaded last year were up tenfold", the number."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBN" or any(
            c.dep_ in ("aux", "auxpass", "mark") for c in subject.children):
        return subject
    return next((c for c in subject.lefts if c.dep_ in ("nsubj", "nsubjpass")
                 and c.pos_ in _NOUN_POS), subject)


def _name_ending_root(verb: Token, subject: Token) -> bool:
    """Whether `subject` is a name the parse cut from the noun before it ("musician | Charlie
    Parker") to head a relative clause on a sentence that has no verb but that clause."""
    root = verb.head
    if verb.dep_ != "relcl" or root.dep_ != "ROOT" or root.pos_ != "NOUN" or root.i > subject.i:
        return False
    if subject.pos_ != "PROPN" or any(c.tag_ in ("WDT", "WP", "WP$") or c.dep_ == "mark"
                                      for c in verb.children):
        return False
    before = verb.doc[subject.left_edge.i - 1]
    return before.pos_ == "NOUN" and root.is_ancestor(before)


def _subject_in_line(verb: Token) -> Token | None:
    """The verb's subject, unless the parse took it from a headline run into the sentence: then
    the noun in the verb's own line that the parse hung back into the headline."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if not subjects:
        # "The bank is 60% owned by the state" can hang the subject on the auxiliary.
        subjects = [g for c in verb.children if c.dep_ in ("aux", "auxpass")
                    for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subjects = [_participle_noun(c) for c in subjects]
    doc = verb.doc
    if _name_ending_root(verb, subjects[0]):
        # "A saxophone belonging to jazz musician Charlie Parker is expected to fetch $1m":
        # the parse made the sentence a noun with a relative clause, and the name that ends
        # the noun's phrase that clause's subject; the sentence is about the noun.
        return verb.head
    line_start = verb.sent.start
    for i in range(verb.i - 1, line_start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            line_start = i + 1
            break
    same_line = [c for c in subjects if c.i >= line_start]
    if same_line or line_start == verb.sent.start:
        chosen = (same_line or subjects)[0]
        nearest = subjects[-1]
        if nearest is not chosen and nearest.i < verb.i and _split_word_end(nearest):
            # "The co-founders own 30%": the parse made the pieces of a word split at its
            # hyphen subjects of their own; the word's last part is the head.
            return nearest
        if (nearest is not chosen and nearest.i < verb.i and nearest.i == chosen.i + 1
                and chosen.pos_ == nearest.pos_ == "NOUN"):
            # "saw volume sales fall 2.5%": two nouns side by side that the parse made two
            # subjects are one compound, headed by the last.
            return nearest
        split = next((c for c in chosen.children if c.dep_ == "conj" and _split_word_end(c)
                      and doc[c.i - 2].head == chosen), None)
        if split is not None and split.i < verb.i and (
                chosen.pos_ == "ADJ" or chosen.ent_type_ in ("GPE", "NORP")):
            # "UK and US co-productions fell": or conjuncts of a place or people that
            # modifies the word ("prices and co-payments" are two things).
            return split
        dashes = sum(_spaced_dash(t) for t in doc[chosen.i:nearest.i])
        closing = next((t for t in doc[chosen.i + 1:verb.i] if _spaced_dash(t)), None)
        if nearest is chosen and closing is not None and chosen.i < verb.i and sum(
            _spaced_dash(t) for t in doc[verb.sent.start:chosen.i]
        ) % 2 == 1:  # the subject stands inside an aside
            # "passed on to a second person - a specialist or manager - rates rise to 70%":
            # the parse took a noun in the aside for the subject and joined the real one to
            # it; the subject is the noun after the aside closes.
            after_aside = [t for t in doc[closing.i + 1:verb.i] if t.pos_ in _NOUN_POS]
            if after_aside:
                return after_aside[-1]
            # "Sales - excluding fuel - rose 5%": else the noun the aside interrupts.
            opening = _aside_opening(closing)
            before = doc[opening.i - 1] if opening is not None and opening.i > 0 else None
            if before is not None and before.pos_ in _NOUN_POS and not _numeric(before):
                return before
        if nearest.lower_ in ("both", "all", "each") and nearest.i < verb.i:
            # "Shares in Munich Re and Swiss Re - the two biggest reinsurers - both fell":
            # a quantifier after the aside takes the subject up again.
            return chosen
        if nearest.i < verb.i and dashes and (dashes >= 2 or any(
                _spaced_dash(t) for t in doc[verb.sent.start:chosen.i])):
            # "In contrast to Japan - and of course the EU - the US population is expected
            # to rise": the subject after the aside, not a noun in it; "the figures - revised
            # after an audit - showed revenue was 4% higher": the clause after the aside.
            return nearest
        if (nearest.i < verb.i and chosen.pos_ == "NOUN" and nearest.pos_ == "PROPN"
                and nearest.left_edge.i == chosen.i + 1 and chosen.right_edge == chosen):
            # "Animated comedy The Incredibles took $24m": a description and the title
            # right after it, which the parse made two subjects.
            return nearest
        if (nearest.i < verb.i and chosen.pos_ == "NOUN" and nearest.pos_ == "PROPN"
                and nearest.left_edge.i == chosen.right_edge.i + 2
                and doc[chosen.right_edge.i + 1].text == ","
                and not any(t.is_punct for t in doc[nearest.right_edge.i + 1:verb.i])):
            # "Malaysia's budget airline, AirAsia fell 2.9%": a description and the name it
            # describes, which the parse made two subjects.
            return nearest
        if (nearest.i < verb.i and nearest.dep_ == "nsubj" and chosen.dep_ == "nsubj"
                and any(t.text == "," for t in doc[chosen.right_edge.i + 1:nearest.left_edge.i])
                and not any(t.is_punct for t in doc[nearest.right_edge.i + 1:verb.i])
                and chosen.left_edge.i > verb.sent.start
                and doc[chosen.left_edge.i - 1].text == ","):
            # "In London, the area with the highest prices, annual inflation rose": two
            # subjects of one verb is a misparse of a fronted phrase; the one right before
            # the verb is its subject.
            return nearest
        credited = _credited_source(chosen)
        if credited is not None:
            return credited
        return chosen
    return next(
        (t for t in doc[line_start:verb.i] if t.head.i < line_start and t.pos_ in _NOUN_POS),
        subjects[0],
    )


def _portion_of(anchor: Token) -> bool:
    """A figure a part takes of a whole: "tourism accounts for 6% of GDP", "makes up 30% of
    the population" (the whole is what the share is of)."""
    verb = anchor.head
    if anchor.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
        return verb.lemma_.lower() == "account"
    return anchor.dep_ == "dobj" and verb.lemma_.lower() in ("represent", "comprise", "make")


def _compared(noun: Token) -> bool:
    """Whether a noun is what an earlier figure is compared with ("compared to its 16%
    share", "against a 3% rise")."""
    token = noun
    for _ in range(3):
        if token.head == token:
            return False
        token = token.head
        if token.lower_ in _COMPARISON_HEADS:
            return True
    return False


def _held_record(noun: Token) -> bool:
    """A best or record someone sets or holds ("a personal best of 20.94", "holds the world
    record of 6.39 seconds", "set a new world mark of 4.88m", "to better Johnson's mark of
    6.52m"): the figure is the record's. A level a measure reaches ("imports rose to a new
    record of $1.76 trillion") is the measure's."""
    if noun.lower_ in ("best", "bests"):
        return True
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    return noun.lower_ in ("record", "mark") and (
        verb.lemma_.lower() in _RECORD_VERBS or verb.lower_ in _RECORD_VERBS  # "better" (JJR)
        or any(c.lower_ in _RECORD_KINDS for c in noun.lefts))


def _best_named(span: Span) -> Subject | None:
    """A best named right before its figure: "in a season's best 8:41.43", "a personal best
    20.94" (with "of" it is read as a measure's name: "a personal best of 20.94")."""
    doc, i = span.doc, span.start - 1
    if i < 1 or doc[i].lower_ != "best" or not span.start <= doc[i].head.i < span.end:
        return None
    before = doc[i - 1]
    if before.tag_ == "POS" and i >= 2 and doc[i - 2].pos_ == "NOUN":
        return doc[i - 2:i + 1].text, "best"  # "season's best"
    if before.lower_ in _RECORD_KINDS:
        return doc[i - 1:i + 1].text, "best"  # "personal best"
    return None


# What is done to a record or mark: "set", "hold", "better", "equal" it.
_RECORD_VERBS = frozenset("set hold break equal smash beat claim better improve".split())


# Records that belong to a person or a competition, not to a measure: "a new national record".
_RECORD_KINDS = frozenset(
    "world national british european olympic commonwealth personal championship course "
    "club meeting".split()
)


def _pobj(token: Token, word: str) -> Token | None:
    """The object of `token`'s preposition `word` ("barrier for sales" -> sales)."""
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == word
                 for g in c.children if g.dep_ == "pobj"), None)


def _index_move(noun: Token) -> Token | None:
    """The verb an index moves by `noun` points ("the FTSE 100 index closed 15 points
    higher", "the Dow dropped almost 100 points") or a chart entry by places ("the album
    moved up seven places"): these measure the move and count nothing. League points ("won
    three points") and "15 IQ points" are counted."""
    places = noun.lower_ in _RANK_STEPS
    if noun.lower_ not in ("point", "points") and not places or any(
        c.dep_ in ("compound", "amod", "nmod") and not _numeric(c) for c in noun.lefts
    ):
        return None
    verb = noun.head
    if noun.dep_ == "npadvmod" and verb.tag_ in ("JJR", "RB", "RBR") and verb.head.pos_ == "VERB":
        verb = verb.head  # "closed 15 points higher", "closed down 0.89 points"
    elif noun.dep_ == "pobj" and verb.lower_ in ("at", "to") and not places:
        verb = verb.head  # "ended the day up 0.7% at 11,740.60 points", "to close at ..."
        if verb.pos_ == "ADV" and verb.head.pos_ == "VERB":
            verb = verb.head
    elif noun.dep_ not in ("dobj", "npadvmod"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _MOVING_VERBS | {"move", "leap"}:
        return None
    subject = _clause_subject(verb, {})
    names = set(subject[0].lower().split()) if subject is not None and subject[0] else set()
    return verb if places or names & _INDEX_WORDS else None


def _sentences_back(span: Span, count: int) -> int:
    """Where the sentence `count` sentences before `span`'s own starts (or the text does)."""
    doc = span.doc
    start = span.sent.start
    for _ in range(count):
        if start > 0:
            start = doc[start - 1].sent.start
    return start


def _group_before(span: Span) -> Subject | None:
    """The plural subject of the sentence before, which "them" in "42% of them" takes up
    when no earlier figure counted a group ("Companies that move abroad are driven by
    more than cost. Only 42% of them say ...")."""
    start = span.sent.start
    if start == 0:
        return None
    root = span.doc[start - 1].sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS"):
        return None
    return _noun_phrase(subject)


def _group_after(span: Span, after: int, owner: dict[int, int]) -> Subject | None:
    """A plural subject of a clause in the sentence before `span`, from token `after` on:
    the main clause's if it has one, else the last clause's (`Brazilians` in "... revealed
    that Brazilians were the most likely ...")."""
    start = span.sent.start
    if start == 0:
        return None
    before = span.doc[start - 1].sent
    groups = [t for t in span.doc[max(before.start, after):start]
              if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS")
              and t.i not in owner and not any(c.i in owner for c in t.children)]
    # the main clause's own subject first ("companies that decide to offshore their
    # operations are driven ..."), else the last clause's
    main = next((t for t in groups if t.head == before.root), None)
    return _noun_phrase(main or groups[-1]) if groups else None


def _index_before(span: Span) -> Token | None:
    """The stock index named last before `span`, in its sentence or the two before."""
    for token in reversed(span.doc[_sentences_back(span, 2):span.start]):
        if token.lower_ in _INDEX_WORDS and token.pos_ in _NOUN_POS:
            return token
    return None


# What follows a distance locating a place: "(60 miles) south of the capital", "from Paris".
_WHERE_FROM = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:due\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r"\s+of\b|(?:away\s+)?from\b|outside\b|off\b)",
    re.IGNORECASE,
)
# Participles that make a compound adjective with the noun before them, hyphen or not:
# "pocket sized", "state owned", "flu related".
_COMPOUND_PARTICIPLES = frozenset(
    "sized shaped based related linked owned backed funded led run controlled style".split()
)
# Adverbs that single out a phrase without describing it: "specifically airborne particles".
_FOCUS_ADVERBS = frozenset(
    "specifically particularly especially mainly mostly largely chiefly primarily notably "
    "principally predominantly".split()
)
# Participles that pick out which things are meant, after their noun: "the 2,000 people
# interviewed", "the maximum stake allowed".
_POPULATION_VERBS = frozenset(
    "survey question interview ask poll sample consult cast employ create affect register "
    "allow permit".split()
)
# Verbs of a deal whose "for" phrase is the price: "sold a stake for $50m".
_TRADING_VERBS = frozenset("sell buy acquire purchase auction offer bid".split())
# Steps on a chart or table: "moved up seven places", "17 places inferior on the ladder".
_RANK_STEPS = frozenset("places spots positions notches rungs".split())
# Words naming a stock index: "the FTSE 100 index", "the Dow Jones Industrial average".
_INDEX_WORDS = frozenset(
    "index indices indexes average dow nasdaq ftse nikkei dax cac kospi sensex".split()
)


def _shares_as_verb(token: Token) -> bool:
    """"Altria shares up 5%" read as a clause: "shares" tagged a verb, right after a name
    that it has as compound or subject."""
    if token.tag_ != "VBZ" or token.lower_ not in ("shares", "stocks") or token.i == 0:
        return False
    name = token.doc[token.i - 1]
    return name.pos_ == "PROPN" and name.head == token and name.dep_ in ("compound", "nsubj")


def _revision(estimate: Token) -> bool:
    """An earlier value of the measure at hand ("down from an earlier estimate of 1.7%"), not
    a benchmark of its own ("ahead of analysts' forecasts of £532m")."""
    return (estimate.dep_ == "pobj" and estimate.head.lower_ == "from") or any(
        c.lower_ in ("previous", "earlier", "prior", "initial") for c in estimate.lefts)


def _words_before(verb: Token) -> Subject:
    """The noun phrase a misparse hung on a verb taken for a noun ("the cheapest Mini cost",
    "its same store sales sink"): its modifiers up to the verb, the word before it as head."""
    words = [c for c in verb.lefts if c.dep_ in ("amod", "compound", "nmod")
             or (c.dep_ == "poss" and c.pos_ != "PRON")]
    # the word before with its own modifiers, when the parse made it the verb's subject
    # ("Sun Grid costs users $1")
    before = verb.doc[verb.i - 1]
    opening = min([c.left_edge.i for c in words] + [before.left_edge.i])
    while opening < verb.i - 1 and (verb.doc[opening].pos_ == "DET" and (
        verb.doc[opening].is_lower or verb.doc[opening].is_sent_start
    ) or verb.doc[opening].tag_ == "PRP$" or (
        # a count, not part of a word or name ("two-screen", "Three Gorges")
        _numeric(verb.doc[opening]) and not _named_number(verb.doc[opening])
        and not (verb.doc[opening + 1].text == "-" and not verb.doc[opening].whitespace_))):
        # "the band's career": no determiner (but a title's: "movie The Grudge"), no count
        opening += 1
    return verb.doc[opening:verb.i].text, _head_word(verb.doc[verb.i - 1])


def _gerund_clause(token: Token) -> bool:
    """A gerund heading a clause after a preposition ("with a third saying ..."), whatever
    its tag: it counts nothing."""
    return token.dep_ == "pcomp" and token.lower_.endswith("ing")


def _word_before(pronoun: Token) -> Token | None:
    """The word right before a relative pronoun, past a comma: its antecedent, whatever noun
    the parse hung the clause on."""
    doc = pronoun.doc
    i = pronoun.i - 1
    opening = _aside_opening(doc[i]) if i > 0 else None
    if opening is not None:
        i = opening.i  # "The Incredibles - now in its fourth week - which took $24m"
    if i > 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 else None


def _racer(verb: Token, child: Token, prep: Token | None) -> Token | None:
    """Who ran a time in seconds, a racer's result rather than how long what they won
    lasted: "Smith clocked 6.56 seconds to equal the record", "won the race in 21.07 secs
    with Jan de Vries second in 21.58 secs" (a runner placed in an absolute "with")."""
    if verb.lemma_.lower() not in _RACING_VERBS or not (
            child.dep_ == "dobj" or (prep is not None and prep.lower_ == "in")):
        return None
    doc = verb.doc
    placed = doc[prep.i - 1] if prep is not None and prep.i > 1 else None
    runner = doc[placed.i - 1] if placed is not None else None
    if (placed is not None and runner is not None and placed.ent_type_ == "ORDINAL"
            and runner.dep_ == "pobj" and runner.head.lower_ == "with" and runner.pos_ == "PROPN"):
        return runner
    racer = _subject_in_line(verb)
    if racer is None and prep is not None and verb.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        # "The quartet held off the USA to win the relay medal in 38.07 seconds": who
        # raced is the subject of the clause the infinitive completes (but a participle
        # tells of the race: "Kosgei finished ..., completing the race in 2:14:04").
        above = verb.head if verb.head.pos_ in ("VERB", "AUX") else _governing_verb(verb.head)
        racer = _subject_in_line(above) if above is not None else None
    if racer is None or racer.pos_ == "PROPN":
        return racer
    # A racer named by a description: "the Jamaican took the title in 45.91 seconds"; not
    # a thing ("the race was won in 2:10:05"), nor a pronoun ("he won his heat in 7.64secs"
    # reads as the heat's time as often as his).
    if (racer.tag_ == "NN" and prep is not None and racer.ent_type_ in ("", "NORP")
            and racer.lower_ not in _EVENT_NOUNS):
        return racer
    return None


def _with_absolute(word: Token) -> Token | None:
    """The noun of an absolute "with" before a direction word: "with the Nikkei down 1%"."""
    if word.lower_ not in ("up", "down", "higher", "lower", "off", "ahead") or word.i == 0:
        return None
    noun = word.doc[word.i - 1]
    if (noun.pos_ in _NOUN_POS and noun.dep_ == "pobj" and noun.head.lower_ == "with"
            and not _numeric(noun)):
        return noun
    if word.dep_ == "pcomp" and word.head.lower_ == "with":
        # "with copper up 36%", parsed as a small clause of its own
        return next((c for c in word.children if c.dep_ == "nsubj" and c.pos_ in _NOUN_POS
                     and not _numeric(c)), None)
    return None


def _capitals_name(token: Token) -> bool:
    """A name in capitals that the tagger took for a pronoun ("HIS dropping 3.3%", "US"),
    not a word of a headline set in capitals."""
    doc = token.doc
    if token.pos_ != "PRON" or not token.is_upper or len(token) < 2 or token.is_sent_start:
        return False
    return not any(doc[i].is_upper and doc[i].is_alpha and len(doc[i]) > 1
                   for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc))


def _nominal_verb(token: Token) -> bool:
    """A gerund or mis-tagged noun heading a subject: "Spending on health will rise 9%"."""
    return token.pos_ == "VERB" and token.tag_ in ("VBG", "VBZ", "NN", "NNS")


def _noun_before(verb: Token, reach: int = 0) -> Subject | None:
    """A subject the parse hung elsewhere, read off the noun just before a subjectless verb
    ("..., US light crude fell 32 cents"), perhaps past a short prepositional phrase of its
    own ("shares in GM rose")."""
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod"):
        i -= 1
    if i > verb.sent.start and _spaced_dash(doc[i]):
        # "mortgage approvals - loans agreed but not yet made - were £2bn": the noun before
        # the aside, which the parse took for a clause of its own.
        opening = _aside_opening(doc[i])
        before = doc[opening.i - 1] if opening is not None else None
        if before is not None and before.pos_ in _NOUN_POS and not _numeric(before):
            while (before.dep_ == "pobj" and before.head.dep_ == "prep"
                   and before.head.head.pos_ in _NOUN_POS and not _numeric(before.head.head)):
                # "its estimate of rebuilding costs for the province - much of which was
                # flattened - was 20 trillion rupiah": the whole noun phrase is the subject.
                before = before.head.head
            return _noun_phrase(_unwrap_container(before))
        return None
    stop = max(i - reach, verb.sent.start - 1)
    while i > stop and doc[i].dep_ in ("pobj", "prep", "compound", "det", "amod") and not (
        doc[i].pos_ in _NOUN_POS and doc[i].dep_ not in ("pobj", "compound")
    ):
        i -= 1
    if i >= 0 and doc[i].pos_ in _NOUN_POS and (doc[i].dep_ in ("appos", "conj") or (
        # A headline verb can take the body's first noun as its object.
        doc[i].dep_ == "dobj" and any("\n" in t.text for t in doc[doc[i].head.i:i])
    )):
        return _noun_phrase(doc[i])
    return None


def _aside_opening(dash: Token) -> Token | None:
    """The dash that opens the aside `dash` closes, in the same sentence."""
    if not _spaced_dash(dash):
        return None
    start = dash.sent.start
    return next((t for t in reversed(dash.doc[start + 1:dash.i]) if _spaced_dash(t)), None)


def _spaced_dash(token: Token) -> bool:
    """A dash set off by spaces, which opens or closes an aside (not the hyphen of a word)."""
    doc = token.doc
    return token.text in ("-", "–", "—", "--") and token.i > 0 and bool(
        doc[token.i - 1].whitespace_) and bool(token.whitespace_)
