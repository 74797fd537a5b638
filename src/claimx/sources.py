"""Who says each figure: attribution cues, speakers, pronoun and role-noun coreference, scope."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class Attribution:
    source: str | None = None  # fullest name in the document, titles left out
    source_text: str | None = None  # the cue words as written ("He highlighted")
    source_role: str | None = None  # title or role kept out of the name


# Lemmas of verbs that report what someone says, finds or expects. spaCy's lemmatizer gives
# British and American spellings separately, so both are listed.
_REPORTING_VERBS = frozenset(
    """say state tell add estimate highlight emphasise emphasize underscore stress warn report
    announce claim note cite write assert explain insist argue predict forecast project expect
    reveal disclose confirm conclude find show suggest indicate acknowledge admit mention comment
    observe reckon calculate believe tweet testify allege maintain contend declare point
    describe quote put remark record register place""".split()
)
# Reporting verbs that also have a non-reporting sense ("the storm claimed 30 lives", "shares
# added 3%", "police found 12 bodies"): they count only with a clause as content or with a
# source-like subject (a person, an organisation, a document).
_CLAUSE_ONLY_VERBS = frozenset("find show reveal suggest indicate point describe".split())
# Verbs only people and institutions do, so any noun subject of theirs is a speaker
# ("some watchers point out that ...").
_SPEECH_VERBS = frozenset(
    """say tell state argue insist point believe warn stress emphasise emphasize highlight
    underscore admit acknowledge assert contend remark explain""".split()
)
# Verbs of measuring and counting report a figure only when an organisation or a document
# does it ("Police put the toll at 30", "the USGS recorded 611 aftershocks"; not "Sweden
# recorded a win").
_ORG_ONLY_VERBS = frozenset("put record register place".split())
# Verbs of finding and forecasting govern their own clause; speech verbs can run on over the
# sentences after them ("He highlighted that ... . Since then ...").
_NO_CARRY_VERBS = frozenset(
    """find show reveal suggest indicate conclude estimate calculate expect predict forecast
    project record register place put believe reckon""".split()
)
# Participles that report for the subject of the verb they hang on ("..., adding that ...").
_PARTICIPLE_CUES = frozenset(
    "say add cite note warn claim estimate stress emphasise emphasize".split()
)

# Common nouns that name a person by role; "the diplomat", "a spokesman", "analysts".
_PERSON_NOUNS = frozenset(
    """diplomat minister spokesman spokeswoman spokesperson official president chairman
    chairwoman chair chief executive director governor secretary ambassador envoy senator
    congressman congresswoman mp mayor sheriff professor economist analyst researcher scientist
    author officer commissioner manager founder boss leader premier chancellor lawyer attorney
    judge coach captain doctor expert representative commander head ceo prosecutor investigator
    inspector strategist adviser advisor consultant trader broker owner partner editor reporter
    correspondent source witness resident survivor worker employee teacher nurse engineer
    activist campaigner candidate deputy lawmaker legislator politician man woman academic
    observer critic forecaster commentator historian statistician spokespeople
    investor driver pilot player striker midfielder defender goalkeeper manager""".split()
)
# Common nouns that name an organisation; "the company", "the ministry".
_ORG_NOUNS = frozenset(
    """company firm group bank retailer carrier airline lender insurer supermarket chain
    manufacturer maker giant business operator conglomerate agency organisation organization
    ministry department government council committee commission authority regulator watchdog
    union party club team association federation institute university hospital police army
    military board charity publisher broadcaster newspaper network service office court
    parliament administration body trust fund foundation exchange airport utility producer
    exporter importer brewer carmaker automaker chipmaker provider developer studio website
    site paper channel station centre center bureau agency industry sector cabinet embassy
    consortium coalition alliance league opposition panel""".split()
)
# Organisation nouns that stand for the company last in focus, whatever its name.
_COMPANY_NOUNS = frozenset(
    """company firm group bank retailer carrier airline lender insurer supermarket chain
    manufacturer maker giant business operator conglomerate publisher broadcaster producer
    exporter importer brewer carmaker automaker chipmaker provider developer studio utility
    consortium paper newspaper magazine daily website""".split()
)
# Nouns for documents and data that carry a source of their own ("figures from the ONS").
_DOC_NOUNS = frozenset(
    """report study survey poll figure data statistic stats estimate analysis research
    statement letter census review audit forecast projection finding document filing
    release bulletin assessment calculation number tally count model announcement memo
    advisory update account""".split()
)
# Doc nouns that name raw numbers rather than a text: without an owner they are no source
# ("Figures published today show ...").
_DATA_NOUNS = frozenset("figure data statistic stats number tally count".split())
# Words after an organisation's core name that the article may drop ("Salling Group" -> "Salling").
_ORG_SUFFIXES = frozenset(
    """group inc inc. ltd ltd. limited plc corp corp. corporation company co co. holdings ag sa
    nv llc""".split()
)
# Honorifics and titles written before a name; kept out of the name, into the role.
_TITLES = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame president minister senator sen rep governor
    gov sheriff judge chancellor secretary general gen captain capt chief lieutenant lt
    colonel col sergeant sgt inspector detective det officer mayor ambassador
    commissioner director chairman rev reverend father pope king queen prince princess
    premier deputy boss chief spokesman spokeswoman analyst economist founder""".split()
)
# Courtesy titles are no role: "Mr Khatami" has the role None.
_HONORIFICS = frozenset("mr mrs ms miss mx sir dame".split())
# A paragraph-internal sentence opening that marks the paper's own voice ("Note that ...").
_EDITORIAL_VERBS = frozenset({"note", "recall", "remember"})
_EDITORIAL_OPENERS = frozenset({"meanwhile", "separately", "previously", "elsewhere"})
_MALE = frozenset({"he", "him", "his"})
_FEMALE = frozenset({"she", "her", "hers"})
_PLURAL = frozenset({"they", "them", "their"})
_NEUTER = frozenset({"it", "its"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_FIRST_SECOND = frozenset({"i", "we", "you", "me", "us"})
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})
_ACRONYM_SKIP = frozenset({"of", "for", "the", "and", "&", "on", "in", "at"})
# Double quotation marks only: single ones double as apostrophes.
QUOTE_CHARS = re.compile(r'["“”]')
_SENTENCE_END = frozenset(".!?…")
# A short form defined in brackets after a name, or caught inside the entity by the tagger.
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][\w.&-]{1,15})\)")
_ACRONYM_INSIDE = re.compile(r"\(([A-Z][\w.&-]{1,15})\)?$")
_MIN_SPEECH_TOKENS = 4  # shorter quotations are names or scare quotes, not speech


