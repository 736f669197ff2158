"""The `diplograph_parse_repair_v1` spaCy component: mends parses the small English model gets
wrong in a way that hides who says what, before actors and events are read.

An infinitive after a plan ("foiled a plot to kill the president") is sometimes hung on the verb
that governs the plan, which then reads as the infinitive's doer; the repair hangs it on the plan.
An infinitive tagged as a noun ("offered to host talks") is made a verb. The label a verb of naming
puts on its object ("called Peru a rogue state") is often parsed as an apposition of the object, or the
object as a clause with the label as its object; the repair makes it the verb's object predicate.
A subject set off by a relative clause ("Brazil, which draws power from the river, offered to mediate")
or by a name ("Chile's president, Ana Ruiz, called on ...") sometimes becomes the root of its sentence,
with the verb as a participle modifying it; the repair makes the verb the root again, with the subject
as its subject. A speaker who ends a sentence
("..., regional governor Oleh Syniehubov said.") is sometimes hung on a word before the comma, leaving
the reporting verb with no subject; the repair makes the speaker its subject. A participle clause
after a speaker set off mid-sentence ("..., Seoul's military said, calling it a provocation") is
sometimes hung on the main verb, whose subject then reads as its doer; the repair hangs it on the
speaker's verb. A person's name right after an office noun ("his Turkish counterpart Hakan Fidan"),
or an organization's right after a noun for one ("the regional bloc ECOWAS"), is sometimes hung on
the verb; the repair makes it the noun's apposition. A past-tense verb before a compound noun
("Egypt hosted ceasefire talks") is sometimes read as a modifier of the noun, which becomes the
root; the repair makes the verb the root again, with the noun as its object. Two clauses joined by "and"
("Kenya condemned the attack and Uganda sent troops") are sometimes read as one object ("the attack
and Uganda") and a verb with no subject; the repair makes the name the second verb's subject. A
tensed verb after a reported progressive ("X said Moscow was using gas as a weapon and asked for help"),
or after a verdict on an act ("said the move was illegal and urged ..."), is sometimes coordinated with
the reported verb, whose subject cannot do it; the repair coordinates it with the reporting verb, whose
subject does it. A name that opens a sentence is sometimes taken for a verb or an auxiliary ("ECOWAS
imposed sanctions", "IGAD called for ..."); the repair makes it the subject of the verb after it. A
tensed verb after "and" with no subject ("said Israel would not tolerate delays and warned that ...") is
sometimes read as a second complement of the verb above; the repair coordinates it with the verb before
the "and", whose subject it shares. A verb's particle before a number ("handed over 175 prisoners") is
sometimes read as "more than" of the number; the repair makes it the verb's particle. A participle
clause after an order's infinitive ("ordered the ambassador to leave, accusing Paris of ...") is
sometimes hung on the infinitive, whose doer is the one ordered; the repair hangs it on the order.

A denial told as a trailing apposition, "Chile accused Peru of arming the rebels, an accusation
Lima denies", is how wire copy gives the other side's word. The small model parses it right a time in
two: otherwise it makes "denies" the root of the sentence, with the accusation as its complement
(so the accusation reads as denied) or the denier as an apposition of "accusation" (so nothing is
denied). The repair gives the sentence the parse of its correct readings: the allegation noun
hangs off the main clause, the denying verb is a relative clause of the noun, and the name
before the verb is its subject. Sentences that do not match the whole pattern are left alone.

A paragraph break (a blank line) always ends a sentence, which the model sometimes runs on into the
next paragraph (a closing quotation mark, or a report and the answer to it in the next paragraph, read
as one sentence, so that the answer reads as the reporter's word): `diplograph_paragraphs_v1`, before
the parser, marks the word after one as a sentence start, which the parser keeps. (A single line
break may be a hard-wrapped line inside a sentence.)
"""
from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.lexicon import lexicon

NAME_TYPES = {"GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"}
# What a denier's phrase is made of ("Lima", "the Peruvian army", "Chile's foreign ministry"), at most
# how many words, and how its words hang off its head.
NAME_POS = {"PROPN", "NOUN", "ADJ", "DET", "PART"}
MAX_NAME = 6
NAME_ARCS = {"DET": "det", "ADJ": "amod", "PART": "case"}
ARTICLES = {"a", "an", "the", "this", "that"}


