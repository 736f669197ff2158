"""Asking the graph: named queries on the seed's store, parameters as terms, the query guard, and
`diplograph serve` as a real process queried with SPARQLWrapper and plain HTTP."""
import contextlib
import csv
import io
import json
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDF, RDFS
from SPARQLWrapper import JSON, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from graph.safety import ForbiddenQuery, MalformedQuery, checked_form
from graph.sparql import (EndpointSource, QueryError, StoreSource, named_queries, resolve_actor, run, solutions,
                          with_values)
from graph.namespace import DIP, SCHEMA
from graph.store import open_read_only


@pytest.fixture(scope="module")
def seed_source(seed_build):
    out, _ = seed_build
    return StoreSource(open_read_only(out))


def named(source, name, **given):
    query = named_queries()[name]
    return list(solutions(run(source, query.text, given, query.parameters)))


def triples_of(rows):
    return [(row["sourceLabel"], row["category"], row["targetLabel"], row["status"]) for row in rows]


def test_every_named_query_has_a_description_and_declared_parameters():
    queries = named_queries()
    assert set(queries) == {"actor", "claims", "coercion", "denied", "dyads", "since", "timeline"}
    for query in queries.values():
        assert query.description and query.description.endswith(".")
        for parameter in query.parameters:
            assert f"?{parameter.name}" in query.text


@pytest.fixture(scope="module")
def seed_events(seed_build):
    """The seed's events read from graph.ttl with rdflib: the oracle the SPARQL answers must match."""
    graph = Graph().parse(seed_build[0] / "graph.ttl")

    def label(node):
        return str(graph.value(node, RDFS.label)) if node is not None else ""

    events = []
    for event in graph.subjects(RDF.type, DIP.Event):
        source, target = graph.value(event, DIP.source), graph.value(event, DIP.target)
        article = graph.value(event, PROV.wasDerivedFrom)
        events.append({"source": source, "target": target, "row": (label(source), local(graph.value(event, DIP.category)),
                                                                    label(target), local(graph.value(event, DIP.status))),
                       "date": str(graph.value(event, DIP.date) or graph.value(article, SCHEMA.datePublished)),
                       "sides": ({source, graph.value(source, DIP.affiliatedWith)},
                                 {target, graph.value(target, DIP.affiliatedWith)} if target is not None else set())})
    return events


def local(node) -> str:
    return str(node).rsplit("#", 1)[-1]


CUBA, USA = (URIRef(f"https://w3id.org/diplograph/id/state/{iso}") for iso in ("CUB", "USA"))


def test_timeline_between_two_states_in_date_order(seed_source, seed_events):
    rows = named(seed_source, "timeline", a="Cuba", b="United States")
    assert [row["date"] for row in rows] == sorted(row["date"] for row in rows)
    expected = [e["row"] for e in seed_events if (CUBA in e["sides"][0] and USA in e["sides"][1])
                or (USA in e["sides"][0] and CUBA in e["sides"][1])]
    assert sorted(triples_of(rows)) == sorted(expected)
    assert {("Donald Trump", "ACCUSE", "Cuba", "asserted"),  # a person acting for the United States
            ("Cuba", "CONSULT", "United States", "asserted"), ("Cuba", "CONSULT", "United States", "denied"),
            ("United States", "CONSULT", "Cuba", "claimed"),  # told by the U.S. side: talks it started
            ("Cuba", "AGREE", "United States", "intended")} <= set(expected)
    assert all(row["evidence"] for row in rows)
    # names, ISO codes and IRIs name the same actors, in either order
    assert named(seed_source, "timeline", a="USA", b="state:CUB") == rows