@dataclass
class _Mention:
    """An earlier mention a pronoun or role noun may point back to."""

    i: int
    kind: str  # person | org | group
    name: str
    role: str | None
    speaker: bool  # subject of a cue, or of any clause: the salient ones


class _Focus(NamedTuple):
    """What a sentence's main clause is about, to tell narration from reported speech."""

    name: str | None  # the subject, resolved, when it is a name or a pronoun
    named: bool  # the subject is a named actor ("Tesco", "Sri Lanka's stock market")
    reporting: bool  # the main verb is a reporting verb
    speaking: bool  # ... or carries a modal, as plans and claims do ("will cut 500 jobs")
    narrative: bool  # a lexical verb in the simple past: the paper telling events


@dataclass
class _Cue:
    """A cue and what it covers: token range [lo, hi] minus the speaker's own phrase."""

    i: int
    source: str | None
    text: str
    role: str | None
    lo: int
    hi: int
    own: list[tuple[int, int]]  # the speaker's own phrase and the like, never its content
    carries: bool  # introduces a statement that can run on over later sentences


def _strip_det(tokens: list[Token]) -> list[Token]:
    """Tokens without a leading indefinite article or punctuation, or a trailing "'s"."""
    while tokens and (tokens[0].lower_ in ("a", "an") or tokens[0].is_punct or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "case"):
        tokens = tokens[:-1]
    return tokens


def _text(doc: Doc, tokens: list[Token]) -> str:
    if not tokens:
        return ""
    return doc[tokens[0].i : tokens[-1].i + 1].text


def _core(head: Token) -> list[Token]:
    """The noun phrase of `head` without appositives, clauses and most post-modifiers."""
    doc = head.doc
    left = head.left_edge.i
    right = head.i
    for child in head.rights:
        # Names keep their prepositions ("Department for Transport"); a common noun keeps
        # only "of" ("government of Samoa", but "researchers [at X]").
        if child.dep_ == "prep" and (child.lower_ == "of" or head.pos_ == "PROPN" and
                                     child.lower_ in ("for", "from", "at")):
            right = child.right_edge.i
            continue
        if child.dep_ in ("compound", "case", "nummod", "amod", "npadvmod"):
            right = child.right_edge.i
            continue
        break
    tokens = list(doc[left : right + 1])
    for k, t in enumerate(tokens):
        if t.text == "(" and k > 0:
            tokens = tokens[:k]
            break
    for k in range(len(tokens) - 1, -1, -1):
        if tokens[k].is_space or "\n" in tokens[k].whitespace_:
            tokens = tokens[k + 1 :]  # never reach back over a paragraph break (a headline)
            break
    # Keep "Caliber.Az"-style names whole: tokens glued by no whitespace belong together.
    while left > 0 and not doc[left - 1].whitespace_ and not doc[left - 1].is_space and (
        doc[left - 1].is_alpha or doc[left - 1].text == "."
    ):
        if doc[left - 1].text == "." and (left < 2 or doc[left - 2].whitespace_):
            break
        left -= 1
        tokens.insert(0, doc[left])
    return tokens


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _clean_org(name: str) -> str:
    name = name.split(" (")[0].strip()
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name


