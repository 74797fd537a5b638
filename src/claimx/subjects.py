"""What each number counts or measures, read off the dependency parse."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from claimx.quantities import Quantity

Subject = tuple[str | None, str | None]
_NONE: Subject = (None, None)

# Nouns that only count or size what their "of" phrase names: "the number of victims rose".
_CONTAINERS = frozenset(
    "number numbers total tally amount level levels count figure figures sum volume".split()
)
# Prepositions that open a restrictive post-modifier worth keeping in the subject; "including",
# "such as", "with" and "despite" start lists, asides and circumstances instead.
_KEEP_PREPS = frozenset(
    "of in at on for from around across among inside outside within under over into to "
    "aboard behind near between".split()
)
# Verbs whose object or complement is a span of time the subject lasts ("the strike lasted 3 days").
_LASTING_VERBS = frozenset("last take span run continue".split())
# Copulas and state verbs: the figure describes the state named by their complement.
_STATE_VERBS = frozenset("be remain stay become sit".split())
# Prepositions placing a duration before or after an event: "73 seconds after liftoff".
_TIME_RELATIONS = frozenset("after before since later earlier".split())
_RELATIVE_PRONOUNS = frozenset("whom which who that".split())
_ANAPHORIC_PRONOUNS = frozenset("them these those they it this".split())
_DROP_LEFT = frozenset("det predet nummod quantmod punct cc preconj case".split())
_BARE_NOUN_POS = frozenset(("NOUN", "PROPN"))
# Mass nouns after "in" that name a form of payment or an aspect, not what the money is for.
_IN_ASPECTS = frozenset("value total terms cash all".split())
# A figure right after another, in brackets or after a semicolon/slash, restates it
# (currency conversions "77m euros (£53m; $100m)", metric equivalents "75 ft (~23 m)").
_RESTATEMENT_GAP = re.compile(r"\s*(?:\(|\[|;|/|or)\s*\Z")


def find_subjects(doc: Doc, quantities: Sequence[Quantity]) -> list[Subject]:
    """For each quantity (offsets into doc.text): (subject noun phrase, its head word)."""
    finder = _SubjectFinder(doc, quantities)
    return [finder.subject(i) for i in range(len(quantities))]


class _SubjectFinder:
    """Resolves subjects quantity by quantity, memoising so restatements can share one."""

    def __init__(self, doc: Doc, quantities: Sequence[Quantity]):
        self.doc = doc
        self.quantities = quantities
        self.spans: list[Span | None] = [_token_span(doc, q) for q in quantities]
        # Which quantity each of their tokens belongs to: lets a walk up the parse notice
        # that it went from one figure into another ("30 years and $25 billion").
        self.owner: dict[int, int] = {}
        for index, span in enumerate(self.spans):
            if span is not None:
                for token in span:
                    self.owner.setdefault(token.i, index)
        self.memo: dict[int, Subject] = {}
        self.from_counted_noun: set[int] = set()

    def subject(self, index: int) -> Subject:
        if index not in self.memo:
            self.memo[index] = _NONE  # guards against cycles through restatements
            self.memo[index] = self._resolve(index)
        return self.memo[index]

    def _resolve(self, index: int) -> Subject:
        span = self.spans[index]
        if span is None:
            return _NONE
        quantity = self.quantities[index]
        previous = self._restated(index)
        if previous is not None:
            return self.subject(previous)
        anchor = _anchor(span)
        found = (
            self._measured_stuff(span, anchor, quantity)
            or self._counted_noun(span, anchor, index)
            or self._time_relation(anchor)
            or self._from_governor(span, anchor, quantity, index)
        )
        return found or _NONE

    def _restated(self, index: int) -> int | None:
        """The quantity this one restates in brackets right after it, if any."""
        if index == 0:
            return None
        here, before = self.quantities[index], self.quantities[index - 1]
        gap = self.doc.text[before.end:here.start]
        if before.end <= here.start and len(gap) <= 4 and _RESTATEMENT_GAP.fullmatch(gap):
            if gap.strip() in ("(", "["):
                return index - 1
            # After ";" or "/" only inside the same brackets: "(£53m; $100m)".
            earlier = self._restated(index - 1)
            return index - 1 if earlier is not None else None
        return None

    def _measured_stuff(self, span: Span, anchor: Token, quantity: Quantity) -> Subject | None:
        """`176,237 hectares of land`, `a third of Seagram`, `£51.6m in losses`."""
        after = span.end
        if after >= len(self.doc):
            return None
        prep = self.doc[after]
        word = prep.lower_
        if word != "of" and not (word == "in" and quantity.kind == "money"):
            return None
        pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if pobj is None or pobj.like_num or pobj.ent_type_ in ("DATE", "TIME"):
            return None
        if word == "in" and pobj.lemma_.lower() in _IN_ASPECTS:
            return None
        if pobj.pos_ == "PRON":
            return self._pronoun_antecedent(pobj, span)
        text, head = _noun_phrase(pobj, top=True)
        # A passive predicate on a measure restricts what was measured: "hectares of land
        # have been cleared of mines" -> "land cleared of mines" (a count's predicate is news
        # about the things counted, not part of their name).
        verb = anchor.head
        if quantity.kind == "measure" and anchor.dep_ == "nsubjpass" and verb.tag_ == "VBN":
            text = f"{text} {_reduced_predicate(verb)}"
        return text, head

    def _pronoun_antecedent(self, pronoun: Token, span: Span) -> Subject | None:
        """`of whom 70 died` -> the noun the relative clause hangs on; `39% of these` -> last set."""
        if pronoun.lower_ in _RELATIVE_PRONOUNS:
            clause = _clause_of(pronoun)
            if clause is not None and clause.dep_ in ("relcl", "acl") and clause.head.pos_ in _BARE_NOUN_POS:
                return _noun_phrase(clause.head, top=True)
            return None
        if pronoun.lower_ in _ANAPHORIC_PRONOUNS:
            return self._previous_counted(span)
        return None

    def _counted_noun(self, span: Span, anchor: Token, index: int) -> Subject | None:
        """The noun the figure pre-modifies: `34,996 anti-personnel mines`, `a 15 meter high pig`."""
        token = anchor
        while token.head is not token and token.head.i > token.i:
            head = token.head
            if head.pos_ in _BARE_NOUN_POS and head.i not in self.owner:
                noun = _unwrap_container(head)
                if noun is not head:
                    return _noun_phrase(noun, top=True)
                self.from_counted_noun.add(index)
                return _noun_phrase(head, top=True, start=span.end)
            # Only adjectives and further figure tokens stand between a figure and its noun.
            if head.pos_ not in ("ADJ", "NUM", "ADV") and head.i not in self.owner:
                return None
            token = head
        return None

    def _time_relation(self, anchor: Token) -> Subject | None:
        """`exploded 73 seconds after liftoff` -> liftoff."""
        head = anchor.head
        if anchor.dep_ == "npadvmod" and head.lower_ in _TIME_RELATIONS:
            pobj = next((c for c in head.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in _BARE_NOUN_POS:
                return _noun_phrase(pobj, top=True)
        return None

    def _from_governor(
        self, span: Span, anchor: Token, quantity: Quantity, index: int
    ) -> Subject | None:
        """Climb through prepositions, adverbs and adjectives to the verb or noun the figure
        describes, then read the subject off that: predicates, objects, purposes."""
        token, prep = anchor, None
        while True:
            head = token.head
            if head is token:
                return None
            if head.i in self.owner and self.owner[head.i] != index:
                # Coordinated or apposed to another figure: same role, same subject.
                other = self.owner[head.i]
                if token.dep_ in ("conj", "appos") and other < index:
                    return self.subject(other)
            if head.pos_ == "ADP":
                prep = head
            elif head.pos_ in _BARE_NOUN_POS and head.i not in self.owner:
                # A figure after its noun: "turnout rate of 58%", "economies worth $3.4tn".
                return _noun_phrase(_unwrap_container(head), top=True)
            elif head.pos_ in ("VERB", "AUX"):
                return self._from_verb(head, token, prep, span, anchor, quantity)
            elif head.pos_ == "PRON":
                return None
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
        if child.dep_ in ("nsubj", "nsubjpass"):
            # A bare figure as subject: a partitive ("of whom 70 died") or an elided noun
            # ("54 nations signed, only 27 ratified").
            return self._bare_subject(verb, span)
        if quantity.kind in ("money", "duration"):
            purpose = _purpose_object(verb, anchor)
            if purpose is not None:
                return purpose
        if quantity.kind == "money" and prep is None:
            paid_for = _prep_object(verb, "for", exclude=child)
            if paid_for is not None:
                return paid_for
        lemma = verb.lemma_.lower()
        if quantity.kind == "duration":
            if lemma in _STATE_VERBS:
                complement = _complement(verb, child)
                if complement is not None:
                    return complement
            elif lemma not in _LASTING_VERBS:
                return None
        elif not (prep is not None and prep.lower_ in ("to", "by", "from")) or True:
            # "increase world food needs by 50%": a changed object outranks the agent.
            obj = next(
                (c for c in verb.children if c.dep_ == "dobj" and c is not child
                 and c.i not in self.owner and c.pos_ in _BARE_NOUN_POS),
                None,
            )
            if obj is not None and prep is not None:
                return _noun_phrase(_unwrap_container(obj), top=True)
        return _clause_subject(verb)

    def _bare_subject(self, verb: Token, span: Span) -> Subject | None:
        for clause in _conj_chain(verb):
            for c in clause.children:
                if c.dep_ == "prep" and c.lower_ == "of":
                    pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                    if pobj is None:
                        continue
                    if pobj.lower_ in _RELATIVE_PRONOUNS:
                        antecedent = self._pronoun_antecedent(pobj, span)
                        if antecedent is not None:
                            return (f"{antecedent[1]} who {_predicate(verb)}", antecedent[1])
                    elif pobj.pos_ in _BARE_NOUN_POS:
                        return _noun_phrase(pobj, top=True)
        return self._previous_counted(span)

    def _previous_counted(self, span: Span) -> Subject | None:
        """The subject of the nearest earlier figure in the sentence that counted a noun."""
        sent_start = span.sent.start
        for index in sorted(self.from_counted_noun, reverse=True):
            other = self.spans[index]
            if other is not None and sent_start <= other.start < span.start:
                return self.memo.get(index)
        return None


def _token_span(doc: Doc, quantity: Quantity) -> Span | None:
    return doc.char_span(quantity.start, quantity.end, alignment_mode="expand")


def _anchor(span: Span) -> Token:
    """The token linking the figure to the rest of the sentence (its syntactic head)."""
    outside = [t for t in span if not (span.start <= t.head.i < span.end) or t.head is t]
    linked = [t for t in outside if t.dep_ not in ("punct", "advmod", "quantmod", "cc", "prep")]
    return (linked or outside or [span[-1]])[-1]


def _unwrap_container(noun: Token) -> Token:
    """`the total number of mine victims` -> victims."""
    if noun.lower_ in _CONTAINERS:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.pos_ in _BARE_NOUN_POS:
                    return pobj
    return noun


def _noun_phrase(head: Token, top: bool, start: int | None = None) -> Subject:
    """The head with its modifiers as written: no determiner, figure or trailing clause."""
    first = head.i
    for c in reversed(list(head.lefts)):
        if start is not None and c.right_edge.i >= start - 0 and c.i < start:
            break
        if start is not None and c.left_edge.i < start:
            break
        if top and (c.dep_ in _DROP_LEFT or (c.dep_ == "poss" and c.pos_ == "PRON")):
            break
        if c.dep_ in ("punct", "nummod") and top:
            break
        first = c.left_edge.i
    last = _right_end(head, top)
    doc = head.doc
    # Trim stray edges a misparse can leave ("the", an opening bracket or quote).
    while first < last and (doc[first].is_punct or (top and doc[first].dep_ == "det")):
        first += 1
    text = doc[first:last + 1].text
    return text, head.text


def _right_end(head: Token, top: bool, depth: int = 2) -> int:
    """Where the head's restrictive post-modifiers end: coordinated heads, PPs, participles."""
    last = head.i
    rights = list(head.rights)
    for pos, c in enumerate(rights):
        dep = c.dep_
        if dep == "prep" and c.lower_ in _KEEP_PREPS and depth > 0:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is None:
                break
            last = _right_end(pobj, False, depth - 1)
        elif dep == "conj" and c.pos_ in _BARE_NOUN_POS and top:
            if any(g.dep_ in ("nummod",) or g.like_num for g in c.lefts):
                break
            last = _right_end(c, False, depth - 1)
        elif dep in ("cc", "punct") and top:
            following = rights[pos + 1] if pos + 1 < len(rights) else None
            if following is None or following.dep_ not in ("conj", "cc"):
                break
            continue
        elif dep == "acl" and c.tag_ == "VBN" and top:
            last = c.right_edge.i
        elif dep in ("compound", "amod", "nmod") :
            last = c.right_edge.i
        else:
            break
        if last < c.i:
            last = c.right_edge.i
    return last