@Language.component("diplograph_paragraphs_v1")
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after each paragraph break, and none at the punctuation that ends a paragraph
    (a closing quotation mark): see the module docstring."""
    for token in doc[1:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
            if doc[token.i - 1].is_punct and token.i > 1:
                doc[token.i - 1].is_sent_start = False
    return doc


@Language.factory("diplograph_parse_repair_v1")
def make_parse_repairer(nlp: Language, name: str) -> "ParseRepairer":
    return ParseRepairer()


class ParseRepairer:
    """Mend the parses of a Doc (see the module docstring), with the word classes read once."""

    def __init__(self) -> None:
        self.allegations = lexicon().words("allegation")
        self.denials = lexicon().words("denial") | lexicon().heads("V", "REJECT")
        self.plans = lexicon().words("intent")
        self.naming = lexicon().words("naming")
        self.reporting = lexicon().words("reporting")
        self.offices = lexicon().words("role") | lexicon().words("counterpart")
        self.collectives = lexicon().words("bloc_epithet") | lexicon().words("insurgent") | lexicon().words("partitive")
        # nouns of acts and of things said, which can be the subject of a verdict but do nothing themselves
        self.acts = lexicon().heads("N") | lexicon().words("anaphor") | lexicon().words("decision") \
            | lexicon().words("allegation")

    def __call__(self, doc: Doc) -> Doc:
        sents = list(doc.sents)
        repairs = [repair for sent in sents if (repair := _trailing_denial(sent, self.allegations, self.denials))]
        repairs += _infinitives_of_plans(doc, self.plans)
        repairs += _labels(doc, self.naming)
        repairs += _subjects_made_roots(sents)
        repairs += _verbs_read_as_modifiers(sents)
        repairs += [repair for sent in sents if (repair := _trailing_speaker(sent, self.reporting))]
        repairs += _speakers_participles(doc, self.reporting)
        repairs += _names_after_offices(doc, self.offices, self.collectives)
        repairs += _subjects_read_as_objects(doc)
        repairs += _tensed_verbs_read_into_reports(doc, self.reporting, self.acts)
        repairs += _participles_of_orders(doc)
        repairs += _particles_read_as_quantities(doc)
        repairs += _coordinated_verbs_read_as_complements(doc)
        repairs += _names_read_as_verbs(sents)
        if repairs:
            arcs = doc.to_array([HEAD, DEP]).astype(numpy.int64)  # heads as offsets, some negative
            heads = [token.head.i for token in doc]
            for repair in repairs:
                proposed = heads.copy()
                for token, head, _ in repair:
                    proposed[token] = head
                if any(_in_cycle(proposed, token) for token, _, _ in repair):
                    continue  # two repairs that each hold alone, or one on an odd parse, would make no tree
                heads = proposed
                for token, head, dep in repair:
                    arcs[token] = (head - token, doc.vocab.strings.add(dep))
            doc.from_array([HEAD, DEP], arcs.astype(numpy.uint64))
        return doc


def _in_cycle(heads: list[int], token: int) -> bool:
    """Whether following heads up from a token never reaches a root (a token that heads itself)."""
    for _ in range(len(heads)):
        if heads[token] == token:
            return False
        token = heads[token]
    return True


def _trailing_denial(sent: Span, allegations: frozenset[str], denials: frozenset[str]) -> list[tuple[int, int, str]]:
    """The arcs that give ", an accusation Lima denies." its relative-clause parse, or none when the
    sentence does not end so or is parsed so already. Each arc is (token, head, label), by index."""
    verb = _last_word(sent)
    # "rejects" is often tagged a noun; most sentences end on another word, and are read no further
    if verb is None or verb.pos_ not in ("VERB", "NOUN") or verb.lemma_.lower() not in denials:
        return []
    tokens = [t for t in sent if not t.is_space and t.i <= verb.i]
    end = len(tokens)
    if end < 6:
        return []
    position = end - 2
    auxiliaries = []
    while position > 0 and (tokens[position].pos_ in ("AUX", "ADV") or tokens[position].dep_ == "neg"):
        auxiliaries.append(tokens[position])
        position -= 1
    name_end = position + 1  # the denier's phrase runs from the allegation noun to here
    position = next((p for p in range(name_end - 2, 1, -1)
                     if tokens[p].pos_ == "NOUN" and tokens[p].lemma_.lower() in allegations), 0)
    name, noun = tokens[position + 1:name_end], tokens[position]
    if not position or not 0 < len(name) <= MAX_NAME or name[-1].pos_ not in ("PROPN", "NOUN") or any(
            t.pos_ not in NAME_POS and t.ent_type_ not in NAME_TYPES for t in name):
        return []
    modifiers = []
    position -= 1
    while position > 0 and tokens[position].pos_ in ("ADJ", "NOUN") and tokens[position].lower_ not in ARTICLES:
        modifiers.append(tokens[position])
        position -= 1
    article, comma = tokens[position], tokens[position - 1] if position > 0 else None
    if article.lower_ not in ARTICLES or comma is None or comma.text not in (",", "—", "–", "-"):
        return []
    if verb.dep_ == "relcl" and verb.head == noun and verb.pos_ == "VERB" and name[-1].head == verb:
        return []  # parsed right
    clause = [t for t in sent if t.i < comma.i]
    roots = [t for t in clause if t.head == t or t.head.i >= comma.i]
    if len(roots) != 1:
        return []
    if verb.pos_ == "NOUN":
        verb.pos_, verb.tag_ = "VERB", "VBZ"
    main, name_head = roots[0], name[-1]
    arcs = [(main.i, main.i, "ROOT"), (comma.i, main.i, "punct"), (noun.i, main.i, "npadvmod"),
            (article.i, noun.i, "det"), (verb.i, noun.i, "relcl"), (name_head.i, verb.i, "nsubj")]
    arcs += [(t.i, noun.i, "amod" if t.pos_ == "ADJ" else "compound") for t in modifiers]
    arcs += [(t.i, name_head.i, NAME_ARCS.get(t.pos_, "compound")) for t in name[:-1] if t.head not in name]
    arcs += [(t.i, verb.i, "neg" if t.dep_ == "neg" else "aux" if t.pos_ == "AUX" else "advmod") for t in auxiliaries]
    arcs += [(t.i, main.i, "punct") for t in sent if t.i > verb.i and not t.is_space]
    return arcs


def _infinitives_of_plans(doc: Doc, plans: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """The arcs that hang an infinitive on the plan it tells, where the model hung it on the verb
    that governs the plan ("foiled a plot to kill the president": the killing is the plot's, not
    the foiling's doer's). On the way, an infinitive the tagger took for a noun ("offered to host
    talks") is made a verb."""
    complements = numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["xcomp"])
    repairs = []
    for index in complements:
        infinitive = doc[int(index)]
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
            continue
        if infinitive.pos_ == "NOUN":
            infinitive.pos_, infinitive.tag_ = "VERB", "VB"  # "offered to host talks": "host" tagged a noun
        plan = next((c for c in infinitive.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and c.i < infinitive.i and c.lemma_.lower() in plans), None)
        if plan is not None:
            repairs.append([(infinitive.i, plan.i, "acl")])
    return repairs