class _Resolver:
    """Names, roles and earlier mentions of one document, for speaker resolution."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.mentions: list[_Mention] = []
        self.ent_of: dict[int, Span] = {}
        self.full_names: dict[str, list[tuple[int, str]]] = {}
        self.given_first: dict[str, list[tuple[int, str]]] = {}
        self.acronyms: dict[str, str] = {}
        self.org_long: dict[str, str] = {}
        self.name_words: set[str] = set()
        self.org_texts = {e.text for e in doc.ents if e.label_ == "ORG"}
        text = doc.text
        for ent in doc.ents:
            for t in ent:
                self.ent_of[t.i] = ent
            if ent.label_ in ("PERSON", "ORG"):
                self.name_words.update(t.text for t in ent if t.is_title or t.is_upper)
            if ent.label_ == "PERSON":
                name_toks = self._name_tokens(ent)
                if len(name_toks) >= 2:
                    full = (ent.start, _text(doc, name_toks))
                    self.full_names.setdefault(name_toks[-1].text, []).append(full)
                    self.given_first.setdefault(name_toks[0].text, []).append(full)
            elif ent.label_ in _SPEAKER_ENTS:
                name = _clean_org(ent.text)
                words = [w for w in name.split() if w.lower() not in ("the",)]
                # "(NHC)" written after a name defines its short form.
                after = _ACRONYM_AFTER.match(text, ent.end_char) or _ACRONYM_INSIDE.search(
                    ent.text)
                if after and len(words) >= 2:
                    self.acronyms.setdefault(after.group(1), " ".join(words))
                if ent.label_ == "ORG" and len(words) >= 2:
                    initials = "".join(w[0] for w in words if w.lower() not in _ACRONYM_SKIP
                                       and w[:1].isupper())
                    self.acronyms.setdefault(initials, " ".join(words))
                    if words[-1].lower() in _ORG_SUFFIXES:
                        self.org_long.setdefault(" ".join(words[:-1]), " ".join(words))

    @staticmethod
    def _name_tokens(ent: Span) -> list[Token]:
        toks = [t for t in ent if not t.is_punct or t.text in "-."]
        for k, t in enumerate(toks):
            if t.text == "(":
                toks = toks[:k]
                break
        while len(toks) > 1 and toks[0].lower_.rstrip(".") in _TITLES:
            toks = toks[1:]
        while toks and toks[-1].dep_ == "case":
            toks = toks[:-1]
        if len(toks) == 1 and ent.start > 0:
            # The tagger often leaves a first name out of the entity ("Enver" + "Solomon").
            prev = ent.doc[ent.start - 1]
            if (prev.pos_ == "PROPN" and prev.ent_type_ == "" and prev.is_title and len(prev) > 1
                    and prev.lower_.rstrip(".") not in _TITLES and prev.whitespace_):
                toks = [prev] + toks
        return toks

    def expand_surname(self, word: str, at: int, honorific: bool = False) -> str | None:
        """The full name ending in `word`: the latest before `at`, else the first in the text."""
        candidates = self.full_names.get(word, [])
        if not candidates and honorific:
            # Family name first ("Xie Xuren" ... "Mr Xie").
            candidates = self.given_first.get(word, [])
        before = [c for c in candidates if c[0] < at]
        if before:
            return before[-1][1]
        return candidates[0][1] if candidates else None

    def _honorific(self, ent: Span) -> bool:
        first = ent[0] if ent[0].lower_.rstrip(".") in _TITLES else (
            self.doc[ent.start - 1] if ent.start > 0 else None)
        return first is not None and first.lower_.rstrip(".") in _TITLES

    def person_name(self, ent: Span) -> str:
        toks = self._name_tokens(ent)
        if len(toks) == 1:
            word = toks[0].text
            full = self.expand_surname(word, ent.start, self._honorific(ent))
            if full:
                return full
            if word in self.acronyms:
                return self.acronyms[word]
        return _text(self.doc, toks)

    def is_org(self, ent: Span) -> bool:
        """Whether a "person" the tagger found is a company: the same name is tagged ORG
        elsewhere, or it is a single word with no full name and no title ("Diageo")."""
        if ent.text in self.org_texts:
            return True
        toks = self._name_tokens(ent)
        return len(toks) == 1 and not self._honorific(ent) and self.expand_surname(
            toks[0].text, ent.start) is None

    def org_name(self, name: str) -> str:
        name = _clean_org(name)
        bare = name[4:] if name.lower().startswith("the ") else name
        if bare in self.acronyms and (bare.isupper() or len(bare.split()) == 1):
            return self.acronyms[bare]
        return self.org_long.get(bare, name)

    def person_role(self, ent: Span, head: Token) -> str | None:
        """Title before the name, or an appositive on either side of it."""
        doc = self.doc
        name_toks = self._name_tokens(ent)
        left = _strip_det([t for t in doc[head.left_edge.i : name_toks[0].i] if not t.is_space])
        while left and (left[0].lower_ == "the" or left[0].lower_.rstrip(".") in _HONORIFICS):
            left = left[1:]
        if left and left[0].pos_ not in ("ADP", "VERB", "AUX", "SCONJ") and len(left) <= 12 and \
                not any(t.text in ",;:" for t in left):
            return _text(doc, left)
        for child in head.rights:
            if child.dep_ == "appos" and child.ent_type_ != "PERSON":
                role = _strip_det([t for t in child.subtree if t.i < child.i or t.i == child.i
                                   or t.dep_ in ("prep", "pobj", "compound", "amod", "det")])
                if role and role[0].lower_ == "the":
                    role = role[1:]
                if role and not role[0].like_num:
                    return _text(doc, role)
        # "The Permanent Representative of X to Y, Yashar Aliyev": a role phrase, a comma, the
        # name. The parser often hangs the name on the last noun of the role, so read the text.
        if ent.start >= 2 and doc[ent.start - 1].text == ",":
            j = ent.start - 2
            while j >= 0 and not (doc[j].is_space or doc[j].text in ",;:\"“”()"
                                  or doc[j].pos_ in ("VERB", "AUX")):
                if doc[j].is_sent_start:
                    j -= 1
                    break
                j -= 1
            role = _strip_det(list(doc[j + 1 : ent.start - 1]))
            if role and role[0].lower_ == "the":
                role = role[1:]
            if (1 <= len(role) <= 15 and role[0].pos_ not in ("ADP", "SCONJ", "ADV", "NUM")
                    and any(t.pos_ in ("NOUN", "PROPN") for t in role)
                    and not any(t.ent_type_ == "PERSON" for t in role)):
                return _text(doc, role)
        return None

    def add(self, mention: _Mention) -> None:
        self.mentions.append(mention)

    def last(self, before: int, kinds: tuple[str, ...], word: str | None = None,
             strict: bool = False) -> _Mention | None:
        """The latest salient mention of `kinds` before token `before`; with `word`, the latest
        whose role or name contains it, else (unless `strict`) the latest salient one."""
        salient = latest = None
        for m in reversed(self.mentions):
            if m.i >= before or m.kind not in kinds:
                continue
            if word is not None:
                # "the company" stands for a named one, never for another common noun.
                if not m.name.split()[-1][:1].isupper():
                    continue
                if m.role and word in m.role.lower() or word in m.name.lower():
                    return m
            if m.speaker and salient is None:
                salient = m
                if word is None:
                    return m
            if latest is None:
                latest = m
        return None if strict else salient or latest

    def speaker(self, head: Token) -> tuple[str | None, str | None, str]:
        """(source, role, kind) for the noun phrase headed by `head`; kind person|org|group."""
        doc = self.doc
        low = head.lower_
        if low in _RELATIVE and head.head.dep_ == "relcl":
            return self.speaker(head.head.head)
        if head.pos_ == "PRON" or low in _MALE | _FEMALE | _PLURAL | _NEUTER:
            if low in _MALE or low in _FEMALE:
                m = self.last(head.i, ("person",))
            elif low in _PLURAL:
                m = self.last(head.i, ("group", "org"))
            elif low in _NEUTER:
                m = self.last(head.i, ("org",))
            else:
                m = None
            return (m.name, m.role, m.kind) if m is not None else (None, None, "none")
        ent = self.ent_of.get(head.i)
        lemma = head.lemma_.lower()
        core = _core(head)
        # "The Internet security firm Secunia.com", "Bank president Okey Oramah": a name in
        # apposition is the speaker, the rest of the phrase its role.
        for child in head.rights:
            if child.dep_ != "appos":
                continue
            c_ent = self.ent_of.get(child.i)
            role = _strip_det(list(doc[head.left_edge.i : child.left_edge.i]))
            if role and role[0].lower_ == "the":
                role = role[1:]
            head_is_person = ent is not None and ent.label_ == "PERSON"
            if c_ent is not None and c_ent.label_ == "PERSON" and not head_is_person:
                return self.person_name(c_ent), _text(doc, role) or None, "person"
            role_noun = lemma in _ORG_NOUNS or lemma in _PERSON_NOUNS
            if ent is None and head.pos_ == "NOUN" and role_noun and (
                child.pos_ == "PROPN" or child.ent_type_ in _SPEAKER_ENTS or child.is_title
            ):
                name = self.org_name(c_ent.text if c_ent is not None else _text(doc, _core(child)))
                kind = "person" if lemma in _PERSON_NOUNS else "org"
                return name, _text(doc, role) or None, kind
        if ent is not None and ent.label_ == "PERSON":
            if self.is_org(ent):
                return self.org_name(ent.text), None, "org"
            return self.person_name(ent), self.person_role(ent, head), "person"
        person = next((self.ent_of[t.i] for t in core if t.i in self.ent_of
                       and self.ent_of[t.i].label_ == "PERSON"), None)
        if person is None and lemma in _PERSON_NOUNS:
            # "The BBC's correspondent in Jakarta, Rachel Harvey, told": the parser may hang
            # the appositive name anywhere inside the phrase.
            person = next((self.ent_of[t.i] for t in head.subtree if t.i in self.ent_of
                           and self.ent_of[t.i].label_ == "PERSON" and t.i > head.i
                           and doc[self.ent_of[t.i].start - 1].text == ","), None)
            if person is not None:
                role = _strip_det([t for t in doc[head.left_edge.i : person.start] if
                                   t.i <= core[-1].i])
                if role and role[0].lower_ == "the":
                    role = role[1:]
                return self.person_name(person), _text(doc, role) or None, "person"
        if person is not None and lemma not in _DOC_NOUNS:
            role = _strip_det([t for t in core if t.i < person.start])
            if role and role[0].lower_ == "the":
                role = role[1:]
            return self.person_name(person), _text(doc, role) or None, "person"
        if lemma in _DOC_NOUNS or low in _DOC_NOUNS:
            return self._document(head, lemma)
        # "a spokesman for Tesco": the organisation speaks, the spokesman is its role.
        if lemma in ("spokesman", "spokeswoman", "spokesperson", "representative", "official",
                     "source"):
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ in ("for", "at", "of", "from", "with"):
                    pobj = _pobj(child)
                    if pobj is not None and (pobj.ent_type_ in _SPEAKER_ENTS or pobj.pos_ == "PROPN"
                                             or pobj.lemma_ in _ORG_NOUNS):
                        src, _, kind = self.speaker(pobj)
                        role = _strip_det(list(doc[head.left_edge.i : pobj.right_edge.i + 1]))
                        return src, _text(doc, role) or None, "person"
        if ent is not None and ent.label_ in _SPEAKER_ENTS:
            return self.org_name(ent.text), None, "org"
        if head.pos_ == "PROPN" and lemma in _PERSON_NOUNS and len(core) <= 4 and \
                head.left_edge.lower_ in ("the", "this"):
            # "The Indonesian Economics Minister explained": a title standing for a person.
            m = self.last(head.i, ("person",), word=lemma, strict=True)
            if m is not None:
                return m.name, m.role, "person"
        if head.pos_ == "PROPN":
            words = _strip_det(core)
            if words and words[0].lower_ == "the":
                words = words[1:]
            k = 0
            while k < len(words) - 1 and words[k].lower_.rstrip(".") in _TITLES:
                k += 1
            if k and all(t.is_title for t in words[k:]):
                # "Mayor Ana Ruiz" the tagger did not take for a person: the title is the role.
                name = _text(doc, words[k:])
                if len(words) - k == 1:
                    name = self.expand_surname(words[k].text, head.i) or name
                role = [t for t in words[:k] if t.lower_.rstrip(".") not in _HONORIFICS]
                return name, _text(doc, role) or None, "person"
            if len(core) <= 2:
                full = self.expand_surname(head.text, head.i)
                if full:
                    return full, None, "person"
            return self.org_name(_text(doc, _strip_det(core))), None, "org"
        # "the company", and company epithets with an owner: "South Korea's top car maker"
        # (but "the BBC's correspondent" is someone new unless named).
        definite = head.left_edge.lower_ in ("the", "this", "that")
        epithet = lemma in _COMPANY_NOUNS and any(
            c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children)
        # "the chief executive of a leading car maker" introduces someone new.
        new_referent = any(c.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.left_edge.lower_ in ("a", "an") for p in c.children
        ) for c in head.rights)
        if head.pos_ == "NOUN" and (definite or epithet) and not new_referent:
            if lemma in _PERSON_NOUNS:
                # "The BBC's correspondent" is the one named so, or someone new.
                owned = any(c.dep_ == "poss" for c in head.children)
                kinds = ("group",) if head.tag_ == "NNS" else ("person",)
                m = self.last(head.i, kinds, word=lemma, strict=owned)
                if m is not None:
                    return m.name, m.role, m.kind
            elif lemma in _ORG_NOUNS and head.tag_ == "NN":
                m = self.last(head.i, ("org",), word=lemma)
                # A firm is whichever company the story is about; "the government" or "the
                # ministry" is only the one named with that word.
                if m is not None and (lemma in _COMPANY_NOUNS or lemma in m.name.lower()):
                    return m.name, m.role, "org"
        kind = "group" if head.tag_ in ("NNS", "NNPS") else (
            "person" if lemma in _PERSON_NOUNS else "org")
        return (_text(doc, _strip_det(core)) or None), None, kind

    def _document(self, head: Token, lemma: str) -> tuple[str | None, str | None, str]:
        """A document or data speaks for its owner: "figures from the ONS", "his letter"."""
        for child in head.children:
            if child.dep_ == "poss":
                return self.speaker(child)
        for child in head.lefts:
            if child.dep_ == "compound" and (
                child.pos_ == "PROPN" or child.ent_type_ in _SPEAKER_ENTS
            ):
                ent = self.ent_of.get(child.i)
                if ent is not None and ent.label_ == "PERSON":
                    return self.person_name(ent), None, "person"
                return self.org_name(ent.text if ent is not None else child.text), None, "org"
        # "data from the ONS", "a survey of 280 schemes by IDS" (the author may hang lower),
        # "a report of the NDRRMC" (but "a survey of 1,000 firms" names what was surveyed).
        for child in head.rights:
            for prep in child.subtree:
                if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from"):
                    pobj = _pobj(prep)
                    if pobj is not None and _plausible(pobj) and \
                            pobj.lemma_.lower() not in _DOC_NOUNS:
                        return self.speaker(pobj)
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = _pobj(child)
                if pobj is not None and (pobj.pos_ == "PROPN" or pobj.ent_type_ in _SPEAKER_ENTS):
                    return self.speaker(pobj)
        if lemma not in _DATA_NOUNS and head.left_edge.lower_ in ("the", "this", "that"):
            # "The report says": the named study or survey the article introduced earlier.
            for m in reversed(self.mentions):
                if m.i < head.i and m.kind == "org" and m.name.split()[-1][:1].isupper() and any(
                    w.lower() in _DOC_NOUNS or w.lower().rstrip("s") in _DOC_NOUNS
                    for w in m.name.split()
                ):
                    return m.name, None, "org"
        if lemma in _DATA_NOUNS or head.left_edge.pos_ != "DET":
            return None, None, "none"  # "Figures published today show", a headline's "Report"
        core = _strip_det(_core(head))
        return _text(self.doc, core) or None, None, "org"  # "according to the study"


def _plausible(head: Token) -> bool:
    """Whether a subject can be a source: a person, an organisation, a group, a document."""
    if head.ent_type_ in _SPEAKER_ENTS or head.pos_ == "PROPN":
        return True
    low = head.lower_
    if low in _MALE or low in _FEMALE or low in _PLURAL or low in _NEUTER or low in _RELATIVE:
        return True
    lemma = head.lemma_.lower()
    if lemma in ("man", "woman") and head.tag_ == "NNS":
        return False  # "Women can expect to live until 85": people in general
    return lemma in _PERSON_NOUNS or lemma in _ORG_NOUNS or lemma in _DOC_NOUNS or low in _DOC_NOUNS


def _org_like(head: Token) -> bool:
    lemma = head.lemma_.lower()
    return head.ent_type_ == "ORG" or lemma in _ORG_NOUNS or lemma in _DOC_NOUNS or (
        head.lower_ in _NEUTER or head.lower_ in _PLURAL)


def _segments(doc: Doc) -> tuple[list[int], list[int], list[int]]:
    """Segment and paragraph id of every token, and each segment's first token.

    A segment is a parser sentence cut at paragraph breaks; sentences the parser split inside a
    word ("Caliber." + "Az") are glued back.
    """
    seg_of = [0] * len(doc)
    para_of = [0] * len(doc)
    starts: list[int] = []
    seg = -1
    para = 0
    new_seg = True
    for tok in doc:
        if tok.is_space and "\n" in tok.text:
            seg_of[tok.i] = max(seg, 0)
            para_of[tok.i] = para
            para += 1
            new_seg = True
            continue
        if tok.is_sent_start and tok.i > 0:
            prev = doc[tok.i - 1]
            # The parser also splits at colons and inside glued names ("Caliber." + "Az");
            # a sentence ends only after end punctuation followed by a space.
            if prev.is_space or prev.whitespace_ and (
                prev.text[-1] in _SENTENCE_END or prev.is_quote or prev.is_bracket
            ):
                new_seg = True
        if new_seg:
            seg += 1
            starts.append(tok.i)
            new_seg = False
        seg_of[tok.i] = seg
        para_of[tok.i] = para
    return seg_of, para_of, starts


def opens_quote(text: str, c: int) -> bool:
    """Whether the quotation mark at `c` opens a quotation: a curly opening mark, or a
    straight one after a space and before a word."""
    return text[c] == "“" or text[c] == '"' and (c == 0 or text[c - 1].isspace()) and (
        c + 1 < len(text) and not text[c + 1].isspace())


def _quotes(doc: Doc, tok_starts: list[int]) -> list[tuple[int, int]]:
    """Token ranges [first, last] of quoted speech; an unclosed one runs to its paragraph end."""
    text = doc.text
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    cut_at = -1  # where the last quotation left open was cut at its paragraph's end
    for m in QUOTE_CHARS.finditer(text):
        c = m.start()
        if open_at is not None and "\n" in text[open_at:c]:
            cut_at = text.index("\n", open_at)
            spans.append((open_at, cut_at))
            open_at = None
        ch = text[c]
        # A straight mark opens a quotation even while one is open: writers often leave a
        # run of quoted sentences unclosed.
        opens = opens_quote(text, c)
        if open_at is not None and opens and ch == '"':
            spans.append((open_at, c))
            open_at = None
        if open_at is None and not opens:
            # A closing mark with nothing open ends a quotation left open at the end of the
            # paragraph before: it covers this paragraph up to the mark.
            para_start = text.rfind("\n", 0, c)
            if cut_at >= 0 and not text[cut_at:para_start].strip():
                spans.append((para_start, c))
        elif open_at is None:
            open_at = c
        elif open_at is not None and ch != "“":
            spans.append((open_at, c))
            open_at = None
    if open_at is not None:
        end = text.find("\n", open_at)
        spans.append((open_at, len(text) if end < 0 else end))
    out = []
    for a, b in spans:
        first = bisect_right(tok_starts, a)  # the token after the opening mark
        last = bisect_right(tok_starts, b - 1) - 1
        if last - first + 1 >= _MIN_SPEECH_TOKENS and any(
            t.pos_ in ("VERB", "AUX") for t in doc[first : last + 1]
        ):
            out.append((first, last))
    return out


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The speaker's head for a reporting verb, and whether it was inherited from another verb
    (a participle, "adding that ...") rather than being the verb's own."""
    v = verb
    own = True
    for _ in range(4):
        subjects = [c for c in v.children if c.dep_ == "nsubj"]
        if subjects:
            # "CEO of the Refugee Council Enver Solomon told": the parser may split the
            # subject; the person in it speaks.
            named = [c for c in subjects if c.ent_type_ == "PERSON"]
            return (named or sorted(subjects, key=lambda c: abs(c.i - v.i)))[0], own
        for child in v.children:
            if child.dep_ == "agent":
                pobj = _pobj(child)
                if pobj is not None:
                    return pobj, own
        if v.dep_ == "acl" and v.head.pos_ in ("NOUN", "PROPN"):
            return v.head, False  # "a statement saying ...": the statement speaks
        if v.dep_ == "conj" or (v.tag_ == "VBG" and v.dep_ in ("advcl", "xcomp", "conj")):
            v = v.head
            own = False
            continue
        if v.dep_ in ("advcl", "xcomp") and v.head.pos_ == "VERB":
            # "was quoted as saying": the passive subject of the governing verb.
            for child in v.head.children:
                if child.dep_ == "nsubjpass":
                    return child, False
        return None, own
    return None, own


