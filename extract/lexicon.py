"""The extractor's knowledge, loaded once from the data files in `ontology/`.

`Lexicon`: event triggers per PLOVER category and the word classes the rules use.
`Gazetteer`: states (ISO 3166 via pycountry, plus names, demonyms and metonyms), international
organizations and armed groups, each with the actor key it resolves to.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ontology
from extract.records import Actor


@dataclass(frozen=True)
class TriggerSense:
    """One row of `ontology/lexicon/triggers.tsv`."""

    pos: str  # "V" or "N"
    lemma: str
    complements: frozenset[str]  # lemmas
    kinds: frozenset[str]  # or kinds of actor ("InternationalOrganization": "withdrew from ECOWAS")
    category: str  # "" for a sense that is not an event
    cameo: str
    mode: str
    flags: frozenset[str]
    joint_complements: tuple[frozenset[str], ...] = ()  # lemmas that must all be there ("necessary+measure")

    @property
    def refined(self) -> bool:
        """Whether the sense needs a complement (and so is tried before the head's bare sense)."""
        return bool(self.complements or self.kinds or self.joint_complements)


class Lexicon:
    """Trigger senses by head lemma, and word classes by name."""

    def __init__(self) -> None:
        self._classes: dict[str, set[str]] = {}
        for name, lemma in ontology.read_table("lexicon", "frames.tsv"):
            self._classes.setdefault(name, set()).update((lemma.lower(), british(lemma.lower())))
        self._senses: dict[tuple[str, str], list[TriggerSense]] = {}
        for pos, lemma, complements, category, cameo, mode, flags in ontology.read_table("lexicon", "triggers.tsv"):
            words = [expanded for word in complements.split("|") if word and "+" not in word
                     for expanded in self._expanded(word)]
            joint = tuple(frozenset(word.split("+")) for word in complements.split("|") if "+" in word)
            sense = TriggerSense(pos, lemma, frozenset(w for w in words if not w[0].isupper()),
                                 frozenset(w for w in words if w[0].isupper()), category, cameo, mode,
                                 frozenset(filter(None, flags.split("|"))), joint)
            for spelling in dict.fromkeys((lemma, british(lemma))):  # "normalize" and "normalise"
                self._senses.setdefault((pos, spelling), []).append(sense)
        for senses in self._senses.values():
            senses.sort(key=lambda s: not s.refined)  # refined senses first

    def _expanded(self, word: str) -> list[str]:
        """A complement of triggers.tsv: a lemma or kind, or the lemmas of a word class ("@materiel")."""
        if not word.startswith("@"):
            return [word]
        if word[1:] not in self._classes:
            raise ValueError(f"triggers.tsv: no word class {word[1:]!r} in frames.tsv")
        return sorted(self._classes[word[1:]])

    def senses(self, pos: str, lemma: str) -> list[TriggerSense]:
        return self._senses.get((pos, lemma.lower()), [])

    def heads(self, pos: str, category: str | None = None) -> frozenset[str]:
        """The lemmas with a sense of a category ("reject", "veto", ... for V and REJECT), or with one
        of any category (an event word) when none is given."""
        return frozenset(lemma for (head_pos, lemma), senses in self._senses.items() if head_pos == pos and any(
            sense.category == category if category is not None else sense.category for sense in senses))

    def words(self, name: str) -> frozenset[str]:
        """The lemmas of a word class of `frames.tsv` ("reporting", "modal", ...)."""
        return frozenset(self._classes.get(name, ()))

    def has(self, name: str, lemma: str) -> bool:
        return lemma.lower() in self._classes.get(name, ())

    @property
    def categories(self) -> frozenset[str]:
        return frozenset(s.category for senses in self._senses.values() for s in senses if s.category)

    @property
    def kinds(self) -> frozenset[str]:
        """The kinds of actor that complements of senses name."""
        return frozenset(kind for senses in self._senses.values() for s in senses for kind in s.kinds)


@lru_cache(maxsize=1 << 16)  # (the same names, over and over)
def fold(text: str) -> str:
    """Case, accents and punctuation folded: the form names are compared in."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return " ".join(text.split())


@dataclass(frozen=True)
class Name:
    """A surface form that names an actor, for the entity ruler."""

    text: str
    label: str  # spaCy entity label: GPE, NORP or ORG
    actor: str  # Actor.key


def plural_demonym(demonym: str) -> str | None:
    """The people of a nation named in the plural ("Cubans", "Israelis"); None where English
    uses the adjective itself or another word ("the Chinese", "the French", "Swiss")."""
    if demonym.endswith(("ese", "ish", "ch", "ss", "s")) or " " in demonym:
        return None
    return demonym + "s"


class Gazetteer:
    """Known actors and the names, demonyms and metonyms that point to them."""

    def __init__(self) -> None:
        import pycountry

        self.actors: dict[str, Actor] = {}
        self.names: list[Name] = []
        self.after_the: set[str] = set()  # organizations' names that are theirs only after "the"
        self._by_folded: dict[str, str] = {}
        extra = {row[0]: row for row in ontology.read_table("gazetteer", "states.tsv")}
        countries = {country.alpha_3: country for country in pycountry.countries}
        # a name states.tsv gives a state is that state's, whatever ISO 3166 calls another ("Congo" is
        # the DR Congo in the news; ISO's short name for the Republic of the Congo)
        claimed = {name: iso for iso, row in extra.items() for name in row[2].split("|") if name}
        # and the states ISO 3166-1 has no code for yet, under their user-assigned codes (Kosovo: XKX)
        for iso in [*countries, *(iso for iso in extra if iso not in countries)]:
            country, row = countries.get(iso), extra.get(iso)
            official = [getattr(country, attr, None) for attr in ("common_name", "name", "official_name")]
            official = [n for n in official if n and "," not in n and claimed.get(n, iso) == iso]
            names = [n for n in (row[2].split("|") if row else []) if n] + official
            label = names[0] if names else country.name
            key = f"state:{iso}"
            self.actors[key] = Actor(key=key, kind="State", label=label, iso=iso,
                                     wikidata=(row[1] or None) if row else None,
                                     aliases=frozenset(n for n in names if n != label))
            for name in dict.fromkeys(names):
                self._add(name, "GPE", key)
            if row:
                for demonym in filter(None, row[3].split("|")):
                    for form in (demonym, plural_demonym(demonym)):
                        if form:
                            self._add(form, "NORP", key, index=False)
                for metonym in filter(None, row[4].split("|")):
                    self._add(metonym, "GPE" if metonym[0].isupper() and " " not in metonym else "ORG", key)
        self._titles = dict(ontology.read_table("gazetteer", "titles.tsv"))
        self._members: dict[str, frozenset[str]] = {}
        for organization, members in ontology.read_table("gazetteer", "memberships.tsv"):
            isos = frozenset(members.split("|"))
            unknown = sorted(iso for iso in isos if f"state:{iso}" not in self.actors)
            if unknown:
                raise ValueError(f"memberships.tsv: {organization}: no state has the code(s) {', '.join(unknown)}")
            self._members[f"org:{slug(organization)}"] = isos
        self.places = {name: iso or None for iso, names in ontology.read_table("gazetteer", "places.tsv")
                       for name in names.split("|") if name}  # (a sea or strait is in no state: "-")
        self._places = {fold(name): iso for name, iso in self.places.items()}
        for kind, wikidata, country, names in ontology.read_table("gazetteer", "organizations.tsv"):
            all_names = [n for n in names.split("|") if n]
            key = f"org:{slug(all_names[0])}"
            self.actors[key] = Actor(key=key, kind=kind, label=all_names[0], wikidata=wikidata or None,
                                     affiliation=country or None, aliases=frozenset(all_names[1:]))
            for name in all_names:
                self._add(name, "ORG", key)

    def _add(self, text: str, label: str, key: str, index: bool = True) -> None:
        self.names.append(Name(text, label, key))
        if text.startswith("the "):
            self.names.append(Name(text[4:], label, key))
            if label == "ORG":  # "the Commission", but not the "AU Commission" or an "Electoral Commission"
                self.after_the.add(text[4:])
        if text.startswith("St. "):  # wire copy writes "St Lucia" as often as "St. Lucia"
            self.names.append(Name(f"St {text[4:]}", label, key))
        if index:
            self._by_folded.setdefault(fold(text), key)

    def lookup(self, text: str) -> str | None:
        """The actor key a name (not a demonym) stands for, or None."""
        return self._by_folded.get(fold(text))

    def place_state(self, name: str) -> str | None:
        """The ISO code of the state a place is in: a state's own names and capitals, and the cities
        and regions of places.tsv ("Kharkiv", "Lagos")."""
        key = self.lookup(name)
        if key and key.startswith("state:"):
            return key.split(":", 1)[1]
        return self._places.get(fold(name))

    def dateline_state(self, dateline: str | None) -> str | None:
        """The ISO code of the first place of a dateline ("NAIROBI/KAMPALA", "LAGOS") that is
        in a known state."""
        for place in (dateline or "").split("/"):
            iso = self.place_state(place.title())
            if iso:
                return iso
        return None

    def state(self, iso: str | None) -> Actor | None:
        return self.actors.get(f"state:{iso}") if iso else None

    def is_member(self, iso: str, organization: str) -> bool:
        """Whether a state (by ISO code) is a member of an organization (by actor key)."""
        return iso in self._members.get(organization, ())

    def title_state(self, role: str) -> str | None:
        """The ISO code of the one state whose office a title names ("secretary of state"), if any."""
        return self._titles.get(role.removeprefix("deputy ").removeprefix("u.s. "))


def british(lemma: str) -> str:
    """A lemma in British spelling ("normalise", "criticise", "analyse"): the lexicon is written
    in American spelling, and wire copy comes in both."""
    for american, british_form in (("ize", "ise"), ("yze", "yse")):
        if lemma.endswith(american):
            return lemma[:-len(american)] + british_form
    return lemma


def slug(text: str) -> str:
    """A readable, stable identifier part: folded, lower-case words joined by hyphens."""
    return "-".join(fold(text).split()) or "unnamed"


def person_slug(name: str) -> str:
    """A person's name as it identifies the person across articles: folded, without courtesy
    titles and initials, so "Anne M. Roux", "Mrs Anne Roux" and "anne roux" are one."""
    courtesy = lexicon().words("courtesy")
    words = [word for word in fold(name).split() if len(word) > 1 and word not in courtesy]
    return "-".join(words) or slug(name)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
