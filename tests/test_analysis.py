"""networkx analyses of the seed's graph, through the library and the command."""
import json

import pytest

from graph.analysis import analyze, central_actors, communities, dyads, path, timeline
from graph.cli import main
from graph.network import ActorNotFound, category_weights, event_graph, find_actor
from graph.sparql import StoreSource, named_queries, run, solutions
from graph.store import open_read_only


@pytest.fixture(scope="module")
def events(seed_build):
    return event_graph(open_read_only(seed_build[0]))


def test_actors_are_found_by_label_iso_code_and_iri(events):
    cuba = "https://w3id.org/diplograph/id/state/CUB"
    assert {find_actor(events, name) for name in ("Cuba", "cuba", "CUB", "state:CUB", cuba)} == {cuba}
    with pytest.raises(ActorNotFound):
        find_actor(events, "Atlantis")


def test_the_states_are_the_most_central(events):
    top = central_actors(events, top=2)
    assert {actor.label for actor in top} == {"United States", "Cuba"}
    assert (top[0].events, top[0].pagerank) >= (top[1].events, top[1].pagerank)  # ranked by events, then PageRank
    assert top[0].events == events.degree(top[0].actor) and 0 < top[0].pagerank < 1


def test_cooperative_and_conflictual_dyads_follow_the_category_weights(events):
    cooperative, conflictual = dyads(events)
    weights = category_weights()
    labels = {node: data["label"] for node, data in events.nodes(data=True)}
    for dyad in cooperative + conflictual:
        between = [data for u, v, data in events.edges(data=True) if {labels[u], labels[v]} == {dyad.a, dyad.b}]
        assert dyad.events == len(between) == sum(dyad.categories.values())
        assert dyad.score == pytest.approx(sum(weights[d["category"]] for d in between if d["status"] != "denied"))
    assert all(d.score > 0 for d in cooperative) and all(d.score < 0 for d in conflictual)
    assert [d.score for d in conflictual] == sorted(d.score for d in conflictual)
    assert frozenset(("Nicolas Maduro", "United States")) in {frozenset((d.a, d.b)) for d in conflictual}


def sparql_timeline(seed_build, a, b):
    """The same question asked of the store in SPARQL: an independent answer to compare with."""
    query = named_queries()["timeline"]
    return list(solutions(run(StoreSource(open_read_only(seed_build[0])), query.text, {"a": a, "b": b}, query.parameters)))


def test_timeline_path_and_communities(events, seed_build):
    entries = timeline(events, "Cuba", "United States")
    assert [entry.date for entry in entries] == sorted(entry.date for entry in entries)
    assert sorted((e.source, e.category, e.target, e.status) for e in entries) == sorted(
        (row["sourceLabel"], row["category"], row["targetLabel"], row["status"])
        for row in sparql_timeline(seed_build, "Cuba", "United States"))
    assert (entries[0].source, entries[0].category, entries[0].target) == ("Donald Trump", "ACCUSE", "Cuba")
    steps = path(events, "Nicolas Maduro", "Cuba")
    assert [(s.source, s.target) for s in steps] == [("Nicolas Maduro", "United States"), ("United States", "Cuba")]
    assert steps[0].categories == ["COERCE"] and "CONSULT" in steps[1].categories
    assert all(len(group) > 1 for group in communities(events))


def test_analyze_between_lists_the_events_in_date_order(seed_build, capsys):
    assert main(["analyze", "--store", str(seed_build[0]), "--between", "Cuba", "United States"]) == 0
    text = capsys.readouterr().out
    section = text.split("Timeline\n", 1)[1].splitlines()[2:]
    dates = [line.split()[0] for line in section if line.strip()]
    assert len(dates) == len(sparql_timeline(seed_build, "CUB", "USA")) >= 5 and dates == sorted(dates)
    assert main(["analyze", "--store", str(seed_build[0]), "--path", "Nicolas Maduro", "Cuba", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [step["target"] for step in result["path"]] == ["United States", "Cuba"]
    assert {row["label"] for row in result["central"][:2]} == {"United States", "Cuba"} and "timeline" not in result
    assert main(["analyze", "--store", str(seed_build[0]), "--between", "Cuba", "Atlantis"]) == 1


def test_analysis_as_dict_is_json(events):
    assert json.loads(json.dumps(analyze(events, between=("CUB", "USA")).as_dict()))["timeline"]


def test_the_projection_can_keep_only_the_most_recent_events(seed_build, events):
    latest = event_graph(open_read_only(seed_build[0]), most_recent=3)
    assert latest.number_of_edges() == 3
    dates = sorted((data["date"] for _, _, data in events.edges(data=True)), reverse=True)
    assert sorted((data["date"] for _, _, data in latest.edges(data=True)), reverse=True) == dates[:3]


def test_each_event_carries_its_claimants_label_and_its_articles_headline(events, seed_build):
    """Read once per claimant and per article, not per event: the label and the headline, never an IRI."""
    told = {(data["category"], data["status"]): data for _, _, data in events.edges(data=True)}
    assert told[("CONSULT", "asserted")]["claimant"] == "Carlos Fernandez de Cossio"
    assert told[("CONSULT", "claimed")]["claimant"] == "Donald Trump"
    assert told[("THREATEN", "asserted")]["claimant"] == ""
    [headline] = [row["h"].value for row in open_read_only(seed_build[0]).query(
        "SELECT ?h WHERE { ?a <https://schema.org/headline> ?h }")]
    assert headline and {data["title"] for data in told.values()} == {headline}