def _has_clause(verb: Token) -> bool:
    """Whether the verb introduces a statement rather than just an object."""
    if any(c.dep_ == "ccomp" or c.text == ":" for c in verb.children):
        return True
    return verb.dep_ in ("parataxis", "ccomp", "advcl") and verb.head.i != verb.i


def _cue_text(doc: Doc, verb: Token, core: list[Token]) -> str:
    if not core:
        return verb.text
    if core[-1].i < verb.i:
        between = doc[core[-1].i + 1 : verb.i]
        if len(between) <= 3 and all(t.dep_ in ("aux", "neg", "advmod") for t in between):
            return _text(doc, core + [verb])
        return f"{_text(doc, core)} {verb.text}"
    if verb.i < core[0].i and core[0].i - verb.i <= 2:
        return _text(doc, [verb] + core)
    return f"{_text(doc, core)} {verb.text}"


def _verb_cue(tok: Token, res: _Resolver, lo: int, hi: int) -> _Cue | None:
    """A cue for a reporting verb, if its subject can be a source."""
    doc = tok.doc
    lemma = tok.lemma_.lower()
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None  # "expected the bank to report ...": a report still to come
    subj, own = _subject(tok)
    if subj is None or not lo <= subj.i <= hi and own:
        return None  # a subject across a paragraph break is the parser running on
    if subj.lower_ in _FIRST_SECOND or not (_plausible(subj) or (
        lemma in _SPEECH_VERBS and subj.pos_ == "NOUN" and own and _has_clause(tok)
    )):
        return None
    if subj.dep_ == "expl" or subj.dep_ == "nsubjpass" and own:
        return None
    if not own and tok.dep_ != "conj" and (
        lemma not in _PARTICIPLE_CUES or lemma != "cite" and not _has_clause(tok)
    ):
        return None  # "Adding to its woes, ..." reports nothing
    clausal = _has_clause(tok)
    subj_lemma = subj.lemma_.lower()
    is_doc = subj_lemma in _DOC_NOUNS or subj.lower_ in _DOC_NOUNS
    finite = any(c.dep_ == "ccomp" and (c.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        a.dep_ in ("aux", "auxpass") for a in c.children)) for c in tok.children)
    if lemma in _CLAUSE_ONLY_VERBS and not (finite or is_doc):
        return None  # "Vodafone has found it difficult to ..." reports nothing
    if lemma in _ORG_ONLY_VERBS and not (_org_like(subj) and (lemma != "put" or any(
        c.dep_ == "prep" and c.lower_ in ("at", "as") for c in tok.children
    ))):
        return None  # "police put the toll at 30", not "put an offer on the table"
    if lemma == "add" and not clausal:
        return None
    src, role, kind = res.speaker(subj)
    if src is None:
        return None
    if subj.pos_ == "PRON":
        core = [subj]
    else:
        core = _strip_det(_core(subj))
    own_ranges = [(subj.left_edge.i, subj.right_edge.i)]
    if own:
        text = _cue_text(doc, tok, core)
    else:
        text = tok.text
        own_ranges = [(tok.i, tok.i)]
    if own and subj.i < tok.i:
        # A fronted adverbial is the paper framing the statement: "Despite a record $492m
        # profit, Qantas has argued that ...".
        own_ranges += [(c.left_edge.i, c.right_edge.i) for c in tok.children
                       if c.i < subj.left_edge.i and c.dep_ in ("prep", "advcl", "npadvmod")
                       and c.lower_ != "according"]
    if lemma == "tell":
        # The listener is not what is told: "told a meeting of 300 investors that ...".
        own_ranges += [(c.left_edge.i, c.right_edge.i) for c in tok.children
                       if c.dep_ in ("dobj", "dative")]
    c_lo, c_hi = max(tok.left_edge.i, lo), min(tok.right_edge.i, hi)
    root = tok
    while root.head.i != root.i and lo <= root.head.i <= hi:
        root = root.head
    has_content = any(c.dep_ == "ccomp" for c in tok.children)
    # "Sales rose 5%, the company said": a cue set off by punctuation hangs off its content,
    # the whole sentence; "the $27bn Russia says Yukos owes" covers only its own clause.
    set_off = all(
        k < lo or k > hi or doc[k].is_punct for k in (tok.left_edge.i - 1, tok.right_edge.i + 1)
    )
    if tok.dep_ in ("parataxis", "ccomp", "advcl") and not has_content and set_off and own:
        c_lo, c_hi = lo, hi
    elif root is not tok and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children
    ):
        # A clause without a subject of its own continues what the speaker said, however
        # the parser hung it ("X said it seeks ..., and intends to ...").
        c_lo, c_hi = lo, hi
    before_subj = doc[subj.left_edge.i - 1] if own and subj.left_edge.i > lo else None
    reduced_relative = (
        before_subj is not None and subj.i < tok.i and before_subj.pos_ in ("NOUN", "NUM", "PROPN")
        and any(c.dep_ == "ccomp" and c.i < subj.i for c in tok.children)
    )
    if reduced_relative and before_subj is not None:
        # "nowhere near the $27bn Russia says Yukos owes": the parser takes the sentence for
        # Russia's, but the claim is only the noun phrase the cue modifies.
        c_lo, c_hi = before_subj.left_edge.i, min(tok.right_edge.i, hi)
    # A semicolon joins two statements: a cue reaches back to its own side only.
    for k in range(tok.i - 1, c_lo - 1, -1):
        if doc[k].text == ";":
            c_lo = k + 1
            break
    if kind in ("person", "org", "group") and own:
        res.add(_Mention(subj.i, kind, src, role, True))
    # Only a cue that introduces its content runs on past its sentence ("He highlighted that
    # ..."); one trailing its content ("..., the bank said.") closes it.
    introduces = any((c.dep_ == "ccomp" or c.text == ":") and c.i > tok.i for c in tok.children)
    main = tok
    while main.dep_ == "conj":
        main = main.head
    # Only a main-clause statement runs on: not "a deficit, which he said would be 4.5%".
    carries = introduces and lemma not in _NO_CARRY_VERBS and (main.dep_ == "ROOT" or not own) \
        and not reduced_relative
    return _Cue(tok.i, src, text, role, c_lo, c_hi, own_ranges, carries)