def _labels(doc: Doc, naming: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """The arcs that make the label a verb of naming puts on its object ("called Peru a rogue state",
    "called the claims a fabrication") that verb's object predicate, where the model hung it on the
    object as an apposition, or made the object a clause whose object is the label; and that hang a
    phrase after the label on the label ("what it called cyberattacks on its websites": no call on
    anyone)."""
    repairs = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in naming:
            continue
        label = next((c for c in verb.children if c.dep_ == "oprd"), None)
        arcs = []
        if label is None:
            for named in verb.children:
                if named.dep_ not in ("dobj", "ccomp") or named.pos_ not in ("NOUN", "PROPN"):
                    continue
                label = next((c for c in named.children if c.i > named.i and c.dep_ in ("appos", "dobj")
                              and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)), None)
                if label is not None:
                    arcs = [(named.i, verb.i, "dobj"), (label.i, verb.i, "oprd")]
                    break
        if label is not None:
            arcs += [(c.i, label.i, "prep") for c in verb.children if c.dep_ == "prep" and c.i > label.i]
        if arcs:
            repairs.append(arcs)
    return repairs


def _subjects_made_roots(sents: list[Span]) -> list[list[tuple[int, int, str]]]:
    """The arcs that make a sentence's verb its root again where the model made the subject the root and
    the verb, after a comma, a participle modifying it ("Brazil, which ..., offered to mediate", "Chile's
    president, Ana Ruiz, called on ..."), or modifying the last word of the clause set beside it ("Brazil,
    which imposed sanctions after the coup, called on ...": a verb in the past, not a participle); or,
    with nothing between them, a verb the tagger calls a past form, not a participle ("the EU's foreign
    policy chief called on ...")."""
    repairs = []
    for sent in sents:
        subject = sent.root
        if subject.pos_ not in ("PROPN", "NOUN"):
            continue
        asides = [c for c in subject.children if c.dep_ in ("relcl", "appos")]

        def unsubjected(verb: Token) -> bool:  # a verb read as modifying a noun, with no subject of its own
            return verb.dep_ == "acl" and verb.pos_ == "VERB" and not any(
                g.dep_.startswith("nsubj") for g in verb.children)

        def cut_off(verb: Token) -> bool:  # such a verb after a comma
            return unsubjected(verb) and verb.i > 0 and verb.nbor(-1).text == ","

        in_asides = (t for aside in asides for t in aside.subtree if t.head != subject)
        verb = next((c for c in subject.children if cut_off(c) and c.tag_ in ("VBD", "VBN") and asides), None) \
            or next((t for t in in_asides if cut_off(t) and t.tag_ == "VBD"), None) \
            or next((c for c in subject.children if unsubjected(c) and c.tag_ == "VBD" and c.i == subject.i + 1), None)
        if verb is None:
            continue
        if verb.tag_ == "VBN":
            verb.tag_ = "VBD"
        repairs.append([(verb.i, verb.i, "ROOT"), (subject.i, verb.i, "nsubj")]
                       + [(c.i, verb.i, "punct") for c in subject.children if c.is_punct and c.i > verb.i])
    return repairs


