"""Which figure each figure is a part of, read off the dependency parse.

News breaks totals down: "382 victims, of whom 70 lost their lives and 312 sustained severe
injuries", "damaged 143 buildings including 70 schools", "over 4,200 of the island's 200,000
residents", "The fire killed 30 people. Of these, 12 were children." Each part keeps its own
subject; this module links it to the figure of its whole so that a reader can check that the
parts fit ("including 359 children and 38 women" of 3,461).

Only relations the text marks are linked: inclusion ("including", "among", "such as", "X
includes Y"), relative partitives ("of whom", "of which"), partitives ("70 of the 382",
"39 out of 65", "48% of its 800 staff") and a fronted or pronoun partitive ("Of these, 12";
"40% of them"). Both ends must be figures of the same kind of thing: a count of a count, money
of money, an area of an area; a share may be of a count, money or a measure. A magnitude, an
age or a date inside a listed item is a property of that item, never a part.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence

from spacy.tokens import Doc, Token

from claimx.quantities import Quantity
from claimx.subjects import figure_anchor, figure_span

_INCLUDING = frozenset("including includes incl. among amongst".split())
_INCLUDE_VERBS = frozenset(("include",))
_AMONG = frozenset(("among", "amongst"))
_PARTITIVE_PREPS = frozenset(("of",)) | _AMONG
_RELATIVES = frozenset(("whom", "which"))
_PRONOUNS = frozenset(("them", "these", "those", "this"))
_LIST_LINKS = frozenset(("conj", "appos"))
# "npadvmod": the parser's reading of an amount after "totalled" or "reached".
_CLAUSE_ROLES = frozenset(("nsubj", "nsubjpass", "attr", "dobj", "npadvmod"))
_SHARES = frozenset(("percent", "fraction"))
# How far back a whole is looked for: figures examined, and words back to an "including".
_MAX_CANDIDATES = 40
_ASIDE_REACH = 30
_RESTATING_GAP = re.compile(r"\s*(?:[-–—(\[;]|or)\s*")
_BREAKING = frozenset((":", "-", "–", "—"))
_COMPARING = frozenset("compared compare comparison line along together level par".split())
_NEAR = frozenset(("within", "short"))  # "within 12 of the record", "short of"
_WHERE = frozenset("in at from outside inside across".split())  # not "on horseback"
_DESCRIBING = frozenset("acl relcl amod advmod".split())
# Measures whose parts add up to the whole (hectares of hectares); a magnitude, a speed or a
# temperature inside a listed item describes it and is never its part.
_ADDITIVE_MEASURES = frozenset(
    "hectare acre square_kilometre square_mile square_metre tonne kilogram barrel litre "
    "gallon kilometre mile metre megawatt gigawatt".split()
)


def find_wholes(doc: Doc, quantities: Sequence[Quantity]) -> list[int | None]:
    """For each quantity (offsets into doc.text), the index of the quantity it is a part of."""
    return _PartLinker(doc, quantities).wholes()


class _PartLinker:
    def __init__(self, doc: Doc, quantities: Sequence[Quantity]):
        self.doc = doc
        self.text = doc.text  # Doc.text is rebuilt from the tokens at every access
        self.quantities = quantities
        self.spans = [figure_span(doc, quantity) for quantity in quantities]
        self.anchors = [figure_anchor(span) if span is not None else None for span in self.spans]
        # The noun each figure counts, when it pre-modifies one ("70 schools": schools).
        self.nouns = [_counted_noun(anchor) if anchor is not None else None
                      for anchor in self.anchors]
        # Which figure a token stands for: the figure's own tokens and the noun it counts.
        self.figure_at: dict[int, int] = {}
        for index, span in enumerate(self.spans):
            for token in span if span is not None else []:
                self.figure_at.setdefault(token.i, index)
        for index, noun in enumerate(self.nouns):
            if noun is not None:
                self.figure_at.setdefault(noun.i, index)
        # The whole of each figure resolved so far (figures are resolved in text order), and
        # the other way round, the parts found so far of each whole.
        self.found: list[int | None] = []
        self.parts_of: dict[int, list[int]] = {}
        self.starts = [quantity.start for quantity in quantities]
        self.lists: dict[int, list[int | None]] = {}  # _listed, by the list's first item

    def wholes(self) -> list[int | None]:
        found = self.found
        relations = (self._partitive, self._included, self._relative, self._fronted,
                     self._broken_down, self._after_aside, self._restating)
        for index, anchor in enumerate(self.anchors):
            whole = None
            if anchor is not None and not self._score_side(index):
                # Indexes, not truth values: figure 0 is a whole like any other.
                for relation in relations:
                    whole = relation(index, anchor)
                    if whole is not None:
                        break
            found.append(whole)
            if whole is not None:
                self.parts_of.setdefault(whole, []).append(index)
        # A figure restated after it ("a 650m euro ($850m) write-down") may be the one the
        # parse linked: the figure it restates shares its whole.
        for index in range(len(found) - 1, 0, -1):
            if found[index - 1] is None and self._restates(index) and found[index] != index - 1:
                found[index - 1] = found[index]
        return [whole if not _circular(found, index) else None
                for index, whole in enumerate(found)]

    # --- the relations the text marks --------------------------------------------------------

    def _partitive(self, index: int, anchor: Token) -> int | None:
        """"70 of the 382 victims", "39 nations out of 65", "48% of its 800 staff", "40% of
        them": an "of" (or "out of") on the figure or its noun whose object is another figure."""
        span = self.spans[index]
        if span is not None and span.start > 0 and self.doc[span.start - 1].lower_ in _NEAR:
            return None  # "within 12 of the record of 200" is a distance, not a part
        if self.quantities[index].text.lower().startswith(tuple(_NEAR)):
            return None
        for holder in span if span is not None else [anchor]:
            for prep in holder.children:
                obj = _partitive_object(prep)
                if obj is not None:
                    return self._whole_at(index, obj)
        # On the counted noun only "out of" and "of" a pronoun are partitive: "39 nations
        # out of 65", "six shells of them", but "three children of three directors" are no
        # part of the directors.
        noun = self.nouns[index]
        for prep in noun.children if noun is not None else []:
            obj = _partitive_object(prep)
            if obj is not None and (prep.lower_ == "out" or obj.lower_ in _PRONOUNS):
                return self._whole_at(index, obj)
        # "showed 64 respondents out of 146": the parser may hang "out of" on the verb.
        after = (noun or anchor).i + 1
        if after < len(self.doc) and self.doc[after].lower_ == "out":
            obj = _partitive_object(self.doc[after])
            if obj is not None and obj.i in self.figure_at:
                return self._fitting(index, obj)
        return None

    def _rating(self, index: int, whole: int) -> bool:
        """"a rare 10 out of 10 mark": a score out of its scale, not a part of it."""
        between = self.text[self.quantities[index].end:self.quantities[whole].start]
        return between.strip().lower() == "out of" and (
            self.quantities[index].value == self.quantities[whole].value)

    def _included(self, index: int, anchor: Token) -> int | None:
        """"143 buildings including 70 schools, 40 houses", "3,461 citizens were harmed,
        including 359 children", "The 382 victims include 70 children"."""
        item = _first_conjunct(self.nouns[index] or anchor)
        marker = None
        if item.dep_ == "pobj" and (_including(item.head) or self._share_out(index, item)):
            marker = item.head
        elif item.dep_ == "dobj" and item.head.lemma_ in _INCLUDE_VERBS:
            verb = item.head
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects:
                return None
            if subjects[0].lower_ in _RELATIVES | {"that"} and verb.dep_ == "relcl":
                # "debts of more than $50m which included the $46m"
                return self._fitting(index, verb.head)
            return self._fitting(index, subjects[0])
        if marker is None:
            return None
        attached = self._fitting(index, marker.head)
        if self.quantities[index].kind in _SHARES:
            # A listed share is part of a share it hangs on ("rose 10%, including 3% from
            # prices"), never of a count or a stake named earlier ("cuts at 12 agencies,
            # including cuts of 9.6%"; "100% owned ... investors including X (32.8%)").
            whole = attached
            return whole if whole is not None and self.quantities[whole].kind in _SHARES else None
        whole = attached if attached is not None else self._nearest_before(
            index, marker, same_sentence=True)
        if whole is not None and marker.lower_ == "with" and self._located(whole):
            return None  # "80 staff at headquarters, with 17 at its other offices": siblings
        return whole

    def _share_out(self, index: int, item: Token) -> bool:
        """"employs 50,000 people, with about 7,000 in the UK", "3,728 cases, with 198
        recorded in the last 24 hours": a "with" giving a figure for a place, a source or a
        stretch of time spreads an earlier total."""
        share = self.quantities[index].kind in _SHARES
        compared = item.head.head.lower_ in _COMPARING  # "compared with $1.1bn a year ago"
        return item.head.lower_ == "with" and not share and not compared and any(
            (c.dep_ == "prep" and c.lower_ in _WHERE) or (c.dep_ == "acl" and c.tag_ == "VBN")
            for c in item.children)

    def _broken_down(self, index: int, anchor: Token) -> int | None:
        """"20 bodies had been recovered, eleven women and nine men"; "killed 382 people: 70
        children and 312 adults": a list of counts set beside a counted noun, adding up to
        no more than its figure."""
        if self.quantities[index].kind not in ("count", "vague"):
            return None
        noun = self.nouns[index] or anchor
        item = _first_conjunct(noun, links=("conj",))
        if noun.dep_ == "conj" and item.dep_ != "appos":
            return self._summed_list(index, item)
        if item.dep_ != "appos":
            return None
        whole = self.figure_at.get(item.head.i)
        listed = [self.figure_at.get(item.i), *self._listed(item)]
        figures = [f for f in listed if f is not None]
        if len(figures) < 2 or None in listed or whole is None:
            return None
        total = self.quantities[whole]
        added = sum(self.quantities[f].value for f in figures)
        # After a colon or a dash the list is plainly a breakdown and may leave some out;
        # after a comma it is one only when it adds up ("164 plants, 90 asphalt plants and
        # 32 factories" lists, it does not break down).
        marked = item.left_edge.i > 0 and self.doc[item.left_edge.i - 1].text in _BREAKING
        if total.kind != "count" or added > _upper(total) or (not marked and added != total.value):
            return None
        return whole if self._fits(index, whole) else None

    def _listed(self, first: Token) -> list[int | None]:
        """The figures of the items after `first` in its list, once per list."""
        if first.i not in self.lists:
            self.lists[first.i] = [self.figure_at.get(t.i) for t in first.conjuncts]
        return self.lists[first.i]

    def _summed_list(self, index: int, first: Token) -> int | None:
        """"arrested 31 people, 19 men and 12 women": in a list whose later counts add up
        exactly to its first, the first is their total."""
        whole = self.figure_at.get(first.i)
        if whole is None:
            return None
        listed = self._listed(first)
        if None in listed or not 2 <= len(listed) <= _MAX_CANDIDATES:
            return None
        total = self.quantities[whole]
        parts = [self.quantities[f] for f in listed if f is not None]
        if total.kind != "count" or any(p.kind != "count" for p in parts):
            return None
        return whole if sum(p.value for p in parts) == total.value else None

    def _after_aside(self, index: int, anchor: Token) -> int | None:
        """"killed at least 62, including, according to government reports, 54 small
        children": an "including" the parser left without its object, the first figure
        after it."""
        if self.quantities[index].kind in _SHARES:
            return None  # as in _included: a share is never part of an earlier count
        first = anchor.left_edge.i
        for token in reversed(self.doc[max(first - _ASIDE_REACH, 0):first]):
            if token.is_sent_end:
                return None
            if token.i in self.figure_at:
                return None  # another figure comes first after the marker
            if (token.lower_ == "including" and token.i + 1 < len(self.doc)
                    and self.doc[token.i + 1].text == ","
                    and not any(c.dep_ == "pobj" for c in token.children)):
                return self._nearest_before(index, token, same_sentence=True)
        return None

    def _relative(self, index: int, anchor: Token) -> int | None:
        """"382 victims, of whom 70 lost their lives and 312 sustained severe injuries";
        "sales of $3bn, of which $1bn came from China"."""
        role = self.nouns[index] or anchor
        if role.dep_ not in _CLAUSE_ROLES:
            return None
        verb = role.head
        for _ in range(_MAX_CANDIDATES):
            if verb.dep_ != "conj" or verb.head.i >= verb.i or _relative_partitive(verb):
                break
            verb = verb.head
        if verb.dep_ != "relcl" or not _relative_partitive(verb):
            return None
        return self._fitting(index, verb.head)

    def _fronted(self, index: int, anchor: Token) -> int | None:
        """"Of the 30 dead, 12 were children"; "The fire killed 30 people. Of these, 12 were
        children"; "Among them were 12 children"."""
        role = _first_conjunct(self.nouns[index] or anchor)
        if role.dep_ not in _CLAUSE_ROLES:
            return None
        verbs = [role.head]
        while (verbs[-1].dep_ == "conj" and verbs[-1].head.i < verbs[-1].i
               and len(verbs) < _MAX_CANDIDATES):
            verbs.append(verbs[-1].head)
        for verb in verbs:
            for prep in verb.children:
                fronted_that = prep.lower_ == "of" and prep.i < role.i and any(
                    c.lower_ == "that" for c in prep.children)  # "Of that, £23bn ..."
                if prep.dep_ != "prep" or not (
                    (prep.i < role.i and prep.lower_ in _PARTITIVE_PREPS)
                    or (prep.lower_ in _AMONG and verb.lemma_ == "be")  # "are among the 1.2m"
                    or (prep.i < role.i and prep.lower_ == "within")  # "Within this, £43m"
                ):
                    continue
                objects = [c for c in prep.children if c.dep_ == "pobj"]
                if objects and fronted_that:
                    return self._nearest_before(index, objects[0], same_sentence=False)
                if objects:
                    return self._whole_at(index, objects[0])
        # "58 lawyers out of 130 - among them 14 judges - backed it": the words right
        # before the figure, wherever the parser hung them.
        start = (self.nouns[index] or anchor).left_edge.i
        if start >= 2 and self.doc[start - 2].lower_ in _AMONG | {"of"}:
            pronoun = self.doc[start - 1]
            if pronoun.lower_ in _PRONOUNS | _RELATIVES:
                return self._whole_at(index, pronoun)
        return None

    def _restating(self, index: int, anchor: Token) -> int | None:
        """"Nearly two thirds - 65% - of the 1,000 people", "a 650m euro ($850m) write-down":
        a figure restating the one before it, between dashes or brackets, is part of the
        same whole."""
        if index == 0 or self.found[index - 1] is None:
            return None
        return self.found[index - 1] if self._restates(index) else None

    def _age(self, index: int) -> bool:
        """A bare number set after a name between commas is an age ("Mr Mousa, 28, was
        arrested with eight men"), never a group of anything."""
        anchor = self.anchors[index]
        return (anchor is not None and anchor.dep_ == "appos" and anchor.head.pos_ == "PROPN"
                and self.quantities[index].unit is None)

    def _score_side(self, index: int) -> bool:
        """One side of a score or a tally written "1-0", "13-6": never a part of anything."""
        joined = [other for other in (index - 1, index + 1) if 0 <= other < len(self.quantities)]
        for other in joined:
            first, second = sorted((self.quantities[index], self.quantities[other]),
                                   key=lambda q: q.start)
            if self.text[first.end:second.start] in ("-", "–"):
                return True
        return False

    def _restates(self, index: int) -> bool:
        """Whether figure `index` restates the one just before it."""
        before, this = self.quantities[index - 1], self.quantities[index]
        gap = self.text[before.end:this.start]
        same = this.kind == before.kind or {this.kind, before.kind} <= _SHARES
        return same and _RESTATING_GAP.fullmatch(gap) is not None

    # --- finding the whole's figure ---------------------------------------------------------

    def _whole_at(self, index: int, token: Token) -> int | None:
        """The figure standing for `token`, or for the group a pronoun points back to. That
        group is the share last taken of a figure, when there is one: in "65% of the 1,000
        people said they had used it. Of these, 83% ...", "these" are the 65%."""
        if token.lower_ not in _PRONOUNS and token.lower_ not in _RELATIVES:
            return self._fitting(index, token)
        described = {c.dep_ for c in token.children}
        if described & _DESCRIBING:
            return None  # "9% of those who have dial-up": a group it names, not a figure
        if "prep" in described:
            # "a quarter of those with broadband" names its group, unless a figure earlier in
            # the sentence counted it ("16,000 deaths ..., 91% of those from coal").
            return self._nearest_before(index, token, same_sentence=True, groups_only=True)
        whole = self._nearest_before(index, token, same_sentence=False,
                                     groups_only=token.lower_ == "them")
        if whole is None:
            return None
        named = self._named_group(index, whole)
        if named is not None:
            return named
        if token.lower_ == "them":
            return whole
        shares = [part for part in self.parts_of.get(whole, [])
                  if self.quantities[part].kind in _SHARES and self._fits(index, part)]
        return shares[-1] if shares else whole

    def _located(self, index: int) -> bool:
        """Whether a figure's own noun is already placed ("80 staff at headquarters")."""
        noun = self.nouns[index]
        return noun is not None and any(
            c.dep_ == "prep" and c.lower_ in _WHERE for c in noun.children)

    def _named_group(self, index: int, whole: int) -> int | None:
        """A bare number a counted group was taken out of is not what a pronoun points back
        to: in "64 respondents out of 146 - among them 21 judges", "them" are the 64."""
        if self.anchors[whole] is None or self.nouns[whole] is not None:
            return None
        groups = [part for part in self.parts_of.get(whole, [])
                  if self.nouns[part] is not None and self._fits(index, part)]
        return groups[-1] if groups else None

    def _fitting(self, index: int, token: Token) -> int | None:
        """The figure `token` stands for ("143 buildings", or "a charge of 1.5bn euros"), if
        it can hold this one."""
        whole = self.figure_at.get(token.i)
        if whole is None:
            amounts = [_partitive_object(prep) for prep in token.children]
            whole = next((self.figure_at[a.i] for a in amounts
                          if a is not None and a.i in self.figure_at), None)
        return whole if whole is not None and self._fits(index, whole) else None

    def _nearest_before(self, index: int, token: Token, same_sentence: bool,
                        groups_only: bool = False) -> int | None:
        """The last figure before `token` that can be this one's whole: in its sentence, or
        (for a pronoun) in the sentence before it too. "them" names a group, never a share
        taken of one ("42% of them say ... Half of them argue": the group again)."""
        first = token.sent.start
        if not same_sentence and first > 0:
            first = self.doc[first - 1].sent.start
        # The token's own subtree (a list it heads) is no place for its whole; a projective
        # parse makes it the run from its left edge to its right edge.
        inside = (token.left_edge.i, token.right_edge.i) if same_sentence else (-1, -1)
        # Figures come in text order: start from the last one that begins before `token`,
        # stop at the reach and after a bounded number of candidates, so that a text made of
        # one endless sentence full of figures costs no more per figure than a short one.
        last = bisect.bisect_left(self.starts, token.idx) - 1
        for whole in range(last, max(last - _MAX_CANDIDATES, -1), -1):
            other = self.anchors[whole]
            if self.starts[whole] < self.doc[first].idx:
                break
            if other is None or not first <= other.i < token.i or (
                    inside[0] <= other.i <= inside[1]):
                continue
            if groups_only and self.quantities[whole].kind in _SHARES:
                group = self.found[whole] if whole < len(self.found) else None
                if group is not None and self._fits(index, group):
                    return group  # the group that share was taken of
                continue
            if self._fits(index, whole):
                # "$54m (£28.85m), including $18m": the figure, not its conversion
                restated = whole > 0 and self._restates(whole) and self._fits(index, whole - 1)
                return whole - 1 if restated else whole
        return None

    def _fits(self, index: int, whole: int) -> bool:
        """Whether figure `whole` can hold figure `index` as a part: same kind of thing, and
        no bigger than it when the two are in the same unit."""
        if whole == index or self._age(whole) or self._rating(index, whole):
            return False
        part, total = self.quantities[index], self.quantities[whole]
        share = part.kind in _SHARES or part.unit in _SHARES
        if share:  # of a count, an amount, a measure, or a share ("65% ... Of these, 83%")
            return total.kind != "duration"
        if total.kind not in ("count", "vague", "money", "measure"):
            return False
        if _kind(part) != _kind(total):
            return False
        if part.kind == "measure" and part.unit not in _ADDITIVE_MEASURES:
            return False
        if part.unit == total.unit:
            return _upper(part) <= _upper(total)
        return True