def _document_cue(tok: Token, res: _Resolver, lo: int, hi: int) -> _Cue | None:
    """A cue for a document named in an adverbial phrase: "in a report by X", "by some counts"."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("in", "by", "from", "on", "under", "per") or \
            prep.head.pos_ not in ("VERB", "AUX"):
        return None
    doc = tok.doc
    src, role, _ = res.speaker(tok)
    core = _strip_det(_core(tok))
    if src == _text(doc, core):
        src = None  # "in an advisory": a document without an author names no source
    if src is None:
        if prep.lower_ != "by" or tok.tag_ != "NNS":
            return None
        src = _text(doc, core)  # "by early reports": anonymous, but a source all the same
    scope = prep.head
    return _Cue(tok.i, src, _text(doc, [prep] + core), role, max(lo, scope.left_edge.i),
                min(hi, scope.right_edge.i), [(tok.left_edge.i, tok.right_edge.i)], False)


def _owned_document(tok: Token, res: _Resolver, lo: int, hi: int) -> _Cue | None:
    """A document with its author, anywhere: "below Gordon Brown's forecast of 3%" is Brown's
    figure, whoever's sentence it sits in."""
    if tok.dep_ in ("nsubj", "nsubjpass") or tok.head.lower_ == "to" and \
            tok.head.head.lower_ == "according":
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in ("my", "our", "your"):
        return None
    src, role, _ = res.speaker(tok)
    if src is None:
        return None
    doc = tok.doc
    return _Cue(tok.i, src, _text(doc, _strip_det(list(doc[owner.left_edge.i : tok.i + 1]))),
                role, max(lo, tok.left_edge.i), min(hi, tok.right_edge.i),
                [(owner.left_edge.i, owner.right_edge.i)], False)