def _trailing_speaker(sent: Span, reporting: frozenset[str]) -> list[tuple[int, int, str]]:
    """The arc that makes the speaker who ends a sentence ("..., regional governor Oleh Ivanov said.",
    "..., an Indian government source told Reuters.") the subject of the reporting verb, where the
    model hung the name on a word before the comma (as a conjunct of "damaged a power plant"),
    leaving the verb with no subject."""
    verb = _last_word(sent)
    if verb is not None and verb.dep_ in ("dobj", "dative") and verb.i - verb.head.i <= 2:
        verb = verb.head  # "told Reuters", "told reporters"
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in reporting \
            or any(c.dep_.startswith("nsubj") for c in verb.children) \
            or sum(not (t.is_punct or t.is_space) for t in sent) < 3:
        return []
    start = verb.i
    while start > sent.start and sent.doc[start - 1].pos_ in NAME_POS and verb.i - start < MAX_NAME + 2:
        start -= 1
    if start == verb.i or start == sent.start or sent.doc[start - 1].text != ",":
        return []
    phrase = sent.doc[start:verb.i]
    heads = [t for t in phrase if not start <= t.head.i < verb.i]
    if len(heads) != 1 or heads[0].head.i == verb.i or not any(
            t.ent_type_ in ("PERSON", "NORP") or t.pos_ == "PROPN" for t in phrase):
        return []
    return [(heads[0].i, verb.i, "nsubj")]


def _speakers_participles(doc: Doc, reporting: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """The arcs that hang a participle clause after a speaker set off in the middle of a sentence
    ("X fired shells, Seoul's military said, calling it a provocation") on the speaker's verb, where
    the model hung it on the sentence's main verb: the calling is the speaker's, not the shooter's."""
    repairs = []
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["advcl"]):
        participle = doc[int(i)]
        if participle.tag_ != "VBG" or participle.i < 2 or participle.nbor(-1).text != "," \
                or any(c.dep_.startswith("nsubj") for c in participle.children):
            continue
        said = next((c for c in participle.head.children if c.dep_ == "parataxis" and c.lemma_.lower() in reporting
                     and participle.i - 2 <= c.right_edge.i < participle.i and any(g.dep_ == "nsubj" for g in c.children)),
                    None)
        if said is not None:
            repairs.append([(participle.i, said.i, "advcl")])
    return repairs


