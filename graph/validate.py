"""Check a graph against `ontology/shapes.ttl` with pySHACL, and say what is wrong readably."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

import ontology
from graph.store import GraphStore, from_ox


@dataclass
class ValidationResult:
    conforms: bool
    problems: list[str] = field(default_factory=list)
    articles: int | None = None  # how many article graphs were checked, when checked from a store

    def as_dict(self) -> dict:
        return {"conforms": self.conforms, "problems": self.problems, "articles_checked": self.articles}


@lru_cache(maxsize=1)
def _shapes_and_vocabulary() -> tuple[Graph, Graph]:
    return (Graph().parse(ontology.path("shapes.ttl"), format="turtle"),
            Graph().parse(ontology.path("diplomacy.ttl"), format="turtle"))


def validate_articles(store: GraphStore, articles: Iterable[str], chunk: int = 200) -> ValidationResult:
    """Validate article graphs of a store, `chunk` articles at a time, so memory stays bounded
    however large the store. Every shape is about one node and what its article says of it, so
    checking the articles in chunks checks what checking their union would."""
    names = list(articles)
    problems: list[str] = []
    for start in range(0, len(names), chunk):
        data = Graph()
        for name in names[start:start + chunk]:
            for quad in store.store.quads_for_pattern(None, None, None, ox.NamedNode(name)):
                data.add((from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object)))
        problems += validate(data).problems
    return ValidationResult(not problems, sorted(set(problems)), len(names))


def validate(data: Graph) -> ValidationResult:
    """Validate a data graph (the ontology is added, so class hierarchy and schemes count)."""
    from pyshacl import validate as shacl

    shapes, vocabulary = _shapes_and_vocabulary()
    combined = Graph()
    for graph in (data, vocabulary):
        for triple in graph:
            combined.add(triple)
    # no inference: SHACL already follows rdfs:subClassOf in the data graph for sh:class and
    # sh:targetClass, and RDFS inference made validation six times slower
    conforms, report, _ = shacl(combined, shacl_graph=shapes, inference="none", allow_warnings=True)
    problems = []
    for result in report.subjects(SH.resultSeverity, SH.Violation):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        value = report.value(result, SH.value)
        where = f"{focus}" + (f" {data.namespace_manager.normalizeUri(path)}" if path is not None else "")
        problems.append(f"{where}: {message}" + (f" (value: {value})" if value is not None else ""))
    return ValidationResult(bool(conforms), sorted(problems))