def attribute(doc: Doc, spans: Sequence[tuple[int, int]]) -> list[Attribution]:
    """For each claim span (char offsets into doc.text), who it is attributed to."""
    if not spans:
        return []
    seg_of, para_of, seg_starts = _segments(doc)
    n_seg = len(seg_starts)
    seg_end = [s - 1 for s in seg_starts[1:]] + [len(doc) - 1]
    tok_starts = [t.idx for t in doc]
    quotes = _quotes(doc, tok_starts)
    quote_of: dict[int, int] = {}
    for q, (a, b) in enumerate(quotes):
        for k in range(a, b + 1):
            quote_of[k] = q
    res = _Resolver(doc)

    seg_cues: list[list[_Cue]] = [[] for _ in range(n_seg)]
    editorial = [False] * n_seg
    # Per segment, who its main clause is about, to tell narration from reported speech.
    about = [_Focus(None, False, False, False, False)] * n_seg
    # Sentences with a voice of their own that is no source ("Speculation suggests that ...").
    other_voice = [False] * n_seg

    for tok in doc:
        i = tok.i
        seg = seg_of[i]
        lo, hi = seg_starts[seg], seg_end[seg]
        ent = res.ent_of.get(i)
        if ent is not None and ent.start == i and ent.label_ in ("PERSON", "ORG"):
            head = ent.root
            # Main-clause subjects are the salient ones a later "he" or "it" picks up.
            is_subj = head.dep_ in ("nsubj", "nsubjpass") and (
                head.head.dep_ == "ROOT" or head.head.lemma_.lower() in _REPORTING_VERBS)
            if ent.label_ == "PERSON" and not res.is_org(ent):
                res.add(_Mention(i, "person", res.person_name(ent), res.person_role(ent, head),
                                 is_subj))
            else:
                res.add(_Mention(i, "org", res.org_name(ent.text), None, is_subj))
        lemma = tok.lemma_.lower()
        if i == lo and (tok.lower_ in _EDITORIAL_OPENERS or (
            lemma in _EDITORIAL_VERBS and tok.tag_ == "VB"
            and not any(c.dep_ == "nsubj" for c in tok.children)
        )):
            editorial[seg] = True
        if tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and ent is None:
            # Names the tagger missed ("Boss Henk Addink blames ...") still anchor "he".
            name, role, kind = res.speaker(tok)
            if name and kind == "person":
                res.add(_Mention(i, kind, name, role, True))
        main_subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
        if main_subject and lo <= tok.head.i <= hi:
            subj_lemma = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and tok.ent_type_ == "" and (
                subj_lemma in _PERSON_NOUNS or subj_lemma in _ORG_NOUNS
            ):
                # Groups and bodies are mentions too: "the researchers", "It" point back to
                # them ("The opposition made capital of it. It said ...").
                name, role, kind = res.speaker(tok)
                if name:
                    res.add(_Mention(i, kind, name, role, True))
            # "Sri Lanka's stock market has fallen", "All Alfa Romeo models can be bought":
            # about a named actor or thing, so narration.
            named = tok.pos_ == "PROPN" or tok.text in res.name_words or (
                ent is not None and ent.label_ in _SPEAKER_ENTS) or any(
                c.dep_ == "poss" and c.ent_type_ in _SPEAKER_ENTS
                or c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)
            # "The German company is to extend ...": the speaker itself, by a role noun.
            refers = tok.pos_ == "PRON" or tok.left_edge.lower_ == "the" and (
                subj_lemma in _ORG_NOUNS or subj_lemma in _PERSON_NOUNS)
            name = res.speaker(tok)[0] if named or refers else None
            # "The company aims to ...", when the company is not the speaker: another actor.
            named = named or refers and tok.pos_ != "PRON" and name is not None and \
                name.split()[-1][:1].isupper()
            verb = tok.head
            reporting = verb.lemma_.lower() in _REPORTING_VERBS
            speaking = reporting or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)
            # A lexical verb in the simple past narrates ("Shares rose 2%"); reported speech
            # runs on in the present, the perfect or with modals ("there have been 382 ...").
            narrative = verb.tag_ == "VBD" and verb.lemma_ != "be" and not speaking and not any(
                c.dep_ in ("aux", "auxpass") for c in verb.children)
            about[seg] = _Focus(name, named, reporting, speaking, narrative)

        cue = None
        if tok.lower_ == "according" and i + 1 < len(doc) and doc[i + 1].lower_ == "to":
            pobj = _pobj(doc[i + 1])
            if pobj is not None:
                src, role, kind = res.speaker(pobj)
                if src is not None:
                    if kind in ("person", "org", "group"):
                        res.add(_Mention(pobj.i, kind, src, role, True))
                    cue = _Cue(i, src, _text(doc, [tok, doc[i + 1]]), role, lo, hi,
                               [(i, pobj.right_edge.i)],
                               tok.head.head.i > i and pobj.lemma_.lower() not in _DOC_NOUNS)
        elif tok.pos_ in ("VERB", "AUX") and lemma in _REPORTING_VERBS and i not in quote_of:
            cue = _verb_cue(tok, res, lo, hi)
            if cue is None and any(c.dep_ == "ccomp" and c.i > i for c in tok.children) and any(
                c.dep_ == "nsubj" for c in tok.children
            ):
                other_voice[seg] = True
        elif (lemma in _DOC_NOUNS or tok.lower_ in _DOC_NOUNS) and tok.pos_ == "NOUN":
            cue = _document_cue(tok, res, lo, hi) or _owned_document(tok, res, lo, hi)
        if cue is not None:
            seg_cues[seg].append(cue)

    # Quotations: the cue just outside them, in the sentences they open or close.
    quote_cue: list[_Cue | None] = []
    for a, b in quotes:
        best = None
        best_dist = None
        for seg in sorted({seg_of[a], seg_of[b], seg_of[min(b + 2, len(doc) - 1)]}):
            for c in seg_cues[seg]:
                if a <= c.i <= b or para_of[c.i] != para_of[a] or c.i in quote_of:
                    continue
                dist = a - c.i if c.i < a else c.i - b
                if (seg != seg_of[a] and seg != seg_of[b]) and dist > 4:
                    continue
                if best_dist is None or dist < best_dist:
                    best, best_dist = c, dist
        if best is not None:
            best.carries = False  # a quotation bounds what its cue covers
        quote_cue.append(best)

    # The running speaker: a statement runs on over its paragraph until a new speaker, the
    # paper's own voice, or narration about the speaker or another named actor takes over.
    carry_in: list[_Cue | None] = [None] * n_seg
    last_in_para: list[_Cue | None] = [None] * n_seg  # the latest cue of the paragraph so far
    para_last: dict[int, _Cue] = {}
    carry: _Cue | None = None
    last: _Cue | None = None
    # A paragraph is the speaker's while every sentence so far is attributed; once the paper
    # speaks in its own voice, later cues in it cover their own sentence only.
    speakers_paragraph = True
    for seg in range(n_seg):
        para = para_of[seg_starts[seg]]
        if seg > 0 and para != para_of[seg_starts[seg - 1]]:
            carry = last = None
            speakers_paragraph = True
        focus = about[seg]
        about_other = focus.named and focus.name != carry.source if carry else False
        about_speaker = carry is not None and focus.name == carry.source and not focus.speaking
        if carry is not None and not seg_cues[seg] and (
            editorial[seg] or focus.narrative or other_voice[seg] or (
                focus.name is not None and not focus.reporting and (about_other or about_speaker))
        ):
            carry = None
        carry_in[seg] = carry
        last_in_para[seg] = last
        quoted = seg_starts[seg] in quote_of or seg_starts[seg] + 1 in quote_of
        if carry is None and not seg_cues[seg] and not quoted:
            speakers_paragraph = False
        for c in seg_cues[seg]:
            para_last[para] = last = c
            carry = c if c.carries and speakers_paragraph else None

    out: list[Attribution] = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            out.append(Attribution())
            continue
        i = span.root.i
        seg = seg_of[i]
        chosen = None
        quote = quote_of.get(i)
        if quote is not None:
            a = quotes[quote][0]
            chosen = quote_cue[quote]
            if chosen is None:
                # A quotation with no cue of its own continues the paragraph's speaker or,
                # opening a paragraph, the one who closed the previous paragraph.
                earlier = [c for c in seg_cues[seg] if c.i < a]
                chosen = earlier[-1] if earlier else last_in_para[seg]
                opens_para = a <= 1 or para_of[a - 2] != para_of[a] or doc[a - 2].is_space
                if chosen is None and opens_para and para_of[a] - 1 in para_last:
                    chosen = para_last[para_of[a] - 1]
        if chosen is None:
            covering = [c for c in seg_cues[seg] if c.lo <= i <= c.hi
                        and not any(x <= i <= y for x, y in c.own)]
            if covering:
                chosen = min(covering, key=lambda c: c.hi - c.lo)
            elif not seg_cues[seg]:
                chosen = carry_in[seg]
        if chosen is None:
            out.append(Attribution())
        else:
            out.append(Attribution(chosen.source, chosen.text, chosen.role))
    return out
