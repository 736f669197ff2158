"""The `diplograph_actors_v1` spaCy component: which named actors a document mentions.

After the entity ruler (gazetteer names) and the statistical NER, it maps every named mention to
an `Actor`: states by ISO code (names, demonyms, capitals used as actors), international
organizations and armed groups from the gazetteer, and persons, whose role and state come from
the noun phrase around the name ("French President Anne Roux", "Chile's deputy foreign
minister, Ana ...", "Foreign Minister Li Wei of China"). Later mentions of a person by
surname ("de la Vega") join the person. News outlets that only report are not actors.

Places that are only places ("at his country retreat", "in Geneva") are no actors: their names go to
`Doc._.places`.

Sets `Doc._.actors` (key -> Actor), `Doc._.places` (names) and `Token._.actor` (the key of the
named mention a token is in). `Token._.actor` reads and writes `Doc._.actor_keys`, one entry per
token, which later stages read whole: a spaCy extension attribute costs microseconds a read, and
every token of every article is read.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.lexicon import fold, gazetteer, lexicon, slug
from extract.records import Actor

Doc.set_extension("article", default=None, force=True)
Doc.set_extension("actors", default=None, force=True)
Doc.set_extension("places", default=None, force=True)
Doc.set_extension("actor_keys", default=None, force=True)


def _token_actor(token: Token) -> str | None:
    keys = token.doc._.actor_keys
    return keys[token.i] if keys is not None else None


def _set_token_actor(token: Token, key: str | None) -> None:
    doc = token.doc
    if doc._.actor_keys is None:
        doc._.actor_keys = [None] * len(doc)
    doc._.actor_keys[token.i] = key


Token.set_extension("actor", getter=_token_actor, setter=_set_token_actor, force=True)

POSSESSIVE = {"'s", "’s", "'", "’"}
# Title words that are generic: they do not by themselves point to an earlier institution.
GENERIC_TITLE = {"minister", "president", "secretary", "chief", "head", "leader", "official", "deputy",
                 "senior", "top", "spokesman", "spokeswoman", "spokesperson", "general", "prime", "vice",
                 "acting", "former", "first", "state", "national"}


def entity_ruler_patterns() -> list[dict]:
    """Phrase patterns for spaCy's entity ruler: every gazetteer name, with its actor key as id, and
    the places of places.tsv, which are places and never persons ("Kharkiv")."""
    return [{"label": name.label, "pattern": name.text, "id": name.actor} for name in gazetteer().names] + [
        {"label": "GPE" if iso else "LOC", "pattern": place} for place, iso in gazetteer().places.items()]


# Lower-case particles inside a family name ("Anna van der Berg", "Pedro da Costa")
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "bin", "ibn", "ter", "zu"}


def _join_split_names(doc: Doc) -> None:
    """One person's name that the model splits into two person names side by side ("Hassan Sheikh" and
    "Mohamud") is one name again: two persons are never named with nothing between them. So is one it
    breaks at a particle of the family name ("Anna van" and "Berg", "Anna van der" and a "Berg" of no
    entity or of another kind), when the rest is a name the gazetteer does not know."""
    ents = list(doc.ents)
    joined: list[Span] = []
    for ent in ents:
        if joined and joined[-1].end > ent.start:
            continue  # taken into the name before
        last = joined[-1] if joined else None
        if last is not None and ent.label_ == "PERSON" and last.label_ == "PERSON" and last.end == ent.start:
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        joined.append(ent)
        if ent.label_ == "PERSON":
            joined[-1] = _with_family_name(ent)
    if joined != ents:
        doc.ents = joined


def _with_family_name(name: Span) -> Span:
    """A person's name with the rest of its family name after a particle ("van der" and "Berg"), where
    the model left the rest out."""
    doc = name.doc
    end = name.end
    while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower:
        end += 1
    if end == name.end and doc[name.end - 1].lower_ not in NAME_PARTICLES:
        return name
    rest = end
    while rest < len(doc) and doc[rest].pos_ == "PROPN" and doc[rest].is_title:
        rest += 1
    if rest == end or gazetteer().lookup(doc[end:rest].text) is not None:
        return name
    return Span(doc, name.start, rest, label="PERSON")


@Language.factory("diplograph_actors_v1")
def make_actor_finder(nlp: Language, name: str) -> "ActorFinder":
    return ActorFinder()


class ActorFinder:
    """Map the named mentions of a Doc to actors (see the module docstring)."""

    def __init__(self) -> None:
        self.gazetteer = gazetteer()
        self.lexicon = lexicon()
        self.outlets = {fold(o) for o in self.lexicon.words("outlet")}
        self.roles = self.lexicon.words("role")
        self.regions = self.lexicon.words("region")
        self.armaments = self.lexicon.words("armament")
        self.compass = self.lexicon.words("compass")
        self.constituents = self.lexicon.words("constituency") | self.lexicon.words("civilian") | \
            self.lexicon.words("insurgent")
        self.travel = self.lexicon.words("travel")

    def __call__(self, doc: Doc) -> Doc:
        _join_split_names(doc)
        self._titled_persons(doc)
        keys = doc._.actor_keys = [None] * len(doc)
        actors: dict[str, Actor] = {}
        persons: list[tuple[list[str], str]] = []  # (name tokens folded, key), for surname matching
        unknown = []
        surmised: set[str] = set()  # persons whose state is only a guess so far
        named = self._names_with_places(doc)
        unknown.extend(named)
        taken = {i for span in named for i in range(span.start, span.end)}
        for ent in doc.ents:
            if ent.start in taken:
                continue
            key = ent.ent_id_ or None
            if key is None and ent.label_ in ("GPE", "NORP", "ORG", "LOC"):
                key = self.gazetteer.lookup(ent.text)
            if ent.label_ == "NORP" and ent.start > 0 and doc[ent.start - 1].lower_ in self.compass:
                key = None  # "South American leaders" are no Americans
            if ent.text in self.gazetteer.after_the and ent.start > 0 and doc[ent.start - 1].lower_ != "the" \
                    and (doc[ent.start - 1].is_title or doc[ent.start - 1].is_upper):
                key = None  # "the Commission", "Commission President X", but not the "AU Commission"
            if key and key in self.gazetteer.actors:
                actors.setdefault(key, self.gazetteer.actors[key])
                keys[ent.start:ent.end] = [key] * len(ent)
            else:
                unknown.append(ent)
        # persons after all known actors, so that a state named after the person counts
        # ("Foreign Minister Li Wei of China", "... told reporters in Ankara")
        for ent in unknown:
            if ent.label_ == "PERSON":
                self._person(doc, _whole_name(ent), actors, persons, surmised)
        self._surnames(doc, actors, persons)
        doc._.actors = actors
        doc._.places = list(dict.fromkeys(
            name for token in doc if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS
            for name in [place_name(token)] if name))
        return doc

    def _titled_persons(self, doc: Doc) -> None:
        """A name right after a title, or set beside one ("Colombia's president, Ana Ruiz,"), that the
        model calls an organization ("Chancellor Olaf Scholz") is a person's: an office is held by a
        person, and the gazetteer knows the organizations."""
        ents = list(doc.ents)
        titled = [n for n, ent in enumerate(ents) if ent.label_ == "ORG" and not ent.ent_id_ and ent.start > 0
                  and (doc[ent.start - 1].lower_ in self.roles
                       or ent.root.dep_ == "appos" and ent.root.head.lower_ in self.roles) and len(ent) <= 4
                  and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in self.roles for t in ent)]
        for n in titled:
            ents[n] = Span(doc, ents[n].start, ents[n].end, label="PERSON")
        if titled:
            doc.ents = ents

    def _names_with_places(self, doc: Doc) -> list[Span]:
        """Persons whose given or family name is a one-word name the gazetteer knows, a place or an
        organization ("President Marta Lima", "Sofia Haddad, Egypt's foreign minister", "Minister Ana
        Wagner"): the name, not the capital or the group. So is one the model calls a person's but for
        that word ("Israel" and "Katz"): a name is never run into another with nothing between them."""
        def name_word(token: Token) -> bool:  # a capitalized proper noun that names no actor, date or office
            return token.pos_ == "PROPN" and token.is_title and not token.ent_id_ \
                and token.ent_type_ not in ("DATE", "TIME") and token.lower_ not in self.roles

        names = []
        for ent in doc.ents:
            if ent.label_ not in ("GPE", "ORG") or not ent.ent_id_ or len(ent) != 1:
                continue
            start, end = ent.start, ent.end
            while start > 0 and name_word(doc[start - 1]):
                start -= 1
            while end < len(doc) and name_word(doc[end]):
                end += 1
            titled = start > 0 and doc[start - 1].lower_ in self.roles
            described = end < len(doc) and doc[end].text == "," and any(  # "Sofia Haddad, Egypt's foreign minister,"
                t.lower_ in self.roles for t in doc[end + 1:min(end + 6, len(doc))])
            personal = any(doc[i].ent_type_ == "PERSON" for i in range(start, end))
            if (start, end) != (ent.start, ent.end) and (titled or described or personal):
                names.append(Span(doc, start, end, label="PERSON"))
        return names

    def _person(self, doc: Doc, ent: Span, actors: dict[str, Actor], persons: list, surmised: set[str]) -> None:
        tokens = [t for t in ent if t.text not in POSSESSIVE and not t.is_punct]
        # a title the NER swept into the name ("President Anne Roux") is not part of it
        while tokens and tokens[0].lower_ in self.roles:
            tokens = tokens[1:]
        if not tokens or fold(ent.text) in self.outlets:
            return
        hyphenated = (ent.end < len(doc) and doc[ent.end].text in "-–") or (ent.start > 0 and doc[ent.start - 1].text in "-–")
        if hyphenated:  # part of a place name such as "Saint-Denis"
            return
        if ent.root.dep_ == "compound" and ent.root.head.lemma_.lower() in self.regions | self.armaments:
            return  # a place or a weapon the NER took for a person: "the Kherson region", "Patriot systems"
        if len(tokens) == 1 and tokens[0].is_sent_start and any(
                self.lexicon.senses(pos, tokens[0].lower_) for pos in ("N", "V")):
            return  # a word of an act, capitalized to start the sentence: "Riot police fired tear gas"
        words = [fold(t.text) for t in tokens]
        key = self._known_person(words, persons)
        name = doc[tokens[0].i:tokens[-1].i + 1].text  # as written: "Badr al-Harthi"
        if key is None:
            role, state, organization, guessed = self._context(doc, ent)
            key = f"person:{slug(name)}"
            actors[key] = Actor(key=key, kind="Person", label=name, affiliation=state, role=role,
                                organization=organization)
            persons.append((words, key))
            if guessed:
                surmised.add(key)
        else:
            person = actors[key]
            if person.affiliation is None or person.role is None or key in surmised:
                # a later mention may tell what the first did not, or better than a guess
                role, state, organization, guessed = self._context(doc, ent)
                better = state is not None and (person.affiliation is None or key in surmised and not guessed)
                if better and not guessed:
                    surmised.discard(key)
                elif better:
                    surmised.add(key)
                actors[key] = Actor(key=key, kind="Person", label=person.label,
                                    affiliation=state if better else person.affiliation, role=person.role or role,
                                    organization=person.organization or organization, aliases=person.aliases)
            if fold(name) != fold(actors[key].label):
                actors[key] = _with_alias(actors[key], name)
        keys = doc._.actor_keys
        for token in tokens:
            keys[token.i] = key

    @staticmethod
    def _known_person(words: list[str], persons: list) -> str | None:
        """The person a (possibly shorter) name refers to: "de la Vega" is "Ana Ruiz de la Vega";
        a single name that is one of the names of exactly one known person is that person ("Ruiz"
        in "Ana Ruiz de la Vega"; "Li" in "Li Wei", where the family name comes first)."""
        for known, key in reversed(persons):
            if words == known[-len(words):] or known == words[-len(known):]:
                return key
        return _sole_bearer(words[0], persons) if len(words) == 1 else None

    def _surnames(self, doc: Doc, actors: dict[str, Actor], persons: list) -> None:
        """Mentions of known persons by one of their names that the NER did not tag as persons
        ("de la Vega", or "Li" of "Li Wei"), even where the tagger took the name for a word that
        heads its phrase ("Albanese flew ..." as an adjective)."""
        if not persons:
            return
        keys = doc._.actor_keys
        for token in doc:
            if keys[token.i] or not token.is_title or not (token.pos_ == "PROPN" or token.pos_ in ("ADJ", "NOUN") and (
                    token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos"))):
                continue
            folded = fold(token.text)
            for known, key in reversed(persons):
                if len(known) >= 2 and folded == known[-1]:
                    keys[token.i] = key
                    left = token.i - 1
                    for word in reversed(known[:-1]):  # extend over the rest of a compound surname
                        if left >= 0 and fold(doc[left].text) == word and not keys[left]:
                            keys[left] = key
                            left -= 1
                        else:
                            break
                    break
            else:
                keys[token.i] = _sole_bearer(folded, persons)

    def _title_before(self, doc: Doc, ent: Span) -> list[Token]:
        """The title phrase that runs up to a name ("Syria's President", "Kenyan Foreign Minister"):
        the words left of it back to the first that is no title word, owner or state."""
        words: list[Token] = []
        index = ent.start - 1
        while index >= 0 and len(words) < 6 and (doc[index].lower_ in self.roles or doc[index].text in POSSESSIVE
                                                  or doc[index]._.actor or doc[index].pos_ == "ADJ"):
            words.insert(0, doc[index])
            index -= 1
        return words if words and words[-1].lower_ in self.roles else []

    def _context(self, doc: Doc, ent: Span) -> tuple[str | None, str | None, str | None, bool]:
        """A person's role title, state (ISO code) and organization, from the words around the name,
        and whether the state is only surmised (from the sentence, an earlier institution or the
        dateline, not from what the text says of the person)."""
        root = ent.root
        inside = set(range(ent.start, ent.end))
        regions: list[list[Token]] = []
        # premodifiers: "U.S. President", "Chile's deputy foreign minister" inside the name's phrase
        regions.append([t for t in root.subtree if t.i < ent.start])
        if root.dep_ == "appos":  # "Chile's deputy foreign minister, Ana ..."
            head = root.head
            regions.append([t for t in head.subtree if t.i not in inside and t.i not in {x.i for x in root.subtree}])
        for child in root.children:
            if child.dep_ == "appos":  # "Ana ..., Chile's deputy foreign minister,"
                regions.append([t for t in child.subtree if not _in_relative_clause(t, child)])
            if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                regions.append(list(child.subtree))
        # whatever the parse: "Syria's President Bashar al-Assad"; its state comes first ("X and Kosovo Prime
        # Minister Y", which the parser may make one phrase, with X's state first)
        title = self._title_before(doc, ent)
        regions.append(title)
        role = organization = None
        state = next((actor.iso for t in title for actor in [self.gazetteer.actors.get(doc._.actor_keys[t.i])]
                      if actor and actor.kind == "State"), None)
        for region in regions:
            region = [t for t in region if t.i not in inside]
            for token in region:
                key = doc._.actor_keys[token.i]
                if not key:
                    continue
                actor = self.gazetteer.actors.get(key)
                if actor and actor.kind == "State":
                    state = state or actor.iso
                elif actor:
                    organization = organization or key
                    state = state or actor.affiliation
            role = role or self._role(region)
        if role and not state and not organization:
            state = self.gazetteer.title_state(role)
        if not state and not organization:
            state = self._speaker_state(root)
        if state or organization or not role:
            return role, state, organization, False
        state = self._sole_state_of_sentence(ent) or self._institution_state(doc, ent.start, role)
        return role, state, organization, state is not None

    def _sole_state_of_sentence(self, ent: Span) -> str | None:
        """The state of an official whose phrase names none, when the sentence names just one
        outside what the official acts on ("state media said the leader ...", "rebels called for the
        ouster of President ..."); the objects of the official's own act are other parties, unless
        the state is where the act happens or whose people it is done to ("ordered a curfew in
        Mombasa", "had Kenyan opposition lawmakers arrested"), and so are those who meet the official
        ("Moroccan diplomats met President ...", "held talks with President ...")."""
        others: set[int] = set()
        root = ent.root
        if root.dep_ in ("nsubj", "nsubjpass"):
            for child in root.head.children:
                if child.dep_ in ("dobj", "dative", "prep", "agent", "xcomp", "ccomp", "attr"):
                    others.update(t.i for t in child.subtree)
        elif root.dep_ == "dobj" or root.dep_ == "pobj" and root.head.lower_ == "with":
            meeting = root.head if root.dep_ == "dobj" else root.head.head  # "met X", "(held) talks with X"
            verb = meeting.head if meeting.pos_ == "NOUN" and meeting.dep_ == "dobj" else meeting
            if any(sense.category == "CONSULT" for pos in ("V", "N") for sense in self.lexicon.senses(pos, meeting.lemma_)):
                others.update(t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree)

        def at_home(token: Token) -> bool:  # (people who act in what is told are no one acted on)
            return token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and not self._travelled(token.head) or \
                token.dep_ in ("amod", "compound", "poss") and token.head.lemma_.lower() in self.constituents \
                and token.head.dep_ != "nsubj"

        keys = ent.doc._.actor_keys

        def state(token: Token) -> str | None:
            actor = self.gazetteer.actors.get(keys[token.i] or "")
            return actor.iso if actor and actor.kind == "State" else None

        named = [(iso, t.i not in others or at_home(t)) for t in ent.sent if not ent.start <= t.i < ent.end
                 for iso in [state(t)] if iso]
        # a state the official acts on is no home, even where the act happens there ("spoke with U.S.
        # Commerce Secretary X and will meet him in Washington")
        foreign = {iso for iso, home in named if not home}
        states = {iso for iso, home in named if home and iso not in foreign}
        return states.pop() if len(states) == 1 else None

    def _speaker_state(self, name: Token) -> str | None:
        """The state of a person who is the subject of a statement, when the phrase gives none: where
        the person speaks ("In Ankara, the spokesman ... said", "told reporters in Hanoi"), or
        the state the person speaks for ("the minister said Oslo would ...").
        Officials speak from their capitals and for their governments."""
        if name.dep_ not in ("nsubj", "nsubjpass"):
            return None
        # the verbs the person is the subject of, and participles about the person ("addressing
        # a rally in Hanoi", "speaking in Ankara")
        verbs = [name.head] + [v for v in name.head.children
                               if v.dep_ in ("conj", "advcl") and v.pos_ in ("VERB", "AUX")
                               and not any(c.dep_.startswith("nsubj") for c in v.children)]
        verbs += [v for v in name.children if v.dep_ == "acl" and v.pos_ == "VERB"]
        place = [obj for verb in verbs for prep in verb.children if prep.dep_ == "prep" and not self._travelled(prep)
                 for obj in prep.subtree if obj.dep_ == "pobj" and obj.head.lower_ in ("in", "at")]
        # (but one the person charges with a violation is another: "said the UAE had violated Sudan's sovereignty")
        announced = [subject for verb in verbs for clause in verb.children if clause.dep_ == "ccomp"
                     and not any("charge" in sense.flags for sense in self.lexicon.senses("V", clause.lemma_))
                     for subject in clause.children if subject.dep_ in ("nsubj", "nsubjpass")]
        for token in place + announced:
            actor = self.gazetteer.actors.get(token._.actor or "")
            if actor and actor.kind == "State":
                return actor.iso
        return None

    def _travelled(self, preposition: Token) -> bool:
        """Whether a place phrase tells where someone went ("arrived in Riyadh", "landed at Vnukovo"):
        a visitor's destination, never the visitor's home."""
        return preposition.head.pos_ == "VERB" and preposition.head.lemma_.lower() in self.travel

    def _role(self, region: list[Token]) -> str | None:
        """The title words of a region, in order: "deputy foreign minister", "secretary of state"."""
        words = [t for t in sorted(region, key=lambda t: t.i)
                 if not t._.actor and t.text not in POSSESSIVE and not t.is_punct and t.dep_ not in ("det", "relcl")
                 and t.pos_ in ("NOUN", "PROPN", "ADJ", "ADP") and not t.ent_type_ in ("DATE", "TIME", "CARDINAL")]
        while words and words[-1].pos_ == "ADP":
            words.pop()
        while words and words[0].pos_ == "ADP":
            words.pop(0)
        if not words or words[-1].lemma_.lower() not in self.roles or words[-1].pos_ == "ADJ":
            return None
        return " ".join(t.text.lower() for t in words)

    def _institution_state(self, doc: Doc, before: int, role: str) -> str | None:
        """The state of a title with no state of its own ("Foreign Minister Mihai ..."): the state of
        the latest institution earlier in the text that the title names ("the Moldovan foreign
        ministry", "the Kenyan treasury"); failing that, the country of the dateline. A bare title
        ("President ...") names no institution: the dateline first, then the latest ministry or
        government (in a story from Manila, a foreign ministry named earlier is often Beijing's)."""
        specific = {w for w in role.split() if w not in GENERIC_TITLE}
        article = doc._.article
        dateline = self.gazetteer.dateline_state(article.dateline) if article is not None else None
        if not specific and dateline:
            return dateline
        cues = specific | {"ministry", "government"}
        for token in reversed(doc[:before]):
            if token.lemma_.lower() not in cues or token._.actor:
                continue
            for modifier in token.children:
                if modifier.dep_ in ("poss", "amod", "compound", "nmod") and modifier._.actor:
                    actor = self.gazetteer.actors.get(modifier._.actor)
                    if actor and actor.kind == "State":
                        return actor.iso
        return dateline


PLACE_PREPOSITIONS = ("in", "at", "near", "outside")
PLACE_ENTITIES = ("GPE", "LOC", "FAC")


def place_name(head: Token) -> str | None:
    """The name of the place a phrase names, if it is only a place: "Geneva", "the Camp David
    retreat" (the proper name of a venue). A capital that stands for its state elsewhere is a place
    here ("met in Brussels"); a state by its name is an actor, not a place."""
    if head.ent_type_ in PLACE_ENTITIES:
        name = next(ent.text for ent in head.doc.ents if ent.start <= head.i < ent.end)
        actor = gazetteer().actors.get(gazetteer().lookup(name) or "")
        is_state_name = actor is not None and actor.kind == "State" and name in {actor.label, *actor.aliases}
        return None if is_state_name else name
    if head.lemma_.lower() in lexicon().words("venue"):
        for child in head.children:  # a named estate, palace or resort
            if child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN" and not child._.actor:
                words = list(child.subtree)
                return head.doc[words[0].i:words[-1].i + 1].text
    return None


def _sole_bearer(name: str, persons: list) -> str | None:
    """The one known person with several names of whom a single name is one, if only one has it."""
    bearers = {key for known, key in persons if len(known) >= 2 and name in known}
    return bearers.pop() if len(bearers) == 1 else None


def _whole_name(ent: Span) -> Span:
    """A person's name with the family name the NER left out ("Ana María" of "Ana María Ruiz"):
    the capitalized words right after it that its words qualify."""
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_ \
            and any(token.head.i == end for token in doc[ent.start:end]):
        end += 1
    return doc[ent.start:end] if end > ent.end else ent


def _in_relative_clause(token: Token, top: Token) -> bool:
    """Whether a token sits in a relative clause below `top` ("who now heads ...")."""
    while token.i != top.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def _with_alias(actor: Actor, alias: str) -> Actor:
    return Actor(key=actor.key, kind=actor.kind, label=actor.label, iso=actor.iso, affiliation=actor.affiliation,
                 wikidata=actor.wikidata, role=actor.role, organization=actor.organization,
                 aliases=actor.aliases | {alias})
