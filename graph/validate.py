"""Check a graph against `ontology/shapes.ttl` with pySHACL, and say what is wrong readably."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Graph
from rdflib.collection import Collection
from rdflib.namespace import SH

import ontology
from graph.namespace import PREFIXES
from graph.store import from_ox


@dataclass
class ValidationResult:
    conforms: bool
    problems: list[str] = field(default_factory=list)
    articles: int | None = None  # how many articles were checked, when a build checked them

    def as_dict(self) -> dict:
        return {"conforms": self.conforms, "problems": self.problems, "articles_checked": self.articles}


def prepare_validation() -> None:
    """Load pySHACL and the shapes ahead of the first check (in a process that will check)."""
    import pyshacl  # noqa: F401

    _shapes_and_vocabulary()


@lru_cache(maxsize=1)
def _shapes_and_vocabulary() -> tuple[Graph, Graph]:
    return (Graph().parse(ontology.path("shapes.ttl"), format="turtle"),
            Graph().parse(ontology.path("diplomacy.ttl"), format="turtle"))


def validate_ntriples(data: bytes) -> ValidationResult:
    """Validate triples given as N-Triples (what a process pool can be sent); run in a worker
    process, or here. Each term is converted to rdflib once (an article's nodes recur in many of
    its triples) and the triples are added in one call: building the graph took 40% of a check."""
    graph = _with_vocabulary()
    terms: dict = {}

    def term(node):
        converted = terms.get(node)
        if converted is None:
            converted = terms[node] = from_ox(node)
        return converted

    graph.addN((term(t.subject), term(t.predicate), term(t.object), graph)
               for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES))
    return _check(graph)


def validate(data: Graph) -> ValidationResult:
    """Validate a data graph (on a copy with the ontology added, so that class hierarchy and
    schemes count)."""
    combined = _with_vocabulary()
    for triple in data:
        combined.add(triple)
    return _check(combined)


def _with_vocabulary() -> Graph:
    """A new graph holding the ontology, for data to be added to and checked."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    graph.addN((*triple, graph) for triple in _shapes_and_vocabulary()[1])
    return graph


def _check(combined: Graph) -> ValidationResult:
    """Validate data to which the ontology has been added."""
    from pyshacl import validate as shacl

    # no inference: SHACL already follows rdfs:subClassOf in the data graph for sh:class and
    # sh:targetClass, and RDFS inference made validation six times slower
    conforms, report, _ = shacl(combined, shacl_graph=_shapes_and_vocabulary()[0], inference="none",
                                allow_warnings=True)
    problems = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        value = report.value(result, SH.value)
        where = f"{focus}" + (f" {_path_text(report, path, combined)}" if path is not None else "")
        problems.append(f"{where}: {message}" + (f" (value: {value})" if value is not None else ""))
    return ValidationResult(bool(conforms), sorted(problems))


def _path_text(report: Graph, path, combined: Graph) -> str:
    """A result's path as SPARQL writes it: "dip:category", or a sequence "dip:category/skos:inScheme"
    (an RDF list in the report)."""
    steps = list(Collection(report, path)) if isinstance(path, BNode) else [path]
    return "/".join(combined.namespace_manager.normalizeUri(step) for step in steps)