def test_actor_query_lists_what_it_did_and_what_was_done_to_it(seed_source, seed_events):
    rows = named(seed_source, "actor", actor="cuba")
    did = sorted(("did",) + e["row"][1:2] + e["row"][2:] for e in seed_events if e["source"] == CUBA)
    done_to = sorted(("done to", e["row"][1], e["row"][0], e["row"][3]) for e in seed_events if e["target"] == CUBA)
    assert sorted((row["role"], row["category"], row["otherLabel"], row["status"]) for row in rows) == sorted(did + done_to)
    assert ("done to", "ACCUSE", "Donald Trump", "asserted") in done_to and ("did", "AGREE", "United States", "intended") in did


def test_claims_by_a_claimant_and_who_denies_them(seed_source):
    rows = named(seed_source, "claims", claimant="United States")
    disputed = [row for row in rows if row["category"] == "CONSULT"]
    assert [(row["status"], row["claimantLabel"], row["deniedBy"]) for row in disputed] == [
        ("claimed", "Donald Trump", "Carlos Fernandez de Cossio")]


def test_denied_coercion_since_and_dyads(seed_source, seed_events):
    denied = named(seed_source, "denied")
    assert [(row["sourceLabel"], row["category"], row["targetLabel"], row["claimantLabel"]) for row in denied] == [
        ("Cuba", "CONSULT", "United States", "Carlos Fernandez de Cossio")]
    assert denied[0]["title"].startswith("Cuban Official Confirms")
    coercion = {(row["sourceLabel"], row["category"], row["targetLabel"]) for row in named(seed_source, "coercion")}
    assert ("United States", "COERCE", "Nicolas Maduro") in coercion
    assert {category for _, category, _ in coercion} <= {"THREATEN", "SANCTION", "COERCE"}
    assert len(named(seed_source, "since", since="2026-02-02")) == sum(e["date"] >= "2026-02-02" for e in seed_events)
    assert named(seed_source, "since", since="2026-02-03") == []
    dyads = named(seed_source, "dyads")
    between = [e for e in seed_events if {e["source"], e["target"]} == {CUBA, USA} and e["row"][3] != "denied"]
    assert (dyads[0]["aLabel"], dyads[0]["bLabel"], int(dyads[0]["events"])) == ("Cuba", "United States", len(between))
    assert [int(row["events"]) for row in dyads] == sorted((int(row["events"]) for row in dyads), reverse=True)


@pytest.mark.parametrize("value", ['x" } ?s ?p ?o { "', "a\nb\"\"\"c\\", "'''", "\u202eemoji 😀 \x01",
                                   "} UNION { ?s ?p ?o", "<script>&amp;</script>"])
def test_a_parameter_stays_one_literal(seed_source, value):
    rows = list(run(seed_source, "SELECT ?v (COUNT(*) AS ?n) WHERE { BIND(?x AS ?v) } GROUP BY ?v", {"x": value}).value)
    assert len(rows) == 1 and rows[0]["v"].value == value and rows[0]["n"].value == "1"
    with pytest.raises(QueryError, match="no actor named"):
        resolve_actor(seed_source, value)


def test_values_go_inside_the_where_group_so_filters_see_them():
    text = 'CONSTRUCT { ?s ?p "{" } # {\nWHERE { ?s ?p ?o FILTER(?o = ?x) }'
    bound = with_values(text, {"x": __import__("rdflib").Literal("}")})
    assert bound.startswith('CONSTRUCT { ?s ?p "{" } # {\nWHERE { VALUES (?x) { ("}") } ')
    checked_form(bound)


def test_bad_parameters_are_clear(seed_source):
    query = named_queries()["since"]
    with pytest.raises(QueryError, match="not a date"):
        run(seed_source, query.text, {"since": "yesterday"}, query.parameters)
    with pytest.raises(QueryError, match="missing parameter"):
        run(seed_source, query.text, {}, query.parameters)
    with pytest.raises(QueryError, match="unknown parameter"):
        run(seed_source, query.text, {"since": "2026-01-01", "until": "x"}, query.parameters)


