"""The `diplograph_events_v1` spaCy component: who did what to whom, as the article reports it.

For each sentence it finds triggers from the lexicon (verbs, verb-complement phrases, event
nouns carried by light verbs or owned by an actor), reads their arguments off the dependency
parse (active and passive voice, nominalizations, coordination, control, relative clauses,
prepositional targets), and decides the status (negation, denial, intent and modality) and the
claimant (the speaker of reported speech). Within the article, the same event stated twice is
one event with several pieces of evidence, and an event one party asserts and another denies
becomes claimed.

Sets `Doc._.events` (a list of `Event`).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.symbols import ADJ, NOUN, PROPN, VERB, nsubj, nsubjpass
from spacy.tokens import Doc, Span, Token

from extract import dates
from extract.actors import PLACE_PREPOSITIONS, place_name
from extract.lexicon import TriggerSense, gazetteer, lexicon, slug
from extract.records import Actor, Event, Evidence

Doc.set_extension("events", default=None, force=True)

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
TARGET_PREPS = ("with", "on", "against", "to", "at", "into", "upon", "toward", "towards", "from")
NOMINAL_TARGET_PREPS = ("of", "with", "on", "against", "to", "for", "toward", "towards", "into", "at")
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# Acts that coordinated subjects with no other target do with each other: "X and Y signed a truce".
JOINT = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "RETREAT", "ASSAULT"}
# Acts whose two parties do them together, whichever is told as the doer: what "the deal" refers back to is both
# parties' (a visit or call, told from the visitor or caller, is the visitor's)
DONE_TOGETHER = {"AGREE", "COOPERATE"}
COOPERATIVE = {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "RETREAT", "CONCEDE", "AID"}
# Acts that, stated as future acts on a condition, are threats ("could impose sanctions if ...").
COERCIVE = {"SANCTION", "COERCE", "ASSAULT"}
# Acts of force, of which an attempt is itself an act: "tried to kill" is an attack made.
VIOLENT = {"COERCE", "ASSAULT"}
# Acts two parties do together somewhere, where what "at" names is the venue, not a party ("signed the
# accord at the White House")
AT_VENUES = SYMMETRIC | {"SUPPORT"}
# Acts of yielding, whose refusal is a rejection (CAMEO 124: refuse to ease sanctions, release, withdraw)
YIELDING = {"CONCEDE", "RETREAT"}
# Categories whose complement is their content: "threatened to impose", "urged X to protect",
# "agreed to restart", "ruled out talks". The inner act is the mode, not an event of its own.
ABSORBING = {"THREATEN", "REQUEST", "AGREE", "REJECT"}
# Acts done by saying them: one party's denial of what was said does not make the saying disputed.
SPEECH_ACTS = {"ACCUSE", "THREATEN", "REQUEST", "REJECT", "STATEMENT"}
# Participles by which a state owns, leads or houses a ship, a firm, a coalition or a group: "a Greek-flagged
# tanker" is Greece's, "the Russian-led bloc" Russia's, "Pakistan-based militants" Pakistan's (but an
# "Iranian-backed" militia is not Iran's).
FLAGGED = {"flagged", "registered", "owned", "operated", "led", "based"}
# Prepositions of what a statement is about: a negation above them is not the act's ("did not
# comment on the talks").
TOPIC_PREPS = ("of", "about", "on", "over")
# Prepositions of the circumstances of an act ("threatened sanctions after Russia's attack"): the act they
# introduce is told for itself, neither the content of the act above it nor under its negation or modality.
CIRCUMSTANCE_PREPS = ("after", "following", "amid", "despite", "since")
# Prepositions whose gerund is done by the subject of the clause it modifies ("responded by imposing", "said
# after meeting X")
GERUND_TIME_PREPS = ("by", "after", "before", "while", "upon", "on")
# Prepositions of what a complaint or protest is about: "lodged a protest over the detention" does not
# make the detention the protester's.
GRIEVANCE_PREPS = ("over", "about", "against")
# Prepositions by which an accusing noun names the act it is about ("condemnation of the raids", "an
# inquiry into the killings", "outrage over the strikes").
ACCUSED_ACT_PREPS = ("of", "into", "over", "about", "for")
# Acts whose noun names its doer in a from-phrase ("threats from Russia", "an offer from Kabul").
GIVEN_FROM = {"THREATEN", "REQUEST", "AID", "SUPPORT", "ACCUSE", "AGREE", "CONSULT"}
# Acts addressed to another party, which the party addressed answers ("is reviewing the request").
ADDRESSED = {"REQUEST", "THREATEN", "AGREE"}
# Acts usually reported without anyone they are aimed at ("raised its alert level").
UNTARGETED = {"MOBILIZE"}
PROTESTERS = {"protester", "demonstrator", "rioter"}
# civilian heads that name people protesting: with civilians who act ("Kenyan students marched"),
# "Protesters in X"; civilians acted on ("detained a British aid worker") are "Civilians in X"
PROTESTING = PROTESTERS | {"protestor", "marcher", "striker", "crowd", "mob"}
NEGATIONS = {"not", "n't", "never", "no", "none", "neither", "nor"}
# prepositions that put what a sentence tells in a place
PLACING_PREPS = ("in", "outside", "near", "across", "throughout")
REFLEXIVES = {"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"}
# how many a numeral names, for "the three countries" (a list of more than ten is never referred to so)
NUMBERS = {word: n for n, word in enumerate(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=2)} | {str(n): n for n in range(2, 11)}
YEAR = re.compile(r"\b(1[89]|20)\d\d")  # "2019", "the 1970s"
# The parts of speech a trigger can have, as the lexicon names them.
TRIGGER_POS = {VERB: "V", NOUN: "N", PROPN: "N", ADJ: "A"}
ACCORDING, TO = get_string_id("according"), get_string_id("to")


@dataclass
class Trigger:
    token: Token
    sense: TriggerSense
    consumed: set[int] = field(default_factory=set)
    contents: list["Trigger"] = field(default_factory=list)  # the triggers whose content it absorbs


@dataclass(frozen=True)
class Told:
    """An event told so far in an article, for what later words refer back to: the trigger's
    sense and index, and the category as coded (a crowd's attack is a PROTEST)."""
    sense: TriggerSense
    trigger: int
    source: str
    target: str | None
    category: str


@Language.factory("diplograph_events_v1")
def make_event_extractor(nlp: Language, name: str) -> "EventExtractor":
    return EventExtractor()


class EventExtractor:
    def __init__(self) -> None:
        self.lexicon = lexicon()
        self.gazetteer = gazetteer()
        self.words = {name: self.lexicon.words(name) for name in (
            "reporting", "claim", "denial", "allegation", "intent", "willingness", "modal", "light", "anaphor",
            "civilian", "pair", "institution", "role", "condition", "partitive", "domestic", "possibility",
            "object_control", "insurgent", "reaction", "assistance", "state_epithet", "bloc_epithet",
            "group_epithet", "regional", "undergoing", "reprisal", "stance", "failure", "armament", "reciprocal",
            "defence", "document", "opposition", "position", "explosive", "counterpart", "region", "frontier",
            "degree", "exclusion", "measure", "episode", "mutual", "inquiry", "habitual", "vow", "perpetration",
            "ultimatum", "deadline", "together", "response", "cancellation", "attempt", "accord", "decision",
            "naming", "seizure", "voicing", "unwillingness", "compass", "rival_state", "anonymity")}
        self.denying = self.words["denial"] | self.lexicon.heads("V", "REJECT")  # verbs that deny, or may reject
        self.doing = self.words["light"] | self.words["perpetration"]  # verbs whose participle's by-phrase is a doer
        # verbs whose complement clause's pronoun subject is their own subject ("Egypt said it ...", "warned Seoul
        # that it would respond", "vowed that it would", "the rebels denied that they had ...")
        self.telling = self.words["reporting"] | self.words["vow"] | self.words["denial"] | self.lexicon.heads(
            "V", "THREATEN")
        self.lemmas: dict[int, str] = {}  # lemma ID -> the lemma lowercased, for the parse columns

    def __call__(self, doc: Doc) -> Doc:
        article = ArticleState(doc, self)
        events: list[Event] = []
        told: list[Event] = []  # the events of the sentence before
        for sent in article.sentences:
            triggers = self._triggers(sent, article)
            absorbed = self._absorbed(triggers)
            by_index = {t.token.i: t for t in triggers}
            for trigger in triggers:
                if absorbed.get(trigger.token.i) is not None:
                    by_index[absorbed[trigger.token.i]].contents.append(trigger)
            found: list[Event] = []
            told_by: list[int] = []  # the trigger each event of `found` was read from
            releasing = set()  # triggers that tell no event of their own but leave their contents to tell one
            fruitless = set()  # triggers that tell no event ("said it had not violated the treaty")
            for trigger in triggers:
                if trigger.token.i in absorbed:
                    continue
                read = self._events(trigger, article, sent)
                if not read:
                    fruitless.add(trigger.token.i)
                # "X could impose tariffs on Y, the commerce secretary warned": an official of no known
                # state who warns leaves the act warned of to tell the threat (a modal or a condition
                # makes it one); an analyst's warning is no one's threat. "Responded by imposing
                # tariffs": a retaliation told as done is the act it was done by
                if not read and (trigger.sense.category == "THREATEN" and self._unplaced_official(trigger.token, article)
                                 or "future" in trigger.sense.flags and self._status(trigger.token) != "intended"):
                    releasing.add(trigger.token.i)
                found.extend(read)
                told_by.extend([trigger.token.i] * len(read))
            for trigger in triggers:
                if absorbed.get(trigger.token.i) in releasing:
                    read = self._events(trigger, article, sent)
                    found.extend(read)
                    told_by.extend([trigger.token.i] * len(read))
            found += self._denied_back(sent, article, list(zip(found, told_by)), told)
            found += self._own_positions(sent, article, [t for t in triggers if t.token.i not in fruitless])
            events += found
            told = found
            article.after_sentence(sent)
        doc._.events = merge(events, article.state_iso)
        return doc

    def _own_positions(self, sent: Span, article: "ArticleState", triggers: list[Trigger]) -> list[Event]:
        """Bare public claims (STATEMENT, CAMEO 010): a speaker says where the speaker's own state
        stands ("a spokesman said Lima valued its ties with Chile", "said Kenya stood by its
        decision") or what it never did ("said Peru had never armed the rebels"), in a clause
        that tells no act, plan or threat. The claim is the state's, aimed at a party the clause's
        objects belong to, if any. A clause with a modal or a to-complement is a plan or threat
        this extractor did not read, no bare claim."""
        acts = {t.token.i for t in triggers}
        positions = []
        for verb in article.words_of(sent, self.words["reporting"], VERB):
            clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                       and self._position(c) and not any(t.i in acts for t in c.subtree)]
            speakers = article.actors_of([c for c in verb.children if c.dep_ == "nsubj"]) if clauses else []
            own = article.state_iso(speakers[0]) if speakers else None
            for clause in clauses if own else ():
                holders = article.actors_of([c for c in clause.children if c.dep_ == "nsubj"])
                if not holders or article.state_iso(holders[0]) != own:
                    continue
                objects = [c for c in clause.children if c.dep_ in ("dobj", "attr")] + _prep_objects(
                    [clause], TARGET_PREPS + ("in",))
                aimed = [a for a in article.actors_or_owners(objects) if article.state_iso(a) != own]
                positions.append(Event("STATEMENT", article.first_as_state(holders),
                                       aimed[0] if aimed else None, "asserted", cameo="010", mode="statement",
                                       evidence=(article.evidence(sent, verb),)))
        return positions

    def _position(self, clause: Token) -> bool:
        """A clause that states a position: a position word, or a negated act, with no modal and no
        to-complement."""
        objects = [c for c in clause.children if c.dep_ == "dobj"]  # "valued X's freedom to act" is no plan
        if any(c.dep_ == "aux" and c.lower_ in self.words["modal"] for c in clause.children) or any(
                c.dep_ == "xcomp" and not objects for c in clause.children):
            return False
        heads = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr"))]
        return any(h.lemma_.lower() in self.words["position"] for h in heads) or any(
            c.dep_ == "neg" for c in clause.children)

    def _denied_back(self, sent: Span, article: "ArticleState", found: list[tuple[Event, int]],
                     told: list[Event]) -> list[Event]:
        """Denials that refer back to what was just told: "..., which Eritrea denied" (the acts of
        the same sentence) and "..., a claim Eritrea denied" or rejected (those of the clause the
        claim is set beside: "deployed troops and accused Minsk of ..., a charge Moscow denied"
        denies no deployment), "Eritrea denied the report" (those of the sentence before). Each act is denied
        by the denier, but for what the denier itself tells, and acts done by saying them. `found`:
        the events of the sentence, each with the index of the trigger it was read from."""
        for verb in article.words_of(sent, self.denying, VERB):
            if verb.lemma_.lower() not in self.words["denial"] and self._verb_category(verb) != "REJECT":
                continue  # "a claim Kyiv rejected", not "rejected a bid"
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            relative = verb.dep_ == "relcl" and (any(o.tag_ == "WDT" for o in objects) or (
                verb.head.lemma_.lower() in self.words["allegation"]))
            referring = [o for o in objects if o.lemma_.lower() in self.words["allegation"] and not any(
                c.dep_ in ("acl", "ccomp", "relcl", "prep") and c.lower_ != "as" for c in o.children)  # "as lies"
                and any(c.lower_ in ("the", "this", "that", "these", "those") for c in o.children)
                or o.pos_ == "PRON" and o.lower_ in ("it", "this", "that") and not any(o.children)]  # "denied it"
            claimed = self._claimed_clause(verb.head) if relative and verb.head.lemma_.lower() in self.words["allegation"] \
                else None  # "..., a charge Moscow denied"
            acts = [event for event, at in found if claimed is None or claimed.left_edge.i <= at <= claimed.right_edge.i] \
                if relative else told if referring else []
            deniers = article.actors_of([c for c in verb.children if c.dep_ == "nsubj"])
            if not acts or not deniers:
                continue
            denier = deniers[0]
            evidence = article.evidence(sent, verb)
            return [replace(event, status="denied", claimant=denier, evidence=(evidence,)) for event in acts
                    if event.status == "asserted" and event.category not in SPEECH_ACTS
                    and article.side(denier) != article.side(event.claimant or event.source)
                    and (relative or event in article.reported)]  # a report denied is someone's, not the story's
        return []

    def _claimed_clause(self, claim: Token) -> Token | None:
        """The clause a claim set beside it refers to ("..., a claim Eritrea denied"): the clause above
        the claim, with those coordinated with it ("shelled towns and seized a ship, a claim ..."); but
        of coordinated clauses, an accusation's ("deployed troops and accused Minsk of ..., a charge ...")."""
        clause = next((a for a in claim.ancestors if a.pos_ == "VERB"), None)
        while clause is not None and clause.dep_ == "conj" and clause.head.pos_ == "VERB":
            clause = clause.head
        if clause is None:
            return None
        accusations = [c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i < claim.i
                       and self._verb_category(c) == "ACCUSE"]
        return accusations[-1] if accusations else clause

    # -- triggers ---------------------------------------------------------------------------------

    def _triggers(self, sent: Span, article: "ArticleState") -> list[Trigger]:
        found: list[Trigger] = []
        consumed: set[int] = set()
        for i in range(sent.start, sent.end):
            pos = TRIGGER_POS.get(article.pos[i])
            if pos is None or i in consumed or not self.lexicon.senses(pos, article.lemma[i]):
                continue
            token = sent.doc[i]
            reading = self._sense(token, pos)
            if reading is None:
                continue
            sense, matched = reading
            consumed |= matched
            if sense.category:
                found.append(Trigger(token, sense, matched))
        found = [t for t in found if t.token.i not in consumed - t.consumed]
        # an event noun that qualifies the noun, complement or object of an act of another kind is what
        # that act is about: "ceasefire talks", "signed a truce agreement" (but "a protest march" is one
        # protest, and "the truce deal took effect" is a truce)
        acts = {t.token.i: t.sense.category for t in found}
        found = [t for t in found if not (t.token.dep_ == "compound" and t.token.pos_ != "VERB" and (
            t.token.head.i in consumed - t.consumed or any(acts.get(i, t.sense.category) != t.sense.category
                                                            for i in _heads_of_phrase(t.token.head))))]
        # a complement reached through an event noun is the noun's: "announced the lifting of
        # sanctions" tells a lifting, not sanctions announced (where both tell one act, the verb
        # keeps it: "ordered the expulsion of diplomats")
        # (but a participle or relative clause that qualifies the complement is no event noun: "shot down drones
        # launched by X", "restored relations, which were cut in December")
        return [t for t in found if not any(
            t.consumed & inner.consumed and t.token.is_ancestor(inner.token)
            and inner.token.dep_ not in ("acl", "relcl") and inner.sense.category != t.sense.category for inner in found)]

    def _sense(self, token: Token, pos: str) -> tuple[TriggerSense, set[int]] | None:
        """The first sense of the lexicon whose complement is the token's own dependent, else the first
        whose complement is deeper in its phrase ("suspended talks on tariffs" suspends talks, not
        tariffs), else the first that needs none; with the tokens that satisfy it."""
        deeper = None
        candidates: list[Token] | None = None  # the words that may be a complement, found once for all senses
        for sense in self.lexicon.senses(pos, token.lemma_):
            if candidates is None and sense.refined:
                candidates = self._complement_candidates(token)
            matched = self._complement(token, sense, candidates)
            if matched is None or "conditional" in sense.flags and not self._conditional(token):
                continue  # ("will take measures to protect its citizens": no answer held over anyone)
            if not matched:  # senses that need no complement come last
                return deeper or (sense, matched)
            if any(_own_complement(token, token.doc[i], self.words["partitive"]) for i in matched):
                return sense, matched
            deeper = deeper or (sense, matched)
        return deeper

    def _verb_category(self, verb: Token) -> str | None:
        """The category a verb's phrase codes ("" for a sense that is no event), or None."""
        reading = self._sense(verb, "V")
        return reading[0].category if reading is not None else None

    def _complement(self, token: Token, sense: TriggerSense, candidates: list[Token] | None) -> set[int] | None:
        """The tokens that satisfy a sense's complement (empty when it needs none), or None;
        `candidates`: the token's `_complement_candidates` (None when the sense needs no complement)."""
        if "control" in sense.flags and not any(c.dep_ == "xcomp" for c in token.children):
            return None  # "ordered the expulsion of ...": no one is ordered to act; the expulsion tells the act
        if "dismissal" in sense.flags and not any(c.dep_ == "nsubj" and c.lemma_.lower() in self.words["allegation"]
                                                  for c in token.head.children):
            return None  # "said the decision was absurd" dismisses no allegation
        if "verdict" in sense.flags and not (token.dep_ in ("acomp", "attr") and token.head.lemma_ == "be" or
                                             token.dep_ == "oprd" and token.head.lemma_.lower() in self.words["naming"]):
            return None  # "warned against any provocation" judges nothing ("called the move unjustified" does)
        if not sense.refined:
            return set()
        if "obligation" in sense.flags:
            auxiliaries = [aux for clause in token.children if clause.dep_ == "ccomp"
                           for aux in clause.children if aux.dep_ == "aux" and aux.lower_ in sense.complements]
            return {auxiliaries[0].i} if auxiliaries else None
        if "object" in sense.flags:  # "raised tariffs", "met with criticism", not "raised concerns about tariffs"
            objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] + _prep_objects([token], ("with",))
            return next(({o.i} for o in objects for o in (o, *o.conjuncts) if o.lemma_.lower() in sense.complements), None)
        if "content" in sense.flags:  # "allowed [inspectors to visit]": whom it allows
            candidates = candidates + _helped(token)
        for candidate in candidates:
            if candidate.dep_ == "aux":
                continue  # "to fly jets": an infinitive, not "fly to"
            if candidate.lemma_.lower() in sense.complements or candidate.lower_ in sense.complements or (
                    sense.kinds and candidate.dep_ in ("dobj", "pobj") and self._kind(candidate) in sense.kinds
                    and not any(c.dep_ == "oprd" for c in candidate.head.children)):  # "called Peru a friend": named
                # an actor is the complement itself ("left ECOWAS"), not what qualifies it ("left UN troops")
                return {candidate.i}
        for words in sense.joint_complements:  # "take necessary measures": all of them
            found = {c.lemma_.lower(): c.i for c in candidates if c.dep_ != "aux" and c.lemma_.lower() in words}
            if len(found) == len(words):
                return set(found.values())
        return None

    @staticmethod
    def _kind(token: Token) -> str | None:
        """The kind of actor a token names, if it names one, or the name set beside it does ("the
        regional bloc ECOWAS")."""
        key = token._.actor or next((c._.actor for c in token.children if c.dep_ == "appos" and c._.actor), None)
        return token.doc._.actors[key].kind if key else None

    def _complement_candidates(self, token: Token) -> list[Token]:
        """The words of a trigger's phrase that may be the complement of one of its senses, in the
        order they are tried."""
        candidates = []
        # the phrase of a light verb's object may hang off the verb ("carried out strikes [in Syria]")
        verb_phrases = [c for c in token.head.children if c.dep_ == "prep"] if token.dep_ == "dobj" and \
            token.pos_ != "VERB" and token.head.lemma_.lower() in self.words["light"] else []
        for child in [*token.children, *verb_phrases]:
            if child.lower_ == "according" or _time_phrase(child) or child.dep_ == "nsubj" and child._.actor:
                continue  # "according to a statement": attribution; "called X on Sunday": a time, not "call on";
                # a doer named is no complement ("the Union suspended ..." is no suspension from a union; but
                # "forces clashed" is an armed clash)
            candidates.append(child)
            if _for_clause(child):  # "called for Peru to act": the "for" of the clause
                candidates.extend(c for c in child.children if c.dep_ == "mark")
            if child.dep_ == "oprd":  # the words of a label: "called Peru an illegal regime", "... reckless and unprovoked"
                candidates.extend(g for g in child.children if g.dep_ in ("amod", "compound"))
                candidates.extend(child.conjuncts)
            elif child.dep_ in ("prep", "agent", "dobj"):
                for grandchild in child.children:
                    if grandchild.dep_ in ("pobj", "prep", "compound", "amod"):
                        candidates.append(grandchild)
                        if grandchild.dep_ == "pobj" and grandchild.lemma_.lower() in self.words["degree"]:
                            # "on the highest level of combat readiness": the degree of what
                            candidates += [o for of in grandchild.children if of.dep_ == "prep" and of.lower_ == "of"
                                           for inner in of.children if inner.dep_ == "pobj"
                                           for o in (inner, *(c for c in inner.children if c.dep_ == "compound"))]
                        # "ended a state of emergency", "years of strained relations"; "pulled out of the
                        # talks", a preposition of two words
                        if grandchild.dep_ == "prep" and (child.dep_ == "dobj" or child.dep_ == "prep" and not any(
                                c.dep_ == "pobj" for c in child.children)):
                            for inner in grandchild.children:
                                if inner.dep_ == "pobj":
                                    candidates += [inner, *(c for c in inner.children if c.dep_ == "amod")]
        if token.dep_ in ("acl", "relcl", "amod") and not any(c.dep_ == "dobj" for c in token.children):
            candidates.append(token.head)  # "talks mediated by Qatar" (but "talks, ending a week of fighting")
        if token.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in token.children):
            candidates += _shared_objects(token)  # "ramming and damaging a vessel"
        return candidates

    def _absorbed(self, triggers: list[Trigger]) -> dict[int, int | None]:
        """Triggers that are the content of another (see ABSORBING), each with the trigger whose
        content it is (None for a protest's purpose)."""
        by_index = {t.token.i: t for t in triggers}
        absorbed: dict[int, int | None] = {}
        protests = {t.token.i for t in triggers if t.sense.category == "PROTEST"}
        for trigger in triggers:
            if trigger.sense.category in ("REQUEST", "ACCUSE") and protests & _purpose_heads(trigger.token):
                # "demonstrated ... demanding reforms", "began a hunger strike to protest the arrests",
                # "... in protest at the verdict": what the protest is for
                absorbed[trigger.token.i] = None
                continue
            at = _venue_preposition(trigger.token)
            # (the parser may hang the phrase on the verb's object: "met Xi [at the summit]")
            venue_of = by_index.get(at.head.head.i if at.head.dep_ == "dobj" else at.head.i) if at is not None else None
            if trigger.sense.category == "CONSULT" and venue_of is not None and venue_of.sense.category == "CONSULT":
                absorbed[trigger.token.i] = venue_of.token.i  # "met Xi at a summit": where they met
                continue
            if trigger.sense.category == "CONSULT" and _circumstance(trigger.token):
                continue  # "in a meeting with X, Y urged ...": the meeting is no content of the urging
            if trigger.sense.category == "CONSULT" and trigger.token.dep_ == "acl" and any(
                    c.dep_ == "agent" for c in trigger.token.children):
                continue  # "agreed to a truce brokered by Qatar": a mediation with a mediator of its own
            for ancestor in _clause_ancestors(trigger.token):
                outer = by_index.get(ancestor.i)
                if outer is None or outer.sense.category not in ABSORBING and not (
                        "content" in outer.sense.flags and _helped(outer.token) and _complements(outer.token, trigger.token)):
                    continue  # "help Chad fight the rebels" is about Chad's fight; "help support" is support
                if outer.sense.category == "REJECT" and self._own_source(trigger.token):
                    continue  # "rejected Mali's demand": the demand is Mali's own event
                if trigger.token.dep_ == "conj" and trigger.token.head.i == outer.token.i and trigger.token.pos_ == "VERB":
                    break  # "said it would respond and accused Brussels of ...": an act beside the threat, not in it
                reported = trigger.token.head
                subjects = [c for c in reported.children if c.dep_ in ("nsubj", "nsubjpass")]
                if trigger.token.dep_ == "conj" and reported.dep_ == "ccomp" and reported.head.i == outer.token.i \
                        and trigger.sense.category in SPEECH_ACTS and subjects and subjects[0].pos_ != "PRON" \
                        and self._no_doer_of(trigger.token, subjects):
                    break  # "warned that the clashes endangered civilians and called on ...": the parser hangs the
                    # call on the warned clause, whose subject can make none; the warner calls, beside the warning
                absorbed[trigger.token.i] = outer.token.i
                break
        return absorbed

    def _condemned_acts(self, verb: Token, category: str) -> list[Token]:
        """The objects of an accusing verb that name another party's act ("condemned the attack",
        "the sanctions", "the arrest"): the accusation is aimed at their doers, not at whom they hit."""
        if category != "ACCUSE" or verb.pos_ != "VERB":
            return []
        return self._acts([obj for obj in verb.children if obj.dep_ == "dobj"], category)

    def _acts(self, nouns: list[Token], category: str) -> list[Token]:
        """The nouns that name an act of another category than `category`."""
        return [noun for noun in nouns if any(
            sense.category not in ("", category) for sense in self.lexicon.senses("N", noun.lemma_))]

    def _doers(self, act: Token, article: "ArticleState") -> list[str]:
        """Who did an act told as a noun, as that act's own event reads them ("the attack by the
        rebels", "the arrest of its ambassador in Peru": Peru's authorities)."""
        sense = next(s for s in self.lexicon.senses("N", act.lemma_) if s.category)
        return self._noun_arguments(act, sense, article)[0]

    def _complement_targets(self, trigger: Trigger, sources: list[str], article: "ArticleState") -> list[str]:
        """The parties the target prepositions of a trigger's complement, or of its content's, name ("announced
        euros in aid for Sudan", "host talks between ...", "the deployment of troops to Benin", "offered to act
        as a mediator between ...")."""
        sense = trigger.sense
        for complement in [*sorted(trigger.consumed), *(i for content in trigger.contents for i in sorted(content.consumed))]:
            targets = [t for t in self._prepositional_targets(trigger.token.doc[complement], article,
                                                              joint=sense.category in AT_VENUES,
                                                              topical=sense.category in SYMMETRIC) if t not in sources]
            if targets:
                return targets
        return []

    def _agents_of(self, nouns: list[Token], preps: tuple[str, ...] = ("by",), made: bool = False) -> list[Token]:
        """Who did what nouns name, by a by-phrase of their own ("abuses by the militia") or of a verb of
        doing that qualifies them ("crimes committed by the army"; but abuses reported by a monitor are
        not the monitor's, nor is a swap brokered by Qatar Qatar's); `made`: also of a verb of an act by
        which the thing was made, for what is held against its maker ("criticised a pact signed by Chad");
        `preps` for other prepositions of a doer ("threats from Russia")."""
        acts = self.doing | {c.lemma_.lower() for noun in nouns for c in noun.children if made
                             and any(s.category for s in self.lexicon.senses("V", c.lemma_))}
        return [o for noun in nouns for head in (noun, *_participles(noun, acts)) for c in head.children
                if c.dep_ in ("prep", "agent") and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]

    def _unplaced_official(self, token: Token, article: "ArticleState") -> bool:
        """Whether a verb's subject is an office or institution that names no actor."""
        subjects = self._subjects(token)
        return bool(subjects) and not article.actors_of(subjects) and all(
            s.lemma_.lower() in self.words["role"] | self.words["institution"] for s in subjects)

    def _own_source(self, token: Token) -> bool:
        """Whether a rejected act has a doer of its own: "rejected Mali's demand" (the demand was
        made), "dismissed reports that its forces shelled towns" (the shelling is told, and
        denied); but what was refused or proposed did not happen, whoever its subject ("refused
        to let inspectors visit", "rejected a proposal that inspectors visit")."""
        if token.pos_ == "VERB" and token.head.lemma_.lower() not in self.words["allegation"]:
            return False
        return any(c.dep_ in ("poss", "compound", "amod", "nmod") and c._.actor for c in token.children) or any(
            c.dep_ in ("nsubj", "agent") for c in token.children)

    # -- events -----------------------------------------------------------------------------------

    def _events(self, trigger: Trigger, article: "ArticleState", sent: Span) -> list[Event]:
        token, sense = trigger.token, trigger.sense
        path = _path_to_clause_top(token, self.words["reporting"])
        if any(self._is_condition(node) for node in path):
            return []  # "unless Iraq accepted the terms": a hypothetical, told as neither done nor planned
        if any((self._is_condition(node, self.words["deadline"]) or _only_when(node)) and self._held_out(node)
               for node in path):
            return []  # "would not meet him until Belgrade handed over the suspects", "would release them only after
            # Chile withdrew": held out for, not done
        if "subject" in sense.flags and not _told_as_subject(token):
            return []  # "signed a truce", "called for a ceasefire": what another act is about
        if token.pos_ != "VERB" and _under_terms(token):
            return []  # "released prisoners under the truce deal": the terms acted on, no act told here
        if any(m.dep_ == "mark" and m.lower_ == "whether" for node in path for m in node.children):
            return []  # "did not say whether troops had been sent": an open question
        if any(_counterfactual(node) for node in path):
            return []  # "a resolution that would have demanded a ceasefire": what did not happen, nor will
        if any(m.dep_ == "advmod" and m.lower_ in self.words["habitual"] for node in path for m in node.children):
            return []  # "usually retaliates in kind": what a party does as a rule, no event
        status = self._status(token)
        if "future" in sense.flags:
            if status != "intended":
                return []
            status = "asserted"  # a stated future retaliation is a threat made
        if "warning" in sense.flags and not self._warns_of_future(token, article):
            return []
        if "armed" in sense.flags and not self._by_force(token):
            return []
        if sense.category in ("AID", "COOPERATE", "SUPPORT") and any(
                c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children):
            return []  # "tries to arm itself", "helped themselves": no help to another
        if "voiced" in sense.flags and not (token.dep_ == "dobj" and token.head.lemma_.lower() in self.words["voicing"]):
            return []  # "expressed concern", but not "security concerns", "a concern for Peru"
        if status == "intended" and sense.category in SPEECH_ACTS and _said_alongside(token):
            status = "asserted"  # "will send troops, accusing Minsk of ...": the accusation is made as it is said
        if status == "intended" and sense.category in VIOLENT and self._attempt_made(token):
            status = "asserted"  # "rebels tried to kill the governor": the attempt is the attack
        if status == "intended" and "charge" in sense.flags and token.dep_ == "xcomp" \
                and token.head.lemma_.lower() in self.words["attempt"]:
            status = "asserted"  # "said Russia was trying to destabilise it": the charge is made as it is said
        if "promise" in sense.flags and status == "asserted":
            status = "intended"  # "pledged aid": the aid is promised, not given
        if status == "intended" and sense.category not in COERCIVE and any(map(_only_when, _clauses_on(token, path))):
            return []  # "would hand over the soldiers only once the facts are established": a condition set, no plan
        if token.pos_ != "VERB" and (_told_before(token) or token.dep_ == "oprd" and "verdict" not in sense.flags):
            return []  # told before, or a label put on something ("labeled Cuba a threat"; but "called the move
            # unjustified" judges the move)
        if _mandative(token):
            return []  # "demanded that Israel ease the restrictions": asked for, not done
        if token.pos_ != "VERB" and self._topic_of_talks(token):
            return []  # "talks on the Gaza ceasefire": what is discussed, not done
        if token.dep_ == "pobj" and token.head.lower_ == "about" and token.head.head.lemma_.lower() in self.words["inquiry"]:
            return []  # "when asked about talks with Taipei": what a question is about
        if sense.category == "CONSULT" and token.dep_ == "pobj" and token.head.lower_ == "for" \
                and self._verb_category(token.head.head) == "SANCTION":
            return []  # "recalled its ambassador for consultations": held at home, with no other party
        if "content" in sense.flags and not _helped(token):
            return []  # "to help support the Palestinians": the support is the act
        if token.dep_ == "compound" and token.head.lemma_.lower() in self.words["armament"]:
            return []  # a kind of forces or arms ("invasion forces", "strike aircraft")
        speakers = self._speakers(token, article)
        speaker = speakers[0] if speakers else None
        denied_by = self._denier(token, article)
        if denied_by is not None:
            status = "denied"
        if "verdict" in sense.flags:
            sources, targets = self._verdict_arguments(token, article)
        elif token.pos_ == "VERB":
            sources, targets = self._verb_arguments(token, sense, article)
            if not sources and sense.category == "ASSAULT":  # "fighting between X and Y killed dozens"
                parties = self._between_parties(token, article)
                sources, targets = (parties[:1], parties[1:]) if len(parties) > 1 else (sources, targets)
            targets = targets or self._complement_targets(trigger, sources, article)
            if "received" in sense.flags:  # "received jets from Denmark": Denmark's aid to the receiver
                received = [t for c in token.children if c.dep_ == "dobj" for t in c.subtree if t.pos_ == "NOUN"]
                givers = article.actors_of(_prep_objects([token, *received], ("from",)))  # "a batch of jets from"
                sources, targets = givers, [s for s in sources if s not in givers]
        elif token.pos_ == "ADJ":
            sources, targets = self._adjective_arguments(token, sense, article)
        else:
            sources, targets = self._noun_arguments(token, sense, article)
            targets = targets or self._complement_targets(trigger, sources, article)
        if not targets and token.pos_ != "VERB":  # "their withdrawal from ECOWAS": the complement is a party
            targets = [key for key in article.actors_of([token.doc[i] for i in sorted(trigger.consumed)
                                                         if sense.kinds and self._kind(token.doc[i]) in sense.kinds])
                       if key not in sources]
        if not sources and token.pos_ != "VERB" and sense.category == "RETREAT":
            # "the ceasefire came into force": between the story's two sides, else, told as its clause's
            # subject, the two of the latest act between two (not whoever tells of it)
            sources = article.main_parties() or (article.latest_pair() if _told_as_subject(token) else [])
        if not targets and sense.category == "MOBILIZE":
            targets = _mobilized_against(token, sources, article)
        if not targets and sense.category == "RETREAT" and token.pos_ == "VERB":
            targets = _withdrawn_from(token, sources, article)
        if not targets and "breach" in sense.flags:  # a truce has two sides: the other is who tells of the breach
            targets = [teller for teller in (article.state_of(key) or key for key in speakers) if teller not in sources]
        if "charge" in sense.flags:  # "Peru said Chile violated the treaty": Peru's charge against Chile
            if token.dep_ == "pobj" and token.head.lower_ in GRIEVANCE_PREPS:
                return []  # "protested against violations by Chile": what a protest is about
            verb = _governing_verb(token) if token.pos_ != "VERB" else None
            doers = sources or (article.actors_of([c for c in verb.children if c.dep_ == "nsubj"])
                                if verb is not None else [])
            accuser = article.side(speaker) if speaker is not None else None  # (a group is its own side)
            targets = [d for d in doers if accuser is not None and article.side(d) != article.side(accuser)]
            sources, speakers, speaker = ([accuser], [accuser], accuser) if targets else ([], [], None)
        if "sighting" in sense.flags:  # "Taiwan detected 22 Chinese aircraft": China's, at Taiwan, on its word
            seen = [part for c in token.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)
                    for part in (o, *(p for p in o.children if p.dep_ == "compound"))]  # "Russian fighter jets"
            watchers = _unique(article.state_of(key) or key for key in sources)
            sources = _unique(article.state_of(key) or key for o in seen for key in article.owner_actors(o))
            targets = [w for w in watchers if w not in sources]
            speaker = speaker or next(iter(targets), None)
        if not sources and speaker is not None and sense.category != "ASSAULT" and (
                token.pos_ != "VERB" and not self._acted_on(token) and not _cause(token, article)
                or token.dep_ in ("ccomp", "xcomp") and _passive_subjects(token)) \
                and not self._answered(token, sense):
            # "talks were useful, Peru said": Peru's; "the prisoners will be released, a Kenyan spokesman
            # said"; but who reports an attack ("three were killed in a bombing, police said") did not make it,
            # and a coercion told before that a speaker refers back to ("the EU said the detention raised
            # questions") is no new act, nor the speaker's; nor is what a purpose or a gerund acts on ("accused
            # Peru of staging the clash to justify a buildup")
            if sense.category in COERCIVE and any(c.lower_ in ("the", "this") for c in token.children) and \
                    article.latest_doers(lambda told: told.sense.cameo == sense.cameo):
                return []
            sources = [article.side(speaker)]  # (a group speaks for itself, not for its state)
        if not sources or "obligation" in sense.flags and not set(targets) - set(sources):
            return []  # "said it must respond" asks nothing of anyone else
        earlier = next((told for told in reversed(article.events_so_far)
                        if told.category == sense.category and told.source in sources), None) \
            if token.pos_ != "VERB" and token.dep_ in ("dobj", "pobj") and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) else None
        if earlier is not None:  # "Russia vetoed the draft. Sudan welcomed the Russian veto": told before, by the
            article.events_so_far.append(replace(earlier, trigger=token.i))  # same party; now the latest told
            return []
        if "aimed" in sense.flags and not targets:
            return []  # "used tear gas to break up the march": the breaking up tells whom
        if "voiced" in sense.flags and not targets:  # "Japan also expressed concern": at who did the latest conflict
            targets = [t for t in article.latest_doers(lambda told: told.category not in COOPERATIVE | SPEECH_ACTS)
                       if t not in sources]
        category = sense.category
        if "crowd" in sense.flags:  # "Palestinians protested": its people, not the state
            sources = article.crowds(self._subjects(token)) or sources
        if "civilian" in sense.flags and not any(article.is_civilian(s) for s in sources):
            sources = article.crowds(self._subjects(token))  # "Nigerians demonstrated"
            if not sources:
                return []
        if any(article.is_civilian(s) for s in sources) and category in ("ASSAULT", "COERCE", "ACCUSE") and not (
                category == "ACCUSE" and any(w.lemma_.lower() in self.words["opposition"]
                                             for s in self._subjects(token) for w in (s, *s.children))):
            # a crowd's violence or outcry is a protest; a state's political opposition that criticizes accuses
            category = "PROTEST"
        if "at_assault" in sense.flags:
            heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
            # "fired shells at a border post", "drones at ...", not "on Monday"; "rockets into
            # northern Israel", not "into the sea"
            if any(obj.ent_type_ not in ("DATE", "TIME") for obj in _prep_objects(heads, ("at", "on"))) or any(
                    article.place_iso(obj) or article.actors_of([obj]) for obj in _prep_objects(heads, ("into",))):
                category = "ASSAULT"
        if status in ("denied",) and category in SYMMETRIC | YIELDING | {"SUPPORT"} and self._refusal(token):
            category, status = "REJECT", "asserted"  # "would not negotiate", "will not lift the sanctions", "will not back"
        elif status == "intended" and category in COOPERATIVE and self._path_says(path, "willingness"):
            category = "AGREE"  # "ready to talk": a stated willingness to cooperate
        elif status == "intended" and category in COERCIVE and (
                (self._conditional(token) or self._possible(token)) and not _foreseen_by_another(path, sources, article)
                or self._path_says(path, "willingness") or self._path_says(path, "vow")):
            category, status = "THREATEN", "asserted"  # "could impose sanctions (if ...)", "ready to", "vowed to": a threat made
        elif status == "intended" and category not in SYMMETRIC | SPEECH_ACTS | {"SUPPORT", "AID"} and \
                self._conditional(token, self.words["ultimatum"]):
            category, status = "THREATEN", "asserted"  # "will withdraw its troops unless ...": an ultimatum
        elif category == "AGREE" and token.lemma_.lower() in self.words["vow"] and any(
                content.sense.category in COERCIVE | {"THREATEN"} and self._status(content.token) != "denied"
                and not _guarded_against(content.token) for content in trigger.contents):
            # "pledged to continue the attacks": no promise to cooperate (but "promised it would not close the
            # border", "pledged to defend X against any attack" are)
            category, status = "THREATEN", "asserted"
        elif category == "AGREE" and status == "asserted" and token.pos_ == "VERB" and targets and any(
                content.sense.category in COERCIVE for content in trigger.contents):
            # "agreed to impose tariffs on X": a decision to coerce X, as "decided to" is, not a deal with X
            category = next(content.sense.category for content in trigger.contents if content.sense.category in COERCIVE)
        elif status == "denied" and token.lemma_.lower() in self.words["exclusion"]:
            left_open = self._left_open(token)  # "did not rule out sanctions": a threat made; talks: a willingness
            if left_open in COERCIVE:
                category, status = "THREATEN", "asserted"
            elif left_open in COOPERATIVE:
                category, status = "AGREE", "intended"
        if not targets and category == "AID":  # "delivered food to 100,000 people in Kharkiv": to that state's people
            recipients = [r for r in _prep_objects([token, *(c for c in token.children if c.dep_ == "dobj")], ("to", "for"))
                          if not article.actors_of([r])]
            targets = _unique(article.state_of(f"state:{iso}") for p in _prep_objects(recipients, ("in",))
                              for iso in [article.place_iso(p)] if iso)
        if not targets and sources and (self._mediation(token, sense) or _hosted_talks(trigger)):
            # "Brazil offered to mediate", "hosted the negotiations", "the truce, brokered by the US and France":
            mediators = {article.side(source) for source in sources}
            targets = [side for side in article.main_parties() if side not in mediators]  # the two sides
        if not targets and category in SYMMETRIC and len(sources) == 1:
            targets = article.other_party(sources[0]) or article.partner_of(sources[0])
        if not targets and category in ADDRESSED and path[-1].i != token.i \
                and path[-1].lemma_.lower() in self.words["reporting"]:
            # "Russia told Finland it would respond to ...": a threat, demand or offer told to a party is made to it
            targets = [t for t in article.actors_of(_addressed(path[-1])) if t not in sources]
        for_others = len(sources) > 1 and "promise" in sense.flags and self._pledged_to_another(token, sources, article)
        if not targets and (len(sources) == 1 or for_others) and category not in UNTARGETED \
                and not _unknown_party(token, category, sources, article):
            # (what several parties pledge or offer is for another, not for each other); a noun that another
            # act is about ("condemned Russia's strikes", "complained to the UN about Israeli raids") is not
            # aimed at that act's parties; failing a counterpart in the sentence, the story's other side
            # ("Thailand rejected the idea")
            verb = _governing_verb(token) if token.pos_ != "VERB" else None
            other_act = verb is not None and self._verb_category(verb) not in (None, "", category)
            reaction = verb is not None and verb.lemma_ in self.words["reaction"]
            onlookers = article.actors_of(_arguments(verb, besides=token, other_act=other_act, reaction=reaction)) \
                if verb is not None else []
            # nor is it aimed at whom a condemned act hit, or at the topic of talks ("a conference on Sudan")
            topics = _prep_objects([token, *(c for c in token.children if c.dep_ == "dobj")], ("on",)) \
                if category in SYMMETRIC else []
            if "topic" in sense.flags:  # nor at the owner of what it is about or done with ("used Iranian missiles")
                topics += [c for c in token.children if c.dep_ == "dobj"]
            aside = [article.keys[t.i] for phrase in [*self._condemned_acts(token, category), *topics]
                     for t in phrase.subtree]
            targets = article.sole_counterpart(token, sources, [speaker, *onlookers, *aside]) or (
                article.other_party(sources[0]) if len(sources) == 1 and category != "PROTEST" else [])
            # (a protest naming no one is not at the story's other side, but at the authorities where it is held)
        if not targets and category == "REQUEST" and sources and self._asks_for_mutual(token) \
                and not {article.side(source) for source in sources} & set(article.main_parties()):
            targets = article.main_parties()  # "the AU called for a ceasefire", "the US and China called for
            # restraint": third parties naming no one ask both sides
        if category in ("ACCUSE", "THREATEN") and len(sources) == 1 and targets and \
                set(targets) <= set(self._venues(token, article)):
            # "filed a complaint with the WTO", "threatened to take the dispute to the court": the
            # organization hears the complaint; it is against the other side, else whoever last acted against
            # the complainant, whom the story may not name
            targets = article.other_party(sources[0]) or article.latest_against(sources[0])
        if category == "REQUEST" and any(c.sense.mode == "release" for c in trigger.contents):
            # "called for the journalist to be freed": of whoever last detained or seized someone, who holds them
            # (not the captive's own state, which "the Swedish journalist" names)
            held = next((told for told in reversed(article.events_so_far) if told.category == "COERCE"), None)
            held_side = article.side(held.target) if held is not None and held.target else None
            if not targets or held_side is not None and {article.side(t) for t in targets} <= {held_side}:
                captors = [doer for doer in article.latest_doers(lambda told: told.category == "COERCE")
                           if article.side(doer) not in {article.side(source) for source in sources}]
                targets = captors or targets
        if not targets and len(sources) == 1 and sense.mode == "threat of retaliation":
            targets = article.latest_against(sources[0])  # "Chile imposed tariffs on Peru. Peru vowed to retaliate."
        at_home = False  # crowds that protest where no place is told: each at its own authorities
        if not targets and (category == "PROTEST" or category == "REQUEST" and all(map(article.is_civilian, sources))):
            # a protest or a crowd's demand naming no one is aimed at whom it is against ("an anti-Israel
            # rally"), else at the authorities where it is held: of the place the sentence puts it in ("Sri
            # Lankan inmates rioted at a prison in India"), else the crowd's own
            held, opposed = article.place_of_sentence(token), article.opposed(token)
            at_home = not held and not opposed
            targets = opposed or ([article.state_of(f"state:{held}")] if held else _unique(
                state for s in sources for state in [article.state_of(s)] if state and state != s))
        if category in ("COERCE", "ASSAULT") and len(sources) == 1 and article.state_iso(sources[0]):
            # "Egyptian police dispersed demonstrators": people a state's forces act on, where no
            # place says otherwise, are in that state
            targets = _unique(article.civilian_group(token, sources[0])
                              if article.is_civilian(t) and article.state_iso(t) is None else t for t in targets)
        placed = [t for t in (trigger, *trigger.contents)
                  if t.sense.category in ("COERCE", "CONCEDE") and "place" in t.sense.flags]
        if placed and not targets and len(sources) == 1:
            # "imposed a curfew on Mombasa", "declared martial law", "lifted the state of emergency",
            # "threatened to impose a curfew in Algiers": on the people of the place it names, or else
            # of the imposer's own land
            home = article.place_of_sentence(placed[0].token) or article.state_iso(sources[0])
            targets = [article.civilian_group(token, f"state:{home}", name="Residents")] if home else []
        evidence = article.evidence(sent, token)
        day = self._day(token, path, category, status, article.published)
        location = self._location(token)
        claimant = speaker if denied_by is None else denied_by
        events = []
        if category in COOPERATIVE:  # a person's own state is no counterpart of what the person does
            # ("Maduro agreed to accept flights of Venezuelan migrants from the U.S.": with the U.S.)
            targets = [t for t in targets if not any(article.serves(s, t) for s in sources)]
        pairs = [(s, t) for s in sources for t in (targets or [None])
                 if s != t and (not at_home or t in (None, article.state_of(s)))]
        if not targets and len(sources) > 1 and category in JOINT and sense.mode != "mediation" and not for_others \
                and not _unnamed_states(token, article) \
                and not (category == "ASSAULT" and any(c.dep_ == "dobj" and c.i not in trigger.consumed
                                                       for c in token.children)) \
                and not (category == "SUPPORT" and sense.cameo == "051"
                         and {article.side(s) for s in sources} != set(article.main_parties())):
            # with each other (not co-mediators or co-donors, nor who attack something together, nor who act on
            # a party not named, "backed opposing sides", nor third parties who welcome or praise something
            # together; but the story's two sides do so of each other)
            pairs = [(sources[i], sources[j]) for i in range(len(sources)) for j in range(i + 1, len(sources))]
        elif not targets and len(sources) > 1 and self._reciprocal(token):  # "traded accusations": each at the others
            pairs = [(s, t) for s in sources for t in sources if s != t]
        if sense.category == "CONSULT" and category in ("CONSULT", "AGREE"):
            # "hosted talks between X and Y": with each, and X and Y with each other; "offered to host
            # talks between both countries": an offer to each
            # (the host's own minister is none of the parties: "brokered after calls between its minister and ...")
            parties = [t for t in self._between_parties(token, article)
                       if t not in sources and not any(article.serves(t, s) for s in sources)] or (
                targets if _hosted_talks(trigger) else [])  # "hosted the negotiations": the two sides
            if len(parties) > 1 and (not targets or set(parties) <= set(targets)):
                pairs = [(s, t) for s in sources for t in parties]
                met = any(told.category == "CONSULT" and told.target is not None and {
                    article.side(told.source), article.side(told.target)} == set(parties) for told in article.events_so_far)
                if sense.mode != "mediation" and category == "CONSULT" and not met:  # a mediator may carry messages
                    # between parties who never meet; talks told before ("The meeting was hosted by ...") are told
                    pairs += [(parties[i], parties[j]) for i in range(len(parties)) for j in range(i + 1, len(parties))]
        # "agreed to release the prisoners", "agreed to step down": a commitment to an act of one's own
        committed = category == "AGREE" and token.pos_ == "VERB" and any(
            c.dep_ == "xcomp" and self._verb_category(c) not in (None, "", *SYMMETRIC) for c in token.children)
        speaking_sides = {article.side(speaker) for speaker in speakers}
        for source, target in pairs:
            if target is None and category in SYMMETRIC and not committed:
                continue  # "the cabinet met": talks or a deal with no one named are no relation
            # "X and Y met ..., the two governments said": both parties tell it, each of itself
            told_jointly = len(speaking_sides) > 1 and target is not None and {
                article.side(source), article.side(target)} <= speaking_sides
            events.append(Event(category=category, source=source, target=target, status=status,
                                # a code of the sense's category, not of the one it was coded as
                                # ("could impose sanctions" is no 16): the category names its CAMEO roots
                                cameo=sense.cameo if category == sense.category else None, mode=sense.mode,
                                claimant=claimant if claimant not in (source, None) and (
                                    denied_by is not None or source not in speakers and not told_jointly)
                                else None,
                                date=day, location=location, confidence=self._confidence(token, target),
                                evidence=(evidence,)))
            article.events_so_far.append(Told(sense, token.i, source, target, category))
        if speakers:
            article.reported.update(events)
        return events

    def _acted_on(self, noun: Token) -> bool:
        """Whether an event noun is the object of a verb with no tense of its own ("to justify a
        buildup", "of staging an attack"), other than a light verb that carries it ("to hold talks"), or
        of a verb that opposes it ("said they opposed the deployment"): that verb's doer, whoever it is,
        acts on it; who tells of it does not tell of doing it."""
        verb = noun.head
        return noun.dep_ == "dobj" and (verb.tag_ in ("VB", "VBG") and verb.dep_ in ("advcl", "pcomp", "xcomp", "acl")
                                        and verb.lemma_.lower() not in self.words["light"]
                                        or self._verb_category(verb) in ("ACCUSE", "REJECT"))

    @staticmethod
    def _location(trigger: Token) -> str | None:
        """Where an act took place, when the sentence says so with a place that is no actor: "met
        in Geneva", "held talks at the Camp David retreat". Up the clause to the statement that
        tells it ("told reporters at his country retreat: ..."): where it was said."""
        nodes = [trigger]
        node = trigger if trigger.pos_ == "VERB" else _governing_verb(trigger)
        while node is not None and len(nodes) < 5:
            nodes.append(node)  # the verb of the clause, and the statements above it
            node = node.head if node.dep_ in ("ccomp", "xcomp", "conj") and node.head.i != node.i else None
        for node in nodes:
            for prep in node.children:
                if prep.dep_ == "prep" and prep.lower_ in ("in", "at"):
                    for place in prep.children:
                        name = place_name(place) if place.dep_ == "pobj" else None
                        if name:
                            return name
        return None

    def _confidence(self, token: Token, target: str | None) -> float:
        """A rough score: verbs with both arguments read off the parse are the surest."""
        score = 0.6 if token.pos_ == "VERB" else 0.5
        return round(score + (0.2 if target else 0.0), 2)

    def _verb_arguments(self, verb: Token, sense: TriggerSense, article: "ArticleState") -> tuple[list[str], list[str]]:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
        passive_subjects = _passive_subjects(verb)
        if sense.category == "COERCE" and _bare_participle(verb):  # "fishermen seized near the reef"
            subjects, passive_subjects = [], subjects
        if passive_subjects and verb.lemma_ in self.words["stance"] and any(
                c.dep_ == "prep" and c.lower_ == "to" for c in verb.children):  # "Japan is opposed to the plan"
            subjects, passive_subjects = passive_subjects, []
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        sources = article.actors_of(agents) if agents else article.actors_of(subjects)
        if sources and subjects:  # "Germany, along with France, urged ...": France too
            sources = _unique([*sources, *article.actors_of(_companions([verb, *subjects]))])
        own_subjects = [s for s in subjects if s.tag_ not in ("WP", "WDT")]  # "who hosted": the relative's head
        if not sources and not own_subjects and not agents and not passive_subjects:  # a subject of its own,
            sources = article.actors_of(self._controller(verb))  # even an unknown one, is never borrowed
        if not sources and passive_subjects and not agents and sense.category in SYMMETRIC and verb.dep_ == "conj":
            # "discussed water rights, but no agreement was reached": by those of the clause it is coordinated with
            sources = article.actors_of([c for c in verb.head.children if c.dep_ == "nsubj"])
        if not sources and passive_subjects and sense.category == "ASSAULT":  # "was killed in a bomb blast"
            sources = next((article.set_off_by(o) for o in _prep_objects([verb], ("in",))
                            if o.lemma_.lower() in self.words["explosive"] and not article.owner_actors(o)), [])
        targets = self._direct_targets(verb, sense, article, passive_subjects)
        if not targets and sense.category == "ASSAULT":  # "struck Kharkiv, killing three"; "killed four
            # people when their bomb exploded in Haifa": the clauses of one act are in one place
            clauses = [verb, *([verb.head] if verb.dep_ in ("advcl", "conj") else []),
                       *(c for c in verb.children if c.dep_ == "advcl")]
            targets = next(filter(None, (_struck_states(clause, sources, article, objects=clause.i != verb.i or
                                                        "topic" not in sense.flags) for clause in clauses)), [])
        if not targets and "content" in sense.flags:  # "allowed [UN inspectors to visit]", "help [Chad fight]"
            targets = article.actors_of(_helped(verb))
        if not sources and passive_subjects and "content" in sense.flags and sense.category in YIELDING:
            # "inspectors were allowed to visit a site in Iran": by the state where it happens
            home = article.place_of_sentence(verb, exclude=next(iter({article.state_iso(t) for t in targets}), None))
            sources = [f"state:{home}"] if home else []
        if not sources and passive_subjects and (sense.category == "COERCE" or "expulsion" in sense.flags):
            # "were detained in Iran", "deported from Chad", "a diplomat was expelled from Estonia": by its
            # authorities; "fishermen seized near the reef": by the other side
            # ("was summoned to the foreign ministry in Lima", "Peru's ambassador to Chile was summoned": by the
            # state whose body summons the envoy, or the one the envoy is posted to)
            # (and "were ordered to leave Estonia": by the state they are to leave)
            left = [o for x in verb.children if x.dep_ == "xcomp" for o in x.children if o.dep_ == "dobj"]
            sources = [key for key in _actors_in(verb, ("in", "from"), article) + article.actors_of(left)
                       if article.state_iso(key)][:1] or [
                key for key in article.actors_of(_prep_objects([verb], ("to",)) + _prep_objects(passive_subjects, ("to",)))
                if "expulsion" in sense.flags and article.state_iso(key) and key not in targets][:1] or (
                article.other_party(targets[0]) if targets else [])  # (but "deported to Kenya" is where they go)
        if not sources and passive_subjects and "air_defence" in sense.flags:
            # "a drone was shot down over Polish airspace", "..., Poland's army said": by the state whose sky
            # it was in, else by the state that tells of it
            skies = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("over", "in")
                     for p in prep.children if p.dep_ == "pobj"]
            sources = [key for key in article.actors_or_owners(skies) if article.state_iso(key)][:1] or [
                state for state in (article.state_of(k) or k for k in self._speakers(verb, article))
                if state not in targets][:1]
        if not targets and verb.dep_ in ("conj", "advcl") and verb.head.pos_ == "VERB" and not subjects \
                and not passive_subjects and not _prep_objects([verb], TARGET_PREPS) and not any(
                c.dep_ == "dobj" and any(m.lower_ == "other" for m in c.children) for c in verb.children):
            # "suspending relations with X and recalling its envoy", "condemned X, calling it ..." (but
            # "... and called on Western powers to": at those it names, if no actor; "thanked X and urged
            # other countries to follow": at others than X)
            targets = self._direct_targets(verb.head, sense, article)
        if not targets:  # "training and funding the rebels", "ramming and damaging a Philippine vessel"
            targets = article.actors_or_owners(_shared_objects(verb))
        if not targets and sense.category == "THREATEN":  # "would respond ... if Guyana allowed ..."
            for clause in verb.subtree:
                if self._is_condition(clause):
                    targets += article.actors_of([c for c in clause.children if c.dep_ == "nsubj"])
        if sense.category == "REQUEST":  # "demanded that Turkey withdraw", "said Iran must allow",
            # "called for Peru to act"
            # "demanded the release of aid workers detained in Mali": of Mali, not of the aid workers
            targets = self._holders(verb, article) or targets or article.actors_of(
                [subject for clause in verb.children if clause.dep_ == "ccomp" or _for_clause(clause)
                 for subject in clause.children if subject.dep_ == "nsubj"])
        # "X and Y agreed to ...": with each other; but what they pledge or offer is for others
        joint = len(sources) > 1 and sense.category in JOINT and "promise" not in sense.flags
        if not targets and sense.category in ABSORBING and not joint:  # "threatened to impose tariffs on Thailand"
            for complement in self._complement_acts(verb):
                inner = [c for c in complement.children if c.dep_ in ("dobj", "dative")]
                targets += article.actors_of(inner) or self._prepositional_targets(complement, article)
                for obj in inner:
                    targets += self._prepositional_targets(obj, article)
        if not targets and "place" in sense.flags:  # "arrived in Amman for talks with the king": the king; else
            # the host ("arrived in Amman")
            targets = [t for purpose in _prep_objects([verb], ("for",)) for t in self._prepositional_targets(
                purpose, article, topical=True)] or _actors_in(verb, ("in", "at"), article)
        if not targets and self._rejected_allegation(verb):  # "..., an accusation Lima rejects": at whoever made it
            told = verb.head.head
            targets = self._speakers(told, article) or article.actors_of([c for c in told.children if c.dep_ == "nsubj"])
        if sense.category == "CONSULT" and sense.cameo == "045":  # mediation: the mediator and each party
            parties = self._mediated_parties(verb, article)
            if parties:
                targets = parties
        return _unique(sources), _unique(t for t in targets if t not in sources)

    def _complement_acts(self, verb: Token) -> list[Token]:
        """The verbs of the clauses a verb takes ("threatened to impose"), through a verb of helping that
        helps no one ("offered to help mediate between A and B": the mediation)."""
        acts = []
        for complement in verb.children:
            if complement.dep_ not in ("xcomp", "ccomp") or complement.pos_ not in ("VERB", "AUX"):
                continue
            helping = any("content" in s.flags for s in self.lexicon.senses("V", complement.lemma_)) \
                and not _helped(complement)
            helped_acts = [c for c in complement.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] if helping else []
            acts += helped_acts or [complement]
        return acts

    def _holders(self, verb: Token, article: "ArticleState") -> list[str]:
        """Who holds the people whose release a verb asks for ("called for the release of hostages
        held by Hamas", "demanded the release of citizens detained in Iran"): who is asked to free them;
        or whose forces it asks to withdraw ("called for the withdrawal of Eritrean troops from Ethiopia")."""
        releases = [n for n in (*(c for c in verb.children if c.dep_ == "dobj"), *_prep_objects([verb], ("for",)))
                    if any(s.category == "RETREAT" for s in self.lexicon.senses("N", n.lemma_))]
        held = _prep_objects(releases, ("of",))
        return article.actors_of(_done_by(held)) or self._forces_owners(held, article) or [
            article.state_of(f"state:{iso}") for noun in held for p in noun.children if _done_participle(p)
            for iso in [article.place_of_sentence(p)] if iso][:1]

    def _forces_owners(self, nouns: list[Token], article: "ArticleState") -> list[str]:
        """Whose forces or weapons some nouns are, as their qualifiers say ("Russian troops", "NATO's jets")."""
        return article.actors_of([q for noun in nouns if noun.lemma_.lower() in self.words["armament"]
                                  for q in noun.children if q.dep_ in ("poss", "amod", "compound", "nmod")])

    def _direct_targets(self, verb: Token, sense: TriggerSense, article: "ArticleState",
                        passive_subjects: list[Token] | None = None) -> list[str]:
        """Who a verb's own phrase says it acts on: its passive subject, its object, or a target
        preposition on the verb or on its object ("sanctions on Iran", "talks with Ethiopia")."""
        passive_subjects = _passive_subjects(verb) if passive_subjects is None else passive_subjects
        if sense.category == "ACCUSE":  # "complained to the UN about Israeli raids": whoever did what is complained of
            grievances = [o for head in (verb, *(c for c in verb.children if c.dep_ == "dobj"))
                          for prep in head.children if prep.dep_ == "prep" and prep.lower_ in ("about", "over")
                          for o in prep.children if o.dep_ == "pobj"]
            accused = [key for grievance in grievances for key in article.owner_actors(grievance)] \
                or article.actors_of(self._agents_of(grievances, made=True))
            # "filed a WTO complaint against Indian tariffs": against India, before the forum that qualifies it;
            # but an act condemned is aimed at its doer, not at whom it was against ("condemned Israel's attack
            # against Lebanon", "what it called Israel's aggression against Lebanon", "abuses by the army
            # against civilians")
            charges = [c for c in verb.children if c.dep_ in ("dobj", "oprd")
                       and c not in self._acts([c], "ACCUSE")]
            accused = accused or [key for c in charges if not any(s.category for s in self.lexicon.senses("N", c.lemma_))
                                  and not article.keys[c.i] and c.lemma_.lower() not in self.words["role"]
                                  for key in (article.actors_of([c]) if c.lemma_.lower() in self.words["insurgent"]
                                              else article.owner_actors(c))] \
                or article.actors_of(self._agents_of(charges, made=True)) \
                or article.actors_or_owners(_prep_objects(charges, ("against",)))
            if accused:
                return accused
        if passive_subjects:
            targets = article.actors_of(passive_subjects)
            if targets:
                return targets
        # "recalled its ambassador", "their first encounter", "called it": the subject's own, or a thing
        # (but "Israel summoned their envoys": others')
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "attr") and (
            article.keys[c.i] or c.lemma_.lower() in self.words["counterpart"] or not (
                c.lower_ in ("it", "this", "that") or _owned_by_subject(c, verb)))
            and "topic" not in sense.flags]
        found = [(obj, t) for obj in objects for t in article.actors_of([obj]) or article.owner_actors(obj)]
        if any(not article.keys[obj.i] and t.startswith("state:") for obj, t in found):
            # "Israel's foreign minister recalled Israel's ambassadors from Spain": from Spain, the envoys being his own
            own = {article.side(key) for key in article.actors_of([c for c in verb.children if c.dep_ == "nsubj"])}
            found = [(obj, t) for obj, t in found if article.keys[obj.i] or not (t.startswith("state:") and t in own)]
        targets = [t for _, t in found]
        if not objects and verb.dep_ == "relcl" and (verb.head.dep_ in ("npadvmod", "appos") or verb.head.dep_ == "attr"
                                                      and _reported_clause(verb.head.head, self.words["reporting"])) and (
                verb.head.head.pos_ == "VERB" or verb.head.lemma_.lower() in self.words["anaphor"]) and not any(
                c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children):
            # "recognized Palestine, a move (that) Israel condemned", "expelled two diplomats, a decision Lima
            # condemned": what the noun beside the clause stands for
            beside = self._told_beside(verb.head)
            targets = article.actors_of(beside) or [t for noun in beside for t in article.anaphor(noun, self)]
        if not targets:  # the object's own ("a complaint against Washington at the WTO") before the verb's;
            # but an act condemned is aimed at its doer, not at whom it hit ("condemned the attack on the
            # mosque in Kabul", "the attack by the rebels")
            condemned = self._condemned_acts(verb, sense.category)
            targets = [t for obj in objects if obj not in condemned for t in self._prepositional_targets(
                obj, article, joint=sense.category in AT_VENUES, topical=sense.category in SYMMETRIC)] or [
                t for obj in condemned for t in self._doers(obj, article)]
        if not targets:
            targets = self._prepositional_targets(verb, article, joint=sense.category in AT_VENUES,
                                                  topical=sense.category in SYMMETRIC)
        if not targets and "topic" in sense.flags:  # "discussed the situation with Peru": the partner, which the
            # parser hangs on the topic
            targets = article.actors_of(_prep_objects([c for c in verb.children if c.dep_ == "dobj"], ("with",)))
        # "shot down 48 of the drones": the drones (read only while no target is found)
        groups = [_partitive_group(obj, self.words["partitive"]) for obj in objects] if not targets else []
        if not targets and sense.category in ("ASSAULT", "COERCE"):
            # "shot down drones launched by the Houthis", "seized a tanker operated by Iran": whose they are
            targets = article.actors_of(_done_by(groups))
        if not targets and "air_defence" in sense.flags and any(o.lemma_.lower() in self.words["armament"] for o in groups):
            # "shot down drones during a Russian attack on Ukraine": the weapons of the attack the sentence names
            targets = next((owners for t in article.sentence(verb) if t.i != verb.i and any(
                s.category == "ASSAULT" for s in self.lexicon.senses("N", t.lemma_)) for owners in [article.owner_actors(t)]
                if owners), [])
        if not targets and sense.category == "COERCE":  # "banned the rally", "broke up the demonstration": its protesters
            targets = [article.civilian_group(obj, None) for obj in objects
                       if any(s.category == "PROTEST" for s in self.lexicon.senses("N", obj.lemma_))][:1]
        if not targets and (sense.category not in COOPERATIVE or sense.category == "SUPPORT"):
            for obj in objects:  # "condemned the launch", "welcomed the move": its actor; "discussed the launch": a topic
                targets += article.anaphor(obj, self)
        return targets

    @staticmethod
    def _prepositional_targets(head: Token, article: "ArticleState", joint: bool = False,
                               topical: bool = False) -> list[str]:
        """Actors in the target prepositions of a head: "on X", "with X", "against X", "between X and
        Y"; on a noun also "of X", "for X", "from X" and "by X" ("the pull-out of Croatian troops",
        "aid for Poland", "rejected an offer from Kabul"). An act done together is done at a venue,
        not at a party ("signed the accord at the White House"); talks and deals, and documents, are on a
        topic ("exchanged views on Taiwan", "vetoed a resolution on Sudan")."""
        preps = NOMINAL_TARGET_PREPS + ("from", "by") if head.pos_ in ("NOUN", "PROPN") else TARGET_PREPS
        topical = topical or head.lemma_.lower() in article.words["document"]  # "a resolution on Sudan": what about
        preps = tuple(p for p in preps if not (joint and p == "at" or topical and p == "on"))
        targets: list[str] = []
        # "with X and with Y": the second preposition is the first one's conjunct; "sent aid to X": the parser's
        # dative "to" is a preposition too
        for prep in [p for child in head.children if child.dep_ == "prep" or child.dep_ == "dative" and child.pos_ == "ADP"
                     for p in (child, *child.conjuncts)]:
            if prep.lower_ in preps + ("between",):
                pobjs = [p for p in prep.children if p.dep_ == "pobj"
                         and not (prep.lower_ == "with" and p.lemma_.lower() in article.words["assistance"])]
                targets += article.actors_or_owners(pobjs) or \
                    article.actors_of(_origins(pobjs))
        return targets

    def _subjects(self, trigger: Token) -> list[Token]:
        """The subject phrases of a verb trigger, or of the verb that carries a noun trigger."""
        verb = trigger if trigger.pos_ == "VERB" else _governing_verb(trigger)
        if verb is None:
            return []
        return [c for c in verb.children if c.dep_ == "nsubj"] or self._controller(verb)

    def _told_beside(self, noun: Token) -> list[Token]:
        """Whom a noun set beside a clause refers to ("refused to join the sanctions, a stance that
        ...", "expelled two diplomats, a decision that ..."): an act it names is told by `anaphor`;
        any other noun (a stance, a policy) stands for the clause, done by its subject."""
        if noun.lemma_.lower() in self.words["anaphor"] and noun.lemma_.lower() not in self.words["decision"]:
            return [noun]  # (but "..., a move that ...", "a decision that" stand for the clause)
        clause = _governing_verb(noun)
        if clause is not None and noun.dep_ == "attr":  # "X signed a pact, officials said, a move that ...": the
            clause = _reported_clause(clause, self.words["reporting"])  # pact's signing, not the saying
        if clause is None:
            return []
        return [c for c in clause.children if c.dep_ == "nsubj"] or self._controller(clause)

    def _controller(self, verb: Token) -> list[Token]:
        """The subject a verb without one shares with the verb it depends on: control ("threatened
        to impose"), coordination ("recalled ... and closed"), relative clauses ("who hosted")."""
        accusing = self._accusing_verb(verb)
        if accusing is not None:  # "accused Chad of shelling": Chad
            return [c for c in accusing.children if c.dep_ == "dobj"]
        token = verb
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_.startswith("aux") for c in verb.children):
            return []  # "when asked about ...": a reduced passive, whose doer is not the clause's subject
        for _ in range(4):
            if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in self.words["document"]:
                issuer = _governing_verb(token.head)  # "adopted a resolution demanding": the adopters
                return [c for c in issuer.children if c.dep_ == "nsubj"] if issuer is not None else []
            if token.dep_ == "relcl" or token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ in ("NOUN", "PROPN"):
                return [token.head]  # "who hosted", "demonstrators protesting the results"
            if token.dep_ == "acl" and token.head.lemma_.lower() in self.words["willingness"] | self.words["intent"] \
                    | self.words["attempt"] | self.words["decision"]:
                token = token.head  # "stressed its willingness to mediate", "has no plans to cut ties", "China's
                # decision to lift tariffs": the owner
                owners = [c for c in token.children if c.dep_ == "poss" or c.dep_ in ("amod", "compound") and c._.actor]
                if owners:  # "its plan to", "a Chilean plot to"
                    return owners
                agents = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for p in c.children
                          if p.dep_ == "pobj"]
                if agents:  # "an attempt by militants to"
                    return agents
                verb = _governing_verb(token)
                if verb is None or verb.lemma_.lower() in self.words["defence"] or token.lemma_.lower() in \
                        self.words["decision"]:
                    return []  # "foiled an attempt to bomb the embassy", "condemned the decision to": not theirs
                return [c for c in verb.children if c.dep_ == "nsubj"]
            # "attr": a progressive the parser hangs off its auxiliary ("Qatar is [mediating]")
            if token.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "pcomp", "acomp", "attr") or \
                    token.head.i == token.i:
                return []
            head = token.head
            if head.pos_ in ("ADJ",) and head.dep_ == "acomp":  # "ready to talk"
                head = head.head
            if token.dep_ == "pcomp" and head.dep_ == "prep" and (
                    head.lower_ in GERUND_TIME_PREPS
                    or head.head.lemma_.lower() in self.words["failure"] | self.words["intent"]
                    | self.words["willingness"]):
                # "refrained from imposing", "stopped short of imposing", "has no intention of attacking",
                # "responded by imposing", "spoke after meeting X": the subject of the clause the phrase modifies
                owner = head.head
                while owner.pos_ not in ("VERB", "AUX") and owner.dep_ in ("advmod", "dobj", "acomp", "attr"):
                    owner = owner.head
                subjects = [c for c in owner.children if c.dep_ == "nsubj"] if owner.pos_ in ("VERB", "AUX") else []
                if subjects or owner.pos_ not in ("VERB", "AUX"):
                    return subjects
                token = owner  # "rejected the claims and retaliated by expelling": whoever retaliated
                continue
            objects = [c for c in head.children if c.dep_ == "dobj"]
            if token.dep_ == "xcomp" and objects and head.lemma_.lower() in self.words["object_control"]:
                return objects  # object control: "urged Algiers to settle", "..., prompting Lima to accuse"
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if token.dep_ == "conj" and head.dep_ == "ccomp" and head.head.lemma_.lower() in self.telling \
                    and self._verb_category(verb) in SPEECH_ACTS and (
                        self._no_doer_of(verb, subjects) or _back_in_telling_tense(verb, head) and any(
                            t._.actor for c in head.head.children if c.dep_ == "nsubj" for t in c.subtree)):
                # "said the ship was in its waters and urged Vietnam to ...", "said Peru had ... and urged Peru
                # to stop", "warned that the fighting threatened civilians and called on ...", "said Chile had
                # sent the drones and called the incursion a provocation": the parser hangs the second verb
                # on the reported clause, but the sayer urges
                return [c for c in head.head.children if c.dep_ == "nsubj"]
            if token.dep_ in ("xcomp", "conj", "advcl", "acomp", "attr") and subjects:
                return subjects
            if token.dep_ == "ccomp":
                return []
            token = head
        return []

    @staticmethod
    def _no_doer_of(verb: Token, subjects: list[Token]) -> bool:
        """Whether subjects cannot be a speech act's doer: they name no actor, or the one it is aimed at."""
        doers = {t._.actor for s in subjects for t in s.subtree} - {None}
        aimed = {t._.actor for o in verb.children if o.dep_ == "dobj" for t in o.subtree} - {None}
        return not doers or bool(doers & aimed)

    @staticmethod
    def _between_parties(trigger: Token, article: "ArticleState") -> list[str]:
        """The actors of a "between X and Y" phrase in a trigger's own phrase, or in that of the noun
        it qualifies ("a mediation effort between X and Y")."""
        phrase = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger
        return [key for prep in phrase.subtree if prep.dep_ == "prep" and prep.lower_ == "between"
                and prep.head.pos_ in ("NOUN", "PROPN", "VERB")
                and not _in_modifier_clause(prep)
                for key in article.actors_of([p for p in prep.children if p.dep_ == "pobj"])]

    def _mediated_parties(self, verb: Token, article: "ArticleState") -> list[str]:
        """The parties of a mediated event: "a prisoner exchange brokered by Qatar", "held talks, mediated by
        Oman" -> the exchange's or the talks' parties."""
        noun = verb.head if verb.dep_ == "acl" else next(iter(_passive_subjects(verb)), None) \
            if verb.dep_ == "advcl" else None
        if noun is None:
            return []
        holder = noun.head.head if noun.dep_ == "pobj" else noun.head
        # "agreed to restore ties after talks brokered by Turkey": the subject of the clause above
        return article.actors_of([c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]) or (
            article.actors_of(self._controller(holder)) if holder.pos_ == "VERB" else [])

    def _sayer(self, word: Token, article: "ArticleState") -> str | None:
        """Who says a judgment ("Lima said the claims were baseless", "... said the strikes were
        illegal"): the speaker's state, or the speaker; None when no one says it."""
        return article.first_as_state(self._speakers(word, article))

    def _verdict_arguments(self, word: Token, article: "ArticleState") -> tuple[list[str], list[str]]:
        """"Warsaw said the incursion was an act of aggression", "... said the strikes were illegal": the
        sayer accuses the doer of the act judged (its own doers, its owner, or the act "it" refers back
        to); told by no one, it is none."""
        if word.dep_ == "oprd":  # "called the move unjustified": the caller judges the object
            sayer = article.first_as_state(article.actors_of([c for c in word.head.children if c.dep_ == "nsubj"]))
            judged = [c for c in word.head.children if c.dep_ == "dobj"]
        else:
            sayer = self._sayer(word, article)
            judged = [c for c in word.head.children if c.dep_ == "nsubj"]
        if sayer is None:
            return [], []
        doers = [t for act in self._acts(judged, "ACCUSE") for t in self._doers(act, article)] or [
            t for subject in judged for t in article.owner_actors(subject) or article.anaphor(subject, self)]
        return [sayer], [t for t in _unique(doers) if article.side(t) != article.side(sayer)]

    def _adjective_arguments(self, adjective: Token, sense: TriggerSense,
                             article: "ArticleState") -> tuple[list[str], list[str]]:
        """"Ankara was open to new talks with Athens": the subject of the copula acts; the
        target is in the phrase that names the act. "Lima said Chile's claims were baseless": the
        sayer dismisses the claims of their makers."""
        verb = adjective.head if adjective.dep_ in ("acomp", "oprd") else None
        if "blame" in sense.flags:  # "held Greece responsible for", which the parser reads as "Greece responsible",
            # as a small clause ("Greece" its subject) or with the adjective as the object's predicate
            held = adjective.head if adjective.dep_ == "amod" and adjective.head.dep_ == "dobj" else None
            own = [c for c in adjective.children if c.dep_ == "nsubj"] if adjective.dep_ == "ccomp" else []
            if held is not None or own or adjective.dep_ == "oprd":
                holder = held.head if held is not None else adjective.head
                blamed = [held] if held is not None else own or [c for c in holder.children if c.dep_ == "dobj"]
                return article.actors_of([c for c in holder.children if c.dep_ == "nsubj"]), article.actors_of(blamed)
            sayer = self._sayer(adjective, article) if verb is not None else None  # "said Greece was responsible"
            return ([sayer], article.actors_of([c for c in verb.children if c.dep_ == "nsubj"])) if sayer else ([], [])
        if verb is None:
            return [], []
        if "dismissal" in sense.flags:
            claims = [c for c in verb.children if c.dep_ == "nsubj"]
            sayer = self._sayer(adjective, article)
            if sayer is None:
                return [], []
            return [sayer], [t for t in _unique(t for c in claims for t in article.owner_actors(c)) if t != sayer]
        sources = article.actors_of([c for c in verb.children if c.dep_ == "nsubj"]) or article.actors_of(
            self._controller(verb))
        acts = [p for prep in adjective.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"]
        targets = [t for act in acts for t in self._prepositional_targets(act, article)]
        return _unique(sources), _unique(t for t in targets if t not in sources)

    def _noun_arguments(self, noun: Token, sense: TriggerSense, article: "ArticleState") -> tuple[list[str], list[str]]:
        owners = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        sources = article.actors_of(owners)
        if "forum" in sense.flags:  # "a WTO complaint": brought there, by someone else
            sources = [key for key in sources if getattr(article.actor(key), "kind", None) != "InternationalOrganization"]
        # "threats by Russia"; "threats from Russia", "an offer from Kabul" (but a withdrawal from
        # a place or an expulsion from a country names where, not who)
        givers = ("by", "from") if sense.category in GIVEN_FROM else ("by",)
        sources = sources or article.actors_of(self._agents_of([noun], givers))
        verb = _governing_verb(noun)

        def verb_doers() -> list[str]:  # read only when needed: resolving an actor updates what the article remembers
            return article.actors_of([c for c in verb.children if c.dep_ == "nsubj"]) or article.actors_of(
                self._controller(verb))

        if sense.category == "REQUEST" and verb is not None and noun.dep_ == "pobj" \
                and noun.head.lower_ in ("at", "on", "upon") and noun.head.head.i == verb.i:
            # "sent troops at the request of Haiti": Haiti asked the sender
            askers = sources or article.actors_of(_prep_objects([noun], ("of",)))
            return _unique(askers), _unique(t for t in verb_doers() if t not in askers)
        if verb is not None and verb.lemma_ in self.words["reaction"] and noun.dep_ == "dobj":
            # "the raid drew condemnation from Egypt": from Egypt, at the raid's doer
            givers = [p for head in (noun, verb) for c in head.children if c.dep_ == "prep" and c.lower_ == "from"
                      for p in c.children if p.dep_ == "pobj"]
            sources = sources or article.actors_of(givers)
            if sources:  # "..., prompting condemnation from Pyongyang": at the doers of the clause; "the
                # move drew a rebuke from Caracas": at the doer of the act the subject refers back to
                doers = [c for c in verb.children if c.dep_ == "nsubj"] or self._controller(verb)
                if verb.dep_ == "relcl" and doers and all(d.tag_ == "WDT" for d in doers):
                    doers = self._told_beside(verb.head)  # "..., a stance that drew criticism from Z"
                targets = article.actors_of(doers) or [t for d in doers for t in article.anaphor(d, self)]
                return _unique(sources), _unique(t for t in targets if t not in sources)
        phrase = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in self.words["episode"] else noun  # "for a second round of talks"
        purpose = sense.category in ("CONSULT", "PROTEST") and phrase.dep_ == "pobj" and phrase.head.lower_ == "for" \
            and verb is not None and phrase.head.head.i == verb.i
        grievance = noun.head.dep_ == "prep" and noun.head.lower_ in GRIEVANCE_PREPS  # "lodged a protest over X"
        # "stepped down after weeks of protests"; "opened an inquiry into the attacks": the inquiry is the verb's act
        background = phrase.dep_ == "pobj" and verb is not None and (phrase.head.lower_ in CIRCUMSTANCE_PREPS or any(
            c.dep_ == "dobj" and self.lexicon.senses("N", c.lemma_) for c in verb.children))
        # "responded with air strikes", "retaliated with tariffs": the responder's
        answer = verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.i == verb.i \
            and verb.lemma_.lower() in self.words["response"]
        if not sources:  # "held talks", and what a trip is for: "returned to Geneva for talks", "gathered for a rally"
            if verb is not None and (verb.lemma_ in self.words["light"] and not (grievance or background)
                                     or purpose or answer) and noun.dep_ not in ("nsubj", "nsubjpass"):
                sources = verb_doers()
        if not sources:  # "the withdrawal of Russian troops", "the deployment of NATO troops": the forces' own
            sources = self._forces_owners(_prep_objects([noun], ("of",)), article)
        targets: list[str] = []
        topics = ("on",) if sense.category == "CONSULT" else ()  # "talks on the ceasefire": what about
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in NOMINAL_TARGET_PREPS + ("between",) and prep.lower_ not in topics:
                targets += article.actors_of([p for p in prep.children if p.dep_ == "pobj"])
            elif _for_clause(prep):  # "a call for Peru to withdraw": Peru is asked
                targets += article.actors_of([c for c in prep.children if c.dep_ == "nsubj"])
        if not targets and sense.category == "ACCUSE":
            # "accusations that Chad armed the rebels": Chad; "an inquiry into attacks committed by the militia": its doers
            heads = (noun, verb) if verb is not None and noun.dep_ == "dobj" and verb.lemma_ in self.words["light"] else (noun,)
            grievances = [p for head in heads for prep in head.children if prep.dep_ == "prep"
                          and prep.lower_ in ACCUSED_ACT_PREPS for p in prep.children if p.dep_ == "pobj"]
            acts = self._acts(grievances, sense.category)
            # "concern over the incident": at the doer of the act it refers back to
            targets = article.actors_of([s for clause in _that_clauses(noun) for s in clause.children if s.dep_ == "nsubj"]) \
                or [t for act in acts for t in self._doers(act, article)] \
                or article.actors_of(self._agents_of(grievances, made=True)) \
                or [t for grievance in grievances for t in article.anaphor(grievance, self)]
        if not targets and sense.category == "CONSULT" and verb is not None and noun.dep_ == "pobj" \
                and noun.head.head.i == verb.i and (verb.lemma_.lower() in self.words["reporting"] or self._verb_category(
                    verb) in SPEECH_ACTS):  # "told X in a phone call that ...", "urged X during a call": with whom it
            # is said to (but "discussed Somalia in a call": what about)
            targets = article.actors_of(_addressed(verb))
        if not targets and sense.category == "CONSULT" and verb is not None and noun.dep_ == "pobj" \
                and noun.head.head.i == verb.i:  # "raised the case with X in a phone call", "apologised to X in a call"
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            targets = article.actors_of(_prep_objects([verb, *objects], ("with", "to")))
        if not sources and len(targets) > 1 and any(p.lower_ == "between" for p in noun.children):
            sources, targets = targets[:1], targets[1:]
        if not targets and verb is not None and noun.dep_ == "dobj" and verb.lemma_ in self.words["light"]:
            # "opened a case on Monday against two Peruvian officials": the phrase on the light verb is the noun's
            targets = [t for t in self._prepositional_targets(verb, article) if t not in sources]
        if not targets and sense.category == "ACCUSE" and noun.dep_ in ("npadvmod", "appos") and noun.head.pos_ == "VERB":
            # "Peru armed the rebels, an accusation Lima denies": at the doer of the act it names
            targets = [t for t in article.actors_of([c for c in noun.head.children if c.dep_ == "nsubj"]) if t not in sources]
        if sense.category == "REQUEST" and not targets:  # "its demand that Israel ease the restrictions"
            clauses = [c for head in (noun, verb) if head is not None for c in head.children if _mandative(c)]
            targets = article.actors_of([s for clause in clauses for s in clause.children if s.dep_ == "nsubj"])
        if sense.category == "ASSAULT" and not targets and verb is not None and noun.dep_ == "dobj" \
                and verb.lemma_.lower() in self.words["defence"]:  # "repelled a Ukrainian attack": on the repellers
            targets = [t for t in verb_doers() if t not in sources]
        if sense.category == "ASSAULT" and not targets:  # "a missile strike on Odesa", "strikes killing
            # twelve people in Gaza": where what it hit is
            targets = next(filter(None, (_struck_states(head, sources, article) for head in (
                noun, *(c for c in noun.children if c.dep_ == "acl")))), [])
        responsibility = noun.dep_ == "pobj" and noun.head.lower_ == "for" and \
            noun.head.head.lemma_.lower() == "responsibility"
        if not sources and verb is not None and (responsibility or sense.category == "CONSULT" and _circumstance(noun)):
            # "claimed responsibility for an attack"; "In a meeting with X, Y urged ...": Y's meeting with X
            sources = verb_doers()
        if not sources and sense.category == "COERCE":  # "the arrest of its ambassador in Peru": by its authorities
            held = [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for p in prep.children if p.dep_ == "pobj"]
            sources = [key for head in (noun, *held) for key in _actors_in(head, ("in",), article)
                       if article.state_iso(key) and key not in targets][:1]
        if purpose and not targets:  # "received the emir for talks": with whom
            targets = article.actors_of([c for c in verb.children if c.dep_ == "dobj"])
        if "mutual" in sense.flags and not sources and not targets and verb is not None:
            # "signed a truce after three days of clashes": between the clause's coordinated subjects
            parties = verb_doers()
            sources, targets = (parties[:1], parties[1:2]) if len(parties) > 1 else ([], [])
        answered = sense.category in ("REQUEST", "THREATEN") or sense.category == "ACCUSE" and verb is not None and (
            verb.lemma_.lower() in self.words["denial"] or self._verb_category(verb) == "REJECT")
        if answered and sources and not targets and verb is not None and (
                noun.dep_ == "dobj" or noun.dep_ == "pobj" and noun.head.head.i == verb.i):
            # "rejected a Chilean request", "accepted Togo's demands", "ignored Peru's ultimatum", "has not
            # responded to Chad's request", "denied Somalia's accusations": asked of (or aimed at) the
            # government that answers
            targets = [article.state_of(t) or t for t in article.actors_of([c for c in verb.children if c.dep_ == "nsubj"])]
        return _unique(sources), _unique(t for t in targets if t not in sources)

    # -- status and attribution --------------------------------------------------------------------

    def _status(self, token: Token) -> str:
        path = _path_to_clause_top(token, self.words["reporting"])
        circumstance = next((n for n, node in enumerate(path) if node.dep_ == "prep" and node.lower_ in CIRCUMSTANCE_PREPS),
                            None)
        path = path[:circumstance]  # "would not meet after the attack": the attack is told as done
        if _made_by_another(token):
            path = path[:1]  # "has not answered Chile's request": the request was made
        children = [list(node.children) for node in path]
        if token.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and any(
                d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in token.children):
            return "denied"  # "imposed no new sanctions", "no agreement was reached"
        # talks a clause is set in were held, whatever the clause denies ("failed to agree at talks in Brussels",
        # "did not meet him during his visit")
        during = token.pos_ != "VERB" and token.dep_ == "pobj" and token.head.lower_ == "during"
        denying = path[:1] if token.pos_ != "VERB" and (_circumstance(token) or during) else path
        for below, node, node_children in zip([None, *denying], denying, children):
            if below is not None and below.dep_ == "prep" and below.lower_ in TOPIC_PREPS and (
                    below.lower_ != "of" or node.pos_ in ("VERB", "ADJ")):
                break  # "was not informed of the talks": what is not done is the informing (but "have
                # not risen to the level of negotiations" denies the negotiations)
            if node.lower_ in ("no", "none", "never") or any(
                    c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in NEGATIONS)
                    or c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
                    for c in node_children):
                return "denied"  # (also "would no longer send weapons")
            if below is not None and node.lemma_.lower() in self.words["failure"] | self.words["unwillingness"] and (
                    below.dep_ == "xcomp" or below.dep_ == "prep" and below.lower_ in ("of", "from")):
                return "denied"  # "failed to reach agreement", "stopped short of imposing", "refrained from"
            if below is not None and below.dep_ == "xcomp" and node.lemma_ in ("have", "be") and any(
                    c.dep_ == "advmod" and c.lower_ == "yet" for c in node_children):
                return "denied"  # "have yet to agree", "is yet to respond": not done so far
        modal, intent = self.words["modal"], self.words["intent"] | self.words["willingness"]
        for below, node, node_children in zip([None, *path], path, children):
            if node.lower_ == "going" or any(
                    c.dep_ == "aux" and (c.lower_ == "going" or c.lower_ in modal or c.lemma_.lower() in modal)
                    for c in node_children):
                return "intended"
            # "plans to visit", "willingness to negotiate", "open to talks"; not "setting a car on fire in ..."
            if below is not None and node.lemma_.lower() in intent and (
                    below.dep_ in ("xcomp", "ccomp", "acl", "acomp") or below.dep_ == "prep" and below.lower_ in ("to", "for")):
                return "intended"
            if below is not None and below.dep_ == "dobj" and node.pos_ == "VERB" and node.lemma_.lower() in self.words["intent"]:
                return "intended"  # "is considering further expulsions", "prepared new sanctions" (but "opened an inquiry")
            if below is not None and below.dep_ == "xcomp" and node.lemma_ == "be" and not any(
                    c.dep_ in ("acomp", "attr") for c in node_children) and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in below.children):
                return "intended"  # "are to resume talks in January": scheduled
            if below is not None and below.dep_ == "prep" and node.lemma_ == "be" and any(
                    c.dep_ == "acomp" and c.lemma_.lower() in self.words["intent"] for c in node_children):
                return "intended"  # "is due in Lima on Monday for talks"
            if below is not None and below.dep_ in ("nsubj", "nsubjpass") and any(
                    head.lemma_.lower() in intent and any(c.dep_ == "xcomp" for c in head.children)
                    for head in (node, *(c for c in node_children if c.dep_ == "acomp"))):
                return "intended"  # "talks are expected to resume", "a visit is due to take place"
            if below is not None and below.dep_ == "nsubjpass" and node.lemma_.lower() in intent:
                return "intended"  # "talks are planned for next week", "a meeting is scheduled for Monday"
            if below is not None and below.dep_ == "nsubjpass" and node.lemma_.lower() in self.words["cancellation"]:
                return "denied"  # "the summit was cancelled", "the talks were scrapped": not held
        return "asserted"

    def _day(self, token: Token, path: list[Token], category: str, status: str, published) -> date | None:
        """The day of an event: a date phrase on the trigger, on its head, on a clause or object of
        its own ("strikes killing ... on Sunday", "tariffs starting Aug. 1"). A plan told on a day is
        not for that day ("will impose tariffs, the minister said on Tuesday"); a willingness or a
        speech act is of the day it was stated, which is past ("said on Monday it was ready to talk";
        `path` runs from the trigger to the reporting verb)."""
        reporting = self.words["reporting"]
        statement = path[1:] if path[-1].i != token.i and path[-1].lemma_.lower() in reporting and (
            category in SPEECH_ACTS or category == "AGREE" and status == "intended") else []
        plan_told = status == "intended" and not statement and token.head.lemma_.lower() in reporting
        heads = [token, *([] if plan_told else [token.head]),
                 *(c for c in token.children if c.dep_ in ("acl", "dobj")), *statement]
        for head in heads:
            for phrase in dates.date_phrases(head):
                day = dates.resolve(phrase, published, future=status == "intended" and head not in statement)
                if day is not None:
                    return day
        return None

    def _warns_of_future(self, verb: Token, article: "ArticleState") -> bool:
        """Whether a warning states a future or conditional act of the warner's side ("warned that
        Japan could impose"); what another party could do ("warned that Russia could attack NATO")
        is a prediction, not a threat."""
        warners = {side for key in article.actors_of([c for c in verb.children if c.dep_ == "nsubj"])
                   for side in (article.side(key), getattr(article.actors.get(key), "organization", None)) if side}
        warned = {article.side(key) for key in article.actors_of([c for c in verb.children if c.dep_ == "dobj"])}
        if warned and warned <= warners:
            return False  # "warned its citizens against travel to Japan": advice to its own people
        for child in verb.children:
            if child.dep_ == "ccomp" and warners and not self._made_to_undergo(child):
                # (but "warned that Pakistan would face consequences": Pakistan is what the warner would act on)
                doers = {article.side(key) for key in article.actors_of(
                    [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")])}
                if doers and not doers & warners:
                    return False
            if child.dep_ in ("ccomp", "xcomp", "advcl"):
                for node in child.subtree:
                    if node.dep_ == "aux" and node.lemma_.lower() in self.words["modal"]:
                        return True
                    if node.dep_ == "mark" and node.lower_ == "if":
                        return True
            if child.dep_ == "prep" and child.lower_ in ("against", "of"):
                return True
        return False

    def _made_to_undergo(self, clause: Token) -> bool:
        """Whether a clause's subject is to undergo a reprisal ("would face consequences", "would pay a
        heavy price"; not "could face famine")."""
        return clause.lemma_.lower() in self.words["undergoing"] and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.words["reprisal"] for c in clause.children)

    def _by_force(self, verb: Token) -> bool:
        """Whether a verb's doer is forces, weapons, explosives or an attack ("missiles hit Kyiv",
        "a strike hit the port", "was hit by a drone")."""
        doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
            p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        return any(lemma in self.words["armament"] or lemma in self.words["explosive"] or any(
            sense.category == "ASSAULT" for sense in self.lexicon.senses("N", lemma))
            for lemma in (doer.lemma_.lower() for doer in doers))

    def _attempt_made(self, token: Token) -> bool:
        """Whether an act is what a party tried to do, told as done: "tried to", "had attempted to"
        (not "will try to", "are trying to")."""
        attempt = token.head
        return token.dep_ == "xcomp" and attempt.lemma_.lower() in self.words["attempt"] and (
            attempt.tag_ == "VBD" or attempt.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lemma_ == "have" for c in attempt.children)) and not any(
            c.dep_ == "aux" and c.lemma_.lower() in self.words["modal"] for c in attempt.children)

    def _possible(self, token: Token) -> bool:
        """Whether an act is stated as one that could be taken ("could impose penalties")."""
        return any(c.dep_ == "aux" and c.lower_ in self.words["possibility"]
                   for node in _path_to_clause_top(token, self.words["reporting"]) for c in node.children)

    def _conditional(self, token: Token, marks: frozenset[str] | None = None) -> bool:
        """Whether an act is stated on a condition ("could impose sanctions if talks fail"), or on one
        introduced by one of `marks`."""
        return any(self._is_condition(clause, marks)
                   for clause in _clauses_on(token, _path_to_clause_top(token, self.words["reporting"])))

    def _is_condition(self, clause: Token, marks: frozenset[str] | None = None) -> bool:
        """Whether a clause is a condition ("if talks fail", "unless Israel rescinds ..."), or one
        introduced by one of `marks`."""
        marks = self.words["condition"] if marks is None else marks
        return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)

    def _answered(self, noun: Token, sense: TriggerSense) -> bool:
        """Whether an act addressed to another party is the object of a verb that answers it, not of a
        light verb that makes it: "said it was reviewing the request" (someone else's), not "said it
        had made a request"."""
        return sense.category in ADDRESSED and noun.dep_ == "dobj" and noun.head.lemma_.lower() not in self.words["light"]

    def _held_out(self, clause: Token) -> bool:
        """Whether a clause that a deadline introduces hangs under one told as denied or intended,
        however deep: the parser often hangs it on the nearest verb, inside a phrase of that clause
        ("would not talk to a militia that has killed civilians until it withdrew")."""
        return any(self._status(verb) != "asserted" for verb in clause.ancestors if verb.pos_ in ("VERB", "AUX"))

    def _topic_of_talks(self, noun: Token) -> bool:
        """Whether an event noun is what talks or an agreement are about ("talks on the ceasefire",
        "agreed on a prisoner exchange" is the agreement's own business)."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("on", "about") or prep.head.i == prep.i:
            return False
        head = prep.head
        pos = "V" if head.pos_ == "VERB" else "N"
        reading = self._sense(head, pos)
        return reading is not None and reading[0].category in ("CONSULT", "AGREE")

    def _pledged_to_another(self, token: Token, sources: list[str], article: "ArticleState") -> bool:
        """Whether what several parties pledge or offer names another party in its own words ("pledged
        to send jets to protect Polish airspace"), rather than being done with each other ("pledged
        to stop the fighting between them", "to work together", "to jointly patrol")."""
        own = {article.side(source) for source in sources}
        words = [node for node in token.subtree if node.i != token.i]
        return not any(node.lower_ in self.words["together"] for node in words) and any(
            article.keys[node.i] and article.side(article.keys[node.i]) not in own for node in words)

    def _reciprocal(self, token: Token) -> bool:
        """Whether coordinated doers act on each other: "traded accusations", "accused each other"."""
        verb = token if token.pos_ == "VERB" else _governing_verb(token)
        if verb is None:
            return False
        if verb.i != token.i and verb.lemma_.lower() in self.words["reciprocal"]:
            return True
        if any(node.lower_ in ("other", "another") and any(c.lower_ in ("each", "one") for c in node.children)
               for child in verb.children for node in (child, *child.children)):
            return True
        # "each side blamed the other", "..., each accusing the other"
        return any(c.lower_ == "each" for s in verb.children if s.dep_ == "nsubj" for c in (s, *s.children)) and any(
            node.lower_ == "other" for child in verb.children if child.dep_ != "nsubj" for node in (child, *child.children))

    def _asks_for_mutual(self, token: Token) -> bool:
        """Whether a request asks for what two sides do together or toward each other ("called for a
        ceasefire", "urged restraint")."""
        asked = [o for child in token.children for o in (child, *child.children) if o.dep_ in ("dobj", "pobj")]
        return any(o.lemma_.lower() in self.words["mutual"] for o in asked)

    def _mediation(self, token: Token, sense: TriggerSense) -> bool:
        """Whether an act is a mediation, or an offer of one ("offered to mediate")."""
        return sense.mode == "mediation" or any(
            c.dep_ == "xcomp" and any(s.mode == "mediation" for s in self.lexicon.senses("V", c.lemma_.lower()))
            for c in token.children)

    def _refusal(self, token: Token) -> bool:
        """Whether a negated act is refused ("would not negotiate", "will not lift"), not one that could
        not be done ("could not reach an agreement": it failed, and is denied)."""
        return token.head.lemma_.lower() in self.words["unwillingness"] or any(  # "is unwilling to meet"
            c.dep_ == "aux" and c.lemma_.lower() in self.words["modal"] and c.lower_ != "could" for c in token.children)

    def _left_open(self, verb: Token) -> str | None:
        """The category of what a verb of exclusion governs, which its negation leaves possible: an
        act ("imposing tariffs"), an event noun ("talks"), a measure ("sanctions", "the use of force")."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "pcomp")]
        objects += [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj"]  # "the use of force"
        for obj in (c for o in objects for c in (o, *o.conjuncts)):
            category = self._verb_category(obj) if obj.pos_ == "VERB" else next(
                (s.category for s in self.lexicon.senses("N", obj.lemma_) if s.category), None)
            if category:
                return category
            if obj.lemma_.lower() in self.words["measure"]:
                return "SANCTION"
        return None

    def _path_says(self, path: list[Token], word_class: str) -> bool:
        """Whether a word of a class ("willingness": "ready to"; "vow": "vowed to") stands on a
        trigger's path to the top of its clause (`_path_to_clause_top`, which `_events` has found)."""
        return any(node.lemma_.lower() in self.words[word_class] for node in path)

    def _accusing_verb(self, act: Token) -> Token | None:
        """The accusation an act is the charge of ("accused Chad of shelling", "blamed Chad for
        attacking"): the act is alleged by the accuser, and done by the accused."""
        prep = act.head
        if act.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "with"):
            return None
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "accused [Chad of shelling]"
        return verb if verb.pos_ == "VERB" and self._verb_category(verb) == "ACCUSE" else None

    def _alleging(self, act: Token, article: "ArticleState") -> list[str]:
        """Who makes the allegation an act is told in, where the allegation is made, not answered
        ("Sudan's accusation that Chad armed the rebels strained ties", "Sudan renewed accusations
        that ..."; but not "Chad dismissed Sudan's accusations that ..."): its owner, or the subject
        of the light verb whose object it is."""
        allegation, verb = act.head, act.head.head
        if allegation.lemma_.lower() not in self.words["allegation"] or act not in _that_clauses(allegation):
            return []
        if allegation.dep_ in ("nsubj", "nsubjpass"):
            return article.owner_actors(allegation)
        if allegation.dep_ == "dobj" and verb.lemma_.lower() in self.words["light"]:
            return article.owner_actors(allegation) or article.actors_of([c for c in verb.children if c.dep_ == "nsubj"])
        return []

    def _speakers(self, token: Token, article: "ArticleState") -> list[str]:
        """Who the article attributes the event to: the subjects of the reporting verb above it
        ("Chad and Niger said ..."), the accuser of an act it is charged with, or the "according
        to" source."""
        if self._rejected_allegation(token):
            return []  # "..., an accusation Lima rejects": Lima's own word, whoever told the accusation
        accusing = self._accusing_verb(token)
        if accusing is not None:  # ("severed ties with X, accusing it of ...": the subject it shares)
            accusers = article.actors_of([c for c in accusing.children if c.dep_ == "nsubj"]
                                         or self._controller(accusing))
            if accusers:
                return accusers
        accusers = self._alleging(token, article)
        if accusers:
            return accusers
        node = token
        while node.head.i != node.i:
            head = node.head
            if head.lemma_.lower() in self.words["reporting"] and node.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "conj") \
                    or head.lemma_.lower() in self.words["reporting"] and node.i == token.head.i:
                speakers = article.actors_of(_saying_subjects(head))
                if speakers:
                    return speakers
            if node.dep_ == "ROOT":
                break
            node = head
        sent = article.sentence(token)
        root = sent.root
        # the root's speaker, or one set off after the main clause ("X fired shells, Seoul's military said, ...",
        # "..., a Ukrainian official told reporters")
        for said in (root, *(c for c in root.children if c.dep_ == "parataxis" or c.dep_ == "conj" and c.i > token.i
                                 and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].text == ",")):
            if said.lemma_.lower() in self.words["reporting"] and token.i != said.i:
                speakers = article.actors_of([c for c in said.children if c.dep_ == "nsubj"])
                if speakers:
                    return speakers
        for i in range(sent.start, sent.end - 1):
            if article.lower[i] == ACCORDING and article.lower[i + 1] == TO:
                told = [c for c in token.doc[i + 1].children if c.dep_ == "pobj"]
                # "according to a post by Trump", "according to Kenya's statement": whose words they are
                speakers = article.actors_of(told) or article.actors_of(_prep_objects(told, ("by", "from"))) or [
                    key for noun in told for key in article.owner_actors(noun)]
                if speakers:
                    return speakers
        return []

    def _venues(self, token: Token, article: "ArticleState") -> list[str]:
        """The international organizations or courts a complaint or case is brought to ("with the
        WTO", "to the UN", "at the court"), on the trigger, on the act it threatens ("threatened to take
        the dispute to the court"), on the act it is coordinated with ("would file a case at the WTO and
        take countermeasures") or on their objects."""
        acts = [token, *(c for c in token.children if c.dep_ == "xcomp"), *([token.head] if token.dep_ == "conj" else [])]
        heads = [*acts, *(c for act in acts for c in act.children if c.dep_ == "dobj")]
        return [key for key in article.actors_of(_prep_objects(heads, ("with", "to", "at", "before")))
                if getattr(article.actor(key), "kind", None) == "InternationalOrganization"]

    def _rejected_allegation(self, verb: Token) -> bool:
        """Whether a verb is a relative clause of an allegation noun that is no sentence's root ("a claim
        Lima rejected"): the answer to the allegation, in the answerer's own words."""
        return verb.dep_ == "relcl" and verb.head.lemma_.lower() in self.words["allegation"] and verb.head.head != verb.head

    def _denier(self, token: Token, article: "ArticleState") -> str | None:
        """The actor who denies an event, when it is the content of a denial ("denied expelling",
        "denied reports that ... were holding talks"), or of an allegation that is rejected
        ("dismissed claims that its troops shelled ..."). An allegation denied was made all the same
        ("denied accusations by Somalia that ...": what it charges is denied, not the charging)."""
        if token.lemma_.lower() in self.words["allegation"]:
            return None
        node, alleged = token, False
        for _ in range(5):
            head = node.head
            if head.i == node.i or _coordinated_clause(node):
                return None  # "denied that, and Peru said it would respond": Peru's own word
            alleged = alleged or node.lemma_.lower() in self.words["allegation"]
            rejecting = alleged and head.pos_ == "VERB" and self._verb_category(head) == "REJECT"
            if head.lemma_.lower() in self.words["denial"] or rejecting:
                deniers = article.actors_of([c for c in head.children if c.dep_ == "nsubj"]) or article.actors_of(
                    self._controller(head))
                return deniers[0] if deniers else None
            if node.dep_ in ("nsubj", "ROOT"):
                return None
            node = head
        return None


