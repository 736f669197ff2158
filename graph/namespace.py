"""The vocabularies diplograph writes, as closed namespaces.

`DIP` is checked against `ontology/diplomacy.ttl` by the tests (every term here is declared there,
and every term declared there is here), so a misspelt term raises instead of minting a new IRI.
"""
from functools import lru_cache

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

DIP_IRI = "https://w3id.org/diplograph/ontology#"
ONTOLOGY_IRI = URIRef("https://w3id.org/diplograph/ontology")
DATA = Namespace("https://w3id.org/diplograph/id/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
VANN = Namespace("http://purl.org/vocab/vann/")


class DIP(DefinedNamespace):
    """The diplograph ontology (`ontology/diplomacy.ttl`)."""

    _NS = Namespace(DIP_IRI)
    _fail = True

    # classes
    Actor: URIRef
    State: URIRef
    Person: URIRef
    Organization: URIRef
    InternationalOrganization: URIRef
    GovernmentBody: URIRef
    ArmedGroup: URIRef
    CivilianGroup: URIRef
    Location: URIRef
    Post: URIRef
    Event: URIRef
    Article: URIRef
    Evidence: URIRef
    ExtractionRun: URIRef
    # actor properties
    isoCode: URIRef
    affiliatedWith: URIRef
    holdsPost: URIRef
    roleTitle: URIRef
    postIn: URIRef
    startDate: URIRef
    endDate: URIRef
    allyOf: URIRef
    adversaryOf: URIRef
    memberOf: URIRef
    # event properties
    category: URIRef
    cameoCode: URIRef
    mode: URIRef
    source: URIRef
    target: URIRef
    status: URIRef
    claimant: URIRef
    date: URIRef
    location: URIRef
    mentionsPlace: URIRef
    confidence: URIRef
    evidence: URIRef
    trigger: URIRef
    # provenance
    sourceFile: URIRef
    text: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    inArticle: URIRef
    model: URIRef
    softwareVersion: URIRef
    # category annotations and schemes
    quadClass: URIRef
    weight: URIRef
    QuadClasses: URIRef
    VerbalCooperation: URIRef
    MaterialCooperation: URIRef
    VerbalConflict: URIRef
    MaterialConflict: URIRef
    Neutral: URIRef
    PloverCategories: URIRef
    STATEMENT: URIRef
    AGREE: URIRef
    CONSULT: URIRef
    SUPPORT: URIRef
    COOPERATE: URIRef
    AID: URIRef
    CONCEDE: URIRef
    RETREAT: URIRef
    REQUEST: URIRef
    ACCUSE: URIRef
    REJECT: URIRef
    THREATEN: URIRef
    PROTEST: URIRef
    MOBILIZE: URIRef
    SANCTION: URIRef
    COERCE: URIRef
    ASSAULT: URIRef
    EventStatuses: URIRef
    asserted: URIRef
    denied: URIRef
    intended: URIRef
    claimed: URIRef
    CameoCodes: URIRef
    CAMEO_01: URIRef
    CAMEO_02: URIRef
    CAMEO_03: URIRef
    CAMEO_036: URIRef
    CAMEO_04: URIRef
    CAMEO_040: URIRef
    CAMEO_041: URIRef
    CAMEO_042: URIRef
    CAMEO_043: URIRef
    CAMEO_044: URIRef
    CAMEO_045: URIRef
    CAMEO_046: URIRef
    CAMEO_05: URIRef
    CAMEO_057: URIRef
    CAMEO_06: URIRef
    CAMEO_07: URIRef
    CAMEO_08: URIRef
    CAMEO_09: URIRef
    CAMEO_10: URIRef
    CAMEO_11: URIRef
    CAMEO_112: URIRef
    CAMEO_12: URIRef
    CAMEO_13: URIRef
    CAMEO_1312: URIRef
    CAMEO_14: URIRef
    CAMEO_15: URIRef
    CAMEO_16: URIRef
    CAMEO_161: URIRef
    CAMEO_163: URIRef
    CAMEO_17: URIRef
    CAMEO_173: URIRef
    CAMEO_18: URIRef
    CAMEO_19: URIRef
    CAMEO_20: URIRef


# Prefixes every serialization binds, so no tool ever sees an invented ns1.
PREFIXES = {
    "dip": DIP_IRI,
    **{kind: f"{DATA}{kind}/" for kind in ("state", "person", "org", "group", "article", "event", "evidence",
                                            "post", "run")},
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "schema": str(SCHEMA),
    "dcterms": "http://purl.org/dc/terms/",
    "wd": str(WD),
    "vann": str(VANN),
}


def compact_iri(iri: str) -> str:
    """An IRI written with its prefix where diplograph has one ("state:CUB"), else as <iri>."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


@lru_cache(maxsize=None)
def cameo_concept(code: str) -> URIRef | None:
    """The CAMEO concept for a code, or for its nearest ancestor the ontology declares (cached: a
    closed namespace answers a term it lacks by listing its terms, 44 microseconds an event).

    The lexicon uses full CAMEO codes ("0874"); the ontology declares the roots and the codes
    diplomats meet most, so "0874" maps to "08".
    """
    for length in range(len(code), 1, -1):
        try:
            return DIP[f"CAMEO_{code[:length]}"]
        except AttributeError:
            continue
    return None