def _circular(found: list[int | None], index: int) -> bool:
    """Whether following wholes from `index` comes back to it (a part is never its own
    whole, however the rules met)."""
    seen = {index}
    whole = found[index]
    while whole is not None:
        if whole in seen:
            return True
        seen.add(whole)
        whole = found[whole]
    return False


def _kind(quantity: Quantity) -> str:
    return "count" if quantity.kind == "vague" else quantity.kind


def _upper(quantity: Quantity) -> float:
    return quantity.value_high if quantity.value_high is not None else quantity.value


def _counted_noun(anchor: Token) -> Token | None:
    """The noun a figure counts when it pre-modifies it ("70 schools": schools)."""
    head = anchor.head
    if head.i <= anchor.i:
        return None
    if anchor.dep_ == "nummod" and head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return head  # an adjective used as a noun: "the 30 dead"
    if anchor.dep_ in ("quantmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _first_conjunct(token: Token, links: Collection[str] = _LIST_LINKS) -> Token:
    """The first item of the list `token` is in ("70 schools, 40 houses and ..."); a list
    longer than any news sentence holds is cut short (each figure climbs a bounded way)."""
    for _ in range(_MAX_CANDIDATES):
        if token.dep_ not in links or token.head.i >= token.i:
            break
        token = token.head
    return token


def _partitive_object(prep: Token) -> Token | None:
    """The object of a partitive "of" or "out of" hanging on a figure."""
    if prep.dep_ != "prep":
        return None
    if prep.lower_ == "out":
        inner = [c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"]
        prep = inner[0] if inner else prep
    if prep.lower_ != "of":
        return None
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return objects[0] if objects else None


def _including(token: Token) -> bool:
    if token.lower_ in _INCLUDING:
        return True
    # "such as": the parser hangs "as" on the noun with "such" as its modifier.
    return token.lower_ == "as" and any(c.lower_ == "such" for c in token.children)


def _relative_partitive(verb: Token) -> bool:
    """A clause opened by "of whom", "of which", "among whom"."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in _PARTITIVE_PREPS and prep.i < verb.i:
            if any(c.lower_ in _RELATIVES for c in prep.children):
                return True
    return False