@pytest.mark.parametrize("text, refusal", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", ForbiddenQuery),
    ("DELETE WHERE { ?s ?p ?o }", ForbiddenQuery),
    ("LOAD <http://127.0.0.1:9/x.ttl>", ForbiddenQuery),
    ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", ForbiddenQuery),
    ("PREFIX x: <http://127.0.0.1:9/>\nselect * where { service silent x:sparql { ?s ?p ?o } }", ForbiddenQuery),
    ("SELECT * WHERE { ?s ?p ?e . SERVICE ?e { ?a ?b ?c } }", ForbiddenQuery),
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", ForbiddenQuery),
    ("SELECT * FROM NAMED <http://127.0.0.1:9/g> WHERE { GRAPH ?g { ?s ?p ?o } }", ForbiddenQuery),
    ("SELEC ?x WHERE { ?x ?y ?z }", MalformedQuery),
    ("SELECT ?x WHERE { ?x ?y }", MalformedQuery),
])
def test_guard_refuses_updates_service_outside_datasets_and_malformed_queries(text, refusal):
    with pytest.raises(refusal):
        checked_form(text)


def test_own_graphs_may_be_named_and_service_may_be_allowed_explicitly(seed_source):
    article = next(graph.value for graph in seed_source.store.named_graphs() if "/article/" in graph.value)
    rows = list(run(seed_source, f"SELECT (COUNT(*) AS ?n) FROM <{article}> WHERE {{ ?s ?p ?o }}").value)
    assert int(rows[0]["n"].value) > 100
    assert checked_form("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", allow_service=True).form == "SELECT"


# --- the query command ------------------------------------------------------------------------

def cli(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "graph.cli", *args], capture_output=True, text=True, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_query_command_formats(seed_build):
    out, _ = seed_build
    rows = list(csv.DictReader(io.StringIO(cli("query", "--store", str(out), "--named", "timeline", "-p", "a=Cuba",
                                               "-p", "b=USA", "--format", "csv").stdout)))
    assert len(rows) == len(named(StoreSource(open_read_only(out)), "timeline", a="Cuba", b="USA"))
    assert rows[0]["category"] == "ACCUSE" and rows[0]["date"] == "2026-02-01"
    results = json.loads(cli("query", "--store", str(out), "SELECT ?s WHERE { ?s a dip:State }", "--format", "json").stdout)
    assert {binding["s"]["value"].rsplit("/", 1)[1] for binding in results["results"]["bindings"]} == {"CUB", "USA", "VEN"}
    turtle = cli("query", "--store", str(out), "CONSTRUCT { ?s a dip:State } WHERE { ?s a dip:State }").stdout
    assert "state:CUB a dip:State" in turtle and "ns1" not in turtle
    assert cli("query", "--store", str(out), "ASK { ?e dip:status dip:denied }").stdout == "true\n"
    assert "timeline:" in cli("query", "--list").stdout


def test_query_command_refusals_exit_1_with_the_reason(seed_build):
    out, _ = seed_build
    refused = cli("query", "--store", str(out), "DROP ALL", check=False)
    assert refused.returncode == 1 and "updates are not allowed" in refused.stderr
    malformed = cli("query", "--store", str(out), "SELECT ?x WHERE {", check=False)
    assert malformed.returncode == 1 and "malformed SPARQL" in malformed.stderr
    assert cli("query", "--store", str(out), "--named", "nope", check=False).returncode == 2
    missing = cli("query", "--store", str(out / "nothing"), "ASK {}", check=False)
    assert missing.returncode == 1 and "build one first" in missing.stderr


# --- the server -------------------------------------------------------------------------------

