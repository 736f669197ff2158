"""Check a graph against `ontology/shapes.ttl` with pySHACL, and say what is wrong readably."""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

import ontology
from graph.namespace import PREFIXES
from graph.store import GraphStore, from_ox


@dataclass
class ValidationResult:
    conforms: bool
    problems: list[str] = field(default_factory=list)
    articles: int | None = None  # how many article graphs were checked, when checked from a store

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


def article_ntriples(store: GraphStore, articles: Iterable[str]) -> bytes:
    """The triples of article graphs of a store, as N-Triples (what a process pool can be sent)."""
    return b"".join(
        ox.serialize((quad.triple for quad in store.store.quads_for_pattern(None, None, None, ox.NamedNode(name))),
                     format=ox.RdfFormat.N_TRIPLES)
        for name in articles)


def validate_ntriples(data: bytes) -> ValidationResult:
    """Validate triples given as N-Triples; run in a worker process, or here. Each term is
    converted to rdflib once (an article's nodes recur in many of its triples) and the triples are
    added in one call: building the graph took 40% of a check."""
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


class ArticleValidation:
    """Validation of article graphs of a store, started now and collected with `result()`, so
    that it runs alongside other work: `chunk` articles at a time go to a process pool (at most
    `in_flight` chunks at once), or are checked here at `result()` when there is no pool. Memory
    stays bounded however many articles. Every shape is about one node and what its article says
    of it, so checking the articles in chunks checks what checking their union would."""

    def __init__(self, store: GraphStore, articles: Iterable[str], pool: Executor | None = None,
                 chunk: int = 100, in_flight: int = 4) -> None:
        self.store, self.pool, self.in_flight = store, pool, in_flight
        self.names = list(articles)
        self.chunks = iter(range(0, len(self.names), chunk))
        self.chunk = chunk
        self.pending: deque[Future] = deque()
        if pool is not None:
            self._submit()

    def _data(self, start: int) -> bytes:
        return article_ntriples(self.store, self.names[start:start + self.chunk])

    def _submit(self) -> None:
        while len(self.pending) < self.in_flight and (start := next(self.chunks, None)) is not None:
            self.pending.append(self.pool.submit(validate_ntriples, self._data(start)))

    def result(self) -> ValidationResult:
        problems: list[str] = []
        if self.pool is None:
            for start in self.chunks:
                problems += validate_ntriples(self._data(start)).problems
        while self.pending:
            problems += self.pending.popleft().result().problems
            self._submit()
        return ValidationResult(not problems, sorted(set(problems)), len(self.names))


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
        where = f"{focus}" + (f" {combined.namespace_manager.normalizeUri(path)}" if path is not None else "")
        problems.append(f"{where}: {message}" + (f" (value: {value})" if value is not None else ""))
    return ValidationResult(bool(conforms), sorted(problems))
