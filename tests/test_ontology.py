"""The ontology is the single source of the vocabulary: the namespace module matches it, it is
published properly, and the SHACL shapes catch what they promise to catch."""
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

import ontology
from graph.namespace import DIP, DIP_IRI
from graph.validate import validate

from conftest import needs_rapper, rapper_complaints

ROOT = Path(__file__).resolve().parent.parent
CONTRACT = ROOT.parent / "shared" / "eval" / "CONTRACT.md"


@pytest.fixture(scope="module")
def vocabulary():
    return Graph().parse(ontology.path("diplomacy.ttl"), format="turtle")


def declared(vocabulary) -> set[str]:
    return {str(s)[len(DIP_IRI):] for s in vocabulary.subjects() if str(s).startswith(DIP_IRI)}


def test_namespace_module_and_ontology_declare_the_same_terms(vocabulary):
    in_code = {name for name in DIP.__annotations__}
    assert in_code == declared(vocabulary)


def test_a_term_the_ontology_lacks_fails():
    with pytest.raises(AttributeError):
        DIP.Treaty  # noqa: B018


def test_every_class_and_property_is_documented(vocabulary):
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SKOS.Concept, SKOS.ConceptScheme)
    for kind in kinds:
        for term in vocabulary.subjects(RDF.type, kind):
            assert vocabulary.value(term, RDFS.label) is not None, term
            assert vocabulary.value(term, RDFS.comment) is not None, term
            assert vocabulary.value(term, RDFS.isDefinedBy) == URIRef("https://w3id.org/diplograph/ontology"), term


def test_ontology_header(vocabulary):
    header = URIRef("https://w3id.org/diplograph/ontology")
    for predicate in ("versionIRI", "versionInfo"):
        assert vocabulary.value(header, OWL[predicate]) is not None
    for predicate in ("title", "description", "license", "created", "modified"):
        assert vocabulary.value(header, URIRef(f"http://purl.org/dc/terms/{predicate}")) is not None


def test_plover_categories_have_notation_definition_weight_and_quad_class(vocabulary):
    categories = set(vocabulary.subjects(SKOS.inScheme, DIP.PloverCategories))
    assert {str(c).split("#")[1] for c in categories} >= {
        "AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
        "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT"}
    for category in categories:
        for predicate in (SKOS.notation, SKOS.definition, DIP.weight, DIP.quadClass):
            assert vocabulary.value(category, predicate) is not None, (category, predicate)


def test_cameo_scheme_has_roots_and_common_codes(vocabulary):
    notations = {str(vocabulary.value(c, SKOS.notation)) for c in vocabulary.subjects(SKOS.inScheme, DIP.CameoCodes)}
    assert {f"{n:02d}" for n in range(1, 21)} <= notations
    assert {"036", "040", "041", "042", "043", "044", "045", "046", "112", "1312", "161", "163", "173"} <= notations


def test_every_contract_term_is_declared(vocabulary):
    if not CONTRACT.exists():
        pytest.skip("no shared/eval/CONTRACT.md beside the checkout")
    terms = set(re.findall(r"`dip:(\w+)`", CONTRACT.read_text(encoding="utf-8")))
    assert terms and terms <= declared(vocabulary)


def test_lexicon_categories_are_ontology_categories(vocabulary):
    from extract.lexicon import lexicon

    declared_categories = {str(c).split("#")[1] for c in vocabulary.subjects(SKOS.inScheme, DIP.PloverCategories)}
    assert lexicon().categories <= declared_categories


def test_kinds_of_actor_a_trigger_takes_are_ontology_actor_classes(vocabulary):
    """A misspelt kind ("InternationalOrganisation") would match no complement, silently."""
    from extract.lexicon import lexicon

    kinds = lexicon().kinds
    actor_classes = {str(c).split("#")[1] for c in vocabulary.transitive_subjects(RDFS.subClassOf, DIP.Actor)}
    assert kinds and kinds <= actor_classes


def test_a_word_class_in_a_trigger_row_stands_for_all_its_lemmas():
    """"@materiel" in triggers.tsv is every lemma of that class of frames.tsv; a class frames.tsv lacks is
    an error when the lexicon loads, not a complement that silently matches nothing."""
    from extract.lexicon import lexicon

    lex = lexicon()
    materiel = lex.words("materiel")
    pledged = next(s for s in lex.senses("V", "pledge") if s.category == "AID")
    assert {"battery", "howitzer"} <= materiel <= pledged.complements
    with pytest.raises(ValueError, match="no word class 'armour'"):
        lex._expanded("@armour")


def test_every_trigger_flag_is_documented_and_read_by_the_extractor():
    """A flag in triggers.tsv that the header does not explain, or that no rule reads, is a silent no-op."""
    import extract.events

    rows = ontology.read_table("lexicon", "triggers.tsv")
    used = {flag for row in rows for flag in row[6].split("|") if flag}
    text = ontology.path("lexicon", "triggers.tsv").read_text(encoding="utf-8")
    header = text.split("# flags:")[1].split("\n# pos\t")[0]
    documented = set(re.findall(r"(\w+) = ", header))
    code = Path(extract.events.__file__).read_text(encoding="utf-8")
    assert used == documented
    unread = [flag for flag in used if not re.search(rf'"{flag}" (not )?in (\w+\.)?sense\.flags', code)]
    assert not unread