def _reduced_predicate(verb: Token) -> str:
    """`have been cleared of mines and UXO` -> `cleared of mines and UXO`."""
    end = verb.i
    for c in verb.rights:
        if c.dep_ in ("prep", "agent") and c.i == end + 1:
            end = c.right_edge.i
        else:
            break
    return verb.doc[verb.i:end + 1].text


def _predicate(verb: Token) -> str:
    """The verb with its objects, for `victims who lost their lives`."""
    end = verb.i
    for c in verb.rights:
        if c.dep_ in ("dobj", "attr", "acomp", "prt", "prep", "oprd", "agent", "xcomp"):
            end = c.right_edge.i
        else:
            break
    return verb.doc[verb.i:end + 1].text


def _clause_of(token: Token) -> Token | None:
    """The verb of the clause a token sits in."""
    while token.head is not token:
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


def _purpose_object(verb: Token, anchor: Token) -> Subject | None:
    """`needs 30 years and $25 billion to resolve demining-related issues` -> the issues."""
    for owner in (anchor, verb):
        for c in owner.children:
            if c.dep_ in ("xcomp", "advcl", "relcl", "acl") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children
            ):
                obj = next((g for g in c.children if g.dep_ in ("dobj", "attr")), None)
                if obj is not None and obj.pos_ in _BARE_NOUN_POS:
                    return _noun_phrase(obj, top=True)
    return None


