"""Check a graph against `ontology/shapes.ttl` with pySHACL, and say what is wrong readably."""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph
from rdflib.namespace import SH

import ontology


@dataclass
class ValidationResult:
    conforms: bool
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"conforms": self.conforms, "problems": self.problems}


def validate(data: Graph) -> ValidationResult:
    """Validate a data graph (the ontology is added, so class hierarchy and schemes count)."""
    from pyshacl import validate as shacl

    shapes = Graph().parse(ontology.path("shapes.ttl"), format="turtle")
    vocabulary = Graph().parse(ontology.path("diplomacy.ttl"), format="turtle")
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