def test_every_place_is_in_a_known_state_or_none_and_is_no_actor_name():
    """places.tsv places things in states the gazetteer knows (seas and straits in none), and never
    shadows an actor's name."""
    from extract.lexicon import gazetteer

    known = gazetteer()
    for name, iso in known.places.items():
        assert iso is None or known.state(iso) is not None, (name, iso)
        assert known.lookup(name) is None, f"{name} is already an actor's name"
    assert known.places["South China Sea"] is None and known.place_state("South China Sea") is None


def test_every_name_points_at_one_actor():
    """A name the gazetteer knows stands for one actor, so that the entity ruler and `lookup` agree
    ("Congo" is the DR Congo, as states.tsv says, not also ISO 3166's short name for its neighbour)."""
    from extract.lexicon import gazetteer

    actors_of: dict[str, set[str]] = {}
    for name in gazetteer().names:
        actors_of.setdefault(name.text, set()).add(name.actor)
    assert {text: keys for text, keys in actors_of.items() if len(keys) > 1} == {}
    assert gazetteer().lookup("Congo") == "state:COD"


@needs_rapper
@pytest.mark.parametrize("name", ["diplomacy.ttl", "shapes.ttl"])
def test_rapper_parses_the_ontology_without_warnings(name):
    assert rapper_complaints(ontology.path(name)) == ""


# -- SHACL: what a broken graph looks like ------------------------------------------------------

EVENT = URIRef("https://w3id.org/diplograph/id/event/x")
ARTICLE = URIRef("https://w3id.org/diplograph/id/article/a")
EVIDENCE = URIRef("https://w3id.org/diplograph/id/evidence/a-0-10")
CUBA = URIRef("https://w3id.org/diplograph/id/state/CUB")


def minimal_graph() -> Graph:
    g = Graph()
    g.add((ARTICLE, RDF.type, DIP.Article))
    g.add((ARTICLE, DIP.sourceFile, Literal("a.txt")))
    g.add((CUBA, RDF.type, DIP.State))
    g.add((CUBA, RDFS.label, Literal("Cuba")))
    g.add((CUBA, DIP.isoCode, Literal("CUB")))
    g.add((EVIDENCE, RDF.type, DIP.Evidence))
    g.add((EVIDENCE, DIP.text, Literal("Cuba spoke.")))
    g.add((EVIDENCE, DIP.beginIndex, Literal(0, datatype=XSD.integer)))
    g.add((EVIDENCE, DIP.endIndex, Literal(10, datatype=XSD.integer)))
    g.add((EVIDENCE, DIP.inArticle, ARTICLE))
    g.add((EVENT, RDF.type, DIP.Event))
    g.add((EVENT, DIP.category, DIP.CONSULT))
    g.add((EVENT, DIP.source, CUBA))
    g.add((EVENT, DIP.status, DIP.asserted))
    g.add((EVENT, DIP.date, Literal("2026-02-01", datatype=XSD.date)))
    g.add((EVENT, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), ARTICLE))
    g.add((EVENT, DIP.evidence, EVIDENCE))
    return g


def test_minimal_graph_conforms():
    result = validate(minimal_graph())
    assert result.conforms, result.problems


def test_event_without_source_fails():
    g = minimal_graph()
    g.remove((EVENT, DIP.source, None))
    result = validate(g)
    assert not result.conforms
    assert any("exactly one source" in p for p in result.problems), result.problems


def test_state_without_iso_code_fails():
    g = minimal_graph()
    g.remove((CUBA, DIP.isoCode, None))
    result = validate(g)
    assert not result.conforms
    assert any("ISO 3166-1 alpha-3" in p for p in result.problems), result.problems


def test_malformed_iso_code_and_date_fail():
    g = minimal_graph()
    g.set((CUBA, DIP.isoCode, Literal("cu")))
    g.set((EVENT, DIP.date, Literal("1 February")))
    problems = validate(g).problems
    assert any("ISO 3166-1 alpha-3" in p for p in problems)
    assert any("xsd:date" in p for p in problems)


def test_evidence_naming_two_triggers_fails():
    g = minimal_graph()
    g.add((EVIDENCE, DIP.trigger, Literal("spoke")))
    assert validate(g).conforms
    g.add((EVIDENCE, DIP.trigger, Literal("met")))
    assert any("one trigger" in p for p in validate(g).problems)


def test_category_outside_the_scheme_fails():
    g = minimal_graph()
    g.set((EVENT, DIP.category, DIP.asserted))
    problems = validate(g).problems
    assert any("PLOVER scheme" in p for p in problems)
    assert any(p.startswith(f"{EVENT} dip:category/skos:inScheme: ") for p in problems)  # the path, readable