class Listener:
    """A plain HTTP listener on 127.0.0.1 that records every request it receives."""

    def __init__(self):
        self.requests = []
        listener = self

        class Recorder(BaseHTTPRequestHandler):
            def do_GET(self):
                listener.requests.append(self.path)
                self.send_response(200)
                self.end_headers()

            do_POST = do_GET

            def log_message(self, *args):
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Recorder)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serving(out, *options):
    """`diplograph serve` as a real process on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    process = subprocess.Popen([sys.executable, "-m", "graph.cli", "serve", "--store", str(out), "--port", str(port),
                                "--quiet", *options], stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{url}/graph.ttl", timeout=2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    raise RuntimeError(f"diplograph serve did not start: {process.stderr.read()}")
                time.sleep(0.2)
        yield url
    finally:
        process.kill()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def server(seed_build):
    with serving(seed_build[0], "--timeout", "20") as url:
        yield url


def http(url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read().decode()


def test_sparqlwrapper_gets_correct_results(server):
    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery("PREFIX dip: <https://w3id.org/diplograph/ontology#>\n"
                    "SELECT ?iso WHERE { ?s a dip:State ; dip:isoCode ?iso } ORDER BY ?iso")
    client.setReturnFormat(JSON)
    results = client.query().convert()
    assert [row["iso"]["value"] for row in results["results"]["bindings"]] == ["CUB", "USA", "VEN"]
    client.setMethod("POST")
    assert client.query().convert() == results


def test_named_query_over_the_endpoint_matches_the_store(server, seed_source):
    query = named_queries()["timeline"]
    remote = EndpointSource(f"{server}/sparql")
    assert list(solutions(run(remote, query.text, {"a": "Cuba", "b": "USA"}, query.parameters))) == \
        named(seed_source, "timeline", a="Cuba", b="USA")
    since = named_queries()["since"]
    assert list(solutions(run(remote, since.text, {"since": "2026-02-02"}, since.parameters))) == \
        named(seed_source, "since", since="2026-02-02")
    # the command, network guard and all, reaches the endpoint it is given
    rows = list(csv.DictReader(io.StringIO(cli("query", "--endpoint", f"{server}/sparql", "--named", "actor",
                                               "-p", "actor=Cuba", "--format", "csv").stdout)))
    assert len(rows) == len(named(seed_source, "actor", actor="Cuba")) > 0


@pytest.mark.parametrize("accept, media, check", [
    ("text/csv", "text/csv", lambda body: body.startswith("iso\r\n")),
    ("text/tab-separated-values", "text/tab-separated-values", lambda body: body.startswith("?iso\n")),
    ("application/sparql-results+xml", "application/sparql-results+xml", lambda body: "<sparql" in body),
    ("application/sparql-results+json;q=0.5, text/csv;q=0.9", "text/csv", lambda body: "CUB" in body),
])
def test_results_by_accept_header(server, accept, media, check):
    query = urllib.parse.urlencode({"query": "SELECT ?iso WHERE { ?s dip:isoCode ?iso } ORDER BY ?iso"})
    status, content_type, body = http(f"{server}/sparql?{query}", headers={"Accept": accept})
    assert status == 200 and content_type == media and check(body)


def test_construct_as_turtle_and_the_view_is_served(server):
    status, content_type, body = http(f"{server}/sparql", data=b"CONSTRUCT { ?s a dip:State } WHERE { ?s a dip:State }",
                                      headers={"Content-Type": "application/sparql-query", "Accept": "text/turtle"})
    graph = ox.Store()
    graph.load(body.encode(), format=ox.RdfFormat.TURTLE)
    assert status == 200 and content_type == "text/turtle" and len(graph) == 3
    status, content_type, page = http(f"{server}/")
    assert status == 200 and content_type.startswith("text/html") and "vis.DataSet" in page


@pytest.mark.parametrize("data, headers", [
    (b"INSERT DATA { <http://a> <http://b> <http://c> }", {"Content-Type": "application/sparql-update"}),
    (urllib.parse.urlencode({"update": "DROP ALL"}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
    (urllib.parse.urlencode({"query": "CLEAR ALL"}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
])
def test_updates_are_refused_and_change_nothing(server, data, headers):
    status, _, body = http(f"{server}/sparql", data=data, headers=headers)
    assert 400 <= status < 500 and ("read-only" in body or "not allowed" in body)
    status, _, body = http(f"{server}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s a dip:State }"}),
                           headers={"Accept": "application/sparql-results+json"})
    assert json.loads(body)["boolean"] is True


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<{url}sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    "SELECT * FROM <{url}graph.ttl> WHERE {{ ?s ?p ?o }}",
])
def test_service_and_remote_datasets_are_refused_and_never_reach_the_listener(server, template):
    listener = Listener()
    try:
        query = template.format(url=listener.url)
        status, _, body = http(f"{server}/sparql", data=urllib.parse.urlencode({"query": query}).encode(),
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert status == 403 and "not allowed" in body
        time.sleep(0.3)
        assert listener.requests == []
    finally:
        listener.close()


def test_malformed_sparql_gets_400_with_the_parsers_message(server):
    status, _, body = http(f"{server}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x ?y }"}))
    assert status == 400 and "malformed SPARQL" in body and "col:" in body
    client = SPARQLWrapper(f"{server}/sparql")
    client.setQuery("SELEC * WHERE { ?s ?p ?o }")
    with pytest.raises(QueryBadFormed):
        client.query()


def test_the_audit_hook_stops_rdflib_fetching_urls():
    """rdflib's own fetching (Graph.parse of a URL) is blocked once the CLI's guard is in place."""
    listener = Listener()
    try:
        code = ("import sys\nfrom graph.safety import install_network_guard, NetworkBlocked\n"
                "install_network_guard()\nfrom rdflib import Graph\n"
                f"try:\n    Graph().parse({listener.url + 'x.ttl'!r}, format='turtle')\n"
                "except NetworkBlocked as error:\n    print('blocked:', error)\n    sys.exit(0)\nsys.exit(3)\n")
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
        assert result.returncode == 0 and "blocked" in result.stdout, result.stderr
        assert listener.requests == []
    finally:
        listener.close()


def test_a_query_over_the_time_limit_gets_503_and_the_server_keeps_answering(seed_build):
    with serving(seed_build[0], "--timeout", "0.5") as url:
        huge = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        status, _, body = http(f"{url}/sparql?" + urllib.parse.urlencode({"query": huge}))
        assert status == 503 and "longer than 0.5 s" in body
        status, _, body = http(f"{url}/sparql?" + urllib.parse.urlencode({"query": "ASK { ?s a dip:State }"}))
        assert status == 200 and json.loads(body)["boolean"] is True


def test_coercion_keeps_the_most_frequent_relations_and_untargeted_acts(tmp_path):
    """The named query counts before it reads labels and keeps the 100 most frequent relations;
    an act with no target is one row with no target, not one per labelled node."""
    from datetime import date

    from extract.lexicon import gazetteer
    from extract.records import Article, ArticleExtraction, Event
    from graph import iri
    from graph.rdf import article_triples
    from graph.store import GraphStore

    states = sorted((a for a in gazetteer().actors.values() if a.kind == "State"), key=lambda a: a.key)[:60]
    store = GraphStore(tmp_path / "store")
    store.ensure_ontology()
    for day in range(1, 6):  # an event told again in another article counts again
        article = Article(id=f"coercion-{day}", file_name=f"{day}.txt", text="", published=date(2026, 3, day))
        # 58 targets of sanctions by each of two states: the first's told 3 times, the second's twice
        events = [Event(category="SANCTION", source=source.key, target=target.key, status="asserted")
                  for i, source in enumerate(states[:2]) if day <= 3 - i for target in states[2:]]
        events.append(Event(category="THREATEN", source=states[0].key, target=None, status="asserted"))
        extraction = ArticleExtraction(article=article, actors={s.key: s for s in states}, events=events)
        store.add_graph(iri.article(article.id), article_triples(extraction))
    rows = named(StoreSource(store.store), "coercion")
    assert len(rows) == 100
    assert [int(row["events"]) for row in rows] == [5] + [3] * 58 + [2] * 41
    untargeted = rows[0]
    assert (untargeted["category"], untargeted["sourceLabel"]) == ("THREATEN", states[0].label)
    assert untargeted["target"] == untargeted["targetLabel"] == ""  # unbound