def _names_after_offices(doc: Doc, offices: frozenset[str], collectives: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """The arcs that make a person's name right after an office noun ("his Turkish counterpart Hakan
    Fidan", "the envoy Ana Ruiz"), or an organization's right after a noun for one ("the regional
    bloc ECOWAS", "the militia Wagner"), the noun's apposition, where the model hung the name
    elsewhere (as an adverbial of the verb): the noun and the name are one actor."""
    repairs = []
    for name in doc.ents:
        office = doc[name.start - 1] if name.start > 0 else None
        kinds = offices if name.label_ == "PERSON" else collectives if name.label_ == "ORG" else frozenset()
        if office is None or office.pos_ != "NOUN" \
                or office.lemma_.lower() not in kinds or name.root.head.i == office.i or office.head.i == name.root.i:
            continue
        repairs.append([(name.root.i, office.i, "appos")])
    return repairs


def _subjects_read_as_objects(doc: Doc) -> list[list[tuple[int, int, str]]]:
    """The arcs that make two coordinated clauses of "Kenya condemned the attack and Uganda sent
    troops", which the model reads as one object, "the attack and Uganda", and a second verb with no
    subject: the name before that verb is its subject, and "and" joins the clauses."""
    repairs = []
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["conj"]):
        verb = doc[int(i)]
        if verb.i < 3 or verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_.startswith("nsubj") for c in verb.children):
            continue
        name, first = doc[verb.i - 1], verb.head
        if name.dep_ != "conj" or name.pos_ not in ("PROPN", "NOUN") or name.head.dep_ not in ("dobj", "pobj") \
                or first.i not in (name.head.head.i, name.head.head.head.i):
            continue
        link = [(c.i, first.i, "cc") for c in name.head.children if c.dep_ == "cc" and c.i < name.i]
        repairs.append([(name.i, verb.i, "nsubj"), *link])
    return repairs


def _participles_of_orders(doc: Doc) -> list[list[tuple[int, int, str]]]:
    """The arcs that hang a participle clause set off by a comma after an infinitive ("ordered the
    ambassador to leave within 72 hours, accusing Paris of hostile remarks") on the verb the
    infinitive completes, where the model hung it on the infinitive: the accusing is the orderer's,
    not the ambassador's."""
    repairs = []
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["advcl"]):
        participle = doc[int(i)]
        infinitive = participle.head
        if participle.tag_ == "VBG" and participle.i > 0 and participle.nbor(-1).text == "," \
                and infinitive.dep_ == "xcomp" and infinitive.head.pos_ == "VERB" \
                and any(c.dep_ == "dobj" for c in infinitive.head.children) \
                and not any(c.dep_.startswith("nsubj") for c in participle.children):
            repairs.append([(participle.i, infinitive.head.i, "advcl")])
    return repairs


def _tensed_verbs_read_into_reports(doc: Doc, reporting: frozenset[str],
                                    acts: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """The arcs that hang a past or present tense verb the model coordinated with the verb of a
    reported clause ("X said Moscow was using gas as a weapon and asked its partners for help") on
    the reporting verb, where the second verb cannot share the reported verb's subject: the reported
    verb is a progressive ("was using"), whose auxiliary the second verb lacks, or a verdict on an act
    (one of `acts`), which does nothing ("said the move was illegal and urged Washington to stop"):
    the asking and the urging are the speaker's. (A tensed verb beside a bare one after a modal,
    "said it would respond and accused ...", is told apart where statuses are read.)"""
    repairs = []
    for i in numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["conj"]):
        verb = doc[int(i)]
        reported = verb.head
        if verb.tag_ not in ("VBD", "VBZ") or any(c.dep_.startswith("nsubj") for c in verb.children) \
                or reported.dep_ != "ccomp" or reported.head.lemma_.lower() not in reporting:
            continue
        progressive = reported.tag_ == "VBG" and any(c.dep_ == "aux" for c in reported.children)
        verdict = reported.lemma_ == "be" and any(c.dep_ in ("acomp", "attr") for c in reported.children) and any(
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lemma_.lower() in acts for c in reported.children)
        if not (progressive or verdict):
            continue
        link = [(c.i, reported.head.i, "cc") for c in reported.children if c.dep_ == "cc" and c.i < verb.i]
        repairs.append([(verb.i, reported.head.i, "conj"), *link])
    return repairs


def _particles_read_as_quantities(doc: Doc) -> list[list[tuple[int, int, str]]]:
    """The arcs that hang a particle right after its verb on the verb, where the model, though it tagged
    the word a particle, read it as a modifier of the number after it ("handed over 175 prisoners" as
    "handed more than 175 prisoners"), which hid the verb's sense."""
    return [[(int(i), int(i) - 1, "prt")] for i in numpy.flatnonzero(doc.to_array(TAG) == doc.vocab.strings["RP"])
            if i > 0 and doc[int(i)].dep_ == "quantmod" and doc[int(i) - 1].pos_ == "VERB"]


