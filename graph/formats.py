"""What `diplograph export` writes, by name. Declared apart from `graph.export` so that the command
line lists them without importing networkx and rdflib: a build's workers import the command
line's module again, and a two-worker build's workers start 0.3-0.4 s sooner (measured on a
2,000-article build: the build's imports before it starts the fork server 0.6 -> 0.5 s, the
server's own 0.9 -> 0.65 s)."""

FORMATS = ("ttl", "jsonld", "nt", "nq", "trig", "graphml", "gexf", "csv")
TABLE_NAMES = ("events", "actors")  # the CSV tables
