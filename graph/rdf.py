"""Records to RDF triples, following `ontology/diplomacy.ttl`. Pure functions, no I/O.

The triples are pyoxigraph's, which the store loads and serializes as they are: the vocabulary
comes from the namespace module, each term converted once (`OxTerms`); the nodes from `iri`;
literals are made here. Made as rdflib terms and converted per triple, they cost a build some
5% of its parse; looked up in rdflib's namespaces per triple, a fifth of the triples' own cost.
"""
from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from extract.records import Actor, ArticleExtraction
from graph import iri
from graph.namespace import DIP, SCHEMA, WD, cameo_concept


class OxTerms:
    """The terms of an rdflib namespace as pyoxigraph's, each converted on first use and kept as
    an attribute: `DIP_.category` is `DIP.category`, `DIP_["CONSULT"]` is `DIP["CONSULT"]`."""

    def __init__(self, namespace) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        term = ox.NamedNode(self._namespace[name])
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> ox.NamedNode:
        return getattr(self, name)


DIP_, SCHEMA_, RDF_, RDFS_, SKOS_, OWL_, PROV_, XSD_ = (OxTerms(namespace) for namespace in (
    DIP, SCHEMA, RDF, RDFS, SKOS, OWL, PROV, XSD))
ACTOR_CLASSES = {kind: DIP_[kind] for kind in ("State", "Person", "Organization", "InternationalOrganization",
                                                "GovernmentBody", "ArmedGroup", "CivilianGroup")}


# control characters other than tab, newline and carriage return, mapped to nothing
CONTROL_CHARACTERS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r")


def text(value: str) -> ox.Literal:
    """A string literal that any serializer can write: control characters other than tab,
    newline and carriage return are not allowed in XML 1.0 and break some tools, so they go."""
    return ox.Literal(value.translate(CONTROL_CHARACTERS))


def article_triples(extraction: ArticleExtraction, run=None) -> Iterator[ox.Triple]:
    """Everything one article contributes: the article node, its actors, its events and evidence."""
    return (ox.Triple(*triple) for triple in _article_triples(extraction, run))


def run_triples(run, model: str, version: str) -> Iterator[ox.Triple]:
    """The extraction run as a prov:Activity."""
    node = ox.NamedNode(run)
    yield ox.Triple(node, RDF_.type, DIP_.ExtractionRun)
    yield ox.Triple(node, RDF_.type, PROV_.Activity)
    yield ox.Triple(node, RDFS_.label, ox.Literal(f"diplograph {version} with {model}"))
    yield ox.Triple(node, DIP_.model, ox.Literal(model))
    yield ox.Triple(node, DIP_.softwareVersion, ox.Literal(version))


def _actor_triples(actor: Actor, extra_aliases: set[str] = frozenset()):
    node = ox.NamedNode(iri.actor(actor.key))
    yield node, RDF_.type, ACTOR_CLASSES.get(actor.kind, DIP_.Organization)
    yield node, RDFS_.label, text(actor.label)
    for alias in sorted(set(actor.aliases) | set(extra_aliases)):
        if alias != actor.label:
            yield node, SKOS_.altLabel, text(alias)
    if actor.iso:
        yield node, DIP_.isoCode, ox.Literal(actor.iso)
    if actor.wikidata:
        yield node, OWL_.sameAs, ox.NamedNode(WD[actor.wikidata])
    if actor.affiliation and actor.kind != "State":
        yield node, DIP_.affiliatedWith, ox.NamedNode(iri.actor(f"state:{actor.affiliation}"))
    if actor.kind == "Person" and actor.role:
        post = ox.NamedNode(iri.post(actor.key, actor.role))
        yield node, DIP_.holdsPost, post
        yield post, RDF_.type, DIP_.Post
        yield post, DIP_.roleTitle, text(actor.role)
        if actor.organization:
            yield post, DIP_.postIn, ox.NamedNode(iri.actor(actor.organization))
        elif actor.affiliation:
            yield post, DIP_.postIn, ox.NamedNode(iri.actor(f"state:{actor.affiliation}"))


def _article_triples(extraction: ArticleExtraction, run):
    article = extraction.article
    node = ox.NamedNode(iri.article(article.id))
    yield node, RDF_.type, DIP_.Article
    yield node, RDF_.type, SCHEMA_.NewsArticle
    yield node, RDF_.type, PROV_.Entity
    yield node, DIP_.sourceFile, text(article.file_name)
    if article.title:
        yield node, SCHEMA_.headline, text(article.title)
    if article.published:
        yield node, SCHEMA_.datePublished, ox.Literal(article.published.isoformat(), datatype=XSD_.date)
    if article.url:
        yield node, SCHEMA_.url, ox.Literal(article.url, datatype=XSD_.anyURI)
    if article.author:
        yield node, SCHEMA_.author, text(article.author)
    if run is not None:
        yield node, PROV_.wasGeneratedBy, ox.NamedNode(run)
    surface: dict[str, set[str]] = {}
    for mention in extraction.mentions:
        surface.setdefault(mention.actor, set()).add(mention.text)
    for key, actor in extraction.actors.items():
        yield node, SCHEMA_.mentions, ox.NamedNode(iri.actor(key))
        yield from _actor_triples(actor, surface.get(key, set()))
    places = {}
    for name in dict.fromkeys([*extraction.places, *(e.location for e in extraction.events if e.location)]):
        place = places[name] = ox.NamedNode(iri.location(name))
        yield node, DIP_.mentionsPlace, place
        yield place, RDF_.type, DIP_.Location
        yield place, RDFS_.label, text(name)
    for event in extraction.events:
        event_node = ox.NamedNode(iri.event(article.id, event))
        yield event_node, RDF_.type, DIP_.Event
        yield event_node, DIP_.category, DIP_[event.category]
        if event.cameo and (concept := cameo_concept(event.cameo)) is not None:
            yield event_node, DIP_.cameoCode, ox.NamedNode(concept)
        if event.mode:
            yield event_node, DIP_.mode, text(event.mode)
        yield event_node, DIP_.source, ox.NamedNode(iri.actor(event.source))
        if event.target:
            yield event_node, DIP_.target, ox.NamedNode(iri.actor(event.target))
        yield event_node, DIP_.status, DIP_[event.status]
        if event.claimant:
            yield event_node, DIP_.claimant, ox.NamedNode(iri.actor(event.claimant))
        if event.date:
            yield event_node, DIP_.date, ox.Literal(event.date.isoformat(), datatype=XSD_.date)
        if event.location:
            yield event_node, DIP_.location, places[event.location]
        yield event_node, DIP_.confidence, ox.Literal(f"{event.confidence:.2f}", datatype=XSD_.decimal)
        yield event_node, PROV_.wasDerivedFrom, node
        for evidence in event.evidence:
            evidence_node = ox.NamedNode(iri.evidence(article.id, evidence.start, evidence.end, evidence.trigger))
            yield event_node, DIP_.evidence, evidence_node
            yield evidence_node, RDF_.type, DIP_.Evidence
            yield evidence_node, DIP_.text, text(evidence.sentence)
            yield evidence_node, DIP_.beginIndex, ox.Literal(str(evidence.start), datatype=XSD_.integer)
            yield evidence_node, DIP_.endIndex, ox.Literal(str(evidence.end), datatype=XSD_.integer)
            yield evidence_node, DIP_.inArticle, node
            yield evidence_node, DIP_.trigger, text(evidence.trigger)