def _names_read_as_verbs(sents: list[Span]) -> list[list[tuple[int, int, str]]]:
    """The arcs that make a name that opens a sentence the subject of the verb right after it, where the
    model took the name for a verb or an auxiliary, or for the root ("ECOWAS imposed sanctions" as a verb
    or a name with "imposed sanctions" its object, "IGAD called for" as a passive): the verb takes the
    name's place, and an object it was read as modifying becomes its object. The name is tagged a proper
    noun."""
    repairs = []
    for sent in sents:
        name = sent[0]
        if name.ent_type_ not in NAME_TYPES or name.ent_iob_ != "B" or len(sent) < 3 or sent[1].ent_iob_ == "I" \
                or name.pos_ not in ("VERB", "AUX") and name.dep_ != "ROOT" or sent[1].tag_ not in ("VBD", "VBN"):
            continue
        verb = sent[1]
        if verb.dep_ == "ROOT":  # "IGAD called for ...": the name hangs on the verb already, as an auxiliary
            repair = [(name.i, verb.i, "nsubj")]
        elif verb.dep_ == "amod" and verb.head.head.i == name.i:
            # "ECOWAS imposed sanctions": the verb modifies the name's object; it takes the name's place
            place = (verb.i, "ROOT") if name.dep_ == "ROOT" else (name.head.i, name.dep_)
            repair = [(verb.i, *place), (name.i, verb.i, "nsubj"), (verb.head.i, verb.i, "dobj")] + [
                (c.i, verb.i, c.dep_) for c in name.children if c.i != verb.head.i]
        else:
            continue
        name.tag_, name.pos_, name.lemma_ = "NNP", "PROPN", name.text
        verb.tag_ = "VBD" if not any(c.dep_.startswith("aux") for c in verb.children if c.i != name.i) else verb.tag_
        repairs.append(repair)
    return repairs


def _coordinated_verbs_read_as_complements(doc: Doc) -> list[list[tuple[int, int, str]]]:
    """The arcs that coordinate a tensed verb right after "and" with the verb before the "and", where the
    model read it as a second complement of the verb above both, with no subject ("said Israel would not
    tolerate delays and warned that ..."): it shares that verb's subject."""
    repairs = []
    for token in doc:
        if token.dep_ != "ccomp" or token.pos_ != "VERB" or token.tag_ != "VBD" or token.i == 0 \
                or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue
        conjunction = token.nbor(-1)
        verb = conjunction.head
        if conjunction.dep_ == "cc" and verb.pos_ in ("VERB", "AUX") and verb.i < token.i and verb.head.i == token.head.i:
            repairs.append([(token.i, verb.i, "conj")])
    return repairs


def _verbs_read_as_modifiers(sents: list[Span]) -> list[list[tuple[int, int, str]]]:
    """The arcs that make a sentence's past-tense verb its root again where the model read it as a
    modifier of the noun phrase after it, which became the root ("Egypt hosted ceasefire talks": a
    "hosted ceasefire" of talks), though the verb has a subject: the phrase is the verb's object, and
    what stood before the verb, and the closing punctuation, hang on the verb."""
    repairs = []
    for sent in sents:
        phrase = sent.root
        if phrase.pos_ not in ("NOUN", "PROPN"):
            continue
        verb = next((t for t in phrase.doc[sent.start:phrase.i] if t.dep_ == "amod" and t.tag_ in ("VBD", "VBN")
                     and any(c.dep_ == "nsubj" for c in t.children)), None)
        if verb is None or any(t.i != phrase.i and t.dep_ != "compound" for t in verb.ancestors):
            continue
        verb.tag_ = "VBD"  # a participle has no subject: with one, it is the past tense
        moved = [(c.i, verb.i, c.dep_) for c in phrase.children if c.i < verb.i or c.is_punct and c.i > verb.i]
        repairs.append([(verb.i, verb.i, "ROOT"), (phrase.i, verb.i, "dobj"), *moved])
    return repairs


def _last_word(sent: Span) -> Token | None:
    """A sentence's last token that is neither punctuation nor space: where a trailing denial or
    speaker ends."""
    return next((t for t in reversed(sent) if not (t.is_space or t.is_punct)), None)