def _prep_object(verb: Token, word: str, exclude: Token) -> Subject | None:
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == word and c is not exclude:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in _BARE_NOUN_POS and not pobj.like_num:
                return _noun_phrase(pobj, top=True)
    return None


def _complement(verb: Token, child: Token) -> Subject | None:
    """What a state verb says its subject is or is in: `remained under illegal occupation`."""
    for c in verb.children:
        if c is child:
            continue
        if c.dep_ in ("attr", "acomp") and c.pos_ in _BARE_NOUN_POS:
            return _noun_phrase(c, top=True)
        if c.dep_ == "prep" and c.lower_ not in ("for", "over", "during", "within", "since"):
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in _BARE_NOUN_POS and pobj.ent_type_ != "DATE":
                return _noun_phrase(pobj, top=True)
    return None


def _clause_subject(verb: Token) -> Subject | None:
    """The subject of a verb's clause, through coordination, relative clauses and participles."""
    for _ in range(4):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
        if subj is not None:
            if subj.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return _noun_phrase(_unwrap_container(verb.head), top=True)
            if subj.pos_ in _BARE_NOUN_POS:
                return _noun_phrase(_unwrap_container(subj), top=True)
            return None
        if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _BARE_NOUN_POS:
            return _noun_phrase(_unwrap_container(verb.head), top=True)
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
            continue
        return None
    return None