class ArticleState:
    """What the extractor remembers while reading one article: the actors met so far, for
    pronouns and descriptions ("he", "the ministry", "the diplomat") and for event nouns that
    refer back ("condemned the launch")."""

    def __init__(self, doc: Doc, extractor: EventExtractor) -> None:
        self.doc = doc
        self.extractor = extractor
        self.words = extractor.words
        self.gazetteer = extractor.gazetteer
        self.actors: dict[str, Actor] = doc._.actors if doc._.actors is not None else {}
        self.keys: list[str | None] = doc._.actor_keys or [None] * len(doc)  # what Token._.actor reads
        article = doc._.article
        self.published = article.published if article is not None else None
        self.last_person: str | None = None
        self.last_official: str | None = None  # the state (or body) of the last unnamed official who acted
        self.last_groups: list[str] = []  # the bodies (no person) of the latest sentence's subject, as many as named
        self.by_head: dict[str, str] = {}
        self.events_so_far: list[Told] = []
        self._parties: list[str] | None = None  # the article's two main sides, counted when first needed
        self._pair: list[str] | None = None  # its first two states, found when first needed
        self.reported: set[Event] = set()  # events told as someone's word ("X said ...", "according to X")
        # the parse as columns: what the scans of whole sentences read, so that the words that are
        # none of what they look for (most words) are never made `Token` objects. Parts of speech,
        # dependencies and lowercased forms as spaCy's IDs; lemmas as lowercased strings
        columns = doc.to_array([POS, DEP, LOWER, LEMMA])
        self.pos, self.dep, self.lower, lemmas = (columns[:, column].tolist() for column in range(4))
        strings = extractor.lemmas
        for hash_ in set(lemmas):  # (not `set(lemmas) - strings.keys()`, which copies every lemma seen so far)
            if hash_ not in strings:
                strings[hash_] = doc.vocab.strings[hash_].lower()
        self.lemma: list[str] = [strings[hash_] for hash_ in lemmas]
        # the article's text (which `Doc.text` would join anew from the tokens each time)
        self.text = doc._.article.text if doc._.article is not None else doc.text
        self.sentences: list[Span] = list(doc.sents)
        self.sentence_at: list[int] = [n for n, sent in enumerate(self.sentences) for _ in range(len(sent))]

    # -- resolution -------------------------------------------------------------------------------

    def actors_of(self, tokens) -> list[str]:
        """The actors a list of noun-phrase heads stands for, coordination expanded."""
        found: list[str] = []
        for token in tokens:
            members = [token, *token.conjuncts]
            # "U.S.-China talks", "Saudi-Iranian ties": a name joined to it by a hyphen is a party too
            members += [c for c in token.children if self.keys[c.i] and c.i + 2 == token.i
                        and token.doc[c.i + 1].text in ("-", "–")]
            members += self._listed_in_apposition(token)
            if not self.keys[token.i]:  # "Iran's official Ali X and Saudi adviser Y": the parser coordinates the
                # second office with the first's holder
                members += [c for a in token.children if a.dep_ == "appos" and self._key_kind(a) == "person"
                            for c in a.conjuncts]
            for member in members:
                found.extend(self._actor_of(member))
        return _unique(found)

    def _listed_in_apposition(self, token: Token) -> list[Token]:
        """The rest of a list of states or of leaders that the model parses as an apposition to its
        first: "Mali, Burkina Faso and Niger", "Chile's President A, Peru's B and Bolivia's C" (a
        person beside a person only in such a list; the first may be an office with its holder's name)."""
        if not any(c.dep_ == "appos" for c in token.children):
            return []
        first = token
        if not self.keys[token.i]:
            first = next((c for c in token.children if c.dep_ == "appos" and self._key_kind(c) == "person"), token)
        kind = self._key_kind(first)
        if kind not in ("state", "person"):
            return []
        return [member for appos in first.children
                if appos.dep_ == "appos" and self._key_kind(appos) == kind and (kind == "state" or appos.conjuncts)
                for member in (appos, *appos.conjuncts)]

    def _key_kind(self, token: Token) -> str:
        """The kind of actor a name token stands for, as its key begins ("state", "person", "org", ...), or ""."""
        return (self.keys[token.i] or "").split(":", 1)[0]

    def _actor_of(self, token: Token, role: str | None = None) -> list[str]:
        """`role`: the dependency the phrase has in its clause, when `token` heads only part of it
        ("thousands of students" is a subject though "students" is the object of "of")."""
        role = role or token.dep_
        if self.keys[token.i] and self.stance(token):
            return []  # "an anti-Israel protest" is not Israel's
        if self.keys[token.i]:
            community = self._community(token)
            return [community] if community else [self._named(token)]
        group = _partitive_group(token, self.words["partitive"])
        if group.i != token.i:  # "hundreds of protesters", "members of the council"
            return self._actor_of(group, role)
        # "several countries, including France and Spain": those named
        examples = [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("including", "like")
                    for p in prep.children if p.dep_ == "pobj"] if token.pos_ == "NOUN" else []
        members = self.actors_of(examples) if examples else []
        if members:
            return members
        lemma = token.lemma_.lower()
        lower = token.lower_
        if lower in ("two", "both", "each") and role in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
            # "X spoke with Y, and the two agreed ...": the two of the latest act between two
            return self.latest_pair() or self.main_parties() or self.pair()
        if token.pos_ == "PRON" or lower in ("he", "she", "his", "her", "it", "its", "they", "their", "we", "our", "i"):
            return self._pronoun(token)
        for child in token.children:  # "Chile's deputy foreign minister, Ana ...", "leader Anne Roux"; a
            # common noun set beside a name is the name ("the guerrilla National Liberation Army")
            if self.keys[child.i] and (child.dep_ in ("appos", "compound", "nmod") and getattr(
                    self.actors.get(self.keys[child.i]), "kind", None) == "Person" or child.dep_ == "appos"
                                       and token.pos_ in ("NOUN", "ADJ")):
                return [self._named(child)]
        size = next((NUMBERS.get(c.lower_) for c in token.children if c.dep_ == "nummod"), None)
        group = self.latest_list(token, size) if lemma in self.words["pair"] and size and size > 2 and any(
            c.lower_ == "the" for c in token.children) else []
        if group:  # "the three countries": the latest list of as many (of the states of persons, for countries)
            return _unique(self.persons_as_states(group)) if lemma in ("country", "nation", "state") else group
        words = {c.lower_ for c in token.children}
        if lemma in self.words["role"] and lemma not in self.words["pair"] and token.tag_ == "NNS" \
                and ("both" in words or {"the", "two"} <= words) and not self.owner_actors(token):  # "both leaders", "the two ministers": the two of the latest act
            return self.latest_pair() or self.main_parties()  # between two (not "two Brazilian diplomats")
        if lemma in self.words["pair"] and any(c.lower_ in ("both", "two", "each") for c in token.children):
            # "both sides", "each side": the story's two sides, else the two of the latest act between two
            # (of "the two countries", their states: not the leader who visited one)
            parties = self.main_parties() or self.latest_pair() or self.pair()
            return _unique(self.persons_as_states(parties)) if lemma in ("country", "nation", "state") else parties
        if token.is_lower and token.tag_ in ("NN", "NNP") and any(c.lower_ == "the" for c in token.children) and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            # "the kingdom", "the bloc", "the group" (which the tagger may take for a name; but "the state of emergency")
            for epithet, kinds in (("state_epithet", ("State",)), ("bloc_epithet", ("InternationalOrganization",)),
                                   ("group_epithet", ("ArmedGroup", "Organization"))):
                if lemma in self.words[epithet]:
                    return self.epithet_referent(token, kinds)
        if lemma in self.words["opposition"] or any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in
                                                     self.words["opposition"] for c in token.children):
            return self._opposition(token)
        owners = self.owner_actors(token)
        if owners and lemma in self.words["role"] and lemma not in self.words["counterpart"] and not (
                role == "nsubj" and token.head.lemma_.lower() in self.words["reporting"]):
            # "met Putin's envoy": another person, of the state of the person served (but "Putin's spokesman
            # said" speaks for Putin)
            owners = self.persons_as_states(owners)
        if owners:
            if lemma in self.words["institution"] or lemma in self.words["role"] or lemma in self.words["civilian"]:
                self.by_head[lemma] = owners[0]
            if lemma in self.words["role"] and role == "nsubj" and token.tag_ == "NN":
                self.last_official = owners[0]  # "Kosovo's interior minister said ... He called ...": Kosovo's
            if lemma in self.words["civilian"]:  # "Ghanaian and Togolese traders": a group of each
                return [self.civilian_group(token, owner, name=self._civilian_name(token, role))
                        for owner in self._coordinated_owners(token) or owners[:1]]
            if lemma in self.words["insurgent"]:  # "Sudanese rebels", "the M23 rebels": "the rebels" after them
                if self.state_iso(owners[0]) and owners[0].startswith("state:"):
                    self.by_head[lemma] = self.armed_group(owners[0])
                    return [self.by_head[lemma]]
                if getattr(self.actors.get(owners[0]), "kind", None) == "ArmedGroup":
                    self.by_head[lemma] = owners[0]
            if token.pos_ == "PROPN":
                return owners
            # "the Kenyan and Ugandan ministers", "delegations from Sudan and Chad": as many as named
            return self._coordinated_owners(token) or (owners if token.tag_ == "NNS" else owners[:1])
        if lemma in self.words["insurgent"]:  # "Kordofan rebels", "rebels in Tigray": the group of that land
            if lemma in self.by_head and any(c.lower_ == "the" for c in token.children):
                return [self.by_head[lemma]]  # "the rebels": those last named so
            places = [c for c in token.children if c.dep_ in ("compound", "amod") and not self.stance(c)] + _prep_objects(
                [token], ("in", "from"))
            homes = [iso for place in places for iso in [self.place_iso(place)] if iso]
            if not homes and (role == "nsubj" or token.head.lower_ == "by"):  # "gunmen kidnapped ... in Nigeria": of where they act
                homes = [self.home_of(token) or self._home_of_officials_attacked(token)]
            if homes and homes[0]:
                return [self.armed_group(f"state:{homes[0]}")]
        if lemma in self.words["explosive"] and (role == "nsubj" or token.head.dep_ == "agent"):
            return self.set_off_by(token)  # "a roadside bomb killed", "were killed by a landmine"
        if lemma in self.words["civilian"] and any(c.lemma_.lower() in self.words["anonymity"] for c in token.children):
            return []  # "people familiar with the matter said": unnamed sources, no group of civilians
        if lemma in self.words["civilian"] and (role == "nsubj" or lemma in PROTESTING and role in (
                "nsubjpass", "dobj", "pobj")):
            return [self.civilian_group(token, None, name=self._civilian_name(token, role))]
        if (lemma in self.words["institution"] or lemma in self.words["role"]) and token.pos_ != "ADJ" and not any(
                c.dep_ == "poss" and c.pos_ == "PROPN" for c in token.children):
            # (an adjective says what kind: "military aid" is no aid of the military named before; an owner
            # named that is no actor, "Somaliland's foreign ministry", is someone unknown, not the last named)
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "from", "in"):
                    objects = [p for p in prep.children if p.dep_ == "pobj"]
                    inner = self.actors_of(objects)
                    if inner:  # "the ministers of both countries": as many as named
                        return inner if token.tag_ == "NNS" else inner[:1]
                    if prep.lower_ != "in":  # "the governor of Kandahar province", "officials from Kharkiv":
                        # of the place's state; "diplomats in Lagos" may serve any state
                        homes = [iso for place in objects for iso in [self.place_iso(place)] if iso]
                        if homes:
                            return [self.state_of(f"state:{homes[0]}")]
            placed = self.place_of_sentence(token) if lemma in self.words["domestic"] else None
            if placed:  # "a police raid in the Russian city of ...": that state's police, whichever were named before
                return [self.state_of(f"state:{placed}")]
            if token.tag_ == "NNS" and any(c.dep_ == "amod" and c.lemma_.lower() in self.words["regional"]
                                           and not self.keys[c.i] for c in token.children):
                return []  # "Western governments", "Nordic ministers": of many states, none named
            if lemma in self.by_head and not (token.tag_ == "NNS" and self.by_head[lemma].startswith("person:")):
                return [self.by_head[lemma]]  # (but "foreign ministers" are not the one minister named before)
            bodies = self._qualifying_bodies(token)
            if lemma in self.words["role"] and bodies:  # "an army spokesman": the army's
                return bodies[:1]
            if lemma in self.words["institution"] and role in ("nsubj", "nsubjpass") and token.tag_ != "NNS" \
                    and token.head.lemma_.lower() not in self.words["reporting"]:  # (not the speaker itself)
                speakers = self.extractor._speakers(token, self)  # "officials said the army had detained ...":
                if speakers:  # the army of the officials' state
                    return [self.first_as_state(speakers)]
            if lemma in self.words["role"] and self.last_person and token.dep_ in ("nsubj", "nsubjpass") \
                    and token.tag_ != "NNS" and not any(c.lower_ in ("a", "an", "another") for c in token.children):
                # "the minister": the person last named, and "the army" the state of that person; "the
                # governments" are none, "a spokesman" someone new
                if lemma in self.words["institution"]:  # (but first the state the sentence before is about)
                    return self.previous_subject_state(token) or [self.state_of(self.last_person) or self.last_person]
                return [self.last_person]
            rival = lemma in self.words["rival_state"] or lemma in self.words["role"] and any(
                c.dep_ in ("amod", "compound") and c.lemma_.lower() in self.words["rival_state"] for c in token.children)
            if rival and any(c.lower_ == "the" for c in token.children) and not (
                    role == "nsubj" and token.head.lemma_.lower() in self.words["reporting"]):
                # "the RSF urged the army to ...", "... the military leaders": the state of the armed group the
                # sentence names (but "struck Hezbollah targets, the military said" is told by the striker's
                # military, or the struck side's)
                homes = [actor.affiliation for t in self.sentence(token) if self.keys[t.i]
                         for actor in [self.actors.get(self.keys[t.i])] if actor is not None and actor.kind == "ArmedGroup"
                         and actor.affiliation and self.gazetteer.state(actor.affiliation) is not None]
                if homes:
                    return [self.state_of(f"state:{homes[0]}")]
                # else the state whose government, military or junta was named before ("Niger's military
                # government ... the military leaders")
                qualifiers = [c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")]
                named = [self.by_head[word] for word in (*qualifiers, *sorted(self.words["rival_state"]))
                         if word in self.by_head and self.state_iso(self.by_head[word])]
                if named:
                    return named[:1]
                # else the one state among the story's two sides ("ECOWAS lifted sanctions on Guinea ... urged
                # the junta to ...")
                states = [party for party in self.main_parties() if self.state_iso(party)]
                if len(states) == 1:
                    return states
            if lemma in self.words["domestic"]:  # "police" at home: of the dateline
                article = self.doc._.article
                iso = self.gazetteer.dateline_state(article.dateline) if article is not None else None
                return [self.state_of(f"state:{iso}")] if iso else []
            if lemma in self.words["institution"] and role == "nsubj" and token.tag_ == "NN" and any(
                    c.lower_ == "the" for c in token.children) and token.head.lemma_.lower() not in self.words["reporting"]:
                # "Germany ordered two diplomats out. The foreign ministry summoned ...": the state the
                # sentence before is about (but "Russia fired drones. The air force said ..." may be either side's)
                return self.previous_subject_state(token)
        elif token.pos_ == "NOUN" and role in ("dobj", "pobj", "nsubjpass"):
            return self._qualifying_bodies(token)[:1]  # "shelled an army base", "a police convoy was ambushed"
        return []

    def _qualifying_bodies(self, token: Token) -> list[str]:
        """The actors of the institutions that qualify a noun ("an army spokesman", "an army base": the army's)."""
        return [key for c in token.children if c.dep_ == "compound" and c.lemma_.lower() in self.words["institution"]
                for key in self._actor_of(c)]

    def _civilian_name(self, token: Token, role: str) -> str:
        """Civilians who act are protesters ("students marched"), those acted on or who only tell what
        happened ("residents said") civilians."""
        lemma = token.lemma_.lower()
        acting = role == "nsubj" and token.head.lemma_.lower() not in self.words["reporting"]
        return "Protesters" if lemma in PROTESTING or acting else "Civilians"

    def _community(self, token: Token) -> str | None:
        """People named by the plural of a nationality who live in another state: "ethnic
        Albanians in southern Serbia", "Bosnian Serbs", "Albanians of Kosovo". They are a community
        of the state they live in, not their kin state. Ethnic kin with no place named live where
        the sentence puts them."""
        if token.tag_ not in ("NNPS", "NNS"):
            return None
        named = self.actors.get(self.keys[token.i])
        if named is None or named.kind != "State":
            return None
        kin = named.iso
        places = [child for child in token.children if child.dep_ in ("amod", "compound")] + _prep_objects(
            [token], ("in", "of", "from"))
        homes = [iso for place in places for iso in [self.state_iso(self.keys[place.i])] if iso and iso != kin]
        ethnic = any(child.lower_ == "ethnic" for child in token.children)
        if not homes and not ethnic:
            return None
        home = homes[0] if homes else self.place_of_sentence(token, exclude=kin)
        label = f"{token.text[:1].upper()}{token.text[1:]}"
        key = f"group:{slug(label)}-{home.lower() if home else 'unknown'}"
        if key not in self.actors:
            state = self.gazetteer.state(home) if home else None
            self.actors[key] = Actor(key=key, kind="CivilianGroup",
                                     label=f"{label} in {state.label}" if state else label,
                                     affiliation=home, aliases=frozenset({label}))
        self.keys[token.i] = key  # the name now stands for the community, not for its kin state
        return key

    def _subject_person_before(self, token: Token) -> str | None:
        """The person named as a subject earlier in the token's sentence, the nearest first."""
        for i in range(token.i - 1, self.sentence(token).start - 1, -1):
            name = token.doc[i]
            phrase = name.head if name.dep_ == "compound" else name
            phrase = phrase.head if phrase.dep_ == "appos" else phrase  # "Kenya's president, X, met ..."
            if phrase.dep_ in ("nsubj", "nsubjpass") and getattr(self.actors.get(self.keys[i]), "kind", None) == "Person":
                return self._named(name)
        return None

    def _named(self, token: Token) -> str:
        key = self.keys[token.i]
        actor = self.actors.get(key)
        if actor is not None and actor.kind == "Person":
            self.last_person = key
            if actor.role:  # "the minister" is the foreign minister; "the army" is the army chief's state's
                title = actor.role.split(" of ")[0].split()
                self.by_head[title[-1]] = key
                for word in title[:-1]:
                    if word in self.words["institution"] and actor.affiliation:
                        self.by_head[word] = self.state_of(key)
        elif actor is not None and actor.kind != "State":  # "the agency", "the court": the named body
            for word in actor.label.lower().split():
                if word in self.words["institution"]:
                    self.by_head[word] = key
        return key

    def actors_or_owners(self, tokens: list[Token]) -> list[str]:
        """The actors the words name, or else those that own or qualify them ("a Philippine vessel")."""
        return self.actors_of(tokens) or [key for token in tokens for key in self.owner_actors(token)]

    def owner_actors(self, token: Token) -> list[str]:
        """Actors that own or qualify a noun: "Chile's", "Chilean", "U.S.", "its", "of China". A
        person's body that its own words name is that body ("Haftar's Libyan National Army")."""
        found, leaders = [], []
        for child in token.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and not (self.keys[child.i] and self.stance(child)):
                if self.keys[child.i]:
                    found.append(self._named(child))
                    if child.dep_ == "poss" and getattr(self.actors.get(found[-1]), "kind", None) == "Person":
                        leaders.append(found[-1])
                elif child.dep_ == "poss" and child.pos_ == "PRON":
                    found.extend(self._pronoun(child))
                elif child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):  # "the country's", "the U.S. Navy's"
                    found.extend(self._actor_of(child))
                elif child.dep_ in ("compound", "amod") and child.lower_ in FLAGGED:  # "a Greek-flagged tanker"
                    found.extend(self._named(g) for g in child.children if self.keys[g.i])
                elif child.dep_ in ("compound", "amod"):
                    found.extend(self.actors_of([child]) if child.pos_ == "PROPN" else [])
                    # "Caribbean and Brazilian leaders": the named among coordinated qualifiers
                    found.extend(self._named(c) for c in child.conjuncts if self.keys[c.i])
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in ("of", "from") and token.lemma_.lower() in self.words["institution"]:
                found.extend(self.actors_of([p for p in child.children if p.dep_ == "pobj"]))
        if leaders and len(leaders) < len(found):
            found = [key for key in found if key not in leaders]
        return _unique(found)

    def stance(self, name: Token) -> str | None:
        """"anti" or "pro" where a name is joined to one of them by a hyphen ("an anti-Israel protest", "a
        pro-Russian cleric"): the noun it qualifies is for or against that actor, not of it."""
        i = name.i
        if i >= 2 and self.doc[i - 1].text in ("-", "–") and self.doc[i - 2].lower_ in ("anti", "pro"):
            return self.doc[i - 2].lower_
        return None

    def opposed(self, noun: Token) -> list[str]:
        """The actors a noun is said to be against ("an anti-Israel protest")."""
        return [self._named(c) for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and self.keys[c.i]
                and self.stance(c) == "anti"]

    def _coordinated_owners(self, token: Token) -> list[str]:
        """Coordinated qualifiers of one noun, which stand for as many actors: "the Kenyan and
        Ugandan foreign ministers"."""
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and self.keys[child.i] and child.conjuncts \
                    and not self.stance(child):
                found = [self._named(child)] + [self._named(c) for c in child.conjuncts if self.keys[c.i]]
                if len(found) > 1:
                    return _unique(found)
        return []

    def _reporting_subjects(self, token: Token) -> list[str]:
        """The subjects of the reporting (or vowing, warning) verb whose complement clause a token is the
        subject of ("Ghana and Togo said they ...": both)."""
        clause = token.head
        if clause.dep_ not in ("ccomp",) or clause.head.lemma_.lower() not in self.extractor.telling:
            return []
        verb = clause.head
        subjects = _saying_subjects(verb)
        return self.actors_of([c for c in subjects if c.pos_ != "PRON"])

    def _pronoun(self, token: Token) -> list[str]:
        lower = token.lower_
        speakers = self._reporting_subjects(token) if token.dep_ in ("nsubj", "nsubjpass") else []
        if lower in ("he", "she", "his", "her", "him") and not speakers:  # as a subject or owner, the person who is the
            # subject of a clause before it in the sentence ("X flew to Y, where he will meet Z"); else the
            # person last named, else the state of the official last told acting unnamed
            person = (self._subject_person_before(token) if token.dep_ in ("nsubj", "nsubjpass", "poss") else None) \
                or self.last_person or self.last_official
            return [person] if person else []
        if lower in ("it", "its", "they", "their", "he", "she", "his", "her") and speakers:
            # "Egypt said it was ready": the speaker; "X and Y said they would": both; "Ruiz's government
            # said it would": no person, but the state the person leads
            if lower in ("it", "its"):
                speakers = self.persons_as_states(speakers)
            return speakers if lower in ("they", "their") else speakers[:1]
        if lower in ("it", "they") and token.head.dep_ == "relcl":
            # "withdrew from the towns they had seized", "froze the assets of a group of traders it
            # accused of ...": the subject of the clause the relative clause's noun belongs to, however deep in it
            verb = next((a for a in token.head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
            bodies = [key for key in self.actors_of(subjects) if getattr(self.actors.get(key), "kind", None) != "Person"]
            if bodies:
                return bodies if lower == "they" else bodies[:1]
            # "X said ... Morocco, which it accused of ...": the speaker, never the clause's own noun
            speakers = [self.state_of(key) or key for key in self.extractor._speakers(token.head, self)]
            if speakers:
                return speakers if lower == "they" else speakers[:1]
        if lower == "its":  # "Chile apologized to Peru after its coast guard seized a boat": the clause's subject
            owner = self._subject_body(token)
            if owner:
                return owner
        if lower == "it" and token.dep_ in ("nsubj", "nsubjpass"):  # "rejected Peruvian claims that it had ...":
            denier = self.extractor._denier(token.head, self)  # the rejecter, not the nearer claimant
            if denier:
                return [denier]
        if lower in ("its", "it"):
            nearest = self.nearest_body(token, lambda actor: actor.kind != "Person")
            if nearest:
                return nearest
        if lower in ("it", "its"):
            return self.last_groups[-1:]
        if lower in ("we", "our", "us", "i", "my", "me"):
            speakers = self.extractor._speakers(token, self)
            speaker = speakers[0] if speakers else None
            if speaker is None:
                return []
            return [speaker] if lower in ("i", "my", "me") else [self.state_of(speaker) or speaker]
        if lower in ("they", "their", "them"):  # "Spain, Ireland and Norway ... their envoys": all three
            return self.last_groups
        return []

    def _subject_body(self, token: Token) -> list[str]:
        """The body (no person, named in the singular) that is the subject of the nearest clause
        above a token; but what a verb thanks, praises or blames its object for is the object's
        ("thanked Norway for its mediation")."""
        node = token
        for _ in range(12):
            if node.head.i == node.i:
                return []
            below, node = node, node.head
            if node.pos_ not in ("VERB", "AUX"):
                continue
            objects = [c for c in node.children if c.dep_ == "dobj" and self.keys[c.i]]
            if below.dep_ == "prep" and below.lower_ == "for" and objects:
                return self.actors_of(objects[:1])
            subjects = [c for c in node.children if c.dep_ == "nsubj" and c.tag_ not in ("NNS", "NNPS")]
            if below in subjects and node.lemma_.lower() in self.words["reporting"]:
                # "Ghana has no plans to ..., its minister said": the reported clause's subject
                subjects = [s for c in node.children if c.dep_ in ("ccomp", "parataxis")
                            for s in c.children if s.dep_ == "nsubj" and s.tag_ not in ("NNS", "NNPS")]
            elif below in subjects:  # "after its coast guard seized ...": a clause further up
                continue
            if not subjects and node.dep_ == "xcomp":  # "ordered Israel to halt its offensive": Israel's
                subjects = [c for c in self.extractor._controller(node) if c.tag_ not in ("NNS", "NNPS")]
            if subjects:
                return [key for key in self.actors_of(subjects[:1])
                        if getattr(self.actors.get(key), "kind", "State") != "Person"]
        return []

    def nearest_body(self, token: Token, wanted) -> list[str]:
        """The nearest actor before a token in its sentence that `wanted` accepts."""
        for earlier, actor in self._named_before(token, self.sentence(token).start):
            if wanted(actor):
                return [self.keys[earlier.i]]
        return []

    def epithet_referent(self, token: Token, kinds: tuple[str, ...]) -> list[str]:
        """The actor "the kingdom", "the bloc" or "the group" refers back to: of the actors of its kinds
        the article named before it, the last whose name has the word ("the alliance" after "the
        Atlantic alliance"), else the last."""
        word = token.lemma_.lower()
        named = [(earlier, actor) for earlier, actor in self._named_before(token, 0) if actor.kind in kinds]
        for earlier, actor in named:
            if any(word in name.lower().split() for name in (actor.label, *actor.aliases)):
                return [self.keys[earlier.i]]
        return [self.keys[named[0][0].i]] if named else []

    def _named_before(self, token: Token, start: int) -> Iterator[tuple[Token, Actor]]:
        """The actors named from `start` up to a token, nearest first, other than the nationality
        of a person ("expelled a Russian diplomat after its security service ...")."""
        for earlier in reversed(token.doc[start:token.i]):
            actor = self.actors.get(self.keys[earlier.i] or "")
            if actor is not None and not (actor.kind == "State" and earlier.dep_ in ("amod", "compound")
                                          and earlier.head.lemma_.lower() in self.words["role"]):
                yield earlier, actor

    def pair(self) -> list[str]:
        """The two parties of a bilateral article: the first two states the article names (none when it
        names one: "the two sides" are then not that one)."""
        if self._pair is None:
            states: list[str] = []
            for key in self.keys:
                actor = self.actors.get(key) if key else None
                if actor is not None and actor.kind == "State" and key not in states:
                    states.append(key)
                if len(states) == 2:
                    break
            self._pair = states if len(states) == 2 else []
        return self._pair

    def set_off_by(self, explosive: Token) -> list[str]:
        """Who set off a bomb or mine whose owner the text does not name: the armed group of the
        land where it went off."""
        home = self.home_of(explosive)
        return [self.armed_group(f"state:{home}")] if home else []

    def armed_group(self, state: str) -> str:
        """The rebels of a land, named by their nationality only ("Fijian rebels"): one armed group
        per state, since the text tells no more."""
        iso = self.state_iso(state)
        key = f"group:rebels-{iso.lower()}"
        if key not in self.actors:
            label = self.gazetteer.state(iso).label
            self.actors[key] = Actor(key=key, kind="ArmedGroup", label=f"Rebels in {label}", affiliation=iso,
                                     aliases=frozenset({"rebels", "militants"}))
        return key

    def crowds(self, subjects: list[Token]) -> list[str]:
        """Civilian groups named by a plural of a nationality ("Nigerians", "young Algerians",
        "thousands of Palestinians"), or by a plural that a nationality qualifies ("Algerian
        landowners"), doing what civilians do (demonstrate, strike): people acting together, not
        their state. Officials, bodies and fighters are not crowds."""
        found = []
        for subject in subjects:
            for member in [subject, *subject.conjuncts]:
                member = _partitive_group(member, self.words["partitive"])
                if member.tag_ not in ("NNS", "NNPS"):
                    continue
                state = self.actors.get(self.keys[member.i]) if self.keys[member.i] else None
                if state is not None and state.kind == "State":
                    if member.text not in (state.label, *state.aliases):  # "the Philippines" is the state
                        found.append(self._community(member) or self.civilian_group(member, state.key))
                    continue
                lemma = member.lemma_.lower()
                if any(lemma in self.words[kind] for kind in ("institution", "role", "insurgent")):
                    continue
                coordinated = self._coordinated_owners(member)  # "Kenyan and Ugandan students": a group of each
                states = [key for key in coordinated or self.owner_actors(member)
                          if getattr(self.actors.get(key), "kind", None) == "State"]
                found += [self.civilian_group(member, state) for state in (states if coordinated else states[:1])]
        return _unique(found)

    def _opposition(self, token: Token) -> list[str]:
        """A state's political opposition ("Uganda's opposition", "opposition parties in Bolivia",
        "the Kenyan opposition"): of the state that owns it or that it is in, or else of the place
        of the sentence or the dateline; none when nothing says which state's."""
        places = _prep_objects([token], ("in", "of", "from"))
        homes = [iso for key in self.owner_actors(token) for iso in [self.state_iso(key)] if iso] + [
            iso for place in places for iso in [self.place_iso(place)] if iso] + [self.home_of(token)]
        return [self.civilian_group(token, f"state:{homes[0]}", name="Opposition")] if homes[0] else []

    def civilian_group(self, token: Token, owner: str | None, name: str = "Protesters") -> str:
        """A civilian group (protesters, a crowd; the residents a curfew is imposed on) of the
        country where it acts."""
        iso = (self.state_iso(owner) if owner else None) or self.home_of(token)
        key = f"group:{slug(name)}-{iso.lower() if iso else 'unknown'}"
        if key not in self.actors:
            state = self.gazetteer.state(iso)
            self.actors[key] = Actor(key=key, kind="CivilianGroup",
                                     label=f"{name} in {state.label}" if state else name,
                                     affiliation=iso, aliases=frozenset({name.lower()}) if name != "Protesters"
                                     else frozenset({"protesters", "demonstrators"}))
        return key

    def home_of(self, token: Token) -> str | None:
        """Where people a sentence names act, when nothing about them says: the nearest place the
        sentence puts something in ("stormed the embassy in Athens"), or else the dateline's state."""
        iso = self.place_of_sentence(token)
        if iso is None and self.doc._.article is not None:
            iso = self.gazetteer.dateline_state(self.doc._.article.dateline)
        return iso

    def _home_of_officials_attacked(self, subject: Token) -> str | None:
        """Where unnamed attackers act when the sentence names no place: the state whose official
        their act is aimed at ("rebels tried to kill Chad's interior minister"), not that of others
        they strike, who may be abroad ("gunmen kidnapped two Chinese engineers")."""
        acts = [subject.head, *(c for c in subject.head.children if c.dep_ == "xcomp")]
        officials = [o for act in acts for o in act.children if o.dep_ == "dobj" and (
            o.lemma_.lower() in self.words["role"] or o.ent_type_ == "PERSON")]
        states = _unique(self.state_iso(key) for key in self.actors_of(officials))
        return states[0] if len(states) == 1 else None

    def place_of_sentence(self, token: Token, exclude: str | None = None) -> str | None:
        """The state of the place nearest a token that its sentence puts something in."""
        places = [iso for t in sorted(self.sentence(token), key=lambda t: abs(t.i - token.i))
                  if t.dep_ == "pobj" and (t.head.lower_ in PLACING_PREPS or t.head.lower_ == "of" and (
                      t.head.head.lower_ in PLACING_PREPS or t.head.head.lower_ in self.words["compass"]))
                  for iso in [self.place_iso(t)] if iso and iso != exclude]  # ("outside of", "north of")
        return places[0] if places else None

    def place_iso(self, token: Token) -> str | None:
        """The state a place is in: a state or capital ("in Kyiv"), or a city or region the
        gazetteer knows ("in Kharkiv")."""
        iso = self.state_iso(self.keys[token.i])
        if iso is None and not self.keys[token.i]:
            name = place_name(token)
            iso = self.gazetteer.place_state(name) if name else None
        if iso is None and token.pos_ == "NOUN" and (token.lemma_.lower() in self.words["region"] or any(
                c.dep_ == "det" for c in token.children)):
            # "the city of Kherson", "the port of Odesa", "Kherson region" (but "in support of Russia" names no place)
            named = [o for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                     for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"] or [
                c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                and token.lemma_.lower() in self.words["region"]]
            iso = self.place_iso(named[0]) if named else None
            if iso is None and named and named[0].dep_ == "compound":  # "the Kurdistan region", named so whole
                iso = self.gazetteer.place_state(f"{named[0].text} {token.text}")
            if iso is None and named:  # "the Somali town of Afmadow": the state that qualifies the place
                iso = next((i for c in token.children if c.dep_ in ("amod", "compound")
                            for i in [self.state_iso(self.keys[c.i])] if i), None)
        return iso

    def is_civilian(self, key: str) -> bool:
        actor = self.actors.get(key)
        return actor is not None and actor.kind == "CivilianGroup"

    def actor(self, key: str | None) -> Actor | None:
        """The actor of a key: as this article met it, else as the gazetteer knows it."""
        return (self.actors.get(key) or self.gazetteer.actors.get(key)) if key else None

    def state_iso(self, key: str | None) -> str | None:
        actor = self.actor(key)
        if actor is None:
            return None
        return actor.iso or actor.affiliation

    def state_of(self, key: str) -> str | None:
        iso = self.state_iso(key)
        if iso and f"state:{iso}" not in self.actors:
            state = self.gazetteer.state(iso)
            if state is not None:
                self.actors[state.key] = state
        return f"state:{iso}" if iso else None

    def sole_counterpart(self, trigger: Token, sources: list[str], others: list[str | None]) -> list[str]:
        """When the syntax names no target, the one other side the sentence names, if there is
        exactly one: "Japan will provide patrol boats, the Philippine navy said" (a side is a
        state with its people and bodies; the sides of the source and of `others`, such as the
        speaker, do not count)."""
        parties = [key for key in [*sources, *others] if key]
        own_sides = {self.state_iso(key) or key for key in parties} | {
            self.actors[key].organization for key in parties if key in self.actors and self.actors[key].organization}
        sides: dict[str, str] = {}
        # an act told in a clause that modifies a noun ("the crew of a ship attacked by rebels") has
        # its parties in that noun's phrase, not in the clause the noun is part of
        phrase = trigger.head if trigger.dep_ in ("acl", "relcl") else None
        # nor is a name that qualifies the doer ("the Turkish-backed Syrian National Army attacked ...")
        doers = [t.i for s in trigger.children if s.dep_ == "nsubj" for t in s.subtree if t.i != s.i] \
            if trigger.pos_ == "VERB" else []
        for token in self.sentence(trigger):
            key = self.keys[token.i]
            if phrase is not None and not phrase.left_edge.i <= token.i <= phrase.right_edge.i or token.i in doers:
                continue
            if not key or key in sources or key in others or _in_modifier_clause(token) or self.stance(token) \
                    or _in_other_clause(token, trigger, self.words["reaction"]) \
                    or self._owns_a_source(token, sources) \
                    or token.head.lemma_.lower() in self.words["frontier"]:  # "near the Afghan border": where
                continue
            side = self.state_iso(key) or key
            if side in own_sides:
                continue
            if side not in sides or key.startswith("state:"):
                sides[side] = self.state_of(key) if self.actors.get(key) and \
                    self.actors[key].kind != "State" and self.state_iso(key) else key
        return list(sides.values()) if len(sides) == 1 else []

    def _owns_a_source(self, token: Token, sources: list[str]) -> bool:
        """Whether a name is the possessor in a source's own phrase ("Haftar's Libyan National
        Army"): the source's leader, not its counterpart."""
        name = token
        while name.head.i != name.i and self.keys[name.head.i] == self.keys[token.i]:
            name = name.head
        return name.dep_ == "poss" and any(self.keys[t.i] in sources for t in (name.head, *name.head.children))

    def side(self, key: str) -> str:
        """Who an actor acts for, as an actor key: a state for itself, its people and its bodies;
        an armed group or an international organization for itself."""
        actor = self.actor(key)
        if actor is not None and actor.kind in ("ArmedGroup", "InternationalOrganization", "Organization"):
            return key
        return self.state_of(key) or key

    def first_as_state(self, keys: list[str]) -> str | None:
        """The first of some actors as the state it serves, where it serves one ("Lima said ...", "Peru's
        minister said ...": Peru), else itself; None for none."""
        return (self.state_of(keys[0]) or keys[0]) if keys else None

    def persons_as_states(self, keys: list[str]) -> list[str]:
        """The actors with each person replaced by the state the person serves, where known."""
        return [self.state_of(key) or key if getattr(self.actors.get(key), "kind", None) == "Person" else key
                for key in keys]

    def serves(self, person: str, state: str) -> bool:
        """Whether an actor is a person who acts for a state (its official)."""
        return getattr(self.actors.get(person), "kind", None) == "Person" and self.state_of(person) == state

    def other_party(self, source: str) -> list[str]:
        """The other of the article's two main parties, when the source is one of them."""
        parties = self.main_parties()
        if len(parties) < 2 or self.side(source) not in parties:
            return []
        return [side for side in parties if side != self.side(source)]

    def main_parties(self) -> list[str]:
        """The article's two main sides, if it has two: the two named most often as actors (not as where
        something happens, "talks in Brasilia", nor as whose people are acted on, "Palestinian prisoners"),
        each at least twice."""
        if self._parties is None:
            counts: dict[str, int] = {}
            civilian = self.words["civilian"]
            for i, key in enumerate(self.keys):
                if key and (i == 0 or self.keys[i - 1] != key) and not _place_mention(token := self.doc[i]) and not (
                        token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in civilian):
                    side = self.side(key)
                    counts[side] = counts.get(side, 0) + 1
            ranked = sorted(counts.items(), key=lambda item: -item[1])
            self._parties = [side for side, count in ranked[:2] if count >= 2]
        return self._parties if len(self._parties) == 2 else []

    def latest_list(self, token: Token, size: int) -> list[str]:
        """The actors of the latest list of `size` named before a token ("Spain, Ireland and Norway
        recognized ... the three countries"), or none."""
        for earlier in reversed(token.doc[:token.i]):  # (by their keys: resolving them anew would move
            # what the article remembers, such as the person last named, back to them)
            if self.keys[earlier.i] and earlier.dep_ != "conj":
                members = _unique(self.keys[m.i] for m in (earlier, *earlier.conjuncts,
                                                            *self._listed_in_apposition(earlier)))
                if len(members) == size:
                    return members
        return []

    def latest_pair(self) -> list[str]:
        """The source and target of the latest event with both."""
        return next(([told.source, told.target] for told in reversed(self.events_so_far) if told.target), [])

    def partner_of(self, source: str) -> list[str]:
        """The other party of the latest cooperative event this source took part in."""
        for told in reversed(self.events_so_far):
            if told.category in SYMMETRIC and told.target and source in (told.source, told.target):
                return [told.target if told.source == source else told.source]
        return []

    def anaphor(self, noun: Token, extractor: EventExtractor) -> list[str]:
        """For an event noun without an owner ("condemned the launch"), the actor of the latest
        event of the kind the noun names (a launch is a MOBILIZE act), or else, for a noun of no
        cooperative kind, of the latest conflict done, not said, before it (an accusation is no
        attack; a visit is no attack)."""
        lemma = noun.lemma_.lower()
        definite = any(c.lower_ in ("the", "this", "these", "those", "such") for c in noun.children)
        if lemma in self.words["allegation"] and definite:
            # "dismissed the accusations": the latest accuser's (an accusation, not a condemnation)
            kinds, named = {"ACCUSE"}, lambda told: told.sense.category == "ACCUSE" and told.sense.cameo == "112"
        elif lemma in self.words["accord"] and definite:
            # "criticized the deal": the latest deal made or signed (CAMEO 057), not a welcome of it
            kinds, named = {"AGREE", "SUPPORT"}, lambda told: told.sense.category == "AGREE" or (
                told.sense.category == "SUPPORT" and told.sense.cameo == "057")
        elif lemma in self.words["seizure"] and definite:
            # "condemned the coup": the latest seizure told ("seized power")
            kinds, named = {"COERCE"}, lambda told: told.sense.category == "COERCE"
        elif lemma in self.words["decision"] and definite:
            # "welcomed the move": the latest act done, of any kind but talks, by all who did it
            return self.latest_doers(lambda told: told.category not in SPEECH_ACTS | {"CONSULT"})
        elif lemma in self.words["anaphor"]:
            senses = [sense for pos in ("N", "V") for sense in extractor.lexicon.senses(pos, lemma)]
            # what the word names by itself ("the attack": an attack, not the cyberattack of "cyber attack")
            kinds = {sense.category for sense in senses if not sense.refined} or {sense.category for sense in senses}
            named = lambda told: told.sense.category in kinds
        else:
            return []
        conflict = (lambda told: told.category not in COOPERATIVE | SPEECH_ACTS) \
            if not kinds & (COOPERATIVE | SPEECH_ACTS) else None
        for wanted in filter(None, (named, conflict)):
            doers = self.latest_doers(wanted)
            if doers:
                return doers
        return []

    def latest_against(self, key: str) -> list[str]:
        """Who did the latest coercive act told against an actor's side (what a retaliation or a complaint
        answers), but that side."""
        side = self.side(key)
        doers = self.latest_doers(
            lambda told: told.category in COERCIVE and told.target is not None and self.side(told.target) == side)
        return [doer for doer in doers if self.side(doer) != side]

    def latest_doers(self, wanted: Callable[[Told], bool]) -> list[str]:
        """All who did the latest act told that `wanted` accepts ("the strikes" after "U.S. and British
        jets struck ...": both; "the agreement" after "Peru agreed with Bolivia to ...": both, who made
        it together; but "the visit" is the visitor's), a person unnamed here as his state."""
        told = next((told for told in reversed(self.events_so_far) if wanted(told)), None)
        return _unique(self.persons_as_states([party for other in self.events_so_far if other.trigger == told.trigger
                                               for party in (other.source, other.target if other.category in DONE_TOGETHER
                                                             else None)])) if told is not None else []

    def after_sentence(self, sent: Span) -> None:
        for i in range(sent.start, sent.end):
            if self.dep[i] == nsubj or self.dep[i] == nsubjpass:
                bodies = [key for key in self.actors_of([self.doc[i]])
                          if key in self.actors and self.actors[key].kind != "Person"]
                if bodies:
                    self.last_groups = bodies
            elif self.keys[i]:
                self._named(self.doc[i])
            elif self.lemma[i] in self.words["insurgent"]:  # "... from the M23 rebels": whom "the rebels" are next
                self.actors_of([self.doc[i]])

    def previous_subject_state(self, token: Token) -> list[str]:
        """The state that the main clause of the sentence before a token's names as its subject, by
        name or by a person of that state: "Chile said it would raise tariffs, after Peru's president
        raised his. The ministry said ...": Chile's ministry, not that of the last person named."""
        index = self.sentence_at[token.i]
        if index == 0:
            return []
        root = self.sentences[index - 1].root
        named = [self.keys[c.i] for c in root.children if c.dep_ == "nsubj" and self.keys[c.i]]
        states = _unique(self.side(key) for key in named)
        return states if len(states) == 1 and states[0].startswith("state:") else []

    def sentence(self, token: Token) -> Span:
        """The sentence of a token (`Token.sent` finds it anew each time)."""
        return self.sentences[self.sentence_at[token.i]]

    def evidence(self, sent: Span, trigger: Token) -> Evidence:
        """A sentence that tells an event, as its evidence (the text sliced from the article's:
        `Span.text` joins that of each token)."""
        return Evidence(sentence=self.text[sent.start_char:sent.end_char], start=sent.start_char,
                        end=sent.end_char, trigger=trigger.text)

    def words_of(self, sent: Span, lemmas, pos: int | None = None) -> Iterator[Token]:
        """The tokens of a sentence whose lowercased lemma is one of `lemmas` (and whose part of
        speech is `pos`): read off the parse's columns, so that the words that are none of them,
        most words, are never made `Token` objects."""
        for i in range(sent.start, sent.end):
            if self.lemma[i] in lemmas and (pos is None or self.pos[i] == pos):
                yield self.doc[i]


def _actors_in(head: Token, prepositions: tuple[str, ...], article: ArticleState) -> list[str]:
    """The actors a head's place phrases name ("detained in Iran", "arrived in Amman")."""
    return [key for prep in head.children if prep.dep_ == "prep" and prep.lower_ in prepositions
            for key in article.actors_of([p for p in prep.children if p.dep_ == "pobj"])]


def _prep_objects(heads: list[Token], prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of the heads' prepositions of a kind ("in Lebanon", "against Iraq"; "to Haiti",
    which the parser may call a dative)."""
    return [p for head in heads for prep in head.children
            if prep.dep_ in ("prep", "dative") and prep.lower_ in prepositions
            for p in prep.children if p.dep_ == "pobj"]


def _mobilized_against(token: Token, sources: list[str], article: ArticleState) -> list[str]:
    """Whom a build-up is aimed at: an against-phrase of the act, of its object or of what the
    object is for ("readied troops for an offensive against Armenia"), or else another state the
    forces are in ("reinforced its troops in northern Syria")."""
    verb = _governing_verb(token) if token.pos_ != "VERB" else None  # "held drills near Taiwan"
    heads = [token, *([verb] if verb is not None else []), *(c for c in token.children if c.dep_ == "dobj")]
    heads += _prep_objects(heads, ("for",))
    against = _prep_objects(heads, ("against",))
    targets = article.actors_or_owners(against)
    if targets:
        return targets
    own = {article.state_iso(key) for key in sources}
    places = _prep_objects(heads, ("in", "near", "to", "around", "off", "along", "on"))
    homes = [iso for place in places  # "in Lebanon", "near Ukraine's border", "on the border with Belarus"
             for iso in [article.place_iso(place), *map(article.state_iso, article.owner_actors(place)),
                         *map(article.state_iso, article.actors_of(_prep_objects([place], ("with",))))]
             if iso and iso not in own][:1]
    return [f"state:{iso}" for iso in homes]


def _withdrawn_from(verb: Token, sources: list[str], article: ArticleState) -> list[str]:
    """The state of the place a withdrawal leaves ("withdrew its troops from Kherson", "pulled its
    forces out of the region"), other than the withdrawing side's own."""
    own = {article.state_iso(key) for key in sources}
    heads = [verb, *(c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "out")]
    return _unique(f"state:{iso}" for place in _prep_objects(heads, ("from", "of"))
                   for iso in [article.place_iso(place)] if iso and iso not in own)


def _struck_states(verb: Token, sources: list[str], article: ArticleState, objects: bool = True) -> list[str]:
    """The state where an attack's object is ("struck targets in Syria", "a refinery in Russia's
    Belgorod region", "missiles hit Kharkiv", "a strike on Odesa"): the attack is aimed at it,
    even when it is also who reports it. An armed group's own land is a target like any other.
    Without `objects`, the verb's object is what it is done with, not what it struck ("used
    Iranian missiles")."""
    own = {article.state_iso(key) for key in sources if getattr(article.actors.get(key), "kind", None) != "ArmedGroup"}
    struck = [*(c for c in verb.children if c.dep_ == "dobj" and objects), *_passive_subjects(verb)]
    places = _prep_objects([verb, *struck], ("in", "inside", "near", "on"))  # "a hospital in Kharkiv was struck"
    places += [p for p in _prep_objects([p for p in places if p.pos_ == "NOUN"], ("in", "near"))
               if p.pos_ == "PROPN"]  # "in an ambush in Mali" (not "in an attack in the Palestinian uprising")
    places += [o for o in struck if not article.keys[o.i]]  # "missiles hit Kharkiv", "Kharkiv was hit by missiles"
    places = [p for p in places if p.lemma_.lower() not in article.words["frontier"]]  # "near the Eritrean border"
    states = [article.state_of(key) for place in places
              for key in article.actors_of([place]) or article.owner_actors(place)
              or [f"state:{iso}" for iso in [article.place_iso(place)] if iso]]
    return _unique(state for state in states if state and article.state_iso(state) not in own)


def _arguments(verb: Token, besides: Token, other_act: bool, reaction: bool) -> list[Token]:
    """The parties of a verb's act that a noun in its phrase is not a party to: its subject; and
    when the verb names another act and the noun is not its subject, its objects and the objects
    of their prepositions ("complained to the UN about Israeli raids"; but "joined Guyana's forces
    for joint patrols" tells one act, whose party the object is). An act that draws a response is
    not aimed at the responder ("the raid drew condemnation from Egypt")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not reaction and (besides in subjects or not other_act):
        return subjects
    subjects = [c for c in subjects if c.i != besides.i]
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i != besides.i]
    preps = [o for head in (verb, *objects) for prep in head.children if prep.dep_ == "prep"
             and besides not in prep.subtree for o in prep.children if o.dep_ == "pobj"]
    return subjects + objects + preps


def _in_other_clause(token: Token, trigger: Token, reactions: frozenset[str]) -> bool:
    """Whether a token sits in a clause that is not the trigger's own, and so is no party to its act:
    a clause coordinated with it ("would not negotiate, and that the dispute was for the courts");
    what a subordinate clause tells its subject did ("protested after the government suspended
    talks with the EU"), though that subject may be a party ("sent aid days after Ukraine's
    president visited Berlin", "will withdraw if Somalia signs"); or a clause of a verb of
    `reactions` that tells what the act drew ("launched an offensive, prompting condemnation from
    France": the one who reacts, not the one acted on); or what it was done for ("was detained for
    spying for Iran": whom the act is done to did that, for or with another)."""
    own = {trigger.i, *(a.i for a in trigger.ancestors)}
    path = [token, *token.ancestors]
    return any(a.pos_ in ("VERB", "AUX") and a.i not in own and (
        a.dep_ == "conj" or a.pos_ == "VERB" and a.lemma_.lower() in reactions
        or a.dep_ == "pcomp" and a.head.lower_ in ("for", "over") or a.dep_ == "advcl" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in a.children) and below.dep_ not in ("nsubj", "nsubjpass"))
        for below, a in zip(path, path[1:]))


def _unknown_party(trigger: Token, category: str, sources: list[str], article: ArticleState) -> bool:
    """Whether the act names whom it is done to, and that is no known actor: a company or body
    ("sanctioned Lockheed Martin over arms sales to Taiwan", "sanctions on Huawei"), the noun a
    participle of help qualifies ("militants backed by Pakistan"), or those a
    request is made to ("called on its allies to speed up deliveries", "appealed to donors for
    help", but not the source's own people), or states it names by a plural common noun ("accused
    Western countries of ..."). Its target is that party, not another the sentence or story names."""
    if category in COOPERATIVE and trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ == "NOUN":
        return True  # "militants backed by Pakistan": the militants, whom the parse names no further (but
        # "fishermen detained by Chile" are most likely of the other side)
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    acted_on = [*(objects if trigger.pos_ == "VERB" else []), *_prep_objects([trigger, *objects], ("on", "against"))]
    if any(o.ent_type_ in ("ORG", "PRODUCT", "FAC") and o.pos_ == "PROPN" and not article.keys[o.i]
           for obj in acted_on for o in (obj, *obj.conjuncts)):
        return True
    if _unnamed_states(trigger, article):
        return True  # "accused Western countries of double standards"
    if category != "REQUEST" or trigger.pos_ != "VERB":
        return False
    asked = _prep_objects([trigger], ("on", "upon", "to")) + (  # "urged donors to give", "asked its partners for help"
        objects if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in trigger.children) else [])
    # (those a request is made to are many: "its neighbour" may be the story's other side)
    return any(o.tag_ in ("NNS", "NNPS") and not article.keys[o.i] and not set(article.actors_of([o])) - set(sources)
               for o in asked)


def _unnamed_states(verb: Token, article: ArticleState) -> bool:
    """Whether a verb acts on states or sides it does not name ("accused Western countries of ...", "backed
    opposing sides")."""
    return verb.pos_ == "VERB" and any(
        o.dep_ == "dobj" and o.tag_ == "NNS" and o.lemma_.lower() in article.words["pair"] and not article.keys[o.i]
        and not article.actors_of([o]) for o in verb.children)


def _reported_clause(verb: Token, reporting: frozenset[str]) -> Token | None:
    """The clause a verb of saying reports ("X signed a pact, officials said"), if it is one."""
    if verb.lemma_.lower() not in reporting:
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def _saying_subjects(verb: Token) -> list[Token]:
    """The subjects of a verb of saying: its own; said in an as-phrase, those of the verb the phrase
    is on ("was quoted as saying": who was quoted); coordinated or a participle beside a clause,
    those it shares ("condemned the attack and said ...", "rejected the account, saying ...")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "pcomp" and verb.head.lower_ == "as":
        subjects = [c for c in verb.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG") and any(
            c.dep_ == "ccomp" for c in verb.children):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects


def _origins(goods: list[Token]) -> list[Token]:
    """Where things come from, as a clause that modifies them tells it ("brandy imported from the
    EU", "goods made in China"), or a from-phrase of their own ("a ban on imports from Spain")."""
    return _prep_objects([c for noun in goods for c in noun.children if c.dep_ == "acl"], ("from", "in")) + \
        _prep_objects(goods, ("from",))


def _in_modifier_clause(token: Token) -> bool:
    """Whether a token sits in a clause that modifies a noun ("countries sending oil to Cuba"):
    a detail of something else, not a party to the act."""
    return any(ancestor.dep_ in ("acl", "relcl") for ancestor in token.ancestors)


def _cause(noun: Token, article: "ArticleState") -> bool:
    """Whether an event noun is the subject of a verb done to a party ("said the drills provoked Pyongyang"):
    told as what set something off, by a doer the story names elsewhere or not at all, not as the teller's act."""
    return noun.dep_ == "nsubj" and noun.head.pos_ == "VERB" and any(
        c.dep_ == "dobj" and article.keys[c.i] for c in noun.head.children)


def _time_phrase(token: Token) -> bool:
    """A preposition whose objects are all dates or times ("on Sunday", "in the coming weeks")."""
    objects = [c for c in token.children if c.dep_ == "pobj"] if token.dep_ == "prep" else []
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def _unique(items) -> list:
    return list(dict.fromkeys(filter(None, items)))


def _bare_participle(verb: Token) -> bool:
    """A past form with a subject but no object, auxiliary or clause of its own: a transitive act
    so told is a passive participle the parser read as active ("soldiers captured in the fighting
    would be freed"); but one that goes "into" something is done ("hackers broke into the network")."""
    return verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("dobj", "dative", "aux", "auxpass", "ccomp", "xcomp", "attr", "oprd") or c.lower_ == "into"
        for c in verb.children)


def _told_before(noun: Token) -> bool:
    """Whether an event noun refers to an event told before rather than telling a new one: a
    definite noun with nobody in its own phrase, in a circumstance ("during the attack", "after
    the talks")."""
    return noun.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children) \
        and not any(c.dep_ in ("poss", "compound", "amod", "nmod", "prep") for c in noun.children)


def _participles(noun: Token, doing: frozenset[str]) -> list[Token]:
    """The past participles of verbs of `doing` that qualify an event noun, whose by-phrase names who
    did what the noun names ("the raids carried out by Israeli jets", "abuses committed by the
    militia"; but a swap brokered by Qatar is not Qatar's)."""
    return [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in doing]


def _passive_subjects(verb: Token) -> list[Token]:
    """What a passive verb is done to: its subject, or the noun a participle modifies ("a swap
    brokered by Qatar", "fishermen seized near the reef")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects:  # "Chile is opposed to ...": the parser may hang the subject on the auxiliary
        subjects = [c for aux in verb.children if aux.dep_ == "auxpass" for c in aux.children if c.dep_ == "nsubj"]
    if not subjects and any(c.dep_ == "auxpass" for c in verb.children):
        # "the rebels, whom Kinshasa says are backed by Rwanda": a relative pronoun read as active subject
        # stands for the noun its clause qualifies
        subjects = [next((a.head for a in c.ancestors if a.dep_ == "relcl"), c) for c in verb.children
                    if c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT")]
    if not subjects and verb.dep_ == "acl" and verb.tag_ == "VBN":
        subjects = [verb.head]
    if not subjects and verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
        # "held talks in Muscat, mediated by Oman": a participle set off after the object, which it qualifies
        subjects = [c for c in verb.head.children if c.dep_ == "dobj"]
    if not subjects and verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(
            c.dep_ in ("nsubj", "dobj") for c in verb.children):  # "were arrested and charged with spying"
        subjects = _passive_subjects(verb.head)
    return subjects


def _partitive_group(token: Token, partitives: frozenset[str]) -> Token:
    """The group a quantity or part stands for ("hundreds of protesters" -> protesters), or the token."""
    if token.lemma_.lower() in partitives or token.like_num:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


def _made_by_another(noun: Token) -> bool:
    """Whether an event noun, the object of a clause, is an act its own phrase gives to an actor who
    is not the clause's subject ("would consider Chile's request", "did not accept the Chilean
    offer"): an act done, whatever the clause says of its answer."""
    if noun.pos_ == "VERB" or noun.dep_ not in ("dobj", "pobj"):
        return False
    owners = {c._.actor for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod") and c._.actor}
    verb = _governing_verb(noun)
    return bool(owners) and verb is not None and not owners & {c._.actor for c in verb.children if c.dep_ == "nsubj"}


def _governing_verb(noun: Token) -> Token | None:
    node = noun
    for _ in range(4):  # "held talks", "a mediation mission undertaken", "talks on trade began"
        if node.dep_ not in ("dobj", "pobj", "prep", "attr", "nsubjpass", "nsubj", "appos", "conj", "npadvmod",
                             "compound"):
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX") and node.dep_ != "prep":  # ("following the talks": a preposition)
            return node
    return None


def _purpose_heads(token: Token) -> set[int]:
    """The clause a purpose or manner clause belongs to ("blocked roads demanding ...", "staged
    a hunger strike to demand ..."): its verb and that verb's object."""
    heads: set[int] = set()
    node = token
    if node.dep_ == "pobj" and node.head.lower_ == "in":  # "staged a strike in protest at the verdict"
        node = node.head
    while node.dep_ in ("advcl", "xcomp", "acl", "conj") or node.dep_ == "prep" and node.i != token.i:
        if node.head.i == node.i:
            break
        node = node.head
        heads.add(node.i)
        heads.update(c.i for c in node.children if c.dep_ == "dobj")
    return heads


def _done_participle(token: Token) -> bool:
    """Whether a verb is a past participle that qualifies a noun ("will deport fishermen arrested in
    its waters", "demanded the release of journalists detained in Iran"): an act done, whatever the
    clause of its noun tells, and no content of that clause's act; but one dated to a year is the
    noun's history ("the restitution of farms taken over in the 1970s")."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and not any(
        t.ent_type_ == "DATE" and YEAR.search(t.text) for t in token.subtree)


def _done_by(nouns: list[Token]) -> list[Token]:
    """Who the participles that qualify nouns say did it ("hostages held by Hamas", "drones launched
    by the Houthis")."""
    return [o for noun in nouns for p in noun.children if _done_participle(p)
            for agent in p.children if agent.dep_ == "agent" for o in agent.children if o.dep_ == "pobj"]


def _clause_ancestors(token: Token):
    """The heads above a token up to the top of its clause complements (xcomp, ccomp, dobj ...)."""
    if _done_participle(token):
        return
    node = token
    for _ in range(6):
        if node.head.i == node.i or (node.dep_ in ("ROOT", "advcl", "relcl", "parataxis") and not _infinitive(node)):
            return  # a to-infinitive the parser makes an adverbial ("called on Peru to act") is a complement
        if node.dep_ == "prep" and node.lower_ in CIRCUMSTANCE_PREPS:
            return  # "agreed to a truce after three days of clashes": the clashes are no content of the agreement
        if _coordinated_clause(node):
            return
        node = node.head
        yield node


def _companions(heads: list[Token]) -> list[Token]:
    """The objects of "along with" and "together with" phrases on a verb or its subject: parties that
    act with the subject ("Germany, along with France, urged ...")."""
    found = []
    for child in (c for head in heads for c in head.children):
        if child.lower_ in ("along", "together"):  # "along with France"
            withs = [w for w in child.children if w.lower_ == "with"]
        elif child.lower_ == "with" and any(a.lower_ in ("along", "together") for a in child.children):
            withs = [child]  # the same, parsed with "together" under "with"
        else:
            continue
        found += [p for w in withs for p in w.children if p.dep_ == "pobj"]
    return found


def _addressed(verb: Token) -> list[Token]:
    """Whom a verb of saying tells or urges: its object or dative ("told Finland", "urged Peru")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "dative")]


def _venue_preposition(noun: Token) -> Token | None:
    """The preposition that puts what a clause tells at the event a noun names: "met Xi at the summit",
    "on the sidelines of the summit"."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in ("sidelines", "sideline", "margins", "margin") \
            and prep.head.dep_ == "pobj":
        prep = prep.head.head
        return prep if prep.lower_ in ("on", "at", "in") else None
    return prep if prep.lower_ == "at" else None


def _own_complement(head: Token, word: Token, partitives: frozenset[str]) -> bool:
    """Whether a word that satisfies a sense's complement is the head's own dependent, or a word of
    its object ("eased emergency measures"), or the group a part of which is its object ("shot down 48
    of the drones"); not a particle or a preposition ("pulled out of talks" is about talks), nor a word
    further down ("suspended talks on tariffs" suspends talks)."""
    if word.head.i == head.i:
        return word.dep_ not in ("prep", "prt", "agent")
    obj = word.head.head if word.dep_ == "pobj" else word.head
    if obj.head.i != head.i or obj.dep_ not in ("dobj", "nsubjpass"):
        return False
    return word.dep_ in ("compound", "amod") or word.dep_ == "pobj" and _partitive_group(obj, partitives).i == word.i


def _coordinated_clause(node: Token) -> bool:
    """Whether a verb is coordinated with the main verb of a clause, so a clause of its own: "rejected
    the claim and said it would respond" (but "threatened to impose and enforce" share one content); a
    tensed verb beside a bare one never shares its modal ("said X should not ... and accused Y")."""
    return node.dep_ == "conj" and node.pos_ == "VERB" and (
        node.head.dep_ not in ("xcomp", "ccomp", "pcomp")
        or node.tag_ in ("VBD", "VBZ") and any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.head.children))


def _owned_by_subject(noun: Token, verb: Token) -> bool:
    """Whether a pronoun owns a verb's object, and is the verb's subject: "his", "our", "its" after a
    subject in the singular and "their" after one in the plural ("recalled its ambassador"; not "Israel
    summoned their envoys", "Chinese boats entered its waters")."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    if not owners:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    singular = all(s.tag_ in ("NN", "NNP") and not s.conjuncts for s in subjects)
    plural = all(s.tag_ in ("NNS", "NNPS") or s.conjuncts for s in subjects)
    # ("Chinese boats entered its waters": not the boats')
    return not subjects or not (owners[0].lower_ == "their" and singular or owners[0].lower_ == "its" and plural)


def _guarded_against(token: Token) -> bool:
    """Whether an act is what something is to guard against ("defend X against any attack")."""
    return token.dep_ == "pobj" and token.head.lower_ == "against" and token.head.head.pos_ == "VERB"


def _foreseen_by_another(path: list[Token], sources: list[str], article: "ArticleState") -> bool:
    """Whether what a party could do is told by the clause of another party ("Chile said Bolivia
    could close the border", "Chile fears Bolivia could ..."): a prediction, not a threat made. A
    member state tells what its organization could do as one of it ("the EU could impose sanctions,
    the Dutch minister said")."""
    top = path[-1]
    if top.i == path[0].i:
        return False
    tellers = {article.side(key) for key in article.actors_of([c for c in top.children if c.dep_ == "nsubj"])}
    doers = {article.side(key) for key in sources}
    return bool(tellers) and not tellers & doers and not any(
        article.gazetteer.is_member(iso, doer) for teller in tellers for iso in [article.state_iso(teller)] if iso
        for doer in doers)


def _said_alongside(verb: Token) -> bool:
    """Whether a verb is a bare participle set beside its clause ("will send troops, accusing Minsk"),
    which tells what the subject does in saying it, not part of what it plans."""
    return verb.tag_ == "VBG" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("mark", "aux") for c in verb.children)


def _shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with a verb coordinated after it, where it is told once, last
    ("training and funding the rebels")."""
    return [o for partner in verb.children if partner.dep_ == "conj" and partner.pos_ == "VERB" and not any(
        c.dep_.startswith("nsubj") for c in partner.children) for o in partner.children if o.dep_ == "dobj"]


def _heads_of_phrase(noun: Token) -> list[int]:
    """A noun, and the verb it is the object of: what may tell the act a qualifier of the noun is about."""
    return [noun.i, noun.head.i] if noun.dep_ == "dobj" else [noun.i]


def _hosted_talks(trigger: Trigger) -> bool:
    """Whether an act is the hosting of talks ("hosted the negotiations", "the meeting was hosted by"), which
    with no party named are the story's two sides'."""
    return trigger.sense.mode == "hosting" and any(
        trigger.token.doc[i].lemma_.lower() in ("talk", "negotiation", "meeting", "summit") for i in trigger.consumed)


def _place_mention(token: Token) -> bool:
    """Whether a name stands for where something happens ("talks in Brasilia"), not for a party."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS


def _phrase_of(noun: Token) -> Token:
    """The noun a compound event noun qualifies ("the truce deal"), or the noun itself."""
    return noun.head if noun.dep_ == "compound" else noun


def _told_as_subject(noun: Token) -> bool:
    """Whether an event noun, or the noun it qualifies, is its clause's subject ("the truce took effect")."""
    return _phrase_of(noun).dep_ in ("nsubj", "nsubjpass")


def _under_terms(noun: Token) -> bool:
    """Whether an event noun is, or qualifies, the object of "under": the terms an act follows."""
    phrase = _phrase_of(noun)
    return phrase.dep_ == "pobj" and phrase.head.lower_ == "under"


def _circumstance(noun: Token) -> bool:
    """Whether an event noun is the indefinite circumstance of its clause ("in a meeting with X",
    "during talks with X", "agreed after talks in Ankara"): a new act of the clause's subject, where
    "during the attack" refers back."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("in", "during", "at", "after", "following") \
        and noun.head.head.pos_ == "VERB" \
        and not any(c.lower_ in ("the", "this", "that", "these", "those") or c.dep_ == "poss" for c in noun.children) \
        and not any(c.ent_type_ in ("GPE", "NORP") for c in noun.children)  # "U.S.-Soviet talks": theirs


def _complements(verb: Token, token: Token) -> bool:
    """Whether a token is in a verb's complement clause (not in a clause coordinated with it)."""
    return any(clause.dep_ in ("ccomp", "xcomp") and clause.left_edge.i <= token.i <= clause.right_edge.i
               for clause in verb.children)


def _helped(verb: Token) -> list[Token]:
    """Whom a verb of helping or allowing helps: its object ("help Chad"), its passive subject
    ("inspectors were allowed to"), or the subject of the clause it helps with ("help [Chad fight]")."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] or [
        s for clause in verb.children if clause.dep_ in ("ccomp", "xcomp") for s in clause.children if s.dep_ == "nsubj"]


def _mandative(token: Token) -> bool:
    """A that-clause in the subjunctive ("that Israel ease the restrictions", "that he resign"):
    what someone asks for, not something done."""
    return token.dep_ in ("ccomp", "acl", "relcl") and token.tag_ == "VB" and \
        any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) and \
        not any(c.dep_ in ("aux", "auxpass") for c in token.children) and \
        any(c.dep_ == "nsubj" and c.lower_ not in ("i", "you", "we", "they") for c in token.children)


def _infinitive(token: Token) -> bool:
    """A to-infinitive clause ("to withdraw")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _that_clauses(noun: Token) -> list[Token]:
    """The that-clauses a noun governs ("accusations that Chad armed the rebels")."""
    return [c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _for_clause(token: Token) -> bool:
    """A for-to clause ("called for Peru to withdraw", "a request for Chile to act"): the parser
    makes it an adverbial or a noun's modifier, but it is the content of its head, and its
    subject is who is asked to act."""
    return token.dep_ in ("advcl", "acl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in token.children) and _infinitive(token)


def _shares_auxiliaries(verb: Token) -> bool:
    """Whether a coordinated verb shares its head's auxiliaries, negation among them: a bare form
    ("did not sign or ratify", "will meet and sign"), or any form after "or" ("has not expelled
    the envoy or closed the border"); but "was not against it and called for a ceasefire", "did
    not sign and later withdrew" have tenses of their own."""
    alternative = any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.head.children if c.i < verb.i)
    return (alternative or verb.tag_ in ("VB", "VBN") and verb.head.tag_ == verb.tag_) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _counterfactual(verb: Token) -> bool:
    """Whether a verb is in the past conditional ("would have demanded", "could have averted")."""
    if verb.tag_ != "VBN":
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "have" in auxiliaries and bool(auxiliaries & {"would", "could", "might", "should"})


def _clauses_on(token: Token, path: list[Token]) -> Iterator[Token]:
    """The dependents of an act's clause, where a condition or a time set for it hangs: those of the
    nodes of its `_path_to_clause_top`, and, for a noun, of the verb that carries it."""
    verb = _governing_verb(token) if token.pos_ != "VERB" else None
    for node in (*path, *([verb] if verb is not None else [])):
        yield from node.children


def _only_when(clause: Token) -> bool:
    """Whether a clause is a condition or a time set with "only" ("only if ...", "only once ...", "only after ...")."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" for m in clause.children) and any(
        c.dep_ == "advmod" and c.lower_ == "only" for part in (clause, *clause.children) for c in part.children)


def _back_in_telling_tense(verb: Token, reported: Token) -> bool:
    """Whether a verb coordinated with a reported clause in the past perfect ("said Chile had sent
    the drones and called ...") is in the simple past of the saying that reports it: a speech act
    in the narrative's tense is the sayer's, not the reported subject's."""
    return verb.tag_ == "VBD" and reported.tag_ == "VBN" and reported.head.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in reported.children)


def _path_to_clause_top(token: Token, reporting: frozenset[str]) -> list[Token]:
    """The token and its heads up to, and including, the reporting verb that introduces it."""
    path = [token]
    node = token
    if _done_participle(token):
        return path
    for _ in range(8):
        if node.head.i == node.i or node.dep_ in ("advcl", "relcl", "parataxis", "acl") and node.pos_ == "VERB" and (
                node.i != token.i or node.dep_ in ("relcl", "advcl") and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
                and (node.dep_ == "relcl" or any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_PREPS for c in node.children))):
            break  # a clause of its own; "the duties Mexico imposed", "after Trump met al-Sharaa" too, whatever the
            # clause they are in tells
        head = node.head
        if node.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and node.pos_ in ("VERB", "AUX") \
                and not _shares_auxiliaries(node):
            break  # a coordinated clause has its own negation ("had not planned to strike and was ready to talk")
        path.append(head)
        if head.lemma_.lower() in reporting:
            break
        node = head
    return path


def merge(events: list[Event], country_of) -> list[Event]:
    """An event that one party asserts and another party denies becomes claimed; then one event
    per key, with the evidence of every statement of it. `country_of` maps an actor key to its
    ISO code, so that a minister and his state count as one party."""
    def party(key: str | None) -> str | None:
        return (country_of(key) or key) if key else None

    denials = [e for e in events if e.status == "denied"]

    def parties(event: Event) -> tuple | frozenset:  # in order, but for acts done with each other
        pair = (party(event.source), party(event.target))
        return frozenset(pair) if event.category in SYMMETRIC else pair

    def disputed(event: Event) -> bool:
        pair = set(parties(event))
        for denial in denials:
            if denial.category != event.category or parties(denial) != parties(event):
                continue  # that Peru fired first does not dispute that Chile fired
            denier = party(denial.claimant or denial.source)
            doers = pair if event.category in SYMMETRIC else {party(event.source)}
            if event.claimant is None and denier in doers:
                continue  # what the story tells a party did, that party's "no plans to" does not dispute
            if event.claimant is None or party(event.claimant) != denier:
                return True
        return False

    # a symmetric event is merged in one order of its parties, and given back in that of its first
    # telling ("Chile agreed to release Bolivian soldiers" is Chile's, whatever the alphabet says)
    merged: dict[tuple, Event] = {}
    first_told: dict[tuple, tuple[str, str | None]] = {}
    for event in events:
        if event.status == "asserted" and event.category not in SPEECH_ACTS and disputed(event):
            event = replace(event, status="claimed")
        told = (event.source, event.target)
        if event.category in SYMMETRIC and event.target is not None and event.target < event.source:
            event = replace(event, source=event.target, target=event.source)
        existing = merged.get(event.key)
        if existing is None:
            merged[event.key] = event
            first_told[event.key] = told
        else:
            merged[event.key] = replace(_told_again(existing, event), claimant=existing.claimant or event.claimant,
                                        confidence=max(existing.confidence, event.confidence))
    # "Roux threatened tariffs on Chile" and "French threats of tariffs on Chile": one act, told once
    # with its doer and once with the doer's state; the doer's telling is kept
    _keep_fuller(merged, lambda event: event.source.startswith("state:"),
                 lambda event, other: other.source.startswith("person:")
                 and (other.category, other.target, other.status) == (event.category, event.target, event.status)
                 and party(other.source) == party(event.source))

    # "a missile strike on Odesa killed 12 people": one act told twice in a sentence, once with its
    # target; the telling with the target is kept (of an act done together, "Thai and Cambodian troops
    # exchanged fire, killing 11": by either side)
    _keep_fuller(merged, lambda event: event.target is None,
                 lambda event, other: other.target is not None
                 and (other.category, other.status) == (event.category, event.status)
                 and (other.source == event.source or other.category in JOINT and other.target == event.source)
                 and _sentences(event) <= _sentences(other))

    # "discussed the case with Erdogan in a phone call": one act told twice in a sentence, once with the
    # person it was done with and once with the person's state; the person's telling is kept
    def state_of_person(state: str | None, person: str | None) -> bool:
        return bool(state and person) and state.startswith("state:") and person.startswith("person:") \
            and party(state) == party(person)

    def with_person(event: Event, other: Event) -> bool:
        pairs = [(other.source, other.target)] + ([(other.target, other.source)] if event.category in SYMMETRIC else [])
        return (other.category, other.status) == (event.category, event.status) \
            and _sentences(event) <= _sentences(other) and any(
                source == event.source and state_of_person(event.target, target) or target == event.target
                and event.category in SYMMETRIC and state_of_person(event.source, source) for source, target in pairs)

    _keep_fuller(merged, lambda event: True, with_person)
    return [replace(event, source=first_told[key][0], target=first_told[key][1]) for key, event in merged.items()]


def _keep_fuller(merged: dict[tuple, Event], wanted: Callable[[Event], bool],
                 fuller: Callable[[Event, Event], bool]) -> None:
    """Fold each `wanted` event into the first other event that `fuller` says tells the same act more
    fully, which keeps the evidence of both."""
    for key, event in list(merged.items()):
        if not wanted(event):
            continue
        kept = next((other for other in merged.values() if fuller(event, other)), None)
        if kept is not None:
            merged[kept.key] = _told_again(kept, event)
            del merged[key]


def _sentences(event: Event) -> set[int]:
    """Where the sentences that tell an event begin."""
    return {evidence.start for evidence in event.evidence}


def _told_again(kept: Event, other: Event) -> Event:
    """An event with the evidence of another telling of it added (each piece once), and its date
    if it had none."""
    return replace(kept, evidence=kept.evidence + tuple(e for e in other.evidence if e not in kept.evidence),
                   date=kept.date or other.date)
